// SPDX-License-Identifier: GPL-3.0-or-later
// Hookdesk's own HTTP/1.1 client against real receivers on 127.0.0.1: the lean TestReceiver, and
// a scripted one for the answers real servers give that TestReceiver does not (chunked bodies,
// 100 Continue, bodies that end with the connection, malformed answers, connections closed while
// idle or as a request goes out).
#include "TestReceiver.h"
#include "delivery/Http1Client.h"

#include <QElapsedTimer>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <arpa/inet.h>
#include <functional>
#include <memory>
#include <netinet/in.h>
#include <optional>
#include <sys/socket.h>
#include <unistd.h>
#include <utility>

using namespace hookdesk;
using hookdesk::test::TestReceiver;

namespace {

// Reads whole requests (head and Content-Length body) and answers each with what `answer` writes.
class ScriptedReceiver : public QObject
{
public:
    // The socket, and the number of the request on that connection (from 1) and in all (from 1).
    using Answer = std::function<void(QTcpSocket*, int onConnection, int inAll)>;

    explicit ScriptedReceiver(Answer answer) : m_answer(std::move(answer))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                ++connections;
                auto buffer = std::make_shared<QByteArray>();
                auto count = std::make_shared<int>(0);
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer, count]() {
                    *buffer += socket->readAll();
                    for (;;) {
                        const qsizetype end = buffer->indexOf("\r\n\r\n");
                        if (end < 0)
                            return;
                        const QByteArray head = buffer->left(end).toLower();
                        const qsizetype at = head.indexOf("content-length:");
                        const qsizetype length =
                            at < 0
                                ? 0
                                : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
                        if (buffer->size() < end + 4 + length)
                            return;
                        buffer->remove(0, end + 4 + length);
                        ++requests;
                        m_answer(socket, ++*count, requests);
                    }
                });
            }
        });
    }
    bool listen(const QHostAddress& address = QHostAddress(QHostAddress::LocalHost), quint16 port = 0)
    {
        return m_server.listen(address, port);
    }
    // Accepts on a socket already listening (which it closes when it goes).
    bool takeOver(int listening) { return m_server.setSocketDescriptor(listening); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/hook").arg(m_server.serverPort()); }

    int connections = 0;
    int requests = 0;

private:
    QTcpServer m_server;
    Answer m_answer;
};

// Listens on an address of 127.0.0.0/8 with a queue of one connection, taken up at once: the
// handshake of every later connection waits (its SYN is dropped, and sent again a second later)
// until someone accepts, as with a receiver whose host drops the packets.
class Unanswered
{
public:
    Unanswered() = default;
    Unanswered(const Unanswered&) = delete;
    Unanswered& operator=(const Unanswered&) = delete;
    ~Unanswered()
    {
        if (m_listener >= 0)
            ::close(m_listener);
        if (m_filler >= 0)
            ::close(m_filler);
    }

    // On `address`, at `port` (0: any free one).
    bool listen(const char* address, quint16 port = 0)
    {
        sockaddr_in in{};
        in.sin_family = AF_INET;
        in.sin_port = htons(port);
        ::inet_pton(AF_INET, address, &in.sin_addr);
        socklen_t length = sizeof in;
        m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (m_listener < 0 || ::bind(m_listener, reinterpret_cast<sockaddr*>(&in), sizeof in) != 0 ||
            ::listen(m_listener, 0) != 0 ||
            ::getsockname(m_listener, reinterpret_cast<sockaddr*>(&in), &length) != 0)
            return false;
        m_port = ntohs(in.sin_port);
        m_filler = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        return m_filler >= 0 && ::connect(m_filler, reinterpret_cast<sockaddr*>(&in), sizeof in) == 0;
    }
    quint16 port() const { return m_port; }
    // The listening socket, to be accepted on by someone else from now on.
    int release() { return std::exchange(m_listener, -1); }

private:
    int m_listener = -1;
    int m_filler = -1;
    quint16 m_port = 0;
};

// Gives `addresses` for every host name, once the event loop is back, as a look-up would.
Http1Client::Resolver resolvingTo(const QStringList& addresses)
{
    return [addresses](const QString&, std::function<void(const QList<QHostAddress>&)> found) {
        QList<QHostAddress> list;
        for (const QString& address : addresses)
            list.append(QHostAddress(address));
        QTimer::singleShot(0, [found = std::move(found), list]() { found(list); });
    };
}

