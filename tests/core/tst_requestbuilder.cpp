// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/RequestBuilder.h"
#include "delivery/Signer.h"

#include <QTest>

using namespace hookdesk;

namespace {

const QString secret = QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

RequestInput sampleInput(AuthScheme scheme, const QString& customHeader = QString())
{
    RequestInput in;
    in.jobId = QStringLiteral("msg_p5jXN8AQM9LWM0D4loKWxJek");
    in.url = QStringLiteral("https://example.com/hook");
    in.payload = QByteArrayLiteral(R"({"test": 2432232314})");
    in.itemName = QStringLiteral("Invoice 42");
    in.eventName = QStringLiteral("invoice.paid");
    in.integration.authScheme = scheme;
    in.integration.authHeader = customHeader;
    in.token = QStringLiteral("s3cr3t-token");
    in.signingSecrets = {secret};
    in.timestampSecs = 1614265330;
    return in;
}

QByteArray value(const HeaderList& headers, const QByteArray& name)
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return QByteArray();
}

bool contains(const HeaderList& headers, const QByteArray& name)
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

class TestRequestBuilder : public QObject
{
    Q_OBJECT

private slots:
    void everyHeaderInOrder()
    {
        const OutgoingRequest out = RequestBuilder::build(sampleInput(AuthScheme::Bearer));
        QCOMPARE(out.url, QUrl(QStringLiteral("https://example.com/hook")));
        QCOMPARE(out.body, QByteArrayLiteral(R"({"test": 2432232314})"));
        const HeaderList expected = {
            {"Content-Type", "application/json"},
            {"Content-Length", "20"},
            {"User-Agent", "Hookdesk/" HOOKDESK_VERSION},
            {"Item-Name", "Invoice 42"},
            {"Event-Name", "invoice.paid"},
            {"Authorization", "Bearer s3cr3t-token"},
            {"webhook-id", "msg_p5jXN8AQM9LWM0D4loKWxJek"},
            {"webhook-timestamp", "1614265330"},
            {"webhook-signature", "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="},
        };
        QCOMPARE(out.headers, expected);
    }

    void networkRequestCarriesEveryHeaderAndFollowsNoRedirect()
    {
        const OutgoingRequest out = RequestBuilder::build(sampleInput(AuthScheme::Bearer));
        const QNetworkRequest request = out.toNetworkRequest();
        QCOMPARE(request.url(), out.url);
        for (const auto& h : out.headers)
            QCOMPARE(request.rawHeader(h.first), h.second);
        QCOMPARE(request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                 int(QNetworkRequest::ManualRedirectPolicy));
        QCOMPARE(request.attribute(QNetworkRequest::Http2AllowedAttribute).toBool(), false);
    }

    void timestampDefaultsToNow()
    {
        RequestInput in = sampleInput(AuthScheme::Bearer);
        in.timestampSecs = 0;
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const OutgoingRequest out = RequestBuilder::build(in);
        const qint64 after = QDateTime::currentSecsSinceEpoch();
        const qint64 ts = value(out.headers, "webhook-timestamp").toLongLong();
        QVERIFY(ts >= before && ts <= after);
        QVERIFY(Signer::verify(secret, in.jobId, ts, in.payload,
                               QString::fromLatin1(value(out.headers, "webhook-signature"))));
    }

    void authSchemes_data()
    {
        QTest::addColumn<int>("scheme");
        QTest::addColumn<QString>("customHeader");
        QTest::addColumn<QByteArray>("headerName");
        QTest::addColumn<QByteArray>("headerValue");
        QTest::addColumn<QByteArray>("redacted");
        const QByteArray dots =
            "\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2"
            "\xE2\x80\xA2";
        QTest::newRow("token") << int(AuthScheme::Token) << QString() << QByteArray("Authorization")
                               << QByteArray("Token s3cr3t-token") << QByteArray("Token " + dots);
        QTest::newRow("bearer") << int(AuthScheme::Bearer) << QString() << QByteArray("Authorization")
                                << QByteArray("Bearer s3cr3t-token") << QByteArray("Bearer " + dots);
        QTest::newRow("custom") << int(AuthScheme::Header) << QStringLiteral("X-Api-Key")
                                << QByteArray("X-Api-Key") << QByteArray("s3cr3t-token") << dots;
    }

