// `moulin --export fec|z` as an accountant's script or a scheduled task runs
// it: the real binary, without a display, on a database filled by a real
// `--sync-now` against the standalone sandbox; its files, output and exit
// codes.
#include "common/core/apppaths.h"
#include "common/core/connectorsettings.h"
#include "common/core/database.h"
#include "pos/core/fecexport.h"
#include "pos/core/possettings.h"
#include "programsupport.h"
#include "scheduling/core/rosterstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTest>

using namespace Moulin;

namespace {
const QString kSiren = QStringLiteral("732829320");
} // namespace

class TestAppExport : public QObject
{
    Q_OBJECT

    using Run = Test::ProgramRun;

    Test::StandaloneSandbox m_sandbox;
    QString m_dir; ///< data directory holding the synchronised database
    QDate m_today;

    static Run moulin(const QStringList& args)
    {
        return Test::runHeadless(QStringLiteral(MOULIN_BINARY), args, 120000);
    }

    QStringList exportArgs(const QString& kind, const QDate& from, const QDate& to, const QString& out,
                           const QStringList& more = {}) const
    {
        return QStringList{QStringLiteral("--export"),   kind,
                           QStringLiteral("--from"),     from.toString(Qt::ISODate),
                           QStringLiteral("--to"),       to.toString(Qt::ISODate),
                           QStringLiteral("--out"),      out,
                           QStringLiteral("--lang"),     QStringLiteral("en"),
                           QStringLiteral("--data-dir"), m_dir} +
               more;
    }

