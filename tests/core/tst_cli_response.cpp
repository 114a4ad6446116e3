// SPDX-License-Identifier: GPL-3.0-or-later
// The command line for run numbers and CA files: `integration add --run-number/--ca-file` checks
// them and `integration list --json` shows them; a delivery's run number is in the queue's JSON.
#include "TestReceiver.h"
#include "TlsTestReceiver.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using hookdesk::test::TestReceiver;
using hookdesk::test::TlsTestReceiver;

class TestCliResponse : public QObject
{
    Q_OBJECT

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    // Keeps the event loop spinning: the receiver hookdesk talks to lives in this process.
    Result run(const QStringList& arguments, const QByteArray& input = {})
    {
        Result result;
        QProcess process;
        process.start(qEnvironmentVariable("HOOKDESK_BINARY"),
                      QStringList{QStringLiteral("--database"), m_dir.filePath(QStringLiteral("h.sqlite"))} +
                          arguments);
        if (!process.waitForStarted(10000))
            return result;
        process.write(input);
        process.closeWriteChannel();
        if (!QTest::qWaitFor([&process]() { return process.state() == QProcess::NotRunning; }, 60000)) {
            process.kill();
            process.waitForFinished(5000);
            return result;
        }
        result.exitCode = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    Result add(const QString& name, const QString& url, const QStringList& extra)
    {
        return run(QStringList{QStringLiteral("integration"), QStringLiteral("add"), QStringLiteral("--name"),
                               name, QStringLiteral("--url"), url, QStringLiteral("--token-stdin")} +
                       extra,
                   "tok-cli-response");
    }

    QJsonObject integration(const QString& name)
    {
        const Result r =
            run({QStringLiteral("integration"), QStringLiteral("list"), QStringLiteral("--json")});
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out).array())
            if (v.toObject().value(QLatin1String("name")).toString() == name)
                return v.toObject();
        return {};
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void rulesAndCaFilesAreCheckedAndShown()
    {
        Result r = add(QStringLiteral("bad"), QStringLiteral("http://127.0.0.1:9/"),
                       {QStringLiteral("--run-number"), QStringLiteral("json:run")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("must start with “/”")), r.err.constData());
        r = add(QStringLiteral("bad"), QStringLiteral("http://127.0.0.1:9/"),
                {QStringLiteral("--run-number"), QStringLiteral("body:/run")});
        QVERIFY2(r.err.contains("--run-number must be json:POINTER"), r.err.constData());
        r = add(QStringLiteral("bad"), QStringLiteral("https://127.0.0.1:9/"),
                {QStringLiteral("--ca-file"), m_dir.filePath(QStringLiteral("none.pem"))});
        QVERIFY2(r.exitCode != 0 && r.err.contains("does not exist"), r.err.constData());
        QVERIFY(integration(QStringLiteral("bad")).isEmpty());

        r = add(QStringLiteral("private"), QStringLiteral("https://127.0.0.1:9/"),
                {QStringLiteral("--run-number"), QStringLiteral("header:X-Run-Number"),
                 QStringLiteral("--ca-file"), TlsTestReceiver::caFile()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject shown = integration(QStringLiteral("private"));
        QCOMPARE(shown.value(QLatin1String("runNumber")).toString(), QStringLiteral("header:X-Run-Number"));
        QCOMPARE(shown.value(QLatin1String("caFile")).toString(),
                 QFileInfo(TlsTestReceiver::caFile()).absoluteFilePath());
    }

    void runNumberIsInTheQueueJson()
    {
        TestReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setStatus(200);
        receiver.setResponseBody(R"({"run":{"number":"001"}})");
        Result r = add(QStringLiteral("runs"), receiver.url(QStringLiteral("/in")),
                       {QStringLiteral("--run-number"), QStringLiteral("json:/run/number")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = run({QStringLiteral("trigger"), QStringLiteral("add"), QStringLiteral("--integration"),
                 QStringLiteral("runs"), QStringLiteral("--event"),
                 QStringLiteral("thyngs.interaction.occurred")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = run({QStringLiteral("emit"), QStringLiteral("--event"),
                 QStringLiteral("thyngs.interaction.occurred")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString jobId = QString::fromUtf8(r.out).trimmed();
        r = run({QStringLiteral("serve"), QStringLiteral("--until-idle")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(receiver.requestCount(), 1);
        QVERIFY2(QString::fromUtf8(r.out).contains(jobId + QStringLiteral(" delivered: HTTP ")),
                 r.out.constData());

        r = run({QStringLiteral("queue"), QStringLiteral("show"), jobId, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject job = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(job.value(QLatin1String("runNumber")).toString(), QStringLiteral("001"));
        const QJsonArray attempts = job.value(QLatin1String("attemptList")).toArray();
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(attempts.first().toObject().value(QLatin1String("runNumber")).toString(),
                 QStringLiteral("001"));
        r = run({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out)
                     .array()
                     .first()
                     .toObject()
                     .value(QLatin1String("runNumber"))
                     .toString(),
                 QStringLiteral("001"));
    }
};

QTEST_MAIN(TestCliResponse)
#include "tst_cli_response.moc"
