// Backups of the local database: a consistent copy while Moulin writes, the
// daily one pruned, a restore that keeps what it replaces and is refused while
// another Moulin has the database open, and files that are not a backup
// refused with a clear reason.
#include "common/core/apppaths.h"
#include "common/core/backups.h"
#include "common/core/database.h"
#include "common/core/dbworker.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace Test = Moulin::Test;
using namespace Moulin;

namespace {

bool insertMeta(QSqlDatabase db, const QString& key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO app_meta(key, value) VALUES (?, 'v')"));
    q.addBindValue(key);
    return Database::exec(q, "insert app_meta");
}

/// The keys of app_meta in the SQLite file `path`, read on a connection of its own.
QStringList metaKeysIn(const QString& path)
{
    QStringList keys;
    const QString name = QStringLiteral("tst_backups.read");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT key FROM app_meta WHERE key LIKE 'test-%' ORDER BY key"));
            while (q.next())
                keys.append(q.value(0).toString());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return keys;
}

QDateTime at(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODate);
}

} // namespace

class TestBackups : public QObject
{
    Q_OBJECT

    Test::FreshDatabase m_db;
    QString m_backups;

private Q_SLOTS:
    void init()
    {
        m_db = Test::openFreshDatabase(QStringLiteral("backups"), QStringLiteral("moulin.sqlite"));
        QVERIFY2(m_db.opened.ok(), qPrintable(m_db.opened.message));
        AppPaths::setDataDir(m_db.dir);
        m_backups = QDir(m_db.dir).filePath(QStringLiteral("backups"));
        QVERIFY(insertMeta(Database::connection(), QStringLiteral("test-a")));
    }

    void cleanup()
    {
        Database::closeConnection();
        Backups::clearPending();
    }

