// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestReceiver.h"
#include "delivery/CircuitBreaker.h"
#include "delivery/Dispatcher.h"
#include "delivery/DispatcherThread.h"
#include "delivery/Signer.h"
#include "delivery/TokenBucket.h"
#include "secrets/MemorySecretStore.h"
#include "storage/Database.h"
#include "storage/EventStore.h"
#include "storage/IntegrationStore.h"
#include "storage/JobStore.h"
#include "storage/TriggerStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>
#include <sys/resource.h>

using namespace hookdesk;
using hookdesk::test::TestReceiver;

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kDay = 24 * 60 * 60 * kSecond;

} // namespace

// One integration's trouble must never hold up another's deliveries. Time is a clock the test
// moves by hand (it does not run on its own), so pauses and rate limits are checked without waiting.
class TestIsolation : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void newIntegrationsHaveIsolationDefaults();
    void hangingAndRefusingReceiversDoNotDelayOthers();
    void concurrencyLimitIsNotCappedAtSixConnections();
    void limitsOfManyIntegrationsAddUpBeyondOneThousand();
    void descriptorTableHoldsTheLimitsBeforeAnyConnection();
    void integrationsOfOneReceiverShareNetworkThreads();
    void timeoutIsPerIntegration();
    void rateLimitSpacesRequests();
    void breakerPausesAfterFiveFailuresAndDoubles();
    void goneStopsTheJobsClaimedAhead();
    void longFailureDisablesAndEnableResumes();
    void pauseIsDescribedForTheStatusColumn();
    void jobsClaimedAheadAreNotSentOnAnExpiredLease();

private:
    qint64 now() const { return m_now; }
    void advance(qint64 ms) { m_now += ms; }
    Integration addIntegration(const QString& name, TestReceiver& receiver, int maxInFlight = 8,
                               int timeoutMs = 15000, double rate = 0);
    QStringList raise(const QString& name, int count);
    std::unique_ptr<Dispatcher> makeDispatcher();
    int countJobs(qint64 integrationId, const QString& status);
    // Lets the dispatcher run until it found nothing to do.
    bool settle(Dispatcher& dispatcher);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<IntegrationStore> m_integrations;
    std::unique_ptr<TriggerStore> m_triggers;
    std::unique_ptr<EventStore> m_events;
    std::unique_ptr<JobStore> m_jobs;
    std::unique_ptr<MemorySecretStore> m_secrets;
    QString m_secret;
    qint64 m_now = 0;
};

void TestIsolation::init()
{
    // Ahead of the wall clock, so jobs raised during the test are due at once.
    m_now = QDateTime::currentMSecsSinceEpoch() + 60 * kSecond;
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QString error;
    // The same tests against PostgreSQL, by hand: a database of its own, emptied per test.
    const QString pg = qEnvironmentVariable("HOOKDESK_ISOLATION_PG_URL");
    if (!pg.isEmpty()) {
        QVERIFY2(m_db->open(pg, QStringLiteral("tst_isolation"), &error), qPrintable(error));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("DROP SCHEMA public CASCADE")));
        QVERIFY(q.exec(QStringLiteral("CREATE SCHEMA public")));
        m_db->close();
    }
    QVERIFY2(m_db->open(pg.isEmpty() ? m_dir->filePath(QStringLiteral("hookdesk.sqlite")) : pg,
                        QStringLiteral("tst_isolation"), &error),
             qPrintable(error));
    m_integrations = std::make_unique<IntegrationStore>(*m_db);
    m_triggers = std::make_unique<TriggerStore>(*m_db);
    m_events = std::make_unique<EventStore>(*m_db);
    m_jobs = std::make_unique<JobStore>(*m_db);
    m_jobs->setClock(Clock([this]() { return now(); }));
    connect(m_events.get(), &EventStore::jobsCreated, m_jobs.get(), &JobStore::jobsChanged);
    m_secrets = std::make_unique<MemorySecretStore>();
    m_secret = Signer::generateSecret();
}

