// SPDX-License-Identifier: GPL-3.0-or-later
// Delivery policies an administrator sets per integration, against a real receiver on 127.0.0.1
// and on both databases: strict event order (one job at a time, a waiting retry holds back the
// rest) and the period after which a failing integration is disabled. Time moves with a clock
// the test advances; nothing sleeps through a wait.
#include "TestBackend.h"
#include "TestReceiver.h"
#include "delivery/Dispatcher.h"
#include "delivery/Signer.h"
#include "secrets/MemorySecretStore.h"
#include "storage/AsyncJobStore.h"
#include "storage/Database.h"
#include "storage/EventStore.h"
#include "storage/IntegrationStore.h"
#include "storage/JobStore.h"
#include "storage/TriggerStore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <memory>

using namespace hookdesk;
using hookdesk::test::TestBackend;
using hookdesk::test::TestReceiver;

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kHour = 60 * 60 * kSecond;
constexpr qint64 kDay = 24 * kHour;
const QString kType = QStringLiteral("thyngs.interaction.occurred");

} // namespace

class TestOrdering : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();

    void orderedIntegrationDeliversStrictlyInEventOrder_data();
    void orderedIntegrationDeliversStrictlyInEventOrder();
    void resentOlderJobGoesFirst();
    void autoDisablePeriodComesFromTheIntegration();
    void autoDisableZeroNeverDisables();

private:
    qint64 now() const { return QDateTime::currentMSecsSinceEpoch() + m_offset; }
    Integration addIntegration(bool ordered, qint64 autoDisableAfterMs = 5 * kDay);
    QStringList raise(int count);
    // `async`: claims and attempt records through an AsyncJobStore, as the application runs it.
    std::unique_ptr<Dispatcher> makeDispatcher(bool async = false);
    bool settle(Dispatcher& dispatcher);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<IntegrationStore> m_integrations;
    std::unique_ptr<TriggerStore> m_triggers;
    std::unique_ptr<EventStore> m_events;
    std::unique_ptr<JobStore> m_jobs;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<TestReceiver> m_receiver;
    // Read by the asynchronous store's thread too.
    std::atomic<qint64> m_offset{0};
};

void TestOrdering::initTestCase_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestOrdering::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_offset = 0;
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString location;
    QString message;
    switch (TestBackend::prepare(backend, m_dir->path(), &location, &message)) {
    case TestBackend::Result::Skip:
        QSKIP(qPrintable(message));
    case TestBackend::Result::Fail:
        QFAIL(qPrintable(message));
    case TestBackend::Result::Ready:
        break;
    }
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(location, QStringLiteral("tst_ordering"), &message), qPrintable(message));
    m_integrations = std::make_unique<IntegrationStore>(*m_db);
    m_triggers = std::make_unique<TriggerStore>(*m_db);
    m_events = std::make_unique<EventStore>(*m_db);
    m_jobs = std::make_unique<JobStore>(*m_db);
    m_jobs->setClock(Clock([this]() { return now(); }));
    m_secrets = std::make_unique<MemorySecretStore>();
    m_receiver = std::make_unique<TestReceiver>();
    QVERIFY(m_receiver->listen());
    m_receiver->setStatus(204);
}

void TestOrdering::cleanup()
{
    m_receiver.reset();
    m_secrets.reset();
    m_jobs.reset();
    m_events.reset();
    m_triggers.reset();
    m_integrations.reset();
    m_db.reset();
    m_dir.reset();
}

Integration TestOrdering::addIntegration(bool ordered, qint64 autoDisableAfterMs)
{
    Integration integration;
    integration.name = QStringLiteral("Ledger");
    integration.baseUrl = m_receiver->url(QStringLiteral("/hooks/"));
    integration.ordered = ordered;
    integration.autoDisableAfterMs = autoDisableAfterMs;
    QString error;
    if (!m_integrations->insert(integration, &error))
        qWarning("%s", qPrintable(error));
    m_secrets->write(integration.tokenKey(), QStringLiteral("tok-order"), {});
    m_secrets->write(integration.secretKey(), Signer::generateSecret(), {});
    Trigger trigger;
    trigger.integrationId = integration.id;
    trigger.eventType = kType;
    if (!m_triggers->insert(trigger, &error))
        qWarning("%s", qPrintable(error));
    return integration;
}

