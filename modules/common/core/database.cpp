#include "common/core/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

#include <atomic>
#include <chrono>
#include <climits>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>

namespace Moulin {

Q_LOGGING_CATEGORY(lcDatabase, "moulin.db")

namespace {

using Status = DatabaseOpenResult::Status;

const QString kDefaultMigrationsDir = QStringLiteral(":/migrations");
const QString kSqliteDriver = QStringLiteral("QSQLITE");
const QString kBusyTimeoutOption = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");

QMutex s_mutex;
QString s_path;
QString s_migrationsDir;
std::atomic<int> s_connectionCounter{0};

/// This thread's connection (see Database::connection()).
struct ThreadConnection
{
    QString name;
    QString path;
    QMetaObject::Connection finishedHook;
    /// Database::cachedQuery(); dropped before the connection closes.
    std::shared_ptr<std::unordered_map<QString, QSqlQuery>> statements;
};
thread_local ThreadConnection t_connection;

QString uniqueConnectionName(const QString& purpose)
{
    return QStringLiteral("moulin.db.%1-%2").arg(purpose).arg(++s_connectionCounter);
}

// The connections' safety net: a connection whose commit leaves the WAL
// above this many pages checkpoints it itself (SQLite's default is 1,000).
// Normally the WAL never gets there: WalCheckpointer empties it first.
constexpr int kWalAutoCheckpointPages = 10'000;
// After a checkpoint lets the WAL restart, the file is cut back to this.
constexpr qint64 kWalSizeLimitBytes = 16 * 1024 * 1024;

/// Copies the WAL back into the database on a thread of its own, so that
/// the connection committing a page never waits for a checkpoint (and its
/// fsyncs): with SQLite's automatic checkpoint every 1,000 pages, a third of
/// a sales back-fill's time went to the commits that happened to trigger
/// one. Every 250 ms, when the -wal file changed since the last look, a
/// PASSIVE checkpoint on a short-lived connection of its own: it never
/// blocks a reader or a writer, and copies what no reader still needs.
class WalCheckpointer
{
public:
    static WalCheckpointer& instance()
    {
        static WalCheckpointer checkpointer;
        return checkpointer;
    }

    /// Starts the thread (once), looking at whatever Database::path() is.
    void start()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_thread.joinable() || m_stopped)
            return;
        m_thread = std::thread([this] { run(); });
        // Stopped with the application (before Qt unloads the SQL driver),
        // or at exit when there is none.
        if (QCoreApplication::instance())
            qAddPostRoutine([] { WalCheckpointer::instance().stop(); });
    }

    void stop()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stopped = true;
        }
        m_wake.notify_all();
        if (m_thread.joinable() && m_thread.get_id() != std::this_thread::get_id())
            m_thread.join();
    }

    ~WalCheckpointer() { stop(); }

