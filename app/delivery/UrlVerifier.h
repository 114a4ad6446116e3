// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Integration.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>
#include <functional>

namespace hookdesk {

class Catalogue;

// "Verify on save": posts a ping event to a URL before an integration or trigger is saved and
// reports the answer in words. Only a 2xx answer counts as verified.
class UrlVerifier : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool ok = false;
        int status = 0; // 0: no HTTP answer
        qint64 durationMs = 0;
        QString message; // a sentence for the administrator
    };
    using Callback = std::function<void(const Result& result)>;

    explicit UrlVerifier(QObject* parent = nullptr);

    void setTimeout(int ms) { m_timeoutMs = ms; }

    // Sends the ping as a delivery would: the integration's auth header with `token` (when not
    // empty) and a Standard Webhooks signature per secret (none when `signingSecrets` is empty).
    // The payload is the catalogue's "allthings.webhook.ping" example, or {"type":"hookdesk.ping"}.
    void ping(const Integration& integration, const QString& url, const QString& token,
              const QStringList& signingSecrets, const Catalogue* catalogue, Callback done);

    static QByteArray pingPayload(const Catalogue* catalogue, QString* itemName, QString* eventName);

private:
    int m_timeoutMs = 10000;
};

} // namespace hookdesk
