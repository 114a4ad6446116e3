// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace hookdesk {

// What raising an event does when its payload does not match the type's schema.
enum class ValidationMode
{
    Off,    // not checked
    Warn,   // raised, and the mismatch reported to whoever raised it
    Reject, // not raised; the error names the field
};

inline QString validationModeName(ValidationMode mode)
{
    switch (mode) {
    case ValidationMode::Off:
        return QStringLiteral("off");
    case ValidationMode::Reject:
        return QStringLiteral("reject");
    case ValidationMode::Warn:
        break;
    }
    return QStringLiteral("warn");
}

// Unknown names give nullopt-like false through *ok.
inline ValidationMode validationModeFromName(const QString& name, bool* ok = nullptr)
{
    if (ok)
        *ok = true;
    if (name == QLatin1String("off"))
        return ValidationMode::Off;
    if (name == QLatin1String("reject"))
        return ValidationMode::Reject;
    if (ok && name != QLatin1String("warn") && !name.isEmpty())
        *ok = false;
    return ValidationMode::Warn;
}

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
    // Built-in types warn; administrators choose per custom type.
    ValidationMode validation = ValidationMode::Warn;

    QString groupPath() const { return group.join(QStringLiteral(" > ")); }
};

} // namespace hookdesk