private:
    WalCheckpointer() = default;

    void run()
    {
        QString lastPath;
        QDateTime lastModified;
        qint64 lastSize = -1;
        std::unique_lock<std::mutex> lock(m_mutex);
        while (!m_stopped) {
            m_wake.wait_for(lock, std::chrono::milliseconds(250));
            if (m_stopped)
                break;
            lock.unlock();
            const QString path = Database::path();
            if (!path.isEmpty()) {
                const QFileInfo wal(path + QStringLiteral("-wal"));
                const QDateTime modified = wal.exists() ? wal.lastModified() : QDateTime();
                const qint64 size = wal.exists() ? wal.size() : -1;
                if (path != lastPath || modified != lastModified || size != lastSize) {
                    if (size > 0)
                        checkpoint(path);
                    lastPath = path;
                    lastModified = modified;
                    lastSize = size;
                }
            }
            lock.lock();
        }
    }

    static void checkpoint(const QString& path)
    {
        const QString name = uniqueConnectionName(QStringLiteral("checkpoint"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(kSqliteDriver, name);
            // mode=rw: never creates the file (gone since, e.g. in a test).
            db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) +
                               QStringLiteral("?mode=rw"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;") + kBusyTimeoutOption);
            if (db.open()) {
                QSqlQuery q(db);
                // A failure is no one's business: the next look tries again.
                if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
                    qCDebug(lcDatabase) << "checkpoint:" << q.lastError().text();
                q.finish();
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::thread m_thread;
    bool m_stopped = false;
};

// SQLite primary result codes (the Qt driver reports extended ones).
enum SqliteCode
{
    SqlitePerm = 3,
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteNotADb = 26,
};

int primaryCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

/// How a low-level SQLite error is reported to the user.
Status classify(const QSqlError& error, Status otherwise)
{
    switch (primaryCode(error)) {
    case SqliteCorrupt:
    case SqliteNotADb:
        return Status::Corrupt;
    case SqlitePerm:
    case SqliteBusy:
    case SqliteLocked:
    case SqliteReadOnly:
    case SqliteIoErr:
    case SqliteFull:
    case SqliteCantOpen:
        return Status::NotWritable;
    default:
        return otherwise;
    }
}

QString errorText(const QSqlError& error)
{
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.text();
    return text.trimmed();
}

/// A named connection removed (after all its queries are gone) when this goes
/// out of scope. Queries must live in an inner scope.
class ScopedConnection
{
public:
    explicit ScopedConnection(const QString& purpose)
        : m_name(uniqueConnectionName(purpose))
    {
        QSqlDatabase::addDatabase(kSqliteDriver, m_name);
    }
    ~ScopedConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ScopedConnection(const ScopedConnection&) = delete;
    ScopedConnection& operator=(const ScopedConnection&) = delete;
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

struct Migration
{
    int version = 0;
    QString fileName;
    QString filePath;
};

/// Every migration file, sorted by version. On an inconsistency (a bad name,
/// a number used twice) `error` is set.
QList<Migration> discoverMigrations(QString* error)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,6})_[A-Za-z0-9_.-]*\\.sql$"));
    // The common migrations, then each area's under <dir>/<area>/: one
    // sequence of numbers across all of them.
    const QDir root(Database::migrationsDirectory());
    QList<QDir> dirs{root};
    const QStringList areas = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& area : areas)
        dirs.append(QDir(root.filePath(area)));
    QMap<int, Migration> byVersion;
    QStringList problems;
    for (const QDir& dir : std::as_const(dirs)) {
        const QStringList names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        for (const QString& name : names) {
            const QRegularExpressionMatch m = pattern.match(name);
            if (!m.hasMatch()) {
                problems << QStringLiteral("%1 is not named NNNN_description.sql").arg(name);
                continue;
            }
            const int version = m.captured(1).toInt();
            if (version <= 0) {
                problems << QStringLiteral("%1: versions start at 1").arg(name);
                continue;
            }
            if (byVersion.contains(version)) {
                problems << QStringLiteral("%1 and %2 have the same number")
                                .arg(byVersion.value(version).fileName, name);
                continue;
            }
            byVersion.insert(version, Migration{version, name, dir.filePath(name)});
        }
    }
    // Numbers may skip: an area that is not linked (a test of the shared
    // core alone) leaves its numbers out. tst_database checks that the whole
    // application's set has no gap.
    QList<Migration> list = byVersion.values();
    if (error)
        *error = problems.join(QStringLiteral("; "));
    return list;
}

struct Header
{
    Status status = Status::Ok;
    QString detail;
};

quint32 bigEndian(const QByteArray& bytes, int offset, int size)
{
    quint32 value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | static_cast<quint8>(bytes.at(offset + i));
    return value;
}

