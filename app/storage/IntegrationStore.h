// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Integration.h"

#include <QList>
#include <QObject>
#include <optional>

namespace hookdesk {

class Database;

// Integration rows. Holds no secret: only the keychain key names derived from the uid.
class IntegrationStore : public QObject
{
    Q_OBJECT
public:
    explicit IntegrationStore(Database& db, QObject* parent = nullptr);

    QList<Integration> all(QString* error = nullptr) const;
    std::optional<Integration> byId(qint64 id, QString* error = nullptr) const;
    std::optional<Integration> byName(const QString& name, QString* error = nullptr) const;

    // Sets id, createdAt and updatedAt on success.
    bool insert(Integration& integration, QString* error);
    bool update(Integration& integration, QString* error);
    // Deletes the integration and its triggers. Past jobs stay in the queue.
    bool remove(qint64 id, QString* error);
    // Stops deliveries to an enabled integration, e.g. because its receiver answered 410 Gone.
    // Its jobs stay in the queue and go out again once it is enabled.
    bool disable(qint64 id, const QString& reason, QString* error);
    // Records the circuit breaker's state (see Integration). Emits healthChanged, not changed:
    // senders keep their cached credentials.
    bool setHealth(qint64 id, int consecutiveFailures, qint64 failingSince, qint64 pausedUntil,
                   QString* error);
    // Records that the token or secret in the keychain changed, so senders re-read them.
    bool bumpSecretVersion(qint64 id, QString* error);
    // Records a rotated signing secret: the previous one keeps signing until `previousSecretUntil`
    // (ms; 0: not at all), and senders re-read the secrets. insert and update never touch it.
    // The rotated-out secret's overlap, which ended at `until`, is over and the secret gone from
    // the keychain. Changes nothing if another rotation has happened since.
    bool clearPreviousSecret(qint64 id, qint64 until, QString* error = nullptr);
    bool recordSecretRotation(qint64 id, qint64 previousSecretUntil, QString* error);

Q_SIGNALS:
    void changed();
    // The failure streak or pause of an integration changed (see setHealth).
    void healthChanged(qint64 id);

private:
    std::optional<Integration> one(const QString& where, const QVariant& value, QString* error) const;
    bool nameTaken(const QString& name, qint64 exceptId, QString* error) const;

    Database& m_db;
};

} // namespace hookdesk
