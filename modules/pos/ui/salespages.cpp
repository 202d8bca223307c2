#include "pos/ui/salespages.h"

#include "pos/ui/breakdowncharts.h"
#include "pos/ui/chartstyle.h"
#include "pos/ui/dailychart.h"
#include "pos/ui/heatmapwidget.h"
#include "pos/ui/salesformat.h"
#include "pos/ui/salesmodels.h"
#include "pos/ui/salestablepanel.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Moulin {

namespace {

/// What an empty chart or table says: nothing sold, or not imported yet.
QString emptyText(const SalesView& view)
{
    return view.importing ? QCoreApplication::translate("Moulin::SalesPage",
                                                        "The sales of this period are still being imported…")
                          : QCoreApplication::translate("Moulin::SalesPage", "No sales in this period");
}

} // namespace

namespace {

BreakdownModel::Cell moneyCell(qint64 cents)
{
    return {SalesFormat::money(cents), cents, SalesFormat::moneyPlain(cents), {}};
}

BreakdownModel::Cell shareCell(qint64 part, qint64 total)
{
    const double share = total > 0 ? 100.0 * double(part) / double(total) : 0.0;
    return {SalesFormat::percent(share), share, QLocale().toString(share, 'f', 1), {}};
}

BreakdownModel::Cell deltaCell(qint64 now, qint64 before)
{
    const SalesDelta d = SalesFormat::delta(now, before);
    return {d.text, d.trend == SalesDelta::Trend::None ? QVariant() : QVariant(d.percent),
            d.trend == SalesDelta::Trend::None ? QString() : QLocale().toString(d.percent, 'f', 1), d.color};
}

QVBoxLayout* pageLayout(QWidget* page)
{
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->setSpacing(12);
    return layout;
}

} // namespace

// ---------------------------------------------------------------- overview

