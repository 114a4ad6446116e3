// SPDX-License-Identifier: GPL-3.0-or-later
// Every model under QAbstractItemModelTester while the stores beneath it change, so that a
// wrong row signal fails here instead of confusing a view.
#include "CatalogueModel.h"
#include "IntegrationModel.h"
#include "TriggerModel.h"
#include "catalogue/Catalogue.h"
#include "storage/Database.h"
#include "storage/EventStore.h"
#include "storage/IntegrationStore.h"
#include "storage/JobStore.h"
#include "storage/TriggerStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace hookdesk;

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void integrationModelFollowsTheStore();
    void triggerModelJoinsIntegrations();
    void catalogueModelIsATreeOfGroups();

private:
    Integration addIntegration(const QString& name, bool enabled = true);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<IntegrationStore> m_integrations;
    std::unique_ptr<TriggerStore> m_triggers;
    std::unique_ptr<EventStore> m_events;
    std::unique_ptr<JobStore> m_jobs;
};

void TestModels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("models.sqlite")), QStringLiteral("models"), &error),
             qPrintable(error));
    m_integrations = std::make_unique<IntegrationStore>(*m_db);
    m_triggers = std::make_unique<TriggerStore>(*m_db);
    m_events = std::make_unique<EventStore>(*m_db);
    m_jobs = std::make_unique<JobStore>(*m_db);
    connect(m_events.get(), &EventStore::jobsCreated, m_jobs.get(), &JobStore::jobsChanged);
}

void TestModels::cleanup()
{
    m_jobs.reset();
    m_events.reset();
    m_triggers.reset();
    m_integrations.reset();
    m_db.reset();
    m_dir.reset();
}

Integration TestModels::addIntegration(const QString& name, bool enabled)
{
    Integration i;
    i.name = name;
    i.baseUrl = QStringLiteral("https://%1.example.com/hooks").arg(name.toLower());
    i.enabled = enabled;
    QString error;
    if (!m_integrations->insert(i, &error))
        qWarning() << error;
    return i;
}

void TestModels::integrationModelFollowsTheStore()
{
    IntegrationModel model(*m_integrations);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);

    Integration billing = addIntegration(QStringLiteral("Billing"));
    addIntegration(QStringLiteral("Analytics"));
    QCOMPARE(model.rowCount(), 2);
    // Sorted by name: Analytics, Billing.
    QCOMPARE(model.index(0, IntegrationModel::NameColumn).data().toString(), QStringLiteral("Analytics"));
    QCOMPARE(model.index(1, IntegrationModel::UrlColumn).data().toString(),
             QStringLiteral("https://billing.example.com/hooks"));

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    billing.enabled = false;
    QString error;
    QVERIFY2(m_integrations->update(billing, &error), qPrintable(error));
    QCOMPARE(model.index(1, IntegrationModel::StatusColumn).data().toString(), QStringLiteral("Disabled"));
    QCOMPARE(removed.count(), 0);
    QCOMPARE(reset.count(), 0);

    QVERIFY(m_integrations->remove(billing.id, &error));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(reset.count(), 0);
}

void TestModels::triggerModelJoinsIntegrations()
{
    TriggerModel model(*m_triggers, *m_integrations);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Integration crm = addIntegration(QStringLiteral("CRM"));
    Trigger t;
    t.integrationId = crm.id;
    t.eventType = QStringLiteral("thyngs.page.added");
    t.path = QStringLiteral("pages");
    QString error;
    QVERIFY2(m_triggers->insert(t, &error), qPrintable(error));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, TriggerModel::IntegrationColumn).data().toString(), QStringLiteral("CRM"));
    QCOMPARE(model.index(0, TriggerModel::UrlColumn).data().toString(),
             QStringLiteral("https://crm.example.com/hooks/pages"));

    Integration renamed = crm;
    renamed.name = QStringLiteral("Sales CRM");
    renamed.enabled = false;
    QVERIFY(m_integrations->update(renamed, &error));
    QCOMPARE(model.index(0, TriggerModel::IntegrationColumn).data().toString(), QStringLiteral("Sales CRM"));
    QCOMPARE(model.index(0, TriggerModel::StatusColumn).data().toString(),
             QStringLiteral("Integration disabled"));

    QVERIFY(m_integrations->remove(crm.id, &error));
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::catalogueModelIsATreeOfGroups()
{
    CatalogueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString error;
    const Catalogue catalogue = Catalogue::builtIn(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    model.setCatalogue(catalogue);
    QCOMPARE(model.rowCount(), 3); // three platforms: Allthings, Kinetic and Thyngs style

    // Walk the tree: every built-in type is a leaf, reachable through its group path.
    int leaves = 0;
    std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex index = model.index(row, 0, parent);
            if (model.eventTypeAt(index))
                ++leaves;
            walk(index);
        }
    };
    walk({});
    QCOMPARE(leaves, 46); // 10 Allthings, 14 Kinetic and 22 Thyngs events

    const QModelIndex submission = model.indexOfType(QStringLiteral("kinetic.submission.created"));
    QVERIFY(submission.isValid());
    QStringList path;
    for (QModelIndex p = submission.parent(); p.isValid(); p = p.parent())
        path.prepend(p.data().toString());
    QCOMPARE(path, (QStringList{QStringLiteral("Kinetic-style platform"), QStringLiteral("Submissions"),
                                QStringLiteral("[kapp-slug]"), QStringLiteral("[form-slug]")}));
    QCOMPARE(submission.data().toString(), QStringLiteral("Submission Created"));
    QCOMPARE(submission.sibling(submission.row(), CatalogueModel::EventNameColumn).data().toString(),
             QStringLiteral("Created"));
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"
