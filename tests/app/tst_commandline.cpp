#include "commandline.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using Moulin::CommandLineResult;
using Moulin::parseCommandLine;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        const auto r = parseCommandLine({QStringLiteral("moulin")});
        QCOMPARE(r.action, CommandLineResult::Action::Run);
        QVERIFY(!r.options.demo);
        QVERIFY(r.options.dataDir.isEmpty());
        QVERIFY(r.options.language.isEmpty());
    }

    void allOptions()
    {
        const QString dir = QDir::tempPath();
        const auto r = parseCommandLine({QStringLiteral("moulin"), QStringLiteral("--demo"),
                                         QStringLiteral("--data-dir"), dir, QStringLiteral("--lang"),
                                         QStringLiteral("EN")});
        QCOMPARE(r.action, CommandLineResult::Action::Run);
        QVERIFY(r.options.demo);
        QCOMPARE(r.options.dataDir, dir);
        QCOMPARE(r.options.language, QStringLiteral("en"));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad lang") << QStringList{QStringLiteral("--lang"), QStringLiteral("de")}
                                  << QStringLiteral("de");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("missing import file")
            << QStringList{QStringLiteral("--import-config"), QStringLiteral("/nonexistent/pos.json")}
            << QStringLiteral("/nonexistent/pos.json");
        QTest::newRow("data dir is a file")
            << QStringList{QStringLiteral("--data-dir"), QStringLiteral("/etc/hostname")}
            << QStringLiteral("/etc/hostname");
        QTest::newRow("connector without sync-now")
            << QStringList{QStringLiteral("--connector"), QStringLiteral("lightspeed")}
            << QStringLiteral("--sync-now");
        QTest::newRow("positional") << QStringList{QStringLiteral("extra")} << QStringLiteral("extra");
    }

    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        args.prepend(QStringLiteral("moulin"));
        const auto r = parseCommandLine(args);
        QCOMPARE(r.action, CommandLineResult::Action::Error);
        QVERIFY2(r.text.contains(expected), qPrintable(r.text));
    }

    void syncNow()
    {
        const auto r = parseCommandLine({QStringLiteral("moulin"), QStringLiteral("--sync-now"),
                                         QStringLiteral("--connector"), QStringLiteral("LightSpeed")});
        QCOMPARE(r.action, CommandLineResult::Action::Run);
        QVERIFY(r.options.syncNow);
        QCOMPARE(r.options.connector, QStringLiteral("lightspeed"));
    }

    void signIn()
    {
        const auto r = parseCommandLine(
            {QStringLiteral("moulin"), QStringLiteral("--sign-in"), QStringLiteral("LightSpeed")});
        QCOMPARE(r.action, CommandLineResult::Action::Run);
        QCOMPARE(r.options.signIn, QStringLiteral("lightspeed"));
        QCOMPARE(r.options.signInTimeoutSecs, 300);
        QVERIFY(!r.options.noBrowser);
        QVERIFY(r.options.isHeadless());
        QVERIFY(!r.options.syncNow);
        QVERIFY(r.options.exportKind.isEmpty());

        const auto t = parseCommandLine({QStringLiteral("moulin"), QStringLiteral("--sign-in"),
                                         QStringLiteral("lightspeed"), QStringLiteral("--timeout"),
                                         QStringLiteral("42"), QStringLiteral("--no-browser"),
                                         QStringLiteral("--data-dir"), QDir::tempPath()});
        QCOMPARE(t.action, CommandLineResult::Action::Run);
        QCOMPARE(t.options.signInTimeoutSecs, 42);
        QVERIFY(t.options.noBrowser);
        QCOMPARE(t.options.dataDir, QDir::tempPath());

        QVERIFY(!parseCommandLine({QStringLiteral("moulin")}).options.isHeadless());
    }

    void backupAndRestore()
    {
        const auto daily = parseCommandLine({QStringLiteral("moulin"), QStringLiteral("--backup")});
        QCOMPARE(daily.action, CommandLineResult::Action::Run);
        QVERIFY(daily.options.backup);
        QVERIFY(daily.options.exportDir.isEmpty());
        QVERIFY(daily.options.isHeadless());

        const auto into =
            parseCommandLine({QStringLiteral("moulin"), QStringLiteral("--backup"), QStringLiteral("--out"),
                              QDir::tempPath(), QStringLiteral("--demo")});
        QCOMPARE(into.action, CommandLineResult::Action::Run);
        QCOMPARE(into.options.exportDir, QDir::tempPath());
        QVERIFY(into.options.demo);

        const auto restore = parseCommandLine(
            {QStringLiteral("moulin"), QStringLiteral("--restore"), QStringLiteral("/etc/passwd")});
        QCOMPARE(restore.action, CommandLineResult::Action::Run);
        QCOMPARE(restore.options.restoreFile, QStringLiteral("/etc/passwd"));
        QVERIFY(!restore.options.backup);
        QVERIFY(restore.options.isHeadless());
    }

    void exports()
    {
        const QString out = QDir::tempPath();
        const auto fec = parseCommandLine(
            {QStringLiteral("moulin"), QStringLiteral("--export"), QStringLiteral("FEC"),
             QStringLiteral("--from"), QStringLiteral("2025-01-01"), QStringLiteral("--to"),
             QStringLiteral("2025-03-31"), QStringLiteral("--siren"), QStringLiteral("732 829 320"),
             QStringLiteral("--fiscal-year-end"), QStringLiteral("2025-06-30"), QStringLiteral("--out"), out,
             QStringLiteral("--demo")});
        QCOMPARE(fec.action, CommandLineResult::Action::Run);
        QCOMPARE(fec.options.exportKind, QStringLiteral("fec"));
        QCOMPARE(fec.options.exportFrom, QDate(2025, 1, 1));
        QCOMPARE(fec.options.exportTo, QDate(2025, 3, 31));
        QCOMPARE(fec.options.siren, QStringLiteral("732829320"));
        QCOMPARE(fec.options.fiscalYearEnd, QDate(2025, 6, 30));
        QCOMPARE(fec.options.exportDir, out);
        QVERIFY(fec.options.demo);
        QVERIFY(fec.options.isHeadless());

        // Defaults: the saved SIREN and 31 December (decided when exporting).
        const auto z =
            parseCommandLine({QStringLiteral("moulin"), QStringLiteral("--export"), QStringLiteral("z"),
                              QStringLiteral("--from"), QStringLiteral("2025-02-01"), QStringLiteral("--to"),
                              QStringLiteral("2025-02-01"), QStringLiteral("--out"), out});
        QCOMPARE(z.action, CommandLineResult::Action::Run);
        QCOMPARE(z.options.exportKind, QStringLiteral("z"));
        QVERIFY(z.options.siren.isEmpty());
        QVERIFY(!z.options.fiscalYearEnd.isValid());

        // The supplier orders of a period, with their EANCOM messages.
        const auto orders =
            parseCommandLine({QStringLiteral("moulin"), QStringLiteral("--export"), QStringLiteral("orders"),
                              QStringLiteral("--from"), QStringLiteral("2026-12-01"), QStringLiteral("--to"),
                              QStringLiteral("2026-12-31"), QStringLiteral("--format"),
                              QStringLiteral("EANCOM"), QStringLiteral("--out"), out});
        QCOMPARE(orders.action, CommandLineResult::Action::Run);
        QCOMPARE(orders.options.exportKind, QStringLiteral("orders"));
        QCOMPARE(orders.options.exportFormat, QStringLiteral("eancom"));
        QCOMPARE(orders.options.exportTo, QDate(2026, 12, 31));

        // A folder that does not exist yet is created when exporting.
        QTemporaryDir tmp;
        const QString missing = QDir(tmp.path()).filePath(QStringLiteral("new/folder"));
        const auto create =
            parseCommandLine({QStringLiteral("moulin"), QStringLiteral("--export"), QStringLiteral("z"),
                              QStringLiteral("--from"), QStringLiteral("2025-02-01"), QStringLiteral("--to"),
                              QStringLiteral("2025-02-28"), QStringLiteral("--out"), missing});
        QCOMPARE(create.action, CommandLineResult::Action::Run);
        QCOMPARE(create.options.exportDir, missing);

        // A week's roster into a file.
        const QString file = QDir(tmp.path()).filePath(QStringLiteral("paie/semaine-50.csv"));
        const auto roster = parseCommandLine({QStringLiteral("moulin"), QStringLiteral("--export"),
                                              QStringLiteral("roster"), QStringLiteral("--week"),
                                              QStringLiteral("2026-W50"), QStringLiteral("--out"), file});
        QCOMPARE(roster.action, CommandLineResult::Action::Run);
        QCOMPARE(roster.options.exportKind, QStringLiteral("roster"));
        QCOMPARE(roster.options.exportWeek, QStringLiteral("2026-W50"));
        QCOMPARE(roster.options.exportDir, file);
        QVERIFY(roster.options.isHeadless());

        // Its payroll summary, the same way.
        const auto payroll = parseCommandLine({QStringLiteral("moulin"), QStringLiteral("--export"),
                                               QStringLiteral("payroll"), QStringLiteral("--week"),
                                               QStringLiteral("2026-W50"), QStringLiteral("--out"), file});
        QCOMPARE(payroll.action, CommandLineResult::Action::Run);
        QCOMPARE(payroll.options.exportKind, QStringLiteral("payroll"));
        QCOMPARE(payroll.options.exportWeek, QStringLiteral("2026-W50"));
        QCOMPARE(payroll.options.exportDir, file);
    }

    void headlessErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        const QString out = QDir::tempPath();
        const QStringList period = {QStringLiteral("--from"), QStringLiteral("2025-01-01"),
                                    QStringLiteral("--to"), QStringLiteral("2025-01-31")};
        const QStringList fec = QStringList{QStringLiteral("--export"), QStringLiteral("fec")} + period +
                                QStringList{QStringLiteral("--out"), out};

        QTest::newRow("sign-in without id")
            << QStringList{QStringLiteral("--sign-in")} << QStringLiteral("sign-in");
        QTest::newRow("sign-in empty id")
            << QStringList{QStringLiteral("--sign-in"), QStringLiteral(" ")} << QStringLiteral("--sign-in");
        QTest::newRow("timeout zero")
            << QStringList{QStringLiteral("--sign-in"), QStringLiteral("lightspeed"),
                           QStringLiteral("--timeout"), QStringLiteral("0")}
            << QStringLiteral("--timeout");
        QTest::newRow("timeout text")
            << QStringList{QStringLiteral("--sign-in"), QStringLiteral("lightspeed"),
                           QStringLiteral("--timeout"), QStringLiteral("soon")}
            << QStringLiteral("soon");
        QTest::newRow("timeout alone")
            << QStringList{QStringLiteral("--timeout"), QStringLiteral("30")} << QStringLiteral("--sign-in");
        QTest::newRow("no-browser alone")
            << QStringList{QStringLiteral("--no-browser")} << QStringLiteral("--sign-in");
        QTest::newRow("sign-in and sync-now")
            << QStringList{QStringLiteral("--sign-in"), QStringLiteral("lightspeed"),
                           QStringLiteral("--sync-now")}
            << QStringLiteral("cannot be combined");
        QTest::newRow("export and sign-in")
            << (fec + QStringList{QStringLiteral("--sign-in"), QStringLiteral("lightspeed")})
            << QStringLiteral("cannot be combined");
        QTest::newRow("unknown kind") << (QStringList{QStringLiteral("--export"), QStringLiteral("pdf")} +
                                          period + QStringList{QStringLiteral("--out"), out})
                                      << QStringLiteral("pdf");
        QTest::newRow("orders in an unknown format")
            << (QStringList{QStringLiteral("--export"), QStringLiteral("orders"), QStringLiteral("--format"),
                            QStringLiteral("pdf")} +
                period + QStringList{QStringLiteral("--out"), out})
            << QStringLiteral("neither ubl nor eancom");
        QTest::newRow("format with fec")
            << (fec + QStringList{QStringLiteral("--format"), QStringLiteral("eancom")})
            << QStringLiteral("--format is only used with --export orders");
        QTest::newRow("roster without week")
            << QStringList{QStringLiteral("--export"), QStringLiteral("rosters"), QStringLiteral("--out"),
                           QStringLiteral("week.csv")}
            << QStringLiteral("--export roster needs --week");
        QTest::newRow("roster with a period")
            << (QStringList{QStringLiteral("--export"), QStringLiteral("roster"), QStringLiteral("--week"),
                            QStringLiteral("2026-W50"), QStringLiteral("--out"), QStringLiteral("week.csv")} +
                period)
            << QStringLiteral("--from is not used with --export roster");
        QTest::newRow("payroll without week")
            << QStringList{QStringLiteral("--export"), QStringLiteral("payroll"), QStringLiteral("--out"),
                           QStringLiteral("x.csv")}
            << QStringLiteral("--export payroll needs --week");
        QTest::newRow("payroll with a period")
            << (QStringList{QStringLiteral("--export"), QStringLiteral("payroll"), QStringLiteral("--week"),
                            QStringLiteral("2026-W50"), QStringLiteral("--out"), QStringLiteral("x.csv"),
                            QStringLiteral("--to"), QStringLiteral("2026-12-13")})
            << QStringLiteral("--to is not used with --export payroll");
        QTest::newRow("roster bad week")
            << QStringList{QStringLiteral("--export"), QStringLiteral("roster"), QStringLiteral("--week"),
                           QStringLiteral("2026-50"),  QStringLiteral("--out"),  QStringLiteral("week.csv")}
            << QStringLiteral("not an ISO week");
        QTest::newRow("roster into a folder")
            << QStringList{QStringLiteral("--export"), QStringLiteral("roster"), QStringLiteral("--week"),
                           QStringLiteral("2026-W50"), QStringLiteral("--out"),  out}
            << QStringLiteral("is a folder");
        QTest::newRow("week without roster")
            << (QStringList{QStringLiteral("--export"), QStringLiteral("z"), QStringLiteral("--week"),
                            QStringLiteral("2026-W50"), QStringLiteral("--out"), out} +
                period)
            << QStringLiteral("--week is only used with --export roster");
        QTest::newRow("backup and restore")
            << QStringList{QStringLiteral("--backup"), QStringLiteral("--restore"), QDir::tempPath()}
            << QStringLiteral("cannot be combined");
        QTest::newRow("backup and serve")
            << QStringList{QStringLiteral("--backup"), QStringLiteral("--serve")}
            << QStringLiteral("cannot be combined");
        QTest::newRow("restore a missing file")
            << QStringList{QStringLiteral("--restore"), QStringLiteral("/nonexistent/moulin.sqlite")}
            << QStringLiteral("--restore: file \"/nonexistent/moulin.sqlite\" not found");
        QTest::newRow("restore without a file")
            << QStringList{QStringLiteral("--restore")} << QStringLiteral("restore");
        QTest::newRow("out alone") << QStringList{QStringLiteral("--out"), out}
                                   << QStringLiteral("--out is only used with --export and --backup");
        QTest::newRow("backup out into a file")
            << QStringList{QStringLiteral("--backup"), QStringLiteral("--out"), QStringLiteral("/etc/passwd")}
            << QStringLiteral("is not a folder");
        QTest::newRow("backup with a period") << (QStringList{QStringLiteral("--backup")} + period)
                                              << QStringLiteral("--from is only used with --export");
        QTest::newRow("missing out") << (QStringList{QStringLiteral("--export"), QStringLiteral("fec")} +
                                         period)
                                     << QStringLiteral("--out");
        QTest::newRow("missing from")
            << QStringList{QStringLiteral("--export"),   QStringLiteral("z"),     QStringLiteral("--to"),
                           QStringLiteral("2025-01-31"), QStringLiteral("--out"), out}
            << QStringLiteral("--from");
        QTest::newRow("bad date") << QStringList{QStringLiteral("--export"), QStringLiteral("z"),
                                                 QStringLiteral("--from"),   QStringLiteral("2025-02-30"),
                                                 QStringLiteral("--to"),     QStringLiteral("2025-03-01"),
                                                 QStringLiteral("--out"),    out}
                                  << QStringLiteral("2025-02-30");
        QTest::newRow("french date") << QStringList{QStringLiteral("--export"), QStringLiteral("z"),
                                                    QStringLiteral("--from"),   QStringLiteral("01/02/2025"),
                                                    QStringLiteral("--to"),     QStringLiteral("2025-03-01"),
                                                    QStringLiteral("--out"),    out}
                                     << QStringLiteral("YYYY-MM-DD");
        QTest::newRow("from after to")
            << QStringList{QStringLiteral("--export"), QStringLiteral("fec"),
                           QStringLiteral("--from"),   QStringLiteral("2025-03-02"),
                           QStringLiteral("--to"),     QStringLiteral("2025-03-01"),
                           QStringLiteral("--out"),    out}
            << QStringLiteral("after");
        QTest::newRow("fiscal year ends before to")
            << (fec + QStringList{QStringLiteral("--fiscal-year-end"), QStringLiteral("2024-12-31")})
            << QStringLiteral("--fiscal-year-end");
        QTest::newRow("siren for z") << (QStringList{QStringLiteral("--export"), QStringLiteral("z")} +
                                         period +
                                         QStringList{QStringLiteral("--out"), out, QStringLiteral("--siren"),
                                                     QStringLiteral("732829320")})
                                     << QStringLiteral("--export fec");
        QTest::newRow("empty siren") << (fec + QStringList{QStringLiteral("--siren"), QStringLiteral(" ")})
                                     << QStringLiteral("--siren");
        QTest::newRow("out is a file")
            << (QStringList{QStringLiteral("--export"), QStringLiteral("fec")} + period +
                QStringList{QStringLiteral("--out"), QStringLiteral("/etc/hostname")})
            << QStringLiteral("/etc/hostname");
        QTest::newRow("from without export")
            << QStringList{QStringLiteral("--from"), QStringLiteral("2025-01-01")}
            << QStringLiteral("--export");
        QTest::newRow("out without export")
            << QStringList{QStringLiteral("--out"), out} << QStringLiteral("--export");
        QTest::newRow("import with export")
            << (fec + QStringList{QStringLiteral("--import-config"), QStringLiteral("/etc/hostname")})
            << QStringLiteral("--import-config");
        QTest::newRow("serve and sync-now")
            << QStringList{QStringLiteral("--serve"), QStringLiteral("--sync-now")}
            << QStringLiteral("--serve, --sign-in, --export, --backup and --restore cannot be combined");
        QTest::newRow("serve and export")
            << (fec + QStringList{QStringLiteral("--serve")}) << QStringLiteral("cannot be combined");
        QTest::newRow("serve and sign-in")
            << QStringList{QStringLiteral("--serve"), QStringLiteral("--sign-in"),
                           QStringLiteral("lightspeed")}
            << QStringLiteral("cannot be combined");
        QTest::newRow("serve with connector")
            << QStringList{QStringLiteral("--serve"), QStringLiteral("--connector"),
                           QStringLiteral("lightspeed")}
            << QStringLiteral("--connector is only used with --sync-now");
        QTest::newRow("serve with import")
            << QStringList{QStringLiteral("--serve"), QStringLiteral("--import-config"),
                           QStringLiteral("/etc/hostname")}
            << QStringLiteral("--import-config cannot be combined with --serve");
    }

    void serve()
    {
        const auto r = parseCommandLine({QStringLiteral("moulin"), QStringLiteral("--serve"),
                                         QStringLiteral("--demo"), QStringLiteral("--data-dir"),
                                         QDir::tempPath(), QStringLiteral("--lang"), QStringLiteral("fr")});
        QCOMPARE(r.action, CommandLineResult::Action::Run);
        QVERIFY(r.options.serve);
        QVERIFY(r.options.demo);
        QVERIFY(r.options.isHeadless());
        QVERIFY(!r.options.syncNow);
        QCOMPARE(r.options.dataDir, QDir::tempPath());
        QVERIFY(!parseCommandLine({QStringLiteral("moulin"), QStringLiteral("--demo")}).options.serve);
    }

    void headlessErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        args.prepend(QStringLiteral("moulin"));
        const auto r = parseCommandLine(args);
        QCOMPARE(r.action, CommandLineResult::Action::Error);
        QVERIFY2(r.text.contains(expected), qPrintable(r.text));
    }

    void helpAndVersion()
    {
        const auto help = parseCommandLine({QStringLiteral("moulin"), QStringLiteral("--help")});
        QCOMPARE(help.action, CommandLineResult::Action::ShowHelp);
        QVERIFY(help.text.contains(QStringLiteral("--data-dir")));
        QVERIFY(help.text.contains(QStringLiteral("--import-config")));
        // Named "moulin", not after the path or "<executable_name>".
        QVERIFY2(help.text.startsWith(QStringLiteral("Usage: moulin [options]\n")), qPrintable(help.text));
        QVERIFY(!help.text.contains(QStringLiteral("<executable_name>")));
        QVERIFY(!help.text.contains(QCoreApplication::applicationFilePath()));
        for (const char* option :
             {"--sign-in <id>", "--timeout <seconds>", "--no-browser", "--export <kind>", "--from <date>",
              "--to <date>", "--siren <n>", "--fiscal-year-end <date>", "--out <dir>", "moulin --export fec",
              "moulin --export z", "moulin --sign-in ID", "--serve", "moulin --serve [--demo]"})
            QVERIFY2(help.text.contains(QLatin1String(option)), option);
        const auto version = parseCommandLine({QStringLiteral("moulin"), QStringLiteral("--version")});
        QCOMPARE(version.action, CommandLineResult::Action::ShowVersion);
        QVERIFY(version.text.startsWith(QStringLiteral("Moulin 0.")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