// Writes `bytes` a few at a time, a millisecond apart, so that the client reads them in pieces.
void trickle(QTcpSocket* socket, const QByteArray& bytes, bool closeAfter = false)
{
    QPointer<QTcpSocket> guarded(socket);
    constexpr qsizetype kPiece = 7;
    for (qsizetype at = 0; at < bytes.size(); at += kPiece) {
        const bool last = at + kPiece >= bytes.size();
        QTimer::singleShot(int(at / kPiece), socket,
                           [guarded, piece = bytes.mid(at, kPiece), last, closeAfter]() {
                               if (!guarded)
                                   return;
                               guarded->write(piece);
                               guarded->flush();
                               if (last && closeAfter)
                                   guarded->disconnectFromHost();
                           });
    }
}

// A request sent by Http1Client::send() with the headers the tests send (Content-Type and
// Event-Name), and its answer once it comes.
struct Sent
{
    quint64 id = 0;
    std::shared_ptr<std::optional<Http1Client::Answer>> answer =
        std::make_shared<std::optional<Http1Client::Answer>>();

    bool isFinished() const { return answer->has_value(); }
    const Http1Client::Answer& got() const { return **answer; }
    // The answer's header of that name, in any case.
    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [n, value] : got().headers)
            if (n.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        return {};
    }
};

Sent send(Http1Client& client, const QString& url, const QByteArray& body)
{
    Sent sent;
    sent.id = client.send(QUrl(url), {{"Content-Type", "application/json"}, {"Event-Name", "invoice.paid"}},
                          body, [answer = sent.answer](Http1Client::Answer&& a) { *answer = std::move(a); });
    return sent;
}

bool finishes(const Sent& sent, int ms = 5000)
{
    return QTest::qWaitFor([&sent]() { return sent.isFinished(); }, ms);
}

// Listens, and answers every request "201 Created" with X-Run: 001 and {"ok":true}.
bool answersCreated(TestReceiver& receiver)
{
    receiver.setStatus(201);
    receiver.setResponseBody("{\"ok\":true}");
    receiver.setResponseHeader("X-Run", "001");
    return receiver.listen();
}

} // namespace

class TestHttp1Client : public QObject
{
    Q_OBJECT

private slots:
    void sendsThePostAsGiven()
    {
        TestReceiver receiver;
        QVERIFY(answersCreated(receiver));
        Http1Client client;
        const QByteArray body = QByteArray(200000, 'x'); // big enough to go out in several pieces
        const Sent reply = send(client, receiver.url(QStringLiteral("/hooks/a?x=1&y=%C3%A9")), body);
        QVERIFY(!reply.isFinished()); // never during send()
        QVERIFY(finishes(reply));
        QCOMPARE(reply.got().error, QNetworkReply::NoError);
        QCOMPARE(reply.got().status, 201);
        QCOMPARE(reply.got().reason, QByteArray("Created"));
        QCOMPARE(reply.header("x-run"), QByteArray("001"));
        QCOMPARE(reply.got().body, QByteArray("{\"ok\":true}"));

        QCOMPARE(receiver.requestCount(), 1);
        const TestReceiver::Request got = receiver.requests().constFirst();
        QCOMPARE(got.method, QByteArray("POST"));
        QCOMPARE(got.path, QByteArray("/hooks/a?x=1&y=%C3%A9"));
        QCOMPARE(got.body, body);
        QCOMPARE(got.header("Host"), QByteArray("127.0.0.1:") + QByteArray::number(receiver.port()));
        QCOMPARE(got.header("Content-Length"), QByteArray::number(body.size()));
        QCOMPARE(got.header("Event-Name"), QByteArray("invoice.paid"));
        QCOMPARE(got.header("Content-Type"), QByteArray("application/json"));
    }

