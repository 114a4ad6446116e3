// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/AppContext.h"

#include <QDebug>

namespace hookdesk {

AppContext::AppContext() = default;

AppContext::~AppContext()
{
    // Services refer to the stores, and the stores to the database: tear down in that order.
    m_ingestKeyService.reset();
    m_ingestKeys.reset();
    m_eventService.reset();
    m_integrationService.reset();
    m_secrets.reset();
    m_jobs.reset();
    m_events.reset();
    m_eventTypes.reset();
    m_triggers.reset();
    m_integrations.reset();
    m_database.close();
}

bool AppContext::open(const QString& location, QString* error)
{
    QString catalogueError;
    m_catalogue = Catalogue::builtIn(&catalogueError);
    if (!catalogueError.isEmpty()) {
        if (error)
            *error = catalogueError;
        return false;
    }
    if (!m_database.open(location, QStringLiteral("hookdesk-main"), error))
        return false;
    m_integrations = std::make_unique<IntegrationStore>(m_database);
    m_triggers = std::make_unique<TriggerStore>(m_database);
    m_events = std::make_unique<EventStore>(m_database);
    m_jobs = std::make_unique<JobStore>(m_database);
    m_eventTypes = std::make_unique<EventTypeStore>(m_database);
    // A problem with one custom type must not lock the administrator out; it is left out of
    // the catalogue and the rest loads.
    const QString customProblems = reloadCatalogue();
    if (!customProblems.isEmpty())
        qWarning().noquote() << customProblems;
    // Connected before any view's own connection, so views see the reloaded catalogue.
    QObject::connect(m_eventTypes.get(), &EventTypeStore::changed, m_eventTypes.get(),
                     [this]() { reloadCatalogue(); });
    m_secrets = std::make_unique<KeychainSecretStore>();
    m_integrationService = std::make_unique<IntegrationService>(*m_integrations, *m_secrets);
    m_eventService = std::make_unique<EventService>(m_catalogue, *m_events);
    m_ingestKeys = std::make_unique<IngestKeyStore>(m_database);
    m_ingestKeyService = std::make_unique<IngestKeyService>(*m_ingestKeys, *m_secrets);
    // Jobs raised here count as job changes for this process's queue views and dispatcher.
    QObject::connect(m_events.get(), &EventStore::jobsCreated, m_jobs.get(), &JobStore::jobsChanged);
    return true;
}

QString AppContext::reloadCatalogue()
{
    Catalogue catalogue = Catalogue::builtIn();
    QString error;
    const QList<EventType> custom = m_eventTypes ? m_eventTypes->list(&error) : QList<EventType>();
    QString problems;
    catalogue.addCustom(custom, &problems);
    m_catalogue = std::move(catalogue);
    if (!error.isEmpty())
        problems = error + (problems.isEmpty() ? QString() : QLatin1Char('\n') + problems);
    return problems;
}

} // namespace hookdesk
