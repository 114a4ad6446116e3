// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Attempt.h"

#include <QString>

namespace hookdesk {

// How the integration's token is sent. Token and Bearer use the Authorization header with
// that prefix; Header sends the bare token in a header the administrator names.
enum class AuthScheme
{
    Token,
    Bearer,
    Basic, // "Basic base64(authUsername:token)": the token is the password
    Header
};

QString authSchemeToString(AuthScheme scheme);
AuthScheme authSchemeFromString(const QString& text, bool* ok = nullptr);

// How the event is put in the request body.
enum class PayloadFormat
{
    Json,       // the payload as it is, application/json
    Form,       // application/x-www-form-urlencoded with the JSON in a "payload" field
    CloudEvents // CloudEvents 1.0 binary mode: the payload as body, ce-* headers
};

QString payloadFormatToString(PayloadFormat format);
PayloadFormat payloadFormatFromString(const QString& text, bool* ok = nullptr);

// Which HTTP the requests use. HTTP/2 multiplexes every request to the integration over one
// connection, at about half the CPU cost per request: over https it is offered by ALPN and the
// receiver may still answer in HTTP/1.1; over plain http it is spoken from the first byte
// ("prior knowledge"), so the receiver must understand it.
enum class HttpVersion
{
    Http1,
    Http2
};

QString httpVersionToString(HttpVersion version);
HttpVersion httpVersionFromString(const QString& text, bool* ok = nullptr);

// Where the run number (the receiver's own reference for a delivery, e.g. "001") is read
// from in a response.
enum class RunNumberSource
{
    None,
    JsonPointer, // runNumberPath is a JSON pointer into the response body, e.g. "/run/number"
    Header       // runNumberPath is a response header name
};

// A destination. Secrets are never held here: only the keychain key names under which the
// token and the signing secret are stored.
struct Integration
{
    qint64 id = 0;
    QString uid; // stable random id, names the keychain entries
    QString name;
    QString baseUrl;
    AuthScheme authScheme = AuthScheme::Bearer;
    QString authHeader; // header name when authScheme == Header
    bool enabled = true;
    QString disabledReason;
    qint64 createdAt = 0; // ms since epoch, UTC
    qint64 updatedAt = 0;
    int secretVersion = 1; // bumped whenever the token or secret changes in the keychain
    QString retrySchedule; // waits between attempts as RetryPolicy::fromText reads them; empty: default
    // Isolation: one slow or dead receiver must not hold up the others.
    int maxInFlight = 8;      // requests at once to this integration
    int timeoutMs = 15000;    // per request
    double ratePerSecond = 0; // requests started per second; 0: unlimited
    // Circuit breaker state, written by the dispatcher.
    int consecutiveFailures = 0;
    qint64 failingSince = 0; // ms since epoch of the first failure in a row; 0 when healthy
    qint64 pausedUntil = 0;  // no job is claimed before this (ms since epoch); 0: not paused
    // An integration failing without a break for this long is disabled; 0: never.
    qint64 autoDisableAfterMs = 5LL * 24 * 60 * 60 * 1000;
    // Strictly one delivery at a time, in the order the events were raised: a later job waits
    // until the one before it succeeded or ran out of attempts.
    bool ordered = false;
    PayloadFormat payloadFormat = PayloadFormat::Json;
    HttpVersion httpVersion = HttpVersion::Http1;
    HeaderList customHeaders; // sent with every request; values never contain CR or LF
    QString authUsername;     // user name when authScheme == Basic
    RunNumberSource runNumberSource = RunNumberSource::None;
    QString runNumberPath;
    QString caFile; // PEM file of CAs trusted besides the system store; empty: system store only
    // After a secret rotation the previous signing secret (stored in the keychain under
    // previousSecretKey()) keeps signing alongside the new one until this time (ms); 0: none.
    qint64 previousSecretUntil = 0;

    QString tokenKey() const { return QStringLiteral("integration/%1/token").arg(uid); }
    QString secretKey() const { return QStringLiteral("integration/%1/signing-secret").arg(uid); }
    QString previousSecretKey() const
    {
        return QStringLiteral("integration/%1/signing-secret-previous").arg(uid);
    }
    // The run-number rule as one string, "json:/run/number" or "header:X-Run"; empty: none.
    QString runNumberRule() const;
    // Reads what runNumberRule() wrote; false for text that is not a rule.
    bool setRunNumberRule(const QString& rule);
    // Header name actually used for the token on the wire.
    QString authHeaderName() const;
    // Header value for a given token, e.g. "Bearer abc".
    QString authHeaderValue(const QString& token) const;
};

} // namespace hookdesk
