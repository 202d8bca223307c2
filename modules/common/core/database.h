#pragma once

// Moulin's local cache: one SQLite file reached through Qt Sql.
//
// Start-up: Database::openAndMigrate(AppPaths::databasePath()) once, before
// anything else touches the database. After that, every thread gets its own
// connection from Database::connection(); writes go through a DbWorker
// (dbworker.h) so the GUI thread never waits on the disk.
//
// Schema migrations
// -----------------
// The schema version lives in `PRAGMA user_version`. Each migration is one SQL
// file named `NNNN_what_it_does.sql`: the shared tables' in
// modules/common/core/migrations/ (embedded under the resource prefix
// /migrations), each area's in modules/<area>/core/migrations/ (embedded under
// /migrations/<area> by the area's CMakeLists). All of them are discovered at
// run time and applied in ONE sequence of numbers, so ADDING A FILE IS ALL A NEW
// // MIGRATION NEEDS. Rules for a migration file:
//   - number it one above the highest existing one in ANY folder (no gaps, no
//     duplicates across areas: a duplicate stops start-up with both names);
//   - never edit a migration that has been released: add a new one instead;
//   - no BEGIN/COMMIT/ROLLBACK: all pending migrations run inside ONE
//     transaction (opened by openAndMigrate) and are rolled back together;
//   - foreign keys are OFF while migrations run (so tables can be rebuilt the
//     way the SQLite docs describe) and `PRAGMA foreign_key_check` must be
//     clean before the commit;
//   - statements are split on `;` outside strings, quoted names and comments;
//     CREATE TRIGGER ... BEGIN ... END; (with CASE ... END inside) is one
//     statement;
//   - timestamps are TEXT in ISO 8601 UTC ("2024-05-01T12:00:00Z").
// Each applied migration is recorded in the table `schema_migration` (a file
// from before it has every number up to its user_version), so a database is
// brought up to date whatever order the areas' files came in; user_version is
// the highest number applied (a file above the application's is refused as
// TooNew).
// tst_database upgrades a database created at every earlier version; give it
// a fixture row for the tables a new migration adds.

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

class QSqlQuery;

namespace Moulin {

Q_DECLARE_LOGGING_CATEGORY(lcDatabase) // "moulin.db"

struct DatabaseOpenResult
{
    enum class Status
    {
        Ok,
        Corrupt,
        TooNew,
        NotWritable,
        MigrationFailed
    };
    Status status = Status::Ok;
    QString message;         // translated, user-facing; names the file and what to do
    int previousVersion = 0; // schema version found on disk (0 = new file)
    int currentVersion = 0;  // version after migration
    bool ok() const { return status == Status::Ok; }
};

class Database
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::Database)

public:
    /// The highest migration number available, over the common and every
    /// linked area's folder.
    static int latestVersion();

    /// Opens `path` (creating it if absent), checks it, applies the pending
    /// migrations up to `targetVersion` in ONE transaction and, on success,
    /// makes `path` the process-wide database path.
    /// - TooNew: the file's user_version is above `targetVersion`; the file is
    ///   only ever opened read-only (immutable) for that check, so nothing is
    ///   written, not even a -wal/-shm file.
    /// - Corrupt: not an SQLite file, damaged header, truncated, "file is not a
    ///   database", or (before a migration) a failed quick_check. Untouched.
    /// - NotWritable: the file or its folder cannot be written.
    /// - MigrationFailed: rolled back; the message names the migration file.
    /// Call it from one thread at a time (normally at start-up).
    static DatabaseOpenResult openAndMigrate(const QString& path, int targetVersion = latestVersion());

    /// Checks the SQLite file at `path` without writing to it (header,
    /// schema, quick_check) and reads its schema version: Ok, Corrupt (with
    /// the reason in `message`, untranslated detail), NotWritable (cannot be
    /// read) or TooNew (above `targetVersion`). Nothing is migrated.
    static DatabaseOpenResult inspect(const QString& path, int targetVersion = latestVersion());

    /// The path set by the last successful openAndMigrate() (empty before).
    static QString path();

    /// This thread's connection to path(), opened on first use with
    /// journal_mode=WAL, foreign_keys=ON, busy_timeout=5000,
    /// synchronous=NORMAL, mmap_size 256 MiB and cache_size 16 MiB. Reopened if path() changed. Removed
    /// automatically when its QThread finishes (threads not started by QThread, and the main thread, call
    /// closeConnection()). Returns an invalid QSqlDatabase (and logs why) when there is no path or the file
    /// cannot be opened.
    static QSqlDatabase connection();
    /// Closes and removes this thread's connection (no-op without one).
    static void closeConnection();

    /// A statement of this thread's connection prepared once and kept until
    /// the connection closes (closeConnection() drops the cache first), for
    /// statements a feed runs for every page. Bind and exec it as usual; it
    /// is shared by every caller on this thread with the same `sql`, so do
    /// not keep its results across calls. nullptr when `db` is not this
    /// thread's connection() (prepare your own then) or `sql` does not
    /// prepare (logged).
    static QSqlQuery* cachedQuery(const QSqlDatabase& db, const QString& sql);

    /// Executes a prepared query; on failure logs the error (category
    /// moulin.db) with `what` and returns false.
    static bool exec(QSqlQuery& query, const char* what);
    /// Executes one statement on `db`; logs and returns false on failure.
    static bool exec(const QSqlDatabase& db, const QString& sql);
    /// Runs `work` inside BEGIN IMMEDIATE ... COMMIT on `db`: all of it or
    /// nothing. `work` returns false (and may fill the error) to roll back;
    /// a failing BEGIN or COMMIT rolls back too, with SQLite's message in
    /// `error` (may be null). Not nestable: call it outside any transaction.
    static bool transaction(QSqlDatabase& db, const std::function<bool(QString* error)>& work,
                            QString* error);
    /// Prepares `sql` on `query` (made forward-only), binds `binds` to its
    /// `?` placeholders in order and executes it; on failure (prepare or
    /// exec) logs the error with `what` and returns false. Read the rows
    /// with query.next().
    static bool run(QSqlQuery& query, const QString& sql, const QVariantList& binds, const char* what);

    /// Splits an SQL script into statements (without the trailing `;`,
    /// trimmed, comments replaced by one space, empty ones dropped). Copes
    /// with '...' / "..." / `...` / [...] quoting, -- and /* */ comments, and
    /// CREATE TRIGGER ... BEGIN ... END bodies (including CASE ... END).
    static QStringList splitStatements(const QString& script);

    /// Test hook: read migrations from `dir` instead of the built-in resource
    /// directory ":/migrations" (empty restores the default).
    static void setMigrationsDirectory(const QString& dir);
    static QString migrationsDirectory();
};

} // namespace Moulin