void TestIsolation::cleanup()
{
    m_secrets.reset();
    m_jobs.reset();
    m_events.reset();
    m_triggers.reset();
    m_integrations.reset();
    m_db.reset();
    m_dir.reset();
}

Integration TestIsolation::addIntegration(const QString& name, TestReceiver& receiver, int maxInFlight,
                                          int timeoutMs, double rate)
{
    Integration integration;
    integration.name = name;
    integration.baseUrl = receiver.url(QStringLiteral("/hooks/"));
    integration.maxInFlight = maxInFlight;
    integration.timeoutMs = timeoutMs;
    integration.ratePerSecond = rate;
    integration.retrySchedule = QStringLiteral("1s, 1s, 1s, 1s, 1s, 1s, 1s, 1s, 1s, 1s, 1s, 1s");
    QString error;
    if (!m_integrations->insert(integration, &error))
        qFatal("%s", qPrintable(error));
    m_secrets->write(integration.tokenKey(), QStringLiteral("tok"), {});
    m_secrets->write(integration.secretKey(), m_secret, {});
    Trigger trigger;
    trigger.integrationId = integration.id;
    trigger.eventType = QStringLiteral("test.%1").arg(name.toLower());
    trigger.path = QStringLiteral("in");
    if (!m_triggers->insert(trigger, &error))
        qFatal("%s", qPrintable(error));
    return integration;
}

QStringList TestIsolation::raise(const QString& name, int count)
{
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        Event event;
        event.type = QStringLiteral("test.%1").arg(name.toLower());
        event.payload = QStringLiteral(R"({"n":%1})").arg(i).toUtf8();
        event.source = QStringLiteral("test");
        QString error;
        const auto raised = m_events->raise(event, &error);
        if (!raised || raised->jobIds.size() != 1)
            qFatal("raise failed: %s", qPrintable(error));
        ids += raised->jobIds;
    }
    return ids;
}

std::unique_ptr<Dispatcher> TestIsolation::makeDispatcher()
{
    auto dispatcher = std::make_unique<Dispatcher>(*m_jobs, *m_integrations, *m_secrets);
    dispatcher->setPollInterval(20);
    dispatcher->setRandomSource([]() { return 0.5; });
    return dispatcher;
}

int TestIsolation::countJobs(qint64 integrationId, const QString& status)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE integration_id = ? AND status = ?"));
    q.addBindValue(integrationId);
    q.addBindValue(status);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool TestIsolation::settle(Dispatcher& dispatcher)
{
    QSignalSpy idle(&dispatcher, &Dispatcher::idle);
    dispatcher.wake();
    return idle.wait(5000);
}

void TestIsolation::newIntegrationsHaveIsolationDefaults()
{
    QCOMPARE(m_db->schemaVersion(), Database::latestSchemaVersion());
    TestReceiver receiver;
    QVERIFY(receiver.listen());
    Integration plain;
    plain.name = QStringLiteral("Plain");
    plain.baseUrl = receiver.url();
    QString error;
    QVERIFY2(m_integrations->insert(plain, &error), qPrintable(error));
    Integration read = *m_integrations->byId(plain.id);
    QCOMPARE(read.maxInFlight, 8);
    QCOMPARE(read.timeoutMs, 15000);
    QCOMPARE(read.ratePerSecond, 0.0);
    QCOMPARE(read.pausedUntil, qint64(0));

    read.maxInFlight = 32;
    read.timeoutMs = 2500;
    read.ratePerSecond = 12.5;
    QVERIFY2(m_integrations->update(read, &error), qPrintable(error));
    read = *m_integrations->byId(plain.id);
    QCOMPARE(read.maxInFlight, 32);
    QCOMPARE(read.timeoutMs, 2500);
    QCOMPARE(read.ratePerSecond, 12.5);
}

