// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JobPresentation.h"
#include "RowListModel.h"
#include "domain/DeliveryJob.h"

#include <QTimer>
#include <optional>

namespace hookdesk {

class JobStore;

// The newest delivery jobs. Refreshes when this process changes jobs and, because other
// processes (the command line, `hookdesk serve`) write to the same database, on a timer too.
// Several change notifications in one event-loop pass are coalesced into one refresh.
class QueueModel : public RowListModel<DeliveryJob>
{
    Q_OBJECT
public:
    enum Column
    {
        CreatedColumn = JobPresentation::CreatedColumn,
        EventColumn = JobPresentation::EventColumn,
        IntegrationColumn = JobPresentation::IntegrationColumn,
        UrlColumn = JobPresentation::UrlColumn,
        StatusColumn = JobPresentation::StatusColumn,
        HttpColumn = JobPresentation::HttpColumn,
        RunColumn = JobPresentation::RunColumn,
        AttemptsColumn = JobPresentation::AttemptsColumn,
        DurationColumn = JobPresentation::DurationColumn,
        NextRetryColumn = JobPresentation::NextRetryColumn,
        ColumnCount = JobPresentation::ColumnCount
    };
    enum Role
    {
        JobIdRole = JobPresentation::JobIdRole,
        StatusRole = JobPresentation::StatusRole,
        ErrorRole = JobPresentation::ErrorRole,
        NextRetryRole = JobPresentation::NextRetryRole
    };

    explicit QueueModel(JobStore& store, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setStatusFilter(std::optional<JobStatus> status);
    void setPollInterval(int ms);
    int rowOf(const QString& jobId) const;
    void reload();

Q_SIGNALS:
    void loadFailed(const QString& message);

private:
    void scheduleReload();

    JobStore& m_store;
    std::optional<JobStatus> m_status;
    QTimer m_poll;
    bool m_reloadQueued = false;
};

} // namespace hookdesk
