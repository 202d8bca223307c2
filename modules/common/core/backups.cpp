#include "common/core/backups.h"

#include "common/core/apppaths.h"
#include "common/core/database.h"
#include "common/core/dbworker.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <atomic>

namespace Moulin {

namespace {

const QString kDirectoryKey = QStringLiteral("backup/directory");
const QString kKeepKey = QStringLiteral("backup/keep");
const QString kAutomaticKey = QStringLiteral("backup/automatic");
const QString kPendingFileKey = QStringLiteral("backup/pending_file");
const QString kPendingDatabaseKey = QStringLiteral("backup/pending_database");
const QString kStamp = QStringLiteral("yyyyMMdd-HHmmss");
const QString kAutoTag = QStringLiteral("-auto-");
const QString kBeforeRestoreTag = QStringLiteral("-avant-restauration-");

std::atomic<int> s_connections{0};

/// A connection of its own, closed and removed when this goes out of scope.
class OwnConnection
{
public:
    OwnConnection()
        : m_name(QStringLiteral("moulin.backup-%1").arg(++s_connections))
    {
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    }
    ~OwnConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    OwnConnection(const OwnConnection&) = delete;
    OwnConnection& operator=(const OwnConnection&) = delete;
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    /// Opens `path` read-only (immutable when it has no -wal beside it: nothing written at all).
    bool openReadOnly(const QString& path)
    {
        QSqlDatabase d = db();
        QString uri = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + QStringLiteral("?mode=ro");
        if (!QFileInfo::exists(path + QStringLiteral("-wal")))
            uri += QStringLiteral("&immutable=1");
        d.setDatabaseName(uri);
        d.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        return d.open();
    }

private:
    QString m_name;
};

QString sqlError(const QSqlError& error)
{
    const QString text = error.databaseText().trimmed();
    return text.isEmpty() ? error.text().trimmed() : text;
}

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

/// `<dir>/<base><tag><stamp>.sqlite`, with -2, -3… when that name is taken.
QString freeName(const QString& dir, const QString& base, const QString& tag, const QDateTime& now)
{
    const QString stem = QDir(dir).filePath(base + tag + now.toString(kStamp));
    QString candidate = stem + QStringLiteral(".sqlite");
    for (int n = 2; QFileInfo::exists(candidate) || QFileInfo::exists(candidate + QStringLiteral(".part"));
         ++n)
        candidate = stem + QStringLiteral("-%1.sqlite").arg(n);
    return candidate;
}

/// `VACUUM INTO target` on `db`: a consistent, compact copy in one file.
bool vacuumInto(QSqlDatabase& db, const QString& target, QString* error)
{
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("VACUUM INTO ?"))) {
        *error = sqlError(q.lastError());
        return false;
    }
    q.addBindValue(target);
    if (!q.exec()) {
        *error = sqlError(q.lastError());
        return false;
    }
    return true;
}

bool moveFile(const QString& from, const QString& to)
{
    return !QFileInfo::exists(from) || QFile::rename(from, to);
}

} // namespace

QString Backups::sizeText(qint64 bytes)
{
    const double megabytes = double(bytes) / (1024.0 * 1024.0);
    return megabytes >= 1.0 ? tr("%1 MB").arg(QLocale().toString(megabytes, 'f', 1))
                            : tr("%1 KB").arg(QLocale().toString((bytes + 1023) / 1024));
}

QString Backups::defaultDirectory()
{
    return QDir(AppPaths::dataDir()).filePath(QStringLiteral("backups"));
}

QString Backups::directory()
{
    const QString dir = AppPaths::settings()->value(kDirectoryKey).toString().trimmed();
    return dir.isEmpty() ? defaultDirectory() : dir;
}

int Backups::keep()
{
    bool ok = false;
    const int n = AppPaths::settings()->value(kKeepKey, kDefaultKeep).toInt(&ok);
    return ok ? std::clamp(n, kMinKeep, kMaxKeep) : kDefaultKeep;
}

