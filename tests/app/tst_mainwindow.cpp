#include "common/core/apppaths.h"
#include "common/core/backups.h"
#include "common/core/connectorsettings.h"
#include "common/core/database.h"
#include "common/core/footfallsources.h"
#include "common/core/readinterfaces.h"
#include "common/ui/settingsdialog.h"
#include "common/ui/settingssection.h"
#include "mainwindow.h"
#include "moulinapplication.h"
#include "pos/connectors/lightspeed/sandboxlightspeed.h"
#include "pos/ui/posarea.h"
#include "sandbox/core/sandboxserver.h"
#include "testsupport.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QTreeWidget>

using namespace Moulin;

namespace {
QStringList tabLabels(const MainWindow* window)
{
    QStringList labels;
    for (int i = 0; i < window->tabs()->count(); ++i)
        labels.append(window->tabs()->tabText(i).remove(QLatin1Char('&')));
    return labels;
}

QStringList menuLabels(const QMenu* menu)
{
    QStringList labels;
    const auto actions = menu->actions();
    for (const QAction* a : actions) {
        if (!a->isSeparator())
            labels.append(a->text().remove(QLatin1Char('&')));
    }
    return labels;
}

// A configured connector, so Moulin opens the restaurant's real database
// (moulin.sqlite) instead of demo mode's.
void configureOneConnector(const QString& dataDir)
{
    AppPaths::setDataDir(dataDir);
    ConnectorConfig brevo; // the tests using it stop before any sync
    brevo.typeKey = QStringLiteral("crm_type");
    brevo.typeName = QStringLiteral("Brevo");
    brevo.connectorId = QStringLiteral("brevo");
    brevo.apiUrl = QUrl(QStringLiteral("https://api.brevo.com/v3/"));
    brevo.storeId = QStringLiteral("42");
    brevo.authMethod = QStringLiteral("none");
    if (!ConnectorSettings::save(brevo))
        qFatal("cannot save settings");
}

/// An area with work not saved: says whether the window may close.
class HoldingArea final : public Area
{
public:
    QString id() const override { return QStringLiteral("holding"); }
    void registerConnectors() override {}
    bool maybeClose(QWidget* window) override
    {
        ++asked;
        askedOver = window;
        return allow;
    }
    bool allow = false;
    int asked = 0;
    QWidget* askedOver = nullptr;
};

CommandLineOptions options(const QString& lang, const QString& dataDir, bool demo = false)
{
    CommandLineOptions o;
    o.language = lang;
    o.dataDir = dataDir;
    o.demo = demo;
    return o;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void frenchLabels()
    {
        MoulinApplication app(options(QStringLiteral("fr"), Test::freshDataDir(QStringLiteral("mw-fr"))));
        QVERIFY(app.start(false));
        const MainWindow* w = app.mainWindow();
        QCOMPARE(w->tabs()->count(), 8);
        QCOMPARE(tabLabels(w), (QStringList{QStringLiteral("Ventes"), QStringLiteral("Fournisseurs"),
                                            QStringLiteral("Réservations"), QStringLiteral("Plan de salle"),
                                            QStringLiteral("Service"), QStringLiteral("Clients"),
                                            QStringLiteral("Plannings"), QStringLiteral("Intégrations")}));
        const auto menus = w->menuBar()->actions();
        QCOMPARE(menus.size(), 2);
        QCOMPARE(menus.at(0)->text().remove(QLatin1Char('&')), QStringLiteral("Fichier"));
        QCOMPARE(menuLabels(menus.at(0)->menu()),
                 (QStringList{QStringLiteral("Paramètres…"), QStringLiteral("Importer une configuration…"),
                              QStringLiteral("Sauvegardes…"), QStringLiteral("Export comptable (FEC)…"),
                              QStringLiteral("Quitter")}));
        QCOMPARE(menus.at(1)->text().remove(QLatin1Char('&')), QStringLiteral("Aide"));
        QCOMPARE(menuLabels(menus.at(1)->menu()), QStringList{QStringLiteral("À propos de Moulin")});
        QVERIFY(app.isDemo()); // nothing configured: demo mode on the sandbox
        QVERIFY(w->connectionSummaryLabel()->text().startsWith(QStringLiteral("Bac à sable intégré")));
        QCOMPARE(QLocale().language(), QLocale::French);
    }

    void englishLabels()
    {
        MoulinApplication app(options(QStringLiteral("en"), Test::freshDataDir(QStringLiteral("mw-en"))));
        QVERIFY(app.start(false));
        QCOMPARE(
            tabLabels(app.mainWindow()),
            (QStringList{QStringLiteral("Sales"), QStringLiteral("Suppliers"), QStringLiteral("Reservations"),
                         QStringLiteral("Floor plan"), QStringLiteral("Service"), QStringLiteral("Customers"),
                         QStringLiteral("Rosters"), QStringLiteral("Integrations")}));
        const auto menus = app.mainWindow()->menuBar()->actions();
        QCOMPARE(menuLabels(menus.at(0)->menu()),
                 (QStringList{QStringLiteral("Settings…"), QStringLiteral("Import a configuration…"),
                              QStringLiteral("Backups…"), QStringLiteral("Accounting export (FEC)…"),
                              QStringLiteral("Quit")}));
    }

    void areasLendTheirFootfall()
    {
        // The sales and reservation areas register their read interfaces
        // (the covers forecast reads the till and the book through them).
        MoulinApplication app(
            options(QStringLiteral("en"), Test::freshDataDir(QStringLiteral("mw-footfall"))));
        QVERIFY(app.start(false));
        QVERIFY(ReadInterfaces::get<CoversHistorySource>());
        QVERIFY(ReadInterfaces::get<BookingsSource>());
    }

    void statusBar()
    {
        MoulinApplication app(options(QStringLiteral("en"), Test::freshDataDir(QStringLiteral("mw-status"))));
        QVERIFY(app.start(true));
        MainWindow* w = app.mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QVERIFY(w->statusBar()->isVisible());
        QVERIFY(w->connectionSummaryLabel()->isVisible());
        QVERIFY(!w->connectionSummaryLabel()->text().isEmpty());
        // (Demo mode is syncing the sandbox in the background meanwhile.)
        w->setSyncProgress(2, 5);
        QVERIFY(w->syncProgressBar()->isVisible());
        QCOMPARE(w->syncProgressBar()->value(), 2);
        QCOMPARE(w->syncProgressBar()->maximum(), 5);
        w->setSyncProgress(5, 5);
        QVERIFY(!w->syncProgressBar()->isVisible());
    }

    void geometryAndTabRestored()
    {
        const QString dir = Test::freshDataDir(QStringLiteral("mw-geometry"));
        QRect saved;
        {
            MoulinApplication app(options(QStringLiteral("en"), dir));
            QVERIFY(app.start(true));
            MainWindow* w = app.mainWindow();
            QVERIFY(QTest::qWaitForWindowExposed(w));
            w->resize(1001, 701);
            w->move(40, 30);
            w->tabs()->setCurrentIndex(w->tabIndex(QStringLiteral("customersTab")));
            QTRY_COMPARE(w->size(), QSize(1001, 701));
            saved = w->geometry();
            QVERIFY(w->close());
        }
        MoulinApplication app(options(QStringLiteral("en"), dir));
        QVERIFY(app.start(true));
        MainWindow* w = app.mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QCOMPARE(w->size(), saved.size());
        QCOMPARE(w->tabs()->currentIndex(), w->tabIndex(QStringLiteral("customersTab")));
    }

    void areasAreAskedBeforeClosing()
    {
        AppPaths::setDataDir(Test::freshDataDir(QStringLiteral("mw-maybeclose")));
        AreaList areas;
        auto holding = std::make_unique<HoldingArea>();
        HoldingArea* area = holding.get();
        areas.push_back(std::move(holding));
        MainWindow w(areas, nullptr);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!w.close()); // the area said no (the user cancelled)
        QCOMPARE(area->asked, 1);
        QCOMPARE(area->askedOver, &w);
        QVERIFY(w.isVisible());
        area->allow = true;
        QVERIFY(w.close());
        QCOMPARE(area->asked, 2);
        QVERIFY(!w.isVisible());
    }

