// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlQuery>
#include <QString>

namespace hookdesk {

// Runs a prepared query; on failure writes "<what>: <driver text>" to *error.
bool execQuery(QSqlQuery& query, const QString& what, QString* error);

// Qt binds a null QString as SQL NULL; our text columns are NOT NULL with '' for "none".
inline QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// Sets *error when error is not null. Returns false so callers can `return fail(error, …)`.
bool fail(QString* error, const QString& message);

} // namespace hookdesk
