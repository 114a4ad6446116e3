// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/JobStore.h"

#include "domain/Ids.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>
#include <optional>

namespace hookdesk {

namespace {

const char* const kJobColumns =
    "j.id, j.event_id, j.trigger_id, j.integration_id, COALESCE(i.name, ''), j.event_type, j.url, j.status, "
    "j.attempts, j.last_http_status, j.last_error, j.last_duration_ms, j.created_at, j.updated_at, "
    "j.next_attempt_at, j.next_attempt_kind, j.run_number";
// Queries that select more than kJobColumns read their extra columns from here on.
constexpr int kJobColumnCount = 17;

// A QSqlQuery's or a Statement's value, for fromRow().
QString stringAt(const QSqlQuery& q, int column)
{
    return q.value(column).toString();
}
qint64 numberAt(const QSqlQuery& q, int column)
{
    return q.value(column).toLongLong();
}
QString stringAt(const Statement& s, int column)
{
    return s.string(column);
}
qint64 numberAt(const Statement& s, int column)
{
    return s.int64(column);
}

// The job in kJobColumns of the current row.
template <typename Row> DeliveryJob fromRow(const Row& q)
{
    DeliveryJob j;
    j.id = stringAt(q, 0);
    j.eventId = stringAt(q, 1);
    j.triggerId = numberAt(q, 2);
    j.integrationId = numberAt(q, 3);
    j.integrationName = stringAt(q, 4);
    j.eventType = stringAt(q, 5);
    j.url = stringAt(q, 6);
    j.status = jobStatusFromString(stringAt(q, 7));
    j.attempts = int(numberAt(q, 8));
    j.lastHttpStatus = int(numberAt(q, 9));
    j.lastError = stringAt(q, 10);
    j.lastDurationMs = numberAt(q, 11);
    j.createdAt = numberAt(q, 12);
    j.updatedAt = numberAt(q, 13);
    j.nextAttemptAt = numberAt(q, 14);
    j.nextAttemptKind = stringAt(q, 15);
    j.runNumber = stringAt(q, 16);
    return j;
}

// The columns a sender needs of a claimed job after kJobColumns (its event's), with the FROM and
// joins of dueRows() and readClaimed().
#define HOOKDESK_CLAIMED_EVENT_COLUMNS ", e.payload, e.item_name, e.event_name, e.urn"
#define HOOKDESK_CLAIMED_FROM                                                                                \
    " FROM jobs j LEFT JOIN integrations i ON i.id = j.integration_id JOIN events e ON e.id = j.event_id "
const char* const kClaimedColumns = HOOKDESK_CLAIMED_EVENT_COLUMNS HOOKDESK_CLAIMED_FROM;
// The same with the job's rowid last, for dueRows() (claimedFromRow(q, true)).
const char* const kClaimedColumnsAndRow = HOOKDESK_CLAIMED_EVENT_COLUMNS ", j.rowid" HOOKDESK_CLAIMED_FROM;
#undef HOOKDESK_CLAIMED_EVENT_COLUMNS
#undef HOOKDESK_CLAIMED_FROM

// A claimed job in the current row: kJobColumns, then kClaimedColumns' event columns, then, where
// the query selects it (dueRows()), the job's rowid.
DeliveryJob claimedFromRow(const Statement& q, bool withRow = false)
{
    DeliveryJob j = fromRow(q);
    j.payload = q.bytes(kJobColumnCount);
    j.itemName = q.string(kJobColumnCount + 1);
    j.eventName = q.string(kJobColumnCount + 2);
    j.eventUrn = q.string(kJobColumnCount + 3);
    if (withRow)
        j.storeRow = q.int64(kJobColumnCount + 4);
    return j;
}

// The INSERT of JobStore::recordAttempts. On SQLite the new attempt's id is the rowid as it is:
// RETURNING would gather each row in a temporary table first, about a sixth of writing an attempt.
#define HOOKDESK_INSERT_ATTEMPT                                                                              \
    "INSERT INTO attempts (job_id, number, kind, started_at, duration_ms, request_url, request_headers, "    \
    "request_body, request_body_is_payload, response_status, response_headers, response_body, "              \
    "response_truncated, error, run_number, protocol) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
constexpr char kInsertAttempt[] = HOOKDESK_INSERT_ATTEMPT;
constexpr char kInsertAttemptReturningId[] = HOOKDESK_INSERT_ATTEMPT " RETURNING id";
#undef HOOKDESK_INSERT_ATTEMPT

// The due jobs of one integration (JobStore::claimDueFor): one branch per status so that each
// walks jobs_integration_due instead of every job the integration ever had; each branch stops
// after the limit. Each branch's condition and order, its columns prefixed with `t`; values: the
// integration, now, the limit.
#define HOOKDESK_DUE_PENDING(t)                                                                              \
    t "integration_id = ? AND " t "status = 'pending' AND " t "next_attempt_at <= ? ORDER BY " t             \
      "next_attempt_at LIMIT ?"
#define HOOKDESK_DUE_FAILED(t)                                                                               \
    t "integration_id = ? AND " t "status = 'failed' AND " t "next_attempt_at > 0 AND " t                    \
      "next_attempt_at <= ? ORDER BY " t "next_attempt_at LIMIT ?"
// A lease that ran out: its sender is gone.
#define HOOKDESK_DUE_EXPIRED(t)                                                                              \
    t "integration_id = ? AND " t "status = 'sending' AND " t "lease_until < ? LIMIT ?"
// On PostgreSQL the three are leased in the one UPDATE … RETURNING id of kClaimDue (values:
// bindClaimDue()), which checks each job again for a dispatcher of another process that claimed
// it meanwhile.
#define HOOKDESK_DUE_BRANCH(condition, name)                                                                 \
    "SELECT * FROM (SELECT id, next_attempt_at FROM jobs WHERE " condition ") " name
// clang-format off
#define HOOKDESK_DUE_IDS                                                                                     \
    "SELECT id FROM ("                                                                                       \
    HOOKDESK_DUE_BRANCH(HOOKDESK_DUE_PENDING(""), "p") " UNION ALL "                                        \
    HOOKDESK_DUE_BRANCH(HOOKDESK_DUE_FAILED(""), "f") " UNION ALL "                                         \
    HOOKDESK_DUE_BRANCH(HOOKDESK_DUE_EXPIRED(""), "s")                                                      \
    ") d ORDER BY next_attempt_at, id LIMIT ?"
// clang-format on
constexpr char kClaimDue[] =
    "UPDATE jobs SET status = 'sending', lease_owner = ?, lease_until = ?, updated_at = ? "
    "WHERE id IN (" HOOKDESK_DUE_IDS ") "
    // Checked again for a dispatcher that claimed meanwhile; a CASE, so that the planner does
    // not drive the update from these conditions over every due job.
    "AND (CASE status WHEN 'pending' THEN next_attempt_at <= ? "
    "WHEN 'failed' THEN next_attempt_at > 0 AND next_attempt_at <= ? "
    "WHEN 'sending' THEN lease_until < ? ELSE 1 = 0 END) RETURNING id";
#undef HOOKDESK_DUE_IDS
#undef HOOKDESK_DUE_BRANCH
// On SQLite, where the write transaction keeps every other writer out until it ends, the due
// jobs are read and then leased one by one: the UPDATE … IN (…) RETURNING above builds two
// temporary tables per claim (one for the ids it looks in, one for those it returns), and with
// 200 integrations claiming a few rounds each that was most of what a claim cost. They are read
// whole, with their events, as they are found, one statement per status (JobStore::leaseDue):
// reading them back by id after the lease took about a fifth of the job store's thread.
const QByteArray& dueRows(JobStatus status)
{
    // With the job's rowid: its lease and its result are written by it.
    auto sql = [](const char* condition) {
        return QByteArray("SELECT ") + kJobColumns + kClaimedColumnsAndRow + "WHERE " + condition;
    };
    static const QByteArray pending = sql(HOOKDESK_DUE_PENDING("j."));
    static const QByteArray failed = sql(HOOKDESK_DUE_FAILED("j."));
    static const QByteArray expired = sql(HOOKDESK_DUE_EXPIRED("j."));
    return status == JobStatus::Pending ? pending : status == JobStatus::Failed ? failed : expired;
}
#undef HOOKDESK_DUE_PENDING
#undef HOOKDESK_DUE_FAILED
#undef HOOKDESK_DUE_EXPIRED
// By rowid, read in the same transaction: the index of ids is not searched (about a seventh of
// a lease on SQLite, bench_delivery).
constexpr char kLease[] =
    "UPDATE jobs SET status = 'sending', lease_owner = ?, lease_until = ?, updated_at = ? WHERE rowid = ?";

void bindDueIds(Statement& u, const JobStore::ClaimRequest& request, qint64 now)
{
    const int n = qMax(1, request.limit);
    for (int i = 0; i < 3; ++i) {
        u.bind(request.integrationId);
        u.bind(now);
        u.bind(n);
    }
    u.bind(n);
}

void bindClaimDue(Statement& u, const JobStore::ClaimRequest& request, qint64 now)
{
    u.bind(text(request.owner));
    u.bind(request.leaseUntil);
    u.bind(now);
    bindDueIds(u, request, now);
    for (int i = 0; i < 3; ++i)
        u.bind(now);
}

// The UPDATE … RETURNING id of JobStore::claimNextInOrder: the oldest unfinished job of the
// integration, and only when it is due. A job waiting for its retry, or leased to a sender, holds
// back every later one. A failed job with nothing scheduled (after 410 Gone) is finished until
// someone resends it. Values: bindClaimInOrder().
constexpr char kClaimInOrder[] =
    "UPDATE jobs SET status = 'sending', lease_owner = ?, lease_until = ?, updated_at = ? "
    // The first status term is the jobs_unfinished index's condition, written out as it is there
    // so that the planners see the index applies (tst_storage, orderedClaimSkipsFinishedJobs).
    "WHERE id = (SELECT id FROM jobs WHERE integration_id = ? AND (status = 'pending' OR status = 'sending' "
    "OR status = 'failed') AND (status = 'pending' OR status = 'sending' OR (status = 'failed' AND "
    "next_attempt_at > 0)) "
    "ORDER BY created_at, id LIMIT 1) "
    "AND (CASE status WHEN 'pending' THEN next_attempt_at <= ? "
    "WHEN 'failed' THEN next_attempt_at > 0 AND next_attempt_at <= ? "
    "WHEN 'sending' THEN lease_until < ? ELSE 1 = 0 END) RETURNING id";

void bindClaimInOrder(Statement& u, const JobStore::ClaimRequest& request, qint64 now)
{
    u.bind(text(request.owner));
    u.bind(request.leaseUntil);
    u.bind(now);
    u.bind(request.integrationId);
    for (int i = 0; i < 3; ++i)
        u.bind(now);
}

} // namespace

JobStore::JobStore(Database& db, QObject* parent) : QObject(parent), m_db(db) {}

QString JobStore::jobColumns()
{
    return QLatin1String(kJobColumns);
}

DeliveryJob JobStore::jobFromQuery(const QSqlQuery& query)
{
    return fromRow(query);
}

void JobStore::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QList<DeliveryJob> JobStore::list(const Filter& filter, QString* error) const
{
    QList<DeliveryJob> out;
    QSqlQuery q(m_db.connection());
    QString sql = QStringLiteral("SELECT %1 FROM jobs j LEFT JOIN integrations i ON i.id = j.integration_id")
                      .arg(QLatin1String(kJobColumns));
    if (filter.status)
        sql += QStringLiteral(" WHERE j.status = ?");
    sql += QStringLiteral(" ORDER BY j.created_at DESC, j.id DESC LIMIT %1").arg(qMax(1, filter.limit));
    q.prepare(sql);
    if (filter.status)
        q.addBindValue(jobStatusToString(*filter.status));
    if (!execQuery(q, tr("Could not read the queue"), error))
        return out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

std::optional<DeliveryJob> JobStore::job(const QString& id, QString* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
                  "SELECT %1, e.payload, e.item_name, e.event_name FROM jobs j LEFT JOIN integrations i ON "
                  "i.id = j.integration_id JOIN events e ON e.id = j.event_id WHERE j.id = ?")
                  .arg(QLatin1String(kJobColumns)));
    q.addBindValue(id);
    if (!execQuery(q, tr("Could not read the job"), error) || !q.next())
        return std::nullopt;
    DeliveryJob j = fromRow(q);
    j.payload = q.value(kJobColumnCount).toByteArray();
    j.itemName = q.value(kJobColumnCount + 1).toString();
    j.eventName = q.value(kJobColumnCount + 2).toString();
    return j;
}

