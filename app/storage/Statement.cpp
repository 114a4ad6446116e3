// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Statement.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QSqlDriver>
#include <QSqlError>
#include <sqlite3.h>

namespace hookdesk {

StatementCache::~StatementCache()
{
    finalizeAll();
}

sqlite3_stmt* StatementCache::take(sqlite3* handle, const QByteArray& sql, int* result)
{
    Entry& entry = m_entries[sql];
    if (entry.inUse)
        return nullptr;
    if (!entry.statement) {
        *result = sqlite3_prepare_v3(handle, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                     &entry.statement, nullptr);
        if (*result != SQLITE_OK) {
            sqlite3_finalize(entry.statement);
            entry.statement = nullptr;
            return nullptr;
        }
    }
    entry.inUse = true;
    *result = SQLITE_OK;
    return entry.statement;
}

void StatementCache::giveBack(const QByteArray& sql, sqlite3_stmt* statement)
{
    const auto entry = m_entries.find(sql);
    if (entry != m_entries.end() && entry->statement == statement)
        entry->inUse = false;
}

void StatementCache::finalizeAll()
{
    for (const Entry& entry : std::as_const(m_entries))
        sqlite3_finalize(entry.statement);
    m_entries.clear();
}

Statement::Statement(Database& db, const QByteArray& sql, Reuse reuse) : m_db(db), m_sql(sql)
{
    if (db.isPostgres()) {
        m_query = std::make_unique<QSqlQuery>(db.connection());
        m_query->prepare(QString::fromUtf8(sql));
        return;
    }
    m_handle = db.sqliteHandle();
    if (!m_handle) {
        m_prepareResult = SQLITE_MISUSE;
        return;
    }
    if (reuse == Reuse::Kept) {
        m_statement = db.statementCache().take(m_handle, m_sql, &m_prepareResult);
        m_kept = m_statement != nullptr;
        if (m_kept || m_prepareResult != SQLITE_OK)
            return;
    }
    m_prepareResult =
        sqlite3_prepare_v2(m_handle, m_sql.constData(), int(m_sql.size()), &m_statement, nullptr);
    if (m_prepareResult != SQLITE_OK) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

Statement::~Statement()
{
    if (!m_statement)
        return;
    reset();
    if (m_kept)
        m_db.statementCache().giveBack(m_sql, m_statement);
    else
        sqlite3_finalize(m_statement);
}

void Statement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_texts.clear();
    m_bound = 0;
    m_stepResult = 0;
    m_rowPending = false;
}

bool Statement::readyToBind()
{
    if (m_stepResult != 0)
        reset();
    return m_statement != nullptr;
}

void Statement::bindSqlite(const QByteArray& bytes, bool asText)
{
    if (!readyToBind())
        return;
    if (bytes.isNull()) {
        sqlite3_bind_null(m_statement, ++m_bound);
        return;
    }
    m_texts.append(bytes); // shares the data: bound without a copy, alive until reset()
    const char* data = m_texts.constLast().constData();
    if (asText)
        sqlite3_bind_text(m_statement, ++m_bound, data, int(bytes.size()), SQLITE_STATIC);
    else
        sqlite3_bind_blob(m_statement, ++m_bound, data, int(bytes.size()), SQLITE_STATIC);
}

void Statement::bind(qint64 value)
{
    if (m_query)
        m_query->addBindValue(value);
    else if (readyToBind())
        sqlite3_bind_int64(m_statement, ++m_bound, value);
}

void Statement::bind(const QString& value)
{
    if (m_query)
        m_query->addBindValue(value);
    else
        bindSqlite(value.isNull() ? QByteArray() : value.toUtf8(), true);
}

void Statement::bindText(const QByteArray& utf8)
{
    if (m_query)
        m_query->addBindValue(utf8.isNull() ? QString() : QString::fromUtf8(utf8));
    else
        bindSqlite(utf8, true);
}

void Statement::bind(const QByteArray& value)
{
    if (m_query)
        m_query->addBindValue(value);
    else
        bindSqlite(value, false);
}

void Statement::bindNull()
{
    if (m_query)
        m_query->addBindValue(QVariant(QMetaType::fromType<QByteArray>()));
    else
        bindSqlite(QByteArray(), false);
}

QString Statement::sqliteError(int result) const
{
    // As Qt's driver reports it, so that sqlErrorText() says a full disk and the like in words.
    const QString databaseText =
        m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : QString::fromUtf8(sqlite3_errstr(result));
    const QSqlError error(QString(), databaseText, QSqlError::StatementError, QString::number(result));
    return sqlErrorText(error, m_db.connection().driver());
}

void Statement::finish()
{
    if (m_query)
        m_query->finish();
    else if (m_statement)
        reset();
}

bool Statement::exec(const QString& what, QString* error)
{
    m_lastError.clear();
    const auto failed = [&](const QString& why) {
        m_lastError = why;
        return fail(error, QStringLiteral("%1: %2").arg(what, why));
    };
    if (m_query)
        return m_query->exec() || failed(sqlErrorText(m_query->lastError(), m_query->driver()));
    if (!m_statement)
        return failed(sqliteError(m_prepareResult));
    if (m_stepResult != 0) { // run again without new values
        sqlite3_reset(m_statement);
        m_rowPending = false;
    }
    m_stepResult = sqlite3_step(m_statement);
    if (m_stepResult == SQLITE_ROW) {
        m_rowPending = true;
        return true;
    }
    if (m_stepResult == SQLITE_DONE) {
        m_changes = sqlite3_changes64(m_handle);
        m_insertedRowid = sqlite3_last_insert_rowid(m_handle);
        return true;
    }
    const QString why = sqliteError(m_stepResult);
    reset();
    return failed(why);
}

bool Statement::next()
{
    if (m_query)
        return m_query->next();
    if (m_rowPending) {
        m_rowPending = false;
        return true;
    }
    if (m_stepResult != SQLITE_ROW)
        return false;
    m_stepResult = sqlite3_step(m_statement);
    if (m_stepResult == SQLITE_DONE)
        m_changes = sqlite3_changes64(m_handle);
    return m_stepResult == SQLITE_ROW;
}

qint64 Statement::int64(int column) const
{
    if (m_query)
        return m_query->value(column).toLongLong();
    return m_statement ? sqlite3_column_int64(m_statement, column) : 0;
}

QString Statement::string(int column) const
{
    if (m_query)
        return m_query->value(column).toString();
    if (!m_statement || sqlite3_column_type(m_statement, column) == SQLITE_NULL)
        return {};
    const auto* utf8 = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(utf8, sqlite3_column_bytes(m_statement, column));
}

QByteArray Statement::bytes(int column) const
{
    if (m_query)
        return m_query->value(column).toByteArray();
    if (!m_statement || sqlite3_column_type(m_statement, column) == SQLITE_NULL)
        return {};
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
    return QByteArray(data, sqlite3_column_bytes(m_statement, column));
}

qint64 Statement::rowsAffected() const
{
    if (m_query)
        return m_query->numRowsAffected();
    return m_changes;
}

} // namespace hookdesk
