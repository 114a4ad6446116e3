// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestBackend.h"
#include "catalogue/Catalogue.h"
#include "service/EventService.h"
#include "service/TriggerMatcher.h"
#include "storage/Database.h"
#include "storage/EventStore.h"
#include "storage/IntegrationStore.h"
#include "storage/JobStore.h"
#include "storage/TriggerStore.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>
#include <memory>

using namespace hookdesk;

namespace {

const QString kApp1 = QStringLiteral("urn:allthings:app:5a1b2c3d4e5f60718293a4b5");
const QString kApp2 = QStringLiteral("urn:allthings:app:6a1b2c3d4e5f60718293a4b5");

bool resetPostgres(const QString& location, QString* error)
{
    return hookdesk::test::TestBackend::resetPostgres(location, error);
}

} // namespace

// Trigger scope end to end below the window: several types and group wildcards, URN filters,
// one job per integration URL with the triggers that matched, and idempotency keys.
class TestScope : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();

    void severalTypesAndGroupWildcards();
    void urnFiltersSelectEvents();
    void sameUrlGetsOneJobWithEveryTrigger();
    void idempotencyKeyRaisesOnce();
    void burstRaisesAsOneByOneInOneTransaction();
    void burstWithARefusedEventRaisesNothing();
    void triggerRowsFromBeforeScopesStillMatch();
    void scopeIsValidatedAndReplacedOnUpdate();
    void testerListsDisabledTriggersButRaiseSkipsThem();
    void eventUrnIsChecked();

private:
    qint64 addIntegration(const QString& name, bool enabled = true);
    qint64 addTrigger(qint64 integrationId, const QStringList& types, const QStringList& urns = {},
                      const QString& path = {}, bool enabled = true);
    QStringList emitEvent(const QString& type, const QString& urn = {}, const QString& key = {},
                          bool* duplicate = nullptr);
    int count(const QString& sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<IntegrationStore> m_integrations;
    std::unique_ptr<TriggerStore> m_triggers;
    std::unique_ptr<EventStore> m_events;
    std::unique_ptr<JobStore> m_jobs;
    Catalogue m_catalogue;
    std::unique_ptr<EventService> m_service;
};

void TestScope::initTestCase_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestScope::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    QFETCH_GLOBAL(QString, backend);
    QString location;
    if (backend == QLatin1String("postgresql")) {
        location = qEnvironmentVariable("HOOKDESK_TEST_PG_URL");
        if (location.isEmpty() && qEnvironmentVariableIsSet("HOOKDESK_REQUIRE_POSTGRES"))
            QFAIL("HOOKDESK_REQUIRE_POSTGRES is set but HOOKDESK_TEST_PG_URL is not.");
        if (location.isEmpty())
            QSKIP("HOOKDESK_TEST_PG_URL is not set: no PostgreSQL server to test against.");
        QString error;
        QVERIFY2(resetPostgres(location, &error), qPrintable(error));
    } else {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        location = m_dir->filePath(QStringLiteral("hookdesk.sqlite"));
    }
    QString error;
    m_catalogue = Catalogue::builtIn(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(location, QStringLiteral("tst_scope"), &error), qPrintable(error));
    m_integrations = std::make_unique<IntegrationStore>(*m_db);
    m_triggers = std::make_unique<TriggerStore>(*m_db);
    m_events = std::make_unique<EventStore>(*m_db);
    m_jobs = std::make_unique<JobStore>(*m_db);
    m_service = std::make_unique<EventService>(m_catalogue, *m_events);
}

