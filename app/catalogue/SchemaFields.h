// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace hookdesk {

// A payload schema as the flat list of fields a person reads ("Model Information"): nested
// objects become dotted names (customer.email), array items get "[]" (lines[].sku).
class SchemaFields
{
public:
    struct Field
    {
        QString name; // e.g. "customer.email"
        QString type; // e.g. "string (date-time)", "integer or null", "object"
        bool required = false;
        QString description;
        int depth = 0; // 0 for top-level fields
    };

    // Local references (#/definitions/…) are followed; others are shown as "see <ref>".
    static QList<Field> flatten(const QJsonObject& schema);
};

} // namespace hookdesk
