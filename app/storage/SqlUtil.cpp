// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SqlUtil.h"

#include <QSqlError>

namespace hookdesk {

bool execQuery(QSqlQuery& query, const QString& what, QString* error)
{
    if (query.exec())
        return true;
    return fail(error, QStringLiteral("%1: %2").arg(what, query.lastError().text().trimmed()));
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace hookdesk
