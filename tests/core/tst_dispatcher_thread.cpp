// SPDX-License-Identifier: GPL-3.0-or-later
// The dispatcher as the application and `hookdesk serve` run it: on a thread of its own with its
// own database connection, fed and announced through the calling thread's stores.
#include "DeliveryFixture.h"
#include "TestReceiver.h"
#include "delivery/DispatcherThread.h"
#include "service/EventLoops.h"

#include <QAbstractEventDispatcher>
#include <QSet>
#include <QSignalSpy>
#include <QThread>
#include <QtTest>
#include <sys/resource.h>

using namespace hookdesk;
using namespace hookdesk::test;

class TestDispatcherThread : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void deliversWhatThisThreadRaises();
    void integrationAddedWhileRunningIsUsedAtOnce();
    void announcesItsWritesThroughTheCallersStores();
    void goneDisablesTheIntegrationForTheCaller();
    void keychainFailureIsAnAttemptInWords();
    void stopGivesBackAndStartGoesOn();
    void deliveriesGoOnWhileEventsPourIn();
    void startRaisesTheOpenFileLimit();
    void deliveryThreadsRunQtsOwnEventLoopOthersGLibs();
    void receiverClosingEveryConnectionGetsEachDeliveryOnce();

private:
    Integration addIntegration();

    std::unique_ptr<DeliveryFixture> m_fixture;
    std::unique_ptr<TestReceiver> m_receiver;
    std::unique_ptr<DispatcherThread> m_dispatcher;
};

void TestDispatcherThread::init()
{
    m_fixture = std::make_unique<DeliveryFixture>();
    const QString error = m_fixture->open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_receiver = std::make_unique<TestReceiver>();
    QVERIFY(m_receiver->listen());
    m_dispatcher = std::make_unique<DispatcherThread>(m_fixture->db, *m_fixture->jobs,
                                                      *m_fixture->integrations, m_fixture->secrets);
    m_dispatcher->setPollInterval(100);
}

void TestDispatcherThread::cleanup()
{
    m_dispatcher.reset();
    m_receiver.reset();
    m_fixture.reset();
}

Integration TestDispatcherThread::addIntegration()
{
    Integration integration;
    integration.baseUrl = m_receiver->url(QStringLiteral("/hooks"));
    const QString error = m_fixture->addIntegration(integration);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return integration;
}

void TestDispatcherThread::deliversWhatThisThreadRaises()
{
    addIntegration();
    QString error;
    QVERIFY2(m_dispatcher->start(&error), qPrintable(error));
    QVERIFY(m_dispatcher->isRunning());
    QSignalSpy recorded(m_dispatcher.get(), &DispatcherThread::attemptRecorded);
    QStringList jobIds;
    for (int i = 0; i < 5; ++i) {
        jobIds << m_fixture->raise(&error);
        QVERIFY2(!jobIds.last().isEmpty(), qPrintable(error));
    }
    QTRY_COMPARE(recorded.count(), 5);
    // The signal arrives on this thread, with the job and its outcome.
    QStringList reported;
    for (const QList<QVariant>& args : std::as_const(recorded)) {
        reported << args.at(0).toString();
        QVERIFY(args.at(1).toBool());
        QCOMPARE(args.at(2).toInt(), 200); // what `hookdesk serve` prints, without a query
        QVERIFY(args.at(3).toString().isEmpty());
    }
    reported.sort();
    jobIds.sort();
    QCOMPARE(reported, jobIds);
    // The token came from this thread's keychain store, through the dispatcher's forwarding one.
    QCOMPARE(m_receiver->requests().size(), 5);
    QCOMPARE(m_receiver->requests().first().header("Authorization"), QByteArrayLiteral("Bearer tok-fixture"));
    for (const QString& id : std::as_const(jobIds))
        QCOMPARE(m_fixture->jobs->job(id)->status, JobStatus::Succeeded);
}

void TestDispatcherThread::integrationAddedWhileRunningIsUsedAtOnce()
{
    QString error;
    QVERIFY2(m_dispatcher->start(&error), qPrintable(error));
    QTest::qWait(200); // the dispatcher has read the (empty) list of integrations by now
    addIntegration();
    const QString jobId = m_fixture->raise(&error);
    QVERIFY2(!jobId.isEmpty(), qPrintable(error));
    // Without the news it would read the integrations again only after five seconds.
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture->jobs->job(jobId)->status, JobStatus::Succeeded, 2500);
}

void TestDispatcherThread::announcesItsWritesThroughTheCallersStores()
{
    addIntegration();
    QString error;
    QVERIFY2(m_dispatcher->start(&error), qPrintable(error));
    // The queue screen listens to this thread's job store: the dispatcher's claim and result
    // must show there, though another connection on another thread wrote them.
    QSignalSpy changed(m_fixture->jobs.get(), &JobStore::jobsChanged);
    const QString jobId = m_fixture->raise(&error);
    QVERIFY2(!jobId.isEmpty(), qPrintable(error));
    QTRY_COMPARE(m_fixture->jobs->job(jobId)->status, JobStatus::Succeeded);
    QTRY_VERIFY(changed.count() >= 2); // the raise itself, then at least the result
    bool announced = false;
    for (int i = 1; i < changed.count(); ++i)
        announced = announced || changed.at(i).at(0).toStringList().contains(jobId);
    QVERIFY(announced);
}

