#include "moulinapplication.h"

#include "areas.h"
#include "common/auth/authenticator.h"
#include "common/core/appinfo.h"
#include "common/core/apppaths.h"
#include "common/core/backups.h"
#include "common/core/configimporter.h"
#include "common/core/connectorcatalog.h"
#include "common/core/connectorsettings.h"
#include "common/core/credentialstore.h"
#include "common/core/database.h"
#include "common/core/logfile.h"
#include "common/net/httpclient.h"
#include "common/net/redaction.h"
#include "common/runtime/connectormodule.h"
#include "common/runtime/connectorruntime.h"
#include "common/sync/syncengine.h"
#include "common/ui/backupsection.h"
#include "common/ui/settingsdialog.h"
#include "mainwindow.h"
#include "monitoring/core/connectionstatus.h"
#include "monitoring/ui/integrationstab.h"
#include "sandbox/core/sandboxserver.h"

#include <QApplication>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QSettings>
#include <QStatusBar>

#include <climits>

namespace Moulin {

MoulinApplication::MoulinApplication(CommandLineOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

MoulinApplication::~MoulinApplication()
{
    stopRuntime();
    m_window.reset();
    Database::closeConnection();
    LogFile::uninstall();
}

bool MoulinApplication::hasConfiguredConnectors()
{
    return !ConnectorSettings::configuredIds().isEmpty();
}

void MoulinApplication::startRuntime()
{
    m_runtime = new ConnectorRuntime(m_credentials, this);
    connect(m_runtime, &ConnectorRuntime::statusChanged, this, &MoulinApplication::scheduleStatusRefresh);
    connect(m_runtime, &ConnectorRuntime::progress, m_window.get(), [this](qint64 done, qint64 total) {
        m_window->setSyncProgress(static_cast<int>(std::min<qint64>(done, INT_MAX)),
                                  static_cast<int>(std::min<qint64>(total, INT_MAX)), m_runtime->isBusy());
    });
    connect(m_runtime, &ConnectorRuntime::busyChanged, m_window.get(), [this](bool busy) {
        if (!busy)
            m_window->setSyncProgress(0, 0, false);
    });
    connect(m_runtime, &ConnectorRuntime::feedFinished, this, [this](const FeedRunSummary& summary) {
        if (summary.ok)
            return; // the Ventes tab was told page by page (pageStored)
        const auto type = ConnectorCatalog::byId(summary.connector);
        m_window->statusBar()->showMessage(tr("%1 — %2: %3")
                                               .arg(type ? type->displayName : summary.connector,
                                                    ConnectorCatalog::feedLabel(summary.feed), summary.error),
                                           15000);
    });
    // Live updates reach the areas through their own attach(); the import
    // notices and the Intégrations tab read the database (coalesced).
    connect(m_runtime, &ConnectorRuntime::pageStored, this, &MoulinApplication::scheduleStatusRefresh);
    connect(m_runtime, &ConnectorRuntime::message, this,
            [this](const QString& text) { m_window->statusBar()->showMessage(text, 15000); });
    connect(m_runtime, &ConnectorRuntime::authorizeWithBrowser, this, [this](const QUrl& url) {
        if (!QDesktopServices::openUrl(url))
            m_window->statusBar()->showMessage(
                tr("Could not open a browser. Open this address to sign in: %1").arg(url.toString()));
    });

    // Demo mode: every connector module that has a sandbox emulation, on the
    // built-in sandbox, kept out of the settings so it goes with demo mode.
    if (m_demo && m_sandbox)
        m_runtime->setAdditionalConnectors(ConnectorModules::demoConfigs(m_sandbox->baseUrl()));
    m_runtime->reload();
    m_runtime->start();
    for (const auto& area : m_areas)
        area->attach(m_runtime, this);
}

void MoulinApplication::notifyDatabaseChanged()
{
    for (const auto& area : m_areas)
        area->databaseChanged();
}

void MoulinApplication::stopRuntime()
{
    // The areas first: their workers finish their queued jobs while the
    // runtime their writers use still exists.
    for (const auto& area : m_areas)
        area->detach();
    delete m_runtime;
    m_runtime = nullptr;
}

bool MoulinApplication::openDatabase()
{
    const DatabaseOpenResult db = Database::openAndMigrate(AppPaths::databasePath());
    if (!db.ok()) {
        showFatal(tr("Cannot open the local database"), db.message);
        return false;
    }
    if (db.previousVersion != db.currentVersion)
        qInfo("Local database migrated from schema %d to %d", db.previousVersion, db.currentVersion);
    return true;
}

void MoulinApplication::scheduleStatusRefresh()
{
    if (!m_statusTimer->isActive())
        m_statusTimer->start();
}

bool MoulinApplication::start(bool showWindow)
{
    m_interactive = showWindow;
    AppPaths::setDataDir(m_options.dataDir);
    m_language.apply(m_options.language.isEmpty() ? LanguageManager::systemLanguage() : m_options.language);
    LogFile::install(AppPaths::logDir(), [](const QString& line) { return Redact::text(line); });
    qInfo("Moulin %s starting, data in %s", qUtf8Printable(appVersion()),
          qUtf8Printable(AppPaths::dataDir()));
    m_areas = createAreas();
    for (const auto& area : m_areas)
        area->registerConnectors();

    // With nothing configured, Moulin opens on the built-in sandbox so the
    // restaurant can explore every tab before connecting anything real; demo
    // data lives in its own database.
    m_demo = m_options.demo || !hasConfiguredConnectors();
    AppPaths::setDemoDatabase(m_demo);

    // A restore asked for from Settings ▸ Backups happens before anything
    // opens the database (the window that asked could not swap it).
    applyPendingRestore();

    // The local cache comes first: a database from a newer Moulin or a damaged
    // file stops start-up with an explanation, and the file is left untouched.
    if (!openDatabase())
        return false;

    // The daily backup, off the GUI thread (not of the demo's database).
    m_backups = new BackupScheduler(this);
    connect(m_backups, &BackupScheduler::finished, this, &MoulinApplication::onBackupFinished);
    if (!m_demo)
        m_backups->start();

    m_credentials = new CredentialStore(this);
    m_importer = new ConfigImporter(m_credentials, this);
    connect(m_importer, &ConfigImporter::finished, this, &MoulinApplication::onImportFinished);

    m_window = std::make_unique<MainWindow>(m_areas, this);
    connect(m_window.get(), &MainWindow::aboutRequested, this, &MoulinApplication::showAbout);
    connect(m_window.get(), &MainWindow::settingsRequested, this, [this] { openSettings(); });
    connect(m_window.get(), &MainWindow::connectorSetupRequested, this, &MoulinApplication::openSettings);
    connect(m_window.get(), &MainWindow::importConfigRequested, this,
            &MoulinApplication::chooseAndImportConfig);
    connect(m_window.get(), &MainWindow::backupsRequested, this,
            [this] { openSettingsSection(backupsSectionTitle()); });
    IntegrationsTab* integrations = m_window->integrationsTab();
    connect(integrations, &IntegrationsTab::alertsChanged, m_window.get(),
            &MainWindow::setIntegrationsAlertCount);
    connect(integrations, &IntegrationsTab::alertRaised, this, [this](const QString& text) {
        m_window->statusBar()->showMessage(text, 30000);
        qWarning("Alert: %s", qUtf8Printable(text));
    });
    connect(integrations, &IntegrationsTab::syncNowRequested, this, [this](const QString& id) {
        if (m_runtime->syncNow(id) == 0)
            m_window->statusBar()->showMessage(tr("Nothing to synchronise: no enabled feed."), 8000);
    });
    connect(integrations, &IntegrationsTab::authorizeRequested, this,
            [this](const QString& id) { m_runtime->authorize(id); });
    m_statusTimer = new QTimer(this);
    m_statusTimer->setSingleShot(true);
    m_statusTimer->setInterval(150);
    connect(m_statusTimer, &QTimer::timeout, this, &MoulinApplication::refreshStatus);

    if (m_demo && !startSandbox())
        return false;
    notifyDatabaseChanged();
    startRuntime();

    refreshStatus();
    m_window->restoreState();
    if (showWindow)
        m_window->show();
    if (!m_options.importConfig.isEmpty())
        importConfig(m_options.importConfig);
    if (!m_restoreReport.isEmpty()) {
        m_window->statusBar()->showMessage(m_restoreReport, 60000);
        if (m_interactive) {
            auto* box = new QMessageBox(m_restoreFailed ? QMessageBox::Warning : QMessageBox::Information,
                                        m_restoreFailed ? tr("Backup not restored") : tr("Backup restored"),
                                        m_restoreReport, QMessageBox::Ok, m_window.get());
            box->setObjectName(QStringLiteral("restoreReportBox"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    }
    return true;
}

QString MoulinApplication::backupsSectionTitle()
{
    return tr("Backups");
}

void MoulinApplication::applyPendingRestore()
{
    const QString databasePath = AppPaths::databasePath();
    const BackupOutcome outcome =
        Backups::applyPending(databasePath, Backups::directory(), QDateTime::currentDateTime());
    if (outcome.path.isEmpty())
        return;
    m_restoreFailed = !outcome.ok;
    m_restoreReport = outcome.message;
    if (outcome.ok)
        qInfo("Backup restored: %s", qUtf8Printable(outcome.message));
    else
        qWarning("Backup not restored: %s", qUtf8Printable(outcome.message));
}

bool MoulinApplication::scheduleRestore(const QString& file, QString* error)
{
    if (!Backups::schedulePending(file, Database::path(), error))
        return false;
    qInfo("Restore of %s scheduled; starting again", qUtf8Printable(file));
    Q_EMIT restoreScheduled(file);
    const bool restarted = m_restart ? m_restart() : [] {
        if (!QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                     QCoreApplication::arguments().mid(1)))
            return false;
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        return true;
    }();
    if (!restarted)
        *error = tr("Moulin could not start again by itself: close it and open it again, the backup will be "
                    "restored then.");
    return restarted;
}

void MoulinApplication::onBackupFinished(const BackupOutcome& outcome, bool automatic)
{
    if (outcome.ok) {
        qInfo("%s", qUtf8Printable(outcome.message));
        if (!automatic)
            m_window->statusBar()->showMessage(outcome.message, 15000);
        return;
    }
    qWarning("Backup failed: %s", qUtf8Printable(outcome.message));
    m_window->statusBar()->showMessage(tr("Backup failed: %1").arg(outcome.message), 60000);
}

void MoulinApplication::chooseAndImportConfig()
{
    const QString path =
        QFileDialog::getOpenFileName(m_window.get(), tr("Import a connector configuration"), QString(),
                                     tr("JSON configuration (*.json);;All files (*)"));
    if (!path.isEmpty())
        importConfig(path);
}

void MoulinApplication::importConfig(const QString& path)
{
    m_importSource = QFileInfo(path).fileName();
    m_window->statusBar()->showMessage(tr("Importing %1…").arg(m_importSource));
    m_importer->importFile(path);
}

void MoulinApplication::onImportFinished(bool ok, const QString& connectorId,
                                         const QList<ConfigIssue>& issues)
{
    QStringList problems;
    for (const ConfigIssue& issue : issues)
        problems.append(issue.message);

    if (ok) {
        const auto type = ConnectorCatalog::byId(connectorId);
        const QString name = type ? type->displayName : connectorId;
        qInfo("Configuration imported for connector %s", qUtf8Printable(connectorId));
        m_window->statusBar()->showMessage(tr("Configuration imported: %1").arg(name), 8000);
        leaveImplicitDemo();
        m_runtime->reload();
        m_runtime->syncNow(connectorId);
        refreshStatus();
    } else {
        qWarning("Configuration import from %s refused: %s", qUtf8Printable(m_importSource),
                 qUtf8Printable(problems.join(QStringLiteral("; "))));
        m_window->statusBar()->showMessage(tr("Import refused: nothing was changed"), 8000);
        if (m_interactive) {
            auto* box =
                new QMessageBox(QMessageBox::Warning, tr("Configuration not imported"),
                                tr("%1 was not imported and nothing was changed:").arg(m_importSource),
                                QMessageBox::Ok, m_window.get());
            box->setObjectName(QStringLiteral("importErrorBox"));
            box->setInformativeText(QStringLiteral("• ") + problems.join(QStringLiteral("\n• ")));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    }
    Q_EMIT importFinished(ok, connectorId, problems);
}

SettingsDialog* MoulinApplication::openSettings(const QString& typeId)
{
    auto* dialog = new SettingsDialog(m_credentials, m_window.get());
    dialog->setObjectName(QStringLiteral("settingsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Connectors that can list the account's stores let the user pick one
    // instead of typing its id (with the signed-in token when there is one).
    for (const auto& module : ConnectorModules::all()) {
        if (!module->canLookupStores())
            continue;
        dialog->setStoreLookup(module->type().id, [this, module](const ConnectorConfig& config,
                                                                 QObject* context,
                                                                 SettingsDialog::StoreLookupDone done) {
            module->lookupStores(config, m_runtime->http(), context,
                                 [done](const QList<StoreChoice>& stores, const QString& error) {
                                     QList<SettingsDialog::StoreOption> options;
                                     for (const StoreChoice& store : stores)
                                         options.append({store.id, store.label});
                                     done(options, error);
                                 });
        });
    }
    for (const auto& area : m_areas)
        area->extendSettings(dialog, m_runtime);
    dialog->addSection(backupsSectionTitle(),
                       new BackupSection(m_backups, [this](const QString& file, QString* error) {
                           return scheduleRestore(file, error);
                       }));
    if (!typeId.isEmpty()) {
        if (ConnectorSettings::configuredIds().contains(typeId))
            dialog->selectConnector(typeId);
        else
            dialog->addConnector(typeId);
    }
    connect(dialog, &SettingsDialog::applied, this, [this](const QStringList& ids) {
        leaveImplicitDemo();
        m_runtime->reload();
        for (const QString& id : ids) {
            if (Authenticator* auth = m_runtime->authenticator(id))
                auth->reloadCredentials();
        }
        refreshStatus();
    });
    dialog->open();
    return dialog;
}

QWidget* MoulinApplication::window() const
{
    return m_window.get();
}

void MoulinApplication::showStatusMessage(const QString& text, int timeoutMs)
{
    m_window->statusBar()->showMessage(text, timeoutMs);
}

void MoulinApplication::openConnectorSetup(const QString& typeId)
{
    openSettings(typeId);
}

void MoulinApplication::openSettingsSection(const QString& title)
{
    openSettings()->selectSection(title);
}

void MoulinApplication::showTab(QWidget* tab)
{
    if (m_window && m_window->tabs()->indexOf(tab) >= 0)
        m_window->tabs()->setCurrentWidget(tab);
}

void MoulinApplication::leaveImplicitDemo()
{
    // Demo mode chosen only because nothing was configured ends as soon as
    // something is: the runtime stops, the real database replaces the demo
    // one, and the runtime starts again on the real connectors. An explicit
    // --demo stays until the user restarts.
    if (!m_demo || m_options.demo || !hasConfiguredConnectors())
        return;
    m_demo = false;
    stopRuntime();
    m_sandbox.reset();
    Database::closeConnection();
    AppPaths::setDemoDatabase(false);
    if (!openDatabase())
        return;
    m_backups->start();
    notifyDatabaseChanged();
    startRuntime();
}

bool MoulinApplication::startSandbox()
{
    m_sandbox = std::make_unique<SandboxServer>(1);
    if (!m_sandbox->start(0)) {
        showFatal(tr("Demo mode unavailable"), m_sandbox->errorString());
        m_sandbox.reset();
        return false;
    }
    // A developer's option (README): a bad value is said, not fatal.
    if (QString error; !m_sandbox->addFaultPlansFromEnvironment(&error))
        qWarning("%s", qUtf8Printable(error));
    return true;
}

void MoulinApplication::refreshStatus()
{
    QList<ConnectionStatus> statuses = loadConnectionStatuses(
        Database::connection(), m_runtime ? std::optional(m_runtime->configs()) : std::nullopt);
    QStringList signInNeeded;
    for (ConnectionStatus& status : statuses) {
        // What the database cannot know: sign-in state and support.
        if (m_runtime && m_runtime->unimplemented().contains(status.connectorId)) {
            status.state = ConnectionState::Unsupported;
            status.lastError = tr("Not supported by this version of Moulin yet");
        } else if (Authenticator* auth = m_runtime ? m_runtime->authenticator(status.connectorId) : nullptr) {
            if (auth->state() == Authenticator::State::NeedsAuthorization ||
                auth->state() == Authenticator::State::Error) {
                status.state = ConnectionState::Degraded;
                status.lastError = auth->statusMessage();
                status.neverSignedIn = auth->neverSignedIn(); // "not signed in yet", not "refused"
                signInNeeded << status.connectorId;
            }
        }
        // A running connector whose breaker never moved is closed.
        if (m_runtime && status.breaker == BreakerPosition::Unknown &&
            m_runtime->connectors().contains(status.connectorId))
            status.breaker = BreakerPosition::Closed;
        if (m_runtime) {
            const QStringList feeds = m_runtime->engine()->feeds(status.connectorId);
            for (const QString& feed : feeds) {
                if (m_runtime->engine()->isRunning(status.connectorId, feed))
                    status.state = ConnectionState::Syncing;
            }
        }
    }
    // Connections that only receive webhooks: the receiver's state, not a sync's.
    if (m_runtime)
        applyPushConnections(statuses, Database::connection(), *m_runtime, QDateTime::currentDateTimeUtc());
    m_window->integrationsTab()->setSignInNeeded(signInNeeded);
    m_window->integrationsTab()->setStatuses(statuses);
    for (const auto& area : m_areas)
        area->refreshStatus(m_runtime);

    if (m_demo && m_sandbox) {
        m_window->setModeBadge(tr("Demo mode"));
        m_window->setConnectionSummary(
            tr("Built-in sandbox on 127.0.0.1:%1 — no real data is sent anywhere").arg(m_sandbox->port()));
        return;
    }
    m_window->setModeBadge(QString());
    const ConnectionSummary summary = ConnectionSummary::from(statuses);
    if (summary.configured == 0)
        m_window->setConnectionSummary(tr("No connection configured — File ▸ Settings to add one"));
    else if (summary.waiting == summary.configured)
        m_window->setConnectionSummary(
            tr("%n connection(s) configured — waiting for the first sync", nullptr, summary.configured));
    else if (summary.failing > 0)
        m_window->setConnectionSummary(tr("%1 of %2 connections up — %3 in error (see Integrations)")
                                           .arg(summary.online)
                                           .arg(summary.configured)
                                           .arg(summary.failing));
    else
        m_window->setConnectionSummary(
            tr("%1 of %2 connections up").arg(summary.online).arg(summary.configured));
}

void MoulinApplication::showAbout()
{
    QMessageBox::about(m_window.get(), tr("About Moulin"),
                       tr("<h3>Moulin %1</h3>"
                          "<p>Back-office for restaurants: sales, suppliers, reservations, customers and "
                          "rosters, connected to the till, suppliers and booking platforms.</p>"
                          "<p>Data is kept on this computer; passwords and keys stay in the system "
                          "keychain.</p>")
                           .arg(appVersion()));
}

void MoulinApplication::showFatal(const QString& title, const QString& text)
{
    qCritical("%s: %s", qUtf8Printable(title), qUtf8Printable(text));
    if (m_interactive)
        QMessageBox::critical(nullptr, title, text);
}

} // namespace Moulin
