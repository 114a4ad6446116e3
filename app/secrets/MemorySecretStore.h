// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

namespace hookdesk {

// Keeps secrets in memory, for unit tests of classes that need a SecretStore. Answers
// asynchronously like the real keychain, so callers cannot come to rely on synchronous callbacks.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit MemorySecretStore(QObject* parent = nullptr);

    void write(const QString& key, const QString& value, Callback done) override;
    void read(const QString& key, Callback done) override;
    void remove(const QString& key, Callback done) override;

    // While error is not empty, every operation fails with exactly this text and changes nothing.
    void setFailure(const QString& error);

    bool contains(const QString& key) const;
    int count() const;

private:
    void answer(Callback done, bool ok, const QString& value, const QString& error);

    QHash<QString, QString> m_values;
    QString m_failure;
};

} // namespace hookdesk
