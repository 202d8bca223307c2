#pragma once

#include <QDate>
#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace Moulin {

class EmptyStateWidget;
class RosterDocument;
class RosterGrid;

/// Plannings: a week's roster (people × days, shifts as blocks that can be
/// dragged and resized), the broken rules listed and highlighted live, the
/// staff needed against the staff planned per role over a day (chart), the
/// understaffing of the coming days, publishing (then read-only) and the
/// payroll export (CSV).
class RostersTab : public QWidget
{
    Q_OBJECT

public:
    explicit RostersTab(QWidget* parent = nullptr);

    RosterDocument* document() const { return m_document; }
    RosterGrid* grid() const { return m_grid; }
    QDate monday() const { return m_monday; }
    /// Loads the week of `day` from the local database.
    void showWeek(const QDate& day);
    /// Reloads the shown week (the database changed).
    void reload();
    /// Imports a staffing configuration file (JSON, all or nothing); the
    /// issues are shown in a message box. Returns whether it was applied.
    bool importConfiguration(const QString& path);

Q_SIGNALS:
    /// The user asked to open the settings dialog (e.g. from the empty state).
    void settingsRequested();
    /// A line for the status bar.
    void statusMessage(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void refresh();
    void refreshChart();
    void save();
    void publish();
    void exportCsv();
    void importConfigurationDialog();

    RosterDocument* m_document;
    QDate m_monday;
    int m_chartDay = 0;
    QStackedWidget* m_stack;
    EmptyStateWidget* m_emptyState;
    QLabel* m_weekLabel;
    QLabel* m_stateLabel;
    QLabel* m_alerts;
    QPushButton* m_previous;
    QPushButton* m_next;
    QPushButton* m_today;
    QPushButton* m_save;
    QPushButton* m_publish;
    QPushButton* m_export;
    QPushButton* m_import;
    QScrollArea* m_gridScroll;
    RosterGrid* m_grid;
    QListWidget* m_violations;
    QLabel* m_violationsTitle;
    QComboBox* m_role;
    QLabel* m_chartTitle;
    QChartView* m_chart;
};

} // namespace Moulin
