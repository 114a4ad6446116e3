// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <memory>

struct sqlite3;

namespace hookdesk {

class StatementCache;

// One named QSqlDatabase connection to the embedded SQLite file or a PostgreSQL server, with the
// schema brought up to date on open. A connection belongs to the thread that opened it: a worker
// thread opens its own Database with its own connection name.
class Database
{
public:
    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // The embedded default: hookdesk.sqlite in the user's data folder.
    static QString defaultLocation();

    // location: a file path (SQLite) or postgresql://user[:password]@host[:port]/dbname.
    // Creates the folder and the file when missing, applies migrations. On failure returns false
    // and sets an error in the user's words.
    bool open(const QString& location, const QString& connectionName, QString* error);
    void close();

    bool isOpen() const;
    bool isPostgres() const { return m_postgres; }
    QString location() const { return m_location; }
    QSqlDatabase connection() const;
    int schemaVersion() const;

    // Starts a transaction that will write. On SQLite it takes the write lock at once
    // (BEGIN IMMEDIATE): a deferred transaction that reads first and writes later cannot wait
    // for another connection's lock and fails at once with "database is locked".
    bool beginWrite();

    // The SQLite statements this connection keeps prepared (see Statement).
    StatementCache& statementCache();
    // The SQLite library's own handle of this connection; null on PostgreSQL or when closed.
    sqlite3* sqliteHandle() const;
    // On SQLite, lets this connection keep up to `kib` KiB of the file's pages in memory (2 MiB
    // by default); the cache fills only as pages are read. Nothing on PostgreSQL.
    bool setPageCacheKiB(int kib, QString* error);

    // The newest migration this build knows.
    static int latestSchemaVersion();

    // While it lives, the thread that made it has this process's turn to write to the database
    // file: writers on several threads of one process (the window raising events, the
    // dispatcher claiming jobs and recording results) take turns in the order they asked.
    // SQLite's own wait for a lock is a poll with growing sleeps, in which a writer that commits
    // back to back keeps another one out for as long as it goes on. A turn taken again on the
    // same thread is the same turn. Nothing happens on PostgreSQL, whose rows lock one by one.
    class WriteTurn
    {
    public:
        explicit WriteTurn(const Database& db);
        ~WriteTurn();
        WriteTurn(const WriteTurn&) = delete;
        WriteTurn& operator=(const WriteTurn&) = delete;

    private:
        std::shared_ptr<struct WriteTurns> m_turns;
    };

private:
    bool migrate(QString* error);
    bool migrateSteps(QString* error);

    QString m_location;
    QString m_connectionName;
    bool m_postgres = false;
    // Shared by every connection of this process to the same SQLite file.
    std::shared_ptr<struct WriteTurns> m_turns;
    std::unique_ptr<StatementCache> m_statements;
    sqlite3* m_sqlite = nullptr;
};

} // namespace hookdesk
