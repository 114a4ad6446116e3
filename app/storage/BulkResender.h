// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/JobFilter.h"

#include <QObject>
#include <QThread>
#include <atomic>

namespace hookdesk {

// Resends every finished job that matches a filter, in batches on a worker thread with its own
// database connection, so the window stays responsive. Each batch commits on its own: after
// Cancel, the jobs already queued stay queued and the rest are untouched.
class BulkResender : public QObject
{
    Q_OBJECT
public:
    explicit BulkResender(const QString& location, QObject* parent = nullptr);
    ~BulkResender() override;

    void setBatchSize(int jobs) { m_batchSize = jobs; }
    // Starts unless already running. With countOnly, only counts: counted(), and finished() only on an error.
    void start(const JobFilter& filter, bool countOnly = false);
    // Stops after the batch being written; finished() follows.
    void cancel() { m_cancel.store(true); }
    bool isRunning() const;
    // Waits until the run has finished (for tests and the command line).
    void wait();

Q_SIGNALS:
    void counted(qint64 total);
    void progress(qint64 done, qint64 total);
    void finished(qint64 done, bool cancelled, const QString& error);

private:
    QString m_location;
    int m_batchSize = 500;
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_active{false};
    QThread* m_thread = nullptr;
};

} // namespace hookdesk
