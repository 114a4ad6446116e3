// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DeliveryJob.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>

namespace hookdesk {

class Database;

// Jobs written straight into the tables, many per transaction, for tests and the benchmark
// that need a known queue (times, statuses, payloads) faster than the services could make it.
class QueueDataSet
{
public:
    struct Job
    {
        QString id;
        qint64 createdAt = 0;
        qint64 integrationId = 0;
        QString eventType;
        JobStatus status = JobStatus::Succeeded;
        int httpStatus = 0;
        QByteArray payload;
    };

    // A small known queue: job i is created at t0 + i seconds, id "msg_test_%05d".
    static Job sample(int i, qint64 t0, const QList<qint64>& integrationIds);
    // Writes count jobs (and one event each) made by make(i), batchSize per transaction.
    static bool insert(Database& db, int count, const std::function<Job(int)>& make, QString* error,
                       int batchSize = 5000);
};

} // namespace hookdesk
