// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Clock.h"
#include "domain/Integration.h"

#include <QObject>
#include <QTimer>
#include <functional>
#include <optional>

namespace hookdesk {

class IntegrationStore;
class SecretStore;

// Creates, edits and deletes integrations so that the database row and the keychain entries
// agree: secrets are written before the row that names them, and when a keychain step fails
// nothing half-saved remains. Every operation is asynchronous because the keychain is.
class IntegrationService : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(bool ok, const QString& error)>;
    using Created = std::function<void(bool ok, const QString& error, const Integration& integration)>;
    using SecretRead = std::function<void(bool ok, const QString& value, const QString& error)>;
    // newSecret: the whsec_ secret now signing; previousSecretUntil: until when (ms since the
    // epoch) the old one signs beside it, 0 when it stopped at once.
    using Rotated = std::function<void(bool ok, const QString& error, const QString& newSecret,
                                       qint64 previousSecretUntil)>;
    static constexpr qint64 kDefaultRotationOverlapMs = 24LL * 60 * 60 * 1000;

    IntegrationService(IntegrationStore& store, SecretStore& secrets, QObject* parent = nullptr);

    // Checks the fields an administrator types. Returns an empty string when they are fine.
    static QString validate(const Integration& integration);
    static QString validateToken(const QString& token);

    // Stores the token and a new signing secret in the keychain, then the row.
    // signingSecret: one made beforehand (e.g. to sign a verification ping with it); empty makes
    // a new one.
    void create(Integration integration, const QString& token, Created done,
                const QString& signingSecret = {});
    // Saves the row; with a new token, writes it to the keychain first.
    void update(Integration integration, const std::optional<QString>& newToken, Done done);
    void resetToken(qint64 id, const QString& token, Done done);
    // Removes the keychain entries first, then the row and its triggers.
    void remove(qint64 id, Done done);
    void readSigningSecret(qint64 id, SecretRead done);
    // Replaces the signing secret with a new one; the old one keeps signing beside it for
    // overlapMs (0: it stops at once). On failure the old secret stays current (see SecretRotation).
    void rotateSecret(qint64 id, qint64 overlapMs, Rotated done);
    // Removes from the keychain every rotated-out secret whose overlap has ended, and clears its
    // end time: nothing signs with it any more, so it is not kept. A keychain that cannot remove
    // one now leaves it for the next time; done names it.
    void forgetExpiredSecrets(Done done);
    // forgetExpiredSecrets now and then every intervalMs, for as long as this service lives;
    // problems are told through problem().
    void keepForgettingExpiredSecrets(int intervalMs = 60 * 60 * 1000);
    // What rotateSecret takes as "now" (the system clock unless a test sets one).
    void setClock(Clock clock) { m_clock = std::move(clock); }

Q_SIGNALS:
    // Something the administrator should know that no single action reported, in words.
    void problem(const QString& message);

private:
    IntegrationStore& m_store;
    SecretStore& m_secrets;
    Clock m_clock;
    QTimer* m_forgetTimer = nullptr;
};

} // namespace hookdesk
