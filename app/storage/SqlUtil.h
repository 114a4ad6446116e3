// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace hookdesk {

// Runs a prepared query; on failure writes "<what>: <why>" to *error, the why from sqlErrorText().
bool execQuery(QSqlQuery& query, const QString& what, QString* error);

// Why a statement or commit failed, to follow "Could not …: ". A full disk, a read-only database
// file and a failing disk are said in an administrator's words (they can act on them); anything
// else is the driver's own text.
QString sqlErrorText(const QSqlError& error, const QSqlDriver* driver);

// Qt binds a null QString as SQL NULL; our text columns are NOT NULL with '' for "none".
inline QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// Sets *error when error is not null. Returns false so callers can `return fail(error, …)`.
bool fail(QString* error, const QString& message);

} // namespace hookdesk
