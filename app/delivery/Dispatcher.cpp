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
    connect(&m_integrations, &IntegrationStore::changed, this, [this]() { m_credentials.clear(); });
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
    const qint64 leaseUntil = nowMs() + m_timeoutMs + 60000;
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
        attempt.startedAt = nowMs();
        attempt.requestUrl = job.url;
        attempt.error = error.isEmpty() ? tr("The integration of this job was deleted.") : error;
        finish(job, attempt);
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
                            attempt.startedAt = nowMs();
                            attempt.requestUrl = job.url;
                            attempt.error = why;
                            self->finish(job, attempt);
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
    attempt->startedAt = nowMs();
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
    connect(reply, &QNetworkReply::finished, this, [this, reply, job, attempt, clock, timedOut]() {
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
        finish(job, *attempt);
    });
}

void Dispatcher::finish(const DeliveryJob& job, Attempt& attempt)
{
    const bool ok = attempt.succeeded();
    QString error;
    if (!m_jobs.recordAttempt(attempt, ok ? JobStatus::Succeeded : JobStatus::Failed, &error))
        Q_EMIT problem(tr("The result of job %1 could not be saved: %2").arg(job.id, error));
    --m_inFlight;
    Q_EMIT attemptRecorded(job.id, ok);
    wake();
}

} // namespace hookdesk