bool Backups::automaticEnabled()
{
    return AppPaths::settings()->value(kAutomaticKey, true).toBool();
}

void Backups::saveSettings(const QString& dir, int keepAutomatic, bool automatic)
{
    auto settings = AppPaths::settings();
    const QString cleaned = QDir::cleanPath(dir.trimmed());
    if (dir.trimmed().isEmpty() || cleaned == QDir::cleanPath(defaultDirectory()))
        settings->remove(kDirectoryKey);
    else
        settings->setValue(kDirectoryKey, cleaned);
    settings->setValue(kKeepKey, std::clamp(keepAutomatic, kMinKeep, kMaxKeep));
    settings->setValue(kAutomaticKey, automatic);
}

bool Backups::checkDirectory(const QString& dir, QString* error)
{
    if (dir.trimmed().isEmpty()) {
        *error = tr("Choose a folder for the backups.");
        return false;
    }
    const QFileInfo info(dir);
    if (!info.isAbsolute()) {
        *error = tr("Give the whole path of the folder (for example %1).").arg(shown(defaultDirectory()));
        return false;
    }
    if (info.exists() && !info.isDir()) {
        *error = tr("%1 is a file, not a folder.").arg(shown(dir));
        return false;
    }
    if (!info.exists() && !QDir().mkpath(dir)) {
        *error = tr("Moulin cannot create the folder %1: check the path, or that the drive is connected.")
                     .arg(shown(dir));
        return false;
    }
    QFile probe(QDir(dir).filePath(QStringLiteral(".moulin-write-test")));
    if (!probe.open(QIODevice::WriteOnly)) {
        *error = tr("Moulin may not write in %1 (%2).").arg(shown(dir), probe.errorString());
        return false;
    }
    probe.close();
    probe.remove();
    return true;
}

QString Backups::baseName(const QString& databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

BackupOutcome Backups::create(QSqlDatabase& db, const QString& dir, BackupEntry::Kind kind,
                              const QDateTime& now)
{
    BackupOutcome outcome;
    if (!db.isOpen()) {
        outcome.message = tr("No backup: the database is not open.");
        return outcome;
    }
    QString why;
    if (!checkDirectory(dir, &why)) {
        outcome.message = tr("No backup: %1").arg(why);
        return outcome;
    }
    const QString base = baseName(db.databaseName());
    const QString tag = kind == BackupEntry::Kind::Automatic       ? kAutoTag
                        : kind == BackupEntry::Kind::BeforeRestore ? kBeforeRestoreTag
                                                                   : QStringLiteral("-");
    const QString target = freeName(dir, base, tag, now);
    const QString part = target + QStringLiteral(".part");
    QFile::remove(part);
    if (!vacuumInto(db, part, &why)) {
        QFile::remove(part);
        outcome.message =
            tr("No backup written in %1: %2. The database itself is untouched.").arg(shown(dir), why);
        return outcome;
    }
    const DatabaseOpenResult copy = Database::inspect(part);
    if (!copy.ok()) {
        QFile::remove(part);
        outcome.message = tr("The backup written in %1 did not read back (%2); it was removed.")
                              .arg(shown(dir), copy.message);
        return outcome;
    }
    if (!QFile::rename(part, target)) {
        QFile::remove(part);
        outcome.message = tr("No backup: Moulin could not name the file %1.").arg(shown(target));
        return outcome;
    }
    outcome.ok = true;
    outcome.path = target;
    outcome.schemaVersion = copy.currentVersion;
    outcome.message =
        tr("Backup written: %1 (%2).").arg(shown(target), Backups::sizeText(QFileInfo(target).size()));
    return outcome;
}

QList<BackupEntry> Backups::list(const QString& dir)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(.+?)(-auto-|-avant-restauration-|-)(\\d{8}-\\d{6})(?:-\\d+)?\\.sqlite$"));
    QList<BackupEntry> entries;
    const QFileInfoList files =
        QDir(dir).entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo& file : files) {
        BackupEntry entry;
        entry.path = file.absoluteFilePath();
        entry.bytes = file.size();
        const QRegularExpressionMatch m = pattern.match(file.fileName());
        QDateTime stamp;
        if (m.hasMatch())
            stamp = QDateTime::fromString(m.captured(3), kStamp);
        if (stamp.isValid()) {
            entry.base = m.captured(1);
            entry.createdAt = stamp;
            entry.kind = m.captured(2) == kAutoTag            ? BackupEntry::Kind::Automatic
                         : m.captured(2) == kBeforeRestoreTag ? BackupEntry::Kind::BeforeRestore
                                                              : BackupEntry::Kind::Manual;
        } else {
            entry.base = file.completeBaseName();
            entry.createdAt = file.lastModified();
        }
        entries.append(entry);
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const BackupEntry& a, const BackupEntry& b) { return a.createdAt > b.createdAt; });
    return entries;
}

