// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/IngestServer.h"

#include "catalogue/Catalogue.h"
#include "domain/UrnPattern.h"
#include "service/EventService.h"
#include "storage/IngestKeyStore.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace hookdesk {

namespace {

// A struct rather than a free tr(): lupdate files the strings of free functions under the
// namespace, so only Q_DECLARE_TR_FUNCTIONS puts them in the context looked up at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hookdesk::IngestServer)
};

// Room for the request line and headers on top of the body limit.
constexpr qint64 kMaxHeadBytes = 64 * 1024;
// After an early refusal, unread upload is drained (not kept) for this long so that the client
// reads the answer instead of a connection reset.
constexpr int kDrainMs = 10000;

QJsonDocument problem(const QString& message, const QString& field)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), message},
                                     {QStringLiteral("field"), field.isEmpty() ? QJsonValue() : field}});
}

QHttpServerResponder::StatusCode statusCode(int status)
{
    return static_cast<QHttpServerResponder::StatusCode>(status);
}

QString tooLarge(qint64 limit)
{
    return Text::tr("The request body is larger than this server accepts (%1 bytes). Send smaller events, or "
                    "start the server with a larger --ingest-max-bytes.")
        .arg(limit);
}

} // namespace

// Hands each connection to the HTTP server only after IngestServer has attached its size guard,
// so the guard sees incoming bytes before the HTTP parser buffers them.
class GuardedTcpServer : public QTcpServer
{
public:
    GuardedTcpServer(IngestServer* owner) : QTcpServer(owner), m_owner(owner) {}

protected:
    void incomingConnection(qintptr handle) override
    {
        auto* socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(handle)) {
            delete socket;
            return;
        }
        m_owner->watch(socket);
        addPendingConnection(socket);
    }

private:
    IngestServer* m_owner;
};

IngestServer::IngestServer(const Catalogue& catalogue, EventService& events, IngestKeyStore& keys,
                           QObject* parent)
    : QAbstractHttpServer(parent), m_catalogue(catalogue), m_events(events), m_keys(keys)
{}

IngestServer::~IngestServer()
{
    stop();
}

bool IngestServer::start(const QHostAddress& address, quint16 port, bool allowRemote, QString* error)
{
    stop();
    if (!address.isLoopback() && !allowRemote) {
        if (error)
            *error =
                Text::tr("The ingest API listens only on this computer (127.0.0.1 or ::1) unless you allow "
                         "other computers explicitly; %1 is not a loopback address. Use "
                         "--ingest-allow-remote if you really want that.")
                    .arg(address.toString());
        return false;
    }
    auto* server = new GuardedTcpServer(this);
    if (!server->listen(address, port)) {
        if (error) {
            if (server->serverError() == QAbstractSocket::AddressInUseError)
                *error =
                    Text::tr("Could not host the ingest API on %1:%2 because another program already uses "
                             "that port. Choose another port or stop the other program.")
                        .arg(address.toString())
                        .arg(port);
            else
                *error = Text::tr("Could not host the ingest API on %1:%2: %3.")
                             .arg(address.toString())
                             .arg(port)
                             .arg(server->errorString());
        }
        delete server;
        return false;
    }
    bind(server);
    m_server = server;
    return true;
}

void IngestServer::stop()
{
    if (m_server) {
        m_server->close();
        delete m_server.data();
    }
}

bool IngestServer::isListening() const
{
    return m_server && m_server->isListening();
}

QHostAddress IngestServer::address() const
{
    return m_server ? m_server->serverAddress() : QHostAddress();
}

quint16 IngestServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QString IngestServer::endpoint() const
{
    const QHostAddress a = address();
    const QString host = a.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + a.toString() + QLatin1Char(']')
                             : a.toString();
    return QStringLiteral("http://%1:%2/v1/events").arg(host).arg(port());
}

bool IngestServer::parseAddress(const QString& text, QHostAddress* address, quint16* port, QString* error)
{
    QString host = QStringLiteral("127.0.0.1");
    QString portText = text.trimmed();
    const int colon = portText.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0) {
        host = portText.left(colon);
        portText = portText.mid(colon + 1);
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
            host = host.mid(1, host.size() - 2);
    }
    bool ok = false;
    const uint value = portText.toUInt(&ok);
    if (!ok || value > 65535) {
        if (error)
            *error = Text::tr("“%1” is not an address to listen on. Write it as 127.0.0.1:PORT, with a port "
                              "between 0 and 65535.")
                         .arg(text);
        return false;
    }
    QHostAddress parsed;
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        parsed = QHostAddress(QHostAddress::LocalHost);
    else if (!parsed.setAddress(host)) {
        if (error)
            *error = Text::tr("“%1” is not an IP address. Write the address to listen on as 127.0.0.1:PORT.")
                         .arg(host);
        return false;
    }
    *address = parsed;
    *port = quint16(value);
    return true;
}

