// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/IntegrationService.h"

#include "delivery/HeaderRules.h"
#include "delivery/RequestBuilder.h"
#include "delivery/Signer.h"
#include "domain/Ids.h"
#include "secrets/SecretStore.h"
#include "service/SecretRotation.h"
#include "storage/IntegrationStore.h"

#include <QPointer>

namespace hookdesk {

IntegrationService::IntegrationService(IntegrationStore& store, SecretStore& secrets, QObject* parent)
    : QObject(parent), m_store(store), m_secrets(secrets)
{}

QString IntegrationService::validate(const Integration& integration)
{
    if (integration.name.trimmed().isEmpty())
        return tr("Give the integration a name.");
    if (integration.name.size() > 100)
        return tr("The name is too long: use at most 100 characters.");
    const QString urlProblem = RequestBuilder::validateUrl(integration.baseUrl.trimmed());
    if (!urlProblem.isEmpty())
        return urlProblem;
    if (integration.authScheme == AuthScheme::Header) {
        const QString name = integration.authHeader.trimmed();
        if (name.isEmpty())
            return tr("Enter the name of the header that carries the token, for example X-Api-Key.");
        if (!HeaderRules::isToken(name))
            return tr("“%1” is not a valid header name: use letters, digits and - only.").arg(name);
        if (HeaderRules::isSetByHookdesk(name))
            return tr("The header %1 is set by Hookdesk itself; choose another name for the token.")
                .arg(name);
    }
    const QString headerProblem = HeaderRules::validate(integration);
    if (!headerProblem.isEmpty())
        return headerProblem;
    return {};
}

QString IntegrationService::validateToken(const QString& token)
{
    if (token.isEmpty())
        return tr("Enter the token the receiver expects in its Authorization header.");
    if (token.contains(QLatin1Char('\r')) || token.contains(QLatin1Char('\n')))
        return tr("The token contains a line break; paste it again without one.");
    if (token.size() > 4096)
        return tr("The token is too long: use at most 4096 characters.");
    return {};
}

void IntegrationService::create(Integration integration, const QString& token, Created done,
                                const QString& signingSecret)
{
    integration.name = integration.name.trimmed();
    integration.baseUrl = integration.baseUrl.trimmed();
    integration.authHeader = integration.authHeader.trimmed();
    QString problem = validate(integration);
    if (problem.isEmpty())
        problem = validateToken(token);
    if (problem.isEmpty() && m_store.byName(integration.name))
        problem = tr("An integration named “%1” already exists. Choose another name.").arg(integration.name);
    if (!problem.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [done, problem, integration]() { done(false, problem, integration); },
            Qt::QueuedConnection);
        return;
    }
    integration.uid = newId(QStringLiteral("int"));
    const QString secret = signingSecret.isEmpty() ? Signer::generateSecret() : signingSecret;
    QPointer<IntegrationService> self(this);
    m_secrets.write(
        integration.tokenKey(), token,
        [self, integration, done, secret](bool ok, const QString&, const QString& error) {
            if (!self)
                return;
            if (!ok) {
                done(false,
                     tr("The integration was not saved: the token could not be stored in the keychain. %1")
                         .arg(error),
                     integration);
                return;
            }
            self->m_secrets.write(
                integration.secretKey(), secret,
                [self, integration, done](bool ok2, const QString&, const QString& error2) mutable {
                    if (!self)
                        return;
                    auto undo = [self, integration]() {
                        self->m_secrets.remove(integration.tokenKey(),
                                               [](bool, const QString&, const QString&) {});
                        self->m_secrets.remove(integration.secretKey(),
                                               [](bool, const QString&, const QString&) {});
                    };
                    if (!ok2) {
                        undo();
                        done(false,
                             tr("The integration was not saved: the signing secret could not be stored in "
                                "the keychain. %1")
                                 .arg(error2),
                             integration);
                        return;
                    }
                    QString storeError;
                    if (!self->m_store.insert(integration, &storeError)) {
                        undo();
                        done(false, storeError, integration);
                        return;
                    }
                    done(true, {}, integration);
                });
        });
}

void IntegrationService::update(Integration integration, const std::optional<QString>& newToken, Done done)
{
    integration.name = integration.name.trimmed();
    integration.baseUrl = integration.baseUrl.trimmed();
    integration.authHeader = integration.authHeader.trimmed();
    QString problem = validate(integration);
    if (problem.isEmpty() && newToken)
        problem = validateToken(*newToken);
    if (!problem.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [done, problem]() { done(false, problem); }, Qt::QueuedConnection);
        return;
    }
    auto saveRow = [this, integration, done]() mutable {
        QString error;
        if (!m_store.update(integration, &error)) {
            done(false, error);
            return;
        }
        done(true, {});
    };
    if (!newToken) {
        QMetaObject::invokeMethod(this, saveRow, Qt::QueuedConnection);
        return;
    }
    QPointer<IntegrationService> self(this);
    m_secrets.write(
        integration.tokenKey(), *newToken,
        [self, integration, saveRow, done](bool ok, const QString&, const QString& error) mutable {
            if (!self)
                return;
            if (!ok) {
                done(false, tr("Nothing was saved: the new token could not be stored in the keychain. %1")
                                .arg(error));
                return;
            }
            QString bumpError;
            if (!self->m_store.bumpSecretVersion(integration.id, &bumpError)) {
                done(false, bumpError);
                return;
            }
            saveRow();
        });
}