void TestScope::cleanup()
{
    m_service.reset();
    m_jobs.reset();
    m_events.reset();
    m_triggers.reset();
    m_integrations.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestScope::addIntegration(const QString& name, bool enabled)
{
    Integration i;
    i.name = name;
    i.baseUrl = QStringLiteral("http://127.0.0.1:9/%1/").arg(name.toLower());
    i.enabled = enabled;
    QString error;
    if (!m_integrations->insert(i, &error))
        qWarning("%s", qPrintable(error));
    return i.id;
}

qint64 TestScope::addTrigger(qint64 integrationId, const QStringList& types, const QStringList& urns,
                             const QString& path, bool enabled)
{
    Trigger t;
    t.integrationId = integrationId;
    t.eventTypes = types;
    t.urnPatterns = urns;
    t.path = path;
    t.enabled = enabled;
    QString error;
    if (!m_triggers->insert(t, &error))
        qWarning("%s", qPrintable(error));
    return t.id;
}

QStringList TestScope::emitEvent(const QString& type, const QString& urn, const QString& key, bool* duplicate)
{
    QString error;
    const auto raised = m_service->raise(type, {}, urn, key, QStringLiteral("test"), &error);
    if (!raised) {
        qWarning("%s", qPrintable(error));
        return {QStringLiteral("raise failed")};
    }
    if (duplicate)
        *duplicate = raised->duplicate;
    return raised->jobIds;
}

int TestScope::count(const QString& sql)
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void TestScope::severalTypesAndGroupWildcards()
{
    const qint64 crm = addIntegration(QStringLiteral("CRM"));
    const qint64 id =
        addTrigger(crm, {QStringLiteral("thyngs.interaction.occurred"), QStringLiteral("Submissions>*")});
    QVERIFY(id > 0);

    const std::optional<Trigger> stored = m_triggers->byId(id);
    QVERIFY(stored);
    QCOMPARE(stored->eventTypes,
             (QStringList{QStringLiteral("thyngs.interaction.occurred"), QStringLiteral("Submissions > *")}));
    QCOMPARE(stored->eventType, QStringLiteral("thyngs.interaction.occurred"));
    QCOMPARE(m_triggers->all().value(0).eventTypes, stored->eventTypes);

    QCOMPARE(emitEvent(QStringLiteral("thyngs.interaction.occurred")).size(), 1);
    // Both Kinetic submission events sit under Submissions > [kapp-slug] > [form-slug].
    QCOMPARE(emitEvent(QStringLiteral("kinetic.submission.created")).size(), 1);
    QCOMPARE(emitEvent(QStringLiteral("kinetic.submission.submitted")).size(), 1);
    // "Datastore Submissions" only starts with the same letters: not in the group.
    QCOMPARE(emitEvent(QStringLiteral("kinetic.datastore_submission.created")).size(), 0);
    QCOMPARE(emitEvent(QStringLiteral("kinetic.user.created")).size(), 0);
    QCOMPARE(emitEvent(QStringLiteral("thyngs.page.added")).size(), 0);

    // A deeper group, and "*" for every type.
    const qint64 all = addIntegration(QStringLiteral("Archive"));
    addTrigger(all, {QStringLiteral("*")});
    QCOMPARE(emitEvent(QStringLiteral("thyngs.page.added")).size(), 1);
    const qint64 tickets = addIntegration(QStringLiteral("Helpdesk"));
    addTrigger(tickets, {QStringLiteral("Tickets > Comments > *")});
    QCOMPARE(emitEvent(QStringLiteral("allthings.ticket.comment-added")).size(), 2);
    QCOMPARE(emitEvent(QStringLiteral("allthings.ticket.created")).size(), 1);
}

void TestScope::urnFiltersSelectEvents()
{
    const qint64 fm = addIntegration(QStringLiteral("Facility"));
    const QString category = kApp1 + QStringLiteral(":ticket:5c0ffee0a1b2c3d4e5f60718");
    // One ticket category of app 1, and everything of app 2: patterns across two Apps.
    addTrigger(fm, {QStringLiteral("Tickets > *"), QStringLiteral("allthings.user.registered")},
               {category + QStringLiteral(":*"), kApp2 + QStringLiteral(":*")});

    QCOMPARE(emitEvent(QStringLiteral("allthings.ticket.created"), category + QStringLiteral(":t1")).size(),
             1);
    QCOMPARE(emitEvent(QStringLiteral("allthings.ticket.comment-added"),
                       category + QStringLiteral(":t1:comment:c1"))
                 .size(),
             1);
    QCOMPARE(emitEvent(QStringLiteral("allthings.ticket.created"),
                       kApp1 + QStringLiteral(":ticket:0000000000000000000000aa:t1"))
                 .size(),
             0);
    QCOMPARE(
        emitEvent(QStringLiteral("allthings.user.registered"), kApp2 + QStringLiteral(":user:u1")).size(), 1);
    QCOMPARE(
        emitEvent(QStringLiteral("allthings.user.registered"), kApp1 + QStringLiteral(":user:u1")).size(), 0);
    // A scoped trigger takes no event without a URN.
    QCOMPARE(emitEvent(QStringLiteral("allthings.ticket.created")).size(), 0);
    // The type must match as well as the URN.
    QCOMPARE(
        emitEvent(QStringLiteral("allthings.booking.created"), kApp2 + QStringLiteral(":booking:b:1")).size(),
        0);

    // Without patterns a trigger takes every URN, and events without one.
    addTrigger(addIntegration(QStringLiteral("Everything")), {QStringLiteral("allthings.booking.created")});
    QCOMPARE(
        emitEvent(QStringLiteral("allthings.booking.created"), kApp2 + QStringLiteral(":booking:b:1")).size(),
        1);
    QCOMPARE(emitEvent(QStringLiteral("allthings.booking.created")).size(), 1);

    // The URN is stored with the event.
    const QStringList jobs =
        emitEvent(QStringLiteral("allthings.ticket.created"), category + QStringLiteral(":t9"));
    QCOMPARE(jobs.size(), 1);
    const std::optional<DeliveryJob> job = m_jobs->job(jobs.first());
    QVERIFY(job);
    QCOMPARE(m_events->byId(job->eventId)->urn, category + QStringLiteral(":t9"));
}

void TestScope::sameUrlGetsOneJobWithEveryTrigger()
{
    const qint64 crm = addIntegration(QStringLiteral("CRM"));
    const qint64 byType =
        addTrigger(crm, {QStringLiteral("allthings.ticket.created")}, {}, QStringLiteral("/in"));
    const qint64 byGroup = addTrigger(crm, {QStringLiteral("Tickets > *")}, {kApp1 + QStringLiteral(":*")},
                                      QStringLiteral("in"));
    const qint64 otherPath = addTrigger(crm, {QStringLiteral("Tickets > *")}, {}, QStringLiteral("/audit"));
    addTrigger(crm, {QStringLiteral("Tickets > *")}, {}, QStringLiteral("/in"), false);
    const qint64 other = addIntegration(QStringLiteral("Other"));
    const qint64 otherIntegration =
        addTrigger(other, {QStringLiteral("allthings.ticket.created")}, {}, QStringLiteral("/in"));

    const QStringList jobs =
        emitEvent(QStringLiteral("allthings.ticket.created"), kApp1 + QStringLiteral(":ticket:c:t"));
    // /in of CRM (two triggers, "in" and "/in" are the same URL), /audit of CRM, /in of Other.
    QCOMPARE(jobs.size(), 3);
    QHash<QString, QList<qint64>> byUrl;
    for (const QString& id : jobs) {
        const std::optional<DeliveryJob> job = m_jobs->job(id);
        QVERIFY(job);
        byUrl.insert(job->url + QLatin1Char('|') + QString::number(job->integrationId),
                     m_jobs->matchedTriggers(id));
    }
    QCOMPARE(byUrl.value(QStringLiteral("http://127.0.0.1:9/crm/in|%1").arg(crm)),
             (QList<qint64>{byType, byGroup}));
    QCOMPARE(byUrl.value(QStringLiteral("http://127.0.0.1:9/crm/audit|%1").arg(crm)),
             QList<qint64>{otherPath});
    QCOMPARE(byUrl.value(QStringLiteral("http://127.0.0.1:9/other/in|%1").arg(other)),
             QList<qint64>{otherIntegration});

    // Outside app 1 only the unscoped triggers match; still one job for the CRM's /in.
    const QStringList outside =
        emitEvent(QStringLiteral("allthings.ticket.created"), kApp2 + QStringLiteral(":ticket:c:t"));
    QCOMPARE(outside.size(), 3);
    for (const QString& id : outside) {
        if (m_jobs->job(id)->url == QLatin1String("http://127.0.0.1:9/crm/in"))
            QCOMPARE(m_jobs->matchedTriggers(id), QList<qint64>{byType});
    }
}

void TestScope::idempotencyKeyRaisesOnce()
{
    addTrigger(addIntegration(QStringLiteral("CRM")), {QStringLiteral("thyngs.interaction.occurred")});
    bool duplicate = true;
    const QStringList first =
        emitEvent(QStringLiteral("thyngs.interaction.occurred"), {}, QStringLiteral("order-1"), &duplicate);
    QCOMPARE(first.size(), 1);
    QVERIFY(!duplicate);
    const int events = count(QStringLiteral("SELECT COUNT(*) FROM events"));
    const int jobs = count(QStringLiteral("SELECT COUNT(*) FROM jobs"));

    QCOMPARE(
        emitEvent(QStringLiteral("thyngs.interaction.occurred"), {}, QStringLiteral("order-1"), &duplicate),
        first);
    QVERIFY(duplicate);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM events")), events);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM jobs")), jobs);

    // Another key, or none, raises as usual; an empty key is no key at all.
    QCOMPARE(
        emitEvent(QStringLiteral("thyngs.interaction.occurred"), {}, QStringLiteral("order-2"), &duplicate)
            .size(),
        1);
    QVERIFY(!duplicate);
    QCOMPARE(
        emitEvent(QStringLiteral("thyngs.interaction.occurred"), {}, QStringLiteral(" "), &duplicate).size(),
        1);
    QCOMPARE(emitEvent(QStringLiteral("thyngs.interaction.occurred"), {}, QString(), &duplicate).size(), 1);
    QVERIFY(!duplicate);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM events")), events + 3);

    // The key is kept with the event, and finds it.
    const std::optional<Event> original = m_events->byIdempotencyKey(QStringLiteral("order-1"));
    QVERIFY(original);
    QCOMPARE(original->idempotencyKey, QStringLiteral("order-1"));
    QCOMPARE(m_events->jobIds(original->id), first);
}

