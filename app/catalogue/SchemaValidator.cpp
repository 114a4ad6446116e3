// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/SchemaValidator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <exception>

// Without this valijson aborts the process on a schema it cannot use; this is the only file that
// includes valijson, so the choice is made once.
#define VALIJSON_USE_EXCEPTIONS 1
#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

namespace hookdesk {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("hookdesk::SchemaValidator", text);
}

QJsonValue formatsOnStringsOnly(const QJsonValue& schema);

QJsonObject schemaMap(const QJsonValue& value)
{
    QJsonObject map = value.toObject();
    for (auto it = map.begin(); it != map.end(); ++it)
        it.value() = formatsOnStringsOnly(it.value());
    return map;
}

QJsonArray schemaList(const QJsonValue& value)
{
    QJsonArray list;
    for (const QJsonValue& item : value.toArray())
        list.append(formatsOnStringsOnly(item));
    return list;
}

// valijson 1.0 applies "format" to every value, so a null in a nullable date-time field fails,
// while draft-07 applies formats to strings only. Each "format" becomes
// {"if": {"type": "string"}, "then": {"format": …}} inside an allOf, which is what the standard
// means. Only schema positions are walked, so a property that happens to be called "format", or
// an enum value, is left alone.
QJsonValue formatsOnStringsOnly(const QJsonValue& schemaValue)
{
    if (!schemaValue.isObject())
        return schemaValue;
    QJsonObject schema = schemaValue.toObject();
    for (const char* key : {"properties", "patternProperties", "definitions"}) {
        const QLatin1String k(key);
        if (schema.value(k).isObject())
            schema.insert(k, schemaMap(schema.value(k)));
    }
    for (const char* key : {"additionalItems", "additionalProperties", "contains", "propertyNames", "not",
                            "if", "then", "else"}) {
        const QLatin1String k(key);
        if (schema.contains(k))
            schema.insert(k, formatsOnStringsOnly(schema.value(k)));
    }
    for (const char* key : {"allOf", "anyOf", "oneOf"}) {
        const QLatin1String k(key);
        if (schema.value(k).isArray())
            schema.insert(k, schemaList(schema.value(k)));
    }
    const QLatin1String items("items");
    if (schema.value(items).isArray())
        schema.insert(items, schemaList(schema.value(items)));
    else if (schema.contains(items))
        schema.insert(items, formatsOnStringsOnly(schema.value(items)));
    const QLatin1String dependencies("dependencies");
    if (schema.value(dependencies).isObject()) {
        QJsonObject map = schema.value(dependencies).toObject();
        for (auto it = map.begin(); it != map.end(); ++it)
            if (it.value().isObject())
                it.value() = formatsOnStringsOnly(it.value());
        schema.insert(dependencies, map);
    }
    const QLatin1String format("format");
    if (schema.value(format).isString()) {
        const QJsonObject onStrings{
            {QStringLiteral("if"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}},
            {QStringLiteral("then"), QJsonObject{{QStringLiteral("format"), schema.value(format)}}}};
        QJsonArray allOf = schema.value(QLatin1String("allOf")).toArray();
        allOf.append(onStrings);
        schema.insert(QLatin1String("allOf"), allOf);
        schema.remove(format);
    }
    return schema;
}

// valijson names each step "[key]" or "[3]" below "<root>".
QString pointerFrom(const std::vector<std::string>& context)
{
    QString pointer;
    for (const std::string& step : context) {
        QString part = QString::fromStdString(step);
        if (part == QLatin1String("<root>"))
            continue;
        if (part.startsWith(QLatin1Char('[')) && part.endsWith(QLatin1Char(']')))
            part = part.mid(1, part.size() - 2);
        part.replace(QLatin1Char('~'), QLatin1String("~0")).replace(QLatin1Char('/'), QLatin1String("~1"));
        pointer += QLatin1Char('/') + part;
    }
    return pointer;
}

} // namespace

struct SchemaValidator::Private
{
    valijson::Schema schema;
};

SchemaValidator::SchemaValidator() = default;
SchemaValidator::~SchemaValidator() = default;
SchemaValidator::SchemaValidator(const SchemaValidator& other) = default;
SchemaValidator& SchemaValidator::operator=(const SchemaValidator& other) = default;

bool SchemaValidator::setSchema(const QJsonValue& schema, QString* error)
{
    m_d.reset();
    if (schema.isUndefined() || schema.isNull() || (schema.isObject() && schema.toObject().isEmpty()))
        return true;
    if (!schema.isObject() && !schema.isBool()) {
        if (error)
            *error = tr("The schema must be a JSON object (a JSON Schema draft-07).");
        return false;
    }
    auto d = std::make_shared<Private>();
    try {
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        const QJsonValue usable = formatsOnStringsOnly(schema);
        parser.populateSchema(valijson::adapters::QtJsonAdapter(usable), d->schema);
    } catch (const std::exception& e) {
        if (error)
            *error = tr("The schema cannot be used: %1. Correct the schema (references to other files or "
                        "web addresses are not followed).")
                         .arg(QString::fromStdString(e.what()));
        return false;
    }
    m_d = std::move(d);
    return true;
}

bool SchemaValidator::hasSchema() const
{
    return m_d != nullptr;
}

QList<SchemaValidator::Problem> SchemaValidator::validate(const QJsonValue& value) const
{
    QList<Problem> problems;
    if (!m_d)
        return problems;
    valijson::Validator validator;
    valijson::ValidationResults results;
    bool valid = false;
    try {
        valid = validator.validate(m_d->schema, valijson::adapters::QtJsonAdapter(value), &results);
    } catch (const std::exception& e) {
        problems.append(
            {QString(), tr("the payload could not be checked: %1").arg(QString::fromStdString(e.what()))});
        return problems;
    }
    if (valid)
        return problems;
    QSet<QString> seen;
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
        Problem problem{pointerFrom(error.context), QString::fromStdString(error.description)};
        const QString key = problem.path + QLatin1Char('\n') + problem.reason;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        problems.append(problem);
    }
    if (problems.isEmpty())
        problems.append({QString(), tr("the payload does not match the schema.")});
    return problems;
}

QString SchemaValidator::describe(const QList<Problem>& problems, int limit)
{
    QStringList parts;
    for (qsizetype i = 0; i < problems.size() && i < limit; ++i) {
        const Problem& p = problems.at(i);
        const QString where = p.path.isEmpty() ? tr("the payload") : tr("field “%1”").arg(p.path);
        parts << QStringLiteral("%1: %2").arg(where, p.reason);
    }
    QString text = parts.join(QLatin1String("; "));
    if (problems.size() > limit)
        text += tr(" (and %1 more)").arg(problems.size() - limit);
    return text;
}

QList<SchemaValidator::Problem> SchemaValidator::check(const QJsonValue& schema, const QJsonValue& value)
{
    SchemaValidator validator;
    QString error;
    if (!validator.setSchema(schema, &error))
        return {{QString(), error}};
    return validator.validate(value);
}

} // namespace hookdesk
