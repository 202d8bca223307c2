#pragma once

// Backups of the local database: everything the restaurant keeps in Moulin
// (sales history, orders, invoices, bookings, guest profiles, rosters) lives
// in one SQLite file, so a copy of it is the whole restaurant. Secrets are not
// in it (they stay in the system keychain).
//
//  - create(): a consistent copy of the open database while Moulin keeps
//    working (`VACUUM INTO` a temporary name, checked with quick_check, then
//    renamed), named `<base>-auto-YYYYMMDD-HHMMSS.sqlite` (automatic, pruned
//    to keep()) or `<base>-YYYYMMDD-HHMMSS.sqlite` (asked for, never pruned);
//    `<base>` is the database's name (moulin, moulin-demo).
//  - restore(): replaces the database by a backup, only when no other program
//    has it open; the database it replaces is kept beside the backups as
//    `<base>-avant-restauration-YYYYMMDD-HHMMSS.sqlite` (never pruned), so a
//    restore loses nothing.
//  - The window cannot swap the file under its own connections: it writes a
//    pending restore (schedulePending) and starts again; start-up applies it
//    (applyPending) before opening the database.
//
// Settings (QSettings, AppPaths::settings()): backup/directory (default
// <data dir>/backups), backup/keep (automatic ones kept, default 14),
// backup/automatic (a daily backup, default on), backup/last_ok,
// backup/last_error, backup/last_error_at (what the last automatic one did).

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QSqlDatabase;
class QTimer;

namespace Moulin {

class DbWorker;

struct BackupEntry
{
    QString path;
    QString base;        // the database it copies: moulin, moulin-demo
    QDateTime createdAt; // local time, from the name (the file's time for other names)
    qint64 bytes = 0;
    enum class Kind
    {
        Automatic,
        Manual,
        BeforeRestore
    } kind = Kind::Manual;
};

struct BackupOutcome
{
    bool ok = false;
    QString path;    // the backup written, the file restored, or the file checked
    QString message; // translated: what happened, or why not (names the file and what to do)
    QString keptAs;  // restore(): where the replaced database was kept
    int schemaVersion = 0;
};

class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::Backups)

public:
    static constexpr int kDefaultKeep = 14;
    static constexpr int kMinKeep = 1;
    static constexpr int kMaxKeep = 365;
    /// An automatic backup is due when the newest backup is older than this.
    static constexpr qint64 kIntervalSecs = 24 * 3600;

    /// « 880 Ko », « 12,4 Mo ».
    static QString sizeText(qint64 bytes);
    static QString defaultDirectory();
    static QString directory();
    static int keep();
    static bool automaticEnabled();
    static void saveSettings(const QString& directory, int keep, bool automatic);
    /// Checks that `dir` exists or can be created and can be written; a translated reason otherwise.
    static bool checkDirectory(const QString& dir, QString* error);

    /// Writes a copy of the database `db` is connected to into `dir`
    /// (created if missing). `now` names the file (local time).
    static BackupOutcome create(QSqlDatabase& db, const QString& dir, BackupEntry::Kind kind,
                                const QDateTime& now);
    /// The backups in `dir` (any `*.sqlite`), newest first.
    static QList<BackupEntry> list(const QString& dir);
    /// The base of a database's backups' names (moulin for moulin.sqlite).
    static QString baseName(const QString& databasePath);
    /// Removes the oldest automatic backups of `base` beyond `keepAutomatic`; returns how many.
    static int prune(const QString& dir, const QString& base, int keepAutomatic);
    /// No backup of `base` in `dir` since `now` − kIntervalSecs.
    static bool isDue(const QString& dir, const QString& base, const QDateTime& now);

    /// Whether `file` can be restored: a sound SQLite file holding a Moulin
    /// database of this version or an older one.
    static BackupOutcome check(const QString& file);
    /// Replaces the database at `databasePath` by `file` (see above). Call it
    /// with no connection of this process open on `databasePath`.
    static BackupOutcome restore(const QString& file, const QString& databasePath, const QString& keepDir,
                                 const QDateTime& now);
    /// Whether a program has the database at `path` open (a window, --serve).
    static bool inUse(const QString& path);

    /// The window's restore: checked now, applied at the next start.
    static bool schedulePending(const QString& file, const QString& databasePath, QString* error);
    static QString pendingFile(const QString& databasePath);
    static void clearPending();
    /// Applies the pending restore for `databasePath`, if any (and clears it).
    /// std::nullopt-like: `path` empty when nothing was pending.
    static BackupOutcome applyPending(const QString& databasePath, const QString& keepDir,
                                      const QDateTime& now);
};

/// The daily backup, off the GUI thread: checks every hour (and a few minutes
/// after start) whether one is due, writes it on its own DbWorker, prunes,
/// and reports. backupNow() is the "Back up now" button.
class BackupScheduler : public QObject
{
    Q_OBJECT

public:
    explicit BackupScheduler(QObject* parent = nullptr);
    ~BackupScheduler() override;

    /// Starts checking; the first check after `firstDelayMs`.
    void start(int firstDelayMs = 5 * 60 * 1000);
    void stop();
    /// A backup asked for, into `directory` (empty: the saved folder).
    void backupNow(const QString& directory = QString());
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void started();
    void finished(const Moulin::BackupOutcome& outcome, bool automatic);

private:
    void checkDue();
    void run(BackupEntry::Kind kind, const QString& directory);

    std::unique_ptr<DbWorker> m_worker;
    QTimer* m_timer = nullptr;
    bool m_busy = false;
};

} // namespace Moulin
