// SPDX-License-Identifier: GPL-3.0-or-later
#include "Http2TestReceiver.h"

#include "TlsTestReceiver.h"

#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <nghttp2/nghttp2.h>
#include <sys/socket.h>

namespace hookdesk::test {

struct Http2TestReceiver::Connection
{
    Http2TestReceiver* receiver = nullptr;
    QTcpSocket* socket = nullptr;
    nghttp2_session* session = nullptr;
    int number = 0;
    QHash<qint32, Request> streams; // requests still arriving
    int counted = 0;                // requests received whole
    qint32 lastStream = 0;          // after GOAWAY: the last stream that will be answered
    bool goingAway = false;
    int owed = 0;           // requests received whole and not yet answered
    bool receiving = false; // inside nghttp2_session_mem_recv: no sending from its callbacks
    bool closed = false;    // its answers are all out and its sending side shut: read and dropped
};

// nghttp2's callbacks, as plain functions with the connection as user data.
struct Http2Callbacks
{
    using Connection = Http2TestReceiver::Connection;

    static ssize_t send(nghttp2_session*, const uint8_t* data, size_t length, int, void* user)
    {
        auto* c = static_cast<Connection*>(user);
        c->socket->write(reinterpret_cast<const char*>(data), qint64(length));
        return ssize_t(length);
    }

    static int beginHeaders(nghttp2_session*, const nghttp2_frame* frame, void* user)
    {
        if (frame->hd.type == NGHTTP2_HEADERS && frame->headers.cat == NGHTTP2_HCAT_REQUEST) {
            auto* c = static_cast<Connection*>(user);
            c->streams.insert(frame->hd.stream_id, Http2TestReceiver::Request{});
            c->streams[frame->hd.stream_id].connection = c->number;
        }
        return 0;
    }

    static int header(nghttp2_session*, const nghttp2_frame* frame, const uint8_t* name, size_t nameLength,
                      const uint8_t* value, size_t valueLength, uint8_t, void* user)
    {
        auto* c = static_cast<Connection*>(user);
        const auto found = c->streams.find(frame->hd.stream_id);
        if (found == c->streams.end())
            return 0;
        const QByteArray n(reinterpret_cast<const char*>(name), qsizetype(nameLength));
        const QByteArray v(reinterpret_cast<const char*>(value), qsizetype(valueLength));
        if (n == ":method")
            found->method = v;
        else if (n == ":path")
            found->path = v;
        else if (!n.startsWith(':'))
            found->headers.append({n, v});
        return 0;
    }

    static int dataChunk(nghttp2_session*, uint8_t, int32_t stream, const uint8_t* data, size_t length,
                         void* user)
    {
        auto* c = static_cast<Connection*>(user);
        const auto found = c->streams.find(stream);
        if (found != c->streams.end())
            found->body.append(reinterpret_cast<const char*>(data), qsizetype(length));
        return 0;
    }

    static int frameReceived(nghttp2_session*, const nghttp2_frame* frame, void* user)
    {
        const bool ends = (frame->hd.flags & NGHTTP2_FLAG_END_STREAM) != 0;
        if (ends && (frame->hd.type == NGHTTP2_HEADERS || frame->hd.type == NGHTTP2_DATA)) {
            auto* c = static_cast<Connection*>(user);
            if (c->streams.contains(frame->hd.stream_id))
                c->receiver->requestComplete(*c, frame->hd.stream_id);
        }
        return 0;
    }

