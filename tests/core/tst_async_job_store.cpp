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

QTEST_GUILESS_MAIN(TestAsyncJobStore)
#include "tst_async_job_store.moc"
