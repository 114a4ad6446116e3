// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestReceiver.h"

#include "delivery/Signer.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

namespace hookdesk::test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 410:
        return "Gone";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

// Statuses that by HTTP/1.1 carry neither body nor Content-Length.
bool statusHasBody(int status)
{
    return !(status < 200 || status == 204 || status == 304);
}

// Decodes a chunked body starting at pos. False while the body has not fully arrived.
bool decodeChunked(const QByteArray& buffer, qsizetype pos, QByteArray* body, qsizetype* end)
{
    QByteArray decoded;
    for (;;) {
        const qsizetype lineEnd = buffer.indexOf("\r\n", pos);
        if (lineEnd < 0)
            return false;
        bool ok = false;
        const qsizetype size =
            buffer.mid(pos, lineEnd - pos).split(';').first().trimmed().toLongLong(&ok, 16);
        pos = lineEnd + 2;
        if (!ok || size <= 0) {
            // Skip trailers up to the empty line that ends the message.
            for (;;) {
                const qsizetype trailerEnd = buffer.indexOf("\r\n", pos);
                if (trailerEnd < 0)
                    return false;
                const bool last = trailerEnd == pos;
                pos = trailerEnd + 2;
                if (last) {
                    *body = decoded;
                    *end = pos;
                    return true;
                }
            }
        }
        if (buffer.size() < pos + size + 2)
            return false;
        decoded.append(buffer.mid(pos, size));
        pos += size + 2;
    }
}

} // namespace

