// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/EventStore.h"

#include "domain/Ids.h"
#include "domain/Trigger.h"
#include "service/TriggerMatcher.h"
#include "storage/Database.h"
#include "storage/IntegrationStore.h"
#include "storage/SqlUtil.h"
#include "storage/Statement.h"
#include "storage/TriggerStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace hookdesk {

EventStore::EventStore(Database& db, QObject* parent) : QObject(parent), m_db(db) {}

std::optional<EventStore::Raised> EventStore::raise(Event event, QString* error, const Catalogue* catalogue)
{
    std::optional<QList<Raised>> raised = raiseMany({std::move(event)}, error, catalogue);
    if (!raised)
        return std::nullopt;
    return raised->constFirst();
}

std::optional<EventStore::Raised> EventStore::original(const QString& idempotencyKey, QString* error) const
{
    QString lookupError;
    std::optional<Event> first = byIdempotencyKey(idempotencyKey, &lookupError);
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
}

std::optional<QList<EventStore::Raised>> EventStore::raiseMany(QList<Event> events, QString* error,
                                                               const Catalogue* catalogue)
{
    QList<Raised> results(events.size());
    // Per event: kStore, kKnown (its key was used before: results[i] holds the original), or the
    // index of an earlier event of this batch with the same key.
    constexpr qsizetype kStore = -1;
    constexpr qsizetype kKnown = -2;
    QList<qsizetype> source(events.size(), kStore);
    QHash<QString, qsizetype> firstWithKey;
    for (qsizetype i = 0; i < events.size(); ++i) {
        Event& event = events[i];
        event.id = newId(QStringLiteral("evt"));
        event.createdAt = nowMs();
        event.idempotencyKey = event.idempotencyKey.trimmed();
        if (event.idempotencyKey.isEmpty())
            continue;
        if (const auto seen = firstWithKey.constFind(event.idempotencyKey); seen != firstWithKey.constEnd()) {
            source[i] = *seen;
            continue;
        }
        // A key seen before: hand back what the first raise created, outside any transaction.
        QString lookupError;
        if (std::optional<Raised> first = original(event.idempotencyKey, &lookupError)) {
            results[i] = *first;
            source[i] = kKnown;
            continue;
        }
        if (!lookupError.isEmpty()) {
            fail(error, lookupError);
            return std::nullopt;
        }
        firstWithKey.insert(event.idempotencyKey, i);
    }
    if (!source.contains(kStore))
        return results;

    // Triggers and integrations are read inside the write transaction, so the jobs follow the
    // triggers as they are when the events are stored.
    QSqlDatabase db = m_db.connection();
    const Database::WriteTurn turn(m_db);
    if (!m_db.beginWrite()) {
        fail(error, tr("Could not start a transaction to store the event."));
        return std::nullopt;
    }
    auto rollback = [&]() {
        db.rollback();
        return std::nullopt;
    };
    QString readError;
    const QList<Trigger> triggers = TriggerStore(m_db).all(&readError);
    const QList<Integration> integrations =
        readError.isEmpty() ? IntegrationStore(m_db).all(&readError) : QList<Integration>();
    if (!readError.isEmpty()) {
        fail(error, readError);
        return rollback();
    }
    // Rowids grow within this write transaction: the batch is everything above this one.
    QString rowidError;
    const qint64 lastRowidBefore = lastRowid(m_db, &rowidError);
    if (!rowidError.isEmpty()) {
        fail(error, rowidError);
        return rollback();
    }
    const TriggerMatcher matcher(catalogue);
    // A burst is mostly a few types: match each (type, URN) once.
    QHash<QPair<QString, QString>, QList<TriggerMatcher::Target>> targetsOf;

    Statement insertEvent(
        m_db, QByteArrayLiteral("INSERT INTO events (id, type, urn, payload, item_name, event_name, "
                                "source, created_at, idempotency_key) VALUES (?,?,?,?,?,?,?,?,?)"));
    Statement insertJob(
        m_db, QByteArrayLiteral(
                  "INSERT INTO jobs (id, event_id, trigger_id, integration_id, event_type, url, status, "
                  "next_attempt_at, created_at, updated_at) VALUES (?,?,?,?,?,?,'pending',?,?,?)"));
    Statement insertTrigger(m_db,
                            QByteArrayLiteral("INSERT INTO job_triggers (job_id, trigger_id) VALUES (?,?)"));
    QStringList created;
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (source[i] != kStore)
            continue;
        const Event& event = events.at(i);
        insertEvent.bind(event.id);
        insertEvent.bind(text(event.type));
        insertEvent.bind(text(event.urn));
        insertEvent.bind(event.payload);
        insertEvent.bind(text(event.itemName));
        insertEvent.bind(text(event.eventName));
        insertEvent.bind(text(event.source));
        insertEvent.bind(event.createdAt);
        insertEvent.bind(text(event.idempotencyKey));
        if (!insertEvent.exec(QString(), nullptr)) { // said below, or not at all when the key raced
            const QString driverError = insertEvent.lastError();
            db.rollback();
            // Another process stored the same key between our check and this insert: the batch
            // again, which now finds that key stored.
            if (!event.idempotencyKey.isEmpty()) {
                QString lookupError;
                if (original(event.idempotencyKey, &lookupError))
                    return raiseMany(events, error, catalogue);
            }
            fail(error, tr("Could not store the event: %1").arg(driverError));
            return std::nullopt;
        }
        auto targets = targetsOf.find(qMakePair(event.type, event.urn));
        if (targets == targetsOf.end())
            targets = targetsOf.insert(qMakePair(event.type, event.urn),
                                       TriggerMatcher::targets(matcher.matchingTriggers(
                                           triggers, integrations, event.type, event.urn)));
        Raised& raised = results[i];
        for (const TriggerMatcher::Target& target : std::as_const(*targets)) {
            const QString jobId = newId(QStringLiteral("msg"));
            insertJob.bind(jobId);
            insertJob.bind(event.id);
            insertJob.bind(target.triggerIds.first());
            insertJob.bind(target.integrationId);
            insertJob.bind(text(event.type));
            insertJob.bind(target.url);
            insertJob.bind(event.createdAt);
            insertJob.bind(event.createdAt);
            insertJob.bind(event.createdAt);
            if (!insertJob.exec(tr("Could not create a delivery job"), error))
                return rollback();
            // One trigger, the usual case, is the job's own trigger_id; matchedTriggers reads
            // job_triggers only for a job that several triggers matched.
            const QList<qint64> extraTriggers =
                target.triggerIds.size() > 1 ? target.triggerIds : QList<qint64>();
            for (const qint64 triggerId : extraTriggers) {
                insertTrigger.bind(jobId);
                insertTrigger.bind(triggerId);
                if (!insertTrigger.exec(tr("Could not record the triggers of a delivery job"), error))
                    return rollback();
            }
            raised.jobIds.append(jobId);
        }
        raised.event = event;
        created += raised.jobIds;
    }
    if (!indexSince(m_db, lastRowidBefore, error))
        return rollback();
    if (!db.commit()) {
        fail(error, tr("Could not store the event: %1").arg(sqlErrorText(db.lastError(), db.driver())));
        return rollback();
    }
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (source[i] >= 0) {
            results[i] = results.at(source[i]);
            results[i].duplicate = true;
        }
    }
    if (!created.isEmpty())
        Q_EMIT jobsCreated(created);
    return results;
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

qint64 EventStore::lastRowid(Database& db, QString* error)
{
    if (db.isPostgres())
        return 0;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(rowid), 0) FROM events"));
    if (!execQuery(q, tr("Could not read the events"), error) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

bool EventStore::indexSince(Database& db, qint64 rowid, QString* error)
{
    if (db.isPostgres())
        return true;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO events_fts(rowid, payload) SELECT rowid, CAST(payload AS TEXT) "
                             "FROM events WHERE rowid > ?"));
    q.addBindValue(rowid);
    return execQuery(q, tr("Could not index the events for search"), error);
}

} // namespace hookdesk