QStringList TestOrdering::raise(int count)
{
    QStringList ids;
    for (int n = 1; n <= count; ++n) {
        Event event;
        event.type = kType;
        event.payload = QStringLiteral(R"({"n":%1})").arg(n).toUtf8();
        event.source = QStringLiteral("test");
        QString error;
        const auto raised = m_events->raise(event, &error);
        if (!raised || raised->jobIds.size() != 1) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        ids.append(raised->jobIds.first());
    }
    return ids;
}

std::unique_ptr<Dispatcher> TestOrdering::makeDispatcher(bool async)
{
    auto dispatcher = std::make_unique<Dispatcher>(*m_jobs, *m_integrations, *m_secrets);
    if (async) {
        auto store = std::make_unique<AsyncJobStore>();
        QString error;
        if (!store->open(m_db->location(), m_jobs->clock(), &error))
            qWarning("%s", qPrintable(error));
        dispatcher->setAsyncStore(std::move(store));
    }
    dispatcher->setPollInterval(20);
    dispatcher->setRequestTimeout(5000);
    dispatcher->setRandomSource([]() { return 0.5; }); // every retry wait exactly the schedule's
    return dispatcher;
}

bool TestOrdering::settle(Dispatcher& dispatcher)
{
    QSignalSpy idle(&dispatcher, &Dispatcher::idle);
    dispatcher.wake();
    return idle.wait(5000) && dispatcher.inFlight() == 0;
}

void TestOrdering::orderedIntegrationDeliversStrictlyInEventOrder_data()
{
    QTest::addColumn<bool>("async");
    QTest::newRow("claims and records on this thread") << false;
    QTest::newRow("claims and records on their own thread") << true;
}

void TestOrdering::orderedIntegrationDeliversStrictlyInEventOrder()
{
    QFETCH(bool, async);
    const Integration ledger = addIntegration(true);
    const QStringList jobs = raise(30);
    QCOMPARE(jobs.size(), 30);

    // The receiver fails the third job's first attempt; it answers a little later than at once so
    // that a second request in flight would arrive before the first one's answer.
    m_receiver->setResponseDelay(15);
    auto dispatcher = makeDispatcher(async);
    QStringList seen;
    QString overlap;
    bool fourthBeforeThirdSucceeded = false;
    QElapsedTimer sinceLast;
    connect(m_receiver.get(), &TestReceiver::requestReceived, this, [&]() {
        const QString id = QString::fromLatin1(m_receiver->requests().last().header("webhook-id"));
        seen.append(id);
        // The next request may only start once the previous answer (15 ms after its request) arrived.
        if (sinceLast.isValid() && sinceLast.elapsed() < 13)
            overlap = QStringLiteral("%1 arrived %2 ms after the request before it, before its answer")
                          .arg(id)
                          .arg(sinceLast.elapsed());
        sinceLast.start();
        if (dispatcher->inFlight(ledger.id) > 1)
            overlap = QStringLiteral("%1 requests in flight when %2 arrived")
                          .arg(dispatcher->inFlight(ledger.id))
                          .arg(id);
        if (id == jobs.at(3) && m_jobs->job(jobs.at(2))->status != JobStatus::Succeeded)
            fourthBeforeThirdSucceeded = true;
        m_receiver->setStatus(seen.size() == 3 ? 500 : 204);
    });
    dispatcher->start();

    // Job 3 failed and waits 5 s for its retry: nothing after it goes out meanwhile.
    QTRY_COMPARE(seen.size(), 3);
    QVERIFY(settle(*dispatcher));
    QVERIFY(settle(*dispatcher));
    QCOMPARE(seen, jobs.mid(0, 3));
    QCOMPARE(m_jobs->job(jobs.at(2))->status, JobStatus::Failed);
    QCOMPARE(m_jobs->job(jobs.at(3))->status, JobStatus::Pending);

    m_offset += 5 * kSecond;
    QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 31, 20000);
    QVERIFY(settle(*dispatcher));
    QStringList expected = jobs.mid(0, 3);
    expected += jobs.mid(2);
    QCOMPARE(seen, expected);
    QVERIFY2(overlap.isEmpty(), qPrintable(overlap));
    QVERIFY(!fourthBeforeThirdSucceeded);
    for (const QString& id : jobs)
        QCOMPARE(m_jobs->job(id)->status, JobStatus::Succeeded);
}

