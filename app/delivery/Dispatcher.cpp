// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/Dispatcher.h"

#include "delivery/AutoDisable.h"
#include "delivery/CircuitBreaker.h"
#include "delivery/RequestBuilder.h"
#include "delivery/RunNumber.h"
#include "delivery/Signer.h"
#include "delivery/TlsSettings.h"
#include "domain/Attempt.h"
#include "domain/Ids.h"
#include "secrets/SecretStore.h"
#include "service/EventLoops.h"
#include "storage/AsyncJobStore.h"
#include "storage/IntegrationStore.h"
#include "storage/JobStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QHostInfo>
#include <QNetworkReply>
#include <QPointer>
#include <QSslError>
#include <QThread>
#include <QTimeZone>
#include <algorithm>
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>
#include <utility>

namespace hookdesk {

namespace {

constexpr qint64 kMaxCapturedBody = 64 * 1024;
// QNetworkAccessManager opens at most six connections per host and queues the rest.
constexpr int kConnectionsPerNetwork = 6;
// Qt's HTTP/2 client opens at most this many streams on a connection (fewer if the receiver says so).
constexpr int kStreamsPerConnection = 100;
// Each connection's frames are made and read by its network manager's one thread. A lane whose
// limit is above this spreads its streams over as many connections as the machine has cores,
// this many streams at least on each: with 16 in flight on two cores, two connections deliver
// 27-41 % more per second than one (bench_delivery against nginx).
constexpr int kMinStreamsPerConnection = 8;
// How often a request an HTTP/2 receiver refused unprocessed is sent again before it counts as a failure.
constexpr int kMaxUnsentRetries = 5;
// Requests one HTTP/2 network manager (one connection) takes before the next opens a new one: fewer
// than nginx's default limit of 1,000, after which it closes the connection. A receiver seen to
// close sooner lowers it, to no fewer than kMinHttp2RequestsPerNetwork: a receiver restarted
// moments after a new connection opened must not leave the lane opening one every few requests.
constexpr int kHttp2RequestsPerNetwork = 900;
constexpr int kMinHttp2RequestsPerNetwork = 100;
// An HTTP/2 manager whose connection has worked, with requests in flight and none of them sent for
// this long, has a connection that will not send them (see checkStalls()).
constexpr qint64 kHttp2StallMs = 1000;
constexpr int kStallCheckMs = 250;
// On an HTTP/2 reply: its body went out / it was taken back before anything went out.
constexpr const char* kUploadedProperty = "hookdeskUploaded";
constexpr const char* kUnsentProperty = "hookdeskUnsent";
constexpr int kMaxClaimBatch = 256;
// A claim waits behind the job store's other work: a batch of results takes it 20-30 ms on a
// two-core machine. A lane claims ahead what it delivers in this long at its recent rate, up to
// kMaxPrefetch, so that a fast receiver is not left waiting meanwhile (bench_delivery: 10-30 %
// more deliveries per second than the few rounds of its limit that suffice for slow receivers).
constexpr double kPrefetchSeconds = 0.1;
constexpr int kMaxPrefetch = 512;
// A lane's rate is measured over windows at least this long.
constexpr qint64 kRateWindowMs = 250;
// A job claimed ahead is sent only while its lease outlasts the request's timeout by this much,
// so that its result is written before another sender may take it over.
constexpr qint64 kLeaseMarginMs = 30000;
constexpr int kRecordBatch = 256;
constexpr int kRecordDelayMs = 50;
// Integrations are read again this often, for changes made by other processes.
constexpr qint64 kLaneRefreshMs = 5000;

// A struct rather than a free tr(): lupdate files the strings of free functions under the
// namespace, so only Q_DECLARE_TR_FUNCTIONS puts them in the context looked up at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hookdesk::Dispatcher)
};

QString hostPort(const QUrl& url)
{
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    return QStringLiteral("%1:%2").arg(url.host()).arg(port);
}

// An HTTP/2 receiver closing its connection (GOAWAY; nginx does after 1,000 requests) names the
// last stream it will process. Qt 6.4 fails the later streams (ContentReSendError) and the
// requests it had not started yet (ProtocolUnknownError) instead of sending them on a new
// connection; takeBackUnsent() aborts those stuck behind them. None reached the receiver.
bool receiverIsClosing(const QNetworkReply* reply)
{
    return reply->error() == QNetworkReply::ContentReSendError ||
           reply->error() == QNetworkReply::ProtocolUnknownError;
}

// Requests that never reached the receiver: those above, and two more that leave the connection
// open. A receiver resets a stream with REFUSED_STREAM, "closed prior to any processing" (RFC
// 9113, 8.7), when it was opened beyond the receiver's limit of streams at once (before Qt has its
// settings) or after its GOAWAY; and a request whose HEADERS or DATA could not be written never
// reached it whole. Qt 6.4 tells those apart only by its (untranslated) messages; tst_http2 fails
// if a Qt version words the refusal otherwise (the failed writes are too rare to provoke).
bool neverSent(const QNetworkReply* reply, const QNetworkRequest& request)
{
    if (!request.attribute(QNetworkRequest::Http2AllowedAttribute).toBool())
        return false;
    switch (reply->error()) {
    case QNetworkReply::ContentReSendError:
    case QNetworkReply::ProtocolUnknownError:
        return true;
    case QNetworkReply::ProtocolFailure:
        return reply->errorString() == QLatin1String("Server refused a stream");
    case QNetworkReply::UnknownNetworkError:
        return reply->errorString().startsWith(QLatin1String("failed to send HEADERS")) ||
               reply->errorString().startsWith(QLatin1String("failed to send DATA"));
    case QNetworkReply::OperationCanceledError:
        return reply->property(kUnsentProperty).toBool();
    default:
        return false;
    }
}

// The reason a delivery failed, in words an administrator can act on.
// What describeFailure() words: a failed answer as a QNetworkReply shows it, or as Http1Client's
// send() hands it over.
struct FailureFacts
{
    QUrl url;
    int status = 0;
    QString reason;
    QByteArray location;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    bool http2Direct = false; // HTTP/2 over plain http
    bool neverSent = false;   // see neverSent()
};

FailureFacts failureOf(QNetworkReply* reply, int status, const QNetworkRequest& request)
{
    return {reply->url(),
            status,
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString(),
            reply->rawHeader("Location"),
            reply->error(),
            reply->errorString(),
            request.attribute(QNetworkRequest::Http2DirectAttribute).toBool(),
            neverSent(reply, request)};
}

QString describeFailure(const FailureFacts& facts, bool timedOut, int timeoutMs)
{
    const QUrl& url = facts.url;
    const int status = facts.status;
    if (timedOut && status > 0)
        return Text::tr(
                   "The receiver at %1 began to answer (HTTP %2) but had not finished after %3 seconds, so "
                   "the delivery was given up.")
            .arg(hostPort(url))
            .arg(status)
            .arg(timeoutMs / 1000.0);
    const bool http2Direct = facts.http2Direct;
    if (timedOut && http2Direct)
        return Text::tr(
                   "The receiver at %1 did not answer within %2 seconds. This integration speaks HTTP/2 "
                   "over plain http, which a receiver that only knows HTTP/1.1 cannot read: set its HTTP "
                   "version to HTTP/1.1 unless the receiver is known to speak HTTP/2.")
            .arg(hostPort(url))
            .arg(timeoutMs / 1000.0);
    if (timedOut)
        return Text::tr("The receiver at %1 did not answer within %2 seconds.")
            .arg(hostPort(url))
            .arg(timeoutMs / 1000.0);
    if (status >= 200 && status < 300 && facts.error != QNetworkReply::NoError)
        return Text::tr("The receiver at %1 answered %2, but the connection broke before the whole answer "
                        "arrived (%3), so the delivery is not counted as received.")
            .arg(hostPort(url))
            .arg(status)
            .arg(facts.errorString);
    if (status >= 300 && status < 400) {
        const QByteArray& location = facts.location;
        return Text::tr("The receiver answered %1 %2, a redirect, which Hookdesk does not follow%3.")
            .arg(status)
            .arg(facts.reason, location.isEmpty()
                                   ? QString()
                                   : Text::tr(" (it points to %1)").arg(QString::fromUtf8(location)));
    }
    if (status > 0 && (status < 200 || status >= 300))
        return Text::tr("The receiver answered %1 %2.").arg(status).arg(facts.reason).trimmed();
    const QNetworkReply::NetworkError error = facts.error;
    if (status == 0 && facts.neverSent)
        return Text::tr("The receiver at %1 closed its HTTP/2 connection again and again before it took this "
                        "request (%2), so it was never delivered.")
            .arg(hostPort(url), facts.errorString);
    // HTTP/2 without TLS is spoken from the first byte; a receiver that only knows HTTP/1.1
    // answers it with garbage or nothing, which Qt reports as a network or protocol error.
    if (status == 0 && http2Direct && error != QNetworkReply::NoError &&
        error != QNetworkReply::ConnectionRefusedError && error != QNetworkReply::HostNotFoundError &&
        error != QNetworkReply::TimeoutError)
        return Text::tr("The receiver at %1 did not answer in HTTP/2 (%2). This integration speaks HTTP/2 "
                        "over plain http, which only receivers built for it understand: set its HTTP "
                        "version to HTTP/1.1 unless the receiver is known to speak HTTP/2.")
            .arg(hostPort(url), facts.errorString);
    switch (error) {
    case QNetworkReply::NoError:
        return {};
    case QNetworkReply::ConnectionRefusedError:
        return Text::tr("The receiver at %1 refused the connection: nothing is listening there.")
            .arg(hostPort(url));
    case QNetworkReply::HostNotFoundError:
        return Text::tr("The host name “%1” could not be found. Check the integration's URL.")
            .arg(url.host());
    case QNetworkReply::RemoteHostClosedError:
        return Text::tr("The receiver at %1 closed the connection before answering.").arg(hostPort(url));
    case QNetworkReply::TimeoutError:
        return Text::tr("The connection to %1 timed out.").arg(hostPort(url));
    case QNetworkReply::SslHandshakeFailedError:
        return Text::tr("The secure connection to %1 failed: %2").arg(url.host(), facts.errorString);
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
        return Text::tr("The network is not available: %1").arg(facts.errorString);
    default:
        return Text::tr("The delivery to %1 failed: %2").arg(hostPort(url), facts.errorString);
    }
}

// Aborts the manager's requests whose body has not gone out, marked as never sent.
void takeBackUnsent(QNetworkAccessManager& nam)
{
    const QList<QNetworkReply*> replies = nam.findChildren<QNetworkReply*>(Qt::FindDirectChildrenOnly);
    for (QNetworkReply* reply : replies) {
        if (!reply->isRunning() || reply->property(kUploadedProperty).toBool())
            continue;
        // Later, not from inside the finished() of another reply being handled now.
        QTimer::singleShot(0, reply, [reply]() {
            if (!reply->isRunning() || reply->property(kUploadedProperty).toBool())
                return;
            reply->setProperty(kUnsentProperty, true);
            reply->abort();
        });
    }
}

} // namespace