QByteArray TestReceiver::Request::header(const QByteArray& nameCaseInsensitive) const
{
    for (const auto& h : headers) {
        if (h.first.compare(nameCaseInsensitive, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return QByteArray();
}

TestReceiver::TestReceiver(QObject* parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TestReceiver::onNewConnection);
}

TestReceiver::~TestReceiver()
{
    const auto sockets = m_buffers.keys();
    m_buffers.clear();
    for (QTcpSocket* socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        delete socket;
    }
}

bool TestReceiver::listen(quint16 port)
{
    // Room for many connections opened at once, like any server meant for many clients: Qt's
    // defaults (a backlog of 50, 30 pending) drop the SYNs beyond those, and each dropped one
    // costs its client a second or more before it tries again.
    m_server.setListenBacklogSize(4096);
    m_server.setMaxPendingConnections(4096);
    return m_server.listen(QHostAddress::LocalHost, port);
}

quint16 TestReceiver::port() const
{
    return m_server.serverPort();
}

QString TestReceiver::url(const QString& path) const
{
    const QString p = path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path;
    return QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(p);
}

void TestReceiver::close()
{
    m_server.close();
    const auto sockets = m_buffers.keys();
    for (QTcpSocket* socket : sockets) {
        socket->abort();
        if (m_buffers.remove(socket))
            socket->deleteLater();
    }
}

void TestReceiver::setStatus(int code)
{
    m_status = code;
}

void TestReceiver::setResponseBody(const QByteArray& body)
{
    m_responseBody = body;
}

void TestReceiver::setResponseHeader(const QByteArray& name, const QByteArray& value)
{
    for (auto& h : m_responseHeaders) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    m_responseHeaders.append({name, value});
}

void TestReceiver::setMode(Mode mode)
{
    m_mode = mode;
}

void TestReceiver::setResponseDelay(int ms)
{
    m_delayMs = ms;
}

void TestReceiver::setSigningSecret(const QString& secret)
{
    m_signingSecret = secret;
}

QList<TestReceiver::Request> TestReceiver::requests() const
{
    return m_requests;
}

int TestReceiver::requestCount() const
{
    return static_cast<int>(m_requests.size());
}

void TestReceiver::setCloseAfterEachAnswer(bool close)
{
    m_closeAfterEach = close;
}

int TestReceiver::connectionCount() const
{
    return m_connections;
}

void TestReceiver::clearRequests()
{
    m_requests.clear();
}

bool TestReceiver::lastSignatureValid() const
{
    return !m_requests.isEmpty() && m_requests.constLast().signatureValid;
}

void TestReceiver::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        ++m_connections;
        m_buffers.insert(socket, QByteArray());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            if (m_buffers.remove(socket))
                socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void TestReceiver::onReadyRead(QTcpSocket* socket)
{
    auto it = m_buffers.find(socket);
    if (it == m_buffers.end())
        return;
    it->append(socket->readAll());

    for (;;) {
        it = m_buffers.find(socket);
        if (it == m_buffers.end())
            return; // the previous request closed the connection
        const QByteArray& buffer = *it;
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;

        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        Request request;
        request.method = requestLine.value(0);
        request.path = requestLine.value(1);
        const QByteArray version = requestLine.value(2);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }

        qsizetype consumed = headerEnd + 4;
        if (request.header("Transfer-Encoding").toLower().contains("chunked")) {
            if (!decodeChunked(buffer, consumed, &request.body, &consumed))
                return;
        } else {
            const qsizetype length = request.header("Content-Length").toLongLong();
            if (buffer.size() < consumed + length)
                return;
            request.body = buffer.mid(consumed, length);
            consumed += length;
        }
        it->remove(0, consumed);

        const QByteArray connection = request.header("Connection").toLower();
        const bool closeAfter = m_closeAfterEach || connection.contains("close") ||
                                (version == "HTTP/1.0" && !connection.contains("keep-alive"));
        handle(socket, request, closeAfter);
    }
}

void TestReceiver::handle(QTcpSocket* socket, const Request& received, bool closeAfter)
{
    Request request = received;
    if (!m_signingSecret.isEmpty()) {
        request.signatureValid =
            Signer::verify(m_signingSecret, QString::fromUtf8(request.header("webhook-id")),
                           request.header("webhook-timestamp").toLongLong(), request.body,
                           QString::fromLatin1(request.header("webhook-signature")));
    }
    m_requests.append(request);

    switch (m_mode) {
    case Mode::Answer:
        if (m_delayMs > 0)
            QTimer::singleShot(m_delayMs, socket, [this, socket, closeAfter] { answer(socket, closeAfter); });
        else
            answer(socket, closeAfter);
        break;
    case Mode::NeverAnswer:
        break;
    case Mode::CloseWithoutAnswer:
        socket->abort();
        if (m_buffers.remove(socket))
            socket->deleteLater();
        break;
    case Mode::ResetMidResponse:
        socket->write(head(false) + m_responseBody.left(m_responseBody.size() / 2));
        socket->flush();
        // Abort after the bytes are on their way: the client sees a 2xx that never completes.
        QTimer::singleShot(50, socket, [this, socket]() {
            socket->abort();
            if (m_buffers.remove(socket))
                socket->deleteLater();
        });
        break;
    case Mode::SlowDrip:
        socket->write(head(false));
        drip(socket, 0);
        break;
    }
    // Emitted last so a test reacting to it sees the request recorded and the answer on its way.
    emit requestReceived();
}

void TestReceiver::answer(QTcpSocket* socket, bool closeAfter)
{
    if (!m_buffers.contains(socket))
        return;
    QByteArray response = head(closeAfter);
    if (statusHasBody(m_status))
        response += m_responseBody;
    socket->write(response);
    if (closeAfter)
        socket->disconnectFromHost();
}

QByteArray TestReceiver::head(bool closeAfter) const
{
    QByteArray response = "HTTP/1.1 " + QByteArray::number(m_status) + ' ' + reasonPhrase(m_status) + "\r\n";
    for (const auto& h : m_responseHeaders)
        response += h.first + ": " + h.second + "\r\n";
    if (statusHasBody(m_status))
        response += "Content-Length: " + QByteArray::number(m_responseBody.size()) + "\r\n";
    if (closeAfter)
        response += "Connection: close\r\n";
    response += "\r\n";
    return response;
}

void TestReceiver::drip(QTcpSocket* socket, int sent)
{
    if (!m_buffers.contains(socket) || sent >= m_responseBody.size())
        return;
    socket->write(m_responseBody.mid(sent, 1));
    QTimer::singleShot(qMax(1, m_delayMs), socket, [this, socket, sent]() { drip(socket, sent + 1); });
}

} // namespace hookdesk::test