QList<Attempt> JobStore::attempts(const QString& jobId, QString* error) const
{
    QList<Attempt> out;
    QSqlQuery q(m_db.connection());
    // A body that was the event's payload is read from the event (request_body_is_payload).
    q.prepare(QStringLiteral(
        "SELECT a.id, a.job_id, a.number, a.kind, a.started_at, a.duration_ms, a.request_url, "
        "a.request_headers, CASE WHEN a.request_body_is_payload = 1 THEN e.payload ELSE a.request_body END, "
        "a.response_status, a.response_headers, a.response_body, a.response_truncated, a.error, "
        "a.run_number, a.protocol, a.request_body_is_payload FROM attempts a JOIN jobs j ON j.id = a.job_id "
        "LEFT JOIN events e ON e.id = j.event_id WHERE a.job_id = ? ORDER BY a.number"));
    q.addBindValue(jobId);
    if (!execQuery(q, tr("Could not read the attempts"), error))
        return out;
    while (q.next()) {
        Attempt a;
        a.id = q.value(0).toLongLong();
        a.jobId = q.value(1).toString();
        a.number = q.value(2).toInt();
        a.kind = q.value(3).toString();
        a.startedAt = q.value(4).toLongLong();
        a.durationMs = q.value(5).toLongLong();
        a.requestUrl = q.value(6).toString();
        a.requestHeaders = headersFromJson(q.value(7).toByteArray());
        a.requestBody = q.value(8).toByteArray();
        a.responseStatus = q.value(9).toInt();
        a.responseHeaders = headersFromJson(q.value(10).toByteArray());
        a.responseBody = q.value(11).toByteArray();
        a.responseTruncated = q.value(12).toInt() != 0;
        a.error = q.value(13).toString();
        a.runNumber = q.value(14).toString();
        a.protocol = q.value(15).toString();
        a.requestBodyIsPayload = q.value(16).toInt() != 0;
        out.append(a);
    }
    return out;
}