void IngestServer::watch(QTcpSocket* socket)
{
    auto guard = std::make_shared<Guard>();
    m_guards.insert(socket, guard);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { inspect(socket); });
    connect(socket, &QObject::destroyed, this, [this, socket]() { m_guards.remove(socket); });
}

void IngestServer::inspect(QTcpSocket* socket)
{
    const std::shared_ptr<Guard> guard = m_guards.value(socket);
    if (!guard || guard->rejected)
        return;
    // The HTTP parser reads inside a transaction, so what is available now is what is new.
    const QByteArray chunk = socket->peek(socket->bytesAvailable());
    guard->received += chunk.size();
    if (!guard->headDone) {
        guard->head += chunk;
        const qsizetype end = guard->head.indexOf("\r\n\r\n");
        if (end >= 0) {
            guard->headDone = true;
            const QList<QByteArray> lines = guard->head.left(end).split('\n');
            for (const QByteArray& line : lines) {
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0 || line.left(colon).trimmed().toLower() != "content-length")
                    continue;
                bool ok = false;
                const qint64 length = line.mid(colon + 1).trimmed().toLongLong(&ok);
                if (ok && length > m_maxBodyBytes) {
                    refuseEarly(socket, 413,
                                problem(tooLarge(m_maxBodyBytes), QStringLiteral("body")).toJson());
                    return;
                }
            }
            guard->head.clear();
        } else if (guard->head.size() > kMaxHeadBytes) {
            refuseEarly(socket, 431,
                        problem(Text::tr("The request headers are too large."), QString()).toJson());
            return;
        }
    }
    // Chunked bodies announce no length: count what arrives instead.
    if (guard->received > m_maxBodyBytes + kMaxHeadBytes)
        refuseEarly(socket, 413, problem(tooLarge(m_maxBodyBytes), QStringLiteral("body")).toJson());
}

void IngestServer::refuseEarly(QTcpSocket* socket, int status, const QByteArray& body)
{
    if (const std::shared_ptr<Guard> guard = m_guards.value(socket))
        guard->rejected = true;
    // Take the socket away from the HTTP parser, which would otherwise keep buffering it.
    disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
    if (socket->isTransactionStarted())
        socket->commitTransaction();
    socket->skip(socket->bytesAvailable());
    const QByteArray reason = status == 413 ? "Payload Too Large" : "Request Header Fields Too Large";
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                  "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
                  "\r\nConnection: close\r\n\r\n" + body);
    connect(socket, &QTcpSocket::readyRead, socket, [socket]() { socket->skip(socket->bytesAvailable()); });
    QTimer::singleShot(kDrainMs, socket, [socket]() { socket->abort(); });
}

