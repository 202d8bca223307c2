#include "scheduling/ui/rosterstab.h"

#include "common/core/apppaths.h"
#include "common/core/database.h"
#include "common/ui/emptystatewidget.h"
#include "scheduling/core/payroll.h"
#include "scheduling/core/rosterdocument.h"
#include "scheduling/ui/needseditor.h"
#include "scheduling/ui/rostergrid.h"
#include "scheduling/ui/rosterpdf.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent>

#include <algorithm>

namespace Moulin {

namespace {

QDate mondayOf(const QDate& day)
{
    return day.addDays(1 - day.dayOfWeek());
}

/// A week's forecast is made again after this long (new bookings came).
constexpr qint64 kCoversFreshMs = 10 * 60 * 1000;

} // namespace

RostersTab::RostersTab(QWidget* parent)
    : QWidget(parent)
    , m_document(new RosterDocument(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyState(new EmptyStateWidget(this))
    , m_weekLabel(new QLabel(this))
    , m_stateLabel(new QLabel(this))
    , m_alerts(new QLabel(this))
    , m_previous(new QPushButton(this))
    , m_next(new QPushButton(this))
    , m_today(new QPushButton(this))
    , m_generate(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_publish(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_gridScroll(new QScrollArea(this))
    , m_grid(new RosterGrid(m_document, this))
    , m_violations(new QListWidget(this))
    , m_violationsTitle(new QLabel(this))
    , m_role(new QComboBox(this))
    , m_chartTitle(new QLabel(this))
    , m_chart(new QChartView(this))
    , m_coversLabel(new QLabel(this))
    , m_editNeeds(new QPushButton(this))
    , m_progressStrip(new QFrame(this))
    , m_progressLabel(new QLabel(this))
    , m_progressBar(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
    , m_solverBanner(new QLabel(this))
    , m_tick(new QTimer(this))
    , m_coversRefresh(new QTimer(this))
{
    setObjectName(QStringLiteral("rostersTab"));
    m_grid->setObjectName(QStringLiteral("rosterGrid"));
    m_violations->setObjectName(QStringLiteral("rosterViolations"));
    m_alerts->setObjectName(QStringLiteral("rosterAlerts"));
    m_stateLabel->setObjectName(QStringLiteral("rosterState"));
    m_publish->setObjectName(QStringLiteral("rosterPublish"));
    m_chart->setObjectName(QStringLiteral("rosterCoverage"));
    m_coversLabel->setObjectName(QStringLiteral("rosterCoversBasis"));
    m_editNeeds->setObjectName(QStringLiteral("rosterEditNeeds"));
    m_generate->setObjectName(QStringLiteral("rosterGenerate"));
    m_progressStrip->setObjectName(QStringLiteral("rosterProgress"));
    m_progressLabel->setObjectName(QStringLiteral("rosterProgressText"));
    m_cancel->setObjectName(QStringLiteral("rosterCancel"));
    m_solverBanner->setObjectName(QStringLiteral("rosterSolverBanner"));

    auto* page = new QWidget(this);
    auto* toolbar = new QHBoxLayout;
    m_previous->setText(QStringLiteral("◀"));
    m_next->setText(QStringLiteral("▶"));
    QFont big = m_weekLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_weekLabel->setFont(big);
    toolbar->addWidget(m_previous);
    toolbar->addWidget(m_weekLabel);
    toolbar->addWidget(m_next);
    toolbar->addWidget(m_today);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_stateLabel);
    toolbar->addStretch(1);
    toolbar->addWidget(m_import);
    toolbar->addWidget(m_generate);
    toolbar->addWidget(m_save);
    toolbar->addWidget(m_publish);
    toolbar->addWidget(m_export);

    m_alerts->setWordWrap(true);
    m_alerts->setTextFormat(Qt::RichText);
    m_alerts->setStyleSheet(QStringLiteral(
        "QLabel { background: #fdecea; color: #8e1c1c; border: 1px solid #f5c2bd; border-radius: 4px; "
        "padding: 6px 10px; }"));

    // The optimiser's run: a strip under the toolbar, the tab stays readable.
    m_progressStrip->setFrameShape(QFrame::StyledPanel);
    m_progressStrip->setStyleSheet(QStringLiteral(
        "QFrame#rosterProgress { background: #eaf2fc; border: 1px solid #b9d2f0; border-radius: 4px; }"));
    auto* strip = new QHBoxLayout(m_progressStrip);
    strip->setContentsMargins(10, 4, 6, 4);
    m_progressBar->setRange(0, 0); // busy: CBC gives no fraction done
    m_progressBar->setTextVisible(false);
    m_progressBar->setFixedWidth(120);
    m_progressBar->setMaximumHeight(12);
    strip->addWidget(m_progressBar);
    strip->addWidget(m_progressLabel, 1);
    strip->addWidget(m_cancel);
    m_progressStrip->hide();
    m_tick->setInterval(200);
    connect(m_tick, &QTimer::timeout, this, &RostersTab::updateProgressText);
    m_coversRefresh->setSingleShot(true);
    m_coversRefresh->setInterval(5000);
    connect(m_coversRefresh, &QTimer::timeout, this, [this] { requestCovers(m_monday); });

    m_solverBanner->setWordWrap(true);
    m_solverBanner->setTextFormat(Qt::RichText);
    m_solverBanner->hide();

    m_gridScroll->setWidget(m_grid);
    m_gridScroll->setWidgetResizable(true);
    m_gridScroll->setFrameShape(QFrame::StyledPanel);

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_violationsTitle);
    sideLayout->addWidget(m_violations, 1);
    m_violations->setWordWrap(true);
    m_violations->setAlternatingRowColors(true);

    auto* chartBox = new QWidget(this);
    auto* chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    auto* chartHeader = new QHBoxLayout;
    chartHeader->addWidget(m_chartTitle, 1);
    chartHeader->addWidget(m_role);
    chartHeader->addWidget(m_editNeeds);
    chartLayout->addLayout(chartHeader);
    m_coversLabel->setWordWrap(true);
    m_coversLabel->setStyleSheet(QStringLiteral("QLabel { color: palette(placeholder-text); }"));
    chartLayout->addWidget(m_coversLabel);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(200);
    chartLayout->addWidget(m_chart, 1);

    auto* bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(chartBox);
    bottom->addWidget(side);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);

    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(m_gridScroll);
    vertical->addWidget(bottom);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);

    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->addLayout(toolbar);
    pageLayout->addWidget(m_progressStrip);
    pageLayout->addWidget(m_solverBanner);
    pageLayout->addWidget(m_alerts);
    pageLayout->addWidget(vertical, 1);

    m_stack->addWidget(page);
    m_stack->addWidget(m_emptyState);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_previous, &QPushButton::clicked, this, [this] { showWeek(m_monday.addDays(-7)); });
    connect(m_next, &QPushButton::clicked, this, [this] { showWeek(m_monday.addDays(7)); });
    connect(m_today, &QPushButton::clicked, this, [this] { showWeek(QDate::currentDate()); });
    connect(m_generate, &QPushButton::clicked, this, &RostersTab::generate);
    connect(m_cancel, &QPushButton::clicked, this, &RostersTab::cancelGeneration);
    connect(m_save, &QPushButton::clicked, this, &RostersTab::save);
    connect(m_publish, &QPushButton::clicked, this, &RostersTab::publish);
    auto* exportMenu = new QMenu(m_export);
    m_exportShifts = exportMenu->addAction(QString(), this, [this] { exportDialog(ExportKind::ShiftsCsv); });
    m_exportPayroll =
        exportMenu->addAction(QString(), this, [this] { exportDialog(ExportKind::PayrollCsv); });
    m_exportPdf = exportMenu->addAction(QString(), this, [this] { exportDialog(ExportKind::Pdf); });
    m_export->setMenu(exportMenu);
    m_export->setObjectName(QStringLiteral("rosterExport"));
    connect(m_import, &QPushButton::clicked, this, &RostersTab::importConfigurationDialog);
    connect(m_emptyState, &EmptyStateWidget::actionRequested, this, &RostersTab::importConfigurationDialog);
    connect(m_document, &RosterDocument::changed, this, &RostersTab::refresh);
    connect(m_grid, &RosterGrid::dayActivated, this, [this](int day) {
        m_chartDay = day;
        refreshChart();
    });
    connect(m_role, &QComboBox::currentIndexChanged, this, &RostersTab::refreshChart);
    connect(m_editNeeds, &QPushButton::clicked, this, &RostersTab::editNeeds);
    connect(m_violations, &QListWidget::currentRowChanged, this, [this](int row) {
        const QListWidgetItem* item = m_violations->item(row);
        if (!item)
            return;
        const int shift = item->data(Qt::UserRole).toInt();
        const int day = item->data(Qt::UserRole + 1).toInt();
        if (shift >= 0)
            m_grid->setSelectedShift(shift);
        if (day >= 0 && day <= 6 && day != m_chartDay) {
            m_chartDay = day;
            refreshChart();
        }
    });

    retranslateUi();
    showWeek(QDate::currentDate().addDays(7));
}

RostersTab::~RostersTab()
{
    // The run stops now; the job (a child) waits for it when deleted.
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
    }
}