QList<qint64> JobStore::matchedTriggers(const QString& jobId, QString* error) const
{
    QList<qint64> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT trigger_id FROM job_triggers WHERE job_id = ? ORDER BY trigger_id"));
    q.addBindValue(jobId);
    if (!execQuery(q, tr("Could not read the triggers of the job"), error))
        return out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    if (!out.isEmpty())
        return out;
    q.prepare(QStringLiteral("SELECT trigger_id FROM jobs WHERE id = ? AND trigger_id <> 0"));
    q.addBindValue(jobId);
    if (!execQuery(q, tr("Could not read the triggers of the job"), error))
        return out;
    if (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

QList<DeliveryJob> JobStore::claimDue(const QString& owner, qint64 leaseUntil, int limit, QString* error)
{
    QList<DeliveryJob> claimed;
    const qint64 now = m_clock.nowMs();
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral(
            "SELECT j.id FROM jobs j JOIN integrations i ON i.id = j.integration_id WHERE i.enabled = 1 "
            "AND i.paused_until <= ? AND ((j.status = 'pending' AND j.next_attempt_at <= ?) OR "
            "(j.status = 'failed' AND j.next_attempt_at > 0 AND j.next_attempt_at <= ?) OR "
            "(j.status = 'sending' AND j.lease_until < ?)) ORDER BY j.next_attempt_at, j.id LIMIT %1")
            .arg(qMax(1, limit)));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!execQuery(q, tr("Could not look for due jobs"), error))
        return claimed;
    QStringList candidates;
    while (q.next())
        candidates.append(q.value(0).toString());
    for (const QString& id : candidates) {
        QSqlQuery u(db);
        u.prepare(QStringLiteral(
            "UPDATE jobs SET status = 'sending', lease_owner = ?, lease_until = ?, updated_at = ? "
            "WHERE id = ? AND ((status = 'pending' AND next_attempt_at <= ?) OR "
            "(status = 'failed' AND next_attempt_at > 0 AND next_attempt_at <= ?) OR "
            "(status = 'sending' AND lease_until < ?))"));
        u.addBindValue(text(owner));
        u.addBindValue(leaseUntil);
        u.addBindValue(now);
        u.addBindValue(id);
        u.addBindValue(now);
        u.addBindValue(now);
        u.addBindValue(now);
        if (!execQuery(u, tr("Could not claim a job"), error))
            break;
        if (u.numRowsAffected() != 1)
            continue; // another dispatcher took it first
        if (auto j = job(id, error)) {
            j->leaseUntil = leaseUntil;
            claimed.append(*j);
        }
    }
    if (!claimed.isEmpty()) {
        QStringList ids;
        for (const DeliveryJob& j : claimed)
            ids.append(j.id);
        Q_EMIT jobsChanged(ids);
    }
    return claimed;
}

