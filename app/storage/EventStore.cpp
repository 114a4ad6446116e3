// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/EventStore.h"

#include "domain/Ids.h"
#include "domain/Trigger.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace hookdesk {

EventStore::EventStore(Database& db, QObject* parent) : QObject(parent), m_db(db) {}

std::optional<EventStore::Raised> EventStore::raise(Event event, QString* error)
{
    event.id = newId(QStringLiteral("evt"));
    event.createdAt = nowMs();
    Raised raised;

    QSqlDatabase db = m_db.connection();
    if (!db.transaction()) {
        fail(error, tr("Could not start a transaction to store the event."));
        return std::nullopt;
    }
    auto rollback = [&]() {
        db.rollback();
        return std::nullopt;
    };
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO events (id, type, urn, payload, item_name, event_name, source, created_at) "
        "VALUES (?,?,?,?,?,?,?,?)"));
    q.addBindValue(event.id);
    q.addBindValue(text(event.type));
    q.addBindValue(text(event.urn));
    q.addBindValue(event.payload);
    q.addBindValue(text(event.itemName));
    q.addBindValue(text(event.eventName));
    q.addBindValue(text(event.source));
    q.addBindValue(event.createdAt);
    if (!execQuery(q, tr("Could not store the event"), error))
        return rollback();

    struct Target
    {
        qint64 triggerId;
        qint64 integrationId;
        QString url;
    };
    QList<Target> targets;
    q.prepare(
        QStringLiteral("SELECT t.id, i.id, i.base_url, t.path FROM triggers t JOIN integrations i ON "
                       "i.id = t.integration_id WHERE t.event_type = ? AND t.enabled = 1 AND i.enabled = 1 "
                       "ORDER BY t.id"));
    q.addBindValue(text(event.type));
    if (!execQuery(q, tr("Could not find the triggers for the event"), error))
        return rollback();
    while (q.next())
        targets.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                        joinUrl(q.value(2).toString(), q.value(3).toString())});

    for (const Target& target : targets) {
        const QString jobId = newId(QStringLiteral("msg"));
        q.prepare(QStringLiteral(
            "INSERT INTO jobs (id, event_id, trigger_id, integration_id, event_type, url, status, "
            "next_attempt_at, created_at, updated_at) VALUES (?,?,?,?,?,?,'pending',?,?,?)"));
        q.addBindValue(jobId);
        q.addBindValue(event.id);
        q.addBindValue(target.triggerId);
        q.addBindValue(target.integrationId);
        q.addBindValue(text(event.type));
        q.addBindValue(target.url);
        q.addBindValue(event.createdAt);
        q.addBindValue(event.createdAt);
        q.addBindValue(event.createdAt);
        if (!execQuery(q, tr("Could not create a delivery job"), error))
            return rollback();
        raised.jobIds.append(jobId);
    }
    if (!db.commit()) {
        fail(error, tr("Could not store the event: the database refused to commit."));
        return rollback();
    }
    raised.event = event;
    if (!raised.jobIds.isEmpty())
        Q_EMIT jobsCreated(raised.jobIds);
    return raised;
}

std::optional<Event> EventStore::byId(const QString& id, QString* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT id, type, urn, payload, item_name, event_name, source, created_at FROM events WHERE id = ?"));
    q.addBindValue(id);
    if (!execQuery(q, tr("Could not read the event"), error) || !q.next())
        return std::nullopt;
    Event e;
    e.id = q.value(0).toString();
    e.type = q.value(1).toString();
    e.urn = q.value(2).toString();
    e.payload = q.value(3).toByteArray();
    e.itemName = q.value(4).toString();
    e.eventName = q.value(5).toString();
    e.source = q.value(6).toString();
    e.createdAt = q.value(7).toLongLong();
    return e;
}

} // namespace hookdesk
