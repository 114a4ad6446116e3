// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace hookdesk {

// Something that happened, stored before it fans out to jobs.
struct Event
{
    QString id; // "evt_…"
    QString type;
    QString urn;
    QByteArray payload; // the JSON body as raised, byte for byte
    QString itemName;   // sent as Item-Name
    QString eventName;  // sent as Event-Name
    QString source;     // "cli", "gui-test", "ingest"
    // Idempotency key given by the sender; an event with a key already stored is not raised again.
    QString idempotencyKey;
    qint64 createdAt = 0;
};

} // namespace hookdesk
