// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Event.h"

#include <QObject>
#include <QStringList>
#include <optional>

namespace hookdesk {

class Catalogue;
class Database;

// Stores raised events and fans each out to delivery jobs, in one transaction: either the event
// and all its jobs are stored, or nothing is. Matching enabled triggers (TriggerMatcher) that
// resolve to the same integration and URL share one job, which records every trigger that matched.
class EventStore : public QObject
{
    Q_OBJECT
public:
    explicit EventStore(Database& db, QObject* parent = nullptr);

    struct Raised
    {
        Event event;
        QStringList jobIds;
        // The event's idempotency key was already used: `event` and `jobIds` are the original
        // ones and nothing new was stored.
        bool duplicate = false;
    };

    // `event.id` and `createdAt` are assigned here. The catalogue resolves group wildcards of
    // triggers; without it only exact types match.
    std::optional<Raised> raise(Event event, QString* error, const Catalogue* catalogue = nullptr);
    // raise() for many events in one transaction, for sources that send them in bursts: one commit
    // instead of one per event. Each event is fanned out and checked for its idempotency key as
    // raise() does (a key used twice within the batch stores the first event only); the results
    // are in the order of `events`. Either every event is stored or none is.
    std::optional<QList<Raised>> raiseMany(QList<Event> events, QString* error,
                                           const Catalogue* catalogue = nullptr);
    std::optional<Event> byIdempotencyKey(const QString& key, QString* error = nullptr) const;
    // The jobs of an event, oldest first.
    QStringList jobIds(const QString& eventId, QString* error = nullptr) const;
    std::optional<Event> byId(const QString& id, QString* error = nullptr) const;

    // Payload search on SQLite: events are added to the full-text index per stored batch, not by
    // a trigger per row (see migration 10). Inside a write transaction, a writer that stores
    // events directly notes lastRowid() first and calls indexSince() with it before committing.
    // Both do nothing on PostgreSQL and return true, or 0.
    static qint64 lastRowid(Database& db, QString* error);
    static bool indexSince(Database& db, qint64 rowid, QString* error);

Q_SIGNALS:
    // Jobs were created; dispatchers in this process may start at once.
    void jobsCreated(const QStringList& jobIds);

private:
    // What the first raise with this key stored, marked duplicate; nullopt (and *error) on failure.
    std::optional<Raised> original(const QString& idempotencyKey, QString* error) const;

    Database& m_db;
};

} // namespace hookdesk