/// Checks the 100-byte SQLite header without SQLite (https://sqlite.org/fileformat.html).
Header checkHeader(const QString& path, bool walExists)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {Status::NotWritable, file.errorString()};
    const qint64 size = file.size();
    if (size == 0)
        return {}; // SQLite treats an empty file as a new database
    const QByteArray header = file.read(100);
    if (header.size() < 100)
        return {Status::Corrupt, Database::tr("the file is too short to be an SQLite database")};
    if (!header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return {Status::Corrupt, Database::tr("the file is not an SQLite database")};
    quint32 pageSize = bigEndian(header, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    const bool pageSizeOk = pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) == 0;
    // Offsets 21..23 are fixed payload fractions in every valid file.
    if (!pageSizeOk || header.at(21) != 64 || header.at(22) != 32 || header.at(23) != 32)
        return {Status::Corrupt, Database::tr("the file header is damaged")};
    // The in-header page count is valid when the change counter (24) equals
    // version-valid-for (92). Without a -wal file, the file holds every page.
    const quint32 pageCount = bigEndian(header, 28, 4);
    const bool countValid = pageCount > 0 && bigEndian(header, 24, 4) == bigEndian(header, 92, 4);
    if (!walExists && countValid && size < qint64(pageCount) * pageSize)
        return {Status::Corrupt, Database::tr("the file is shorter than its header says (truncated)")};
    return {};
}

struct ReadOnlyCheck
{
    Status status = Status::Ok;
    QString detail;
    int version = 0;
};

/// Reads user_version (and, if `quickCheckBelow` is above it, runs
/// quick_check) on a read-only connection. Without a -wal file the file is
/// opened `immutable`: no lock, no -shm/-wal file, nothing written at all.
ReadOnlyCheck readOnlyCheck(const QString& path, bool walExists, int quickCheckBelow)
{
    ReadOnlyCheck check;
    ScopedConnection connection(QStringLiteral("check"));
    QSqlDatabase db = connection.db();
    QString uri = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + QStringLiteral("?mode=ro");
    if (!walExists)
        uri += QStringLiteral("&immutable=1");
    db.setDatabaseName(uri);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;") + kBusyTimeoutOption);
    if (!db.open()) {
        check.status = classify(db.lastError(), Status::NotWritable);
        check.detail = errorText(db.lastError());
        return check;
    }
    auto failed = [&check](const QSqlQuery& q) {
        check.status = classify(q.lastError(), Status::Corrupt);
        check.detail = errorText(q.lastError());
        qCWarning(lcDatabase) << "read-only check failed:" << q.lastError().text();
        return check;
    };
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
            return failed(q);
        check.version = q.value(0).toInt();
        // Parses the schema: a damaged sqlite_master fails here.
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
            return failed(q);
        if (check.version < quickCheckBelow) {
            // About to write: make sure the file is sound first.
            if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next())
                return failed(q);
            const QString verdict = q.value(0).toString();
            if (verdict != QLatin1String("ok")) {
                check.status = Status::Corrupt;
                check.detail = verdict;
            }
        }
    }
    return check;
}

bool isTransactionControl(const QString& statement)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(BEGIN|COMMIT|END|ROLLBACK(?!\\s+(TRANSACTION\\s+)?TO\\b))\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(statement).hasMatch();
}

QString shortened(const QString& statement)
{
    QString s = statement.simplified();
    if (s.size() > 80)
        s = s.left(77) + QStringLiteral("...");
    return s;
}

/// Runs one migration file's statements; returns an error text or nothing.
std::optional<QSqlError> applyMigration(QSqlDatabase& db, const Migration& migration, QString* detail)
{
    QFile file(migration.filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *detail = file.errorString();
        return QSqlError(*detail, *detail, QSqlError::UnknownError);
    }
    const QStringList statements = Database::splitStatements(QString::fromUtf8(file.readAll()));
    if (statements.isEmpty()) {
        *detail = QStringLiteral("the file has no SQL statement");
        return QSqlError(*detail, *detail, QSqlError::UnknownError);
    }
    for (const QString& statement : statements) {
        if (isTransactionControl(statement)) {
            *detail = QStringLiteral("transaction control is not allowed in a migration: %1")
                          .arg(shortened(statement));
            return QSqlError(*detail, *detail, QSqlError::StatementError);
        }
        QSqlQuery q(db);
        if (!q.exec(statement)) {
            *detail = QStringLiteral("%1 — in: %2").arg(errorText(q.lastError()), shortened(statement));
            return q.lastError();
        }
    }
    return std::nullopt;
}

} // namespace

