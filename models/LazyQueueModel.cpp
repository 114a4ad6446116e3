// SPDX-License-Identifier: GPL-3.0-or-later
#include "LazyQueueModel.h"

#include "QueueLoader.h"
#include "storage/Database.h"
#include "storage/JobStore.h"

#include <QColor>
#include <QDateTime>
#include <QIcon>
#include <QLocale>

namespace hookdesk {

namespace {

constexpr int kBookmarkStep = 100;
constexpr int kMargin = 100;      // rows read beyond what the view asked for, each side
constexpr int kFirstPage = 200;   // read before the count answers
constexpr int kNearEdge = 2000;   // rows that are read from the start or end without bookmarks
constexpr int kMaxCached = 20000; // rows kept; farther ones are read again when needed
constexpr int kCoalesceMs = 250;  // at most four refreshes a second

std::atomic<int> s_connectionCounter{0};

Qt::SortOrder opposite(Qt::SortOrder order)
{
    return order == Qt::DescendingOrder ? Qt::AscendingOrder : Qt::DescendingOrder;
}

} // namespace

LazyQueueModel::LazyQueueModel(Database& db, JobStore& store, QObject* parent)
    : QAbstractTableModel(parent), m_location(db.location()),
      m_latestSeq(std::make_shared<std::atomic<quint64>>(0)),
      m_latestGeneration(std::make_shared<std::atomic<quint64>>(0))
{
    m_loader = new QueueLoader(
        m_location, QStringLiteral("hookdesk-queue-loader-%1").arg(s_connectionCounter.fetch_add(1)));
    m_loader->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("queue loader"));
    m_thread.start();
    m_indexLoader = new QueueLoader(
        m_location, QStringLiteral("hookdesk-queue-index-%1").arg(s_connectionCounter.fetch_add(1)));
    m_indexLoader->moveToThread(&m_indexThread);
    m_indexThread.setObjectName(QStringLiteral("queue index"));
    m_indexThread.start();

    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(kCoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &LazyQueueModel::refresh);
    connect(&store, &JobStore::jobsChanged, this, [this]() {
        if (!m_coalesce.isActive())
            m_coalesce.start();
    });
    // Other processes (the command line, `hookdesk serve`) write to the same database.
    m_poll.setInterval(1500);
    connect(&m_poll, &QTimer::timeout, this, &LazyQueueModel::refresh);
    m_poll.start();
    restart();
}

