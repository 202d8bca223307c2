#pragma once

#include "scheduling/core/rostercovers.h"
#include "scheduling/core/rosteroptimizer.h"

#include <QDate>
#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

#include <functional>

class QChartView;
class QComboBox;
class QLabel;
class QAction;
class QFrame;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTimer;
class QScrollArea;
class QStackedWidget;

namespace Moulin {

class EmptyStateWidget;
class RosterDocument;
class RosterGrid;

/// Plannings: a week's roster (people × days, shifts as blocks that can be
/// dragged and resized), the broken rules listed and highlighted live, the
/// staff needed against the staff planned per role over a day (chart), the
/// understaffing of the coming days, generating the week with the optimiser
/// (progress, gap and cancel in a strip; the tab stays readable, edits wait),
/// publishing (then read-only) and the payroll export (CSV).
class RostersTab : public QWidget
{
    Q_OBJECT

public:
    explicit RostersTab(QWidget* parent = nullptr);
    ~RostersTab() override;

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

    /// The optimiser's options for "Generate" (default: 10 s, within 1 %).
    void setOptimizerOptions(const RosterOptimizerOptions& options) { m_options = options; }
    /// Runs the optimiser on the shown week (asks first when it has shifts
    /// drawn by hand). False when it did not start (published, running, no
    /// staff, or the manager said no).
    bool generate();
    /// Stops the run; the best roster found so far, if any, is kept.
    void cancelGeneration();
    bool isGenerating() const;

    /// The clock the covers forecast is made at (tests set it); default: now.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    /// Forgets the forecasts computed so far (the data they were made from
    /// changed) and makes the shown week's again.
    void forgetCovers();
    /// The till or the book received data (a sync page stored): the
    /// forecasts are made again from it, a few seconds later (coalesced), the
    /// ones shown staying until then (a first sync brings the history).
    void coversSourcesChanged();
    /// Whether the shown week's covers forecast is being computed.
    bool coversPending() const;
    /// Opens the needs editor for the role and day of the chart (modal);
    /// true when needs were changed.
    bool editNeeds();

    enum class ExportKind
    {
        ShiftsCsv,  ///< one row per shift (RosterStore::shiftsCsv)
        PayrollCsv, ///< one row per person and the total (Payroll::csv)
        Pdf,        ///< the grid and the payroll summary (RosterPdf)
    };
    /// Writes the shown week to `path`; false and `*error` when it cannot.
    bool exportTo(ExportKind kind, const QString& path, QString* error = nullptr);
    /// The restaurant's name for the PDF: settings `restaurant/name`, or the
    /// demo restaurant's in demo mode; empty when unknown.
    static QString restaurantName();

Q_SIGNALS:
    /// The user asked to open the settings dialog (e.g. from the empty state).
    void settingsRequested();
    /// A line for the status bar.
    void statusMessage(const QString& text);
    /// A run of the optimiser ended (its answer shown, the shifts replaced or
    /// not); not emitted for a run abandoned when the week changed.
    void generationFinished();
    /// A week's covers forecast arrived (the shown week's needs follow it).
    void coversUpdated(const QDate& monday);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void refresh();
    void refreshChart();
    void save();
    void publish();
    void exportDialog(ExportKind kind);
    void importConfigurationDialog();
    void onProgress(const RosterProgress& progress);
    void onFinished(const RosterResult& result);
    /// Forgets the run (the week changed): cancelled, its answer ignored.
    void abandonGeneration();
    void updateProgressText();
    void showSolverBanner(const QString& html, bool problem);
    void requestCovers(const QDate& monday);
    void storeCovers(const WeekCovers& covers);
    void updateCoversLabel();
    QDateTime now() const;

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
    QPushButton* m_generate;
    QPushButton* m_save;
    QPushButton* m_publish;
    QPushButton* m_export;
    QAction* m_exportShifts;
    QAction* m_exportPayroll;
    QAction* m_exportPdf;
    QPushButton* m_import;
    QScrollArea* m_gridScroll;
    RosterGrid* m_grid;
    QListWidget* m_violations;
    QLabel* m_violationsTitle;
    QComboBox* m_role;
    QLabel* m_chartTitle;
    QChartView* m_chart;
    QLabel* m_coversLabel;
    QPushButton* m_editNeeds;
    QFrame* m_progressStrip;
    QLabel* m_progressLabel;
    QProgressBar* m_progressBar;
    QPushButton* m_cancel;
    QLabel* m_solverBanner;
    QTimer* m_tick;
    QTimer* m_coversRefresh; ///< coalesces coversSourcesChanged()

    RosterOptimizerOptions m_options;
    QPointer<RosterOptimizerJob> m_job;
    QElapsedTimer m_runClock;
    RosterProgress m_lastProgress;
    bool m_hasProgress = false;
    bool m_cancelRequested = false;

    // The covers forecast per week (made off the GUI thread, kept for a while).
    std::function<QDateTime()> m_now;
    QHash<QDate, WeekCovers> m_covers;
    QHash<QDate, QDateTime> m_coversMadeAt;
    QDate m_coversRunning; ///< the week being computed (invalid: none)
    QDate m_coversNext;    ///< the week to compute after it
    bool m_needsStale = false;
    int m_coversEpoch = 0;
};

} // namespace Moulin
