// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/CatalogueTransfer.h"

#include "catalogue/Catalogue.h"
#include "catalogue/OpenApiImporter.h"
#include "catalogue/SchemaValidator.h"
#include "service/AppContext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hookdesk {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("hookdesk::CatalogueTransfer", text);
}

// As for catalogue files: far above any real document.
constexpr qint64 maxFileSize = 64 * 1024 * 1024;

} // namespace

std::optional<CatalogueTransfer::Imported> CatalogueTransfer::importFile(AppContext& context,
                                                                         const QString& path, QString* error)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Could not open “%1”: %2. Check that the file exists and that you may read it.")
                         .arg(shownPath, file.errorString());
        return std::nullopt;
    }
    if (file.size() > maxFileSize) {
        if (error)
            *error = tr("“%1” is larger than %2 MB, which no event catalogue needs. Check that you chose the "
                        "right file.")
                         .arg(shownPath)
                         .arg(maxFileSize / (1024 * 1024));
        return std::nullopt;
    }
    return importJson(context, file.readAll(), shownPath, error);
}

std::optional<CatalogueTransfer::Imported> CatalogueTransfer::importJson(AppContext& context,
                                                                         const QByteArray& json,
                                                                         const QString& sourceName,
                                                                         QString* error)
{
    const auto fail = [&](const QString& problem) {
        if (error)
            *error =
                tr("Could not import “%1”: %2. Nothing was imported; correct the file and import it again.")
                    .arg(sourceName, problem);
        return std::nullopt;
    };
    QByteArray catalogueJson = json;
    if (OpenApiImporter::isOpenApi(json)) {
        QString problem;
        if (!OpenApiImporter::toCatalogue(json, &catalogueJson, &problem))
            return fail(problem);
    }
    // A fresh catalogue checks the format and the file on its own; clashes are decided below.
    Catalogue parsed;
    QString problem;
    if (!parsed.loadJson(catalogueJson, sourceName, false, &problem)) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    Imported imported;
    for (qsizetype i = 0; i < parsed.eventTypes().size(); ++i) {
        const EventType& type = parsed.eventTypes().at(i);
        const QString label = tr("event %1 (“%2”)").arg(i + 1).arg(type.type);
        SchemaValidator validator;
        QString schemaProblem;
        if (!validator.setSchema(type.schema, &schemaProblem))
            return fail(tr("in %1, %2").arg(label, schemaProblem));
        if (const EventType* existing = context.catalogue().find(type.type)) {
            if (existing->builtIn)
                return fail(tr("%1 is a built-in event type, which cannot be replaced; give it another type")
                                .arg(label));
            imported.replaced << type.type;
        } else {
            imported.added << type.type;
        }
    }
    if (!context.eventTypes().save(parsed.eventTypes(), &problem))
        return fail(problem);
    if (error)
        error->clear();
    return imported;
}

QByteArray CatalogueTransfer::exportJson(const Catalogue& catalogue, bool includeBuiltIn)
{
    QJsonArray events;
    for (const EventType& t : catalogue.eventTypes()) {
        if (t.builtIn && !includeBuiltIn)
            continue;
        QJsonObject event{{QStringLiteral("type"), t.type},
                          {QStringLiteral("title"), t.title},
                          {QStringLiteral("itemName"), t.itemName},
                          {QStringLiteral("eventName"), t.eventName},
                          {QStringLiteral("example"), t.example},
                          {QStringLiteral("validation"), validationModeName(t.validation)}};
        if (!t.description.isEmpty())
            event.insert(QStringLiteral("description"), t.description);
        if (!t.group.isEmpty())
            event.insert(QStringLiteral("group"), QJsonArray::fromStringList(t.group));
        if (!t.platform.isEmpty())
            event.insert(QStringLiteral("platform"), t.platform);
        if (!t.schema.isEmpty())
            event.insert(QStringLiteral("schema"), t.schema);
        if (t.deprecated)
            event.insert(QStringLiteral("deprecated"), true);
        events.append(event);
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("hookdesk-catalogue")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("platform"), QStringLiteral("custom")},
                           {QStringLiteral("name"), includeBuiltIn ? tr("Every event type of this Hookdesk")
                                                                   : tr("Custom event types")},
                           {QStringLiteral("events"), events}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace hookdesk
