// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestReceiver.h"
#include "delivery/Dispatcher.h"
#include "delivery/RetryPolicy.h"
#include "delivery/Signer.h"
#include "domain/Attempt.h"
#include "secrets/MemorySecretStore.h"
#include "storage/Database.h"
#include "storage/EventStore.h"
#include "storage/IntegrationStore.h"
#include "storage/JobStore.h"
#include "storage/TriggerStore.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>
#include <memory>

using namespace hookdesk;
using hookdesk::test::TestReceiver;

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
const QString kType = QStringLiteral("thyngs.interaction.occurred");

QByteArray httpDate(qint64 ms)
{
    return QLocale::c()
               .toString(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()),
                         QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
               .toLatin1() +
           " GMT";
}

} // namespace

// Retry timing is checked with a clock the test moves forward: no test here sleeps through a wait.
class TestRetry : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // RetryPolicy on its own
    void defaultScheduleIsStandardWebhooks();
    void jitterStaysWithinTwentyPercent();
    void scheduleTextRoundTrips();
    void scheduleTextErrorsNameTheMistake();
    void retryAfterSecondsAndDates();

    // The dispatcher against a real receiver
    void serverErrorIsRetriedWhenDue();
    void lastAttemptLeavesJobExhaustedAndResendable();
    void goneDisablesIntegrationAndKeepsItsJobs();
    void tooManyRequestsHonoursRetryAfter();
    void unavailableHonoursRetryAfterDate();
    void retryAfterIsBounded();
    void redirectIsAFailureShowingLocation();
    void resendDuringRetriesContinuesTheSchedule();
    void migrationTwoAddsRetrySchedule();

private:
    qint64 now() const { return QDateTime::currentMSecsSinceEpoch() + m_offset; }
    void advance(qint64 ms) { m_offset += ms; }
    bool addIntegration(Integration& integration, QString* error);
    QString raise(QString* error);
    std::unique_ptr<Dispatcher> makeDispatcher();
    // Runs the dispatcher until `jobId` has `attempts` attempts and the dispatcher then found
    // nothing more due.
    bool settle(Dispatcher& dispatcher, const QString& jobId, int attempts);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<IntegrationStore> m_integrations;
    std::unique_ptr<TriggerStore> m_triggers;
    std::unique_ptr<EventStore> m_events;
    std::unique_ptr<JobStore> m_jobs;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<TestReceiver> m_receiver;
    QString m_secret;
    qint64 m_offset = 0;
};

void TestRetry::init()
{
    m_offset = 0;
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(
        m_db->open(m_dir->filePath(QStringLiteral("hookdesk.sqlite")), QStringLiteral("tst_retry"), &error),
        qPrintable(error));
    m_integrations = std::make_unique<IntegrationStore>(*m_db);
    m_triggers = std::make_unique<TriggerStore>(*m_db);
    m_events = std::make_unique<EventStore>(*m_db);
    m_jobs = std::make_unique<JobStore>(*m_db);
    m_jobs->setClock(Clock([this]() { return now(); }));
    m_secrets = std::make_unique<MemorySecretStore>();
    m_secret = Signer::generateSecret();
    m_receiver = std::make_unique<TestReceiver>();
    QVERIFY(m_receiver->listen());
    m_receiver->setSigningSecret(m_secret);
    m_receiver->setStatus(204);
}

void TestRetry::cleanup()
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

bool TestRetry::addIntegration(Integration& integration, QString* error)
{
    if (integration.name.isEmpty())
        integration.name = QStringLiteral("Receiver");
    integration.baseUrl = m_receiver->url(QStringLiteral("/hooks/"));
    if (!m_integrations->insert(integration, error))
        return false;
    m_secrets->write(integration.tokenKey(), QStringLiteral("tok-retry"), {});
    m_secrets->write(integration.secretKey(), m_secret, {});
    Trigger trigger;
    trigger.integrationId = integration.id;
    trigger.eventType = kType;
    trigger.path = QStringLiteral("in");
    return m_triggers->insert(trigger, error);
}

QString TestRetry::raise(QString* error)
{
    Event event;
    event.type = kType;
    event.payload = R"({"n":1})";
    event.source = QStringLiteral("test");
    const auto raised = m_events->raise(event, error);
    return raised && raised->jobIds.size() == 1 ? raised->jobIds.first() : QString();
}

std::unique_ptr<Dispatcher> TestRetry::makeDispatcher()
{
    auto dispatcher = std::make_unique<Dispatcher>(*m_jobs, *m_integrations, *m_secrets);
    dispatcher->setPollInterval(20);
    dispatcher->setRequestTimeout(5000);
    dispatcher->setMaxInFlight(1);
    // The middle of the jitter range: every wait is exactly the schedule's.
    dispatcher->setRandomSource([]() { return 0.5; });
    return dispatcher;
}