    // send() takes the headers as a list: they go out as QNetworkRequest::setRawHeader() would have
    // kept them, one by one.
    void headersGivenAsAListGoOutAsSetRawHeaderKeepsThem()
    {
        TestReceiver receiver;
        QVERIFY(receiver.listen());
        Http1Client client;
        const QList<QPair<QByteArray, QByteArray>> headers = {{"Content-Type", "text/plain"},
                                                              {"X-Twice", "first"},
                                                              {"Item-Name", "ticket"},
                                                              {"x-twice", "second"},
                                                              {"X-Gone", "here"},
                                                              {"X-Gone", QByteArray()},
                                                              {"Content-Type", "application/json"},
                                                              {"Host", "elsewhere.example"}};
        QList<Http1Client::Answer> answers;
        client.send(QUrl(receiver.url(QStringLiteral("/hooks/b"))), headers, QByteArrayLiteral("{}"),
                    [&answers](Http1Client::Answer&& answer) { answers.append(std::move(answer)); });
        QTRY_COMPARE(answers.size(), 1);
        QCOMPARE(answers.first().error, QNetworkReply::NoError);
        QCOMPARE(receiver.requestCount(), 1);
        const TestReceiver::Request got = receiver.requests().constFirst();
        QByteArrayList names;
        for (const auto& [name, value] : got.headers)
            names << name.toLower();
        QCOMPARE(names, QByteArrayList({"host", "item-name", "x-twice", "content-type", "content-length"}));
        QCOMPARE(got.header("X-Twice"), QByteArray("second"));
        QCOMPARE(got.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(got.header("Host"), QByteArray("127.0.0.1:") + QByteArray::number(receiver.port()));
        QCOMPARE(got.header("Content-Length"), QByteArray("2"));
        // The same list set on a QNetworkRequest one by one, then sent as it keeps them: the same
        // request.
        QNetworkRequest request(QUrl(receiver.url(QStringLiteral("/hooks/b"))));
        for (const auto& [name, value] : headers)
            request.setRawHeader(name, value);
        QList<QPair<QByteArray, QByteArray>> kept;
        for (const QByteArray& name : request.rawHeaderList())
            kept.append({name, request.rawHeader(name)});
        client.send(request.url(), kept, QByteArrayLiteral("{}"),
                    [&answers](Http1Client::Answer&& answer) { answers.append(std::move(answer)); });
        QTRY_COMPARE(answers.size(), 2);
        QCOMPARE(receiver.requests().at(1).headers, got.headers);
    }

    void opensOneConnectionPerRequestInFlightAndKeepsThem()
    {
        TestReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setResponseDelay(100);
        Http1Client client;
        for (int round = 0; round < 2; ++round) {
            std::vector<Sent> replies;
            for (int i = 0; i < 9; ++i) // more than QNetworkAccessManager's six per host
                replies.push_back(send(client, receiver.url(), "{}"));
            QTRY_COMPARE(receiver.requestCount(), 9 * (round + 1));
            for (const auto& reply : replies) {
                QVERIFY(finishes(reply));
                QCOMPARE(reply.got().error, QNetworkReply::NoError);
                QCOMPARE(reply.got().status, 200);
            }
            // The second round goes out on the connections of the first.
            QCOMPARE(receiver.connectionCount(), 9);
            QCOMPARE(client.connectionCount(), 9);
        }
    }

    void readsChunkedInterimAndCloseDelimitedAnswers()
    {
        ScriptedReceiver receiver([](QTcpSocket* socket, int onConnection, int) {
            if (onConnection == 1)
                trickle(socket, "HTTP/1.1 100 Continue\r\n\r\n"
                                "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nX-A: 1\r\nX-A: 2\r\n\r\n"
                                "5;name=value\r\nhello\r\n6\r\n world\r\n0\r\nX-Trailer: t\r\n\r\n");
            else
                trickle(socket, "HTTP/1.0 202 Accepted\r\nContent-Type: text/plain\r\n\r\nuntil the end",
                        true);
        });
        QVERIFY(receiver.listen());
        Http1Client client;
        const Sent chunked = send(client, receiver.url(), "{}");
        QVERIFY(finishes(chunked));
        QCOMPARE(chunked.got().error, QNetworkReply::NoError);
        QCOMPARE(chunked.got().status, 200);
        QCOMPARE(chunked.got().body, QByteArray("hello world"));
        QCOMPARE(chunked.header("X-A"), QByteArray("1, 2"));
        // The same connection again: the chunked answer left it ready.
        const Sent untilClose = send(client, receiver.url(), "{}");
        QVERIFY(finishes(untilClose));
        QCOMPARE(untilClose.got().error, QNetworkReply::NoError);
        QCOMPARE(untilClose.got().status, 202);
        QCOMPARE(untilClose.got().body, QByteArray("until the end"));
        QCOMPARE(receiver.connections, 1);
        QTRY_COMPARE(client.connectionCount(), 0); // nothing said how long the body was: closed
    }

    void keepsOnlyTheBodyLimitAndReusesTheConnection()
    {
        TestReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setResponseBody(QByteArray(100000, 'b'));
        Http1Client client;
        client.setBodyLimit(10);
        for (int i = 0; i < 2; ++i) {
            const Sent reply = send(client, receiver.url(), "{}");
            QVERIFY(finishes(reply));
            QCOMPARE(reply.got().error, QNetworkReply::NoError);
            QCOMPARE(reply.got().body.size(), 10);
            QCOMPARE(reply.got().body, QByteArray(10, 'b'));
        }
        QCOMPARE(receiver.connectionCount(), 1);
    }

    void connectionClosedAsTheRequestWentOutIsReplacedOnce()
    {
        // The receiver closes a kept-alive connection just as the next request arrives, as a
        // server ending idle connections does: the request goes again on a new connection.
        ScriptedReceiver receiver([](QTcpSocket* socket, int onConnection, int) {
            if (onConnection == 2) {
                socket->abort();
                return;
            }
            socket->write("HTTP/1.1 204 No Content\r\n\r\n");
        });
        QVERIFY(receiver.listen());
        Http1Client client;
        for (int i = 0; i < 2; ++i) {
            const Sent reply = send(client, receiver.url(), "{}");
            QVERIFY(finishes(reply));
            QCOMPARE(reply.got().error, QNetworkReply::NoError);
            QCOMPARE(reply.got().status, 204);
        }
        QCOMPARE(receiver.connections, 2);
        QCOMPARE(receiver.requests, 3);
    }

    void connectionClosedWhileIdleIsNotUsedAgain()
    {
        ScriptedReceiver receiver([](QTcpSocket* socket, int, int) {
            socket->write("HTTP/1.1 204 No Content\r\n\r\n");
            QTimer::singleShot(20, socket, [socket]() { socket->disconnectFromHost(); });
        });
        QVERIFY(receiver.listen());
        Http1Client client;
        const Sent first = send(client, receiver.url(), "{}");
        QVERIFY(finishes(first));
        QCOMPARE(client.connectionCount(), 1);
        QTRY_COMPARE(client.connectionCount(), 0);
        const Sent second = send(client, receiver.url(), "{}");
        QVERIFY(finishes(second));
        QCOMPARE(second.got().error, QNetworkReply::NoError);
        QCOMPARE(receiver.requests, 2);
        QCOMPARE(receiver.connections, 2);
    }

    void connectionIsNotReusedAfterTheReceiversKeepAliveTimeout()
    {
        // A receiver that keeps idle connections one second (as Node.js says "timeout=5"): after
        // that the next request takes a new connection rather than race the receiver's close.
        ScriptedReceiver receiver([](QTcpSocket* socket, int, int) {
            socket->write("HTTP/1.1 204 No Content\r\nKeep-Alive: timeout=1\r\n\r\n");
        });
        QVERIFY(receiver.listen());
        Http1Client client;
        for (const int waitMs : {0, 100, 700}) {
            QTest::qWait(waitMs);
            const Sent reply = send(client, receiver.url(), "{}");
            QVERIFY(finishes(reply));
            QCOMPARE(reply.got().error, QNetworkReply::NoError);
        }
        QCOMPARE(receiver.requests, 3);
        QCOMPARE(receiver.connections, 2); // the second request reused the first's connection
    }

    void failuresAreReportedAsQtReportsThem()
    {
        Http1Client client;
        {
            // Refused: nothing listens on a port just let go.
            TestReceiver gone;
            QVERIFY(gone.listen());
            const QString url = gone.url();
            gone.close();
            const Sent reply = send(client, url, "{}");
            QVERIFY(!reply.isFinished()); // not before its caller could connect to finished()
            QVERIFY(finishes(reply));
            QCOMPARE(reply.got().error, QNetworkReply::ConnectionRefusedError);
            QCOMPARE(reply.got().status, 0);
        }
        {
            // A connection that fails inside connect() (a broadcast address): the answer still
            // comes only after send() has returned, with the system's reason.
            const Sent reply = send(client, QStringLiteral("http://255.255.255.255:9/h"), "{}");
            QVERIFY(!reply.isFinished());
            QVERIFY(finishes(reply));
            QCOMPARE(reply.got().error, QNetworkReply::UnknownNetworkError);
            QVERIFY(!reply.got().errorString.isEmpty());
        }
        {
            // Closed before any answer, on a new connection: not sent again.
            TestReceiver hangUp;
            QVERIFY(hangUp.listen());
            hangUp.setMode(TestReceiver::Mode::CloseWithoutAnswer);
            const Sent reply = send(client, hangUp.url(), "{}");
            QVERIFY(finishes(reply));
            QCOMPARE(reply.got().error, QNetworkReply::RemoteHostClosedError);
            QCOMPARE(hangUp.requestCount(), 1);
        }
        {
            // Cut off in the middle of the body: the status is known, the answer is not whole.
            TestReceiver reset;
            QVERIFY(reset.listen());
            reset.setMode(TestReceiver::Mode::ResetMidResponse);
            reset.setResponseBody(QByteArray(1000, 'r'));
            const Sent reply = send(client, reset.url(), "{}");
            QVERIFY(finishes(reply));
            QCOMPARE(reply.got().status, 200);
            QCOMPARE(reply.got().error, QNetworkReply::RemoteHostClosedError);
        }
        {
            ScriptedReceiver garbage(
                [](QTcpSocket* socket, int, int) { socket->write("SSH-2.0-OpenSSH\r\n"); });
            QVERIFY(garbage.listen());
            const Sent reply = send(client, garbage.url(), "{}");
            QVERIFY(finishes(reply));
            QCOMPARE(reply.got().error, QNetworkReply::ProtocolFailure);
            QVERIFY2(reply.got().errorString.contains(QLatin1String("SSH-2.0")),
                     qPrintable(reply.got().errorString));
        }
        QCOMPARE(client.connectionCount(), 0);
    }

    void abortFinishesAtOnceAndDropsTheConnection()
    {
        TestReceiver silent;
        QVERIFY(silent.listen());
        silent.setMode(TestReceiver::Mode::NeverAnswer);
        Http1Client client;
        const Sent reply = send(client, silent.url(), "{}");
        QTRY_COMPARE(silent.requestCount(), 1);
        client.abort(reply.id);
        QVERIFY(reply.isFinished()); // at once
        QCOMPARE(reply.got().error, QNetworkReply::OperationCanceledError);
        QCOMPARE(client.connectionCount(), 0);
    }

    // send() hands the answer to a function once, never during send(); abort() ends it at once, as
    // a QNetworkReply's abort() does.
    void sendHandsOverTheAnswerOnceAndAbortEndsItAtOnce()
    {
        TestReceiver receiver;
        QVERIFY(answersCreated(receiver));
        Http1Client client;
        client.setBodyLimit(4);
        QList<Http1Client::Answer> answers;
        const auto keep = [&answers](Http1Client::Answer&& answer) { answers.append(std::move(answer)); };
        const quint64 first = client.send(QUrl(receiver.url(QStringLiteral("/hooks/c"))),
                                          {{"Event-Name", "invoice.paid"}}, QByteArrayLiteral("{}"), keep);
        QVERIFY(answers.isEmpty()); // never during send()
        QTRY_COMPARE(answers.size(), 1);
        QCOMPARE(answers.first().error, QNetworkReply::NoError);
        QCOMPARE(answers.first().status, 201);
        QCOMPARE(answers.first().reason, QByteArray("Created"));
        QCOMPARE(answers.first().body, QByteArray("{\"ok")); // the body limit
        bool run = false;
        for (const auto& [name, value] : answers.first().headers)
            run = run || (name.compare("x-run", Qt::CaseInsensitive) == 0 && value == "001");
        QVERIFY(run);
        QCOMPARE(receiver.requests().constFirst().header("Event-Name"), QByteArray("invoice.paid"));
        client.abort(first); // ended already: nothing happens
        QCOMPARE(answers.size(), 1);

        // Nothing listens: the failure comes later, in QNetworkAccessManager's words.
        TestReceiver gone;
        QVERIFY(gone.listen());
        const QUrl closed(gone.url());
        gone.close();
        client.send(closed, {}, QByteArrayLiteral("{}"), keep);
        QCOMPARE(answers.size(), 1);
        QTRY_COMPARE(answers.size(), 2);
        QCOMPARE(answers.last().error, QNetworkReply::ConnectionRefusedError);
        QCOMPARE(answers.last().errorString, QStringLiteral("Connection refused"));
        QCOMPARE(answers.last().status, 0);

        TestReceiver silent;
        QVERIFY(silent.listen());
        silent.setMode(TestReceiver::Mode::NeverAnswer);
        const quint64 hanging = client.send(QUrl(silent.url()), {}, QByteArrayLiteral("{}"), keep);
        QTRY_COMPARE(silent.requestCount(), 1);
        QCOMPARE(client.connectionCount(), 2); // the kept-alive one, and this one
        client.abort(hanging);
        QCOMPARE(answers.size(), 3);
        QCOMPARE(answers.last().error, QNetworkReply::OperationCanceledError);
        QCOMPARE(client.connectionCount(), 1);
        client.abort(hanging);
        QTest::qWait(50);
        QCOMPARE(answers.size(), 3);
    }

    void hostNamesAreLookedUpAndLargeBodiesGoOutWhole()
    {
        TestReceiver receiver;
        QVERIFY(answersCreated(receiver));
        Http1Client client;
        QList<Http1Client::Answer> answers;
        const auto keep = [&answers](Http1Client::Answer&& answer) { answers.append(std::move(answer)); };
        // "localhost" is a name to look up (the system may give ::1 before 127.0.0.1, where the
        // receiver listens: then the next address is tried).
        QUrl byName(receiver.url(QStringLiteral("/hooks/n")));
        byName.setHost(QStringLiteral("localhost"));
        client.send(byName, {}, QByteArrayLiteral("{\"n\":1}"), keep);
        QTRY_COMPARE(answers.size(), 1);
        QCOMPARE(answers.first().error, QNetworkReply::NoError);
        QCOMPARE(answers.first().status, 201);
        QCOMPARE(receiver.requests().constFirst().body, QByteArray("{\"n\":1}"));
        QCOMPARE(receiver.requests().constFirst().header("Host"),
                 QByteArray("localhost:") + QByteArray::number(receiver.port()));

        // Far more than a socket takes at once (about 4 MB here): the rest goes out as the
        // receiver reads, on a new connection and on one kept alive.
        const QByteArray large(8 * 1024 * 1024, 'x');
        for (int round = 0; round < 2; ++round) {
            client.send(QUrl(receiver.url(QStringLiteral("/hooks/large"))), {}, large, keep);
            QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 2 + round, 10000);
            QCOMPARE(answers.last().error, QNetworkReply::NoError);
            QCOMPARE(receiver.requests().constLast().body.size(), large.size());
            QVERIFY(receiver.requests().constLast().body == large);
        }
        QCOMPARE(client.connectionCount(), 2); // by name, and by address
    }

