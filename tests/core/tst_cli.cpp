// SPDX-License-Identifier: GPL-3.0-or-later
// The command-line journey through the real `hookdesk` executable: the keychain is real, the
// database is a fresh SQLite file per test, and deliveries go to a TestReceiver on 127.0.0.1.
#include "TestReceiver.h"
#include "delivery/Signer.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <memory>

using namespace hookdesk;
using hookdesk::test::TestReceiver;

namespace {

struct Result
{
    bool finished = false;
    bool crashed = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QJsonArray jsonArray(const QByteArray& text)
{
    return QJsonDocument::fromJson(text).array();
}

QJsonObject jsonObject(const QByteArray& text)
{
    return QJsonDocument::fromJson(text).object();
}

QJsonObject jobById(const QJsonArray& jobs, const QString& id)
{
    for (const QJsonValue& v : jobs)
        if (v.toObject().value(QLatin1String("id")).toString() == id)
            return v.toObject();
    return {};
}

QStringList lines(const QByteArray& text)
{
    return QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString uniqueToken()
{
    return QStringLiteral("tok-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    // Runs hookdesk with `--database <this test's file>` in front of the arguments. The event
    // loop keeps spinning while it runs, because the receiver it may talk to lives in this process.
    Result run(const QStringList& arguments, const QByteArray& input = {})
    {
        return runRaw(QStringList{QStringLiteral("--database"), m_database} + arguments, input);
    }

    Result runRaw(const QStringList& arguments, const QByteArray& input = {})
    {
        Result result;
        QProcess process;
        process.setProgram(m_binary);
        process.setArguments(arguments);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start();
        if (!process.waitForStarted(10000)) {
            result.err = process.errorString().toUtf8();
            return result;
        }
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        // qWaitFor, unlike QSignalSpy::wait, keeps waiting after an earlier failure in the same test.
        if (!QTest::qWaitFor([&finished]() { return !finished.isEmpty(); }, 60000)) {
            process.kill();
            process.waitForFinished(5000);
            result.err = process.readAllStandardError();
            return result;
        }
        result.finished = true;
        result.crashed = process.exitStatus() != QProcess::NormalExit;
        result.exitCode = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    // Every byte SQLite keeps for this database, the write-ahead log included.
    QByteArray databaseBytes() const
    {
        QByteArray bytes;
        const QFileInfo info(m_database);
        const QStringList files =
            QDir(info.absolutePath()).entryList({info.fileName() + QLatin1Char('*')}, QDir::Files);
        for (const QString& name : files) {
            QFile file(info.absoluteDir().filePath(name));
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        return bytes;
    }

    void addIntegration(const QString& name, const QString& url, const QString& token,
                        const QString& auth = QStringLiteral("bearer"))
    {
        const Result r = run({QStringLiteral("integration"), QStringLiteral("add"), QStringLiteral("--name"),
                              name, QStringLiteral("--url"), url, QStringLiteral("--auth"), auth,
                              QStringLiteral("--token-stdin")},
                             token.toUtf8() + '\n');
        QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
    }

    QString signingSecret(const QString& name)
    {
        const Result r = run({QStringLiteral("integration"), QStringLiteral("secret"), name});
        if (!r.finished || r.exitCode != 0)
            return {};
        return QString::fromUtf8(r.out).trimmed();
    }

    void addTrigger(const QString& integration, const QString& event, const QString& path)
    {
        const Result r =
            run({QStringLiteral("trigger"), QStringLiteral("add"), QStringLiteral("--integration"),
                 integration, QStringLiteral("--event"), event, QStringLiteral("--path"), path});
        QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
    }

    QStringList emitEvent(const QString& event)
    {
        const Result r = run({QStringLiteral("emit"), QStringLiteral("--event"), event});
        if (!r.finished || r.exitCode != 0)
            return {};
        return lines(r.out);
    }

    void serveUntilIdle()
    {
        const Result r = run({QStringLiteral("serve"), QStringLiteral("--until-idle")});
        QVERIFY2(r.finished, "hookdesk serve --until-idle did not stop once the queue was empty");
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    // The first integration of `integration list --json`.
    QJsonObject firstListedIntegration()
    {
        return jsonArray(
                   run({QStringLiteral("integration"), QStringLiteral("list"), QStringLiteral("--json")}).out)
            .first()
            .toObject();
    }

    void verifyFails(const Result& r, const QString& expected)
    {
        QVERIFY2(r.finished, "the command did not finish");
        QVERIFY(!r.crashed);
        QVERIFY2(r.exitCode != 0, r.out.constData());
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.startsWith(QLatin1String("hookdesk: ")), qPrintable(err));
        QVERIFY2(err.contains(expected), qPrintable(err));
        // One sentence (or a few) on one line, not a code or a driver's multi-line dump.
        QVERIFY2(err.trimmed().endsWith(QLatin1Char('.')), qPrintable(err));
        QVERIFY2(!err.trimmed().contains(QLatin1Char('\n')), qPrintable(err));
    }

    QString m_binary;
    QStringList m_eventTypes;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_database;

private slots:
    void initTestCase()
    {
        m_binary = qEnvironmentVariable("HOOKDESK_BINARY");
        QVERIFY2(QFileInfo(m_binary).isExecutable(), "HOOKDESK_BINARY must name the hookdesk executable");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Result r =
            runRaw({QStringLiteral("--database"), dir.filePath(QStringLiteral("c.sqlite")),
                    QStringLiteral("catalogue"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
        for (const QJsonValue& v : jsonArray(r.out))
            m_eventTypes.append(v.toObject().value(QLatin1String("type")).toString());
        QVERIFY(m_eventTypes.size() >= 2);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_database = m_dir->filePath(QStringLiteral("hookdesk.sqlite"));
    }

    void cleanup() { m_dir.reset(); }

    void catalogueListsTheBuiltInEvents()
    {
        const Result r = run({QStringLiteral("catalogue"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
        const QJsonArray types = jsonArray(r.out);
        QCOMPARE(types.size(), 46); // 10 Allthings, 14 Kinetic and 22 Thyngs events
        QSet<QString> seen;
        for (const QJsonValue& v : types) {
            const QJsonObject t = v.toObject();
            const QString type = t.value(QLatin1String("type")).toString();
            QVERIFY2(!type.isEmpty() && !seen.contains(type), qPrintable(type));
            seen.insert(type);
            for (const char* field : {"title", "group", "itemName", "eventName"})
                QVERIFY2(!t.value(QLatin1String(field)).toString().isEmpty(),
                         qPrintable(type + QLatin1Char(' ') + QLatin1String(field)));
        }
        const Result table = run({QStringLiteral("catalogue"), QStringLiteral("list")});
        QCOMPARE(table.exitCode, 0);
        QCOMPARE(lines(table.out).size(), 47); // a header and one row per type
    }

    void journey()
    {
        TestReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setStatus(204);
        const QString token = uniqueToken();
        const QString type = m_eventTypes.first();

        addIntegration(QStringLiteral("shop"), receiver.url(QStringLiteral("/hooks")), token);
        if (QTest::currentTestFailed())
            return;
        const QByteArray stored = databaseBytes();
        QVERIFY(stored.contains("shop")); // the right file was read
        QVERIFY(!stored.contains(token.toUtf8()));

        const Result listed =
            run({QStringLiteral("integration"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(!listed.out.contains(token.toUtf8()));
        const QJsonArray integrations = jsonArray(listed.out);
        QCOMPARE(integrations.size(), 1);
        QCOMPARE(integrations.first()[QLatin1String("name")].toString(), QStringLiteral("shop"));
        QCOMPARE(integrations.first()[QLatin1String("url")].toString(),
                 receiver.url(QStringLiteral("/hooks")));
        QCOMPARE(integrations.first()[QLatin1String("auth")].toString(), QStringLiteral("bearer"));

        const QString secret = signingSecret(QStringLiteral("shop"));
        QVERIFY2(secret.startsWith(QLatin1String("whsec_")), qPrintable(secret));
        bool secretOk = false;
        Signer::secretBytes(secret, &secretOk);
        QVERIFY(secretOk);
        receiver.setSigningSecret(secret);

        addTrigger(QStringLiteral("shop"), type, QStringLiteral("/orders"));
        if (QTest::currentTestFailed())
            return;

        // First delivery: signed, authorised, recorded as one successful attempt.
        const QStringList first = emitEvent(type);
        QCOMPARE(first.size(), 1);
        QVERIFY2(first.first().startsWith(QLatin1String("msg_")), qPrintable(first.first()));
        serveUntilIdle();
        QCOMPARE(receiver.requestCount(), 1);
        TestReceiver::Request got = receiver.requests().constLast();
        QCOMPARE(got.method, QByteArray("POST"));
        QCOMPARE(got.path, QByteArray("/hooks/orders"));
        QCOMPARE(got.header("authorization"), QByteArray("Bearer ") + token.toUtf8());
        QCOMPARE(got.header("webhook-id"), first.first().toUtf8());
        QVERIFY(got.signatureValid);

        Result queue = run({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(queue.exitCode, 0);
        QJsonArray jobs = jsonArray(queue.out);
        QCOMPARE(jobs.size(), 1);
        QJsonObject job = jobs.first().toObject();
        QCOMPARE(job[QLatin1String("id")].toString(), first.first());
        QCOMPARE(job[QLatin1String("event")].toString(), type);
        QCOMPARE(job[QLatin1String("integration")].toString(), QStringLiteral("shop"));
        QCOMPARE(job[QLatin1String("url")].toString(), receiver.url(QStringLiteral("/hooks/orders")));
        QCOMPARE(job[QLatin1String("status")].toString(), QStringLiteral("succeeded"));
        QCOMPARE(job[QLatin1String("attempts")].toInt(), 1);
        QCOMPARE(job[QLatin1String("lastHttpStatus")].toInt(), 204);
        QCOMPARE(job[QLatin1String("lastError")].toString(), QString());

        // A receiver in trouble: the job fails and says why.
        receiver.setStatus(500);
        const QStringList second = emitEvent(type);
        QCOMPARE(second.size(), 1);
        const QString failedId = second.first();
        serveUntilIdle();
        QCOMPARE(receiver.requestCount(), 2);
        queue = run({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--status"),
                     QStringLiteral("failed"), QStringLiteral("--json")});
        QCOMPARE(queue.exitCode, 0);
        jobs = jsonArray(queue.out);
        QCOMPARE(jobs.size(), 1);
        job = jobs.first().toObject();
        QCOMPARE(job[QLatin1String("id")].toString(), failedId);
        QCOMPARE(job[QLatin1String("status")].toString(), QStringLiteral("failed"));
        QCOMPARE(job[QLatin1String("lastHttpStatus")].toInt(), 500);
        QVERIFY2(job[QLatin1String("lastError")].toString().contains(QLatin1String("500")),
                 qPrintable(job[QLatin1String("lastError")].toString()));

        // Fixed receiver, resent job: same webhook-id, second attempt succeeds.
        receiver.setStatus(204);
        const Result resent = run({QStringLiteral("queue"), QStringLiteral("resend"), failedId});
        QVERIFY2(resent.exitCode == 0, resent.err.constData());
        serveUntilIdle();
        QCOMPARE(receiver.requestCount(), 3);
        job = jobById(
            jsonArray(run({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json")}).out),
            failedId);
        QCOMPARE(job[QLatin1String("status")].toString(), QStringLiteral("succeeded"));
        QCOMPARE(job[QLatin1String("attempts")].toInt(), 2);
        QCOMPARE(job[QLatin1String("lastHttpStatus")].toInt(), 204);
        QCOMPARE(job[QLatin1String("lastError")].toString(), QString());

        const QList<TestReceiver::Request> requests = receiver.requests();
        QCOMPARE(requests.at(1).header("webhook-id"), failedId.toUtf8());
        QCOMPARE(requests.at(2).header("webhook-id"), failedId.toUtf8());
        QVERIFY(requests.at(1).signatureValid);
        QVERIFY(requests.at(2).signatureValid);

        const Result shown =
            run({QStringLiteral("queue"), QStringLiteral("show"), failedId, QStringLiteral("--json")});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY(!shown.out.contains(token.toUtf8())); // stored request headers are redacted
        const QJsonObject detail = jsonObject(shown.out);
        QCOMPARE(detail[QLatin1String("id")].toString(), failedId);
        QCOMPARE(detail[QLatin1String("status")].toString(), QStringLiteral("succeeded"));
        QVERIFY(detail[QLatin1String("payload")].isObject());
        const QJsonArray attempts = detail[QLatin1String("attemptList")].toArray();
        QCOMPARE(attempts.size(), 2);
        QCOMPARE(attempts.at(0)[QLatin1String("number")].toInt(), 1);
        QCOMPARE(attempts.at(0)[QLatin1String("kind")].toString(), QStringLiteral("scheduled"));
        QCOMPARE(attempts.at(0)[QLatin1String("responseStatus")].toInt(), 500);
        QVERIFY(attempts.at(0)[QLatin1String("error")].toString().contains(QLatin1String("500")));
        QCOMPARE(attempts.at(1)[QLatin1String("number")].toInt(), 2);
        QCOMPARE(attempts.at(1)[QLatin1String("kind")].toString(), QStringLiteral("resend"));
        QCOMPARE(attempts.at(1)[QLatin1String("responseStatus")].toInt(), 204);
        QCOMPARE(attempts.at(1)[QLatin1String("error")].toString(), QString());
        for (const QJsonValue& a : attempts)
            QCOMPARE(a[QLatin1String("requestHeaders")][QLatin1String("webhook-id")].toString(), failedId);

        const Result human = run({QStringLiteral("queue"), QStringLiteral("show"), failedId});
        QCOMPARE(human.exitCode, 0);
        QVERIFY(human.out.contains(failedId.toUtf8()));

        // Attempts store request headers: the token must still be nowhere in the file.
        QVERIFY(!databaseBytes().contains(token.toUtf8()));
    }

    void emitPrintsOneJobIdPerMatchingTrigger()
    {
        addIntegration(QStringLiteral("a"), QStringLiteral("http://127.0.0.1:9/base"), uniqueToken());
        if (QTest::currentTestFailed())
            return;
        addTrigger(QStringLiteral("a"), m_eventTypes.at(0), QStringLiteral("/one"));
        addTrigger(QStringLiteral("a"), m_eventTypes.at(0), QStringLiteral("/two"));
        addTrigger(QStringLiteral("a"), m_eventTypes.at(1), QStringLiteral("/other"));
        if (QTest::currentTestFailed())
            return;

        const QStringList ids = emitEvent(m_eventTypes.at(0));
        QCOMPARE(ids.size(), 2);
        QVERIFY(ids.at(0) != ids.at(1));
        const QJsonArray jobs =
            jsonArray(run({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json")}).out);
        QCOMPARE(jobs.size(), 2);
        QStringList urls;
        for (const QString& id : ids) {
            const QJsonObject job = jobById(jobs, id);
            QCOMPARE(job[QLatin1String("status")].toString(), QStringLiteral("pending"));
            QCOMPARE(job[QLatin1String("attempts")].toInt(), 0);
            QVERIFY(job[QLatin1String("lastHttpStatus")].isNull());
            urls.append(job[QLatin1String("url")].toString());
        }
        urls.sort();
        QCOMPARE(urls, (QStringList{QStringLiteral("http://127.0.0.1:9/base/one"),
                                    QStringLiteral("http://127.0.0.1:9/base/two")}));

        // A payload from standard input is what gets queued.
        const Result piped = run({QStringLiteral("emit"), QStringLiteral("--event"), m_eventTypes.at(1),
                                  QStringLiteral("--payload"), QStringLiteral("-")},
                                 "{\"order\": 42}");
        QVERIFY2(piped.exitCode == 0, piped.err.constData());
        QCOMPARE(lines(piped.out).size(), 1);
        const Result shown = run({QStringLiteral("queue"), QStringLiteral("show"), lines(piped.out).first(),
                                  QStringLiteral("--json")});
        QCOMPARE(jsonObject(shown.out)[QLatin1String("payload")][QLatin1String("order")].toInt(), 42);
    }

    void triggerWithSeveralEventsAndUrnScope()
    {
        addIntegration(QStringLiteral("fm"), QStringLiteral("http://127.0.0.1:9/fm"), uniqueToken());
        if (QTest::currentTestFailed())
            return;
        const QString app = QStringLiteral("urn:allthings:app:5a1b2c3d4e5f60718293a4b5");
        Result r =
            run({QStringLiteral("trigger"), QStringLiteral("add"), QStringLiteral("--integration"),
                 QStringLiteral("fm"), QStringLiteral("--event"), QStringLiteral("Tickets > *"),
                 QStringLiteral("--event"), QStringLiteral("allthings.user.registered"),
                 QStringLiteral("--urn"), app + QStringLiteral(":ticket:cat7:*"), QStringLiteral("--urn"),
                 app + QStringLiteral(":user:*"), QStringLiteral("--path"), QStringLiteral("/in")});
        QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Tickets > *, allthings.user.registered"), r.out.constData());
        // The same URL again through another trigger: still one job per event.
        addTrigger(QStringLiteral("fm"), QStringLiteral("allthings.ticket.created"), QStringLiteral("/in"));
        if (QTest::currentTestFailed())
            return;

        const QJsonArray triggers =
            jsonArray(run({QStringLiteral("trigger"), QStringLiteral("list"), QStringLiteral("--json")}).out);
        QCOMPARE(triggers.size(), 2);
        QJsonObject scoped;
        for (const QJsonValue& v : triggers)
            if (!v[QLatin1String("urns")].toArray().isEmpty())
                scoped = v.toObject();
        QCOMPARE(scoped[QLatin1String("events")].toArray(),
                 (QJsonArray{QStringLiteral("Tickets > *"), QStringLiteral("allthings.user.registered")}));
        QCOMPARE(scoped[QLatin1String("event")].toString(), QStringLiteral("Tickets > *"));
        QCOMPARE(scoped[QLatin1String("urns")].toArray().size(), 2);

        auto emitAt = [&](const QString& type, const QString& urn) {
            const Result e =
                run({QStringLiteral("emit"), QStringLiteral("--event"), type, QStringLiteral("--urn"), urn});
            return e.exitCode == 0 ? lines(e.out) : QStringList{QString::fromUtf8(e.err)};
        };
        // A comment in category 7: only the scoped trigger.
        const QStringList comment = emitAt(QStringLiteral("allthings.ticket.comment-added"),
                                           app + QStringLiteral(":ticket:cat7:t1:comment:c1"));
        QCOMPARE(comment.size(), 1);
        // A new ticket in category 7: both triggers, one URL, so one job that names both.
        const QStringList created =
            emitAt(QStringLiteral("allthings.ticket.created"), app + QStringLiteral(":ticket:cat7:t2"));
        QCOMPARE(created.size(), 1);
        const QJsonObject shown = jsonObject(
            run({QStringLiteral("queue"), QStringLiteral("show"), created.first(), QStringLiteral("--json")})
                .out);
        QCOMPARE(shown[QLatin1String("triggers")].toArray().size(), 2);
        QCOMPARE(shown[QLatin1String("url")].toString(), QStringLiteral("http://127.0.0.1:9/fm/in"));
        // A comment in another category: nothing, and the command says so.
        const Result other = run({QStringLiteral("emit"), QStringLiteral("--event"),
                                  QStringLiteral("allthings.ticket.comment-added"), QStringLiteral("--urn"),
                                  app + QStringLiteral(":ticket:cat8:t1:comment:c1")});
        QCOMPARE(other.exitCode, 0);
        QVERIFY(other.out.isEmpty());
        QVERIFY2(other.err.contains("no enabled trigger matches"), other.err.constData());

        verifyFails(
            run({QStringLiteral("trigger"), QStringLiteral("add"), QStringLiteral("--integration"),
                 QStringLiteral("fm"), QStringLiteral("--event"), QStringLiteral("allthings.user.registered"),
                 QStringLiteral("--urn"), QStringLiteral("allthings:app:1:*")}),
            QStringLiteral("must start with “urn:”"));
        verifyFails(run({QStringLiteral("trigger"), QStringLiteral("add"), QStringLiteral("--integration"),
                         QStringLiteral("fm"), QStringLiteral("--event"), QStringLiteral("Nowhere > *")}),
                    QStringLiteral("No event type of the catalogue is in the group “Nowhere > *”"));
        verifyFails(run({QStringLiteral("emit"), QStringLiteral("--event"),
                         QStringLiteral("allthings.user.registered"), QStringLiteral("--urn"),
                         app + QStringLiteral(":*")}),
                    QStringLiteral("wildcards belong in a trigger"));
        QCOMPARE(
            jsonArray(run({QStringLiteral("trigger"), QStringLiteral("list"), QStringLiteral("--json")}).out)
                .size(),
            2);
    }

    void emitWithTheSameIdCreatesNothingNew()
    {
        addIntegration(QStringLiteral("a"), QStringLiteral("http://127.0.0.1:9/base"), uniqueToken());
        if (QTest::currentTestFailed())
            return;
        addTrigger(QStringLiteral("a"), QStringLiteral("thyngs.interaction.occurred"),
                   QStringLiteral("/one"));
        addTrigger(QStringLiteral("a"), QStringLiteral("thyngs.interaction.occurred"),
                   QStringLiteral("/two"));
        if (QTest::currentTestFailed())
            return;
        const QStringList emitWithId = {QStringLiteral("emit"), QStringLiteral("--event"),
                                        QStringLiteral("thyngs.interaction.occurred"), QStringLiteral("--id"),
                                        QStringLiteral("order-42-paid")};
        const Result first = run(emitWithId);
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QCOMPARE(lines(first.out).size(), 2);
        const Result again = run(emitWithId);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(lines(again.out), lines(first.out));
        QVERIFY2(again.err.contains("“order-42-paid” was already used"), again.err.constData());
        QCOMPARE(
            jsonArray(run({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json")}).out)
                .size(),
            2);
        // Another key is another event.
        const Result other = run({QStringLiteral("emit"), QStringLiteral("--event"),
                                  QStringLiteral("thyngs.interaction.occurred"), QStringLiteral("--id"),
                                  QStringLiteral("order-43-paid")});
        QCOMPARE(lines(other.out).size(), 2);
        QVERIFY(other.err.isEmpty());
        QCOMPARE(
            jsonArray(run({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json")}).out)
                .size(),
            4);
    }

    void databaseOptionAfterTheCommandName()
    {
        addIntegration(QStringLiteral("late"), QStringLiteral("http://127.0.0.1:9/"), uniqueToken());
        if (QTest::currentTestFailed())
            return;
        const Result after = runRaw({QStringLiteral("integration"), QStringLiteral("list"),
                                     QStringLiteral("--database"), m_database, QStringLiteral("--json")});
        QVERIFY2(after.exitCode == 0, after.err.constData());
        QCOMPARE(jsonArray(after.out).size(), 1);
        QCOMPARE(jsonArray(after.out).first()[QLatin1String("name")].toString(), QStringLiteral("late"));

        const Result equals = runRaw({QStringLiteral("integration"), QStringLiteral("list"),
                                      QStringLiteral("--json"), QStringLiteral("--database=") + m_database});
        QCOMPARE(jsonArray(equals.out).size(), 1);

        // Another file really is another database.
        const Result other =
            runRaw({QStringLiteral("integration"), QStringLiteral("list"), QStringLiteral("--json"),
                    QStringLiteral("--database"), m_dir->filePath(QStringLiteral("other.sqlite"))});
        QCOMPARE(other.exitCode, 0);
        QCOMPARE(jsonArray(other.out).size(), 0);
    }

    void resetTokenChangesTheAuthorizationSent()
    {
        TestReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setStatus(204);
        const QString oldToken = uniqueToken();
        const QString newToken = uniqueToken();
        addIntegration(QStringLiteral("crm"), receiver.url(), oldToken, QStringLiteral("token"));
        if (QTest::currentTestFailed())
            return;
        addTrigger(QStringLiteral("crm"), m_eventTypes.first(), QStringLiteral("/in"));
        if (QTest::currentTestFailed())
            return;

        QCOMPARE(emitEvent(m_eventTypes.first()).size(), 1);
        serveUntilIdle();
        QCOMPARE(receiver.requestCount(), 1);
        QCOMPARE(receiver.requests().constLast().header("authorization"),
                 QByteArray("Token ") + oldToken.toUtf8());

        const Result reset = run({QStringLiteral("integration"), QStringLiteral("reset-token"),
                                  QStringLiteral("crm"), QStringLiteral("--token-stdin")},
                                 newToken.toUtf8() + '\n');
        QVERIFY2(reset.exitCode == 0, reset.err.constData());

        QCOMPARE(emitEvent(m_eventTypes.first()).size(), 1);
        serveUntilIdle();
        QCOMPARE(receiver.requestCount(), 2);
        QCOMPARE(receiver.requests().constLast().header("authorization"),
                 QByteArray("Token ") + newToken.toUtf8());
        const QByteArray stored = databaseBytes();
        QVERIFY(!stored.contains(oldToken.toUtf8()));
        QVERIFY(!stored.contains(newToken.toUtf8()));
    }

    void formatHeadersAndBasicAuthReachTheReceiver()
    {
        TestReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setStatus(204);
        const QString token = uniqueToken();
        const QStringList add = {QStringLiteral("integration"),  QStringLiteral("add"),
                                 QStringLiteral("--name"),       QStringLiteral("erp"),
                                 QStringLiteral("--url"),        receiver.url(),
                                 QStringLiteral("--auth"),       QStringLiteral("basic:erp-svc"),
                                 QStringLiteral("--format"),     QStringLiteral("form"),
                                 QStringLiteral("--header"),     QStringLiteral("X-Tenant: acme"),
                                 QStringLiteral("--header"),     QStringLiteral("X-Api-Version:2"),
                                 QStringLiteral("--token-stdin")};
        // A value with a line break could smuggle a header into every request: refused, nothing added.
        QStringList injected = add;
        injected[injected.indexOf(QStringLiteral("X-Tenant: acme"))] =
            QStringLiteral("X-Tenant: acme\r\nX-Evil: 1");
        verifyFails(run(injected, token.toUtf8() + '\n'), QStringLiteral("contains a line break"));
        QCOMPARE(
            jsonArray(
                run({QStringLiteral("integration"), QStringLiteral("list"), QStringLiteral("--json")}).out)
                .size(),
            0);

        const Result added = run(add, token.toUtf8() + '\n');
        QVERIFY2(added.finished && added.exitCode == 0, added.err.constData());
        const QJsonArray listed = jsonArray(
            run({QStringLiteral("integration"), QStringLiteral("list"), QStringLiteral("--json")}).out);
        QCOMPARE(listed.size(), 1);
        const QJsonObject shown = listed.first().toObject();
        QCOMPARE(shown.value(QLatin1String("auth")).toString(), QStringLiteral("basic:erp-svc"));
        QCOMPARE(shown.value(QLatin1String("authUser")).toString(), QStringLiteral("erp-svc"));
        QCOMPARE(shown.value(QLatin1String("format")).toString(), QStringLiteral("form"));
        QCOMPARE(shown.value(QLatin1String("http")).toString(), QStringLiteral("1.1"));
        QCOMPARE(shown.value(QLatin1String("headers")).toObject(),
                 (QJsonObject{{QStringLiteral("X-Tenant"), QStringLiteral("acme")},
                              {QStringLiteral("X-Api-Version"), QStringLiteral("2")}}));

        addTrigger(QStringLiteral("erp"), m_eventTypes.first(), QStringLiteral("/in"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(emitEvent(m_eventTypes.first()).size(), 1);
        serveUntilIdle();
        QCOMPARE(receiver.requestCount(), 1);
        const TestReceiver::Request got = receiver.requests().first();
        QCOMPARE(got.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
        QVERIFY(got.body.startsWith("payload="));
        QCOMPARE(QByteArray::fromBase64(got.header("Authorization").mid(6)), ("erp-svc:" + token).toUtf8());
        QCOMPARE(got.header("X-Tenant"), QByteArray("acme"));
        QCOMPARE(got.header("X-Api-Version"), QByteArray("2"));
    }

    void deleteRemovesTheIntegration()
    {
        addIntegration(QStringLiteral("gone"), QStringLiteral("http://127.0.0.1:9/"), uniqueToken());
        if (QTest::currentTestFailed())
            return;
        addTrigger(QStringLiteral("gone"), m_eventTypes.first(), QStringLiteral("/x"));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(signingSecret(QStringLiteral("gone")).startsWith(QLatin1String("whsec_")));

        const Result deleted =
            run({QStringLiteral("integration"), QStringLiteral("delete"), QStringLiteral("gone")});
        QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
        QCOMPARE(
            jsonArray(
                run({QStringLiteral("integration"), QStringLiteral("list"), QStringLiteral("--json")}).out)
                .size(),
            0);
        QCOMPARE(
            jsonArray(run({QStringLiteral("trigger"), QStringLiteral("list"), QStringLiteral("--json")}).out)
                .size(),
            0);
        verifyFails(run({QStringLiteral("integration"), QStringLiteral("secret"), QStringLiteral("gone")}),
                    QStringLiteral("There is no integration named “gone”"));
        // Its name is free again, with fresh keychain entries.
        addIntegration(QStringLiteral("gone"), QStringLiteral("http://127.0.0.1:9/"), uniqueToken());
    }

    // Whether the last delivery the receiver saw verifies with `secret`, and how many signatures it had.
    static bool signedWith(const TestReceiver& receiver, const QString& secret, int* signatures = nullptr)
    {
        const TestReceiver::Request r = receiver.requests().constLast();
        if (signatures)
            *signatures = int(r.header("webhook-signature").count(' ')) + 1;
        return Signer::verify(secret, QString::fromLatin1(r.header("webhook-id")),
                              r.header("webhook-timestamp").toLongLong(), r.body,
                              QString::fromLatin1(r.header("webhook-signature")));
    }

    void rotateSecretSignsWithBothUntilTheOverlapEnds()
    {
        TestReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setStatus(204);
        addIntegration(QStringLiteral("ledger"), receiver.url(), uniqueToken());
        if (QTest::currentTestFailed())
            return;
        addTrigger(QStringLiteral("ledger"), m_eventTypes.first(), QStringLiteral("/in"));
        if (QTest::currentTestFailed())
            return;
        const QString first = signingSecret(QStringLiteral("ledger"));

        const Result rotated =
            run({QStringLiteral("integration"), QStringLiteral("rotate-secret"), QStringLiteral("ledger"),
                 QStringLiteral("--overlap"), QStringLiteral("2"), QStringLiteral("--json")});
        QVERIFY2(rotated.finished && rotated.exitCode == 0, rotated.err.constData());
        const QJsonObject answer = QJsonDocument::fromJson(rotated.out).object();
        const QString second = answer.value(QStringLiteral("secret")).toString();
        QVERIFY(second.startsWith(QLatin1String("whsec_")));
        QVERIFY(second != first);
        QCOMPARE(answer.value(QStringLiteral("name")).toString(), QStringLiteral("ledger"));
        const QDateTime until = QDateTime::fromString(
            answer.value(QStringLiteral("previousSecretUntil")).toString(), Qt::ISODateWithMs);
        QVERIFY(qAbs(until.toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch() - 2 * 3600 * 1000) <
                60000);
        QCOMPARE(signingSecret(QStringLiteral("ledger")), second);
        const QJsonObject listed =
            jsonArray(
                run({QStringLiteral("integration"), QStringLiteral("list"), QStringLiteral("--json")}).out)
                .first()
                .toObject();
        QCOMPARE(listed.value(QStringLiteral("previousSecretUntil")).toString(),
                 answer.value(QStringLiteral("previousSecretUntil")).toString());

        // During the overlap a receiver holding either secret accepts the delivery.
        QCOMPARE(emitEvent(m_eventTypes.first()).size(), 1);
        serveUntilIdle();
        QCOMPARE(receiver.requestCount(), 1);
        int signatures = 0;
        QVERIFY(signedWith(receiver, second, &signatures));
        QVERIFY(signedWith(receiver, first));
        QCOMPARE(signatures, 2);

        // Without an overlap the old secret stops at once.
        const Result abrupt =
            run({QStringLiteral("integration"), QStringLiteral("rotate-secret"), QStringLiteral("ledger"),
                 QStringLiteral("--overlap"), QStringLiteral("0")});
        QVERIFY2(abrupt.exitCode == 0, abrupt.err.constData());
        const QStringList out = lines(abrupt.out);
        QCOMPARE(out.size(), 2);
        const QString third = out.first();
        QVERIFY(third.startsWith(QLatin1String("whsec_")));
        QVERIFY2(out.last().contains(QLatin1String("no longer signs")), qPrintable(out.last()));
        QCOMPARE(emitEvent(m_eventTypes.first()).size(), 1);
        serveUntilIdle();
        QCOMPARE(receiver.requestCount(), 2);
        QVERIFY(signedWith(receiver, third, &signatures));
        QCOMPARE(signatures, 1);
        QVERIFY(!signedWith(receiver, second));

        verifyFails(run({QStringLiteral("integration"), QStringLiteral("rotate-secret"),
                         QStringLiteral("ledger"), QStringLiteral("--overlap"), QStringLiteral("-1")}),
                    QStringLiteral("--overlap takes a number of hours"));
        verifyFails(
            run({QStringLiteral("integration"), QStringLiteral("rotate-secret"), QStringLiteral("nobody")}),
            QStringLiteral("There is no integration named “nobody”"));
    }

    void orderedAndAutoDisableOptions()
    {
        const Result added =
            run({QStringLiteral("integration"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("ledger"), QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:9/"),
                 QStringLiteral("--ordered"), QStringLiteral("--auto-disable-after"), QStringLiteral("2"),
                 QStringLiteral("--token-stdin")},
                uniqueToken().toUtf8());
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QCOMPARE(firstListedIntegration().value(QStringLiteral("ordered")).toBool(), true);
        QCOMPARE(firstListedIntegration().value(QStringLiteral("autoDisableAfterMs")).toInteger(),
                 2LL * 24 * 3600 * 1000);

        const Result edited =
            run({QStringLiteral("integration"), QStringLiteral("edit"), QStringLiteral("ledger"),
                 QStringLiteral("--unordered"), QStringLiteral("--auto-disable-after"), QStringLiteral("0")});
        QVERIFY2(edited.exitCode == 0, edited.err.constData());
        QCOMPARE(firstListedIntegration().value(QStringLiteral("ordered")).toBool(), false);
        QCOMPARE(firstListedIntegration().value(QStringLiteral("autoDisableAfterMs")).toInteger(), 0LL);

        verifyFails(run({QStringLiteral("integration"), QStringLiteral("edit"), QStringLiteral("ledger"),
                         QStringLiteral("--ordered"), QStringLiteral("--unordered")}),
                    QStringLiteral("either --ordered or --unordered"));
        verifyFails(run({QStringLiteral("integration"), QStringLiteral("edit"), QStringLiteral("ledger"),
                         QStringLiteral("--auto-disable-after"), QStringLiteral("soon")}),
                    QStringLiteral("--auto-disable-after takes a number of days"));
        QCOMPARE(firstListedIntegration().value(QStringLiteral("ordered")).toBool(), false);
    }

    void editChangesOnlyWhatIsGiven()
    {
        const Result added = run({QStringLiteral("integration"), QStringLiteral("add"),
                                  QStringLiteral("--name"), QStringLiteral("crm"), QStringLiteral("--url"),
                                  QStringLiteral("http://127.0.0.1:9/crm"), QStringLiteral("--header"),
                                  QStringLiteral("X-Tenant: acme"), QStringLiteral("--token-stdin")},
                                 uniqueToken().toUtf8());
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const Result edited = run(
            {QStringLiteral("integration"), QStringLiteral("edit"), QStringLiteral("crm"),
             QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:9/crm/v2"), QStringLiteral("--format"),
             QStringLiteral("cloudevents"), QStringLiteral("--auth"), QStringLiteral("basic:crm-bot"),
             QStringLiteral("--run-number"), QStringLiteral("header:X-Run"), QStringLiteral("--http"),
             QStringLiteral("2"), QStringLiteral("--disabled")});
        QVERIFY2(edited.exitCode == 0, edited.err.constData());
        QJsonObject crm = firstListedIntegration();
        QCOMPARE(crm.value(QStringLiteral("url")).toString(), QStringLiteral("http://127.0.0.1:9/crm/v2"));
        QCOMPARE(crm.value(QStringLiteral("format")).toString(), QStringLiteral("cloudevents"));
        QCOMPARE(crm.value(QStringLiteral("auth")).toString(), QStringLiteral("basic:crm-bot"));
        QCOMPARE(crm.value(QStringLiteral("runNumber")).toString(), QStringLiteral("header:X-Run"));
        QCOMPARE(crm.value(QStringLiteral("http")).toString(), QStringLiteral("2"));
        QCOMPARE(crm.value(QStringLiteral("enabled")).toBool(), false);
        // What was not named stays as it was.
        QCOMPARE(crm.value(QStringLiteral("headers")).toObject().value(QStringLiteral("X-Tenant")).toString(),
                 QStringLiteral("acme"));

        // A bad value changes nothing.
        verifyFails(run({QStringLiteral("integration"), QStringLiteral("edit"), QStringLiteral("crm"),
                         QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:9/new"),
                         QStringLiteral("--header"), QStringLiteral("X-Bad: a\nb")}),
                    QStringLiteral("X-Bad"));
        QCOMPARE(firstListedIntegration().value(QStringLiteral("url")).toString(),
                 QStringLiteral("http://127.0.0.1:9/crm/v2"));

        const Result cleared =
            run({QStringLiteral("integration"), QStringLiteral("edit"), QStringLiteral("crm"),
                 QStringLiteral("--no-headers"), QStringLiteral("--enabled")});
        QVERIFY2(cleared.exitCode == 0, cleared.err.constData());
        crm = firstListedIntegration();
        QVERIFY(crm.value(QStringLiteral("headers")).toObject().isEmpty());
        QCOMPARE(crm.value(QStringLiteral("enabled")).toBool(), true);
        QCOMPARE(crm.value(QStringLiteral("format")).toString(), QStringLiteral("cloudevents"));
    }

    void rejectsMistakes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");

        const QString add = QStringLiteral("integration add");
        auto row = [](const char* name, const QString& args, const QByteArray& input,
                      const QString& expected) {
            QTest::newRow(name) << args.split(QLatin1Char(' ')) << input << expected;
        };
        row("unknown command", QStringLiteral("frobnicate"), {},
            QStringLiteral("Unknown command “frobnicate”"));
        row("unknown queue verb", QStringLiteral("queue purge"), {},
            QStringLiteral("Unknown queue command “purge”"));
        row("missing name", add + QStringLiteral(" --url http://127.0.0.1:9/ --token-stdin"), "t",
            QStringLiteral("The option --name is required"));
        row("ftp url", add + QStringLiteral(" --name a --url ftp://x --token-stdin"), "t",
            QStringLiteral("The URL must start with http:// or https://"));
        row("token on stdin without flag", add + QStringLiteral(" --name a --url http://127.0.0.1:9/"), "t",
            QStringLiteral("--token-stdin"));
        row("token as option", add + QStringLiteral(" --name a --url http://127.0.0.1:9/ --token t"), {},
            QStringLiteral("Tokens never go in arguments"));
        row("token as stray word",
            add + QStringLiteral(" --name a --url http://127.0.0.1:9/ t --token-stdin"), "t",
            QStringLiteral("Unexpected argument “t”"));
        row("empty token", add + QStringLiteral(" --name a --url http://127.0.0.1:9/ --token-stdin"), "\n",
            QStringLiteral("Enter the token"));
        row("bad auth",
            add + QStringLiteral(" --name a --url http://127.0.0.1:9/ --auth digest --token-stdin"), "t",
            QStringLiteral("--auth must be token, bearer, basic:USER or header:NAME"));
        row("basic without user",
            add + QStringLiteral(" --name a --url http://127.0.0.1:9/ --auth basic --token-stdin"), "t",
            QStringLiteral("Enter the user name"));
        row("basic user with colon",
            add + QStringLiteral(" --name a --url http://127.0.0.1:9/ --auth basic:a:b --token-stdin"), "t",
            QStringLiteral("must not contain a colon"));
        row("bad format",
            add + QStringLiteral(" --name a --url http://127.0.0.1:9/ --format xml --token-stdin"), "t",
            QStringLiteral("--format must be json, form or cloudevents, not “xml”"));
        row("bad http version",
            add + QStringLiteral(" --name a --url http://127.0.0.1:9/ --http 3 --token-stdin"), "t",
            QStringLiteral("--http must be 1.1 or 2, not “3”"));
        row("header without colon",
            add + QStringLiteral(" --name a --url http://127.0.0.1:9/ --header X-Tenant --token-stdin"), "t",
            QStringLiteral("Write a header as “Name: value”"));
        row("header set by hookdesk",
            add + QStringLiteral(" --name a --url http://127.0.0.1:9/ --header Content-Type:text/plain "
                                 "--token-stdin"),
            "t", QStringLiteral("The header Content-Type is set by Hookdesk itself"));
        row("emit unknown event", QStringLiteral("emit --event no.such.event"), {},
            QStringLiteral("“no.such.event” is not an event type of the catalogue"));
        row("emit without event", QStringLiteral("emit"), {},
            QStringLiteral("The option --event is required"));
        row("resend unknown job", QStringLiteral("queue resend msg_doesnotexist"), {},
            QStringLiteral("There is no job msg_doesnotexist"));
        row("show unknown job", QStringLiteral("queue show msg_doesnotexist"), {},
            QStringLiteral("There is no job msg_doesnotexist"));
        row("bad status", QStringLiteral("queue list --status done"), {},
            QStringLiteral("--status must be pending, sending, succeeded, failed or exhausted"));
        row("secret of unknown", QStringLiteral("integration secret nobody"), {},
            QStringLiteral("There is no integration named “nobody”"));
        row("trigger for unknown integration", QStringLiteral("trigger add --integration nobody --event x"),
            {}, QStringLiteral("There is no integration named “nobody”"));
        row("unknown option", QStringLiteral("serve --forever"), {},
            QStringLiteral("Unknown option --forever"));
    }

    void rejectsMistakes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        const Result r = run(arguments, input);
        verifyFails(r, expected);
        QVERIFY(r.out.isEmpty());
        // Nothing half-done was left behind.
        const Result listed =
            run({QStringLiteral("integration"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(jsonArray(listed.out).size(), 0);
    }

    void rejectsUnknownEventTypeForTrigger()
    {
        addIntegration(QStringLiteral("shop"), QStringLiteral("http://127.0.0.1:9/"), uniqueToken());
        if (QTest::currentTestFailed())
            return;
        verifyFails(run({QStringLiteral("trigger"), QStringLiteral("add"), QStringLiteral("--integration"),
                         QStringLiteral("shop"), QStringLiteral("--event"), QStringLiteral("no.such.event")}),
                    QStringLiteral("“no.such.event” is not an event type of the catalogue"));
        QCOMPARE(
            jsonArray(run({QStringLiteral("trigger"), QStringLiteral("list"), QStringLiteral("--json")}).out)
                .size(),
            0);
        verifyFails(run({QStringLiteral("integration"), QStringLiteral("add"), QStringLiteral("--name"),
                         QStringLiteral("shop"), QStringLiteral("--url"),
                         QStringLiteral("http://127.0.0.1:9/"), QStringLiteral("--token-stdin")},
                        "t"),
                    QStringLiteral("already exists"));
    }

    void rejectsMalformedPayloadWithItsPlace()
    {
        const QString file = m_dir->filePath(QStringLiteral("payload.json"));
        QFile payload(file);
        QVERIFY(payload.open(QIODevice::WriteOnly));
        payload.write("{\n  \"order\": 42\n  \"total\": 9.5\n}\n"); // the comma after 42 is missing
        payload.close();
        const Result r = run({QStringLiteral("emit"), QStringLiteral("--event"), m_eventTypes.first(),
                              QStringLiteral("--payload"), file});
        verifyFails(r, QStringLiteral("line 3, column 3"));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(
            jsonArray(run({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json")}).out)
                .size(),
            0);

        verifyFails(run({QStringLiteral("emit"), QStringLiteral("--event"), m_eventTypes.first(),
                         QStringLiteral("--payload"), m_dir->filePath(QStringLiteral("missing.json"))}),
                    QStringLiteral("Could not read the payload file"));
    }

    void reportsAnUnreachablePostgresServer()
    {
        // A port that was free a moment ago: nothing listens there.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const QString url = QStringLiteral("postgresql://hookdesk@127.0.0.1:%1/hookdesk").arg(port);
        const Result r =
            runRaw({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--database"), url});
        verifyFails(r,
                    QStringLiteral("Could not connect to the PostgreSQL server at 127.0.0.1:%1").arg(port));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
