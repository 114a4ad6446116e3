// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/BulkResender.h"

#include "storage/Database.h"
#include "storage/JobQuery.h"

namespace hookdesk {

namespace {
std::atomic<int> s_connectionCounter{0};
}

BulkResender::BulkResender(const QString& location, QObject* parent) : QObject(parent), m_location(location)
{}

BulkResender::~BulkResender()
{
    cancel();
    wait();
}

bool BulkResender::isRunning() const
{
    return m_active.load();
}

void BulkResender::wait()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

void BulkResender::start(const JobFilter& filter, bool countOnly)
{
    if (isRunning())
        return;
    wait(); // the previous run has reported; its thread is ending
    m_cancel.store(false);
    m_active.store(true);
    const QString location = m_location;
    const int batchSize = m_batchSize;
    const QString connectionName =
        QStringLiteral("hookdesk-bulk-resend-%1").arg(s_connectionCounter.fetch_add(1));
    m_thread = QThread::create([this, location, batchSize, connectionName, filter, countOnly]() {
        qint64 done = 0;
        bool cancelled = false;
        QString error;
        {
            Database db;
            if (db.open(location, connectionName, &error)) {
                JobQuery query(db);
                const qint64 total = query.countResendable(filter, &error);
                if (error.isEmpty()) {
                    Q_EMIT counted(total);
                    std::optional<JobKey> cursor;
                    bool last = countOnly;
                    while (!last) {
                        if (m_cancel.load()) {
                            cancelled = true;
                            break;
                        }
                        const int queued = query.resendBatch(filter, &cursor, batchSize, &last, &error);
                        if (queued < 0)
                            break;
                        done += queued;
                        Q_EMIT progress(done, qMax(total, done));
                    }
                }
            }
        }
        m_active.store(false);
        if (!countOnly || !error.isEmpty())
            Q_EMIT finished(done, cancelled, error);
    });
    m_thread->setObjectName(QStringLiteral("bulk resend"));
    m_thread->start();
}

} // namespace hookdesk
