#pragma once

#include "commandline.h"
#include "common/core/connectorconfig.h"
#include "common/runtime/area.h"
#include "languagemanager.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace Moulin {

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
};

} // namespace Moulin
