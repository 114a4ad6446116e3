// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/RequestBuilder.h"

#include "delivery/HeaderRules.h"
#include "delivery/Signer.h"

#include <QCoreApplication>
#include <QDateTime>

#ifndef HOOKDESK_VERSION
#define HOOKDESK_VERSION "0.0.0"
#endif

namespace hookdesk {

namespace {

const QByteArray mask = QByteArrayLiteral("\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2"
                                          "\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2"); // ••••••••
const QByteArray signatureHeaderName = QByteArrayLiteral("webhook-signature");

// Names and tokens come from users and catalogues; a CR or LF would let them inject headers.
QByteArray headerValue(const QString& text)
{
    QByteArray value = text.toUtf8();
    for (char& c : value) {
        if (c == '\r' || c == '\n' || c == '\0')
            c = ' ';
    }
    return value;
}

// CloudEvents 1.0 binary mode. ce-id is the event id, so retries and resends of a delivery
// carry the same id and a receiver can drop duplicates (id + source identify an event).
// ce-source is the event's URN when it has one: it names the thing the event happened to and
// is a URI as the spec asks. Without one, a URN naming this integration stands in, which stays
// the same for every event sent to it.
void appendCloudEventHeaders(const RequestInput& in, HeaderList& headers)
{
    const QString id = in.eventId.isEmpty() ? in.jobId : in.eventId;
    QString source = in.eventUrn.trimmed();
    if (source.isEmpty())
        source = in.integration.uid.isEmpty()
                     ? QStringLiteral("urn:hookdesk")
                     : QStringLiteral("urn:hookdesk:integration:") + in.integration.uid;
    const qint64 timeMs = in.eventTimeMs > 0 ? in.eventTimeMs : QDateTime::currentMSecsSinceEpoch();
    headers.append({QByteArrayLiteral("ce-specversion"), QByteArrayLiteral("1.0")});
    headers.append({QByteArrayLiteral("ce-id"), headerValue(id)});
    headers.append({QByteArrayLiteral("ce-type"), headerValue(in.eventType)});
    headers.append({QByteArrayLiteral("ce-source"), headerValue(source)});
    headers.append({QByteArrayLiteral("ce-time"),
                    QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1()});
}

} // namespace

HeaderList OutgoingRequest::redactedHeaders() const
{
    HeaderList result;
    result.reserve(headers.size());
    for (const auto& header : headers) {
        if (!authHeaderName.isEmpty() && header.first.compare(authHeaderName, Qt::CaseInsensitive) == 0) {
            result.append({header.first, authSchemeWord.isEmpty() ? mask : authSchemeWord + ' ' + mask});
        } else if (header.first.compare(signatureHeaderName, Qt::CaseInsensitive) == 0) {
            // Keep one masked entry per signature so the number of live secrets stays visible.
            QByteArrayList masked;
            for (const QByteArray& part : header.second.split(' ')) {
                if (part.isEmpty())
                    continue;
                const qsizetype comma = part.indexOf(',');
                masked << (comma >= 0 ? part.left(comma + 1) + mask : mask);
            }
            result.append({header.first, masked.join(' ')});
        } else {
            result.append(header);
        }
    }
    return result;
}

QNetworkRequest OutgoingRequest::toNetworkRequest() const
{
    QNetworkRequest request(url);
    for (const auto& header : headers)
        request.setRawHeader(header.first, header.second);
    // A 3xx is a failure the administrator must see, not something to follow silently.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // A cookie a receiver sets is shown with its response and never sent back: deliveries are not a
    // session, and the request kept for the inspector is the request that went out.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    const bool http2 = httpVersion == HttpVersion::Http2;
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, http2);
    // Plain http has no ALPN to offer HTTP/2 with: it is spoken from the start or not at all.
    if (http2 && url.scheme() == QLatin1String("http"))
        request.setAttribute(QNetworkRequest::Http2DirectAttribute, true);
    return request;
}

