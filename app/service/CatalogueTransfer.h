// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace hookdesk {

class AppContext;
class Catalogue;

// Moves event types in and out of the database as files: Hookdesk catalogue files (see README,
// "Event catalogue files") and the webhooks of OpenAPI 3.1 documents in, catalogue files out.
// An import is checked whole before anything is stored, and stored in one transaction.
class CatalogueTransfer
{
public:
    struct Imported
    {
        QStringList added;    // types that were new
        QStringList replaced; // custom types the file updated
    };

    // A catalogue file or an OpenAPI 3.1 document (recognised by its "openapi" key).
    static std::optional<Imported> importFile(AppContext& context, const QString& path, QString* error);
    static std::optional<Imported> importJson(AppContext& context, const QByteArray& json,
                                              const QString& sourceName, QString* error);

    // The custom types (and, with includeBuiltIn, the built-in ones too) as a catalogue file that
    // importJson reads back.
    static QByteArray exportJson(const Catalogue& catalogue, bool includeBuiltIn);
};

} // namespace hookdesk