QList<DeliveryJob> JobStore::claimDueFor(const QString& owner, qint64 integrationId, qint64 leaseUntil,
                                         int limit, QString* error)
{
    return claimMany({{integrationId, owner, leaseUntil, limit, false}}, error).constFirst();
}

QList<DeliveryJob> JobStore::claimNextInOrder(const QString& owner, qint64 integrationId, qint64 leaseUntil,
                                              QString* error)
{
    return claimMany({{integrationId, owner, leaseUntil, 1, true}}, error).constFirst();
}

QList<QList<DeliveryJob>> JobStore::claimMany(const QList<ClaimRequest>& requests, QString* error)
{
    const QList<Taken> taken = takeClaims(requests, error);
    return readClaims(requests, taken, error);
}

QList<JobStore::Taken> JobStore::takeClaims(const QList<ClaimRequest>& requests, QString* error)
{
    // One write turn and one commit for all of them; reading the claimed jobs back needs no turn.
    QList<AttemptRecord> noResults;
    QList<Taken> taken;
    recordAndClaim(noResults, requests, taken, error);
    return taken;
}

bool JobStore::claimInTransaction(const QList<ClaimRequest>& requests, QList<Taken>& taken, QString* error)
{
    const qint64 now = m_clock.nowMs();
    QSqlDatabase db = m_db.connection();
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const ClaimRequest& request = requests.at(i);
        if (!request.inOrder && !m_db.isPostgres()) {
            if (!leaseDue(request, now, taken[i], error)) {
                db.rollback();
                return false;
            }
            continue;
        }
        Statement u(m_db, request.inOrder ? QByteArray::fromRawData(kClaimInOrder, sizeof(kClaimInOrder) - 1)
                                          : QByteArray::fromRawData(kClaimDue, sizeof(kClaimDue) - 1));
        if (request.inOrder)
            bindClaimInOrder(u, request, now);
        else
            bindClaimDue(u, request, now);
        if (!u.exec(request.inOrder ? tr("Could not claim the next job in order")
                                    : tr("Could not claim jobs"),
                    error)) {
            // While the statement lives: PostgreSQL refuses to free it in a failed transaction.
            db.rollback();
            return false;
        }
        while (u.next())
            taken[i].ids.append(u.string(0));
    }
    return true;
}

