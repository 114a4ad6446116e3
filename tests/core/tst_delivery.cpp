// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestReceiver.h"
#include "delivery/Dispatcher.h"
#include "delivery/Signer.h"
#include "domain/Attempt.h"
#include "domain/Ids.h"
#include "secrets/MemorySecretStore.h"
#include "storage/Database.h"
#include "storage/EventStore.h"
#include "storage/IntegrationStore.h"
#include "storage/JobStore.h"
#include "storage/TriggerStore.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace hookdesk;
using hookdesk::test::TestReceiver;

Q_DECLARE_METATYPE(hookdesk::AuthScheme)

namespace {

const QString kType = QStringLiteral("thyngs.interaction.occurred");
const QString kToken = QStringLiteral("tok-3f9a1c7e5b2d");

QByteArray headerValue(const HeaderList& headers, const QByteArray& name)
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return QByteArray();
}

bool hasHeader(const HeaderList& headers, const QByteArray& name)
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// The stores of one database connection, as one process holds them.
struct Stores
{
    Database db;
    std::unique_ptr<IntegrationStore> integrations;
    std::unique_ptr<TriggerStore> triggers;
    std::unique_ptr<EventStore> events;
    std::unique_ptr<JobStore> jobs;

    bool open(const QString& location, const QString& name, QString* error)
    {
        if (!db.open(location, name, error))
            return false;
        integrations = std::make_unique<IntegrationStore>(db);
        triggers = std::make_unique<TriggerStore>(db);
        events = std::make_unique<EventStore>(db);
        jobs = std::make_unique<JobStore>(db);
        return true;
    }
};

} // namespace

class TestDelivery : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void successIsSignedAndRedacted_data();
    void successIsSignedAndRedacted();
    void serverErrorFailsWithBody();
    void longAnswerIsKeptUpTo64KiBAndMarked();
    void refusedConnectionFails();
    void silentReceiverTimesOut();
    void resetMidResponseIsAFailure();
    void slowDripIsCutAtTheTimeout();
    void resendAfterFixKeepsWebhookId();
    void keychainFailureSendsNothing();
    void disabledIntegrationIsNotSent();
    void twoDispatchersDeliverEachJobOnce();

private:
    // An integration on the receiver with one trigger at `path`, its token and secret in the store.
    bool addIntegration(Integration& integration, const QString& path, QString* error);
    QString raise(const QByteArray& payload, QString* error);
    std::unique_ptr<Dispatcher> makeDispatcher(Stores& stores);
    // Adds an integration, raises one event for it and runs a dispatcher until its first
    // attempt is recorded. requestTimeoutMs 0: the dispatcher's default.
    void deliverOnce(QString* jobId, int requestTimeoutMs = 0);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Stores> m_stores;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<TestReceiver> m_receiver;
    QString m_secret;
};

void TestDelivery::init()
{
    // A warning from Qt (a read on a closed reply, a connection still in use) is a bug here too.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_stores = std::make_unique<Stores>();
    QString error;
    QVERIFY2(m_stores->open(m_dir->filePath(QStringLiteral("hookdesk.sqlite")),
                            QStringLiteral("tst_delivery"), &error),
             qPrintable(error));
    m_secrets = std::make_unique<MemorySecretStore>();
    m_secret = Signer::generateSecret();
    QVERIFY(m_secret.startsWith(QLatin1String("whsec_")));
    m_receiver = std::make_unique<TestReceiver>();
    QVERIFY(m_receiver->listen());
    m_receiver->setSigningSecret(m_secret);
    m_receiver->setStatus(204);
}

void TestDelivery::cleanup()
{
    m_receiver.reset();
    m_secrets.reset();
    m_stores.reset();
    m_dir.reset();
}

