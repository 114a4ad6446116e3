// SPDX-License-Identifier: GPL-3.0-or-later
// Deliveries over HTTP/2 without TLS (prior knowledge) to a real nghttp2 receiver on 127.0.0.1,
// through the dispatcher as the application runs it (its own thread and database connection).
#include "DeliveryFixture.h"
#include "Http2TestReceiver.h"
#include "TestReceiver.h"
#include "TlsTestReceiver.h"
#include "delivery/DispatcherThread.h"
#include "delivery/Signer.h"

#include <QAbstractEventDispatcher>
#include <QSet>
#include <QSqlQuery>
#include <QThread>
#include <QtTest>

using namespace hookdesk;
using namespace hookdesk::test;

class TestHttp2 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void deliversSignedRequestsOverOneConnection();
    void wideLimitSpreadsOverAConnectionPerCore();
    void integrationsOfOneReceiverShareItsConnection();
    void streamsAReceiverRefusedAreSentAgainNotCounted();
    void http1ReceiverGetsAnAnswerInWords();
    void http1StaysTheDefault();
    void hangingReceiverDoesNotHoldUpAnother();
    void connectionClosedAfterItsLastAnswerIsNotUsedAgain();
    void connectionsAreRenewedBeforeNginxClosesThem();
    void connectionClosedAfterItTookItsShareGivesBackItsWaitingRequests();
    void requestsAReceiverAlwaysRefusesFailInWords();
    void deliversOverHttpsWhenTheReceiverOffersHttp2();
    void httpsReceiverClosingEvery100RequestsGetsEachOnce();

private:
    Integration addIntegration(const QString& url, int maxInFlight = 8, int timeoutMs = 15000,
                               const QString& name = QString(), const QString& caFile = QString());
    QStringList raise(int count);
    // Raises `count` events in one transaction, as a busy event source does.
    void raiseMany(int count);
    // Jobs with this status, counted in the database.
    int jobsWithStatus(const QString& status);
    int attemptCount();
    // Runs the event loop until `done` or `timeoutMs`; true when done.
    static bool serveUntil(const std::function<bool()>& done, int timeoutMs);
    // Starts the dispatcher and serves the receivers until `count` jobs have succeeded, for 14 s
    // at most. Empty when they did, else what went wrong; *elapsedMs: how long it took.
    QString startAndDeliver(int count, qint64* elapsedMs = nullptr);
    QString secretOf(const Integration& integration);

    std::unique_ptr<DeliveryFixture> m_fixture;
    std::unique_ptr<Http2TestReceiver> m_receiver;
    std::unique_ptr<DispatcherThread> m_dispatcher;
};

void TestHttp2::init()
{
    m_fixture = std::make_unique<DeliveryFixture>();
    const QString error = m_fixture->open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_receiver = std::make_unique<Http2TestReceiver>();
    QVERIFY(m_receiver->listen());
    m_dispatcher = std::make_unique<DispatcherThread>(m_fixture->db, *m_fixture->jobs,
                                                      *m_fixture->integrations, m_fixture->secrets);
    m_dispatcher->setPollInterval(100);
}

void TestHttp2::cleanup()
{
    m_dispatcher.reset();
    m_receiver.reset();
    m_fixture.reset();
}

Integration TestHttp2::addIntegration(const QString& url, int maxInFlight, int timeoutMs, const QString& name,
                                      const QString& caFile)
{
    Integration integration;
    integration.caFile = caFile;
    integration.name = name;
    integration.baseUrl = url;
    integration.timeoutMs = timeoutMs;
    integration.httpVersion = HttpVersion::Http2;
    integration.maxInFlight = maxInFlight;
    const QString error = m_fixture->addIntegration(integration);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return integration;
}

QStringList TestHttp2::raise(int count)
{
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        QString error;
        ids << m_fixture->raise(&error);
        if (ids.last().isEmpty())
            qWarning("%s", qPrintable(error));
    }
    return ids;
}

void TestHttp2::raiseMany(int count)
{
    QList<Event> events;
    for (int i = 0; i < count; ++i) {
        Event event;
        event.type = DeliveryFixture::kEventType;
        event.payload = QByteArrayLiteral("{\"n\":") + QByteArray::number(i) + '}';
        events.append(event);
    }
    QString error;
    if (!m_fixture->events->raiseMany(std::move(events), &error))
        qWarning("%s", qPrintable(error));
}

