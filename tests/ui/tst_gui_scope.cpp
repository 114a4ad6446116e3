// SPDX-License-Identifier: GPL-3.0-or-later
// Trigger scope through the window: a trigger with several event types and a URN filter made in
// the dialog, the "which triggers would fire?" tester, and the jobs real events create.
#include "FindChild.h"
#include "JobInspector.h"
#include "TriggerDialog.h"
#include "TriggerModel.h"
#include "TriggerTester.h"
#include "TriggersPage.h"
#include "service/AppContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace hookdesk;

namespace {

const QString kApp = QStringLiteral("urn:allthings:app:5a1b2c3d4e5f60718293a4b5");
const QString kCategory = kApp + QStringLiteral(":ticket:5c0ffee0a1b2c3d4e5f60718");

using hookdesk::test::child;

} // namespace

class TestGuiScope : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void scopedTriggerTesterAndJobs();

private:
    TriggerDialog* openDialog(QPushButton* button);
    void pickEvent(TriggerDialog* dialog, const QString& text);
    QStringList emitEvent(const QString& type, const QString& urn);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<TriggersPage> m_page;
};

void TestGuiScope::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_context = std::make_unique<AppContext>();
    QString error;
    QVERIFY2(m_context->open(m_dir->filePath(QStringLiteral("gui.sqlite")), &error), qPrintable(error));
    // Jobs are created here but not sent, so the integration needs no keychain entries.
    Integration fm;
    fm.uid = QStringLiteral("fm");
    fm.name = QStringLiteral("Facility");
    fm.baseUrl = QStringLiteral("http://127.0.0.1:9/fm");
    QVERIFY2(m_context->integrations().insert(fm, &error), qPrintable(error));
    m_page = std::make_unique<TriggersPage>(*m_context);
    m_page->resize(1200, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestGuiScope::cleanup()
{
    m_page.reset();
    m_context.reset();
    m_dir.reset();
}

TriggerDialog* TestGuiScope::openDialog(QPushButton* button)
{
    // A closed dialog deletes itself later; wait for that so the next one found is the new one.
    if (!QTest::qWaitFor([&]() { return m_page->findChild<TriggerDialog*>() == nullptr; }))
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    TriggerDialog* dialog = nullptr;
    if (!QTest::qWaitFor([&]() { return (dialog = m_page->findChild<TriggerDialog*>()) != nullptr; }))
        return nullptr;
    // Verify-on-save has its own test (tst_gui); these receivers are not listening.
    dialog->findChild<QCheckBox*>(QStringLiteral("verifyCheck"))->setChecked(false);
    return dialog;
}

void TestGuiScope::pickEvent(TriggerDialog* dialog, const QString& text)
{
    auto* combo = child<QComboBox>(dialog, "eventCombo");
    combo->lineEdit()->clear();
    QTest::keyClicks(combo->lineEdit(), text);
    QTest::mouseClick(child<QPushButton>(dialog, "addEventButton"), Qt::LeftButton);
}

QStringList TestGuiScope::emitEvent(const QString& type, const QString& urn)
{
    QString error;
    const auto raised = m_context->eventService().raise(type, {}, urn, QStringLiteral("test"), &error);
    if (!raised) {
        qWarning("%s", qPrintable(error));
        return {QStringLiteral("failed")};
    }
    return raised->jobIds;
}

void TestGuiScope::scopedTriggerTesterAndJobs()
{
    // 1. A trigger for every ticket event and new users, scoped to one ticket category and the
    //    App's users, typed into the dialog.
    TriggerDialog* dialog = openDialog(child<QPushButton>(m_page.get(), "addButton"));
    QVERIFY(dialog);
    pickEvent(dialog, QStringLiteral("Tickets > *"));
    auto* typeCombo = child<QComboBox>(dialog, "eventCombo");
    typeCombo->setCurrentIndex(typeCombo->findData(QStringLiteral("allthings.user.registered")));
    QTest::mouseClick(child<QPushButton>(dialog, "addEventButton"), Qt::LeftButton);
    // A type that is not in the catalogue is explained and not added.
    pickEvent(dialog, QStringLiteral("allthings.nothing"));
    QVERIFY(child<QLabel>(dialog, "errorLabel")->isVisible());
    QVERIFY2(child<QLabel>(dialog, "errorLabel")->text().contains(QStringLiteral("not an event type")),
             qPrintable(child<QLabel>(dialog, "errorLabel")->text()));
    typeCombo->lineEdit()->clear();
    auto* list = child<QListWidget>(dialog, "eventList");
    QCOMPARE(dialog->eventTypes(),
             (QStringList{QStringLiteral("Tickets > *"), QStringLiteral("allthings.user.registered")}));
    QCOMPARE(list->count(), 2);

    // A malformed pattern is explained as it is typed, and blocks saving.
    auto* urns = child<QPlainTextEdit>(dialog, "urnEdit");
    QTest::keyClicks(urns, kCategory + QStringLiteral(":*"));
    QTest::keyClick(urns, Qt::Key_Return);
    QTest::keyClicks(urns, kApp + QStringLiteral(":us*"));
    auto* urnProblem = child<QLabel>(dialog, "urnProblem");
    QVERIFY(urnProblem->isVisible());
    QVERIFY2(urnProblem->text().startsWith(QStringLiteral("Line 2:")), qPrintable(urnProblem->text()));
    QVERIFY2(urnProblem->text().contains(QStringLiteral("“us*” mixes * with other characters")),
             qPrintable(urnProblem->text()));
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_page->model()->rowCount(), 0);
    QTest::keyClick(urns, Qt::Key_Backspace);
    QTest::keyClick(urns, Qt::Key_Backspace);
    QTest::keyClicks(urns, QStringLiteral("ser:*"));
    QVERIFY(!urnProblem->isVisible());
    QTest::keyClicks(child<QLineEdit>(dialog, "pathEdit"), QStringLiteral("/in"));
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QTRY_COMPARE(m_page->model()->rowCount(), 1);
    QTRY_VERIFY(m_page->findChild<TriggerDialog*>() == nullptr || !dialog->isVisible());
    QCOMPARE(m_page->model()->index(0, TriggerModel::EventColumn).data().toString(),
             QStringLiteral("Tickets > *, allthings.user.registered"));
    QCOMPARE(m_page->model()->index(0, TriggerModel::ScopeColumn).data().toString(),
             kCategory + QStringLiteral(":*, ") + kApp + QStringLiteral(":user:*"));

    // 2. A second trigger to the same URL, for new tickets anywhere.
    dialog = nullptr;
    QTRY_VERIFY(m_page->findChild<TriggerDialog*>() == nullptr);
    dialog = openDialog(child<QPushButton>(m_page.get(), "addButton"));
    QVERIFY(dialog);
    typeCombo = child<QComboBox>(dialog, "eventCombo");
    typeCombo->setCurrentIndex(typeCombo->findData(QStringLiteral("allthings.ticket.created")));
    QTest::keyClicks(child<QLineEdit>(dialog, "pathEdit"), QStringLiteral("in"));
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QTRY_COMPARE(m_page->model()->rowCount(), 2);
    QCOMPARE(m_page->model()->index(1, TriggerModel::ScopeColumn).data().toString(),
             QStringLiteral("Every URN"));
    const qint64 scopedId = m_page->model()->index(0, 0).data(TriggerModel::IdRole).toLongLong();
    const qint64 anyId = m_page->model()->index(1, 0).data(TriggerModel::IdRole).toLongLong();

    // 3. The tester: a new ticket in the category fires both, into one job.
    TriggerTester* tester = m_page->tester();
    QVERIFY(tester->isVisible());
    auto* testerType = child<QComboBox>(tester, "testerTypeCombo");
    auto* testerUrn = child<QLineEdit>(tester, "testerUrnEdit");
    auto* results = child<QTreeWidget>(tester, "testerResults");
    auto* summary = child<QLabel>(tester, "testerSummary");
    testerType->setCurrentIndex(testerType->findData(QStringLiteral("allthings.ticket.created")));
    QTest::keyClicks(testerUrn, kCategory + QStringLiteral(":t1"));
    QCOMPARE(results->topLevelItemCount(), 2);
    QCOMPARE(results->topLevelItem(0)->text(2), QStringLiteral("http://127.0.0.1:9/fm/in"));
    QCOMPARE(summary->text(), QStringLiteral("2 triggers match; 1 job would be created."));
    QVERIFY2(results->topLevelItem(1)->text(3).contains(QStringLiteral("same URL")),
             qPrintable(results->topLevelItem(1)->text(3)));
    // A comment in another category: no trigger.
    testerType->setCurrentIndex(testerType->findData(QStringLiteral("allthings.ticket.comment-added")));
    testerUrn->setText(kApp + QStringLiteral(":ticket:other:t1:comment:c1"));
    QCOMPARE(results->topLevelItemCount(), 0);
    QCOMPARE(summary->text(), QStringLiteral("No trigger matches: nothing would be sent."));
    // A comment in the category: the scoped trigger only.
    testerUrn->setText(kCategory + QStringLiteral(":t1:comment:c1"));
    QCOMPARE(results->topLevelItemCount(), 1);
    QCOMPARE(results->topLevelItem(0)->data(0, Qt::UserRole).toLongLong(), scopedId);
    // A wildcard is not an event's URN.
    testerUrn->setText(kApp + QStringLiteral(":*"));
    QVERIFY2(summary->text().contains(QStringLiteral("wildcards belong in a trigger")),
             qPrintable(summary->text()));
    // Disabling a trigger shows at once.
    m_page->findChild<QTableView*>(QStringLiteral("triggersView"))->selectRow(1);
    QTest::mouseClick(child<QPushButton>(m_page.get(), "toggleButton"), Qt::LeftButton);
    testerType->setCurrentIndex(testerType->findData(QStringLiteral("allthings.ticket.created")));
    testerUrn->setText(kCategory + QStringLiteral(":t1"));
    QTRY_COMPARE(summary->text(), QStringLiteral("2 triggers match; 1 job would be created."));
    QCOMPARE(results->topLevelItem(1)->text(3), QStringLiteral("No: the trigger is disabled"));
    QTest::mouseClick(child<QPushButton>(m_page.get(), "toggleButton"), Qt::LeftButton);
    QTRY_COMPARE(results->topLevelItem(1)->text(3),
                 QStringLiteral("Yes, in the job of trigger #%1 (same URL)").arg(scopedId));

    // 4. Real events do what the tester said.
    const QStringList both =
        emitEvent(QStringLiteral("allthings.ticket.created"), kCategory + QStringLiteral(":t1"));
    QCOMPARE(both.size(), 1);
    QCOMPARE(m_context->jobs().matchedTriggers(both.first()), (QList<qint64>{scopedId, anyId}));
    JobInspector inspector(m_context->jobs());
    inspector.showJob(both.first());
    auto* matched = child<QLabel>(&inspector, "jobTriggers");
    QCOMPARE(matched->text(),
             QStringLiteral("Matched triggers #%1, #%2: one job, because they send to the same URL.")
                 .arg(scopedId)
                 .arg(anyId));
    QCOMPARE(emitEvent(QStringLiteral("allthings.ticket.comment-added"),
                       kCategory + QStringLiteral(":t1:comment:c1"))
                 .size(),
             1);
    QCOMPARE(emitEvent(QStringLiteral("allthings.ticket.comment-added"),
                       kApp + QStringLiteral(":ticket:other:t1:comment:c1"))
                 .size(),
             0);
    QCOMPARE(emitEvent(QStringLiteral("allthings.user.registered"), kApp + QStringLiteral(":user:u1")).size(),
             1);
    QCOMPARE(emitEvent(QStringLiteral("allthings.user.registered"),
                       QStringLiteral("urn:allthings:app:other:user:u1"))
                 .size(),
             0);
    QCOMPARE(
        emitEvent(QStringLiteral("allthings.booking.created"), kApp + QStringLiteral(":booking:b:1")).size(),
        0);
    const std::optional<DeliveryJob> single = m_context->jobs().job(
        emitEvent(QStringLiteral("allthings.ticket.created"), kApp + QStringLiteral(":ticket:x:t")).value(0));
    QVERIFY(single);
    QCOMPARE(single->triggerId, anyId);

    // 5. Editing shows the stored scope; removing the group entry narrows the trigger.
    m_page->findChild<QTableView*>(QStringLiteral("triggersView"))->selectRow(0);
    dialog = openDialog(child<QPushButton>(m_page.get(), "editButton"));
    QVERIFY(dialog);
    list = child<QListWidget>(dialog, "eventList");
    QCOMPARE(dialog->eventTypes(),
             (QStringList{QStringLiteral("Tickets > *"), QStringLiteral("allthings.user.registered")}));
    QCOMPARE(child<QPlainTextEdit>(dialog, "urnEdit")->toPlainText(),
             kCategory + QStringLiteral(":*\n") + kApp + QStringLiteral(":user:*"));
    list->setCurrentRow(0);
    QTest::mouseClick(child<QPushButton>(dialog, "removeEventButton"), Qt::LeftButton);
    QCOMPARE(dialog->eventTypes(), QStringList{QStringLiteral("allthings.user.registered")});
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    // The list is ordered by first type, so find the edited trigger by its id.
    auto typesOf = [this](qint64 id) {
        for (int row = 0; row < m_page->model()->rowCount(); ++row) {
            if (m_page->model()->index(row, 0).data(TriggerModel::IdRole).toLongLong() == id)
                return m_page->model()->index(row, TriggerModel::EventColumn).data().toString();
        }
        return QString();
    };
    QTRY_COMPARE(typesOf(scopedId), QStringLiteral("allthings.user.registered"));
    QCOMPARE(emitEvent(QStringLiteral("allthings.ticket.comment-added"),
                       kCategory + QStringLiteral(":t1:comment:c2"))
                 .size(),
             0);
}

QTEST_MAIN(TestGuiScope)
#include "tst_gui_scope.moc"
