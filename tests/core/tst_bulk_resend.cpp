// SPDX-License-Identifier: GPL-3.0-or-later
// Resending every job that matches a filter, from the window (BulkResender) and from the command
// line: only matching finished jobs are queued again, a cancelled run keeps what it queued and
// leaves the rest alone, and a dry run changes nothing.
#include "QueueDataSet.h"
#include "storage/BulkResender.h"
#include "storage/Database.h"
#include "storage/IntegrationStore.h"
#include "storage/JobQuery.h"

#include <QDateTime>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace hookdesk;

namespace {
constexpr int kJobs = 1000;
constexpr qint64 kT0 = 1700000000000;
} // namespace

class TestBulkResend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void cancelPartWayKeepsWhatWasQueued();
    void commandLineResendsTheFilter();
    void commandLineDryRunChangesNothing();
    void commandLineRejectsBadInput();

private:
    struct Counts
    {
        int failed = 0;
        int resendPending = 0;
    };
    Counts counts(const QString& extraWhere = QString());
    QProcess* runCli(const QStringList& args);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_location;
    QList<qint64> m_integrationIds;
};

void TestBulkResend::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_location = m_dir->filePath(QStringLiteral("bulk.sqlite"));
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_location, QStringLiteral("bulk"), &error), qPrintable(error));
    IntegrationStore integrations(*m_db);
    m_integrationIds.clear();
    for (const char* name : {"Alpha", "Beta", "Gamma"}) {
        Integration i;
        i.name = QString::fromLatin1(name);
        i.baseUrl = QStringLiteral("http://127.0.0.1:9/hooks");
        QVERIFY2(integrations.insert(i, &error), qPrintable(error));
        m_integrationIds.append(i.id);
    }
    const QList<qint64> ids = m_integrationIds;
    QVERIFY2(QueueDataSet::insert(
                 *m_db, kJobs, [ids](int i) { return QueueDataSet::sample(i, kT0, ids); }, &error),
             qPrintable(error));
}

void TestBulkResend::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

TestBulkResend::Counts TestBulkResend::counts(const QString& extraWhere)
{
    Counts c;
    QSqlQuery q(m_db->connection());
    const QString where = extraWhere.isEmpty() ? QString() : QStringLiteral(" AND ") + extraWhere;
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE status = 'failed'") + where) && q.next())
        c.failed = q.value(0).toInt();
    if (q.exec(QStringLiteral(
                   "SELECT COUNT(*) FROM jobs WHERE status = 'pending' AND next_attempt_kind = 'resend'") +
               where) &&
        q.next())
        c.resendPending = q.value(0).toInt();
    return c;
}

void TestBulkResend::cancelPartWayKeepsWhatWasQueued()
{
    // 200 of the 1,000 jobs failed; resend them 30 at a time and cancel after the second batch.
    QCOMPARE(counts().failed, 200);
    JobFilter f;
    f.statuses = {JobStatus::Failed};
    BulkResender resender(m_location);
    resender.setBatchSize(30);
    QSignalSpy counted(&resender, &BulkResender::counted);
    QSignalSpy finished(&resender, &BulkResender::finished);
    // Direct, on the worker thread: the cancel lands exactly between batch two and three.
    const QMetaObject::Connection canceller = connect(
        &resender, &BulkResender::progress, &resender,
        [&resender](qint64 done, qint64) {
            if (done >= 60)
                resender.cancel();
        },
        Qt::DirectConnection);
    resender.start(f);
    QVERIFY(finished.wait(10000));
    QCOMPARE(counted.value(0).value(0).toLongLong(), 200);
    QCOMPARE(finished.value(0).value(0).toLongLong(), 60);
    QCOMPARE(finished.value(0).value(1).toBool(), true);
    QCOMPARE(finished.value(0).value(2).toString(), QString());
    // Sixty queued (the newest failures, as the user saw them at the top), the rest untouched.
    QCOMPARE(counts().resendPending, 60);
    QCOMPARE(counts().failed, 140);
    QCOMPARE(counts(QStringLiteral("created_at >= %1").arg(kT0 + 700 * 1000)).failed, 0);

    // Running again finishes the job; nothing already queued is queued twice.
    disconnect(canceller);
    QSignalSpy again(&resender, &BulkResender::finished);
    resender.start(f);
    QVERIFY(again.wait(10000));
    QCOMPARE(again.value(0).value(0).toLongLong(), 140);
    QCOMPARE(again.value(0).value(1).toBool(), false);
    QCOMPARE(counts().resendPending, 200);
    QCOMPARE(counts().failed, 0);
}

