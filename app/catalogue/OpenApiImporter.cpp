// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/OpenApiImporter.h"

#include "catalogue/JsonErrorLocator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace hookdesk {

namespace {

// A struct rather than a free tr(): lupdate files the strings of free functions under the
// namespace, so only Q_DECLARE_TR_FUNCTIONS puts them in the context looked up at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hookdesk::OpenApiImporter)
};

const QString componentsPrefix = QStringLiteral("#/components/schemas/");

QString escapePointer(QString part)
{
    return part.replace(QLatin1Char('~'), QLatin1String("~0")).replace(QLatin1Char('/'), QLatin1String("~1"));
}

QString unescapePointer(QString part)
{
    return part.replace(QLatin1String("~1"), QLatin1String("/"))
        .replace(QLatin1String("~0"), QLatin1String("~"));
}

struct Failure
{
    QString where;
    QString why;
};

// Follows a local reference such as #/components/requestBodies/Order.
QJsonValue resolvePointer(const QJsonObject& root, const QString& ref)
{
    QJsonValue at = root;
    for (const QString& part : ref.mid(2).split(QLatin1Char('/')))
        at = at.toObject().value(unescapePointer(part));
    return at;
}

// An object that may be {"$ref": "#/…"}: the object it names (once; chains are followed).
QJsonObject dereference(const QJsonObject& root, QJsonObject object, const QString& where, Failure* failure)
{
    for (int hops = 0; object.contains(QLatin1String("$ref")) && hops < 16; ++hops) {
        const QString ref = object.value(QLatin1String("$ref")).toString();
        if (!ref.startsWith(QLatin1String("#/"))) {
            *failure = {
                where,
                Text::tr("the reference “%1” points into another document; only references inside this "
                         "file (#/components/…) can be imported")
                    .arg(ref)};
            return {};
        }
        const QJsonValue target = resolvePointer(root, ref);
        if (!target.isObject()) {
            *failure = {where, Text::tr("the reference “%1” names nothing in this document").arg(ref)};
            return {};
        }
        object = target.toObject();
    }
    return object;
}

// Rewrites #/components/schemas/X to #/definitions/X everywhere in a schema and notes each X.
QJsonValue rewriteRefs(const QJsonValue& value, const QString& where, QSet<QString>& names, Failure* failure)
{
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] =
                rewriteRefs(array.at(i), where + QLatin1Char('/') + QString::number(i), names, failure);
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString at = where + QLatin1Char('/') + escapePointer(it.key());
        if (it.key() == QLatin1String("$ref") && it.value().isString()) {
            const QString ref = it.value().toString();
            if (ref.startsWith(componentsPrefix)) {
                const QString name = unescapePointer(ref.mid(componentsPrefix.size()));
                names.insert(name);
                it.value() = QStringLiteral("#/definitions/") + escapePointer(name);
            } else if (!ref.startsWith(QLatin1String("#/definitions/"))) {
                if (failure->why.isEmpty())
                    *failure = {
                        at,
                        Text::tr("the reference “%1” is not to #/components/schemas/…; only references to "
                                 "schemas of this document can be imported")
                            .arg(ref)};
            }
        } else {
            it.value() = rewriteRefs(it.value(), at, names, failure);
        }
    }
    return object;
}

// The schema with every component it needs (directly or through other components) as
// definitions, so that it stands alone.
QJsonObject standaloneSchema(const QJsonObject& root, const QJsonObject& schema, const QString& where,
                             Failure* failure)
{
    QSet<QString> needed;
    QJsonObject result = rewriteRefs(schema, where, needed, failure).toObject();
    const QJsonObject components =
        root.value(QLatin1String("components")).toObject().value(QLatin1String("schemas")).toObject();
    QJsonObject definitions = result.value(QLatin1String("definitions")).toObject();
    QSet<QString> done;
    while (failure->why.isEmpty()) {
        const QSet<QString> pending = needed - done;
        if (pending.isEmpty())
            break;
        for (const QString& name : pending) {
            done.insert(name);
            const QString at = QStringLiteral("/components/schemas/") + escapePointer(name);
            if (!components.value(name).isObject()) {
                *failure = {where, Text::tr("the schema refers to “%1%2”, which the document does not define")
                                       .arg(componentsPrefix, name)};
                break;
            }
            definitions.insert(name, rewriteRefs(components.value(name), at, needed, failure));
        }
    }
    if (!definitions.isEmpty())
        result.insert(QLatin1String("definitions"), definitions);
    result.insert(QLatin1String("$schema"), QStringLiteral("http://json-schema.org/draft-07/schema#"));
    return result;
}

QStringList nameWords(const QString& name)
{
    QStringList words;
    static const QRegularExpression separators(QStringLiteral("[._\\-\\s/:]+"));
    static const QRegularExpression camel(QStringLiteral("(?<=[a-z0-9])(?=[A-Z])"));
    for (const QString& part : name.split(separators, Qt::SkipEmptyParts))
        for (const QString& word : part.split(camel, Qt::SkipEmptyParts))
            words << word.left(1).toUpper() + word.mid(1);
    return words;
}

} // namespace

bool OpenApiImporter::isOpenApi(const QByteArray& json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    return doc.isObject() && doc.object().contains(QLatin1String("openapi"));
}

