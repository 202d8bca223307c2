#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QTabWidget;

namespace Moulin {

class SalesTab;
class SuppliersTab;
class ReservationsTab;
class CustomersTab;
class RostersTab;
class IntegrationsTab;

/// The application window: one tab per area, the File and Help menus and a
/// status bar with the connection summary and the sync progress. It only
/// lays the areas out; MoulinApplication wires them to the rest.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Tab
    {
        Sales,
        Suppliers,
        Reservations,
        Customers,
        Rosters,
        Integrations,
        TabCount
    };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    QTabWidget* tabs() const { return m_tabs; }
    IntegrationsTab* integrationsTab() const { return m_integrationsTab; }
    SalesTab* salesTab() const { return m_salesTab; }
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
    void accountingExportRequested();
    void aboutRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createMenus();
    void retranslateUi();

    QTabWidget* m_tabs;
    int m_alertCount = 0;
    SalesTab* m_salesTab;
    SuppliersTab* m_suppliersTab;
    ReservationsTab* m_reservationsTab;
    CustomersTab* m_customersTab;
    RostersTab* m_rostersTab;
    IntegrationsTab* m_integrationsTab;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QList<QAction*> m_tabActions;

    QLabel* m_modeBadge;
    QLabel* m_summary;
    QProgressBar* m_progress;
};

} // namespace Moulin
