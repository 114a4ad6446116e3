// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/EventService.h"

#include "catalogue/Catalogue.h"
#include "catalogue/JsonErrorLocator.h"
#include "domain/UrnPattern.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace hookdesk {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("hookdesk::EventService", text);
}

constexpr qsizetype kMaxPayload = 1024 * 1024;

} // namespace

EventService::EventService(const Catalogue& catalogue, EventStore& events)
    : m_catalogue(catalogue), m_events(events)
{}

QString EventService::checkJson(const QByteArray& payload)
{
    if (payload.trimmed().isEmpty())
        return tr("The payload is empty; it must be a JSON object.");
    if (payload.size() > kMaxPayload)
        return tr("The payload is %1 KiB; the largest accepted is %2 KiB.")
            .arg(payload.size() / 1024)
            .arg(kMaxPayload / 1024);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const JsonErrorLocator::Location at = JsonErrorLocator::locate(payload, parseError);
        return tr("The payload is not valid JSON at line %1, column %2: %3.")
            .arg(at.line)
            .arg(at.column)
            .arg(at.reason);
    }
    if (!doc.isObject() && !doc.isArray())
        return tr("The payload must be a JSON object or array.");
    return {};
}

std::optional<EventStore::Raised> EventService::raise(const QString& type, const QByteArray& payload,
                                                      const QString& urn, const QString& source,
                                                      QString* error)
{
    return raise(type, payload, urn, QString(), source, error);
}

QString EventService::schemaProblems(const EventType& type, const QJsonValue& payload)
{
    if (type.schema.isEmpty())
        return {};
    auto it = m_validators.find(type.type);
    if (it == m_validators.end() || it->first != type.schema) {
        SchemaValidator validator;
        QString error;
        if (!validator.setSchema(type.schema, &error))
            return error;
        it = m_validators.insert(type.type, qMakePair(type.schema, validator));
    }
    const QList<SchemaValidator::Problem> problems = it->second.validate(payload);
    if (problems.isEmpty())
        return {};
    return tr("The payload does not match the schema of “%1”: %2.")
        .arg(type.type, SchemaValidator::describe(problems));
}

std::optional<Event> EventService::prepare(const Request& request, QString* mismatch, QString* error)
{
    const QString& type = request.type;
    const QString& urn = request.urn;
    const QByteArray& payload = request.payload;
    const EventType* eventType = m_catalogue.find(type);
    if (!eventType) {
        fail(
            error,
            tr("“%1” is not an event type of the catalogue. `hookdesk catalogue list` shows the known types.")
                .arg(type));
        return std::nullopt;
    }
    if (!urn.trimmed().isEmpty()) {
        const QString urnProblem = UrnPattern::checkUrn(urn);
        if (!urnProblem.isEmpty()) {
            fail(error, urnProblem);
            return std::nullopt;
        }
    }
    QByteArray body = payload;
    if (body.isEmpty())
        body = QJsonDocument(eventType->example.toObject()).toJson(QJsonDocument::Compact);
    const QString problem = checkJson(body);
    if (!problem.isEmpty()) {
        fail(error, problem);
        return std::nullopt;
    }
    if (eventType->validation != ValidationMode::Off) {
        const QJsonDocument document = QJsonDocument::fromJson(body);
        *mismatch = schemaProblems(*eventType, document.isArray() ? QJsonValue(document.array())
                                                                  : QJsonValue(document.object()));
        if (!mismatch->isEmpty() && eventType->validation == ValidationMode::Reject) {
            fail(error, *mismatch + QLatin1Char(' ') +
                            tr("Nothing was raised; correct the payload and send it again."));
            return std::nullopt;
        }
    }
    Event event;
    event.type = eventType->type;
    event.urn = urn.trimmed();
    event.idempotencyKey = request.idempotencyKey.trimmed();
    event.payload = body;
    event.itemName = eventType->itemName;
    event.eventName = eventType->eventName;
    event.source = request.source;
    return event;
}

std::optional<EventStore::Raised> EventService::raise(const QString& type, const QByteArray& payload,
                                                      const QString& urn, const QString& idempotencyKey,
                                                      const QString& source, QString* error)
{
    m_lastWarning.clear();
    QString mismatch;
    std::optional<Event> event = prepare({type, payload, urn, idempotencyKey, source}, &mismatch, error);
    if (!event)
        return std::nullopt;
    auto raised = m_events.raise(*event, error, &m_catalogue);
    if (raised)
        m_lastWarning = mismatch;
    return raised;
}

std::optional<QList<EventStore::Raised>> EventService::raiseMany(const QList<Request>& requests,
                                                                 QString* error)
{
    m_lastWarnings.clear();
    QList<Event> events;
    events.reserve(requests.size());
    QStringList warnings;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        QString mismatch;
        QString why;
        std::optional<Event> event = prepare(requests.at(i), &mismatch, &why);
        if (!event) {
            fail(error, requests.size() == 1
                            ? why
                            : tr("Event %1 of %2: %3").arg(i + 1).arg(requests.size()).arg(why));
            return std::nullopt;
        }
        events.append(std::move(*event));
        warnings.append(mismatch);
    }
    auto raised = m_events.raiseMany(std::move(events), error, &m_catalogue);
    if (raised)
        m_lastWarnings = warnings;
    return raised;
}

} // namespace hookdesk
