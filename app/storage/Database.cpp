// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"

#include "storage/Statement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <pthread.h>
#include <sqlite3.h>
#include <thread>

namespace hookdesk {

namespace {

// Migrations are written once in SQL that SQLite and PostgreSQL both accept; the few
// type names that differ are placeholders.
// Any number that other applications sharing a PostgreSQL database are unlikely to pick.
constexpr qint64 kMigrationLock = 0x486f6f6b6465736b; // "Hookdesk"

const char* const kMigrations[] = {
    // 1: the walking skeleton's schema
    R"SQL(
CREATE TABLE integrations (
    id %ID%,
    uid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE,
    base_url TEXT NOT NULL,
    auth_scheme TEXT NOT NULL,
    auth_header TEXT NOT NULL DEFAULT '',
    token_key TEXT NOT NULL,
    secret_key TEXT NOT NULL,
    enabled INTEGER NOT NULL DEFAULT 1,
    disabled_reason TEXT NOT NULL DEFAULT '',
    secret_version INTEGER NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE TABLE triggers (
    id %ID%,
    integration_id BIGINT NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
    event_type TEXT NOT NULL,
    path TEXT NOT NULL DEFAULT '',
    enabled INTEGER NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL
);
CREATE INDEX triggers_event_type ON triggers(event_type);
CREATE TABLE events (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    urn TEXT NOT NULL DEFAULT '',
    payload %BLOB% NOT NULL,
    item_name TEXT NOT NULL DEFAULT '',
    event_name TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL
);
CREATE TABLE jobs (
    id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES events(id),
    trigger_id BIGINT NOT NULL DEFAULT 0,
    integration_id BIGINT NOT NULL,
    event_type TEXT NOT NULL,
    url TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_http_status INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    last_duration_ms BIGINT NOT NULL DEFAULT -1,
    next_attempt_at BIGINT NOT NULL,
    next_attempt_kind TEXT NOT NULL DEFAULT 'scheduled',
    lease_owner TEXT NOT NULL DEFAULT '',
    lease_until BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX jobs_created ON jobs(created_at, id);
CREATE INDEX jobs_due ON jobs(status, next_attempt_at);
CREATE TABLE attempts (
    id %ID%,
    job_id TEXT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    kind TEXT NOT NULL,
    started_at BIGINT NOT NULL,
    duration_ms BIGINT NOT NULL,
    request_url TEXT NOT NULL,
    request_headers TEXT NOT NULL,
    request_body %BLOB%,
    response_status INTEGER NOT NULL DEFAULT 0,
    response_headers TEXT NOT NULL DEFAULT '[]',
    response_body %BLOB%,
    response_truncated INTEGER NOT NULL DEFAULT 0,
    error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX attempts_job ON attempts(job_id, number)
)SQL",
    // 2: retries. A failed job with next_attempt_at > 0 is tried again then; '' is the default schedule.
    R"SQL(
ALTER TABLE integrations ADD COLUMN retry_schedule TEXT NOT NULL DEFAULT '';
UPDATE jobs SET next_attempt_at = 0 WHERE status IN ('failed', 'succeeded')
)SQL",
    // 3: trigger scope (several event types and group wildcards, URN filters), the triggers that
    // matched each job, and idempotency keys of events. triggers.event_type keeps the first type.
    R"SQL(
CREATE TABLE trigger_event_types (
    trigger_id BIGINT NOT NULL REFERENCES triggers(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    event_type TEXT NOT NULL,
    PRIMARY KEY (trigger_id, ordinal)
);
INSERT INTO trigger_event_types (trigger_id, ordinal, event_type) SELECT id, 0, event_type FROM triggers;
CREATE INDEX trigger_event_types_type ON trigger_event_types(event_type);
CREATE TABLE trigger_urns (
    trigger_id BIGINT NOT NULL REFERENCES triggers(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    pattern TEXT NOT NULL,
    PRIMARY KEY (trigger_id, ordinal)
);
CREATE TABLE job_triggers (
    job_id TEXT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    trigger_id BIGINT NOT NULL,
    PRIMARY KEY (job_id, trigger_id)
);
ALTER TABLE events ADD COLUMN idempotency_key TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX events_idempotency_key ON events(idempotency_key) WHERE idempotency_key <> ''
)SQL",
    // 4: the queue's filters page by keyset within each filter, so each filterable column leads an
    // index that ends in the keyset (created_at, id). Free-text search is added by
    // dialectMigration() because its SQL differs between SQLite and PostgreSQL.
    R"SQL(
CREATE INDEX jobs_status_created ON jobs(status, created_at, id);
CREATE INDEX jobs_integration_created ON jobs(integration_id, created_at, id);
CREATE INDEX jobs_event_type_created ON jobs(event_type, created_at, id)
)SQL",
    // 5: the administrator's own event types. schema and example are JSON texts; validation is
    // off, warn or reject.
    R"SQL(
CREATE TABLE event_types (
    type TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    group_path TEXT NOT NULL DEFAULT '',
    item_name TEXT NOT NULL,
    event_name TEXT NOT NULL,
    platform TEXT NOT NULL DEFAULT '',
    schema TEXT NOT NULL DEFAULT '{}',
    example TEXT NOT NULL DEFAULT '{}',
    deprecated INTEGER NOT NULL DEFAULT 0,
    validation TEXT NOT NULL DEFAULT 'warn',
    updated_at BIGINT NOT NULL DEFAULT 0
)
)SQL",
    // 6: keys for the ingest API. The key itself lives only in the keychain under keychain_key;
    // key_hash (hex SHA-256) lets the server check a presented key without asking the keychain.
    R"SQL(
CREATE TABLE ingest_keys (
    id %ID%,
    name TEXT NOT NULL UNIQUE,
    keychain_key TEXT NOT NULL,
    key_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL
)
)SQL",
    // 7: per-integration isolation (concurrency, timeout, rate limit) and the circuit breaker's
    // state. rate_per_second 0 means unlimited; paused_until 0 means the breaker is closed.
    R"SQL(
ALTER TABLE integrations ADD COLUMN max_in_flight INTEGER NOT NULL DEFAULT 8;
ALTER TABLE integrations ADD COLUMN timeout_ms INTEGER NOT NULL DEFAULT 15000;
ALTER TABLE integrations ADD COLUMN rate_per_second REAL NOT NULL DEFAULT 0;
ALTER TABLE integrations ADD COLUMN consecutive_failures INTEGER NOT NULL DEFAULT 0;
ALTER TABLE integrations ADD COLUMN failing_since BIGINT NOT NULL DEFAULT 0;
ALTER TABLE integrations ADD COLUMN paused_until BIGINT NOT NULL DEFAULT 0;
CREATE INDEX jobs_integration_due ON jobs(integration_id, status, next_attempt_at)
)SQL",
    // 8: how requests are shaped (payload format, custom headers, Basic auth, TLS CA file),
    // ordering, the auto-disable period, secret rotation's overlap, and the run number read
    // from responses. custom_headers holds headersToJson's array.
    R"SQL(
ALTER TABLE integrations ADD COLUMN ordered INTEGER NOT NULL DEFAULT 0;
ALTER TABLE integrations ADD COLUMN payload_format TEXT NOT NULL DEFAULT 'json';
ALTER TABLE integrations ADD COLUMN custom_headers TEXT NOT NULL DEFAULT '[]';
ALTER TABLE integrations ADD COLUMN auth_username TEXT NOT NULL DEFAULT '';
ALTER TABLE integrations ADD COLUMN run_number_rule TEXT NOT NULL DEFAULT '';
ALTER TABLE integrations ADD COLUMN ca_file TEXT NOT NULL DEFAULT '';
ALTER TABLE integrations ADD COLUMN auto_disable_after_ms BIGINT NOT NULL DEFAULT 432000000;
ALTER TABLE integrations ADD COLUMN previous_secret_until BIGINT NOT NULL DEFAULT 0;
ALTER TABLE jobs ADD COLUMN run_number TEXT NOT NULL DEFAULT '';
ALTER TABLE attempts ADD COLUMN run_number TEXT NOT NULL DEFAULT ''
)SQL",
    // 9: an ordered integration claims its oldest unfinished job; without this index that walks
    // the integration's whole history of finished jobs on every claim.
    R"SQL(
