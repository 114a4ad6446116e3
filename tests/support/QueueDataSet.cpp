// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueueDataSet.h"

#include "storage/Database.h"
#include "storage/EventStore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hookdesk {

QueueDataSet::Job QueueDataSet::sample(int i, qint64 t0, const QList<qint64>& integrationIds)
{
    Job j;
    j.id = QStringLiteral("msg_test_%1").arg(i, 5, 10, QLatin1Char('0'));
    j.createdAt = t0 + qint64(i) * 1000;
    j.integrationId = integrationIds.at(i % integrationIds.size());
    j.eventType = QStringLiteral("test.event.%1").arg(i % 4);
    if (i % 10 == 0) {
        j.status = JobStatus::Failed;
        j.httpStatus = i % 20 == 0 ? 500 : 0;
    } else if (i % 10 == 1) {
        j.status = JobStatus::Pending;
    } else if (i % 10 == 2) {
        j.status = JobStatus::Failed;
        j.httpStatus = 404;
    } else {
        j.status = JobStatus::Succeeded;
        j.httpStatus = 204;
    }
    j.payload = QStringLiteral("{\"n\":%1,\"colour\":\"%2\",\"note\":\"%3\"}")
                    .arg(i)
                    .arg(i % 2 ? QStringLiteral("blue") : QStringLiteral("red"),
                         i % 50 == 0 ? QStringLiteral("needle in the haystack") : QStringLiteral("hay"))
                    .toUtf8();
    return j;
}

bool QueueDataSet::insert(Database& db, int count, const std::function<Job(int)>& make, QString* error,
                          int batchSize)
{
    QSqlDatabase c = db.connection();
    QSqlQuery event(c);
    QSqlQuery job(c);
    for (int start = 0; start < count; start += batchSize) {
        if (!db.beginWrite()) {
            *error = c.lastError().text();
            return false;
        }
        const qint64 lastRowid = EventStore::lastRowid(db, error);
        event.prepare(
            QStringLiteral("INSERT INTO events (id, type, payload, created_at) VALUES (?, ?, ?, ?)"));
        job.prepare(QStringLiteral(
            "INSERT INTO jobs (id, event_id, integration_id, event_type, url, status, attempts, "
            "last_http_status, last_error, next_attempt_at, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (int i = start; i < qMin(count, start + batchSize); ++i) {
            const Job j = make(i);
            const QString eventId = QStringLiteral("evt_") + j.id;
            event.addBindValue(eventId);
            event.addBindValue(j.eventType);
            event.addBindValue(j.payload);
            event.addBindValue(j.createdAt);
            if (!event.exec()) {
                *error = event.lastError().text();
                c.rollback();
                return false;
            }
            const bool finished = j.status == JobStatus::Succeeded || j.status == JobStatus::Failed;
            job.addBindValue(j.id);
            job.addBindValue(eventId);
            job.addBindValue(j.integrationId);
            job.addBindValue(j.eventType);
            job.addBindValue(QStringLiteral("http://127.0.0.1:9/hooks"));
            job.addBindValue(jobStatusToString(j.status));
            job.addBindValue(finished ? 1 : 0);
            job.addBindValue(j.httpStatus);
            job.addBindValue(j.status == JobStatus::Failed ? QStringLiteral("The receiver failed.")
                                                           : QStringLiteral(""));
            // Far in the future, so that no dispatcher in a test sends them.
            job.addBindValue(j.createdAt + qint64(365) * 24 * 3600 * 1000);
            job.addBindValue(j.createdAt);
            job.addBindValue(j.createdAt);
            if (!job.exec()) {
                *error = job.lastError().text();
                c.rollback();
                return false;
            }
        }
        // Searchable by payload, as events raised by EventStore are.
        if (!EventStore::indexSince(db, lastRowid, error)) {
            c.rollback();
            return false;
        }
        if (!c.commit()) {
            *error = c.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace hookdesk