void TestScope::burstRaisesAsOneByOneInOneTransaction()
{
    const QString type = QStringLiteral("allthings.user.registered");
    addTrigger(addIntegration(QStringLiteral("CRM")), {type});
    addTrigger(addIntegration(QStringLiteral("Facility")), {type}, {kApp2 + QStringLiteral(":*")});
    const QStringList first = emitEvent(type, {}, QStringLiteral("order-1"));
    QCOMPARE(first.size(), 1);
    const int events = count(QStringLiteral("SELECT COUNT(*) FROM events"));
    const int jobs = count(QStringLiteral("SELECT COUNT(*) FROM jobs"));
    QSignalSpy created(m_events.get(), &EventStore::jobsCreated);

    const QString user = kApp2 + QStringLiteral(":user:u1");
    QString error;
    const auto raised =
        m_service->raiseMany({{type, {}, {}, QStringLiteral("order-1"), QStringLiteral("test")},
                              {type, {}, user, QStringLiteral("order-2"), QStringLiteral("test")},
                              {type, {}, user, QStringLiteral("order-2"), QStringLiteral("test")},
                              {type, {}, {}, {}, QStringLiteral("test")}},
                             &error);
    QVERIFY2(raised, qPrintable(error));
    QCOMPARE(raised->size(), 4);
    // A key stored before: the original, nothing new.
    QVERIFY(raised->at(0).duplicate);
    QCOMPARE(raised->at(0).jobIds, first);
    // Fanned out by URN like a single raise: both integrations.
    QVERIFY(!raised->at(1).duplicate);
    QCOMPARE(raised->at(1).jobIds.size(), 2);
    QCOMPARE(raised->at(1).event.urn, user);
    // The same key twice in one burst stores the first only.
    QVERIFY(raised->at(2).duplicate);
    QCOMPARE(raised->at(2).event.id, raised->at(1).event.id);
    QCOMPARE(raised->at(2).jobIds, raised->at(1).jobIds);
    QVERIFY(!raised->at(3).duplicate);
    QCOMPARE(raised->at(3).jobIds.size(), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM events")), events + 2);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM jobs")), jobs + 3);
    QCOMPARE(m_events->jobIds(raised->at(1).event.id), raised->at(1).jobIds);
    // Dispatchers hear of the whole burst at once.
    QCOMPARE(created.size(), 1);
    QCOMPARE(created.at(0).at(0).toStringList(), raised->at(1).jobIds + raised->at(3).jobIds);
    QCOMPARE(m_service->lastWarnings().size(), 4);
}

