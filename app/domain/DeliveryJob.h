// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace hookdesk {

enum class JobStatus
{
    Pending,
    Sending,
    Succeeded,
    Failed,   // the last attempt failed; another is scheduled at nextAttemptAt when it is not 0
    Exhausted // every attempt of the retry schedule failed; only a resend sends it again
};

QString jobStatusToString(JobStatus status);
JobStatus jobStatusFromString(const QString& text, bool* ok = nullptr);
// What an administrator reads, e.g. "Succeeded".
QString jobStatusLabel(JobStatus status);

// One delivery of one event to one integration URL. Its id is the webhook-id on the wire,
// the same on every attempt and every resend.
struct DeliveryJob
{
    QString id; // "msg_…"
    QString eventId;
    qint64 triggerId = 0;
    qint64 integrationId = 0;
    QString integrationName; // filled by queries that join integrations
    QString eventType;
    QString url;
    QByteArray payload; // filled by queries that read one job
    QString itemName;
    QString eventName;
    QString eventUrn; // filled by claims, for the CloudEvents ce-source
    JobStatus status = JobStatus::Pending;
    int attempts = 0;
    int lastHttpStatus = 0; // 0 when no HTTP answer was received
    QString lastError;
    qint64 lastDurationMs = -1;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 nextAttemptAt = 0; // pending: when it is due; failed: the next retry, 0 for none
    QString nextAttemptKind;  // "scheduled" or "resend": what the next attempt is recorded as
    QString runNumber;        // the latest run number a response of this job gave; empty: none yet
    qint64 leaseUntil = 0;    // filled by claims: until when the claiming sender holds it
    // Filled by claims on SQLite: the job's rowid, by which its lease and result are written
    // without searching the index of ids (0: unknown; PostgreSQL has none).
    qint64 storeRow = 0;
};

} // namespace hookdesk