// ---------------------------------------------------------------------------

int Database::latestVersion()
{
    QString error;
    const QList<Migration> migrations = discoverMigrations(&error);
    if (!error.isEmpty())
        qCCritical(lcDatabase) << "migrations in" << migrationsDirectory() << "are inconsistent:" << error;
    return migrations.isEmpty() ? 0 : migrations.constLast().version;
}

void Database::setMigrationsDirectory(const QString& dir)
{
    QMutexLocker lock(&s_mutex);
    s_migrationsDir = dir;
}

QString Database::migrationsDirectory()
{
    QMutexLocker lock(&s_mutex);
    return s_migrationsDir.isEmpty() ? kDefaultMigrationsDir : s_migrationsDir;
}

DatabaseOpenResult Database::inspect(const QString& filePath, int targetVersion)
{
    DatabaseOpenResult result;
    const QFileInfo info(filePath);
    if (!info.isFile()) {
        result.status = Status::NotWritable;
        result.message = tr("the file does not exist");
        return result;
    }
    const QString path = info.absoluteFilePath();
    const bool walExists = QFileInfo::exists(path + QStringLiteral("-wal"));
    const Header header = checkHeader(path, walExists);
    if (header.status != Status::Ok || info.size() == 0) {
        result.status = header.status == Status::Ok ? Status::Corrupt : header.status;
        result.message = header.status == Status::Ok ? tr("the file is empty") : header.detail;
        return result;
    }
    const ReadOnlyCheck check = readOnlyCheck(path, walExists, INT_MAX);
    result.previousVersion = result.currentVersion = check.version;
    result.status = check.status;
    result.message = check.detail;
    if (check.status == Status::Ok && check.version > targetVersion)
        result.status = Status::TooNew;
    return result;
}

QString Database::path()
{
    QMutexLocker lock(&s_mutex);
    return s_path;
}

