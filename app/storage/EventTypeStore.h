// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/EventType.h"

#include <QList>
#include <QObject>
#include <QString>

namespace hookdesk {

class Database;

// The administrator's own event types (built-in ones live in the resources and never here).
class EventTypeStore : public QObject
{
    Q_OBJECT
public:
    explicit EventTypeStore(Database& db, QObject* parent = nullptr);

    // Every custom type, by type key; builtIn is false on each.
    QList<EventType> list(QString* error) const;
    // Inserts or replaces each type, all in one transaction: on failure nothing is stored.
    bool save(const QList<EventType>& types, QString* error);
    bool save(const EventType& type, QString* error) { return save(QList<EventType>{type}, error); }
    bool remove(const QString& type, QString* error);

Q_SIGNALS:
    // Emitted after every successful save or remove, so the catalogue can be reloaded.
    void changed();

private:
    Database& m_db;
};

} // namespace hookdesk
