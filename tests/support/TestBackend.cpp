// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestBackend.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace hookdesk::test {

TestBackend::Result TestBackend::prepare(const QString& backend, const QString& dir, QString* location,
                                         QString* message)
{
    if (backend != QLatin1String("postgresql")) {
        *location = QDir(dir).filePath(QStringLiteral("hookdesk.sqlite"));
        return Result::Ready;
    }
    *location = qEnvironmentVariable("HOOKDESK_TEST_PG_URL");
    if (location->isEmpty()) {
        // The README's test command always provides a server; there a missing one is a failure.
        if (qEnvironmentVariableIsSet("HOOKDESK_REQUIRE_POSTGRES")) {
            *message = QStringLiteral("HOOKDESK_REQUIRE_POSTGRES is set but HOOKDESK_TEST_PG_URL is not: the "
                                      "test PostgreSQL server was not started.");
            return Result::Fail;
        }
        *message =
            QStringLiteral("HOOKDESK_TEST_PG_URL is not set: no PostgreSQL server to test against. Run "
                           "the tests with ./setup.sh test, which starts one.");
        return Result::Skip;
    }
    return resetPostgres(*location, message) ? Result::Ready : Result::Fail;
}

bool TestBackend::resetPostgres(const QString& location, QString* error)
{
    const QString name = QStringLiteral("hookdesk_test_backend_reset");
    bool ok = false;
    {
        const QUrl url(location);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("SET client_min_messages TO warning")) &&
                 q.exec(QStringLiteral("DROP SCHEMA public CASCADE")) &&
                 q.exec(QStringLiteral("CREATE SCHEMA public"));
            if (!ok)
                *error = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace hookdesk::test