void IntegrationService::resetToken(qint64 id, const QString& token, Done done)
{
    QString error;
    const std::optional<Integration> integration = m_store.byId(id, &error);
    QString problem = integration ? validateToken(token)
                                  : (error.isEmpty() ? tr("This integration no longer exists.") : error);
    if (!problem.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [done, problem]() { done(false, problem); }, Qt::QueuedConnection);
        return;
    }
    QPointer<IntegrationService> self(this);
    m_secrets.write(
        integration->tokenKey(), token, [self, id, done](bool ok, const QString&, const QString& writeError) {
            if (!self)
                return;
            if (!ok) {
                done(false, tr("The token was not changed: the keychain refused it. %1").arg(writeError));
                return;
            }
            QString bumpError;
            if (!self->m_store.bumpSecretVersion(id, &bumpError)) {
                done(false, bumpError);
                return;
            }
            done(true, {});
        });
}

void IntegrationService::remove(qint64 id, Done done)
{
    QString error;
    const std::optional<Integration> integration = m_store.byId(id, &error);
    if (!integration) {
        const QString problem = error.isEmpty() ? tr("This integration no longer exists.") : error;
        QMetaObject::invokeMethod(
            this, [done, problem]() { done(false, problem); }, Qt::QueuedConnection);
        return;
    }
    QPointer<IntegrationService> self(this);
    const Integration victim = *integration;
    m_secrets.remove(victim.tokenKey(), [self, victim, done](bool ok, const QString&,
                                                             const QString& removeError) {
        if (!self)
            return;
        if (!ok) {
            done(false,
                 tr("The integration was not deleted: its token could not be removed from the keychain. %1")
                     .arg(removeError));
            return;
        }
        self->m_secrets.remove(victim.secretKey(), [self, victim, done](bool ok2, const QString&,
                                                                        const QString& error2) {
            if (!self)
                return;
            if (!ok2) {
                done(false,
                     tr("The integration was not deleted: its signing secret could not be removed from the "
                        "keychain. %1")
                         .arg(error2));
                return;
            }
            self->m_secrets.remove(victim.previousSecretKey(), [](bool, const QString&, const QString&) {});
            QString storeError;
            if (!self->m_store.remove(victim.id, &storeError)) {
                done(false, storeError);
                return;
            }
            done(true, {});
        });
    });
}

void IntegrationService::readSigningSecret(qint64 id, SecretRead done)
{
    QString error;
    const std::optional<Integration> integration = m_store.byId(id, &error);
    if (!integration) {
        const QString problem = error.isEmpty() ? tr("This integration no longer exists.") : error;
        QMetaObject::invokeMethod(
            this, [done, problem]() { done(false, {}, problem); }, Qt::QueuedConnection);
        return;
    }
    m_secrets.read(integration->secretKey(), std::move(done));
}

void IntegrationService::rotateSecret(qint64 id, qint64 overlapMs, Rotated done)
{
    QString error;
    const std::optional<Integration> integration = m_store.byId(id, &error);
    if (!integration) {
        const QString problem = error.isEmpty() ? tr("This integration no longer exists.") : error;
        QMetaObject::invokeMethod(
            this, [done, problem]() { done(false, problem, {}, 0); }, Qt::QueuedConnection);
        return;
    }
    SecretRotation::run(m_store, m_secrets, *integration, overlapMs, m_clock.nowMs(), this,
                        [done](bool ok, const QString& rotationError, const SecretRotation::Result& result) {
                            done(ok, rotationError, result.newSecret, result.previousSecretUntil);
                        });
}

void IntegrationService::forgetExpiredSecrets(Done done)
{
    QString error;
    const QList<Integration> all = m_store.all(&error);
    if (!error.isEmpty()) {
        done(false, error);
        return;
    }
    const qint64 now = m_clock.nowMs();
    QList<Integration> expired;
    for (const Integration& integration : all) {
        if (integration.previousSecretUntil > 0 && integration.previousSecretUntil <= now)
            expired.append(integration);
    }
    if (expired.isEmpty()) {
        done(true, {});
        return;
    }
    struct Progress
    {
        qsizetype left;
        QStringList problems;
        Done done;
    };
    auto progress = std::make_shared<Progress>(Progress{expired.size(), {}, std::move(done)});
    QPointer<IntegrationService> self(this);
    for (const Integration& integration : std::as_const(expired)) {
        m_secrets.remove(integration.previousSecretKey(), [self, progress, integration](
                                                              bool ok, const QString&, const QString& why) {
            QString problem;
            if (!ok)
                problem = tr("The old signing secret of “%1” could not be removed from "
                             "the keychain; Hookdesk will try again later. %2")
                              .arg(integration.name, why);
            else if (self)
                self->m_store.clearPreviousSecret(integration.id, integration.previousSecretUntil, &problem);
            if (!problem.isEmpty())
                progress->problems.append(problem);
            if (--progress->left == 0)
                progress->done(progress->problems.isEmpty(), progress->problems.join(QLatin1Char(' ')));
        });
    }
}

void IntegrationService::keepForgettingExpiredSecrets(int intervalMs)
{
    const auto forget = [this]() {
        QPointer<IntegrationService> self(this);
        forgetExpiredSecrets([self](bool ok, const QString& error) {
            if (!ok && self)
                Q_EMIT self->problem(error);
        });
    };
    if (!m_forgetTimer) {
        m_forgetTimer = new QTimer(this);
        connect(m_forgetTimer, &QTimer::timeout, this, forget);
    }
    m_forgetTimer->start(intervalMs);
    QTimer::singleShot(0, this, forget);
}

} // namespace hookdesk
