// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/EventStore.h"

#include "domain/Ids.h"
#include "domain/Trigger.h"
#include "service/TriggerMatcher.h"
#include "storage/Database.h"
#include "storage/IntegrationStore.h"
#include "storage/SqlUtil.h"
#include "storage/TriggerStore.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace hookdesk {

EventStore::EventStore(Database& db, QObject* parent) : QObject(parent), m_db(db) {}

std::optional<EventStore::Raised> EventStore::raise(Event event, QString* error, const Catalogue* catalogue)
{
    event.id = newId(QStringLiteral("evt"));
    event.createdAt = nowMs();
    event.idempotencyKey = event.idempotencyKey.trimmed();
    Raised raised;

    // A key seen before: hand back what the first raise created, outside any transaction.
    auto original = [&]() -> std::optional<Raised> {
        QString lookupError;
        std::optional<Event> first = byIdempotencyKey(event.idempotencyKey, &lookupError);
        if (!first) {
            if (!lookupError.isEmpty())
                fail(error, lookupError);
            return std::nullopt;
        }
        Raised again;
        again.event = *first;
        again.jobIds = jobIds(first->id, &lookupError);
        if (!lookupError.isEmpty()) {
            fail(error, lookupError);
            return std::nullopt;
        }
        again.duplicate = true;
        return again;
    };
    if (!event.idempotencyKey.isEmpty()) {
        QString lookupError;
        if (byIdempotencyKey(event.idempotencyKey, &lookupError))
            return original();
        if (!lookupError.isEmpty()) {
            fail(error, lookupError);
            return std::nullopt;
        }
    }

    // Triggers and integrations are read inside the write transaction, so the jobs follow the
    // triggers as they are when the event is stored.
    QSqlDatabase db = m_db.connection();
    if (!m_db.beginWrite()) {
        fail(error, tr("Could not start a transaction to store the event."));
        return std::nullopt;
    }
    auto rollback = [&]() {
        db.rollback();
        return std::nullopt;
    };
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO events (id, type, urn, payload, item_name, event_name, source, created_at, "
        "idempotency_key) VALUES (?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(event.id);
    q.addBindValue(text(event.type));
    q.addBindValue(text(event.urn));
    q.addBindValue(event.payload);
    q.addBindValue(text(event.itemName));
    q.addBindValue(text(event.eventName));
    q.addBindValue(text(event.source));
    q.addBindValue(event.createdAt);
    q.addBindValue(text(event.idempotencyKey));
    if (!q.exec()) {
        const QString driverError = q.lastError().text();
        db.rollback();
        // Another process stored the same key between our check and this insert.
        if (!event.idempotencyKey.isEmpty()) {
            if (std::optional<Raised> first = original())
                return first;
        }
        fail(error, tr("Could not store the event: %1").arg(driverError));
        return std::nullopt;
    }

    QString readError;
    const QList<Trigger> triggers = TriggerStore(m_db).all(&readError);
    const QList<Integration> integrations =
        readError.isEmpty() ? IntegrationStore(m_db).all(&readError) : QList<Integration>();
    if (!readError.isEmpty()) {
        fail(error, readError);
        return rollback();
    }
    const TriggerMatcher matcher(catalogue);
    const QList<TriggerMatcher::Target> targets =
        TriggerMatcher::targets(matcher.matchingTriggers(triggers, integrations, event.type, event.urn));

    for (const TriggerMatcher::Target& target : targets) {
        const QString jobId = newId(QStringLiteral("msg"));
        q.prepare(QStringLiteral(
            "INSERT INTO jobs (id, event_id, trigger_id, integration_id, event_type, url, status, "
            "next_attempt_at, created_at, updated_at) VALUES (?,?,?,?,?,?,'pending',?,?,?)"));
        q.addBindValue(jobId);
        q.addBindValue(event.id);
        q.addBindValue(target.triggerIds.first());
        q.addBindValue(target.integrationId);
        q.addBindValue(text(event.type));
        q.addBindValue(target.url);
        q.addBindValue(event.createdAt);
        q.addBindValue(event.createdAt);
        q.addBindValue(event.createdAt);
        if (!execQuery(q, tr("Could not create a delivery job"), error))
            return rollback();
        for (const qint64 triggerId : target.triggerIds) {
            q.prepare(QStringLiteral("INSERT INTO job_triggers (job_id, trigger_id) VALUES (?,?)"));
            q.addBindValue(jobId);
            q.addBindValue(triggerId);
            if (!execQuery(q, tr("Could not record the triggers of a delivery job"), error))
                return rollback();
        }
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

std::optional<Event> EventStore::byIdempotencyKey(const QString& key, QString* error) const
{
    if (key.trimmed().isEmpty())
        return std::nullopt;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM events WHERE idempotency_key = ?"));
    q.addBindValue(key.trimmed());
    if (!execQuery(q, tr("Could not look up the event key"), error) || !q.next())
        return std::nullopt;
    return byId(q.value(0).toString(), error);
}

QStringList EventStore::jobIds(const QString& eventId, QString* error) const
{
    QStringList out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM jobs WHERE event_id = ? ORDER BY created_at, id"));
    q.addBindValue(eventId);
    if (!execQuery(q, tr("Could not read the jobs of the event"), error))
        return {};
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

std::optional<Event> EventStore::byId(const QString& id, QString* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, type, urn, payload, item_name, event_name, source, created_at, "
                             "idempotency_key FROM events "
                             "WHERE id = ?"));
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
    e.idempotencyKey = q.value(8).toString();
    return e;
}

} // namespace hookdesk