CREATE INDEX IF NOT EXISTS jobs_unfinished ON jobs(integration_id, created_at, id)
    WHERE status IN ('pending', 'sending', 'failed')
)SQL",
    // 10: on SQLite, EventStore fills the full-text index once per stored batch; see
    // dialectMigration. Nothing shared.
    "",
    // 11: HTTP/2 towards receivers, per integration ("1.1" or "2").
    "ALTER TABLE integrations ADD COLUMN http_version TEXT NOT NULL DEFAULT '1.1'",
    // 12: which HTTP an attempt's answer came in.
    "ALTER TABLE attempts ADD COLUMN protocol TEXT NOT NULL DEFAULT ''",
    // 13: an attempt whose body was its event's payload byte for byte (JSON and CloudEvents
    // deliveries) stores no copy of it: request_body stays NULL and this is 1.
    "ALTER TABLE attempts ADD COLUMN request_body_is_payload INTEGER NOT NULL DEFAULT 0",
    // 14: claims and the next due time search jobs_integration_due, integration by integration;
    // jobs_due served neither, and every stored job and every change of its status wrote it.
    "DROP INDEX IF EXISTS jobs_due",
    // 15: jobs_unfinished's condition as comparisons joined by OR. SQLite tests a partial index's
    // condition on every change of a job's row, and it tested the IN list by building a temporary
    // table of its three values each time: twice per status change, four times per delivery
    // (about 8 % of the job store's thread in bench_delivery's slow run).
    R"SQL(