void RostersTab::showWeek(const QDate& day)
{
    m_monday = mondayOf(day);
    reload();
}

void RostersTab::reload()
{
    QSqlDatabase db = Database::connection();
    if (!db.isOpen())
        return;
    abandonGeneration();
    m_solverBanner->hide();
    m_document->setCovers(m_covers.value(m_monday));
    m_needsStale = false;
    m_document->load(db, m_monday);
    requestCovers(m_monday);
    updateCoversLabel();
    // The chart opens on the first day the restaurant is open.
    m_chartDay = 0;
    for (int d = 0; d < 7; ++d) {
        const DayNeed* need =
            m_document->week().need(m_document->config().roles.value(0).id, m_monday.addDays(d));
        if (need && std::any_of(need->minimum.cbegin(), need->minimum.cend(), [](int x) { return x > 0; })) {
            m_chartDay = d;
            break;
        }
    }
    m_role->blockSignals(true);
    const QString current = m_role->currentData().toString();
    m_role->clear();
    for (const StaffRole& r : m_document->config().roles)
        m_role->addItem(RosterValidator::roleLabel(r.id), r.id);
    const int index = m_role->findData(current);
    m_role->setCurrentIndex(index >= 0 ? index
                                       : (m_role->findData(QStringLiteral("server")) >= 0
                                              ? m_role->findData(QStringLiteral("server"))
                                              : 0));
    m_role->blockSignals(false);
    refresh();
}