bool TestDelivery::addIntegration(Integration& integration, const QString& path, QString* error)
{
    if (integration.name.isEmpty())
        integration.name = QStringLiteral("Receiver");
    if (integration.baseUrl.isEmpty())
        integration.baseUrl = m_receiver->url(QStringLiteral("/api/"));
    if (!m_stores->integrations->insert(integration, error))
        return false;
    // The memory store keeps the value at once; only its answer is asynchronous.
    m_secrets->write(integration.tokenKey(), kToken, {});
    m_secrets->write(integration.secretKey(), m_secret, {});
    Trigger trigger;
    trigger.integrationId = integration.id;
    trigger.eventType = kType;
    trigger.path = path;
    return m_stores->triggers->insert(trigger, error);
}

QString TestDelivery::raise(const QByteArray& payload, QString* error)
{
    Event event;
    event.type = kType;
    event.payload = payload;
    event.itemName = QStringLiteral("Zoë's kiosk");
    event.eventName = QStringLiteral("INTERACTION OCCURED");
    event.source = QStringLiteral("test");
    const auto raised = m_stores->events->raise(event, error);
    if (!raised || raised->jobIds.size() != 1)
        return QString();
    return raised->jobIds.first();
}

void TestDelivery::deliverOnce(QString* jobId, int requestTimeoutMs)
{
    Integration integration;
    QString error;
    QVERIFY2(addIntegration(integration, QStringLiteral("in"), &error), qPrintable(error));
    *jobId = raise("{}", &error);
    QVERIFY2(!jobId->isEmpty(), qPrintable(error));
    auto dispatcher = makeDispatcher(*m_stores);
    if (requestTimeoutMs > 0)
        dispatcher->setRequestTimeout(requestTimeoutMs);
    QSignalSpy recorded(dispatcher.get(), &Dispatcher::attemptRecorded);
    dispatcher->start();
    QTRY_COMPARE_WITH_TIMEOUT(recorded.count(), 1, 10000);
    QCOMPARE(recorded.first().at(0).toString(), *jobId);
}

std::unique_ptr<Dispatcher> TestDelivery::makeDispatcher(Stores& stores)
{
    auto dispatcher = std::make_unique<Dispatcher>(*stores.jobs, *stores.integrations, *m_secrets);
    dispatcher->setPollInterval(25);
    dispatcher->setRequestTimeout(5000);
    return dispatcher;
}

void TestDelivery::successIsSignedAndRedacted_data()
{
    QTest::addColumn<AuthScheme>("scheme");
    QTest::addColumn<QString>("customHeader");
    QTest::addColumn<QByteArray>("wireHeader");
    QTest::addColumn<QByteArray>("wireValue");
    QTest::newRow("bearer") << AuthScheme::Bearer << QString() << QByteArray("Authorization")
                            << ("Bearer " + kToken.toLatin1());
    QTest::newRow("token") << AuthScheme::Token << QString() << QByteArray("Authorization")
                           << ("Token " + kToken.toLatin1());
    QTest::newRow("custom header") << AuthScheme::Header << QStringLiteral("X-Api-Key")
                                   << QByteArray("X-Api-Key") << kToken.toLatin1();
}

