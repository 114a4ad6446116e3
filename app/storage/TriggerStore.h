// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Trigger.h"

#include <QList>
#include <QObject>
#include <optional>

namespace hookdesk {

class Database;

class TriggerStore : public QObject
{
    Q_OBJECT
public:
    explicit TriggerStore(Database& db, QObject* parent = nullptr);

    QList<Trigger> all(QString* error = nullptr) const;
    std::optional<Trigger> byId(qint64 id, QString* error = nullptr) const;
    bool insert(Trigger& trigger, QString* error);
    bool update(const Trigger& trigger, QString* error);
    bool remove(qint64 id, QString* error);

Q_SIGNALS:
    void changed();

private:
    bool validate(const Trigger& trigger, QString* error) const;

    Database& m_db;
};

} // namespace hookdesk
