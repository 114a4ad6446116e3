// SPDX-License-Identifier: GPL-3.0-or-later
// Verify on save: the ping reaches the receiver signed and authenticated like a delivery, and
// only a 2xx answer counts as verified; every other outcome is told in words.
#include "TestReceiver.h"
#include "catalogue/Catalogue.h"
#include "delivery/Signer.h"
#include "delivery/UrlVerifier.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

using namespace hookdesk;
using hookdesk::test::TestReceiver;

class TestUrlVerifier : public QObject
{
    Q_OBJECT

private:
    UrlVerifier::Result ping(const QString& url, const QString& token, const QStringList& secrets,
                             const Catalogue* catalogue)
    {
        Integration integration;
        integration.name = QStringLiteral("receiver");
        integration.baseUrl = url;
        UrlVerifier verifier;
        verifier.setTimeout(5000);
        bool done = false;
        UrlVerifier::Result result;
        verifier.ping(integration, url, token, secrets, catalogue, [&](const UrlVerifier::Result& r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&done]() { return done; }, 10000))
            result.message = QStringLiteral("no callback");
        return result;
    }

private slots:
    void aSuccessfulPingIsSignedAndAuthenticated()
    {
        TestReceiver receiver;
        QVERIFY(receiver.listen());
        const QString secret = Signer::generateSecret();
        receiver.setSigningSecret(secret);
        QString error;
        const Catalogue catalogue = Catalogue::builtIn(&error);
        const UrlVerifier::Result r =
            ping(receiver.url(QStringLiteral("/hooks")), QStringLiteral("tok-1"), {secret}, &catalogue);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.status, 200);
        QVERIFY2(r.message.contains(QLatin1String("HTTP 200")), qPrintable(r.message));
        QCOMPARE(receiver.requestCount(), 1);
        const TestReceiver::Request request = receiver.requests().first();
        QCOMPARE(request.path, QByteArray("/hooks"));
        QVERIFY(receiver.lastSignatureValid());
        QCOMPARE(request.body.isEmpty(), false);
        bool sawAuth = false;
        bool sawEvent = false;
        for (const auto& [name, value] : request.headers) {
            sawAuth |= name.toLower() == "authorization" && value == "Bearer tok-1";
            sawEvent |= name.toLower() == "event-name" && value == "Ping";
        }
        QVERIFY(sawAuth);
        QVERIFY(sawEvent);
    }

    void withoutTheCatalogueASyntheticPingIsSent()
    {
        TestReceiver receiver;
        QVERIFY(receiver.listen());
        const UrlVerifier::Result r = ping(receiver.url(), QString(), {}, nullptr);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(
            QJsonDocument::fromJson(receiver.requests().first().body).object().value(QLatin1String("type")),
            QJsonValue(QStringLiteral("hookdesk.ping")));
    }

    void aNon2xxAnswerIsNotVerified()
    {
        TestReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setStatus(401);
        receiver.setResponseBody("bad signature");
        const UrlVerifier::Result r = ping(receiver.url(), QString(), {}, nullptr);
        QVERIFY(!r.ok);
        QCOMPARE(r.status, 401);
        QVERIFY2(r.message.contains(QLatin1String("HTTP 401")) &&
                     r.message.contains(QLatin1String("bad signature")),
                 qPrintable(r.message));
    }

    void anUnreachableUrlIsNotVerified()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        const UrlVerifier::Result r =
            ping(QStringLiteral("http://127.0.0.1:%1/").arg(port), QString(), {}, nullptr);
        QVERIFY(!r.ok);
        QCOMPARE(r.status, 0);
        QVERIFY2(r.message.contains(QLatin1String("no answer")), qPrintable(r.message));
        QVERIFY(!ping(QStringLiteral("not a url"), QString(), {}, nullptr).ok);
    }
};

QTEST_MAIN(TestUrlVerifier)
#include "tst_urlverifier.moc"