bool JobStore::leaseDue(const ClaimRequest& request, qint64 now, Taken& taken, QString* error)
{
    const int limit = qMax(1, request.limit);
    // Translated once for the claim, not for every statement run (a look-up each time).
    const QString failed = tr("Could not claim jobs");
    QList<DeliveryJob> due;
    due.reserve(limit);
    int branches = 0; // that found any
    for (const JobStatus status : {JobStatus::Pending, JobStatus::Failed, JobStatus::Sending}) {
        Statement select(m_db, dueRows(status));
        select.bind(request.integrationId);
        select.bind(now);
        select.bind(limit);
        if (!select.exec(failed, error))
            return false;
        const qsizetype before = due.size();
        while (select.next())
            due.append(claimedFromRow(select, true));
        branches += due.size() > before ? 1 : 0;
    }
    // The first `limit` of them in due order, as one query over the three would give them.
    if (branches > 1) {
        std::stable_sort(due.begin(), due.end(), [](const DeliveryJob& a, const DeliveryJob& b) {
            return a.nextAttemptAt != b.nextAttemptAt ? a.nextAttemptAt < b.nextAttemptAt : a.id < b.id;
        });
    }
    if (due.size() > limit)
        due.resize(limit);
    Statement lease(m_db, QByteArray::fromRawData(kLease, sizeof(kLease) - 1));
    const QString owner = text(request.owner);
    for (DeliveryJob& job : due) {
        lease.bind(owner);
        lease.bind(request.leaseUntil);
        lease.bind(now);
        lease.bind(job.storeRow);
        if (!lease.exec(failed, error))
            return false;
        job.status = JobStatus::Sending;
        job.updatedAt = now;
        taken.ids.append(job.id);
    }
    taken.jobs = std::move(due);
    return true;
}

