// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestBackend.h"
#include "domain/Ids.h"
#include "storage/Database.h"
#include "storage/EventStore.h"
#include "storage/IntegrationStore.h"
#include "storage/JobQuery.h"
#include "storage/JobStore.h"
#include "storage/TriggerStore.h"

#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>
#include <QtTest>
#include <atomic>
#include <memory>
#include <sqlite3.h>
#include <thread>

using namespace hookdesk;

namespace {

const QString kType = QStringLiteral("thyngs.interaction.occurred");

// Every test starts from an empty PostgreSQL schema, as a first run against a new server would.
bool resetPostgres(const QString& location, QString* error)
{
    return hookdesk::test::TestBackend::resetPostgres(location, error);
}

// The stores of one connection, as one process (or one worker thread) holds them.
struct Connection
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

QByteArray randomishBytes()
{
    // Every byte value, including NUL and sequences that are not valid UTF-8.
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(char(i));
    bytes.append("\xC3\x28\xA0\xA1\xE2\x28\xA1\xF0\x28\x8C\xBC\x00\xFF\xFE", 14);
    return bytes;
}

} // namespace

class TestStorage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();

    void migrationsCreateLatestSchemaAndReopenIsNoOp();
    void newerSchemaIsRefused();
    void simultaneousFirstOpensMigrateOnce();
    void integrationInsertAndUpdate();
    void integrationNamesAreUniqueIgnoringCase();
    void removingIntegrationKeepsPastJobs();
    void triggerValidation();
    void raiseFansOutToEnabledTriggers();
    void raiseStoresPayloadBytesExactly();
    void concurrentClaimsNeverShareAJob();
    void expiredLeaseIsClaimedAgain();
    void claimManyAnswersEachClaimInOneGo();
    void disabledIntegrationJobsAreNotClaimed();
    void recordAttemptNumbersAndUpdatesJob();
    void recordAttemptForMissingJobWritesNothing();
    void recordAttemptsSkipsAJobDeletedWhileItWasSent();
    void recordByRowNeverWritesAnotherJob();
    void recordAndClaimIsAllOrNothing();
    void attemptBodiesAreStoredByteExact();
    void attemptBodyThatIsThePayloadIsStoredOnce();
    void resendQueuesOnlyFinishedJobs();
    void listFiltersByStatusNewestFirst();
    void payloadTextSearchOnBothDatabases();
    void fullDiskIsSaidInWordsAndLosesNothing();
    void orderedClaimSkipsFinishedJobs();

private:
    bool addIntegration(Integration& integration, QString* error, Connection* c = nullptr);
    bool addTrigger(qint64 integrationId, const QString& path, QString* error, bool enabled = true,
                    const QString& type = kType);
    QStringList raise(const QByteArray& payload, QString* error, Connection* c = nullptr);
    // Integration "A" with one trigger and two jobs, *older and *newer; false, with *error, if not.
    bool twoJobsForA(Integration& a, QString* older, QString* newer, QString* error);
    // A new integration "A" with a trigger, and `count` events raised for it: their jobs, in order.
    QStringList jobsOfNewIntegration(int count, const QByteArray& payload, Integration& a, QString* error);
    // One integration, one event with `payload`, its job claimed: the job's id, empty on failure.
    QString claimedJob(const QByteArray& payload, QString* error);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location;
    std::unique_ptr<Connection> m_c;
};

void TestStorage::initTestCase_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestStorage::init()
{
    // A warning from Qt (a connection removed while still in use, a bad bind) is a bug here too.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    QFETCH_GLOBAL(QString, backend);
    if (backend == QLatin1String("postgresql")) {
        m_location = qEnvironmentVariable("HOOKDESK_TEST_PG_URL");
        // The README's test command always provides a server; there a missing one is a failure.
        if (m_location.isEmpty() && qEnvironmentVariableIsSet("HOOKDESK_REQUIRE_POSTGRES"))
            QFAIL("HOOKDESK_REQUIRE_POSTGRES is set but HOOKDESK_TEST_PG_URL is not: the test PostgreSQL "
                  "server was not started.");
        if (m_location.isEmpty())
            QSKIP("HOOKDESK_TEST_PG_URL is not set: no PostgreSQL server to test against. Run the tests "
                  "with ./setup.sh test, which starts one.");
        QString error;
        QVERIFY2(resetPostgres(m_location, &error), qPrintable(error));
    } else {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_location = m_dir->filePath(QStringLiteral("hookdesk.sqlite"));
    }
    m_c = std::make_unique<Connection>();
    QString error;
    QVERIFY2(m_c->open(m_location, QStringLiteral("tst_storage"), &error), qPrintable(error));
}

void TestStorage::cleanup()
{
    m_c.reset();
    m_dir.reset();
}

bool TestStorage::addIntegration(Integration& integration, QString* error, Connection* c)
{
    if (integration.baseUrl.isEmpty())
        integration.baseUrl = QStringLiteral("http://127.0.0.1:9/hooks/");
    return (c ? c : m_c.get())->integrations->insert(integration, error);
}

bool TestStorage::addTrigger(qint64 integrationId, const QString& path, QString* error, bool enabled,
                             const QString& type)
{
    Trigger t;
    t.integrationId = integrationId;
    t.eventType = type;
    t.path = path;
    t.enabled = enabled;
    return m_c->triggers->insert(t, error);
}

QStringList TestStorage::raise(const QByteArray& payload, QString* error, Connection* c)
{
    Event e;
    e.type = kType;
    e.payload = payload;
    e.itemName = QStringLiteral("Interaction");
    e.eventName = QStringLiteral("INTERACTION OCCURED");
    e.source = QStringLiteral("test");
    const auto raised = (c ? c : m_c.get())->events->raise(e, error);
    return raised ? raised->jobIds : QStringList{QStringLiteral("<raise failed>")};
}

QStringList TestStorage::jobsOfNewIntegration(int count, const QByteArray& payload, Integration& a,
                                              QString* error)
{
    a.name = QStringLiteral("A");
    if (!addIntegration(a, error) || !addTrigger(a.id, QStringLiteral("in"), error))
        return {};
    QStringList ids;
    for (int n = 0; n < count; ++n) {
        const QStringList raised = raise(payload, error);
        if (raised.size() != 1)
            return ids;
        ids << raised.first();
    }
    return ids;
}

QString TestStorage::claimedJob(const QByteArray& payload, QString* error)
{
    Integration a;
    a.name = QStringLiteral("A");
    if (!addIntegration(a, error) || !addTrigger(a.id, QStringLiteral("in"), error))
        return QString();
    const QString id = raise(payload, error).value(0);
    return m_c->jobs->claimDue(QStringLiteral("me"), nowMs() + 60000, 1, error).size() == 1 ? id : QString();
}

namespace {

// An attempt at `jobId` as the dispatcher records one, with `body` sent.
Attempt sentAttempt(const QString& jobId, const QByteArray& body)
{
    Attempt attempt;
    attempt.jobId = jobId;
    attempt.kind = QStringLiteral("scheduled");
    attempt.startedAt = nowMs();
    attempt.requestUrl = QStringLiteral("http://127.0.0.1:9/hooks/in");
    attempt.requestBody = body;
    return attempt;
}

// The first attempt of `jobId`, answered 204 by a "Server: test", as the dispatcher hands it over;
// `jobRow` as its claim gave it (DeliveryJob::storeRow).
JobStore::AttemptRecord answered204(const QString& jobId, qint64 jobRow = 0)
{
    Attempt attempt = sentAttempt(jobId, R"({"n":0})");
    attempt.number = 1;
    attempt.responseStatus = 204;
    attempt.responseHeaders = {{"Server", "test"}};
    return {attempt, JobStatus::Succeeded, 0, false, {}, {}, jobRow};
}

} // namespace

