// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/IntegrationStore.h"

#include "domain/Ids.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>

namespace hookdesk {

namespace {

const char* const kColumns =
    "id, uid, name, base_url, auth_scheme, auth_header, enabled, disabled_reason, "
    "secret_version, created_at, updated_at, retry_schedule, max_in_flight, timeout_ms, "
    "rate_per_second, consecutive_failures, failing_since, paused_until, auto_disable_after_ms, "
    "ordered, payload_format, custom_headers, auth_username, run_number_rule, ca_file, "
    "previous_secret_until, http_version";

Integration fromQuery(const QSqlQuery& q)
{
    Integration i;
    i.id = q.value(0).toLongLong();
    i.uid = q.value(1).toString();
    i.name = q.value(2).toString();
    i.baseUrl = q.value(3).toString();
    i.authScheme = authSchemeFromString(q.value(4).toString());
    i.authHeader = q.value(5).toString();
    i.enabled = q.value(6).toInt() != 0;
    i.disabledReason = q.value(7).toString();
    i.secretVersion = q.value(8).toInt();
    i.createdAt = q.value(9).toLongLong();
    i.updatedAt = q.value(10).toLongLong();
    i.retrySchedule = q.value(11).toString();
    i.maxInFlight = q.value(12).toInt();
    i.timeoutMs = q.value(13).toInt();
    i.ratePerSecond = q.value(14).toDouble();
    i.consecutiveFailures = q.value(15).toInt();
    i.failingSince = q.value(16).toLongLong();
    i.pausedUntil = q.value(17).toLongLong();
    i.autoDisableAfterMs = q.value(18).toLongLong();
    i.ordered = q.value(19).toInt() != 0;
    i.payloadFormat = payloadFormatFromString(q.value(20).toString());
    i.customHeaders = headersFromJson(q.value(21).toString().toUtf8());
    i.authUsername = q.value(22).toString();
    i.setRunNumberRule(q.value(23).toString());
    i.caFile = q.value(24).toString();
    i.previousSecretUntil = q.value(25).toLongLong();
    i.httpVersion = httpVersionFromString(q.value(26).toString());
    return i;
}

// The settings written by both insert and update after the isolation settings, in the order
// of their columns there.
void bindShape(QSqlQuery& q, const Integration& integration)
{
    q.addBindValue(qMax<qint64>(0, integration.autoDisableAfterMs));
    q.addBindValue(integration.ordered ? 1 : 0);
    q.addBindValue(payloadFormatToString(integration.payloadFormat));
    q.addBindValue(QString::fromUtf8(headersToJson(integration.customHeaders)));
    q.addBindValue(text(integration.authUsername));
    q.addBindValue(text(integration.runNumberRule()));
    q.addBindValue(text(integration.caFile));
    q.addBindValue(httpVersionToString(integration.httpVersion));
}

} // namespace

IntegrationStore::IntegrationStore(Database& db, QObject* parent) : QObject(parent), m_db(db) {}

QList<Integration> IntegrationStore::all(QString* error) const
{
    QList<Integration> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM integrations ORDER BY name").arg(QLatin1String(kColumns)));
    if (!execQuery(q, tr("Could not read the integrations"), error))
        return out;
    while (q.next())
        out.append(fromQuery(q));
    return out;
}

std::optional<Integration> IntegrationStore::one(const QString& where, const QVariant& value,
                                                 QString* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM integrations WHERE %2 = ?").arg(QLatin1String(kColumns), where));
    q.addBindValue(value);
    if (!execQuery(q, tr("Could not read the integration"), error))
        return std::nullopt;
    if (!q.next())
        return std::nullopt;
    return fromQuery(q);
}

std::optional<Integration> IntegrationStore::byId(qint64 id, QString* error) const
{
    return one(QStringLiteral("id"), id, error);
}

std::optional<Integration> IntegrationStore::byName(const QString& name, QString* error) const
{
    return one(QStringLiteral("name"), name, error);
}

bool IntegrationStore::nameTaken(const QString& name, qint64 exceptId, QString* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM integrations WHERE LOWER(name) = LOWER(?) AND id <> ?"));
    q.addBindValue(name);
    q.addBindValue(exceptId);
    if (!execQuery(q, tr("Could not check the integration name"), error))
        return true;
    if (q.next())
        return !fail(error, tr("An integration named “%1” already exists. Choose another name.").arg(name));
    return false;
}

bool IntegrationStore::insert(Integration& integration, QString* error)
{
    if (nameTaken(integration.name, 0, error))
        return false;
    if (integration.uid.isEmpty())
        integration.uid = newId(QStringLiteral("int"));
    integration.createdAt = integration.updatedAt = nowMs();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO integrations (uid, name, base_url, auth_scheme, auth_header, "
        "token_key, secret_key, enabled, "
        "disabled_reason, secret_version, created_at, updated_at, retry_schedule, max_in_flight, "
        "timeout_ms, rate_per_second, auto_disable_after_ms, ordered, payload_format, custom_headers, "
        "auth_username, run_number_rule, ca_file, http_version) VALUES "
        "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"));
    q.addBindValue(text(integration.uid));
    q.addBindValue(text(integration.name));
    q.addBindValue(text(integration.baseUrl));
    q.addBindValue(authSchemeToString(integration.authScheme));
    q.addBindValue(text(integration.authHeader));
    q.addBindValue(text(integration.tokenKey()));
    q.addBindValue(text(integration.secretKey()));
    q.addBindValue(integration.enabled ? 1 : 0);
    q.addBindValue(text(integration.disabledReason));
    q.addBindValue(integration.secretVersion);
    q.addBindValue(integration.createdAt);
    q.addBindValue(integration.updatedAt);
    q.addBindValue(text(integration.retrySchedule));
    q.addBindValue(qMax(1, integration.maxInFlight));
    q.addBindValue(qMax(1, integration.timeoutMs));
    q.addBindValue(qMax(0.0, integration.ratePerSecond));
    bindShape(q, integration);
    if (!execQuery(q, tr("Could not save the integration"), error) || !q.next())
        return false;
    integration.id = q.value(0).toLongLong();
    // With RETURNING, the insert commits only when the statement is done: before anyone is told,
    // or a reader on another connection (the dispatcher's thread) does not see it yet.
    q.finish();
    Q_EMIT changed();
    return true;
}

