#include "mainwindow.h"

#include "common/core/apppaths.h"
#include "monitoring/ui/integrationstab.h"

#include <QAction>
#include <QCloseEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>

namespace Moulin {

namespace {
const QString kGeometryKey = QStringLiteral("MainWindow/geometry");
const QString kStateKey = QStringLiteral("MainWindow/state");
const QString kTabKey = QStringLiteral("MainWindow/currentTab");
} // namespace

MainWindow::MainWindow(const AreaList& areas, AreaHost* host, QWidget* parent)
    : QMainWindow(parent)
    , m_tabs(new QTabWidget(this))
    , m_integrationsTab(new IntegrationsTab)
    , m_modeBadge(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/moulin.svg")));
    m_tabs->setObjectName(QStringLiteral("areaTabs"));
    m_tabs->setDocumentMode(true);

    QList<AreaAction> areaActions;
    for (const auto& area : areas) {
        m_areas.append(area.get());
        for (const AreaTab& tab : area->createTabs(host)) {
            if (!tab.widget)
                continue;
            m_tabs->addTab(tab.widget, QString());
            m_areaTabs.append(tab);
        }
        areaActions += area->fileActions(this, host);
    }
    m_integrationsTab->setObjectName(QStringLiteral("integrationsTab"));
    m_integrationsIndex = m_tabs->addTab(m_integrationsTab, QString());
    setCentralWidget(m_tabs);
    connect(m_integrationsTab, &IntegrationsTab::settingsRequested, this, &MainWindow::settingsRequested);

    m_modeBadge->setObjectName(QStringLiteral("modeBadge"));
    m_modeBadge->setStyleSheet(QStringLiteral("QLabel { background: #c9a227; color: #1e1408; border-radius: "
                                              "3px; padding: 1px 6px; font-weight: bold; }"));
    m_modeBadge->hide();
    m_summary->setObjectName(QStringLiteral("connectionSummary"));
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    statusBar()->addWidget(m_modeBadge);
    statusBar()->addWidget(m_summary, 1);
    statusBar()->addPermanentWidget(m_progress);

    createMenus(areaActions);
    retranslateUi();
    resize(1180, 760);
}

MainWindow::~MainWindow() = default;

int MainWindow::tabIndex(const QString& objectName) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->objectName() == objectName)
            return i;
    }
    return -1;
}

void MainWindow::createMenus(const QList<AreaAction>& areaActions)
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_settingsAction = m_fileMenu->addAction(QString(), this, &MainWindow::settingsRequested);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_importAction = m_fileMenu->addAction(QString(), this, &MainWindow::importConfigRequested);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_backupsAction = m_fileMenu->addAction(QString(), this, &MainWindow::backupsRequested);
    m_backupsAction->setObjectName(QStringLiteral("backupsAction"));
    for (const AreaAction& entry : areaActions) {
        if (!entry.action)
            continue;
        m_fileMenu->addAction(entry.action);
        m_areaActions.append(entry);
    }
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::aboutRequested);
    m_aboutAction->setMenuRole(QAction::AboutRole);

    // Alt+1 … Alt+9 jump to a tab (Ctrl+Tab / Ctrl+Shift+Tab also cycle).
    for (int i = 0; i < std::min(m_tabs->count(), 9); ++i) {
        auto* action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] {
            m_tabs->setCurrentIndex(i);
            m_tabs->currentWidget()->setFocus(Qt::ShortcutFocusReason);
        });
        addAction(action);
        m_tabActions.append(action);
    }
}

void MainWindow::setIntegrationsAlertCount(int count)
{
    m_alertCount = std::max(0, count);
    m_tabs->tabBar()->setTabTextColor(m_integrationsIndex,
                                      m_alertCount > 0 ? QColor(0xb4, 0x23, 0x18) : QColor());
    retranslateUi();
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Moulin — Restaurant back-office"));
    for (int i = 0; i < m_areaTabs.size(); ++i) {
        const AreaTab& tab = m_areaTabs.at(i);
        const int index = m_tabs->indexOf(tab.widget);
        if (index < 0)
            continue;
        m_tabs->setTabText(index, tab.title ? tab.title() : QString());
        m_tabs->setTabToolTip(index, tab.toolTip ? tab.toolTip() : QString());
    }
    m_tabs->setTabText(m_integrationsIndex,
                       m_alertCount > 0 ? tr("&Integrations (%1)").arg(m_alertCount) : tr("&Integrations"));
    m_tabs->setTabToolTip(m_integrationsIndex, tr("State of every connection, logs and alerts"));

    m_fileMenu->setTitle(tr("&File"));
    m_settingsAction->setText(tr("&Settings…"));
    m_importAction->setText(tr("&Import a configuration…"));
    m_backupsAction->setText(tr("&Backups…"));
    for (const AreaAction& entry : std::as_const(m_areaActions)) {
        if (entry.text)
            entry.action->setText(entry.text());
    }
    m_quitAction->setText(tr("&Quit"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Moulin"));
    m_progress->setFormat(tr("Sync %p%"));
    m_progress->setToolTip(tr("Synchronisation in progress"));
}

void MainWindow::setModeBadge(const QString& text)
{
    m_modeBadge->setText(text);
    if (text.isEmpty()) {
        m_modeBadge->hide();
    } else if (statusBar()->currentMessage().isEmpty()) {
        m_modeBadge->show();
    } else {
        // A message is shown over the normal widgets: the status bar shows
        // the badge again when the message goes (showing it now would draw
        // it over the message's first words).
        m_modeBadge->setAttribute(Qt::WA_WState_ExplicitShowHide, false);
    }
}

void MainWindow::setConnectionSummary(const QString& text)
{
    m_summary->setText(text);
}

void MainWindow::setSyncProgress(int done, int total, bool busy)
{
    const bool running = busy || (total > 0 && done < total);
    if (running) {
        m_progress->setRange(0, std::max(0, total));
        m_progress->setValue(std::min(done, std::max(0, total)));
    }
    m_progress->setVisible(running);
}

void MainWindow::restoreState()
{
    const auto settings = AppPaths::settings();
    const QByteArray geometry = settings->value(kGeometryKey).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = settings->value(kStateKey).toByteArray();
    if (!state.isEmpty())
        QMainWindow::restoreState(state);
    const int tab = settings->value(kTabKey, 0).toInt();
    if (tab >= 0 && tab < m_tabs->count())
        m_tabs->setCurrentIndex(tab);
}

void MainWindow::saveState() const
{
    const auto settings = AppPaths::settings();
    settings->setValue(kGeometryKey, saveGeometry());
    settings->setValue(kStateKey, QMainWindow::saveState());
    settings->setValue(kTabKey, m_tabs->currentIndex());
    settings->sync();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // An area with unsaved work asks first; cancelled: the window stays.
    for (Area* area : std::as_const(m_areas)) {
        if (!area->maybeClose(this)) {
            event->ignore();
            return;
        }
    }
    saveState();
    QMainWindow::closeEvent(event);
    event->accept();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

} // namespace Moulin
