#include "scheduling/ui/rosterstab.h"

#include "common/core/database.h"
#include "common/ui/emptystatewidget.h"
#include "scheduling/core/rosterdocument.h"
#include "scheduling/ui/rostergrid.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace Moulin {

namespace {

QDate mondayOf(const QDate& day)
{
    return day.addDays(1 - day.dayOfWeek());
}

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
{
    setObjectName(QStringLiteral("rostersTab"));
    m_grid->setObjectName(QStringLiteral("rosterGrid"));
    m_violations->setObjectName(QStringLiteral("rosterViolations"));
    m_alerts->setObjectName(QStringLiteral("rosterAlerts"));
    m_stateLabel->setObjectName(QStringLiteral("rosterState"));
    m_publish->setObjectName(QStringLiteral("rosterPublish"));
    m_chart->setObjectName(QStringLiteral("rosterCoverage"));

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
    toolbar->addWidget(m_save);
    toolbar->addWidget(m_publish);
    toolbar->addWidget(m_export);

    m_alerts->setWordWrap(true);
    m_alerts->setTextFormat(Qt::RichText);
    m_alerts->setStyleSheet(QStringLiteral(
        "QLabel { background: #fdecea; color: #8e1c1c; border: 1px solid #f5c2bd; border-radius: 4px; "
        "padding: 6px 10px; }"));

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
    chartLayout->addLayout(chartHeader);
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
    connect(m_save, &QPushButton::clicked, this, &RostersTab::save);
    connect(m_publish, &QPushButton::clicked, this, &RostersTab::publish);
    connect(m_export, &QPushButton::clicked, this, &RostersTab::exportCsv);
    connect(m_import, &QPushButton::clicked, this, &RostersTab::importConfigurationDialog);
    connect(m_emptyState, &EmptyStateWidget::actionRequested, this, &RostersTab::importConfigurationDialog);
    connect(m_document, &RosterDocument::changed, this, &RostersTab::refresh);
    connect(m_grid, &RosterGrid::dayActivated, this, [this](int day) {
        m_chartDay = day;
        refreshChart();
    });
    connect(m_role, &QComboBox::currentIndexChanged, this, &RostersTab::refreshChart);
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
    m_document->load(db, m_monday);
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
    m_save->setEnabled(!published &&
                       (m_document->modified() || m_document->state() == StoredWeek::State::None) &&
                       !m_document->shifts().isEmpty());
    m_publish->setEnabled(!published && !m_document->shifts().isEmpty());
    m_export->setEnabled(!m_document->shifts().isEmpty());

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
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
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

void RostersTab::exportCsv()
{
    const QString suggested = QStringLiteral("planning-%1.csv").arg(RosterStore::isoWeekText(m_monday));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the roster for payroll"), suggested, tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QHash<QString, QString> names;
    for (const StaffMember& m : m_document->week().staff)
        names.insert(m.id, m.name);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(RosterStore::shiftsCsv(m_document->shifts(), names)) < 0 || !file.commit()) {
        QMessageBox::warning(this, tr("Roster not exported"),
                             tr("Could not write %1: %2").arg(path, file.errorString()));
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
    m_save->setText(tr("Save"));
    m_publish->setText(tr("Publish"));
    m_publish->setToolTip(
        tr("Publish the week: it becomes read-only and the next week counts its rests from it."));
    m_export->setText(tr("Export CSV…"));
    m_export->setToolTip(tr("One row per shift for payroll: person, role, start, end."));
    m_import->setText(tr("Import configuration…"));
    m_import->setToolTip(
        tr("The staffing configuration (roles, constraints, opening hours, staff) as JSON."));
    m_emptyState->setState({tr("No staff yet"),
                            tr("Import the staffing configuration (roles with min_staff and optimal_ratio, "
                               "constraints, opening hours and the staff list) to plan the weeks."),
                            tr("Import configuration…")});
}

} // namespace Moulin
