// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Integration.h"

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>
#include <QUrl>

namespace hookdesk {

// How Hookdesk decides whom to trust over HTTPS: the system's certificate authorities, plus the
// ones in the integration's CA file (Integration::caFile) for receivers with a private CA. A
// certificate that does not check out fails the delivery with a sentence saying why; it is never
// ignored.
class TlsSettings
{
public:
    // The certificates in a PEM file (it may hold several). Empty, with a sentence in *error,
    // when the file is missing, unreadable or holds no certificate.
    static QList<QSslCertificate> readCaFile(const QString& path, QString* error);
    // The TLS configuration for requests to the integration: the system CAs, and those of its CA
    // file when it has one. When that file cannot be used, *error says why and the result
    // should not be used for a request.
    static QSslConfiguration configurationFor(const Integration& integration, QString* error);
    // The errors of one TLS handshake with `url` in words, e.g. "The certificate of
    // 127.0.0.1:8443 is not trusted: it is self-signed. …", with what to do about them.
    static QString describeSslErrors(const QList<QSslError>& errors, const QUrl& url);
};

} // namespace hookdesk
