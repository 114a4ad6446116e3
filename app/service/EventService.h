// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/EventStore.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace hookdesk {

class Catalogue;

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

    // Describes what is wrong with a JSON payload (position and reason), or returns an empty string.
    static QString checkJson(const QByteArray& payload);

private:
    const Catalogue& m_catalogue;
    EventStore& m_events;
};

} // namespace hookdesk