QList<QList<DeliveryJob>> JobStore::readClaims(const QList<ClaimRequest>& requests, const QList<Taken>& taken,
                                               QString* error)
{
    QList<QList<DeliveryJob>> claimed(requests.size());
    QHash<QString, qsizetype> requestOf; // job id -> index in requests, of the jobs to read
    QStringList unread;
    QStringList all;
    for (qsizetype i = 0; i < taken.size() && i < requests.size(); ++i) {
        all += taken.at(i).ids;
        if (!taken.at(i).jobs.isEmpty()) {
            claimed[i] = taken.at(i).jobs;
            continue;
        }
        for (const QString& id : taken.at(i).ids) {
            requestOf.insert(id, i);
            unread.append(id);
        }
    }
    for (DeliveryJob& job : readClaimed(unread, error))
        claimed[requestOf.value(job.id)].append(std::move(job));
    for (qsizetype i = 0; i < claimed.size(); ++i)
        for (DeliveryJob& job : claimed[i])
            job.leaseUntil = requests.at(i).leaseUntil;
    if (!all.isEmpty())
        Q_EMIT jobsChanged(all);
    return claimed;
}

QList<DeliveryJob> JobStore::readClaimed(const QStringList& ids, QString* error)
{
    QList<DeliveryJob> claimed;
    if (ids.isEmpty())
        return claimed;
    QStringList marks;
    for (int i = 0; i < ids.size(); ++i)
        marks.append(QStringLiteral("?"));
    Statement q(m_db,
                QByteArray("SELECT ") + kJobColumns + kClaimedColumns + "WHERE j.id IN (" +
                    marks.join(QLatin1Char(',')).toLatin1() + ") ORDER BY j.next_attempt_at, j.id",
                Statement::Reuse::Once);
    for (const QString& id : ids)
        q.bind(id);
    if (!q.exec(tr("Could not read the claimed jobs"), error))
        return claimed;
    while (q.next())
        claimed.append(claimedFromRow(q));
    return claimed;
}

int JobStore::release(const QString& owner, const QStringList& jobIds, QString* error)
{
    if (jobIds.isEmpty())
        return 0;
    QStringList marks;
    for (int i = 0; i < jobIds.size(); ++i)
        marks.append(QStringLiteral("?"));
    QSqlQuery q(m_db.connection());
    // Only a resend or a job never tried is pending; any other was a failed job waiting for its retry.
    q.prepare(
        QStringLiteral("UPDATE jobs SET status = CASE WHEN attempts = 0 OR next_attempt_kind = 'resend' "
                       "THEN 'pending' ELSE 'failed' END, lease_owner = '', lease_until = 0 "
                       "WHERE status = 'sending' AND lease_owner = ? AND id IN (%1)")
            .arg(marks.join(QLatin1Char(','))));
    q.addBindValue(text(owner));
    for (const QString& id : jobIds)
        q.addBindValue(id);
    const Database::WriteTurn turn(m_db);
    if (!execQuery(q, tr("Could not give back claimed jobs"), error))
        return 0;
    const int released = q.numRowsAffected();
    if (released > 0)
        Q_EMIT jobsChanged(jobIds);
    return released;
}

void JobStore::encodeHeaders(QList<AttemptRecord>& records)
{
    for (AttemptRecord& r : records) {
        if (r.requestHeadersJson.isNull())
            r.requestHeadersJson = headersToJson(r.attempt.requestHeaders);
        if (r.responseHeadersJson.isNull())
            r.responseHeadersJson = headersToJson(r.attempt.responseHeaders);
    }
}

bool JobStore::recordAttempts(QList<AttemptRecord>& records, QString* error)
{
    QList<Taken> none;
    return recordAndClaim(records, {}, none, error);
}

