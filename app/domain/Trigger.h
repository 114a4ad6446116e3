// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hookdesk {

// Routes one event type to one integration, at a path appended to the integration's base URL.
struct Trigger
{
    qint64 id = 0;
    qint64 integrationId = 0;
    QString eventType;
    QString path;
    bool enabled = true;
    qint64 createdAt = 0;
};

// Joins a base URL and a trigger path with exactly one slash between them.
QString joinUrl(const QString& baseUrl, const QString& path);

} // namespace hookdesk
