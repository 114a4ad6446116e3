// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/CurlCommand.h"

namespace hookdesk {

QString CurlCommand::shellQuote(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString CurlCommand::build(const QString& url, const HeaderList& headers, const QByteArray& body)
{
    QStringList parts{QStringLiteral("curl -X POST ") + shellQuote(url)};
    for (const auto& [name, value] : headers) {
        // curl computes Content-Length itself; a stale one would break an edited body.
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            continue;
        parts.append(QStringLiteral("-H ") +
                     shellQuote(QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value)));
    }
    parts.append(QStringLiteral("--data-binary ") + shellQuote(QString::fromUtf8(body)));
    return parts.join(QStringLiteral(" \\\n  "));
}

} // namespace hookdesk
