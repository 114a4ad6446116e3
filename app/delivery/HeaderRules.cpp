// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/HeaderRules.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace hookdesk {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("hookdesk::HeaderRules", text);
}

} // namespace

bool HeaderRules::isToken(const QString& name)
{
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9!#$%&'*+.^_`|~-]+$"));
    return token.match(name).hasMatch();
}

bool HeaderRules::isSetByHookdesk(const QString& name)
{
    static const QSet<QString> own = {QStringLiteral("content-type"),
                                      QStringLiteral("content-length"),
                                      QStringLiteral("host"),
                                      QStringLiteral("user-agent"),
                                      QStringLiteral("item-name"),
                                      QStringLiteral("event-name"),
                                      QStringLiteral("webhook-id"),
                                      QStringLiteral("webhook-timestamp"),
                                      QStringLiteral("webhook-signature")};
    const QString lower = name.trimmed().toLower();
    return own.contains(lower) || lower.startsWith(QLatin1String("ce-"));
}

QString HeaderRules::validate(const Integration& integration)
{
    if (integration.authScheme == AuthScheme::Basic) {
        if (integration.authUsername.isEmpty())
            return tr("Enter the user name the receiver expects with Basic authorisation; the token is "
                      "sent as its password.");
        if (integration.authUsername.contains(QLatin1Char(':')))
            return tr("The user name must not contain a colon (:): Basic authorisation uses it to separate "
                      "the user name from the password.");
        if (integration.authUsername.contains(QLatin1Char('\r')) ||
            integration.authUsername.contains(QLatin1Char('\n')))
            return tr("The user name contains a line break; type it again without one.");
    }
    const QString authName = integration.authHeaderName();
    QSet<QString> seen;
    for (const auto& [rawName, rawValue] : integration.customHeaders) {
        const QString name = QString::fromLatin1(rawName);
        if (name.isEmpty())
            return tr("A custom header has no name. Enter a name, for example X-Tenant, or remove the row.");
        if (!isToken(name))
            return tr("“%1” is not a valid header name: use letters, digits and - only, without spaces or "
                      "a colon.")
                .arg(name);
        if (rawValue.contains('\r') || rawValue.contains('\n') || rawValue.contains('\0'))
            return tr("The value of the header %1 contains a line break. Header values must be one line, "
                      "otherwise they could smuggle further headers into the request.")
                .arg(name);
        if (name.compare(authName, Qt::CaseInsensitive) == 0)
            return tr("The header %1 already carries the integration's token; remove it from the custom "
                      "headers or choose another authorisation.")
                .arg(name);
        if (isSetByHookdesk(name))
            return tr("The header %1 is set by Hookdesk itself on every request (it describes the body, "
                      "the event or its signature); remove it from the custom headers.")
                .arg(name);
        if (seen.contains(name.toLower()))
            return tr("The header %1 is listed twice; keep one of them.").arg(name);
        seen.insert(name.toLower());
    }
    return {};
}

std::optional<QPair<QByteArray, QByteArray>> HeaderRules::parse(const QString& line, QString* error)
{
    const qsizetype colon = line.indexOf(QLatin1Char(':'));
    if (colon <= 0) {
        if (error)
            *error = tr("Write a header as “Name: value”, for example --header 'X-Tenant: acme', not “%1”.")
                         .arg(line);
        return std::nullopt;
    }
    return QPair<QByteArray, QByteArray>(line.left(colon).trimmed().toLatin1(),
                                         line.mid(colon + 1).trimmed().toUtf8());
}

} // namespace hookdesk
