// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/MemorySecretStore.h"

#include <QMetaObject>

namespace hookdesk {

MemorySecretStore::MemorySecretStore(QObject* parent) : SecretStore(parent) {}

void MemorySecretStore::write(const QString& key, const QString& value, Callback done)
{
    if (!m_failure.isEmpty()) {
        answer(std::move(done), false, {}, m_failure);
        return;
    }
    m_values.insert(key, value);
    answer(std::move(done), true, {}, {});
}

void MemorySecretStore::read(const QString& key, Callback done)
{
    if (!m_failure.isEmpty()) {
        answer(std::move(done), false, {}, m_failure);
        return;
    }
    const auto it = m_values.constFind(key);
    if (it == m_values.constEnd()) {
        answer(std::move(done), false, {}, notFoundMessage(key));
        return;
    }
    answer(std::move(done), true, it.value(), {});
}

void MemorySecretStore::remove(const QString& key, Callback done)
{
    if (!m_failure.isEmpty()) {
        answer(std::move(done), false, {}, m_failure);
        return;
    }
    m_values.remove(key);
    answer(std::move(done), true, {}, {});
}

void MemorySecretStore::setFailure(const QString& error)
{
    m_failure = error;
}

bool MemorySecretStore::contains(const QString& key) const
{
    return m_values.contains(key);
}

int MemorySecretStore::count() const
{
    return static_cast<int>(m_values.size());
}

void MemorySecretStore::answer(Callback done, bool ok, const QString& value, const QString& error)
{
    if (!done)
        return;
    // Queued, so the callback never runs inside the caller's own call, just as with a keychain.
    QMetaObject::invokeMethod(
        this, [done = std::move(done), ok, value, error] { done(ok, value, error); }, Qt::QueuedConnection);
}

} // namespace hookdesk
