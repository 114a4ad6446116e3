// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace hookdesk {

// Where tokens and signing secrets live; the database only keeps the key names.
// Every operation answers through its callback, asynchronously (never from inside the call),
// exactly once, on the thread the store lives in. Call the store from that thread.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    // ok is false on failure; error is then a sentence for an administrator. value is only
    // meaningful for a successful read.
    using Callback = std::function<void(bool ok, const QString& value, const QString& error)>;

    explicit SecretStore(QObject* parent = nullptr);
    ~SecretStore() override;

    virtual void write(const QString& key, const QString& value, Callback done) = 0;
    // A missing entry is a failure whose error says no secret is stored under that name.
    virtual void read(const QString& key, Callback done) = 0;
    // Removing a missing entry succeeds: the caller wanted it gone, and it is.
    virtual void remove(const QString& key, Callback done) = 0;

    // The one wording for "nothing stored under this key", shared by all implementations.
    static QString notFoundMessage(const QString& key);
};

} // namespace hookdesk
