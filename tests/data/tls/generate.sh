#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Made once the files next to this script, for the TLS tests (tests/support/TlsTestReceiver):
# a test CA and a certificate for 127.0.0.1 / localhost that it signed, valid for 100 years.
# Run again only to replace them (the tests do not run it).
set -eu
cd "$(dirname "$0")"
days=36525
openssl req -x509 -newkey rsa:2048 -nodes -days "$days" -subj "/CN=Hookdesk Test CA" \
    -keyout ca-key.pem -out ca.pem \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"
openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout server-key.pem -out server.csr
printf '%s\n' "subjectAltName=IP:127.0.0.1,DNS:localhost" "basicConstraints=CA:FALSE" \
    "keyUsage=digitalSignature,keyEncipherment" "extendedKeyUsage=serverAuth" > server.ext
openssl x509 -req -in server.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -days "$days" \
    -extfile server.ext -out server.pem
rm -f server.csr server.ext ca.srl