bool TestRetry::settle(Dispatcher& dispatcher, const QString& jobId, int attempts)
{
    QDeadlineTimer deadline(10000);
    while (m_jobs->attempts(jobId).size() < attempts && !deadline.hasExpired())
        QTest::qWait(10);
    QSignalSpy idle(&dispatcher, &Dispatcher::idle);
    dispatcher.wake();
    if (!idle.wait(5000))
        return false;
    return m_jobs->attempts(jobId).size() == attempts;
}

void TestRetry::defaultScheduleIsStandardWebhooks()
{
    RetryPolicy policy;
    policy.setRandomSource([]() { return 0.5; });
    const QList<qint64> expected = {5 * kSecond, 5 * kMinute, 30 * kMinute, 2 * kHour, 5 * kHour,
                                    10 * kHour,  14 * kHour,  20 * kHour,   24 * kHour};
    QCOMPARE(policy.waitsMs(), expected);
    QCOMPARE(policy.maxAttempts(), 10);
    for (int made = 1; made <= 9; ++made)
        QCOMPARE(policy.nextWaitMs(made), std::optional<qint64>(expected.at(made - 1)));
    QCOMPARE(policy.nextWaitMs(10), std::nullopt);
    QCOMPARE(policy.toText(), QStringLiteral("5s, 5m, 30m, 2h, 5h, 10h, 14h, 20h, 1d"));
}

void TestRetry::jitterStaysWithinTwentyPercent()
{
    RetryPolicy policy;
    policy.setRandomSource([]() { return 0.0; });
    QCOMPARE(*policy.nextWaitMs(3), qint64(30 * kMinute * 0.8));
    policy.setRandomSource([]() { return 0.999999; });
    QVERIFY(*policy.nextWaitMs(3) <= qint64(30 * kMinute * 1.2));
    QVERIFY(*policy.nextWaitMs(3) > qint64(30 * kMinute * 1.19));

    // The real random source spreads the waits over the whole range, never outside it.
    policy.setRandomSource({});
    qint64 lowest = std::numeric_limits<qint64>::max();
    qint64 highest = 0;
    for (int i = 0; i < 2000; ++i) {
        const qint64 wait = *policy.nextWaitMs(1);
        QVERIFY2(wait >= 4000 && wait <= 6000, qPrintable(QString::number(wait)));
        lowest = qMin(lowest, wait);
        highest = qMax(highest, wait);
    }
    QVERIFY2(lowest < 4200 && highest > 5800, qPrintable(QStringLiteral("%1..%2").arg(lowest).arg(highest)));
}

void TestRetry::scheduleTextRoundTrips()
{
    QString error;
    const auto policy = RetryPolicy::fromText(QStringLiteral(" 10s, 1m;2h 1d  500ms 30 "), &error);
    QVERIFY2(policy, qPrintable(error));
    const QList<qint64> expected = {10 * kSecond, kMinute, 2 * kHour, 24 * kHour, 500, 30 * kSecond};
    QCOMPARE(policy->waitsMs(), expected);
    QCOMPARE(policy->maxAttempts(), 7);
    QCOMPARE(RetryPolicy::fromText(policy->toText())->waitsMs(), expected);
    QCOMPARE(RetryPolicy::fromText(QString())->waitsMs(), RetryPolicy::defaultWaitsMs());
}

void TestRetry::scheduleTextErrorsNameTheMistake()
{
    QString error;
    QVERIFY(!RetryPolicy::fromText(QStringLiteral("5s, soon, 1h"), &error));
    QVERIFY2(error.contains(QStringLiteral("“soon”")), qPrintable(error));
    QVERIFY(!RetryPolicy::fromText(QStringLiteral("5s, 40d"), &error));
    QVERIFY2(error.contains(QLatin1String("30 days")), qPrintable(error));
}