bool IngestServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    if (const std::shared_ptr<Guard> guard = m_guards.value(socket))
        *guard = Guard();
    QHttpServerResponder responder = makeResponder(request, socket);
    auto answer = [&responder](int status, const QJsonDocument& body) {
        responder.write(body, {}, statusCode(status));
    };
    if (request.url().path() != QLatin1String("/v1/events")) {
        answer(
            404,
            problem(Text::tr("There is nothing at %1. Post events to /v1/events.").arg(request.url().path()),
                    QString()));
        return true;
    }
    if (request.method() != QHttpServerRequest::Method::Post) {
        responder.write(problem(Text::tr("Only POST is accepted at /v1/events."), QString()),
                        {{"Allow", "POST"}}, statusCode(405));
        return true;
    }
    const QByteArray authorization = request.value("Authorization").trimmed();
    const QByteArray scheme = authorization.left(7);
    const QString presented =
        scheme.toLower() == "bearer " ? QString::fromUtf8(authorization.mid(7).trimmed()) : QString();
    if (presented.isEmpty()) {
        responder.write(
            problem(Text::tr("Send an ingest key as “Authorization: Bearer <key>”. Create one with "
                             "hookdesk ingest-key create NAME."),
                    QStringLiteral("Authorization")),
            {{"WWW-Authenticate", "Bearer"}}, statusCode(401));
        return true;
    }
    QString storeError;
    if (!m_keys.matching(presented, &storeError)) {
        if (!storeError.isEmpty()) {
            answer(500, problem(storeError, QString()));
            return true;
        }
        responder.write(problem(Text::tr("The ingest key is not valid: it was mistyped or has been deleted."),
                                QStringLiteral("Authorization")),
                        {{"WWW-Authenticate", "Bearer error=\"invalid_token\""}}, statusCode(401));
        return true;
    }
    const QByteArray body = request.body();
    if (body.size() > m_maxBodyBytes) {
        answer(413, problem(tooLarge(m_maxBodyBytes), QStringLiteral("body")));
        return true;
    }
    const QString jsonProblem = EventService::checkJson(body);
    if (!jsonProblem.isEmpty()) {
        answer(400,
               problem(QString(jsonProblem).replace(Text::tr("The payload"), Text::tr("The request body")),
                       QStringLiteral("body")));
        return true;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject()) {
        answer(400, problem(Text::tr("The request body must be a JSON object with type and payload."),
                            QStringLiteral("body")));
        return true;
    }
    const QJsonObject o = doc.object();
    const QJsonValue type = o.value(QLatin1String("type"));
    if (!type.isString() || type.toString().trimmed().isEmpty()) {
        answer(400, problem(Text::tr("Name the event type in “type”, e.g. \"type\": \"ticket.created\"."),
                            QStringLiteral("type")));
        return true;
    }
    if (!m_catalogue.find(type.toString())) {
        answer(400, problem(Text::tr("“%1” is not an event type of the catalogue.").arg(type.toString()),
                            QStringLiteral("type")));
        return true;
    }
    const QJsonValue id = o.value(QLatin1String("id"));
    if (!id.isUndefined() && !id.isNull() &&
        (!id.isString() || id.toString().trimmed().isEmpty() || id.toString().size() > 200)) {
        answer(400, problem(Text::tr("“id” must be a text of 1 to 200 characters that identifies this event, "
                                     "so that sending it again creates nothing new."),
                            QStringLiteral("id")));
        return true;
    }
    const QJsonValue urn = o.value(QLatin1String("urn"));
    if (!urn.isUndefined() && !urn.isNull()) {
        const QString urnProblem = urn.isString()
                                       ? UrnPattern::checkUrn(urn.toString())
                                       : Text::tr("“urn” must be a text such as urn:allthings:app:42.");
        if (!urnProblem.isEmpty()) {
            answer(400, problem(urnProblem, QStringLiteral("urn")));
            return true;
        }
    }
    const QJsonValue payload = o.value(QLatin1String("payload"));
    if (!payload.isObject()) {
        answer(400,
               problem(payload.isUndefined()
                           ? Text::tr("The event has no “payload”; send the event's data as a JSON object.")
                           : Text::tr("“payload” must be a JSON object."),
                       QStringLiteral("payload")));
        return true;
    }
    // A type whose schema is enforced refuses a payload that does not fit it, naming the field.
    if (const EventType* eventType = m_catalogue.find(type.toString());
        eventType && eventType->validation == ValidationMode::Reject) {
        const QString mismatch = m_events.schemaProblems(*eventType, payload);
        if (!mismatch.isEmpty()) {
            answer(400, problem(mismatch, QStringLiteral("payload")));
            return true;
        }
    }
    QString error;
    const std::optional<EventStore::Raised> raised =
        m_events.raise(type.toString(), QJsonDocument(payload.toObject()).toJson(QJsonDocument::Compact),
                       urn.toString(), id.toString(), QStringLiteral("ingest"), &error);
    if (!raised) {
        answer(500, problem(error, QString()));
        return true;
    }
    QJsonObject accepted{{QStringLiteral("eventId"), raised->event.id},
                         {QStringLiteral("jobIds"), QJsonArray::fromStringList(raised->jobIds)},
                         {QStringLiteral("duplicate"), raised->duplicate}};
    // In warn mode the event is raised and the caller is told what did not fit.
    if (!m_events.lastWarning().isEmpty())
        accepted.insert(QStringLiteral("warning"), m_events.lastWarning());
    answer(202, QJsonDocument(accepted));
    Q_EMIT eventAccepted(raised->event.id, raised->jobIds, raised->duplicate);
    return true;
}

void IngestServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    makeResponder(request, socket)
        .write(problem(Text::tr("There is nothing here."), QString()), {}, statusCode(404));
}

} // namespace hookdesk
