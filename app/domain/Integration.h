// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hookdesk {

// How the integration's token is sent. Token and Bearer use the Authorization header with
// that prefix; Header sends the bare token in a header the administrator names.
enum class AuthScheme
{
    Token,
    Bearer,
    Header
};

QString authSchemeToString(AuthScheme scheme);
AuthScheme authSchemeFromString(const QString& text, bool* ok = nullptr);

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

    QString tokenKey() const { return QStringLiteral("integration/%1/token").arg(uid); }
    QString secretKey() const { return QStringLiteral("integration/%1/signing-secret").arg(uid); }
    // Header name actually used for the token on the wire.
    QString authHeaderName() const;
    // Header value for a given token, e.g. "Bearer abc".
    QString authHeaderValue(const QString& token) const;
};

} // namespace hookdesk