void TestDispatcherThread::goneDisablesTheIntegrationForTheCaller()
{
    const Integration integration = addIntegration();
    m_receiver->setStatus(410);
    QString error;
    QVERIFY2(m_dispatcher->start(&error), qPrintable(error));
    QSignalSpy changed(m_fixture->integrations.get(), &IntegrationStore::changed);
    QVERIFY(!m_fixture->raise(&error).isEmpty());
    // The integrations screen learns of it from its own store.
    QTRY_VERIFY(changed.count() >= 1);
    const std::optional<Integration> now = m_fixture->integrations->byId(integration.id);
    QVERIFY(now);
    QVERIFY(!now->enabled);
    QVERIFY2(now->disabledReason.contains(QStringLiteral("410 Gone")), qPrintable(now->disabledReason));

    // Enabled again here, the dispatcher thread hears of it at once: without the news it would
    // read the integrations again only after five seconds.
    m_receiver->setStatus(204);
    Integration enabled = *now;
    enabled.enabled = true;
    enabled.disabledReason.clear();
    QVERIFY2(m_fixture->integrations->update(enabled, &error), qPrintable(error));
    const QString next = m_fixture->raise(&error);
    QVERIFY2(!next.isEmpty(), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture->jobs->job(next)->status, JobStatus::Succeeded, 2500);
}

void TestDispatcherThread::keychainFailureIsAnAttemptInWords()
{
    addIntegration();
    m_fixture->secrets.setFailure(QStringLiteral("The keychain is locked."));
    QString error;
    QVERIFY2(m_dispatcher->start(&error), qPrintable(error));
    QSignalSpy recorded(m_dispatcher.get(), &DispatcherThread::attemptRecorded);
    const QString jobId = m_fixture->raise(&error);
    QVERIFY(!jobId.isEmpty());
    QTRY_COMPARE(m_fixture->jobs->job(jobId)->attempts, 1);
    // The report carries the reason, as the stored attempt does.
    QTRY_COMPARE(recorded.count(), 1);
    QCOMPARE(recorded.first().at(0).toString(), jobId);
    QVERIFY(!recorded.first().at(1).toBool());
    QCOMPARE(recorded.first().at(2).toInt(), 0);
    QVERIFY2(recorded.first().at(3).toString().contains(QStringLiteral("The keychain is locked.")),
             qPrintable(recorded.first().at(3).toString()));
    const QList<Attempt> attempts = m_fixture->jobs->attempts(jobId);
    QCOMPARE(attempts.size(), 1);
    QVERIFY2(attempts.first().error.contains(QStringLiteral("could not be read from the keychain")),
             qPrintable(attempts.first().error));
    QVERIFY2(attempts.first().error.contains(QStringLiteral("The keychain is locked.")),
             qPrintable(attempts.first().error));
    // Nothing went out unsigned or without its token.
    QCOMPARE(m_receiver->requestCount(), 0);
}

void TestDispatcherThread::stopGivesBackAndStartGoesOn()
{
    addIntegration();
    QString error;
    QVERIFY2(m_dispatcher->start(&error), qPrintable(error));
    m_dispatcher->stop();
    QVERIFY(!m_dispatcher->isRunning());
    // Stopped, it sends nothing.
    const QString jobId = m_fixture->raise(&error);
    QVERIFY(!jobId.isEmpty());
    QTest::qWait(300);
    QCOMPARE(m_receiver->requestCount(), 0);
    QCOMPARE(m_fixture->jobs->job(jobId)->status, JobStatus::Pending);
    QVERIFY2(m_dispatcher->start(&error), qPrintable(error));
    QTRY_COMPARE(m_fixture->jobs->job(jobId)->status, JobStatus::Succeeded);
    QCOMPARE(m_receiver->requestCount(), 1);
}

void TestDispatcherThread::deliveriesGoOnWhileEventsPourIn()
{
    addIntegration();
    QString error;
    QVERIFY2(m_dispatcher->start(&error), qPrintable(error));
    QSignalSpy recorded(m_dispatcher.get(), &DispatcherThread::attemptRecorded);
    // A flood of events stored back to back on this thread, as fast as it can: SQLite's own wait
    // for the write lock would keep the dispatcher's claims out until the flood is over.
    int raised = 0;
    int recordedBeforeTheEnd = 0;
    for (int burst = 0; burst < 80; ++burst) {
        QList<Event> events;
        for (int i = 0; i < 250; ++i) {
            Event event;
            event.type = DeliveryFixture::kEventType;
            event.payload = QByteArrayLiteral("{\"n\":1}");
            event.source = QStringLiteral("flood");
            events.append(event);
        }
        QVERIFY2(m_fixture->events->raiseMany(events, &error), qPrintable(error));
        raised += int(events.size());
        QCoreApplication::processEvents();
        recordedBeforeTheEnd = int(recorded.count());
    }
    // More than the few batches claimed between two bursts by luck: the dispatcher had turns.
    QVERIFY2(recordedBeforeTheEnd > 100,
             qPrintable(QStringLiteral("only %1 deliveries while %2 events were stored")
                            .arg(recordedBeforeTheEnd)
                            .arg(raised)));
}

