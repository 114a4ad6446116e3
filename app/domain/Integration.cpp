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
    if (t == QLatin1String("header"))
        return AuthScheme::Header;
    if (ok)
        *ok = false;
    return AuthScheme::Bearer;
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
    case AuthScheme::Header:
        return token;
    }
    return token;
}

} // namespace hookdesk