QProcess* TestBulkResend::runCli(const QStringList& args)
{
    auto* p = new QProcess(this);
    p->start(qEnvironmentVariable("HOOKDESK_BINARY"),
             QStringList{QStringLiteral("--database"), m_location} + args);
    p->waitForFinished(30000);
    return p;
}

void TestBulkResend::commandLineResendsTheFilter()
{
    // Failed jobs of Beta created from job 500 on (ISO time), one event type.
    const QString since = QDateTime::fromMSecsSinceEpoch(kT0 + 500 * 1000, Qt::UTC).toString(Qt::ISODate);
    QProcess* p =
        runCli({QStringLiteral("queue"), QStringLiteral("resend"), QStringLiteral("--status"),
                QStringLiteral("failed"), QStringLiteral("--integration"), QStringLiteral("Beta"),
                QStringLiteral("--event"), QStringLiteral("test.event.2"), QStringLiteral("--since"), since});
    const QString out = QString::fromUtf8(p->readAllStandardOutput());
    QVERIFY2(p->exitCode() == 0, qPrintable(out + QString::fromUtf8(p->readAllStandardError())));
    int expected = 0;
    for (int i = 500; i < kJobs; ++i) {
        const QueueDataSet::Job j = QueueDataSet::sample(i, kT0, m_integrationIds);
        expected += j.status == JobStatus::Failed && j.integrationId == m_integrationIds.at(1) &&
                    j.eventType == QLatin1String("test.event.2");
    }
    QVERIFY(expected > 0);
    QVERIFY2(out.contains(QStringLiteral("%1 job(s) match.").arg(expected)), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Queued %1 of %1").arg(expected)), qPrintable(out));
    QCOMPARE(counts().resendPending, expected);
    QCOMPARE(counts(QStringLiteral("integration_id = %1 AND event_type = 'test.event.2' AND created_at >= %2")
                        .arg(m_integrationIds.at(1))
                        .arg(kT0 + 500 * 1000))
                 .failed,
             0);
    QCOMPARE(counts().failed, 200 - expected);
}

void TestBulkResend::commandLineDryRunChangesNothing()
{
    QProcess* p = runCli({QStringLiteral("queue"), QStringLiteral("resend"), QStringLiteral("--status"),
                          QStringLiteral("failed"), QStringLiteral("--integration"), QStringLiteral("Gamma"),
                          QStringLiteral("--dry-run")});
    const QString out = QString::fromUtf8(p->readAllStandardOutput());
    QVERIFY2(p->exitCode() == 0, qPrintable(out + QString::fromUtf8(p->readAllStandardError())));
    int expected = 0;
    for (int i = 0; i < kJobs; ++i) {
        const QueueDataSet::Job j = QueueDataSet::sample(i, kT0, m_integrationIds);
        expected += j.status == JobStatus::Failed && j.integrationId == m_integrationIds.at(2);
    }
    QVERIFY2(out.contains(QStringLiteral("%1 job(s) match; nothing was resent").arg(expected)),
             qPrintable(out));
    QCOMPARE(counts().failed, 200);
    QCOMPARE(counts().resendPending, 0);
}

void TestBulkResend::commandLineRejectsBadInput()
{
    for (const QStringList& args : {QStringList{QStringLiteral("--status"), QStringLiteral("failed"),
                                                QStringLiteral("--integration"), QStringLiteral("Nobody")},
                                    QStringList{QStringLiteral("--status"), QStringLiteral("failed"),
                                                QStringLiteral("--since"), QStringLiteral("last tuesday")},
                                    QStringList{QStringLiteral("--status"), QStringLiteral("pending")},
                                    QStringList{QStringLiteral("--integration"), QStringLiteral("Beta")}}) {
        QProcess* p = runCli(QStringList{QStringLiteral("queue"), QStringLiteral("resend")} + args);
        const QString err = QString::fromUtf8(p->readAllStandardError());
        QVERIFY2(p->exitCode() != 0, qPrintable(args.join(QLatin1Char(' '))));
        QVERIFY2(err.trimmed().endsWith(QLatin1Char('.')), qPrintable(err));
    }
    QCOMPARE(counts().failed, 200);
}

QTEST_MAIN(TestBulkResend)
#include "tst_bulk_resend.moc"