int TestHttp2::jobsWithStatus(const QString& status)
{
    QSqlQuery q(m_fixture->db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM jobs WHERE status = ?"));
    q.addBindValue(status);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

int TestHttp2::attemptCount()
{
    QSqlQuery q(m_fixture->db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM attempts")) && q.next() ? q.value(0).toInt() : -1;
}

bool TestHttp2::serveUntil(const std::function<bool()>& done, int timeoutMs)
{
    QEventLoop loop;
    QTimer look;
    QObject::connect(&look, &QTimer::timeout, &loop, [&]() {
        if (done())
            loop.quit();
    });
    look.start(20);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

QString TestHttp2::startAndDeliver(int count, qint64* elapsedMs)
{
    QElapsedTimer clock;
    clock.start();
    QString error;
    if (!m_dispatcher->start(&error))
        return error;
    // Waited for in an event loop that serves the receiver (on this thread) at once: QTRY's
    // waits sleep 10 ms between looks, which one request at a time would feel a thousand times.
    const bool done =
        serveUntil([this, count]() { return jobsWithStatus(QStringLiteral("succeeded")) == count; }, 14000);
    if (elapsedMs)
        *elapsedMs = clock.elapsed();
    return done ? QString()
                : QStringLiteral("%1 of %2 delivered")
                      .arg(jobsWithStatus(QStringLiteral("succeeded")))
                      .arg(count);
}

QString TestHttp2::secretOf(const Integration& integration)
{
    QString secret;
    bool done = false;
    m_fixture->secrets.read(integration.secretKey(), [&](bool, const QString& value, const QString&) {
        secret = value;
        done = true;
    });
    if (!QTest::qWaitFor([&done]() { return done; }))
        qWarning("The memory keychain did not answer.");
    return secret;
}

void TestHttp2::deliversSignedRequestsOverOneConnection()
{
    const Integration integration = addIntegration(m_receiver->url(QStringLiteral("/hooks")), 8);
    // The receiver answers only when all eight wait at once: more than HTTP/1.1's six
    // connections per network manager, on one connection.
    m_receiver->setHoldUntil(8);
    const QStringList jobIds = raise(8);
    QString error;
    QVERIFY2(m_dispatcher->start(&error), qPrintable(error));
    for (const QString& id : jobIds)
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture->jobs->job(id)->status, JobStatus::Succeeded, 10000);
    QCOMPARE(m_receiver->mostWaitingAtOnce(), 8);
    QCOMPARE(m_receiver->connectionCount(), 1);

    const QString secret = secretOf(integration);
    QVERIFY(!secret.isEmpty());
    const QList<Http2TestReceiver::Request> requests = m_receiver->requests();
    QCOMPARE(requests.size(), 8);
    for (const Http2TestReceiver::Request& request : requests) {
        QCOMPARE(request.method, QByteArrayLiteral("POST"));
        QCOMPARE(request.path, QByteArrayLiteral("/hooks"));
        QCOMPARE(request.header("authorization"), QByteArrayLiteral("Bearer tok-fixture"));
        QCOMPARE(request.header("content-type"), QByteArrayLiteral("application/json"));
        QCOMPARE(request.header("content-length").toLongLong(), request.body.size());
        QVERIFY(Signer::verify(secret, QString::fromLatin1(request.header("webhook-id")),
                               request.header("webhook-timestamp").toLongLong(), request.body,
                               QString::fromLatin1(request.header("webhook-signature"))));
    }
    // Each delivery is one attempt, recorded with the receiver's answer.
    const QList<Attempt> attempts = m_fixture->jobs->attempts(jobIds.first());
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts.first().responseStatus, 204);
    QCOMPARE(attempts.first().protocol, QStringLiteral("HTTP/2"));

    // The network manager started its thread on Qt's own event loop and then let that choice go
    // (EventLoops): a thread that starts now runs GLib's, as the window's helpers expect.
    QThread later;
    later.start();
    QTRY_VERIFY(later.eventDispatcher() != nullptr);
    const QByteArray loop = later.eventDispatcher()->metaObject()->className();
    later.quit();
    later.wait();
    QCOMPARE(loop, QByteArray("QEventDispatcherGlib"));
}

void TestHttp2::wideLimitSpreadsOverAConnectionPerCore()
{
    // Sixteen in flight: each connection's frames are handled by one thread, so they go over as
    // many connections as the machine has cores, with eight streams at least on each.
    addIntegration(m_receiver->url(QStringLiteral("/hooks")), 16);
    m_receiver->setHoldUntil(16);
    raise(16);
    const QString problem = startAndDeliver(16);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(m_receiver->mostWaitingAtOnce(), 16);
    const int cores = qMax(1, QThread::idealThreadCount());
    QCOMPARE(m_receiver->connectionCount(), qMin(cores, 2));
    QCOMPARE(m_receiver->requestCount(), 16);
}

void TestHttp2::integrationsOfOneReceiverShareItsConnection()
{
    // Four integrations sending to the same receiver, two in flight each: their eight requests
    // go over one connection (one network thread), not one connection per integration.
    for (int i = 0; i < 4; ++i)
        addIntegration(m_receiver->url(QStringLiteral("/hooks/%1").arg(i)), 2, 15000,
                       QStringLiteral("Shared %1").arg(i));
    m_receiver->setHoldUntil(8);
    raise(2);
    const QString problem = startAndDeliver(8);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(m_receiver->mostWaitingAtOnce(), 8);
    QCOMPARE(m_receiver->connectionCount(), 1);
    QSet<QByteArray> paths;
    for (const Http2TestReceiver::Request& request : m_receiver->requests())
        paths.insert(request.path);
    QCOMPARE(paths.size(), 4);
}

void TestHttp2::streamsAReceiverRefusedAreSentAgainNotCounted()
{
    addIntegration(m_receiver->url(QStringLiteral("/hooks")), 8);
    // As nginx does after 1,000 requests on a connection (here 20): GOAWAY, naming the last
    // stream it will answer. Streams the sender opened after that one were never processed.
    m_receiver->setRequestsPerConnection(20);
    const QStringList jobIds = raise(100);
    QString error;
    QVERIFY2(m_dispatcher->start(&error), qPrintable(error));
    // Well before the first retry would be due (5 s): they were sent again at once.
    for (const QString& id : jobIds)
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture->jobs->job(id)->status, JobStatus::Succeeded, 4000);
    QCOMPARE(m_receiver->connectionCount(), 5);
    // Received once each, and no refused stream shows as a failed attempt.
    QCOMPARE(m_receiver->requestCount(), 100);
    for (const QString& id : jobIds) {
        const QList<Attempt> attempts = m_fixture->jobs->attempts(id);
        QCOMPARE(attempts.size(), 1);
        QVERIFY2(attempts.first().succeeded(), qPrintable(attempts.first().error));
    }
}

void TestHttp2::http1ReceiverGetsAnAnswerInWords()
{
    TestReceiver http1;
    QVERIFY(http1.listen());
    // It cannot read the request, so it waits for more: the timeout ends the attempt.
    addIntegration(http1.url(QStringLiteral("/hooks")), 8, 1500);
    const QString jobId = raise(1).value(0);
    QString error;
    QVERIFY2(m_dispatcher->start(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture->jobs->job(jobId)->status, JobStatus::Failed, 10000);
    const QList<Attempt> attempts = m_fixture->jobs->attempts(jobId);
    QCOMPARE(attempts.size(), 1);
    QVERIFY2(attempts.first().error.contains(QStringLiteral("speaks HTTP/2 over plain http")),
             qPrintable(attempts.first().error));
    QVERIFY2(attempts.first().error.contains(QStringLiteral("set its HTTP version to HTTP/1.1")),
             qPrintable(attempts.first().error));
}

void TestHttp2::http1StaysTheDefault()
{
    // Existing and new integrations keep speaking HTTP/1.1, which every receiver understands:
    // the HTTP/2 receiver sees nothing it can read.
    Integration integration;
    integration.baseUrl = m_receiver->url(QStringLiteral("/hooks"));
    QVERIFY(m_fixture->addIntegration(integration).isEmpty());
    QCOMPARE(m_fixture->integrations->byId(integration.id)->httpVersion, HttpVersion::Http1);
    const QString jobId = raise(1).value(0);
    QString error;
    QVERIFY2(m_dispatcher->start(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture->jobs->job(jobId)->status, JobStatus::Failed, 10000);
    QCOMPARE(m_receiver->requestCount(), 0);
}

void TestHttp2::hangingReceiverDoesNotHoldUpAnother()
{
    // Each HTTP/2 integration has its own connection: one that never answers fills only its own.
    Http2TestReceiver hanging;
    hanging.setNeverAnswer(true);
    QVERIFY(hanging.listen());
    const Integration stuck =
        addIntegration(hanging.url(QStringLiteral("/hooks")), 8, 60000, QStringLiteral("Stuck"));
    const Integration healthy =
        addIntegration(m_receiver->url(QStringLiteral("/hooks")), 8, 15000, QStringLiteral("Healthy"));
    QStringList healthyJobs;
    for (int i = 0; i < 40; ++i) {
        Event event;
        event.type = DeliveryFixture::kEventType;
        event.payload = QByteArrayLiteral("{\"n\":2}");
        QString error;
        const auto raised = m_fixture->events->raise(event, &error);
        QVERIFY2(raised, qPrintable(error));
        for (const QString& id : raised->jobIds) {
            if (m_fixture->jobs->job(id)->integrationId == healthy.id)
                healthyJobs << id;
        }
    }
    QCOMPARE(healthyJobs.size(), 40);
    QString error;
    QVERIFY2(m_dispatcher->start(&error), qPrintable(error));
    for (const QString& id : std::as_const(healthyJobs))
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture->jobs->job(id)->status, JobStatus::Succeeded, 5000);
    // The stuck one holds its eight requests, and no more, on its own connection.
    QTRY_COMPARE(hanging.requestCount(), 8);
    QCOMPARE(hanging.connectionCount(), 1);
    QCOMPARE(m_receiver->requestCount(), 40);
    QVERIFY(stuck.id != healthy.id);
}

void TestHttp2::connectionClosedAfterItsLastAnswerIsNotUsedAgain()
{
    // One request at a time, so the receiver's GOAWAY (after 100 requests here, 1,000 in nginx)
    // names the last stream the sender opened, and no request is refused. Qt 6.4 then keeps the
    // closed connection and never sends the next request on it: it would wait for its 15 s
    // timeout and fail. The dispatcher sees the connection stop, moves the waiting request to a
    // new one, and from then on opens a new connection every 100 requests before the receiver
    // has to close one.
    addIntegration(m_receiver->url(QStringLiteral("/hooks")), 1);
    m_receiver->setRequestsPerConnection(100);
    raiseMany(1000);
    qint64 elapsed = 0;
    const QString problem = startAndDeliver(1000, &elapsed);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // One stall to learn the receiver's limit, not one for each of its ten connections (each
    // would cost a second).
    QVERIFY2(elapsed < 5000, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
    QCOMPARE(attemptCount(), 1000);
    QCOMPARE(m_receiver->requestCount(), 1000);
    QCOMPARE(m_receiver->connectionCount(), 10);
}

void TestHttp2::connectionClosedAfterItTookItsShareGivesBackItsWaitingRequests()
{
    // The receiver allows 250 requests on its first connection and 10 fewer on each later one,
    // 4 streams at once, 16 requests in flight. The dispatcher gives each connection what the
    // one before it took, and retires it when it has that many: the receiver's GOAWAY comes
    // while the connection holds up to 16 requests, some opened and refused by it, some not
    // opened yet, which Qt 6.4 may keep for ever. Each must still reach the receiver, on a new
    // connection, well before the 15 s timeout would fail it. Streams opened beyond the 4 before
    // Qt has the receiver's settings are reset with REFUSED_STREAM, and sent again too.
    addIntegration(m_receiver->url(QStringLiteral("/hooks")), 16);
    m_receiver->setMaxConcurrentStreams(4);
    m_receiver->setRequestsPerConnection(250, -10);
    raiseMany(2000);
    qint64 elapsed = 0;
    const QString problem = startAndDeliver(2000, &elapsed);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(elapsed < 8000, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
    // None was refused as a failed attempt, and every job reached the receiver. A request taken
    // back just as it went out may arrive twice (at least once, with the same webhook-id), rarely.
    QCOMPARE(attemptCount(), 2000);
    QSet<QByteArray> ids;
    for (const Http2TestReceiver::Request& request : m_receiver->requests())
        ids.insert(request.header("webhook-id"));
    QCOMPARE(ids.size(), 2000);
    QVERIFY2(m_receiver->requestCount() <= 2010, qPrintable(QString::number(m_receiver->requestCount())));
    // The closes happened (fewer than the 8 that 2,000 would need if every connection took all
    // its receiver allows: the dispatcher retires some earlier).
    QVERIFY2(m_receiver->goAwayCount() >= 4, qPrintable(QString::number(m_receiver->goAwayCount())));
}

void TestHttp2::connectionsAreRenewedBeforeNginxClosesThem()
{
    // nginx closes an HTTP/2 connection after 1,000 requests by default: the dispatcher starts a
    // new one before that, so no request meets a closing connection.
    addIntegration(m_receiver->url(QStringLiteral("/hooks")), 8);
    m_receiver->setRequestsPerConnection(1000);
    raiseMany(2000);
    QString error;
    QVERIFY2(m_dispatcher->start(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(jobsWithStatus(QStringLiteral("succeeded")), 2000, 14000);
    QCOMPARE(m_receiver->goAwayCount(), 0);
    QCOMPARE(m_receiver->connectionCount(), 3);
    QCOMPARE(m_receiver->requestCount(), 2000);
    QCOMPARE(attemptCount(), 2000);
}

void TestHttp2::requestsAReceiverAlwaysRefusesFailInWords()
{
    // A receiver that refuses every request unprocessed (GOAWAY before the first, as one shutting
    // down does): each is sent again on a new connection a few times, then counts as one failed
    // attempt with the reason in words, and waits for its retry.
    addIntegration(m_receiver->url(QStringLiteral("/hooks")), 8);
    m_receiver->setRefuseAll(true);
    const QStringList jobIds = raise(1);
    QString error;
    QVERIFY2(m_dispatcher->start(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture->jobs->job(jobIds.first())->status, JobStatus::Failed, 5000);
    const QList<Attempt> attempts = m_fixture->jobs->attempts(jobIds.first());
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts.first().responseStatus, 0);
    QVERIFY2(attempts.first().error.contains(QStringLiteral("closed its HTTP/2 connection again and again")),
             qPrintable(attempts.first().error));
    QVERIFY2(m_fixture->jobs->job(jobIds.first())->nextAttemptAt > 0, "a retry is scheduled");
    QCOMPARE(m_receiver->requestCount(), 0);
    // The first try and five more, each on a connection of its own.
    QCOMPARE(m_receiver->connectionCount(), 6);
}

void TestHttp2::deliversOverHttpsWhenTheReceiverOffersHttp2()
{
    // Over https HTTP/2 is offered by ALPN; a receiver that takes it gets the requests on one
    // connection, and the attempts say which HTTP carried them.
    Http2TestReceiver secure;
    secure.setTls(true);
    QVERIFY(secure.listen());
    addIntegration(secure.url(QStringLiteral("/hooks")), 4, 15000, QString(), TlsTestReceiver::caFile());
    const QStringList jobIds = raise(10);
    QString error;
    QVERIFY2(m_dispatcher->start(&error), qPrintable(error));
    for (const QString& id : jobIds)
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture->jobs->job(id)->status, JobStatus::Succeeded, 10000);
    QCOMPARE(secure.requestCount(), 10);
    QCOMPARE(secure.connectionCount(), 1);
    for (const QString& id : jobIds) {
        const QList<Attempt> attempts = m_fixture->jobs->attempts(id);
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(attempts.first().protocol, QStringLiteral("HTTP/2"));
    }
}

void TestHttp2::httpsReceiverClosingEvery100RequestsGetsEachOnce()
{
    // A receiver closing its connection after 100 requests, one request at a time, over a
    // connection whose HTTP/2 was agreed by ALPN. Over TLS Qt 6.4 notices the closed connection
    // by itself (this passes without the dispatcher's stall check too); what is checked is that
    // every request is delivered once and each connection carries 100.
    Http2TestReceiver secure;
    secure.setTls(true);
    QVERIFY(secure.listen());
    secure.setRequestsPerConnection(100);
    addIntegration(secure.url(QStringLiteral("/hooks")), 1, 15000, QString(), TlsTestReceiver::caFile());
    raiseMany(300);
    const QString problem = startAndDeliver(300);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(attemptCount(), 300);
    QCOMPARE(secure.requestCount(), 300);
    QCOMPARE(secure.connectionCount(), 3);
}

QTEST_GUILESS_MAIN(TestHttp2)
#include "tst_http2.moc"