void RostersTab::refresh()
{
    const RosterWeek& week = m_document->week();
    m_stack->setCurrentIndex(week.staff.isEmpty() ? 1 : 0);
    const QLocale locale;
    m_weekLabel->setText(tr("Week %1 · %2 – %3")
                             .arg(week.monday.weekNumber())
                             .arg(locale.toString(week.monday, QStringLiteral("d MMM")),
                                  locale.toString(week.sunday(), QStringLiteral("d MMM yyyy"))));
    const bool published = m_document->readOnly();
    QString state;
    switch (m_document->state()) {
    case StoredWeek::State::None:
        state = m_document->shifts().isEmpty() ? tr("Nothing planned yet") : tr("New draft, not saved");
        break;
    case StoredWeek::State::Draft:
        state = m_document->modified() ? tr("Draft, changed since saved") : tr("Draft");
        break;
    case StoredWeek::State::Published:
        state = tr("Published — read-only");
        break;
    }
    if (!m_document->solverStatus().isEmpty())
        state += QStringLiteral(" · ") + m_document->solverStatus();
    m_stateLabel->setText(state);
    const bool running = isGenerating();
    m_generate->setEnabled(!published && !running && !week.staff.isEmpty());
    m_generate->setToolTip(published ? tr("A published week is history: it cannot be generated again.")
                                     : tr("Compute the week's roster from the needs, the staff and the rules "
                                          "(replaces the shifts shown)."));
    m_import->setEnabled(!running);
    m_save->setEnabled(!published && !running &&
                       (m_document->modified() || m_document->state() == StoredWeek::State::None) &&
                       !m_document->shifts().isEmpty());
    m_publish->setEnabled(!published && !running && !m_document->shifts().isEmpty());
    m_export->setEnabled(!m_document->shifts().isEmpty());
    m_editNeeds->setEnabled(m_document->editable() && !m_document->config().roles.isEmpty());
    m_editNeeds->setToolTip(m_document->readOnly()
                                ? tr("A published week is history: its needs cannot be changed.")
                                : tr("Change by hand the staff needed for this role on this day."));

    // The broken rules, each pointing at its shift and day.
    m_violations->clear();
    for (const RosterViolation& v : m_document->violations()) {
        auto* item = new QListWidgetItem(QStringLiteral("⚠ ") + v.message, m_violations);
        item->setData(Qt::UserRole, v.shifts.value(0, -1));
        item->setData(Qt::UserRole + 1, int(week.monday.daysTo(v.day)));
        item->setToolTip(v.message);
    }
    m_violationsTitle->setText(m_document->violations().isEmpty()
                                   ? tr("Every rule is kept.")
                                   : tr("%n rule(s) broken:", nullptr, int(m_document->violations().size())));

    // Understaffing in the coming days (this week's, from today on).
    QStringList alerts;
    const QDate today = QDate::currentDate();
    for (const RosterViolation& v : m_document->violations()) {
        if (v.rule == RosterViolation::Rule::Coverage && v.day >= today && v.day <= today.addDays(7))
            alerts << v.message.toHtmlEscaped();
    }
    m_alerts->setVisible(!alerts.isEmpty());
    if (!alerts.isEmpty())
        m_alerts->setText(
            QStringLiteral("<b>%1</b> %2")
                .arg(tr("Understaffed in the coming days:"), alerts.mid(0, 4).join(QStringLiteral(" · "))) +
            (alerts.size() > 4 ? tr(" (and %n more)", nullptr, int(alerts.size() - 4)) : QString()));
    refreshChart();
}

