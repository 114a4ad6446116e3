// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QNetworkReply>
#include <QObject>
#include <QTimer>
#include <functional>
#include <vector>

namespace hookdesk {

// Sends POST requests over plain http in HTTP/1.1, on connections it keeps alive per receiver
// (host and port): one request at a time on each, as many connections as requests in flight.
// send() hands each answer to a function, never during the call, with what QNetworkAccessManager's
// reply would show for the same answer or failure (status, reason, headers, body, the same errors
// and words), but no QNetworkReply: making, filling and destroying one per delivery was about a
// sixth of the dispatcher's thread with 1,600 requests in flight.
//
// Why not QNetworkAccessManager for these: Qt 6.4's HTTP/1.1 client reads an answer's status
// line and headers one read() call per byte on plain http and hands every request between two
// threads. Against nginx on a two-core machine it takes about 340 us of CPU per request; this
// client, about a tenth of that (bench_delivery). QNetworkAccessManager still sends over https
// (certificates, ALPN), HTTP/2, and whenever a proxy is configured.
//
// Its connections are the system's sockets in one epoll set, which Qt's event loop watches as a
// single socket: with a QTcpSocket each, every turn of the loop asked the kernel about every
// connection (poll()), busy or not, and with 1,600 connections open that was about a sixth of the
// dispatcher's thread; epoll names only those with something to read or write. Linux only.
class Http1Client : public QObject
{
    Q_OBJECT
public:
    explicit Http1Client(QObject* parent = nullptr);
    ~Http1Client() override;

    // Whether this client can send a request to `url`, to be sent in HTTP/2 when `http2`: plain
    // http, HTTP/1.1, no user name in the URL, and no proxy for it.
    static bool handles(const QUrl& url, bool http2);

    // The most bytes of an answer's body a call keeps; the rest is read and dropped,
    // so that the connection can carry the next request. Unlimited (-1) by default.
    void setBodyLimit(qint64 bytes) { m_bodyLimit = bytes; }
    // How long a connection may wait unused before it is closed; 30 s by default, less when the
    // receiver says it keeps connections for less (Keep-Alive: timeout=N).
    void setIdleTimeout(int ms);

    // An answer to send(): what QNetworkAccessManager's reply would show, without the reply.
    struct Answer
    {
        int status = 0; // 0 when no status line arrived
        QByteArray reason;
        QList<QPair<QByteArray, QByteArray>> headers; // repeated ones joined with commas
        QByteArray body;                              // up to the body limit
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QString errorString; // as the reply's errorString()
    };
    using AnswerHandler = std::function<void(Answer&&)>;
    // Sends `body` to `url` (Content-Length added if missing). The headers go out as
    // QNetworkRequest::setRawHeader() would keep them, one by one (a later header replaces an earlier one of
    // the same name; a null value removes it). `done` gets the answer, or the failure, once, later (never
    // during this call). Returns the number abort() takes.
    quint64 send(const QUrl& url, const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& body,
                 AnswerHandler done);
    // The call ends at once, with OperationCanceledError and no body, as a reply's abort() ends it;
    // nothing when it has ended already.
    void abort(quint64 callId);

    // Connections open now, busy or idle.
    int connectionCount() const { return int(m_connections.size()); }

    // A host name's addresses, handed to `found` (none when the name is unknown), later.
    using Resolver =
        std::function<void(const QString& host, std::function<void(const QList<QHostAddress>&)> found)>;
    // How host names are looked up: QHostInfo by default, as QTcpSocket looks them up.
    void setResolver(Resolver resolver) { m_resolver = std::move(resolver); }
    // When a host name has several addresses and the connection to one is not made within this
    // time, the next is tried beside it, and the first to connect carries the request (as Happy
    // Eyeballs, RFC 8305, and QNetworkAccessManager do for a name with IPv6 and IPv4 addresses).
    static constexpr int kNextAddressDelayMs = 250;

private:
    class Call;
    struct Connection;
    friend class Call;

