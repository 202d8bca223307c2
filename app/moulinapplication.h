#pragma once

#include "commandline.h"
#include "languagemanager.h"

#include <QObject>

#include <memory>

namespace Moulin {

class MainWindow;
class SandboxServer;

/// Start-up and wiring: data directory, language, local database, demo
/// sandbox, main window and the File/Help actions. Everything an area needs
/// reaches it from here, through common types and signals.
class MoulinApplication : public QObject
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

private:
    static bool hasConfiguredConnectors();
    void registerAreas();
    bool startSandbox();
    void refreshStatus();
    void showAbout();
    void showFatal(const QString& title, const QString& text);

    CommandLineOptions m_options;
    LanguageManager m_language;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<MainWindow> m_window;
    bool m_demo = false;
    bool m_interactive = true;
};

} // namespace Moulin