void TestRetry::retryAfterSecondsAndDates()
{
    const qint64 t = QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    QCOMPARE(RetryPolicy::parseRetryAfter("120", t), std::optional<qint64>(120 * kSecond));
    QCOMPARE(RetryPolicy::parseRetryAfter(" 0 ", t), std::optional<qint64>(0));
    QCOMPARE(RetryPolicy::parseRetryAfter("", t), std::nullopt);
    QCOMPARE(RetryPolicy::parseRetryAfter("-5", t), std::nullopt);
    QCOMPARE(RetryPolicy::parseRetryAfter("soon", t), std::nullopt);
    // Bounded: a receiver cannot park a job for a month.
    QCOMPARE(RetryPolicy::parseRetryAfter("2592000", t),
             std::optional<qint64>(RetryPolicy::kMaxRetryAfterMs));
    QCOMPARE(RetryPolicy::parseRetryAfter("Sun, 01 Mar 2026 12:01:30 GMT", t),
             std::optional<qint64>(90 * kSecond));
    QCOMPARE(RetryPolicy::parseRetryAfter(httpDate(t + 2 * kHour), t), std::optional<qint64>(2 * kHour));
    QCOMPARE(RetryPolicy::parseRetryAfter(httpDate(t - kHour), t), std::optional<qint64>(0));
    QCOMPARE(RetryPolicy::parseRetryAfter(httpDate(t + 30 * 24 * kHour), t),
             std::optional<qint64>(RetryPolicy::kMaxRetryAfterMs));
}

void TestRetry::serverErrorIsRetriedWhenDue()
{
    m_receiver->setStatus(500);
    Integration integration;
    QString error;
    QVERIFY2(addIntegration(integration, &error), qPrintable(error));
    const QString jobId = raise(&error);
    QVERIFY2(!jobId.isEmpty(), qPrintable(error));

    auto dispatcher = makeDispatcher();
    const qint64 before = now();
    dispatcher->start();
    QVERIFY(settle(*dispatcher, jobId, 1));
    const qint64 after = now();
    auto job = m_jobs->job(jobId);
    QCOMPARE(job->status, JobStatus::Failed);
    QCOMPARE(job->lastHttpStatus, 500);
    QVERIFY2(job->nextAttemptAt >= before + 5000 && job->nextAttemptAt <= after + 5000,
             qPrintable(QStringLiteral("next attempt %1 ms from now").arg(job->nextAttemptAt - after)));
    QCOMPARE(m_jobs->nextDueAt(), job->nextAttemptAt);

    // Four seconds on, the retry is not due yet.
    advance(4 * kSecond);
    QVERIFY(settle(*dispatcher, jobId, 1));
    QCOMPARE(m_receiver->requestCount(), 1);

    m_receiver->setStatus(204);
    advance(1100);
    QVERIFY(settle(*dispatcher, jobId, 2));
    job = m_jobs->job(jobId);
    QCOMPARE(job->status, JobStatus::Succeeded);
    QCOMPARE(job->nextAttemptAt, qint64(0));
    const QList<Attempt> attempts = m_jobs->attempts(jobId);
    QCOMPARE(attempts.at(1).kind, QStringLiteral("scheduled"));
    QCOMPARE(m_receiver->requestCount(), 2);
    // A retry is the same message: the receiver can drop it by its webhook-id.
    QCOMPARE(m_receiver->requests().at(0).header("webhook-id"), jobId.toLatin1());
    QCOMPARE(m_receiver->requests().at(1).header("webhook-id"), jobId.toLatin1());
    QVERIFY(m_receiver->lastSignatureValid());
}

void TestRetry::lastAttemptLeavesJobExhaustedAndResendable()
{
    m_receiver->setStatus(503);
    Integration integration;
    integration.retrySchedule = QStringLiteral("1s, 1m");
    QString error;
    QVERIFY2(addIntegration(integration, &error), qPrintable(error));
    QCOMPARE(m_integrations->byId(integration.id)->retrySchedule, QStringLiteral("1s, 1m"));
    const QString jobId = raise(&error);
    QVERIFY2(!jobId.isEmpty(), qPrintable(error));

    auto dispatcher = makeDispatcher();
    dispatcher->start();
    QVERIFY(settle(*dispatcher, jobId, 1));
    QCOMPARE(m_jobs->job(jobId)->status, JobStatus::Failed);
    advance(kSecond + 1);
    QVERIFY(settle(*dispatcher, jobId, 2));
    QCOMPARE(m_jobs->job(jobId)->status, JobStatus::Failed);
    advance(kMinute + 1);
    QVERIFY(settle(*dispatcher, jobId, 3));
    auto job = m_jobs->job(jobId);
    QCOMPARE(job->status, JobStatus::Exhausted);
    QCOMPARE(job->nextAttemptAt, qint64(0));
    QVERIFY2(job->lastError.contains(QLatin1String("503")), qPrintable(job->lastError));
    QCOMPARE(m_jobs->nextDueAt(), qint64(0));
    QCOMPARE(m_jobs->list({JobStatus::Exhausted, 10}).size(), 1);

    // Nothing more happens, however long we wait.
    advance(30 * 24 * kHour);
    QVERIFY(settle(*dispatcher, jobId, 3));
    QCOMPARE(m_receiver->requestCount(), 3);

    // A resend is one more attempt; failing, it leaves the job exhausted again.
    QCOMPARE(m_jobs->resend({jobId}, &error), 1);
    QVERIFY(settle(*dispatcher, jobId, 4));
    QCOMPARE(m_jobs->job(jobId)->status, JobStatus::Exhausted);
    QCOMPARE(m_jobs->attempts(jobId).last().kind, QStringLiteral("resend"));

    m_receiver->setStatus(200);
    QCOMPARE(m_jobs->resend({jobId}, &error), 1);
    QVERIFY(settle(*dispatcher, jobId, 5));
    QCOMPARE(m_jobs->job(jobId)->status, JobStatus::Succeeded);
    QCOMPARE(m_receiver->requestCount(), 5);
}

