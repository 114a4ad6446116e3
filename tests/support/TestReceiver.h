// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QTcpServer>

class QTcpSocket;

namespace hookdesk::test {

// A real HTTP/1.1 receiver on 127.0.0.1 for tests. Built on QTcpServer rather than QHttpServer
// so a test can make it misbehave the way real receivers do: never answer, hang up, answer late.
class TestReceiver : public QObject
{
    Q_OBJECT

public:
    enum class Mode
    {
        Answer,             // answer every request with the configured status, headers and body
        NeverAnswer,        // read the request and keep the connection open without a word
        CloseWithoutAnswer, // read the request and hang up
        ResetMidResponse,   // send the status line, headers and half the body, then reset the connection
        SlowDrip            // send the headers, then the body one byte per response delay
    };

    struct Request
    {
        QByteArray method;
        QByteArray path;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        bool signatureValid = false; // only meaningful when a signing secret is set

        QByteArray header(const QByteArray& nameCaseInsensitive) const;
    };

    explicit TestReceiver(QObject* parent = nullptr);
    ~TestReceiver() override;

    bool listen(quint16 port = 0);
    quint16 port() const;
    QString url(const QString& path = QStringLiteral("/")) const;
    // Stops listening and drops open connections, so that later requests are refused even by
    // a client that would otherwise reuse a kept-alive connection.
    void close();

    void setStatus(int code);
    void setResponseBody(const QByteArray& body);
    void setResponseHeader(const QByteArray& name, const QByteArray& value);
    void setMode(Mode mode);
    // Time between reading a request and answering it, for tests of timeouts and concurrency.
    void setResponseDelay(int ms);
    void setSigningSecret(const QString& secret);
    // Answers every request with Connection: close and hangs up, as some receivers do.
    void setCloseAfterEachAnswer(bool close);
    // TCP connections accepted since listen().
    int connectionCount() const;

    QList<Request> requests() const;
    int requestCount() const;
    void clearRequests();
    bool lastSignatureValid() const;

signals:
    void requestReceived();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void handle(QTcpSocket* socket, const Request& request, bool closeAfter);
    void answer(QTcpSocket* socket, bool closeAfter);
    QByteArray head(bool closeAfter) const;
    void drip(QTcpSocket* socket, int sent);

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QList<Request> m_requests;
    QList<QPair<QByteArray, QByteArray>> m_responseHeaders;
    QByteArray m_responseBody;
    QString m_signingSecret;
    int m_status = 200;
    int m_delayMs = 0;
    int m_connections = 0;
    bool m_closeAfterEach = false;
    Mode m_mode = Mode::Answer;
};

} // namespace hookdesk::test
