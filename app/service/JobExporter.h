// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Attempt.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace hookdesk {

class JobStore;

// Writes jobs, with their payloads and attempts, to a JSON or CSV file for a colleague or a
// ticket. Nothing secret can leak: tokens and secrets are never stored, and the stored request
// headers already have the authorisation value and signatures redacted.
class JobExporter
{
public:
    enum class Format
    {
        Json,
        Csv
    };

    static Format formatForPath(const QString& path);
    // Returns false with a sentence in *error when the file cannot be written.
    static bool write(JobStore& jobs, const QStringList& jobIds, const QString& path, Format format,
                      QString* error);
    static QByteArray json(JobStore& jobs, const QStringList& jobIds);
    static QByteArray csv(JobStore& jobs, const QStringList& jobIds);

    // The pieces `hookdesk queue show --json` shares with the JSON export.
    static QString isoTime(qint64 ms);
    static QJsonObject headersJson(const HeaderList& headers);
    // A body as its JSON when it is a JSON object or array, otherwise as text.
    static QJsonValue bodyJson(const QByteArray& body);
    // One attempt; responseStatus is null when no HTTP answer came, responseBody is the text.
    static QJsonObject attemptJson(const Attempt& attempt);
};

} // namespace hookdesk
