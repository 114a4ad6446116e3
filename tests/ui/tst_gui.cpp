// SPDX-License-Identifier: GPL-3.0-or-later
// The administrator's journey through the window, clicked as a person would: add an integration
// (token into the real keychain), add a trigger, send a test event from the catalogue, watch it
// succeed in the queue; then a failing receiver, the reason shown, Resend, success.
#include "CataloguePage.h"
#include "CutTexts.h"
#include "ElidingLabel.h"
#include "FindChild.h"
#include "IntegrationDialog.h"
#include "IntegrationModel.h"
#include "IntegrationsPage.h"
#include "JobInspector.h"
#include "LazyQueueModel.h"
#include "MainWindow.h"
#include "QueuePage.h"
#include "Screenshot.h"
#include "SendTestDialog.h"
#include "TestReceiver.h"
#include "TokenDialog.h"
#include "TriggerDialog.h"
#include "TriggerModel.h"
#include "TriggersPage.h"
#include "delivery/DispatcherThread.h"
#include "delivery/Signer.h"
#include "secrets/SecretStore.h"
#include "service/AppContext.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>
#include <atomic>

using namespace hookdesk;
using hookdesk::test::TestReceiver;

namespace {

const QString kEvent = QStringLiteral("thyngs.interaction.occurred");

using hookdesk::test::child;
using hookdesk::test::cutTexts;

} // namespace

class TestGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void adminJourney();
    void retryGoneAndReEnable();
    void invalidInputIsExplainedAndNothingIsSaved();
    void editDisableResetTokenAndDelete();
    void triggerEditDisableAndDelete();
    void resendToADisabledIntegrationAsksFirst();
    void sendTestEventFromATrigger();
    void verifyOnSave();
    void deliveryStatusShowsRequestsInFlight();
    void longDeliveryProblemKeepsTheWindowsSize();

private:
    void screenshot(const QString& name, QWidget* widget = nullptr);
    void addIntegrationThroughTheForm(const QString& name, const QString& url, const QString& token);
    QString statusOf(int row) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<DispatcherThread> m_dispatcher;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TestReceiver> m_receiverPtr;
};

void TestGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_context = std::make_unique<AppContext>();
    QString error;
    QVERIFY2(m_context->open(m_dir->filePath(QStringLiteral("gui.sqlite")), &error), qPrintable(error));
    // As the application runs it: the dispatcher on its own thread and database connection.
    m_dispatcher = std::make_unique<DispatcherThread>(m_context->database(), m_context->jobs(),
                                                      m_context->integrations(), m_context->secrets());
    m_dispatcher->setPollInterval(100);
    m_window = std::make_unique<MainWindow>(*m_context, *m_dispatcher);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY2(m_dispatcher->start(&error), qPrintable(error));
    m_receiverPtr = std::make_unique<TestReceiver>();
    QVERIFY(m_receiverPtr->listen());
}

void TestGui::cleanup()
{
    m_window.reset();
    m_dispatcher.reset();
    m_context.reset();
    m_dir.reset();
    m_receiverPtr.reset();
}

void TestGui::screenshot(const QString& name, QWidget* widget)
{
    hookdesk::test::saveScreenshot(widget ? widget : m_window.get(), name);
}

QString TestGui::statusOf(int row) const
{
    return m_window->queuePage()->model()->index(row, LazyQueueModel::StatusColumn).data().toString();
}

void TestGui::addIntegrationThroughTheForm(const QString& name, const QString& url, const QString& token)
{
    IntegrationsPage* page = m_window->integrationsPage();
    m_window->showPage(MainWindow::IntegrationsScreen);
    QTest::mouseClick(child<QPushButton>(page, "addButton"), Qt::LeftButton);
    IntegrationDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = page->findChild<IntegrationDialog*>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), name);
    QTest::keyClicks(child<QLineEdit>(dialog, "urlEdit"), url);
    auto* token_ = child<QLineEdit>(dialog, "tokenEdit");
    QCOMPARE(token_->echoMode(), QLineEdit::Password);
    QTest::keyClicks(token_, token);
    screenshot(QStringLiteral("integration-dialog"), dialog);
    // The offscreen screen is 800x600, and Qt opens a dialog at no more than two thirds of its
    // width: every text, the check box's that appears once the dialog may verify, still shows whole.
    auto* verify = child<QCheckBox>(dialog, "verifyCheck");
    QVERIFY(verify->isVisible());
    QVERIFY2(cutTexts(dialog).isEmpty(), qPrintable(cutTexts(dialog).join(QStringLiteral(", "))));
    // Verify-on-save has its own test; here the receiver's request counts stay exact.
    verify->setChecked(false);
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    // The keychain answers asynchronously; the dialog closes once the row is saved.
    QTRY_VERIFY_WITH_TIMEOUT(page->findChild<IntegrationDialog*>() == nullptr || !dialog->isVisible(), 15000);
}