bool JobStore::recordAndClaim(QList<AttemptRecord>& records, const QList<ClaimRequest>& claims,
                              QList<Taken>& taken, QString* error)
{
    taken = QList<Taken>(claims.size());
    if (records.isEmpty() && claims.isEmpty())
        return true;
    // Made before the transaction, which holds the write lock as briefly as it can.
    encodeHeaders(records);
    QSqlDatabase db = m_db.connection();
    const Database::WriteTurn turn(m_db);
    const bool onlyClaims = records.isEmpty();
    if (!m_db.beginWrite())
        return fail(error, onlyClaims ? tr("Could not start a transaction to claim jobs.")
                                      : tr("Could not start a transaction to record the attempts."));
    QStringList ids;
    if (!writeAttempts(records, ids, error) || !claimInTransaction(claims, taken, error)) {
        taken = QList<Taken>(claims.size()); // rolled back, results and claims
        return false;
    }
    if (!db.commit()) {
        const QString why = sqlErrorText(db.lastError(), db.driver());
        db.rollback();
        taken = QList<Taken>(claims.size());
        return fail(
            error,
            (onlyClaims ? tr("Could not claim jobs: %1") : tr("Could not record the attempts: %1")).arg(why));
    }
    // Nearly always every one was written; the set of those that were is made only otherwise.
    if (ids.size() == records.size()) {
        for (AttemptRecord& r : records)
            r.saved = true;
    } else {
        const QSet<QString> saved(ids.cbegin(), ids.cend());
        for (AttemptRecord& r : records)
            r.saved = saved.contains(r.attempt.jobId);
    }
    if (!ids.isEmpty())
        Q_EMIT jobsChanged(ids);
    return true;
}

bool JobStore::writeAttempts(QList<AttemptRecord>& records, QStringList& ids, QString* error)
{
    // Rolled back while the statements live: PostgreSQL refuses to free them in a failed
    // transaction.
    QSqlDatabase db = m_db.connection();
    auto rollback = [&db]() {
        db.rollback();
        return false;
    };
    Statement read(m_db, QByteArrayLiteral("SELECT attempts FROM jobs WHERE id = ?"));
    // The job first: a job deleted meanwhile changes no row and gets no attempt (a failed insert
    // would abort the whole transaction on PostgreSQL).
#define HOOKDESK_RECORD_UPDATE                                                                               \
    "UPDATE jobs SET status = ?, attempts = ?, last_http_status = ?, last_error = ?, "                       \
    "last_duration_ms = ?, lease_owner = '', lease_until = 0, next_attempt_kind = 'scheduled', "             \
    "next_attempt_at = ?, updated_at = ?, run_number = CASE WHEN ? = '' THEN run_number ELSE ? END "
    Statement update(m_db, QByteArrayLiteral(HOOKDESK_RECORD_UPDATE "WHERE id = ?"));
    // A job whose claim gave its rowid (SQLite) is found by it, without searching the index of
    // ids; its id is still compared, in the row found. PostgreSQL would refuse to prepare it.
    std::optional<Statement> updateByRow;
    if (!m_db.isPostgres())
        updateByRow.emplace(m_db, QByteArrayLiteral(HOOKDESK_RECORD_UPDATE "WHERE rowid = ? AND id = ?"));
#undef HOOKDESK_RECORD_UPDATE
    const bool returning = m_db.isPostgres();
    Statement insert(m_db, returning ? QByteArray::fromRawData(kInsertAttemptReturningId,
                                                               sizeof(kInsertAttemptReturningId) - 1)
                                     : QByteArray::fromRawData(kInsertAttempt, sizeof(kInsertAttempt) - 1));
    const qint64 now = m_clock.nowMs();
    // Translated once for the batch, not for every statement run.
    const QString readFailed = tr("Could not read the job");
    const QString updateFailed = tr("Could not update the job");
    const QString recordFailed = tr("Could not record the attempt");
    for (qsizetype i = 0; i < records.size(); ++i) {
        AttemptRecord& r = records[i];
        Attempt& attempt = r.attempt;
        // A sender that holds the job's lease knows its number already.
        if (attempt.number <= 0) {
            read.bind(attempt.jobId);
            if (!read.exec(readFailed, error))
                return rollback();
            if (!read.next())
                continue; // deleted meanwhile: nothing to record against
            attempt.number = int(read.int64(0)) + 1;
            read.finish();
        }
        const bool byRow = r.jobRow > 0 && updateByRow;
        Statement& change = byRow ? *updateByRow : update;
        change.bind(jobStatusToString(r.newStatus));
        change.bind(attempt.number);
        change.bind(attempt.responseStatus);
        change.bind(text(attempt.error));
        change.bind(attempt.durationMs);
        change.bind(r.newStatus == JobStatus::Failed ? qMax<qint64>(0, r.nextAttemptAt) : qint64(0));
        change.bind(now);
        change.bind(text(attempt.runNumber));
        change.bind(text(attempt.runNumber));
        if (byRow)
            change.bind(r.jobRow);
        change.bind(attempt.jobId);
        if (!change.exec(updateFailed, error))
            return rollback();
        if (change.rowsAffected() == 0)
            continue; // deleted meanwhile
        insert.bind(attempt.jobId);
        insert.bind(attempt.number);
        insert.bind(text(attempt.kind));
        insert.bind(attempt.startedAt);
        insert.bind(attempt.durationMs);
        insert.bind(text(attempt.requestUrl));
        insert.bindText(r.requestHeadersJson);
        // No second copy of the payload: about a third of an attempt's row for a 1 KiB event.
        if (attempt.requestBodyIsPayload)
            insert.bindNull();
        else
            insert.bind(attempt.requestBody);
        insert.bind(attempt.requestBodyIsPayload ? 1 : 0);
        insert.bind(attempt.responseStatus);
        insert.bindText(r.responseHeadersJson);
        insert.bind(attempt.responseBody);
        insert.bind(attempt.responseTruncated ? 1 : 0);
        insert.bind(text(attempt.error));
        insert.bind(text(attempt.runNumber));
        insert.bind(text(attempt.protocol));
        if (!insert.exec(recordFailed, error) || (returning && !insert.next()))
            return rollback();
        attempt.id = returning ? insert.int64(0) : insert.insertedRowid();
        insert.finish();
        ids.append(attempt.jobId);
    }
    return true;
}

