// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Event.h"

#include <QObject>
#include <QStringList>
#include <optional>

namespace hookdesk {

class Database;

// Stores raised events and fans each out to one delivery job per matching enabled trigger,
// in one transaction: either the event and all its jobs are stored, or nothing is.
class EventStore : public QObject
{
    Q_OBJECT
public:
    explicit EventStore(Database& db, QObject* parent = nullptr);

    struct Raised
    {
        Event event;
        QStringList jobIds;
    };

    // `event.id` and `createdAt` are assigned here.
    std::optional<Raised> raise(Event event, QString* error);
    std::optional<Event> byId(const QString& id, QString* error = nullptr) const;

Q_SIGNALS:
    // Jobs were created; dispatchers in this process may start at once.
    void jobsCreated(const QStringList& jobIds);

private:
    Database& m_db;
};

} // namespace hookdesk
