// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <memory>

namespace hookdesk {

class AppContext;
class IngestServer;

// The GUI's switch for hosting the ingest API while the window is open: remembers the choice
// and the address in QSettings and starts or stops an IngestServer over the window's context.
class IngestHost : public QObject
{
    Q_OBJECT

public:
    static constexpr const char* kDefaultAddress = "127.0.0.1:8787";

    explicit IngestHost(AppContext& context, QObject* parent = nullptr);
    ~IngestHost() override;

    bool enabledInSettings() const;
    QString addressInSettings() const;

    // Saves the choice, then starts (or stops) the server. False with *error in words when the
    // address is malformed or cannot be listened on; the choice is saved all the same so that
    // the administrator sees it again.
    bool apply(bool enabled, const QString& address, QString* error);
    // Starts the server when the settings say so (at window start).
    bool restore(QString* error);

    bool isRunning() const;
    QString endpoint() const;
    IngestServer* server() const { return m_server.get(); }

Q_SIGNALS:
    void stateChanged();

private:
    AppContext& m_context;
    std::unique_ptr<IngestServer> m_server;
};

} // namespace hookdesk
