// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace hookdesk {

class Database;

// The prepared statements a SQLite connection keeps between uses (Statement::Kept), finalized
// before the connection closes. One per Database.
class StatementCache
{
public:
    StatementCache() = default;
    ~StatementCache();
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    // A kept statement for `sql`, prepared on first use; null when it is in use already (the
    // caller prepares one of its own then) or on error. Hand it back with giveBack().
    sqlite3_stmt* take(sqlite3* handle, const QByteArray& sql, int* result);
    void giveBack(const QByteArray& sql, sqlite3_stmt* statement);
    void finalizeAll();

private:
    struct Entry
    {
        sqlite3_stmt* statement = nullptr;
        bool inUse = false;
    };
    QHash<QByteArray, Entry> m_entries;
};

// One SQL statement with ? placeholders, for the paths every delivery takes (raising events,
// claiming jobs, recording attempts). On SQLite it goes straight to the library: the statement is
// prepared once per connection and kept (Kept), values are bound by position without QVariant,
// and text goes in and out as UTF-8, the file's own encoding. Through QSqlQuery the same work cost
// about a third of the job store's time: every bound value is named with QString::arg, hashed,
// and stored as UTF-16 for SQLite to convert. On PostgreSQL it is a QSqlQuery.
//
// Values are bound in order, as QSqlQuery::addBindValue does, and stored as it stores them: a
// QString as TEXT, a QByteArray as BLOB, a null QString or QByteArray as NULL. Rows are read with
// next() and the typed getters, after exec().
class Statement
{
public:
    enum class Reuse
    {
        Kept, // constant SQL: prepared once per connection
        Once  // SQL made for this call (an IN list of some length): prepared and finalized here
    };

    // `sql` in UTF-8: a QByteArrayLiteral, or a string made for the call (Reuse::Once).
    Statement(Database& db, const QByteArray& sql, Reuse reuse = Reuse::Kept);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    void bind(qint64 value);
    void bind(int value) { bind(qint64(value)); }
    void bind(const QString& value);
    void bind(const QByteArray& value);
    // UTF-8 stored as TEXT, as bind(QString::fromUtf8(utf8)) would store it.
    void bindText(const QByteArray& utf8);
    void bindNull();

    // Runs the statement with the values bound since the last exec(); they are cleared for the
    // next. On failure writes "<what>: <why>" to *error, the why (lastError()) from sqlErrorText.
    bool exec(const QString& what, QString* error);
    QString lastError() const { return m_lastError; }
    // Done with the rows of the last exec() before the last is read: a RETURNING statement, or a
    // read, ends only then, and SQLite commits no transaction while one goes on.
    void finish();
    // The next row of the last exec(), false after the last.
    bool next();
    qint64 int64(int column) const;
    QString string(int column) const;
    QByteArray bytes(int column) const;
    // Rows changed by the last exec() of an INSERT, UPDATE or DELETE.
    qint64 rowsAffected() const;
    // SQLite: the rowid of the row the last exec() of an INSERT added (PostgreSQL: 0; ask with
    // RETURNING there). On SQLite RETURNING costs a temporary table for every statement run.
    qint64 insertedRowid() const { return m_insertedRowid; }

private:
    void reset();
    // SQLite: resets a statement run before; false when there is no statement to bind to.
    bool readyToBind();
    // SQLite: a null `bytes` as NULL, others as TEXT (UTF-8) or BLOB.
    void bindSqlite(const QByteArray& bytes, bool asText);
    QString sqliteError(int result) const;

    Database& m_db;
    QByteArray m_sql;
    // SQLite
    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    bool m_kept = false;
    int m_prepareResult = 0;
    int m_bound = 0;
    int m_stepResult = 0;
    bool m_rowPending = false;
    qint64 m_changes = 0;
    qint64 m_insertedRowid = 0;
    QString m_lastError;
    QList<QByteArray> m_texts; // UTF-8 bound without a copy: alive until the next exec()
    // PostgreSQL
    std::unique_ptr<QSqlQuery> m_query;
};

} // namespace hookdesk
