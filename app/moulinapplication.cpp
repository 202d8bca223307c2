#include "moulinapplication.h"

#include "common/core/appinfo.h"
#include "common/core/apppaths.h"
#include "common/core/connectorcatalog.h"
#include "crm/core/crmconnectors.h"
#include "mainwindow.h"
#include "monitoring/core/connectionstatus.h"
#include "pos/core/posconnectors.h"
#include "reservation/core/reservationconnectors.h"
#include "sandbox/core/sandboxserver.h"
#include "suppliers/core/suppliersconnectors.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>

namespace Moulin {

MoulinApplication::MoulinApplication(CommandLineOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

MoulinApplication::~MoulinApplication() = default;

bool MoulinApplication::hasConfiguredConnectors()
{
    const auto settings = AppPaths::settings();
    settings->beginGroup(QStringLiteral("connectors"));
    return !settings->childGroups().isEmpty();
}

void MoulinApplication::registerAreas()
{
    registerPosConnectors();
    registerSupplierConnectors();
    registerReservationConnectors();
    registerCrmConnectors();
}

bool MoulinApplication::start(bool showWindow)
{
    m_interactive = showWindow;
    AppPaths::setDataDir(m_options.dataDir);
    m_language.apply(m_options.language.isEmpty() ? LanguageManager::systemLanguage() : m_options.language);
    registerAreas();

    m_window = std::make_unique<MainWindow>();
    connect(m_window.get(), &MainWindow::aboutRequested, this, &MoulinApplication::showAbout);

    // With nothing configured, Moulin opens on the built-in sandbox so the
    // restaurant can explore every tab before connecting anything real.
    m_demo = m_options.demo || !hasConfiguredConnectors();
    if (m_demo && !startSandbox())
        return false;

    refreshStatus();
    m_window->restoreState();
    if (showWindow)
        m_window->show();
    return true;
}

bool MoulinApplication::startSandbox()
{
    m_sandbox = std::make_unique<SandboxServer>(1);
    if (!m_sandbox->start(0)) {
        showFatal(tr("Demo mode unavailable"), m_sandbox->errorString());
        m_sandbox.reset();
        return false;
    }
    return true;
}

void MoulinApplication::refreshStatus()
{
    if (m_demo && m_sandbox) {
        m_window->setModeBadge(tr("Demo mode"));
        m_window->setConnectionSummary(
            tr("Built-in sandbox on 127.0.0.1:%1 — no real data is sent anywhere").arg(m_sandbox->port()));
        return;
    }
    m_window->setModeBadge(QString());
    const ConnectionSummary summary = ConnectionSummary::from({});
    if (summary.configured == 0)
        m_window->setConnectionSummary(tr("No connection configured — File ▸ Settings to add one"));
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