int Backups::prune(const QString& dir, const QString& base, int keepAutomatic)
{
    int kept = 0;
    int removed = 0;
    for (const BackupEntry& entry : list(dir)) {
        if (entry.kind != BackupEntry::Kind::Automatic || entry.base != base)
            continue;
        if (++kept <= std::max(keepAutomatic, kMinKeep))
            continue;
        if (QFile::remove(entry.path))
            ++removed;
    }
    return removed;
}

bool Backups::isDue(const QString& dir, const QString& base, const QDateTime& now)
{
    for (const BackupEntry& entry : list(dir)) {
        if (entry.base == base && entry.kind != BackupEntry::Kind::BeforeRestore)
            return entry.createdAt.secsTo(now) >= kIntervalSecs || entry.createdAt > now.addSecs(60);
    }
    return true;
}

BackupOutcome Backups::check(const QString& file)
{
    BackupOutcome outcome;
    outcome.path = file;
    const DatabaseOpenResult inspected = Database::inspect(file);
    outcome.schemaVersion = inspected.currentVersion;
    switch (inspected.status) {
    case DatabaseOpenResult::Status::Ok:
        break;
    case DatabaseOpenResult::Status::TooNew:
        outcome.message =
            tr("%1 was saved by a newer version of Moulin (schema %2; this one knows up to %3). "
               "Install the latest Moulin to restore it.")
                .arg(shown(file))
                .arg(inspected.currentVersion)
                .arg(Database::latestVersion());
        return outcome;
    case DatabaseOpenResult::Status::NotWritable:
        outcome.message = tr("Moulin cannot read %1 (%2).").arg(shown(file), inspected.message);
        return outcome;
    case DatabaseOpenResult::Status::Corrupt:
    case DatabaseOpenResult::Status::MigrationFailed:
        outcome.message = tr("%1 is not a readable Moulin backup (%2). Choose another one.")
                              .arg(shown(file), inspected.message);
        return outcome;
    }
    {
        OwnConnection connection;
        if (!connection.openReadOnly(file)) {
            outcome.message =
                tr("Moulin cannot read %1 (%2).").arg(shown(file), sqlError(connection.db().lastError()));
            return outcome;
        }
        QSqlQuery q(connection.db());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = "
                                   "'schema_migration'")) ||
            !q.next() || q.value(0).toInt() != 1 || inspected.currentVersion <= 0) {
            outcome.message =
                tr("%1 is an SQLite file but not a Moulin database. Choose a backup made by Moulin.")
                    .arg(shown(file));
            return outcome;
        }
    }
    outcome.ok = true;
    outcome.message = tr("%1 can be restored.").arg(shown(file));
    return outcome;
}

bool Backups::inUse(const QString& path)
{
    if (!QFileInfo::exists(path))
        return false;
    // Another connection, even idle, holds a shared lock on a WAL database:
    // the exclusive lock is refused while any other program has it open. A
    // short-lived connection (a checkpoint, a cron --sync-now starting) is
    // given a second to go.
    auto tryExclusive = [&path] {
        OwnConnection connection;
        QSqlDatabase db = connection.db();
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        if (!db.open())
            return false;
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")) ||
            !q.exec(QStringLiteral("BEGIN EXCLUSIVE")))
            return false;
        const bool read = q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next();
        q.finish();
        QSqlQuery(db).exec(QStringLiteral("COMMIT"));
        return read;
    };
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (attempt > 0)
            QThread::msleep(250);
        if (tryExclusive())
            return false;
    }
    return true;
}