void TestGui::adminJourney()
{
    // 1. Integrations: the form, the token typed into a masked field.
    addIntegrationThroughTheForm(QStringLiteral("Billing"), m_receiverPtr->url(QStringLiteral("/hooks")),
                                 QStringLiteral("s3cret-token"));
    IntegrationModel* integrations = m_window->integrationsPage()->model();
    QCOMPARE(integrations->rowCount(), 1);
    QCOMPARE(integrations->index(0, IntegrationModel::NameColumn).data().toString(),
             QStringLiteral("Billing"));
    screenshot(QStringLiteral("integrations"));
    QVERIFY2(cutTexts(m_window.get()).isEmpty(),
             qPrintable(cutTexts(m_window.get()).join(QStringLiteral(", "))));
    // The token is in the keychain, not in the database file.
    {
        QFile db(m_dir->filePath(QStringLiteral("gui.sqlite")));
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.readAll().contains("s3cret-token"));
    }
    const qint64 integrationId = integrations->index(0, 0).data(IntegrationModel::IdRole).toLongLong();
    bool secretRead = false;
    m_context->integrationService().readSigningSecret(integrationId,
                                                      [&](bool ok, const QString& value, const QString&) {
                                                          QVERIFY(ok);
                                                          m_receiverPtr->setSigningSecret(value);
                                                          secretRead = true;
                                                      });
    QTRY_VERIFY(secretRead);

    // 2. Triggers: pick the integration and the event type, give a path.
    TriggersPage* triggers = m_window->triggersPage();
    m_window->showPage(MainWindow::TriggersScreen);
    QTest::mouseClick(child<QPushButton>(triggers, "addButton"), Qt::LeftButton);
    TriggerDialog* triggerDialog = nullptr;
    QTRY_VERIFY((triggerDialog = triggers->findChild<TriggerDialog*>()) != nullptr);
    auto* events = child<QComboBox>(triggerDialog, "eventCombo");
    events->setCurrentIndex(events->findData(kEvent));
    // The chosen type shows from its name on, not scrolled to the end of its group path.
    QCOMPARE(events->lineEdit()->cursorPosition(), 0);
    QTest::keyClicks(child<QLineEdit>(triggerDialog, "pathEdit"), QStringLiteral("/interactions"));
    QCOMPARE(child<QLabel>(triggerDialog, "urlPreview")->text(),
             m_receiverPtr->url(QStringLiteral("/hooks/interactions")));
    QTRY_VERIFY(triggerDialog->isVisible());
    screenshot(QStringLiteral("trigger-dialog"), triggerDialog);
    QVERIFY2(cutTexts(triggerDialog).isEmpty(),
             qPrintable(cutTexts(triggerDialog).join(QStringLiteral(", "))));
    child<QCheckBox>(triggerDialog, "verifyCheck")->setChecked(false);
    QTest::mouseClick(child<QPushButton>(triggerDialog, "saveButton"), Qt::LeftButton);
    QTRY_COMPARE(triggers->model()->rowCount(), 1);
    QCOMPARE(triggers->model()->index(0, TriggerModel::EventColumn).data().toString(), kEvent);
    screenshot(QStringLiteral("triggers"));
    QVERIFY2(cutTexts(m_window.get()).isEmpty(),
             qPrintable(cutTexts(m_window.get()).join(QStringLiteral(", "))));

    // 3. Catalogue: select the event, send a test event.
    CataloguePage* catalogue = m_window->cataloguePage();
    m_window->showPage(MainWindow::CatalogueScreen);
    QVERIFY(catalogue->selectType(kEvent));
    QCOMPARE(child<QLabel>(catalogue, "eventHeaders")->text(),
             QStringLiteral("Item-Name: Interaction    Event-Name: Create"));
    QVERIFY(child<QPlainTextEdit>(catalogue, "examplePayload")
                ->toPlainText()
                .contains(QStringLiteral("interaction")));
    QTest::mouseClick(child<QPushButton>(catalogue, "sendTestButton"), Qt::LeftButton);
    // The example payload opens in an editor first; send it as it is.
    SendTestDialog* sendDialog = nullptr;
    QVERIFY(
        QTest::qWaitFor([&]() { return (sendDialog = catalogue->findChild<SendTestDialog*>()) != nullptr; }));
    QTRY_VERIFY(sendDialog->isVisible());
    QVERIFY2(cutTexts(sendDialog).isEmpty(), qPrintable(cutTexts(sendDialog).join(QStringLiteral(", "))));
    QTest::mouseClick(child<QPushButton>(sendDialog, "sendButton"), Qt::LeftButton);
    QTRY_VERIFY(!catalogue->resultText().isEmpty());
    QVERIFY2(catalogue->resultText().contains(QStringLiteral("1 delivery job")),
             qPrintable(catalogue->resultText()));
    screenshot(QStringLiteral("catalogue"));
    QVERIFY2(cutTexts(m_window.get()).isEmpty(),
             qPrintable(cutTexts(m_window.get()).join(QStringLiteral(", "))));

    // 4. Queue: the job succeeds; the receiver got a signed request with the typed token.
    QueuePage* queue = m_window->queuePage();
    m_window->showPage(MainWindow::QueueScreen);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiverPtr->requestCount(), 1, 10000);
    const TestReceiver::Request received = m_receiverPtr->requests().first();
    QCOMPARE(received.path, QByteArray("/hooks/interactions"));
    QCOMPARE(received.header("Authorization"), QByteArray("Bearer s3cret-token"));
    QCOMPARE(received.header("Item-Name"), QByteArray("Interaction"));
    QVERIFY(received.signatureValid);
    QTRY_COMPARE_WITH_TIMEOUT(queue->model()->rowCount(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(0), QStringLiteral("Succeeded"), 10000);
    const QString firstJob = queue->model()->index(0, 0).data(LazyQueueModel::JobIdRole).toString();
    QCOMPARE(QString::fromLatin1(received.header("webhook-id")), firstJob);

    // 5. The receiver breaks: the next test event fails, with the reason in words.
    m_receiverPtr->setStatus(500);
    m_window->showPage(MainWindow::CatalogueScreen);
    QVERIFY(QTest::qWaitFor([&]() { return catalogue->findChild<SendTestDialog*>() == nullptr; }));
    QTest::mouseClick(child<QPushButton>(catalogue, "sendTestButton"), Qt::LeftButton);
    QVERIFY(
        QTest::qWaitFor([&]() { return (sendDialog = catalogue->findChild<SendTestDialog*>()) != nullptr; }));
    QTRY_VERIFY(sendDialog->isVisible());
    QVERIFY2(cutTexts(sendDialog).isEmpty(), qPrintable(cutTexts(sendDialog).join(QStringLiteral(", "))));
    QTest::mouseClick(child<QPushButton>(sendDialog, "sendButton"), Qt::LeftButton);
    m_window->showPage(MainWindow::QueueScreen);
    QTRY_COMPARE_WITH_TIMEOUT(queue->model()->rowCount(), 2, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(0), QStringLiteral("Failed"), 10000);
    const QString failedJob = queue->model()->index(0, 0).data(LazyQueueModel::JobIdRole).toString();
    auto* view = child<QTableView>(queue, "queueView");
    // Nothing to reveal before a job's request is shown.
    auto* reveal = child<QPushButton>(queue, "revealButton");
    QVERIFY(view->selectionModel()->selectedRows().isEmpty());
    QVERIFY(!reveal->isEnabled());
    view->selectRow(0);
    auto* jobError = child<QLabel>(queue, "jobError");
    QTRY_VERIFY(jobError->isVisible());
    QVERIFY2(jobError->text().contains(QStringLiteral("500")), qPrintable(jobError->text()));
    // The request as sent: headers with Authorization redacted, the payload shown.
    auto* headers = child<QTableWidget>(queue, "requestHeaders");
    QString authorization;
    for (int row = 0; row < headers->rowCount(); ++row)
        if (headers->item(row, 0)->text() == QLatin1String("Authorization"))
            authorization = headers->item(row, 1)->text();
    QVERIFY(authorization.startsWith(QLatin1String("Bearer ")));
    QVERIFY(!authorization.contains(QLatin1String("s3cret-token")));
    // The payload as raw text, once the raw view is chosen.
    QTest::mouseClick(child<QToolButton>(queue, "requestBodyRawButton"), Qt::LeftButton);
    QVERIFY(child<QPlainTextEdit>(queue, "requestBody")
                ->toPlainText()
                .contains(QStringLiteral("\"interaction\"")));
    QTest::mouseClick(child<QToolButton>(queue, "requestBodyTreeButton"), Qt::LeftButton);
    QVERIFY(child<QLabel>(queue, "responseStatus")->text().contains(QStringLiteral("500")));
    screenshot(QStringLiteral("queue-failed"));
    QVERIFY2(cutTexts(m_window.get()).isEmpty(),
             qPrintable(cutTexts(m_window.get()).join(QStringLiteral(", "))));

    // Reveal: the token and the signature, from the keychain. With the secret unchanged, the
    // signature is exactly the one the receiver got.
    QVERIFY(reveal->isVisible());
    QVERIFY(reveal->isEnabled());
    QTest::mouseClick(reveal, Qt::LeftButton);
    auto headerValue = [&](const char* name) {
        for (int row = 0; row < headers->rowCount(); ++row)
            if (headers->item(row, 0)->text().compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                return headers->item(row, 1)->text();
        return QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(headerValue("Authorization"), QStringLiteral("Bearer s3cret-token"), 10000);
    QCOMPARE(headerValue("webhook-signature"),
             QString::fromLatin1(m_receiverPtr->requests().at(1).header("webhook-signature")));
    QTest::mouseClick(reveal, Qt::LeftButton);
    QVERIFY(!headerValue("Authorization").contains(QStringLiteral("s3cret-token")));

    // 6. Fixed: Resend, and the same job succeeds on its second attempt.
    m_receiverPtr->setStatus(200);
    auto* resend = child<QPushButton>(queue, "resendButton");
    QVERIFY(resend->isEnabled());
    QTest::mouseClick(resend, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(0), QStringLiteral("Succeeded"), 10000);
    QCOMPARE(queue->model()->index(0, 0).data(LazyQueueModel::JobIdRole).toString(), failedJob);
    QCOMPARE(queue->model()->index(0, LazyQueueModel::AttemptsColumn).data().toInt(), 2);
    auto* attempts = child<QTreeWidget>(queue, "attemptList");
    QTRY_COMPARE(attempts->topLevelItemCount(), 2);
    QCOMPARE(attempts->topLevelItem(1)->text(2), QStringLiteral("Manual resend"));
    QCOMPARE(m_receiverPtr->requestCount(), 3);
    QCOMPARE(m_receiverPtr->requests().at(2).header("webhook-id"),
             m_receiverPtr->requests().at(1).header("webhook-id"));
    QTRY_VERIFY(!jobError->isVisible());
    screenshot(QStringLiteral("queue"));
    QVERIFY2(cutTexts(m_window.get()).isEmpty(),
             qPrintable(cutTexts(m_window.get()).join(QStringLiteral(", "))));

    // 7. Export the selected job for a colleague: CSV with the job, no token anywhere.
    const QString exportPath = m_dir->filePath(QStringLiteral("jobs.csv"));
    QVERIFY(queue->exportSelected(exportPath));
    QFile exported(exportPath);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QByteArray csv = exported.readAll();
    QVERIFY(csv.contains(failedJob.toUtf8()));
    QVERIFY(!csv.contains("s3cret-token"));
}

void TestGui::retryGoneAndReEnable()
{
    // The queue's clock is moved forward instead of waiting for retries.
    // The dispatcher's thread reads it: an atomic, and the dispatcher started again to take it.
    auto offset = std::make_shared<std::atomic<qint64>>(0);
    m_context->jobs().setClock(
        Clock([offset]() { return QDateTime::currentMSecsSinceEpoch() + offset->load(); }));
    m_dispatcher->stop();
    QString error;
    QVERIFY2(m_dispatcher->start(&error), qPrintable(error));
    addIntegrationThroughTheForm(QStringLiteral("Fragile"), m_receiverPtr->url(QStringLiteral("/hooks")),
                                 QStringLiteral("fragile-token"));
    IntegrationModel* integrations = m_window->integrationsPage()->model();
    QTRY_COMPARE(integrations->rowCount(), 1);
    const qint64 integrationId = integrations->index(0, 0).data(IntegrationModel::IdRole).toLongLong();
    Trigger trigger;
    trigger.integrationId = integrationId;
    trigger.eventType = kEvent;
    QVERIFY2(m_context->triggers().insert(trigger, &error), qPrintable(error));
    auto raise = [this]() {
        Event event;
        event.type = kEvent;
        event.payload = "{}";
        QString why;
        const auto raised = m_context->events().raise(event, &why);
        return raised && raised->jobIds.size() == 1 ? raised->jobIds.first() : QString();
    };

    // Failures leave retries scheduled, shown in the queue and in the job's summary.
    m_receiverPtr->setStatus(500);
    const QString gone = raise();
    const QString waiting = raise();
    QVERIFY(!gone.isEmpty() && !waiting.isEmpty());
    QueuePage* queue = m_window->queuePage();
    m_window->showPage(MainWindow::QueueScreen);
    QTRY_COMPARE(queue->model()->rowCount(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(0), QStringLiteral("Failed"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(1), QStringLiteral("Failed"), 10000);
    const auto job = m_context->jobs().job(gone);
    QVERIFY(job->nextAttemptAt > QDateTime::currentMSecsSinceEpoch());
    const QString nextRetry =
        QDateTime::fromMSecsSinceEpoch(job->nextAttemptAt).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QCOMPARE(queue->model()->headerData(LazyQueueModel::NextRetryColumn, Qt::Horizontal).toString(),
             QStringLiteral("Next retry"));
    const int goneRow = queue->model()->rowOf(gone);
    QCOMPARE(queue->model()->index(goneRow, LazyQueueModel::NextRetryColumn).data().toString(), nextRetry);
    QVERIFY(queue->selectJob(gone));
    auto* summary = child<QLabel>(queue, "jobSummary");
    QTRY_VERIFY2(summary->text().contains(QStringLiteral("Next retry: %1").arg(nextRetry)),
                 qPrintable(summary->text()));

    // The receiver is gone for good: resending gets 410, which disables the integration with the
    // reason in words, and no retry of that job is scheduled.
    m_receiverPtr->setStatus(410);
    QTest::mouseClick(child<QPushButton>(queue, "resendButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_context->jobs().job(gone)->attempts, 2, 10000);
    QTRY_COMPARE(
        queue->model()->index(queue->model()->rowOf(gone), LazyQueueModel::NextRetryColumn).data().toString(),
        QString());
    m_window->showPage(MainWindow::IntegrationsScreen);
    const QModelIndex status = integrations->index(0, IntegrationModel::StatusColumn);
    QTRY_VERIFY2(status.data().toString().contains(QStringLiteral("410 Gone")),
                 qPrintable(status.data().toString()));
    QVERIFY(status.data().toString().startsWith(QStringLiteral("Disabled: ")));

    // The other job's retry comes due while the integration is disabled: it waits.
    *offset += 3600 * 1000;
    QSignalSpy idle(m_dispatcher.get(), &DispatcherThread::idle);
    m_dispatcher->wake();
    QVERIFY(idle.wait(5000));
    QCOMPARE(m_context->jobs().job(waiting)->attempts, 1);
    QCOMPARE(m_receiverPtr->requestCount(), 3);

    // Enable sends what waited, and not the job that got 410.
    m_receiverPtr->setStatus(204);
    child<QTableView>(m_window->integrationsPage(), "integrationsView")->selectRow(0);
    auto* toggle = child<QPushButton>(m_window->integrationsPage(), "toggleButton");
    QTRY_COMPARE(toggle->text(), QStringLiteral("Enable"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_context->jobs().job(waiting)->status, JobStatus::Succeeded, 10000);
    QTRY_COMPARE(integrations->index(0, IntegrationModel::StatusColumn).data().toString(),
                 QStringLiteral("Enabled"));
    QCOMPARE(m_context->jobs().job(gone)->status, JobStatus::Failed);
    QCOMPARE(m_receiverPtr->requestCount(), 4);
}

void TestGui::invalidInputIsExplainedAndNothingIsSaved()
{
    IntegrationsPage* page = m_window->integrationsPage();
    QTest::mouseClick(child<QPushButton>(page, "addButton"), Qt::LeftButton);
    IntegrationDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = page->findChild<IntegrationDialog*>()) != nullptr);
    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Broken"));
    QTest::keyClicks(child<QLineEdit>(dialog, "urlEdit"), QStringLiteral("ftp://files.example.com"));
    QTest::keyClicks(child<QLineEdit>(dialog, "tokenEdit"), QStringLiteral("t"));
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QVERIFY2(dialog->errorText().contains(QStringLiteral("http://")), qPrintable(dialog->errorText()));
    QVERIFY(dialog->isVisible());

    child<QLineEdit>(dialog, "urlEdit")->setText(m_receiverPtr->url());
    child<QLineEdit>(dialog, "tokenEdit")->clear();
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QVERIFY2(dialog->errorText().contains(QStringLiteral("token")), qPrintable(dialog->errorText()));
    screenshot(QStringLiteral("integration-dialog-error"), dialog);
    dialog->reject();
    QCOMPARE(page->model()->rowCount(), 0);
    QCOMPARE(m_context->integrations().all().size(), 0);
}

void TestGui::editDisableResetTokenAndDelete()
{
    addIntegrationThroughTheForm(QStringLiteral("CRM"), m_receiverPtr->url(QStringLiteral("/crm")),
                                 QStringLiteral("first-token"));
    IntegrationsPage* page = m_window->integrationsPage();
    IntegrationModel* model = page->model();
    QTRY_COMPARE(model->rowCount(), 1);
    const qint64 id = model->index(0, 0).data(IntegrationModel::IdRole).toLongLong();
    auto* view = child<QTableView>(page, "integrationsView");
    view->selectRow(0);

    // Edit: rename and change the URL, keeping the token (left empty).
    QTest::mouseClick(child<QPushButton>(page, "editButton"), Qt::LeftButton);
    IntegrationDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = page->findChild<IntegrationDialog*>()) != nullptr);
    auto* name = child<QLineEdit>(dialog, "nameEdit");
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Sales CRM"));
    // Delivery settings of its own lane; a retry schedule that makes no sense is explained.
    child<QSpinBox>(dialog, "maxInFlightSpin")->setValue(3);
    child<QSpinBox>(dialog, "timeoutSpin")->setValue(5);
    child<QDoubleSpinBox>(dialog, "rateSpin")->setValue(2.5);
    auto* schedule = child<QLineEdit>(dialog, "retryScheduleEdit");
    QTest::keyClicks(schedule, QStringLiteral("soon, later"));
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QVERIFY2(!dialog->errorText().isEmpty(), "a bad retry schedule is refused");
    schedule->clear();
    QTest::keyClicks(schedule, QStringLiteral("5s, 1m, 1h"));
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QTRY_COMPARE(model->index(0, IntegrationModel::NameColumn).data().toString(),
                 QStringLiteral("Sales CRM"));
    {
        const Integration edited = *m_context->integrations().byId(id);
        QCOMPARE(edited.maxInFlight, 3);
        QCOMPARE(edited.timeoutMs, 5000);
        QCOMPARE(edited.ratePerSecond, 2.5);
        QCOMPARE(edited.retrySchedule, QStringLiteral("5s, 1m, 1h"));
    }

    // Disable, then enable again.
    view->selectRow(0);
    auto* toggle = child<QPushButton>(page, "toggleButton");
    QCOMPARE(toggle->text(), QStringLiteral("Disable"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(model->index(0, IntegrationModel::StatusColumn).data().toString(), QStringLiteral("Disabled"));
    QVERIFY(!m_context->integrations().byId(id)->enabled);
    view->selectRow(0);
    QCOMPARE(toggle->text(), QStringLiteral("Enable"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(m_context->integrations().byId(id)->enabled);

    // Reset the token: the next delivery carries the new one.
    view->selectRow(0);
    QTest::mouseClick(child<QPushButton>(page, "resetTokenButton"), Qt::LeftButton);
    TokenDialog* tokenDialog = nullptr;
    QTRY_VERIFY((tokenDialog = page->findChild<TokenDialog*>()) != nullptr);
    QTRY_VERIFY(tokenDialog->isVisible());
    QVERIFY2(cutTexts(tokenDialog).isEmpty(), qPrintable(cutTexts(tokenDialog).join(QStringLiteral(", "))));
    QTest::keyClicks(child<QLineEdit>(tokenDialog, "tokenEdit"), QStringLiteral("second-token"));
    QTest::mouseClick(child<QPushButton>(tokenDialog, "saveButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->message().contains(QStringLiteral("was replaced")), 10000);
    Trigger t;
    t.integrationId = id;
    t.eventType = kEvent;
    QString error;
    QVERIFY(m_context->triggers().insert(t, &error));
    QVERIFY(m_context->eventService().raise(kEvent, {}, {}, QStringLiteral("test"), &error));
    QTRY_COMPARE_WITH_TIMEOUT(m_receiverPtr->requestCount(), 1, 10000);
    QCOMPARE(m_receiverPtr->requests().first().header("Authorization"), QByteArray("Bearer second-token"));

    // Delete after confirming: the row, its trigger and its keychain entries go.
    const Integration before = *m_context->integrations().byId(id);
    QString askedText;
    page->setConfirmHook([&](QWidget*, const QString&, const QString& text) {
        askedText = text;
        return true;
    });
    view->selectRow(0);
    QTest::mouseClick(child<QPushButton>(page, "deleteButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 0, 10000);
    QVERIFY(askedText.contains(QStringLiteral("Sales CRM")));
    QCOMPARE(m_context->triggers().all().size(), 0);
    bool answered = false;
    m_context->secrets().read(before.tokenKey(), [&](bool ok, const QString&, const QString&) {
        QVERIFY(!ok);
        answered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
}

void TestGui::triggerEditDisableAndDelete()
{
    Integration i;
    i.name = QStringLiteral("Analytics");
    i.baseUrl = m_receiverPtr->url(QStringLiteral("/a"));
    QString error;
    QVERIFY(m_context->integrations().insert(i, &error));
    Trigger t;
    t.integrationId = i.id;
    t.eventType = kEvent;
    t.path = QStringLiteral("/one");
    QVERIFY(m_context->triggers().insert(t, &error));

    TriggersPage* page = m_window->triggersPage();
    m_window->showPage(MainWindow::TriggersScreen);
    auto* view = child<QTableView>(page, "triggersView");
    QTRY_COMPARE(page->model()->rowCount(), 1);
    view->selectRow(0);
    QTest::mouseClick(child<QPushButton>(page, "editButton"), Qt::LeftButton);
    TriggerDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = page->findChild<TriggerDialog*>()) != nullptr);
    auto* path = child<QLineEdit>(dialog, "pathEdit");
    QCOMPARE(path->text(), QStringLiteral("/one"));
    path->clear();
    QTest::keyClicks(path, QStringLiteral("/two"));
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QTRY_COMPARE(page->model()->index(0, TriggerModel::UrlColumn).data().toString(),
                 m_receiverPtr->url(QStringLiteral("/a/two")));

    view->selectRow(0);
    QTest::mouseClick(child<QPushButton>(page, "toggleButton"), Qt::LeftButton);
    QCOMPARE(page->model()->index(0, TriggerModel::StatusColumn).data().toString(),
             QStringLiteral("Disabled"));
    // A disabled trigger sends nothing.
    const auto raised = m_context->eventService().raise(kEvent, {}, {}, QStringLiteral("test"), &error);
    QVERIFY(raised);
    QCOMPARE(raised->jobIds.size(), 0);

    page->setConfirmHook([](QWidget*, const QString&, const QString&) { return false; });
    view->selectRow(0);
    QTest::mouseClick(child<QPushButton>(page, "deleteButton"), Qt::LeftButton);
    QCOMPARE(page->model()->rowCount(), 1); // cancelled
    page->setConfirmHook([](QWidget*, const QString&, const QString&) { return true; });
    QTest::mouseClick(child<QPushButton>(page, "deleteButton"), Qt::LeftButton);
    QCOMPARE(page->model()->rowCount(), 0);
    QCOMPARE(m_context->triggers().all().size(), 0);
}

void TestGui::resendToADisabledIntegrationAsksFirst()
{
    Integration i;
    i.name = QStringLiteral("Paused CRM");
    i.baseUrl = m_receiverPtr->url(QStringLiteral("/crm"));
    QString error;
    // The dispatcher runs on its own thread: held while the job's history is made up by hand.
    m_dispatcher->stop();
    QVERIFY(m_context->integrations().insert(i, &error));
    Trigger t;
    t.integrationId = i.id;
    t.eventType = kEvent;
    QVERIFY(m_context->triggers().insert(t, &error));
    const QString jobId =
        m_context->eventService().raise(kEvent, {}, {}, QStringLiteral("test"), &error)->jobIds.first();
    // The integration was disabled after its job failed for good.
    Attempt a;
    a.jobId = jobId;
    a.kind = QStringLiteral("scheduled");
    a.error = QStringLiteral("The receiver answered 500.");
    QVERIFY(m_context->jobs().recordAttempt(a, JobStatus::Exhausted, &error));
    i.enabled = false;
    QVERIFY(m_context->integrations().update(i, &error));
    QVERIFY2(m_dispatcher->start(&error), qPrintable(error));

    QueuePage* queue = m_window->queuePage();
    m_window->showPage(MainWindow::QueueScreen);
    QTRY_VERIFY(queue->selectJob(jobId));
    QString asked;
    queue->setConfirmHook([&](QWidget*, const QString&, const QString& text) {
        asked = text;
        return false;
    });
    QTRY_VERIFY(child<QPushButton>(queue, "resendButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>(queue, "resendButton"), Qt::LeftButton);
    QVERIFY2(asked.contains(QStringLiteral("Paused CRM is disabled")), qPrintable(asked));
    QCOMPARE(m_context->jobs().job(jobId)->status, JobStatus::Exhausted); // declined: untouched
    queue->setConfirmHook([](QWidget*, const QString&, const QString&) { return true; });
    QTest::mouseClick(child<QPushButton>(queue, "resendButton"), Qt::LeftButton);
    QCOMPARE(m_context->jobs().job(jobId)->status, JobStatus::Pending);
    QCOMPARE(m_receiverPtr->requestCount(), 0); // it waits for the integration
}

void TestGui::sendTestEventFromATrigger()
{
    Integration i;
    i.name = QStringLiteral("Tickets");
    i.baseUrl = m_receiverPtr->url(QStringLiteral("/tickets"));
    QString error;
    QVERIFY(m_context->integrations().insert(i, &error));
    bool stored = false;
    m_context->secrets().write(i.tokenKey(), QStringLiteral("tt"), [&](bool, const QString&, const QString&) {
        m_context->secrets().write(i.secretKey(), QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"),
                                   [&](bool, const QString&, const QString&) { stored = true; });
    });
    QTRY_VERIFY_WITH_TIMEOUT(stored, 10000);
    Trigger t;
    t.integrationId = i.id;
    t.eventTypes = {QStringLiteral("Interactions > *")}; // a group wildcard
    t.eventType = t.eventTypes.first();
    t.urnPatterns = {QStringLiteral("urn:acme:app:*:ticket:*")};
    QVERIFY2(m_context->triggers().insert(t, &error), qPrintable(error));

    TriggersPage* page = m_window->triggersPage();
    m_window->showPage(MainWindow::TriggersScreen);
    QTRY_COMPARE(page->model()->rowCount(), 1);
    child<QTableView>(page, "triggersView")->selectRow(0);
    QTest::mouseClick(child<QPushButton>(page, "sendTestButton"), Qt::LeftButton);
    SendTestDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = page->findChild<SendTestDialog*>()) != nullptr);
    QTest::mouseClick(child<QPushButton>(dialog, "sendButton"), Qt::LeftButton);
    QTRY_VERIFY2(page->message().contains(QStringLiteral("1 delivery job")), qPrintable(page->message()));
    QVERIFY(page->message().contains(QStringLiteral("urn:acme:app:test:ticket:test")));
    QTRY_COMPARE_WITH_TIMEOUT(m_receiverPtr->requestCount(), 1, 10000);
    QCOMPARE(m_receiverPtr->requests().first().header("Item-Name"), QByteArray("Conversion"));
}

void TestGui::verifyOnSave()
{
    // A new integration: the URL answers 404, so nothing is saved until "Save anyway".
    m_receiverPtr->setStatus(404);
    IntegrationsPage* page = m_window->integrationsPage();
    m_window->showPage(MainWindow::IntegrationsScreen);
    QTest::mouseClick(child<QPushButton>(page, "addButton"), Qt::LeftButton);
    IntegrationDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = page->findChild<IntegrationDialog*>()) != nullptr);
    QVERIFY(child<QCheckBox>(dialog, "verifyCheck")->isChecked());
    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Checked"));
    QTest::keyClicks(child<QLineEdit>(dialog, "urlEdit"), m_receiverPtr->url(QStringLiteral("/hook")));
    QTest::keyClicks(child<QLineEdit>(dialog, "tokenEdit"), QStringLiteral("ping-token"));
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    auto* saveAnyway = child<QPushButton>(dialog, "saveAnywayButton");
    QTRY_VERIFY_WITH_TIMEOUT(saveAnyway->isVisible(), 10000);
    QVERIFY2(dialog->errorText().contains(QStringLiteral("404")), qPrintable(dialog->errorText()));
    QCOMPARE(m_context->integrations().all().size(), 0);
    QCOMPARE(m_receiverPtr->requestCount(), 1);
    QCOMPARE(m_receiverPtr->requests().first().header("Authorization"), QByteArray("Bearer ping-token"));

    // Fixed receiver: saving again pings again, and the integration keeps the secret it signed with.
    m_receiverPtr->setStatus(200);
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_context->integrations().all().size(), 1, 10000);
    const Integration saved = m_context->integrations().all().first();
    QString secret;
    m_context->integrationService().readSigningSecret(
        saved.id, [&](bool, const QString& value, const QString&) { secret = value; });
    QTRY_VERIFY_WITH_TIMEOUT(!secret.isEmpty(), 10000);
    const TestReceiver::Request ping = m_receiverPtr->requests().last();
    QVERIFY(Signer::verify(secret, QString::fromLatin1(ping.header("webhook-id")),
                           ping.header("webhook-timestamp").toLongLong(), ping.body,
                           QString::fromLatin1(ping.header("webhook-signature"))));

    // A new trigger: its URL answers 500; "Save anyway" saves it all the same.
    m_receiverPtr->setStatus(500);
    TriggersPage* triggers = m_window->triggersPage();
    m_window->showPage(MainWindow::TriggersScreen);
    QTest::mouseClick(child<QPushButton>(triggers, "addButton"), Qt::LeftButton);
    TriggerDialog* triggerDialog = nullptr;
    QTRY_VERIFY((triggerDialog = triggers->findChild<TriggerDialog*>()) != nullptr);
    auto* events = child<QComboBox>(triggerDialog, "eventCombo");
    events->setCurrentIndex(events->findData(kEvent));
    QTest::keyClicks(child<QLineEdit>(triggerDialog, "pathEdit"), QStringLiteral("/t"));
    QTest::mouseClick(child<QPushButton>(triggerDialog, "saveButton"), Qt::LeftButton);
    auto* triggerAnyway = child<QPushButton>(triggerDialog, "saveAnywayButton");
    QTRY_VERIFY_WITH_TIMEOUT(triggerAnyway->isVisible(), 10000);
    QCOMPARE(m_context->triggers().all().size(), 0);
    QCOMPARE(m_receiverPtr->requests().last().path, QByteArray("/hook/t"));
    QTest::mouseClick(triggerAnyway, Qt::LeftButton);
    QTRY_COMPARE(m_context->triggers().all().size(), 1);
}

QTEST_MAIN(TestGui)
void TestGui::deliveryStatusShowsRequestsInFlight()
{
    addIntegrationThroughTheForm(QStringLiteral("Slow"), m_receiverPtr->url(QStringLiteral("/hooks")),
                                 QStringLiteral("slow-token"));
    IntegrationModel* integrations = m_window->integrationsPage()->model();
    QTRY_COMPARE(integrations->rowCount(), 1);
    Trigger trigger;
    trigger.integrationId = integrations->index(0, 0).data(IntegrationModel::IdRole).toLongLong();
    trigger.eventType = kEvent;
    QString error;
    QVERIFY2(m_context->triggers().insert(trigger, &error), qPrintable(error));
    auto* status = m_window->findChild<QLabel*>(QStringLiteral("deliveryStatus"));
    QVERIFY(status);
    QTRY_COMPARE(status->text(), QStringLiteral("Delivery running, queue idle"));

    // The receiver takes its time: the status bar says a request is under way while it does,
    // though no result has come back yet.
    m_receiverPtr->setResponseDelay(2000);
    Event event;
    event.type = kEvent;
    event.payload = "{}";
    QVERIFY2(m_context->events().raise(event, &error), qPrintable(error));
    QTRY_COMPARE(status->text(), QStringLiteral("Delivering: 1 request in flight"));
    screenshot(QStringLiteral("delivery-in-flight"));
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Delivery running, queue idle"), 10000);
}

void TestGui::longDeliveryProblemKeepsTheWindowsSize()
{
    const QSize before = m_window->size();
    const QString problem = QStringLiteral(
        "The results of 1 job(s) could not be saved: Could not record the attempt: the disk that holds the "
        "database is full. Free some space on it and try again; nothing that was already saved is lost.");
    Q_EMIT m_dispatcher->problem(problem);
    auto* status = m_window->findChild<QLabel*>(QStringLiteral("deliveryStatus"));
    QTRY_VERIFY(status->text().contains(QStringLiteral("disk that holds the database is full")));
    QCoreApplication::processEvents(); // the layout the new text asked for
    screenshot(QStringLiteral("delivery-problem"));
    // The window keeps its size, the status ends in "…" rather than mid-word, and the whole of it
    // is in the tooltip; everything else in the window still shows whole.
    QCOMPARE(m_window->size(), before);
    QVERIFY(m_window->minimumSizeHint().width() <= before.width());
    auto* eliding = qobject_cast<ElidingLabel*>(status);
    QVERIFY(eliding);
    const QString shown = eliding->shownText();
    QVERIFY2(shown.endsWith(QChar(0x2026)) &&
                 shown.startsWith(QStringLiteral("Delivery problem: The results")),
             qPrintable(shown));
    QCOMPARE(status->toolTip(), problem);
    QVERIFY2(cutTexts(m_window.get()).isEmpty(),
             qPrintable(cutTexts(m_window.get()).join(QStringLiteral(", "))));
}

#include "tst_gui.moc"
