// SPDX-License-Identifier: GPL-3.0-or-later
#include "IntegrationModel.h"
#include "storage/Database.h"
#include "storage/IntegrationStore.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QtTest>

using namespace hookdesk;

// The Integrations page's status column shows a paused integration without a refresh.
class TestIntegrationHealth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusColumnShowsPauseAndFailures();
};

void TestIntegrationHealth::statusColumnShowsPauseAndFailures()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY2(db.open(dir.filePath(QStringLiteral("h.sqlite")), QStringLiteral("health"), &error),
             qPrintable(error));
    IntegrationStore store(db);
    Integration integration;
    integration.name = QStringLiteral("Shop");
    integration.baseUrl = QStringLiteral("http://127.0.0.1:9/");
    QVERIFY2(store.insert(integration, &error), qPrintable(error));
    IntegrationModel model(store);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex status = model.index(0, IntegrationModel::StatusColumn);
    QCOMPARE(model.data(status).toString(), QStringLiteral("Enabled"));

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 until = now + 60 * 1000;
    QVERIFY2(store.setHealth(integration.id, 5, now - 1000, until, &error), qPrintable(error));
    const QString expected = QStringLiteral("Paused until %1 after 5 failures")
                                 .arg(QDateTime::fromMSecsSinceEpoch(until).toString(
                                     QDateTime::fromMSecsSinceEpoch(until).date() == QDate::currentDate()
                                         ? QStringLiteral("HH:mm")
                                         : QStringLiteral("d MMM HH:mm")));
    QCOMPARE(model.data(model.index(0, IntegrationModel::StatusColumn)).toString(), expected);

    QVERIFY2(store.setHealth(integration.id, 0, 0, 0, &error), qPrintable(error));
    QCOMPARE(model.data(model.index(0, IntegrationModel::StatusColumn)).toString(),
             QStringLiteral("Enabled"));
}

QTEST_GUILESS_MAIN(TestIntegrationHealth)
#include "tst_integration_health.moc"