void TestScope::burstWithARefusedEventRaisesNothing()
{
    const QString type = QStringLiteral("allthings.user.registered");
    addTrigger(addIntegration(QStringLiteral("CRM")), {type});
    const int events = count(QStringLiteral("SELECT COUNT(*) FROM events"));
    QString error;
    const auto raised =
        m_service->raiseMany({{type, {}, {}, {}, QStringLiteral("test")},
                              {QStringLiteral("no.such.type"), {}, {}, {}, QStringLiteral("test")}},
                             &error);
    QVERIFY(!raised);
    QVERIFY2(error.startsWith(QStringLiteral("Event 2 of 2: ")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("no.such.type")), qPrintable(error));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM events")), events);
}

void TestScope::triggerRowsFromBeforeScopesStillMatch()
{
    // A trigger written as migration 1 knew them: one event type in triggers.event_type only.
    const qint64 crm = addIntegration(QStringLiteral("CRM"));
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO triggers (integration_id, event_type, path, enabled, created_at) "
                             "VALUES (?, 'thyngs.page.added', '/old', 1, 1)"));
    q.addBindValue(crm);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    const QList<Trigger> all = m_triggers->all();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().eventTypes, QStringList{QStringLiteral("thyngs.page.added")});
    QVERIFY(all.first().urnPatterns.isEmpty());
    QCOMPARE(emitEvent(QStringLiteral("thyngs.page.added")).size(), 1);

    // Code that still sets only eventType saves a one-type trigger.
    Trigger t;
    t.integrationId = crm;
    t.eventType = QStringLiteral("thyngs.page.deleted");
    QString error;
    QVERIFY2(m_triggers->insert(t, &error), qPrintable(error));
    QCOMPARE(m_triggers->byId(t.id)->eventTypes, QStringList{QStringLiteral("thyngs.page.deleted")});
    QCOMPARE(emitEvent(QStringLiteral("thyngs.page.deleted")).size(), 1);
}

