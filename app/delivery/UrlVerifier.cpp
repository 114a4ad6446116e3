// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/UrlVerifier.h"

#include "catalogue/Catalogue.h"
#include "delivery/RequestBuilder.h"
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
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QNetworkReply* reply = m_network.post(networkRequest, request.body);
    connect(reply, &QNetworkReply::finished, this, [reply, timer, url, done]() {
        reply->deleteLater();
        Result result;
        result.durationMs = timer->elapsed();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (result.status == 0) {
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
