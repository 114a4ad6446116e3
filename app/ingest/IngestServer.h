// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractHttpServer>
#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QStringList>
#include <memory>

class QTcpServer;

namespace hookdesk {

class Catalogue;
class EventService;
class IngestKeyStore;

// The ingest API: `POST /v1/events` with `Authorization: Bearer <ingest key>` and a body
// `{"type", "id"?, "urn"?, "payload"}` raises an event like `hookdesk emit` does, answering
// 202 `{"eventId", "jobIds", "duplicate"}`; problems are JSON `{"error", "field"}` with 400,
// 401, 404, 405 or 413. Bodies over the limit are refused from their headers (or once that much
// has arrived) so a client cannot make the server buffer without bound.
class IngestServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    static constexpr qint64 kDefaultMaxBodyBytes = 1024 * 1024;

    IngestServer(const Catalogue& catalogue, EventService& events, IngestKeyStore& keys,
                 QObject* parent = nullptr);
    ~IngestServer() override;

    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }

    // Listens on address:port (port 0: any free port). A non-loopback address is refused unless
    // allowRemote. On failure returns false and sets *error to a sentence (e.g. the port is in use).
    bool start(const QHostAddress& address, quint16 port, bool allowRemote, QString* error);
    void stop();
    bool isListening() const;
    QHostAddress address() const;
    quint16 port() const;
    // http://127.0.0.1:PORT/v1/events
    QString endpoint() const;

    // "127.0.0.1:8080", "[::1]:8080", "localhost:8080" or a bare port (loopback).
    static bool parseAddress(const QString& text, QHostAddress* address, quint16* port, QString* error);

Q_SIGNALS:
    // An event was accepted (duplicate: its id had been used, nothing new was stored).
    void eventAccepted(const QString& eventId, const QStringList& jobIds, bool duplicate);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    struct Guard
    {
        QByteArray head;
        qint64 received = 0;
        bool headDone = false;
        bool rejected = false;
    };

    void watch(QTcpSocket* socket);
    void inspect(QTcpSocket* socket);
    void refuseEarly(QTcpSocket* socket, int status, const QByteArray& body);

    const Catalogue& m_catalogue;
    EventService& m_events;
    IngestKeyStore& m_keys;
    qint64 m_maxBodyBytes = kDefaultMaxBodyBytes;
    QPointer<QTcpServer> m_server;
    QHash<QTcpSocket*, std::shared_ptr<Guard>> m_guards;

    friend class GuardedTcpServer;
};

} // namespace hookdesk