bool TestStorage::twoJobsForA(Integration& a, QString* older, QString* newer, QString* error)
{
    a.name = QStringLiteral("A");
    if (!addIntegration(a, error) || !addTrigger(a.id, QStringLiteral("in"), error))
        return false;
    *older = raise(R"({"n":1})", error).value(0);
    *newer = raise(R"({"n":2})", error).value(0);
    return !older->isEmpty() && !newer->isEmpty();
}

void TestStorage::migrationsCreateLatestSchemaAndReopenIsNoOp()
{
    QVERIFY(Database::latestSchemaVersion() >= 1);
    QCOMPARE(m_c->db.schemaVersion(), Database::latestSchemaVersion());

    Integration i;
    i.name = QStringLiteral("Kept");
    QString error;
    QVERIFY2(addIntegration(i, &error), qPrintable(error));
    m_c.reset();

    // Reopening applies nothing again and keeps the data.
    m_c = std::make_unique<Connection>();
    QVERIFY2(m_c->open(m_location, QStringLiteral("tst_storage"), &error), qPrintable(error));
    QCOMPARE(m_c->db.schemaVersion(), Database::latestSchemaVersion());
    QSqlQuery q(m_c->db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), Database::latestSchemaVersion());
    QCOMPARE(m_c->integrations->all().size(), 1);
}

void TestStorage::simultaneousFirstOpensMigrateOnce()
{
    // The console, `hookdesk serve` and the command line may all open a database that does
    // not exist yet at the same moment: each must get a working, fully migrated database.
    QFETCH_GLOBAL(QString, backend);
    m_c.reset();
    constexpr int kOpeners = 4;
    for (int round = 0; round < 5; ++round) {
        QString location = m_location;
        QString error;
        if (backend == QLatin1String("postgresql"))
            QVERIFY2(resetPostgres(m_location, &error), qPrintable(error));
        else
            location = m_dir->filePath(QStringLiteral("fresh-%1.sqlite").arg(round));
        QStringList errors;
        for (int i = 0; i < kOpeners; ++i)
            errors.append(QString());
        std::atomic<int> waiting{kOpeners};
        std::vector<std::thread> openers;
        for (int i = 0; i < kOpeners; ++i) {
            openers.emplace_back([&, i]() {
                --waiting;
                while (waiting > 0)
                    std::this_thread::yield();
                Database db;
                QString openError;
                if (!db.open(location, QStringLiteral("first-open-%1-%2").arg(round).arg(i), &openError))
                    errors[i] = openError.isEmpty() ? QStringLiteral("open failed") : openError;
            });
        }
        for (std::thread& t : openers)
            t.join();
        for (const QString& e : std::as_const(errors))
            QVERIFY2(e.isEmpty(), qPrintable(e));
        Database check;
        QVERIFY2(check.open(location, QStringLiteral("first-open-check"), &error), qPrintable(error));
        QSqlQuery q(check.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), MAX(version) FROM schema_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), Database::latestSchemaVersion());
        QCOMPARE(q.value(1).toInt(), Database::latestSchemaVersion());
    }
}

void TestStorage::newerSchemaIsRefused()
{
    const int newer = Database::latestSchemaVersion() + 1;
    {
        QSqlQuery q(m_c->db.connection());
        q.prepare(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"));
        q.addBindValue(newer);
        q.addBindValue(nowMs());
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    m_c.reset();

    Database db;
    QString error;
    QVERIFY(!db.open(m_location, QStringLiteral("tst_storage"), &error));
    QVERIFY(!db.isOpen());
    QVERIFY2(error.contains(QLatin1String("newer Hookdesk")), qPrintable(error));
    QVERIFY2(error.contains(QString::number(newer)), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("Update Hookdesk")), qPrintable(error));
}

void TestStorage::integrationInsertAndUpdate()
{
    Integration i;
    i.name = QStringLiteral("Thyngs production");
    i.baseUrl = QStringLiteral("https://thyngs.example/hooks");
    i.authScheme = AuthScheme::Header;
    i.authHeader = QStringLiteral("X-Api-Key");
    QString error;
    QVERIFY2(addIntegration(i, &error), qPrintable(error));
    QVERIFY(i.id > 0);
    QVERIFY(i.uid.startsWith(QLatin1String("int_")));
    QVERIFY(i.createdAt > 0);

    auto stored = m_c->integrations->byId(i.id);
    QVERIFY(stored);
    QCOMPARE(stored->name, i.name);
    QCOMPARE(stored->baseUrl, i.baseUrl);
    QCOMPARE(stored->authScheme, AuthScheme::Header);
    QCOMPARE(stored->authHeader, QStringLiteral("X-Api-Key"));
    QCOMPARE(stored->tokenKey(), i.tokenKey());
    QVERIFY(stored->enabled);

    stored->name = QStringLiteral("Thyngs staging");
    stored->authScheme = AuthScheme::Token;
    stored->enabled = false;
    stored->disabledReason = QStringLiteral("The receiver answered 410 Gone.");
    QVERIFY2(m_c->integrations->update(*stored, &error), qPrintable(error));
    const auto updated = m_c->integrations->byName(QStringLiteral("Thyngs staging"));
    QVERIFY(updated);
    QCOMPARE(updated->id, i.id);
    QCOMPARE(updated->uid, i.uid);
    QCOMPARE(updated->authScheme, AuthScheme::Token);
    QVERIFY(!updated->enabled);
    QCOMPARE(updated->disabledReason, QStringLiteral("The receiver answered 410 Gone."));
    QVERIFY(!m_c->integrations->byName(QStringLiteral("Thyngs production")));
    // Request shaping, ordering and the run-number rule survive a round trip, and defaults
    // are what a new integration gets.
    QCOMPARE(updated->payloadFormat, PayloadFormat::Json);
    QVERIFY(!updated->ordered);
    QCOMPARE(updated->autoDisableAfterMs, 5LL * 24 * 60 * 60 * 1000);
    QCOMPARE(updated->runNumberSource, RunNumberSource::None);
    QCOMPARE(updated->httpVersion, HttpVersion::Http1);

    Integration shaped = *updated;
    shaped.httpVersion = HttpVersion::Http2;
    shaped.authScheme = AuthScheme::Basic;
    shaped.authUsername = QStringLiteral("acme-bot");
    shaped.payloadFormat = PayloadFormat::CloudEvents;
    shaped.customHeaders = {{"X-Tenant", "acme"}, {"X-Env", "staging"}};
    shaped.ordered = true;
    shaped.runNumberSource = RunNumberSource::JsonPointer;
    shaped.runNumberPath = QStringLiteral("/run/number");
    shaped.caFile = QStringLiteral("/etc/hookdesk/acme-ca.pem");
    shaped.autoDisableAfterMs = 2LL * 60 * 60 * 1000;
    QVERIFY2(m_c->integrations->update(shaped, &error), qPrintable(error));
    const auto reread = m_c->integrations->byId(i.id);
    QVERIFY(reread);
    QCOMPARE(reread->authScheme, AuthScheme::Basic);
    QCOMPARE(reread->authUsername, QStringLiteral("acme-bot"));
    QCOMPARE(reread->payloadFormat, PayloadFormat::CloudEvents);
    QCOMPARE(reread->httpVersion, HttpVersion::Http2);
    QCOMPARE(reread->customHeaders, shaped.customHeaders);
    QVERIFY(reread->ordered);
    QCOMPARE(reread->runNumberRule(), QStringLiteral("json:/run/number"));
    QCOMPARE(reread->caFile, shaped.caFile);
    QCOMPARE(reread->autoDisableAfterMs, 2LL * 60 * 60 * 1000);

    Integration gone = *updated;
    gone.id = i.id + 1000;
    gone.name = QStringLiteral("Ghost");
    QVERIFY(!m_c->integrations->update(gone, &error));
    QVERIFY2(error.contains(QLatin1String("no longer exists")), qPrintable(error));
}

void TestStorage::integrationNamesAreUniqueIgnoringCase()
{
    Integration a;
    a.name = QStringLiteral("Kinetic");
    QString error;
    QVERIFY2(addIntegration(a, &error), qPrintable(error));

    Integration b;
    b.name = QStringLiteral("KINETIC");
    QVERIFY(!addIntegration(b, &error));
    QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("KINETIC")), qPrintable(error));
    QCOMPARE(m_c->integrations->all().size(), 1);

    b.name = QStringLiteral("Kinetic 2");
    QVERIFY2(addIntegration(b, &error), qPrintable(error));
    b.name = QStringLiteral("kinetic");
    QVERIFY(!m_c->integrations->update(b, &error));
    QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));
    QCOMPARE(m_c->integrations->byId(b.id)->name, QStringLiteral("Kinetic 2"));

    // Changing only the case of its own name is not a clash.
    a.name = QStringLiteral("KINETIC");
    QVERIFY2(m_c->integrations->update(a, &error), qPrintable(error));
}

