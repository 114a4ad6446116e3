// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/TriggerStore.h"

#include "domain/Ids.h"
#include "domain/UrnPattern.h"
#include "service/TriggerMatcher.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QHash>
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

// Fills eventTypes and urnPatterns of the triggers read, from their side tables.
bool loadScopes(QSqlDatabase db, QList<Trigger>& triggers, const QString& where, qint64 id, QString* error)
{
    QHash<qint64, Trigger*> byId;
    for (Trigger& t : triggers)
        byId.insert(t.id, &t);
    // Each trigger's event types and URN patterns, in their order, appended to the trigger.
    const auto readLists = [&](const QString& column, const QString& table, QStringList Trigger::*list) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT trigger_id, %1 FROM %2 %3 ORDER BY trigger_id, ordinal")
                      .arg(column, table, where));
        if (id)
            q.addBindValue(id);
        if (!execQuery(q,
                       QCoreApplication::translate("hookdesk::TriggerStore", "Could not read the triggers"),
                       error))
            return false;
        while (q.next()) {
            if (Trigger* t = byId.value(q.value(0).toLongLong()))
                (t->*list).append(q.value(1).toString());
        }
        return true;
    };
    if (!readLists(QStringLiteral("event_type"), QStringLiteral("trigger_event_types"),
                   &Trigger::eventTypes) ||
        !readLists(QStringLiteral("pattern"), QStringLiteral("trigger_urns"), &Trigger::urnPatterns))
        return false;
    for (Trigger& t : triggers) {
        if (t.eventTypes.isEmpty())
            t.eventTypes.append(t.eventType);
        t.eventType = t.eventTypes.first();
    }
    return true;
}

// The trigger's entries as stored: normalised, without blanks or repeats.
QStringList cleanEntries(const QStringList& entries)
{
    QStringList out;
    for (const QString& e : entries) {
        const QString n = TriggerMatcher::normalizeEntry(e);
        if (!n.isEmpty() && !out.contains(n))
            out.append(n);
    }
    return out;
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
    if (!loadScopes(m_db.connection(), out, QString(), 0, error))
        return {};
    return out;
}

std::optional<Trigger> TriggerStore::byId(qint64 id, QString* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM triggers WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!execQuery(q, tr("Could not read the trigger"), error) || !q.next())
        return std::nullopt;
    QList<Trigger> one{fromQuery(q)};
    if (!loadScopes(m_db.connection(), one, QStringLiteral("WHERE trigger_id = ?"), id, error))
        return std::nullopt;
    return one.first();
}

bool TriggerStore::validate(const Trigger& trigger, QString* error) const
{
    const QStringList entries = cleanEntries(trigger.types());
    if (entries.isEmpty())
        return fail(error, tr("Choose the event type this trigger sends."));
    for (const QString& e : entries) {
        const QString problem = TriggerMatcher::checkEntrySyntax(e);
        if (!problem.isEmpty())
            return fail(error, problem);
    }
    for (const QString& p : trigger.urnPatterns) {
        const QString problem = UrnPattern::check(p);
        if (!problem.isEmpty())
            return fail(error, problem);
    }
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
    Trigger t = trigger;
    t.eventTypes = cleanEntries(t.types());
    t.eventType = t.eventTypes.first();
    t.createdAt = nowMs();
    if (!m_db.beginWrite())
        return fail(error, tr("Could not start a transaction to save the trigger."));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO triggers (integration_id, event_type, path, enabled, created_at) "
                             "VALUES (?,?,?,?,?) RETURNING id"));
    q.addBindValue(t.integrationId);
    q.addBindValue(text(t.eventType));
    q.addBindValue(text(t.path.trimmed()));
    q.addBindValue(t.enabled ? 1 : 0);
    q.addBindValue(t.createdAt);
    if (!execQuery(q, tr("Could not save the trigger"), error) || !q.next()) {
        m_db.connection().rollback();
        return false;
    }
    t.id = q.value(0).toLongLong();
    q.finish();
    if (!writeScope(t, error)) {
        m_db.connection().rollback();
        return false;
    }
    if (!m_db.connection().commit()) {
        const QString why = sqlErrorText(m_db.connection().lastError(), m_db.connection().driver());
        m_db.connection().rollback();
        return fail(error, tr("Could not save the trigger: %1").arg(why));
    }
    trigger = t;
    Q_EMIT changed();
    return true;
}

bool TriggerStore::update(const Trigger& trigger, QString* error)
{
    if (!validate(trigger, error))
        return false;
    Trigger t = trigger;
    t.eventTypes = cleanEntries(t.types());
    t.eventType = t.eventTypes.first();
    if (!m_db.beginWrite())
        return fail(error, tr("Could not start a transaction to save the trigger."));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE triggers SET integration_id = ?, event_type = ?, path = ?, enabled = ? WHERE id = ?"));
    q.addBindValue(t.integrationId);
    q.addBindValue(text(t.eventType));
    q.addBindValue(text(t.path.trimmed()));
    q.addBindValue(t.enabled ? 1 : 0);
    q.addBindValue(t.id);
    if (!execQuery(q, tr("Could not save the trigger"), error)) {
        m_db.connection().rollback();
        return false;
    }
    if (q.numRowsAffected() == 0) {
        m_db.connection().rollback();
        return fail(error, tr("This trigger no longer exists."));
    }
    if (!writeScope(t, error)) {
        m_db.connection().rollback();
        return false;
    }
    if (!m_db.connection().commit()) {
        const QString why = sqlErrorText(m_db.connection().lastError(), m_db.connection().driver());
        m_db.connection().rollback();
        return fail(error, tr("Could not save the trigger: %1").arg(why));
    }
    Q_EMIT changed();
    return true;
}

bool TriggerStore::writeScope(const Trigger& trigger, QString* error)
{
    QSqlQuery q(m_db.connection());
    for (const char* table : {"trigger_event_types", "trigger_urns"}) {
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE trigger_id = ?").arg(QLatin1String(table)));
        q.addBindValue(trigger.id);
        if (!execQuery(q, tr("Could not save the trigger"), error))
            return false;
    }
    for (qsizetype i = 0; i < trigger.eventTypes.size(); ++i) {
        q.prepare(QStringLiteral(
            "INSERT INTO trigger_event_types (trigger_id, ordinal, event_type) VALUES (?,?,?)"));
        q.addBindValue(trigger.id);
        q.addBindValue(int(i));
        q.addBindValue(trigger.eventTypes.at(i));
        if (!execQuery(q, tr("Could not save the trigger's event types"), error))
            return false;
    }
    int ordinal = 0;
    for (const QString& p : trigger.urnPatterns) {
        q.prepare(QStringLiteral("INSERT INTO trigger_urns (trigger_id, ordinal, pattern) VALUES (?,?,?)"));
        q.addBindValue(trigger.id);
        q.addBindValue(ordinal++);
        q.addBindValue(p.trimmed());
        if (!execQuery(q, tr("Could not save the trigger's URN patterns"), error))
            return false;
    }
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