OutgoingRequest RequestBuilder::build(const RequestInput& in)
{
    OutgoingRequest out;
    out.url = in.parsedUrl.isEmpty() ? QUrl(in.url.trimmed()) : in.parsedUrl;
    out.httpVersion = in.integration.httpVersion;
    const PayloadFormat format = in.integration.payloadFormat;
    // As GitHub offers it: the JSON in one form field, for receivers that only read forms.
    out.body = format == PayloadFormat::Form
                   ? QByteArrayLiteral("payload=") + QUrl::toPercentEncoding(QString::fromUtf8(in.payload))
                   : in.payload;
    const qint64 timestamp = in.timestampSecs > 0 ? in.timestampSecs : QDateTime::currentSecsSinceEpoch();

    out.headers.append({QByteArrayLiteral("Content-Type"),
                        format == PayloadFormat::Form ? QByteArrayLiteral("application/x-www-form-urlencoded")
                                                      : QByteArrayLiteral("application/json")});
    out.headers.append({QByteArrayLiteral("Content-Length"), QByteArray::number(out.body.size())});
    out.headers.append({QByteArrayLiteral("User-Agent"), QByteArrayLiteral("Hookdesk/" HOOKDESK_VERSION)});
    out.headers.append({QByteArrayLiteral("Item-Name"), headerValue(in.itemName)});
    out.headers.append({QByteArrayLiteral("Event-Name"), headerValue(in.eventName)});
    if (format == PayloadFormat::CloudEvents)
        appendCloudEventHeaders(in, out.headers);
    // Saved headers were validated; one edited into the database by hand still must not
    // override Hookdesk's own headers or inject new ones.
    const QString authName = in.integration.authHeaderName();
    for (const auto& [name, value] : in.integration.customHeaders) {
        const QString text = QString::fromLatin1(name);
        if (HeaderRules::isToken(text) && !HeaderRules::isSetByHookdesk(text) &&
            text.compare(authName, Qt::CaseInsensitive) != 0)
            out.headers.append({name, headerValue(QString::fromUtf8(value))});
    }
    if (!in.token.isEmpty()) {
        out.authHeaderName = headerValue(in.integration.authHeaderName());
        switch (in.integration.authScheme) {
        case AuthScheme::Token:
        case AuthScheme::Bearer: {
            const QString value = in.integration.authHeaderValue(QString());
            out.authSchemeWord = headerValue(value.trimmed());
            break;
        }
        case AuthScheme::Basic:
            out.authSchemeWord = QByteArrayLiteral("Basic");
            break;
        case AuthScheme::Header:
            break;
        }
        out.headers.append({out.authHeaderName, headerValue(in.integration.authHeaderValue(in.token))});
    }
    out.headers.append({QByteArrayLiteral("webhook-id"), headerValue(in.jobId)});
    out.headers.append({QByteArrayLiteral("webhook-timestamp"), QByteArray::number(timestamp)});
    if (!in.signingSecrets.isEmpty()) {
        // Over the bytes actually sent, so a receiver verifies what it read from the wire.
        const QString signature = Signer::signatureHeader(in.signingSecrets, in.jobId, timestamp, out.body);
        if (!signature.isEmpty())
            out.headers.append({signatureHeaderName, signature.toLatin1()});
    }
    return out;
}

QString RequestBuilder::validateUrl(const QString& url)
{
    const QString text = url.trimmed();
    if (text.isEmpty())
        return QCoreApplication::translate("hookdesk::RequestBuilder",
                                           "Enter the URL to send webhooks to, for example "
                                           "https://example.com/hook.");
    if (!text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) &&
        !text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
        return QCoreApplication::translate("hookdesk::RequestBuilder",
                                           "The URL must start with http:// or https://.");
    const QUrl parsed(text, QUrl::StrictMode);
    if (!parsed.isValid())
        return QCoreApplication::translate("hookdesk::RequestBuilder",
                                           "The URL contains characters that are not allowed in a web "
                                           "address. Check it for spaces or typos.");
    if (parsed.host().isEmpty())
        return QCoreApplication::translate("hookdesk::RequestBuilder",
                                           "The URL has no host name. Write it like "
                                           "https://example.com/hook.");
    if (!parsed.userName().isEmpty() || !parsed.password().isEmpty())
        return QCoreApplication::translate("hookdesk::RequestBuilder",
                                           "The URL must not contain a user name or password. Enter the "
                                           "token in the integration's token field instead.");
    return QString();
}

} // namespace hookdesk
