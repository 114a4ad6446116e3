// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueueModel.h"

#include "storage/JobStore.h"

#include <QColor>
#include <QDateTime>
#include <QIcon>
#include <QLocale>

namespace hookdesk {

namespace {

qint64 nextRetryAt(const DeliveryJob& j)
{
    return j.status == JobStatus::Failed ? j.nextAttemptAt : 0;
}

} // namespace

QueueModel::QueueModel(JobStore& store, QObject* parent) : RowListModel<DeliveryJob>(parent), m_store(store)
{
    connect(&m_store, &JobStore::jobsChanged, this, &QueueModel::scheduleReload);
    m_poll.setInterval(1500);
    connect(&m_poll, &QTimer::timeout, this, &QueueModel::reload);
    m_poll.start();
    reload();
}

void QueueModel::setPollInterval(int ms)
{
    m_poll.setInterval(ms);
}

void QueueModel::setStatusFilter(std::optional<JobStatus> status)
{
    m_status = status;
    reload();
}

void QueueModel::scheduleReload()
{
    if (m_reloadQueued)
        return;
    m_reloadQueued = true;
    QMetaObject::invokeMethod(this, &QueueModel::reload, Qt::QueuedConnection);
}

void QueueModel::reload()
{
    m_reloadQueued = false;
    JobStore::Filter filter;
    filter.status = m_status;
    QString error;
    QList<DeliveryJob> rows = m_store.list(filter, &error);
    if (!error.isEmpty()) {
        Q_EMIT loadFailed(error);
        return;
    }
    replaceRows(std::move(rows), [](const DeliveryJob& j) { return j.id; });
}

int QueueModel::rowOf(const QString& jobId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == jobId)
            return row;
    return -1;
}

int QueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeliveryJob& j = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CreatedColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(j.createdAt),
                                      QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case EventColumn:
            return j.eventType;
        case IntegrationColumn:
            return j.integrationName.isEmpty() ? tr("(deleted)") : j.integrationName;
        case UrlColumn:
            return j.url;
        case StatusColumn:
            return jobStatusLabel(j.status);
        case HttpColumn:
            return j.lastHttpStatus > 0 ? QVariant(j.lastHttpStatus) : QVariant(QStringLiteral("—"));
        case AttemptsColumn:
            return j.attempts;
        case DurationColumn:
            return j.lastDurationMs >= 0 ? tr("%1 ms").arg(j.lastDurationMs) : QStringLiteral("—");
        case NextRetryColumn:
            return nextRetryAt(j) > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(nextRetryAt(j)),
                                                           QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                      : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NextRetryColumn && nextRetryAt(j) > 0)
            return tr("Attempt %1 failed; Hookdesk tries again at this time. Resend to try now.")
                .arg(j.attempts);
        if (index.column() == NextRetryColumn && j.status == JobStatus::Exhausted)
            return tr("Every attempt of the retry schedule failed. Resend to try again.");
        if (!j.lastError.isEmpty())
            return j.lastError;
        if (index.column() == UrlColumn)
            return j.url;
        return {};
    case Qt::DecorationRole:
        if (index.column() != StatusColumn)
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
        if (index.column() == StatusColumn && j.status == JobStatus::Failed)
            return QColor(0xb0, 0x1c, 0x1c);
        if (index.column() == StatusColumn && j.status == JobStatus::Exhausted)
            return QColor(0x7a, 0x1f, 0x22);
        if (index.column() == StatusColumn && j.status == JobStatus::Succeeded)
            return QColor(0x1b, 0x7a, 0x32);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == HttpColumn || index.column() == AttemptsColumn ||
            index.column() == DurationColumn)
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

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CreatedColumn:
        return tr("Created");
    case EventColumn:
        return tr("Event");
    case IntegrationColumn:
        return tr("Integration");
    case UrlColumn:
        return tr("URL");
    case StatusColumn:
        return tr("Status");
    case HttpColumn:
        return tr("HTTP");
    case AttemptsColumn:
        return tr("Attempts");
    case DurationColumn:
        return tr("Duration");
    case NextRetryColumn:
        return tr("Next retry");
    }
    return {};
}

} // namespace hookdesk
