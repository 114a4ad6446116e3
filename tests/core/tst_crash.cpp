// SPDX-License-Identifier: GPL-3.0-or-later
// Crash recovery through the real `hookdesk serve`: a burst of jobs, a `kill -9` of the sender
// in the middle of it, and a new sender that takes over the dead one's leases. Every job must be
// delivered, and a job that reached the receiver twice must carry the same webhook-id both times.
#include "TestReceiver.h"
#include "storage/Database.h"
#include "storage/EventStore.h"
#include "storage/JobStore.h"

#include <QHash>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace hookdesk;
using hookdesk::test::TestReceiver;

namespace {

constexpr int kJobs = 300;
const QString kType = QStringLiteral("thyngs.interaction.occurred");

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

private:
    // Runs a short hookdesk command to its end; the event loop spins meanwhile.
    QByteArray run(const QStringList& arguments, const QByteArray& input = {})
    {
        QProcess process;
        process.setProgram(m_binary);
        process.setArguments(QStringList{QStringLiteral("--database"), m_database} + arguments);
        process.start();
        if (!process.waitForStarted(10000))
            return {};
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        if (!QTest::qWaitFor([&process]() { return process.state() == QProcess::NotRunning; }, 60000)) {
            process.kill();
            process.waitForFinished(5000);
        }
        m_lastError = process.readAllStandardError();
        return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0
                   ? process.readAllStandardOutput()
                   : QByteArray();
    }

    std::unique_ptr<QProcess> startServe()
    {
        auto serve = std::make_unique<QProcess>();
        serve->setProgram(m_binary);
        serve->setArguments({QStringLiteral("--database"), m_database, QStringLiteral("serve")});
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // The dead sender's claims expire after 1.5 s instead of a minute and a quarter.
        env.insert(QStringLiteral("HOOKDESK_LEASE_MS"), QStringLiteral("1500"));
        serve->setProcessEnvironment(env);
        serve->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        serve->setStandardOutputFile(QProcess::nullDevice());
        serve->start();
        return serve;
    }

    int countWithStatus(JobStore& jobs, JobStatus status)
    {
        return int(jobs.list({status, kJobs + 10}).size());
    }

    QString m_binary;
    QString m_database;
    QByteArray m_lastError;

private slots:
    void killedServeLosesNothing()
    {
        m_binary = qEnvironmentVariable("HOOKDESK_BINARY");
        QVERIFY2(QFileInfo(m_binary).isExecutable(), "HOOKDESK_BINARY must name the hookdesk executable");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        m_database = dir.filePath(QStringLiteral("crash.sqlite"));

        TestReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setStatus(204);
        // Slow enough that the kill finds requests in flight.
        receiver.setResponseDelay(40);

        QVERIFY2(!run({QStringLiteral("integration"), QStringLiteral("add"), QStringLiteral("--name"),
                       QStringLiteral("Crash"), QStringLiteral("--url"),
                       receiver.url(QStringLiteral("/hooks/")), QStringLiteral("--token-stdin")},
                      "tok-crash\n")
                      .isNull(),
                 m_lastError.constData());
        const QString secret = QString::fromUtf8(run({QStringLiteral("integration"), QStringLiteral("secret"),
                                                      QStringLiteral("Crash")}))
                                   .trimmed();
        QVERIFY2(secret.startsWith(QLatin1String("whsec_")), m_lastError.constData());
        receiver.setSigningSecret(secret);
        QVERIFY2(!run({QStringLiteral("trigger"), QStringLiteral("add"), QStringLiteral("--integration"),
                       QStringLiteral("Crash"), QStringLiteral("--event"), kType, QStringLiteral("--path"),
                       QStringLiteral("in")})
                      .isNull(),
                 m_lastError.constData());

        // The burst, raised straight into the outbox (300 `hookdesk emit` processes would only
        // test process start-up).
        Database db;
        QString error;
        QVERIFY2(db.open(m_database, QStringLiteral("tst_crash"), &error), qPrintable(error));
        EventStore events(db);
        JobStore jobs(db);
        QSet<QString> jobIds;
        for (int i = 0; i < kJobs; ++i) {
            Event event;
            event.type = kType;
            event.payload = QStringLiteral("{\"n\":%1}").arg(i).toUtf8();
            event.source = QStringLiteral("tst_crash");
            const auto raised = events.raise(event, &error);
            QVERIFY2(raised && raised->jobIds.size() == 1, qPrintable(error));
            jobIds.insert(raised->jobIds.first());
        }

        auto first = startServe();
        QVERIFY2(first->waitForStarted(10000), qPrintable(first->errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(receiver.requestCount() >= kJobs / 4, 30000);
        first->kill(); // SIGKILL: no clean-up of any kind
        QVERIFY(first->waitForFinished(10000));
        QCOMPARE(first->exitStatus(), QProcess::CrashExit);

        // Mid-burst: some jobs were left claimed by the dead sender, some never started.
        const int orphaned = countWithStatus(jobs, JobStatus::Sending);
        const int delivered = countWithStatus(jobs, JobStatus::Succeeded);
        QVERIFY2(orphaned > 0, "the kill found no job in flight; the test did not test a crash");
        QVERIFY2(delivered < kJobs, "every job was delivered before the kill");

        auto second = startServe();
        QVERIFY2(second->waitForStarted(10000), qPrintable(second->errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(countWithStatus(jobs, JobStatus::Succeeded), kJobs, 60000);
        second->kill();
        second->waitForFinished(10000);

        // Every job reached the receiver, signed; a job sent twice kept its webhook-id.
        QHash<QByteArray, QSet<QByteArray>> idsByBody;
        QSet<QString> receivedIds;
        const QList<TestReceiver::Request> requests = receiver.requests();
        for (const TestReceiver::Request& r : requests) {
            QVERIFY2(r.signatureValid, r.header("webhook-id").constData());
            idsByBody[r.body].insert(r.header("webhook-id"));
            receivedIds.insert(QString::fromLatin1(r.header("webhook-id")));
        }
        QCOMPARE(receivedIds, jobIds);
        QCOMPARE(idsByBody.size(), kJobs);
        for (auto it = idsByBody.cbegin(); it != idsByBody.cend(); ++it)
            QVERIFY2(it.value().size() == 1, it.key().constData());
        QVERIFY(requests.size() >= kJobs);
        qInfo("%d deliveries for %d jobs (%d claimed by the killed sender)", int(requests.size()), kJobs,
              orphaned);

        // The attempts tell the same story: every job's last attempt succeeded.
        for (const QString& id : std::as_const(jobIds)) {
            const QList<Attempt> attempts = jobs.attempts(id);
            QVERIFY2(!attempts.isEmpty() && attempts.last().succeeded(), qPrintable(id));
        }
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