DROP INDEX IF EXISTS jobs_unfinished;
CREATE INDEX jobs_unfinished ON jobs(integration_id, created_at, id)
    WHERE status = 'pending' OR status = 'sending' OR status = 'failed'
)SQL",
};

// Statements that differ by database and may contain semicolons (trigger bodies), run whole
// after the shared SQL of the same migration.
QStringList dialectMigration(int version, bool postgres)
{
    if (version == 10 && !postgres) {
        // A trigger per event made FTS5 write its pending terms out at every later statement of
        // the batch (each statement's savepoint syncs the index): about a third of the cost of
        // storing an event. EventStore::raiseMany now indexes the batch in one statement.
        return {QStringLiteral("DROP TRIGGER IF EXISTS events_fts_insert")};
    }
    if (version != 4)
        return {};
    if (postgres) {
        // bytea has no text operators; escape() maps it to text that never fails on bad UTF-8.
        // The pg_trgm index is added separately, only where the extension can be created.
        return {QStringLiteral("CREATE OR REPLACE FUNCTION hookdesk_payload_text(b bytea) RETURNS text "
                               "LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT encode(b, 'escape') $$")};
    }
    // External-content FTS5 over the events' payloads: the text is stored once, in events.
    return {
        QStringLiteral("CREATE VIRTUAL TABLE events_fts USING fts5(payload, content='events', "
                       "content_rowid='rowid')"),
        QStringLiteral(
            "CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN "
            "INSERT INTO events_fts(rowid, payload) VALUES (new.rowid, CAST(new.payload AS TEXT)); "
            "END"),
        QStringLiteral("CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN "
                       "INSERT INTO events_fts(events_fts, rowid, payload) "
                       "VALUES ('delete', old.rowid, CAST(old.payload AS TEXT)); END"),
        QStringLiteral(
            "CREATE TRIGGER events_fts_update AFTER UPDATE OF payload ON events BEGIN "
            "INSERT INTO events_fts(events_fts, rowid, payload) "
            "VALUES ('delete', old.rowid, CAST(old.payload AS TEXT)); "
            "INSERT INTO events_fts(rowid, payload) VALUES (new.rowid, CAST(new.payload AS TEXT)); "
            "END"),
        QStringLiteral("INSERT INTO events_fts(events_fts) VALUES ('rebuild')"),
    };
}