void TestStorage::removingIntegrationKeepsPastJobs()
{
    Integration i;
    i.name = QStringLiteral("Doomed");
    QString error;
    QVERIFY2(addIntegration(i, &error), qPrintable(error));
    QVERIFY2(addTrigger(i.id, QStringLiteral("a"), &error), qPrintable(error));
    QVERIFY2(addTrigger(i.id, QStringLiteral("b"), &error), qPrintable(error));
    Integration other;
    other.name = QStringLiteral("Survivor");
    QVERIFY2(addIntegration(other, &error), qPrintable(error));
    QVERIFY2(addTrigger(other.id, QStringLiteral("c"), &error), qPrintable(error));

    const QStringList ids = raise("{}", &error);
    QCOMPARE(ids.size(), 3);
    QCOMPARE(m_c->jobs->job(ids.first())->integrationName, QStringLiteral("Doomed"));

    QVERIFY2(m_c->integrations->remove(i.id, &error), qPrintable(error));
    QVERIFY(!m_c->integrations->byId(i.id));
    const QList<Trigger> triggers = m_c->triggers->all();
    QCOMPARE(triggers.size(), 1);
    QCOMPARE(triggers.first().integrationId, other.id);

    const QList<DeliveryJob> jobs = m_c->jobs->list({});
    QCOMPARE(jobs.size(), 3);
    int orphaned = 0;
    for (const DeliveryJob& j : jobs) {
        if (j.integrationId == i.id) {
            ++orphaned;
            QCOMPARE(j.integrationName, QString());
        } else {
            QCOMPARE(j.integrationName, QStringLiteral("Survivor"));
        }
    }
    QCOMPARE(orphaned, 2);
    const auto job = m_c->jobs->job(ids.first());
    QVERIFY(job);
    QCOMPARE(job->integrationName, QString());
    QCOMPARE(job->payload, QByteArray("{}"));
}

void TestStorage::triggerValidation()
{
    Integration i;
    i.name = QStringLiteral("Target");
    QString error;
    QVERIFY2(addIntegration(i, &error), qPrintable(error));

    Trigger t;
    t.integrationId = i.id;
    t.eventType = QStringLiteral("  ");
    QVERIFY(!m_c->triggers->insert(t, &error));
    QCOMPARE(error, QStringLiteral("Choose the event type this trigger sends."));

    t.eventType = kType;
    t.path = QStringLiteral("/my hook");
    QVERIFY(!m_c->triggers->insert(t, &error));
    QVERIFY2(error.contains(QStringLiteral("“/my hook” contains spaces")), qPrintable(error));

    t.path = QStringLiteral("/hook");
    t.integrationId = i.id + 1000;
    QVERIFY(!m_c->triggers->insert(t, &error));
    QCOMPARE(error, QStringLiteral("Choose the integration this trigger sends to."));
    QVERIFY(m_c->triggers->all().isEmpty());

    t.integrationId = i.id;
    QVERIFY2(m_c->triggers->insert(t, &error), qPrintable(error));
    QVERIFY(t.id > 0);
    t.path = QStringLiteral("/other");
    QVERIFY2(m_c->triggers->update(t, &error), qPrintable(error));
    QCOMPARE(m_c->triggers->byId(t.id)->path, QStringLiteral("/other"));

    Trigger missing = t;
    missing.id = t.id + 1000;
    QVERIFY(!m_c->triggers->update(missing, &error));
    QCOMPARE(error, QStringLiteral("This trigger no longer exists."));
}

void TestStorage::raiseFansOutToEnabledTriggers()
{
    QString error;
    Integration a;
    a.name = QStringLiteral("A");
    a.baseUrl = QStringLiteral("https://a.example/hooks/");
    QVERIFY2(addIntegration(a, &error), qPrintable(error));
    Integration b;
    b.name = QStringLiteral("B");
    b.baseUrl = QStringLiteral("https://b.example");
    QVERIFY2(addIntegration(b, &error), qPrintable(error));
    Integration off;
    off.name = QStringLiteral("Off");
    off.baseUrl = QStringLiteral("https://off.example");
    off.enabled = false;
    QVERIFY2(addIntegration(off, &error), qPrintable(error));

    QVERIFY2(addTrigger(a.id, QStringLiteral("/thyngs"), &error), qPrintable(error));
    QVERIFY2(addTrigger(a.id, QStringLiteral("paused"), &error, false), qPrintable(error));
    QVERIFY2(addTrigger(b.id, QString(), &error), qPrintable(error));
    QVERIFY2(addTrigger(b.id, QStringLiteral("other"), &error, true, QStringLiteral("kinetic.other")),
             qPrintable(error));
    QVERIFY2(addTrigger(off.id, QStringLiteral("x"), &error), qPrintable(error));

    QSignalSpy created(m_c->events.get(), &EventStore::jobsCreated);
    const QStringList ids = raise(R"({"n":1})", &error);
    QCOMPARE(ids.size(), 2);
    QCOMPARE(created.count(), 1);
    QCOMPARE(created.first().first().toStringList(), ids);

    QSet<QString> urls;
    QString eventId;
    for (const QString& id : ids) {
        QVERIFY(id.startsWith(QLatin1String("msg_")));
        const auto job = m_c->jobs->job(id);
        QVERIFY(job);
        QCOMPARE(job->status, JobStatus::Pending);
        QCOMPARE(job->eventType, kType);
        QCOMPARE(job->attempts, 0);
        QCOMPARE(job->nextAttemptKind, QStringLiteral("scheduled"));
        QCOMPARE(job->itemName, QStringLiteral("Interaction"));
        QCOMPARE(job->eventName, QStringLiteral("INTERACTION OCCURED"));
        if (eventId.isEmpty())
            eventId = job->eventId;
        QCOMPARE(job->eventId, eventId);
        urls.insert(job->url);
    }
    QCOMPARE(urls, (QSet<QString>{QStringLiteral("https://a.example/hooks/thyngs"),
                                  QStringLiteral("https://b.example")}));

    // A type nobody listens to is stored, with no job.
    Event lonely;
    lonely.type = QStringLiteral("nobody.listens");
    lonely.payload = "{}";
    const auto raised = m_c->events->raise(lonely, &error);
    QVERIFY2(raised, qPrintable(error));
    QVERIFY(raised->jobIds.isEmpty());
    QVERIFY(m_c->events->byId(raised->event.id));
    QCOMPARE(created.count(), 1);
    QCOMPARE(m_c->jobs->list({}).size(), 2);
}

