// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestReceiver.h"
#include "delivery/Dispatcher.h"
#include "delivery/Signer.h"
#include "secrets/MemorySecretStore.h"
#include "storage/Database.h"
#include "storage/EventStore.h"
#include "storage/IntegrationStore.h"
#include "storage/JobStore.h"
#include "storage/TriggerStore.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>
#include <memory>

using namespace hookdesk;
using hookdesk::test::TestReceiver;

namespace {

const QString kType = QStringLiteral("invoice.paid");
const QString kToken = QStringLiteral("tok-9d8e7f");
const QByteArray kPayload = QStringLiteral(R"({"note":"a&b=c + d% ✓","amount":12.5,"lines":[1,2]})").toUtf8();

} // namespace

// What a receiver gets from the real dispatcher for each request shape an integration can choose.
class TestRequestShape : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void formBodyDecodesToTheExactJson();
    void cloudEventsHeadersDescribeTheEvent();
    void basicAuthAndCustomHeaders();
    void receiverCookiesAreNeitherKeptNorSent();

private:
    // Delivers one event to `integration` and returns what the receiver got.
    TestReceiver::Request deliver(Integration integration, const QString& urn = QString());

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<IntegrationStore> m_integrations;
    std::unique_ptr<TriggerStore> m_triggers;
    std::unique_ptr<EventStore> m_events;
    std::unique_ptr<JobStore> m_jobs;
    MemorySecretStore m_secrets;
    std::unique_ptr<TestReceiver> m_receiver;
    QString m_secret;
    Event m_event;
    QString m_jobId;
};

void TestRequestShape::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(
        m_db->open(m_dir->filePath(QStringLiteral("h.sqlite")), QStringLiteral("tst_request_shape"), &error),
        qPrintable(error));
    m_integrations = std::make_unique<IntegrationStore>(*m_db);
    m_triggers = std::make_unique<TriggerStore>(*m_db);
    m_events = std::make_unique<EventStore>(*m_db);
    m_jobs = std::make_unique<JobStore>(*m_db);
    m_secret = Signer::generateSecret();
    m_receiver = std::make_unique<TestReceiver>();
    QVERIFY(m_receiver->listen());
    m_receiver->setSigningSecret(m_secret);
}

void TestRequestShape::cleanup()
{
    m_receiver.reset();
    m_jobs.reset();
    m_events.reset();
    m_triggers.reset();
    m_integrations.reset();
    m_db.reset();
    m_dir.reset();
}

// A webhook is not a browsing session: a cookie a receiver sets must not come back with later
// deliveries, where it would also be missing from the request the inspector shows.
void TestRequestShape::receiverCookiesAreNeitherKeptNorSent()
{
    m_receiver->setResponseHeader("Set-Cookie", "session=s3cr3t; Path=/");
    Integration integration;
    integration.ordered = true; // one at a time: each request goes after the previous answer
    QVERIFY(!deliver(integration).body.isEmpty());

    QString error;
    for (int i = 0; i < 2; ++i) {
        Event event;
        event.type = kType;
        event.payload = kPayload;
        event.source = QStringLiteral("test");
        QVERIFY2(m_events->raise(event, &error), qPrintable(error));
    }
    Dispatcher dispatcher(*m_jobs, *m_integrations, m_secrets);
    dispatcher.setPollInterval(25);
    QSignalSpy recorded(&dispatcher, &Dispatcher::attemptRecorded);
    dispatcher.start();
    QTRY_COMPARE_WITH_TIMEOUT(recorded.count(), 2, 10000);
    dispatcher.stop();
    const QList<TestReceiver::Request> got = m_receiver->requests();
    QCOMPARE(got.size(), 3);
    for (const TestReceiver::Request& request : got)
        QVERIFY2(request.header("Cookie").isEmpty(), request.header("Cookie").constData());
}

TestReceiver::Request TestRequestShape::deliver(Integration integration, const QString& urn)
{
    integration.name = QStringLiteral("Receiver");
    integration.uid = QStringLiteral("int_shape");
    integration.baseUrl = m_receiver->url(QStringLiteral("/hooks"));
    QString error;
    if (!m_integrations->insert(integration, &error))
        qFatal("%s", qPrintable(error));
    m_secrets.write(integration.tokenKey(), kToken, {});
    m_secrets.write(integration.secretKey(), m_secret, {});
    Trigger trigger;
    trigger.integrationId = integration.id;
    trigger.eventType = kType;
    if (!m_triggers->insert(trigger, &error))
        qFatal("%s", qPrintable(error));
    Event event;
    event.type = kType;
    event.urn = urn;
    event.payload = kPayload;
    event.itemName = QStringLiteral("Invoice 42");
    event.eventName = QStringLiteral("Paid");
    event.source = QStringLiteral("test");
    const auto raised = m_events->raise(event, &error);
    if (!raised || raised->jobIds.size() != 1)
        qFatal("%s", qPrintable(error));
    m_event = raised->event;
    m_jobId = raised->jobIds.first();

    Dispatcher dispatcher(*m_jobs, *m_integrations, m_secrets);
    dispatcher.setPollInterval(25);
    QSignalSpy recorded(&dispatcher, &Dispatcher::attemptRecorded);
    dispatcher.start();
    if (!QTest::qWaitFor([&]() { return recorded.count() == 1; }, 10000) || m_receiver->requestCount() != 1)
        return {};
    dispatcher.stop();
    return m_receiver->requests().first();
}

