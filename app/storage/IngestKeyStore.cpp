// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/IngestKeyStore.h"

#include "delivery/Signer.h"
#include "domain/Ids.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlQuery>

namespace hookdesk {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("hookdesk::IngestKeyStore", text);
}

const char* const kColumns = "id, name, keychain_key, key_hash, created_at";

IngestKey fromQuery(const QSqlQuery& q)
{
    IngestKey k;
    k.id = q.value(0).toLongLong();
    k.name = q.value(1).toString();
    k.keychainKey = q.value(2).toString();
    k.keyHash = q.value(3).toString();
    k.createdAt = q.value(4).toLongLong();
    return k;
}

} // namespace

IngestKeyStore::IngestKeyStore(Database& db) : m_db(db) {}

QList<IngestKey> IngestKeyStore::all(QString* error) const
{
    QList<IngestKey> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM ingest_keys ORDER BY name").arg(QLatin1String(kColumns)));
    if (!execQuery(q, tr("Could not read the ingest keys"), error))
        return out;
    while (q.next())
        out.append(fromQuery(q));
    return out;
}

std::optional<IngestKey> IngestKeyStore::byName(const QString& name, QString* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM ingest_keys WHERE name = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(name);
    if (!execQuery(q, tr("Could not read the ingest key"), error) || !q.next())
        return std::nullopt;
    return fromQuery(q);
}

bool IngestKeyStore::insert(IngestKey& key, QString* error)
{
    key.createdAt = nowMs();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO ingest_keys (name, keychain_key, key_hash, created_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(text(key.name));
    q.addBindValue(text(key.keychainKey));
    q.addBindValue(text(key.keyHash));
    q.addBindValue(key.createdAt);
    if (!execQuery(q, tr("Could not store the ingest key “%1”").arg(key.name), error))
        return false;
    const std::optional<IngestKey> stored = byName(key.name, error);
    if (!stored)
        return false;
    key.id = stored->id;
    return true;
}

bool IngestKeyStore::remove(qint64 id, QString* error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM ingest_keys WHERE id = ?"));
    q.addBindValue(id);
    return execQuery(q, tr("Could not delete the ingest key"), error);
}

std::optional<IngestKey> IngestKeyStore::matching(const QString& presentedKey, QString* error) const
{
    const QByteArray presented = hashKey(presentedKey).toLatin1();
    std::optional<IngestKey> found;
    for (const IngestKey& k : all(error))
        if (Signer::constantTimeEqual(k.keyHash.toLatin1(), presented) && !found)
            found = k;
    return found;
}

QString IngestKeyStore::hashKey(const QString& key)
{
    return QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace hookdesk
