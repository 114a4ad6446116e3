// SPDX-License-Identifier: GPL-3.0-or-later
// A receiver built on the Standard Webhooks reference package (`standardwebhooks` from the npm
// registry, installed in tests/verifier by ./setup.sh) must verify every delivery Hookdesk makes.
// Deliveries are captured on the wire by a TestReceiver, then handed to tests/verifier/verify.js.
#include "TestReceiver.h"
#include "delivery/Dispatcher.h"
#include "delivery/RequestBuilder.h"
#include "delivery/Signer.h"
#include "secrets/MemorySecretStore.h"
#include "service/IntegrationService.h"
#include "storage/Database.h"
#include "storage/EventStore.h"
#include "storage/IntegrationStore.h"
#include "storage/JobStore.h"
#include "storage/TriggerStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace hookdesk;
using hookdesk::test::TestReceiver;

namespace {

const QString kType = QStringLiteral("thyngs.interaction.occurred");

QJsonObject delivery(const TestReceiver::Request& r, const QString& secret)
{
    return QJsonObject{{QStringLiteral("id"), QString::fromLatin1(r.header("webhook-id"))},
                       {QStringLiteral("timestamp"), QString::fromLatin1(r.header("webhook-timestamp"))},
                       {QStringLiteral("signature"), QString::fromLatin1(r.header("webhook-signature"))},
                       {QStringLiteral("body"), QString::fromUtf8(r.body)},
                       {QStringLiteral("secret"), secret}};
}

struct Verdict
{
    bool ran = false;
    int exitCode = -1;
    QString output;
};

} // namespace

class TestNpmVerifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyDeliveryVerifies();
    void formAndCloudEventsDeliveriesVerify();
    void rotatedSecretsBothVerify();
    void rotationOverlapThenOnlyTheNewSecret();
    void tamperedDeliveryIsRejected();

private:
    Verdict verify(const QJsonArray& deliveries);
    QList<TestReceiver::Request> deliverThroughDispatcher(const QList<QByteArray>& payloads,
                                                          const QString& secret,
                                                          PayloadFormat format = PayloadFormat::Json);

    QString m_node;
    QString m_verifierDir;
    QTemporaryDir m_dir;
};

void TestNpmVerifier::initTestCase()
{
    m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
    QVERIFY2(!m_node.isEmpty(), "Node.js (`node`) is not on PATH, so the standardwebhooks reference verifier "
                                "cannot run. Install the nodejs package (./setup.sh test does).");
    m_verifierDir =
        QDir(qEnvironmentVariable("HOOKDESK_SOURCE_DIR")).filePath(QStringLiteral("tests/verifier"));
    QVERIFY2(QFile::exists(m_verifierDir + QStringLiteral("/verify.js")),
             "HOOKDESK_SOURCE_DIR must point at the source tree (tests/verifier/verify.js is missing).");
    QVERIFY2(QFile::exists(m_verifierDir + QStringLiteral("/node_modules/standardwebhooks/package.json")),
             qPrintable(QStringLiteral(
                            "The standardwebhooks npm package is not installed in %1. Run ./setup.sh test, "
                            "or `npm ci` in that folder.")
                            .arg(m_verifierDir)));
    QVERIFY(m_dir.isValid());
}

Verdict TestNpmVerifier::verify(const QJsonArray& deliveries)
{
    Verdict verdict;
    static int counter = 0;
    const QString path = m_dir.filePath(QStringLiteral("deliveries-%1.json").arg(++counter));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(deliveries).toJson()) < 0)
        return verdict;
    file.close();
    QProcess node;
    node.setWorkingDirectory(m_verifierDir);
    node.setProcessChannelMode(QProcess::MergedChannels);
    node.start(m_node, {QStringLiteral("verify.js"), path});
    if (!node.waitForFinished(60000) || node.exitStatus() != QProcess::NormalExit) {
        verdict.output = node.errorString() + QString::fromUtf8(node.readAll());
        return verdict;
    }
    verdict.ran = true;
    verdict.exitCode = node.exitCode();
    verdict.output = QString::fromUtf8(node.readAll());
    return verdict;
}

