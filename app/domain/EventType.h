// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace hookdesk {

// One entry of the events catalogue.
struct EventType
{
    QString type;  // stable key, e.g. "thyngs.interaction.occurred"
    QString title; // what the platform calls it, e.g. "INTERACTION OCCURED"
    QString description;
    QStringList group;  // group path, e.g. {"Submissions", "[kapp-slug]", "[form-slug]"}
    QString itemName;   // sent as Item-Name
    QString eventName;  // sent as Event-Name
    QString platform;   // catalogue it came from, e.g. "thyngs"
    QJsonObject schema; // JSON Schema (draft-07) of the payload
    QJsonValue example; // example payload
    bool deprecated = false;
    bool builtIn = true;

    QString groupPath() const { return group.join(QStringLiteral(" > ")); }
};

} // namespace hookdesk
