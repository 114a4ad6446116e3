// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/Dispatcher.h"

#include "delivery/RequestBuilder.h"
#include "domain/Attempt.h"
#include "domain/Ids.h"
#include "secrets/SecretStore.h"
#include "storage/IntegrationStore.h"
#include "storage/JobStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostInfo>
#include <QNetworkReply>
#include <QPointer>
#include <QSslError>
#include <QTimeZone>

namespace hookdesk {

namespace {

constexpr qint64 kMaxCapturedBody = 64 * 1024;

QString tr(const char* text)
{
    return QCoreApplication::translate("hookdesk::Dispatcher", text);
}

QString hostPort(const QUrl& url)
{
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    return QStringLiteral("%1:%2").arg(url.host()).arg(port);
}

// The reason a delivery failed, in words an administrator can act on.
QString describeFailure(QNetworkReply* reply, int status, bool timedOut, int timeoutMs)
{
    const QUrl url = reply->url();
    if (timedOut)
        return tr("The receiver at %1 did not answer within %2 seconds.")
            .arg(hostPort(url))
            .arg(timeoutMs / 1000.0);
    if (status >= 300 && status < 400) {
        const QByteArray location = reply->rawHeader("Location");
        return tr("The receiver answered %1 %2, a redirect, which Hookdesk does not follow%3.")
            .arg(status)
            .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString(),
                 location.isEmpty() ? QString() : tr(" (it points to %1)").arg(QString::fromUtf8(location)));
    }
    if (status > 0 && (status < 200 || status >= 300))
        return tr("The receiver answered %1 %2.")
            .arg(status)
            .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())
            .trimmed();
    switch (reply->error()) {
    case QNetworkReply::NoError:
        return {};
    case QNetworkReply::ConnectionRefusedError:
        return tr("The receiver at %1 refused the connection: nothing is listening there.")
            .arg(hostPort(url));
    case QNetworkReply::HostNotFoundError:
        return tr("The host name “%1” could not be found. Check the integration's URL.").arg(url.host());
    case QNetworkReply::RemoteHostClosedError:
        return tr("The receiver at %1 closed the connection before answering.").arg(hostPort(url));
    case QNetworkReply::TimeoutError:
        return tr("The connection to %1 timed out.").arg(hostPort(url));
    case QNetworkReply::SslHandshakeFailedError:
        return tr("The secure connection to %1 failed: %2").arg(url.host(), reply->errorString());
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
        return tr("The network is not available: %1").arg(reply->errorString());
    default:
        return tr("The delivery to %1 failed: %2").arg(hostPort(url), reply->errorString());
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
    // Redirects are failures to be shown, never followed (a 3xx could send signed data elsewhere).
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_pollTimer.setInterval(1000);
    connect(&m_pollTimer, &QTimer::timeout, this, &Dispatcher::poll);
    connect(&m_jobs, &JobStore::jobsChanged, this, &Dispatcher::wake);
    // The token or secret of an integration may have changed: read them again next time.
    // An integration enabled again has jobs waiting: look for them now.
    connect(&m_integrations, &IntegrationStore::changed, this, [this]() {
        m_credentials.clear();
        wake();
    });
}

Dispatcher::~Dispatcher() = default;

void Dispatcher::setPollInterval(int ms)
{
    m_pollTimer.setInterval(ms);
}

void Dispatcher::setRequestTimeout(int ms)
{
    m_timeoutMs = ms;
}

void Dispatcher::setMaxInFlight(int count)
{
    m_maxInFlight = qMax(1, count);
}

void Dispatcher::setLeaseDuration(int ms)
{
    m_leaseMs = qMax(0, ms);
}

void Dispatcher::setRandomSource(RetryPolicy::RandomSource random)
{
    m_random = std::move(random);
}

void Dispatcher::start()
{
    m_running = true;
    m_pollTimer.start();
    wake();
}

void Dispatcher::stop()
{
    m_running = false;
    m_pollTimer.stop();
}

void Dispatcher::wake()
{
    if (!m_running || m_pollQueued)
        return;
    m_pollQueued = true;
    QMetaObject::invokeMethod(this, &Dispatcher::poll, Qt::QueuedConnection);
}

void Dispatcher::poll()
{
    m_pollQueued = false;
    if (!m_running || m_inFlight >= m_maxInFlight)
        return;
    QString error;
    // The lease outlives the request timeout so that only a dead sender's jobs are taken over.
    const qint64 leaseUntil = m_jobs.clock().nowMs() + (m_leaseMs > 0 ? m_leaseMs : m_timeoutMs + 60000);
    const QList<DeliveryJob> claimed =
        m_jobs.claimDue(m_owner, leaseUntil, m_maxInFlight - m_inFlight, &error);
    if (!error.isEmpty())
        Q_EMIT problem(error);
    for (const DeliveryJob& job : claimed)
        deliver(job);
    if (claimed.isEmpty() && m_inFlight == 0 && error.isEmpty())
        Q_EMIT idle();
}

void Dispatcher::deliver(const DeliveryJob& job)
{
    ++m_inFlight;
    QString error;
    const std::optional<Integration> integration = m_integrations.byId(job.integrationId, &error);
    if (!integration) {
        Attempt attempt;
        attempt.jobId = job.id;
        attempt.kind = job.nextAttemptKind;
        attempt.startedAt = m_jobs.clock().nowMs();
        attempt.requestUrl = job.url;
        attempt.error = error.isEmpty() ? tr("The integration of this job was deleted.") : error;
        // A database error may pass; a deleted integration never comes back.
        finish(job, attempt, std::nullopt, error.isEmpty() ? Outcome::GiveUp : Outcome::Retry);
        return;
    }
    QPointer<Dispatcher> self(this);
    withCredentials(*integration,
                    [self, job, integration](bool ok, const Credentials& credentials, const QString& why) {
                        if (!self)
                            return;
                        if (!ok) {
                            Attempt attempt;
                            attempt.jobId = job.id;
                            attempt.kind = job.nextAttemptKind;
                            attempt.startedAt = self->m_jobs.clock().nowMs();
                            attempt.requestUrl = job.url;
                            attempt.error = why;
                            self->finish(job, attempt, integration);
                            return;
                        }
                        self->send(job, *integration, credentials);
                    });
}

void Dispatcher::withCredentials(const Integration& integration, CredentialsReady ready)
{
    const auto cached = m_credentials.constFind(integration.id);
    if (cached != m_credentials.constEnd() && cached->version == integration.secretVersion) {
        const Credentials credentials = *cached;
        QMetaObject::invokeMethod(
            this, [ready, credentials]() { ready(true, credentials, {}); }, Qt::QueuedConnection);
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
            deliverAll(false, {},
                       tr("The token of “%1” could not be read from the keychain. %2").arg(copy.name, error));
            return;
        }
        self->m_secrets.read(copy.secretKey(), [copy, token, deliverAll](bool ok2, const QString& secret,
                                                                         const QString& error2) {
            if (!ok2) {
                deliverAll(false, {},
                           tr("The signing secret of “%1” could not be read from the keychain. %2")
                               .arg(copy.name, error2));
                return;
            }
            deliverAll(true, Credentials{copy.secretVersion, token, secret}, {});
        });
    });
}

