// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/Catalogue.h"
#include "catalogue/SchemaValidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using hookdesk::Catalogue;
using hookdesk::EventType;

namespace {

// 22 Thyngs events, 14 Kinetic actions and 10 Allthings events.
constexpr int kBuiltInTypes = 46;

// The event lists of the Thyngs and Kinetic platform documents, spelled as they are there.
const QStringList thyngsTitles = {"COMPANY INFO UPDATED",
                                  "CONVERSION OCCURED",
                                  "FORM RESPONSE COLLECTED",
                                  "GIFTAID COLLECTED",
                                  "INTERACTION OCCURED",
                                  "NEW USER COMPANY ADDED",
                                  "OBJECT ADDED",
                                  "OBJECT DELETED",
                                  "OBJECT UPDATED",
                                  "PAGE ADDED",
                                  "PAGE DELETED",
                                  "PAGE UPDATED",
                                  "PROJECT ADDED",
                                  "PROJECT DELETED",
                                  "PROJECT UPDATED",
                                  "REDEMPTION CODE GIVEN",
                                  "STAMP COLLECTED",
                                  "SUBSCRIPTION CREATED",
                                  "SUBSCRIPTION UPDATED",
                                  "THYNG ADDED",
                                  "THYNG DELETED",
                                  "THYNG UPDATED"};

struct KineticAction
{
    QString action;
    QString treeGroup;
    QString treeName;
};
const QList<KineticAction> kineticActions = {
    {"Users Created", "Users", "Created"},
    {"Users Updated", "Users", "Updated"},
    {"Users Deleted", "Users", "Deleted"},
    {"Team Created", "Teams", "Created"},
    {"Team Updated", "Teams", "Updated"},
    {"Team Deleted", "Teams", "Deleted"},
    {"Datastore Form Created", "Datastore Forms > [datastore-form-slug]", "Created"},
    {"Datastore Form Updated", "Datastore Forms > [datastore-form-slug]", "Updated"},
    {"Datastore Submission Created", "Datastore Submissions > [datastore-form-slug]", "Created"},
    {"Datastore Submission Submitted", "Datastore Submissions > [datastore-form-slug]", "Submitted"},
    {"Form Created", "[kapp-slug] > [form-slug]", "Created"},
    {"Form Updated", "[kapp-slug] > [form-slug]", "Updated"},
    {"Submission Created", "Submissions > [kapp-slug] > [form-slug]", "Created"},
    {"Submission Submitted", "Submissions > [kapp-slug] > [form-slug]", "Submitted"},
};

QByteArray eventJson(const QString& type, const QString& eventName = QStringLiteral("Created"))
{
    return QStringLiteral(R"({"type": "%1", "title": "Thing %2", "itemName": "Thing", "eventName": "%2",
                              "group": ["Things"], "example": {"id": 1}})")
        .arg(type, eventName)
        .toUtf8();
}

QByteArray catalogueJson(const QList<QByteArray>& events, const QByteArray& platform = "acme")
{
    QByteArray json =
        R"({"format": "hookdesk-catalogue", "version": 1, "platform": ")" + platform + R"(", "events": [)";
    for (qsizetype i = 0; i < events.size(); ++i)
        json += (i ? ", " : "") + events.at(i);
    return json + "]}";
}

} // namespace

