// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/AsyncJobStore.h"

#include "service/EventLoops.h"
#include "storage/Database.h"

#include <QMetaObject>
#include <optional>
#include <utility>

namespace hookdesk {

struct AsyncJobStore::Worker
{
    Database database;
    std::unique_ptr<JobStore> jobs;

    ~Worker() { jobs.reset(); } // before the connection it uses
};

AsyncJobStore::AsyncJobStore(QObject* parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("job store"));
    m_anchor = new QObject;
    m_anchor->moveToThread(&m_thread);
    EventLoops::startOnQtLoop(m_thread);
}

AsyncJobStore::~AsyncJobStore()
{
    // Requests still queued are carried out first: no attempt handed over is dropped.
    QMetaObject::invokeMethod(
        m_anchor, [this]() { m_worker.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_anchor;
}

bool AsyncJobStore::open(const QString& location, const Clock& clock, QString* error)
{
    bool opened = false;
    QMetaObject::invokeMethod(
        m_anchor,
        [&]() {
            auto worker = std::make_unique<Worker>();
            const QString name = QStringLiteral("job-store-%1").arg(quintptr(this), 0, 16);
            // A page cache that holds the jobs and their indexes: with 200 integrations each claim
            // and result touches pages all over them, which the default 2 MiB kept reading back
            // from the file (bench_delivery, slow receivers: about a tenth of this thread's time).
            opened = worker->database.open(location, name, error) &&
                     worker->database.setPageCacheKiB(kPageCacheKiB, error);
            if (!opened)
                return;
            worker->jobs = std::make_unique<JobStore>(worker->database);
            worker->jobs->setClock(clock);
            connect(worker->jobs.get(), &JobStore::jobsChanged, this, &AsyncJobStore::jobsChanged,
                    Qt::DirectConnection);
            m_worker = std::move(worker);
        },
        Qt::BlockingQueuedConnection);
    return opened;
}

void AsyncJobStore::claim(qint64 integrationId, const QString& owner, qint64 leaseUntil, int limit,
                          bool inOrder)
{
    const QMutexLocker lock(&m_queueMutex);
    m_claims.append({integrationId, owner, leaseUntil, limit, inOrder});
    queueWork();
}

void AsyncJobStore::write(const QList<JobStore::AttemptRecord>& records)
{
    const QMutexLocker lock(&m_queueMutex);
    m_writes.append(records);
    queueWork();
}

void AsyncJobStore::queueWork()
{
    if (m_workQueued)
        return;
    m_workQueued = true;
    QMetaObject::invokeMethod(
        m_anchor, [this]() { work(); }, Qt::QueuedConnection);
}

void AsyncJobStore::takeQueued(QList<JobStore::ClaimRequest>& claims,
                               QList<QList<JobStore::AttemptRecord>>& writes)
{
    const QMutexLocker lock(&m_queueMutex);
    claims += std::exchange(m_claims, {});
    writes += std::exchange(m_writes, {});
    m_workQueued = false;
}

void AsyncJobStore::work()
{
    QList<JobStore::ClaimRequest> claims;
    QList<QList<JobStore::AttemptRecord>> writes;
    takeQueued(claims, writes);
    if (claims.isEmpty() && writes.isEmpty())
        return; // taken by an earlier turn
    // Made before the turn, which is kept as short as it can be.
    for (QList<JobStore::AttemptRecord>& batch : writes)
        JobStore::encodeHeaders(batch);
    // Results and claims in one turn, with whatever else arrived while it was waited for: while
    // a burst of events is being stored, every turn of ours waits for one of its transactions,
    // and when results and claims took a turn each the dispatcher ran out of jobs to send. The
    // claimed jobs are read after the turn. Results and claims beyond what one transaction takes
    // (kRecordsPerTransaction, kClaimsPerTransaction) take turns of their own.
    qsizetype written = 0;
    QList<JobStore::ClaimRequest> firstClaims;
    QList<JobStore::Taken> taken;
    QString claimError;
    {
        std::optional<Database::WriteTurn> turn;
        if (m_worker)
            turn.emplace(m_worker->database);
        const qsizetype before = writes.size();
        takeQueued(claims, writes);
        for (qsizetype b = before; b < writes.size(); ++b)
            JobStore::encodeHeaders(writes[b]);
        firstClaims = claims.mid(0, kClaimsPerTransaction);
        // The first results and claims in one transaction.
        written = writeQueued(writes, 0, firstClaims, taken, claimError);
    }
    qsizetype claimed = answerClaims(firstClaims, taken, claimError);
    while (written < writes.size()) {
        QList<JobStore::Taken> none;
        QString noClaims;
        written = writeQueued(writes, written, {}, none, noClaims);
    }
    while (claimed < claims.size()) {
        const QList<JobStore::ClaimRequest> batch = claims.mid(claimed, kClaimsPerTransaction);
        QString error;
        if (m_worker)
            taken = m_worker->jobs->takeClaims(batch, &error);
        claimed += answerClaims(batch, taken, error);
    }
}

JobStore::AttemptRecord AsyncJobStore::outcomeOf(const JobStore::AttemptRecord& record)
{
    JobStore::AttemptRecord outcome = record;
    outcome.attempt.requestHeaders = {};
    outcome.attempt.requestBody = {};
    outcome.attempt.responseHeaders = {};
    outcome.attempt.responseBody = {};
    outcome.requestHeadersJson = {};
    outcome.responseHeadersJson = {};
    return outcome;
}

qsizetype AsyncJobStore::writeQueued(const QList<QList<JobStore::AttemptRecord>>& batches, qsizetype from,
                                     const QList<JobStore::ClaimRequest>& claims,
                                     QList<JobStore::Taken>& taken, QString& claimError)
{
    if (from < batches.size() || !claims.isEmpty()) {
        // As many whole batches as fit in one transaction (at least one, if any is left).
        qsizetype to = qMin(from + 1, batches.size());
        qsizetype size = to > from ? batches.at(from).size() : 0;
        while (to < batches.size() && size + batches.at(to).size() <= kRecordsPerTransaction)
            size += batches.at(to++).size();
        QList<JobStore::AttemptRecord> all;
        all.reserve(size);
        for (qsizetype b = from; b < to; ++b)
            all += batches.at(b);
        QString error;
        if (!m_worker)
            error = tr("The database connection for attempt records is not open.");
        else
            m_worker->jobs->recordAndClaim(all, claims, taken, &error);
        claimError = error; // answerClaims says it, or its own words when there is no connection
        // Each caller gets its own records back, with `saved` set, as outcomes only (outcomeOf()):
        // their headers and bodies are freed here, not by the thread that reads the answer.
        qsizetype at = 0;
        for (qsizetype b = from; b < to; ++b) {
            const qsizetype n = batches.at(b).size();
            QList<JobStore::AttemptRecord> outcomes;
            outcomes.reserve(n);
            for (qsizetype i = at; i < at + n; ++i)
                outcomes.append(outcomeOf(all.at(i)));
            Q_EMIT written(outcomes, error);
            at += n;
        }
        from = to;
    }
    return from;
}

qsizetype AsyncJobStore::answerClaims(const QList<JobStore::ClaimRequest>& batch,
                                      const QList<JobStore::Taken>& taken, QString error)
{
    QList<QList<DeliveryJob>> jobs(batch.size());
    if (!m_worker)
        error = tr("The database connection for claiming jobs is not open.");
    else if (error.isEmpty())
        jobs = m_worker->jobs->readClaims(batch, taken, &error);
    for (qsizetype i = 0; i < batch.size(); ++i)
        Q_EMIT claimed(batch.at(i).integrationId, batch.at(i).limit, jobs.at(i), error);
    return batch.size();
}

void AsyncJobStore::waitForAll()
{
    QMetaObject::invokeMethod(
        m_anchor, []() {}, Qt::BlockingQueuedConnection);
}

} // namespace hookdesk