DatabaseOpenResult Database::openAndMigrate(const QString& filePath, int targetVersion)
{
    DatabaseOpenResult result;
    const QFileInfo info(filePath);
    const QString path = info.absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(path);
    const QString walPath = path + QStringLiteral("-wal");
    const bool existed = info.exists();

    auto fail = [&](Status status, const QString& detail) {
        result.status = status;
        switch (status) {
        case Status::Corrupt:
            result.message =
                tr("The database %1 is damaged or is not a Moulin database (%2). Moulin left it "
                   "untouched. Restore it from a backup, or move it elsewhere so that Moulin can "
                   "create a new one.")
                    .arg(shown, detail);
            break;
        case Status::TooNew:
            result.message =
                tr("The database %1 was created by a newer version of Moulin (schema version %2; "
                   "this version knows up to %3). Moulin left it untouched. Install the latest "
                   "version of Moulin, or start with another data folder (--data-dir).")
                    .arg(shown)
                    .arg(result.previousVersion)
                    .arg(targetVersion);
            break;
        case Status::NotWritable:
            result.message = tr("Moulin cannot open the database %1 for writing (%2). Check that its folder "
                                "exists and that you may write to it, or start with another data folder "
                                "(--data-dir).")
                                 .arg(shown, detail);
            break;
        case Status::MigrationFailed:
        case Status::Ok:
            result.message = tr("Moulin could not update the database %1 (%2). Nothing was changed: the "
                                "database is still at version %3. Please report this problem.")
                                 .arg(shown, detail)
                                 .arg(result.previousVersion);
            break;
        }
        qCWarning(lcDatabase).noquote() << "openAndMigrate:" << result.message;
        return result;
    };

    QString discoveryError;
    const QList<Migration> migrations = discoverMigrations(&discoveryError);
    if (!discoveryError.isEmpty())
        return fail(Status::MigrationFailed,
                    tr("the built-in migrations are inconsistent: %1").arg(discoveryError));
    const int latest = migrations.isEmpty() ? 0 : migrations.constLast().version;
    if (targetVersion < 0 || targetVersion > latest)
        return fail(Status::MigrationFailed,
                    tr("no migration leads to schema version %1").arg(targetVersion));
    if (!QSqlDatabase::isDriverAvailable(kSqliteDriver))
        return fail(Status::NotWritable, tr("the Qt SQLite driver is not installed"));

    if (existed) {
        if (!info.isFile())
            return fail(Status::NotWritable, tr("it is not a regular file"));
        const bool walExists = QFileInfo::exists(walPath);
        const Header header = checkHeader(path, walExists);
        if (header.status != Status::Ok)
            return fail(header.status, header.detail);
        const ReadOnlyCheck check = readOnlyCheck(path, walExists, targetVersion);
        result.previousVersion = result.currentVersion = check.version;
        if (check.status != Status::Ok)
            return fail(check.status, check.detail);
        if (check.version > targetVersion)
            return fail(Status::TooNew, {});
        if (!info.isWritable())
            return fail(Status::NotWritable, tr("the file is read-only"));
    } else if (!QDir().mkpath(info.absolutePath())) {
        return fail(Status::NotWritable,
                    tr("cannot create the folder %1").arg(QDir::toNativeSeparators(info.absolutePath())));
    }
    if (!QFileInfo(info.absolutePath()).isWritable())
        return fail(Status::NotWritable,
                    tr("the folder %1 is read-only").arg(QDir::toNativeSeparators(info.absolutePath())));

    // Read-write phase. Everything below happens in one transaction, except
    // switching the file to WAL (a no-op when it already is).
    Status status = Status::Ok;
    QString detail;
    {
        ScopedConnection connection(QStringLiteral("migrate"));
        QSqlDatabase db = connection.db();
        db.setDatabaseName(path);
        db.setConnectOptions(kBusyTimeoutOption);
        auto sqlFailed = [&](const QSqlError& error, Status otherwise) {
            status = classify(error, otherwise);
            detail = errorText(error);
            qCWarning(lcDatabase) << "migration connection:" << error.text();
        };
        auto run = [&](const QString& sql, Status otherwise) {
            QSqlQuery q(db);
            if (q.exec(sql))
                return true;
            sqlFailed(q.lastError(), otherwise);
            return false;
        };
        auto rollback = [&] {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("ROLLBACK")))
                qCWarning(lcDatabase) << "ROLLBACK failed:" << q.lastError().text();
        };

        if (!db.open()) {
            sqlFailed(db.lastError(), Status::NotWritable);
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next()) {
                sqlFailed(q.lastError(), Status::NotWritable);
            } else if (q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
                qCWarning(lcDatabase)
                    << "journal_mode=WAL refused, the database uses" << q.value(0).toString();
            }
            q.finish();
            if (status == Status::Ok && run(QStringLiteral("PRAGMA foreign_keys=OFF"), Status::NotWritable) &&
                run(QStringLiteral("BEGIN IMMEDIATE"), Status::NotWritable)) {
                // Re-read under the write lock: another process may have migrated meanwhile.
                int from = result.previousVersion;
                if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
                    sqlFailed(q.lastError(), Status::Corrupt);
                else
                    from = q.value(0).toInt();
                q.finish();
                result.previousVersion = result.currentVersion = from;
                if (status == Status::Ok && from > targetVersion)
                    status = Status::TooNew;
                // Which migrations this file has: recorded one by one since
                // the areas brought their own; a file from before that has
                // every number up to its user_version.
                QSet<int> applied;
                bool legacy = false;
                if (status == Status::Ok &&
                    run(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migration (version INTEGER PRIMARY "
                                       "KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"),
                        Status::MigrationFailed)) {
                    if (!q.exec(QStringLiteral("SELECT version FROM schema_migration"))) {
                        sqlFailed(q.lastError(), Status::Corrupt);
                    } else {
                        while (q.next())
                            applied.insert(q.value(0).toInt());
                    }
                    q.finish();
                    if (applied.isEmpty() && from > 0) {
                        legacy = true;
                        for (int v = 1; v <= from; ++v)
                            applied.insert(v);
                    }
                }
                bool appliedAny = false;
                for (const Migration& migration : migrations) {
                    if (status != Status::Ok || migration.version > targetVersion)
                        break;
                    if (applied.contains(migration.version))
                        continue;
                    QString why;
                    if (const auto error = applyMigration(db, migration, &why)) {
                        status = classify(*error, Status::MigrationFailed);
                        detail = status == Status::MigrationFailed
                                     ? tr("migration %1 failed: %2").arg(migration.fileName, why)
                                     : why;
                        qCWarning(lcDatabase).noquote()
                            << "migration" << migration.fileName << "failed:" << why;
                    } else {
                        qCInfo(lcDatabase).noquote() << "applied migration" << migration.fileName;
                        appliedAny = true;
                        QSqlQuery record(db);
                        record.prepare(QStringLiteral(
                            "INSERT INTO schema_migration(version, name, applied_at) VALUES (?, ?, ?)"));
                        record.addBindValue(migration.version);
                        record.addBindValue(migration.fileName);
                        record.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
                        if (!record.exec())
                            sqlFailed(record.lastError(), Status::MigrationFailed);
                    }
                }
                // A file from before the record has every number up to its
                // user_version: note them, so that an area's migrations are
                // never applied twice.
                if (status == Status::Ok && legacy) {
                    QHash<int, QString> names;
                    for (const Migration& migration : migrations)
                        names.insert(migration.version, migration.fileName);
                    QSqlQuery record(db);
                    record.prepare(QStringLiteral("INSERT OR IGNORE INTO schema_migration(version, name, "
                                                  "applied_at) VALUES (?, ?, '')"));
                    for (int v = 1; v <= from; ++v) {
                        record.addBindValue(v);
                        record.addBindValue(names.value(v));
                        if (!record.exec()) {
                            sqlFailed(record.lastError(), Status::MigrationFailed);
                            break;
                        }
                    }
                }
                if (status == Status::Ok && (from < targetVersion || appliedAny)) {
                    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
                        sqlFailed(q.lastError(), Status::MigrationFailed);
                    } else if (q.next()) {
                        status = Status::MigrationFailed;
                        detail = tr("the migrations leave a broken foreign key in table %1")
                                     .arg(q.value(0).toString());
                    }
                    q.finish();
                    if (status == Status::Ok)
                        run(QStringLiteral("PRAGMA user_version = %1").arg(targetVersion),
                            Status::MigrationFailed);
                }
                if (status == Status::Ok) {
                    if (!run(QStringLiteral("COMMIT"), Status::MigrationFailed))
                        rollback();
                } else {
                    rollback();
                }
            }
        }
    }

    if (status != Status::Ok) {
        if (!existed) {
            // Leave nothing behind that we created.
            for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
        }
        return fail(status, detail);
    }

    result.currentVersion = targetVersion;
    {
        QMutexLocker lock(&s_mutex);
        s_path = path;
    }
    WalCheckpointer::instance().start();
    if (result.previousVersion != result.currentVersion)
        qCInfo(lcDatabase).noquote() << "database" << shown << "migrated from version"
                                     << result.previousVersion << "to" << result.currentVersion;
    return result;
}