void TestScope::scopeIsValidatedAndReplacedOnUpdate()
{
    const qint64 crm = addIntegration(QStringLiteral("CRM"));
    Trigger t;
    t.integrationId = crm;
    t.eventTypes = {QStringLiteral("allthings.ticket.created")};
    t.urnPatterns = {QStringLiteral("urn:allthings:app:1:tick*")};
    QString error;
    QVERIFY(!m_triggers->insert(t, &error));
    QVERIFY2(error.contains(QStringLiteral("“tick*” mixes * with other characters")), qPrintable(error));
    t.urnPatterns = {QStringLiteral("allthings:app:1:*")};
    QVERIFY(!m_triggers->insert(t, &error));
    QVERIFY2(error.contains(QStringLiteral("must start with “urn:”")), qPrintable(error));
    t.urnPatterns.clear();
    t.eventTypes = {QStringLiteral("Tickets > * > Comments")};
    QVERIFY(!m_triggers->insert(t, &error));
    QVERIFY2(error.contains(QLatin1String("neither an event type nor a group wildcard")), qPrintable(error));
    t.eventTypes.clear();
    QVERIFY(!m_triggers->insert(t, &error));
    QVERIFY2(error.contains(QLatin1String("Choose the event type")), qPrintable(error));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM triggers")), 0);

    // The catalogue-aware check names unknown types and empty groups.
    const TriggerMatcher matcher(&m_catalogue);
    QVERIFY(matcher.checkEntry(QStringLiteral("acme.nothing")).contains(QLatin1String("not an event type")));
    QVERIFY(matcher.checkEntry(QStringLiteral("Nowhere > *")).contains(QLatin1String("No event type")));
    QVERIFY(matcher.checkEntry(QStringLiteral("Submissions > [kapp-slug] > *")).isEmpty());

    t.eventTypes = {QStringLiteral("allthings.ticket.created"), QStringLiteral("allthings.ticket.created")};
    t.urnPatterns = {kApp1 + QStringLiteral(":*")};
    QVERIFY2(m_triggers->insert(t, &error), qPrintable(error));
    QCOMPARE(m_triggers->byId(t.id)->eventTypes, QStringList{QStringLiteral("allthings.ticket.created")});

    Trigger changed = *m_triggers->byId(t.id);
    changed.eventTypes = {QStringLiteral("Bookings > *")};
    changed.urnPatterns = {kApp2 + QStringLiteral(":*")};
    QVERIFY2(m_triggers->update(changed, &error), qPrintable(error));
    const std::optional<Trigger> reread = m_triggers->byId(t.id);
    QCOMPARE(reread->eventTypes, QStringList{QStringLiteral("Bookings > *")});
    QCOMPARE(reread->eventType, QStringLiteral("Bookings > *"));
    QCOMPARE(reread->urnPatterns, QStringList{kApp2 + QStringLiteral(":*")});
    QCOMPARE(
        emitEvent(QStringLiteral("allthings.ticket.created"), kApp1 + QStringLiteral(":ticket:c:t")).size(),
        0);
    QCOMPARE(
        emitEvent(QStringLiteral("allthings.booking.created"), kApp2 + QStringLiteral(":booking:b:1")).size(),
        1);

    // A rejected update leaves the scope as it was.
    changed.urnPatterns = {QStringLiteral("urn::x")};
    QVERIFY(!m_triggers->update(changed, &error));
    QCOMPARE(m_triggers->byId(t.id)->urnPatterns, QStringList{kApp2 + QStringLiteral(":*")});

    // Deleting the trigger takes its scope rows with it.
    QVERIFY2(m_triggers->remove(t.id, &error), qPrintable(error));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM trigger_event_types")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM trigger_urns")), 0);
}

