// SPDX-License-Identifier: GPL-3.0-or-later
// The lazy queue model against a known queue of 1,000 jobs: every filter gives the jobs a user
// expects in the order they expect, rows far down arrive without OFFSET, and new jobs appear
// while the user is scrolled down without moving what they look at or have selected.
#include "LazyQueueModel.h"
#include "QueueDataSet.h"
#include "storage/Database.h"
#include "storage/IntegrationStore.h"
#include "storage/JobQuery.h"
#include "storage/JobStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace hookdesk;

namespace {
constexpr int kJobs = 1000;
constexpr qint64 kT0 = 1700000000000;
} // namespace

class TestLazyQueueModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void filterCombinations_data();
    void filterCombinations();
    void farRowsLoadByKeyset();
    void liveInsertsWhileScrolled();
    void statusChangeShowsInPlace();

private:
    QStringList expectedIds(const std::function<bool(const QueueDataSet::Job&)>& match,
                            bool newestFirst) const;
    static bool loaded(const LazyQueueModel& model, int row)
    {
        return model.index(row, 0).data(LazyQueueModel::LoadedRole).toBool();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<IntegrationStore> m_integrations;
    std::unique_ptr<JobStore> m_jobs;
    QList<qint64> m_integrationIds;
};

void TestLazyQueueModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("queue.sqlite")), QStringLiteral("lazy"), &error),
             qPrintable(error));
    m_integrations = std::make_unique<IntegrationStore>(*m_db);
    m_jobs = std::make_unique<JobStore>(*m_db);
    m_integrationIds.clear();
    for (const char* name : {"Alpha", "Beta", "Gamma"}) {
        Integration i;
        i.name = QString::fromLatin1(name);
        i.baseUrl = QStringLiteral("http://127.0.0.1:9/hooks");
        QVERIFY2(m_integrations->insert(i, &error), qPrintable(error));
        m_integrationIds.append(i.id);
    }
    const QList<qint64> ids = m_integrationIds;
    QVERIFY2(QueueDataSet::insert(
                 *m_db, kJobs, [ids](int i) { return QueueDataSet::sample(i, kT0, ids); }, &error, 250),
             qPrintable(error));
}

void TestLazyQueueModel::cleanup()
{
    m_jobs.reset();
    m_integrations.reset();
    m_db.reset();
    m_dir.reset();
}

QStringList TestLazyQueueModel::expectedIds(const std::function<bool(const QueueDataSet::Job&)>& match,
                                            bool newestFirst) const
{
    QStringList ids;
    for (int i = 0; i < kJobs; ++i) {
        const QueueDataSet::Job j = QueueDataSet::sample(i, kT0, m_integrationIds);
        if (match(j))
            ids.append(j.id);
    }
    if (newestFirst)
        std::reverse(ids.begin(), ids.end());
    return ids;
}

void TestLazyQueueModel::filterCombinations_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("everything") << 0;
    QTest::newRow("failed") << 1;
    QTest::newRow("failed + Beta") << 2;
    QTest::newRow("event type + 2xx") << 3;
    QTest::newRow("5xx") << 4;
    QTest::newRow("no HTTP answer + failed") << 5;
    QTest::newRow("time window") << 6;
    QTest::newRow("payload text") << 7;
    QTest::newRow("payload text + Gamma + failed") << 8;
    QTest::newRow("oldest first, 4xx") << 9;
    QTest::newRow("nothing matches") << 10;
    QTest::newRow("failed or exhausted, oldest first") << 11;
}

