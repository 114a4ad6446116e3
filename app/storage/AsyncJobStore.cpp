// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/AsyncJobStore.h"

#include "service/EventLoops.h"
#include "storage/Database.h"

#include <QMetaObject>

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
    bool first = false;
    {
        const QMutexLocker lock(&m_claimsMutex);
        first = m_claims.isEmpty();
        m_claims.append({integrationId, owner, leaseUntil, limit, inOrder});
    }
    // Claims asked for while one batch waits join it: one transaction for many integrations.
    if (first)
        QMetaObject::invokeMethod(
            m_anchor, [this]() { claimQueued(); }, Qt::QueuedConnection);
}

void AsyncJobStore::claimQueued()
{
    QList<JobStore::ClaimRequest> queued;
    {
        const QMutexLocker lock(&m_claimsMutex);
        queued.swap(m_claims);
    }
    // In transactions of kClaimsPerTransaction at most, so that another writer's turn comes
    // between them.
    for (qsizetype from = 0; from < queued.size(); from += kClaimsPerTransaction) {
        const QList<JobStore::ClaimRequest> batch = queued.mid(from, kClaimsPerTransaction);
        QString error;
        QList<QList<DeliveryJob>> jobs(batch.size());
        if (!m_worker)
            error = tr("The database connection for claiming jobs is not open.");
        else
            jobs = m_worker->jobs->claimMany(batch, &error);
        for (qsizetype i = 0; i < batch.size(); ++i)
            Q_EMIT claimed(batch.at(i).integrationId, batch.at(i).limit, jobs.at(i), error);
    }
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
