// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/EventType.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace hookdesk {

// The event types a console knows about: the built-in catalogues compiled in as resources under
// :/catalogues/, plus any catalogue files the administrator loads. Each file is taken whole or
// not at all, so a mistake in one event never leaves half a platform behind.
class Catalogue
{
public:
    // Loads every :/catalogues/*.json in name order. A failure here is a packaging bug; the
    // catalogues that did load are still returned.
    static Catalogue builtIn(QString* error = nullptr);

    bool loadFile(const QString& path, QString* error);
    bool loadJson(const QByteArray& json, const QString& sourceName, bool builtIn, QString* error);

    // Adds the administrator's own types (from the database). Each is checked on its own: one
    // whose type another catalogue already defines is left out and named in *error.
    void addCustom(const QList<EventType>& types, QString* error);

    const QList<EventType>& eventTypes() const { return m_eventTypes; }
    // Null when unknown. The pointer is valid until the next load adds types.
    const EventType* find(const QString& type) const;
    int size() const { return static_cast<int>(m_eventTypes.size()); }

private:
    QList<EventType> m_eventTypes;
    QHash<QString, qsizetype> m_indexByType;
    // Where each type came from, so that a clash can name the catalogue that already has it.
    QHash<QString, QString> m_sourceByType;
};

} // namespace hookdesk