class TestCatalogue : public QObject
{
    Q_OBJECT

private:
    QString writeFile(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write(content);
        return path;
    }

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void builtInHasEveryDocumentedEvent()
    {
        QString error = QStringLiteral("not cleared");
        const Catalogue catalogue = Catalogue::builtIn(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(catalogue.size(), kBuiltInTypes);

        QStringList thyngs;
        QList<const EventType*> kinetic;
        QList<const EventType*> allthings;
        for (const EventType& type : catalogue.eventTypes()) {
            QVERIFY(type.builtIn);
            QVERIFY2(!type.schema.isEmpty(), qPrintable(type.type));
            QVERIFY2(!type.description.isEmpty(), qPrintable(type.type));
            if (type.platform == QLatin1String("thyngs"))
                thyngs << type.title;
            else if (type.platform == QLatin1String("kinetic"))
                kinetic << &type;
            else if (type.platform == QLatin1String("allthings"))
                allthings << &type;
            else
                QFAIL(qPrintable(QStringLiteral("unexpected platform %1").arg(type.platform)));
        }
        thyngs.sort();
        QStringList expected = thyngsTitles;
        expected.sort();
        QCOMPARE(thyngs, expected);

        QCOMPARE(kinetic.size(), kineticActions.size());
        for (const KineticAction& action : kineticActions) {
            const auto it = std::find_if(kinetic.cbegin(), kinetic.cend(),
                                         [&](const EventType* t) { return t->title == action.action; });
            QVERIFY2(it != kinetic.cend(), qPrintable(action.action));
            QCOMPARE((*it)->groupPath(), action.treeGroup);
            QCOMPARE((*it)->eventName, action.treeName);
        }

        // Allthings-style events are scoped by URN: each example carries one, under its App, and
        // the schema requires it.
        QCOMPARE(allthings.size(), 10);
        for (const EventType* t : allthings) {
            const QString urn = t->example.toObject().value(QLatin1String("urn")).toString();
            const QString appId = t->example.toObject().value(QLatin1String("appId")).toString();
            QVERIFY2(urn.startsWith(QLatin1String("urn:allthings:app:") + appId + QLatin1Char(':')),
                     qPrintable(t->type + QLatin1Char(' ') + urn));
            QVERIFY2(t->schema.value(QLatin1String("required")).toArray().contains(QLatin1String("urn")),
                     qPrintable(t->type));
        }
        const EventType* ticket = catalogue.find(QStringLiteral("allthings.ticket.created"));
        QVERIFY(ticket);
        QCOMPARE(ticket->groupPath(), QStringLiteral("Tickets"));
        const QStringList urn = ticket->example.toObject().value(QLatin1String("urn")).toString().split(u':');
        // urn:allthings:app:{appId}:ticket:{categoryId}:{ticketId}
        QCOMPARE(urn.size(), 7);
        QCOMPARE(urn.at(4), QStringLiteral("ticket"));
        QCOMPARE(urn.at(5), ticket->example.toObject()
                                .value(QLatin1String("data"))
                                .toObject()
                                .value(QLatin1String("category"))
                                .toObject()
                                .value(QLatin1String("id"))
                                .toString());
    }

    void builtInEntries_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("group");
        QTest::addColumn<QString>("itemName");
        QTest::addColumn<QString>("eventName");

        QTest::newRow("interaction") << "thyngs.interaction.occurred"
                                     << "INTERACTION OCCURED" << QStringList{"Interactions"} << "Interaction"
                                     << "Create";
        QTest::newRow("company info")
            << "thyngs.company_info.updated"
            << "COMPANY INFO UPDATED" << QStringList{"Platform", "Company"} << "Company"
            << "Update";
        QTest::newRow("project deleted") << "thyngs.project.deleted"
                                         << "PROJECT DELETED" << QStringList{"Projects"} << "Project"
                                         << "Delete";
        QTest::newRow("submission created")
            << "kinetic.submission.created"
            << "Submission Created" << QStringList{"Submissions", "[kapp-slug]", "[form-slug]"}
            << "Submission"
            << "Created";
        QTest::newRow("datastore submission")
            << "kinetic.datastore_submission.submitted"
            << "Datastore Submission Submitted"
            << QStringList{"Datastore Submissions", "[datastore-form-slug]"} << "Datastore Submission"
            << "Submitted";
        QTest::newRow("form updated") << "kinetic.form.updated"
                                      << "Form Updated" << QStringList{"[kapp-slug]", "[form-slug]"} << "Form"
                                      << "Updated";
        QTest::newRow("user deleted") << "kinetic.user.deleted"
                                      << "Users Deleted" << QStringList{"Users"} << "User"
                                      << "Deleted";
    }

    void builtInEntries()
    {
        QFETCH(QString, type);
        const Catalogue catalogue = Catalogue::builtIn();
        const EventType* entry = catalogue.find(type);
        QVERIFY2(entry, qPrintable(type));
        QTEST(entry->title, "title");
        QTEST(entry->group, "group");
        QTEST(entry->itemName, "itemName");
        QTEST(entry->eventName, "eventName");
    }

