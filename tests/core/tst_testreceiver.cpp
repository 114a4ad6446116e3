// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestReceiver.h"
#include "delivery/RequestBuilder.h"
#include "delivery/Signer.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <algorithm>
#include <memory>

using namespace hookdesk;
using hookdesk::test::TestReceiver;

namespace {

// Replies are owned by the test so a failing QVERIFY does not leak them into the next test.
std::unique_ptr<QNetworkReply> post(QNetworkAccessManager& nam, QNetworkRequest request,
                                    const QByteArray& body)
{
    if (!request.header(QNetworkRequest::ContentTypeHeader).isValid())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return std::unique_ptr<QNetworkReply>(nam.post(request, body));
}

bool waitFinished(QNetworkReply* reply, int ms = 5000)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &QNetworkReply::finished);
    return spy.wait(ms);
}

} // namespace

class TestTestReceiver : public QObject
{
    Q_OBJECT

private slots:
    void recordsRequestAndAnswers()
    {
        TestReceiver receiver;
        QVERIFY(receiver.listen());
        QVERIFY(receiver.port() != 0);
        receiver.setStatus(201);
        receiver.setResponseBody("{\"ok\":true}");
        receiver.setResponseHeader("X-Receiver", "yes");
        QSignalSpy received(&receiver, &TestReceiver::requestReceived);

        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(receiver.url(QStringLiteral("/hooks/a?x=1"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Event-Name", "invoice.paid");
        const QByteArray body = QByteArray(200000, 'x'); // big enough to arrive in several chunks
        auto reply = post(nam, request, body);
        QVERIFY(waitFinished(reply.get()));

        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        QCOMPARE(reply->readAll(), QByteArray("{\"ok\":true}"));
        QCOMPARE(reply->rawHeader("X-Receiver"), QByteArray("yes"));

        QCOMPARE(received.count(), 1);
        QCOMPARE(receiver.requestCount(), 1);
        const TestReceiver::Request got = receiver.requests().first();
        QCOMPARE(got.method, QByteArray("POST"));
        QCOMPARE(got.path, QByteArray("/hooks/a?x=1"));
        QCOMPARE(got.body, body);
        QCOMPARE(got.header("event-name"), QByteArray("invoice.paid"));
        QCOMPARE(got.header("CONTENT-TYPE"), QByteArray("application/json"));
        QVERIFY(got.header("No-Such-Header").isEmpty());
    }

    void keepAliveServesSeveralRequests()
    {
        TestReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setStatus(204);
        QNetworkAccessManager nam;
        for (int i = 0; i < 3; ++i) {
            auto reply = post(nam, QNetworkRequest(QUrl(receiver.url())), QByteArray::number(i));
            QVERIFY(waitFinished(reply.get()));
            QCOMPARE(reply->error(), QNetworkReply::NoError);
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 204);
        }
        QCOMPARE(receiver.requestCount(), 3);
        QCOMPARE(receiver.requests().at(2).body, QByteArray("2"));
    }

    void checksSignaturesOfBuiltRequests()
    {
        TestReceiver receiver;
        QVERIFY(receiver.listen());
        const QString secret = Signer::generateSecret();
        receiver.setSigningSecret(secret);

        RequestInput in;
        in.jobId = QStringLiteral("job_1");
        in.url = receiver.url(QStringLiteral("/hook"));
        in.payload = QByteArrayLiteral(R"({"a":1})");
        in.itemName = QStringLiteral("Item");
        in.eventName = QStringLiteral("thing.happened");
        in.token = QStringLiteral("tok");
        in.signingSecrets = {secret};
        const OutgoingRequest out = RequestBuilder::build(in);

        QNetworkAccessManager nam;
        auto reply = post(nam, out.toNetworkRequest(), out.body);
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QVERIFY(receiver.lastSignatureValid());
        const TestReceiver::Request got = receiver.requests().constLast();
        QCOMPARE(got.header("Authorization"), QByteArray("Bearer tok"));
        QCOMPARE(got.header("User-Agent"), QByteArray("Hookdesk/" HOOKDESK_VERSION));
        QCOMPARE(got.header("Content-Length"), QByteArray("7"));
        const auto countLength = std::count_if(got.headers.cbegin(), got.headers.cend(), [](const auto& h) {
            return h.first.compare("Content-Length", Qt::CaseInsensitive) == 0;
        });
        QCOMPARE(countLength, 1);

        receiver.setSigningSecret(Signer::generateSecret());
        auto second = post(nam, out.toNetworkRequest(), out.body);
        QVERIFY(waitFinished(second.get()));
        QVERIFY(!receiver.lastSignatureValid());
    }

    void parsesPipelinedRequestsArrivingInPieces()
    {
        TestReceiver receiver;
        QVERIFY(receiver.listen());
        QSignalSpy received(&receiver, &TestReceiver::requestReceived);
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, receiver.port());
        QVERIFY(client.waitForConnected(5000));
        const QByteArray wire = "POST /one HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"
                                "POST /two HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                                "3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n";
        // Cut inside the request line, the headers, the body, and the chunked framing; let the
        // receiver read each piece before the next is sent.
        const qsizetype firstEnd = wire.indexOf("POST /two");
        qsizetype written = 0;
        for (const qsizetype cut : {qsizetype(7), qsizetype(30), firstEnd - 3, firstEnd, firstEnd + 5,
                                    wire.size() - 4, wire.size()}) {
            client.write(wire.mid(written, cut - written));
            written = cut;
            QVERIFY(client.waitForBytesWritten(5000));
            QCoreApplication::processEvents();
            if (cut == firstEnd)
                QTRY_COMPARE(receiver.requestCount(), 1);
            else if (cut < firstEnd)
                QCOMPARE(receiver.requestCount(), 0);
        }
        QTRY_COMPARE(receiver.requestCount(), 2);
        QCOMPARE(receiver.requests().at(0).path, QByteArray("/one"));
        QCOMPARE(receiver.requests().at(0).body, QByteArray("hello"));
        QCOMPARE(receiver.requests().at(1).path, QByteArray("/two"));
        QCOMPARE(receiver.requests().at(1).body, QByteArray("abcde"));
        // Both answers come back on the same connection.
        QByteArray answers;
        QTRY_COMPARE((answers += client.readAll()).count("HTTP/1.1 200 OK"), 2);
    }

    void redirectIsNotFollowed()
    {
        TestReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setStatus(302);
        receiver.setResponseHeader("Location", receiver.url(QStringLiteral("/elsewhere")).toLatin1());
        RequestInput in;
        in.jobId = QStringLiteral("job_2");
        in.url = receiver.url(QStringLiteral("/hook"));
        in.payload = "{}";
        QNetworkAccessManager nam;
        auto reply = post(nam, RequestBuilder::build(in).toNetworkRequest(), in.payload);
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 302);
        QCOMPARE(receiver.requestCount(), 1);
    }