void TestOrdering::resentOlderJobGoesFirst()
{
    // A resent job is the oldest unfinished one again: it goes out before later jobs still waiting.
    const Integration ledger = addIntegration(true);
    QStringList jobs = raise(2);
    auto dispatcher = makeDispatcher();
    dispatcher->start();
    QTRY_COMPARE(m_receiver->requestCount(), 2);
    QVERIFY(settle(*dispatcher));
    dispatcher->stop();
    jobs += raise(2);
    QString error;
    QCOMPARE(m_jobs->resend({jobs.at(0)}, &error), 1);
    m_receiver->clearRequests();
    dispatcher->start();
    QTRY_COMPARE(m_receiver->requestCount(), 3);
    QVERIFY(settle(*dispatcher));
    QStringList seen;
    for (const TestReceiver::Request& r : m_receiver->requests())
        seen.append(QString::fromLatin1(r.header("webhook-id")));
    QCOMPARE(seen, (QStringList{jobs.at(0), jobs.at(2), jobs.at(3)}));
    Q_UNUSED(ledger);
}

void TestOrdering::autoDisablePeriodComesFromTheIntegration()
{
    m_receiver->setStatus(500);
    const Integration dead = addIntegration(false, 2 * kHour);
    raise(8);
    auto dispatcher = makeDispatcher();
    dispatcher->setMaxInFlight(1);
    dispatcher->start();
    QTRY_COMPARE(m_receiver->requestCount(), 5); // then the circuit breaker pauses it
    QVERIFY(settle(*dispatcher));
    QVERIFY(m_integrations->byId(dead.id)->enabled);

    m_offset += 2 * kHour;
    QTRY_COMPARE(m_receiver->requestCount(), 6);
    QTRY_VERIFY(!m_integrations->byId(dead.id)->enabled);
    const QString reason = m_integrations->byId(dead.id)->disabledReason;
    QVERIFY2(reason.contains(QLatin1String("failed without a success for 2 hours")), qPrintable(reason));
    QVERIFY(settle(*dispatcher));
    QCOMPARE(m_receiver->requestCount(), 6);
}

void TestOrdering::autoDisableZeroNeverDisables()
{
    m_receiver->setStatus(500);
    const Integration stubborn = addIntegration(false, 0);
    raise(8);
    auto dispatcher = makeDispatcher();
    dispatcher->setMaxInFlight(1);
    dispatcher->start();
    QTRY_COMPARE(m_receiver->requestCount(), 5);
    QVERIFY(settle(*dispatcher));

    m_offset += 30 * kDay;
    QTRY_COMPARE(m_receiver->requestCount(), 6);
    QVERIFY(settle(*dispatcher));
    const Integration state = *m_integrations->byId(stubborn.id);
    QVERIFY(state.enabled);
    QVERIFY(state.disabledReason.isEmpty());
    QCOMPARE(state.consecutiveFailures, 6);
}

QTEST_GUILESS_MAIN(TestOrdering)
#include "tst_ordering.moc"
