// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/SchemaValidator.h"
#include "storage/EventStore.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace hookdesk {

class Catalogue;
struct EventType;

// Raises events of catalogue types: checks the payload, stores the event and fans it out.
class EventService
{
public:
    EventService(const Catalogue& catalogue, EventStore& events);

    // payload: the JSON body; empty means the type's example payload.
    std::optional<EventStore::Raised> raise(const QString& type, const QByteArray& payload,
                                            const QString& urn, const QString& source, QString* error);
    // idempotencyKey: when an event with this key was stored before, nothing new is stored and
    // the result is the original event and jobs, marked `duplicate`.
    std::optional<EventStore::Raised> raise(const QString& type, const QByteArray& payload,
                                            const QString& urn, const QString& idempotencyKey,
                                            const QString& source, QString* error);

    // One event to raise, as raise() takes it.
    struct Request
    {
        QString type;
        QByteArray payload;
        QString urn;
        QString idempotencyKey;
        QString source;
    };
    // Raises many events in one transaction (see EventStore::raiseMany): for bursts, where a
    // commit per event would cost more than the events themselves. Every payload is checked
    // first; when one is refused, nothing is raised and the error names it. lastWarnings() then
    // holds one entry per request.
    std::optional<QList<EventStore::Raised>> raiseMany(const QList<Request>& requests, QString* error);
    QStringList lastWarnings() const { return m_lastWarnings; }

    // After a successful raise: the schema mismatch of a type whose validation mode is "warn",
    // in words; empty when the payload matched (or was not checked).
    QString lastWarning() const { return m_lastWarning; }

    // The mismatch of a payload with the type's schema in words, or an empty string. Used before
    // sending (the test-event editor) as well as by raise().
    QString schemaProblems(const EventType& type, const QJsonValue& payload);

    // Describes what is wrong with a JSON payload (position and reason), or returns an empty string.
    static QString checkJson(const QByteArray& payload);

private:
    // The event a request describes, checked against the catalogue; *mismatch: the schema
    // mismatch of a type in "warn" mode.
    std::optional<Event> prepare(const Request& request, QString* mismatch, QString* error);

    const Catalogue& m_catalogue;
    EventStore& m_events;
    QString m_lastWarning;
    QStringList m_lastWarnings;
    // Parsed schemas by type; the schema kept beside it notices an edited custom type.
    QHash<QString, QPair<QJsonObject, SchemaValidator>> m_validators;
};

} // namespace hookdesk