bool OpenApiImporter::toCatalogue(const QByteArray& json, QByteArray* catalogueJson, QString* error)
{
    const auto fail = [error](const QString& where, const QString& why) {
        if (error)
            *error = where.isEmpty() ? why : Text::tr("at %1: %2").arg(where, why);
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const JsonErrorLocator::Location at = JsonErrorLocator::locate(json, parseError);
        return fail(QString(), Text::tr("the file is not valid JSON at line %1, column %2: %3")
                                   .arg(at.line)
                                   .arg(at.column)
                                   .arg(at.reason));
    }
    const QJsonObject root = doc.object();
    const QString version = root.value(QLatin1String("openapi")).toString();
    if (!version.startsWith(QLatin1String("3.1")))
        return fail(
            QStringLiteral("/openapi"),
            Text::tr("the document is OpenAPI “%1”; webhooks can be imported from OpenAPI 3.1 documents")
                .arg(version));
    const QJsonObject webhooks = root.value(QLatin1String("webhooks")).toObject();
    if (webhooks.isEmpty())
        return fail(QStringLiteral("/webhooks"),
                    Text::tr("the document has no “webhooks” section, or it is empty"));
    const QJsonObject info = root.value(QLatin1String("info")).toObject();
    const QString platform = info.value(QLatin1String("title")).toString().trimmed();

    QJsonArray events;
    for (auto it = webhooks.constBegin(); it != webhooks.constEnd(); ++it) {
        const QString where = QStringLiteral("/webhooks/") + escapePointer(it.key());
        Failure failure;
        const QJsonObject pathItem = dereference(root, it.value().toObject(), where, &failure);
        if (!failure.why.isEmpty())
            return fail(failure.where, failure.why);
        const QString method =
            pathItem.contains(QLatin1String("post")) ? QStringLiteral("post") : QStringLiteral("put");
        if (!pathItem.value(method).isObject())
            return fail(where, Text::tr("the webhook has no “post” operation"));
        const QString opWhere = where + QLatin1Char('/') + method;
        const QJsonObject operation = pathItem.value(method).toObject();

        QJsonObject schema;
        QJsonValue example = QJsonObject();
        if (operation.contains(QLatin1String("requestBody"))) {
            const QString bodyWhere = opWhere + QStringLiteral("/requestBody");
            const QJsonObject body = dereference(
                root, operation.value(QLatin1String("requestBody")).toObject(), bodyWhere, &failure);
            if (!failure.why.isEmpty())
                return fail(failure.where, failure.why);
            const QJsonObject content = body.value(QLatin1String("content")).toObject();
            if (!content.value(QLatin1String("application/json")).isObject())
                return fail(
                    bodyWhere + QStringLiteral("/content"),
                    Text::tr(
                        "the request body has no “application/json” content, which is what webhooks send"));
            const QJsonObject media = content.value(QLatin1String("application/json")).toObject();
            const QString schemaWhere = bodyWhere + QStringLiteral("/content/application~1json/schema");
            if (media.contains(QLatin1String("schema")) && !media.value(QLatin1String("schema")).isObject())
                return fail(schemaWhere, Text::tr("the schema must be a JSON object"));
            schema = standaloneSchema(root, media.value(QLatin1String("schema")).toObject(), schemaWhere,
                                      &failure);
            if (!failure.why.isEmpty())
                return fail(failure.where, failure.why);
            if (media.contains(QLatin1String("example"))) {
                example = media.value(QLatin1String("example"));
            } else if (media.value(QLatin1String("examples")).isObject()) {
                const QJsonObject examples = media.value(QLatin1String("examples")).toObject();
                if (!examples.isEmpty()) {
                    const QJsonObject first =
                        dereference(root, examples.begin().value().toObject(), schemaWhere, &failure);
                    if (!failure.why.isEmpty())
                        return fail(failure.where, failure.why);
                    example = first.value(QLatin1String("value"));
                }
            } else {
                // The schema's own example, found through its $ref when it has one.
                const QJsonObject named =
                    dereference(root, media.value(QLatin1String("schema")).toObject(), schemaWhere, &failure);
                if (named.contains(QLatin1String("example")))
                    example = named.value(QLatin1String("example"));
                else if (!named.value(QLatin1String("examples")).toArray().isEmpty())
                    example = named.value(QLatin1String("examples")).toArray().first();
            }
        }

        QStringList words = nameWords(it.key());
        if (words.isEmpty())
            return fail(where, Text::tr("the webhook needs a name"));
        const QString eventName = operation.value(QLatin1String("x-hookdesk-event-name"))
                                      .toString(words.size() > 1 ? words.takeLast() : QStringLiteral("Sent"));
        const QString itemName =
            operation.value(QLatin1String("x-hookdesk-item-name")).toString(words.join(QLatin1Char(' ')));
        QString type = it.key().trimmed();
        type.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral("."));
        const QString summary = operation.value(QLatin1String("summary")).toString().trimmed();
        const QString tag = operation.value(QLatin1String("tags")).toArray().first().toString();

        QJsonObject event{
            {QStringLiteral("type"), type},
            {QStringLiteral("title"), summary.isEmpty() ? it.key() : summary},
            {QStringLiteral("description"), operation.value(QLatin1String("description")).toString()},
            {QStringLiteral("group"), QJsonArray{tag.isEmpty() ? Text::tr("Webhooks") : tag}},
            {QStringLiteral("itemName"), itemName},
            {QStringLiteral("eventName"), eventName},
            {QStringLiteral("example"), example},
            {QStringLiteral("deprecated"), operation.value(QLatin1String("deprecated")).toBool()}};
        if (!schema.isEmpty())
            event.insert(QStringLiteral("schema"), schema);
        events.append(event);
    }
    const QJsonObject catalogue{
        {QStringLiteral("format"), QStringLiteral("hookdesk-catalogue")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("platform"), platform.isEmpty() ? QStringLiteral("openapi") : platform},
        {QStringLiteral("events"), events}};
    if (catalogueJson)
        *catalogueJson = QJsonDocument(catalogue).toJson(QJsonDocument::Indented);
    if (error)
        error->clear();
    return true;
}

} // namespace hookdesk
