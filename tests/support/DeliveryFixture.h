// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Integration.h"
#include "secrets/MemorySecretStore.h"
#include "storage/Database.h"
#include "storage/EventStore.h"
#include "storage/IntegrationStore.h"
#include "storage/JobStore.h"
#include "storage/TriggerStore.h"

#include <QTemporaryDir>
#include <memory>

namespace hookdesk::test {

// A throwaway SQLite database with the stores a dispatcher needs and a memory keychain, for
// tests that deliver a few real jobs.
class DeliveryFixture
{
public:
    static inline const QString kEventType = QStringLiteral("thyngs.interaction.occurred");

    // Empty when the database opened; otherwise why not.
    QString open();

    // Inserts the integration (name "Receiver" unless set) with a token, a signing secret and one
    // trigger for kEventType. Empty on success; otherwise the error.
    QString addIntegration(Integration& integration);
    // Raises one kEventType event; the id of its one job, or empty (with *error).
    QString raise(QString* error);

    QTemporaryDir dir;
    Database db;
    std::unique_ptr<IntegrationStore> integrations;
    std::unique_ptr<TriggerStore> triggers;
    std::unique_ptr<EventStore> events;
    std::unique_ptr<JobStore> jobs;
    MemorySecretStore secrets;
};

} // namespace hookdesk::test
