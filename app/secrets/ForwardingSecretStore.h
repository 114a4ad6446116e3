// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/SecretStore.h"

#include <QMutex>
#include <memory>

namespace hookdesk {

// A SecretStore for a worker thread that passes every operation to a store living on another
// thread (the keychain store belongs to the thread that made it) and brings the answer back to
// the thread this one lives in. Answers still come asynchronously and exactly once, unless the
// store they are meant for is gone by then.
class ForwardingSecretStore : public SecretStore
{
    Q_OBJECT

public:
    // `target` must outlive every operation passed to it.
    explicit ForwardingSecretStore(SecretStore& target, QObject* parent = nullptr);
    ~ForwardingSecretStore() override;

    void write(const QString& key, const QString& value, Callback done) override;
    void read(const QString& key, Callback done) override;
    void remove(const QString& key, Callback done) override;

private:
    // Runs `operation` on the target's thread; its answer comes back through `done` here.
    void forward(std::function<void(SecretStore& target, Callback answer)> operation, Callback done);

    // Answers arrive on the target's thread while this store may be deleted on its own: they
    // are posted here only under the lock, and only while this store still exists.
    struct Relay
    {
        QMutex mutex;
        ForwardingSecretStore* store = nullptr;
    };

    SecretStore& m_target;
    std::shared_ptr<Relay> m_relay;
};

} // namespace hookdesk