    void authSchemes()
    {
        QFETCH(int, scheme);
        QFETCH(QString, customHeader);
        QFETCH(QByteArray, headerName);
        QFETCH(QByteArray, headerValue);
        QFETCH(QByteArray, redacted);
        const OutgoingRequest out = RequestBuilder::build(sampleInput(AuthScheme(scheme), customHeader));
        QCOMPARE(value(out.headers, headerName), headerValue);
        QCOMPARE(out.headers.at(5).first, headerName);
        if (AuthScheme(scheme) == AuthScheme::Header)
            QVERIFY(!contains(out.headers, "Authorization"));
        QCOMPARE(value(out.redactedHeaders(), headerName), redacted);
    }

    void redactionHidesSecretsOnly()
    {
        RequestInput in = sampleInput(AuthScheme::Bearer);
        in.signingSecrets << Signer::generateSecret();
        const OutgoingRequest out = RequestBuilder::build(in);
        const HeaderList redacted = out.redactedHeaders();
        QCOMPARE(redacted.size(), out.headers.size());
        const QByteArray signatures = value(out.headers, "webhook-signature");
        QCOMPARE(signatures.split(' ').size(), 2);
        for (int i = 0; i < redacted.size(); ++i) {
            QCOMPARE(redacted.at(i).first, out.headers.at(i).first);
            QVERIFY(!redacted.at(i).second.contains("s3cr3t-token"));
            for (const QByteArray& signature : signatures.split(' '))
                QVERIFY(!redacted.at(i).second.contains(signature.mid(3)));
        }
        QVERIFY(value(redacted, "webhook-signature").startsWith("v1,"));
        QCOMPARE(value(redacted, "webhook-signature").split(' ').size(), 2);
        for (const QByteArray name : {"Content-Type", "Content-Length", "User-Agent", "Item-Name",
                                      "Event-Name", "webhook-id", "webhook-timestamp"})
            QCOMPARE(value(redacted, name), value(out.headers, name));
    }

    void optionalHeadersOmitted()
    {
        RequestInput in = sampleInput(AuthScheme::Bearer);
        in.token.clear();
        in.signingSecrets.clear();
        const OutgoingRequest out = RequestBuilder::build(in);
        QVERIFY(!contains(out.headers, "Authorization"));
        QVERIFY(!contains(out.headers, "webhook-signature"));
        QCOMPARE(value(out.headers, "webhook-id"), QByteArray("msg_p5jXN8AQM9LWM0D4loKWxJek"));
        QCOMPARE(out.headers.size(), 7);
        QCOMPARE(out.redactedHeaders(), out.headers);
    }

    void headerInjectionIsNeutralised()
    {
        RequestInput in = sampleInput(AuthScheme::Bearer);
        in.itemName = QStringLiteral("Invoice\r\nX-Evil: 1");
        const OutgoingRequest out = RequestBuilder::build(in);
        QVERIFY(!value(out.headers, "Item-Name").contains('\n'));
        QVERIFY(!value(out.headers, "Item-Name").contains('\r'));
    }

    void validateUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("mentions"); // empty: the URL is fine
        QTest::newRow("https") << QStringLiteral("https://example.com/hook") << QString();
        QTest::newRow("http with port") << QStringLiteral("http://127.0.0.1:8080/x?y=1") << QString();
        QTest::newRow("surrounding spaces") << QStringLiteral("  https://example.com/hook ") << QString();
        QTest::newRow("ftp") << QStringLiteral("ftp://x") << QStringLiteral("http:// or https://");
        QTest::newRow("not a url") << QStringLiteral("not a url") << QStringLiteral("http:// or https://");
        QTest::newRow("empty") << QString() << QStringLiteral("Enter the URL");
        QTest::newRow("no host") << QStringLiteral("http://") << QStringLiteral("no host name");
        QTest::newRow("space in host")
            << QStringLiteral("https://exa mple.com/") << QStringLiteral("not allowed");
        QTest::newRow("credentials") << QStringLiteral("https://user:pw@example.com/")
                                     << QStringLiteral("user name");
    }

    void validateUrl()
    {
        QFETCH(QString, url);
        QFETCH(QString, mentions);
        const QString message = RequestBuilder::validateUrl(url);
        if (mentions.isEmpty()) {
            QVERIFY2(message.isEmpty(), qPrintable(message));
        } else {
            QVERIFY2(message.contains(mentions), qPrintable(message));
            QVERIFY(message.endsWith(QLatin1Char('.')));
        }
    }
};

QTEST_GUILESS_MAIN(TestRequestBuilder)
#include "tst_requestbuilder.moc"
