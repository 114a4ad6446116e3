// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hookdesk::test {

// Where a test that runs on both databases keeps its data: a fresh SQLite file in `dir`, or the
// test PostgreSQL server (HOOKDESK_TEST_PG_URL) with its schema dropped and made anew.
class TestBackend
{
public:
    enum class Result
    {
        Ready,
        Skip, // no PostgreSQL server was started (and none is required): *message says so
        Fail  // *message says why
    };

    static Result prepare(const QString& backend, const QString& dir, QString* location, QString* message);
    static bool resetPostgres(const QString& location, QString* error);
};

} // namespace hookdesk::test