void TestRequestShape::formBodyDecodesToTheExactJson()
{
    Integration integration;
    integration.payloadFormat = PayloadFormat::Form;
    const TestReceiver::Request got = deliver(integration);
    QCOMPARE(got.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(got.header("Content-Length").toInt(), got.body.size());
    QVERIFY(got.body.startsWith("payload="));
    const QUrlQuery form(QString::fromLatin1(got.body));
    QCOMPARE(form.queryItems().size(), 1);
    QCOMPARE(form.queryItemValue(QStringLiteral("payload"), QUrl::FullyDecoded).toUtf8(), kPayload);
    // The receiver checks the signature over the bytes it read, the form.
    QVERIFY2(got.signatureValid, got.header("webhook-signature").constData());
    QVERIFY(got.header("ce-id").isEmpty());

    const QList<Attempt> attempts = m_jobs->attempts(m_jobId);
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts.first().requestBody, got.body);
    QVERIFY(!attempts.first().requestBodyIsPayload); // the form is kept as it went out
    QVERIFY(attempts.first().succeeded());
}

void TestRequestShape::cloudEventsHeadersDescribeTheEvent()
{
    Integration integration;
    integration.payloadFormat = PayloadFormat::CloudEvents;
    const TestReceiver::Request got = deliver(integration, QStringLiteral("urn:allthings:app:42:invoice:7"));
    QCOMPARE(got.body, kPayload);
    QCOMPARE(got.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(got.header("ce-specversion"), QByteArray("1.0"));
    QCOMPARE(QString::fromLatin1(got.header("ce-id")), m_event.id);
    QCOMPARE(got.header("ce-type"), kType.toLatin1());
    QCOMPARE(got.header("ce-source"), QByteArray("urn:allthings:app:42:invoice:7"));
    const QDateTime time =
        QDateTime::fromString(QString::fromLatin1(got.header("ce-time")), Qt::ISODateWithMs);
    QVERIFY2(time.isValid(), got.header("ce-time").constData());
    QCOMPARE(time.timeSpec(), Qt::UTC);
    QCOMPARE(time.toMSecsSinceEpoch(), m_event.createdAt);
    QVERIFY(got.signatureValid);
    QCOMPARE(QString::fromLatin1(got.header("webhook-id")), m_jobId);
    // The body went out as the payload: the attempt shows it, read from the event, not a copy.
    const QList<Attempt> attempts = m_jobs->attempts(m_jobId);
    QCOMPARE(attempts.size(), 1);
    QVERIFY(attempts.first().requestBodyIsPayload);
    QCOMPARE(attempts.first().requestBody, got.body);

    // A resend is the same event: the same ce-id, the same time.
    QString error;
    QCOMPARE(m_jobs->resend({m_jobId}, &error), 1);
    Dispatcher dispatcher(*m_jobs, *m_integrations, m_secrets);
    dispatcher.setPollInterval(25);
    dispatcher.start();
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->requestCount(), 2, 10000);
    const TestReceiver::Request again = m_receiver->requests().last();
    QCOMPARE(again.header("ce-id"), got.header("ce-id"));
    QCOMPARE(again.header("ce-time"), got.header("ce-time"));
}

void TestRequestShape::basicAuthAndCustomHeaders()
{
    Integration integration;
    integration.authScheme = AuthScheme::Basic;
    integration.authUsername = QStringLiteral("ops");
    integration.customHeaders = {{"X-Tenant", "acme"}, {"X-Api-Version", "2024-01-01"}};
    const TestReceiver::Request got = deliver(integration);
    const QByteArray auth = got.header("Authorization");
    QVERIFY2(auth.startsWith("Basic "), auth.constData());
    QCOMPARE(QByteArray::fromBase64(auth.mid(6)), ("ops:" + kToken).toUtf8());
    QCOMPARE(got.header("X-Tenant"), QByteArray("acme"));
    QCOMPARE(got.header("X-Api-Version"), QByteArray("2024-01-01"));
    QCOMPARE(got.body, kPayload);
    QVERIFY(got.signatureValid);

    // What is kept for the inspector shows the scheme and the custom headers, never the credentials.
    const QList<Attempt> attempts = m_jobs->attempts(m_jobId);
    QCOMPARE(attempts.size(), 1);
    const QByteArray stored = headersToJson(attempts.first().requestHeaders);
    QVERIFY2(!stored.contains(auth.mid(6)), stored.constData());
    QVERIFY2(!stored.contains(kToken.toUtf8()), stored.constData());
    QVERIFY2(stored.contains("Basic \xE2\x80\xA2"), stored.constData());
    QVERIFY2(stored.contains("acme"), stored.constData());
}

QTEST_GUILESS_MAIN(TestRequestShape)
#include "tst_request_shape.moc"
