// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/ForwardingSecretStore.h"

#include <QMetaObject>

namespace hookdesk {

ForwardingSecretStore::ForwardingSecretStore(SecretStore& target, QObject* parent)
    : SecretStore(parent), m_target(target), m_relay(std::make_shared<Relay>())
{
    m_relay->store = this;
}

ForwardingSecretStore::~ForwardingSecretStore()
{
    // Answers already posted are dropped with this object's pending events.
    const QMutexLocker lock(&m_relay->mutex);
    m_relay->store = nullptr;
}

void ForwardingSecretStore::forward(std::function<void(SecretStore&, Callback)> operation, Callback done)
{
    SecretStore* target = &m_target;
    QMetaObject::invokeMethod(
        target,
        [target, relay = m_relay, operation = std::move(operation), done = std::move(done)]() mutable {
            operation(*target, [relay, done = std::move(done)](bool ok, const QString& value,
                                                               const QString& error) mutable {
                const QMutexLocker lock(&relay->mutex);
                if (!relay->store)
                    return;
                QMetaObject::invokeMethod(
                    relay->store, [done = std::move(done), ok, value, error]() { done(ok, value, error); },
                    Qt::QueuedConnection);
            });
        },
        Qt::QueuedConnection);
}

void ForwardingSecretStore::write(const QString& key, const QString& value, Callback done)
{
    forward(
        [key, value](SecretStore& target, Callback answer) { target.write(key, value, std::move(answer)); },
        std::move(done));
}

void ForwardingSecretStore::read(const QString& key, Callback done)
{
    forward([key](SecretStore& target, Callback answer) { target.read(key, std::move(answer)); },
            std::move(done));
}

void ForwardingSecretStore::remove(const QString& key, Callback done)
{
    forward([key](SecretStore& target, Callback answer) { target.remove(key, std::move(answer)); },
            std::move(done));
}

} // namespace hookdesk
