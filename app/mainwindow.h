#pragma once

#include "common/runtime/area.h"

#include <QMainWindow>

#include <functional>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QTabWidget;

namespace Moulin {

class IntegrationsTab;

/// The application window: the tabs of the areas (in the order of the list
/// app/areas.cpp gives), the Intégrations dashboard last, the File and Help
/// menus (with the areas' File entries) and a status bar with the connection
/// summary and the sync progress. It only lays the areas out;
/// MoulinApplication wires them to the rest.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// Builds the tabs and File entries of `areas` (lent to them as `host`).
    MainWindow(const AreaList& areas, AreaHost* host, QWidget* parent = nullptr);
    ~MainWindow() override;

    QTabWidget* tabs() const { return m_tabs; }
    IntegrationsTab* integrationsTab() const { return m_integrationsTab; }
    /// The index of the tab whose widget is named `objectName` ("salesTab",
    /// "integrationsTab"); -1 when there is none.
    int tabIndex(const QString& objectName) const;
    QLabel* connectionSummaryLabel() const { return m_summary; }
    QProgressBar* syncProgressBar() const { return m_progress; }

    /// "Mode démo" badge in the status bar; empty text hides it.
    void setModeBadge(const QString& text);
    void setConnectionSummary(const QString& text);
    /// Shows the sync progress bar while `busy`, or while `total > 0 && done
    /// < total`; `total == 0` while busy shows an indeterminate bar.
    void setSyncProgress(int done, int total, bool busy = false);
    /// Active connection alerts: shown on the Intégrations tab ("(2)", red).
    void setIntegrationsAlertCount(int count);

    /// Restores geometry, state and last tab from settings; saves them on close.
    void restoreState();
    void saveState() const;

Q_SIGNALS:
    void settingsRequested();
    /// The settings dialog, with a new connection of type `typeId` started
    /// (or that connection selected when it exists).
    void connectorSetupRequested(const QString& typeId);
    void importConfigRequested();
    void backupsRequested();
    void aboutRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createMenus(const QList<AreaAction>& areaActions);
    void retranslateUi();

    QTabWidget* m_tabs;
    /// The areas (owned by the application, which outlives the window): asked before closing.
    QList<Area*> m_areas;
    int m_alertCount = 0;
    QList<AreaTab> m_areaTabs;
    IntegrationsTab* m_integrationsTab;
    int m_integrationsIndex = -1;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_backupsAction = nullptr;
    QList<AreaAction> m_areaActions;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QList<QAction*> m_tabActions;

    QLabel* m_modeBadge;
    QLabel* m_summary;
    QProgressBar* m_progress;
};

} // namespace Moulin
