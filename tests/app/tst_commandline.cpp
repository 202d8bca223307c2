#include "commandline.h"

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

    void helpAndVersion()
    {
        const auto help = parseCommandLine({QStringLiteral("moulin"), QStringLiteral("--help")});
        QCOMPARE(help.action, CommandLineResult::Action::ShowHelp);
        QVERIFY(help.text.contains(QStringLiteral("--data-dir")));
        QVERIFY(help.text.contains(QStringLiteral("--import-config")));
        const auto version = parseCommandLine({QStringLiteral("moulin"), QStringLiteral("--version")});
        QCOMPARE(version.action, CommandLineResult::Action::ShowVersion);
        QVERIFY(version.text.startsWith(QStringLiteral("Moulin 0.")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