QString dialect(QString sql, bool postgres)
{
    sql.replace(QLatin1String("%ID%"), postgres ? QLatin1String("BIGSERIAL PRIMARY KEY")
                                                : QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
    sql.replace(QLatin1String("%BLOB%"), postgres ? QLatin1String("BYTEA") : QLatin1String("BLOB"));
    return sql;
}

// The trigram index makes ILIKE over payloads fast, but pg_trgm may be missing or not ours to
// create; search then still works, without the index. A savepoint keeps a refusal from aborting
// the migration's transaction.
void addTrigramIndex(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SAVEPOINT hookdesk_trgm")))
        return;
    if (q.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm")) &&
        q.exec(QStringLiteral("CREATE INDEX events_payload_trgm ON events USING gin "
                              "(hookdesk_payload_text(payload) gin_trgm_ops)"))) {
        q.exec(QStringLiteral("RELEASE SAVEPOINT hookdesk_trgm"));
        return;
    }
    q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT hookdesk_trgm"));
}

// SQLITE_BUSY or SQLITE_LOCKED: another connection holds the lock for now.
bool isBusy(const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("5") || code == QLatin1String("6") ||
           error.databaseText().contains(QLatin1String("locked"));
}

QString tr(const char* text)
{
    return QCoreApplication::translate("hookdesk::Database", text);
}

} // namespace

// A ticket queue: each writer takes the next number and waits until it is served.
struct WriteTurns
{
    std::mutex mutex;
    std::condition_variable served;
    quint64 nextTicket = 0;
    quint64 serving = 0;
    std::thread::id holder;
    int depth = 0;

    // The checkpoints of the file's WAL, made by a thread of their own while this process's
    // writers are idle, instead of by SQLite inside the commit that crossed its mark
    // (wal_autocheckpoint), which held up every writer waiting for its turn meanwhile. Each
    // connection's WAL hook (walHook) tells how many pages the WAL holds after a commit.
    static constexpr int kCheckpointPages = 4000;        // 16 MB: checkpoint once the writers rest
    static constexpr int kCheckpointAnywayPages = 16000; // 64 MB: checkpoint while they write
    // SQLite's own inline checkpoint, should the thread not keep up or not run at all.
    static constexpr int kCheckpointInlinePages = 64000;
    static constexpr std::chrono::milliseconds kIdle{20};
    std::condition_variable walChanged; // told only once the WAL is long enough to checkpoint
    std::thread checkpointer;
    QByteArray path; // UTF-8, for the checkpointer's own connection
    int users = 0;   // open Database objects on the file
    // The running checkpointer's: a new one may start while the one before still stops.
    std::shared_ptr<bool> stopping;
    int walPages = 0;
    std::chrono::steady_clock::time_point lastRelease;

    static int walHook(void* self, sqlite3* db, const char* name, int pages)
    {
        auto* turns = static_cast<WriteTurns*>(self);
        {
            const std::lock_guard<std::mutex> lock(turns->mutex);
            turns->walPages = pages;
        }
        // Not on every commit: the checkpointer has nothing to do below its mark.
        if (pages >= kCheckpointPages)
            turns->walChanged.notify_all();
        if (pages >= kCheckpointInlinePages)
            sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        return SQLITE_OK;
    }

    // Counts `db` among the file's connections: its commits tell the checkpointer, which the
    // first one starts and the last one's detach() stops.
    void attach(sqlite3* db)
    {
        sqlite3_wal_hook(db, &WriteTurns::walHook, this);
        const std::lock_guard<std::mutex> lock(mutex);
        if (users++ > 0)
            return;
        stopping = std::make_shared<bool>(false);
        checkpointer = std::thread([this, stop = stopping]() { checkpoints(*stop); });
    }

