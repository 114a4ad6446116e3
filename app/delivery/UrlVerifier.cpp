// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/UrlVerifier.h"

#include "catalogue/Catalogue.h"
#include "delivery/RequestBuilder.h"
#include "delivery/TlsSettings.h"
#include "domain/Ids.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <memory>

namespace hookdesk {

namespace {

const QString kPingType = QStringLiteral("allthings.webhook.ping");

} // namespace

UrlVerifier::UrlVerifier(QObject* parent) : QObject(parent) {}

QByteArray UrlVerifier::pingPayload(const Catalogue* catalogue, QString* itemName, QString* eventName)
{
    if (const EventType* type = catalogue ? catalogue->find(kPingType) : nullptr) {
        *itemName = type->itemName;
        *eventName = type->eventName;
        return QJsonDocument(type->example.toObject()).toJson(QJsonDocument::Compact);
    }
    *itemName = QStringLiteral("Webhook");
    *eventName = QStringLiteral("Ping");
    return QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("hookdesk.ping")}})
        .toJson(QJsonDocument::Compact);
}

void UrlVerifier::ping(const Integration& integration, const QString& url, const QString& token,
                       const QStringList& signingSecrets, const Catalogue* catalogue, Callback done)
{
    const QString urlProblem = RequestBuilder::validateUrl(url);
    if (!urlProblem.isEmpty()) {
        Result result;
        result.message = urlProblem;
        done(result);
        return;
    }
    QString tlsProblem;
    const QSslConfiguration tls = TlsSettings::configurationFor(integration, &tlsProblem);
    if (!tlsProblem.isEmpty() && QUrl(url).scheme() == QLatin1String("https")) {
        Result result;
        result.message = tlsProblem;
        done(result);
        return;
    }
    RequestInput in;
    in.jobId = newId(QStringLiteral("ping"));
    in.url = url;
    in.payload = pingPayload(catalogue, &in.itemName, &in.eventName);
    in.integration = integration;
    in.token = token;
    in.signingSecrets = signingSecrets;
    in.eventType = kPingType;
    const OutgoingRequest request = RequestBuilder::build(in);
    QNetworkRequest networkRequest = request.toNetworkRequest();
    networkRequest.setTransferTimeout(m_timeoutMs);
    networkRequest.setSslConfiguration(tls);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    // A manager per ping: a kept-alive connection verified against another integration's CA file
    // must not let this ping skip its own certificate check.
    auto* network = new QNetworkAccessManager(this);
    QNetworkReply* reply = network->post(networkRequest, request.body);
    auto sslErrors = std::make_shared<QList<QSslError>>();
    connect(reply, &QNetworkReply::sslErrors, reply,
            [sslErrors](const QList<QSslError>& errors) { *sslErrors += errors; });
    connect(reply, &QNetworkReply::finished, this, [network, reply, timer, url, done, sslErrors]() {
        reply->deleteLater();
        network->deleteLater();
        Result result;
        result.durationMs = timer->elapsed();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (result.status == 0 && !sslErrors->isEmpty()) {
            result.message = TlsSettings::describeSslErrors(*sslErrors, reply->url());
        } else if (result.status == 0) {
            result.message = tr("The ping to %1 got no answer: %2. Check the URL and that the receiver is "
                                "running.")
                                 .arg(url, reply->errorString());
        } else if (result.status >= 200 && result.status < 300) {
            result.ok = true;
            result.message = tr("The URL answered the ping with HTTP %1 in %2 ms.")
                                 .arg(result.status)
                                 .arg(result.durationMs);
        } else {
            QString body = QString::fromUtf8(reply->read(300)).simplified();
            result.message = body.isEmpty()
                                 ? tr("The URL answered the ping with HTTP %1; a receiver that is ready "
                                      "answers with a status from 200 to 299.")
                                       .arg(result.status)
                                 : tr("The URL answered the ping with HTTP %1 (“%2”); a receiver that is "
                                      "ready answers with a status from 200 to 299.")
                                       .arg(result.status)
                                       .arg(body);
        }
        done(result);
    });
}

} // namespace hookdesk
