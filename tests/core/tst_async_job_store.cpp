// SPDX-License-Identifier: GPL-3.0-or-later
// The job store's thread: claims asked for at once come back to each asker, right.
#include "DeliveryFixture.h"
#include "domain/Event.h"
#include "storage/AsyncJobStore.h"

#include <QDateTime>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace hookdesk;
using hookdesk::test::DeliveryFixture;

class TestAsyncJobStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void claimsAskedTogetherEachGetTheirOwnJobs();
    void workHandedOverWhileAnotherWriterHoldsTheFileIsDoneInOneTurn();

private:
    int leasedTo(DeliveryFixture& fixture, const QString& owner);
};

int TestAsyncJobStore::leasedTo(DeliveryFixture& fixture, const QString& owner)
{
    QSqlQuery q(fixture.db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM jobs WHERE status = 'sending' AND lease_owner = ?"));
    q.addBindValue(owner);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

void TestAsyncJobStore::claimsAskedTogetherEachGetTheirOwnJobs()
{
    // A dispatcher starting with many integrations asks for all their first jobs at once, and
    // the answers come back by signal from the store's thread. Each integration must get its own
    // jobs, each job go to one of them, and an ordered integration only its oldest. They are
    // carried out in transactions of 64 claims: 70 take two.
    DeliveryFixture fixture;
    const QString error = fixture.open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    constexpr int kIntegrations = 70;
    constexpr int kOrdered = (kIntegrations + 4) / 5; // every fifth, from the first
    QList<Integration> all;
    for (int i = 0; i < kIntegrations; ++i) {
        Integration integration;
        integration.name = QStringLiteral("Receiver %1").arg(i);
        integration.baseUrl = QStringLiteral("http://127.0.0.1:9/hooks/");
        integration.ordered = i % 5 == 0;
        const QString added = fixture.addIntegration(integration);
        QVERIFY2(added.isEmpty(), qPrintable(added));
        all.append(integration);
    }
    for (int n = 0; n < 3; ++n) { // each event: one job for every integration
        Event event;
        event.type = DeliveryFixture::kEventType;
        event.payload = QByteArrayLiteral("{\"n\":1}");
        event.source = QStringLiteral("test");
        QString raiseError;
        const auto raised = fixture.events->raise(event, &raiseError);
        QVERIFY2(raised && raised->jobIds.size() == kIntegrations, qPrintable(raiseError));
    }

    AsyncJobStore store;
    QString openError;
    QVERIFY2(store.open(fixture.db.location(), fixture.jobs->clock(), &openError), qPrintable(openError));
    QSignalSpy answers(&store, &AsyncJobStore::claimed);
    const QString owner = QStringLiteral("tester");
    const qint64 leaseUntil = QDateTime::currentMSecsSinceEpoch() + 60000;
    auto claimAll = [&]() {
        for (const Integration& integration : std::as_const(all))
            store.claim(integration.id, owner, leaseUntil, 2, integration.ordered);
    };

    claimAll();
    QTRY_COMPARE(answers.size(), kIntegrations);
    QSet<QString> seen;
    for (const QList<QVariant>& answer : std::as_const(answers)) {
        const qint64 integrationId = answer.at(0).toLongLong();
        const auto jobs = answer.at(2).value<QList<DeliveryJob>>();
        QVERIFY2(answer.at(3).toString().isEmpty(), qPrintable(answer.at(3).toString()));
        const bool ordered = std::any_of(all.cbegin(), all.cend(), [&](const Integration& i) {
            return i.id == integrationId && i.ordered;
        });
        QCOMPARE(jobs.size(), ordered ? 1 : 2);
        for (const DeliveryJob& job : jobs) {
            QCOMPARE(job.integrationId, integrationId);
            QVERIFY2(!seen.contains(job.id), qPrintable(job.id));
            seen.insert(job.id);
        }
    }
    QCOMPARE(seen.size(), (kIntegrations - kOrdered) * 2 + kOrdered); // unordered ones take 2, ordered 1
    QCOMPARE(leasedTo(fixture, owner), int(seen.size()));

    // Again: the unordered ones get their last job; an ordered one waits for its first to finish.
    answers.clear();
    claimAll();
    QTRY_COMPARE(answers.size(), kIntegrations);
    for (const QList<QVariant>& answer : std::as_const(answers)) {
        const qint64 integrationId = answer.at(0).toLongLong();
        const bool ordered = std::any_of(all.cbegin(), all.cend(), [&](const Integration& i) {
            return i.id == integrationId && i.ordered;
        });
        const auto jobs = answer.at(2).value<QList<DeliveryJob>>();
        QCOMPARE(jobs.size(), ordered ? 0 : 1);
        for (const DeliveryJob& job : jobs)
            QVERIFY2(!seen.contains(job.id), qPrintable(job.id));
    }
    QCOMPARE(leasedTo(fixture, owner), (kIntegrations - kOrdered) * 3 + kOrdered);
}

namespace {

// An integration with 14 jobs, 12 of them claimed by "tester" and sent: their results are
// handed to an AsyncJobStore four at a time, as a dispatcher does.
struct SentJobs
{
    DeliveryFixture fixture;
    Integration integration;
    QList<DeliveryJob> sent;
    const QString owner = QStringLiteral("tester");
    const qint64 leaseUntil = QDateTime::currentMSecsSinceEpoch() + 60000;

    // Also opens `store` on the file and empties the WAL.
    QString setUp(AsyncJobStore& store)
    {
        QString error = fixture.open();
        integration.name = QStringLiteral("Receiver");
        integration.baseUrl = QStringLiteral("http://127.0.0.1:9/hooks/");
        if (error.isEmpty())
            error = fixture.addIntegration(integration);
        for (int n = 0; n < 14 && error.isEmpty(); ++n)
            fixture.raise(&error);
        if (error.isEmpty())
            sent = fixture.jobs->claimDueFor(owner, integration.id, leaseUntil, 12, &error);
        if (error.isEmpty() && sent.size() != 12)
            error = QStringLiteral("%1 jobs claimed instead of 12").arg(sent.size());
        if (error.isEmpty())
            store.open(fixture.db.location(), fixture.jobs->clock(), &error);
        if (error.isEmpty() && !resetWal())
            error = QStringLiteral("The WAL could not be emptied.");
        return error;
    }

    QList<JobStore::AttemptRecord> results(qsizetype from) const
    {
        QList<JobStore::AttemptRecord> records;
        for (qsizetype i = from; i < from + 4; ++i) {
            Attempt attempt;
            attempt.jobId = sent.at(i).id;
            attempt.number = 1;
            attempt.kind = QStringLiteral("scheduled");
            attempt.startedAt = QDateTime::currentMSecsSinceEpoch();
            attempt.requestUrl = sent.at(i).url;
            attempt.requestHeaders = {{"Content-Type", "application/json"}};
            attempt.responseStatus = 204;
            attempt.responseHeaders = {{"Server", QByteArray::number(i)}};
            records.append({attempt, JobStatus::Succeeded, 0, false, {}, {}});
        }
        return records;
    }

    // Empties the WAL; framesWritten() then counts the pages written since.
    bool resetWal()
    {
        QSqlQuery q(fixture.db.connection());
        return q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && q.next() &&
               q.value(0).toInt() == 0;
    }
    int framesWritten()
    {
        QSqlQuery q(fixture.db.connection());
        return q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) && q.next() ? q.value(1).toInt() : -1;
    }
};

} // namespace

void TestAsyncJobStore::workHandedOverWhileAnotherWriterHoldsTheFileIsDoneInOneTurn()
{
    // While another writer of this process holds the file (a burst of incoming events being
    // stored), a dispatcher goes on handing over results and claims. When the file is free they
    // are carried out together: each caller still gets its own records back, saved, and the
    // claim its jobs, but the results are one transaction, which writes each page it changes
    // once instead of once for every batch.
    int together = 0;
    QString error;
    {
        SentJobs held;
        AsyncJobStore store;
        error = held.setUp(store);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSignalSpy written(&store, &AsyncJobStore::written);
        QSignalSpy claimed(&store, &AsyncJobStore::claimed);
        {
            const Database::WriteTurn otherWriter(held.fixture.db);
            store.write(held.results(0));
            store.write(held.results(4));
            store.write(held.results(8));
            store.claim(held.integration.id, held.owner, held.leaseUntil, 10, false);
            QTest::qWait(200);
            QCOMPARE(written.size(), 0); // waiting for the file
            QCOMPARE(claimed.size(), 0);
        }
        QTRY_COMPARE(written.size(), 3);
        QTRY_COMPARE(claimed.size(), 1);
        for (int b = 0; b < 3; ++b) {
            const auto records = written.at(b).at(0).value<QList<JobStore::AttemptRecord>>();
            QVERIFY2(written.at(b).at(1).toString().isEmpty(), qPrintable(written.at(b).at(1).toString()));
            QCOMPARE(records.size(), 4);
            for (int i = 0; i < 4; ++i) {
                const QString& jobId = held.sent.at(4 * b + i).id;
                QCOMPARE(records.at(i).attempt.jobId, jobId);
                QVERIFY(records.at(i).saved);
                QVERIFY(records.at(i).attempt.id > 0);
                QCOMPARE(held.fixture.jobs->job(jobId)->status, JobStatus::Succeeded);
                const QList<Attempt> attempts = held.fixture.jobs->attempts(jobId);
                QCOMPARE(attempts.size(), 1);
                QCOMPARE(attempts.first().responseHeaders,
                         (HeaderList{{"Server", QByteArray::number(4 * b + i)}}));
            }
        }
        const auto jobs = claimed.first().at(2).value<QList<DeliveryJob>>();
        QCOMPARE(jobs.size(), 2); // the two jobs nobody had claimed
        QVERIFY2(claimed.first().at(3).toString().isEmpty(), qPrintable(claimed.first().at(3).toString()));
        together = held.framesWritten();
    }

    // The same handed over one at a time, each waited for: a transaction each.
    SentJobs apart;
    AsyncJobStore store2;
    error = apart.setUp(store2);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSignalSpy written2(&store2, &AsyncJobStore::written);
    QSignalSpy claimed2(&store2, &AsyncJobStore::claimed);
    for (int b = 0; b < 3; ++b) {
        store2.write(apart.results(4 * b));
        QTRY_COMPARE(written2.size(), b + 1);
    }
    store2.claim(apart.integration.id, apart.owner, apart.leaseUntil, 10, false);
    QTRY_COMPARE(claimed2.size(), 1);
    const int separately = apart.framesWritten();
    QVERIFY2(
        together > 0 && together < separately,
        qPrintable(QStringLiteral("pages written: %1 together, %2 apart").arg(together).arg(separately)));
}

QTEST_GUILESS_MAIN(TestAsyncJobStore)
#include "tst_async_job_store.moc"
