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

    // Triggers come with eventTypes and urnPatterns filled; eventType is the first type.
    QList<Trigger> all(QString* error = nullptr) const;
    std::optional<Trigger> byId(qint64 id, QString* error = nullptr) const;
    // Saves eventTypes (or eventType alone when eventTypes is empty) and urnPatterns with the
    // trigger, all or nothing. Entries are checked for form only; callers check them against the
    // catalogue with TriggerMatcher::checkEntry.
    bool insert(Trigger& trigger, QString* error);
    bool update(const Trigger& trigger, QString* error);
    bool remove(qint64 id, QString* error);

Q_SIGNALS:
    void changed();

private:
    bool validate(const Trigger& trigger, QString* error) const;
    // Replaces the trigger's event types and URN patterns, inside the caller's transaction.
    bool writeScope(const Trigger& trigger, QString* error);

    Database& m_db;
};

} // namespace hookdesk
