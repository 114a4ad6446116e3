// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DeliveryJob.h"

#include <QVariant>

namespace hookdesk {

// How a delivery job reads in a queue table: the columns, the roles, and the text, icon and
// colour of each cell. Every queue model presents jobs through this, so they look alike.
class JobPresentation
{
public:
    enum Column
    {
        CreatedColumn,
        EventColumn,
        IntegrationColumn,
        UrlColumn,
        StatusColumn,
        HttpColumn,
        RunColumn, // the receiver's run number from the latest response that gave one
        AttemptsColumn,
        DurationColumn,
        NextRetryColumn, // when a failed job is tried again; empty when no retry is scheduled
        ColumnCount
    };
    enum Role
    {
        JobIdRole = Qt::UserRole + 1,
        StatusRole,
        ErrorRole,
        NextRetryRole, // ms since the epoch of the next retry, 0 when none is scheduled
        FirstFreeRole
    };

    static QVariant data(const DeliveryJob& j, int column, int role);
    static QVariant header(int section);
    // When a failed job is tried again, or 0.
    static qint64 nextRetryAt(const DeliveryJob& j);
};

} // namespace hookdesk
