// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/IngestHost.h"

#include "ingest/IngestServer.h"
#include "service/AppContext.h"

#include <QSettings>

namespace hookdesk {

namespace {

const QString kEnabledKey = QStringLiteral("ingest/enabled");
const QString kAddressKey = QStringLiteral("ingest/address");

} // namespace

IngestHost::IngestHost(AppContext& context, QObject* parent) : QObject(parent), m_context(context) {}

IngestHost::~IngestHost() = default;

bool IngestHost::enabledInSettings() const
{
    return QSettings().value(kEnabledKey, false).toBool();
}

QString IngestHost::addressInSettings() const
{
    return QSettings().value(kAddressKey, QString::fromLatin1(kDefaultAddress)).toString();
}

bool IngestHost::apply(bool enabled, const QString& address, QString* error)
{
    {
        QSettings settings;
        settings.setValue(kEnabledKey, enabled);
        settings.setValue(kAddressKey, address.trimmed());
    }
    m_server.reset();
    bool ok = true;
    if (enabled) {
        QHostAddress host;
        quint16 port = 0;
        ok = IngestServer::parseAddress(address, &host, &port, error);
        if (ok) {
            auto server = std::make_unique<IngestServer>(m_context.catalogue(), m_context.eventService(),
                                                         m_context.ingestKeys());
            // The GUI offers no remote switch: hosting for other computers is a server's job.
            ok = server->start(host, port, false, error);
            if (ok)
                m_server = std::move(server);
        }
    }
    Q_EMIT stateChanged();
    return ok;
}

bool IngestHost::restore(QString* error)
{
    if (!enabledInSettings())
        return true;
    return apply(true, addressInSettings(), error);
}

bool IngestHost::isRunning() const
{
    return m_server && m_server->isListening();
}

QString IngestHost::endpoint() const
{
    return isRunning() ? m_server->endpoint() : QString();
}

} // namespace hookdesk