bool IntegrationStore::update(Integration& integration, QString* error)
{
    if (nameTaken(integration.name, integration.id, error))
        return false;
    integration.updatedAt = nowMs();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE integrations SET name = ?, base_url = ?, auth_scheme = ?, auth_header = ?, "
        "enabled = ?, disabled_reason = ?, updated_at = ?, retry_schedule = ?, max_in_flight = ?, "
        "timeout_ms = ?, rate_per_second = ?, auto_disable_after_ms = ?, ordered = ?, "
        "payload_format = ?, custom_headers = ?, auth_username = ?, run_number_rule = ?, ca_file = ?, "
        "http_version = ?, "
        // Enabling a disabled integration starts it afresh: no pause, no failure streak.
        "consecutive_failures = CASE WHEN enabled = 0 THEN 0 ELSE consecutive_failures END, "
        "failing_since = CASE WHEN enabled = 0 THEN 0 ELSE failing_since END, "
        "paused_until = CASE WHEN enabled = 0 THEN 0 ELSE paused_until END WHERE id = ?"));
    q.addBindValue(text(integration.name));
    q.addBindValue(text(integration.baseUrl));
    q.addBindValue(authSchemeToString(integration.authScheme));
    q.addBindValue(text(integration.authHeader));
    q.addBindValue(integration.enabled ? 1 : 0);
    q.addBindValue(integration.enabled ? QStringLiteral("") : text(integration.disabledReason));
    q.addBindValue(integration.updatedAt);
    q.addBindValue(text(integration.retrySchedule));
    q.addBindValue(qMax(1, integration.maxInFlight));
    q.addBindValue(qMax(1, integration.timeoutMs));
    q.addBindValue(qMax(0.0, integration.ratePerSecond));
    bindShape(q, integration);
    q.addBindValue(integration.id);
    if (!execQuery(q, tr("Could not save the integration"), error))
        return false;
    if (q.numRowsAffected() == 0)
        return fail(error, tr("The integration “%1” no longer exists.").arg(integration.name));
    Q_EMIT changed();
    return true;
}

