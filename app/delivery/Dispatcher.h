// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "delivery/Http1Client.h"
#include "delivery/ReplyDeadlines.h"
#include "delivery/RetryPolicy.h"
#include "delivery/TokenBucket.h"
#include "domain/DeliveryJob.h"
#include "domain/Integration.h"
#include "storage/JobStore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QNetworkReply;

namespace hookdesk {

// One attempt's outcome as the dispatcher reports it once written.
struct RecordedAttempt
{
    QString jobId;
    bool succeeded = false;
    int status = 0; // HTTP status; 0 when there was no answer
    QString error;  // why it failed, in words; empty on success
};

class AsyncJobStore;
class IntegrationStore;
class SecretStore;
struct Attempt;

// Claims due jobs from the outbox and POSTs them, fully asynchronously on the thread it lives
// in. Time comes from the job store's clock. A failed attempt is retried on the integration's
// retry schedule (see RetryPolicy); 410 Gone disables the integration. Any number of dispatchers in any
// number of processes may share one database: each claim is a conditional update with a lease, so a job is
// sent by one of them at a time.
//
// Integrations are isolated from each other: each has its own concurrency limit, timeout, rate
// limit and circuit breaker (see CircuitBreaker), and its own pool of network managers so that
// its limit is not capped by the six connections a QNetworkAccessManager opens per host. Jobs
// are claimed per integration up to its free slots, so a receiver that hangs, refuses or is
// flooded with a backlog never delays the deliveries to another. Attempts are recorded in
// batches (every 50 ms or 256 attempts, one transaction).
class Dispatcher : public QObject
{
    Q_OBJECT
public:
    Dispatcher(JobStore& jobs, IntegrationStore& integrations, SecretStore& secrets,
               QObject* parent = nullptr);
    ~Dispatcher() override;

