// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Attempt.h"
#include "domain/Integration.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace hookdesk {

struct RequestInput
{
    QString jobId; // becomes webhook-id, so it must stay the same across retries and resends
    QString url;
    QUrl parsedUrl; // `url` parsed already (trimmed), by a sender that sends there often; or empty
    QByteArray payload;
    QString itemName;
    QString eventName;
    Integration integration;
    QString token;              // empty: no auth header
    QStringList signingSecrets; // empty: no webhook-signature header
    qint64 timestampSecs = 0;   // 0: now
    // The event behind the request, for the CloudEvents headers.
    QString eventId;        // ce-id; empty: jobId
    QString eventType;      // ce-type
    QString eventUrn;       // ce-source when set
    qint64 eventTimeMs = 0; // ce-time, when the event was raised; 0: now
};

struct OutgoingRequest
{
    QUrl url;
    HeaderList headers;
    QByteArray body;
    // Which header carries the token and the scheme word in front of it ("Bearer", "Token",
    // empty for a custom header), so that redaction never depends on guessing from the value.
    QByteArray authHeaderName;
    QByteArray authSchemeWord;
    HttpVersion httpVersion = HttpVersion::Http1;

    // The headers as they may be stored or shown: the token and the signatures are masked.
    HeaderList redactedHeaders() const;
    QNetworkRequest toNetworkRequest() const;
};

class RequestBuilder
{
public:
    static OutgoingRequest build(const RequestInput& in);
    // Empty when the URL can be posted to; otherwise a sentence telling the user what to fix.
    static QString validateUrl(const QString& url);
};

} // namespace hookdesk
