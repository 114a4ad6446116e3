// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

namespace hookdesk {

namespace {

// A struct rather than a free tr(): lupdate files the strings of free functions under the
// namespace, so only Q_DECLARE_TR_FUNCTIONS puts them in the context looked up at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hookdesk::Storage)
};

// SQLite's primary result codes (the low byte of an extended one).
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoError = 10;
constexpr int kSqliteFull = 13;

} // namespace

QString sqlErrorText(const QSqlError& error, const QSqlDriver* driver)
{
    const QString code = error.nativeErrorCode();
    bool numeric = false;
    const int sqliteCode = code.toInt(&numeric) & 0xff;
    const bool sqlite = driver && driver->dbmsType() == QSqlDriver::SQLite && numeric;
    // SQLite reports a full disk, and a database grown to its page limit, as SQLITE_FULL; PostgreSQL
    // a full disk as disk_full (53100).
    if ((sqlite && sqliteCode == kSqliteFull) || code == QLatin1String("53100"))
        return Text::tr("the disk that holds the database is full. Free some space on it and try again; "
                        "nothing that was already saved is lost.");
    if (sqlite && sqliteCode == kSqliteReadOnly)
        return Text::tr("the database file cannot be written to (it or its folder is read-only). Check "
                        "its permissions and the disk it is on.");
    if (sqlite && sqliteCode == kSqliteIoError)
        return Text::tr("the disk that holds the database could not be written to or read (%1). Check "
                        "that the disk is present and has free space.")
            .arg(error.databaseText().trimmed());
    const QString text = error.text().trimmed();
    return text.isEmpty() ? Text::tr("the database gave no reason") : text;
}

bool execQuery(QSqlQuery& query, const QString& what, QString* error)
{
    if (query.exec())
        return true;
    return fail(error, QStringLiteral("%1: %2").arg(what, sqlErrorText(query.lastError(), query.driver())));
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace hookdesk