OverviewPage::OverviewPage(QWidget* parent)
    : SalesPage(parent)
    , m_daily(new DailyChart)
    , m_heatMap(new HeatMapWidget)
    , m_dailyCard(new ChartCard(m_daily, this))
    , m_heatMapCard(new ChartCard(m_heatMap, this))
{
    setObjectName(QStringLiteral("overviewPage"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_dailyCard, 3);
    layout->addWidget(m_heatMapCard, 2);

    connect(m_daily, &DailyChart::pointActivated, this,
            [this](const SalesPeriod& days, DailyChart::Granularity granularity) {
                ReceiptFilter f;
                f.period = days;
                if (granularity == DailyChart::Granularity::Day) {
                    f.label = SalesFormat::shortDateWithYear(days.from);
                } else if (granularity == DailyChart::Granularity::Week) {
                    f.label = tr("week of %1").arg(SalesFormat::shortDateWithYear(days.from));
                } else {
                    f.label = QLocale().toString(days.from, QStringLiteral("MMMM yyyy"));
                }
                Q_EMIT drillDown(f);
            });
    connect(m_daily, &DailyChart::hourActivated, this, [this](const QDate& day, int hour) {
        ReceiptFilter f;
        f.period = {day, day};
        f.hour = hour;
        f.label = SalesFormat::shortDateWithYear(day) + QStringLiteral(", ") + SalesFormat::hourRange(hour);
        Q_EMIT drillDown(f);
    });
    connect(m_heatMap, &HeatMapWidget::cellActivated, this, [this](int weekday, int hour) {
        ReceiptFilter f;
        f.period = m_view.period;
        f.weekday = weekday;
        f.hour = hour;
        f.label = tr("%1, %2").arg(SalesFormat::weekdayName(weekday), SalesFormat::hourRange(hour));
        Q_EMIT drillDown(f);
    });
    retranslateUi();
}

void OverviewPage::load(const SalesDataSource& source, const SalesView& view)
{
    m_view = view;
    // Last year's curve keeps its whole days (what is still to come); today,
    // not over, compares with last year's day up to the same time.
    const SalesPeriod lastYearFull = source.samePeriodLastYear(view.period);
    DailyChart::PartialDay partial;
    const SalesPeriod lastYearDay{view.lastYear.to, view.lastYear.to, view.comparedUntil()};
    if (view.comparedUntil().isValid()) {
        partial.day = view.elapsed.to;
        partial.until = view.comparedUntil();
    }
    // The heat map's cells; for one day they are its hourly curve too (a
    // single day is all elapsed: `elapsed` is `period`).
    const QList<HourWeekdayCell> cells = source.hourWeekday(view.period);
    if (view.period.from == view.period.to) {
        if (partial.isValid()) {
            for (const HourWeekdayCell& c : source.hourWeekday(lastYearDay)) {
                if (c.hour == partial.until.hour())
                    partial.lastYearCents += c.grossCents;
            }
        }
        m_daily->setHourly(view.period.from, cells, source.hourWeekday(lastYearFull), partial);
    } else {
        if (partial.isValid())
            partial.lastYearCents = source.kpis(lastYearDay).grossCents;
        m_daily->setDaily(view.period, source.daily(view.elapsed), source.daily(lastYearFull), partial);
    }
    updateDailyTitle();
    m_dailyCard->setEmptyMessage(m_daily->totalCents() == 0 ? emptyText(view) : QString());

    m_heatMap->setCells(cells);
    m_heatMapCard->setEmptyMessage(m_heatMap->maxCents() == 0 ? emptyText(view) : QString());
}

void OverviewPage::updateDailyTitle()
{
    switch (m_daily->granularity()) {
    case DailyChart::Granularity::Hour:
        m_dailyCard->setTitle(tr("Turnover by hour"));
        break;
    case DailyChart::Granularity::Day:
        m_dailyCard->setTitle(tr("Daily turnover"));
        break;
    case DailyChart::Granularity::Week:
        m_dailyCard->setTitle(tr("Weekly turnover"));
        break;
    case DailyChart::Granularity::Month:
        m_dailyCard->setTitle(tr("Monthly turnover"));
        break;
    }
}

void OverviewPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OverviewPage::retranslateUi()
{
    updateDailyTitle();
    m_dailyCard->setLegend(
        {{ChartStyle::primary(), tr("This period"), false}, {ChartStyle::lastYear(), tr("Last year"), true}});
    m_heatMapCard->setTitle(tr("Busy hours"));
    m_heatMapCard->setSubtitle(tr("incl. VAT, by weekday and hour"));
}

// ---------------------------------------------------------------- groups

GroupsPage::GroupsPage(QWidget* parent)
    : SalesPage(parent)
    , m_chart(new BarBreakdownChart)
    , m_card(new ChartCard(m_chart, this))
    , m_model(new BreakdownModel(this))
    , m_table(new SalesTablePanel(m_model, QStringLiteral("groups"), this))
{
    setObjectName(QStringLiteral("groupsPage"));
    m_chart->setObjectName(QStringLiteral("groupsChart"));
    m_table->view()->setObjectName(QStringLiteral("groupsTable"));
    m_table->setColumnsFit(0);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_card, 1);
    layout->addWidget(m_table, 1);
    connect(m_chart, &BarBreakdownChart::barActivated, this, &GroupsPage::drill);
    connect(m_table, &SalesTablePanel::rowActivated, this, [this](int row) {
        if (row >= 0 && row < m_model->rows().size())
            drill(m_model->rows().at(row).key);
    });
    retranslateUi();
}

void GroupsPage::load(const SalesDataSource& source, const SalesView& view)
{
    m_view = view;
    m_groups = source.byAccountingGroup(view.elapsed);
    const QList<GroupTotal> before = source.byAccountingGroup(view.lastYear);
    QHash<QString, qint64> beforeById;
    for (const GroupTotal& g : before)
        beforeById.insert(g.groupId, g.grossCents);

    qint64 total = 0;
    for (const GroupTotal& g : std::as_const(m_groups))
        total += g.grossCents;
    QList<BreakdownBar> bars;
    QList<BreakdownModel::Row> rows;
    for (const GroupTotal& g : std::as_const(m_groups)) {
        const qint64 last = beforeById.value(g.groupId);
        bars.append({g.groupId, g.name, g.grossCents, last, {}});
        rows.append({g.groupId,
                     {{g.name, g.name, {}, {}},
                      moneyCell(g.netCents),
                      moneyCell(g.grossCents),
                      shareCell(g.grossCents, total),
                      moneyCell(last),
                      deltaCell(g.grossCents, last)}});
    }
    if (lastYearTitle() != m_lastYearTitle)
        retranslateUi(); // compared up to another time of day
    m_chart->setBars(bars, true);
    m_model->setRows(rows);
    m_card->setEmptyMessage(m_groups.isEmpty() ? emptyText(view) : QString());
}