void TestStorage::raiseStoresPayloadBytesExactly()
{
    QString error;
    Integration a;
    a.name = QStringLiteral("A");
    QVERIFY2(addIntegration(a, &error), qPrintable(error));
    QVERIFY2(addTrigger(a.id, QStringLiteral("in"), &error), qPrintable(error));

    // Spacing and key order are the sender's and must survive; so must every non-ASCII character.
    const QByteArray payload =
        QStringLiteral("{ \"name\" : \"Zoë Ñúñez ✓ 漢字 🚀\",\n\t\"n\":1.50 }").toUtf8();
    Event e;
    e.type = kType;
    e.payload = payload;
    e.itemName = QStringLiteral("Zoë's form");
    const auto raised = m_c->events->raise(e, &error);
    QVERIFY2(raised, qPrintable(error));
    QCOMPARE(m_c->events->byId(raised->event.id)->payload, payload);
    QCOMPARE(m_c->events->byId(raised->event.id)->itemName, QStringLiteral("Zoë's form"));
    QCOMPARE(raised->jobIds.size(), 1);
    QCOMPARE(m_c->jobs->job(raised->jobIds.first())->payload, payload);
}

void TestStorage::concurrentClaimsNeverShareAJob()
{
    QString error;
    Integration a;
    a.name = QStringLiteral("A");
    QVERIFY2(addIntegration(a, &error), qPrintable(error));
    QVERIFY2(addTrigger(a.id, QStringLiteral("one"), &error), qPrintable(error));
    QVERIFY2(addTrigger(a.id, QStringLiteral("two"), &error), qPrintable(error));
    QSet<QString> all;
    for (int n = 0; n < 60; ++n) {
        const QStringList ids = raise("{}", &error);
        QCOMPARE(ids.size(), 2);
        for (const QString& id : ids)
            all.insert(id);
    }

    // Two threads, each with its own connection, behave as two processes sharing the database:
    // each claims small batches and records a result for what it claimed, as a dispatcher does.
    QMutex mutex;
    QList<QStringList> claimedBy(2);
    QStringList errors;
    auto worker = [&](int index) {
        Connection c;
        QString e;
        if (!c.open(m_location, QStringLiteral("tst_storage_worker%1").arg(index), &e)) {
            const QMutexLocker lock(&mutex);
            errors << e;
            return;
        }
        const QString owner = QStringLiteral("worker%1").arg(index);
        for (;;) {
            const QList<DeliveryJob> jobs = c.jobs->claimDue(owner, nowMs() + 600000, 3, &e);
            if (!e.isEmpty()) {
                const QMutexLocker lock(&mutex);
                errors << e;
                return;
            }
            if (jobs.isEmpty())
                return;
            for (const DeliveryJob& job : jobs) {
                Attempt attempt;
                attempt.jobId = job.id;
                attempt.kind = job.nextAttemptKind;
                attempt.startedAt = nowMs();
                attempt.requestUrl = job.url;
                attempt.responseStatus = 204;
                if (!c.jobs->recordAttempt(attempt, JobStatus::Succeeded, &e)) {
                    const QMutexLocker lock(&mutex);
                    errors << e;
                    return;
                }
                const QMutexLocker lock(&mutex);
                claimedBy[index] << job.id;
            }
        }
    };
    std::unique_ptr<QThread> first(QThread::create(worker, 0));
    std::unique_ptr<QThread> second(QThread::create(worker, 1));
    first->start();
    second->start();
    QVERIFY(first->wait(120000));
    QVERIFY(second->wait(120000));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));

    const QSet<QString> a0(claimedBy[0].cbegin(), claimedBy[0].cend());
    const QSet<QString> a1(claimedBy[1].cbegin(), claimedBy[1].cend());
    QCOMPARE(a0.size(), claimedBy[0].size());
    QCOMPARE(a1.size(), claimedBy[1].size());
    QVERIFY2(!a0.intersects(a1), "A job was claimed by both connections.");
    QCOMPARE(a0 + a1, all);
    for (const DeliveryJob& job : m_c->jobs->list({})) {
        QCOMPARE(job.status, JobStatus::Succeeded);
        QCOMPARE(job.attempts, 1);
    }
}

void TestStorage::expiredLeaseIsClaimedAgain()
{
    QString error;
    Integration a;
    a.name = QStringLiteral("A");
    QVERIFY2(addIntegration(a, &error), qPrintable(error));
    QVERIFY2(addTrigger(a.id, QStringLiteral("in"), &error), qPrintable(error));
    const QString live = raise("{}", &error).value(0);
    const QString dead = raise("{}", &error).value(0);

    // One sender holds a live lease; another took a job and died, its lease now in the past.
    QList<DeliveryJob> got = m_c->jobs->claimDue(QStringLiteral("alive"), nowMs() + 600000, 1, &error);
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.first().id, live);
    got = m_c->jobs->claimDue(QStringLiteral("dead"), nowMs() - 1000, 1, &error);
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.first().id, dead);
    QCOMPARE(m_c->jobs->job(dead)->status, JobStatus::Sending);

    Connection other;
    QVERIFY2(other.open(m_location, QStringLiteral("tst_storage_other"), &error), qPrintable(error));
    got = other.jobs->claimDue(QStringLiteral("heir"), nowMs() + 600000, 10, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.first().id, dead);
    QCOMPARE(got.first().payload, QByteArray("{}"));
    QVERIFY(other.jobs->claimDue(QStringLiteral("heir"), nowMs() + 600000, 10, &error).isEmpty());
}