    static int streamClosed(nghttp2_session*, int32_t stream, uint32_t, void* user)
    {
        static_cast<Connection*>(user)->streams.remove(stream);
        return 0;
    }
};

QByteArray Http2TestReceiver::Request::header(const QByteArray& nameCaseInsensitive) const
{
    for (const auto& [name, value] : headers) {
        if (name.compare(nameCaseInsensitive, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

Http2TestReceiver::Http2TestReceiver(QObject* parent) : QObject(parent)
{
    m_answerTimer.setSingleShot(true);
    m_answerTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_answerTimer, &QTimer::timeout, this, &Http2TestReceiver::answerDue);
    m_clock.start();
}

Http2TestReceiver::~Http2TestReceiver()
{
    for (Connection* c : std::as_const(m_connections)) {
        nghttp2_session_del(c->session);
        c->socket->disconnect(this);
        delete c;
    }
}

void Http2TestReceiver::setTls(bool tls)
{
    m_tls = tls;
}

bool Http2TestReceiver::listen()
{
    if (m_tls) {
        auto server = std::make_unique<QSslServer>();
        QSslConfiguration configuration = TlsTestReceiver::serverConfiguration();
        configuration.setAllowedNextProtocols({QByteArrayLiteral("h2")});
        server->setSslConfiguration(configuration);
        // Handed over once the handshake is done.
        connect(server.get(), &QSslServer::pendingConnectionAvailable, this,
                &Http2TestReceiver::onNewConnection);
        m_server = std::move(server);
    } else {
        m_server = std::make_unique<QTcpServer>();
        connect(m_server.get(), &QTcpServer::newConnection, this, &Http2TestReceiver::onNewConnection);
    }
    // Many clients open their connections at once (a benchmark's 200 integrations).
    m_server->setListenBacklogSize(4096);
    m_server->setMaxPendingConnections(4096);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 Http2TestReceiver::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QString Http2TestReceiver::url(const QString& path) const
{
    return QStringLiteral("%1://127.0.0.1:%2%3")
        .arg(QLatin1String(m_tls ? "https" : "http"))
        .arg(port())
        .arg(path);
}

void Http2TestReceiver::setStatus(int code)
{
    m_status = code;
}

void Http2TestReceiver::setResponseDelay(int ms)
{
    m_delayMs = ms;
}

void Http2TestReceiver::setHoldUntil(int waiting)
{
    m_holdUntil = waiting;
}

void Http2TestReceiver::setNeverAnswer(bool never)
{
    m_neverAnswer = never;
}

void Http2TestReceiver::setRequestsPerConnection(int requests, int change)
{
    m_requestsPerConnection = requests;
    m_requestsPerConnectionChange = change;
}

void Http2TestReceiver::setRefuseAll(bool refuse)
{
    m_refuseAll = refuse;
}

void Http2TestReceiver::setMaxConcurrentStreams(int streams)
{
    m_maxStreams = streams;
}

void Http2TestReceiver::setKeepRequests(bool keep)
{
    m_keepRequests = keep;
}

QList<Http2TestReceiver::Request> Http2TestReceiver::requests() const
{
    return m_requests;
}

int Http2TestReceiver::requestCount() const
{
    return m_requestCount;
}

int Http2TestReceiver::goAwayCount() const
{
    return m_goAwayCount;
}

int Http2TestReceiver::connectionCount() const
{
    return m_connectionCount;
}

int Http2TestReceiver::mostWaitingAtOnce() const
{
    return m_mostWaiting;
}

void Http2TestReceiver::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        // Answers go out as soon as they are written (TCP_NODELAY), as servers for many small
        // requests do.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        auto* c = new Connection;
        c->receiver = this;
        c->socket = socket;
        c->number = ++m_connectionCount;
        nghttp2_session_callbacks* callbacks = nullptr;
        nghttp2_session_callbacks_new(&callbacks);
        nghttp2_session_callbacks_set_send_callback(callbacks, &Http2Callbacks::send);
        nghttp2_session_callbacks_set_on_begin_headers_callback(callbacks, &Http2Callbacks::beginHeaders);
        nghttp2_session_callbacks_set_on_header_callback(callbacks, &Http2Callbacks::header);
        nghttp2_session_callbacks_set_on_data_chunk_recv_callback(callbacks, &Http2Callbacks::dataChunk);
        nghttp2_session_callbacks_set_on_frame_recv_callback(callbacks, &Http2Callbacks::frameReceived);
        nghttp2_session_callbacks_set_on_stream_close_callback(callbacks, &Http2Callbacks::streamClosed);
        nghttp2_session_server_new(&c->session, callbacks, c);
        nghttp2_session_callbacks_del(callbacks);
        const nghttp2_settings_entry settings[] = {
            {NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS, uint32_t(m_maxStreams)}};
        nghttp2_submit_settings(c->session, NGHTTP2_FLAG_NONE, settings, 1);
        if (m_refuseAll) {
            c->goingAway = true;
            c->lastStream = 0;
            ++m_goAwayCount;
            nghttp2_submit_goaway(c->session, NGHTTP2_FLAG_NONE, 0, NGHTTP2_NO_ERROR, nullptr, 0);
        }
        m_connections.insert(socket, c);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket]() { drop(socket); });
        flush(*c);
    }
}

void Http2TestReceiver::onReadyRead(QTcpSocket* socket)
{
    Connection* c = m_connections.value(socket);
    if (!c)
        return;
    const QByteArray data = socket->readAll();
    if (c->closed)
        return;
    // Acknowledge at once. Qt 6.4's HTTP/2 sender holds a request's later frames until the
    // earlier ones are acknowledged, and a receiver waiting for the body before it answers would
    // otherwise acknowledge only after its delayed-ACK timer (40 ms on Linux), per request.
    const int one = 1;
    setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
    c->receiving = true;
    const auto read = nghttp2_session_mem_recv(c->session, reinterpret_cast<const uint8_t*>(data.constData()),
                                               size_t(data.size()));
    c->receiving = false;
    if (read < 0) {
        socket->abort(); // not HTTP/2: nothing sensible can be said back
        return;
    }
    sendAndMaybeClose(*c);
}

void Http2TestReceiver::requestComplete(Connection& c, qint32 stream)
{
    if (c.goingAway && stream > c.lastStream)
        return; // refused by the GOAWAY: never processed, never answered
    Request request = c.streams.value(stream);
    ++m_requestCount;
    ++c.counted;
    ++c.owed;
    if (m_keepRequests)
        m_requests.append(request);
    const int allowed =
        m_requestsPerConnection > 0
            ? qMax(1, m_requestsPerConnection + m_requestsPerConnectionChange * (c.number - 1))
            : 0;
    if (allowed > 0 && c.counted == allowed && !c.goingAway) {
        c.goingAway = true;
        c.lastStream = stream;
        ++m_goAwayCount;
        nghttp2_submit_goaway(c.session, NGHTTP2_FLAG_NONE, stream, NGHTTP2_NO_ERROR, nullptr, 0);
    }
    m_mostWaiting = qMax(m_mostWaiting, ++m_waiting);
    Q_EMIT requestReceived();
    if (m_neverAnswer)
        return;
    m_due.push_back({m_clock.elapsed() + m_delayMs, c.socket, stream});
    if (m_holdUntil > 0) {
        if (m_waiting >= m_holdUntil) {
            for (Pending& pending : m_due)
                pending.due = 0;
            answerDue();
        }
        return;
    }
    if (m_delayMs == 0)
        answerDue();
    else if (!m_answerTimer.isActive())
        m_answerTimer.start(m_delayMs);
}

void Http2TestReceiver::answerDue()
{
    const qint64 now = m_clock.elapsed();
    while (!m_due.empty() && m_due.front().due <= now) {
        const Pending pending = m_due.front();
        m_due.pop_front();
        if (pending.socket)
            answer(pending.socket, pending.stream);
    }
    if (!m_due.empty() && m_holdUntil == 0)
        m_answerTimer.start(int(m_due.front().due - now));
}

void Http2TestReceiver::answer(QTcpSocket* socket, qint32 stream)
{
    Connection* c = m_connections.value(socket);
    if (!c)
        return;
    --m_waiting;
    --c->owed;
    const QByteArray status = QByteArray::number(m_status);
    nghttp2_nv field{reinterpret_cast<uint8_t*>(const_cast<char*>(":status")),
                     reinterpret_cast<uint8_t*>(const_cast<char*>(status.constData())), 7,
                     size_t(status.size()), NGHTTP2_NV_FLAG_NONE};
    nghttp2_submit_response(c->session, stream, &field, 1, nullptr);
    // Inside nghttp2's reading (an answer given at once) the frames go out when it is done.
    if (!c->receiving)
        sendAndMaybeClose(*c);
}

void Http2TestReceiver::sendAndMaybeClose(Connection& c)
{
    if (!flush(c))
        return;
    // Like nginx after its last request on a connection: finish every stream up to the last
    // one it named (some may still be receiving their body), then close.
    if (!c.goingAway || c.owed > 0)
        return;
    for (auto it = c.streams.cbegin(); it != c.streams.cend(); ++it) {
        if (it.key() <= c.lastStream)
            return;
    }
    lingeringClose(c);
}

void Http2TestReceiver::lingeringClose(Connection& c)
{
    if (c.closed)
        return;
    c.closed = true;
    // As nginx closes: the answers first, then only the sending side (FIN), and what the client
    // still sends (streams opened before it read the GOAWAY) read and dropped until it closes.
    // Closing outright with its data unread would answer it with a reset, and a reset makes the
    // client's system drop the answers and the GOAWAY not read yet.
    QTcpSocket* socket = c.socket;
    auto shut = [socket]() {
        ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
        QTimer::singleShot(5000, socket, [socket]() { socket->abort(); });
    };
    socket->flush();
    if (socket->bytesToWrite() == 0) {
        shut();
        return;
    }
    auto* waiting = new QObject(socket);
    connect(socket, &QTcpSocket::bytesWritten, waiting, [socket, waiting, shut]() {
        if (socket->bytesToWrite() > 0 || waiting->property("done").toBool())
            return;
        waiting->setProperty("done", true);
        waiting->deleteLater();
        shut();
    });
}

bool Http2TestReceiver::flush(Connection& c)
{
    if (nghttp2_session_send(c.session) == 0)
        return true;
    c.socket->abort(); // drops the connection: `c` is gone after this
    return false;
}

void Http2TestReceiver::drop(QTcpSocket* socket)
{
    Connection* c = m_connections.take(socket);
    if (c) {
        m_waiting -= c->owed;
        nghttp2_session_del(c->session);
        delete c;
    }
    socket->deleteLater();
}

} // namespace hookdesk::test
