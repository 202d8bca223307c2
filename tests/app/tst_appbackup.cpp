// `moulin --backup` and `moulin --restore FILE` as a scheduled task or an
// administrator runs them: the real binary, without a display, on a real
// database; the files it writes, what it prints and its exit codes.
#include "common/core/apppaths.h"
#include "common/core/backups.h"
#include "common/core/database.h"
#include "programsupport.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Moulin;

class TestAppBackup : public QObject
{
    Q_OBJECT

    using Run = Test::ProgramRun;

    static Run moulin(const QStringList& args)
    {
        return Test::runHeadless(QStringLiteral(MOULIN_BINARY),
                                 args + QStringList{QStringLiteral("--lang"), QStringLiteral("en")}, 60000);
    }

    static QStringList keysIn(const QString& path)
    {
        QStringList keys;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("keys"));
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("SELECT key FROM app_meta WHERE key LIKE 'test-%' ORDER BY key"));
                while (q.next())
                    keys.append(q.value(0).toString());
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("keys"));
        return keys;
    }

private Q_SLOTS:
    void backUpAndRestoreFromAScript()
    {
        const QString dir = Test::freshDataDir(QStringLiteral("app-backup"));
        AppPaths::setDataDir(dir);
        const QString database = QDir(dir).filePath(QStringLiteral("moulin.sqlite"));

        // Nothing to back up yet: said, exit 1, nothing written.
        Run run = moulin({QStringLiteral("--backup"), QStringLiteral("--data-dir"), dir});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("nothing to back up")), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(Backups::defaultDirectory()));

        const DatabaseOpenResult opened = Database::openAndMigrate(database);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QVERIFY(Test::exec(QStringLiteral("INSERT INTO app_meta(key, value) VALUES ('test-a', 'v')")));

        // The daily one, into the backup folder (while this process keeps the database open).
        run = moulin({QStringLiteral("--backup"), QStringLiteral("--data-dir"), dir});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        const QString daily = run.out.trimmed();
        QVERIFY2(QFileInfo(daily).fileName().startsWith(QLatin1String("moulin-auto-")), qPrintable(daily));
        QCOMPARE(QFileInfo(daily).absolutePath(), QFileInfo(Backups::defaultDirectory()).absoluteFilePath());
        QCOMPARE(keysIn(daily), QStringList{QStringLiteral("test-a")});

        // Into a folder of the script's: kept, never pruned.
        const QString usb = QDir(dir).filePath(QStringLiteral("usb"));
        run = moulin(
            {QStringLiteral("--backup"), QStringLiteral("--out"), usb, QStringLiteral("--data-dir"), dir});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        const QString manual = run.out.trimmed();
        QCOMPARE(QFileInfo(manual).absolutePath(), QFileInfo(usb).absoluteFilePath());
        QVERIFY(!QFileInfo(manual).fileName().contains(QLatin1String("auto")));

        QVERIFY(Test::exec(QStringLiteral("INSERT INTO app_meta(key, value) VALUES ('test-b', 'v')")));

        // Refused while Moulin (here, this process) has the database open: nothing changed.
        run = moulin({QStringLiteral("--restore"), manual, QStringLiteral("--data-dir"), dir});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("open in another Moulin")), qPrintable(run.err));
        Database::closeConnection();
        QCOMPARE(keysIn(database), QStringList({QStringLiteral("test-a"), QStringLiteral("test-b")}));

        // Not a backup: refused with its reason.
        const QString notes = QDir(dir).filePath(QStringLiteral("notes.sqlite"));
        QVERIFY(Test::writeFile(notes, QByteArray(2048, 'n')));
        run = moulin({QStringLiteral("--restore"), notes, QStringLiteral("--data-dir"), dir});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("not a readable Moulin backup")), qPrintable(run.err));

        // Restored, the replaced database kept beside the backups.
        run = moulin({QStringLiteral("--restore"), manual, QStringLiteral("--data-dir"), dir});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.startsWith(QLatin1String("Restored")), qPrintable(run.out));
        QCOMPARE(keysIn(database), QStringList{QStringLiteral("test-a")});
        const QStringList kept = QDir(Backups::defaultDirectory())
                                     .entryList({QStringLiteral("moulin-avant-restauration-*.sqlite")});
        QCOMPARE(kept.size(), 1);
        QVERIFY(run.out.contains(kept.constFirst()));
        QCOMPARE(keysIn(QDir(Backups::defaultDirectory()).filePath(kept.constFirst())),
                 QStringList({QStringLiteral("test-a"), QStringLiteral("test-b")}));
    }
};

QTEST_GUILESS_MAIN(TestAppBackup)
#include "tst_appbackup.moc"