    static QStringList filesIn(const QString& dir)
    {
        return QDir(dir).entryList(QDir::Files | QDir::NoDotAndDotDot);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The sandbox in its own process; its restaurant synchronised by the
        // real binary, as on the restaurant's computer.
        const QString banner = m_sandbox.start(QStringLiteral(MOULIN_SANDBOX_BINARY), 6);
        QVERIFY(!banner.isEmpty());
        QVERIFY2(m_sandbox.baseUrl().isValid(), qPrintable(banner));

        m_dir = Test::freshDataDir(QStringLiteral("app-export"));
        AppPaths::setDataDir(m_dir);
        QVERIFY(ConnectorSettings::save(Test::standaloneLightspeed(m_sandbox.baseUrl())));
        AppPaths::settings()->setValue(QStringLiteral("pos/backfill_days"), 4);

        const Run sync = moulin({QStringLiteral("--sync-now"), QStringLiteral("--lang"), QStringLiteral("en"),
                                 QStringLiteral("--data-dir"), m_dir});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.out + sync.err));
        QVERIFY2(sync.out.contains(QStringLiteral("lightspeed/transactions: OK")), qPrintable(sync.out));
        m_today = QDate::currentDate();
    }

    void cleanupTestCase() { m_sandbox.stop(); }

    void fecWrittenAndValid()
    {
        const QString out = Test::freshDataDir(QStringLiteral("app-export-fec"));
        const Run r = moulin(exportArgs(QStringLiteral("fec"), m_today.addDays(-6), m_today, out,
                                        {QStringLiteral("--siren"), QStringLiteral("732 829 320")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        // The path, alone on stdout (for scripts).
        const QString path = r.out.trimmed();
        QVERIFY2(QFileInfo(path).isFile(), qPrintable(r.out));
        QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(out).absoluteFilePath());
        // <SIREN>FEC<fiscal year end>.txt, 31 December by default.
        QCOMPARE(
            QFileInfo(path).fileName(),
            QStringLiteral("%1FEC%2.txt").arg(kSiren, QDate(m_today.year(), 12, 31).toString("yyyyMMdd")));
        QVERIFY(FecExport::isValidFileName(QFileInfo(path).fileName()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QList<FecIssue> issues = FecExport::validate(bytes);
        QString text;
        for (const FecIssue& issue : issues)
            text += QStringLiteral("line %1: %2\n").arg(issue.line).arg(issue.message);
        QVERIFY2(issues.isEmpty(), qPrintable(text));
        QVERIFY(bytes.count("\r\n") > 4); // the header and several days of entries
        QVERIFY(bytes.startsWith("JournalCode\t"));
    }

    void fecWithSavedSirenAndFiscalYear()
    {
        AppPaths::setDataDir(m_dir);
        PosSettings settings = PosSettings::load();
        settings.siren = kSiren;
        QVERIFY(settings.save());

        const QString out =
            QDir(Test::freshDataDir(QStringLiteral("app-export-fy"))).filePath("created/here");
        const QDate fiscalYearEnd = m_today.addDays(30);
        const Run r =
            moulin(exportArgs(QStringLiteral("fec"), m_today.addDays(-2), m_today, out,
                              {QStringLiteral("--fiscal-year-end"), fiscalYearEnd.toString(Qt::ISODate)}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(QFileInfo(r.out.trimmed()).fileName(),
                 QStringLiteral("%1FEC%2.txt").arg(kSiren, fiscalYearEnd.toString("yyyyMMdd")));
        QCOMPARE(filesIn(out).size(), 1); // the missing folder was created

        settings.siren.clear();
        QVERIFY(settings.save());
    }

    void dailySummaryWritten()
    {
        const QString out = Test::freshDataDir(QStringLiteral("app-export-z"));
        const QDate from = m_today.addDays(-3);
        const Run r = moulin(exportArgs(QStringLiteral("z"), from, m_today, out));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QString path = r.out.trimmed();
        QCOMPARE(QFileInfo(path).fileName(),
                 QStringLiteral("Z-caisse-%1-%2.csv")
                     .arg(from.toString("yyyyMMdd"), m_today.toString("yyyyMMdd")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF")); // UTF-8 with BOM, for the spreadsheet
        // A header, one row per day, a total.
        QCOMPARE(csv.count("\r\n"), from.daysTo(m_today) + 1 + 2);
        QVERIFY(csv.contains(';'));
    }

    void refusedWhenNothingToExport()
    {
        // Years before the restaurant's history: nothing to export, and
        // nothing is written.
        const QString out = Test::freshDataDir(QStringLiteral("app-export-empty"));
        const Run r = moulin(exportArgs(QStringLiteral("fec"), QDate(2001, 1, 1), QDate(2001, 1, 31), out,
                                        {QStringLiteral("--siren"), kSiren}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("The FEC was not written:")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("  • ")), qPrintable(r.err)); // the issues, one per line
        QVERIFY(r.out.isEmpty());
        QVERIFY(filesIn(out).isEmpty());
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        const QStringList period = {QStringLiteral("--from"), QStringLiteral("2025-01-01"),
                                    QStringLiteral("--to"), QStringLiteral("2025-01-31")};
        QTest::newRow("invalid siren")
            << QStringList{QStringLiteral("fec"), QStringLiteral("--siren"), QStringLiteral("123456789")}
            << QStringLiteral("123456789");
        QTest::newRow("no siren at all") << QStringList{QStringLiteral("fec")} << QStringLiteral("SIREN");
        QTest::newRow("from after to")
            << QStringList{QStringLiteral("z"), QStringLiteral("--from"), QStringLiteral("2025-02-01")}
            << QStringLiteral("after");
        QTest::newRow("bad date") << QStringList{QStringLiteral("z"), QStringLiteral("--to"),
                                                 QStringLiteral("2025-13-01")}
                                  << QStringLiteral("2025-13-01");
        QTest::newRow("unknown kind") << QStringList{QStringLiteral("pdf")} << QStringLiteral("pdf");
        QTest::newRow("orders in an unknown format")
            << QStringList{QStringLiteral("orders"), QStringLiteral("--format"), QStringLiteral("csv")}
            << QStringLiteral("neither ubl nor eancom");
        QTest::newRow("roster with a period")
            << QStringList{QStringLiteral("roster")} << QStringLiteral("--export roster needs --week");
    }

    void badArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const QString out = Test::freshDataDir(QStringLiteral("app-export-bad"));
        // The kind first, then the defaults, then the overrides (the last
        // --from / --to given wins).
        QStringList command = {QStringLiteral("--export"),   args.takeFirst(),
                               QStringLiteral("--from"),     QStringLiteral("2025-01-01"),
                               QStringLiteral("--to"),       QStringLiteral("2025-01-31"),
                               QStringLiteral("--out"),      out,
                               QStringLiteral("--lang"),     QStringLiteral("en"),
                               QStringLiteral("--data-dir"), m_dir};
        command += args;
        const Run r = moulin(command);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY(filesIn(out).isEmpty());
    }

    void missingOut()
    {
        const Run r = moulin({QStringLiteral("--export"), QStringLiteral("z"), QStringLiteral("--from"),
                              QStringLiteral("2025-01-01"), QStringLiteral("--to"),
                              QStringLiteral("2025-01-31"), QStringLiteral("--data-dir"), m_dir});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--out")), qPrintable(r.err));
    }

    void noDatabaseYet()
    {
        const QString empty = Test::freshDataDir(QStringLiteral("app-export-nodb"));
        const QString out = Test::freshDataDir(QStringLiteral("app-export-nodb-out"));
        for (const bool demo : {false, true}) {
            QStringList args = {QStringLiteral("--export"),   QStringLiteral("z"),
                                QStringLiteral("--from"),     QStringLiteral("2025-01-01"),
                                QStringLiteral("--to"),       QStringLiteral("2025-01-31"),
                                QStringLiteral("--out"),      out,
                                QStringLiteral("--lang"),     QStringLiteral("en"),
                                QStringLiteral("--data-dir"), empty};
            if (demo)
                args << QStringLiteral("--demo");
            const Run r = moulin(args);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(demo ? QStringLiteral("demonstration database")
                                         : QStringLiteral("--sync-now")),
                     qPrintable(r.err));
        }
        QVERIFY(filesIn(out).isEmpty());
        QVERIFY(!QFileInfo::exists(QDir(empty).filePath(QStringLiteral("moulin.sqlite")))); // not created
    }

    // The payroll script's `--export roster`: a published week, one row per
    // shift; a draft with a warning; no roster, a refusal. `--export payroll`:
    // one row per person (night and Sunday hours, cost) and the total.
    void rosterWritten()
    {
        const QDate monday(2026, 12, 7); // 2026-W50
        {
            AppPaths::setDataDir(m_dir);
            const DatabaseOpenResult opened = Database::openAndMigrate(AppPaths::databasePath());
            QVERIFY2(opened.ok(), qPrintable(opened.message));
            QSqlDatabase db = Database::connection();
            StaffMember paul;
            paul.id = QStringLiteral("paul");
            paul.name = QStringLiteral("Paul Martin");
            paul.roles = {QStringLiteral("server")};
            paul.hourlyCostCents = 1320;
            StaffingConfig config = StaffingConfig::defaults();
            config.staff = {paul};
            QString error;
            QVERIFY2(RosterStore::saveConfig(db, config, &error), qPrintable(error));
            QVERIFY2(RosterStore::saveDraft(db, monday,
                                            {{QStringLiteral("paul"), QStringLiteral("server"),
                                              monday.addDays(5), 18 * 60, 24 * 60 + 30},
                                             {QStringLiteral("paul"), QStringLiteral("server"),
                                              monday.addDays(1), 11 * 60, 15 * 60}},
                                            QStringLiteral("optimal"), {paul}, &error),
                     qPrintable(error));
        }
        Database::closeConnection();
        const QString out = QDir(Test::freshDataDir(QStringLiteral("app-export-roster")))
                                .filePath(QStringLiteral("paie/2026-W50.csv"));
        auto rosterArgs = [this, &out](const QString& week) {
            return QStringList{QStringLiteral("--export"),   QStringLiteral("roster"),
                               QStringLiteral("--week"),     week,
                               QStringLiteral("--out"),      out,
                               QStringLiteral("--lang"),     QStringLiteral("en"),
                               QStringLiteral("--data-dir"), m_dir};
        };
        Run r = moulin(rosterArgs(QStringLiteral("2026-W50")));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QFileInfo(out).absoluteFilePath());
        QVERIFY2(r.err.contains(QStringLiteral("draft")), qPrintable(r.err));
        QFile csv(out);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(csv.readAll()),
                 QStringLiteral("person,role,start,end\n"
                                "Paul Martin,server,2026-12-08T11:00:00,2026-12-08T15:00:00\n"
                                "Paul Martin,server,2026-12-12T18:00:00,2026-12-13T00:30:00\n"));
        csv.close();

        // The payroll summary of the same week: Saturday's shift has 3 h 30 of night
        // (21:00–00:30) and half an hour on Sunday; 10 h 30 at 13,20 €.
        const QString payrollOut = QFileInfo(out).dir().filePath(QStringLiteral("paie-2026-W50.csv"));
        QStringList payrollArgs = rosterArgs(QStringLiteral("2026-W50"));
        payrollArgs[1] = QStringLiteral("payroll");
        payrollArgs[5] = payrollOut;
        r = moulin(payrollArgs);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QFileInfo(payrollOut).absoluteFilePath());
        QFile payroll(payrollOut);
        QVERIFY(payroll.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(payroll.readAll()),
                 QStringLiteral("person,person_id,shifts,hours,night_hours,sunday_hours,holiday_hours,"
                                "split_shifts,hourly_cost,labour_cost\n"
                                "Paul Martin,paul,2,10.50,3.50,0.50,0.00,0,13.20,138.60\n"
                                "TOTAL,,2,10.50,3.50,0.50,0.00,0,,138.60\n"));
        payroll.close();

        // A week without a roster: refused, the file left as it was.
        r = moulin(rosterArgs(QStringLiteral("2026-W51")));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no roster for week 2026-W51")), qPrintable(r.err));
        // Week 53 of a year of 52: bad arguments.
        r = moulin(rosterArgs(QStringLiteral("2025-W53")));
        QCOMPARE(r.exitCode, 2);
    }

    void helpNamesTheProgram()
    {
        // Parsed before any QCoreApplication exists: the usage line must
        // still say "moulin", and list the headless modes.
        const Run r = moulin({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: moulin [options]\n")), qPrintable(r.out));
        QVERIFY(!r.out.contains(QStringLiteral("<executable_name>")));
        QVERIFY(r.out.contains(QStringLiteral("moulin --export fec --from YYYY-MM-DD")));
        QVERIFY(r.out.contains(QStringLiteral("moulin --sign-in ID")));
    }
};

QTEST_GUILESS_MAIN(TestAppExport)
#include "tst_appexport.moc"