    void setPollInterval(int ms);
    // An upper bound on every integration's own timeout (Integration::timeoutMs); 0, the
    // default: each integration's timeout as it is.
    void setRequestTimeout(int ms);
    // Requests in flight over all integrations together; each integration has its own limit
    // besides (Integration::maxInFlight). By default kMaxInFlight, or fewer when the process may
    // not open that many files (maxInFlightForOpenFiles(), taken when the dispatcher starts).
    void setMaxInFlight(int count);
    static constexpr int kMaxInFlight = 8192;
    // Every HTTP/1.1 request in flight holds a socket: the open-file limit less kFilesKept for
    // the database, the window and everything else, at most kMaxInFlight.
    static constexpr int kFilesKept = 256;
    static int maxInFlightForOpenFiles();
    int requestTimeout() const { return m_timeoutMs; }
    // How long a claimed job stays reserved for this dispatcher; after that another one takes it
    // over. 0 (the default): the request timeout plus a minute. A lease shorter than the request
    // timeout lets a slow delivery be sent twice.
    void setLeaseDuration(int ms);
    // Whether plain-http HTTP/1.1 requests go out through Hookdesk's own client (Http1Client, the
    // default) or, like every other request, through QNetworkAccessManager. The environment
    // variable HOOKDESK_HTTP_CLIENT=qt sets the default to QNetworkAccessManager.
    void setOwnHttp1Client(bool used) { m_http1Used = used; }
    // The jitter of retry waits, for tests: a function returning a number in [0, 1).
    void setRandomSource(RetryPolicy::RandomSource random);
    // Jobs are then claimed and attempts written by `store`, on its thread, while this one goes
    // on sending; without one, through the job store on this thread. A job stays leased until
    // its result is written, so no other sender takes it meanwhile.
    void setAsyncStore(std::unique_ptr<AsyncJobStore> store);

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    int inFlight() const { return m_inFlight; }
    // Requests in flight to one integration.
    int inFlight(qint64 integrationId) const;

public Q_SLOTS:
    // Looks for due jobs now instead of at the next poll.
    void wake();
    // New jobs may be due for any integration (another connection or process stored them).
    void lookForJobs();
    // Integrations were changed elsewhere: read them and their secrets again.
    void reloadIntegrations();

Q_SIGNALS:
    // Nothing was due at the last look and nothing is in flight.
    void idle();
    void attemptRecorded(const QString& jobId, bool succeeded);
    // The same, once per batch written: one event instead of one per job for a receiver on
    // another thread, with what a report of each needs (no query for it afterwards).
    void attemptsRecorded(const QList<hookdesk::RecordedAttempt>& attempts);
    // Requests in flight went up or down (see inFlight()).
    void inFlightChanged(int count);
    // A problem outside any one job, e.g. the database could not be read.
    void problem(const QString& message);

private:
    struct Credentials
    {
        int version = 0;
        QString token;
        QString secret;
        // After a rotation: the old secret, signing second until previousUntil (ms).
        QString previousSecret;
        qint64 previousUntil = 0;
    };
    using CredentialsReady =
        std::function<void(bool ok, const Credentials& credentials, const QString& error)>;
    // One network manager of a route and how it is used.
    struct Network
    {
        // A child of the dispatcher; null once retired and done: a free place.
        QPointer<QNetworkAccessManager> manager;
        int load = 0;         // its requests in flight, of every integration on the route
        bool retired = false; // takes no more requests; goes once its last one is in
        int requests = 0;     // requests given to it, sent again or not
        int connecting = 0;   // connections it began to open for them (see noteConnecting())
        // HTTP/2 only (see checkStalls() and learnRequestLimit()):
        bool http2 = false;
        int answered = 0;         // of its requests, finished without being refused unsent
        int uploadedInFlight = 0; // in flight with their body sent
        bool everUploaded = false;
        bool closing = false;      // the receiver is closing its connection
        qint64 lastProgressMs = 0; // when it last became busy, sent a body, or had a reply finish
    };
    // Retires it, and lets it go now if nothing is in flight on it.
    static void retire(Network& network);
    // Lets a retired manager go once its last request is in. Never deleted at once: this may be
    // called from inside one of its replies' finished().
    static void dropIfDone(Network& network);
    // The network managers, and so the connections and threads, of every integration whose
    // requests go to the same receiver (scheme, host and port) in the same HTTP version and
    // under the same trusted certificates (routeFor()). Held by its integrations' lanes and by
    // its requests in flight; its managers go with it.
    struct Route
    {
        Route() = default;
        Route(const Route&) = delete;
        Route& operator=(const Route&) = delete;
        ~Route();
        std::vector<Network> networks; // a place stays put while requests refer to it by index
        // The concurrency limits of its integrations together: how many streams to put on each
        // HTTP/2 connection (streamsPerConnection()).
        int demand = 0;
        // An HTTP/2 network manager takes this many requests, then the next one opens a new
        // connection: fewer than the receiver allows on one (learnRequestLimit()).
        int http2RequestsPerNetwork = 0;
        // HTTP/1.1: its receiver answers before Qt has finished with a request, and so its
        // network managers run GLib's event loop from now on (see noteConnecting()).
        bool answersEarly = false;
    };
    using RoutePtr = std::shared_ptr<Route>;
    // An HTTP/1.1 manager of the route began to open a connection. Qt 6.4 on its own event loop
    // closes a kept-alive connection whenever the answer comes before it has finished with the
    // request, which only a receiver on the same machine does: once a manager has opened far more
    // connections than it keeps, the route's managers are replaced by ones on GLib's loop, which
    // keeps them (see EventLoops).
    static void noteConnecting(Route& route, size_t slot);
    // What the dispatcher keeps per integration.
    struct Lane
    {
        Lane() = default;
        Lane(const Lane&) = delete;
        Lane& operator=(const Lane&) = delete;
        ~Lane();
        Integration integration;
        int inFlight = 0;
        bool mayHaveDue = true;     // false after a claim found fewer jobs than it asked for
        bool claiming = false;      // a claim is on its way through the asynchronous store
        bool claimedBefore = false; // its first claim asks for no more than its limit (poll())
        bool present = true;        // still in the database
        TokenBucket bucket;
        // Claimed ahead, waiting for a free slot: claiming one job per finished request would
        // cost a query per delivery.
        QList<DeliveryJob> ready;
        // Deliveries finished per second lately (noteFinished()): how many to claim ahead.
        double rate = 0;
        int finishedInWindow = 0;
        qint64 windowStartMs = -1; // on m_monotonic
        // Where its last request went, under which key, and what its limit adds to the route's demand.
        RoutePtr route;
        QString routeKey;
        int routeShare = 0;
        // Built on first use after each refresh, so a changed CA file is read again.
        std::optional<QSslConfiguration> tls;
        QString tlsError;
        // A digest of what `tls` trusts, for the route key of https requests; empty until needed.
        QByteArray trustKey;
        // The URL its last request went to, parsed, and whether Http1Client sends there (with the
        // proxy settings as they were): its jobs nearly always share one. Both are worked out again
        // after each refresh, and for any other URL.
        QString urlText;
        QUrl url;
        bool viaHttp1 = false;
    };
    using LanePtr = std::shared_ptr<Lane>;