    void examplesSatisfyTheirSchemas()
    {
        const Catalogue catalogue = Catalogue::builtIn();
        QVERIFY(catalogue.size() > 0);
        for (const EventType& type : catalogue.eventTypes()) {
            QVERIFY2(type.example.isObject(), qPrintable(type.type));
            const QJsonObject example = type.example.toObject();
            for (const QJsonValue& required : type.schema.value(QLatin1String("required")).toArray())
                QVERIFY2(example.contains(required.toString()),
                         qPrintable(type.type + QLatin1String(" lacks ") + required.toString()));

            // A full draft-07 check through the validation path EventService uses, so nested
            // objects, enums and patterns agree with the example too.
            const auto problems = hookdesk::SchemaValidator::check(type.schema, type.example);
            QVERIFY2(problems.isEmpty(), qPrintable(type.type + QLatin1Char('\n') +
                                                    hookdesk::SchemaValidator::describe(problems)));
        }
    }

    void userCatalogueLoads()
    {
        Catalogue catalogue = Catalogue::builtIn();
        const QString path =
            writeFile(QStringLiteral("acme.json"),
                      catalogueJson({eventJson("acme.thing.created"),
                                     eventJson("acme.thing.deleted", QStringLiteral("Deleted"))}));
        QString error = QStringLiteral("not cleared");
        QVERIFY2(catalogue.loadFile(path, &error), qPrintable(error));
        QVERIFY(error.isEmpty());
        QCOMPARE(catalogue.size(), kBuiltInTypes + 2);
        const EventType* deleted = catalogue.find(QStringLiteral("acme.thing.deleted"));
        QVERIFY(deleted);
        QCOMPARE(deleted->eventName, QStringLiteral("Deleted"));
        QCOMPARE(deleted->platform, QStringLiteral("acme"));
        QCOMPARE(deleted->group, QStringList{"Things"});
        QVERIFY(!deleted->builtIn);
        QVERIFY(catalogue.find(QStringLiteral("thyngs.page.added"))->builtIn);
    }

    void malformedJsonNamesThePlace_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("position");
        QTest::addColumn<QString>("reason");