void TestLazyQueueModel::filterCombinations()
{
    QFETCH(int, kind);
    const qint64 beta = m_integrationIds.at(1);
    const qint64 gamma = m_integrationIds.at(2);
    JobFilter f;
    bool newestFirst = true;
    std::function<bool(const QueueDataSet::Job&)> match = [](const QueueDataSet::Job&) { return true; };
    switch (kind) {
    case 1:
        f.statuses = {JobStatus::Failed};
        match = [](const QueueDataSet::Job& j) { return j.status == JobStatus::Failed; };
        break;
    case 2:
        f.statuses = {JobStatus::Failed};
        f.integrationId = beta;
        match = [beta](const QueueDataSet::Job& j) {
            return j.status == JobStatus::Failed && j.integrationId == beta;
        };
        break;
    case 3:
        f.eventType = QStringLiteral("test.event.3");
        f.httpClass = JobFilter::HttpClass::Success;
        match = [](const QueueDataSet::Job& j) {
            return j.eventType == QLatin1String("test.event.3") && j.httpStatus >= 200 && j.httpStatus < 300;
        };
        break;
    case 4:
        f.httpClass = JobFilter::HttpClass::ServerError;
        match = [](const QueueDataSet::Job& j) { return j.httpStatus >= 500; };
        break;
    case 5:
        f.httpClass = JobFilter::HttpClass::None;
        f.statuses = {JobStatus::Failed};
        match = [](const QueueDataSet::Job& j) { return j.httpStatus == 0 && j.status == JobStatus::Failed; };
        break;
    case 6:
        f.since = kT0 + 100 * 1000;
        f.until = kT0 + 250 * 1000;
        match = [](const QueueDataSet::Job& j) {
            return j.createdAt >= kT0 + 100 * 1000 && j.createdAt < kT0 + 250 * 1000;
        };
        break;
    case 7:
        f.text = QStringLiteral("needle");
        match = [](const QueueDataSet::Job& j) { return j.payload.contains("needle"); };
        break;
    case 8:
        f.text = QStringLiteral("haystack red");
        f.integrationId = gamma;
        f.statuses = {JobStatus::Failed};
        match = [gamma](const QueueDataSet::Job& j) {
            return j.payload.contains("haystack") && j.payload.contains("red") && j.integrationId == gamma &&
                   j.status == JobStatus::Failed;
        };
        break;
    case 9:
        f.httpClass = JobFilter::HttpClass::ClientError;
        newestFirst = false;
        match = [](const QueueDataSet::Job& j) { return j.httpStatus >= 400 && j.httpStatus < 500; };
        break;
    case 10:
        f.text = QStringLiteral("no-such-word-anywhere");
        match = [](const QueueDataSet::Job&) { return false; };
        break;
    case 11:
        f.statuses = {JobStatus::Failed, JobStatus::Exhausted};
        newestFirst = false;
        match = [](const QueueDataSet::Job& j) {
            return j.status == JobStatus::Failed || j.status == JobStatus::Exhausted;
        };
        break;
    default:
        break;
    }
    const QStringList expected = expectedIds(match, newestFirst);
    const Qt::SortOrder order = newestFirst ? Qt::DescendingOrder : Qt::AscendingOrder;

    // The keys a jump far down starts from: those of rows 0, 7, 14, … exactly, whichever way
    // they are found (hops through an index, or numbering every row).
    QString error;
    const QList<JobKey> keys = JobQuery(*m_db).bookmarks(f, order, 7, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(keys.size(), (expected.size() + 6) / 7);
    for (qsizetype k = 0; k < keys.size(); ++k)
        QCOMPARE(keys.at(k).id, expected.at(7 * k));

    LazyQueueModel model(*m_db, *m_jobs);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counted(&model, &LazyQueueModel::countChanged);
    model.setFilter(f);
    model.setSortOrder(order);
    QTRY_VERIFY(model.isCountKnown());
    QCOMPARE(model.matchingCount(), qint64(expected.size()));
    QCOMPARE(model.rowCount(), int(expected.size()));
    // The first rows, and the last ones, are the right jobs in the right order.
    for (int row : {0, 1, 2, int(expected.size()) - 1}) {
        if (row < 0 || row >= expected.size())
            continue;
        model.index(row, 0).data(); // as a view would ask
        QTRY_VERIFY2(loaded(model, row), qPrintable(QString::number(row)));
        QCOMPARE(model.index(row, 0).data(LazyQueueModel::JobIdRole).toString(), expected.at(row));
    }
}

void TestLazyQueueModel::farRowsLoadByKeyset()
{
    LazyQueueModel model(*m_db, *m_jobs);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model.rowCount(), kJobs);
    // Row 600 is neither near the start nor the end: it is found from a bookmark key.
    const QModelIndex far = model.index(600, LazyQueueModel::EventColumn);
    QCOMPARE(far.sibling(600, 0).data().toString(), QStringLiteral("Loading…"));
    QVERIFY(!loaded(model, 600));
    QTRY_VERIFY(loaded(model, 600));
    const QueueDataSet::Job expected = QueueDataSet::sample(kJobs - 1 - 600, kT0, m_integrationIds);
    QCOMPARE(far.data(LazyQueueModel::JobIdRole).toString(), expected.id);
    QCOMPARE(far.data().toString(), expected.eventType);
    // The very last row: the oldest job.
    model.index(kJobs - 1, 0).data();
    QTRY_VERIFY(loaded(model, kJobs - 1));
    QCOMPARE(model.index(kJobs - 1, 0).data(LazyQueueModel::JobIdRole).toString(),
             QStringLiteral("msg_test_00000"));
}

