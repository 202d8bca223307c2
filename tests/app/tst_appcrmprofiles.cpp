// The guest profiles without a window: the real binary's `--sync-now` and
// `--serve` on the demo restaurant bring the customers' profiles up to date
// from the book and the till once the feeds ran (off the main thread, as the
// Clients tab does), and log it under moulin.crm.profiles.
#include "programsupport.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace Moulin;

namespace {

/// The first column of the first row of `sql` in the demo database of
/// `dir` as a number; -1 when it cannot be read (yet).
qint64 number(const QString& dir, const QString& sql)
{
    const QString name = QUuid::createUuid().toString();
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QDir(dir).filePath(QStringLiteral("moulin-demo.sqlite")));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        if (QFile::exists(db.databaseName()) && db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

QString logText(const QString& dir)
{
    QString text;
    const QDir logs(QDir(dir).filePath(QStringLiteral("logs")));
    for (const QString& file : logs.entryList(QDir::Files, QDir::Name)) {
        QFile f(logs.filePath(file));
        if (f.open(QIODevice::ReadOnly))
            text += QString::fromUtf8(f.readAll());
    }
    return text;
}

} // namespace

class TestAppCrmProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syncNowBuildsTheProfiles()
    {
        const QString dir = Test::freshDataDir(QStringLiteral("app-crm-syncnow"));
        const Test::ProgramRun r = Test::runHeadless(
            QStringLiteral(MOULIN_BINARY),
            {QStringLiteral("--sync-now"), QStringLiteral("--demo"), QStringLiteral("--connector"),
             QStringLiteral("opentable"), QStringLiteral("--lang"), QStringLiteral("en"),
             QStringLiteral("--data-dir"), dir},
            240000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("opentable/")), qPrintable(r.out));
        const qint64 bookings = number(dir, QStringLiteral("SELECT count(*) FROM reservation_booking"));
        QVERIFY2(bookings > 0, qPrintable(QString::number(bookings)));
        // Every booking the book has read into the profiles before the exit.
        QVERIFY(number(dir, QStringLiteral("SELECT count(*) FROM crm_profile WHERE merged_into IS NULL")) >
                0);
        QVERIFY(number(dir, QStringLiteral("SELECT count(*) FROM crm_visit")) > 0);
        QCOMPARE(number(dir, QStringLiteral("SELECT count(*) FROM crm_cursor WHERE name = 'bookings'")), 1);
        QCOMPARE(number(dir, QStringLiteral("SELECT count(*) FROM crm_pending_link")), 0);
        const QString log = logText(dir);
        QVERIFY2(
            log.contains(QStringLiteral("moulin.crm.profiles: profiles brought up to date after opentable/")),
            qPrintable(log.right(4000)));

        // Run again: nothing new, nothing read twice.
        const qint64 visits = number(dir, QStringLiteral("SELECT count(*) FROM crm_visit"));
        const Test::ProgramRun again = Test::runHeadless(
            QStringLiteral(MOULIN_BINARY),
            {QStringLiteral("--sync-now"), QStringLiteral("--demo"), QStringLiteral("--connector"),
             QStringLiteral("opentable"), QStringLiteral("--lang"), QStringLiteral("en"),
             QStringLiteral("--data-dir"), dir},
            240000);
        QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
        QCOMPARE(number(dir, QStringLiteral("SELECT count(*) FROM crm_visit")), visits);
    }

    void serveKeepsTheProfilesUpToDate()
    {
        const QString dir = Test::freshDataDir(QStringLiteral("app-crm-serve"));
        {
            QSettings settings(QDir(dir).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
            settings.setValue(QStringLiteral("pos/backfill_days"), 3);
        }
        QProcess server;
        server.setProcessEnvironment(Test::headlessEnvironment());
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.start(QStringLiteral(MOULIN_BINARY),
                     {QStringLiteral("--serve"), QStringLiteral("--demo"), QStringLiteral("--lang"),
                      QStringLiteral("en"), QStringLiteral("--data-dir"), dir});
        QVERIFY2(server.waitForStarted(5000), qPrintable(server.errorString()));
        // The till's receipts and the book's bookings both reach the profiles.
        QElapsedTimer clock;
        clock.start();
        auto done = [&] {
            return number(dir, QStringLiteral("SELECT count(*) FROM crm_cursor WHERE name IN ('bookings', "
                                              "'receipts')")) == 2 &&
                   number(dir, QStringLiteral("SELECT count(*) FROM crm_receipt")) > 0 &&
                   number(dir, QStringLiteral("SELECT count(*) FROM crm_visit")) > 0;
        };
        while (!done() && server.state() == QProcess::Running && clock.elapsed() < 180000)
            QTest::qWait(250);
        const bool reached = done();
        server.terminate();
        QVERIFY(server.waitForFinished(30000));
        const QString output = QString::fromUtf8(server.readAll());
        QVERIFY2(reached, qPrintable(output.right(4000)));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 0);
        QVERIFY(number(dir, QStringLiteral("SELECT count(*) FROM crm_profile WHERE merged_into IS NULL")) >
                0);
        QVERIFY2(
            logText(dir).contains(QStringLiteral("moulin.crm.profiles: profiles brought up to date after")),
            qPrintable(logText(dir).right(4000)));
    }
};

QTEST_GUILESS_MAIN(TestAppCrmProfiles)
#include "tst_appcrmprofiles.moc"
