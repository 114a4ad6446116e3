// SPDX-License-Identifier: GPL-3.0-or-later
// The integration dialog's "Response & TLS" tab: the run-number rule and the CA file are checked
// as they are typed, saved, and shown again on reopening; the queue and the inspector show the
// run number a receiver gave.
#include "FindChild.h"
#include "IntegrationDialog.h"
#include "JobInspector.h"
#include "QueuePage.h"
#include "Screenshot.h"
#include "TlsTestReceiver.h"
#include "domain/Event.h"
#include "secrets/MemorySecretStore.h"
#include "service/AppContext.h"
#include "service/IntegrationService.h"
#include "storage/Database.h"
#include "storage/EventStore.h"
#include "storage/IntegrationStore.h"
#include "storage/JobStore.h"
#include "storage/TriggerStore.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace hookdesk;
using hookdesk::test::TlsTestReceiver;

namespace {

using hookdesk::test::child;

void screenshot(QWidget* widget, const QString& name)
{
    hookdesk::test::saveScreenshot(widget, name);
}

void showTab(IntegrationDialog* dialog, const QString& title)
{
    auto* tabs = child<QTabWidget>(dialog, "integrationTabs");
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabText(i) == title)
            tabs->setCurrentIndex(i);
    }
    QCOMPARE(tabs->tabText(tabs->currentIndex()), title);
}

} // namespace

class TestGuiResponse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dialogSavesRunNumberRuleAndCaFile();
    void queueAndInspectorShowTheRunNumber();
};

void TestGuiResponse::dialogSavesRunNumberRuleAndCaFile()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY2(db.open(dir.filePath(QStringLiteral("dialog.sqlite")), QStringLiteral("dialog"), &error),
             qPrintable(error));
    IntegrationStore store(db);
    MemorySecretStore secrets;
    IntegrationService service(store, secrets);

    auto dialog = std::make_unique<IntegrationDialog>(service, std::nullopt);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "nameEdit"), QStringLiteral("Runs"));
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "urlEdit"), QStringLiteral("https://127.0.0.1:8443/in"));
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "tokenEdit"), QStringLiteral("tok-123"));
    showTab(dialog.get(), QStringLiteral("Response && TLS"));

    auto* source = child<QComboBox>(dialog.get(), "runNumberSourceCombo");
    auto* path = child<QLineEdit>(dialog.get(), "runNumberPathEdit");
    auto* runNote = child<QLabel>(dialog.get(), "runNumberNote");
    auto* caFile = child<QLineEdit>(dialog.get(), "caFileEdit");
    auto* caNote = child<QLabel>(dialog.get(), "caFileNote");
    QCOMPARE(source->currentText(), QStringLiteral("Not read"));
    QVERIFY(!path->isEnabled());

    // A pointer without its leading slash is explained as it is typed, and refused on save.
    source->setCurrentIndex(source->findText(QStringLiteral("JSON pointer in the body")));
    QVERIFY(path->isEnabled());
    QVERIFY(path->placeholderText().contains(QLatin1String("/run/number")));
    QTest::keyClicks(path, QStringLiteral("run/number"));
    QVERIFY2(runNote->text().contains(QStringLiteral("must start with “/”")), qPrintable(runNote->text()));
    QTest::mouseClick(child<QPushButton>(dialog.get(), "saveButton"), Qt::LeftButton);
    QVERIFY2(dialog->errorText().contains(QStringLiteral("must start with “/”")),
             qPrintable(dialog->errorText()));
    path->setText(QStringLiteral("/run/number"));

    // A CA file that does not exist, then one that holds no certificate, then the real one.
    caFile->setText(dir.filePath(QStringLiteral("nothing.pem")));
    QVERIFY2(caNote->text().contains(QLatin1String("does not exist")), qPrintable(caNote->text()));
    QTest::mouseClick(child<QPushButton>(dialog.get(), "saveButton"), Qt::LeftButton);
    QVERIFY2(dialog->errorText().contains(QLatin1String("does not exist")), qPrintable(dialog->errorText()));
    QFile notes(dir.filePath(QStringLiteral("notes.pem")));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("not a certificate");
    notes.close();
    caFile->setText(notes.fileName());
    QVERIFY2(caNote->text().contains(QLatin1String("no PEM certificate")), qPrintable(caNote->text()));
    caFile->setText(TlsTestReceiver::caFile());
    QCOMPARE(caNote->text(), QStringLiteral("1 certificate found: Hookdesk Test CA."));

    QTest::mouseClick(child<QPushButton>(dialog.get(), "saveButton"), Qt::LeftButton);
    QTRY_COMPARE(dialog->result(), int(QDialog::Accepted));
    const QList<Integration> saved = store.all();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().runNumberRule(), QStringLiteral("json:/run/number"));
    QCOMPARE(saved.first().caFile, QFileInfo(TlsTestReceiver::caFile()).absoluteFilePath());

    // Reopened, the tab shows what was saved; switching to a header rule and clearing the file.
    dialog = std::make_unique<IntegrationDialog>(service, saved.first());
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    source = child<QComboBox>(dialog.get(), "runNumberSourceCombo");
    path = child<QLineEdit>(dialog.get(), "runNumberPathEdit");
    caFile = child<QLineEdit>(dialog.get(), "caFileEdit");
    QCOMPARE(source->currentText(), QStringLiteral("JSON pointer in the body"));
    QCOMPARE(path->text(), QStringLiteral("/run/number"));
    QCOMPARE(caFile->text(), saved.first().caFile);
    showTab(dialog.get(), QStringLiteral("Response && TLS"));
    screenshot(dialog.get(), QStringLiteral("integration-response-tab"));
    source->setCurrentIndex(source->findText(QStringLiteral("Response header")));
    path->setText(QStringLiteral("X-Run-Number"));
    caFile->clear();
    QTest::mouseClick(child<QPushButton>(dialog.get(), "saveButton"), Qt::LeftButton);
    QTRY_COMPARE(dialog->result(), int(QDialog::Accepted));
    const Integration edited = *store.byId(saved.first().id);
    QCOMPARE(edited.runNumberRule(), QStringLiteral("header:X-Run-Number"));
    QCOMPARE(edited.caFile, QString());
}