void TestLazyQueueModel::liveInsertsWhileScrolled()
{
    LazyQueueModel model(*m_db, *m_jobs);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPollInterval(3600 * 1000); // only the change notification refreshes here
    QTRY_COMPARE(model.rowCount(), kJobs);
    // The user scrolled to row 500 and selected it.
    model.index(0, 0).data();
    model.index(500, 0).data();
    QTRY_VERIFY(loaded(model, 500) && loaded(model, 0));
    const QPersistentModelIndex selected = model.index(500, 0);
    const QString selectedId = selected.data(LazyQueueModel::JobIdRole).toString();

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    // Ten jobs arrive, each announced on its own: the model coalesces them.
    const QList<qint64> ids = m_integrationIds;
    for (int n = 0; n < 10; ++n) {
        QString error;
        QVERIFY2(QueueDataSet::insert(
                     *m_db, 1, [ids, n](int) { return QueueDataSet::sample(kJobs + n, kT0, ids); }, &error),
                 qPrintable(error));
        Q_EMIT m_jobs->jobsChanged({QueueDataSet::sample(kJobs + n, kT0, ids).id});
    }
    QTRY_COMPARE(model.rowCount(), kJobs + 10);
    QCOMPARE(reset.count(), 0);
    QVERIFY2(inserted.count() <= 2, qPrintable(QString::number(inserted.count())));
    // The selected job kept its selection and its data; the new ones are on top.
    QCOMPARE(selected.row(), 510);
    QCOMPARE(selected.data(LazyQueueModel::JobIdRole).toString(), selectedId);
    model.index(0, 0).data();
    QTRY_VERIFY(loaded(model, 0));
    QCOMPARE(model.index(0, 0).data(LazyQueueModel::JobIdRole).toString(),
             QueueDataSet::sample(kJobs + 9, kT0, ids).id);
    QCOMPARE(model.index(511, 0).data(LazyQueueModel::JobIdRole).toString(),
             QueueDataSet::sample(kJobs - 1 - 501, kT0, ids).id);
}

void TestLazyQueueModel::statusChangeShowsInPlace()
{
    LazyQueueModel model(*m_db, *m_jobs);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPollInterval(3600 * 1000);
    QTRY_COMPARE(model.rowCount(), kJobs);
    model.index(0, 0).data();
    QTRY_VERIFY(loaded(model, 0));
    // Row 0 is job 999: succeeded. Resending it makes it pending, shown without a reset.
    const QString id = model.index(0, 0).data(LazyQueueModel::JobIdRole).toString();
    QCOMPARE(model.index(0, LazyQueueModel::StatusColumn).data().toString(), QStringLiteral("Succeeded"));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QString error;
    QCOMPARE(m_jobs->resend({id}, &error), 1);
    QTRY_COMPARE(model.index(0, LazyQueueModel::StatusColumn).data().toString(), QStringLiteral("Pending"));
    QCOMPARE(reset.count(), 0);

    // With a status filter, the job leaves the filtered view.
    JobFilter f;
    f.statuses = {JobStatus::Succeeded};
    model.setFilter(f);
    QTRY_VERIFY(model.isCountKnown());
    const qint64 before = model.matchingCount();
    model.index(0, 0).data();
    QTRY_VERIFY(loaded(model, 0));
    const QString next = model.index(0, 0).data(LazyQueueModel::JobIdRole).toString();
    QCOMPARE(m_jobs->resend({next}, &error), 1);
    QTRY_COMPARE(model.matchingCount(), before - 1);
    model.index(0, 0).data();
    QTRY_VERIFY(loaded(model, 0));
    QVERIFY(model.index(0, 0).data(LazyQueueModel::JobIdRole).toString() != next);
}

QTEST_MAIN(TestLazyQueueModel)
#include "tst_lazy_queue_model.moc"