// ---------------------------------------------------------------------------

QSqlDatabase Database::connection()
{
    const QString currentPath = path();
    ThreadConnection& tc = t_connection;
    if (!tc.name.isEmpty()) {
        if (tc.path == currentPath && QSqlDatabase::contains(tc.name))
            return QSqlDatabase::database(tc.name, false);
        closeConnection(); // the process-wide path changed: reopen
    }
    if (currentPath.isEmpty()) {
        qCWarning(lcDatabase) << "no database: Database::openAndMigrate() has not succeeded yet";
        return {};
    }

    const QString name = uniqueConnectionName(QStringLiteral("thread"));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(kSqliteDriver, name);
        db.setDatabaseName(currentPath);
        db.setConnectOptions(kBusyTimeoutOption);
        ok = db.open();
        if (!ok) {
            qCWarning(lcDatabase) << "cannot open" << currentPath << ":" << db.lastError().text();
        } else {
            // The pages are read through a memory map (no read call a page,
            // shared by the connections) up to 256 MiB of database, and up
            // to 16 MiB of them kept by each connection (2 by default: a
            // large sync read the same pages from the file again and again).
            for (const char* pragma :
                 {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000",
                  "PRAGMA synchronous=NORMAL", "PRAGMA mmap_size=268435456", "PRAGMA cache_size=-16384"})
                ok = exec(db, QString::fromLatin1(pragma)) && ok;
            // Checkpoints are WalCheckpointer's; these only when it lags.
            ok = exec(db, QStringLiteral("PRAGMA wal_autocheckpoint=%1").arg(kWalAutoCheckpointPages)) && ok;
            ok = exec(db, QStringLiteral("PRAGMA journal_size_limit=%1").arg(kWalSizeLimitBytes)) && ok;
            if (!ok)
                db.close();
        }
    }
    if (!ok) {
        QSqlDatabase::removeDatabase(name);
        return {};
    }
    tc.name = name;
    tc.path = currentPath;
    if (QThread* thread = QThread::currentThread())
        tc.finishedHook = QObject::connect(
            thread, &QThread::finished, thread, [] { Database::closeConnection(); }, Qt::DirectConnection);
    return QSqlDatabase::database(name, false);
}

