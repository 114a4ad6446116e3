// SPDX-License-Identifier: GPL-3.0-or-later
// Verifies deliveries captured by Hookdesk's tests with the Standard Webhooks reference
// package, exactly as a receiver would: usage `node verify.js deliveries.json`, where the file
// holds an array of {id, timestamp, signature, body, secret, json (false: the body is not
// JSON)}. Prints one line per delivery and exits 1 when any of them does not verify, 2 when
// the input cannot be read.
'use strict';

const fs = require('fs');
const { Webhook } = require('standardwebhooks');

if (process.argv.length !== 3) {
    console.error('Usage: node verify.js DELIVERIES.json');
    process.exit(2);
}

let deliveries;
try {
    deliveries = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
} catch (e) {
    console.error(`Could not read the captured deliveries from ${process.argv[2]}: ${e.message}`);
    process.exit(2);
}

let failures = 0;
for (const d of deliveries) {
    const headers = {
        'webhook-id': d.id,
        'webhook-timestamp': d.timestamp,
        'webhook-signature': d.signature,
    };
    try {
        // A form-encoded body is verified as the bytes sent; the receiver parses the form itself.
        new Webhook(d.secret).verify(d.body, headers, { jsonParse: d.json !== false });
        console.log(`verified ${d.id}`);
    } catch (e) {
        failures += 1;
        console.log(`FAILED ${d.id}: ${e.message}`);
    }
}
console.log(`${deliveries.length - failures} of ${deliveries.length} deliveries verified`);
process.exit(failures === 0 ? 0 : 1);
