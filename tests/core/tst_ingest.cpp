// SPDX-License-Identifier: GPL-3.0-or-later
// The ingest API over real HTTP on 127.0.0.1: in process against a temporary SQLite database
// with keys in a MemorySecretStore, and end to end through `hookdesk ingest-key` and
// `hookdesk serve --ingest` with the real keychain.
#include "TestReceiver.h"
#include "catalogue/Catalogue.h"
#include "ingest/IngestServer.h"
#include "secrets/MemorySecretStore.h"
#include "service/EventService.h"
#include "service/IngestKeyService.h"
#include "service/IntegrationService.h"
#include "storage/Database.h"
#include "storage/EventStore.h"
#include "storage/IngestKeyStore.h"
#include "storage/IntegrationStore.h"
#include "storage/JobStore.h"
#include "storage/TriggerStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace hookdesk;
using hookdesk::test::TestReceiver;

namespace {

const QString kType = QStringLiteral("allthings.ticket.created");

struct Answer
{
    int status = 0;
    QJsonObject body;
    QByteArray raw;
    QByteArray allow;
};

} // namespace

class TestIngest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Catalogue m_catalogue;
    std::unique_ptr<EventStore> m_events;
    std::unique_ptr<JobStore> m_jobs;
    std::unique_ptr<IntegrationStore> m_integrations;
    std::unique_ptr<TriggerStore> m_triggers;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<EventService> m_eventService;
    std::unique_ptr<IngestKeyStore> m_keys;
    std::unique_ptr<IngestKeyService> m_keyService;
    std::unique_ptr<IngestServer> m_server;
    QNetworkAccessManager m_network;
    QString m_key;
    QString m_lastError;

    QString createKey(const QString& name)
    {
        bool done = false;
        QString key;
        QString error;
        m_keyService->create(name, [&](bool ok, const QString& e, const QString& k) {
            done = true;
            key = ok ? k : QString();
            error = e;
        });
        if (!QTest::qWaitFor([&done]() { return done; }, 5000))
            return {};
        m_lastError = error;
        return key;
    }

    Answer post(const QByteArray& body, const QString& key,
                const QString& path = QStringLiteral("/v1/events"), const QByteArray& verb = "POST")
    {
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->port()).arg(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!key.isNull())
            request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
        QNetworkReply* reply = m_network.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        Answer a;
        if (!reply->isFinished() && !finished.wait(10000)) {
            reply->deleteLater();
            return a;
        }
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.raw = reply->readAll();
        a.body = QJsonDocument::fromJson(a.raw).object();
        a.allow = reply->rawHeader("Allow");
        reply->deleteLater();
        return a;
    }

    static QByteArray event(const QJsonObject& extra = {})
    {
        QJsonObject o{{QStringLiteral("type"), kType},
                      {QStringLiteral("payload"), QJsonObject{{QStringLiteral("ticketId"), 7}}}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            o.insert(it.key(), it.value());
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }

    int jobCount()
    {
        JobStore::Filter filter;
        filter.limit = 1000;
        return int(m_jobs->list(filter).size());
    }

    // Reads what the server sends back on a raw connection until it closes or 10 s pass.
    static QByteArray rawExchange(quint16 port, const QByteArray& request, bool keepSending)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (!socket.waitForConnected(5000))
            return {};
        socket.write(request);
        QByteArray answer;
        const QByteArray filler(16 * 1024, 'x');
        static_cast<void>(QTest::qWaitFor(
            [&]() {
                if (keepSending && socket.state() == QAbstractSocket::ConnectedState &&
                    socket.bytesToWrite() < 64 * 1024)
                    socket.write(filler);
                answer += socket.readAll();
                return answer.contains("\r\n\r\n") && answer.contains('}');
            },
            10000));
        return answer;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = std::make_unique<Database>();
        QString error;
        QVERIFY2(
            m_db->open(m_dir->filePath(QStringLiteral("i.sqlite")), QStringLiteral("tst-ingest"), &error),
            qPrintable(error));
        m_catalogue = Catalogue::builtIn(&error);
        QVERIFY2(m_catalogue.find(kType), qPrintable(error));
        m_events = std::make_unique<EventStore>(*m_db);
        m_jobs = std::make_unique<JobStore>(*m_db);
        m_integrations = std::make_unique<IntegrationStore>(*m_db);
        m_triggers = std::make_unique<TriggerStore>(*m_db);
        m_secrets = std::make_unique<MemorySecretStore>();
        m_eventService = std::make_unique<EventService>(m_catalogue, *m_events);
        m_keys = std::make_unique<IngestKeyStore>(*m_db);
        m_keyService = std::make_unique<IngestKeyService>(*m_keys, *m_secrets);

        IntegrationService integrations(*m_integrations, *m_secrets);
        Integration integration;
        integration.name = QStringLiteral("receiver");
        integration.baseUrl = QStringLiteral("http://127.0.0.1:9/");
        bool created = false;
        qint64 integrationId = 0;
        integrations.create(integration, QStringLiteral("tok"),
                            [&](bool ok, const QString& e, const Integration& i) {
                                created = true;
                                QVERIFY2(ok, qPrintable(e));
                                integrationId = i.id;
                            });
        QTRY_VERIFY(created);
        Trigger trigger;
        trigger.integrationId = integrationId;
        trigger.eventType = kType;
        trigger.path = QStringLiteral("/hooks");
        QVERIFY2(m_triggers->insert(trigger, &error), qPrintable(error));

        m_key = createKey(QStringLiteral("ci"));
        QVERIFY(m_key.startsWith(QLatin1String("hdk_")));
        m_server = std::make_unique<IngestServer>(m_catalogue, *m_eventService, *m_keys);
        QVERIFY2(m_server->start(QHostAddress::LocalHost, 0, false, &error), qPrintable(error));
    }

    void cleanup()
    {
        m_server.reset();
        m_keyService.reset();
        m_keys.reset();
        m_eventService.reset();
        m_secrets.reset();
        m_triggers.reset();
        m_integrations.reset();
        m_jobs.reset();
        m_events.reset();
        m_db.reset();
        m_dir.reset();
    }

    void keysAreRandomAndOnlyInTheKeychain()
    {
        QCOMPARE(m_key.size(), 4 + 43); // 32 bytes in unpadded base64url
        const QString other = createKey(QStringLiteral("other"));
        QVERIFY(!other.isEmpty());
        QVERIFY(other != m_key);
        const std::optional<IngestKey> row = m_keys->byName(QStringLiteral("ci"));
        QVERIFY(row);
        QVERIFY(m_secrets->contains(row->keychainKey));
        QCOMPARE(row->keyHash, IngestKeyStore::hashKey(m_key));
        QVERIFY(!row->keyHash.contains(m_key));
        QVERIFY(createKey(QStringLiteral("ci")).isEmpty());
        QVERIFY2(m_lastError.contains(QLatin1String("already an ingest key")), qPrintable(m_lastError));
        QVERIFY(createKey(QStringLiteral("bad name")).isEmpty());
        QVERIFY2(m_lastError.contains(QLatin1String("may only contain")), qPrintable(m_lastError));
    }

    void acceptsAnEventAndQueuesItsJobs()
    {
        QSignalSpy accepted(m_server.get(), &IngestServer::eventAccepted);
        const Answer a =
            post(event({{QStringLiteral("urn"), QStringLiteral("urn:allthings:app:42")}}), m_key);
        QCOMPARE(a.status, 202);
        const QString eventId = a.body.value(QLatin1String("eventId")).toString();
        QVERIFY2(eventId.startsWith(QLatin1String("evt_")), a.raw.constData());
        QCOMPARE(a.body.value(QLatin1String("jobIds")).toArray().size(), 1);
        QCOMPARE(a.body.value(QLatin1String("duplicate")).toBool(true), false);
        const std::optional<Event> stored = m_events->byId(eventId);
        QVERIFY(stored);
        QCOMPARE(stored->source, QStringLiteral("ingest"));
        QCOMPARE(stored->urn, QStringLiteral("urn:allthings:app:42"));
        QCOMPARE(QJsonDocument::fromJson(stored->payload).object().value(QLatin1String("ticketId")).toInt(),
                 7);
        QCOMPARE(jobCount(), 1);
        QCOMPARE(accepted.size(), 1);
    }

    void theSameIdTwiceCreatesNothingNew()
    {
        const QByteArray body = event({{QStringLiteral("id"), QStringLiteral("order-1-paid")}});
        const Answer first = post(body, m_key);
        QCOMPARE(first.status, 202);
        const Answer second = post(body, m_key);
        QCOMPARE(second.status, 202);
        QCOMPARE(second.body.value(QLatin1String("duplicate")).toBool(), true);
        QCOMPARE(second.body.value(QLatin1String("eventId")), first.body.value(QLatin1String("eventId")));
        QCOMPARE(second.body.value(QLatin1String("jobIds")), first.body.value(QLatin1String("jobIds")));
        QCOMPARE(jobCount(), 1);
        // A different id is a different event.
        QCOMPARE(post(event({{QStringLiteral("id"), QStringLiteral("order-2-paid")}}), m_key).status, 202);
        QCOMPARE(jobCount(), 2);
    }

    void badRequestsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("malformed JSON") << QByteArray("{\"type\": ") << QStringLiteral("body");
        QTest::newRow("empty body") << QByteArray() << QStringLiteral("body");
        QTest::newRow("array body") << QByteArray("[1]") << QStringLiteral("body");
        QTest::newRow("no type") << QByteArray("{\"payload\": {}}") << QStringLiteral("type");
        QTest::newRow("unknown type")
            << QByteArray("{\"type\": \"no.such.type\", \"payload\": {}}") << QStringLiteral("type");
        QTest::newRow("no payload") << QByteArray("{\"type\": \"allthings.ticket.created\"}")
                                    << QStringLiteral("payload");
        QTest::newRow("payload not an object")
            << event({{QStringLiteral("payload"), QJsonArray{1, 2}}}) << QStringLiteral("payload");
        QTest::newRow("malformed URN")
            << event({{QStringLiteral("urn"), QStringLiteral("urn:allthings:*")}}) << QStringLiteral("urn");
        QTest::newRow("URN not text") << event({{QStringLiteral("urn"), 42}}) << QStringLiteral("urn");
        QTest::newRow("id not text") << event({{QStringLiteral("id"), 42}}) << QStringLiteral("id");
    }

    void badRequestsNameTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const Answer a = post(body, m_key);
        QCOMPARE(a.status, 400);
        QCOMPARE(a.body.value(QLatin1String("field")).toString(), field);
        const QString error = a.body.value(QLatin1String("error")).toString();
        QVERIFY2(error.endsWith(QLatin1Char('.')), a.raw.constData());
        QCOMPARE(jobCount(), 0);
    }

    void payloadsAreCheckedAgainstTheirSchema()
    {
        // A custom type that enforces its schema: a payload that does not fit is refused with 400
        // naming the payload; one that fits is accepted.
        EventType strict;
        strict.type = QStringLiteral("acme.invoice.paid");
        strict.title = QStringLiteral("Invoice paid");
        strict.itemName = QStringLiteral("Invoice");
        strict.eventName = QStringLiteral("Paid");
        strict.builtIn = false;
        strict.validation = ValidationMode::Reject;
        strict.schema = QJsonDocument::fromJson(R"({"type":"object","required":["amount"],
            "properties":{"amount":{"type":"number"}}})")
                            .object();
        strict.example = QJsonObject{{QStringLiteral("amount"), 12.5}};
        QString error;
        m_catalogue.addCustom({strict}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto body = [](const QJsonObject& payload) {
            return QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("acme.invoice.paid")},
                                             {QStringLiteral("payload"), payload}})
                .toJson(QJsonDocument::Compact);
        };
        const Answer refused = post(body({{QStringLiteral("amount"), QStringLiteral("twelve")}}), m_key);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.body.value(QLatin1String("field")).toString(), QStringLiteral("payload"));
        QVERIFY2(refused.body.value(QLatin1String("error")).toString().contains(QStringLiteral("amount")),
                 refused.raw.constData());
        QCOMPARE(post(body({{QStringLiteral("amount"), 12.5}}), m_key).status, 202);

        // A built-in type only warns: the event is raised and the answer says what did not fit.
        const Answer warned =
            post(event({{QStringLiteral("payload"), QJsonObject{{QStringLiteral("x"), 1}}}}), m_key);
        QCOMPARE(warned.status, 202);
        QVERIFY2(!warned.body.value(QLatin1String("warning")).toString().isEmpty(), warned.raw.constData());
    }

    void refusesMissingWrongAndDeletedKeys()
    {
        QCOMPARE(post(event(), QString()).status, 401);
        QCOMPARE(post(event(), m_key + QLatin1Char('x')).status, 401);
        const Answer wrong = post(event(), QStringLiteral("hdk_guess"));
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.body.value(QLatin1String("field")).toString(), QStringLiteral("Authorization"));
        QCOMPARE(post(event(), m_key).status, 202);

        bool done = false;
        m_keyService->remove(QStringLiteral("ci"), [&](bool ok, const QString& e) {
            done = true;
            QVERIFY2(ok, qPrintable(e));
        });
        QTRY_VERIFY(done);
        QCOMPARE(m_secrets->count(), 2); // the integration's token and signing secret only
        QCOMPARE(post(event(), m_key).status, 401);
        QCOMPARE(jobCount(), 1);
    }

    void otherPathsAndMethods()
    {
        QCOMPARE(post(event(), m_key, QStringLiteral("/v1/other")).status, 404);
        const Answer get = post({}, m_key, QStringLiteral("/v1/events"), "GET");
        QCOMPARE(get.status, 405);
        QCOMPARE(get.allow, QByteArray("POST"));
        QCOMPARE(post(event(), m_key, QStringLiteral("/v1/events"), "PUT").status, 405);
    }

    void refusesBodiesOverTheLimit()
    {
        m_server->setMaxBodyBytes(1000);
        QJsonObject big{{QStringLiteral("text"), QString(2000, QLatin1Char('a'))}};
        const Answer a = post(event({{QStringLiteral("payload"), big}}), m_key);
        QCOMPARE(a.status, 413);
        QCOMPARE(a.body.value(QLatin1String("field")).toString(), QStringLiteral("body"));
        QCOMPARE(post(event(), m_key).status, 202); // the server still answers
        QCOMPARE(jobCount(), 1);
    }

    void refusesAnAnnouncedHugeBodyBeforeItArrives()
    {
        // Only the headers are sent: the answer must come without waiting for 100 MB.
        const QByteArray head = "POST /v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                                m_key.toUtf8() + "\r\nContent-Length: 100000000\r\n\r\n";
        const QByteArray answer = rawExchange(m_server->port(), head, false);
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
    }

    void refusesAnEndlessChunkedBody()
    {
        m_server->setMaxBodyBytes(100 * 1024);
        const QByteArray head = "POST /v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                                m_key.toUtf8() + "\r\nTransfer-Encoding: chunked\r\n\r\n4000\r\n";
        const QByteArray answer = rawExchange(m_server->port(), head, true);
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
    }

    void listensOnLoopbackOnly()
    {
        IngestServer other(m_catalogue, *m_eventService, *m_keys);
        QString error;
        QVERIFY(!other.start(QHostAddress::Any, 0, false, &error));
        QVERIFY2(error.contains(QLatin1String("--ingest-allow-remote")), qPrintable(error));
        QVERIFY(!other.isListening());
        QVERIFY(!other.start(QHostAddress::LocalHost, m_server->port(), false, &error));
        QVERIFY2(error.contains(QLatin1String("another program")), qPrintable(error));

        QHostAddress address;
        quint16 port = 1;
        QVERIFY(IngestServer::parseAddress(QStringLiteral("127.0.0.1:0"), &address, &port, &error));
        QCOMPARE(address, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(port, quint16(0));
        QVERIFY(IngestServer::parseAddress(QStringLiteral("[::1]:8080"), &address, &port, &error));
        QCOMPARE(address, QHostAddress(QHostAddress::LocalHostIPv6));
        QCOMPARE(port, quint16(8080));
        QVERIFY(!IngestServer::parseAddress(QStringLiteral("127.0.0.1:http"), &address, &port, &error));
        QVERIFY(!IngestServer::parseAddress(QStringLiteral("example.org:80"), &address, &port, &error));
    }

    void endToEndThroughTheCommandLine()
    {
        const QString binary = qEnvironmentVariable("HOOKDESK_BINARY");
        QVERIFY2(QFileInfo(binary).isExecutable(), "HOOKDESK_BINARY must name the hookdesk executable");
        const QString database = m_dir->filePath(QStringLiteral("cli.sqlite"));
        auto run = [&](const QStringList& args, const QByteArray& input = {}) {
            QProcess p;
            p.start(binary, QStringList{QStringLiteral("--database"), database} + args);
            p.write(input);
            p.closeWriteChannel();
            static_cast<void>(QTest::qWaitFor([&p]() { return p.state() == QProcess::NotRunning; }, 60000));
            return std::make_pair(p.exitCode(), p.readAllStandardOutput() + p.readAllStandardError());
        };
        TestReceiver receiver;
        QVERIFY(receiver.listen());
        auto r = run({QStringLiteral("integration"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("recv"), QStringLiteral("--url"), receiver.url(),
                      QStringLiteral("--token-stdin")},
                     "token\n");
        QVERIFY2(r.first == 0, r.second.constData());
        r = run({QStringLiteral("trigger"), QStringLiteral("add"), QStringLiteral("--integration"),
                 QStringLiteral("recv"), QStringLiteral("--event"), kType});
        QVERIFY2(r.first == 0, r.second.constData());

        QProcess create;
        create.start(binary, {QStringLiteral("--database"), database, QStringLiteral("ingest-key"),
                              QStringLiteral("create"), QStringLiteral("ci-cli")});
        QVERIFY(QTest::qWaitFor([&create]() { return create.state() == QProcess::NotRunning; }, 60000));
        QVERIFY2(create.exitCode() == 0, create.readAllStandardError().constData());
        const QString key = QString::fromUtf8(create.readAllStandardOutput()).trimmed();
        QVERIFY2(key.startsWith(QLatin1String("hdk_")) && !key.contains(QLatin1Char('\n')), qPrintable(key));

        r = run({QStringLiteral("ingest-key"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.first == 0, r.second.constData());
        QVERIFY(r.second.contains("\"ci-cli\""));
        QVERIFY2(!r.second.contains(key.toUtf8()), "the key must not be listed");

        r = run({QStringLiteral("serve"), QStringLiteral("--ingest"), QStringLiteral("0.0.0.0:0")});
        QVERIFY(r.first != 0);
        QVERIFY2(r.second.contains("--ingest-allow-remote"), r.second.constData());

        QProcess serve;
        serve.start(binary, {QStringLiteral("--database"), database, QStringLiteral("serve"),
                             QStringLiteral("--ingest"), QStringLiteral("127.0.0.1:0")});
        QByteArray said;
        const QRegularExpression endpoint(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)/v1/events"));
        QRegularExpressionMatch match;
        static_cast<void>(QTest::qWaitFor(
            [&]() {
                said += serve.readAllStandardError();
                match = endpoint.match(QString::fromUtf8(said));
                return match.hasMatch() || serve.state() == QProcess::NotRunning;
            },
            30000));
        QVERIFY2(match.hasMatch(), said.constData());
        const quint16 port = quint16(match.captured(1).toUInt());

        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/events").arg(port)));
        request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        auto postOnce = [&]() {
            QNetworkReply* reply =
                m_network.post(request, event({{QStringLiteral("id"), QStringLiteral("k1")}}));
            QSignalSpy finished(reply, &QNetworkReply::finished);
            finished.wait(10000);
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
            reply->deleteLater();
            return std::make_pair(status, body);
        };
        const auto accepted = postOnce();
        QCOMPARE(accepted.first, 202);
        QCOMPARE(accepted.second.value(QLatin1String("jobIds")).toArray().size(), 1);
        // The dispatcher in the same process delivers what the server accepted.
        QTRY_COMPARE_WITH_TIMEOUT(receiver.requestCount(), 1, 20000);
        QCOMPARE(postOnce().second.value(QLatin1String("duplicate")).toBool(), true);

        r = run({QStringLiteral("ingest-key"), QStringLiteral("delete"), QStringLiteral("ci-cli")});
        QVERIFY2(r.first == 0, r.second.constData());
        QCOMPARE(postOnce().first, 401);
        QCOMPARE(receiver.requestCount(), 1);

        serve.terminate();
        QVERIFY(serve.waitForFinished(10000));
    }
};

QTEST_MAIN(TestIngest)
#include "tst_ingest.moc"