void TestDelivery::successIsSignedAndRedacted()
{
    QFETCH(AuthScheme, scheme);
    QFETCH(QString, customHeader);
    QFETCH(QByteArray, wireHeader);
    QFETCH(QByteArray, wireValue);

    Integration integration;
    integration.authScheme = scheme;
    integration.authHeader = customHeader;
    QString error;
    QVERIFY2(addIntegration(integration, QStringLiteral("thyngs/in"), &error), qPrintable(error));
    const QByteArray payload = QStringLiteral("{\"who\": \"Zoë ✓\", \"n\": 1}").toUtf8();
    const QString jobId = raise(payload, &error);
    QVERIFY2(!jobId.isEmpty(), qPrintable(error));

    auto dispatcher = makeDispatcher(*m_stores);
    QSignalSpy recorded(dispatcher.get(), &Dispatcher::attemptRecorded);
    dispatcher->start();
    QTRY_COMPARE(recorded.count(), 1);
    QCOMPARE(recorded.first().at(0).toString(), jobId);
    QCOMPARE(recorded.first().at(1).toBool(), true);

    QCOMPARE(m_receiver->requestCount(), 1);
    const TestReceiver::Request got = m_receiver->requests().first();
    QCOMPARE(got.method, QByteArray("POST"));
    QCOMPARE(got.path, QByteArray("/api/thyngs/in"));
    QCOMPARE(got.body, payload);
    QCOMPARE(got.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(got.header("Content-Length").toInt(), payload.size());
    QCOMPARE(QString::fromUtf8(got.header("Item-Name")), QStringLiteral("Zoë's kiosk"));
    QCOMPARE(got.header("Event-Name"), QByteArray("INTERACTION OCCURED"));
    QCOMPARE(got.header(wireHeader), wireValue);
    if (scheme == AuthScheme::Header)
        QVERIFY(got.header("Authorization").isEmpty());
    QVERIFY2(got.header("User-Agent").startsWith("Hookdesk/"), got.header("User-Agent").constData());
    QCOMPARE(QString::fromLatin1(got.header("webhook-id")), jobId);
    const qint64 timestamp = got.header("webhook-timestamp").toLongLong();
    QVERIFY(qAbs(QDateTime::currentSecsSinceEpoch() - timestamp) <= 60);
    QVERIFY2(got.signatureValid, got.header("webhook-signature").constData());
    QVERIFY(Signer::verify(m_secret, jobId, timestamp, payload,
                           QString::fromLatin1(got.header("webhook-signature"))));

    const auto job = m_stores->jobs->job(jobId);
    QVERIFY(job);
    QCOMPARE(job->status, JobStatus::Succeeded);
    QCOMPARE(job->attempts, 1);
    QCOMPARE(job->lastHttpStatus, 204);
    QCOMPARE(job->lastError, QString());
    const QList<Attempt> attempts = m_stores->jobs->attempts(jobId);
    QCOMPARE(attempts.size(), 1);
    const Attempt& attempt = attempts.first();
    QCOMPARE(attempt.number, 1);
    QCOMPARE(attempt.kind, QStringLiteral("scheduled"));
    QCOMPARE(attempt.responseStatus, 204);
    QVERIFY(attempt.succeeded());
    QCOMPARE(attempt.requestUrl, m_receiver->url(QStringLiteral("/api/thyngs/in")));
    QCOMPARE(attempt.requestBody, payload);
    QVERIFY(attempt.durationMs >= 0);
    QCOMPARE(headerValue(attempt.requestHeaders, "webhook-id"), jobId.toLatin1());

    // What is kept for the inspector shows which header carried the token, never the token.
    QVERIFY(hasHeader(attempt.requestHeaders, wireHeader));
    const QByteArray storedAuth = headerValue(attempt.requestHeaders, wireHeader);
    QVERIFY(!storedAuth.isEmpty());
    QVERIFY(storedAuth != wireValue);
    if (scheme != AuthScheme::Header)
        QVERIFY(storedAuth.startsWith(wireValue.left(wireValue.indexOf(' ') + 1)));
    const QByteArray stored = headersToJson(attempt.requestHeaders);
    QVERIFY2(!stored.contains(kToken.toLatin1()), stored.constData());
    QVERIFY2(!stored.contains(m_secret.toLatin1()), stored.constData());
    QVERIFY2(!stored.contains(m_secret.mid(6).toLatin1()), stored.constData());
    QVERIFY2(!stored.contains(got.header("webhook-signature").mid(3)), stored.constData());
}

void TestDelivery::longAnswerIsKeptUpTo64KiBAndMarked()
{
    // 100 KiB of error page: the first 64 KiB are kept, and the attempt says it was cut.
    QByteArray page(100 * 1024, 'x');
    page.replace(0, 6, "<html>");
    m_receiver->setStatus(500);
    m_receiver->setResponseBody(page);
    QString jobId;
    deliverOnce(&jobId);
    if (QTest::currentTestFailed())
        return;
    const QList<Attempt> attempts = m_stores->jobs->attempts(jobId);
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts.first().responseBody, page.left(64 * 1024));
    QVERIFY(attempts.first().responseTruncated);
}

