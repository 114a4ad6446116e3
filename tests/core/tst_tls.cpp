// SPDX-License-Identifier: GPL-3.0-or-later
// HTTPS to a receiver whose certificate comes from a private CA: refused with the reason in words
// until the integration names the CA file, delivered after; a CA file that cannot be read stops
// the delivery with a sentence saying so. The verify-on-save ping trusts exactly the same.
#include "DeliveryFixture.h"
#include "TlsTestReceiver.h"
#include "delivery/Dispatcher.h"
#include "delivery/UrlVerifier.h"

#include <QSignalSpy>
#include <QtTest>
#include <memory>

using namespace hookdesk;
using hookdesk::test::DeliveryFixture;
using hookdesk::test::TlsTestReceiver;

class TestTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void untrustedReceiverFailsInWords();
    void caFileMakesItTrusted();
    void missingCaFileIsExplained();
    void pingTrustsTheSame();
    void removingTheCaFileEndsTrustOnOpenConnections();
    void http2IsOnlyOfferedOverHttps();

private:
    // An integration on the TLS receiver with `caFile`; raises one event and waits for its attempt.
    Attempt deliverOnce(const QString& caFile);
    UrlVerifier::Result ping(const QString& caFile);
    // An integration on the TLS receiver trusted through its CA file; id 0 if it was not saved.
    Integration addTrusted(HttpVersion http);
    // A dispatcher delivering from the fixture's stores until it is destroyed.
    std::unique_ptr<Dispatcher> startDispatcher();

    std::unique_ptr<DeliveryFixture> m_fixture;
    std::unique_ptr<TlsTestReceiver> m_receiver;
    QString m_jobId;
};

void TestTls::init()
{
    m_fixture = std::make_unique<DeliveryFixture>();
    const QString error = m_fixture->open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_receiver = std::make_unique<TlsTestReceiver>();
    QVERIFY(m_receiver->listen());
    m_receiver->setStatus(200);
}

void TestTls::cleanup()
{
    m_receiver.reset();
    m_fixture.reset();
}

Attempt TestTls::deliverOnce(const QString& caFile)
{
    Integration integration;
    integration.baseUrl = m_receiver->url(QStringLiteral("/hooks"));
    integration.caFile = caFile;
    QString error = m_fixture->addIntegration(integration);
    if (error.isEmpty())
        m_jobId = m_fixture->raise(&error);
    if (m_jobId.isEmpty()) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    Dispatcher dispatcher(*m_fixture->jobs, *m_fixture->integrations, m_fixture->secrets);
    dispatcher.setPollInterval(25);
    dispatcher.setRequestTimeout(5000);
    QSignalSpy recorded(&dispatcher, &Dispatcher::attemptRecorded);
    dispatcher.start();
    if (!recorded.wait(10000))
        return {};
    dispatcher.stop();
    const QList<Attempt> attempts = m_fixture->jobs->attempts(m_jobId);
    return attempts.isEmpty() ? Attempt() : attempts.first();
}

Integration TestTls::addTrusted(HttpVersion http)
{
    Integration integration;
    integration.baseUrl = m_receiver->url(QStringLiteral("/hooks"));
    integration.caFile = TlsTestReceiver::caFile();
    integration.httpVersion = http;
    const QString error = m_fixture->addIntegration(integration);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return integration;
}

std::unique_ptr<Dispatcher> TestTls::startDispatcher()
{
    auto dispatcher =
        std::make_unique<Dispatcher>(*m_fixture->jobs, *m_fixture->integrations, m_fixture->secrets);
    dispatcher->setPollInterval(25);
    dispatcher->setRequestTimeout(5000);
    dispatcher->start();
    return dispatcher;
}

UrlVerifier::Result TestTls::ping(const QString& caFile)
{
    Integration integration;
    integration.name = QStringLiteral("Private CA");
    integration.baseUrl = m_receiver->url(QStringLiteral("/hooks"));
    integration.caFile = caFile;
    UrlVerifier verifier;
    verifier.setTimeout(5000);
    bool done = false;
    UrlVerifier::Result result;
    verifier.ping(integration, integration.baseUrl, QStringLiteral("tok"), {}, nullptr,
                  [&](const UrlVerifier::Result& r) {
                      result = r;
                      done = true;
                  });
    if (!QTest::qWaitFor([&done]() { return done; }, 10000))
        result.message = QStringLiteral("no callback");
    return result;
}

void TestTls::untrustedReceiverFailsInWords()
{
    const Attempt attempt = deliverOnce(QString());
    QCOMPARE(attempt.jobId, m_jobId);
    QVERIFY(!attempt.succeeded());
    QCOMPARE(attempt.responseStatus, 0);
    const QString host =
        QUrl(m_receiver->url()).host() + QLatin1Char(':') + QString::number(QUrl(m_receiver->url()).port());
    QVERIFY2(attempt.error.startsWith(QStringLiteral("The certificate of %1 is not trusted: ").arg(host)),
             qPrintable(attempt.error));
    QVERIFY2(attempt.error.contains(QLatin1String("self-signed")), qPrintable(attempt.error));
    QVERIFY2(attempt.error.contains(QLatin1String("add its CA file")), qPrintable(attempt.error));
    QCOMPARE(m_receiver->requestCount(), 0); // nothing was sent over the untrusted connection
    const auto job = m_fixture->jobs->job(m_jobId);
    QCOMPARE(job->status, JobStatus::Failed);
    QCOMPARE(job->lastError, attempt.error);
}

