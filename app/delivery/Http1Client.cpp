// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/Http1Client.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QNetworkInterface>
#include <QNetworkProxy>
#include <QPointer>
#include <QSocketNotifier>
#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <utility>

namespace hookdesk {

namespace {

// An answer's status line and header lines are at most this long each, and its head this long in
// all: more is not an HTTP answer meant for a client, and reading on would only take memory.
constexpr qsizetype kMaxLine = 64 * 1024;
constexpr qsizetype kMaxHead = 256 * 1024;

QString receiverOf(const QUrl& url)
{
    return url.host() + QLatin1Char(':') + QString::number(url.port(80));
}

bool sameName(const QByteArray& a, const char* b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// Whether a comma-separated header value names `token`, in any case.
bool hasToken(const QByteArray& value, const char* token)
{
    for (const QByteArray& part : value.split(','))
        if (sameName(part.trimmed(), token))
            return true;
    return false;
}

// Events taken from the epoll set at a time.
constexpr int kEventsPerTurn = 256;
// Bytes read from a socket at a time.
constexpr size_t kReadChunk = 64 * 1024;
// In an epoll event's data, beside the connection: the event is its slower attempt's.
constexpr quint64 kSlowerTag = 1;

// Repeated headers joined with commas, as QNetworkAccessManager joins them.
QList<QPair<QByteArray, QByteArray>> joinRepeated(const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QList<QPair<QByteArray, QByteArray>> joined;
    joined.reserve(headers.size());
    for (const auto& [name, value] : headers) {
        const auto same = std::find_if(joined.begin(), joined.end(), [&name = name](const auto& h) {
            return h.first.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (same == joined.end())
            joined.append({name, value});
        else
            same->second += ", " + value;
    }
    return joined;
}

} // namespace

// One request of send() on its way, and its answer as it arrives: handed to a function, with no
// QObject in between.
class Http1Client::Call
{
public:
    Call(Http1Client* owner, quint64 callId, QUrl url, QByteArray bytes, AnswerHandler handler)
        : target(std::move(url)), requestBytes(std::move(bytes)), client(owner), id(callId),
          done(std::move(handler))
    {}
    Call(const Call&) = delete;
    Call& operator=(const Call&) = delete;

    // The status line and headers arrived.
    void head(int status, const QByteArray& reason, const QList<QPair<QByteArray, QByteArray>>& headers)
    {
        answer.status = status;
        answer.reason = reason;
        answer.headers = joinRepeated(headers);
    }
    // Body bytes arrived; those beyond `limit` in all (when not -1) are dropped.
    void appendBody(const char* data, qint64 size, qint64 limit)
    {
        if (limit >= 0)
            size = qMin(size, qMax<qint64>(0, limit - answer.body.size()));
        if (size > 0)
            answer.body.append(data, size);
    }
    // The answer is complete. Last: this is gone afterwards.
    void succeed() { client->endCall(this, QNetworkReply::NoError, {}); }
    void failWith(QNetworkReply::NetworkError code, const QString& message)
    {
        client->endCall(this, code, message);
    }
    // failWith() once the event loop is back: a failure during send().
    void failLater(QNetworkReply::NetworkError code, const QString& message)
    {
        QMetaObject::invokeMethod(
            client,
            [client = client, callId = id, code, message]() {
                if (Call* call = client->m_calls.value(callId))
                    call->failWith(code, message);
            },
            Qt::QueuedConnection);
    }

    const QUrl target;
    const QByteArray requestBytes;
    Connection* connection = nullptr;
    bool sentAgain = false; // once, on a new connection, after a kept-alive one closed unanswered
    Http1Client* client;
    const quint64 id;
    Answer answer;
    AnswerHandler done;
};

struct Http1Client::Connection
{
    enum class State
    {
        Idle,       // no request on it
        StatusLine, // a request sent, its answer's status line awaited
        Headers,
        Body,      // `remaining` bytes of a Content-Length body
        ChunkSize, // chunked: the next chunk's size line
        ChunkData, // `remaining` bytes of the chunk
        ChunkEnd,  // the CRLF after a chunk
        Trailers,  // after the last chunk, until an empty line
        UntilClose // no length given: the body ends when the receiver closes
    };
    QString receiver;
    int fd = -1;            // the socket, once there is one
    bool connected = false; // the receiver accepted it
    bool ended = false;     // closed by the receiver, or failed
    bool watchingOut = false;
    QByteArray out; // what the socket has not taken yet of the request
    qsizetype outPos = 0;
    QList<QHostAddress> addresses; // the receiver's, tried in turn
    qsizetype nextAddress = 0;
    quint16 port = 0;
    quint64 lookup = 0;          // the host name look-up on its way, if any (m_lookups)
    int slower = -1;             // an earlier address's socket, still connecting beside `fd`
    qint64 nextAddressAtMs = -1; // when the next address is tried beside this one (m_clock)
    Call* call = nullptr;        // the request on it, if any
    State state = State::Idle;
    QByteArray buffer;
    qsizetype pos = 0; // of `buffer`, read up to here
    qint64 remaining = 0;
    bool answeredBefore = false; // kept alive after an answer, so the receiver may close it any time
    bool heardBack = false;      // some of the current answer has arrived
    bool keepAlive = true;
    int status = 0;
    QByteArray reason;
    QList<QPair<QByteArray, QByteArray>> headers;
    qsizetype headBytes = 0;
    qint64 idleSinceMs = 0;
    // How long the receiver said it keeps the connection open unused (Keep-Alive: timeout=N),
    // less a margin; -1 when it did not say.
    qint64 receiverIdleMs = -1;
    bool dropped = false; // closed, and deleted once the event loop is back (drop())

    // The next line of `buffer`, without its CRLF; false when none is complete yet.
    bool takeLine(QByteArray* line)
    {
        const qsizetype end = buffer.indexOf('\n', pos);
        if (end < 0)
            return false;
        qsizetype stop = end;
        if (stop > pos && buffer.at(stop - 1) == '\r')
            --stop;
        *line = buffer.mid(pos, stop - pos);
        pos = end + 1;
        return true;
    }
};

Http1Client::Http1Client(QObject* parent) : QObject(parent)
{
    static_assert(alignof(Connection) > kSlowerTag, "kSlowerTag needs a bit no connection's address has");
    m_epoll = ::epoll_create1(EPOLL_CLOEXEC);
    if (m_epoll < 0) {
        m_epollError = errno; // every request fails with it (connectNext())
    } else {
        auto* notifier = new QSocketNotifier(m_epoll, QSocketNotifier::Read, this);
        connect(notifier, &QSocketNotifier::activated, this, &Http1Client::onEvents);
    }
    m_clock.start();
    m_idleTimer.setInterval(5000);
    connect(&m_idleTimer, &QTimer::timeout, this, &Http1Client::closeIdle);
    m_nextAddressTimer.setSingleShot(true);
    connect(&m_nextAddressTimer, &QTimer::timeout, this, &Http1Client::tryNextAddresses);
}

Http1Client::~Http1Client()
{
    // Calls still on their way go unanswered: none may reach back.
    for (Connection* c : std::as_const(m_connections)) {
        if (c->call)
            c->call->connection = nullptr;
        if (c->fd >= 0)
            ::close(c->fd);
        if (c->slower >= 0)
            ::close(c->slower);
        delete c;
    }
    if (m_epoll >= 0)
        ::close(m_epoll);
    qDeleteAll(m_dropped);
    qDeleteAll(std::exchange(m_calls, {}));
}

void Http1Client::setIdleTimeout(int ms)
{
    m_idleTimeoutMs = ms;
    m_idleTimer.setInterval(qBound(10, ms / 2, 5000));
}

bool Http1Client::handles(const QUrl& url, bool http2)
{
    if (http2 || url.scheme() != QLatin1String("http") || !url.userInfo().isEmpty() || url.host().isEmpty())
        return false;
    const QList<QNetworkProxy> proxies = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
    return proxies.isEmpty() || proxies.constFirst().type() == QNetworkProxy::NoProxy;
}

QByteArray Http1Client::requestBytes(const QUrl& url, const QList<QPair<QByteArray, QByteArray>>& headers,
                                     const QByteArray& body)
{
    const QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    const QByteArray query = url.hasQuery() ? url.query(QUrl::FullyEncoded).toLatin1() : QByteArray();
    const QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    // One allocation for the whole request: the request line, Host and Content-Length take less
    // than 96 bytes beside the path, query and host.
    qsizetype size = 96 + path.size() + query.size() + host.size() + body.size();
    for (const auto& [name, value] : headers)
        size += name.size() + value.size() + 4;
    QByteArray head;
    head.reserve(size);
    head += "POST ";
    head += path.isEmpty() ? QByteArrayLiteral("/") : path;
    if (url.hasQuery())
        head += '?' + query;
    head += " HTTP/1.1\r\nHost: ";
    head += host.contains(':') ? '[' + host + ']' : host;
    if (url.port() > 0 && url.port() != 80)
        head += ':' + QByteArray::number(url.port());
    head += "\r\n";
    bool hasLength = false;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const auto& [name, value] = headers.at(i);
        // As setRawHeader() one by one: the last of a name counts, and a null value removes it.
        // Names of another length are told apart without comparing them.
        const bool replaced =
            std::any_of(headers.cbegin() + i + 1, headers.cend(), [&name = name](const auto& later) {
                return later.first.size() == name.size() &&
                       later.first.compare(name, Qt::CaseInsensitive) == 0;
            });
        if (replaced || value.isNull() || sameName(name, "Host"))
            continue;
        hasLength = hasLength || sameName(name, "Content-Length");
        head += name;
        head += ": ";
        head += value;
        head += "\r\n";
    }
    if (!hasLength)
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += "\r\n";
    head += body;
    return head;
}

void Http1Client::start(Call* call, bool freshConnection)
{
    const QString receiver = receiverOf(call->target);
    Connection* c = nullptr;
    const auto idle = freshConnection ? m_idle.end() : m_idle.find(receiver);
    if (idle != m_idle.end()) {
        // Taken out of the list, so drop() below leaves the list alone.
        std::vector<Connection*> waiting = std::exchange(*idle, {});
        m_idle.erase(idle);
        while (!waiting.empty() && !c) {
            c = waiting.back();
            waiting.pop_back();
            if (!c->connected || c->ended || idleTooLong(c, m_clock.elapsed())) {
                drop(c);
                c = nullptr;
            }
        }
        if (!waiting.empty())
            m_idle.insert(receiver, std::move(waiting));
    }
    const bool opening = !c;
    if (opening) {
        c = new Connection;
        c->receiver = receiver;
    }
    c->call = call;
    call->connection = c;
    c->state = Connection::State::StatusLine;
    c->heardBack = false;
    if (opening) {
        open(c, call->target);
        if (c->dropped)
            return; // failed at once; fail() has told the call
    }
    c->out = call->requestBytes;
    c->outPos = 0;
    // Out now rather than when the event loop next looks: one system call. A new connection's
    // handshake is often done by now (on one machine, always); if not, the request waits for it.
    // With 1,600 connections opened at once, waiting for the event loop held every request back
    // until all of them were opened.
    if (c->fd >= 0)
        flushOut(c);
}

void Http1Client::open(Connection* c, const QUrl& url)
{
    m_connections.push_back(c);
    c->port = quint16(url.port(80));
    const QString host = url.host();
    QHostAddress address;
    if (address.setAddress(host)) {
        c->addresses = {address};
        connectNext(c);
        return;
    }
    // A name: looked up as QTcpSocket would (QHostInfo, which keeps what it found for a while),
    // unless a resolver was set.
    c->lookup = ++m_lastLookup;
    m_lookups.insert(c->lookup, c);
    auto found = [self = QPointer<Http1Client>(this), lookup = c->lookup,
                  host](const QList<QHostAddress>& addresses) {
        if (self)
            self->lookedUp(lookup, host, addresses);
    };
    if (m_resolver) {
        m_resolver(host, std::move(found));
        return;
    }
    QHostInfo::lookupHost(host, this, [found = std::move(found)](const QHostInfo& info) {
        found(info.error() == QHostInfo::NoError ? info.addresses() : QList<QHostAddress>());
    });
}

void Http1Client::lookedUp(quint64 lookup, const QString& host, const QList<QHostAddress>& addresses)
{
    Connection* c = m_lookups.take(lookup);
    if (!c)
        return; // dropped meanwhile
    c->lookup = 0;
    c->addresses = addresses;
    if (addresses.isEmpty()) {
        fail(c, QNetworkReply::HostNotFoundError, tr("Host %1 not found").arg(host));
        return;
    }
    connectNext(c);
    if (!c->dropped)
        flushOut(c);
}

void Http1Client::connectNext(Connection* c)
{
    if (m_epollError != 0) {
        onSocketError(c, m_epollError);
        return;
    }
    int error = ECONNREFUSED;
    while (c->nextAddress < c->addresses.size()) {
        const QHostAddress& address = c->addresses.at(c->nextAddress++);
        sockaddr_storage storage{};
        socklen_t length = 0;
        if (address.protocol() == QAbstractSocket::IPv6Protocol) {
            sockaddr_in6 in6{};
            in6.sin6_family = AF_INET6;
            in6.sin6_port = htons(c->port);
            const Q_IPV6ADDR bytes = address.toIPv6Address();
            std::copy_n(bytes.c, 16, in6.sin6_addr.s6_addr);
            const QString scope = address.scopeId();
            bool numbered = false;
            const uint scopeNumber = scope.toUInt(&numbered);
            in6.sin6_scope_id =
                numbered ? scopeNumber : uint(QNetworkInterface::interfaceIndexFromName(scope));
            std::memcpy(&storage, &in6, sizeof in6);
            length = sizeof in6;
        } else {
            sockaddr_in in4{};
            in4.sin_family = AF_INET;
            in4.sin_port = htons(c->port);
            in4.sin_addr.s_addr = htonl(address.toIPv4Address());
            std::memcpy(&storage, &in4, sizeof in4);
            length = sizeof in4;
        }
        c->fd = ::socket(storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (c->fd < 0) {
            error = errno;
            break;
        }
        // Each request is one write, its answer awaited: no waiting for more to send.
        const int on = 1;
        ::setsockopt(c->fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
        if (::connect(c->fd, reinterpret_cast<const sockaddr*>(&storage), length) == 0) {
            connectedNow(c);
        } else if (errno != EINPROGRESS) {
            error = errno;
            ::close(c->fd);
            c->fd = -1;
            continue; // the next address, if there is one
        }
        if (control(EPOLL_CTL_ADD, c, c->fd,
                    EPOLLIN | EPOLLRDHUP | (c->connected ? 0u : quint32(EPOLLOUT))) != 0) {
            error = errno;
            break;
        }
        c->watchingOut = !c->connected;
        if (!c->connected && c->nextAddress < c->addresses.size()) {
            c->nextAddressAtMs = m_clock.elapsed() + kNextAddressDelayMs;
            if (!m_nextAddressTimer.isActive())
                m_nextAddressTimer.start(kNextAddressDelayMs);
        }
        return;
    }
    if (c->fd >= 0) {
        ::close(c->fd);
        c->fd = -1;
    }
    if (!takeSlower(c))
        onSocketError(c, error);
}

bool Http1Client::takeSlower(Connection* c)
{
    if (c->slower < 0)
        return false;
    c->fd = std::exchange(c->slower, -1);
    control(EPOLL_CTL_MOD, c, c->fd, EPOLLIN | EPOLLRDHUP | EPOLLOUT);
    c->watchingOut = true;
    return true;
}

void Http1Client::connectedNow(Connection* c)
{
    c->connected = true;
    c->nextAddressAtMs = -1;
    if (c->slower >= 0)
        ::close(std::exchange(c->slower, -1));
}

void Http1Client::tryNextAddresses()
{
    const qint64 now = m_clock.elapsed();
    std::vector<Connection*> due;
    for (Connection* c : m_connections)
        if (!c->dropped && !c->connected && c->fd >= 0 && c->nextAddressAtMs >= 0 &&
            c->nextAddressAtMs <= now)
            due.push_back(c);
    for (Connection* c : due) {
        if (c->dropped || c->connected || c->fd < 0)
            continue;
        // Two at a time: an attempt still connecting after twice the delay gives way.
        if (c->slower >= 0)
            ::close(c->slower);
        c->slower = std::exchange(c->fd, -1);
        c->nextAddressAtMs = -1;
        control(EPOLL_CTL_MOD, c, c->slower, EPOLLOUT);
        connectNext(c);
        if (!c->dropped && c->fd >= 0)
            flushOut(c);
    }
    qint64 next = -1;
    for (const Connection* c : m_connections)
        if (!c->dropped && !c->connected && c->nextAddressAtMs >= 0)
            next = next < 0 ? c->nextAddressAtMs : qMin(next, c->nextAddressAtMs);
    if (next >= 0)
        m_nextAddressTimer.start(int(qMax<qint64>(1, next - now)));
}

void Http1Client::onSlowerEvent(Connection* c, quint32 events)
{
    if (c->dropped || c->slower < 0)
        return;
    int error = 0;
    socklen_t length = sizeof error;
    if (::getsockopt(c->slower, SOL_SOCKET, SO_ERROR, &error, &length) != 0)
        error = errno;
    if (error != 0 || !(events & EPOLLOUT) || (events & (EPOLLERR | EPOLLHUP))) {
        ::close(std::exchange(c->slower, -1)); // the other attempt goes on
        return;
    }
    // It connected first: it carries the request, and the attempt beside it goes.
    if (c->fd >= 0)
        ::close(c->fd);
    c->fd = -1;
    takeSlower(c);
    connectedNow(c);
    flushOut(c);
}

int Http1Client::control(int operation, Connection* c, int fd, quint32 events)
{
    epoll_event event{};
    event.events = events;
    // Its events name the connection, and whether they are its slower attempt's (onEvents()).
    event.data.u64 = quint64(quintptr(c)) | (fd == c->slower ? kSlowerTag : 0);
    return ::epoll_ctl(m_epoll, operation, fd, &event);
}

void Http1Client::watch(Connection* c, bool out)
{
    if (c->watchingOut == out || c->fd < 0)
        return;
    if (control(EPOLL_CTL_MOD, c, c->fd, EPOLLIN | EPOLLRDHUP | (out ? quint32(EPOLLOUT) : 0u)) == 0)
        c->watchingOut = out;
}

void Http1Client::onEvents()
{
    std::array<epoll_event, kEventsPerTurn> events{};
    const int n = ::epoll_wait(m_epoll, events.data(), kEventsPerTurn, 0);
    // A connection dropped by an earlier event of these is deleted only once the event loop is
    // back (drop()), so that its later events here can still see `dropped`.
    for (int i = 0; i < n; ++i) {
        const quint64 data = events[size_t(i)].data.u64;
        auto* c = reinterpret_cast<Connection*>(quintptr(data & ~kSlowerTag));
        if (data & kSlowerTag)
            onSlowerEvent(c, events[size_t(i)].events);
        else
            onEvent(c, events[size_t(i)].events);
    }
}

void Http1Client::onEvent(Connection* c, quint32 events)
{
    if (c->dropped || c->fd < 0)
        return;
    if (!c->connected) {
        int error = 0;
        socklen_t length = sizeof error;
        if (::getsockopt(c->fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0)
            error = errno;
        if (error == 0 && (events & EPOLLOUT) && !(events & (EPOLLERR | EPOLLHUP))) {
            connectedNow(c);
        } else {
            connectionFailed(c, error != 0 ? error : ECONNREFUSED);
            return;
        }
    }
    if ((events & EPOLLOUT) || c->outPos < c->out.size()) {
        if (!flushOut(c))
            return;
    }
    if (events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR))
        readAvailable(c, events & (EPOLLRDHUP | EPOLLHUP | EPOLLERR));
}

bool Http1Client::flushOut(Connection* c)
{
    while (c->outPos < c->out.size()) {
        const ssize_t sent =
            ::send(c->fd, c->out.constData() + c->outPos, size_t(c->out.size() - c->outPos), MSG_NOSIGNAL);
        if (sent >= 0) {
            if (!c->connected)
                connectedNow(c); // it took bytes: the handshake is done
            c->outPos += sent;
            continue;
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK || (!c->connected && errno == ENOTCONN)) {
            watch(c, true); // the rest once it takes more, or is connected
            return true;
        }
        const int error = errno;
        if (!c->connected) {
            connectionFailed(c, error);
            return !c->dropped;
        }
        // Whatever the receiver sent before it went is read first.
        readAvailable(c, false);
        if (!c->dropped)
            onSocketError(c, error);
        return false;
    }
    c->out.clear();
    c->outPos = 0;
    watch(c, !c->connected); // while it connects, for the handshake's end
    return true;
}

void Http1Client::connectionFailed(Connection* c, int error)
{
    ::close(c->fd);
    c->fd = -1;
    c->nextAddressAtMs = -1;
    if (c->nextAddress >= c->addresses.size()) {
        if (!takeSlower(c)) // else the slower attempt may yet connect
            onSocketError(c, error);
        return;
    }
    connectNext(c);
    if (!c->dropped)
        flushOut(c);
}

void Http1Client::readAvailable(Connection* c, bool toTheEnd)
{
    char chunk[kReadChunk];
    bool got = false;
    bool ended = false;
    int error = 0;
    for (;;) {
        const ssize_t n = ::recv(c->fd, chunk, sizeof chunk, 0);
        if (n > 0) {
            c->buffer.append(chunk, qsizetype(n));
            got = true;
            // Less than asked for is all there is for now; the set says when more comes, unless
            // the receiver has gone, when its end is read now.
            if (size_t(n) < sizeof chunk && !toTheEnd)
                break;
            continue;
        }
        if (n == 0) {
            ended = true;
            break;
        }
        if (errno == EINTR)
            continue;
        if (errno != EAGAIN && errno != EWOULDBLOCK) {
            error = errno;
            ended = true;
        }
        break;
    }
    if (got) {
        onReadyRead(c);
        if (c->dropped)
            return;
    }
    if (ended) {
        c->ended = true;
        onSocketError(c, error);
    }
}

void Http1Client::onReadyRead(Connection* c)
{
    if (c->state == Connection::State::Idle) {
        // Nothing was asked: a receiver that talks out of turn cannot be trusted with the next request.
        drop(c);
        return;
    }
    c->heardBack = true;
    parse(c);
}

void Http1Client::onSocketError(Connection* c, int error)
{
    if (!c->call) {
        drop(c); // an idle connection the receiver closed
        return;
    }
    // A reset is how Qt's sockets see a close too (RemoteHostClosedError).
    const bool closed = error == 0 || error == ECONNRESET || error == EPIPE;
    if (closed && c->state == Connection::State::UntilClose) {
        complete(c);
        return;
    }
    // A kept-alive connection the receiver closed as the request went out: the request is sent
    // again, once, on a new connection, as QNetworkAccessManager does.
    if (closed && c->answeredBefore && !c->heardBack && !c->call->sentAgain) {
        Call* call = c->call;
        call->sentAgain = true;
        c->call = nullptr;
        call->connection = nullptr;
        drop(c);
        start(call, true);
        return;
    }
    if (closed)
        fail(c, QNetworkReply::RemoteHostClosedError, tr("Connection closed"));
    else if (error == ECONNREFUSED)
        fail(c, QNetworkReply::ConnectionRefusedError, tr("Connection refused"));
    else if (error == ETIMEDOUT)
        fail(c, QNetworkReply::TimeoutError, qt_error_string(error));
    else
        fail(c, QNetworkReply::UnknownNetworkError, qt_error_string(error));
}

void Http1Client::parse(Connection* c)
{
    using State = Connection::State;
    auto protocolError = [this, c](const QString& why) {
        fail(c, QNetworkReply::ProtocolFailure, tr("The answer is not valid HTTP/1.1: %1").arg(why));
    };
    QByteArray line;
    for (;;) {
        // The status line, header lines and chunk sizes: each state of these reads one line.
        const bool byLine = c->state == State::StatusLine || c->state == State::Headers ||
                            c->state == State::ChunkSize || c->state == State::ChunkEnd ||
                            c->state == State::Trailers;
        if (byLine && !c->takeLine(&line)) {
            if (c->buffer.size() - c->pos > kMaxLine)
                return protocolError(tr("a line of it is longer than 64 KiB"));
            c->buffer.remove(0, c->pos);
            c->pos = 0;
            return;
        }
        switch (c->state) {
        case State::Idle:
            return;
        case State::StatusLine: {
            // "HTTP/1.1 204 No Content"
            const bool http1 = line.startsWith("HTTP/1.1 ") || line.startsWith("HTTP/1.0 ");
            bool ok = false;
            const int status = http1 && line.size() >= 12 ? line.mid(9, 3).toInt(&ok) : 0;
            if (!ok || status < 100 || (line.size() > 12 && line.at(12) != ' '))
                return protocolError(tr("it begins “%1”").arg(QString::fromLatin1(line.left(40))));
            c->status = status;
            c->reason = line.mid(13);
            c->keepAlive = !line.startsWith("HTTP/1.0"); // 1.0 keeps it only when it says so
            c->headers.clear();
            c->headBytes = line.size();
            c->state = State::Headers;
            break;
        }
        case State::Headers: {
            c->headBytes += line.size();
            if (c->headBytes > kMaxHead)
                return protocolError(tr("its headers are too long"));
            if (!line.isEmpty()) {
                if ((line.at(0) == ' ' || line.at(0) == '\t') && !c->headers.isEmpty()) {
                    c->headers.last().second += ' ' + line.trimmed(); // an obsolete folded line
                    break;
                }
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0)
                    return protocolError(tr("a header line has no name"));
                c->headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
                break;
            }
            // The head is complete.
            if (c->status < 200) {
                c->state = State::StatusLine; // 100 Continue and the like: the answer follows
                break;
            }
            bool chunked = false;
            qint64 length = -1;
            for (const auto& [name, value] : std::as_const(c->headers)) {
                if (sameName(name, "Connection")) {
                    if (hasToken(value, "close"))
                        c->keepAlive = false;
                    else if (hasToken(value, "keep-alive"))
                        c->keepAlive = true;
                } else if (sameName(name, "Keep-Alive")) {
                    // "timeout=5, max=100": reused after that, the connection may be closing as the
                    // next request goes out (Node.js closes after 5 s). Half a second's margin.
                    for (const QByteArray& part : value.split(',')) {
                        const QByteArray item = part.trimmed().toLower();
                        bool ok = false;
                        const qint64 seconds = item.startsWith("timeout=") ? item.mid(8).toLongLong(&ok) : 0;
                        if (ok && seconds >= 0)
                            c->receiverIdleMs = qMax<qint64>(0, seconds * 1000 - 500);
                    }
                } else if (sameName(name, "Transfer-Encoding")) {
                    chunked = value.toLower().trimmed().endsWith("chunked");
                } else if (sameName(name, "Content-Length")) {
                    bool ok = false;
                    const qint64 n = value.trimmed().toLongLong(&ok);
                    if (!ok || n < 0 || (length >= 0 && n != length))
                        return protocolError(
                            tr("its Content-Length is “%1”").arg(QString::fromLatin1(value)));
                    length = n;
                }
            }
            c->call->head(c->status, c->reason, c->headers);
            if (c->status == 204 || c->status == 304) {
                complete(c);
                return;
            }
            if (chunked) {
                c->state = State::ChunkSize;
            } else if (length >= 0) {
                c->remaining = length;
                c->state = State::Body;
                if (length == 0) {
                    complete(c);
                    return;
                }
            } else {
                c->keepAlive = false;
                c->state = State::UntilClose;
            }
            break;
        }
        case State::Body:
        case State::ChunkData:
        case State::UntilClose: {
            const qint64 available = c->buffer.size() - c->pos;
            const qint64 take = c->state == State::UntilClose ? available : qMin(available, c->remaining);
            c->call->appendBody(c->buffer.constData() + c->pos, take, m_bodyLimit);
            c->pos += take;
            if (c->state == State::UntilClose || take == 0 || (c->remaining -= take) > 0) {
                c->buffer.clear();
                c->pos = 0;
                return;
            }
            if (c->state == State::Body) {
                complete(c);
                return;
            }
            c->state = State::ChunkEnd;
            break;
        }
        case State::ChunkSize: {
            bool ok = false;
            const qsizetype extension = line.indexOf(';');
            const qint64 size = (extension < 0 ? line : line.left(extension)).trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0)
                return protocolError(tr("a chunk size is “%1”").arg(QString::fromLatin1(line.left(40))));
            c->remaining = size;
            c->state = size == 0 ? State::Trailers : State::ChunkData;
            break;
        }
        case State::ChunkEnd:
            if (!line.isEmpty())
                return protocolError(tr("a chunk is longer than its size says"));
            c->state = State::ChunkSize;
            break;
        case State::Trailers:
            if (line.isEmpty()) {
                complete(c);
                return;
            }
            break;
        }
    }
}

void Http1Client::complete(Connection* c)
{
    Call* call = c->call;
    c->call = nullptr;
    call->connection = nullptr;
    // Anything after the answer was not asked for, and a receiver that answered before it had the
    // whole request would read the rest of it as the next one: such a connection is not used again.
    const bool reusable = c->keepAlive && c->state != Connection::State::UntilClose &&
                          c->pos == c->buffer.size() && c->outPos >= c->out.size() && c->connected &&
                          !c->ended;
    c->state = Connection::State::Idle;
    c->buffer.clear();
    c->pos = 0;
    c->headers.clear();
    c->answeredBefore = true;
    if (reusable) {
        c->idleSinceMs = m_clock.elapsed();
        m_idle[c->receiver].push_back(c);
        if (!m_idleTimer.isActive())
            m_idleTimer.start();
    } else {
        drop(c);
    }
    // Last: whoever hears of it may send the next request on this very connection.
    call->succeed();
}

void Http1Client::fail(Connection* c, QNetworkReply::NetworkError error, const QString& message)
{
    Call* call = c->call;
    c->call = nullptr;
    if (call)
        call->connection = nullptr;
    drop(c);
    if (!call)
        return;
    if (m_posting)
        call->failLater(error, message);
    else
        call->failWith(error, message);
}

void Http1Client::abandon(Call* call)
{
    Connection* c = call->connection;
    call->connection = nullptr;
    if (!c)
        return;
    // Its answer, if it ever comes, would be taken for the next request's: the connection goes.
    c->call = nullptr;
    drop(c);
}

quint64 Http1Client::send(const QUrl& url, const QList<QPair<QByteArray, QByteArray>>& headers,
                          const QByteArray& body, AnswerHandler done)
{
    const quint64 id = ++m_lastCallId;
    auto* call = new Call(this, id, url, requestBytes(url, headers, body), std::move(done));
    m_calls.insert(id, call);
    m_posting = true;
    start(call, false);
    m_posting = false;
    return id;
}

void Http1Client::abort(quint64 callId)
{
    Call* call = m_calls.value(callId);
    if (!call)
        return;
    abandon(call);
    // As a QNetworkReply's abort(): what arrived of the body is gone.
    call->answer.body.clear();
    endCall(call, QNetworkReply::OperationCanceledError, tr("Operation canceled"));
}

void Http1Client::endCall(Call* call, QNetworkReply::NetworkError error, const QString& message)
{
    m_calls.remove(call->id);
    Answer answer = std::move(call->answer);
    AnswerHandler done = std::move(call->done);
    delete call;
    answer.error = error;
    answer.errorString = message;
    done(std::move(answer));
}

void Http1Client::drop(Connection* c)
{
    if (c->dropped)
        return;
    c->dropped = true;
    m_connections.erase(std::find(m_connections.begin(), m_connections.end(), c));
    if (const auto idle = m_idle.find(c->receiver); idle != m_idle.end()) {
        idle->erase(std::remove(idle->begin(), idle->end(), c), idle->end());
        if (idle->empty())
            m_idle.erase(idle);
    }
    if (c->fd >= 0) {
        ::close(c->fd); // out of the epoll set with it
        c->fd = -1;
    }
    if (c->slower >= 0)
        ::close(std::exchange(c->slower, -1));
    if (c->lookup != 0)
        m_lookups.remove(c->lookup);
    // Not at once: the caller may still look at `c`, and so may events already taken from the
    // epoll set (onEvents()).
    if (m_dropped.isEmpty())
        QMetaObject::invokeMethod(this, &Http1Client::deleteDropped, Qt::QueuedConnection);
    m_dropped.append(c);
}

void Http1Client::deleteDropped()
{
    qDeleteAll(m_dropped);
    m_dropped.clear();
}

bool Http1Client::idleTooLong(const Connection* c, qint64 now) const
{
    const qint64 limit =
        c->receiverIdleMs >= 0 ? qMin<qint64>(c->receiverIdleMs, m_idleTimeoutMs) : m_idleTimeoutMs;
    return now - c->idleSinceMs >= limit;
}

void Http1Client::closeIdle()
{
    const qint64 now = m_clock.elapsed();
    std::vector<Connection*> old;
    for (const std::vector<Connection*>& idle : std::as_const(m_idle))
        for (Connection* c : idle)
            if (idleTooLong(c, now))
                old.push_back(c);
    for (Connection* c : old)
        drop(c);
    if (m_idle.isEmpty())
        m_idleTimer.stop();
}

} // namespace hookdesk
