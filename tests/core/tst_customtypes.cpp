// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/AppContext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hookdesk;

namespace {

EventType orderCreated(ValidationMode mode)
{
    EventType t;
    t.type = QStringLiteral("acme.order.created");
    t.title = QStringLiteral("Order created");
    t.group = {QStringLiteral("Orders"), QStringLiteral("[shop-slug]")};
    t.itemName = QStringLiteral("Order");
    t.eventName = QStringLiteral("Created");
    t.schema = QJsonDocument::fromJson(
                   R"({"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}})")
                   .object();
    t.example = QJsonObject{{QStringLiteral("id"), QStringLiteral("o-1")}};
    t.validation = mode;
    t.builtIn = false;
    return t;
}

} // namespace

class TestCustomTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_location = m_dir->filePath(QStringLiteral("hookdesk.sqlite"));
    }

    void customTypeIsStoredAndLoaded()
    {
        {
            AppContext ctx;
            QString error;
            QVERIFY2(ctx.open(m_location, &error), qPrintable(error));
            const int builtIns = ctx.catalogue().size();
            QVERIFY(!ctx.catalogue().find(QStringLiteral("acme.order.created")));
            QVERIFY2(ctx.eventTypes().save(orderCreated(ValidationMode::Reject), &error), qPrintable(error));
            QCOMPARE(ctx.catalogue().size(), builtIns + 1); // reloaded on change
            const EventType* t = ctx.catalogue().find(QStringLiteral("acme.order.created"));
            QVERIFY(t);
            QVERIFY(!t->builtIn);
            QCOMPARE(t->group, (QStringList{"Orders", "[shop-slug]"}));

            EventType deprecated = *t;
            deprecated.deprecated = true;
            QVERIFY2(ctx.eventTypes().save(deprecated, &error), qPrintable(error));
        }
        AppContext reopened;
        QString error;
        QVERIFY2(reopened.open(m_location, &error), qPrintable(error));
        const EventType* t = reopened.catalogue().find(QStringLiteral("acme.order.created"));
        QVERIFY(t);
        QVERIFY(t->deprecated);
        QCOMPARE(t->validation, ValidationMode::Reject);
        QCOMPARE(t->example.toObject().value(QLatin1String("id")).toString(), QStringLiteral("o-1"));
        QCOMPARE(t->schema.value(QLatin1String("required")).toArray().size(), 1);
    }

    void validationModes()
    {
        AppContext ctx;
        QString error;
        QVERIFY2(ctx.open(m_location, &error), qPrintable(error));
        const QByteArray bad = R"({"id": 42})";
        const QString type = QStringLiteral("acme.order.created");

        QVERIFY2(ctx.eventTypes().save(orderCreated(ValidationMode::Reject), &error), qPrintable(error));
        QVERIFY(!ctx.eventService().raise(type, bad, {}, QStringLiteral("test"), &error));
        QVERIFY2(error.contains(QStringLiteral("“/id”")), qPrintable(error));
        QVERIFY2(ctx.eventService().raise(type, R"({"id": "o-2"})", {}, QStringLiteral("test"), &error),
                 qPrintable(error));
        QVERIFY(ctx.eventService().lastWarning().isEmpty());

        QVERIFY2(ctx.eventTypes().save(orderCreated(ValidationMode::Warn), &error), qPrintable(error));
        QVERIFY2(ctx.eventService().raise(type, bad, {}, QStringLiteral("test"), &error), qPrintable(error));
        QVERIFY2(ctx.eventService().lastWarning().contains(QStringLiteral("“/id”")),
                 qPrintable(ctx.eventService().lastWarning()));

        QVERIFY2(ctx.eventTypes().save(orderCreated(ValidationMode::Off), &error), qPrintable(error));
        QVERIFY2(ctx.eventService().raise(type, bad, {}, QStringLiteral("test"), &error), qPrintable(error));
        QVERIFY(ctx.eventService().lastWarning().isEmpty());

        // Built-in types warn: a wrong payload is raised and the mismatch reported.
        QVERIFY2(ctx.eventService().raise(QStringLiteral("thyngs.page.added"), R"({"unexpected": true})", {},
                                          QStringLiteral("test"), &error),
                 qPrintable(error));
        QVERIFY(!ctx.eventService().lastWarning().isEmpty());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location;
};

QTEST_GUILESS_MAIN(TestCustomTypes)
#include "tst_customtypes.moc"
