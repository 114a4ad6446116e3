// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/SecretStore.h"

#include <chrono>

namespace QKeychain {
class Job;
}

namespace hookdesk {

// Secrets in the operating system's keychain (Secret Service on Linux, Keychain on macOS,
// Credential Manager on Windows) through QtKeychain. Never falls back to plain text: when no
// keychain answers, operations fail with a sentence that says so.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(const QString& service = QStringLiteral("Hookdesk"),
                                 QObject* parent = nullptr);

    void write(const QString& key, const QString& value, Callback done) override;
    void read(const QString& key, Callback done) override;
    void remove(const QString& key, Callback done) override;

    QString service() const { return m_service; }

    // Wait before the single retry made when the keychain is not available (yet).
    void setRetryDelay(std::chrono::milliseconds delay);
    std::chrono::milliseconds retryDelay() const { return m_retryDelay; }

private:
    enum class Operation
    {
        Write,
        Read,
        Remove
    };

    void start(Operation operation, const QString& key, const QString& value, Callback done, bool isRetry);
    void finish(QKeychain::Job* job, Operation operation, const QString& key, const QString& value,
                Callback done, bool isRetry);
    QString describeError(QKeychain::Job* job, Operation operation, const QString& key) const;

    QString m_service;
    std::chrono::milliseconds m_retryDelay{1000};
};

} // namespace hookdesk