void GroupsPage::drill(const QString& groupId)
{
    ReceiptFilter f;
    f.period = m_view.period;
    f.groupId = groupId;
    QString name = groupId;
    for (const GroupTotal& g : std::as_const(m_groups)) {
        if (g.groupId == groupId)
            name = g.name;
    }
    f.label = tr("group “%1”").arg(name);
    Q_EMIT drillDown(f);
}

void GroupsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString GroupsPage::lastYearTitle() const
{
    const QTime until = m_view.comparedUntil();
    return until.isValid() ? tr("Last year until %1").arg(SalesFormat::timeOfDay(until)) : tr("Last year");
}

void GroupsPage::retranslateUi()
{
    m_lastYearTitle = lastYearTitle();
    const QList<BreakdownModel::Row> rows = m_model->rows();
    m_model->setColumns({tr("Accounting group"), tr("Excl. VAT"), tr("Incl. VAT"), tr("Share"),
                         m_lastYearTitle, tr("Change")},
                        {false, true, true, true, true, true});
    m_model->setRows(rows);
    m_card->setTitle(tr("Turnover by accounting group"));
    m_card->setSubtitle(tr("incl. VAT"));
    m_card->setLegend({{ChartStyle::primary(), tr("This period"), false},
                       {QColor(0xcb, 0xd2, 0xdc), m_lastYearTitle, false}});
    m_chart->setSeriesNames(tr("This period"), m_lastYearTitle);
    m_table->setExportName(tr("accounting-groups"));
}

// ---------------------------------------------------------------- items

ItemsPage::ItemsPage(QWidget* parent)
    : SalesPage(parent)
    , m_top(new BarBreakdownChart)
    , m_bottom(new BarBreakdownChart)
    , m_topCard(new ChartCard(m_top, this))
    , m_bottomCard(new ChartCard(m_bottom, this))
    , m_model(new BreakdownModel(this))
    , m_table(new SalesTablePanel(m_model, QStringLiteral("items"), this))
{
    setObjectName(QStringLiteral("itemsPage"));
    m_top->setObjectName(QStringLiteral("topItemsChart"));
    m_bottom->setObjectName(QStringLiteral("bottomItemsChart"));
    m_bottom->setBarColor(QColor(0xf0, 0x8c, 0x00));
    m_table->view()->setObjectName(QStringLiteral("itemsTable"));
    m_table->setColumnsFit(0);
    m_table->setSearchVisible(true);

    auto* charts = new QHBoxLayout;
    charts->setSpacing(12);
    charts->addWidget(m_topCard);
    charts->addWidget(m_bottomCard);
    auto* chartsBox = new QWidget(this);
    chartsBox->setLayout(charts);
    charts->setContentsMargins(0, 0, 0, 0);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(chartsBox);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto* layout = pageLayout(this);
    layout->addWidget(splitter);

    connect(m_top, &BarBreakdownChart::barActivated, this, &ItemsPage::drill);
    connect(m_bottom, &BarBreakdownChart::barActivated, this, &ItemsPage::drill);
    connect(m_table, &SalesTablePanel::rowActivated, this, [this](int row) {
        if (row >= 0 && row < m_model->rows().size())
            drill(m_model->rows().at(row).key);
    });
    retranslateUi();
}

void ItemsPage::load(const SalesDataSource& source, const SalesView& view)
{
    m_view = view;
    const QList<ItemTotal> all = source.topItems(view.elapsed, kTableRows, false);
    const QList<ItemTotal> bottom = source.topItems(view.elapsed, kChartBars, true);
    const QLocale locale;
    qint64 total = 0;
    for (const ItemTotal& i : all)
        total += i.grossCents;
    m_names.clear();
    const auto bar = [&](const ItemTotal& i) {
        return BreakdownBar{i.sku, i.name, i.grossCents, 0,
                            tr("%1 sold").arg(locale.toString(i.quantity, 'g', 6))};
    };
    QList<BreakdownBar> topBars;
    QList<BreakdownModel::Row> rows;
    for (const ItemTotal& i : all) {
        m_names.insert(i.sku, i.name);
        if (topBars.size() < kChartBars)
            topBars.append(bar(i));
        rows.append({i.sku,
                     {{i.name, i.name, {}, {}},
                      {i.sku, i.sku, {}, {}},
                      {locale.toString(i.quantity, 'g', 6),
                       i.quantity,
                       QString::number(i.quantity, 'g', 6).replace(QLatin1Char('.'), locale.decimalPoint()),
                       {}},
                      moneyCell(i.grossCents),
                      shareCell(i.grossCents, total)}});
    }
    QList<BreakdownBar> bottomBars;
    for (const ItemTotal& i : bottom) {
        m_names.insert(i.sku, i.name);
        bottomBars.append(bar(i));
    }
    m_top->setBars(topBars, false);
    m_bottom->setBars(bottomBars, false);
    m_model->setRows(rows);
    const QString empty = all.isEmpty() ? emptyText(view) : QString();
    m_topCard->setEmptyMessage(empty);
    m_bottomCard->setEmptyMessage(empty);
}