void TestDelivery::serverErrorFailsWithBody()
{
    m_receiver->setStatus(500);
    m_receiver->setResponseBody(R"({"error":"database down"})");
    QString jobId;
    deliverOnce(&jobId);
    if (QTest::currentTestFailed())
        return;

    const auto job = m_stores->jobs->job(jobId);
    QCOMPARE(job->status, JobStatus::Failed);
    QCOMPARE(job->lastHttpStatus, 500);
    QVERIFY2(job->lastError.contains(QLatin1String("500")), qPrintable(job->lastError));
    const QList<Attempt> attempts = m_stores->jobs->attempts(jobId);
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts.first().responseStatus, 500);
    QCOMPARE(attempts.first().responseBody, QByteArray(R"({"error":"database down"})"));
    QVERIFY(!attempts.first().responseTruncated);
    QVERIFY2(attempts.first().error.contains(QLatin1String("500")), qPrintable(attempts.first().error));
    QCOMPARE(m_receiver->requestCount(), 1);
}

void TestDelivery::refusedConnectionFails()
{
    Integration integration;
    QString error;
    QVERIFY2(addIntegration(integration, QStringLiteral("in"), &error), qPrintable(error));
    const QString jobId = raise("{}", &error);
    QVERIFY2(!jobId.isEmpty(), qPrintable(error));
    const quint16 port = m_receiver->port();
    m_receiver->close();

    auto dispatcher = makeDispatcher(*m_stores);
    QSignalSpy recorded(dispatcher.get(), &Dispatcher::attemptRecorded);
    dispatcher->start();
    QTRY_COMPARE(recorded.count(), 1);

    const auto job = m_stores->jobs->job(jobId);
    QCOMPARE(job->status, JobStatus::Failed);
    QCOMPARE(job->lastHttpStatus, 0);
    QVERIFY2(job->lastError.contains(QLatin1String("refused")), qPrintable(job->lastError));
    QVERIFY2(job->lastError.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(job->lastError));
    QCOMPARE(m_stores->jobs->attempts(jobId).size(), 1);
}

void TestDelivery::silentReceiverTimesOut()
{
    m_receiver->setMode(TestReceiver::Mode::NeverAnswer);
    QString jobId;
    deliverOnce(&jobId, 500);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_receiver->requestCount(), 1);

    const auto job = m_stores->jobs->job(jobId);
    QCOMPARE(job->status, JobStatus::Failed);
    QCOMPARE(job->lastHttpStatus, 0);
    QVERIFY2(job->lastError.contains(QLatin1String("did not answer within")), qPrintable(job->lastError));
    const QList<Attempt> attempts = m_stores->jobs->attempts(jobId);
    QCOMPARE(attempts.size(), 1);
    QVERIFY2(attempts.first().durationMs >= 450, qPrintable(QString::number(attempts.first().durationMs)));
}

void TestDelivery::resetMidResponseIsAFailure()
{
    // A 200 whose answer breaks off: the receiver may not have finished handling the event, so
    // the delivery is failed and retried rather than counted as received.
    m_receiver->setMode(TestReceiver::Mode::ResetMidResponse);
    m_receiver->setStatus(200);
    m_receiver->setResponseBody(QByteArray(4096, 'x'));
    QString jobId;
    deliverOnce(&jobId);
    if (QTest::currentTestFailed())
        return;

    const auto job = m_stores->jobs->job(jobId);
    QCOMPARE(job->status, JobStatus::Failed);
    QVERIFY(job->nextAttemptAt > 0);
    QVERIFY2(job->lastError.contains(QLatin1String("connection broke before the whole answer arrived")),
             qPrintable(job->lastError));
    QVERIFY2(job->lastError.contains(QStringLiteral("127.0.0.1:%1").arg(m_receiver->port())),
             qPrintable(job->lastError));
}