void TestIsolation::hangingAndRefusingReceiversDoNotDelayOthers()
{
    TestReceiver hanging;
    QVERIFY(hanging.listen());
    hanging.setMode(TestReceiver::Mode::NeverAnswer);
    TestReceiver refusing;
    QVERIFY(refusing.listen());
    TestReceiver healthy;
    QVERIFY(healthy.listen());
    healthy.setStatus(204);
    const Integration stuck = addIntegration(QStringLiteral("Stuck"), hanging);
    const Integration refused = addIntegration(QStringLiteral("Refused"), refusing);
    const Integration fine = addIntegration(QStringLiteral("Fine"), healthy);
    refusing.close();

    // The troubled integrations' backlogs are older, so a plain first-come queue would send them first.
    raise(QStringLiteral("Stuck"), 200);
    raise(QStringLiteral("Refused"), 200);
    const QStringList fineJobs = raise(QStringLiteral("Fine"), 100);

    auto dispatcher = makeDispatcher();
    dispatcher->start();
    QTRY_COMPARE_WITH_TIMEOUT(countJobs(fine.id, QStringLiteral("succeeded")), 100, 10000);
    QCOMPARE(healthy.requestCount(), 100);
    // The hanging receiver holds exactly its own eight slots; its other jobs wait their turn.
    QCOMPARE(dispatcher->inFlight(stuck.id), 8);
    QCOMPARE(hanging.requestCount(), 8);
    QVERIFY(countJobs(stuck.id, QStringLiteral("pending")) >= 200 - 8 - 32);
    // The refusing one tripped its breaker instead of burning through its backlog.
    QTRY_VERIFY(m_integrations->byId(refused.id)->pausedUntil > now());
    // At most its 8 first requests plus the 4 sent into slots freed by failures 1 to 4 before the
    // 5th opened the breaker; jobs it had claimed ahead go back to pending once it pauses.
    QTRY_VERIFY(countJobs(refused.id, QStringLiteral("pending")) >= 200 - 8 - 4);
}

void TestIsolation::concurrencyLimitIsNotCappedAtSixConnections()
{
    TestReceiver hanging;
    QVERIFY(hanging.listen());
    hanging.setMode(TestReceiver::Mode::NeverAnswer);
    const Integration wide = addIntegration(QStringLiteral("Wide"), hanging, 20);
    raise(QStringLiteral("Wide"), 30);
    auto dispatcher = makeDispatcher();
    dispatcher->start();
    QTRY_COMPARE_WITH_TIMEOUT(hanging.requestCount(), 20, 10000);
    QCOMPARE(dispatcher->inFlight(wide.id), 20);
    QCOMPARE(hanging.requestCount(), 20);
    // Jobs claimed ahead but not sent go back to the queue when the dispatcher stops.
    dispatcher->stop();
    QCOMPARE(countJobs(wide.id, QStringLiteral("sending")), 20);
    QCOMPARE(countJobs(wide.id, QStringLiteral("pending")), 10);
}

void TestIsolation::limitsOfManyIntegrationsAddUpBeyondOneThousand()
{
    // Each request in flight holds a socket here and one in the receiver, in this process.
    DispatcherThread::raiseOpenFileLimit();
    rlimit files{};
    QCOMPARE(getrlimit(RLIMIT_NOFILE, &files), 0);
    if (files.rlim_cur != RLIM_INFINITY && files.rlim_cur < 3000)
        QSKIP("The open-file limit of this process is below 3,000 and cannot be raised");
    // All of them at once, 8,192 where the open-file limit allows, and here at least 1,280.
    const int expected =
        files.rlim_cur == RLIM_INFINITY
            ? Dispatcher::kMaxInFlight
            : int(qMin<rlim_t>(Dispatcher::kMaxInFlight, files.rlim_cur - Dispatcher::kFilesKept));
    QCOMPARE(Dispatcher::maxInFlightForOpenFiles(), expected);

    // Five integrations at the dialog's highest limit: 1,280 together. All of them go out: the
    // dispatcher held every integration together to 1,024 before.
    TestReceiver hanging;
    QVERIFY(hanging.listen());
    hanging.setMode(TestReceiver::Mode::NeverAnswer);
    QList<Integration> wide;
    for (int i = 0; i < 5; ++i) {
        // No request times out, freeing its slot, while the test waits.
        wide.append(addIntegration(QStringLiteral("Wide%1").arg(i), hanging, 256, 600000));
        raise(QStringLiteral("Wide%1").arg(i), 260);
    }
    auto dispatcher = makeDispatcher();
    dispatcher->start();
    QElapsedTimer sending;
    sending.start();
    QTRY_COMPARE_WITH_TIMEOUT(hanging.requestCount(), 5 * 256, 30000);
    qInfo("1,280 requests in flight after %lld ms", sending.elapsed());
    for (const Integration& integration : wide)
        QCOMPARE(dispatcher->inFlight(integration.id), 256);
    dispatcher->stop();
}

