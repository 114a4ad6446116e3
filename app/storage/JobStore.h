// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Attempt.h"
#include "domain/DeliveryJob.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <optional>

namespace hookdesk {

class Database;

// The outbox: delivery jobs and their attempts.
class JobStore : public QObject
{
    Q_OBJECT
public:
    explicit JobStore(Database& db, QObject* parent = nullptr);

    struct Filter
    {
        std::optional<JobStatus> status;
        int limit = 500;
    };

    // Newest first. Without payloads (see job()).
    QList<DeliveryJob> list(const Filter& filter, QString* error = nullptr) const;
    // One job with its payload and header names.
    std::optional<DeliveryJob> job(const QString& id, QString* error = nullptr) const;
    QList<Attempt> attempts(const QString& jobId, QString* error = nullptr) const;
    // The ids of every trigger that matched the job's event and resolved to its URL, ascending.
    // Jobs from before trigger scopes existed give their one trigger.
    QList<qint64> matchedTriggers(const QString& jobId, QString* error = nullptr) const;

    // Takes up to `limit` due jobs of enabled integrations for `owner` until `leaseUntil`.
    // Jobs whose lease expired (their sender died) are due again. Each claim is a conditional
    // UPDATE, so two dispatchers never claim the same job.
    QList<DeliveryJob> claimDue(const QString& owner, qint64 leaseUntil, int limit, QString* error);
    // Writes the attempt, then the job's new status, in one transaction.
    bool recordAttempt(Attempt& attempt, JobStatus newStatus, QString* error);
    // Puts finished jobs back in line as manual resends. Returns how many were queued.
    int resend(const QStringList& jobIds, QString* error);
    // Earliest next_attempt_at of a pending job, or 0 when none is pending.
    qint64 nextDueAt(QString* error = nullptr) const;

Q_SIGNALS:
    void jobsChanged(const QStringList& jobIds);

private:
    Database& m_db;
};

} // namespace hookdesk