    void aCopyIsConsistentWhileMoulinWrites()
    {
        // Rows committed into the WAL only (no checkpoint yet) are in the copy.
        QSqlDatabase db = Database::connection();
        for (int i = 0; i < 50; ++i)
            QVERIFY(insertMeta(db, QStringLiteral("test-w%1").arg(i, 2, 10, QLatin1Char('0'))));
        QVERIFY(QFileInfo::exists(m_db.path + QStringLiteral("-wal")));

        const BackupOutcome made =
            Backups::create(db, m_backups, BackupEntry::Kind::Manual, at("2026-12-07T03:12:45"));
        QVERIFY2(made.ok, qPrintable(made.message));
        QCOMPARE(QFileInfo(made.path).fileName(), QStringLiteral("moulin-20261207-031245.sqlite"));
        QCOMPARE(made.schemaVersion, Database::latestVersion());
        QVERIFY(!QFileInfo::exists(made.path + QStringLiteral("-wal"))); // one self-contained file
        QCOMPARE(metaKeysIn(made.path).size(), 51);
        QVERIFY(Backups::check(made.path).ok);

        // A second one in the same second gets its own name; both are listed, newest first.
        const BackupOutcome again =
            Backups::create(db, m_backups, BackupEntry::Kind::Automatic, at("2026-12-07T03:12:46"));
        QVERIFY2(again.ok, qPrintable(again.message));
        QCOMPARE(QFileInfo(again.path).fileName(), QStringLiteral("moulin-auto-20261207-031246.sqlite"));
        const QList<BackupEntry> entries = Backups::list(m_backups);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).kind, BackupEntry::Kind::Automatic);
        QCOMPARE(entries.at(0).base, QStringLiteral("moulin"));
        QCOMPARE(entries.at(0).createdAt, at("2026-12-07T03:12:46"));
        QCOMPARE(entries.at(1).kind, BackupEntry::Kind::Manual);
        QVERIFY(entries.at(1).bytes > 0);
        QVERIFY(QDir(m_backups).entryList({QStringLiteral("*.part")}, QDir::Files).isEmpty());
    }

    void aFolderThatCannotBeWrittenIsSaidAndNothingIsWritten()
    {
        QFile blocker(QDir(m_db.dir).filePath(QStringLiteral("a-file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QSqlDatabase db = Database::connection();
        const QString inside = QDir(blocker.fileName()).filePath(QStringLiteral("backups"));
        const BackupOutcome made =
            Backups::create(db, inside, BackupEntry::Kind::Automatic, at("2026-12-07T03:00:00"));
        QVERIFY(!made.ok);
        QVERIFY(made.path.isEmpty());
        QVERIFY2(made.message.contains(QDir::toNativeSeparators(inside)), qPrintable(made.message));
        QString why;
        QVERIFY(!Backups::checkDirectory(QStringLiteral("relative/folder"), &why));
        QVERIFY(why.contains(QLatin1String("whole path")));
        QVERIFY(!Backups::checkDirectory(blocker.fileName(), &why));
        QVERIFY(why.contains(QLatin1String("is a file")));
        QVERIFY(Backups::checkDirectory(m_backups, &why));
    }

    void theDailyOnesArePrunedAndTheOthersKept()
    {
        QSqlDatabase db = Database::connection();
        const QDateTime first = at("2026-11-01T04:00:00");
        for (int day = 0; day < 6; ++day)
            QVERIFY(Backups::create(db, m_backups, BackupEntry::Kind::Automatic, first.addDays(day)).ok);
        QVERIFY(Backups::create(db, m_backups, BackupEntry::Kind::Manual, first.addDays(-30)).ok);
        QVERIFY(Backups::create(db, m_backups, BackupEntry::Kind::BeforeRestore, first.addDays(-31)).ok);
        // Another database's automatic backups (the demo's) are not counted against this one's.
        QVERIFY(
            QFile::copy(QDir(m_backups).filePath(QStringLiteral("moulin-auto-20261101-040000.sqlite")),
                        QDir(m_backups).filePath(QStringLiteral("moulin-demo-auto-20251001-040000.sqlite"))));

        QCOMPARE(Backups::prune(m_backups, QStringLiteral("moulin"), 3), 3);
        QStringList left;
        for (const BackupEntry& e : Backups::list(m_backups))
            left.append(QFileInfo(e.path).fileName());
        QCOMPARE(left, QStringList({QStringLiteral("moulin-auto-20261106-040000.sqlite"),
                                    QStringLiteral("moulin-auto-20261105-040000.sqlite"),
                                    QStringLiteral("moulin-auto-20261104-040000.sqlite"),
                                    QStringLiteral("moulin-20261002-040000.sqlite"),
                                    QStringLiteral("moulin-avant-restauration-20261001-040000.sqlite"),
                                    QStringLiteral("moulin-demo-auto-20251001-040000.sqlite")}));
        QCOMPARE(Backups::prune(m_backups, QStringLiteral("moulin"), 3), 0);

        // Due a day after the newest one (of this database), not before.
        QVERIFY(!Backups::isDue(m_backups, QStringLiteral("moulin"), at("2026-11-07T03:59:00")));
        QVERIFY(Backups::isDue(m_backups, QStringLiteral("moulin"), at("2026-11-07T04:00:00")));
        QVERIFY(Backups::isDue(m_backups, QStringLiteral("moulin-demo"), at("2026-11-07T03:59:00")));
        QVERIFY(Backups::isDue(QDir(m_db.dir).filePath(QStringLiteral("none")), QStringLiteral("moulin"),
                               at("2026-11-07T03:59:00")));
    }

    void whatIsNotABackupIsRefusedWithItsReason()
    {
        QVERIFY(QDir().mkpath(m_backups));
        const QString text = QDir(m_backups).filePath(QStringLiteral("notes.sqlite"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        BackupOutcome checked = Backups::check(text);
        QVERIFY(!checked.ok);
        QVERIFY2(checked.message.contains(QLatin1String("not a readable Moulin backup")),
                 qPrintable(checked.message));

        // An SQLite file from something else.
        const QString other = QDir(m_backups).filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(other);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t(x)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        checked = Backups::check(other);
        QVERIFY(!checked.ok);
        QVERIFY2(checked.message.contains(QLatin1String("not a Moulin database")),
                 qPrintable(checked.message));

        // A backup from a newer Moulin.
        QSqlDatabase db = Database::connection();
        const BackupOutcome made =
            Backups::create(db, m_backups, BackupEntry::Kind::Manual, at("2026-12-01T10:00:00"));
        QVERIFY(made.ok);
        {
            QSqlDatabase newer =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            newer.setDatabaseName(made.path);
            QVERIFY(newer.open());
            QVERIFY(QSqlQuery(newer).exec(
                QStringLiteral("PRAGMA user_version = %1").arg(Database::latestVersion() + 3)));
            newer.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        checked = Backups::check(made.path);
        QVERIFY(!checked.ok);
        QVERIFY2(checked.message.contains(QLatin1String("newer version of Moulin")),
                 qPrintable(checked.message));

        // And restoring any of them changes nothing.
        Database::closeConnection();
        QVERIFY(!Backups::restore(text, m_db.path, m_backups, at("2026-12-07T05:00:00")).ok);
        QVERIFY(!Backups::restore(made.path, m_db.path, m_backups, at("2026-12-07T05:00:00")).ok);
        QCOMPARE(metaKeysIn(m_db.path), QStringList{QStringLiteral("test-a")});
        QVERIFY(QDir(m_backups).entryList({QStringLiteral("*avant-restauration*")}, QDir::Files).isEmpty());
    }

    void aRestoreKeepsTheDatabaseItReplaces()
    {
        QSqlDatabase db = Database::connection();
        const BackupOutcome made =
            Backups::create(db, m_backups, BackupEntry::Kind::Manual, at("2026-12-06T22:00:00"));
        QVERIFY2(made.ok, qPrintable(made.message));
        QVERIFY(insertMeta(db, QStringLiteral("test-b"))); // after the backup
        Database::closeConnection();

        const BackupOutcome restored =
            Backups::restore(made.path, m_db.path, m_backups, at("2026-12-07T05:00:00"));
        QVERIFY2(restored.ok, qPrintable(restored.message));
        QCOMPARE(QFileInfo(restored.keptAs).fileName(),
                 QStringLiteral("moulin-avant-restauration-20261207-050000.sqlite"));
        QVERIFY2(restored.message.contains(QDir::toNativeSeparators(restored.keptAs)),
                 qPrintable(restored.message));
        QCOMPARE(metaKeysIn(m_db.path), QStringList{QStringLiteral("test-a")});
        QCOMPARE(metaKeysIn(restored.keptAs),
                 QStringList({QStringLiteral("test-a"), QStringLiteral("test-b")}));
        QVERIFY(QFileInfo::exists(made.path)); // the backup itself stays
        QVERIFY(!QFileInfo::exists(m_db.path + QStringLiteral(".restoring")));

        const DatabaseOpenResult reopened = Database::openAndMigrate(m_db.path);
        QVERIFY2(reopened.ok(), qPrintable(reopened.message));
        // The kept database is listed and never pruned.
        QCOMPARE(Backups::prune(m_backups, QStringLiteral("moulin"), 1), 0);
        QVERIFY(QFileInfo::exists(restored.keptAs));
    }

    void aRestoreIsRefusedWhileTheDatabaseIsOpenElsewhere()
    {
        QSqlDatabase db = Database::connection();
        const BackupOutcome made =
            Backups::create(db, m_backups, BackupEntry::Kind::Manual, at("2026-12-06T22:00:00"));
        QVERIFY(made.ok);
        QVERIFY(insertMeta(db, QStringLiteral("test-b")));
        // The connection stays open, idle, as another Moulin's would.
        QVERIFY(Backups::inUse(m_db.path));
        const BackupOutcome restored =
            Backups::restore(made.path, m_db.path, m_backups, at("2026-12-07T05:00:00"));
        QVERIFY(!restored.ok);
        QVERIFY2(restored.message.contains(QLatin1String("open in another Moulin")),
                 qPrintable(restored.message));
        QVERIFY(restored.keptAs.isEmpty());
        QCOMPARE(metaKeysIn(m_db.path), QStringList({QStringLiteral("test-a"), QStringLiteral("test-b")}));
        Database::closeConnection();
        QVERIFY(!Backups::inUse(m_db.path));
    }

    void theWindowsRestoreHappensAtTheNextStartOnce()
    {
        QSqlDatabase db = Database::connection();
        const BackupOutcome made =
            Backups::create(db, m_backups, BackupEntry::Kind::Manual, at("2026-12-06T22:00:00"));
        QVERIFY(made.ok);
        QVERIFY(insertMeta(db, QStringLiteral("test-b")));

        QString error;
        QVERIFY(!Backups::schedulePending(QDir(m_db.dir).filePath(QStringLiteral("missing.sqlite")),
                                          m_db.path, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(Backups::pendingFile(m_db.path).isEmpty());
        QVERIFY2(Backups::schedulePending(made.path, m_db.path, &error), qPrintable(error));
        QCOMPARE(Backups::pendingFile(m_db.path), made.path);
        QVERIFY(
            Backups::pendingFile(QDir(m_db.dir).filePath(QStringLiteral("moulin-demo.sqlite"))).isEmpty());
        Database::closeConnection();

        const BackupOutcome applied = Backups::applyPending(m_db.path, m_backups, at("2026-12-07T05:00:00"));
        QVERIFY2(applied.ok, qPrintable(applied.message));
        QCOMPARE(applied.path, made.path);
        QCOMPARE(metaKeysIn(m_db.path), QStringList{QStringLiteral("test-a")});
        QVERIFY(Backups::pendingFile(m_db.path).isEmpty());
        const BackupOutcome nothing = Backups::applyPending(m_db.path, m_backups, at("2026-12-07T05:01:00"));
        QVERIFY(nothing.path.isEmpty());
        QVERIFY(!nothing.ok);
    }

    void theSchedulerWritesTheDailyOneOffTheGuiThread()
    {
        Backups::saveSettings(m_backups, 2, true);
        QCOMPARE(Backups::directory(), QDir::cleanPath(m_backups));
        QCOMPARE(Backups::keep(), 2);
        BackupScheduler scheduler;
        QSignalSpy finished(&scheduler, &BackupScheduler::finished);
        scheduler.start(0);
        QVERIFY(finished.wait(20000));
        auto outcome = finished.at(0).at(0).value<BackupOutcome>();
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QCOMPARE(finished.at(0).at(1).toBool(), true);
        QVERIFY(QFileInfo(outcome.path).fileName().startsWith(QLatin1String("moulin-auto-")));
        QVERIFY(AppPaths::settings()->value(QStringLiteral("backup/last_ok")).isValid());

        // Not due again right after; a backup asked for is written anyway.
        scheduler.start(0);
        QTest::qWait(300);
        QCOMPARE(finished.size(), 1);
        scheduler.backupNow();
        QVERIFY(finished.wait(20000));
        outcome = finished.at(1).at(0).value<BackupOutcome>();
        QVERIFY(outcome.ok);
        QCOMPARE(finished.at(1).at(1).toBool(), false);
        QCOMPARE(Backups::list(m_backups).size(), 2);

        // Off: nothing automatic.
        Backups::saveSettings(m_backups, 2, false);
        QVERIFY(!Backups::automaticEnabled());
        QVERIFY(QFile::remove(Backups::list(m_backups).at(0).path));
        QVERIFY(QFile::remove(Backups::list(m_backups).at(0).path));
        scheduler.start(0);
        QTest::qWait(300);
        QCOMPARE(finished.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