    void poll();
    // Sends the lane's next claimed job in the slot its answered request just freed, as poll()
    // would, without waiting for it.
    void sendNextReady(const LanePtr& lane);
    void refreshLanes();
    // Counts a finished delivery towards the lane's rate.
    void noteFinished(Lane& lane);
    // Whether a job claimed ahead is still leased long enough to be sent, answered and recorded.
    bool leaseCovers(const Lane& lane, const DeliveryJob& job, qint64 now) const;
    // Adds claimed jobs to the lane's `ready`, each once.
    void addReady(Lane& lane, const QList<DeliveryJob>& jobs);
    void releaseReady(Lane& lane);
    // Ends this dispatcher's leases on jobs it will not send after all.
    void giveBack(const QList<DeliveryJob>& jobs);
    void releaseAll();
    int timeoutFor(const Integration& integration) const;
    // The route of a request of this lane: the lane's own, or one it shares with integrations
    // sending to the same receiver the same way. A lane moves to another when its requests' key
    // changes (a new URL, HTTP version or CA file).
    RoutePtr routeFor(Lane& lane, const QString& key);
    // Where a request goes and how: scheme, host, port, HTTP version and, over https, a digest
    // of the certificates its connection is to trust.
    static QString routeKey(Lane& lane, const QNetworkRequest& request);
    // The lane's limit joins (or leaves, with 0) the demand of the route it is on.
    static void setRouteShare(Lane& lane, int share);
    // The place in route.networks of a manager with room for one more request.
    size_t networkFor(Route& route, int perNetwork, bool http2);
    // How many requests share one HTTP/2 connection, for a route whose limits add up to `demand`.
    static int streamsPerConnection(int demand);
    // HTTP/2 managers whose requests have all stopped going out: see the .cpp.
    void checkStalls();
    // The receiver is closing this manager's connection: it takes no more requests, those not sent
    // yet are taken back (to go out elsewhere), and it goes once its last reply is in.
    static void closeDown(Network& network);
    // The receiver closed this manager's connection after the requests it answered there.
    static void learnRequestLimit(Route& route, const Network& network);
    void deliver(const LanePtr& lane, const DeliveryJob& job);
    void send(const LanePtr& lane, const DeliveryJob& job, const Credentials& credentials);
    // One request on its way, with what is needed to send it again.
    struct Sending
    {
        DeliveryJob job; // what it delivers: read by the answer's handlers, which keep the Sending
        std::shared_ptr<Attempt> attempt;
        // Only when a network manager sends it: Http1Client (`http1`) takes the URL and headers as
        // they are, and an empty QNetworkRequest is an allocation and more.
        std::optional<QNetworkRequest> request;
        QUrl url; // where Http1Client sends it
        HeaderList headers;
        bool http1 = false;
        QByteArray body;
        int timeoutMs = 0;
        bool https = false;
        bool multiplexed = false; // HTTP/2 for certain: many requests share one connection
        QString routeKey;         // routeKey(), worked out when it was first sent
        int unsentRetries = 0;
        QElapsedTimer clock; // since the first time it was sent
    };
    void post(const LanePtr& lane, const std::shared_ptr<Sending>& sending);
    struct Answered;
    // Records the attempt of what came back (or did not, `timedOut`) for `sending`.
    void conclude(const LanePtr& lane, Sending& sending, Answered&& answered, bool timedOut);
    // Sends a plain HTTP/1.1 request by Http1Client::send(), with its deadline, and records its
    // attempt: as watch() does for a reply, without one.
    void call(const LanePtr& lane, const std::shared_ptr<Sending>& sending);
    // Waits for the reply (its deadline, TLS errors) and records its attempt. `route` and `slot`
    // name the network manager that sent it.
    void watch(const LanePtr& lane, const std::shared_ptr<Sending>& sending, QNetworkReply* reply,
               const RoutePtr& route, size_t slot);
    enum class Outcome
    {
        Retry,  // try again on the schedule (or after Retry-After)
        GiveUp, // no later attempt can succeed, e.g. the integration is gone
        Gone    // the receiver answered 410: disable the integration
    };
    void finish(const LanePtr& lane, const DeliveryJob& job, Attempt& attempt,
                Outcome outcome = Outcome::Retry);
    void updateHealth(Lane& lane, bool succeeded);
    qint64 nextAttemptAt(const DeliveryJob& job, const Attempt& attempt, const Integration& integration);
    // The integration's credentials as read for its current secret version; nullptr until read.
    const Credentials* knownCredentials(const Integration& integration) const;
    void withCredentials(const Integration& integration, CredentialsReady ready);
    void flushRecords();
    void reportWritten(const QList<JobStore::AttemptRecord>& records, const QString& error);
    void claimed(qint64 integrationId, int asked, const QList<DeliveryJob>& jobs, const QString& error);
    // Waits for the asynchronous store to answer everything asked of it, and takes the answers.
    void settleAsync();
    void wakeAt(qint64 atMs);
    // Whether some lane holds claimed jobs not yet sent.
    bool anyReady() const;
    // Whether some lane holds claimed jobs it may send now (a slot of its own and of the
    // dispatcher's is free).
    bool anySendable() const;
    static int limitOf(const Lane& lane);

