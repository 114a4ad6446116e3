// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/Catalogue.h"
#include "secrets/KeychainSecretStore.h"
#include "service/EventService.h"
#include "service/IngestKeyService.h"
#include "service/IntegrationService.h"
#include "storage/Database.h"
#include "storage/EventStore.h"
#include "storage/EventTypeStore.h"
#include "storage/IngestKeyStore.h"
#include "storage/IntegrationStore.h"
#include "storage/JobStore.h"
#include "storage/TriggerStore.h"

#include <memory>

namespace hookdesk {

// Everything one process needs to work on one database: the connection, the stores, the
// keychain, the catalogue and the services over them. The GUI and every command build one.
class AppContext
{
public:
    AppContext();
    ~AppContext();

    // Opens the database (SQLite file or postgresql:// URL) and loads the catalogue.
    bool open(const QString& location, QString* error);

    Database& database() { return m_database; }
    IntegrationStore& integrations() { return *m_integrations; }
    TriggerStore& triggers() { return *m_triggers; }
    EventStore& events() { return *m_events; }
    JobStore& jobs() { return *m_jobs; }
    SecretStore& secrets() { return *m_secrets; }
    const Catalogue& catalogue() const { return m_catalogue; }
    EventTypeStore& eventTypes() { return *m_eventTypes; }
    // Built-in catalogues plus the custom types of the database; done at open and after every
    // change of the custom types. Returns problems with custom types in words (empty if none).
    QString reloadCatalogue();
    IntegrationService& integrationService() { return *m_integrationService; }
    EventService& eventService() { return *m_eventService; }
    IngestKeyStore& ingestKeys() { return *m_ingestKeys; }
    IngestKeyService& ingestKeyService() { return *m_ingestKeyService; }

private:
    Database m_database;
    Catalogue m_catalogue;
    std::unique_ptr<IntegrationStore> m_integrations;
    std::unique_ptr<TriggerStore> m_triggers;
    std::unique_ptr<EventStore> m_events;
    std::unique_ptr<EventTypeStore> m_eventTypes;
    std::unique_ptr<JobStore> m_jobs;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<IntegrationService> m_integrationService;
    std::unique_ptr<EventService> m_eventService;
    std::unique_ptr<IngestKeyStore> m_ingestKeys;
    std::unique_ptr<IngestKeyService> m_ingestKeyService;
};

} // namespace hookdesk