void RostersTab::refreshChart()
{
    const QString role = m_role->currentData().toString();
    const QDate day = m_document->week().monday.addDays(m_chartDay);
    m_chartTitle->setText(tr("Staff needed and planned — %1").arg(RosterValidator::dayLabel(day)));
    auto* chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    const DayNeed* need = m_document->week().need(role, day);
    const QList<int> planned = m_document->planned(role, day);
    auto* target = new QLineSeries(chart);
    auto* minimum = new QLineSeries(chart);
    auto* plannedUpper = new QLineSeries(chart);
    auto* plannedLower = new QLineSeries(chart);
    target->setName(tr("needed (covers)"));
    minimum->setName(tr("minimum"));
    int top = 1;
    // Steps over the slots from 09:00 to 01:00.
    for (int slot = 9 * 4; slot < 25 * 4; ++slot) {
        const double x0 = slot / 4.0, x1 = (slot + 1) / 4.0;
        const int t = need ? need->target.value(slot) : 0;
        const int m = need ? need->minimum.value(slot) : 0;
        const int p = planned.value(slot);
        top = std::max({top, t, m, p});
        for (const double x : {x0, x1}) {
            target->append(x, t);
            minimum->append(x, m);
            plannedUpper->append(x, p);
            plannedLower->append(x, 0);
        }
    }
    // The covers expected per quarter (the forecast the needs follow), on
    // their own axis at the right.
    const QList<double> served = m_document->coversAt(day);
    QLineSeries* coversLine = nullptr;
    double coversTop = 0;
    if (!served.isEmpty()) {
        coversLine = new QLineSeries(chart);
        coversLine->setName(tr("covers per quarter hour (forecast)"));
        for (int slot = 9 * 4; slot < 25 * 4; ++slot) {
            const double g = served.value(slot);
            coversTop = std::max(coversTop, g);
            coversLine->append(slot / 4.0, g);
            coversLine->append((slot + 1) / 4.0, g);
        }
        QPen coversPen(QColor(0x75, 0x75, 0x75), 1.5, Qt::DotLine);
        coversLine->setPen(coversPen);
    }
    auto* plannedArea = new QAreaSeries(plannedUpper, plannedLower);
    plannedArea->setName(tr("planned"));
    plannedArea->setColor(QColor(0x3A, 0x7B, 0xD5, 90));
    plannedArea->setBorderColor(QColor(0x3A, 0x7B, 0xD5));
    chart->addSeries(plannedArea);
    chart->addSeries(target);
    chart->addSeries(minimum);
    QPen targetPen(QColor(0xE0, 0x8A, 0x2E), 2.5);
    target->setPen(targetPen);
    QPen minimumPen(QColor(0xC6, 0x28, 0x28), 1.5, Qt::DashLine);
    minimum->setPen(minimumPen);
    auto* x = new QCategoryAxis(chart);
    x->setRange(9, 25);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int h = 9; h <= 25; h += 2)
        x->append(QStringLiteral("%1 h").arg(h % 24), h);
    auto* y = new QValueAxis(chart);
    y->setRange(0, top + 1);
    y->setTickCount(std::min(top + 2, 8));
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("people")); // as the covers' axis on the right says what it counts
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    if (coversLine) {
        chart->addSeries(coversLine);
        auto* covers = new QValueAxis(chart);
        // Whole ticks: the smallest step that needs at most five of them.
        int step = 1, ticks = 1;
        for (const int candidate : {1, 2, 5, 10, 20, 50, 100}) {
            step = candidate;
            ticks = std::max(1, int(std::ceil(coversTop * 1.1 / step)));
            if (ticks <= 5)
                break;
        }
        covers->setRange(0, ticks * step);
        covers->setTickCount(ticks + 1);
        covers->setLabelFormat(QStringLiteral("%d"));
        covers->setTitleText(tr("covers"));
        covers->setGridLineVisible(false);
        chart->addAxis(covers, Qt::AlignRight);
        coversLine->attachAxis(x);
        coversLine->attachAxis(covers);
    }
    QChart* old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void RostersTab::save()
{
    QSqlDatabase db = Database::connection();
    QString error;
    if (!m_document->save(db, &error)) {
        QMessageBox::warning(this, tr("Roster not saved"), error);
        return;
    }
    Q_EMIT statusMessage(tr("Roster of week %1 saved.").arg(RosterStore::isoWeekText(m_monday)));
}