        QTest::newRow("missing comma") << QByteArray("{\n"
                                                     "  \"format\": \"hookdesk-catalogue\",\n"
                                                     "  \"version\": 1,\n"
                                                     "  \"platform\": \"acme\"\n"
                                                     "  \"events\": []\n"
                                                     "}\n")
                                       << "line 5, column 3"
                                       << "comma";
        QTest::newRow("trailing comma") << QByteArray("{\"format\": \"hookdesk-catalogue\",\n"
                                                      "\t\"events\": [\n"
                                                      "\t\t{\"type\": \"a.b\"},\n"
                                                      "\t]\n"
                                                      "}")
                                        << "line 4, column 2"
                                        << "extra comma";
        // Columns count characters, not bytes: “é” and “–” are several bytes in UTF-8.
        QTest::newRow("after non-ASCII")
            << QByteArray("{\"name\": \"Café – Oxford Road\", \"x\": tru}") << "line 1, column 37"
            << "value";
        QTest::newRow("unclosed string")
            << QByteArray("{\n  \"events\": [],\n  \"platform\": \"acme") << "line 3, column 15"
            << "never closed";
        QTest::newRow("quote missing before line end")
            << QByteArray("{\n  \"platform\": \"acme,\n  \"events\": []\n}") << "line 2, column 21"
            << "closing quote may be missing";
        QTest::newRow("cut short") << QByteArray("{\n  \"events\": [\n") << "line 3, column 1"
                                   << "ends";
        QTest::newRow("empty") << QByteArray(" \n") << "line 2, column 1"
                               << "empty";
    }

    void malformedJsonNamesThePlace()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, position);
        QFETCH(QString, reason);
        Catalogue catalogue = Catalogue::builtIn();
        const QString path = writeFile(QStringLiteral("broken-catalogue.json"), json);
        QString error;
        QVERIFY(!catalogue.loadFile(path, &error));
        QVERIFY2(error.contains(QLatin1String("broken-catalogue.json")), qPrintable(error));
        QVERIFY2(error.contains(position), qPrintable(error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QCOMPARE(catalogue.size(), kBuiltInTypes);
    }

    void missingFieldLoadsNothing()
    {
        Catalogue catalogue;
        QByteArray noEventName = eventJson("acme.thing.updated");
        noEventName.replace(R"("eventName": "Created",)", "");
        QVERIFY(!noEventName.contains("eventName"));
        const QString path = writeFile(QStringLiteral("half.json"),
                                       catalogueJson({eventJson("acme.thing.created"), noEventName}));
        QString error;
        QVERIFY(!catalogue.loadFile(path, &error));
        QVERIFY2(error.contains(QLatin1String("half.json")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("event 2 (“acme.thing.updated”)")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("“eventName”")), qPrintable(error));
        QCOMPARE(catalogue.size(), 0);
        QVERIFY(!catalogue.find(QStringLiteral("acme.thing.created")));
    }

    void structuralFaults_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");

        QTest::newRow("not a catalogue") << QByteArray(R"({"format": "something-else", "version": 1})")
                                         << "“format” must be “hookdesk-catalogue”";
        QTest::newRow("newer version")
            << QByteArray(
                   R"({"format": "hookdesk-catalogue", "version": 2, "platform": "acme", "events": []})")
            << "newer Hookdesk";
        QTest::newRow("no platform") << QByteArray(
                                            R"({"format": "hookdesk-catalogue", "version": 1, "events": []})")
                                     << "“platform”";
        QByteArray groupNotList = eventJson("acme.thing.created");
        groupNotList.replace(R"(["Things"])", R"("Things")");
        QTest::newRow("group not a list") << catalogueJson({groupNotList}) << "“group” must be a list";
        QByteArray noExample = eventJson("acme.thing.created");
        noExample.replace(R"(, "example": {"id": 1})", "");
        QTest::newRow("no example") << catalogueJson({noExample}) << "has no “example”";
        QByteArray emptyTitle = eventJson("acme.thing.created");
        emptyTitle.replace(R"("title": "Thing Created")", R"("title": "  ")");
        QTest::newRow("blank title") << catalogueJson({emptyTitle}) << "“title” must be a non-empty text";
    }

    void structuralFaults()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        Catalogue catalogue;
        QString error;
        QVERIFY(!catalogue.loadJson(json, QStringLiteral("pasted.json"), false, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("pasted.json")), qPrintable(error));
        QCOMPARE(catalogue.size(), 0);
    }

    void duplicateInOneFileRejected()
    {
        Catalogue catalogue;
        QString error;
        QVERIFY(!catalogue.loadJson(
            catalogueJson({eventJson("acme.thing.created"), eventJson("acme.other.created"),
                           eventJson("acme.thing.created")}),
            QStringLiteral("dupes.json"), false, &error));
        QVERIFY2(error.contains(QStringLiteral("event 3 (“acme.thing.created”) repeats the type of event 1")),
                 qPrintable(error));
        QCOMPARE(catalogue.size(), 0);
    }

    void clashWithLoadedTypeRejected()
    {
        Catalogue catalogue = Catalogue::builtIn();
        QString error;
        QVERIFY(!catalogue.loadJson(
            catalogueJson({eventJson("acme.thing.created"), eventJson("thyngs.page.added")}),
            QStringLiteral("mine.json"), false, &error));
        QVERIFY2(error.contains(QLatin1String(":/catalogues/thyngs.json")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("thyngs.page.added")), qPrintable(error));
        QCOMPARE(catalogue.size(), kBuiltInTypes);
        QVERIFY(!catalogue.find(QStringLiteral("acme.thing.created")));
        QCOMPARE(catalogue.find(QStringLiteral("thyngs.page.added"))->title, QStringLiteral("PAGE ADDED"));

        // Loading the same user file twice is a clash as well, not a silent second copy.
        QVERIFY(catalogue.loadJson(catalogueJson({eventJson("acme.thing.created")}),
                                   QStringLiteral("mine.json"), false, &error));
        QVERIFY(!catalogue.loadJson(catalogueJson({eventJson("acme.thing.created")}),
                                    QStringLiteral("again.json"), false, &error));
        QVERIFY2(error.contains(QStringLiteral("“mine.json” already defines")), qPrintable(error));
        QCOMPARE(catalogue.size(), kBuiltInTypes + 1);
    }

    void unreadableFileReported()
    {
        Catalogue catalogue;
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("does-not-exist.json"));
        QVERIFY(!catalogue.loadFile(path, &error));
        QVERIFY2(error.contains(QLatin1String("does-not-exist.json")), qPrintable(error));
        QCOMPARE(catalogue.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