void TestDispatcherThread::startRaisesTheOpenFileLimit()
{
    rlimit before{};
    QCOMPARE(getrlimit(RLIMIT_NOFILE, &before), 0);
    // The soft limit a desktop session usually gives, or lower if the hard limit is lower.
    rlimit low = before;
    low.rlim_cur = qMin<rlim_t>(1024, before.rlim_max);
    QCOMPARE(setrlimit(RLIMIT_NOFILE, &low), 0);
    QString error;
    QVERIFY2(m_dispatcher->start(&error), qPrintable(error));
    rlimit after{};
    QCOMPARE(getrlimit(RLIMIT_NOFILE, &after), 0);
    const rlim_t expected = before.rlim_max == RLIM_INFINITY
                                ? rlim_t(DispatcherThread::kOpenFilesWanted)
                                : qMin<rlim_t>(before.rlim_max, DispatcherThread::kOpenFilesWanted);
    QCOMPARE(after.rlim_cur, qMax(expected, low.rlim_cur));
    QCOMPARE(after.rlim_max, before.rlim_max);
    setrlimit(RLIMIT_NOFILE, &before);
}

namespace {

// The event loop `thread` runs, once it runs one.
QByteArray loopOf(QThread& thread)
{
    if (!QTest::qWaitFor([&thread]() { return thread.eventDispatcher() != nullptr; }))
        return {};
    return thread.eventDispatcher()->metaObject()->className();
}

} // namespace

void TestDispatcherThread::deliveryThreadsRunQtsOwnEventLoopOthersGLibs()
{
    // init() made a DispatcherThread: its thread and its job store's started on Qt's own loop,
    // which GLib's would cost a quarter of HTTP/2's rate. Threads started otherwise run GLib's,
    // as the window's helpers expect, and so do network managers' threads started while no hold
    // is taken: those of a receiver that answers too early for Qt's own loop (see EventLoops).
    QThread ours;
    EventLoops::startOnQtLoop(ours);
    QThread plain;
    plain.start();
    const QByteArray plainLoop = loopOf(plain); // read as it starts: before the hold below
    // A network manager's thread, which Qt starts on the manager's first request.
    EventLoops::holdQtLoop();
    QThread held;
    held.start();
    const QByteArray heldLoop = loopOf(held);
    EventLoops::releaseQtLoop();
    QThread afterwards;
    afterwards.start();
    const QByteArray loops[] = {loopOf(ours), plainLoop, heldLoop, loopOf(afterwards)};
    for (QThread* thread : {&ours, &plain, &held, &afterwards}) {
        thread->quit();
        thread->wait();
    }
    QCOMPARE(loops[0], QByteArray("QEventDispatcherUNIX"));
    QCOMPARE(loops[1], QByteArray("QEventDispatcherGlib"));
    QCOMPARE(loops[2], QByteArray("QEventDispatcherUNIX"));
    QCOMPARE(loops[3], QByteArray("QEventDispatcherGlib"));
}

void TestDispatcherThread::receiverClosingEveryConnectionGetsEachDeliveryOnce()
{
    // Every request on a new connection: far more than a network manager keeps, so the
    // dispatcher takes the receiver for one that answers too early for Qt's own event loop and
    // replaces the managers of its route while they have requests in flight (EventLoops).
    // Nothing may be lost or sent twice on the way.
    m_receiver->setCloseAfterEachAnswer(true);
    addIntegration();
    QString error;
    constexpr int kEvents = 60;
    QStringList jobIds;
    for (int i = 0; i < kEvents; ++i) {
        jobIds << m_fixture->raise(&error);
        QVERIFY2(!jobIds.last().isEmpty(), qPrintable(error));
    }
    QVERIFY2(m_dispatcher->start(&error), qPrintable(error));
    for (const QString& id : std::as_const(jobIds))
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture->jobs->job(id)->status, JobStatus::Succeeded, 20000);
    QCOMPARE(m_receiver->requestCount(), kEvents);
    // A connection for every request at least: the premise of the switch. Qt may open one more
    // that a retired manager never uses.
    QVERIFY2(m_receiver->connectionCount() >= kEvents,
             qPrintable(QString::number(m_receiver->connectionCount())));
    QSet<QByteArray> ids;
    for (const TestReceiver::Request& request : m_receiver->requests())
        ids.insert(request.header("webhook-id"));
    QCOMPARE(ids.size(), kEvents);
    for (const QString& id : std::as_const(jobIds))
        QCOMPARE(m_fixture->jobs->attempts(id).size(), 1);
}

QTEST_GUILESS_MAIN(TestDispatcherThread)
#include "tst_dispatcher_thread.moc"
