// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/JobQuery.h"

#include "domain/Ids.h"
#include "storage/Database.h"
#include "storage/JobStore.h"
#include "storage/SqlUtil.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlQuery>

namespace hookdesk {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("hookdesk::JobQuery", text);
}

QString orderBy(Qt::SortOrder order)
{
    return order == Qt::DescendingOrder ? QStringLiteral(" ORDER BY j.created_at DESC, j.id DESC")
                                        : QStringLiteral(" ORDER BY j.created_at ASC, j.id ASC");
}

// The keyset condition for rows at or after `key` in `order`.
QString keyset(Qt::SortOrder order, bool inclusive)
{
    const char* op = order == Qt::DescendingOrder ? (inclusive ? "<=" : "<") : (inclusive ? ">=" : ">");
    return QStringLiteral(" AND (j.created_at, j.id) %1 (?, ?)").arg(QLatin1String(op));
}

void bindAll(QSqlQuery& q, const QVariantList& binds)
{
    for (const QVariant& v : binds)
        q.addBindValue(v);
}

const QString kResendable = QStringLiteral(" AND j.status IN ('failed', 'succeeded', 'exhausted')");

} // namespace

JobQuery::JobQuery(Database& db) : m_db(db) {}

QString JobQuery::ftsQuery(const QString& text)
{
    QStringList terms;
    for (QString word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        word.replace(QLatin1Char('"'), QLatin1String("\"\""));
        terms.append(QLatin1Char('"') + word + QLatin1String("\"*"));
    }
    return terms.join(QLatin1Char(' '));
}

QString JobQuery::postgresPattern(const QString& text)
{
    // The same escaping as encode(payload, 'escape'): backslashes doubled, bytes outside
    // printable ASCII as \ooo, so non-ASCII words match too.
    QString escaped;
    for (const char c : text.trimmed().toUtf8()) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == '\\')
            escaped += QLatin1String("\\\\");
        else if (byte == 0 || byte >= 0x80)
            escaped += QStringLiteral("\\%1").arg(byte, 3, 8, QLatin1Char('0'));
        else
            escaped += QLatin1Char(c);
    }
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString JobQuery::where(const JobFilter& filter, QVariantList* binds) const
{
    QString sql;
    if (!filter.statuses.isEmpty()) {
        QStringList marks;
        for (JobStatus s : filter.statuses) {
            marks.append(QStringLiteral("?"));
            binds->append(jobStatusToString(s));
        }
        sql += marks.size() == 1 ? QStringLiteral(" AND j.status = ?")
                                 : QStringLiteral(" AND j.status IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (!filter.eventType.isEmpty()) {
        sql += QStringLiteral(" AND j.event_type = ?");
        binds->append(filter.eventType);
    }
    if (filter.integrationId != 0) {
        sql += QStringLiteral(" AND j.integration_id = ?");
        binds->append(filter.integrationId);
    }
    if (filter.since != 0) {
        sql += QStringLiteral(" AND j.created_at >= ?");
        binds->append(filter.since);
    }
    if (filter.until != 0) {
        sql += QStringLiteral(" AND j.created_at < ?");
        binds->append(filter.until);
    }
    switch (filter.httpClass) {
    case JobFilter::HttpClass::Any:
        break;
    case JobFilter::HttpClass::None:
        sql += QStringLiteral(" AND j.last_http_status = 0");
        break;
    case JobFilter::HttpClass::Success:
    case JobFilter::HttpClass::Redirection:
    case JobFilter::HttpClass::ClientError:
    case JobFilter::HttpClass::ServerError: {
        const int low = 100 + 100 * int(filter.httpClass);
        sql += QStringLiteral(" AND j.last_http_status BETWEEN %1 AND %2").arg(low).arg(low + 99);
        break;
    }
    }
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        if (m_db.isPostgres()) {
            // Every word must occur, as with FTS5 on SQLite: one ILIKE per word.
            const QStringList words =
                text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
            QStringList conditions;
            for (const QString& word : words) {
                conditions.append(QStringLiteral("hookdesk_payload_text(e.payload) ILIKE ?"));
                binds->append(postgresPattern(word));
            }
            sql += QStringLiteral(" AND j.event_id IN (SELECT e.id FROM events e WHERE %1)")
                       .arg(conditions.join(QStringLiteral(" AND ")));
        } else {
            sql += QStringLiteral(" AND j.event_id IN (SELECT e.id FROM events e WHERE e.rowid IN "
                                  "(SELECT rowid FROM events_fts WHERE events_fts MATCH ?))");
            binds->append(ftsQuery(text));
        }
    }
    return sql;
}