void TestDelivery::slowDripIsCutAtTheTimeout()
{
    // Headers at once, then one byte every 100 ms of a 100-byte body: 10 s in all. The request
    // timeout bounds the whole answer, so a dripping receiver cannot hold a slot for long.
    m_receiver->setMode(TestReceiver::Mode::SlowDrip);
    m_receiver->setStatus(200);
    m_receiver->setResponseDelay(100);
    m_receiver->setResponseBody(QByteArray(100, 'y'));
    QString jobId;
    deliverOnce(&jobId, 800);
    if (QTest::currentTestFailed())
        return;

    const auto job = m_stores->jobs->job(jobId);
    QCOMPARE(job->status, JobStatus::Failed);
    QVERIFY2(job->lastError.contains(QLatin1String("began to answer (HTTP 200) but had not finished after")),
             qPrintable(job->lastError));
    const QList<Attempt> attempts = m_stores->jobs->attempts(jobId);
    QCOMPARE(attempts.size(), 1);
    QVERIFY2(attempts.first().durationMs >= 750 && attempts.first().durationMs < 3000,
             qPrintable(QString::number(attempts.first().durationMs)));
}

void TestDelivery::resendAfterFixKeepsWebhookId()
{
    m_receiver->setStatus(503);
    Integration integration;
    QString error;
    QVERIFY2(addIntegration(integration, QStringLiteral("in"), &error), qPrintable(error));
    const QString jobId = raise(R"({"k":"v"})", &error);
    QVERIFY2(!jobId.isEmpty(), qPrintable(error));

    auto dispatcher = makeDispatcher(*m_stores);
    QSignalSpy recorded(dispatcher.get(), &Dispatcher::attemptRecorded);
    dispatcher->start();
    QTRY_COMPARE(recorded.count(), 1);
    QCOMPARE(m_stores->jobs->job(jobId)->status, JobStatus::Failed);

    // The receiver is repaired; the administrator resends from the queue.
    m_receiver->setStatus(204);
    QCOMPARE(m_stores->jobs->resend({jobId}, &error), 1);
    QTRY_COMPARE(recorded.count(), 2);
    QCOMPARE(recorded.at(1).at(1).toBool(), true);

    const auto job = m_stores->jobs->job(jobId);
    QCOMPARE(job->status, JobStatus::Succeeded);
    QCOMPARE(job->attempts, 2);
    const QList<Attempt> attempts = m_stores->jobs->attempts(jobId);
    QCOMPARE(attempts.size(), 2);
    QCOMPARE(attempts.at(0).kind, QStringLiteral("scheduled"));
    QCOMPARE(attempts.at(0).responseStatus, 503);
    QCOMPARE(attempts.at(1).kind, QStringLiteral("resend"));
    QCOMPARE(attempts.at(1).number, 2);
    QCOMPARE(attempts.at(1).responseStatus, 204);

    const QList<TestReceiver::Request> requests = m_receiver->requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(QString::fromLatin1(requests.at(0).header("webhook-id")), jobId);
    QCOMPARE(QString::fromLatin1(requests.at(1).header("webhook-id")), jobId);
    QCOMPARE(requests.at(1).body, requests.at(0).body);
    QVERIFY(requests.at(0).signatureValid);
    QVERIFY(requests.at(1).signatureValid);
}

void TestDelivery::keychainFailureSendsNothing()
{
    Integration integration;
    integration.name = QStringLiteral("Locked out");
    QString error;
    QVERIFY2(addIntegration(integration, QStringLiteral("in"), &error), qPrintable(error));
    const QString jobId = raise("{}", &error);
    QVERIFY2(!jobId.isEmpty(), qPrintable(error));
    const QString failure = QStringLiteral("The keychain is locked. Unlock it and try again.");
    m_secrets->setFailure(failure);

    auto dispatcher = makeDispatcher(*m_stores);
    QSignalSpy recorded(dispatcher.get(), &Dispatcher::attemptRecorded);
    dispatcher->start();
    QTRY_COMPARE(recorded.count(), 1);
    QCOMPARE(recorded.first().at(1).toBool(), false);

    const auto job = m_stores->jobs->job(jobId);
    QCOMPARE(job->status, JobStatus::Failed);
    QVERIFY2(job->lastError.contains(QLatin1String("keychain")), qPrintable(job->lastError));
    QVERIFY2(job->lastError.contains(QStringLiteral("“Locked out”")), qPrintable(job->lastError));
    QVERIFY2(job->lastError.contains(failure), qPrintable(job->lastError));
    const QList<Attempt> attempts = m_stores->jobs->attempts(jobId);
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts.first().responseStatus, 0);
    QCOMPARE(m_receiver->requestCount(), 0);
}

