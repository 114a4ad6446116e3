// SPDX-License-Identifier: GPL-3.0-or-later
// The WAL of a SQLite database is copied back into the file by a thread of its own once the
// writers of this process rest, not inside a writer's commit.
#include "storage/Database.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace hookdesk;

class TestCheckpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void walIsCopiedBackOnlyOnceTheWritersRest();
    void dataWrittenBeforeTheLastCloseIsInTheFile();

private:
    // Writes `megabytes` MiB in transactions of 1 MiB each.
    static void write(Database& db, int megabytes);
    // Opens `db` on hookdesk.sqlite in `dir`; returns the file's path.
    static QString open(const QTemporaryDir& dir, Database& db);
};

QString TestCheckpoint::open(const QTemporaryDir& dir, Database& db)
{
    const QString path = dir.filePath(QStringLiteral("hookdesk.sqlite"));
    QString error;
    if (!db.open(path, QStringLiteral("tst_checkpoint"), &error))
        qFatal("%s", qPrintable(error));
    return path;
}

void TestCheckpoint::write(Database& db, int megabytes)
{
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS filler (b BLOB)")));
    for (int i = 0; i < megabytes; ++i) {
        QVERIFY(db.connection().transaction());
        for (int k = 0; k < 16; ++k) {
            q.prepare(QStringLiteral("INSERT INTO filler (b) VALUES (?)"));
            q.addBindValue(QByteArray(64 * 1024, char('a' + (i + k) % 26)));
            QVERIFY(q.exec());
        }
        QVERIFY(db.connection().commit());
    }
}

void TestCheckpoint::walIsCopiedBackOnlyOnceTheWritersRest()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database db;
    const QString path = open(dir, db);
    const qint64 before = QFileInfo(path).size();
    {
        // 24 MiB while a writer holds its turn: with SQLite's own checkpoints (every 1,000
        // pages, 4 MB) they would be in the file by now.
        const Database::WriteTurn turn(db);
        write(db, 24);
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 24 * 1024 * 1024);
        QTest::qWait(200);
        QCOMPARE(QFileInfo(path).size(), before);
    }
    // Resting now: the checkpointer copies the pages back.
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).size() > 24 * 1024 * 1024, 5000);
}

void TestCheckpoint::dataWrittenBeforeTheLastCloseIsInTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path;
    {
        Database db;
        path = open(dir, db);
        const Database::WriteTurn turn(db);
        write(db, 8);
    }
    // Closed (the checkpointer stopped with it): the WAL is gone and everything is in the file.
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    Database db;
    open(dir, db);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(LENGTH(b)) FROM filler")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 8 * 16);
    QCOMPARE(q.value(1).toLongLong(), 8LL * 1024 * 1024);
}

QTEST_GUILESS_MAIN(TestCheckpoint)
#include "tst_checkpoint.moc"