BackupOutcome Backups::restore(const QString& file, const QString& databasePath, const QString& keepDir,
                               const QDateTime& now)
{
    BackupOutcome outcome = check(file);
    if (!outcome.ok)
        return outcome;
    outcome.ok = false;
    if (QFileInfo(file).absoluteFilePath() == QFileInfo(databasePath).absoluteFilePath()) {
        outcome.message = tr("%1 is the database in use, not a backup.").arg(shown(file));
        return outcome;
    }
    if (inUse(databasePath)) {
        outcome.message =
            tr("The database %1 is open in another Moulin (a window, or moulin --serve). Close it, "
               "then restore again. Nothing was changed.")
                .arg(shown(databasePath));
        return outcome;
    }
    QString why;
    if (!QDir().mkpath(QFileInfo(databasePath).absolutePath()) || !checkDirectory(keepDir, &why)) {
        outcome.message = tr("Nothing was restored: %1").arg(why);
        return outcome;
    }

    // The backup, copied next to the database first (a consistent single
    // file even when the backup has a -wal beside it).
    const QString incoming = databasePath + QStringLiteral(".restoring");
    QFile::remove(incoming);
    {
        OwnConnection connection;
        if (!connection.openReadOnly(file)) {
            outcome.message =
                tr("Moulin cannot read %1 (%2).").arg(shown(file), sqlError(connection.db().lastError()));
            return outcome;
        }
        QSqlDatabase db = connection.db();
        if (!vacuumInto(db, incoming, &why)) {
            QFile::remove(incoming);
            outcome.message = tr("Nothing was restored: the copy of %1 failed (%2).").arg(shown(file), why);
            return outcome;
        }
    }

    // The database it replaces is kept, whole (with its -wal, if any).
    if (QFileInfo::exists(databasePath)) {
        const QString kept = freeName(keepDir, baseName(databasePath), kBeforeRestoreTag, now);
        const QString wal = databasePath + QStringLiteral("-wal");
        if (!QFile::rename(databasePath, kept)) {
            QFile::remove(incoming);
            outcome.message = tr("Nothing was restored: Moulin could not move the current database to %1.")
                                  .arg(shown(kept));
            return outcome;
        }
        if (!moveFile(wal, kept + QStringLiteral("-wal"))) {
            QFile::rename(kept, databasePath);
            QFile::remove(incoming);
            outcome.message =
                tr("Nothing was restored: Moulin could not move the current database's journal.");
            return outcome;
        }
        QFile::remove(databasePath + QStringLiteral("-shm"));
        outcome.keptAs = kept;
    }
    if (!QFile::rename(incoming, databasePath)) {
        if (!outcome.keptAs.isEmpty()) {
            QFile::rename(outcome.keptAs, databasePath);
            moveFile(outcome.keptAs + QStringLiteral("-wal"), databasePath + QStringLiteral("-wal"));
        }
        QFile::remove(incoming);
        outcome.keptAs.clear();
        outcome.message = tr("Nothing was restored: Moulin could not write %1.").arg(shown(databasePath));
        return outcome;
    }
    outcome.ok = true;
    outcome.message = outcome.keptAs.isEmpty() ? tr("Restored %1.").arg(shown(file))
                                               : tr("Restored %1. The database it replaced is kept as %2.")
                                                     .arg(shown(file), shown(outcome.keptAs));
    return outcome;
}

