// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/JobExporter.h"

#include "storage/JobStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace hookdesk {

namespace {

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

JobExporter::Format JobExporter::formatForPath(const QString& path)
{
    return path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? Format::Csv : Format::Json;
}

QString JobExporter::isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject JobExporter::headersJson(const HeaderList& headers)
{
    QJsonObject o;
    for (const auto& [name, value] : headers)
        o.insert(QString::fromLatin1(name), QString::fromUtf8(value));
    return o;
}

QJsonValue JobExporter::bodyJson(const QByteArray& body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject())
        return doc.object();
    if (doc.isArray())
        return doc.array();
    return QString::fromUtf8(body);
}

QJsonObject JobExporter::attemptJson(const Attempt& a)
{
    return QJsonObject{
        {QStringLiteral("number"), a.number},
        {QStringLiteral("kind"), a.kind},
        {QStringLiteral("startedAt"), isoTime(a.startedAt)},
        {QStringLiteral("durationMs"), a.durationMs},
        {QStringLiteral("requestUrl"), a.requestUrl},
        {QStringLiteral("requestHeaders"), headersJson(a.requestHeaders)},
        {QStringLiteral("responseStatus"),
         a.responseStatus > 0 ? QJsonValue(a.responseStatus) : QJsonValue()},
        {QStringLiteral("responseHeaders"), headersJson(a.responseHeaders)},
        {QStringLiteral("responseBody"), QString::fromUtf8(a.responseBody)},
        {QStringLiteral("responseTruncated"), a.responseTruncated},
        {QStringLiteral("error"), a.error},
        {QStringLiteral("runNumber"), a.runNumber},
        {QStringLiteral("protocol"), a.protocol.isEmpty() ? QJsonValue() : QJsonValue(a.protocol)}};
}

QByteArray JobExporter::json(JobStore& jobs, const QStringList& jobIds)
{
    QJsonArray out;
    for (const QString& id : jobIds) {
        const std::optional<DeliveryJob> j = jobs.job(id);
        if (!j)
            continue;
        QJsonArray attempts;
        for (const Attempt& a : jobs.attempts(id)) {
            QJsonObject attempt = attemptJson(a);
            // In a file for a colleague a JSON answer reads best as JSON.
            attempt.insert(QStringLiteral("responseBody"), bodyJson(a.responseBody));
            attempts.append(attempt);
        }
        out.append(QJsonObject{{QStringLiteral("id"), j->id},
                               {QStringLiteral("event"), j->eventType},
                               {QStringLiteral("eventId"), j->eventId},
                               {QStringLiteral("integration"), j->integrationName},
                               {QStringLiteral("url"), j->url},
                               {QStringLiteral("status"), jobStatusToString(j->status)},
                               {QStringLiteral("createdAt"), isoTime(j->createdAt)},
                               {QStringLiteral("payload"), bodyJson(j->payload)},
                               {QStringLiteral("attempts"), attempts}});
    }
    return QJsonDocument(out).toJson(QJsonDocument::Indented);
}

QByteArray JobExporter::csv(JobStore& jobs, const QStringList& jobIds)
{
    QStringList lines{QStringLiteral(
        "id,created_at,event,integration,url,status,attempts,last_http_status,last_error,payload")};
    for (const QString& id : jobIds) {
        const std::optional<DeliveryJob> j = jobs.job(id);
        if (!j)
            continue;
        lines.append(QStringList{j->id, isoTime(j->createdAt), j->eventType, csvField(j->integrationName),
                                 csvField(j->url), jobStatusToString(j->status), QString::number(j->attempts),
                                 j->lastHttpStatus > 0 ? QString::number(j->lastHttpStatus) : QString(),
                                 csvField(j->lastError), csvField(QString::fromUtf8(j->payload))}
                         .join(QLatin1Char(',')));
    }
    return lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

bool JobExporter::write(JobStore& jobs, const QStringList& jobIds, const QString& path, Format format,
                        QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("hookdesk::JobExporter", "Could not write %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    file.write(format == Format::Csv ? csv(jobs, jobIds) : json(jobs, jobIds));
    // QSaveFile only replaces the target once everything is on disk, so a full disk leaves no
    // half-written export behind.
    if (!file.commit()) {
        if (error)
            *error = QCoreApplication::translate("hookdesk::JobExporter", "Could not write %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace hookdesk
