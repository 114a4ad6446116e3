// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace hookdesk {

class Database;

// A key that lets a program post events to the ingest API. The key itself is only in the
// keychain; the row keeps its name there and a SHA-256 hash to check presented keys with.
struct IngestKey
{
    qint64 id = 0;
    QString name;
    QString keychainKey;
    QString keyHash; // lowercase hex SHA-256 of the key's UTF-8 text
    qint64 createdAt = 0;
};

// Rows of ingest_keys.
class IngestKeyStore
{
public:
    explicit IngestKeyStore(Database& db);

    QList<IngestKey> all(QString* error = nullptr) const;
    std::optional<IngestKey> byName(const QString& name, QString* error = nullptr) const;
    // Sets id and createdAt on success.
    bool insert(IngestKey& key, QString* error);
    bool remove(qint64 id, QString* error);

    // The key whose hash matches the presented key, comparing every stored hash in full so the
    // time taken says nothing about how close a guess was.
    std::optional<IngestKey> matching(const QString& presentedKey, QString* error = nullptr) const;

    static QString hashKey(const QString& key);

private:
    Database& m_db;
};

} // namespace hookdesk
