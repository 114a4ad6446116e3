// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DeliveryJob.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace hookdesk {

// Which delivery jobs to show or resend. Every field narrows; an empty filter matches every job.
struct JobFilter
{
    enum class HttpClass
    {
        Any,
        Success,     // 2xx
        Redirection, // 3xx
        ClientError, // 4xx
        ServerError, // 5xx
        None         // no HTTP answer (refused, timed out, never sent)
    };

    QList<JobStatus> statuses; // any of these; empty: any status

    // What an administrator means by a status: "failed" is every job whose last attempt failed,
    // whether a retry is scheduled or the schedule is exhausted.
    static QList<JobStatus> statusesMeant(JobStatus status)
    {
        if (status == JobStatus::Failed)
            return {JobStatus::Failed, JobStatus::Exhausted};
        return {status};
    }
    QString eventType;
    qint64 integrationId = 0; // 0: any integration
    qint64 since = 0;         // created at or after, ms since the epoch; 0: no lower bound
    qint64 until = 0;         // created before, ms since the epoch; 0: no upper bound
    HttpClass httpClass = HttpClass::Any;
    QString text; // words that must all occur in the payload

    bool isEmpty() const
    {
        return statuses.isEmpty() && eventType.isEmpty() && integrationId == 0 && since == 0 && until == 0 &&
               httpClass == HttpClass::Any && text.trimmed().isEmpty();
    }
    bool operator==(const JobFilter& o) const
    {
        return statuses == o.statuses && eventType == o.eventType && integrationId == o.integrationId &&
               since == o.since && until == o.until && httpClass == o.httpClass && text == o.text;
    }
    bool operator!=(const JobFilter& o) const { return !(*this == o); }
};

// A job's place in the keyset order: jobs sort by (created_at, id).
struct JobKey
{
    qint64 createdAt = 0;
    QString id;
};

} // namespace hookdesk

Q_DECLARE_METATYPE(hookdesk::JobFilter)
Q_DECLARE_METATYPE(hookdesk::JobKey)