void TestRetry::goneDisablesIntegrationAndKeepsItsJobs()
{
    m_receiver->setStatus(410);
    Integration integration;
    QString error;
    QVERIFY2(addIntegration(integration, &error), qPrintable(error));
    const QString first = raise(&error);
    const QString second = raise(&error);
    QVERIFY2(!first.isEmpty() && !second.isEmpty(), qPrintable(error));

    auto dispatcher = makeDispatcher(); // one at a time: the second job waits behind the first
    dispatcher->start();
    QVERIFY(settle(*dispatcher, first, 1));
    auto job = m_jobs->job(first);
    QCOMPARE(job->status, JobStatus::Failed);
    QCOMPARE(job->lastHttpStatus, 410);
    QCOMPARE(job->nextAttemptAt, qint64(0));
    QVERIFY2(job->lastError.contains(QLatin1String("410")) &&
                 job->lastError.contains(QLatin1String("disabled")),
             qPrintable(job->lastError));
    const Integration disabled = *m_integrations->byId(integration.id);
    QVERIFY(!disabled.enabled);
    QVERIFY2(disabled.disabledReason.contains(QLatin1String("410 Gone")) &&
                 disabled.disabledReason.contains(QLatin1String("Enable the integration again")),
             qPrintable(disabled.disabledReason));
    QCOMPARE(m_jobs->job(second)->status, JobStatus::Pending);
    QCOMPARE(m_jobs->attempts(second).size(), 0);

    // A day later the second job still waits, unsent.
    advance(24 * kHour);
    QVERIFY(settle(*dispatcher, first, 1));
    QCOMPARE(m_receiver->requestCount(), 1);

    // Enabling the integration sends what waited, and only that.
    m_receiver->setStatus(204);
    Integration enabled = disabled;
    enabled.enabled = true;
    QVERIFY2(m_integrations->update(enabled, &error), qPrintable(error));
    QCOMPARE(m_integrations->byId(integration.id)->disabledReason, QString());
    QVERIFY(settle(*dispatcher, second, 1));
    QCOMPARE(m_jobs->job(second)->status, JobStatus::Succeeded);
    QCOMPARE(m_jobs->job(first)->status, JobStatus::Failed);
    QCOMPARE(m_receiver->requestCount(), 2);
}

void TestRetry::tooManyRequestsHonoursRetryAfter()
{
    m_receiver->setStatus(429);
    m_receiver->setResponseHeader("Retry-After", "120");
    Integration integration;
    QString error;
    QVERIFY2(addIntegration(integration, &error), qPrintable(error));
    const QString jobId = raise(&error);
    QVERIFY2(!jobId.isEmpty(), qPrintable(error));

    auto dispatcher = makeDispatcher();
    const qint64 before = now();
    dispatcher->start();
    QVERIFY(settle(*dispatcher, jobId, 1));
    const auto job = m_jobs->job(jobId);
    QCOMPARE(job->status, JobStatus::Failed);
    QVERIFY2(job->nextAttemptAt >= before + 120 * kSecond,
             qPrintable(QStringLiteral("retry %1 ms later").arg(job->nextAttemptAt - before)));
    QVERIFY(job->nextAttemptAt <= now() + 120 * kSecond);

    // The schedule alone would retry after 5 s; the receiver asked for two minutes.
    advance(100 * kSecond);
    QVERIFY(settle(*dispatcher, jobId, 1));
    QCOMPARE(m_receiver->requestCount(), 1);
    m_receiver->setStatus(204);
    advance(21 * kSecond);
    QVERIFY(settle(*dispatcher, jobId, 2));
    QCOMPARE(m_jobs->job(jobId)->status, JobStatus::Succeeded);
}

