// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueueModel.h"

#include "storage/JobStore.h"

#include <QColor>
#include <QDateTime>
#include <QIcon>
#include <QLocale>

namespace hookdesk {

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
    return JobPresentation::data(m_rows.at(index.row()), index.column(), role);
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return JobPresentation::header(section);
}

} // namespace hookdesk
