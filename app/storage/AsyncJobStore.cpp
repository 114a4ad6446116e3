// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/AsyncJobStore.h"

#include "storage/Database.h"

#include <QMetaObject>
#include <QSqlDatabase>

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
    m_thread.start();
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
            opened = worker->database.open(location, name, error);
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
    {
        const std::lock_guard<std::mutex> lock(m_claimsMutex);
        m_claims.append({integrationId, owner, leaseUntil, limit, inOrder});
        if (m_claimsQueued)
            return;
        m_claimsQueued = true;
    }
    QMetaObject::invokeMethod(
        m_anchor, [this]() { claimWaiting(); }, Qt::QueuedConnection);
}

void AsyncJobStore::claimWaiting()
{
    QList<Claim> claims;
    {
        const std::lock_guard<std::mutex> lock(m_claimsMutex);
        claims.swap(m_claims);
        m_claimsQueued = false;
    }
    QList<QList<DeliveryJob>> jobs(claims.size());
    QString error;
    if (!m_worker) {
        error = tr("The database connection for claiming jobs is not open.");
    } else {
        Database& db = m_worker->database;
        const bool together = claims.size() > 1;
        const Database::WriteTurn turn(db);
        if (together && !db.beginWrite())
            error = tr("Could not start a transaction to claim jobs.");
        for (qsizetype i = 0; i < claims.size() && error.isEmpty(); ++i) {
            const Claim& c = claims.at(i);
            jobs[i] =
                c.inOrder
                    ? m_worker->jobs->claimNextInOrder(c.owner, c.integrationId, c.leaseUntil, &error)
                    : m_worker->jobs->claimDueFor(c.owner, c.integrationId, c.leaseUntil, c.limit, &error);
        }
        if (together) {
            // All or none: a job handed to the dispatcher must stay claimed.
            QSqlDatabase connection = db.connection();
            if (error.isEmpty() && !connection.commit())
                error = tr("Could not claim jobs: the database refused to commit.");
            if (!error.isEmpty()) {
                connection.rollback();
                for (QList<DeliveryJob>& claimed : jobs)
                    claimed.clear();
            }
        }
    }
    for (qsizetype i = 0; i < claims.size(); ++i)
        Q_EMIT claimed(claims.at(i).integrationId, claims.at(i).limit, jobs.at(i), error);
}

void AsyncJobStore::write(const QList<JobStore::AttemptRecord>& records)
{
    QMetaObject::invokeMethod(
        m_anchor,
        [this, records]() {
            QList<JobStore::AttemptRecord> batch = records;
            QString error;
            if (!m_worker)
                error = tr("The database connection for attempt records is not open.");
            else
                m_worker->jobs->recordAttempts(batch, &error);
            Q_EMIT written(batch, error);
        },
        Qt::QueuedConnection);
}

void AsyncJobStore::waitForAll()
{
    QMetaObject::invokeMethod(
        m_anchor, []() {}, Qt::BlockingQueuedConnection);
}

} // namespace hookdesk