void Dispatcher::send(const DeliveryJob& job, const Integration& integration, const Credentials& credentials)
{
    RequestInput input;
    input.jobId = job.id;
    input.url = job.url;
    input.payload = job.payload;
    input.itemName = job.itemName;
    input.eventName = job.eventName;
    input.integration = integration;
    input.token = credentials.token;
    input.signingSecrets = {credentials.secret};
    input.timestampSecs = QDateTime::currentSecsSinceEpoch();
    const OutgoingRequest request = RequestBuilder::build(input);

    auto attempt = std::make_shared<Attempt>();
    attempt->jobId = job.id;
    attempt->kind = job.nextAttemptKind;
    attempt->startedAt = m_jobs.clock().nowMs();
    attempt->requestUrl = job.url;
    attempt->requestHeaders = request.redactedHeaders();
    attempt->requestBody = request.body;

    QElapsedTimer clock;
    clock.start();
    QNetworkReply* reply = m_nam.post(request.toNetworkRequest(), request.body);
    auto timedOut = std::make_shared<bool>(false);
    auto* timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply, timedOut]() {
        *timedOut = true;
        reply->abort();
    });
    timer->start(m_timeoutMs);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, job, integration, attempt, clock, timedOut]() {
                reply->deleteLater();
                attempt->durationMs = clock.elapsed();
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                attempt->responseStatus = *timedOut ? 0 : status;
                for (const auto& [name, value] : reply->rawHeaderPairs())
                    attempt->responseHeaders.append({name, value});
                // abort() on timeout closes the reply: there is no body then, and reading one only warns.
                if (reply->isOpen()) {
                    attempt->responseBody = reply->read(kMaxCapturedBody);
                    attempt->responseTruncated = reply->bytesAvailable() > 0;
                }
                const bool success =
                    !*timedOut && status >= 200 && status < 300 && reply->error() == QNetworkReply::NoError;
                if (!success) {
                    attempt->error = describeFailure(reply, attempt->responseStatus, *timedOut, m_timeoutMs);
                    if (attempt->error.isEmpty())
                        attempt->error = tr("The delivery failed for an unknown reason.");
                }
                finish(job, *attempt, integration,
                       attempt->responseStatus == 410 ? Outcome::Gone : Outcome::Retry);
            });
}