    void keyboardNavigation()
    {
        MoulinApplication app(options(QStringLiteral("en"), Test::freshDataDir(QStringLiteral("mw-keys"))));
        QVERIFY(app.start(true));
        MainWindow* w = app.mainWindow();
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w));
        QTest::keyClick(w, Qt::Key_3, Qt::AltModifier);
        QCOMPARE(w->tabs()->currentIndex(), w->tabIndex(QStringLiteral("reservationsTab")));
        QTest::keyClick(w, Qt::Key_4, Qt::AltModifier);
        QCOMPARE(w->tabs()->currentIndex(), w->tabIndex(QStringLiteral("floorPlanTab")));
        QTest::keyClick(w, Qt::Key_5, Qt::AltModifier);
        QCOMPARE(w->tabs()->currentIndex(), w->tabIndex(QStringLiteral("serviceTab")));
        QTest::keyClick(w, Qt::Key_8, Qt::AltModifier);
        QCOMPARE(w->tabs()->currentIndex(), w->tabIndex(QStringLiteral("integrationsTab")));
        // Ctrl+Tab cycles back to the first tab.
        QTest::keyClick(w->tabs(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(w->tabs()->currentIndex(), w->tabIndex(QStringLiteral("salesTab")));
    }

    void corruptDatabaseStopsStartupUntouched()
    {
        const QString dir = Test::freshDataDir(QStringLiteral("mw-corrupt"));
        configureOneConnector(dir);
        const QByteArray garbage =
            QByteArray("this is not a database, but the owner's only copy\n").repeated(200);
        QVERIFY(Test::writeFile(QDir(dir).filePath(QStringLiteral("moulin.sqlite")), garbage));
        MoulinApplication app(options(QStringLiteral("en"), dir));
        QTest::ignoreMessage(QtCriticalMsg,
                             QRegularExpression(QStringLiteral("Cannot open the local database.*")));
        QVERIFY(!app.start(false));
        QFile f(QDir(dir).filePath(QStringLiteral("moulin.sqlite")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), garbage);
    }

    void newerDatabaseRefused()
    {
        const QString dir = Test::freshDataDir(QStringLiteral("mw-newer"));
        configureOneConnector(dir);
        const QString path = QDir(dir).filePath(QStringLiteral("moulin.sqlite"));
        QVERIFY(Database::openAndMigrate(path).ok());
        {
            QSqlQuery q(Database::connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestVersion() + 1)));
            Database::closeConnection();
        }
        QFile before(path);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray bytes = before.readAll();
        before.close();

        MoulinApplication app(options(QStringLiteral("en"), dir));
        QTest::ignoreMessage(QtCriticalMsg,
                             QRegularExpression(QStringLiteral("Cannot open the local database.*")));
        QVERIFY(!app.start(false));
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), bytes);
    }

    void logFileWritten()
    {
        const QString dir = Test::freshDataDir(QStringLiteral("mw-log"));
        {
            MoulinApplication app(options(QStringLiteral("en"), dir));
            QVERIFY(app.start(false));
            qWarning("Authorization: Bearer %s", Test::testSecret(QStringLiteral("bearer")).constData());
        }
        QFile log(QDir(dir).filePath(QStringLiteral("logs/moulin.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray content = log.readAll();
        QVERIFY(content.contains("Moulin 0."));
        QVERIFY(content.contains("Authorization: [REDACTED]"));
        QVERIFY(!content.contains(Test::kSecretMarker));
    }

    void salesEmptyStateStartsLightspeedSetup()
    {
        MoulinApplication app(options(QStringLiteral("en"), Test::freshDataDir(QStringLiteral("mw-setup"))));
        QVERIFY(app.start(true));
        QWidget* sales =
            app.mainWindow()->tabs()->widget(app.mainWindow()->tabIndex(QStringLiteral("salesTab")));
        QVERIFY(QMetaObject::invokeMethod(sales, "settingsRequested"));
        auto* dialog = app.mainWindow()->findChild<SettingsDialog*>(QStringLiteral("settingsDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->currentConnectorId(), QStringLiteral("lightspeed"));
        dialog->reject();
    }

    void aBackupIsRestoredAtTheNextStart()
    {
        const QString dir = Test::freshDataDir(QStringLiteral("mw-backup"));
        configureOneConnector(dir); // the restaurant's database, not the demo's
        const int expiry = QThreadPool::globalInstance()->expiryTimeout();
        QThreadPool::globalInstance()->setExpiryTimeout(200);
        QString backup;
        {
            MoulinApplication app(options(QStringLiteral("en"), dir));
            QVERIFY(app.start(true));
            QVERIFY(!app.isDemo());
            QVERIFY(
                Test::exec(QStringLiteral("INSERT INTO app_meta(key, value) VALUES ('test-before', 'v')")));

            // File ▸ Backups… opens the section.
            auto* action = app.mainWindow()->findChild<QAction*>(QStringLiteral("backupsAction"));
            QVERIFY(action);
            action->trigger();
            auto* dialog = app.mainWindow()->findChild<SettingsDialog*>(QStringLiteral("settingsDialog"));
            QVERIFY(dialog);
            QTRY_VERIFY(dialog->isVisible());
            QVERIFY(dialog->currentSection());
            QCOMPARE(dialog->currentSection()->objectName(), QStringLiteral("backupSection"));
            auto* list = dialog->findChild<QTreeWidget*>(QStringLiteral("backupList"));
            auto* now = dialog->findChild<QPushButton*>(QStringLiteral("backupNow"));
            auto* restore = dialog->findChild<QPushButton*>(QStringLiteral("backupRestore"));
            auto* result = dialog->findChild<QLabel*>(QStringLiteral("backupResult"));
            QVERIFY(list && now && restore && result);
            QCOMPARE(list->topLevelItemCount(), 0);
            QVERIFY(!restore->isEnabled());

            QTest::mouseClick(now, Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 1, 20000);
            QVERIFY2(result->text().startsWith(QLatin1String("Backup written")), qPrintable(result->text()));
            if (const QString shots = qEnvironmentVariable("MOULIN_SHOT_DIR"); !shots.isEmpty())
                dialog->grab().save(QDir(shots).filePath(QStringLiteral("backup-section.png")));
            QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Asked for"));
            backup = list->topLevelItem(0)->toolTip(0);
            QVERIFY(QFileInfo::exists(backup));
            QVERIFY(
                Test::exec(QStringLiteral("INSERT INTO app_meta(key, value) VALUES ('test-after', 'v')")));

            // Restore: asked first, then Moulin starts again (recorded here).
            int restarts = 0;
            app.setRestartHandler([&restarts] {
                ++restarts;
                return true;
            });
            list->setCurrentItem(list->topLevelItem(0));
            QVERIFY(restore->isEnabled());
            bool asked = false;
            QTimer answer;
            connect(&answer, &QTimer::timeout, &answer, [&] {
                auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                if (!box || box->objectName() != QLatin1String("restoreConfirm"))
                    return;
                asked = box->informativeText().contains(QLatin1String("nothing is lost"));
                if (auto* go = box->findChild<QPushButton*>(QStringLiteral("restoreGo")))
                    go->click();
            });
            answer.start(50);
            QTest::mouseClick(restore, Qt::LeftButton);
            answer.stop();
            QVERIFY(asked);
            QCOMPARE(restarts, 1);
            QCOMPARE(QDir::toNativeSeparators(Backups::pendingFile(Database::path())), backup);
            dialog->reject();
        }

        // The next start runs on the backup; the database it replaced is kept.
        // In its own process the window's pool threads, each with its
        // connection, are gone; here they stay until they expire.
        QThreadPool::globalInstance()->waitForDone();
        QTRY_VERIFY_WITH_TIMEOUT(!Backups::inUse(QDir(dir).filePath(QStringLiteral("moulin.sqlite"))), 10000);
        QThreadPool::globalInstance()->setExpiryTimeout(expiry);
        MoulinApplication again(options(QStringLiteral("en"), dir));
        QVERIFY(again.start(false));
        QVERIFY2(again.restoreReport().startsWith(QLatin1String("Restored")),
                 qPrintable(again.restoreReport()));
        QCOMPARE(
            Test::scalar(QStringLiteral("SELECT count(*) FROM app_meta WHERE key = 'test-before'")).toInt(),
            1);
        QCOMPARE(
            Test::scalar(QStringLiteral("SELECT count(*) FROM app_meta WHERE key = 'test-after'")).toInt(),
            0);
        const QStringList kept =
            QDir(Backups::directory()).entryList({QStringLiteral("moulin-avant-restauration-*")});
        QCOMPARE(kept.size(), 1);
        QVERIFY(again.restoreReport().contains(kept.constFirst()));
        QVERIFY(Backups::pendingFile(Database::path()).isEmpty());
    }

    void accountingSettingsOpenOnTheirSection()
    {
        MoulinApplication app(
            options(QStringLiteral("en"), Test::freshDataDir(QStringLiteral("mw-accounting"))));
        QVERIFY(app.start(true));
        app.openSettingsSection(PosArea::accountingSectionTitle());
        auto* dialog = app.mainWindow()->findChild<SettingsDialog*>(QStringLiteral("settingsDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->currentSection());
        QCOMPARE(dialog->currentSection()->objectName(), QStringLiteral("accountingSettingsPage"));
        dialog->reject();
    }

    void lightspeedLocationsAreOffered()
    {
        // Demo mode runs the sandbox, which serves Lightspeed's /f/data/businesses.
        MoulinApplication app(
            options(QStringLiteral("en"), Test::freshDataDir(QStringLiteral("mw-locations"))));
        QVERIFY(app.start(true));
        app.openSettings(QStringLiteral("lightspeed"));
        auto* dialog = app.mainWindow()->findChild<SettingsDialog*>(QStringLiteral("settingsDialog"));
        QVERIFY(dialog);
        auto* apiUrl = dialog->findChild<QLineEdit*>(QStringLiteral("apiUrlEdit"));
        auto* storeId = dialog->findChild<QLineEdit*>(QStringLiteral("storeIdEdit"));
        auto* find = dialog->findChild<QPushButton*>(QStringLiteral("findStoresButton"));
        auto* choices = dialog->findChild<QComboBox*>(QStringLiteral("storeChoices"));
        QVERIFY(apiUrl && storeId && find && choices);
        QTRY_VERIFY(find->isVisible());
        apiUrl->setText(app.sandbox()->baseUrl().toString());
        QTest::mouseClick(find, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(choices->count() >= 1, 10000);
        QVERIFY(choices->isVisible());
        QCOMPARE(storeId->text(), SandboxLightspeed::businessLocationId());
        QVERIFY(choices->itemText(0).contains(SandboxLightspeed::businessLocationId()));
        dialog->reject();
    }

    void demoImportNoticeWhileBackfilling()
    {
        MoulinApplication app(options(QStringLiteral("en"), Test::freshDataDir(QStringLiteral("mw-notice"))));
        QVERIFY(app.start(true));
        auto* notice = app.mainWindow()->findChild<QLabel*>(QStringLiteral("importNotice"));
        QVERIFY(notice);
        // The demo restaurant's two-year history starts importing at once: the
        // Sales tab says how far it got, so a half-imported month is not read
        // as a drop in turnover.
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 15000);
        QVERIFY2(notice->text().contains(QStringLiteral("history")), qPrintable(notice->text()));
    }

    void demoMode()
    {
        MoulinApplication app(
            options(QStringLiteral("fr"), Test::freshDataDir(QStringLiteral("mw-demo")), /*demo=*/true));
        QVERIFY(app.start(false));
        QVERIFY(app.isDemo());
        QVERIFY(app.sandbox());
        QVERIFY(app.sandbox()->port() > 0);
        const auto badge = app.mainWindow()->findChild<QLabel*>(QStringLiteral("modeBadge"));
        QVERIFY(badge);
        QCOMPARE(badge->text(), QStringLiteral("Mode démo"));
        // Demonstration sales never land in the restaurant's own database.
        QVERIFY(Database::path().endsWith(QStringLiteral("/moulin-demo.sqlite")));
        QVERIFY(app.mainWindow()->connectionSummaryLabel()->text().contains(
            QString::number(app.sandbox()->port())));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
