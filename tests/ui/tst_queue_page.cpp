// SPDX-License-Identifier: GPL-3.0-or-later
// The queue page over a known queue: the filter controls narrow the table and say what is shown
// with the matching count, sorting flips the order, and "Resend all matching" asks with the count
// first, then queues exactly the matching finished jobs.
#include "CompareDialog.h"
#include "CutTexts.h"
#include "FindChild.h"
#include "LazyQueueModel.h"
#include "PageHeader.h"
#include "QueueDataSet.h"
#include "QueuePage.h"
#include "service/AppContext.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace hookdesk;

namespace {
constexpr int kJobs = 1000;
constexpr qint64 kT0 = 1700000000000;

using hookdesk::test::child;
using hookdesk::test::cutTexts;
} // namespace

class TestQueuePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void filtersNarrowAndSummarise();
    void resendAllMatchingAsksThenQueues();
    void filterSelectCompareResend();

private:
    int countWhere(const QString& where);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<QueuePage> m_page;
    QList<qint64> m_integrationIds;
};

void TestQueuePage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_context = std::make_unique<AppContext>();
    QString error;
    QVERIFY2(m_context->open(m_dir->filePath(QStringLiteral("page.sqlite")), &error), qPrintable(error));
    m_integrationIds.clear();
    for (const char* name : {"Alpha", "Beta", "Gamma"}) {
        Integration i;
        i.name = QString::fromLatin1(name);
        i.baseUrl = QStringLiteral("http://127.0.0.1:9/hooks");
        QVERIFY2(m_context->integrations().insert(i, &error), qPrintable(error));
        m_integrationIds.append(i.id);
    }
    const QList<qint64> ids = m_integrationIds;
    QVERIFY2(
        QueueDataSet::insert(
            m_context->database(), kJobs, [ids](int i) { return QueueDataSet::sample(i, kT0, ids); }, &error),
        qPrintable(error));
    m_page = std::make_unique<QueuePage>(*m_context);
    m_page->resize(1200, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestQueuePage::cleanup()
{
    m_page.reset();
    m_context.reset();
    m_dir.reset();
}

int TestQueuePage::countWhere(const QString& where)
{
    QSqlQuery q(m_context->database().connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE ") + where) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void TestQueuePage::filtersNarrowAndSummarise()
{
    auto* count = child<QLabel>(m_page.get(), "countLabel");
    auto* view = child<QTableView>(m_page.get(), "queueView");
    QTRY_VERIFY2(count->text().contains(QStringLiteral("1,000 job")), qPrintable(count->text()));
    QVERIFY(count->text().startsWith(QStringLiteral("All jobs")));
    // The first rows are painted with data, newest first.
    QTRY_COMPARE(view->model()->index(0, 0).data(LazyQueueModel::JobIdRole).toString(),
                 QStringLiteral("msg_test_00999"));

    auto* status = child<QComboBox>(m_page.get(), "statusFilter");
    status->setCurrentIndex(status->findData(int(JobStatus::Failed)));
    auto* integration = child<QComboBox>(m_page.get(), "integrationFilter");
    integration->setCurrentIndex(integration->findText(QStringLiteral("Beta")));
    const int expected =
        countWhere(QStringLiteral("status = 'failed' AND integration_id = %1").arg(m_integrationIds.at(1)));
    QVERIFY(expected > 0);
    QTRY_VERIFY2(count->text().contains(QStringLiteral("— %1 job").arg(expected)), qPrintable(count->text()));
    QVERIFY2(count->text().startsWith(QStringLiteral("Failed jobs for Beta")), qPrintable(count->text()));
    QCOMPARE(view->model()->rowCount(), expected);

    // Payload search narrows further, and says so.
    QTest::keyClicks(child<QLineEdit>(m_page.get(), "searchEdit"), QStringLiteral("needle"));
    const int withNeedle = countWhere(
        QStringLiteral("status = 'failed' AND integration_id = %1 AND "
                       "event_id IN (SELECT id FROM events WHERE CAST(payload AS TEXT) LIKE '%needle%')")
            .arg(m_integrationIds.at(1)));
    QTRY_VERIFY2(count->text().contains(QStringLiteral("containing “needle”")), qPrintable(count->text()));
    QCOMPARE(withNeedle, 6);
    QTRY_VERIFY2(count->text().endsWith(QStringLiteral("— %1 job(s)").arg(withNeedle)),
                 qPrintable(count->text()));

    // Oldest first by clicking the Created header.
    QTest::mouseClick(child<QPushButton>(m_page.get(), "clearFiltersButton"), Qt::LeftButton);
    QTRY_VERIFY2(count->text().contains(QStringLiteral("1,000 job")), qPrintable(count->text()));
    view->horizontalHeader()->setSortIndicator(LazyQueueModel::CreatedColumn, Qt::AscendingOrder);
    QTRY_COMPARE(view->model()->index(0, 0).data(LazyQueueModel::JobIdRole).toString(),
                 QStringLiteral("msg_test_00000"));
    QVERIFY2(count->text().contains(QStringLiteral("oldest first")), qPrintable(count->text()));
}

void TestQueuePage::resendAllMatchingAsksThenQueues()
{
    QString asked;
    m_page->setConfirmHook([&asked](QWidget*, const QString&, const QString& text) {
        asked = text;
        return true;
    });
    auto* status = child<QComboBox>(m_page.get(), "statusFilter");
    status->setCurrentIndex(status->findData(int(JobStatus::Failed)));
    auto* http = child<QComboBox>(m_page.get(), "httpFilter");
    http->setCurrentIndex(http->findData(int(JobFilter::HttpClass::ClientError)));
    const int expected =
        countWhere(QStringLiteral("status = 'failed' AND last_http_status BETWEEN 400 AND 499"));
    // One integration is disabled: the question says its jobs will wait.
    Integration paused = m_context->integrations().all().first();
    paused.enabled = false;
    QString error;
    QVERIFY2(m_context->integrations().update(paused, &error), qPrintable(error));
    auto* resendAll = child<QPushButton>(m_page.get(), "resendAllButton");
    QTRY_VERIFY(resendAll->isEnabled());
    QTest::mouseClick(resendAll, Qt::LeftButton);
    QTRY_VERIFY2(!asked.isEmpty(), "the page asked first");
    QVERIFY2(asked.contains(QStringLiteral("Send %1 job").arg(expected)), qPrintable(asked));
    QVERIFY2(asked.contains(QStringLiteral("%1 is disabled").arg(paused.name)), qPrintable(asked));
    QTRY_VERIFY(!child<QProgressBar>(m_page.get(), "resendProgress")->isVisible() && resendAll->isEnabled());
    QCOMPARE(countWhere(QStringLiteral("status = 'pending' AND next_attempt_kind = 'resend'")), expected);
    QCOMPARE(countWhere(QStringLiteral("status = 'failed' AND last_http_status BETWEEN 400 AND 499")), 0);
    QCOMPARE(countWhere(QStringLiteral("status = 'failed'")), 200 - expected);
    // The filtered table follows: nothing failed with 4xx is left.
    auto* count = child<QLabel>(m_page.get(), "countLabel");
    QTRY_VERIFY2(count->text().endsWith(QStringLiteral("— 0 job(s)")), qPrintable(count->text()));
}

void TestQueuePage::filterSelectCompareResend()
{
    // The administrator's path: show failed jobs, pick two, compare them, resend both.
    m_page->setConfirmHook([](QWidget*, const QString&, const QString&) { return true; });
    auto* status = child<QComboBox>(m_page.get(), "statusFilter");
    status->setCurrentIndex(status->findData(int(JobStatus::Failed)));
    auto* view = child<QTableView>(m_page.get(), "queueView");
    QTRY_VERIFY(view->model()->rowCount() >= 2);
    QTRY_VERIFY(view->model()->index(1, 0).data(LazyQueueModel::LoadedRole).toBool());
    const QString first = view->model()->index(0, 0).data(LazyQueueModel::JobIdRole).toString();
    const QString second = view->model()->index(1, 0).data(LazyQueueModel::JobIdRole).toString();
    view->selectionModel()->select(view->model()->index(0, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->select(view->model()->index(1, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);

    auto* compare = child<QPushButton>(m_page.get(), "compareJobsButton");
    QTRY_VERIFY(compare->isEnabled());
    QTest::mouseClick(compare, Qt::LeftButton);
    CompareDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<CompareDialog*>()) != nullptr);
    QVERIFY(dialog->changedLines() > 0); // two different jobs differ at least in their URL or body
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY2(cutTexts(dialog).isEmpty(), qPrintable(cutTexts(dialog).join(QStringLiteral(", "))));
    dialog->reject();

    auto* resend = child<QPushButton>(m_page.get(), "resendButton");
    QVERIFY(resend->isEnabled());
    QCOMPARE(resend->text(), QStringLiteral("Resend 2 jobs"));
    QTest::mouseClick(resend, Qt::LeftButton);
    QCOMPARE(m_context->jobs().job(first)->status, JobStatus::Pending);
    QCOMPARE(m_context->jobs().job(second)->status, JobStatus::Pending);
    QCOMPARE(m_context->jobs().job(first)->nextAttemptKind, QStringLiteral("resend"));
}

QTEST_MAIN(TestQueuePage)
#include "tst_queue_page.moc"