bool JobStore::recordAttempt(Attempt& attempt, JobStatus newStatus, QString* error)
{
    return recordAttempt(attempt, newStatus, 0, error);
}

int JobStore::scheduledAttemptCount(const QString& jobId, QString* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM attempts WHERE job_id = ? AND kind <> 'resend'"));
    q.addBindValue(jobId);
    if (!execQuery(q, tr("Could not count the attempts"), error) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool JobStore::recordAttempt(Attempt& attempt, JobStatus newStatus, qint64 nextAttemptAt, QString* error)
{
    QList<AttemptRecord> records{{attempt, newStatus, nextAttemptAt, false, {}, {}}};
    if (!recordAttempts(records, error))
        return false;
    if (!records.first().saved)
        return fail(error, tr("The job %1 no longer exists.").arg(attempt.jobId));
    attempt = records.first().attempt;
    return true;
}

int JobStore::resend(const QStringList& jobIds, QString* error)
{
    int queued = 0;
    QStringList changedIds;
    const qint64 now = m_clock.nowMs();
    QSqlDatabase db = m_db.connection();
    if (!db.transaction()) {
        fail(error, tr("Could not start a transaction to resend."));
        return 0;
    }
    QSqlQuery q(db);
    for (const QString& id : jobIds) {
        q.prepare(QStringLiteral(
            "UPDATE jobs SET status = 'pending', next_attempt_at = ?, next_attempt_kind = 'resend', "
            "updated_at = ? WHERE id = ? AND status IN ('failed', 'succeeded', 'exhausted')"));
        q.addBindValue(now);
        q.addBindValue(now);
        q.addBindValue(id);
        if (!execQuery(q, tr("Could not queue the job again"), error)) {
            db.rollback();
            return 0;
        }
        if (q.numRowsAffected() == 1) {
            ++queued;
            changedIds.append(id);
        }
    }
    if (!db.commit()) {
        const QString why = sqlErrorText(db.lastError(), db.driver());
        db.rollback();
        fail(error, tr("Could not queue the jobs again: %1").arg(why));
        return 0;
    }
    if (!changedIds.isEmpty())
        Q_EMIT jobsChanged(changedIds);
    return queued;
}

qint64 JobStore::nextDueAt(QString* error) const
{
    QSqlQuery q(m_db.connection());
    // The earliest of each enabled integration's first pending and first retrying job, each one
    // look-up in jobs_integration_due.
    q.prepare(QStringLiteral(
        "SELECT MIN(due) FROM (SELECT (SELECT MIN(next_attempt_at) FROM jobs WHERE integration_id = i.id "
        "AND status = 'pending') AS due FROM integrations i WHERE i.enabled = 1 UNION ALL "
        "SELECT (SELECT MIN(next_attempt_at) FROM jobs WHERE integration_id = i.id AND status = 'failed' "
        "AND next_attempt_at > 0) FROM integrations i WHERE i.enabled = 1) d"));
    if (!execQuery(q, tr("Could not read the queue"), error) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

} // namespace hookdesk
