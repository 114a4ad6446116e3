// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Trigger.h"

namespace hookdesk {

QString joinUrl(const QString& baseUrl, const QString& path)
{
    QString p = path.trimmed();
    if (p.isEmpty())
        return baseUrl;
    QString base = baseUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    if (!p.startsWith(QLatin1Char('/')))
        p.prepend(QLatin1Char('/'));
    return base + p;
}

} // namespace hookdesk