void Database::closeConnection()
{
    ThreadConnection& tc = t_connection;
    if (tc.name.isEmpty())
        return;
    QObject::disconnect(tc.finishedHook);
    tc.statements.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(tc.name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(tc.name);
    tc = ThreadConnection();
}

QSqlQuery* Database::cachedQuery(const QSqlDatabase& db, const QString& sql)
{
    ThreadConnection& tc = t_connection;
    if (tc.name.isEmpty() || db.connectionName() != tc.name || !db.isOpen())
        return nullptr;
    if (!tc.statements)
        tc.statements = std::make_shared<std::unordered_map<QString, QSqlQuery>>();
    auto it = tc.statements->find(sql);
    if (it == tc.statements->end()) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.prepare(sql)) {
            qCWarning(lcDatabase).noquote() << "prepare failed:" << sql << query.lastError().text();
            return nullptr;
        }
        it = tc.statements->emplace(sql, std::move(query)).first;
    }
    return &it->second;
}

bool Database::exec(QSqlQuery& query, const char* what)
{
    if (query.exec())
        return true;
    qCWarning(lcDatabase) << "query failed:" << what << "-" << query.lastError().text();
    return false;
}

bool Database::run(QSqlQuery& query, const QString& sql, const QVariantList& binds, const char* what)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        qCWarning(lcDatabase) << "query failed:" << what << "-" << query.lastError().text();
        return false;
    }
    for (const QVariant& value : binds)
        query.addBindValue(value);
    return exec(query, what);
}

bool Database::exec(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    qCWarning(lcDatabase).noquote() << "query failed:" << sql << "-" << q.lastError().text();
    return false;
}

