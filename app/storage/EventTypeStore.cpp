// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/EventTypeStore.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace hookdesk {

namespace {

const QString groupSeparator = QStringLiteral(" > ");

QString toJsonText(const QJsonValue& value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    // A scalar example: wrap it so that QJsonDocument can carry it.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QJsonValue fromJsonText(const QString& text)
{
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text.toUtf8() + "]");
    return doc.array().isEmpty() ? QJsonValue() : doc.array().first();
}

} // namespace

EventTypeStore::EventTypeStore(Database& db, QObject* parent) : QObject(parent), m_db(db) {}

QList<EventType> EventTypeStore::list(QString* error) const
{
    QList<EventType> types;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT type, title, description, group_path, item_name, event_name, platform, "
                             "schema, example, deprecated, validation FROM event_types ORDER BY type"));
    if (!execQuery(q, tr("Could not read the custom event types"), error))
        return types;
    while (q.next()) {
        EventType t;
        t.type = q.value(0).toString();
        t.title = q.value(1).toString();
        t.description = q.value(2).toString();
        const QString group = q.value(3).toString();
        if (!group.isEmpty())
            t.group = group.split(groupSeparator);
        t.itemName = q.value(4).toString();
        t.eventName = q.value(5).toString();
        t.platform = q.value(6).toString();
        t.schema = fromJsonText(q.value(7).toString()).toObject();
        t.example = fromJsonText(q.value(8).toString());
        t.deprecated = q.value(9).toInt() != 0;
        t.validation = validationModeFromName(q.value(10).toString());
        t.builtIn = false;
        types << t;
    }
    return types;
}

bool EventTypeStore::save(const QList<EventType>& types, QString* error)
{
    QSqlDatabase db = m_db.connection();
    if (!db.transaction())
        return fail(
            error,
            tr("Could not start saving the event types: %1").arg(sqlErrorText(db.lastError(), db.driver())));
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO event_types (type, title, description, group_path, item_name, event_name, platform, "
        "schema, example, deprecated, validation, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (type) DO UPDATE SET title = excluded.title, description = excluded.description, "
        "group_path = excluded.group_path, item_name = excluded.item_name, event_name = excluded.event_name, "
        "platform = excluded.platform, schema = excluded.schema, example = excluded.example, "
        "deprecated = excluded.deprecated, validation = excluded.validation, updated_at = "
        "excluded.updated_at"));
    for (const EventType& t : types) {
        q.addBindValue(t.type);
        q.addBindValue(text(t.title));
        q.addBindValue(text(t.description));
        q.addBindValue(text(t.group.join(groupSeparator)));
        q.addBindValue(text(t.itemName));
        q.addBindValue(text(t.eventName));
        q.addBindValue(text(t.platform));
        q.addBindValue(toJsonText(t.schema));
        q.addBindValue(toJsonText(t.example));
        q.addBindValue(t.deprecated ? 1 : 0);
        q.addBindValue(validationModeName(t.validation));
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!execQuery(q, tr("Could not save the event type “%1”").arg(t.type), error)) {
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        const QString why = sqlErrorText(db.lastError(), db.driver());
        db.rollback();
        return fail(error, tr("Could not save the event types: %1").arg(why));
    }
    Q_EMIT changed();
    return true;
}

bool EventTypeStore::remove(const QString& type, QString* error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM event_types WHERE type = ?"));
    q.addBindValue(type);
    if (!execQuery(q, tr("Could not delete the event type “%1”").arg(type), error))
        return false;
    Q_EMIT changed();
    return true;
}

} // namespace hookdesk
