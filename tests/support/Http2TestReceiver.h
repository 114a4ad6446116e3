// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>
#include <deque>
#include <memory>

class QTcpSocket;

namespace hookdesk::test {

// A real HTTP/2 receiver on 127.0.0.1, built on nghttp2's server session over QTcpServer: without
// TLS ("h2c", prior knowledge) or, after setTls(), over HTTPS with ALPN. It can hold its answers, answer
// late, and close a connection after a number of requests the way nginx does (GOAWAY naming the last stream
// it processed). It lives on the thread that creates it.
class Http2TestReceiver : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QList<QPair<QByteArray, QByteArray>> headers; // without the pseudo-headers
        QByteArray body;
        int connection = 0; // 1 for the first connection accepted, 2 for the next, …

        QByteArray header(const QByteArray& nameCaseInsensitive) const;
    };

    explicit Http2TestReceiver(QObject* parent = nullptr);
    ~Http2TestReceiver() override;

    // HTTPS with "h2" offered by ALPN (the certificate of TlsTestReceiver), instead of h2c. Before
    // listen().
    void setTls(bool tls);
    bool listen();
    quint16 port() const;
    QString url(const QString& path = QStringLiteral("/")) const;

    void setStatus(int code);
    // Time between a request's end and its answer; requests are answered in arrival order.
    void setResponseDelay(int ms);
    // Answers nothing until this many requests wait at once, then everything waiting.
    void setHoldUntil(int waiting);
    void setNeverAnswer(bool never);
    // After this many requests on one connection, GOAWAY: streams the client opened after the
    // last one counted are refused unprocessed, and the connection closes once the rest are
    // answered. 0: never (the default).
    // With `change`, `requests` is the first connection's share and each later one allows
    // `change` more (below 0, fewer), never below 1.
    void setRequestsPerConnection(int requests, int change = 0);
    // GOAWAY on every connection before its first request, as a server shutting down does: every
    // stream is refused unprocessed.
    void setRefuseAll(bool refuse);
    // Advertised in SETTINGS; the client must not open more streams at once.
    void setMaxConcurrentStreams(int streams);
    // Keep only the count of requests, not their contents (for benchmarks).
    void setKeepRequests(bool keep);

    QList<Request> requests() const;
    int requestCount() const;
    int connectionCount() const;
    // Connections it has closed with GOAWAY after setRequestsPerConnection()'s count.
    int goAwayCount() const;
    int mostWaitingAtOnce() const;

signals:
    void requestReceived();

private:
    struct Connection;
    struct Pending
    {
        qint64 due;
        QPointer<QTcpSocket> socket;
        qint32 stream;
    };
    friend struct Http2Callbacks;

    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void requestComplete(Connection& connection, qint32 stream);
    void answer(QTcpSocket* socket, qint32 stream);
    void answerDue();
    bool flush(Connection& connection);
    void sendAndMaybeClose(Connection& connection);
    void lingeringClose(Connection& connection);
    void drop(QTcpSocket* socket);

    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    QHash<QTcpSocket*, Connection*> m_connections;
    QList<Request> m_requests;
    int m_requestCount = 0;
    int m_connectionCount = 0;
    int m_waiting = 0;
    int m_mostWaiting = 0;
    int m_status = 204;
    int m_delayMs = 0;
    int m_holdUntil = 0;
    bool m_neverAnswer = false;
    int m_requestsPerConnection = 0;
    int m_requestsPerConnectionChange = 0;
    int m_goAwayCount = 0;
    bool m_refuseAll = false;
    int m_maxStreams = 128;
    bool m_keepRequests = true;
    QElapsedTimer m_clock;
    QTimer m_answerTimer;
    std::deque<Pending> m_due;
};

} // namespace hookdesk::test
