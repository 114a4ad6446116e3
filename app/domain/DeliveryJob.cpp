// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/DeliveryJob.h"

#include <QCoreApplication>

namespace hookdesk {

QString jobStatusToString(JobStatus status)
{
    switch (status) {
    case JobStatus::Pending:
        return QStringLiteral("pending");
    case JobStatus::Sending:
        return QStringLiteral("sending");
    case JobStatus::Succeeded:
        return QStringLiteral("succeeded");
    case JobStatus::Failed:
        return QStringLiteral("failed");
    case JobStatus::Exhausted:
        return QStringLiteral("exhausted");
    }
    return QStringLiteral("pending");
}

JobStatus jobStatusFromString(const QString& text, bool* ok)
{
    if (ok)
        *ok = true;
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("pending"))
        return JobStatus::Pending;
    if (t == QLatin1String("sending"))
        return JobStatus::Sending;
    if (t == QLatin1String("succeeded"))
        return JobStatus::Succeeded;
    if (t == QLatin1String("failed"))
        return JobStatus::Failed;
    if (t == QLatin1String("exhausted"))
        return JobStatus::Exhausted;
    if (ok)
        *ok = false;
    return JobStatus::Pending;
}

QString jobStatusLabel(JobStatus status)
{
    switch (status) {
    case JobStatus::Pending:
        return QCoreApplication::translate("hookdesk::DeliveryJob", "Pending");
    case JobStatus::Sending:
        return QCoreApplication::translate("hookdesk::DeliveryJob", "Sending");
    case JobStatus::Succeeded:
        return QCoreApplication::translate("hookdesk::DeliveryJob", "Succeeded");
    case JobStatus::Failed:
        return QCoreApplication::translate("hookdesk::DeliveryJob", "Failed");
    case JobStatus::Exhausted:
        return QCoreApplication::translate("hookdesk::DeliveryJob", "Exhausted");
    }
    return {};
}

} // namespace hookdesk
