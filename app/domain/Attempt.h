// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace hookdesk {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One HTTP try of a job. Written before the job's status changes.
struct Attempt
{
    qint64 id = 0;
    QString jobId;
    int number = 0;       // 1 for the first attempt of the job, 2 for the next …
    QString kind;         // "scheduled" or "resend"
    qint64 startedAt = 0; // ms since epoch
    qint64 durationMs = 0;
    QString requestUrl;
    HeaderList requestHeaders; // Authorization stored redacted, never the token
    QByteArray requestBody;
    // The body was the event's payload byte for byte: stored once, with the event, not again here.
    bool requestBodyIsPayload = false;
    int responseStatus = 0; // 0: no HTTP answer
    HeaderList responseHeaders;
    QByteArray responseBody;
    bool responseTruncated = false;
    QString error;     // empty on success; words for an administrator otherwise
    QString runNumber; // the receiver's reference read from the response (Integration's rule)
    QString protocol;  // "HTTP/1.1" or "HTTP/2", as the answer came; empty without an answer
    bool succeeded() const { return error.isEmpty() && responseStatus >= 200 && responseStatus < 300; }
};

QByteArray headersToJson(const HeaderList& headers);
HeaderList headersFromJson(const QByteArray& json);

} // namespace hookdesk
