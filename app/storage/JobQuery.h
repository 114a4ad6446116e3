// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DeliveryJob.h"
#include "storage/JobFilter.h"

#include <QList>
#include <QVariantList>
#include <optional>

namespace hookdesk {

class Database;

// Filtered reads of the queue that stay fast with millions of jobs: pages are found by keyset on
// (created_at, id), never by an OFFSET from the first row, and each filter column leads an index
// ending in that keyset.
// Order Qt::DescendingOrder is newest first.
class JobQuery
{
public:
    explicit JobQuery(Database& db);

    // Up to `limit` jobs in `order`, starting at `from` (included when `inclusive`, otherwise just
    // after it), or at the first job when `from` is empty. Without payloads.
    QList<DeliveryJob> page(const JobFilter& filter, Qt::SortOrder order, const std::optional<JobKey>& from,
                            bool inclusive, int limit, QString* error = nullptr) const;
    // How many jobs match; -1 on error.
    qint64 count(const JobFilter& filter, QString* error = nullptr) const;
    // How many matching jobs come before `key` in `order`: the rows that arrived above a row.
    qint64 countBefore(const JobFilter& filter, Qt::SortOrder order, const JobKey& key,
                       QString* error = nullptr) const;
    // The keys of rows 0, step, 2·step, … in `order`, so that any row is at most step - 1 rows
    // of keyset paging away from a known key. All from one snapshot of the queue.
    QList<JobKey> bookmarks(const JobFilter& filter, Qt::SortOrder order, int step,
                            QString* error = nullptr) const;
    // How many matching jobs are finished (succeeded or failed) and so can be resent.
    qint64 countResendable(const JobFilter& filter, QString* error = nullptr) const;
    // Puts up to `batchSize` finished matching jobs after *cursor (newest first) back in line as
    // manual resends, in one transaction, and moves *cursor past them. *done is set when no
    // matching job is left. Returns how many were queued, or -1 on error (nothing of the batch is
    // kept then).
    int resendBatch(const JobFilter& filter, std::optional<JobKey>* cursor, int batchSize, bool* done,
                    QString* error = nullptr);

    // An FTS5 query that finds payloads containing every word of `text` (as a word prefix).
    static QString ftsQuery(const QString& text);
    // An ILIKE pattern over PostgreSQL's escaped payload text that finds `text`.
    static QString postgresPattern(const QString& text);

private:
    // bookmarks() by hops through the index, where that is cheap; nullopt where it is not (the
    // caller numbers the rows instead). On error an empty list and *error.
    std::optional<QList<JobKey>> hopBookmarks(const JobFilter& filter, Qt::SortOrder order, int step,
                                              QString* error) const;
    // " AND …" conditions on jobs j, with their bind values appended to *binds.
    QString where(const JobFilter& filter, QVariantList* binds) const;

    Database& m_db;
};

} // namespace hookdesk