void TestDelivery::disabledIntegrationIsNotSent()
{
    Integration live;
    live.name = QStringLiteral("Live");
    QString error;
    QVERIFY2(addIntegration(live, QStringLiteral("live"), &error), qPrintable(error));
    Integration paused;
    paused.name = QStringLiteral("Paused");
    QVERIFY2(addIntegration(paused, QStringLiteral("paused"), &error), qPrintable(error));
    Event event;
    event.type = kType;
    event.payload = "{}";
    const auto raised = m_stores->events->raise(event, &error);
    QVERIFY2(raised, qPrintable(error));
    QCOMPARE(raised->jobIds.size(), 2);
    paused.enabled = false;
    paused.disabledReason = QStringLiteral("Paused by the administrator.");
    QVERIFY2(m_stores->integrations->update(paused, &error), qPrintable(error));

    auto dispatcher = makeDispatcher(*m_stores);
    QSignalSpy recorded(dispatcher.get(), &Dispatcher::attemptRecorded);
    QSignalSpy idle(dispatcher.get(), &Dispatcher::idle);
    dispatcher->start();
    QTRY_COMPARE(recorded.count(), 1);
    // Idle after the live job means the dispatcher looked again and found nothing it may send.
    idle.clear();
    QTRY_VERIFY(idle.count() > 0);

    QCOMPARE(m_receiver->requestCount(), 1);
    QCOMPARE(m_receiver->requests().first().path, QByteArray("/api/live"));
    for (const QString& id : raised->jobIds) {
        const auto job = m_stores->jobs->job(id);
        if (job->integrationId == paused.id) {
            QCOMPARE(job->status, JobStatus::Pending);
            QCOMPARE(job->attempts, 0);
            QVERIFY(m_stores->jobs->attempts(id).isEmpty());
        } else {
            QCOMPARE(job->status, JobStatus::Succeeded);
        }
    }
}

void TestDelivery::twoDispatchersDeliverEachJobOnce()
{
    Integration integration;
    QString error;
    QVERIFY2(addIntegration(integration, QStringLiteral("in"), &error), qPrintable(error));
    QSet<QString> jobIds;
    for (int n = 0; n < 50; ++n) {
        const QString id = raise(QByteArray::number(n), &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        jobIds.insert(id);
    }

    // A second connection to the same file, as a second process (`hookdesk serve`) would hold.
    Stores other;
    QVERIFY2(other.open(m_stores->db.location(), QStringLiteral("tst_delivery_other"), &error),
             qPrintable(error));
    auto first = makeDispatcher(*m_stores);
    auto second = makeDispatcher(other);
    first->setMaxInFlight(4);
    second->setMaxInFlight(4);
    QSignalSpy firstRecorded(first.get(), &Dispatcher::attemptRecorded);
    QSignalSpy secondRecorded(second.get(), &Dispatcher::attemptRecorded);
    first->start();
    second->start();
    QTRY_COMPARE_WITH_TIMEOUT(firstRecorded.count() + secondRecorded.count(), 50, 30000);
    QTRY_VERIFY(first->inFlight() == 0 && second->inFlight() == 0);

    QCOMPARE(m_receiver->requestCount(), 50);
    QSet<QString> seen;
    for (const TestReceiver::Request& request : m_receiver->requests()) {
        seen.insert(QString::fromLatin1(request.header("webhook-id")));
        QVERIFY(request.signatureValid);
    }
    QCOMPARE(seen, jobIds);
    for (const QString& id : jobIds) {
        const auto job = m_stores->jobs->job(id);
        QCOMPARE(job->status, JobStatus::Succeeded);
        QCOMPARE(job->attempts, 1);
    }
    first->stop();
    second->stop();
}

QTEST_GUILESS_MAIN(TestDelivery)
#include "tst_delivery.moc"