void TestGuiResponse::queueAndInspectorShowTheRunNumber()
{
    QTemporaryDir dir;
    AppContext context;
    QString error;
    QVERIFY2(context.open(dir.filePath(QStringLiteral("queue.sqlite")), &error), qPrintable(error));
    Integration integration;
    integration.name = QStringLiteral("Runs");
    integration.baseUrl = QStringLiteral("http://127.0.0.1:9/hooks");
    integration.setRunNumberRule(QStringLiteral("json:/run/number"));
    QVERIFY2(context.integrations().insert(integration, &error), qPrintable(error));
    Trigger trigger;
    trigger.integrationId = integration.id;
    trigger.eventType = QStringLiteral("thyngs.interaction.occurred");
    QVERIFY2(context.triggers().insert(trigger, &error), qPrintable(error));
    Event event;
    event.type = trigger.eventType;
    event.payload = QByteArrayLiteral("{\"n\":1}");
    event.source = QStringLiteral("test");
    const auto raised = context.events().raise(event, &error);
    QVERIFY2(raised && raised->jobIds.size() == 1, qPrintable(error));
    const QString jobId = raised->jobIds.first();
    Attempt attempt;
    attempt.jobId = jobId;
    attempt.kind = QStringLiteral("scheduled");
    attempt.startedAt = QDateTime::currentMSecsSinceEpoch();
    attempt.durationMs = 12;
    attempt.requestUrl = integration.baseUrl;
    attempt.responseStatus = 200;
    attempt.responseBody = R"({"run":{"number":"001"}})";
    attempt.runNumber = QStringLiteral("001");
    QVERIFY2(context.jobs().recordAttempt(attempt, JobStatus::Succeeded, &error), qPrintable(error));

    QueuePage page(context);
    page.resize(1200, 500);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* model = page.model();
    QCOMPARE(model->headerData(LazyQueueModel::RunColumn, Qt::Horizontal).toString(), QStringLiteral("Run"));
    QTRY_COMPARE(model->index(0, LazyQueueModel::RunColumn).data().toString(), QStringLiteral("001"));
    screenshot(&page, QStringLiteral("queue-run-column"));

    JobInspector inspector(context.jobs());
    inspector.showJob(jobId);
    auto* attempts = child<QTreeWidget>(&inspector, "attemptList");
    QCOMPARE(attempts->topLevelItemCount(), 1);
    QVERIFY2(attempts->topLevelItem(0)->text(4).contains(QLatin1String("run 001")),
             qPrintable(attempts->topLevelItem(0)->text(4)));
    auto* status = child<QLabel>(&inspector, "responseStatus");
    QVERIFY2(status->text().contains(QLatin1String("run number 001")), qPrintable(status->text()));
}

QTEST_MAIN(TestGuiResponse)
#include "tst_gui_response.moc"