void RostersTab::publish()
{
    if (!m_document->violations().isEmpty() &&
        QMessageBox::question(this, tr("Publish the roster?"),
                              tr("%n rule(s) are broken in this roster. Publish it anyway? Once published, "
                                 "it can no longer be changed.",
                                 nullptr, int(m_document->violations().size()))) != QMessageBox::Yes)
        return;
    QSqlDatabase db = Database::connection();
    QString error;
    if (!m_document->publish(db, &error)) {
        QMessageBox::warning(this, tr("Roster not published"), error);
        return;
    }
    Q_EMIT statusMessage(tr("Roster of week %1 published.").arg(RosterStore::isoWeekText(m_monday)));
}

bool RostersTab::isGenerating() const
{
    return !m_job.isNull();
}

bool RostersTab::generate()
{
    if (isGenerating() || m_document->readOnly() || m_document->week().staff.isEmpty())
        return false;
    // Shifts without a solver status were drawn (or changed) by hand.
    const int handMade = m_document->solverStatus().isEmpty() ? int(m_document->shifts().size()) : 0;
    if (handMade > 0 &&
        QMessageBox::question(this, tr("Replace the roster?"),
                              tr("This week has %n shift(s) entered or changed by hand. The generated "
                                 "roster replaces them all. Generate anyway?",
                                 nullptr, handMade)) != QMessageBox::Yes)
        return false;
    auto* job = new RosterOptimizerJob(this);
    connect(job, &RosterOptimizerJob::progressed, this, &RostersTab::onProgress);
    connect(job, &RosterOptimizerJob::finished, this, &RostersTab::onFinished);
    if (!job->start(m_document->week(), m_options)) {
        delete job;
        return false;
    }
    m_job = job;
    m_runClock.start();
    m_hasProgress = false;
    m_cancelRequested = false;
    m_cancel->setEnabled(true);
    m_document->setLocked(true);
    m_solverBanner->hide();
    m_progressStrip->show();
    m_tick->start();
    updateProgressText();
    refresh();
    return true;
}

void RostersTab::cancelGeneration()
{
    if (!m_job)
        return;
    m_cancelRequested = true;
    m_cancel->setEnabled(false);
    m_job->cancel();
    updateProgressText();
}

void RostersTab::abandonGeneration()
{
    if (!m_job)
        return;
    RosterOptimizerJob* job = m_job;
    m_job = nullptr;
    disconnect(job, nullptr, this, nullptr);
    job->cancel();
    // It goes when its run has ended (or with the tab, which waits for it).
    connect(job, &RosterOptimizerJob::finished, job, &QObject::deleteLater);
    m_tick->stop();
    m_progressStrip->hide();
    m_document->setLocked(false);
}

void RostersTab::onProgress(const RosterProgress& progress)
{
    m_lastProgress = progress;
    m_hasProgress = true;
    updateProgressText();
}

void RostersTab::updateProgressText()
{
    const QLocale locale;
    QString text =
        m_cancelRequested
            ? tr("Stopping… %1 s").arg(locale.toString(m_runClock.elapsed() / 1000.0, 'f', 1))
            : tr("Generating the roster… %1 s").arg(locale.toString(m_runClock.elapsed() / 1000.0, 'f', 1));
    if (m_hasProgress && m_lastProgress.hasIncumbent)
        text += QStringLiteral(" · ") +
                tr("best objective %1").arg(locale.toString(m_lastProgress.incumbent / 100.0, 'f', 0)) +
                QStringLiteral(" · ") +
                tr("gap %1 %").arg(locale.toString(std::max(0.0, m_lastProgress.gap) * 100, 'f', 1));
    else
        text += QStringLiteral(" · ") + tr("looking for a first roster");
    m_progressLabel->setText(text);
}

