// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Attempt.h"
#include "domain/Clock.h"
#include "domain/DeliveryJob.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <optional>

class QSqlQuery;

namespace hookdesk {

class Database;

// The outbox: delivery jobs and their attempts.
class JobStore : public QObject
{
    Q_OBJECT
public:
    explicit JobStore(Database& db, QObject* parent = nullptr);

    // The columns every job query selects (jobs j LEFT JOIN integrations i) and the row they make;
    // shared with JobQuery so that a job reads the same wherever it comes from.
    static QString jobColumns();
    static DeliveryJob jobFromQuery(const QSqlQuery& query);

    // What claims, attempts and resends take as "now" (the system clock unless a test sets one).
    void setClock(Clock clock);
    const Clock& clock() const { return m_clock; }

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

    // Takes up to `limit` due jobs of enabled integrations for `owner` until `leaseUntil`:
    // pending jobs and failed jobs whose retry has come. Jobs whose lease expired (their sender
    // died) are due again. Each claim is a conditional
    // UPDATE, so two dispatchers never claim the same job.
    QList<DeliveryJob> claimDue(const QString& owner, qint64 leaseUntil, int limit, QString* error);
    // claimDue for one integration, many jobs in one statement, with their payloads: the
    // dispatcher asks each integration for as many jobs as it has free slots, so one
    // integration's backlog never crowds out another's.
    QList<DeliveryJob> claimDueFor(const QString& owner, qint64 integrationId, qint64 leaseUntil, int limit,
                                   QString* error);
    // For an integration that delivers in order (Integration::ordered): claims its oldest unfinished
    // job (by created_at, id) if it is due and not leased to anyone, else nothing. Jobs after it wait
    // until it succeeded or is exhausted; a resent older job is the oldest unfinished one again and
    // goes first.
    QList<DeliveryJob> claimNextInOrder(const QString& owner, qint64 integrationId, qint64 leaseUntil,
                                        QString* error);
    // What claimDueFor (or claimNextInOrder, when `inOrder`) is asked for.
    struct ClaimRequest
    {
        qint64 integrationId = 0;
        QString owner;
        qint64 leaseUntil = 0;
        int limit = 1;
        bool inOrder = false;
    };
    // Many claims in one transaction, with their jobs read back in one query: the answer to each
    // request, in the order asked (claimDueFor and claimNextInOrder are one of them). One commit
    // for many integrations instead of one each. On failure nothing is claimed and *error says why.
    QList<QList<DeliveryJob>> claimMany(const QList<ClaimRequest>& requests, QString* error);
    // What one request took: the ids of its jobs, and the jobs themselves when the claim read them
    // as it took them (on SQLite, every claim but an ordered one).
    struct Taken
    {
        QStringList ids;
        QList<DeliveryJob> jobs; // empty: read by readClaims
    };
    // claimMany in its two steps, for a caller that claims within a write turn of its own and
    // reads the jobs after it: takeClaims is the transaction and gives what each request took;
    // readClaims reads back the jobs not read yet, with their payloads, and needs no turn.
    QList<Taken> takeClaims(const QList<ClaimRequest>& requests, QString* error);
    QList<QList<DeliveryJob>> readClaims(const QList<ClaimRequest>& requests, const QList<Taken>& taken,
                                         QString* error);
    // Gives back jobs `owner` claimed but did not send (e.g. on stop): they are due again at once,
    // for any dispatcher. Returns how many were given back.
    int release(const QString& owner, const QStringList& jobIds, QString* error);
    struct AttemptRecord
    {
        Attempt attempt;
        JobStatus newStatus = JobStatus::Succeeded;
        qint64 nextAttemptAt = 0;
        bool saved = false; // set by recordAttempts
        // The attempt's headers as stored (headersToJson): made by encodeHeaders, or by
        // recordAttempts when null.
        QByteArray requestHeadersJson;
        QByteArray responseHeadersJson;
        qint64 jobRow = 0; // the job's DeliveryJob::storeRow, when the sender has it
    };
    // Fills the records' header texts, which recordAttempts otherwise makes: a caller that holds
    // a write turn around it can make them before.
    static void encodeHeaders(QList<AttemptRecord>& records);
    // recordAttempt for many jobs in one transaction (each attempt still written before its
    // job's status). A record whose job no longer exists is skipped and left unsaved. An attempt
    // with a number > 0 keeps it (its sender held the lease, so it knows the job's attempts).
    bool recordAttempts(QList<AttemptRecord>& records, QString* error);
    // recordAttempts, then takeClaims, in one transaction: one commit, and the pages both change
    // (the jobs and their status indexes) written once. On failure neither is done: no record is
    // saved, `taken` is empty for every claim, and *error says why.
    bool recordAndClaim(QList<AttemptRecord>& records, const QList<ClaimRequest>& claims, QList<Taken>& taken,
                        QString* error);
    // Writes the attempt, then the job's new status, in one transaction. A failed job is tried
    // again at `nextAttemptAt` (ms since the epoch) unless it is 0.
    bool recordAttempt(Attempt& attempt, JobStatus newStatus, qint64 nextAttemptAt, QString* error);
    // The same with no further attempt scheduled.
    bool recordAttempt(Attempt& attempt, JobStatus newStatus, QString* error);
    // How many attempts of the job the retry schedule made (resends not counted).
    int scheduledAttemptCount(const QString& jobId, QString* error = nullptr) const;
    // Puts finished jobs back in line as manual resends. Returns how many were queued.
    int resend(const QStringList& jobIds, QString* error);
    // Earliest time a job of an enabled integration is due (pending, or failed with a retry
    // scheduled), or 0 when none is waiting.
    qint64 nextDueAt(QString* error = nullptr) const;

Q_SIGNALS:
    void jobsChanged(const QStringList& jobIds);

private:
    // The claimed jobs with their payloads, in due order.
    QList<DeliveryJob> readClaimed(const QStringList& ids, QString* error);
    // The statements of recordAttempts and takeClaims, within a transaction the caller began;
    // on failure they roll it back.
    // writeAttempts appends the ids of the jobs whose attempts it wrote to `ids`.
    bool writeAttempts(QList<AttemptRecord>& records, QStringList& ids, QString* error);
    bool claimInTransaction(const QList<ClaimRequest>& requests, QList<Taken>& taken, QString* error);
    // SQLite, in a write transaction: reads the due jobs of `request` with their payloads, then
    // leases them one by one.
    bool leaseDue(const ClaimRequest& request, qint64 now, Taken& taken, QString* error);

    Database& m_db;
    Clock m_clock;
};

} // namespace hookdesk
