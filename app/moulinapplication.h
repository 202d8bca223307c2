#pragma once

#include "commandline.h"
#include "common/core/connectorconfig.h"
#include "common/runtime/area.h"
#include "languagemanager.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace Moulin {

struct BackupOutcome;

class BackupScheduler;
class ConfigImporter;
class ConnectorRuntime;
class CredentialStore;
class MainWindow;
class SandboxServer;
class SettingsDialog;

/// Start-up and wiring: data directory, language, local database, demo
/// sandbox, main window and the File/Help actions. The areas come from
/// app/areas.cpp and are reached only through the Area seam; this class is
/// their AreaHost and names no area's internals and no provider.
class MoulinApplication : public QObject, public AreaHost
{
    Q_OBJECT

public:
    explicit MoulinApplication(CommandLineOptions options, QObject* parent = nullptr);
    ~MoulinApplication() override;

    /// Prepares everything and shows the window. Returns false when start-up
    /// cannot go on (the reason has been shown to the user); the process
    /// should then exit with code 1.
    bool start(bool showWindow = true);

    MainWindow* mainWindow() const { return m_window.get(); }
    BackupScheduler* backups() const { return m_backups; }
    /// The title of the Settings section of the backups.
    static QString backupsSectionTitle();
    /// What a scheduled restore does to start Moulin again (default: a new
    /// process with the same arguments, then quit). Tests record it instead.
    void setRestartHandler(std::function<bool()> restart) { m_restart = std::move(restart); }
    /// What start-up said of a restore asked for before it (empty when none).
    QString restoreReport() const { return m_restoreReport; }
    bool isDemo() const { return m_demo; }
    SandboxServer* sandbox() const { return m_sandbox.get(); }
    ConnectorRuntime* runtime() const { return m_runtime; }

    /// File ▸ Import a configuration…: asks for a JSON file.
    void chooseAndImportConfig();
    /// Imports `path` (also --import-config). Result: importFinished().
    void importConfig(const QString& path);
    /// File ▸ Settings…, non-blocking. With `typeId`, starts a connection of
    /// that type, or selects it when it is already configured.
    SettingsDialog* openSettings(const QString& typeId = QString());

    // AreaHost
    QWidget* window() const override;
    void showStatusMessage(const QString& text, int timeoutMs = 15000) override;
    void openConnectorSetup(const QString& typeId) override;
    /// File ▸ Settings… opened on the section titled `title`.
    void openSettingsSection(const QString& title) override;
    void showTab(QWidget* tab) override;

Q_SIGNALS:
    /// After an import: ok, the connector id, and the translated problems
    /// (each naming its field) when it failed.
    void importFinished(bool ok, const QString& connectorId, const QStringList& problems);
    /// A restore was scheduled from Settings ▸ Backups: the application is
    /// about to start again on it (tests replace the restart, setRestartHandler).
    void restoreScheduled(const QString& file);

private:
    static bool hasConfiguredConnectors();
    void startRuntime();
    bool openDatabase();
    /// Detaches the areas, then deletes the runtime.
    void stopRuntime();
    /// The local database was opened or swapped: every area hears of it.
    void notifyDatabaseChanged();
    void scheduleStatusRefresh();
    bool startSandbox();
    void refreshStatus();
    void showAbout();
    void showFatal(const QString& title, const QString& text);
    void onImportFinished(bool ok, const QString& connectorId, const QList<ConfigIssue>& issues);
    void leaveImplicitDemo();
    void applyPendingRestore();
    bool scheduleRestore(const QString& file, QString* error);
    void onBackupFinished(const BackupOutcome& outcome, bool automatic);

    CommandLineOptions m_options;
    LanguageManager m_language;
    std::unique_ptr<SandboxServer> m_sandbox;
    CredentialStore* m_credentials = nullptr;
    ConfigImporter* m_importer = nullptr;
    AreaList m_areas;
    ConnectorRuntime* m_runtime = nullptr;
    QTimer* m_statusTimer = nullptr;
    QString m_importSource;
    std::unique_ptr<MainWindow> m_window;
    bool m_demo = false;
    bool m_interactive = true;
    BackupScheduler* m_backups = nullptr;
    std::function<bool()> m_restart;
    QString m_restoreReport;
    bool m_restoreFailed = false;
};

} // namespace Moulin