    void aNameIsReachedAtTheFirstOfItsAddressesThatAnswers()
    {
        // 127.0.0.2 refuses (nothing listens there), 127.0.0.3 never completes the handshake, and
        // the receiver listens on 127.0.0.1: the request reaches it once 127.0.0.3 has had its
        // time, without waiting for the request's own timeout.
        Unanswered hanging;
        QVERIFY(hanging.listen("127.0.0.3"));
        const auto answer = [](QTcpSocket* socket, int, int) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
        };
        ScriptedReceiver receiver(answer);
        QVERIFY(receiver.listen(QHostAddress(QHostAddress::LocalHost), hanging.port()));
        const QString url = QStringLiteral("http://receiver.test:%1/hook").arg(hanging.port());
        Http1Client client;
        client.setResolver(resolvingTo({"127.0.0.2", "127.0.0.3", "127.0.0.1"}));
        QElapsedTimer clock;
        clock.start();
        const Sent reached = send(client, url, "{}");
        QVERIFY(finishes(reached));
        QCOMPARE(reached.got().error, QNetworkReply::NoError);
        QCOMPARE(reached.got().status, 200);
        QVERIFY(clock.elapsed() >= Http1Client::kNextAddressDelayMs);
        QCOMPARE(receiver.requests, 1);