void TestStorage::claimManyAnswersEachClaimInOneGo()
{
    // As the dispatcher's job store thread claims for many integrations at once: each claim gets
    // its own integration's jobs, as many as it asked for, with its own lease; an ordered
    // integration gets its oldest job only.
    QString error;
    QList<Integration> integrations(3);
    for (int i = 0; i < 3; ++i) {
        integrations[i].name = QStringLiteral("I%1").arg(i);
        integrations[i].ordered = i == 2;
        QVERIFY2(addIntegration(integrations[i], &error), qPrintable(error));
        QVERIFY2(addTrigger(integrations[i].id, QStringLiteral("in"), &error), qPrintable(error));
    }
    QHash<qint64, QStringList> jobsOf; // in the order raised
    for (int n = 0; n < 3; ++n) {
        for (const QString& id : raise(QByteArray::number(n), &error))
            jobsOf[m_c->jobs->job(id)->integrationId] << id;
    }
    const qint64 lease = nowMs() + 60000;
    const qint64 longer = nowMs() + 120000;
    QList<JobStore::ClaimRequest> requests{{integrations[0].id, QStringLiteral("me"), lease, 2, false},
                                           {integrations[1].id, QStringLiteral("me"), longer, 10, false},
                                           {integrations[2].id, QStringLiteral("me"), lease, 1, true}};
    QList<QList<DeliveryJob>> got = m_c->jobs->claimMany(requests, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(got.size(), 3);
    QCOMPARE(got[0].size(), 2);
    QCOMPARE(got[1].size(), 3);
    QCOMPARE(got[2].size(), 1);
    for (int i = 0; i < 3; ++i) {
        for (const DeliveryJob& job : std::as_const(got[i])) {
            QCOMPARE(job.integrationId, integrations[i].id);
            QCOMPARE(job.leaseUntil, i == 1 ? longer : lease);
            QVERIFY(jobsOf[integrations[i].id].contains(job.id));
            QCOMPARE(m_c->jobs->job(job.id)->status, JobStatus::Sending);
        }
    }
    QCOMPARE(got[2].first().id, jobsOf[integrations[2].id].first());
    QCOMPARE(got[2].first().payload, QByteArray("0"));

    // Claimed jobs are not claimed again: the first integration has one left, the ordered one
    // waits for its oldest, and a claim for an integration with nothing due gets nothing.
    got = m_c->jobs->claimMany(requests, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(got.size(), 3);
    QCOMPARE(got[0].size(), 1);
    QVERIFY(got[1].isEmpty());
    QVERIFY(got[2].isEmpty());
    QVERIFY(m_c->jobs->claimMany({}, &error).isEmpty());
}

void TestStorage::disabledIntegrationJobsAreNotClaimed()
{
    QString error;
    Integration a;
    a.name = QStringLiteral("A");
    QVERIFY2(addIntegration(a, &error), qPrintable(error));
    QVERIFY2(addTrigger(a.id, QStringLiteral("in"), &error), qPrintable(error));
    const QStringList ids = raise("{}", &error);
    QCOMPARE(ids.size(), 1);

    a.enabled = false;
    a.disabledReason = QStringLiteral("Paused by the administrator.");
    QVERIFY2(m_c->integrations->update(a, &error), qPrintable(error));
    QVERIFY(m_c->jobs->claimDue(QStringLiteral("me"), nowMs() + 60000, 10, &error).isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_c->jobs->job(ids.first())->status, JobStatus::Pending);
    QCOMPARE(m_c->jobs->nextDueAt(), qint64(0));

    a.enabled = true;
    QVERIFY2(m_c->integrations->update(a, &error), qPrintable(error));
    QVERIFY(m_c->jobs->nextDueAt() > 0);
    const QList<DeliveryJob> got = m_c->jobs->claimDue(QStringLiteral("me"), nowMs() + 60000, 10, &error);
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.first().id, ids.first());
}

void TestStorage::recordAttemptNumbersAndUpdatesJob()
{
    QString error;
    Integration a;
    a.name = QStringLiteral("A");
    QVERIFY2(addIntegration(a, &error), qPrintable(error));
    QVERIFY2(addTrigger(a.id, QStringLiteral("in"), &error), qPrintable(error));
    const QString id = raise(R"({"x":1})", &error).value(0);

    const struct
    {
        int status;
        const char* error;
        JobStatus jobStatus;
    } results[] = {{500, "The receiver answered 500 Internal Server Error.", JobStatus::Failed},
                   {0, "The receiver at 127.0.0.1:9 refused the connection.", JobStatus::Failed},
                   {204, "", JobStatus::Succeeded}};
    int number = 0;
    for (const auto& r : results) {
        QCOMPARE(m_c->jobs->claimDue(QStringLiteral("me"), nowMs() + 60000, 10, &error).size(), 1);
        Attempt attempt;
        attempt.jobId = id;
        attempt.kind = QStringLiteral("scheduled");
        attempt.startedAt = nowMs();
        attempt.durationMs = 12 + number;
        attempt.requestUrl = QStringLiteral("http://127.0.0.1:9/hooks/in");
        attempt.requestHeaders = {{"Authorization", "Bearer ••••"}, {"webhook-id", id.toLatin1()}};
        attempt.requestBody = R"({"x":1})";
        attempt.responseStatus = r.status;
        attempt.responseHeaders = {{"Server", "test"}};
        attempt.error = QString::fromUtf8(r.error);
        QVERIFY2(m_c->jobs->recordAttempt(attempt, r.jobStatus, &error), qPrintable(error));
        ++number;
        QCOMPARE(attempt.number, number);
        QVERIFY(attempt.id > 0);

        // The attempt and the job's new state are visible together.
        const auto job = m_c->jobs->job(id);
        QCOMPARE(job->status, r.jobStatus);
        QCOMPARE(job->attempts, number);
        QCOMPARE(job->lastHttpStatus, r.status);
        QCOMPARE(job->lastError, QString::fromUtf8(r.error));
        QCOMPARE(job->lastDurationMs, qint64(12 + number - 1));
        QCOMPARE(m_c->jobs->attempts(id).size(), number);
        if (r.jobStatus == JobStatus::Failed) {
            // A failed job goes back in line only when someone resends it.
            QVERIFY(m_c->jobs->claimDue(QStringLiteral("me"), nowMs() + 60000, 10, &error).isEmpty());
            QCOMPARE(m_c->jobs->resend({id}, &error), 1);
        }
    }

    const QList<Attempt> attempts = m_c->jobs->attempts(id);
    QCOMPARE(attempts.size(), 3);
    for (int n = 0; n < 3; ++n) {
        QCOMPARE(attempts.at(n).number, n + 1);
        QCOMPARE(attempts.at(n).jobId, id);
        QCOMPARE(attempts.at(n).responseStatus, results[n].status);
        QCOMPARE(attempts.at(n).error, QString::fromUtf8(results[n].error));
        QCOMPARE(attempts.at(n).requestUrl, QStringLiteral("http://127.0.0.1:9/hooks/in"));
        QCOMPARE(attempts.at(n).requestBody, QByteArray(R"({"x":1})"));
        QCOMPARE(attempts.at(n).requestHeaders.size(), 2);
        QCOMPARE(attempts.at(n).requestHeaders.first().second, QByteArray("Bearer ••••"));
        QCOMPARE(attempts.at(n).responseHeaders.first().first, QByteArray("Server"));
    }
    QCOMPARE(attempts.at(0).kind, QStringLiteral("scheduled"));
    QVERIFY(attempts.at(2).succeeded());
}

void TestStorage::recordAttemptForMissingJobWritesNothing()
{
    Attempt attempt;
    attempt.jobId = QStringLiteral("msg_DOESNOTEXIST");
    attempt.kind = QStringLiteral("scheduled");
    attempt.responseStatus = 204;
    QString error;
    QVERIFY(!m_c->jobs->recordAttempt(attempt, JobStatus::Succeeded, &error));
    QVERIFY2(error.contains(QLatin1String("no longer exists")), qPrintable(error));
    QVERIFY(m_c->jobs->attempts(attempt.jobId).isEmpty());
    QSqlQuery q(m_c->db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM attempts")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);

    // The connection is usable afterwards: the failed transaction was rolled back.
    Integration a;
    a.name = QStringLiteral("After");
    QVERIFY2(addIntegration(a, &error), qPrintable(error));
}

void TestStorage::recordAttemptsSkipsAJobDeletedWhileItWasSent()
{
    // The dispatcher writes its results in batches, numbered from the lease it holds; a job
    // deleted while it was out (its integration removed, say) must not fail the others.
    QString error;
    Integration a;
    QString kept, deleted;
    QVERIFY2(twoJobsForA(a, &kept, &deleted, &error), qPrintable(error));
    QCOMPARE(m_c->jobs->claimDue(QStringLiteral("me"), nowMs() + 60000, 10, &error).size(), 2);
    QSqlQuery q(m_c->db.connection());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM jobs WHERE id = '%1'").arg(deleted)));

    QList<JobStore::AttemptRecord> records{answered204(deleted), answered204(kept)};
    QVERIFY2(m_c->jobs->recordAttempts(records, &error), qPrintable(error));
    QVERIFY(!records.at(0).saved);
    QVERIFY(records.at(1).saved);
    QVERIFY(records.at(1).attempt.id > 0);
    QCOMPARE(m_c->jobs->job(kept)->status, JobStatus::Succeeded);
    QCOMPARE(m_c->jobs->attempts(kept).size(), 1);
    QCOMPARE(m_c->jobs->attempts(kept).first().responseHeaders.first().second, QByteArray("test"));
    QVERIFY(!m_c->jobs->job(deleted));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM attempts")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestStorage::recordByRowNeverWritesAnotherJob()
{
    // On SQLite a claimed job carries its rowid, and its lease and result are written by it. A job
    // deleted while it was out can leave its rowid to the next job stored (the largest rowid is
    // taken again): that job must not receive the deleted one's result.
    QString error;
    Integration a;
    QString kept, deleted;
    QVERIFY2(twoJobsForA(a, &kept, &deleted, &error), qPrintable(error));
    const QList<DeliveryJob> claimed =
        m_c->jobs->claimDueFor(QStringLiteral("me"), a.id, nowMs() + 60000, 10, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(claimed.size(), 2);
    QHash<QString, qint64> rowOf;
    for (const DeliveryJob& job : claimed) {
        QCOMPARE(job.status, JobStatus::Sending);
        QCOMPARE(job.storeRow > 0, !m_c->db.isPostgres());
        rowOf.insert(job.id, job.storeRow);
    }
    QCOMPARE(m_c->jobs->job(kept)->status, JobStatus::Sending);
    QCOMPARE(m_c->jobs->job(deleted)->status, JobStatus::Sending);

    QSqlQuery q(m_c->db.connection());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM jobs WHERE id = '%1'").arg(deleted)));
    const QString newcomer = raise(R"({"n":3})", &error).value(0);
    QVERIFY2(!newcomer.isEmpty(), qPrintable(error));
    if (!m_c->db.isPostgres()) {
        QVERIFY(q.exec(QStringLiteral("SELECT rowid FROM jobs WHERE id = '%1'").arg(newcomer)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), rowOf.value(deleted)); // the case this guards against
    }

    QList<JobStore::AttemptRecord> records{answered204(deleted, rowOf.value(deleted)),
                                           answered204(kept, rowOf.value(kept))};
    QVERIFY2(m_c->jobs->recordAttempts(records, &error), qPrintable(error));
    QVERIFY(!records.at(0).saved);
    QVERIFY(records.at(1).saved);
    QCOMPARE(m_c->jobs->job(kept)->status, JobStatus::Succeeded);
    QCOMPARE(m_c->jobs->attempts(kept).size(), 1);
    QCOMPARE(m_c->jobs->job(newcomer)->status, JobStatus::Pending);
    QCOMPARE(m_c->jobs->job(newcomer)->attempts, 0);
    QVERIFY(m_c->jobs->attempts(newcomer).isEmpty());
}

void TestStorage::recordAndClaimIsAllOrNothing()
{
    // The job store writes a batch of results and the next claims in one transaction.
    QString error;
    Integration a;
    const QStringList ids = jobsOfNewIntegration(4, R"({"n":1})", a, &error);
    QVERIFY2(ids.size() == 4, qPrintable(error));
    QCOMPARE(m_c->jobs->claimDueFor(QStringLiteral("me"), a.id, nowMs() + 60000, 1, &error).size(), 1);
    auto resultFor = [&](const QString& id) {
        Attempt attempt = sentAttempt(id, R"({"n":1})");
        attempt.number = 1;
        attempt.responseStatus = 204;
        return QList<JobStore::AttemptRecord>{{attempt, JobStatus::Succeeded, 0, false, {}, {}}};
    };
    const QList<JobStore::ClaimRequest> claims{{a.id, QStringLiteral("me"), nowMs() + 60000, 2, false}};

    QList<JobStore::AttemptRecord> records = resultFor(ids.at(0));
    QList<JobStore::Taken> taken;
    QVERIFY2(m_c->jobs->recordAndClaim(records, claims, taken, &error), qPrintable(error));
    QVERIFY(records.first().saved);
    QCOMPARE(m_c->jobs->job(ids.at(0))->status, JobStatus::Succeeded);
    QCOMPARE(taken.size(), 1);
    QCOMPARE(taken.first().ids, (QStringList{ids.at(1), ids.at(2)}));
    QCOMPARE(m_c->jobs->job(ids.at(1))->status, JobStatus::Sending);
    // On SQLite the claim read the jobs as it took them, as they are after the lease; the
    // dispatcher gets them from readClaims either way.
    if (!m_c->db.isPostgres()) {
        QCOMPARE(taken.first().jobs.size(), 2);
        QCOMPARE(taken.first().jobs.at(1).id, ids.at(2));
        QCOMPARE(taken.first().jobs.at(1).status, JobStatus::Sending);
        QCOMPARE(taken.first().jobs.at(1).payload, QByteArray(R"({"n":1})"));
        QCOMPARE(taken.first().jobs.at(1).integrationName, a.name);
    }
    const QList<QList<DeliveryJob>> read = m_c->jobs->readClaims(claims, taken, &error);
    QCOMPARE(read.size(), 1);
    QCOMPARE(read.first().size(), 2);
    QCOMPARE(read.first().first().id, ids.at(1));
    QCOMPARE(read.first().first().leaseUntil, claims.first().leaseUntil);
    QCOMPARE(read.first().first().payload, QByteArray(R"({"n":1})"));

    // A claim that fails undoes the results written with it: nothing is half done, and the
    // dispatcher, told the results were not saved, still holds them.
    records = resultFor(ids.at(1));
    QSqlQuery q(m_c->db.connection());
    QVERIFY2(q.exec(QStringLiteral("ALTER TABLE jobs RENAME COLUMN lease_until TO lease_until_gone")),
             qPrintable(q.lastError().text()));
    error.clear();
    QVERIFY(!m_c->jobs->recordAndClaim(records, claims, taken, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!records.first().saved);
    QCOMPARE(taken.size(), 1);
    QVERIFY(taken.first().ids.isEmpty());
    QVERIFY(taken.first().jobs.isEmpty());
    QVERIFY2(q.exec(QStringLiteral("ALTER TABLE jobs RENAME COLUMN lease_until_gone TO lease_until")),
             qPrintable(q.lastError().text()));
    QCOMPARE(m_c->jobs->job(ids.at(1))->status, JobStatus::Sending);
    QCOMPARE(m_c->jobs->attempts(ids.at(1)).size(), 0);
    QCOMPARE(m_c->jobs->job(ids.at(3))->status, JobStatus::Pending);
}

void TestStorage::attemptBodiesAreStoredByteExact()
{
    QString error;
    const QString id = claimedJob(QStringLiteral("{\"ü\":\"✓\"}").toUtf8(), &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));

    Attempt attempt = sentAttempt(id, QStringLiteral("{\"ü\":\"✓\"}").toUtf8());
    attempt.responseStatus = 502;
    attempt.responseHeaders = {{"Content-Type", "application/octet-stream"}, {"X-Name", "Zoë"}};
    attempt.responseBody = randomishBytes();
    attempt.responseTruncated = true;
    attempt.error = QStringLiteral("The receiver answered 502 Bad Gateway.");
    attempt.protocol = QStringLiteral("HTTP/2");
    QVERIFY2(m_c->jobs->recordAttempt(attempt, JobStatus::Failed, &error), qPrintable(error));

    const QList<Attempt> stored = m_c->jobs->attempts(id);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().responseBody.size(), randomishBytes().size());
    QCOMPARE(stored.first().responseBody, randomishBytes());
    QCOMPARE(stored.first().requestBody, QStringLiteral("{\"ü\":\"✓\"}").toUtf8());
    QVERIFY(stored.first().responseTruncated);
    QCOMPARE(stored.first().responseHeaders, attempt.responseHeaders);
    QCOMPARE(stored.first().startedAt, attempt.startedAt);
    QCOMPARE(stored.first().protocol, QStringLiteral("HTTP/2"));
}

// A JSON delivery's body is its event's payload: the attempt keeps no copy, and still shows it.
// A form-encoded body differs from the payload and is kept as sent.
void TestStorage::attemptBodyThatIsThePayloadIsStoredOnce()
{
    QString error;
    const QByteArray payload = QStringLiteral("{\"ü\":\"✓\",\"n\":1}").toUtf8();
    const QString id = claimedJob(payload, &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));

    Attempt sameAsPayload = sentAttempt(id, payload);
    sameAsPayload.requestBodyIsPayload = true;
    sameAsPayload.responseStatus = 500;
    sameAsPayload.error = QStringLiteral("The receiver answered 500.");
    QVERIFY2(m_c->jobs->recordAttempt(sameAsPayload, JobStatus::Failed, &error), qPrintable(error));

    Attempt form = sameAsPayload;
    form.requestBody = QByteArrayLiteral("payload=") + QUrl::toPercentEncoding(QString::fromUtf8(payload));
    form.requestBodyIsPayload = false;
    form.number = 0;
    QVERIFY2(m_c->jobs->recordAttempt(form, JobStatus::Failed, &error), qPrintable(error));

    // What the table holds: no second copy of the payload, the form body as sent.
    QSqlQuery q(m_c->db.connection());
    QVERIFY(
        q.exec(QStringLiteral("SELECT request_body, request_body_is_payload FROM attempts ORDER BY number")));
    QVERIFY(q.next());
    QVERIFY(q.value(0).isNull());
    QCOMPARE(q.value(1).toInt(), 1);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toByteArray(), form.requestBody);
    QCOMPARE(q.value(1).toInt(), 0);

    // What the queue's inspector reads: each attempt's body as it went out.
    const QList<Attempt> stored = m_c->jobs->attempts(id);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0).requestBody, payload);
    QVERIFY(stored.at(0).requestBodyIsPayload);
    QCOMPARE(stored.at(1).requestBody, form.requestBody);
    QVERIFY(!stored.at(1).requestBodyIsPayload);
}

