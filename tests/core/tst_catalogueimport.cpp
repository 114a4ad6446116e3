// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/SchemaValidator.h"
#include "service/AppContext.h"
#include "service/CatalogueTransfer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hookdesk;

class TestCatalogueImport : public QObject
{
    Q_OBJECT

private:
    QString writeFile(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write(content);
        return path;
    }

    QByteArray openApi() const
    {
        QFile file(QFINDTESTDATA("data/openapi-shop.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("tests/data/openapi-shop.json is missing");
        return file.readAll();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppContext> m_context;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_context = std::make_unique<AppContext>();
        QString error;
        QVERIFY2(m_context->open(m_dir->filePath(QStringLiteral("hookdesk.sqlite")), &error),
                 qPrintable(error));
    }

    void cleanup()
    {
        m_context.reset();
        m_dir.reset();
    }

    void openApiWebhooksBecomeEventTypes()
    {
        const int before = m_context->catalogue().size();
        QString error;
        const auto imported = CatalogueTransfer::importFile(
            *m_context, writeFile(QStringLiteral("shop.json"), openApi()), &error);
        QVERIFY2(imported, qPrintable(error));
        QCOMPARE(imported->added.size(), 3);
        QCOMPARE(m_context->catalogue().size(), before + 3);

        const EventType* created = m_context->catalogue().find(QStringLiteral("order.created"));
        QVERIFY(created);
        QCOMPARE(created->title, QStringLiteral("Order created"));
        QCOMPARE(created->description, QStringLiteral("A customer placed an order; it is not paid yet."));
        QCOMPARE(created->group, QStringList{"Orders"});
        QCOMPARE(created->itemName, QStringLiteral("Order"));
        QCOMPARE(created->eventName, QStringLiteral("Created"));
        QCOMPARE(created->platform, QStringLiteral("Acme Shop"));
        QVERIFY(!created->builtIn);
        // The referenced components came along, so the schema stands alone and checks nested fields.
        QVERIFY(
            created->schema.value(QLatin1String("definitions")).toObject().contains(QLatin1String("Money")));
        QVERIFY2(
            SchemaValidator::check(created->schema, created->example).isEmpty(),
            qPrintable(SchemaValidator::describe(SchemaValidator::check(created->schema, created->example))));
        QJsonObject wrong = created->example.toObject();
        QJsonObject order = wrong.value(QLatin1String("order")).toObject();
        order.insert(
            QStringLiteral("total"),
            QJsonObject{{QStringLiteral("amount"), 5}, {QStringLiteral("currency"), QStringLiteral("euro")}});
        wrong.insert(QStringLiteral("order"), order);
        const auto problems = SchemaValidator::check(created->schema, wrong);
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.first().path, QStringLiteral("/order/total/currency"));

        // A request body by reference, and the example from the schema.
        const EventType* shipped = m_context->catalogue().find(QStringLiteral("orderShipped"));
        QVERIFY(shipped);
        QCOMPARE(shipped->itemName, QStringLiteral("Order"));
        QCOMPARE(shipped->eventName, QStringLiteral("Shipped"));
        QCOMPARE(shipped->example.toObject().value(QLatin1String("carrier")).toString(),
                 QStringLiteral("DHL"));

        const EventType* deleted = m_context->catalogue().find(QStringLiteral("customer.deleted"));
        QVERIFY(deleted);
        QVERIFY(deleted->deprecated);
        QCOMPARE(deleted->group, QStringList{"Customers"});
        QVERIFY(deleted->example.toObject().value(QLatin1String("reason")).isNull());
    }

    void badOpenApiIsRejectedWhole_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing component") << QByteArray("\"$ref\": \"#/components/schemas/Shipment\"")
                                           << QByteArray("\"$ref\": \"#/components/schemas/Parcel\"")
                                           << QStringLiteral("#/components/schemas/Parcel");
        QTest::newRow("remote ref") << QByteArray("\"$ref\": \"#/components/schemas/Customer\"")
                                    << QByteArray("\"$ref\": \"https://schemas.example/customer.json\"")
                                    << QStringLiteral(
                                           "at /components/schemas/Order/properties/customer/$ref");
        QTest::newRow("not 3.1") << QByteArray("\"openapi\": \"3.1.0\"")
                                 << QByteArray("\"openapi\": \"3.0.3\"") << QStringLiteral("at /openapi");
        QTest::newRow("no json body")
            << QByteArray("\"application/json\": {\n"
                          "              \"schema\": {\n"
                          "                \"type\": \"object\",")
            << QByteArray("\"text/plain\": {\n"
                          "              \"schema\": {\n"
                          "                \"type\": \"object\",")
            << QStringLiteral("at /webhooks/customer.deleted/post/requestBody/content");
        QTest::newRow("malformed") << QByteArray("\"tags\": [\"Customers\"],")
                                   << QByteArray("\"tags\": [\"Customers\"]")
                                   << QStringLiteral("line 70, column 9");
    }

    void badOpenApiIsRejectedWhole()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, reason);
        QByteArray document = openApi();
        QVERIFY2(document.contains(from), from.constData());
        document.replace(from, to);
        const QString path = writeFile(QStringLiteral("bad.json"), document);
        const int before = m_context->catalogue().size();
        QString error;
        QVERIFY(!CatalogueTransfer::importFile(*m_context, path, &error));
        QVERIFY2(error.contains(QStringLiteral("bad.json")), qPrintable(error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("Nothing")), qPrintable(error));
        QCOMPARE(m_context->catalogue().size(), before);
        QVERIFY(!m_context->catalogue().find(QStringLiteral("order.created")));
    }

    void exportImportRoundTrip()
    {
        QString error;
        QVERIFY2(CatalogueTransfer::importJson(*m_context, openApi(), QStringLiteral("shop.json"), &error),
                 qPrintable(error));
        EventType created = *m_context->catalogue().find(QStringLiteral("order.created"));
        created.validation = ValidationMode::Reject;
        QVERIFY2(m_context->eventTypes().save(created, &error), qPrintable(error));
        const QByteArray exported = CatalogueTransfer::exportJson(m_context->catalogue(), false);
        const QJsonArray events =
            QJsonDocument::fromJson(exported).object().value(QLatin1String("events")).toArray();
        QCOMPARE(events.size(), 3); // custom types only

        // Into a fresh database: the same types, validation mode included.
        cleanup();
        init();
        const auto imported = CatalogueTransfer::importFile(
            *m_context, writeFile(QStringLiteral("export.json"), exported), &error);
        QVERIFY2(imported, qPrintable(error));
        QCOMPARE(imported->added.size(), 3);
        const EventType* again = m_context->catalogue().find(QStringLiteral("order.created"));
        QVERIFY(again);
        QCOMPARE(again->validation, ValidationMode::Reject);
        QCOMPARE(again->schema, created.schema);
        QCOMPARE(again->platform, QStringLiteral("Acme Shop"));

        // Again: the custom types are replaced, not doubled.
        const auto twice =
            CatalogueTransfer::importJson(*m_context, exported, QStringLiteral("export.json"), &error);
        QVERIFY2(twice, qPrintable(error));
        QCOMPARE(twice->replaced.size(), 3);
    }

    void badCatalogueFilesImportNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        const QByteArray good = "{\"type\": \"acme.a\", \"title\": \"A\", \"itemName\": \"A\", "
                                "\"eventName\": \"Created\", \"example\": {}}";
        QTest::newRow("built-in clash")
            << QByteArray("{\"format\": \"hookdesk-catalogue\", \"version\": 1, \"platform\": \"acme\", "
                          "\"events\": [" +
                          good +
                          ", {\"type\": \"thyngs.page.added\", \"title\": \"P\", \"itemName\": \"P\", "
                          "\"eventName\": \"Added\", \"example\": {}}]}")
            << QStringLiteral("event 2 (“thyngs.page.added”) is a built-in event type");
        QTest::newRow("unusable schema")
            << QByteArray(
                   "{\"format\": \"hookdesk-catalogue\", \"version\": 1, \"platform\": \"acme\", \"events\": "
                   "[" +
                   good +
                   ", {\"type\": \"acme.b\", \"title\": \"B\", \"itemName\": \"B\", \"eventName\": "
                   "\"Added\", \"example\": {},\n"
                   "                                \"schema\": {\"$ref\": \"#/definitions/nowhere\"}}]}")
            << QStringLiteral("event 2 (“acme.b”)");
        QTest::newRow("bad validation")
            << QByteArray("{\"format\": \"hookdesk-catalogue\", \"version\": 1, \"platform\": \"acme\", "
                          "\"events\": [" +
                          good +
                          ", {\"type\": \"acme.b\", \"title\": \"B\", \"itemName\": \"B\", \"eventName\": "
                          "\"Added\", \"example\": {},\n"
                          "                                \"validation\": \"strict\"}]}")
            << QStringLiteral("“validation” must be");
        QTest::newRow("malformed")
            << QByteArray("{\"format\": \"hookdesk-catalogue\",\n \"version\": 1 \"platform\": \"x\"}")
            << QStringLiteral("line 2, column 15");
    }

    void badCatalogueFilesImportNothing()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        const QString path = writeFile(QStringLiteral("acme.json"), json);
        QString error;
        QVERIFY(!CatalogueTransfer::importFile(*m_context, path, &error));
        QVERIFY2(error.contains(QStringLiteral("acme.json")), qPrintable(error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY(!m_context->catalogue().find(QStringLiteral("acme.a")));
        QVERIFY(m_context->eventTypes().list(&error).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCatalogueImport)
#include "tst_catalogueimport.moc"