Dispatcher::Dispatcher(JobStore& jobs, IntegrationStore& integrations, SecretStore& secrets, QObject* parent)
    : QObject(parent), m_jobs(jobs), m_integrations(integrations), m_secrets(secrets),
      m_owner(QStringLiteral("%1/%2/%3")
                  .arg(QHostInfo::localHostName())
                  .arg(QCoreApplication::applicationPid())
                  .arg(newId(QStringLiteral("d")).right(6)))
{
    m_pollTimer.setInterval(1000);
    connect(&m_pollTimer, &QTimer::timeout, this, [this]() {
        // Retries and pauses come due with time alone: look at every integration again.
        for (const LanePtr& lane : std::as_const(m_lanes))
            lane->mayHaveDue = true;
        poll();
    });
    m_wakeTimer.setSingleShot(true);
    connect(&m_wakeTimer, &QTimer::timeout, this, [this]() {
        for (const LanePtr& lane : std::as_const(m_lanes))
            lane->mayHaveDue = true;
        wake();
    });
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kRecordDelayMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &Dispatcher::flushRecords);
    connect(&m_jobs, &JobStore::jobsChanged, this, [this]() {
        if (!m_ownWrite) // our own claims and results: nothing new to send
            lookForJobs();
    });
    connect(&m_integrations, &IntegrationStore::changed, this, &Dispatcher::reloadIntegrations);
    m_http1.setParent(this); // moves with the dispatcher to its thread
    m_http1Used = qgetenv("HOOKDESK_HTTP_CLIENT") != "qt";
    // One byte more than is kept of an answer, so that a longer one shows as cut short.
    m_http1.setBodyLimit(kMaxCapturedBody + 1);
    m_stallTimer.setInterval(kStallCheckMs);
    connect(&m_stallTimer, &QTimer::timeout, this, &Dispatcher::checkStalls);
    m_monotonic.start();
}

Dispatcher::~Dispatcher()
{
    // Claims on their way are answered and given back; attempts handed over are written.
    settleAsync();
    releaseAll();
    flushRecords();
    settleAsync();
    if (m_async)
        disconnect(m_async.get(), nullptr, this, nullptr);
    m_async.reset();
}

void Dispatcher::setPollInterval(int ms)
{
    m_pollTimer.setInterval(ms);
}

void Dispatcher::setRequestTimeout(int ms)
{
    m_timeoutMs = qMax(0, ms);
}

void Dispatcher::setMaxInFlight(int count)
{
    m_maxInFlight = qMax(1, count);
    m_maxInFlightSet = true;
}

int Dispatcher::maxInFlightForOpenFiles()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY ||
        limit.rlim_cur >= rlim_t(kMaxInFlight + kFilesKept))
        return kMaxInFlight;
    return qMax(16, int(limit.rlim_cur) - kFilesKept);
}

