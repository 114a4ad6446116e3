// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/RequestBuilder.h"
#include "delivery/Signer.h"
#include "service/IntegrationService.h"

#include <QTest>
#include <QUrlQuery>

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
        QTest::newRow("basic") << int(AuthScheme::Basic) << QString() << QByteArray("Authorization")
                               << QByteArray("Basic " + QByteArray("ops:s3cr3t-token").toBase64())
                               << QByteArray("Basic " + dots);
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
        RequestInput in = sampleInput(AuthScheme(scheme), customHeader);
        in.integration.authUsername = QStringLiteral("ops");
        const OutgoingRequest out = RequestBuilder::build(in);
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

    void formBodyCarriesTheJsonAndIsWhatIsSigned()
    {
        RequestInput in = sampleInput(AuthScheme::Bearer);
        in.payload = QByteArrayLiteral(R"({"note":"a&b=c + d%","city":"Zürich"})");
        in.integration.payloadFormat = PayloadFormat::Form;
        const OutgoingRequest out = RequestBuilder::build(in);
        QCOMPARE(value(out.headers, "Content-Type"), QByteArray("application/x-www-form-urlencoded"));
        QVERIFY(out.body.startsWith("payload="));
        QCOMPARE(value(out.headers, "Content-Length"), QByteArray::number(out.body.size()));
        // What a form parser hands the receiver is the JSON byte for byte.
        const QUrlQuery form(QString::fromLatin1(out.body));
        QCOMPARE(form.queryItemValue(QStringLiteral("payload"), QUrl::FullyDecoded).toUtf8(), in.payload);
        const QString signature = QString::fromLatin1(value(out.headers, "webhook-signature"));
        QVERIFY(Signer::verify(secret, in.jobId, in.timestampSecs, out.body, signature));
        QVERIFY(!Signer::verify(secret, in.jobId, in.timestampSecs, in.payload, signature));
        QVERIFY(!contains(out.headers, "ce-id"));
    }

    void cloudEventsHeaders()
    {
        RequestInput in = sampleInput(AuthScheme::Bearer);
        in.integration.payloadFormat = PayloadFormat::CloudEvents;
        in.integration.uid = QStringLiteral("int_abc");
        in.eventId = QStringLiteral("evt_123");
        in.eventType = QStringLiteral("invoice.paid");
        in.eventUrn = QStringLiteral("urn:allthings:app:42:invoice:7");
        in.eventTimeMs = 1614265330123;
        const OutgoingRequest out = RequestBuilder::build(in);
        QCOMPARE(out.body, in.payload);
        QCOMPARE(value(out.headers, "Content-Type"), QByteArray("application/json"));
        QCOMPARE(value(out.headers, "ce-specversion"), QByteArray("1.0"));
        QCOMPARE(value(out.headers, "ce-id"), QByteArray("evt_123"));
        QCOMPARE(value(out.headers, "ce-type"), QByteArray("invoice.paid"));
        QCOMPARE(value(out.headers, "ce-source"), QByteArray("urn:allthings:app:42:invoice:7"));
        QCOMPARE(value(out.headers, "ce-time"), QByteArray("2021-02-25T15:02:10.123Z"));
        QVERIFY(Signer::verify(secret, in.jobId, in.timestampSecs, out.body,
                               QString::fromLatin1(value(out.headers, "webhook-signature"))));

        // Without a URN the source still names where the event came from, the same every time.
        in.eventUrn.clear();
        QCOMPARE(value(RequestBuilder::build(in).headers, "ce-source"),
                 QByteArray("urn:hookdesk:integration:int_abc"));
    }

    void customHeadersAreSentButNeverOverrideHookdesk()
    {
        RequestInput in = sampleInput(AuthScheme::Bearer);
        in.integration.customHeaders = {{"X-Tenant", "acme"}, {"X-Api-Version", "2024-01"}};
        OutgoingRequest out = RequestBuilder::build(in);
        QCOMPARE(value(out.headers, "X-Tenant"), QByteArray("acme"));
        QCOMPARE(value(out.headers, "X-Api-Version"), QByteArray("2024-01"));
        QCOMPARE(value(out.redactedHeaders(), "X-Tenant"), QByteArray("acme"));

        // A row written into the database by hand, past validation.
        in.integration.customHeaders = {
            {"Content-Type", "text/plain"}, {"Authorization", "x"}, {"X-Bad\r\n", "1"}};
        out = RequestBuilder::build(in);
        QCOMPARE(out.headers.size(), 9);
        QCOMPARE(value(out.headers, "Content-Type"), QByteArray("application/json"));
        QCOMPARE(value(out.headers, "Authorization"), QByteArray("Bearer s3cr3t-token"));
    }

    void headerValidation_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("headerValue");
        QTest::addColumn<int>("scheme");
        QTest::addColumn<QString>("mentions"); // empty: accepted
        const int bearer = int(AuthScheme::Bearer);
        QTest::newRow("fine") << QByteArray("X-Tenant") << QByteArray("acme") << bearer << QString();
        QTest::newRow("space in name") << QByteArray("X Tenant") << QByteArray("a") << bearer
                                       << QStringLiteral("not a valid header name");
        QTest::newRow("colon in name") << QByteArray("X-Tenant:") << QByteArray("a") << bearer
                                       << QStringLiteral("not a valid header name");
        QTest::newRow("empty name") << QByteArray() << QByteArray("a") << bearer << QStringLiteral("no name");
        QTest::newRow("LF") << QByteArray("X-Tenant") << QByteArray("a\nX-Evil: 1") << bearer
                            << QStringLiteral("line break");
        QTest::newRow("CR") << QByteArray("X-Tenant") << QByteArray("a\r") << bearer
                            << QStringLiteral("line break");
        QTest::newRow("content-type") << QByteArray("content-type") << QByteArray("text/plain") << bearer
                                      << QStringLiteral("set by Hookdesk itself");
        QTest::newRow("host") << QByteArray("Host") << QByteArray("x") << bearer
                              << QStringLiteral("set by Hookdesk itself");
        QTest::newRow("webhook-signature") << QByteArray("Webhook-Signature") << QByteArray("v1,x") << bearer
                                           << QStringLiteral("set by Hookdesk itself");
        QTest::newRow("ce-id") << QByteArray("ce-id") << QByteArray("1") << bearer
                               << QStringLiteral("set by Hookdesk itself");
        QTest::newRow("item-name") << QByteArray("Item-Name") << QByteArray("1") << bearer
                                   << QStringLiteral("set by Hookdesk itself");
        QTest::newRow("authorization") << QByteArray("Authorization") << QByteArray("x") << bearer
                                       << QStringLiteral("carries the integration's token");
        QTest::newRow("auth header in use")
            << QByteArray("x-api-key") << QByteArray("x") << int(AuthScheme::Header)
            << QStringLiteral("carries the integration's token");
        QTest::newRow("authorization free with custom auth header")
            << QByteArray("Authorization") << QByteArray("x") << int(AuthScheme::Header) << QString();
    }

    void headerValidation()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, headerValue);
        QFETCH(int, scheme);
        QFETCH(QString, mentions);
        Integration i;
        i.name = QStringLiteral("Billing");
        i.baseUrl = QStringLiteral("https://example.com/hook");
        i.authScheme = AuthScheme(scheme);
        i.authHeader = QStringLiteral("X-Api-Key");
        i.customHeaders = {{name, headerValue}};
        const QString message = IntegrationService::validate(i);
        if (mentions.isEmpty()) {
            QVERIFY2(message.isEmpty(), qPrintable(message));
        } else {
            QVERIFY2(message.contains(mentions), qPrintable(message));
            QVERIFY(message.endsWith(QLatin1Char('.')));
        }
    }

    void basicNeedsAUserNameWithoutColon()
    {
        Integration i;
        i.name = QStringLiteral("Billing");
        i.baseUrl = QStringLiteral("https://example.com/hook");
        i.authScheme = AuthScheme::Basic;
        QVERIFY(IntegrationService::validate(i).contains(QStringLiteral("user name")));
        i.authUsername = QStringLiteral("ops:admin");
        QVERIFY(IntegrationService::validate(i).contains(QStringLiteral("colon")));
        i.authUsername = QStringLiteral("ops");
        QCOMPARE(IntegrationService::validate(i), QString());
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
