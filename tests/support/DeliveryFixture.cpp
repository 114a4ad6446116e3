// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeliveryFixture.h"

#include "delivery/Signer.h"
#include "domain/Event.h"

namespace hookdesk::test {

QString DeliveryFixture::open()
{
    QString error;
    if (!dir.isValid())
        return QStringLiteral("no temporary folder");
    if (!db.open(dir.filePath(QStringLiteral("hookdesk.sqlite")), QStringLiteral("fixture"), &error))
        return error;
    integrations = std::make_unique<IntegrationStore>(db);
    triggers = std::make_unique<TriggerStore>(db);
    events = std::make_unique<EventStore>(db);
    jobs = std::make_unique<JobStore>(db);
    // As AppContext does: jobs created by raising are news to the job store's listeners.
    QObject::connect(events.get(), &EventStore::jobsCreated, jobs.get(), &JobStore::jobsChanged);
    return {};
}

QString DeliveryFixture::addIntegration(Integration& integration)
{
    QString error;
    if (integration.name.isEmpty())
        integration.name = QStringLiteral("Receiver");
    if (!integrations->insert(integration, &error))
        return error;
    // The memory store keeps the value at once; only its answer is asynchronous.
    secrets.write(integration.tokenKey(), QStringLiteral("tok-fixture"), {});
    secrets.write(integration.secretKey(), Signer::generateSecret(), {});
    Trigger trigger;
    trigger.integrationId = integration.id;
    trigger.eventType = kEventType;
    if (!triggers->insert(trigger, &error))
        return error;
    return {};
}

QString DeliveryFixture::raise(QString* error)
{
    Event event;
    event.type = kEventType;
    event.payload = QByteArrayLiteral("{\"n\":1}");
    event.source = QStringLiteral("test");
    const auto raised = events->raise(event, error);
    if (!raised || raised->jobIds.size() != 1)
        return {};
    return raised->jobIds.first();
}

} // namespace hookdesk::test