LazyQueueModel::~LazyQueueModel()
{
    // Each loader's connection must be closed on the thread that opened it.
    m_latestSeq->store(~quint64(0));
    m_latestGeneration->store(~quint64(0));
    for (QueueLoader* loader : {m_loader, m_indexLoader})
        QMetaObject::invokeMethod(
            loader, [loader]() { delete loader; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_indexThread.quit();
    m_thread.wait();
    m_indexThread.wait();
}

void LazyQueueModel::post(std::function<void(QueueLoader&)> work, bool index)
{
    QueueLoader* loader = index ? m_indexLoader : m_loader;
    QMetaObject::invokeMethod(
        loader, [loader, work = std::move(work)]() { work(*loader); }, Qt::QueuedConnection);
}

void LazyQueueModel::setPollInterval(int ms)
{
    m_poll.setInterval(ms);
}

void LazyQueueModel::setFilter(const JobFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    restart();
}

void LazyQueueModel::setSortOrder(Qt::SortOrder order)
{
    if (order == m_order)
        return;
    m_order = order;
    restart();
}

void LazyQueueModel::sort(int column, Qt::SortOrder order)
{
    if (column == CreatedColumn)
        setSortOrder(order);
}

void LazyQueueModel::restart()
{
    beginResetModel();
    ++m_generation;
    m_latestGeneration->store(m_generation);
    ++m_epoch;
    m_rows.clear();
    m_bookmarks.clear();
    m_bookmarkShift = 0;
    m_bookmarksPending = false;
    m_count = 0;
    m_countKnown = false;
    m_inFlightSeq = 0;
    m_inFlightLow = m_inFlightHigh = -1;
    m_windowLow = 0;
    m_windowHigh = kFirstPage - 1;
    m_waitingForBookmarks = false;
    m_refreshAgain = false;
    endResetModel();
    // First rows on the page worker; count, then bookmarks, on the index worker.
    fetchWindow(0, kFirstPage - 1, true);
    startCount();
    startBookmarks();
}

void LazyQueueModel::startCount()
{
    const quint64 generation = m_generation;
    const JobFilter filter = m_filter;
    const auto latest = m_latestGeneration;
    post(
        [this, generation, filter, latest](QueueLoader& loader) {
            // Typing a search changes the filter often: skip counts nobody will see.
            if (generation != latest->load())
                return;
            QString error;
            qint64 count = -1;
            if (loader.ensureOpen(&error))
                count = loader.query()->count(filter, &error);
            QMetaObject::invokeMethod(
                this, [this, generation, count, error]() { counted(generation, count, error); },
                Qt::QueuedConnection);
        },
        true);
}

void LazyQueueModel::startBookmarks()
{
    if (m_bookmarksPending)
        return;
    m_bookmarksPending = true;
    const quint64 generation = m_generation;
    const quint64 epoch = m_epoch;
    const JobFilter filter = m_filter;
    const Qt::SortOrder order = m_order;
    const auto latest = m_latestGeneration;
    post(
        [this, generation, epoch, filter, order, latest](QueueLoader& loader) {
            if (generation != latest->load())
                return;
            QString error;
            QList<JobKey> keys;
            if (loader.ensureOpen(&error))
                keys = loader.query()->bookmarks(filter, order, kBookmarkStep, &error);
            QMetaObject::invokeMethod(
                this,
                [this, generation, epoch, keys, error]() { bookmarked(generation, epoch, keys, error); },
                Qt::QueuedConnection);
        },
        true);
}

int LazyQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int LazyQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const DeliveryJob* LazyQueueModel::rowAt(int row) const
{
    const auto it = m_rows.constFind(row);
    return it == m_rows.constEnd() ? nullptr : &it.value();
}

int LazyQueueModel::rowOf(const QString& jobId) const
{
    for (auto it = m_rows.constBegin(); it != m_rows.constEnd(); ++it)
        if (it.value().id == jobId)
            return it.key();
    return -1;
}

void LazyQueueModel::wantRow(int row) const
{
    m_wantLow = m_wantLow < 0 ? row : qMin(m_wantLow, row);
    m_wantHigh = qMax(m_wantHigh, row);
    if (m_fetchQueued)
        return;
    m_fetchQueued = true;
    // data() is const and runs while the view paints: gather this paint's rows, read them after.
    auto* self = const_cast<LazyQueueModel*>(this);
    QMetaObject::invokeMethod(self, &LazyQueueModel::fetchWanted, Qt::QueuedConnection);
}

void LazyQueueModel::fetchWanted()
{
    m_fetchQueued = false;
    if (m_wantLow < 0)
        return;
    const int low = m_wantLow;
    const int high = m_wantHigh;
    m_wantLow = m_wantHigh = -1;
    fetchWindow(low - kMargin, high + kMargin, false);
}

void LazyQueueModel::fetchWindow(int low, int high, bool force)
{
    low = qMax(0, low);
    if (m_countKnown || m_count > 0)
        high = qMin(high, qMax(m_count, kFirstPage) - 1);
    if (high < low)
        return;
    m_windowLow = low;
    m_windowHigh = high;
    if (!force) {
        while (low <= high && m_rows.contains(low))
            ++low;
        while (high >= low && m_rows.contains(high))
            --high;
        if (low > high)
            return;
        if (m_inFlightSeq != 0 && low >= m_inFlightLow && high <= m_inFlightHigh)
            return;
    }

    Load load;
    load.generation = m_generation;
    load.epoch = m_epoch;
    load.seq = ++m_seq;
    load.filter = m_filter;
    load.order = m_order;
    if (low == 0) {
        load.firstRow = 0;
        load.limit = high + 1;
    } else if (const auto it = m_rows.constFind(low - 1); it != m_rows.constEnd()) {
        load.from = JobKey{it->createdAt, it->id};
        load.firstRow = low;
        load.limit = high - low + 1;
    } else if (m_countKnown && m_count - low <= kNearEdge) {
        // Near the end: read backwards from the last row, which needs no key at all.
        load.fromEnd = true;
        load.order = opposite(m_order);
        load.firstRow = m_count - 1;
        load.limit = m_count - low;
    } else {
        int best = -1;
        for (int k = int(m_bookmarks.size()) - 1; k >= 0; --k) {
            if (k * kBookmarkStep + m_bookmarkShift <= low) {
                best = k;
                break;
            }
        }
        if (best >= 0) {
            load.from = m_bookmarks.at(best);
            load.inclusive = true;
            load.firstRow = best * kBookmarkStep + m_bookmarkShift;
            load.limit = high - load.firstRow + 1;
        } else if (low < kNearEdge) {
            load.firstRow = 0;
            load.limit = high + 1;
        } else {
            // Far from every known key: wait for the bookmarks rather than count rows with OFFSET.
            m_waitingForBookmarks = true;
            startBookmarks();
            return;
        }
    }
    m_inFlightSeq = load.seq;
    m_inFlightLow = low;
    m_inFlightHigh = high;
    m_latestSeq->store(load.seq);
    const auto latest = m_latestSeq;
    post([this, load, latest](QueueLoader& loader) mutable {
        // Scrolling fast asks for many windows; only the newest is worth reading.
        if (load.seq < latest->load())
            return;
        if (loader.ensureOpen(&load.error))
            load.rows = loader.query()->page(load.filter, load.order, load.from, load.inclusive, load.limit,
                                             &load.error);
        QMetaObject::invokeMethod(
            this, [this, load]() { loaded(load); }, Qt::QueuedConnection);
    });
}

void LazyQueueModel::loaded(const Load& load)
{
    if (load.seq == m_inFlightSeq)
        m_inFlightSeq = 0;
    if (load.generation != m_generation)
        return;
    if (!load.error.isEmpty()) {
        Q_EMIT loadFailed(load.error);
        return;
    }
    if (load.epoch != m_epoch) {
        fetchWindow(m_windowLow, m_windowHigh, false);
        return;
    }
    if (!m_countKnown && !load.fromEnd && load.firstRow == 0) {
        // Show the first rows before the count answers; a short page is the whole count.
        if (load.rows.size() < load.limit) {
            setCount(load.rows.size());
            m_countKnown = true;
        } else if (load.rows.size() > m_count) {
            setCount(load.rows.size());
        }
    }
    int first = -1;
    int last = -1;
    for (int i = 0; i < load.rows.size(); ++i) {
        const int row = load.fromEnd ? load.firstRow - i : load.firstRow + i;
        if (row < 0 || row >= m_count)
            continue;
        m_rows.insert(row, load.rows.at(i));
        first = first < 0 ? row : qMin(first, row);
        last = qMax(last, row);
    }
    if (first >= 0) {
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
        Q_EMIT rowsLoaded(first, last);
    }
    evict();
}

void LazyQueueModel::setCount(qint64 count)
{
    const int n = int(qMin<qint64>(count, std::numeric_limits<int>::max()));
    if (n > m_count) {
        beginInsertRows({}, m_count, n - 1);
        m_count = n;
        endInsertRows();
    } else if (n < m_count) {
        beginRemoveRows({}, n, m_count - 1);
        for (auto it = m_rows.begin(); it != m_rows.end();)
            it = it.key() >= n ? m_rows.erase(it) : std::next(it);
        m_count = n;
        endRemoveRows();
    }
}

void LazyQueueModel::counted(quint64 generation, qint64 count, const QString& error)
{
    if (generation != m_generation)
        return;
    if (!error.isEmpty()) {
        Q_EMIT loadFailed(error);
        return;
    }
    m_countKnown = true;
    setCount(count);
    Q_EMIT countChanged(m_count);
}

void LazyQueueModel::bookmarked(quint64 generation, quint64 epoch, const QList<JobKey>& keys,
                                const QString& error)
{
    if (generation != m_generation)
        return;
    m_bookmarksPending = false;
    if (!error.isEmpty()) {
        Q_EMIT loadFailed(error);
        return;
    }
    if (epoch != m_epoch) {
        startBookmarks();
        return;
    }
    m_bookmarks = keys;
    m_bookmarkShift = 0;
    if (m_waitingForBookmarks) {
        m_waitingForBookmarks = false;
        fetchWindow(m_windowLow, m_windowHigh, false);
    }
}

void LazyQueueModel::refresh()
{
    if (m_refreshInFlight) {
        m_refreshAgain = true;
        return;
    }
    m_refreshInFlight = true;
    const quint64 generation = m_generation;
    const quint64 epoch = m_epoch;
    const JobFilter filter = m_filter;
    const Qt::SortOrder order = m_order;
    std::optional<JobKey> top;
    if (const DeliveryJob* j = rowAt(0))
        top = JobKey{j->createdAt, j->id};
    post([this, generation, epoch, filter, order, top](QueueLoader& loader) {
        QString error;
        qint64 count = -1;
        qint64 newAbove = 0;
        if (loader.ensureOpen(&error))
            count = loader.query()->count(filter, &error);
        if (error.isEmpty() && top)
            newAbove = loader.query()->countBefore(filter, order, *top, &error);
        QMetaObject::invokeMethod(
            this,
            [this, generation, epoch, count, newAbove, error]() {
                refreshed(generation, epoch, count, newAbove, error);
            },
            Qt::QueuedConnection);
    });
}

void LazyQueueModel::refreshed(quint64 generation, quint64 epoch, qint64 count, qint64 newAbove,
                               const QString& error)
{
    m_refreshInFlight = false;
    const bool again = m_refreshAgain;
    m_refreshAgain = false;
    if (generation == m_generation && epoch == m_epoch) {
        if (!error.isEmpty()) {
            Q_EMIT loadFailed(error);
        } else {
            if (newAbove > 0) {
                // New jobs above: insert them, so persistent indexes (selection) move with their jobs.
                const int n = int(newAbove);
                beginInsertRows({}, 0, n - 1);
                QHash<int, DeliveryJob> shifted;
                shifted.reserve(m_rows.size());
                for (auto it = m_rows.constBegin(); it != m_rows.constEnd(); ++it)
                    shifted.insert(it.key() + n, it.value());
                m_rows = std::move(shifted);
                m_count += n;
                m_bookmarkShift += n;
                ++m_epoch;
                m_windowLow += n;
                m_windowHigh += n;
                endInsertRows();
            }
            const qint64 rest = count - m_count;
            if (rest > 0 && m_order == Qt::AscendingOrder) {
                setCount(count); // appended at the end, where new jobs go in this order
            } else if (rest != 0) {
                // Jobs left or joined the filter somewhere in the middle: row numbers are unknown
                // beyond the top, so forget the cache and read again.
                invalidateRows();
                setCount(count);
            }
            if (m_countKnown)
                Q_EMIT countChanged(m_count);
            m_countKnown = true;
            // Statuses and attempts change in place: read the shown rows again.
            if (m_count > 0)
                fetchWindow(m_windowLow, m_windowHigh, true);
        }
    }
    if (again && !m_coalesce.isActive())
        m_coalesce.start();
}

void LazyQueueModel::invalidateRows()
{
    ++m_epoch;
    m_rows.clear();
    m_bookmarks.clear();
    m_bookmarkShift = 0;
    m_bookmarksPending = false;
    startBookmarks();
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1));
}

void LazyQueueModel::evict()
{
    if (m_rows.size() <= kMaxCached)
        return;
    const int keepLow = m_windowLow - kMaxCached / 4;
    const int keepHigh = m_windowHigh + kMaxCached / 4;
    for (auto it = m_rows.begin(); it != m_rows.end();)
        it = (it.key() < keepLow || it.key() > keepHigh) ? m_rows.erase(it) : std::next(it);
}

QVariant LazyQueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeliveryJob* row = rowAt(index.row());
    if (!row) {
        if (role == Qt::DisplayRole || role == LoadedRole)
            wantRow(index.row());
        if (role == Qt::DisplayRole && index.column() == CreatedColumn)
            return tr("Loading…");
        if (role == Qt::ForegroundRole)
            return QColor(Qt::gray);
        if (role == LoadedRole)
            return false;
        return {};
    }
    if (role == LoadedRole)
        return true;
    return JobPresentation::data(*row, index.column(), role);
}

QVariant LazyQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return JobPresentation::header(section);
}

} // namespace hookdesk