bool Database::transaction(QSqlDatabase& db, const std::function<bool(QString*)>& work, QString* error)
{
    QString local;
    QString* e = error ? error : &local;
    // The statement's own error: the connection's lastError() does not
    // carry it.
    auto run = [&](const QString& sql) {
        QSqlQuery q(db);
        if (q.exec(sql))
            return true;
        *e = q.lastError().text();
        qCWarning(lcDatabase).noquote() << "query failed:" << sql << "-" << *e;
        return false;
    };
    if (!run(QStringLiteral("BEGIN IMMEDIATE")))
        return false;
    if (!work(e)) {
        exec(db, QStringLiteral("ROLLBACK"));
        return false;
    }
    if (!run(QStringLiteral("COMMIT"))) {
        exec(db, QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

// ---------------------------------------------------------------------------

QStringList Database::splitStatements(const QString& script)
{
    QStringList statements;
    QString current;
    QStringList leadingWords; // the first words of the current statement, upper-case
    bool inTrigger = false;   // CREATE [TEMP] TRIGGER
    bool inBody = false;      // after the trigger's BEGIN
    int depth = 0;            // BEGIN / CASE nesting inside a trigger body

    auto finish = [&] {
        const QString statement = current.trimmed();
        if (!statement.isEmpty())
            statements << statement;
        current.clear();
        leadingWords.clear();
        inTrigger = inBody = false;
        depth = 0;
    };
    auto isWordChar = [](QChar c) {
        return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
    };

    const qsizetype n = script.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < n ? script.at(i + 1) : QChar();
        if (c == QLatin1Char('-') && next == QLatin1Char('-')) { // line comment
            while (i < n && script.at(i) != QLatin1Char('\n'))
                ++i;
            current += QLatin1Char(' ');
            continue;
        }
        if (c == QLatin1Char('/') && next == QLatin1Char('*')) { // block comment
            const qsizetype end = script.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? n : end + 2;
            current += QLatin1Char(' ');
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`') ||
            c == QLatin1Char('[')) {
            const QChar close = c == QLatin1Char('[') ? QLatin1Char(']') : c;
            qsizetype j = i + 1;
            while (j < n) {
                if (script.at(j) == close) {
                    if (close != QLatin1Char(']') && j + 1 < n && script.at(j + 1) == close) {
                        j += 2; // doubled quote
                        continue;
                    }
                    break;
                }
                ++j;
            }
            const qsizetype end = qMin(j + 1, n);
            current += QStringView(script).mid(i, end - i);
            i = end;
            continue;
        }
        if (c.isLetter() || c == QLatin1Char('_')) {
            qsizetype j = i;
            while (j < n && isWordChar(script.at(j)))
                ++j;
            const QStringView word = QStringView(script).mid(i, j - i);
            const QString upper = word.toString().toUpper();
            if (leadingWords.size() < 3) {
                leadingWords << upper;
                inTrigger = leadingWords.value(0) == QLatin1String("CREATE") &&
                            (leadingWords.value(1) == QLatin1String("TRIGGER") ||
                             ((leadingWords.value(1) == QLatin1String("TEMP") ||
                               leadingWords.value(1) == QLatin1String("TEMPORARY")) &&
                              leadingWords.value(2) == QLatin1String("TRIGGER")));
            }
            if (inTrigger) {
                if (upper == QLatin1String("BEGIN") && !inBody) {
                    inBody = true;
                    depth = 1;
                } else if (inBody && upper == QLatin1String("CASE")) {
                    ++depth;
                } else if (inBody && upper == QLatin1String("END")) {
                    --depth;
                }
            }
            current += word;
            i = j;
            continue;
        }
        if (c == QLatin1Char(';') && (!inTrigger || (inBody && depth <= 0))) {
            finish();
            ++i;
            continue;
        }
        current += c;
        ++i;
    }
    finish();
    return statements;
}

} // namespace Moulin