void RostersTab::showSolverBanner(const QString& html, bool problem)
{
    m_solverBanner->setStyleSheet(
        problem ? QStringLiteral("QLabel { background: #fff4e5; color: #7a3e00; border: 1px solid #f3c98b; "
                                 "border-radius: 4px; padding: 6px 10px; }")
                : QStringLiteral("QLabel { background: #e8f5e9; color: #1b5e20; border: 1px solid #a5d6a7; "
                                 "border-radius: 4px; padding: 6px 10px; }"));
    m_solverBanner->setText(html);
    m_solverBanner->show();
}

void RostersTab::onFinished(const RosterResult& result)
{
    if (m_job) {
        m_job->deleteLater();
        m_job = nullptr;
    }
    m_tick->stop();
    m_progressStrip->hide();
    m_document->setLocked(false);
    if (std::exchange(m_needsStale, false)) {
        // The forecast arrived during the run: the needs follow it now.
        QSqlDatabase db = Database::connection();
        m_document->recomputeNeeds(db);
    }
    const QLocale locale;
    // "0,1" at least: a fast week does not read "computed in 0,0 s".
    const QString seconds = locale.toString(std::max(0.1, result.seconds), 'f', 1);
    const QString gap = locale.toString(result.gap * 100, 'f', 1);
    auto euros = [&locale](qint64 cents) {
        return locale.toCurrencyString(cents / 100.0, QStringLiteral("€"));
    };
    using Status = RosterResult::Status;
    switch (result.status) {
    case Status::Optimal:
    case Status::Feasible: {
        // Within 0.05 %: the manager reads "optimal".
        QString status =
            result.gap < 5e-4 ? tr("Optimal roster") : tr("Roster %1 % from the optimum").arg(gap);
        if (result.status == Status::Feasible)
            status += tr(" (time limit reached)");
        status += tr(", computed in %1 s").arg(seconds);
        m_document->setShifts(result.shifts, status);
        showSolverBanner(QStringLiteral("<b>%1</b> — %2")
                             .arg(status.toHtmlEscaped(),
                                  tr("%n shift(s), labour cost %1. Check it, then save or publish.", nullptr,
                                     int(result.shifts.size()))
                                      .arg(euros(result.labourCostCents))
                                      .toHtmlEscaped()),
                         false);
        Q_EMIT statusMessage(status);
        break;
    }
    case Status::Cancelled:
        if (!result.shifts.isEmpty()) {
            const QString status = tr("Best roster found before the stop (%1 s)").arg(seconds);
            m_document->setShifts(result.shifts, status);
            showSolverBanner(
                QStringLiteral("<b>%1</b> — %2")
                    .arg(tr("Generation stopped.").toHtmlEscaped(),
                         tr("The best roster found in %1 s is shown; it keeps every rule but may not be the "
                            "best one. Generate again and let it finish for the optimum.")
                             .arg(seconds)
                             .toHtmlEscaped()),
                true);
        } else {
            showSolverBanner(
                QStringLiteral("<b>%1</b> — %2")
                    .arg(tr("Generation stopped.").toHtmlEscaped(),
                         tr("No roster had been found yet: the shifts are unchanged.").toHtmlEscaped()),
                true);
        }
        break;
    case Status::Infeasible:
    case Status::NoSolution: {
        QString html =
            QStringLiteral("<b>%1</b>")
                .arg((result.status == Status::Infeasible
                          ? tr("No roster can keep every rule this week; the shifts were not changed. "
                               "What stands in the way:")
                          : tr("No roster keeping every rule was found in %1 s; the shifts were not "
                               "changed. What stands in the way:")
                                .arg(seconds))
                         .toHtmlEscaped());
        html += QStringLiteral("<ul style=\"margin: 2px 0 0 -20px;\">");
        for (const RosterProblem& p : result.problems)
            html += QStringLiteral("<li>%1</li>").arg(p.message.toHtmlEscaped());
        html += QStringLiteral("</ul>");
        showSolverBanner(html, true);
        break;
    }
    }
    refresh();
    Q_EMIT generationFinished();
}

