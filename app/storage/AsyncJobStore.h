// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DeliveryJob.h"
#include "storage/JobStore.h"

#include <QMutex>
#include <QObject>
#include <QThread>
#include <memory>

namespace hookdesk {

// The job store's part of a delivery, claiming jobs and writing attempts, on a thread of its own
// with its own database connection, so that a dispatcher goes on sending while the database
// works. Requests wait while the store works or waits for its turn to write (another writer,
// such as a burst of events being stored, may hold the file); all that arrive meanwhile are then
// carried out in one turn, and in one transaction (JobStore::recordAndClaim): the results, then
// the claims. Each answer comes back by signal, queued to the thread of whoever listens.
class AsyncJobStore : public QObject
{
    Q_OBJECT
public:
    explicit AsyncJobStore(QObject* parent = nullptr);
    ~AsyncJobStore() override;

    // Opens the connection to `location` on the store's thread. On failure returns false with
    // the reason in *error.
    bool open(const QString& location, const Clock& clock, QString* error);

    // JobStore::claimDueFor, or claimNextInOrder when `inOrder`; `claimed` answers. Claims made
    // while others wait to be carried out are carried out with them, in one transaction.
    void claim(qint64 integrationId, const QString& owner, qint64 leaseUntil, int limit, bool inOrder);
    // JobStore::recordAttempts; `written` answers, once for each call. Records written while
    // others wait are written with them, in one transaction.
    void write(const QList<JobStore::AttemptRecord>& records);
    // Returns once every request made so far is carried out (their answers are queued by then).
    void waitForAll();

Q_SIGNALS:
    void claimed(qint64 integrationId, int asked, const QList<hookdesk::DeliveryJob>& jobs,
                 const QString& error);
    // `records` with `saved` set, as outcomes (outcomeOf()): without their request and response
    // headers and bodies. error is empty when the batch was committed.
    void written(const QList<hookdesk::JobStore::AttemptRecord>& records, const QString& error);
    // Jobs this store claimed or finished (JobStore::jobsChanged of its connection).
    void jobsChanged(const QStringList& jobIds);

private:
    // What `written` tells of a record: all of it but the request's and response's headers and
    // bodies, which are freed on this store's thread instead of the dispatcher's (with 200
    // slow receivers that was 3-4 % of the dispatcher's thread, bench_delivery).
    static JobStore::AttemptRecord outcomeOf(const JobStore::AttemptRecord& record);
    // Asks m_thread to work(), unless it is asked already. Call with m_queueMutex held.
    void queueWork();
    // On m_thread: writes every result and carries out every claim handed over so far.
    void work();
    // Appends what was handed over to `claims` and `writes`.
    void takeQueued(QList<JobStore::ClaimRequest>& claims, QList<QList<JobStore::AttemptRecord>>& writes);
    // One transaction of the results from `from` on and `claims` (what each took in `taken`, or
    // the error in `claimError`); answers the results. Returns where the next results start.
    qsizetype writeQueued(const QList<QList<JobStore::AttemptRecord>>& batches, qsizetype from,
                          const QList<JobStore::ClaimRequest>& claims, QList<JobStore::Taken>& taken,
                          QString& claimError);
    // Reads the jobs `taken` for `batch` (or passes on the error of taking them) and answers each
    // request. Returns the batch's size.
    qsizetype answerClaims(const QList<JobStore::ClaimRequest>& batch, const QList<JobStore::Taken>& taken,
                           QString error);
    // Larger requests are split so that other writers' turns come between the parts.
    static constexpr qsizetype kClaimsPerTransaction = 64;
    static constexpr qsizetype kRecordsPerTransaction = 1024;
    // Its connection's page cache (Database::setPageCacheKiB).
    static constexpr int kPageCacheKiB = 32 * 1024;

    struct Worker;
    QThread m_thread;
    // Lives on m_thread: what the work is queued to.
    QObject* m_anchor = nullptr;
    std::unique_ptr<Worker> m_worker;
    QMutex m_queueMutex;
    // Handed over, not yet carried out; guarded by m_queueMutex, as is m_workQueued.
    QList<JobStore::ClaimRequest> m_claims;
    QList<QList<JobStore::AttemptRecord>> m_writes;
    bool m_workQueued = false;
};

} // namespace hookdesk
