// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/TriggerStore.h"

#include "domain/Ids.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace hookdesk {

namespace {

const char* const kColumns = "id, integration_id, event_type, path, enabled, created_at";

Trigger fromQuery(const QSqlQuery& q)
{
    Trigger t;
    t.id = q.value(0).toLongLong();
    t.integrationId = q.value(1).toLongLong();
    t.eventType = q.value(2).toString();
    t.path = q.value(3).toString();
    t.enabled = q.value(4).toInt() != 0;
    t.createdAt = q.value(5).toLongLong();
    return t;
}

} // namespace

TriggerStore::TriggerStore(Database& db, QObject* parent) : QObject(parent), m_db(db) {}

QList<Trigger> TriggerStore::all(QString* error) const
{
    QList<Trigger> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM triggers ORDER BY event_type, id").arg(QLatin1String(kColumns)));
    if (!execQuery(q, tr("Could not read the triggers"), error))
        return out;
    while (q.next())
        out.append(fromQuery(q));
    return out;
}

std::optional<Trigger> TriggerStore::byId(qint64 id, QString* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM triggers WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!execQuery(q, tr("Could not read the trigger"), error) || !q.next())
        return std::nullopt;
    return fromQuery(q);
}

bool TriggerStore::validate(const Trigger& trigger, QString* error) const
{
    if (trigger.eventType.trimmed().isEmpty())
        return fail(error, tr("Choose the event type this trigger sends."));
    if (trigger.path.contains(QLatin1Char(' ')) || trigger.path.contains(QLatin1Char('\n')))
        return fail(error, tr("The path “%1” contains spaces; use %20 or remove them.").arg(trigger.path));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM integrations WHERE id = ?"));
    q.addBindValue(trigger.integrationId);
    if (!execQuery(q, tr("Could not check the integration"), error))
        return false;
    if (!q.next())
        return fail(error, tr("Choose the integration this trigger sends to."));
    return true;
}

bool TriggerStore::insert(Trigger& trigger, QString* error)
{
    if (!validate(trigger, error))
        return false;
    trigger.createdAt = nowMs();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO triggers (integration_id, event_type, path, enabled, created_at) "
                             "VALUES (?,?,?,?,?) RETURNING id"));
    q.addBindValue(trigger.integrationId);
    q.addBindValue(text(trigger.eventType));
    q.addBindValue(text(trigger.path.trimmed()));
    q.addBindValue(trigger.enabled ? 1 : 0);
    q.addBindValue(trigger.createdAt);
    if (!execQuery(q, tr("Could not save the trigger"), error) || !q.next())
        return false;
    trigger.id = q.value(0).toLongLong();
    Q_EMIT changed();
    return true;
}

bool TriggerStore::update(const Trigger& trigger, QString* error)
{
    if (!validate(trigger, error))
        return false;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE triggers SET integration_id = ?, event_type = ?, path = ?, enabled = ? WHERE id = ?"));
    q.addBindValue(trigger.integrationId);
    q.addBindValue(text(trigger.eventType));
    q.addBindValue(text(trigger.path.trimmed()));
    q.addBindValue(trigger.enabled ? 1 : 0);
    q.addBindValue(trigger.id);
    if (!execQuery(q, tr("Could not save the trigger"), error))
        return false;
    if (q.numRowsAffected() == 0)
        return fail(error, tr("This trigger no longer exists."));
    Q_EMIT changed();
    return true;
}

bool TriggerStore::remove(qint64 id, QString* error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM triggers WHERE id = ?"));
    q.addBindValue(id);
    if (!execQuery(q, tr("Could not delete the trigger"), error))
        return false;
    Q_EMIT changed();
    return true;
}

} // namespace hookdesk
