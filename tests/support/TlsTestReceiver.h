// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslConfiguration>
#include <QSslServer>
#include <QString>

class QSslSocket;

namespace hookdesk::test {

// An HTTPS receiver on 127.0.0.1 for tests, with the certificate in tests/data/tls: issued for
// 127.0.0.1 and localhost by "Hookdesk Test CA", which no system trusts. It answers every
// request with one configured status and body and closes the connection.
class TlsTestReceiver : public QObject
{
    Q_OBJECT

public:
    explicit TlsTestReceiver(QObject* parent = nullptr);
    ~TlsTestReceiver() override;

    // A file of tests/data/tls (HOOKDESK_SOURCE_DIR, set by CTest, names the source tree).
    static QString dataFile(const QString& name);
    // The PEM file of the test CA: what an integration needs as its CA file.
    static QString caFile() { return dataFile(QStringLiteral("ca.pem")); }
    // The server side of TLS: the test certificate with its chain and key.
    static QSslConfiguration serverConfiguration();

    bool listen();
    QString url(const QString& path = QStringLiteral("/")) const;
    void setStatus(int code) { m_status = code; }
    void setResponseBody(const QByteArray& body) { m_body = body; }
    int requestCount() const { return m_requests; }
    // Keeps connections open between requests, as most servers do (default: one request each).
    void setKeepAlive(bool keep) { m_keepAlive = keep; }
    // TLS connections accepted (handshakes begun).
    int connectionCount() const { return m_connections; }
    // Handshakes that failed, e.g. because the client did not trust the certificate.
    int refusedHandshakes() const { return m_refused; }

signals:
    void requestReceived();

private:
    void onReadyRead(QSslSocket* socket);

    QSslServer m_server;
    QHash<QSslSocket*, QByteArray> m_buffers;
    QByteArray m_body = QByteArrayLiteral("{}");
    int m_status = 200;
    int m_requests = 0;
    int m_refused = 0;
    int m_connections = 0;
    bool m_keepAlive = false;
};

} // namespace hookdesk::test
