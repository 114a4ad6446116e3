// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JobPresentation.h"
#include "domain/DeliveryJob.h"
#include "storage/JobFilter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <memory>
#include <optional>

namespace hookdesk {

class Database;
class JobStore;
class QueueLoader;

// The queue as a table that stays instant with millions of jobs: the row count comes from a
// background COUNT, rows are read on a worker thread (its own database connection) around the
// rows the view asks for, by keyset from the nearest known key, and rows not read yet show as
// "Loading…". A generation token drops the results of a filter or order that is no longer shown.
// Live: new jobs are inserted above, so the view's persistent indexes (selection, current row)
// follow their jobs; changes are coalesced to at most a few model signals a second.
class LazyQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The same columns and roles as QueueModel, so views and tests address both alike.
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
        NextRetryRole = JobPresentation::NextRetryRole,
        LoadedRole = JobPresentation::FirstFreeRole // false while the row shows as a placeholder
    };

    // Reads through its own connection to db.location(); follows store's change notifications.
    LazyQueueModel(Database& db, JobStore& store, QObject* parent = nullptr);
    ~LazyQueueModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Only the created column sorts: it is the keyset.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const JobFilter& filter);
    JobFilter filter() const { return m_filter; }
    void setSortOrder(Qt::SortOrder order);
    Qt::SortOrder sortOrder() const { return m_order; }

    // The matching count, once the background count has answered.
    bool isCountKnown() const { return m_countKnown; }
    qint64 matchingCount() const { return m_count; }
    // The job at `row` if it is loaded, else null.
    const DeliveryJob* rowAt(int row) const;
    // The row of a loaded job, or -1.
    int rowOf(const QString& jobId) const;

    // Checks the database for new and changed jobs now (otherwise on change notifications,
    // coalesced, and on a timer for other processes' writes).
    void refresh();
    void setPollInterval(int ms);

Q_SIGNALS:
    void countChanged(qint64 count);
    void rowsLoaded(int first, int last);
    void loadFailed(const QString& message);

private:
    struct Load
    {
        quint64 generation = 0;
        quint64 epoch = 0;
        quint64 seq = 0;
        JobFilter filter;
        Qt::SortOrder order = Qt::DescendingOrder;
        int firstRow = 0; // the row of the first result; with fromEnd, of the last
        std::optional<JobKey> from;
        bool inclusive = false;
        bool fromEnd = false;
        int limit = 0;
        QList<DeliveryJob> rows;
        QString error;
    };

    void restart();
    void wantRow(int row) const;
    void fetchWanted();
    void fetchWindow(int low, int high, bool force);
    // Pages go to one worker; counts and bookmarks, which walk the whole index, to another, so a
    // page never waits behind them.
    void post(std::function<void(QueueLoader&)> work, bool index = false);
    void startCount();
    void startBookmarks();
    void loaded(const Load& load);
    void counted(quint64 generation, qint64 count, const QString& error);
    void bookmarked(quint64 generation, quint64 epoch, const QList<JobKey>& keys, const QString& error);
    void refreshed(quint64 generation, quint64 epoch, qint64 count, qint64 newAbove, const QString& error);
    void setCount(qint64 count);
    void invalidateRows();
    void evict();

    QString m_location;
    JobFilter m_filter;
    Qt::SortOrder m_order = Qt::DescendingOrder;

    QThread m_thread;
    QueueLoader* m_loader = nullptr;
    QThread m_indexThread;
    QueueLoader* m_indexLoader = nullptr;
    std::shared_ptr<std::atomic<quint64>> m_latestSeq;
    std::shared_ptr<std::atomic<quint64>> m_latestGeneration;

    quint64 m_generation = 0; // filter or order: results of another generation are dropped
    quint64 m_epoch = 0;      // rows moved: row numbers of another epoch are wrong
    quint64 m_seq = 0;
    int m_count = 0;
    bool m_countKnown = false;
    QHash<int, DeliveryJob> m_rows;
    QList<JobKey> m_bookmarks; // key of row k·step + m_bookmarkShift
    int m_bookmarkShift = 0;
    bool m_bookmarksPending = false;
    quint64 m_inFlightSeq = 0;
    int m_inFlightLow = -1;
    int m_inFlightHigh = -1;
    int m_windowLow = 0;
    int m_windowHigh = -1;
    bool m_waitingForBookmarks = false;

    mutable int m_wantLow = -1;
    mutable int m_wantHigh = -1;
    mutable bool m_fetchQueued = false;

    bool m_refreshInFlight = false;
    bool m_refreshAgain = false;
    QTimer m_coalesce;
    QTimer m_poll;
};

} // namespace hookdesk