QDateTime RostersTab::now() const
{
    return m_now ? m_now() : QDateTime::currentDateTimeUtc();
}

bool RostersTab::coversPending() const
{
    return m_coversRunning == m_monday || m_coversNext == m_monday;
}

void RostersTab::forgetCovers()
{
    m_covers.clear();
    m_coversMadeAt.clear();
    // A run in flight was made from the old data: its answer is dropped.
    ++m_coversEpoch;
    m_coversRunning = QDate();
    m_coversNext = QDate();
    reload();
}

void RostersTab::coversSourcesChanged()
{
    m_coversMadeAt.clear(); // the next request computes again
    if (!m_coversRefresh->isActive())
        m_coversRefresh->start();
}

void RostersTab::requestCovers(const QDate& monday)
{
    if (!monday.isValid())
        return;
    const auto made = m_coversMadeAt.constFind(monday);
    if (made != m_coversMadeAt.cend() && made->msecsTo(QDateTime::currentDateTimeUtc()) < kCoversFreshMs)
        return;
    if (m_coversRunning.isValid()) {
        if (m_coversRunning != monday)
            m_coversNext = monday;
        return;
    }
    const StaffingConfig config = m_document->config();
    const Forecaster forecaster = RosterCovers::forecaster(config);
    const QDateTime at = now();
    if (!forecaster.hasHistory() && !forecaster.hasBook()) {
        WeekCovers none;
        none.monday = monday;
        storeCovers(none);
        return;
    }
    m_coversRunning = monday;
    QtConcurrent::run([forecaster, config, monday, at] {
        return RosterCovers::compute(forecaster, config, monday, at);
    }).then(this, [this, epoch = m_coversEpoch](const WeekCovers& covers) {
        if (epoch != m_coversEpoch)
            return;
        m_coversRunning = QDate();
        storeCovers(covers);
        const QDate next = std::exchange(m_coversNext, QDate());
        if (next.isValid())
            requestCovers(next);
    });
    updateCoversLabel();
}

void RostersTab::storeCovers(const WeekCovers& covers)
{
    m_covers.insert(covers.monday, covers);
    m_coversMadeAt.insert(covers.monday, QDateTime::currentDateTimeUtc());
    if (covers.monday == m_monday) {
        m_document->setCovers(covers);
        if (m_document->locked()) {
            m_needsStale = true; // the run in flight has the old needs
        } else {
            QSqlDatabase db = Database::connection();
            if (db.isOpen())
                m_document->recomputeNeeds(db);
        }
        updateCoversLabel();
    }
    Q_EMIT coversUpdated(covers.monday);
}

void RostersTab::updateCoversLabel()
{
    if (m_coversRunning == m_monday && !m_covers.contains(m_monday)) {
        m_coversLabel->setText(tr("Computing the covers forecast for this week…"));
        return;
    }
    m_coversLabel->setText(RosterCovers::describe(m_document->covers()));
}

bool RostersTab::editNeeds()
{
    const QString role = m_role->currentData().toString();
    if (!m_document->editable() || role.isEmpty())
        return false;
    NeedsEditor editor(m_document, role, m_monday.addDays(m_chartDay), this);
    if (editor.exec() != QDialog::Accepted)
        return false;
    Q_EMIT statusMessage(
        tr("Needs of %1 on %2 saved.")
            .arg(RosterValidator::roleLabel(role), RosterValidator::dayLabel(m_monday.addDays(m_chartDay))));
    return true;
}

QString RostersTab::restaurantName()
{
    const QString name = AppPaths::settings()->value(QStringLiteral("restaurant/name")).toString().trimmed();
    if (!name.isEmpty())
        return name;
    return AppPaths::isDemoDatabase() ? QStringLiteral("Le Vieux Moulin") : QString();
}

