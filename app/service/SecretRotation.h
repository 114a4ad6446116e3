// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Integration.h"

#include <QObject>
#include <functional>

namespace hookdesk {

class IntegrationStore;
class SecretStore;

// Replaces an integration's signing secret while receivers catch up: the old secret moves to
// Integration::previousSecretKey() and keeps signing beside the new one until the overlap ends,
// so a receiver that still holds the old secret accepts every delivery meanwhile.
//
// Keychain steps run one after another; when one fails, what was done is undone so that the old
// secret stays current and nothing refers to a secret that was not stored.
class SecretRotation
{
public:
    struct Result
    {
        QString newSecret;
        qint64 previousSecretUntil = 0; // ms since the epoch; 0: the old secret stopped at once
    };
    using Done = std::function<void(bool ok, const QString& error, const Result& result)>;

    // `context` ends the work early when it is destroyed (done is then never called).
    static void run(IntegrationStore& store, SecretStore& secrets, const Integration& integration,
                    qint64 overlapMs, qint64 nowMs, QObject* context, Done done);
};

} // namespace hookdesk