qint64 Dispatcher::nextAttemptAt(const DeliveryJob& job, const Attempt& attempt,
                                 const std::optional<Integration>& integration)
{
    QString error;
    // A resend is one attempt outside the schedule: after it the schedule goes on where it was.
    const int scheduled =
        m_jobs.scheduledAttemptCount(job.id, &error) + (attempt.kind == QLatin1String("resend") ? 0 : 1);
    if (!error.isEmpty())
        Q_EMIT problem(error);
    std::optional<RetryPolicy> policy =
        RetryPolicy::fromText(integration ? integration->retrySchedule : QString(), &error);
    if (!policy) {
        Q_EMIT problem(tr("The retry schedule of “%1” cannot be read, so the default one is used: %2")
                           .arg(integration->name, error));
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

void Dispatcher::finish(const DeliveryJob& job, Attempt& attempt,
                        const std::optional<Integration>& integration, Outcome outcome)
{
    const bool ok = attempt.succeeded();
    JobStatus status = JobStatus::Succeeded;
    qint64 next = 0;
    if (!ok && outcome == Outcome::Gone && integration) {
        const QString when = QDateTime::fromMSecsSinceEpoch(m_jobs.clock().nowMs(), QTimeZone::utc())
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
        const QString reason =
            tr("The receiver answered 410 Gone on %1 (job %2): it no longer accepts these deliveries. "
               "Enable the integration again once it does; its waiting jobs are kept and will be sent then.")
                .arg(when, job.id);
        QString error;
        if (!m_integrations.disable(integration->id, reason, &error))
            Q_EMIT problem(error);
        attempt.error += QLatin1Char(' ') +
                         tr("Hookdesk disabled “%1” and will not try this job again; resend it when the "
                            "receiver accepts deliveries.")
                             .arg(integration->name);
        status = JobStatus::Failed;
    } else if (!ok && outcome == Outcome::Retry) {
        next = nextAttemptAt(job, attempt, integration);
        status = next > 0 ? JobStatus::Failed : JobStatus::Exhausted;
    } else if (!ok) {
        status = JobStatus::Failed;
    }
    QString error;
    if (!m_jobs.recordAttempt(attempt, status, next, &error))
        Q_EMIT problem(tr("The result of job %1 could not be saved: %2").arg(job.id, error));
    --m_inFlight;
    Q_EMIT attemptRecorded(job.id, ok);
    wake();
}

} // namespace hookdesk