bool IntegrationStore::remove(qint64 id, QString* error)
{
    QSqlDatabase db = m_db.connection();
    if (!db.transaction())
        return fail(error, tr("Could not start a transaction."));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM triggers WHERE integration_id = ?"));
    q.addBindValue(id);
    if (!execQuery(q, tr("Could not delete the integration's triggers"), error)) {
        db.rollback();
        return false;
    }
    q.prepare(QStringLiteral("DELETE FROM integrations WHERE id = ?"));
    q.addBindValue(id);
    if (!execQuery(q, tr("Could not delete the integration"), error) || !db.commit()) {
        db.rollback();
        return false;
    }
    Q_EMIT changed();
    return true;
}

bool IntegrationStore::disable(qint64 id, const QString& reason, QString* error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE integrations SET enabled = 0, disabled_reason = ?, updated_at = ? WHERE "
                             "id = ? AND enabled = 1"));
    q.addBindValue(text(reason));
    q.addBindValue(nowMs());
    q.addBindValue(id);
    if (!execQuery(q, tr("Could not disable the integration"), error))
        return false;
    if (q.numRowsAffected() > 0)
        Q_EMIT changed();
    return true;
}

bool IntegrationStore::setHealth(qint64 id, int consecutiveFailures, qint64 failingSince, qint64 pausedUntil,
                                 QString* error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE integrations SET consecutive_failures = ?, failing_since = ?, "
                             "paused_until = ? WHERE id = ?"));
    q.addBindValue(consecutiveFailures);
    q.addBindValue(failingSince);
    q.addBindValue(pausedUntil);
    q.addBindValue(id);
    if (!execQuery(q, tr("Could not record the health of the integration"), error))
        return false;
    Q_EMIT healthChanged(id);
    return true;
}

bool IntegrationStore::bumpSecretVersion(qint64 id, QString* error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE integrations SET secret_version = secret_version + 1, updated_at = ? WHERE id = ?"));
    q.addBindValue(nowMs());
    q.addBindValue(id);
    if (!execQuery(q, tr("Could not record the new token"), error))
        return false;
    Q_EMIT changed();
    return true;
}

bool IntegrationStore::clearPreviousSecret(qint64 id, qint64 until, QString* error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE integrations SET previous_secret_until = 0 WHERE id = ? AND previous_secret_until = ?"));
    q.addBindValue(id);
    q.addBindValue(until);
    if (!execQuery(q, tr("Could not record that the old signing secret is gone"), error))
        return false;
    if (q.numRowsAffected() > 0)
        Q_EMIT changed();
    return true;
}

bool IntegrationStore::recordSecretRotation(qint64 id, qint64 previousSecretUntil, QString* error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE integrations SET previous_secret_until = ?, secret_version = "
                             "secret_version + 1, updated_at = ? WHERE id = ?"));
    q.addBindValue(previousSecretUntil);
    q.addBindValue(nowMs());
    q.addBindValue(id);
    if (!execQuery(q, tr("Could not record the new signing secret"), error))
        return false;
    if (q.numRowsAffected() == 0) {
        if (error)
            *error = tr("This integration no longer exists.");
        return false;
    }
    Q_EMIT changed();
    return true;
}

} // namespace hookdesk