    void detach()
    {
        std::thread done;
        {
            const std::lock_guard<std::mutex> lock(mutex);
            if (--users > 0)
                return;
            *stopping = true;
            done = std::move(checkpointer);
        }
        walChanged.notify_all();
        if (done.joinable())
            done.join();
    }

    // Runs until `stop`, which is read and written under `mutex`.
    void checkpoints(const bool& stop)
    {
        // Named, so that top, perf and bench_delivery's figures by thread tell it from the rest
        // (unnamed, it passed for the main thread).
        pthread_setname_np(pthread_self(), "checkpointer");
        sqlite3* db = nullptr;
        std::unique_lock<std::mutex> lock(mutex);
        while (!stop) {
            if (walPages < kCheckpointPages) {
                walChanged.wait(lock);
                continue;
            }
            const bool writing = depth > 0 || nextTicket != serving;
            const auto rested = std::chrono::steady_clock::now() - lastRelease;
            if (walPages < kCheckpointAnywayPages && (writing || rested < kIdle)) {
                walChanged.wait_for(lock, writing ? kIdle : kIdle - rested);
                continue;
            }
            walPages = 0; // told again by the next commit
            const QByteArray file = path;
            lock.unlock();
            // A connection finds the file in WAL mode at its first read; until then it has no
            // WAL to checkpoint.
            if (!db && (sqlite3_open_v2(file.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK ||
                        sqlite3_exec(db, "PRAGMA schema_version", nullptr, nullptr, nullptr) != SQLITE_OK)) {
                sqlite3_close(db); // the inline checkpoints remain
                db = nullptr;
                lock.lock();
                break;
            }
            // PASSIVE: writers go on meanwhile; pages a reader still needs are left for later.
            sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
            lock.lock();
        }
        lock.unlock();
        sqlite3_close(db);
    }

    // The one queue of this process for the SQLite file at `path`.
    static std::shared_ptr<WriteTurns> forFile(const QString& path)
    {
        static std::mutex registryMutex;
        static QHash<QString, std::shared_ptr<WriteTurns>> registry;
        const std::lock_guard<std::mutex> lock(registryMutex);
        std::shared_ptr<WriteTurns>& turns = registry[path];
        if (!turns) {
            turns = std::make_shared<WriteTurns>();
            turns->path = path.toUtf8();
        }
        return turns;
    }
};

Database::WriteTurn::WriteTurn(const Database& db) : m_turns(db.m_turns)
{
    if (!m_turns)
        return;
    std::unique_lock<std::mutex> lock(m_turns->mutex);
    if (m_turns->depth > 0 && m_turns->holder == std::this_thread::get_id()) {
        ++m_turns->depth;
        return;
    }
    const quint64 ticket = m_turns->nextTicket++;
    m_turns->served.wait(lock, [&]() { return m_turns->serving == ticket; });
    m_turns->holder = std::this_thread::get_id();
    m_turns->depth = 1;
}

Database::WriteTurn::~WriteTurn()
{
    if (!m_turns)
        return;
    const std::lock_guard<std::mutex> lock(m_turns->mutex);
    if (--m_turns->depth > 0)
        return;
    m_turns->holder = std::thread::id();
    ++m_turns->serving;
    m_turns->lastRelease = std::chrono::steady_clock::now();
    m_turns->served.notify_all();
    if (m_turns->walPages >= WriteTurns::kCheckpointPages) // waiting for the writers to rest
        m_turns->walChanged.notify_all();
}

sqlite3* Database::sqliteHandle() const
{
    return m_sqlite;
}

bool Database::setPageCacheKiB(int kib, QString* error)
{
    if (m_postgres || !isOpen())
        return true;
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(qMax(1, kib))))
        return true;
    if (error)
        *error = tr("Could not set the database's page cache: %1").arg(q.lastError().text());
    return false;
}