void TestStorage::resendQueuesOnlyFinishedJobs()
{
    QString error;
    Integration a;
    const QStringList ids = jobsOfNewIntegration(4, "{}", a, &error);
    QVERIFY2(ids.size() == 4, qPrintable(error));
    const QString failed = ids.at(0), succeeded = ids.at(1), sending = ids.at(2), pending = ids.at(3);

    // Claim the first three, in creation order, and finish two of them.
    QList<DeliveryJob> claimed;
    for (int n = 0; n < 3; ++n)
        claimed += m_c->jobs->claimDue(QStringLiteral("me"), nowMs() + 60000, 1, &error);
    QCOMPARE(claimed.size(), 3);
    for (const auto& [id, status] :
         {std::pair{failed, JobStatus::Failed}, std::pair{succeeded, JobStatus::Succeeded}}) {
        Attempt attempt;
        attempt.jobId = id;
        attempt.kind = QStringLiteral("scheduled");
        attempt.responseStatus = status == JobStatus::Succeeded ? 200 : 500;
        attempt.error = status == JobStatus::Succeeded ? QString() : QStringLiteral("Boom.");
        QVERIFY2(m_c->jobs->recordAttempt(attempt, status, &error), qPrintable(error));
    }
    QCOMPARE(m_c->jobs->job(sending)->status, JobStatus::Sending);
    QCOMPARE(m_c->jobs->job(pending)->status, JobStatus::Pending);

    QSignalSpy changed(m_c->jobs.get(), &JobStore::jobsChanged);
    QCOMPARE(m_c->jobs->resend(ids, &error), 2);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(QSet<QString>(changed.first().first().toStringList().cbegin(),
                           changed.first().first().toStringList().cend()),
             (QSet<QString>{failed, succeeded}));
    for (const QString& id : {failed, succeeded}) {
        const auto job = m_c->jobs->job(id);
        QCOMPARE(job->status, JobStatus::Pending);
        QCOMPARE(job->nextAttemptKind, QStringLiteral("resend"));
        QVERIFY(job->nextAttemptAt <= nowMs());
    }
    QCOMPARE(m_c->jobs->job(sending)->status, JobStatus::Sending);
    QCOMPARE(m_c->jobs->job(sending)->nextAttemptKind, QStringLiteral("scheduled"));
    QCOMPARE(m_c->jobs->job(pending)->nextAttemptKind, QStringLiteral("scheduled"));
    QCOMPARE(m_c->jobs->resend({sending, pending, QStringLiteral("msg_NOPE")}, &error), 0);

    // The resend is claimed and recorded as such; the attempt after it is scheduled again.
    const QList<DeliveryJob> again = m_c->jobs->claimDue(QStringLiteral("me"), nowMs() + 60000, 10, &error);
    QSet<QString> againIds;
    for (const DeliveryJob& job : again) {
        againIds.insert(job.id);
        if (job.id != pending)
            QCOMPARE(job.nextAttemptKind, QStringLiteral("resend"));
    }
    QCOMPARE(againIds, (QSet<QString>{failed, succeeded, pending}));
    Attempt attempt;
    attempt.jobId = failed;
    attempt.kind = m_c->jobs->job(failed)->nextAttemptKind;
    attempt.responseStatus = 204;
    QVERIFY2(m_c->jobs->recordAttempt(attempt, JobStatus::Succeeded, &error), qPrintable(error));
    const QList<Attempt> attempts = m_c->jobs->attempts(failed);
    QCOMPARE(attempts.size(), 2);
    QCOMPARE(attempts.at(0).kind, QStringLiteral("scheduled"));
    QCOMPARE(attempts.at(1).kind, QStringLiteral("resend"));
    QCOMPARE(attempts.at(1).number, 2);
    QCOMPARE(m_c->jobs->job(failed)->nextAttemptKind, QStringLiteral("scheduled"));
}

