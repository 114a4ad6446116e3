// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/KeychainSecretStore.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

namespace hookdesk {

namespace {

bool isUnavailable(QKeychain::Error error)
{
    // libsecret reports an unreachable or missing Secret Service as OtherError (a D-Bus or GIO
    // error), and KWallet sometimes does too; only NoBackendAvailable says it outright.
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString& service, QObject* parent)
    : SecretStore(parent), m_service(service)
{}

void KeychainSecretStore::write(const QString& key, const QString& value, Callback done)
{
    start(Operation::Write, key, value, std::move(done), false);
}

void KeychainSecretStore::read(const QString& key, Callback done)
{
    start(Operation::Read, key, {}, std::move(done), false);
}

void KeychainSecretStore::remove(const QString& key, Callback done)
{
    start(Operation::Remove, key, {}, std::move(done), false);
}

void KeychainSecretStore::setRetryDelay(std::chrono::milliseconds delay)
{
    m_retryDelay = delay;
}

void KeychainSecretStore::start(Operation operation, const QString& key, const QString& value, Callback done,
                                bool isRetry)
{
    QKeychain::Job* job = nullptr;
    switch (operation) {
    case Operation::Write: {
        auto* writeJob = new QKeychain::WritePasswordJob(m_service);
        writeJob->setTextData(value);
        job = writeJob;
        break;
    }
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    // The job has no parent: deleting it while libsecret still holds a pointer to it would crash,
    // so it deletes itself after finished() instead. A store destroyed meanwhile just drops the
    // answer, because the connection's context is the store.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this,
            [this, operation, key, value, done = std::move(done), isRetry](QKeychain::Job* finished) {
                finish(finished, operation, key, value, done, isRetry);
            });
    // QtKeychain queues the actual work, so finished() is never emitted from inside start().
    job->start();
}

void KeychainSecretStore::finish(QKeychain::Job* job, Operation operation, const QString& key,
                                 const QString& value, Callback done, bool isRetry)
{
    const QKeychain::Error error = job->error();
    if (error == QKeychain::NoError) {
        const QString text = operation == Operation::Read
                                 ? static_cast<QKeychain::ReadPasswordJob*>(job)->textData()
                                 : QString();
        if (done)
            done(true, text, {});
        return;
    }
    if (operation == Operation::Remove && error == QKeychain::EntryNotFound) {
        if (done)
            done(true, {}, {});
        return;
    }
    if (!isRetry && isUnavailable(error)) {
        // The keyring daemon may start after us at login (Nextcloud sees the same); give it one
        // more chance, but only one, so a missing keychain still fails promptly.
        QTimer::singleShot(m_retryDelay, this, [this, operation, key, value, done = std::move(done)] {
            start(operation, key, value, done, true);
        });
        return;
    }
    if (done)
        done(false, {}, describeError(job, operation, key));
}

QString KeychainSecretStore::describeError(QKeychain::Job* job, Operation operation, const QString& key) const
{
    QString sentence;
    switch (job->error()) {
    case QKeychain::EntryNotFound:
        // The backend's "Entry not found" adds nothing an administrator could act on.
        if (operation == Operation::Read)
            return notFoundMessage(key);
        sentence = tr("The system keychain has no secret under “%1”.").arg(key);
        break;
    case QKeychain::CouldNotDeleteEntry:
        sentence =
            tr("The system keychain could not delete the secret stored under “%1”. Unlock your keyring, "
               "check that Hookdesk may change its entries, and try again.")
                .arg(key);
        break;
    case QKeychain::AccessDeniedByUser:
        sentence =
            tr("Access to the system keychain was refused when it asked for permission. Allow Hookdesk "
               "to use your keyring and try again.");
        break;
    case QKeychain::AccessDenied:
        sentence =
            tr("The system keychain is locked or refused access to the secret “%1”. Unlock your keyring "
               "(for example with your login password) and try again.")
                .arg(key);
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError:
        sentence = tr("The system keychain is not available: no Secret Service (such as GNOME Keyring or "
                      "KWallet) answers on the session bus. Start or unlock your keyring and try again.");
        break;
    case QKeychain::NotImplemented:
        sentence =
            tr("This system has no keychain that Hookdesk can use, and Hookdesk never stores secrets in "
               "plain text. Install GNOME Keyring or KWallet and try again.");
        break;
    case QKeychain::NoError:
        break;
    }
    if (sentence.isEmpty())
        sentence =
            tr("The system keychain failed for an unknown reason. Try again, and check your keyring if "
               "it keeps failing.");
    const QString details = job->errorString();
    if (details.isEmpty())
        return sentence;
    return tr("%1 (%2)").arg(sentence, details);
}

} // namespace hookdesk