void TestTls::caFileMakesItTrusted()
{
    const Attempt attempt = deliverOnce(TlsTestReceiver::caFile());
    QVERIFY2(attempt.succeeded(), qPrintable(attempt.error));
    QCOMPARE(attempt.responseStatus, 200);
    QCOMPARE(m_receiver->requestCount(), 1);
    QCOMPARE(m_fixture->jobs->job(m_jobId)->status, JobStatus::Succeeded);
}

void TestTls::missingCaFileIsExplained()
{
    const QString missing = m_fixture->dir.filePath(QStringLiteral("receiver-ca.pem"));
    const Attempt attempt = deliverOnce(missing);
    QVERIFY(!attempt.succeeded());
    QVERIFY2(attempt.error.contains(QStringLiteral("The CA file %1 does not exist").arg(missing)),
             qPrintable(attempt.error));
    QCOMPARE(m_receiver->requestCount(), 0);
}

void TestTls::removingTheCaFileEndsTrustOnOpenConnections()
{
    // A receiver that keeps its connections open, trusted through its CA file.
    m_receiver->setKeepAlive(true);
    Integration integration = addTrusted(HttpVersion::Http1);
    QVERIFY(integration.id > 0);
    const std::unique_ptr<Dispatcher> dispatcher = startDispatcher();
    QString error;
    const QString first = m_fixture->raise(&error);
    QVERIFY2(!first.isEmpty(), qPrintable(error));
    QTRY_COMPARE(m_fixture->jobs->job(first)->status, JobStatus::Succeeded);
    const QString second = m_fixture->raise(&error);
    QTRY_COMPARE(m_fixture->jobs->job(second)->status, JobStatus::Succeeded);
    QCOMPARE(m_receiver->connectionCount(), 1); // the connection was kept and used again

    // The administrator no longer trusts that CA: the open connection must not carry on.
    integration = *m_fixture->integrations->byId(integration.id);
    integration.caFile.clear();
    QVERIFY2(m_fixture->integrations->update(integration, &error), qPrintable(error));
    const QString third = m_fixture->raise(&error);
    QVERIFY2(!third.isEmpty(), qPrintable(error));
    QTRY_COMPARE(m_fixture->jobs->job(third)->attempts, 1);
    const QList<Attempt> attempts = m_fixture->jobs->attempts(third);
    QVERIFY(!attempts.first().succeeded());
    QVERIFY2(attempts.first().error.contains(QLatin1String("is not trusted")),
             qPrintable(attempts.first().error));
    QCOMPARE(m_receiver->requestCount(), 2);
}

void TestTls::http2IsOnlyOfferedOverHttps()
{
    // The receiver speaks only HTTP/1.1: over https, ALPN lets it say so, and the delivery goes
    // through as HTTP/1.1 (over plain http the same setting would fail, see tst_http2).
    QVERIFY(addTrusted(HttpVersion::Http2).id > 0);
    const std::unique_ptr<Dispatcher> dispatcher = startDispatcher();
    QString error;
    QStringList jobIds;
    for (int i = 0; i < 3; ++i) {
        jobIds << m_fixture->raise(&error);
        QVERIFY2(!jobIds.last().isEmpty(), qPrintable(error));
    }
    for (const QString& id : std::as_const(jobIds))
        QTRY_COMPARE(m_fixture->jobs->job(id)->status, JobStatus::Succeeded);
    QCOMPARE(m_receiver->requestCount(), 3);
    // The inspector says which one was used.
    QCOMPARE(m_fixture->jobs->attempts(jobIds.first()).first().protocol, QStringLiteral("HTTP/1.1"));
}

void TestTls::pingTrustsTheSame()
{
    UrlVerifier::Result result = ping(QString());
    QVERIFY(!result.ok);
    QVERIFY2(result.message.contains(QLatin1String("is not trusted")) &&
                 result.message.contains(QLatin1String("127.0.0.1:")),
             qPrintable(result.message));
    QCOMPARE(m_receiver->requestCount(), 0);

    result = ping(TlsTestReceiver::caFile());
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(result.status, 200);
    QCOMPARE(m_receiver->requestCount(), 1);

    // And an untrusted ping again: the trusted connection before does not vouch for it.
    result = ping(QString());
    QVERIFY2(!result.ok, qPrintable(result.message));

    result = ping(m_fixture->dir.filePath(QStringLiteral("gone.pem")));
    QVERIFY(!result.ok);
    QVERIFY2(result.message.contains(QLatin1String("does not exist")), qPrintable(result.message));
}

QTEST_MAIN(TestTls)
#include "tst_tls.moc"