Database::Database() = default;

Database::~Database()
{
    close();
}

QString Database::defaultLocation()
{
    // ~/.local/share/hookdesk/hookdesk.sqlite (honouring XDG_DATA_HOME), the same for every
    // process whatever its organisation and application names.
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share");
    return dir + QStringLiteral("/hookdesk/hookdesk.sqlite");
}

int Database::latestSchemaVersion()
{
    return int(sizeof(kMigrations) / sizeof(kMigrations[0]));
}

bool Database::open(const QString& location, const QString& connectionName, QString* error)
{
    close();
    m_location = location;
    m_connectionName = connectionName;
    m_postgres = location.startsWith(QLatin1String("postgresql://")) ||
                 location.startsWith(QLatin1String("postgres://"));

    if (m_postgres) {
        const QUrl url(location);
        if (!url.isValid() || url.host().isEmpty()) {
            if (error)
                *error =
                    tr("The PostgreSQL address “%1” is not valid. Use postgresql://user@host:port/database.")
                        .arg(location);
            return false;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        QString name = url.path();
        if (name.startsWith(QLatin1Char('/')))
            name.remove(0, 1);
        db.setDatabaseName(name.isEmpty() ? url.userName() : name);
        // Quiet NOTICEs such as "relation already exists, skipping" from idempotent migrations.
        db.setConnectOptions(QStringLiteral("connect_timeout=10;options='-c client_min_messages=warning'"));
        if (!db.open()) {
            if (error) {
                // libpq's text spans several lines ending in a question; its first line is the cause.
                const QSqlError sqlError = db.lastError();
                QString cause = sqlError.databaseText().trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
                if (cause.isEmpty())
                    cause = sqlError.driverText().trimmed();
                while (cause.endsWith(QLatin1Char('.')))
                    cause.chop(1);
                *error =
                    tr("Could not connect to the PostgreSQL server at %1:%2: %3. Check that the server is "
                       "running and accepts connections there, and that the user and database in the "
                       "address exist.")
                        .arg(url.host())
                        .arg(url.port(5432))
                        .arg(cause);
            }
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connectionName);
            return false;
        }
    } else {
        const QFileInfo info(location);
        if (!QDir().mkpath(info.absolutePath())) {
            if (error)
                *error = tr("Could not create the data folder %1.").arg(info.absolutePath());
            return false;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(info.absoluteFilePath());
        // Other processes (the command line, `hookdesk serve`) share the file: wait for their locks.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            if (error)
                *error = tr("Could not open the database file %1: %2")
                             .arg(info.absoluteFilePath(), db.lastError().text());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connectionName);
            return false;
        }
        // The file exists now: its canonical path names it however it was reached.
        m_turns = WriteTurns::forFile(QFileInfo(info.absoluteFilePath()).canonicalFilePath());
        QString pragmaError;
        {
            QSqlQuery q(db);
            for (const char* pragma :
                 {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"}) {
                bool ok = q.exec(QString::fromLatin1(pragma));
                // Switching a new file to WAL needs it alone for a moment, and SQLite's busy wait
                // does not cover that step: another process opening the same new file at once
                // makes it fail with "database is locked". Wait for it here, up to the busy timeout.
                for (int tries = 0; !ok && isBusy(q.lastError()) && tries < 200; ++tries) {
                    QThread::msleep(50);
                    ok = q.exec(QString::fromLatin1(pragma));
                }
                if (!ok) {
                    pragmaError = q.lastError().text();
                    break;
                }
            }
        }
        // For Statement, which calls the library Qt's driver uses.
        const QVariant handle = db.driver()->handle();
        if (qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_sqlite = *static_cast<sqlite3* const*>(handle.constData());
        // The WAL is checkpointed off the writers' turns, by the file's checkpointer
        // (WriteTurns::checkpoints(); README, "The database on the delivery path").
        if (m_sqlite)
            m_turns->attach(m_sqlite);
        if (!pragmaError.isEmpty()) {
            if (error)
                *error = tr("The database file %1 could not be prepared: %2")
                             .arg(info.absoluteFilePath(), pragmaError);
            db = QSqlDatabase(); // let go of the connection, or removing it warns that it is in use
            close();
            return false;
        }
    }
    if (!migrate(error)) {
        close();
        return false;
    }
    return true;
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    // SQLite does not close a connection that still has prepared statements.
    if (m_statements)
        m_statements->finalizeAll();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    if (m_sqlite)
        m_turns->detach(); // the last one waits for the checkpointer to finish
    m_sqlite = nullptr;
    m_turns.reset();
}

bool Database::isOpen() const
{
    return !m_connectionName.isEmpty() && connection().isOpen();
}

StatementCache& Database::statementCache()
{
    if (!m_statements)
        m_statements = std::make_unique<StatementCache>();
    return *m_statements;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) && q.next())
        return q.value(0).toInt();
    return 0;
}