    JobStore& m_jobs;
    IntegrationStore& m_integrations;
    SecretStore& m_secrets;
    QTimer m_pollTimer;
    QTimer m_wakeTimer;
    QTimer m_flushTimer;
    ReplyDeadlines m_deadlines;
    // Plain-http HTTP/1.1 requests (Http1Client::handles()) unless m_http1Used is false; the
    // network managers of the routes send the rest.
    Http1Client m_http1;
    bool m_http1Used = true;
    QTimer m_stallTimer;
    QElapsedTimer m_monotonic;
    QString m_owner;
    int m_timeoutMs = 0;
    int m_maxInFlight = kMaxInFlight;
    bool m_maxInFlightSet = false;
    int m_leaseMs = 0;
    RetryPolicy::RandomSource m_random;
    int m_inFlight = 0;
    bool m_running = false;
    bool m_pollQueued = false;
    bool m_capReached = false; // the last poll() left lanes waiting for the overall limit
    // Set while sendNextReady() sends: should an answer ever be reported within that send (Http1Client
    // promises it is not), it starts nothing more.
    bool m_sendingNext = false;
    bool m_ownWrite = false;
    bool m_lanesStale = true;
    QElapsedTimer m_lanesAge;
    int m_roundRobin = 0;
    QHash<qint64, LanePtr> m_lanes;
    // Every route some lane or request still holds, by key (routeFor()).
    QHash<QString, std::weak_ptr<Route>> m_routes;
    QList<JobStore::AttemptRecord> m_records;
    std::unique_ptr<AsyncJobStore> m_async;
    int m_writesPending = 0; // batches given to m_async and not answered yet
    int m_claimsPending = 0; // claims asked of m_async and not answered yet
    // Makes this process's table of file descriptors hold `count` at once (at most the open-file
    // limit), so that opening that many later never waits for it to grow; nothing if it cannot.
    static void reserveFileDescriptors(int count);
    // Descriptors the lanes' limits may hold open at once, and kFilesKept, as of the last
    // refreshLanes(); and what the table has been made to hold (reserveFileDescriptors()).
    int m_descriptorsWanted = 0;
    int m_descriptorsReserved = 0;
    QHash<qint64, Credentials> m_credentials;
    QHash<qint64, QList<CredentialsReady>> m_waiting;
};

} // namespace hookdesk