void TestScope::testerListsDisabledTriggersButRaiseSkipsThem()
{
    const qint64 on = addIntegration(QStringLiteral("On"));
    const qint64 off = addIntegration(QStringLiteral("Off"), false);
    const qint64 a = addTrigger(on, {QStringLiteral("Users > *")}, {}, QStringLiteral("/a"));
    const qint64 b =
        addTrigger(on, {QStringLiteral("allthings.user.registered")}, {}, QStringLiteral("/b"), false);
    const qint64 c = addTrigger(off, {QStringLiteral("allthings.user.registered")});
    addTrigger(on, {QStringLiteral("allthings.user.updated")});

    const TriggerMatcher matcher(&m_catalogue);
    const QList<TriggerMatcher::Match> matches = matcher.matchingTriggers(
        m_triggers->all(), m_integrations->all(), QStringLiteral("allthings.user.registered"),
        kApp1 + QStringLiteral(":user:1"));
    QCOMPARE(matches.size(), 3);
    QCOMPARE(matches.at(0).trigger.id, a);
    QVERIFY(matches.at(0).active);
    QCOMPARE(matches.at(0).url, QStringLiteral("http://127.0.0.1:9/on/a"));
    QCOMPARE(matches.at(1).trigger.id, b);
    QVERIFY(!matches.at(1).active);
    QCOMPARE(matches.at(2).trigger.id, c);
    QVERIFY(!matches.at(2).active);
    QCOMPARE(TriggerMatcher::targets(matches).size(), 1);

    const QStringList jobs =
        emitEvent(QStringLiteral("allthings.user.registered"), kApp1 + QStringLiteral(":user:1"));
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(m_jobs->job(jobs.first())->url, QStringLiteral("http://127.0.0.1:9/on/a"));
}

void TestScope::eventUrnIsChecked()
{
    addTrigger(addIntegration(QStringLiteral("CRM")), {QStringLiteral("*")});
    QString error;
    QVERIFY(!m_service->raise(QStringLiteral("allthings.user.registered"), {}, kApp1 + QStringLiteral(":*"),
                              QString(), QStringLiteral("test"), &error));
    QVERIFY2(error.contains(QLatin1String("wildcards belong in a trigger")), qPrintable(error));
    QVERIFY(!m_service->raise(QStringLiteral("allthings.user.registered"), {}, QStringLiteral("app:1"),
                              QString(), QStringLiteral("test"), &error));
    QVERIFY2(error.contains(QStringLiteral("must start with “urn:”")), qPrintable(error));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM events")), 0);
}

QTEST_GUILESS_MAIN(TestScope)
#include "tst_scope.moc"