void TestStorage::listFiltersByStatusNewestFirst()
{
    QString error;
    Integration a;
    a.name = QStringLiteral("A");
    QVERIFY2(addIntegration(a, &error), qPrintable(error));
    QVERIFY2(addTrigger(a.id, QStringLiteral("in"), &error), qPrintable(error));
    // Raised as fast as possible: many share a millisecond, as events from a busy source do.
    QStringList raised;
    for (int n = 0; n < 30; ++n)
        raised << raise(QByteArray::number(n), &error).value(0);

    QStringList newestFirst = raised;
    std::reverse(newestFirst.begin(), newestFirst.end());
    QStringList listed;
    for (const DeliveryJob& job : m_c->jobs->list({}))
        listed << job.id;
    QCOMPARE(listed, newestFirst);

    JobStore::Filter limited;
    limited.limit = 5;
    listed.clear();
    for (const DeliveryJob& job : m_c->jobs->list(limited))
        listed << job.id;
    QCOMPARE(listed, newestFirst.mid(0, 5));

    // Fail every third job.
    QStringList failed;
    const QList<DeliveryJob> claimed =
        m_c->jobs->claimDue(QStringLiteral("me"), nowMs() + 60000, 100, &error);
    QCOMPARE(claimed.size(), 30);
    for (int n = 0; n < raised.size(); n += 3) {
        Attempt attempt;
        attempt.jobId = raised.at(n);
        attempt.kind = QStringLiteral("scheduled");
        attempt.error = QStringLiteral("Boom.");
        QVERIFY2(m_c->jobs->recordAttempt(attempt, JobStatus::Failed, &error), qPrintable(error));
        failed.prepend(raised.at(n));
    }
    JobStore::Filter onlyFailed;
    onlyFailed.status = JobStatus::Failed;
    listed.clear();
    for (const DeliveryJob& job : m_c->jobs->list(onlyFailed)) {
        QCOMPARE(job.status, JobStatus::Failed);
        QCOMPARE(job.integrationName, QStringLiteral("A"));
        QVERIFY(job.payload.isEmpty());
        listed << job.id;
    }
    QCOMPARE(listed, failed);
    JobStore::Filter onlySending;
    onlySending.status = JobStatus::Sending;
    QCOMPARE(m_c->jobs->list(onlySending).size(), 20);
    JobStore::Filter onlySucceeded;
    onlySucceeded.status = JobStatus::Succeeded;
    QVERIFY(m_c->jobs->list(onlySucceeded).isEmpty());
}