QList<DeliveryJob> JobQuery::page(const JobFilter& filter, Qt::SortOrder order,
                                  const std::optional<JobKey>& from, bool inclusive, int limit,
                                  QString* error) const
{
    QList<DeliveryJob> out;
    QVariantList binds;
    QString sql = QStringLiteral("SELECT %1 FROM jobs j LEFT JOIN integrations i ON i.id = j.integration_id "
                                 "WHERE 1 = 1")
                      .arg(JobStore::jobColumns());
    sql += where(filter, &binds);
    if (from) {
        sql += keyset(order, inclusive);
        binds << from->createdAt << from->id;
    }
    sql += orderBy(order) + QStringLiteral(" LIMIT %1").arg(qMax(1, limit));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    bindAll(q, binds);
    if (!execQuery(q, tr("Could not read the queue"), error))
        return out;
    while (q.next())
        out.append(JobStore::jobFromQuery(q));
    return out;
}

qint64 JobQuery::count(const JobFilter& filter, QString* error) const
{
    QVariantList binds;
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM jobs j WHERE 1 = 1") + where(filter, &binds);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    bindAll(q, binds);
    if (!execQuery(q, tr("Could not count the jobs"), error) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

qint64 JobQuery::countBefore(const JobFilter& filter, Qt::SortOrder order, const JobKey& key,
                             QString* error) const
{
    // "Before key in order" is "after key in the opposite order".
    QVariantList binds;
    QString sql = QStringLiteral("SELECT COUNT(*) FROM jobs j WHERE 1 = 1") + where(filter, &binds);
    sql += keyset(order == Qt::DescendingOrder ? Qt::AscendingOrder : Qt::DescendingOrder, false);
    binds << key.createdAt << key.id;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    bindAll(q, binds);
    if (!execQuery(q, tr("Could not count the new jobs"), error) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QList<JobKey> JobQuery::bookmarks(const JobFilter& filter, Qt::SortOrder order, int step,
                                  QString* error) const
{
    if (std::optional<QList<JobKey>> hopped = hopBookmarks(filter, order, step, error))
        return *hopped;
    QList<JobKey> out;
    QVariantList binds;
    // Numbering the rows in the database walks only the index; handing every row to Qt would
    // cost a microsecond or more each.
    const QString sql =
        QStringLiteral("SELECT created_at, id FROM (SELECT j.created_at, j.id, ROW_NUMBER() OVER (%1) AS rn "
                       "FROM jobs j WHERE 1 = 1%2) t WHERE (rn - 1) %% %3 = 0 ORDER BY rn")
            .arg(orderBy(order).mid(1), where(filter, &binds))
            .arg(qMax(1, step));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QString(sql).replace(QLatin1String("%%"), QLatin1String("%")));
    bindAll(q, binds);
    if (!execQuery(q, tr("Could not index the queue"), error))
        return out;
    while (q.next())
        out.append(JobKey{q.value(0).toLongLong(), q.value(1).toString()});
    return out;
}

std::optional<QList<JobKey>> JobQuery::hopBookmarks(const JobFilter& filter, Qt::SortOrder order, int step,
                                                    QString* error) const
{
    // SQLite, and no payload search (whose IN list would be built again for every hop): from each
    // key to the one `step` rows on, LIMIT 1 OFFSET step - 1, which skips entries of the index
    // that ends in the keyset without reading a row. For a million jobs that took 0.1 s where
    // numbering every row took 0.6 s, and a jump far down the queue waits for these keys.
    if (m_db.isPostgres() || !filter.text.trimmed().isEmpty())
        return std::nullopt;
    QVariantList binds;
    const QString keys =
        QStringLiteral("SELECT j.created_at, j.id FROM jobs j WHERE 1 = 1") + where(filter, &binds);
    const QString hop = keys + keyset(order, false) + orderBy(order) +
                        QStringLiteral(" LIMIT 1 OFFSET %1").arg(qMax(1, step) - 1);
    // Only if no hop sorts the rows it skips: one that did would sort them all again each time.
    {
        QSqlQuery plan(m_db.connection());
        plan.setForwardOnly(true);
        plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + hop);
        bindAll(plan, binds);
        plan.addBindValue(qint64(0));
        plan.addBindValue(QString());
        if (!plan.exec())
            return std::nullopt; // the numbering's own query reports what is wrong
        while (plan.next())
            if (plan.value(3).toString().contains(QLatin1String("TEMP B-TREE")))
                return std::nullopt;
    }
    auto bindConditions = [&binds](Statement& statement) {
        for (const QVariant& v : std::as_const(binds)) {
            if (v.typeId() == QMetaType::QString)
                statement.bind(v.toString());
            else
                statement.bind(v.toLongLong());
        }
    };
    const QString failed = tr("Could not index the queue");
    // One snapshot for every hop, as one statement would see: jobs that arrive meanwhile would
    // otherwise move the later keys against the first.
    QSqlDatabase db = m_db.connection();
    const bool snapshot = db.transaction();
    const auto ended = qScopeGuard([&db, snapshot]() {
        if (snapshot)
            db.commit();
    });
    QList<JobKey> out;
    Statement first(m_db, (keys + orderBy(order) + QStringLiteral(" LIMIT 1")).toUtf8(),
                    Statement::Reuse::Once);
    Statement next(m_db, hop.toUtf8(), Statement::Reuse::Once);
    for (Statement* read = &first;; read = &next) {
        bindConditions(*read);
        if (read == &next) {
            next.bind(out.constLast().createdAt);
            next.bind(out.constLast().id);
        }
        if (!read->exec(failed, error))
            return QList<JobKey>();
        if (!read->next())
            return out;
        out.append(JobKey{read->int64(0), read->string(1)});
        read->finish();
    }
}

qint64 JobQuery::countResendable(const JobFilter& filter, QString* error) const
{
    QVariantList binds;
    const QString sql =
        QStringLiteral("SELECT COUNT(*) FROM jobs j WHERE 1 = 1") + where(filter, &binds) + kResendable;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    bindAll(q, binds);
    if (!execQuery(q, tr("Could not count the jobs to resend"), error) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

int JobQuery::resendBatch(const JobFilter& filter, std::optional<JobKey>* cursor, int batchSize, bool* done,
                          QString* error)
{
    *done = false;
    QSqlDatabase db = m_db.connection();
    if (!m_db.beginWrite()) {
        fail(error, tr("Could not start a transaction to resend the jobs."));
        return -1;
    }
    QVariantList binds;
    QString sql = QStringLiteral("SELECT j.id, j.created_at FROM jobs j WHERE 1 = 1") +
                  where(filter, &binds) + kResendable;
    if (*cursor) {
        sql += keyset(Qt::DescendingOrder, false);
        binds << (*cursor)->createdAt << (*cursor)->id;
    }
    sql += orderBy(Qt::DescendingOrder) + QStringLiteral(" LIMIT %1").arg(qMax(1, batchSize));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    bindAll(q, binds);
    if (!execQuery(q, tr("Could not find the jobs to resend"), error)) {
        db.rollback();
        return -1;
    }
    QStringList ids;
    JobKey last;
    while (q.next()) {
        last = JobKey{q.value(1).toLongLong(), q.value(0).toString()};
        ids.append(last.id);
    }
    q.finish();
    int queued = 0;
    if (!ids.isEmpty()) {
        const qint64 now = nowMs();
        QStringList marks;
        marks.reserve(ids.size());
        for (int n = 0; n < ids.size(); ++n)
            marks.append(QStringLiteral("?"));
        QSqlQuery u(db);
        u.prepare(
            QStringLiteral("UPDATE jobs SET status = 'pending', next_attempt_at = ?, "
                           "next_attempt_kind = 'resend', updated_at = ? WHERE id IN (%1) AND status IN "
                           "('failed', 'succeeded', 'exhausted')")
                .arg(marks.join(QLatin1Char(','))));
        u.addBindValue(now);
        u.addBindValue(now);
        for (const QString& id : ids)
            u.addBindValue(id);
        if (!execQuery(u, tr("Could not queue the jobs again"), error)) {
            db.rollback();
            return -1;
        }
        queued = u.numRowsAffected();
    }
    if (!db.commit()) {
        const QString why = sqlErrorText(db.lastError(), db.driver());
        db.rollback();
        fail(error, tr("Could not queue the jobs again: %1").arg(why));
        return -1;
    }
    if (!ids.isEmpty())
        *cursor = last;
    *done = ids.size() < qMax(1, batchSize);
    return queued;
}

} // namespace hookdesk