// How many descriptors this process's table holds now (FDSize in /proc/self/status), 0 if unknown.
static int descriptorTableSize()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("FDSize:"))
            return line.mid(7).trimmed().toInt();
    return 0;
}

void TestIsolation::descriptorTableHoldsTheLimitsBeforeAnyConnection()
{
    // Linux grows a process's table of descriptors by doubling it, and each growth holds up every
    // thread that opens a descriptor for an RCU grace period (about 10 ms): the dispatcher makes
    // room for all its integrations' connections once, when it reads them, rather than letting
    // its first requests grow the table five times over.
    DispatcherThread::raiseOpenFileLimit();
    const int before = descriptorTableSize();
    if (before <= 0)
        QSKIP("This system does not tell the size of the descriptor table");
    // More than the table holds now (earlier tests may have grown it), 256 per integration.
    const int connections = before + 1000;
    rlimit files{};
    QCOMPARE(getrlimit(RLIMIT_NOFILE, &files), 0);
    if (connections > Dispatcher::kMaxInFlight ||
        (files.rlim_cur != RLIM_INFINITY && rlim_t(connections + Dispatcher::kFilesKept) > files.rlim_cur))
        QSKIP("The open-file limit of this process is too low for this test");
    TestReceiver receiver;
    QVERIFY(receiver.listen());
    for (int left = connections, i = 0; left > 0; left -= 256, ++i)
        addIntegration(QStringLiteral("Many%1").arg(i), receiver, qMin(left, 256));
    // No jobs, so no connection is opened: only the dispatcher's reservation grows the table.
    auto dispatcher = makeDispatcher();
    dispatcher->start();
    QTRY_VERIFY_WITH_TIMEOUT(descriptorTableSize() >= connections + Dispatcher::kFilesKept, 5000);
    QCOMPARE(receiver.requestCount(), 0);
    dispatcher->stop();
}

// Threads of this process that QNetworkAccessManager started (each manager starts one, named
// "QNetworkAccessManager thread", at its first request).
static int networkThreads()
{
    int count = 0;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString& task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(task + QStringLiteral("/comm")));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().startsWith("QNetworkAccess"))
            ++count;
    }
    return count;
}

void TestIsolation::integrationsOfOneReceiverShareNetworkThreads()
{
    // Three integrations sending to one receiver, two in flight each: their six requests share
    // one network manager (one thread, up to six connections) instead of taking one each; an
    // integration of another receiver has its own. Each still has its two requests in flight.
    // Network managers send what Hookdesk's own client does not (https, HTTP/2, through a
    // proxy); here, with the own client off, they send plain http too.
    TestReceiver shared;
    TestReceiver other;
    QVERIFY(shared.listen());
    QVERIFY(other.listen());
    shared.setMode(TestReceiver::Mode::NeverAnswer);
    other.setMode(TestReceiver::Mode::NeverAnswer);
    QList<Integration> sharing;
    for (const QString& name : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}) {
        sharing << addIntegration(name, shared, 2);
        raise(name, 3);
    }
    const Integration apart = addIntegration(QStringLiteral("Apart"), other, 2);
    raise(QStringLiteral("Apart"), 3);
    const int threadsBefore = networkThreads();
    auto dispatcher = makeDispatcher();
    dispatcher->setOwnHttp1Client(false);
    dispatcher->start();
    QTRY_COMPARE_WITH_TIMEOUT(shared.requestCount(), 6, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(other.requestCount(), 2, 10000);
    for (const Integration& integration : std::as_const(sharing))
        QCOMPARE(dispatcher->inFlight(integration.id), 2);
    QCOMPARE(dispatcher->inFlight(apart.id), 2);
    QCOMPARE(networkThreads() - threadsBefore, 2);
    dispatcher->stop();
}