void TestRetry::unavailableHonoursRetryAfterDate()
{
    m_receiver->setStatus(503);
    m_receiver->setResponseHeader("Retry-After", httpDate(now() + 3 * kHour));
    Integration integration;
    QString error;
    QVERIFY2(addIntegration(integration, &error), qPrintable(error));
    const QString jobId = raise(&error);
    auto dispatcher = makeDispatcher();
    dispatcher->start();
    QVERIFY(settle(*dispatcher, jobId, 1));
    const qint64 wait = m_jobs->job(jobId)->nextAttemptAt - now();
    // HTTP dates have whole seconds.
    QVERIFY2(wait > 3 * kHour - 2 * kSecond && wait <= 3 * kHour, qPrintable(QString::number(wait)));
}

void TestRetry::retryAfterIsBounded()
{
    m_receiver->setStatus(502);
    m_receiver->setResponseHeader("Retry-After", "31536000"); // a year
    Integration integration;
    QString error;
    QVERIFY2(addIntegration(integration, &error), qPrintable(error));
    const QString jobId = raise(&error);
    auto dispatcher = makeDispatcher();
    const qint64 before = now();
    dispatcher->start();
    QVERIFY(settle(*dispatcher, jobId, 1));
    const qint64 next = m_jobs->job(jobId)->nextAttemptAt;
    QVERIFY(next >= before + RetryPolicy::kMaxRetryAfterMs && next <= now() + RetryPolicy::kMaxRetryAfterMs);
}

void TestRetry::redirectIsAFailureShowingLocation()
{
    m_receiver->setStatus(301);
    const QString moved = m_receiver->url(QStringLiteral("/moved/here"));
    m_receiver->setResponseHeader("Location", moved.toLatin1());
    Integration integration;
    QString error;
    QVERIFY2(addIntegration(integration, &error), qPrintable(error));
    const QString jobId = raise(&error);
    auto dispatcher = makeDispatcher();
    dispatcher->start();
    QVERIFY(settle(*dispatcher, jobId, 1));
    const auto job = m_jobs->job(jobId);
    QCOMPARE(job->status, JobStatus::Failed);
    QCOMPARE(job->lastHttpStatus, 301);
    QVERIFY2(job->lastError.contains(moved), qPrintable(job->lastError));
    QVERIFY(job->nextAttemptAt > 0);
    // Not followed: the signed request went to the configured URL only.
    QCOMPARE(m_receiver->requestCount(), 1);
    QCOMPARE(m_receiver->requests().first().path, QByteArray("/hooks/in"));
}

void TestRetry::resendDuringRetriesContinuesTheSchedule()
{
    m_receiver->setStatus(500);
    Integration integration;
    QString error;
    QVERIFY2(addIntegration(integration, &error), qPrintable(error));
    const QString jobId = raise(&error);
    auto dispatcher = makeDispatcher();
    dispatcher->start();
    QVERIFY(settle(*dispatcher, jobId, 1));
    advance(5 * kSecond);
    QVERIFY(settle(*dispatcher, jobId, 2)); // second scheduled attempt: next wait is 5 min

    // The administrator resends at once; it fails too. The schedule is not reset: the next
    // scheduled attempt is still the third, 5 minutes away, not 5 seconds.
    QCOMPARE(m_jobs->resend({jobId}, &error), 1);
    const qint64 before = now();
    QVERIFY(settle(*dispatcher, jobId, 3));
    const auto job = m_jobs->job(jobId);
    QCOMPARE(job->status, JobStatus::Failed);
    QCOMPARE(job->attempts, 3);
    QCOMPARE(m_jobs->scheduledAttemptCount(jobId), 2);
    QVERIFY2(job->nextAttemptAt >= before + 5 * kMinute && job->nextAttemptAt <= now() + 5 * kMinute,
             qPrintable(QString::number(job->nextAttemptAt - before)));
}

void TestRetry::migrationTwoAddsRetrySchedule()
{
    QVERIFY(Database::latestSchemaVersion() >= 2);
    QVERIFY(m_db->schemaVersion() >= 2);
    Integration integration;
    QString error;
    QVERIFY2(addIntegration(integration, &error), qPrintable(error));
    QCOMPARE(m_integrations->byId(integration.id)->retrySchedule, QString());
    Integration changed = *m_integrations->byId(integration.id);
    changed.retrySchedule = QStringLiteral("5s, 1h");
    QVERIFY2(m_integrations->update(changed, &error), qPrintable(error));
    QCOMPARE(m_integrations->byName(integration.name)->retrySchedule, QStringLiteral("5s, 1h"));
}

QTEST_GUILESS_MAIN(TestRetry)
#include "tst_retry.moc"
