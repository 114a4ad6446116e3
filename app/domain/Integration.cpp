// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Integration.h"

namespace hookdesk {

QString authSchemeToString(AuthScheme scheme)
{
    switch (scheme) {
    case AuthScheme::Token:
        return QStringLiteral("token");
    case AuthScheme::Bearer:
        return QStringLiteral("bearer");
    case AuthScheme::Basic:
        return QStringLiteral("basic");
    case AuthScheme::Header:
        return QStringLiteral("header");
    }
    return QStringLiteral("bearer");
}

AuthScheme authSchemeFromString(const QString& text, bool* ok)
{
    const QString t = text.trimmed().toLower();
    if (ok)
        *ok = true;
    if (t == QLatin1String("token"))
        return AuthScheme::Token;
    if (t == QLatin1String("bearer"))
        return AuthScheme::Bearer;
    if (t == QLatin1String("basic"))
        return AuthScheme::Basic;
    if (t == QLatin1String("header"))
        return AuthScheme::Header;
    if (ok)
        *ok = false;
    return AuthScheme::Bearer;
}

QString payloadFormatToString(PayloadFormat format)
{
    switch (format) {
    case PayloadFormat::Json:
        return QStringLiteral("json");
    case PayloadFormat::Form:
        return QStringLiteral("form");
    case PayloadFormat::CloudEvents:
        return QStringLiteral("cloudevents");
    }
    return QStringLiteral("json");
}

PayloadFormat payloadFormatFromString(const QString& text, bool* ok)
{
    const QString t = text.trimmed().toLower();
    if (ok)
        *ok = true;
    if (t == QLatin1String("json"))
        return PayloadFormat::Json;
    if (t == QLatin1String("form"))
        return PayloadFormat::Form;
    if (t == QLatin1String("cloudevents"))
        return PayloadFormat::CloudEvents;
    if (ok)
        *ok = false;
    return PayloadFormat::Json;
}

QString httpVersionToString(HttpVersion version)
{
    return version == HttpVersion::Http2 ? QStringLiteral("2") : QStringLiteral("1.1");
}

HttpVersion httpVersionFromString(const QString& text, bool* ok)
{
    QString t = text.trimmed().toLower();
    if (t.startsWith(QLatin1String("http/")))
        t = t.mid(5);
    if (ok)
        *ok = true;
    if (t == QLatin1String("2") || t == QLatin1String("h2"))
        return HttpVersion::Http2;
    if (t == QLatin1String("1.1") || t == QLatin1String("1"))
        return HttpVersion::Http1;
    if (ok)
        *ok = false;
    return HttpVersion::Http1;
}

QString Integration::runNumberRule() const
{
    switch (runNumberSource) {
    case RunNumberSource::None:
        return {};
    case RunNumberSource::JsonPointer:
        return QStringLiteral("json:") + runNumberPath;
    case RunNumberSource::Header:
        return QStringLiteral("header:") + runNumberPath;
    }
    return {};
}

bool Integration::setRunNumberRule(const QString& rule)
{
    if (rule.isEmpty()) {
        runNumberSource = RunNumberSource::None;
        runNumberPath.clear();
        return true;
    }
    if (rule.startsWith(QLatin1String("json:"))) {
        runNumberSource = RunNumberSource::JsonPointer;
        runNumberPath = rule.mid(5);
        return true;
    }
    if (rule.startsWith(QLatin1String("header:"))) {
        runNumberSource = RunNumberSource::Header;
        runNumberPath = rule.mid(7);
        return true;
    }
    return false;
}

QString Integration::authHeaderName() const
{
    if (authScheme == AuthScheme::Header && !authHeader.isEmpty())
        return authHeader;
    return QStringLiteral("Authorization");
}

QString Integration::authHeaderValue(const QString& token) const
{
    switch (authScheme) {
    case AuthScheme::Token:
        return QStringLiteral("Token ") + token;
    case AuthScheme::Bearer:
        return QStringLiteral("Bearer ") + token;
    case AuthScheme::Basic:
        return QStringLiteral("Basic ") +
               QString::fromLatin1((authUsername + QLatin1Char(':') + token).toUtf8().toBase64());
    case AuthScheme::Header:
        return token;
    }
    return token;
}

} // namespace hookdesk