void TestStorage::payloadTextSearchOnBothDatabases()
{
    // The queue's free-text search: FTS5 on SQLite, the payload text function (and trigram index
    // where available) on PostgreSQL. Both must find the same jobs.
    QString error;
    Integration a;
    a.name = QStringLiteral("Search");
    QVERIFY2(addIntegration(a, &error), qPrintable(error));
    QVERIFY2(addTrigger(a.id, QStringLiteral("in"), &error), qPrintable(error));
    const QStringList brighton = raise(R"({"city":"Brighton","note":"damage report, kitchen"})", &error);
    const QStringList hove = raise(R"({"city":"Hove","note":"damage report, bathroom"})", &error);
    const QStringList other = raise(R"({"city":"Zürich","note":"new booking"})", &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    JobQuery query(m_c->db);
    auto find = [&](const QString& text) {
        JobFilter f;
        f.text = text;
        QStringList ids;
        for (const DeliveryJob& j : query.page(f, Qt::DescendingOrder, std::nullopt, false, 50, &error))
            ids.append(j.id);
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    auto sorted = [](QStringList l) {
        std::sort(l.begin(), l.end());
        return l;
    };
    QCOMPARE(find(QStringLiteral("damage")), sorted(brighton + hove));
    QCOMPARE(find(QStringLiteral("damage kitchen")), brighton); // every word must occur
    QCOMPARE(find(QStringLiteral("Zürich")), other);            // not only ASCII
    QCOMPARE(find(QStringLiteral("nowhere")), QStringList());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    JobFilter f;
    f.text = QStringLiteral("report");
    QCOMPARE(query.count(f, &error), 2);
}

QTEST_GUILESS_MAIN(TestStorage)
void TestStorage::fullDiskIsSaidInWordsAndLosesNothing()
{
    QFETCH_GLOBAL(QString, backend);
    if (backend != QLatin1String("sqlite"))
        QSKIP("A full disk is made here with SQLite's own page limit; filling the disk under a PostgreSQL "
              "server would need a file system of its own.");
    QString error;
    Integration a;
    a.name = QStringLiteral("A");
    QVERIFY2(addIntegration(a, &error), qPrintable(error));
    QVERIFY2(addTrigger(a.id, QStringLiteral("in"), &error), qPrintable(error));
    const QStringList first = raise(R"({"n":1})", &error);
    QCOMPARE(first.size(), 1);

    // The database may grow no more: SQLite then fails as it does on a full disk (SQLITE_FULL).
    QSqlQuery pragma(m_c->db.connection());
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA page_count")) && pragma.next());
    const int pages = pragma.value(0).toInt();
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    const QByteArray big = "{\"blob\":\"" + QByteArray(256 * 1024, 'x') + "\"}";
    QCOMPARE(raise(big, &error), QStringList{QStringLiteral("<raise failed>")});
    QVERIFY2(error.startsWith(QStringLiteral("Could not store the event: the disk that holds the database is "
                                             "full. Free some space on it and try again")),
             qPrintable(error));

    // A result that cannot be written says so in the same words, and the job stays as it was.
    QCOMPARE(m_c->jobs->claimDue(QStringLiteral("me"), nowMs() + 60000, 10, &error).size(), 1);
    const JobStatus claimed = m_c->jobs->job(first.first())->status;
    Attempt attempt;
    attempt.jobId = first.first();
    attempt.kind = QStringLiteral("scheduled");
    attempt.startedAt = nowMs();
    attempt.requestBody = big;
    attempt.responseStatus = 204;
    QVERIFY(!m_c->jobs->recordAttempt(attempt, JobStatus::Succeeded, &error));
    QVERIFY2(error.contains(QStringLiteral("the disk that holds the database is full")), qPrintable(error));
    QCOMPARE(m_c->jobs->job(first.first())->status, claimed);
    QCOMPARE(m_c->jobs->attempts(first.first()).size(), 0);

    // Nothing stored before is lost, and nothing half-stored is left: one event, one job.
    QSqlQuery count(m_c->db.connection());
    QVERIFY(count.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM events), (SELECT COUNT(*) FROM jobs)")) &&
            count.next());
    QCOMPARE(count.value(0).toInt(), 1);
    QCOMPARE(count.value(1).toInt(), 1);

    // Once there is room again, the same event is stored and its result written.
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    QCOMPARE(raise(big, &error).size(), 1);
    QVERIFY2(m_c->jobs->recordAttempt(attempt, JobStatus::Succeeded, &error), qPrintable(error));
    QCOMPARE(m_c->jobs->job(first.first())->status, JobStatus::Succeeded);
}

#include "tst_storage.moc"

void TestStorage::orderedClaimSkipsFinishedJobs()
{
    // An ordered integration's next job is found through the index of unfinished jobs, however
    // long its history of finished ones: the claim's condition must match the index's word for
    // word, or SQLite walks every job the integration ever had, oldest first.
    QFETCH_GLOBAL(QString, backend);
    if (backend != QLatin1String("sqlite"))
        QSKIP(
            "Counts the steps of SQLite's virtual machine; PostgreSQL's planner decides by its statistics.");
    QString error;
    Integration a;
    a.name = QStringLiteral("A");
    a.ordered = true;
    QVERIFY2(addIntegration(a, &error), qPrintable(error));
    QVERIFY2(addTrigger(a.id, QStringLiteral("in"), &error), qPrintable(error));
    const QString next = raise("{}", &error).value(0);
    QVERIFY2(!next.isEmpty(), qPrintable(error));
    // 5,000 finished jobs of the same event, all older than the pending one.
    QSqlQuery history(m_c->db.connection());
    QVERIFY2(
        history.exec(
            QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) "
                "INSERT INTO jobs (id, event_id, integration_id, event_type, url, status, next_attempt_at, "
                "created_at, updated_at) SELECT 'old' || i, j.event_id, j.integration_id, j.event_type, "
                "j.url, CASE WHEN i % 2 = 0 THEN 'succeeded' ELSE 'exhausted' END, 0, j.created_at - 100000 "
                "+ i, "
                "j.created_at FROM n, jobs j WHERE j.id = '%1'")
                .arg(next)),
        qPrintable(history.lastError().text()));

    sqlite3* handle = m_c->db.sqliteHandle();
    QVERIFY(handle);
    int steps = 0; // in hundreds of the virtual machine's instructions
    sqlite3_progress_handler(
        handle, 100,
        [](void* counter) {
            ++*static_cast<int*>(counter);
            return 0;
        },
        &steps);
    const QList<DeliveryJob> got =
        m_c->jobs->claimNextInOrder(QStringLiteral("me"), a.id, nowMs() + 60000, &error);
    sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.first().id, next);
    // A walk through the 5,000 finished jobs takes tens of thousands of instructions.
    QVERIFY2(steps < 20, qPrintable(QStringLiteral("%1 hundred instructions").arg(steps)));
}
