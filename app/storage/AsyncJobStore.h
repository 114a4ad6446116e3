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
// works. Requests are carried out one after the other in the order given, except that claims
// asked for while an earlier one waits are carried out with it; each answer comes back by
// signal, queued to the thread of whoever listens.
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
    // JobStore::recordAttempts; `written` answers.
    void write(const QList<JobStore::AttemptRecord>& records);
    // Returns once every request made so far is carried out (their answers are queued by then).
    void waitForAll();

Q_SIGNALS:
    void claimed(qint64 integrationId, int asked, const QList<hookdesk::DeliveryJob>& jobs,
                 const QString& error);
    // `records` with `saved` set; error is empty when the batch was committed.
    void written(const QList<hookdesk::JobStore::AttemptRecord>& records, const QString& error);
    // Jobs this store claimed or finished (JobStore::jobsChanged of its connection).
    void jobsChanged(const QStringList& jobIds);

private:
    // On m_thread: carries out every claim asked for so far (JobStore::claimMany).
    void claimQueued();
    static constexpr qsizetype kClaimsPerTransaction = 64;

    struct Worker;
    QThread m_thread;
    // Lives on m_thread: what the work is queued to.
    QObject* m_anchor = nullptr;
    std::unique_ptr<Worker> m_worker;
    QMutex m_claimsMutex;
    QList<JobStore::ClaimRequest> m_claims; // asked for, not yet carried out
};

} // namespace hookdesk
