// SPDX-License-Identifier: GPL-3.0-or-later
// A delivery whose result cannot be written because the database's disk is full: the dispatcher
// says so in words, the job is not lost, and once there is room again it is sent again with the
// same webhook-id and its result written. SQLite's page limit stands in for the full disk: SQLite
// fails both with the same SQLITE_FULL.
#include "DeliveryFixture.h"
#include "TestReceiver.h"
#include "delivery/Dispatcher.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace hookdesk;
using hookdesk::test::DeliveryFixture;
using hookdesk::test::TestReceiver;

class TestFullDisk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resultThatCannotBeWrittenIsSentAgainOnceThereIsRoom();
};

void TestFullDisk::resultThatCannotBeWrittenIsSentAgainOnceThereIsRoom()
{
    DeliveryFixture fixture;
    QString error = fixture.open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    TestReceiver receiver;
    QVERIFY(receiver.listen());
    receiver.setStatus(200);
    // The answer is kept with the attempt: 60 KiB need pages the database cannot get.
    receiver.setResponseBody(QByteArray(60 * 1024, 'r'));
    Integration integration;
    integration.baseUrl = receiver.url(QStringLiteral("/hooks"));
    error = fixture.addIntegration(integration);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString jobId = fixture.raise(&error);
    QVERIFY2(!jobId.isEmpty(), qPrintable(error));

    QSqlQuery pragma(fixture.db.connection());
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA page_count")) && pragma.next());
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pragma.value(0).toInt())));

    Dispatcher dispatcher(*fixture.jobs, *fixture.integrations, fixture.secrets);
    dispatcher.setPollInterval(25);
    dispatcher.setRequestTimeout(5000);
    // Another sender may take the job over this soon after its result went missing.
    dispatcher.setLeaseDuration(1500);
    QSignalSpy problems(&dispatcher, &Dispatcher::problem);
    dispatcher.start();
    QTRY_VERIFY_WITH_TIMEOUT(!problems.isEmpty(), 10000);
    const QString problem = problems.first().first().toString();
    QVERIFY2(problem.startsWith(QStringLiteral("The results of 1 job(s) could not be saved: Could not record "
                                               "the attempt")),
             qPrintable(problem));
    QVERIFY2(
        problem.contains(QStringLiteral("the disk that holds the database is full. Free some space on it "
                                        "and try again")),
        qPrintable(problem));
    QCOMPARE(receiver.requests().size(), 1);
    QVERIFY(fixture.jobs->attempts(jobId).isEmpty());
    QVERIFY(fixture.jobs->job(jobId).has_value());

    // Room again: when the lease ends the job goes out again, as the same message, and is recorded.
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    QTRY_COMPARE_WITH_TIMEOUT(fixture.jobs->job(jobId)->status, JobStatus::Succeeded, 10000);
    dispatcher.stop();
    const QList<TestReceiver::Request> requests = receiver.requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(1).header("webhook-id"), requests.at(0).header("webhook-id"));
    QCOMPARE(requests.at(0).header("webhook-id"), jobId.toLatin1());
    const QList<Attempt> attempts = fixture.jobs->attempts(jobId);
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts.first().responseStatus, 200);
    QCOMPARE(attempts.first().responseBody.size(), 60 * 1024);
}

QTEST_GUILESS_MAIN(TestFullDisk)
#include "tst_full_disk.moc"
