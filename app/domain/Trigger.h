// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace hookdesk {

// Routes event types to one integration, at a path appended to the integration's base URL,
// optionally only for events whose URN matches one of its scope patterns.
struct Trigger
{
    qint64 id = 0;
    qint64 integrationId = 0;
    // The first entry of eventTypes, for code and listings that show one type. A trigger built
    // with only this set (eventTypes empty) subscribes to this one type.
    QString eventType;
    // Exact catalogue types and group wildcards such as "Submissions > *". Stores fill it on read;
    // when it is not empty it is what the trigger subscribes to.
    QStringList eventTypes;
    // UrnPattern texts; empty means every event, whatever its URN.
    QStringList urnPatterns;
    QString path;
    bool enabled = true;
    qint64 createdAt = 0;

    QStringList types() const
    {
        return eventTypes.isEmpty() && !eventType.isEmpty() ? QStringList{eventType} : eventTypes;
    }
};

// Joins a base URL and a trigger path with exactly one slash between them.
QString joinUrl(const QString& baseUrl, const QString& path);

} // namespace hookdesk