void TestIsolation::timeoutIsPerIntegration()
{
    TestReceiver hanging;
    QVERIFY(hanging.listen());
    hanging.setMode(TestReceiver::Mode::NeverAnswer);
    const Integration quick = addIntegration(QStringLiteral("Quick"), hanging, 8, 300);
    const Integration patient = addIntegration(QStringLiteral("Patient"), hanging, 8, 60000);
    const QString quickJob = raise(QStringLiteral("Quick"), 1).first();
    const QString patientJob = raise(QStringLiteral("Patient"), 1).first();
    auto dispatcher = makeDispatcher();
    QSignalSpy recorded(dispatcher.get(), &Dispatcher::attemptRecorded);
    dispatcher->start();
    QTRY_COMPARE_WITH_TIMEOUT(recorded.count(), 1, 5000);
    QCOMPARE(recorded.first().first().toString(), quickJob);
    const auto job = m_jobs->job(quickJob);
    QCOMPARE(job->status, JobStatus::Failed);
    QVERIFY2(job->lastError.contains(QLatin1String("0.3 seconds")), qPrintable(job->lastError));
    QCOMPARE(m_jobs->job(patientJob)->status, JobStatus::Sending);
    QCOMPARE(dispatcher->inFlight(patient.id), 1);
    QCOMPARE(dispatcher->inFlight(quick.id), 0);
}

void TestIsolation::rateLimitSpacesRequests()
{
    TokenBucket bucket;
    bucket.setRate(4);
    QCOMPARE(bucket.available(0), 4); // starts full: a burst of one second's worth
    bucket.take(4, 0);
    QCOMPARE(bucket.available(0), 0);
    QCOMPARE(bucket.nextAvailableAt(0), qint64(250));
    QCOMPARE(bucket.available(500), 2);

    TestReceiver receiver;
    QVERIFY(receiver.listen());
    receiver.setStatus(204);
    const Integration slow = addIntegration(QStringLiteral("Slow"), receiver, 8, 15000, 2);
    raise(QStringLiteral("Slow"), 5);
    auto dispatcher = makeDispatcher();
    dispatcher->start();
    QTRY_COMPARE(countJobs(slow.id, QStringLiteral("succeeded")), 2);
    QVERIFY(settle(*dispatcher));
    QCOMPARE(receiver.requestCount(), 2); // the clock has not moved: no new tokens
    advance(kSecond);
    QTRY_COMPARE(countJobs(slow.id, QStringLiteral("succeeded")), 4);
    QVERIFY(settle(*dispatcher));
    QCOMPARE(receiver.requestCount(), 4);
    advance(kSecond / 2);
    QTRY_COMPARE(countJobs(slow.id, QStringLiteral("succeeded")), 5);
}

