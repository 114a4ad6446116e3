// SPDX-License-Identifier: GPL-3.0-or-later
// Statement talks to SQLite directly where every delivery passes (raising events, claiming jobs,
// recording attempts). What it stores must read back through Qt's driver exactly as if Qt had
// stored it, because the queue, the inspector and the exports read it that way; its errors must
// be said as the rest of the store says them; and the statements it keeps must not keep the
// database file open once the console lets go of it.
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace hookdesk;

class TestStatement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void valuesAreStoredAsQtStoresThem();
    void rowsAndReuse();
    void aStatementInUseIsNotSharedWithAnotherOfTheSameText();
    void failuresAreSaidInWordsAndTheStatementGoesOn();
    void closingReleasesTheFile();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

void TestStatement::init()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_path, QStringLiteral("statement-test"), &error), qPrintable(error));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (n INTEGER, s TEXT, b BLOB, r TEXT NOT NULL DEFAULT '')")));
}

void TestStatement::cleanup()
{
    m_db.reset();
}

void TestStatement::valuesAreStoredAsQtStoresThem()
{
    QString error;
    {
        Statement insert(*m_db, QByteArrayLiteral("INSERT INTO t (n, s, b, r) VALUES (?, ?, ?, ?)"));
        insert.bind(qint64(-9007199254740993));
        insert.bind(QStringLiteral("Zoë, 日本, 😀"));
        insert.bind(QByteArray("\x00\xff\x01 raw", 7));
        insert.bindText(QByteArray(R"([["X-Name","Zoë"]])"));
        QVERIFY2(insert.exec(QStringLiteral("insert"), &error), qPrintable(error));
        QCOMPARE(insert.rowsAffected(), qint64(1));
        // Null values are NULL; empty ones are empty, not NULL.
        insert.bind(0);
        insert.bind(QString());
        insert.bind(QByteArray());
        insert.bindText(QByteArray(""));
        QVERIFY2(insert.exec(QStringLiteral("insert"), &error), qPrintable(error));
        insert.bind(1);
        insert.bind(QStringLiteral(""));
        insert.bind(QByteArray(""));
        insert.bindText(QByteArray("x"));
        QVERIFY2(insert.exec(QStringLiteral("insert"), &error), qPrintable(error));
        insert.bind(2);
        insert.bind(QStringLiteral("y"));
        insert.bind(QByteArray("z"));
        insert.bindNull();
        QVERIFY(!insert.exec(QStringLiteral("insert"), &error)); // r is NOT NULL
    }
    QSqlQuery q(m_db->connection());
    QVERIFY(
        q.exec(QStringLiteral("SELECT n, s, b, r, typeof(s), typeof(b), typeof(r) FROM t ORDER BY rowid")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), qint64(-9007199254740993));
    QCOMPARE(q.value(1).toString(), QStringLiteral("Zoë, 日本, 😀"));
    QCOMPARE(q.value(2).toByteArray(), QByteArray("\x00\xff\x01 raw", 7));
    QCOMPARE(q.value(3).toString(), QStringLiteral(R"([["X-Name","Zoë"]])"));
    QCOMPARE(q.value(4).toString(), QStringLiteral("text"));
    QCOMPARE(q.value(5).toString(), QStringLiteral("blob"));
    QCOMPARE(q.value(6).toString(), QStringLiteral("text"));
    QVERIFY(q.next());
    QVERIFY(q.value(1).isNull());
    QVERIFY(q.value(2).isNull());
    QCOMPARE(q.value(6).toString(), QStringLiteral("text"));
    QVERIFY(q.next());
    QCOMPARE(q.value(4).toString(), QStringLiteral("text"));
    QCOMPARE(q.value(5).toString(), QStringLiteral("blob"));
    QCOMPARE(q.value(1).toString(), QString());
    QVERIFY(!q.value(1).isNull());
    QVERIFY(!q.next());

    // And what Qt stored reads back the same through a Statement.
    QVERIFY(q.exec(QStringLiteral("INSERT INTO t (n, s, b) VALUES (7, 'Ünïcode ✓', x'00ff')")));
    Statement read(*m_db, QByteArrayLiteral("SELECT n, s, b FROM t WHERE n = ?"));
    read.bind(7);
    QVERIFY2(read.exec(QStringLiteral("read"), &error), qPrintable(error));
    QVERIFY(read.next());
    QCOMPARE(read.int64(0), qint64(7));
    QCOMPARE(read.string(1), QStringLiteral("Ünïcode ✓"));
    QCOMPARE(read.bytes(2), QByteArray("\x00\xff", 2));
    QVERIFY(!read.next());
    read.bind(0);
    QVERIFY2(read.exec(QStringLiteral("read"), &error), qPrintable(error));
    QVERIFY(read.next());
    QVERIFY(read.string(1).isNull());
    QVERIFY(read.bytes(2).isNull());
}

