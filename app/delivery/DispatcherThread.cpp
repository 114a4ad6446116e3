// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/DispatcherThread.h"

#include "delivery/Dispatcher.h"
#include "secrets/ForwardingSecretStore.h"
#include "service/EventLoops.h"
#include "storage/AsyncJobStore.h"
#include "storage/Database.h"
#include "storage/IntegrationStore.h"
#include "storage/JobStore.h"

#include <QMetaObject>
#include <sys/resource.h>

namespace hookdesk {

// Everything that lives on the dispatcher's thread, made and destroyed there.
struct DispatcherThread::Worker
{
    Database database;
    std::unique_ptr<JobStore> jobs;
    std::unique_ptr<IntegrationStore> integrations;
    std::unique_ptr<ForwardingSecretStore> secrets;
    std::unique_ptr<Dispatcher> dispatcher;

    ~Worker()
    {
        // The dispatcher writes its last results through the stores, the stores use the connection.
        dispatcher.reset();
        secrets.reset();
        integrations.reset();
        jobs.reset();
    }
};

void DispatcherThread::raiseOpenFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return;
    const rlim_t wanted =
        limit.rlim_max == RLIM_INFINITY ? kOpenFilesWanted : qMin<rlim_t>(limit.rlim_max, kOpenFilesWanted);
    if (limit.rlim_cur >= wanted)
        return;
    limit.rlim_cur = wanted;
    setrlimit(RLIMIT_NOFILE, &limit); // if refused, deliveries beyond the old limit fail in words
}

DispatcherThread::DispatcherThread(Database& database, JobStore& jobs, IntegrationStore& integrations,
                                   SecretStore& secrets, QObject* parent)
    : QObject(parent), m_database(database), m_jobs(jobs), m_integrations(integrations), m_secrets(secrets)
{
    m_thread.setObjectName(QStringLiteral("dispatcher"));
    m_anchor = new QObject;
    m_anchor->moveToThread(&m_thread);
    EventLoops::startOnQtLoop(m_thread);

    connect(&m_jobs, &JobStore::jobsChanged, this, [this]() {
        if (m_echo || !m_worker)
            return;
        Dispatcher* dispatcher = m_worker->dispatcher.get();
        QMetaObject::invokeMethod(dispatcher, &Dispatcher::lookForJobs, Qt::QueuedConnection);
    });
    connect(&m_integrations, &IntegrationStore::changed, this, [this]() {
        if (m_echo || !m_worker)
            return;
        Dispatcher* dispatcher = m_worker->dispatcher.get();
        QMetaObject::invokeMethod(dispatcher, &Dispatcher::reloadIntegrations, Qt::QueuedConnection);
    });
}

DispatcherThread::~DispatcherThread()
{
    stop();
    m_thread.quit();
    m_thread.wait();
    delete m_anchor;
}

void DispatcherThread::runOnWorker(const std::function<void()>& work)
{
    QMetaObject::invokeMethod(m_anchor, work, Qt::BlockingQueuedConnection);
}

bool DispatcherThread::start(QString* error)
{
    if (m_worker)
        return true;
    raiseOpenFileLimit();
    auto worker = std::make_unique<Worker>();
    bool opened = false;
    const QString name = QStringLiteral("dispatcher-%1").arg(quintptr(this), 0, 16);
    runOnWorker([&]() { opened = worker->database.open(m_database.location(), name, error); });
    if (!opened) {
        runOnWorker([&worker]() { worker.reset(); });
        return false;
    }
    Worker* w = worker.get();
    // Claims and attempt records are made on a third thread, so that sending goes on while the
    // database works.
    auto store = std::make_unique<AsyncJobStore>();
    store->moveToThread(&m_thread); // handed to the dispatcher there, and deleted there
    if (!store->open(m_database.location(), m_jobs.clock(), error)) {
        runOnWorker([&worker, &store]() {
            store.reset();
            worker.reset();
        });
        return false;
    }
    // The queue screen sees claims and results as they are written.
    connect(store.get(), &AsyncJobStore::jobsChanged, this, [this](const QStringList& ids) {
        m_echo = true;
        Q_EMIT m_jobs.jobsChanged(ids);
        m_echo = false;
    });
    runOnWorker([this, w, &store]() {
        w->jobs = std::make_unique<JobStore>(w->database);
        w->jobs->setClock(m_jobs.clock());
        w->integrations = std::make_unique<IntegrationStore>(w->database);
        w->secrets = std::make_unique<ForwardingSecretStore>(m_secrets);
        w->dispatcher = std::make_unique<Dispatcher>(*w->jobs, *w->integrations, *w->secrets);
        Dispatcher* dispatcher = w->dispatcher.get();
        dispatcher->setAsyncStore(std::move(store));
        dispatcher->setPollInterval(m_pollMs);
        dispatcher->setRequestTimeout(m_timeoutMs);
        dispatcher->setLeaseDuration(m_leaseMs);
        if (m_maxInFlight > 0)
            dispatcher->setMaxInFlight(m_maxInFlight);
        if (m_ownHttp1Client)
            dispatcher->setOwnHttp1Client(*m_ownHttp1Client);

        // On the worker thread, as it changes: the figure the caller's thread reads.
        connect(dispatcher, &Dispatcher::inFlightChanged, dispatcher,
                [this](int count) { m_inFlight = count; });
        // To the caller's thread: one event per batch of results, told there one job at a time.
        connect(dispatcher, &Dispatcher::attemptsRecorded, this,
                [this](const QList<RecordedAttempt>& attempts) {
                    for (const RecordedAttempt& a : attempts)
                        Q_EMIT attemptRecorded(a.jobId, a.succeeded, a.status, a.error);
                });
        connect(dispatcher, &Dispatcher::idle, this, &DispatcherThread::idle);
        connect(dispatcher, &Dispatcher::problem, this, &DispatcherThread::problem);
        connect(w->jobs.get(), &JobStore::jobsChanged, this, [this](const QStringList& ids) {
            m_echo = true;
            Q_EMIT m_jobs.jobsChanged(ids);
            m_echo = false;
        });
        connect(w->integrations.get(), &IntegrationStore::changed, this, [this]() {
            m_echo = true;
            Q_EMIT m_integrations.changed();
            m_echo = false;
        });
        connect(w->integrations.get(), &IntegrationStore::healthChanged, this,
                [this](qint64 id) { Q_EMIT m_integrations.healthChanged(id); });
        dispatcher->start();
    });
    m_worker = std::move(worker);
    m_running = true;
    return true;
}

void DispatcherThread::stop()
{
    if (!m_worker)
        return;
    m_running = false;
    // Destroyed on its own thread: the connection and the network managers belong to it.
    runOnWorker([this]() {
        m_worker->dispatcher->stop();
        m_worker.reset();
    });
    m_inFlight = 0;
}

void DispatcherThread::wake()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker->dispatcher.get(), &Dispatcher::wake, Qt::QueuedConnection);
}

} // namespace hookdesk