        // None answers: the last one's failure is the request's, in Qt's words.
        Http1Client refused;
        refused.setResolver(resolvingTo({"127.0.0.2", "127.0.0.4"}));
        const Sent failed = send(refused, url, "{}");
        QVERIFY(finishes(failed));
        QCOMPARE(failed.got().error, QNetworkReply::ConnectionRefusedError);
        QCOMPARE(failed.got().errorString, QStringLiteral("Connection refused"));
        // A name with no address.
        Http1Client unknown;
        unknown.setResolver(resolvingTo({}));
        const Sent notFound = send(unknown, url, "{}");
        QVERIFY(finishes(notFound));
        QCOMPARE(notFound.got().error, QNetworkReply::HostNotFoundError);
        QCOMPARE(notFound.got().errorString, QStringLiteral("Host receiver.test not found"));
    }

    void anAddressTriedEarlierThatConnectsFirstCarriesTheRequest()
    {
        // Neither 127.0.0.3 nor 127.0.0.4 completes the handshake at first; the next address is
        // tried beside the first, not instead of it. When 127.0.0.3 starts accepting, its
        // connection (made when the dropped handshake is sent again) carries the request.
        Unanswered first;
        QVERIFY(first.listen("127.0.0.3"));
        Unanswered second;
        QVERIFY(second.listen("127.0.0.4", first.port()));
        Http1Client client;
        client.setResolver(resolvingTo({"127.0.0.3", "127.0.0.4"}));
        const Sent sent =
            send(client, QStringLiteral("http://receiver.test:%1/hook").arg(first.port()), "{}");
        QTest::qWait(Http1Client::kNextAddressDelayMs + 150);
        QVERIFY(!sent.isFinished());
        ScriptedReceiver receiver(
            [](QTcpSocket* socket, int, int) { socket->write("HTTP/1.1 204 No Content\r\n\r\n"); });
        QVERIFY(receiver.takeOver(first.release()));
        QVERIFY(finishes(sent, 10000));
        QCOMPARE(sent.got().error, QNetworkReply::NoError);
        QCOMPARE(sent.got().status, 204);
        QCOMPARE(receiver.requests, 1);
        QCOMPARE(client.connectionCount(), 1);
    }

    void idleConnectionsAreClosedAfterTheIdleTimeout()
    {
        TestReceiver receiver;
        QVERIFY(receiver.listen());
        Http1Client client;
        client.setIdleTimeout(100);
        const Sent reply = send(client, receiver.url(), "{}");
        QVERIFY(finishes(reply));
        QCOMPARE(client.connectionCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(client.connectionCount(), 0, 2000);
    }

    void sendsOnlyWhatNeedsNoQtFeature()
    {
        QVERIFY(Http1Client::handles(QUrl(QStringLiteral("http://127.0.0.1:8080/h")), false));
        QVERIFY(!Http1Client::handles(QUrl(QStringLiteral("https://example.com/h")), false));
        QVERIFY(!Http1Client::handles(QUrl(QStringLiteral("http://user:pw@example.com/h")), false));
        QVERIFY(!Http1Client::handles(QUrl(QStringLiteral("http://127.0.0.1:8080/h")), true));
        // A proxy the application sets is honoured by leaving the request to Qt.
        QNetworkProxy::setApplicationProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), 3128));
        const bool handledThroughProxy =
            Http1Client::handles(QUrl(QStringLiteral("http://example.com/h")), false);
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        QVERIFY(!handledThroughProxy);
    }
};

QTEST_GUILESS_MAIN(TestHttp1Client)
#include "tst_http1client.moc"