bool Backups::schedulePending(const QString& file, const QString& databasePath, QString* error)
{
    const BackupOutcome checked = check(file);
    if (!checked.ok) {
        *error = checked.message;
        return false;
    }
    auto settings = AppPaths::settings();
    settings->setValue(kPendingFileKey, QFileInfo(file).absoluteFilePath());
    settings->setValue(kPendingDatabaseKey, QFileInfo(databasePath).absoluteFilePath());
    settings->sync();
    if (settings->status() != QSettings::NoError) {
        *error = tr("Moulin could not record the restore in its settings.");
        return false;
    }
    return true;
}

QString Backups::pendingFile(const QString& databasePath)
{
    auto settings = AppPaths::settings();
    if (settings->value(kPendingDatabaseKey).toString() != QFileInfo(databasePath).absoluteFilePath())
        return {};
    return settings->value(kPendingFileKey).toString();
}

void Backups::clearPending()
{
    auto settings = AppPaths::settings();
    settings->remove(kPendingFileKey);
    settings->remove(kPendingDatabaseKey);
    settings->sync();
}

BackupOutcome Backups::applyPending(const QString& databasePath, const QString& keepDir, const QDateTime& now)
{
    const QString file = pendingFile(databasePath);
    if (file.isEmpty())
        return {};
    clearPending(); // once: a refused restore is said, not retried at every start
    BackupOutcome outcome = restore(file, databasePath, keepDir, now);
    outcome.path = file;
    return outcome;
}

BackupScheduler::BackupScheduler(QObject* parent)
    : QObject(parent)
    , m_worker(std::make_unique<DbWorker>())
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_timer->setSingleShot(false);
        m_timer->start(60 * 60 * 1000);
        checkDue();
    });
}

BackupScheduler::~BackupScheduler() = default;

void BackupScheduler::start(int firstDelayMs)
{
    m_timer->setSingleShot(true);
    m_timer->start(std::max(0, firstDelayMs));
}

void BackupScheduler::stop()
{
    m_timer->stop();
}

void BackupScheduler::backupNow(const QString& directory)
{
    if (!m_busy)
        run(BackupEntry::Kind::Manual,
            directory.trimmed().isEmpty() ? Backups::directory() : directory.trimmed());
}

void BackupScheduler::checkDue()
{
    const QString path = Database::path();
    if (m_busy || path.isEmpty() || !Backups::automaticEnabled())
        return;
    if (Backups::isDue(Backups::directory(), Backups::baseName(path), QDateTime::currentDateTime()))
        run(BackupEntry::Kind::Automatic, Backups::directory());
}

void BackupScheduler::run(BackupEntry::Kind kind, const QString& dir)
{
    m_busy = true;
    Q_EMIT started();
    const int keep = Backups::keep();
    auto* watcher = new QFutureWatcher<BackupOutcome>(this);
    connect(watcher, &QFutureWatcher<BackupOutcome>::finished, this, [this, watcher, kind] {
        watcher->deleteLater();
        m_busy = false;
        BackupOutcome outcome;
        if (watcher->future().resultCount() > 0)
            outcome = watcher->result();
        else
            outcome.message = Backups::tr("No backup: the database worker stopped.");
        const bool automatic = kind == BackupEntry::Kind::Automatic;
        auto settings = AppPaths::settings();
        if (outcome.ok) {
            settings->setValue(QStringLiteral("backup/last_ok"), QDateTime::currentDateTimeUtc());
            settings->remove(QStringLiteral("backup/last_error"));
            settings->remove(QStringLiteral("backup/last_error_at"));
        } else {
            settings->setValue(QStringLiteral("backup/last_error"), outcome.message);
            settings->setValue(QStringLiteral("backup/last_error_at"), QDateTime::currentDateTimeUtc());
        }
        Q_EMIT finished(outcome, automatic);
    });
    watcher->setFuture(m_worker->run([dir, kind, keep](QSqlDatabase& db) {
        BackupOutcome outcome = Backups::create(db, dir, kind, QDateTime::currentDateTime());
        if (outcome.ok && kind == BackupEntry::Kind::Automatic)
            Backups::prune(dir, Backups::baseName(db.databaseName()), keep);
        return outcome;
    }));
}

} // namespace Moulin
