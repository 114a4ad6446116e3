// SPDX-License-Identifier: GPL-3.0-or-later
#include "TlsTestReceiver.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>

namespace hookdesk::test {

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("TlsTestReceiver: cannot read %s", qPrintable(path));
    return file.readAll();
}

} // namespace

QSslConfiguration TlsTestReceiver::serverConfiguration()
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    // The server sends its whole chain, as real servers with a private CA usually do.
    QList<QSslCertificate> chain = QSslCertificate::fromData(readAll(dataFile(QStringLiteral("server.pem"))));
    chain += QSslCertificate::fromData(readAll(caFile()));
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(QSslKey(readAll(dataFile(QStringLiteral("server-key.pem"))), QSsl::Rsa));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients bring no certificate
    return configuration;
}

TlsTestReceiver::TlsTestReceiver(QObject* parent) : QObject(parent)
{
    m_server.setSslConfiguration(serverConfiguration());
    connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this]() {
        while (m_server.hasPendingConnections()) {
            auto* socket = qobject_cast<QSslSocket*>(m_server.nextPendingConnection());
            if (!socket)
                continue;
            ++m_connections;
            m_buffers.insert(socket, {});
            connect(socket, &QSslSocket::readyRead, this, [this, socket]() { onReadyRead(socket); });
            connect(socket, &QSslSocket::disconnected, this, [this, socket]() {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
    connect(&m_server, &QSslServer::handshakeInterruptedOnError, this,
            [this](QSslSocket*, const QSslError&) { ++m_refused; });
    connect(&m_server, &QSslServer::errorOccurred, this,
            [this](QSslSocket*, QAbstractSocket::SocketError) { ++m_refused; });
}

TlsTestReceiver::~TlsTestReceiver()
{
    const auto sockets = m_buffers.keys();
    m_buffers.clear();
    for (QSslSocket* socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        delete socket;
    }
}

QString TlsTestReceiver::dataFile(const QString& name)
{
    const QString root = qEnvironmentVariable("HOOKDESK_SOURCE_DIR");
    if (root.isEmpty())
        qFatal("TlsTestReceiver: HOOKDESK_SOURCE_DIR is not set; run the test with ctest");
    return QDir(root).filePath(QStringLiteral("tests/data/tls/") + name);
}

bool TlsTestReceiver::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString TlsTestReceiver::url(const QString& path) const
{
    return QStringLiteral("https://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
}

void TlsTestReceiver::onReadyRead(QSslSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    qsizetype length = 0;
    for (const QByteArray& line : buffer.left(headerEnd).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0)
            length = line.mid(colon + 1).trimmed().toLongLong();
    }
    if (buffer.size() < headerEnd + 4 + length)
        return;
    buffer.remove(0, headerEnd + 4 + length);
    ++m_requests;
    socket->write("HTTP/1.1 " + QByteArray::number(m_status) +
                  " Status\r\nContent-Type: application/json\r\n" +
                  "Content-Length: " + QByteArray::number(m_body.size()) +
                  "\r\nConnection: " + (m_keepAlive ? "keep-alive" : "close") + "\r\n\r\n" + m_body);
    if (!m_keepAlive)
        socket->disconnectFromHost();
    Q_EMIT requestReceived();
}

} // namespace hookdesk::test
