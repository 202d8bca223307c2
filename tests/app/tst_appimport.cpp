// Import from the application: --import-config and the File menu path end in
// MoulinApplication::importConfig; success leaves the implicit demo mode,
// failure changes nothing and names the field.
#include "common/core/apppaths.h"
#include "common/core/connectorsettings.h"
#include "mainwindow.h"
#include "monitoring/ui/connectionstatusmodel.h"
#include "monitoring/ui/integrationstab.h"
#include "moulinapplication.h"
#include "testsupport.h"

#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Moulin;

namespace {
QByteArray seedWithTestSecret()
{
    QByteArray json = Test::seedConfig();
    json.replace("YOUR_CLIENT_SECRET", Test::testSecret(QStringLiteral("appimport")));
    return json;
}

CommandLineOptions options(const QString& dataDir, const QString& importPath)
{
    CommandLineOptions o;
    o.language = QStringLiteral("en");
    o.dataDir = dataDir;
    o.importConfig = importPath;
    return o;
}
} // namespace

class TestAppImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importAtStartupLeavesDemo()
    {
        const QString dir = Test::freshDataDir(QStringLiteral("appimport-ok"));
        // The input file holds a secret: keep it outside the scanned test root.
        QTemporaryDir input;
        const QString path = QDir(input.path()).filePath(QStringLiteral("pos.json"));
        QVERIFY(Test::writeFile(path, seedWithTestSecret()));
        MoulinApplication app(options(dir, path));
        QSignalSpy spy(&app, &MoulinApplication::importFinished);
        QVERIFY(app.start(false));
        QVERIFY(app.isDemo()); // nothing configured yet
        QVERIFY(spy.wait(10000));
        QCOMPARE(spy.at(0).at(0).toBool(), true);
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("lightspeed"));
        QVERIFY(!app.isDemo());
        QCOMPARE(ConnectorSettings::configuredIds(), QStringList{QStringLiteral("lightspeed")});
        // The Integrations tab lists it; the status bar no longer speaks of the sandbox.
        QCOMPARE(app.mainWindow()->integrationsTab()->model()->rowCount(), 1);
        QVERIFY(!app.mainWindow()->connectionSummaryLabel()->text().contains(QStringLiteral("sandbox")));
    }

    void badFileChangesNothing()
    {
        const QString dir = Test::freshDataDir(QStringLiteral("appimport-bad"));
        QByteArray json = seedWithTestSecret();
        json.replace("\"interval_minutes\": 60", "\"interval_minutes\": 0");
        QTemporaryDir input;
        const QString path = QDir(input.path()).filePath(QStringLiteral("pos.json"));
        QVERIFY(Test::writeFile(path, json));
        MoulinApplication app(options(dir, path));
        QSignalSpy spy(&app, &MoulinApplication::importFinished);
        QVERIFY(app.start(false));
        QVERIFY(spy.wait(10000));
        QCOMPARE(spy.at(0).at(0).toBool(), false);
        const QStringList problems = spy.at(0).at(2).toStringList();
        QVERIFY(!problems.isEmpty());
        QVERIFY2(problems.join(QLatin1Char('\n'))
                     .contains(QStringLiteral("sync_settings.menu_items.interval_minutes")),
                 qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(ConnectorSettings::configuredIds().isEmpty());
        QVERIFY(app.isDemo());
    }
};

QTEST_MAIN(TestAppImport)
#include "tst_appimport.moc"