void ItemsPage::drill(const QString& sku)
{
    ReceiptFilter f;
    f.period = m_view.period;
    f.sku = sku;
    f.label = tr("item “%1”").arg(m_names.value(sku, sku));
    Q_EMIT drillDown(f);
}

void ItemsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ItemsPage::retranslateUi()
{
    const QList<BreakdownModel::Row> rows = m_model->rows();
    m_model->setColumns({tr("Item"), tr("SKU"), tr("Quantity"), tr("Incl. VAT"), tr("Share")},
                        {false, false, true, true, true});
    m_model->setRows(rows);
    m_topCard->setTitle(tr("Best sellers"));
    m_bottomCard->setTitle(tr("Slowest sellers"));
    m_topCard->setSubtitle(tr("top %1, incl. VAT").arg(kChartBars));
    m_bottomCard->setSubtitle(tr("bottom %1, incl. VAT").arg(kChartBars));
    m_table->setTitle(tr("All items sold"));
    m_table->setExportName(tr("items"));
}

// ---------------------------------------------------------------- payments

PaymentsPage::PaymentsPage(QWidget* parent)
    : SalesPage(parent)
    , m_chart(new PaymentsChart)
    , m_card(new ChartCard(m_chart, this))
    , m_model(new BreakdownModel(this))
    , m_table(new SalesTablePanel(m_model, QStringLiteral("payments"), this))
{
    setObjectName(QStringLiteral("paymentsPage"));
    m_chart->setObjectName(QStringLiteral("paymentsChart"));
    m_table->view()->setObjectName(QStringLiteral("paymentsTable"));
    m_table->setColumnsFit(0);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_card, 3);
    layout->addWidget(m_table, 2);
    connect(m_chart, &PaymentsChart::methodActivated, this, &PaymentsPage::drill);
    connect(m_table, &SalesTablePanel::rowActivated, this, [this](int row) {
        if (row >= 0 && row < m_model->rows().size())
            drill(m_model->rows().at(row).key);
    });
    retranslateUi();
}

void PaymentsPage::load(const SalesDataSource& source, const SalesView& view)
{
    m_view = view;
    const QList<PaymentTotal> payments = source.payments(view.elapsed);
    qint64 total = 0;
    for (const PaymentTotal& p : payments)
        total += p.cents;
    QList<BreakdownModel::Row> rows;
    for (const PaymentTotal& p : payments) {
        rows.append({p.method,
                     {{p.method, p.method, {}, {}},
                      moneyCell(p.cents),
                      {QLocale().toString(p.count), p.count, QString::number(p.count), {}},
                      shareCell(p.cents, total)}});
    }
    m_chart->setPayments(payments);
    m_model->setRows(rows);
    m_card->setEmptyMessage(payments.isEmpty() ? emptyText(view) : QString());
}

void PaymentsPage::drill(const QString& method)
{
    ReceiptFilter f;
    f.period = m_view.period;
    f.paymentMethod = method;
    f.label = tr("paid by %1").arg(method);
    Q_EMIT drillDown(f);
}

void PaymentsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PaymentsPage::retranslateUi()
{
    const QList<BreakdownModel::Row> rows = m_model->rows();
    m_model->setColumns({tr("Payment method"), tr("Amount"), tr("Payments"), tr("Share")},
                        {false, true, true, true});
    m_model->setRows(rows);
    m_card->setTitle(tr("Payment methods"));
    m_table->setExportName(tr("payment-methods"));
}

} // namespace Moulin