void TestIsolation::breakerPausesAfterFiveFailuresAndDoubles()
{
    QCOMPARE(CircuitBreaker::pauseMs(4), qint64(0));
    QCOMPARE(CircuitBreaker::pauseMs(5), 30 * kSecond);
    QCOMPARE(CircuitBreaker::pauseMs(6), 60 * kSecond);
    QCOMPARE(CircuitBreaker::pauseMs(40), 60 * 60 * kSecond);

    TestReceiver receiver;
    QVERIFY(receiver.listen());
    receiver.setStatus(503);
    const Integration flaky = addIntegration(QStringLiteral("Flaky"), receiver, 1);
    raise(QStringLiteral("Flaky"), 10);
    auto dispatcher = makeDispatcher();
    dispatcher->start();
    QTRY_COMPARE(receiver.requestCount(), 5);
    const qint64 openedAt = now();
    QVERIFY(settle(*dispatcher));
    Integration state = *m_integrations->byId(flaky.id);
    QCOMPARE(state.consecutiveFailures, 5);
    QCOMPARE(state.pausedUntil, openedAt + 30 * kSecond);
    QCOMPARE(state.failingSince, openedAt);

    // The retries of the failed jobs come due, but the paused integration is left alone.
    advance(29 * kSecond);
    QVERIFY(settle(*dispatcher));
    QCOMPARE(receiver.requestCount(), 5);
    QCOMPARE(countJobs(flaky.id, QStringLiteral("pending")), 5);

    // Then one trial; failing, it doubles the pause.
    advance(kSecond + 1);
    QTRY_COMPARE(receiver.requestCount(), 6);
    QVERIFY(settle(*dispatcher));
    QCOMPARE(receiver.requestCount(), 6);
    state = *m_integrations->byId(flaky.id);
    QCOMPARE(state.consecutiveFailures, 6);
    QCOMPARE(state.pausedUntil, now() + 60 * kSecond);

    // A successful trial closes the breaker and everything waiting goes out.
    receiver.setStatus(204);
    advance(60 * kSecond + 1);
    QTRY_COMPARE_WITH_TIMEOUT(countJobs(flaky.id, QStringLiteral("succeeded")), 10, 10000);
    state = *m_integrations->byId(flaky.id);
    QCOMPARE(state.consecutiveFailures, 0);
    QCOMPARE(state.pausedUntil, qint64(0));
    QCOMPARE(state.failingSince, qint64(0));
}

void TestIsolation::goneStopsTheJobsClaimedAhead()
{
    // One at a time, with the next jobs claimed ahead by the time the second answer comes: that
    // answer, 410 Gone, frees the slot at once, and nothing more goes out.
    TestReceiver receiver;
    QVERIFY(receiver.listen());
    receiver.setStatus(204);
    receiver.setResponseDelay(20);
    connect(&receiver, &TestReceiver::requestReceived, &receiver, [&receiver]() {
        if (receiver.requestCount() == 2)
            receiver.setStatus(410);
    });
    const Integration gone = addIntegration(QStringLiteral("Gone"), receiver, 1);
    raise(QStringLiteral("Gone"), 6);
    auto dispatcher = makeDispatcher();
    dispatcher->start();
    QTRY_VERIFY(!m_integrations->byId(gone.id)->enabled);
    QVERIFY(settle(*dispatcher));
    QCOMPARE(receiver.requestCount(), 2);
    QCOMPARE(countJobs(gone.id, QStringLiteral("succeeded")), 1);
    QCOMPARE(countJobs(gone.id, QStringLiteral("failed")), 1);
    QCOMPARE(countJobs(gone.id, QStringLiteral("pending")), 4);
}