    void neverAnswerTimesOut()
    {
        TestReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setMode(TestReceiver::Mode::NeverAnswer);
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(receiver.url()));
        request.setTransferTimeout(300);
        auto reply = post(nam, request, "{}");
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->error(),
                 QNetworkReply::OperationCanceledError); // how Qt 6.4 reports a transfer timeout
        QCOMPARE(receiver.requestCount(), 1);
    }

    void closeWithoutAnswerIsAnError()
    {
        TestReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setMode(TestReceiver::Mode::CloseWithoutAnswer);
        QNetworkAccessManager nam;
        auto reply = post(nam, QNetworkRequest(QUrl(receiver.url())), "{}");
        QVERIFY(waitFinished(reply.get()));
        QVERIFY(reply->error() != QNetworkReply::NoError);
        QVERIFY(!reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid());
        QVERIFY(receiver.requestCount() >= 1);
    }

    void closedReceiverRefusesConnections()
    {
        TestReceiver receiver;
        QVERIFY(receiver.listen());
        const QString url = receiver.url();
        QNetworkAccessManager nam;
        auto first = post(nam, QNetworkRequest(QUrl(url)), "{}");
        QVERIFY(waitFinished(first.get()));
        QCOMPARE(first->error(), QNetworkReply::NoError);

        receiver.close();
        // The same manager would reuse its kept-alive connection if close() left it open.
        auto second = post(nam, QNetworkRequest(QUrl(url)), "{}");
        QVERIFY(waitFinished(second.get()));
        QCOMPARE(second->error(), QNetworkReply::ConnectionRefusedError);
        QCOMPARE(receiver.requestCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTestReceiver)
#include "tst_testreceiver.moc"
