// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/SecretRotation.h"

#include "delivery/Signer.h"
#include "secrets/SecretStore.h"
#include "storage/IntegrationStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <memory>

namespace hookdesk {

namespace {

// A struct rather than a free tr(): lupdate files the strings of free functions under the
// namespace, so only Q_DECLARE_TR_FUNCTIONS puts them in the context looked up at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hookdesk::SecretRotation)
};

void ignore(bool, const QString&, const QString&) {}

// The state one rotation carries through its asynchronous keychain steps.
struct Step
{
    Step(IntegrationStore& s, SecretStore& k, const Integration& i, qint64 overlap, qint64 now, QObject* c,
         SecretRotation::Done d)
        : store(s), secrets(k), integration(i), overlapMs(overlap), nowMs(now), context(c), done(std::move(d))
    {}

    IntegrationStore& store;
    SecretStore& secrets;
    Integration integration;
    qint64 overlapMs = 0;
    qint64 nowMs = 0;
    QPointer<QObject> context;
    SecretRotation::Done done;
    QString oldSecret;
    QString newSecret = Signer::generateSecret();
    bool hadPrevious = false; // an earlier overlap still running: its secret is put back on failure
    QString previousSecret;

    bool alive() const { return !context.isNull(); }
    void fail(const QString& error) const { done(false, error, {}); }
};

using StepPtr = std::shared_ptr<Step>;

// The previous-secret entry as it was before the rotation, so a failure leaves it unchanged.
void restorePrevious(const StepPtr& s)
{
    if (s->hadPrevious)
        s->secrets.write(s->integration.previousSecretKey(), s->previousSecret, ignore);
    else
        s->secrets.remove(s->integration.previousSecretKey(), ignore);
}

void record(const StepPtr& s)
{
    const qint64 until = s->overlapMs > 0 ? s->nowMs + s->overlapMs : 0;
    QString error;
    if (!s->store.recordSecretRotation(s->integration.id, until, &error)) {
        // The database does not know of the new secret: put the old one back so that both agree.
        s->secrets.write(s->integration.secretKey(), s->oldSecret, ignore);
        if (s->overlapMs > 0)
            restorePrevious(s);
        s->fail(
            Text::tr("The signing secret was not changed: %1 The old secret is still in use.").arg(error));
        return;
    }
    if (until == 0)
        s->secrets.remove(s->integration.previousSecretKey(), ignore); // nothing signs with it any more
    s->done(true, {}, SecretRotation::Result{s->newSecret, until});
}

void writeNew(const StepPtr& s)
{
    s->secrets.write(
        s->integration.secretKey(), s->newSecret, [s](bool ok, const QString&, const QString& error) {
            if (!s->alive())
                return;
            if (!ok) {
                if (s->overlapMs > 0)
                    restorePrevious(s);
                s->fail(Text::tr(
                            "The signing secret was not changed: the keychain refused the new secret. %1 The "
                            "old secret is still in use.")
                            .arg(error));
                return;
            }
            record(s);
        });
}

void keepOld(const StepPtr& s)
{
    if (s->overlapMs <= 0) {
        writeNew(s);
        return;
    }
    s->secrets.write(
        s->integration.previousSecretKey(), s->oldSecret, [s](bool ok, const QString&, const QString& error) {
            if (!s->alive())
                return;
            if (!ok) {
                restorePrevious(s);
                s->fail(Text::tr("The signing secret was not changed: the keychain could not keep "
                                 "the old secret for the overlap. %1")
                            .arg(error));
                return;
            }
            writeNew(s);
        });
}

} // namespace

void SecretRotation::run(IntegrationStore& store, SecretStore& secrets, const Integration& integration,
                         qint64 overlapMs, qint64 nowMs, QObject* context, Done done)
{
    auto s = std::make_shared<Step>(store, secrets, integration, qMax<qint64>(0, overlapMs), nowMs, context,
                                    std::move(done));
    secrets.read(integration.secretKey(), [s](bool ok, const QString& value, const QString& error) {
        if (!s->alive())
            return;
        if (!ok) {
            s->fail(Text::tr("The signing secret was not changed: the current one could not be read from the "
                             "keychain. %1")
                        .arg(error));
            return;
        }
        s->oldSecret = value;
        if (s->overlapMs <= 0 || s->integration.previousSecretUntil <= s->nowMs) {
            keepOld(s);
            return;
        }
        s->secrets.read(s->integration.previousSecretKey(),
                        [s](bool ok2, const QString& previous, const QString&) {
                            if (!s->alive())
                                return;
                            s->hadPrevious = ok2;
                            s->previousSecret = previous;
                            keepOld(s);
                        });
    });
}

} // namespace hookdesk