void Dispatcher::reserveFileDescriptors(int count)
{
    // Linux grows the table by doubling it, and in a process of several threads every growth
    // waits for an RCU grace period (about 10 ms on a two-core machine), while every other thread
    // that opens a descriptor waits too. Opening 1,600 connections at once grew it five times:
    // the dispatcher slept 50-70 ms of its first round of requests (bench_delivery, 200 slow
    // receivers). Grown once here, to hold them all, it waits for one grace period.
    rlimit limit{};
    if (count <= 0 || getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return;
    if (limit.rlim_cur != RLIM_INFINITY && rlim_t(count) > limit.rlim_cur)
        count = int(limit.rlim_cur);
    const int null = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (null < 0)
        return;
    // The lowest free descriptor from count - 1 on: the table grows to hold it, and stays so once
    // it is closed again. No open descriptor is touched.
    const int last = ::fcntl(null, F_DUPFD_CLOEXEC, count - 1);
    if (last >= 0)
        ::close(last);
    ::close(null);
}

void Dispatcher::setLeaseDuration(int ms)
{
    m_leaseMs = qMax(0, ms);
}

void Dispatcher::setRandomSource(RetryPolicy::RandomSource random)
{
    m_random = std::move(random);
}

int Dispatcher::inFlight(qint64 integrationId) const
{
    const LanePtr lane = m_lanes.value(integrationId);
    return lane ? lane->inFlight : 0;
}

void Dispatcher::start()
{
    // 1,024 before, whatever the limits of the integrations: 200 integrations at 8 in flight
    // each (1,600) made at most 64 % of what their limits allow.
    if (!m_maxInFlightSet)
        m_maxInFlight = maxInFlightForOpenFiles();
    m_running = true;
    m_pollTimer.start();
    wake();
}

void Dispatcher::stop()
{
    m_running = false;
    m_pollTimer.stop();
    m_wakeTimer.stop();
    // Claims on their way bring jobs that are given back with the rest.
    settleAsync();
    releaseAll();
    flushRecords();
    settleAsync();
}

void Dispatcher::settleAsync()
{
    if (!m_async)
        return;
    m_async->waitForAll();
    // The answers are queued here by now: take them before this dispatcher may go.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

void Dispatcher::setAsyncStore(std::unique_ptr<AsyncJobStore> store)
{
    if (m_async)
        disconnect(m_async.get(), nullptr, this, nullptr);
    m_async = std::move(store);
    if (!m_async)
        return;
    connect(m_async.get(), &AsyncJobStore::claimed, this, &Dispatcher::claimed);
    connect(m_async.get(), &AsyncJobStore::written, this,
            [this](const QList<JobStore::AttemptRecord>& records, const QString& error) {
                --m_writesPending;
                reportWritten(records, error);
                // The next job of an ordered integration could not be claimed while this result
                // was on its way; and idleness waits for it.
                for (const LanePtr& lane : std::as_const(m_lanes))
                    lane->mayHaveDue = lane->mayHaveDue || lane->integration.ordered;
                wake();
            });
}

void Dispatcher::claimed(qint64 integrationId, int asked, const QList<DeliveryJob>& jobs,
                         const QString& error)
{
    --m_claimsPending;
    if (!error.isEmpty())
        Q_EMIT problem(error);
    const LanePtr lane = m_lanes.value(integrationId);
    if (!lane) {
        // The integration went while its claim was on the way: its jobs wait for it, or for
        // whoever takes over once the lease ends.
        giveBack(jobs);
        return;
    }
    lane->claiming = false;
    if (!error.isEmpty() || jobs.size() < asked)
        lane->mayHaveDue = false;
    lane->bucket.take(int(jobs.size()), m_jobs.clock().nowMs());
    addReady(*lane, jobs);
    // Sent from `ready` by the next poll, or given back by stop().
    wake();
}

void Dispatcher::wake()
{
    if (!m_running || m_pollQueued)
        return;
    m_pollQueued = true;
    QMetaObject::invokeMethod(this, &Dispatcher::poll, Qt::QueuedConnection);
}

void Dispatcher::lookForJobs()
{
    for (const LanePtr& lane : std::as_const(m_lanes))
        lane->mayHaveDue = true;
    wake();
}

void Dispatcher::reloadIntegrations()
{
    // The token or secret of an integration may have changed: read them again next time.
    // An integration enabled again has jobs waiting: look for them now.
    m_credentials.clear();
    Signer::forgetSecrets();
    m_lanesStale = true;
    wake();
}

void Dispatcher::wakeAt(qint64 atMs)
{
    const qint64 wait = qMax<qint64>(1, atMs - m_jobs.clock().nowMs());
    if (m_wakeTimer.isActive() && m_wakeTimer.remainingTime() <= wait)
        return;
    m_wakeTimer.start(int(qMin<qint64>(wait, 60 * 60 * 1000)));
}

int Dispatcher::timeoutFor(const Integration& integration) const
{
    const int own = integration.timeoutMs > 0 ? integration.timeoutMs : 15000;
    return m_timeoutMs > 0 ? qMin(m_timeoutMs, own) : own;
}

void Dispatcher::refreshLanes()
{
    QString error;
    const QList<Integration> all = m_integrations.all(&error);
    if (!error.isEmpty()) {
        Q_EMIT problem(error);
        return;
    }
    m_lanesStale = false;
    m_lanesAge.start();
    for (const LanePtr& lane : std::as_const(m_lanes))
        lane->present = false;
    qint64 connections = 0; // what the enabled integrations' limits allow at once
    for (const Integration& integration : all) {
        if (integration.enabled)
            connections += integration.ordered ? 1 : qMax(1, integration.maxInFlight);
        LanePtr& lane = m_lanes[integration.id];
        if (!lane)
            lane = std::make_shared<Lane>();
        lane->integration = integration;
        if (lane->route)
            setRouteShare(*lane, qMax(1, integration.maxInFlight));
        lane->tls.reset();
        lane->trustKey.clear();
        lane->urlText = QString(); // worked out again (send())
        lane->present = true;
        lane->mayHaveDue = true;
        lane->bucket.setRate(integration.ratePerSecond);
    }
    m_descriptorsWanted = int(qMin<qint64>(connections, m_maxInFlight)) + kFilesKept;
    for (auto it = m_lanes.begin(); it != m_lanes.end();) {
        if (!it.value()->present && it.value()->inFlight == 0 && !it.value()->claiming)
            it = m_lanes.erase(it);
        else
            ++it;
    }
    for (auto it = m_routes.begin(); it != m_routes.end();) {
        if (it.value().expired())
            it = m_routes.erase(it);
        else
            ++it;
    }
}

void Dispatcher::poll()
{
    m_pollQueued = false;
    if (!m_running)
        return;
    if (m_lanesStale || !m_lanesAge.isValid() || m_lanesAge.elapsed() > kLaneRefreshMs)
        refreshLanes();
    const qint64 now = m_jobs.clock().nowMs();
    QString error;
    int claimedCount = 0;
    const QList<LanePtr> lanes = m_lanes.values();
    // Start at a different integration each time so the global limit is shared fairly.
    const int count = int(lanes.size());
    m_roundRobin = count > 0 ? (m_roundRobin + 1) % count : 0;
    m_capReached = false;
    for (int n = 0; n < count && m_inFlight < m_maxInFlight; ++n) {
        const LanePtr& lane = lanes.at((m_roundRobin + n) % count);
        Integration& integration = lane->integration;
        if (!lane->present || !integration.enabled) {
            releaseReady(*lane);
            continue;
        }
        if (CircuitBreaker::isPaused(integration, now)) {
            releaseReady(*lane);
            wakeAt(integration.pausedUntil);
            continue;
        }
        const bool trial = CircuitBreaker::isTrial(integration);
        // An ordered integration gets one request at a time and no jobs claimed ahead.
        const int limit = limitOf(*lane);
        // Claim ahead a few rounds of the limit, in batches of at least half of that: every claim
        // is a commit, the dearest part of a delivery. A fast lane claims more (kPrefetchSeconds).
        const bool ahead = !trial && !integration.ordered && !lane->bucket.limited();
        const int rounds = ahead ? qBound(16, 4 * limit, 128) : 0;
        const int prefetch = ahead ? qMax(rounds, qMin(int(lane->rate * kPrefetchSeconds), kMaxPrefetch)) : 0;
        const int want = qMin(limit + prefetch - lane->inFlight - int(lane->ready.size()), kMaxClaimBatch);
        const bool starving = lane->ready.isEmpty() && lane->inFlight < limit;
        if (lane->mayHaveDue && want > 0 && (starving || want >= qMax(1, prefetch / 2))) {
            // A lane's first claim is only what it may send at once: with many integrations starting
            // together, their first jobs all come from the job store before any lane's jobs ahead,
            // and every receiver hears from the engine as early as it can (bench_delivery, 200
            // integrations: 72-75 % of what their limits allow over the whole run, against 66-74 %).
            int ask = lane->claimedBefore ? want : qMin(want, limit);
            lane->claimedBefore = true;
            if (lane->bucket.limited())
                ask = qMin(ask, lane->bucket.available(now));
            if (ask > 0) {
                // The lease outlives the request timeout (and, for the few rounds claimed ahead, the
                // wait for a slot) so that only a dead sender's jobs are taken over. Jobs a fast
                // lane claimed beyond those are given back should the receiver slow down before
                // they are sent (leaseCovers()).
                const qint64 waits = 1 + (rounds + limit - 1) / limit;
                const qint64 leaseUntil =
                    now + (m_leaseMs > 0 ? m_leaseMs : waits * timeoutFor(integration) + 60000);
                if (m_async) {
                    // One claim per integration at a time; its jobs join `ready` when it answers.
                    if (!lane->claiming) {
                        lane->claiming = true;
                        ++m_claimsPending;
                        m_async->claim(integration.id, m_owner, leaseUntil, integration.ordered ? 1 : ask,
                                       integration.ordered);
                    }
                } else {
                    m_ownWrite = true;
                    const QList<DeliveryJob> claimed =
                        integration.ordered
                            ? m_jobs.claimNextInOrder(m_owner, integration.id, leaseUntil, &error)
                            : m_jobs.claimDueFor(m_owner, integration.id, leaseUntil, ask, &error);
                    m_ownWrite = false;
                    if (!error.isEmpty()) {
                        Q_EMIT problem(error);
                        break;
                    }
                    if (claimed.size() < ask)
                        lane->mayHaveDue = false;
                    lane->bucket.take(int(claimed.size()), now);
                    claimedCount += int(claimed.size());
                    addReady(*lane, claimed);
                }
            }
        }
        QList<DeliveryJob> expiring;
        while (!lane->ready.isEmpty() && lane->inFlight < limit && m_inFlight < m_maxInFlight) {
            DeliveryJob job = lane->ready.takeFirst();
            if (leaseCovers(*lane, job, now))
                deliver(lane, job);
            else
                expiring.append(job);
        }
        if (!expiring.isEmpty()) {
            // Claimed again, with a new lease, at the next look.
            giveBack(expiring);
            lane->mayHaveDue = true;
            wake();
        }
        if (lane->bucket.limited() && lane->mayHaveDue && lane->inFlight < limit && lane->ready.isEmpty())
            wakeAt(lane->bucket.nextAvailableAt(now));
    }
    if (m_inFlight >= m_maxInFlight)
        m_capReached = true;
    // Before the lanes' connections are opened, and after their claims went to the job store,
    // whose answers this waits for anyway.
    if (m_descriptorsWanted > m_descriptorsReserved) {
        reserveFileDescriptors(m_descriptorsWanted);
        m_descriptorsReserved = m_descriptorsWanted; // not tried again on each poll if refused
    }
    const bool waiting = anyReady();
    if (claimedCount == 0 && m_claimsPending == 0 && m_inFlight == 0 && !waiting && error.isEmpty()) {
        flushRecords();
        // Idle only once every result is written: `serve --until-idle` exits on this.
        if (m_writesPending == 0)
            Q_EMIT idle();
    }
}

void Dispatcher::sendNextReady(const LanePtr& lane)
{
    // Never more than poll() would send, and less where in doubt: an integration that changed,
    // stopped or is held back, the one-at-a-time ones (ordered, or on trial after its breaker
    // opened), and a full dispatcher (whose free slots go round all lanes) wait for poll().
    const Integration& integration = lane->integration;
    if (!m_running || m_sendingNext || m_lanesStale || m_capReached || lane->ready.isEmpty() ||
        !lane->present || !integration.enabled || integration.ordered || lane->inFlight >= limitOf(*lane) ||
        m_inFlight >= m_maxInFlight)
        return;
    const qint64 now = m_jobs.clock().nowMs();
    if (CircuitBreaker::isPaused(integration, now) || CircuitBreaker::isTrial(integration) ||
        !leaseCovers(*lane, lane->ready.constFirst(), now))
        return;
    m_sendingNext = true;
    deliver(lane, lane->ready.takeFirst());
    m_sendingNext = false;
}

void Dispatcher::addReady(Lane& lane, const QList<DeliveryJob>& jobs)
{
    if (lane.ready.isEmpty()) {
        lane.ready = jobs;
        return;
    }
    // A job it holds already, claimed again because its lease ran out (the clock moved on while it
    // waited): the new lease replaces the old. Two copies would both be sent, and giving back the
    // one whose lease ran out would give back the job under its new lease too.
    QHash<QString, qsizetype> held;
    held.reserve(lane.ready.size());
    for (qsizetype i = 0; i < lane.ready.size(); ++i)
        held.insert(lane.ready.at(i).id, i);
    for (const DeliveryJob& job : jobs) {
        const auto same = held.constFind(job.id);
        if (same != held.constEnd())
            lane.ready[same.value()] = job;
        else
            lane.ready.append(job);
    }
}

bool Dispatcher::anyReady() const
{
    return std::any_of(m_lanes.cbegin(), m_lanes.cend(),
                       [](const LanePtr& lane) { return !lane->ready.isEmpty(); });
}

bool Dispatcher::anySendable() const
{
    if (m_inFlight >= m_maxInFlight)
        return false;
    return std::any_of(m_lanes.cbegin(), m_lanes.cend(), [this](const LanePtr& lane) {
        return !lane->ready.isEmpty() && lane->inFlight < limitOf(*lane);
    });
}

int Dispatcher::limitOf(const Lane& lane)
{
    // An ordered integration, or one on trial after its breaker opened, gets one request at a time.
    const Integration& integration = lane.integration;
    return CircuitBreaker::isTrial(integration) || integration.ordered ? 1 : qMax(1, integration.maxInFlight);
}

void Dispatcher::noteFinished(Lane& lane)
{
    const qint64 now = m_monotonic.elapsed();
    ++lane.finishedInWindow;
    if (lane.windowStartMs < 0) {
        lane.windowStartMs = now;
        return;
    }
    const qint64 elapsed = now - lane.windowStartMs;
    if (elapsed < kRateWindowMs)
        return;
    lane.rate = lane.finishedInWindow * 1000.0 / double(elapsed);
    lane.finishedInWindow = 0;
    lane.windowStartMs = now;
}

bool Dispatcher::leaseCovers(const Lane& lane, const DeliveryJob& job, qint64 now) const
{
    // A lease set with setLeaseDuration() is the caller's choice, even when shorter than a request.
    if (m_leaseMs > 0 || job.leaseUntil <= 0)
        return true;
    return job.leaseUntil - now >= timeoutFor(lane.integration) + kLeaseMarginMs;
}

void Dispatcher::releaseReady(Lane& lane)
{
    if (lane.ready.isEmpty())
        return;
    giveBack(lane.ready);
    lane.ready.clear();
}

void Dispatcher::giveBack(const QList<DeliveryJob>& jobs)
{
    QStringList ids;
    ids.reserve(jobs.size());
    for (const DeliveryJob& job : jobs)
        ids.append(job.id);
    QString error;
    m_ownWrite = true;
    m_jobs.release(m_owner, ids, &error);
    m_ownWrite = false;
    if (!error.isEmpty())
        Q_EMIT problem(error);
}

void Dispatcher::releaseAll()
{
    for (const LanePtr& lane : std::as_const(m_lanes))
        releaseReady(*lane);
}

Dispatcher::Lane::~Lane()
{
    if (route)
        route->demand -= routeShare;
}

Dispatcher::Route::~Route()
{
    // Not at once: the last holder may be a reply of one of these managers, being deleted.
    for (Network& network : networks) {
        if (network.manager)
            network.manager->deleteLater();
    }
}

void Dispatcher::setRouteShare(Lane& lane, int share)
{
    if (lane.route)
        lane.route->demand += share - lane.routeShare;
    lane.routeShare = share;
}

QString Dispatcher::routeKey(Lane& lane, const QNetworkRequest& request)
{
    const QUrl url = request.url();
    const bool https = url.scheme() == QLatin1String("https");
    char version = '1';
    if (request.attribute(QNetworkRequest::Http2DirectAttribute).toBool())
        version = 'd'; // HTTP/2 from the first byte
    else if (request.attribute(QNetworkRequest::Http2AllowedAttribute).toBool())
        version = '2'; // offered, over https
    QString key = url.scheme() + QLatin1String("://") + url.host() + QLatin1Char(':') +
                  QString::number(url.port(https ? 443 : 80)) + QLatin1Char(' ') + QLatin1Char(version);
    if (!https)
        return key;
    // A connection kept alive was trusted under the certificates of its time: when the CA file
    // changes (or goes), the lane's requests go to another route, and the connections of the old
    // one are not used for them again. Worked out once per refresh (lane.tls is read again then).
    if (lane.trustKey.isEmpty()) {
        QCryptographicHash digest(QCryptographicHash::Sha256);
        for (const QSslCertificate& certificate : request.sslConfiguration().caCertificates())
            digest.addData(certificate.toDer());
        lane.trustKey = digest.result().toHex();
    }
    return key + QLatin1Char(' ') + QString::fromLatin1(lane.trustKey);
}

Dispatcher::RoutePtr Dispatcher::routeFor(Lane& lane, const QString& key)
{
    if (lane.route && lane.routeKey == key)
        return lane.route;
    setRouteShare(lane, 0);
    std::weak_ptr<Route>& known = m_routes[key];
    RoutePtr route = known.lock();
    if (!route) {
        route = std::make_shared<Route>();
        route->http2RequestsPerNetwork = kHttp2RequestsPerNetwork;
        known = route;
    }
    lane.route = route;
    lane.routeKey = key;
    setRouteShare(lane, qMax(1, lane.integration.maxInFlight));
    return route;
}

int Dispatcher::streamsPerConnection(int demand)
{
    static const int cores = qMax(1, QThread::idealThreadCount());
    return qBound(kMinStreamsPerConnection, (qMax(1, demand) + cores - 1) / cores, kStreamsPerConnection);
}

size_t Dispatcher::networkFor(Route& route, int perNetwork, bool http2)
{
    std::optional<size_t> freePlace;
    for (size_t i = 0; i < route.networks.size(); ++i) {
        Network& network = route.networks[i];
        // A new connection before the receiver closes this one (see checkStalls() for why).
        if (http2 && network.manager && !network.retired && network.requests >= route.http2RequestsPerNetwork)
            retire(network);
        if (network.manager && !network.retired && network.load < perNetwork)
            return i;
        if (!network.manager && !freePlace)
            freePlace = i;
    }
    auto* manager = new QNetworkAccessManager(this);
    // Redirects are failures to be shown, never followed (a 3xx could send signed data elsewhere).
    manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    Network network;
    network.manager = manager;
    network.http2 = http2;
    if (freePlace) {
        route.networks[*freePlace] = network;
        return *freePlace;
    }
    route.networks.push_back(network);
    return route.networks.size() - 1;
}

void Dispatcher::noteConnecting(Route& route, size_t slot)
{
    Network& network = route.networks[slot];
    ++network.connecting;
    // Its six connections, opened again now and then (nginx closes one after 1,000 requests),
    // stay far below one in twenty requests; early closes make about one in five.
    if (route.answersEarly || network.connecting <= 2 * kConnectionsPerNetwork ||
        network.connecting * 20 < network.requests)
        return;
    route.answersEarly = true;
    for (Network& other : route.networks) {
        if (other.manager && !other.retired)
            retire(other);
    }
}

void Dispatcher::retire(Network& network)
{
    network.retired = true;
    dropIfDone(network);
}

void Dispatcher::dropIfDone(Network& network)
{
    if (network.retired && network.load == 0 && network.manager) {
        network.manager->deleteLater();
        network.manager = nullptr;
    }
}

// Qt 6.4's HTTP/2 client keeps a connection whose receiver sent GOAWAY: the requests given to it
// afterwards are never sent and wait for their timeout. When GOAWAY refuses requests already
// opened, their errors show it (neverSent()); when it names the last request sent, as nginx's
// does after its 1,000th with one request at a time, nothing shows it but silence: requests in
// flight, none of them sent, on a connection that has sent before. Those are taken back and sent
// on a new connection, and the lane learns how many requests the receiver allows on one.
void Dispatcher::checkStalls()
{
    const qint64 now = m_monotonic.elapsed();
    bool busy = false;
    for (const std::weak_ptr<Route>& known : std::as_const(m_routes)) {
        const RoutePtr route = known.lock();
        if (!route)
            continue;
        for (Network& network : route->networks) {
            if (!network.http2 || !network.manager || network.load == 0)
                continue;
            busy = true;
            // A manager retired for another reason (its share of requests given, a CA change) can
            // still hold requests the receiver will never see.
            if (network.closing || !network.everUploaded || network.uploadedInFlight > 0 ||
                now - network.lastProgressMs < kHttp2StallMs)
                continue;
            closeDown(network);
        }
    }
    if (!busy)
        m_stallTimer.stop();
}

void Dispatcher::closeDown(Network& network)
{
    network.closing = true;
    network.retired = true;
    takeBackUnsent(*network.manager);
}

void Dispatcher::learnRequestLimit(Route& route, const Network& network)
{
    route.http2RequestsPerNetwork =
        qBound(kMinHttp2RequestsPerNetwork, network.answered, route.http2RequestsPerNetwork);
}

void Dispatcher::deliver(const LanePtr& lane, const DeliveryJob& job)
{
    ++m_inFlight;
    Q_EMIT inFlightChanged(m_inFlight);
    ++lane->inFlight;
    // Read already, as nearly always: sent now, without a callback made to carry the job.
    if (const Credentials* known = knownCredentials(lane->integration)) {
        send(lane, job, *known);
        return;
    }
    QPointer<Dispatcher> self(this);
    withCredentials(lane->integration,
                    [self, lane, job](bool ok, const Credentials& credentials, const QString& why) {
                        if (!self)
                            return;
                        if (!ok) {
                            Attempt attempt;
                            attempt.jobId = job.id;
                            attempt.kind = job.nextAttemptKind;
                            attempt.startedAt = self->m_jobs.clock().nowMs();
                            attempt.requestUrl = job.url;
                            attempt.error = why;
                            self->finish(lane, job, attempt);
                            return;
                        }
                        self->send(lane, job, credentials);
                    });
}

const Dispatcher::Credentials* Dispatcher::knownCredentials(const Integration& integration) const
{
    const auto cached = m_credentials.constFind(integration.id);
    return cached != m_credentials.constEnd() && cached->version == integration.secretVersion ? &*cached
                                                                                              : nullptr;
}

void Dispatcher::withCredentials(const Integration& integration, CredentialsReady ready)
{
    if (const Credentials* known = knownCredentials(integration)) {
        ready(true, *known, {});
        return;
    }
    QList<CredentialsReady>& waiting = m_waiting[integration.id];
    waiting.append(std::move(ready));
    if (waiting.size() > 1)
        return; // a read for this integration is already under way

    QPointer<Dispatcher> self(this);
    const qint64 id = integration.id;
    auto deliverAll = [self, id](bool ok, const Credentials& credentials, const QString& error) {
        if (!self)
            return;
        if (ok)
            self->m_credentials.insert(id, credentials);
        const QList<CredentialsReady> callbacks = self->m_waiting.take(id);
        for (const CredentialsReady& cb : callbacks)
            cb(ok, credentials, error);
    };
    const Integration copy = integration;
    m_secrets.read(copy.tokenKey(), [self, copy, deliverAll](bool ok, const QString& token,
                                                             const QString& error) {
        if (!self)
            return;
        if (!ok) {
            deliverAll(
                false, {},
                Text::tr("The token of “%1” could not be read from the keychain. %2").arg(copy.name, error));
            return;
        }
        self->m_secrets.read(copy.secretKey(), [self, copy, token, deliverAll](
                                                   bool ok2, const QString& secret, const QString& error2) {
            if (!ok2) {
                deliverAll(false, {},
                           Text::tr("The signing secret of “%1” could not be read from the keychain. %2")
                               .arg(copy.name, error2));
                return;
            }
            if (!self || copy.previousSecretUntil <= self->m_jobs.clock().nowMs()) {
                deliverAll(true, Credentials{copy.secretVersion, token, secret, {}, 0}, {});
                return;
            }
            // Without the old secret the new one still signs: receivers that have it accept.
            self->m_secrets.read(
                copy.previousSecretKey(),
                [copy, token, secret, deliverAll](bool ok3, const QString& previous, const QString&) {
                    deliverAll(true,
                               Credentials{copy.secretVersion, token, secret, ok3 ? previous : QString(),
                                           ok3 ? copy.previousSecretUntil : 0},
                               {});
                });
        });
    });
}

void Dispatcher::send(const LanePtr& lane, const DeliveryJob& job, const Credentials& credentials)
{
    const Integration& integration = lane->integration;
    // Parsed, and asked whether Http1Client sends there, once for the lane's URL rather than for
    // every request (a proxy query each time), until the lane is read again.
    if (lane->urlText.isNull() || lane->urlText != job.url) {
        lane->urlText = job.url;
        lane->url = QUrl(job.url.trimmed());
        lane->viaHttp1 = Http1Client::handles(lane->url, integration.httpVersion == HttpVersion::Http2);
    }
    RequestInput input;
    input.jobId = job.id;
    input.url = job.url;
    input.parsedUrl = lane->url;
    input.payload = job.payload;
    input.itemName = job.itemName;
    input.eventName = job.eventName;
    input.integration = integration;
    input.token = credentials.token;
    input.signingSecrets = {credentials.secret};
    if (credentials.previousUntil > m_jobs.clock().nowMs()) // the overlap ends by the clock, not a reload
        input.signingSecrets.append(credentials.previousSecret);
    input.timestampSecs = QDateTime::currentSecsSinceEpoch();
    input.eventId = job.eventId;
    input.eventType = job.eventType;
    input.eventUrn = job.eventUrn;
    input.eventTimeMs = job.createdAt; // jobs are created with their event, at the same instant
    const OutgoingRequest request = RequestBuilder::build(input);

    auto attempt = std::make_shared<Attempt>();
    attempt->jobId = job.id;
    attempt->kind = job.nextAttemptKind;
    attempt->startedAt = m_jobs.clock().nowMs();
    attempt->requestUrl = job.url;
    attempt->requestHeaders = request.redactedHeaders();
    attempt->requestBody = request.body;
    attempt->requestBodyIsPayload = request.body == job.payload;
    // Read again after each refresh; the route key of https requests follows what it trusts.
    // Plain http needs none: the first one made loads the TLS backend (3 ms here, on the
    // dispatcher's first request).
    const bool https = request.url.scheme() == QLatin1String("https");
    if (https && !lane->tls)
        lane->tls = TlsSettings::configurationFor(integration, &lane->tlsError);
    if (https && !lane->tlsError.isEmpty()) {
        attempt->error = lane->tlsError;
        finish(lane, job, *attempt);
        return;
    }

    auto sending = std::make_shared<Sending>();
    sending->job = job;
    sending->attempt = attempt;
    sending->body = request.body;
    sending->timeoutMs = timeoutFor(integration);
    sending->clock.start();
    // Plain HTTP/1.1, the common case, goes by Http1Client, which needs no QNetworkRequest (building
    // one parses every header into QVariants) and no route.
    if (m_http1Used && lane->viaHttp1) {
        sending->http1 = true;
        sending->url = request.url;
        sending->headers = request.headers;
        post(lane, sending);
        return;
    }
    sending->request.emplace(request.toNetworkRequest());
    // Plain HTTP needs neither the TLS configuration nor the sslErrors signal.
    sending->https = https;
    if (sending->https)
        sending->request->setSslConfiguration(*lane->tls);
    // Once: a request sent again goes where its certificates were trusted, not where the lane
    // may have moved since.
    sending->routeKey = routeKey(*lane, *sending->request);
    // Over https HTTP/2 is only offered, and a receiver may choose HTTP/1.1 and its six
    // connections per network manager; over plain http it is certain.
    sending->multiplexed = request.httpVersion == HttpVersion::Http2 && !sending->https;
    post(lane, sending);
}

void Dispatcher::post(const LanePtr& lane, const std::shared_ptr<Sending>& sending)
{
    if (sending->http1) {
        call(lane, sending);
        return;
    }
    const bool http2 = sending->request->attribute(QNetworkRequest::Http2AllowedAttribute).toBool();
    const RoutePtr route = routeFor(*lane, sending->routeKey);
    // HTTP/2 carries many over one connection: one network manager, and one thread, for up to
    // streamsPerConnection() requests instead of one for every six.
    const int perNetwork =
        sending->multiplexed ? streamsPerConnection(route->demand) : kConnectionsPerNetwork;
    const size_t slot = networkFor(*route, perNetwork, http2);
    Network& network = route->networks[slot];
    if (http2) {
        if (network.load == 0)
            network.lastProgressMs = m_monotonic.elapsed();
        if (!m_stallTimer.isActive())
            m_stallTimer.start();
    }
    ++network.load;
    ++network.requests;
    // A manager starts its thread on its first request, on Qt's own event loop (see EventLoops)
    // unless its receiver answers too early for it. The choice is held until the thread shows it
    // runs: once it starts connecting, or the request ends first.
    const bool startsQtLoopThread = network.requests == 1 && (http2 || !route->answersEarly);
    if (startsQtLoopThread)
        EventLoops::holdQtLoop();
    QNetworkReply* reply = network.manager->post(*sending->request, sending->body);
    if (startsQtLoopThread) {
        auto held = std::make_shared<bool>(true);
        const auto release = [held]() {
            if (std::exchange(*held, false))
                EventLoops::releaseQtLoop();
        };
        connect(reply, &QNetworkReply::socketStartedConnecting, this, release);
        connect(reply, &QObject::destroyed, release);
    }
    if (!http2 && !route->answersEarly)
        connect(reply, &QNetworkReply::socketStartedConnecting, this,
                [route, slot]() { noteConnecting(*route, slot); });
    if (http2) {
        // Held by this dispatcher, not the reply: the lambda refers to the dispatcher, and holds the
        // route whose manager owns the reply.
        connect(reply, &QNetworkReply::uploadProgress, this, [this, reply, route, slot](qint64 sent, qint64) {
            if (sent <= 0 || reply->property(kUploadedProperty).toBool())
                return;
            reply->setProperty(kUploadedProperty, true);
            Network& uploading = route->networks[slot];
            ++uploading.uploadedInFlight;
            uploading.everUploaded = true;
            uploading.lastProgressMs = m_monotonic.elapsed();
        });
    }
    watch(lane, sending, reply, route, slot);
}

// An answer as it came back, however it was sent (watch(), call()): what its attempt records.
struct Dispatcher::Answered
{
    FailureFacts facts; // the status, the error and the rest, as describeFailure() words them
    bool http2 = false; // it came in HTTP/2
    HeaderList headers;
    QByteArray body; // up to kMaxCapturedBody
    bool truncated = false;
    QString tlsError; // the certificate errors in words, when there were any
};

void Dispatcher::conclude(const LanePtr& lane, Sending& sending, Answered&& answered, bool timedOut)
{
    Attempt& attempt = *sending.attempt;
    attempt.durationMs = sending.clock.elapsed();
    const int status = answered.facts.status;
    attempt.responseStatus = timedOut ? 0 : status;
    if (attempt.responseStatus > 0)
        attempt.protocol = answered.http2 ? QStringLiteral("HTTP/2") : QStringLiteral("HTTP/1.1");
    attempt.responseHeaders = std::move(answered.headers);
    attempt.responseBody = std::move(answered.body);
    attempt.responseTruncated = answered.truncated;
    attempt.runNumber = RunNumber::extract(lane->integration, attempt.responseStatus, attempt.responseHeaders,
                                           attempt.responseBody);
    const bool success =
        !timedOut && status >= 200 && status < 300 && answered.facts.error == QNetworkReply::NoError;
    if (!success) {
        attempt.error = answered.tlsError.isEmpty()
                            ? describeFailure(answered.facts, timedOut, sending.timeoutMs)
                            : answered.tlsError;
        if (attempt.error.isEmpty())
            attempt.error = Text::tr("The delivery failed for an unknown reason.");
    }
    finish(lane, sending.job, attempt, attempt.responseStatus == 410 ? Outcome::Gone : Outcome::Retry);
}

void Dispatcher::call(const LanePtr& lane, const std::shared_ptr<Sending>& sending)
{
    struct Waiting
    {
        quint64 id = 0;
        bool timedOut = false;
        ReplyDeadlines::Entry deadline;
    };
    auto waiting = std::make_shared<Waiting>();
    // The job and its URL are read from `sending`, which the answer keeps.
    auto done = [this, waiting, lane, sending](Http1Client::Answer&& answer) {
        if (!waiting->timedOut)
            m_deadlines.forget(waiting->deadline);
        Answered answered;
        QByteArray location; // what describeFailure() says of a redirect
        if (answer.status >= 300 && answer.status < 400)
            for (const auto& [name, value] : std::as_const(answer.headers))
                if (name.compare("Location", Qt::CaseInsensitive) == 0)
                    location = value;
        answered.facts = {sending->url, answer.status, QString::fromUtf8(answer.reason),
                          location,     answer.error,  answer.errorString,
                          false,        false};
        answered.headers = std::move(answer.headers);
        // The client keeps one byte more than is captured, to tell a cut body.
        answered.truncated = answer.body.size() > kMaxCapturedBody;
        if (answered.truncated)
            answer.body.truncate(kMaxCapturedBody);
        answered.body = std::move(answer.body);
        conclude(lane, *sending, std::move(answered), waiting->timedOut);
        // The connection that answered is free again: the lane's next request goes out on it
        // now rather than after every other answer this turn brought (poll()). With 200 lanes at
        // 8 in flight the wait was 1.2-1.5 ms on average, up to 17 ms, on each 100 ms round.
        if (!waiting->timedOut)
            sendNextReady(lane);
    };
    // Never answered during send(): `waiting` is complete by the time the answer comes.
    waiting->id = m_http1.send(sending->url, sending->headers, sending->body, std::move(done));
    // A request sent again keeps the deadline of the first (see watch()).
    const int left = int(qMax<qint64>(1, sending->timeoutMs - sending->clock.elapsed()));
    waiting->deadline = m_deadlines.watch(left, [this, waiting]() {
        waiting->timedOut = true;
        m_http1.abort(waiting->id);
    });
}

void Dispatcher::watch(const LanePtr& lane, const std::shared_ptr<Sending>& sending, QNetworkReply* reply,
                       const RoutePtr& route, size_t slot)
{
    auto sslErrors = std::make_shared<QList<QSslError>>();
    if (sending->https)
        connect(reply, &QNetworkReply::sslErrors, reply,
                [sslErrors](const QList<QSslError>& errors) { *sslErrors += errors; });
    auto timedOut = std::make_shared<bool>(false);
    // A request sent again keeps the deadline of the first: the timeout is the administrator's
    // bound on the whole delivery.
    const int left = int(qMax<qint64>(1, sending->timeoutMs - sending->clock.elapsed()));
    const ReplyDeadlines::Entry deadline = m_deadlines.watch(left, [reply, timedOut]() {
        *timedOut = true;
        reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, lane, route, slot, sending, timedOut, sslErrors, deadline]() {
                if (!*timedOut)
                    m_deadlines.forget(deadline);
                reply->deleteLater();
                const bool refusedUnsent = !*timedOut && neverSent(reply, *sending->request);
                // By index: sending again below may add places and move the vector.
                Network& used = route->networks[slot];
                --used.load;
                if (used.http2) {
                    if (reply->property(kUploadedProperty).toBool())
                        --used.uploadedInFlight;
                    if (!refusedUnsent)
                        ++used.answered;
                    used.lastProgressMs = m_monotonic.elapsed();
                }
                // Qt 6.4 keeps using the connection the receiver is closing, and requests given
                // to it now wait for ever: the manager takes no more, and goes once its last
                // reply is in. Those already waiting in it are taken back and sent elsewhere.
                if (refusedUnsent && receiverIsClosing(reply) && !used.closing)
                    closeDown(used);
                // All it will ever answer is in: the receiver's limit per connection.
                if (used.closing && used.load == 0)
                    learnRequestLimit(*route, used);
                dropIfDone(used);
                // They never reached the receiver: sent again, not counted as attempts.
                if (refusedUnsent && sending->unsentRetries < kMaxUnsentRetries) {
                    ++sending->unsentRetries;
                    post(lane, sending);
                    return;
                }
                Answered answered;
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                answered.facts = failureOf(reply, status, *sending->request);
                answered.http2 = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
                for (const auto& [name, value] : reply->rawHeaderPairs())
                    answered.headers.append({name, value});
                // abort() on timeout closes the reply: there is no body then, and reading one only warns.
                // Only what arrived: read(64 KiB) would allocate 64 KiB for every empty 204.
                if (reply->isOpen() && reply->bytesAvailable() > 0) {
                    answered.body = reply->read(qMin(reply->bytesAvailable(), kMaxCapturedBody));
                    answered.truncated = reply->bytesAvailable() > 0;
                }
                if (!sslErrors->isEmpty())
                    answered.tlsError = TlsSettings::describeSslErrors(*sslErrors, reply->url());
                conclude(lane, *sending, std::move(answered), *timedOut);
            });
}

qint64 Dispatcher::nextAttemptAt(const DeliveryJob& job, const Attempt& attempt,
                                 const Integration& integration)
{
    QString error;
    // A resend is one attempt outside the schedule: after it the schedule goes on where it was.
    // Attempts of this job are never waiting in the batch here: the job was claimed again only
    // after its last result was written.
    const int scheduled =
        m_jobs.scheduledAttemptCount(job.id, &error) + (attempt.kind == QLatin1String("resend") ? 0 : 1);
    if (!error.isEmpty())
        Q_EMIT problem(error);
    std::optional<RetryPolicy> policy = RetryPolicy::fromText(integration.retrySchedule, &error);
    if (!policy) {
        Q_EMIT problem(Text::tr("The retry schedule of “%1” cannot be read, so the default one is used: %2")
                           .arg(integration.name, error));
        policy = RetryPolicy();
    }
    policy->setRandomSource(m_random);
    std::optional<qint64> wait = policy->nextWaitMs(scheduled);
    if (!wait)
        return 0;
    for (const auto& [name, value] : attempt.responseHeaders) {
        if (name.compare("Retry-After", Qt::CaseInsensitive) != 0)
            continue;
        if (const std::optional<qint64> asked = RetryPolicy::parseRetryAfter(value, m_jobs.clock().nowMs()))
            wait = qMax(*wait, *asked);
    }
    return m_jobs.clock().nowMs() + *wait;
}

void Dispatcher::updateHealth(Lane& lane, bool succeeded)
{
    Integration& integration = lane.integration;
    const qint64 now = m_jobs.clock().nowMs();
    const bool changed = succeeded ? CircuitBreaker::recordSuccess(integration)
                                   : CircuitBreaker::recordFailure(integration, now);
    if (!changed)
        return;
    QString error;
    if (!m_integrations.setHealth(integration.id, integration.consecutiveFailures, integration.failingSince,
                                  integration.pausedUntil, &error))
        Q_EMIT problem(error);
    if (succeeded || !AutoDisable::isDue(integration, now))
        return;
    const QString reason = AutoDisable::reason(integration, now);
    integration.enabled = false;
    if (!m_integrations.disable(integration.id, reason, &error))
        Q_EMIT problem(error);
}

void Dispatcher::finish(const LanePtr& lane, const DeliveryJob& job, Attempt& attempt, Outcome outcome)
{
    const bool ok = attempt.succeeded();
    Integration& integration = lane->integration;
    JobStatus status = JobStatus::Succeeded;
    qint64 next = 0;
    if (!ok && outcome == Outcome::Gone) {
        const QString when = QDateTime::fromMSecsSinceEpoch(m_jobs.clock().nowMs(), QTimeZone::utc())
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
        const QString reason =
            Text::tr(
                "The receiver answered 410 Gone on %1 (job %2): it no longer accepts these deliveries. "
                "Enable the integration again once it does; its waiting jobs are kept and will be sent then.")
                .arg(when, job.id);
        QString error;
        integration.enabled = false;
        if (!m_integrations.disable(integration.id, reason, &error))
            Q_EMIT problem(error);
        attempt.error +=
            QLatin1Char(' ') +
            Text::tr("Hookdesk disabled “%1” and will not try this job again; resend it when the "
                     "receiver accepts deliveries.")
                .arg(integration.name);
        status = JobStatus::Failed;
    } else if (!ok && outcome == Outcome::Retry) {
        next = nextAttemptAt(job, attempt, integration);
        status = next > 0 ? JobStatus::Failed : JobStatus::Exhausted;
    } else if (!ok) {
        status = JobStatus::Failed;
    }
    if (outcome != Outcome::Gone)
        updateHealth(*lane, ok);
    attempt.number = job.attempts + 1; // the job stayed leased to us since it was read
    m_records.append({attempt, status, next, false, {}, {}, job.storeRow});
    --m_inFlight;
    Q_EMIT inFlightChanged(m_inFlight);
    --lane->inFlight;
    noteFinished(*lane);
    // The next job of an ordered integration can only be claimed once this result is written.
    // Otherwise results wait while more requests are about to go out (claimed jobs with a free
    // slot, or a claim on its way): every transaction writes the pages it changed, so a few large
    // ones cost much less than many small ones; the timer bounds the wait. Requests still in
    // flight are not waited for: a receiver that hangs would hold every result back.
    if (m_records.size() >= kRecordBatch || integration.ordered || (m_claimsPending == 0 && !anySendable()))
        flushRecords();
    else if (!m_flushTimer.isActive())
        m_flushTimer.start();
    wake();
}

void Dispatcher::flushRecords()
{
    m_flushTimer.stop();
    if (m_records.isEmpty())
        return;
    QList<JobStore::AttemptRecord> records;
    records.swap(m_records);
    if (m_async) {
        ++m_writesPending;
        m_async->write(records);
        return;
    }
    QString error;
    m_ownWrite = true;
    const bool written = m_jobs.recordAttempts(records, &error);
    m_ownWrite = false;
    reportWritten(records, written ? QString() : error);
}

void Dispatcher::reportWritten(const QList<JobStore::AttemptRecord>& records, const QString& error)
{
    if (!error.isEmpty())
        Q_EMIT problem(QCoreApplication::translate("hookdesk::Dispatcher",
                                                   "The results of %n job(s) could not be "
                                                   "saved: %1",
                                                   nullptr, int(records.size()))
                           .arg(error));
    QList<RecordedAttempt> outcomes;
    outcomes.reserve(records.size());
    for (const JobStore::AttemptRecord& r : records) {
        outcomes.append({r.attempt.jobId, r.attempt.succeeded(), r.attempt.responseStatus, r.attempt.error});
        Q_EMIT attemptRecorded(r.attempt.jobId, r.attempt.succeeded());
    }
    Q_EMIT attemptsRecorded(outcomes);
}

} // namespace hookdesk