bool Database::beginWrite()
{
    QSqlDatabase db = connection();
    if (m_postgres)
        return db.transaction();
    // QSqlDatabase::commit() and rollback() only send COMMIT and ROLLBACK, so they end this too.
    QSqlQuery q(db);
    return q.exec(QStringLiteral("BEGIN IMMEDIATE"));
}

bool Database::migrate(QString* error)
{
    // Two processes opening a brand-new database at once (the console and `hookdesk serve`,
    // say) must not both run the same migration. On PostgreSQL a session lock serialises
    // them, as CREATE TABLE IF NOT EXISTS itself races there; on SQLite each step takes the
    // write lock before it looks at the version, below.
    if (!m_postgres)
        return migrateSteps(error);
    QSqlQuery lock(connection());
    if (!lock.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kMigrationLock))) {
        if (error)
            *error = tr("Could not lock the database for its upgrade: %1").arg(lock.lastError().text());
        return false;
    }
    const bool ok = migrateSteps(error);
    lock.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kMigrationLock));
    return ok;
}

bool Database::migrateSteps(QString* error)
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                               "applied_at BIGINT NOT NULL)"))) {
        if (error)
            *error = tr("Could not create the schema version table: %1").arg(q.lastError().text());
        return false;
    }
    const int current = schemaVersion();
    if (current > latestSchemaVersion()) {
        if (error)
            *error =
                tr("This database was written by a newer Hookdesk (schema %1; this version knows up to %2). "
                   "Update Hookdesk to open it.")
                    .arg(current)
                    .arg(latestSchemaVersion());
        return false;
    }
    for (int version = current + 1; version <= latestSchemaVersion(); ++version) {
        if (!beginWrite()) {
            if (error)
                *error = tr("Could not start a transaction: %1").arg(db.lastError().text());
            return false;
        }
        // Another process may have applied this step while this one waited for the lock.
        if (schemaVersion() >= version) {
            db.commit();
            continue;
        }
        const QString sql = dialect(QString::fromUtf8(kMigrations[version - 1]), m_postgres);
        const QStringList statements = sql.split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (const QString& statement : statements) {
            if (statement.trimmed().isEmpty())
                continue;
            if (!q.exec(statement)) {
                if (error)
                    *error = tr("Migration %1 failed: %2").arg(version).arg(q.lastError().text());
                db.rollback();
                return false;
            }
        }
        for (const QString& statement : dialectMigration(version, m_postgres)) {
            if (!q.exec(statement)) {
                if (error)
                    *error = tr("Migration %1 failed: %2").arg(version).arg(q.lastError().text());
                db.rollback();
                return false;
            }
        }
        if (version == 4 && m_postgres)
            addTrigramIndex(db);
        q.prepare(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"));
        q.addBindValue(version);
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!q.exec() || !db.commit()) {
            if (error)
                *error = tr("Migration %1 could not be recorded: %2").arg(version).arg(q.lastError().text());
            db.rollback();
            return false;
        }
    }
    return true;
}

} // namespace hookdesk
