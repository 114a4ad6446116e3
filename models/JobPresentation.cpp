// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobPresentation.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QIcon>
#include <QLocale>

namespace hookdesk {

qint64 JobPresentation::nextRetryAt(const DeliveryJob& j)
{
    return j.status == JobStatus::Failed ? j.nextAttemptAt : 0;
}

QVariant JobPresentation::data(const DeliveryJob& j, int column, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case CreatedColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(j.createdAt),
                                      QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case EventColumn:
            return j.eventType;
        case IntegrationColumn:
            return j.integrationName.isEmpty()
                       ? QCoreApplication::translate("hookdesk::JobPresentation", "(deleted)")
                       : j.integrationName;
        case UrlColumn:
            return j.url;
        case StatusColumn:
            return jobStatusLabel(j.status);
        case HttpColumn:
            return j.lastHttpStatus > 0 ? QVariant(j.lastHttpStatus) : QVariant(QStringLiteral("—"));
        case RunColumn:
            return j.runNumber;
        case AttemptsColumn:
            return j.attempts;
        case DurationColumn:
            return j.lastDurationMs >= 0 ? QCoreApplication::translate("hookdesk::JobPresentation", "%1 ms")
                                               .arg(j.lastDurationMs)
                                         : QStringLiteral("—");
        case NextRetryColumn:
            return nextRetryAt(j) > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(nextRetryAt(j)),
                                                           QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                      : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (column == NextRetryColumn && nextRetryAt(j) > 0)
            return QCoreApplication::translate(
                       "hookdesk::JobPresentation",
                       "Attempt %1 failed; Hookdesk tries again at this time. Resend to try now.")
                .arg(j.attempts);
        if (column == NextRetryColumn && j.status == JobStatus::Exhausted)
            return QCoreApplication::translate(
                "hookdesk::JobPresentation",
                "Every attempt of the retry schedule failed. Resend to try again.");
        if (column == RunColumn && !j.runNumber.isEmpty())
            return QCoreApplication::translate("hookdesk::JobPresentation",
                                               "The receiver's run number for this delivery: %1")
                .arg(j.runNumber);
        if (!j.lastError.isEmpty())
            return j.lastError;
        if (column == UrlColumn)
            return j.url;
        return {};
    case Qt::DecorationRole:
        if (column != StatusColumn)
            return {};
        switch (j.status) {
        case JobStatus::Pending:
            return QIcon(QStringLiteral(":/icons/status-pending.svg"));
        case JobStatus::Sending:
            return QIcon(QStringLiteral(":/icons/status-sending.svg"));
        case JobStatus::Succeeded:
            return QIcon(QStringLiteral(":/icons/status-succeeded.svg"));
        case JobStatus::Failed:
            return QIcon(QStringLiteral(":/icons/status-failed.svg"));
        case JobStatus::Exhausted:
            return QIcon(QStringLiteral(":/icons/status-exhausted.svg"));
        }
        return {};
    case Qt::ForegroundRole:
        if (column == StatusColumn && j.status == JobStatus::Failed)
            return QColor(0xb0, 0x1c, 0x1c);
        if (column == StatusColumn && j.status == JobStatus::Exhausted)
            return QColor(0x7a, 0x1f, 0x22);
        if (column == StatusColumn && j.status == JobStatus::Succeeded)
            return QColor(0x1b, 0x7a, 0x32);
        return {};
    case Qt::TextAlignmentRole:
        if (column == HttpColumn || column == AttemptsColumn || column == DurationColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case JobIdRole:
        return j.id;
    case StatusRole:
        return int(j.status);
    case ErrorRole:
        return j.lastError;
    case NextRetryRole:
        return nextRetryAt(j);
    }
    return {};
}

QVariant JobPresentation::header(int section)
{
    switch (section) {
    case CreatedColumn:
        return QCoreApplication::translate("hookdesk::JobPresentation", "Created");
    case EventColumn:
        return QCoreApplication::translate("hookdesk::JobPresentation", "Event");
    case IntegrationColumn:
        return QCoreApplication::translate("hookdesk::JobPresentation", "Integration");
    case UrlColumn:
        return QCoreApplication::translate("hookdesk::JobPresentation", "URL");
    case StatusColumn:
        return QCoreApplication::translate("hookdesk::JobPresentation", "Status");
    case HttpColumn:
        return QCoreApplication::translate("hookdesk::JobPresentation", "HTTP");
    case RunColumn:
        return QCoreApplication::translate("hookdesk::JobPresentation", "Run");
    case AttemptsColumn:
        return QCoreApplication::translate("hookdesk::JobPresentation", "Attempts");
    case DurationColumn:
        return QCoreApplication::translate("hookdesk::JobPresentation", "Duration");
    case NextRetryColumn:
        return QCoreApplication::translate("hookdesk::JobPresentation", "Next retry");
    }
    return {};
}

} // namespace hookdesk