bool RostersTab::exportTo(ExportKind kind, const QString& path, QString* error)
{
    QHash<QString, QString> names;
    for (const StaffMember& m : m_document->week().staff)
        names.insert(m.id, m.name);
    if (kind == ExportKind::Pdf) {
        RosterPdfInput input;
        input.restaurantName = restaurantName();
        input.monday = m_monday;
        input.staff = m_document->week().staff;
        input.names = names;
        input.shifts = m_document->shifts();
        input.stateText = m_stateLabel->text();
        return RosterPdf::write(path, input, error);
    }
    const QByteArray bytes =
        kind == ExportKind::ShiftsCsv
            ? RosterStore::shiftsCsv(m_document->shifts(), names)
            : Payroll::csv(Payroll::compute(m_monday, m_document->shifts(), m_document->week().staff, names));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void RostersTab::exportDialog(ExportKind kind)
{
    const QString week = RosterStore::isoWeekText(m_monday);
    QString suggested, filter, caption;
    switch (kind) {
    case ExportKind::ShiftsCsv:
        suggested = QStringLiteral("planning-%1.csv").arg(week);
        filter = tr("CSV (*.csv)");
        caption = tr("Export the shifts (CSV)");
        break;
    case ExportKind::PayrollCsv:
        suggested = QStringLiteral("paie-%1.csv").arg(week);
        filter = tr("CSV (*.csv)");
        caption = tr("Export the payroll summary (CSV)");
        break;
    case ExportKind::Pdf:
        suggested = QStringLiteral("planning-%1.pdf").arg(week);
        filter = tr("PDF (*.pdf)");
        caption = tr("Export the roster (PDF)");
        break;
    }
    const QString path = QFileDialog::getSaveFileName(this, caption, suggested, filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(kind, path, &error)) {
        QMessageBox::warning(this, tr("Roster not exported"), error);
        return;
    }
    Q_EMIT statusMessage(tr("Roster exported to %1.").arg(path));
}

bool RostersTab::importConfiguration(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Configuration not imported"),
                             tr("Could not read %1: %2").arg(path, file.errorString()));
        return false;
    }
    QList<ConfigIssue> issues;
    const std::optional<StaffingConfig> config = StaffingConfig::fromJson(file.readAll(), &issues);
    if (!config) {
        QStringList lines;
        for (const ConfigIssue& issue : issues)
            lines << QStringLiteral("• ") + issue.message;
        QMessageBox box(QMessageBox::Warning, tr("Configuration not imported"),
                        tr("Nothing was changed: %n issue(s) in %1.", nullptr, int(issues.size())).arg(path),
                        QMessageBox::Ok, this);
        box.setDetailedText(lines.join(QLatin1Char('\n')));
        box.setInformativeText(lines.mid(0, 6).join(QLatin1Char('\n')));
        box.exec();
        return false;
    }
    QSqlDatabase db = Database::connection();
    QString error;
    if (!RosterStore::saveConfig(db, *config, &error)) {
        QMessageBox::warning(this, tr("Configuration not imported"), error);
        return false;
    }
    reload();
    Q_EMIT statusMessage(
        tr("Staffing configuration imported: %n person(s).", nullptr, int(config->staff.size())));
    return true;
}

void RostersTab::importConfigurationDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import the staffing configuration"),
                                                      QString(), tr("JSON (*.json)"));
    if (!path.isEmpty())
        importConfiguration(path);
}

void RostersTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh();
    }
    QWidget::changeEvent(event);
}

void RostersTab::retranslateUi()
{
    m_previous->setToolTip(tr("Previous week"));
    m_next->setToolTip(tr("Next week"));
    m_today->setText(tr("This week"));
    m_generate->setText(tr("Generate"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the optimiser: the best roster found so far, if any, is kept."));
    m_save->setText(tr("Save"));
    m_publish->setText(tr("Publish"));
    m_publish->setToolTip(
        tr("Publish the week: it becomes read-only and the next week counts its rests from it."));
    m_export->setText(tr("Export"));
    m_export->setToolTip(tr("The week for payroll: the shifts or the payroll summary as CSV, or a PDF."));
    m_exportShifts->setText(tr("Export CSV (shifts)…"));
    m_exportShifts->setToolTip(tr("One row per shift: person, role, start, end."));
    m_exportPayroll->setText(tr("Export CSV (payroll)…"));
    m_exportPayroll->setToolTip(tr(
        "One row per person: hours, night, Sunday and holiday hours, split shifts, labour cost; the total."));
    m_exportPdf->setText(tr("Export PDF…"));
    m_editNeeds->setText(tr("Edit needs…"));
    m_import->setText(tr("Import configuration…"));
    m_import->setToolTip(
        tr("The staffing configuration (roles, constraints, opening hours, staff) as JSON."));
    m_emptyState->setState({tr("No staff yet"),
                            tr("Import the staffing configuration (roles with min_staff and optimal_ratio, "
                               "constraints, opening hours and the staff list) to plan the weeks."),
                            tr("Import configuration…")});
}

} // namespace Moulin
