// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/SchemaFields.h"

#include <QJsonArray>
#include <QStringList>

namespace hookdesk {

namespace {

constexpr int kMaxDepth = 8; // recursive schemas (a tree of comments) stop here

QJsonObject resolve(const QJsonObject& root, QJsonObject schema, int hops = 0)
{
    const QString ref = schema.value(QLatin1String("$ref")).toString();
    if (ref.isEmpty() || !ref.startsWith(QLatin1String("#/")) || hops > kMaxDepth)
        return schema;
    QJsonValue at = root;
    for (QString part : ref.mid(2).split(QLatin1Char('/'))) {
        part.replace(QLatin1String("~1"), QLatin1String("/"))
            .replace(QLatin1String("~0"), QLatin1String("~"));
        at = at.toObject().value(part);
    }
    if (!at.isObject())
        return schema;
    QJsonObject target = at.toObject();
    // Keywords beside the $ref (a description) win over the target's own.
    for (auto it = schema.constBegin(); it != schema.constEnd(); ++it)
        if (it.key() != QLatin1String("$ref"))
            target.insert(it.key(), it.value());
    return resolve(root, target, hops + 1);
}

QString typeText(const QJsonObject& schema)
{
    QStringList types;
    const QJsonValue type = schema.value(QLatin1String("type"));
    if (type.isString())
        types << type.toString();
    for (const QJsonValue& t : type.toArray())
        types << t.toString();
    if (types.isEmpty() && schema.contains(QLatin1String("enum")))
        types << QStringLiteral("enum");
    if (types.isEmpty() && schema.contains(QLatin1String("properties")))
        types << QStringLiteral("object");
    if (types.isEmpty() && schema.contains(QLatin1String("$ref")))
        types << QStringLiteral("see %1").arg(schema.value(QLatin1String("$ref")).toString());
    for (const char* keyword : {"oneOf", "anyOf"})
        if (types.isEmpty() && schema.contains(QLatin1String(keyword)))
            types << QStringLiteral("one of several");
    QString text = types.isEmpty() ? QStringLiteral("any") : types.join(QLatin1String(" or "));
    if (schema.value(QLatin1String("format")).isString())
        text += QStringLiteral(" (%1)").arg(schema.value(QLatin1String("format")).toString());
    const QJsonArray values = schema.value(QLatin1String("enum")).toArray();
    if (!values.isEmpty()) {
        QStringList shown;
        for (const QJsonValue& v : values)
            shown << (v.isString() ? v.toString() : v.toVariant().toString());
        text += QStringLiteral(": %1").arg(shown.join(QLatin1String(", ")));
    }
    return text;
}

void collect(const QJsonObject& root, const QJsonObject& objectSchema, const QString& prefix, int depth,
             QList<SchemaFields::Field>& out)
{
    if (depth > kMaxDepth)
        return;
    const QJsonObject schema = resolve(root, objectSchema);
    QStringList required;
    for (const QJsonValue& r : schema.value(QLatin1String("required")).toArray())
        required << r.toString();
    const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
    for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
        const QJsonObject property = resolve(root, it.value().toObject());
        SchemaFields::Field field;
        field.name = prefix + it.key();
        field.type = typeText(property);
        field.required = required.contains(it.key());
        field.description = property.value(QLatin1String("description")).toString();
        field.depth = depth;
        out << field;
        if (property.contains(QLatin1String("properties")))
            collect(root, property, field.name + QLatin1Char('.'), depth + 1, out);
        const QJsonObject items = resolve(root, property.value(QLatin1String("items")).toObject());
        if (!items.isEmpty()) {
            out.last().type += QStringLiteral(" of %1").arg(typeText(items));
            if (items.contains(QLatin1String("properties")))
                collect(root, items, field.name + QLatin1String("[]."), depth + 1, out);
        }
    }
}

} // namespace

QList<SchemaFields::Field> SchemaFields::flatten(const QJsonObject& schema)
{
    QList<Field> fields;
    collect(schema, schema, QString(), 0, fields);
    return fields;
}

} // namespace hookdesk