    static QByteArray requestBytes(const QUrl& url, const QList<QPair<QByteArray, QByteArray>>& headers,
                                   const QByteArray& body);
    // Sends the request on a kept-alive connection to its receiver, or on a new one.
    void start(Call* call, bool freshConnection);
    // Gives the connection its socket, connecting to the URL's host (looked up first when it is a
    // name) and port.
    void open(Connection* c, const QUrl& url);
    // Connects to the connection's next address; the last one's failure fails the connection,
    // unless an earlier address is still being tried (`slower`).
    void connectNext(Connection* c);
    // The addresses of a host name arrived (none: not found).
    void lookedUp(quint64 lookup, const QString& host, const QList<QHostAddress>& addresses);
    // The slower attempt becomes the connection's socket again, still connecting; false when none.
    bool takeSlower(Connection* c);
    // The handshake is done: the socket carries the request, any other attempt goes.
    void connectedNow(Connection* c);
    // Connections whose handshake has taken kNextAddressDelayMs try their next address beside it.
    void tryNextAddresses();
    // The slower attempt of `c` finished its handshake (or failed, with `events`).
    void onSlowerEvent(Connection* c, quint32 events);
    // epoll_ctl() of `fd`, one of the connection's sockets (`fd` or `slower`), for `events`.
    int control(int operation, Connection* c, int fd, quint32 events);
    // Watches the connection's socket for reading, and for writing when `out`.
    void watch(Connection* c, bool out);
    // What the epoll set reports.
    void onEvents();
    void onEvent(Connection* c, quint32 events);
    // Writes what the socket takes of the request; false when the connection failed meanwhile.
    bool flushOut(Connection* c);
    // The connection to its current address was refused or failed with `error`: the next address,
    // if there is one, else the request fails.
    void connectionFailed(Connection* c, int error);
    // Reads what the socket holds: data first, then an end or an error.
    void readAvailable(Connection* c, bool toTheEnd);
    void onReadyRead(Connection* c);
    // The connection ended: closed by the receiver (`error` 0 or a reset) or failed with the
    // system's `error`.
    void onSocketError(Connection* c, int error);
    // Reads as much of the current answer as has arrived.
    void parse(Connection* c);
    // The current answer is complete: the call ends, the connection waits for the next.
    void complete(Connection* c);
    // The connection cannot go on: its call, if any, fails with `error` (unless it can be sent
    // again), and the connection goes.
    void fail(Connection* c, QNetworkReply::NetworkError error, const QString& message);
    void abandon(Call* call);
    // Hands the call's answer to its function and forgets the call.
    void endCall(Call* call, QNetworkReply::NetworkError error, const QString& message);
    // Closes it and forgets it; it is deleted later (deleteDropped()), and `dropped` says so meanwhile.
    void drop(Connection* c);
    void deleteDropped();
    // Unused for longer than this client or its receiver keeps a connection open.
    bool idleTooLong(const Connection* c, qint64 now) const;
    void closeIdle();

    qint64 m_bodyLimit = -1;
    int m_idleTimeoutMs = 30000;
    std::vector<Connection*> m_connections;
    QHash<quint64, Call*> m_calls; // send()'s calls not ended yet
    quint64 m_lastCallId = 0;
    QHash<QString, std::vector<Connection*>> m_idle; // by receiver ("host:port"), last used last
    int m_epoll = -1;
    int m_epollError = 0;                  // why m_epoll could not be made, if it could not
    QHash<quint64, Connection*> m_lookups; // host name look-ups on their way, by their own number
    quint64 m_lastLookup = 0;
    QList<Connection*> m_dropped;
    QTimer m_idleTimer;
    QTimer m_nextAddressTimer; // tryNextAddresses()
    Resolver m_resolver;
    bool m_posting = false; // within send(): failures wait for the event loop
    QElapsedTimer m_clock;
};

} // namespace hookdesk