void TestIsolation::longFailureDisablesAndEnableResumes()
{
    TestReceiver receiver;
    QVERIFY(receiver.listen());
    receiver.setStatus(500);
    const Integration dead = addIntegration(QStringLiteral("Dead"), receiver, 1);
    raise(QStringLiteral("Dead"), 8);
    auto dispatcher = makeDispatcher();
    dispatcher->start();
    QTRY_COMPARE(receiver.requestCount(), 5);
    QVERIFY(settle(*dispatcher));
    QVERIFY(m_integrations->byId(dead.id)->enabled);

    advance(5 * kDay);
    QTRY_COMPARE(receiver.requestCount(), 6);
    QTRY_VERIFY(!m_integrations->byId(dead.id)->enabled);
    Integration state = *m_integrations->byId(dead.id);
    QVERIFY2(state.disabledReason.contains(QLatin1String("failed without a success for 5 days")) &&
                 state.disabledReason.contains(QLatin1String("6 failures in a row")) &&
                 state.disabledReason.contains(QLatin1String("enable the integration")),
             qPrintable(state.disabledReason));
    QVERIFY(settle(*dispatcher));
    QCOMPARE(receiver.requestCount(), 6);
    QCOMPARE(countJobs(dead.id, QStringLiteral("succeeded")), 0);

    // Enabled again, it starts afresh and its kept jobs go out.
    receiver.setStatus(204);
    state.enabled = true;
    QString error;
    QVERIFY2(m_integrations->update(state, &error), qPrintable(error));
    state = *m_integrations->byId(dead.id);
    QCOMPARE(state.pausedUntil, qint64(0));
    QCOMPARE(state.consecutiveFailures, 0);
    advance(2 * kSecond); // the failed jobs' retries come due
    QTRY_COMPARE_WITH_TIMEOUT(countJobs(dead.id, QStringLiteral("succeeded")), 8, 10000);
}

void TestIsolation::pauseIsDescribedForTheStatusColumn()
{
    Integration integration;
    const QDateTime at(QDate(2026, 3, 1), QTime(14, 5));
    QCOMPARE(CircuitBreaker::describe(integration, at.toMSecsSinceEpoch()), QString());
    integration.consecutiveFailures = 3;
    integration.failingSince = at.toMSecsSinceEpoch() - 60 * kSecond;
    QCOMPARE(CircuitBreaker::describe(integration, at.toMSecsSinceEpoch()),
             QStringLiteral("Failing: 3 failures in a row"));
    integration.consecutiveFailures = 5;
    integration.pausedUntil = at.toMSecsSinceEpoch();
    QCOMPARE(CircuitBreaker::describe(integration, at.toMSecsSinceEpoch() - 30 * kSecond),
             QStringLiteral("Paused until 14:05 after 5 failures"));
}

QTEST_GUILESS_MAIN(TestIsolation)
#include "tst_isolation.moc"

// A dispatcher claims jobs ahead of its free slots. Should their lease run out before a slot frees
// (a receiver slowed down, the machine slept), another dispatcher may take them over: the first
// must then not send them as well.
void TestIsolation::jobsClaimedAheadAreNotSentOnAnExpiredLease()
{
    TestReceiver slow;
    QVERIFY(slow.listen());
    slow.setResponseDelay(1000);
    const Integration one = addIntegration(QStringLiteral("One"), slow, 1, 5000);
    const QStringList jobs = raise(QStringLiteral("One"), 4);
    auto first = makeDispatcher();
    first->start();
    QTRY_COMPARE_WITH_TIMEOUT(slow.requestCount(), 1, 5000);
    // One in flight, three claimed ahead (by the claim after the lane's first, which asks only
    // for its limit).
    QTRY_COMPARE_WITH_TIMEOUT(countJobs(one.id, QStringLiteral("sending")), 4, 5000);
    QCOMPARE(slow.requestCount(), 1);
    const QByteArray inFlight = slow.requests().constFirst().header("webhook-id");
    // Every lease ends while the first request is still on its way; a second dispatcher takes all
    // four over. The one in flight goes out again, with the same webhook-id, as at-least-once
    // delivery allows; the three waiting must go out once.
    advance(kDay);
    auto second = makeDispatcher();
    second->start();
    QTRY_COMPARE_WITH_TIMEOUT(second->inFlight(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(countJobs(one.id, QStringLiteral("succeeded")), 4, 15000);
    QVERIFY(settle(*first));
    QVERIFY(settle(*second));
    QStringList sent;
    for (const TestReceiver::Request& request : slow.requests())
        sent.append(QString::fromLatin1(request.header("webhook-id")));
    sent.sort();
    QStringList expected = jobs;
    expected.append(QString::fromLatin1(inFlight));
    expected.sort();
    QCOMPARE(sent, expected);
}