void TestStatement::rowsAndReuse()
{
    QString error;
    for (int round = 0; round < 3; ++round) {
        // The same text each round: the statement kept from the round before, with new values.
        Statement insert(*m_db,
                         QByteArrayLiteral("INSERT INTO t (n, s) VALUES (?, ?) RETURNING rowid, n * 10"));
        for (int i = 0; i < 4; ++i) {
            insert.bind(round * 4 + i);
            insert.bind(QStringLiteral("row %1").arg(round * 4 + i));
            QVERIFY2(insert.exec(QStringLiteral("insert"), &error), qPrintable(error));
            QVERIFY(insert.next());
            QCOMPARE(insert.int64(1), qint64((round * 4 + i) * 10));
            QVERIFY(!insert.next());
        }
    }
    Statement count(*m_db, QByteArrayLiteral("SELECT n, s FROM t WHERE n >= ? ORDER BY n"));
    count.bind(5);
    QVERIFY2(count.exec(QStringLiteral("read"), &error), qPrintable(error));
    QStringList seen;
    while (count.next())
        seen << count.string(1);
    QCOMPARE(seen.size(), 7);
    QCOMPARE(seen.first(), QStringLiteral("row 5"));
    QCOMPARE(seen.last(), QStringLiteral("row 11"));
    // Read only part way, then run again: it starts over.
    count.bind(10);
    QVERIFY2(count.exec(QStringLiteral("read"), &error), qPrintable(error));
    QVERIFY(count.next());
    QCOMPARE(count.int64(0), qint64(10));
    count.finish();
    QVERIFY(!count.next());
}

void TestStatement::aStatementInUseIsNotSharedWithAnotherOfTheSameText()
{
    QString error;
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO t (n) VALUES (1), (2), (3)")));
    const QByteArray sql = QByteArrayLiteral("SELECT n FROM t WHERE n >= ? ORDER BY n");
    Statement outer(*m_db, sql);
    outer.bind(1);
    QVERIFY2(outer.exec(QStringLiteral("outer"), &error), qPrintable(error));
    QList<qint64> pairs;
    while (outer.next()) {
        Statement inner(*m_db, sql); // e.g. EventStore::raiseMany calling itself again
        inner.bind(outer.int64(0));
        QVERIFY2(inner.exec(QStringLiteral("inner"), &error), qPrintable(error));
        while (inner.next())
            pairs << outer.int64(0) * 10 + inner.int64(0);
    }
    QCOMPARE(pairs, (QList<qint64>{11, 12, 13, 22, 23, 33}));
}

void TestStatement::failuresAreSaidInWordsAndTheStatementGoesOn()
{
    QString error;
    Statement bad(*m_db, QByteArrayLiteral("INSERT INTO missing_table VALUES (?)"));
    bad.bind(1);
    QVERIFY(!bad.exec(QStringLiteral("Could not store it"), &error));
    QVERIFY2(error.startsWith(QLatin1String("Could not store it: ")) &&
                 error.contains(QLatin1String("no such table: missing_table")),
             qPrintable(error));

    Statement insert(*m_db, QByteArrayLiteral("INSERT INTO t (n, r) VALUES (?, ?)"));
    insert.bind(1);
    insert.bind(QString()); // NULL into NOT NULL
    QVERIFY(!insert.exec(QStringLiteral("Could not record the attempt"), &error));
    QVERIFY2(error.contains(QLatin1String("NOT NULL constraint failed: t.r")), qPrintable(error));
    QCOMPARE(insert.lastError(), error.mid(error.indexOf(QLatin1String(": ")) + 2));
    insert.bind(2);
    insert.bind(QStringLiteral("ok"));
    QVERIFY2(insert.exec(QStringLiteral("insert"), &error), qPrintable(error));
    QVERIFY(insert.lastError().isEmpty());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM t")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestStatement::closingReleasesTheFile()
{
    QString error;
    {
        Statement insert(*m_db, QByteArrayLiteral("INSERT INTO t (n) VALUES (?)"));
        insert.bind(1);
        QVERIFY2(insert.exec(QStringLiteral("insert"), &error), qPrintable(error));
        Statement read(*m_db, QByteArrayLiteral("SELECT n FROM t"));
        QVERIFY2(read.exec(QStringLiteral("read"), &error), qPrintable(error));
    }
    m_db->close();
    // A connection left open by a kept statement would hold the file in WAL mode: leaving WAL
    // needs the file alone.
    Database again;
    QVERIFY2(again.open(m_path, QStringLiteral("statement-test-2"), &error), qPrintable(error));
    QSqlQuery q(again.connection());
    QVERIFY2(q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")) && q.next(),
             qPrintable(q.lastError().text()));
    QCOMPARE(q.value(0).toString(), QStringLiteral("delete"));
    q.finish();
    again.close();
    // Reopened, the kept statements are prepared again for the new connection.
    QVERIFY2(m_db->open(m_path, QStringLiteral("statement-test"), &error), qPrintable(error));
    Statement count(*m_db, QByteArrayLiteral("SELECT n FROM t"));
    QVERIFY2(count.exec(QStringLiteral("read"), &error), qPrintable(error));
    QVERIFY(count.next());
    QCOMPARE(count.int64(0), qint64(1));
}

QTEST_GUILESS_MAIN(TestStatement)
#include "tst_statement.moc"
