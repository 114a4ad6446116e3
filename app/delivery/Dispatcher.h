// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "delivery/RetryPolicy.h"
#include "domain/DeliveryJob.h"
#include "domain/Integration.h"

#include <QElapsedTimer>
#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>
#include <functional>
#include <optional>

class QNetworkReply;

namespace hookdesk {

class IntegrationStore;
class JobStore;
class SecretStore;
struct Attempt;

// Claims due jobs from the outbox and POSTs them, fully asynchronously on the thread it lives
// in. Time comes from the job store's clock. A failed attempt is retried on the integration's
// retry schedule (see RetryPolicy); 410 Gone disables the integration. Any number of dispatchers in any
// number of processes may share one database: each claim is a conditional update with a lease, so a job is
// sent by one of them at a time.
class Dispatcher : public QObject
{
    Q_OBJECT
public:
    Dispatcher(JobStore& jobs, IntegrationStore& integrations, SecretStore& secrets,
               QObject* parent = nullptr);
    ~Dispatcher() override;

    void setPollInterval(int ms);
    void setRequestTimeout(int ms);
    void setMaxInFlight(int count);
    int requestTimeout() const { return m_timeoutMs; }
    // How long a claimed job stays reserved for this dispatcher; after that another one takes it
    // over. 0 (the default): the request timeout plus a minute. A lease shorter than the request
    // timeout lets a slow delivery be sent twice.
    void setLeaseDuration(int ms);
    // The jitter of retry waits, for tests: a function returning a number in [0, 1).
    void setRandomSource(RetryPolicy::RandomSource random);

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    int inFlight() const { return m_inFlight; }

public Q_SLOTS:
    // Looks for due jobs now instead of at the next poll.
    void wake();

Q_SIGNALS:
    // Nothing was due at the last look and nothing is in flight.
    void idle();
    void attemptRecorded(const QString& jobId, bool succeeded);
    // A problem outside any one job, e.g. the database could not be read.
    void problem(const QString& message);

private:
    struct Credentials
    {
        int version = 0;
        QString token;
        QString secret;
    };
    using CredentialsReady =
        std::function<void(bool ok, const Credentials& credentials, const QString& error)>;

    void poll();
    void deliver(const DeliveryJob& job);
    void send(const DeliveryJob& job, const Integration& integration, const Credentials& credentials);
    enum class Outcome
    {
        Retry,  // try again on the schedule (or after Retry-After)
        GiveUp, // no later attempt can succeed, e.g. the integration is gone
        Gone    // the receiver answered 410: disable the integration
    };
    void finish(const DeliveryJob& job, Attempt& attempt, const std::optional<Integration>& integration,
                Outcome outcome = Outcome::Retry);
    qint64 nextAttemptAt(const DeliveryJob& job, const Attempt& attempt,
                         const std::optional<Integration>& integration);
    void withCredentials(const Integration& integration, CredentialsReady ready);

    JobStore& m_jobs;
    IntegrationStore& m_integrations;
    SecretStore& m_secrets;
    QNetworkAccessManager m_nam;
    QTimer m_pollTimer;
    QString m_owner;
    int m_timeoutMs = 15000;
    int m_maxInFlight = 16;
    int m_leaseMs = 0;
    RetryPolicy::RandomSource m_random;
    int m_inFlight = 0;
    bool m_running = false;
    bool m_pollQueued = false;
    QHash<qint64, Credentials> m_credentials;
    QHash<qint64, QList<CredentialsReady>> m_waiting;
};

} // namespace hookdesk
