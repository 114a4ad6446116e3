// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QThread>
#include <atomic>
#include <memory>
#include <optional>

namespace hookdesk {

class Database;
class Dispatcher;
class IntegrationStore;
class JobStore;
class SecretStore;

// Runs a Dispatcher on a thread of its own, with its own database connection, so that the
// thread which draws the window or raises events never waits on claims, requests or attempt
// records, and the two share the machine's cores.
//
// The stores given are the calling thread's. Their changes reach the dispatcher (new jobs are
// sent at once, an edited integration is read again), and what the dispatcher writes (attempts,
// an integration disabled after 410 Gone) is announced through them, so the window's models
// refresh as before. Secrets are read through `secrets` on the calling thread.
class DispatcherThread : public QObject
{
    Q_OBJECT
public:
    DispatcherThread(Database& database, JobStore& jobs, IntegrationStore& integrations, SecretStore& secrets,
                     QObject* parent = nullptr);
    ~DispatcherThread() override;

    // The same settings as the Dispatcher's, taken at start().
    void setPollInterval(int ms) { m_pollMs = ms; }
    void setRequestTimeout(int ms) { m_timeoutMs = ms; }
    void setLeaseDuration(int ms) { m_leaseMs = ms; }
    void setMaxInFlight(int count) { m_maxInFlight = count; }
    void setOwnHttp1Client(bool used) { m_ownHttp1Client = used; }

    // Opens the thread's database connection and starts delivering. On failure returns false
    // with the reason in *error.
    bool start(QString* error);
    // Stops claiming, gives back jobs claimed ahead and writes the results it has; requests still
    // in flight are dropped with the thread and sent again when their lease expires.
    void stop();
    bool isRunning() const { return m_running.load(); }
    // Requests in flight now.
    int inFlight() const { return m_inFlight.load(); }

    // Every request in flight holds a socket, and the usual soft limit of 1,024 open files per
    // process would make deliveries fail ("Too many open files") long before the in-flight
    // limits do (200 integrations at 8 each is 1,600). start() raises the soft limit towards
    // this, as far as the hard limit allows.
    static constexpr unsigned kOpenFilesWanted = 65536;
    static void raiseOpenFileLimit();

public Q_SLOTS:
    // Looks for due jobs now instead of at the next poll.
    void wake();

Q_SIGNALS:
    void idle();
    // A job's attempt was written: whether it succeeded, the HTTP status (0: no answer) and,
    // when it failed, why.
    void attemptRecorded(const QString& jobId, bool succeeded, int status, const QString& error);
    void problem(const QString& message);

private:
    struct Worker;
    void runOnWorker(const std::function<void()>& work);

    Database& m_database;
    JobStore& m_jobs;
    IntegrationStore& m_integrations;
    SecretStore& m_secrets;
    QThread m_thread;
    // Lives on m_thread: what work for the thread is queued to.
    QObject* m_anchor = nullptr;
    std::unique_ptr<Worker> m_worker;
    int m_pollMs = 1000;
    int m_timeoutMs = 0;
    std::optional<bool> m_ownHttp1Client; // unset: the dispatcher's default
    int m_leaseMs = 0;
    int m_maxInFlight = 0;
    std::atomic<bool> m_running{false};
    std::atomic<int> m_inFlight{0};
    // Set while the dispatcher's own writes are announced through the caller's stores, so that
    // they are not passed back to it as news.
    bool m_echo = false;
};

} // namespace hookdesk