QList<TestReceiver::Request> TestNpmVerifier::deliverThroughDispatcher(const QList<QByteArray>& payloads,
                                                                       const QString& secret,
                                                                       PayloadFormat format)
{
    QTemporaryDir dir;
    Database db;
    QString error;
    if (!db.open(dir.filePath(QStringLiteral("v.sqlite")), QStringLiteral("tst_npm_verifier"), &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    IntegrationStore integrations(db);
    TriggerStore triggers(db);
    EventStore events(db);
    JobStore jobs(db);
    MemorySecretStore secrets;
    TestReceiver receiver;
    receiver.listen();
    receiver.setStatus(204);
    receiver.setSigningSecret(secret);

    Integration integration;
    integration.name = QStringLiteral("Verifier");
    integration.baseUrl = receiver.url(QStringLiteral("/hooks"));
    integration.payloadFormat = format;
    integrations.insert(integration, &error);
    secrets.write(integration.tokenKey(), QStringLiteral("tok-npm"), {});
    secrets.write(integration.secretKey(), secret, {});
    Trigger trigger;
    trigger.integrationId = integration.id;
    trigger.eventType = kType;
    triggers.insert(trigger, &error);
    for (const QByteArray& payload : payloads) {
        Event event;
        event.type = kType;
        event.payload = payload;
        event.itemName = QStringLiteral("Zoë's kiosk");
        event.eventName = QStringLiteral("INTERACTION OCCURED");
        events.raise(event, &error);
    }
    Dispatcher dispatcher(jobs, integrations, secrets);
    dispatcher.setPollInterval(20);
    dispatcher.start();
    const bool done = QTest::qWaitFor(
        [&]() { return receiver.requestCount() >= payloads.size() && dispatcher.inFlight() == 0; }, 20000);
    dispatcher.stop();
    if (!done)
        qWarning("Only %d of %d deliveries arrived.", receiver.requestCount(), int(payloads.size()));
    return receiver.requests();
}

void TestNpmVerifier::everyDeliveryVerifies()
{
    const QString secret = Signer::generateSecret();
    const QList<QByteArray> payloads = {
        R"({"n":1})",
        QStringLiteral(R"({"who":"Zoë ✓ 日本語","emoji":"🚀","quote":"\"x\""})").toUtf8(),
        "{}",
        "[1,2,3]",
        "{\n  \"pretty\": true,\n  \"spaces\": [ 1, 2 ]\n}",
        QByteArray(R"({"big":")") + QByteArray(100000, 'x') + R"("})",
    };
    const QList<TestReceiver::Request> requests = deliverThroughDispatcher(payloads, secret);
    QCOMPARE(requests.size(), payloads.size());
    QJsonArray deliveries;
    for (const TestReceiver::Request& r : requests) {
        QVERIFY(r.header("webhook-signature").startsWith("v1,"));
        deliveries.append(delivery(r, secret));
    }
    const Verdict verdict = verify(deliveries);
    QVERIFY2(verdict.ran, qPrintable(verdict.output));
    QVERIFY2(verdict.exitCode == 0, qPrintable(verdict.output));
    QVERIFY2(verdict.output.contains(QStringLiteral("%1 of %1 deliveries verified").arg(payloads.size())),
             qPrintable(verdict.output));
}

void TestNpmVerifier::formAndCloudEventsDeliveriesVerify()
{
    // The signature covers the body as sent: the form for form-encoded integrations, the JSON
    // (with the event in ce-* headers) for CloudEvents ones.
    const QString secret = Signer::generateSecret();
    const QList<QByteArray> payloads = {
        QStringLiteral(R"({"who":"Zoë ✓","q":"a&b=c + d%"})").toUtf8(),
        "{\n  \"pretty\": true\n}",
    };
    const QList<TestReceiver::Request> forms =
        deliverThroughDispatcher(payloads, secret, PayloadFormat::Form);
    QCOMPARE(forms.size(), payloads.size());
    const QList<TestReceiver::Request> cloudEvents =
        deliverThroughDispatcher(payloads, secret, PayloadFormat::CloudEvents);
    QCOMPARE(cloudEvents.size(), payloads.size());
    QJsonArray deliveries;
    for (const TestReceiver::Request& r : forms) {
        QCOMPARE(r.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
        QVERIFY(r.body.startsWith("payload="));
        QJsonObject form = delivery(r, secret);
        form.insert(QStringLiteral("json"), false);
        deliveries.append(form);
    }
    for (const TestReceiver::Request& r : cloudEvents) {
        QCOMPARE(r.header("ce-specversion"), QByteArray("1.0"));
        QVERIFY(payloads.contains(r.body));
        deliveries.append(delivery(r, secret));
    }
    const Verdict verdict = verify(deliveries);
    QVERIFY2(verdict.ran, qPrintable(verdict.output));
    QVERIFY2(verdict.exitCode == 0, qPrintable(verdict.output));
    QVERIFY2(verdict.output.contains(QLatin1String("4 of 4 deliveries verified")),
             qPrintable(verdict.output));
}

void TestNpmVerifier::rotatedSecretsBothVerify()
{
    // During a rotation the request carries two signatures in one header; a receiver holding
    // either the old or the new secret accepts it.
    const QString oldSecret = Signer::generateSecret();
    const QString newSecret = Signer::generateSecret();
    TestReceiver receiver;
    QVERIFY(receiver.listen());
    receiver.setStatus(204);

    RequestInput input;
    input.jobId = QStringLiteral("msg_rotation01");
    input.url = receiver.url(QStringLiteral("/hooks"));
    input.payload = R"({"rotating":true})";
    input.token = QStringLiteral("tok-npm");
    input.signingSecrets = {newSecret, oldSecret};
    const OutgoingRequest request = RequestBuilder::build(input);
    QNetworkAccessManager nam;
    QNetworkReply* reply = nam.post(request.toNetworkRequest(), request.body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    reply->deleteLater();
    QCOMPARE(receiver.requestCount(), 1);
    const TestReceiver::Request r = receiver.requests().first();
    QCOMPARE(r.header("webhook-signature").count(' '), 1);

    const Verdict verdict = verify({delivery(r, newSecret), delivery(r, oldSecret)});
    QVERIFY2(verdict.ran, qPrintable(verdict.output));
    QVERIFY2(verdict.exitCode == 0, qPrintable(verdict.output));
    QVERIFY2(verdict.output.contains(QLatin1String("2 of 2 deliveries verified")),
             qPrintable(verdict.output));
}

void TestNpmVerifier::rotationOverlapThenOnlyTheNewSecret()
{
    // A secret rotated through the service with a one-hour overlap: the dispatcher signs with both
    // until the clock passes the overlap, then with the new secret only.
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY2(db.open(dir.filePath(QStringLiteral("r.sqlite")), QStringLiteral("tst_npm_rotation"), &error),
             qPrintable(error));
    qint64 offset = 0;
    const Clock clock([&offset]() { return QDateTime::currentMSecsSinceEpoch() + offset; });
    IntegrationStore integrations(db);
    TriggerStore triggers(db);
    EventStore events(db);
    JobStore jobs(db);
    jobs.setClock(clock);
    MemorySecretStore secrets;
    IntegrationService service(integrations, secrets);
    service.setClock(clock);
    TestReceiver receiver;
    QVERIFY(receiver.listen());
    receiver.setStatus(204);

    Integration integration;
    integration.name = QStringLiteral("Rotating");
    integration.baseUrl = receiver.url(QStringLiteral("/hooks"));
    const QString oldSecret = Signer::generateSecret();
    QVERIFY2(integrations.insert(integration, &error), qPrintable(error));
    secrets.write(integration.tokenKey(), QStringLiteral("tok-npm"), {});
    secrets.write(integration.secretKey(), oldSecret, {});
    Trigger trigger;
    trigger.integrationId = integration.id;
    trigger.eventType = kType;
    QVERIFY2(triggers.insert(trigger, &error), qPrintable(error));

    QString newSecret;
    bool rotated = false;
    service.rotateSecret(integration.id, 60 * 60 * 1000,
                         [&](bool ok, const QString& e, const QString& secret, qint64) {
                             rotated = true;
                             error = ok ? QString() : e;
                             newSecret = secret;
                         });
    QTRY_VERIFY(rotated);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    Dispatcher dispatcher(jobs, integrations, secrets);
    dispatcher.setPollInterval(20);
    dispatcher.start();
    auto raise = [&](const QByteArray& payload) {
        Event event;
        event.type = kType;
        event.payload = payload;
        return events.raise(event, &error).has_value();
    };
    QVERIFY(raise(R"({"during":1})"));
    QVERIFY(raise(R"({"during":2})"));
    QTRY_COMPARE(receiver.requestCount(), 2);
    QJsonArray during;
    for (const TestReceiver::Request& r : receiver.requests()) {
        QCOMPARE(r.header("webhook-signature").count(' '), 1); // two signatures in one header
        during.append(delivery(r, oldSecret));
        during.append(delivery(r, newSecret));
    }
    Verdict verdict = verify(during);
    QVERIFY2(verdict.ran && verdict.exitCode == 0, qPrintable(verdict.output));
    QVERIFY2(verdict.output.contains(QLatin1String("4 of 4 deliveries verified")),
             qPrintable(verdict.output));

    // The overlap ends by the clock alone: no reload, no version bump. Both results are written
    // first: leases that ran out as the clock jumps would have both jobs sent again.
    JobStore::Filter succeeded;
    succeeded.status = JobStatus::Succeeded;
    QTRY_COMPARE(jobs.list(succeeded).size(), 2);
    offset += 60 * 60 * 1000 + 1;
    QVERIFY(raise(R"({"after":1})"));
    QTRY_COMPARE(receiver.requestCount(), 3);
    dispatcher.stop();
    const TestReceiver::Request after = receiver.requests().last();
    QCOMPARE(after.header("webhook-signature").count(' '), 0);
    verdict = verify({delivery(after, newSecret), delivery(after, oldSecret)});
    QVERIFY2(verdict.ran, qPrintable(verdict.output));
    QCOMPARE(verdict.exitCode, 1);
    QVERIFY2(verdict.output.contains(QLatin1String("1 of 2 deliveries verified")),
             qPrintable(verdict.output));
}

void TestNpmVerifier::tamperedDeliveryIsRejected()
{
    // The verifier really checks: a changed body, another secret or another id fail.
    const QString secret = Signer::generateSecret();
    const QList<TestReceiver::Request> requests = deliverThroughDispatcher({R"({"amount":10})"}, secret);
    QCOMPARE(requests.size(), 1);
    QJsonObject body = delivery(requests.first(), secret);
    body.insert(QStringLiteral("body"), QStringLiteral(R"({"amount":1000})"));
    QJsonObject otherSecret = delivery(requests.first(), Signer::generateSecret());
    QJsonObject otherId = delivery(requests.first(), secret);
    otherId.insert(QStringLiteral("id"), QStringLiteral("msg_someoneelse"));
    const Verdict verdict = verify({delivery(requests.first(), secret), body, otherSecret, otherId});
    QVERIFY2(verdict.ran, qPrintable(verdict.output));
    QCOMPARE(verdict.exitCode, 1);
    QVERIFY2(verdict.output.contains(QLatin1String("1 of 4 deliveries verified")),
             qPrintable(verdict.output));
}

QTEST_GUILESS_MAIN(TestNpmVerifier)
#include "tst_npm_verifier.moc"
