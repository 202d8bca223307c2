#pragma once

// The sub-views of the Ventes tab that depend on the period. Each is built
// the first time it is shown (SalesTab creates them lazily) and reloaded
// only when visible; a reload replaces the series' data, never the charts.

#include "pos/ui/salesdatasource.h"

#include <QWidget>

namespace Moulin {

class BarBreakdownChart;
class BreakdownModel;
class ChartCard;
class DailyChart;
class HeatMapWidget;
class PaymentsChart;
class SalesTablePanel;

/// The periods a page shows and compares.
struct SalesView
{
    SalesPeriod period;  // as picked (a whole week / month)
    SalesPeriod elapsed; // the part of it up to today (what the figures cover)
    /// The same span as `elapsed`, one year earlier. When `elapsed` ends
    /// today, it stops at the time of day it is now (lastYear.until, to the
    /// minute): today's takings so far compare with last year's up to the
    /// same time, not with its whole day.
    SalesPeriod lastYear;
    /// The history import from the till has not reached the end of the
    /// period (or of its comparison) yet: its figures are not complete.
    bool importing = false;

    /// The time of day last year's figures stop at; invalid: whole days.
    QTime comparedUntil() const { return lastYear.until; }
    /// The period is today alone (and the time of day is known): a service
    /// that has not started yet has nothing to compare.
    bool isTodayOnly() const { return lastYear.until.isValid() && elapsed.from == elapsed.to; }
};

class SalesPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;
    virtual void load(const SalesDataSource& source, const SalesView& view) = 0;

Q_SIGNALS:
    void drillDown(const Moulin::ReceiptFilter& filter);
};

/// Daily turnover against last year, and the weekday × hour heat map.
class OverviewPage : public SalesPage
{
    Q_OBJECT

public:
    explicit OverviewPage(QWidget* parent = nullptr);
    void load(const SalesDataSource& source, const SalesView& view) override;

    DailyChart* dailyChart() const { return m_daily; }
    HeatMapWidget* heatMap() const { return m_heatMap; }
    ChartCard* dailyCard() const { return m_dailyCard; }
    ChartCard* heatMapCard() const { return m_heatMapCard; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateDailyTitle();

    SalesView m_view;
    DailyChart* m_daily;
    HeatMapWidget* m_heatMap;
    ChartCard* m_dailyCard;
    ChartCard* m_heatMapCard;
};

/// Turnover by accounting group, against last year: bars and table.
class GroupsPage : public SalesPage
{
    Q_OBJECT

public:
    explicit GroupsPage(QWidget* parent = nullptr);
    void load(const SalesDataSource& source, const SalesView& view) override;

    BarBreakdownChart* chart() const { return m_chart; }
    SalesTablePanel* table() const { return m_table; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void drill(const QString& groupId);
    /// "Last year", or "Last year until 13:45" for a period that includes today.
    QString lastYearTitle() const;

    SalesView m_view;
    QString m_lastYearTitle; // as shown
    BarBreakdownChart* m_chart;
    ChartCard* m_card;
    BreakdownModel* m_model;
    SalesTablePanel* m_table;
    QList<GroupTotal> m_groups;
};

/// Best and worst sellers (bars) and every item sold (table).
class ItemsPage : public SalesPage
{
    Q_OBJECT

public:
    static constexpr int kChartBars = 10;
    static constexpr int kTableRows = 1000;

    explicit ItemsPage(QWidget* parent = nullptr);
    void load(const SalesDataSource& source, const SalesView& view) override;

    BarBreakdownChart* topChart() const { return m_top; }
    BarBreakdownChart* bottomChart() const { return m_bottom; }
    SalesTablePanel* table() const { return m_table; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void drill(const QString& sku);

    SalesView m_view;
    BarBreakdownChart* m_top;
    BarBreakdownChart* m_bottom;
    ChartCard* m_topCard;
    ChartCard* m_bottomCard;
    BreakdownModel* m_model;
    SalesTablePanel* m_table;
    QHash<QString, QString> m_names; // sku -> name
};

/// Payment methods: ring and table.
class PaymentsPage : public SalesPage
{
    Q_OBJECT

public:
    explicit PaymentsPage(QWidget* parent = nullptr);
    void load(const SalesDataSource& source, const SalesView& view) override;

    PaymentsChart* chart() const { return m_chart; }
    SalesTablePanel* table() const { return m_table; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void drill(const QString& method);

    SalesView m_view;
    PaymentsChart* m_chart;
    ChartCard* m_card;
    BreakdownModel* m_model;
    SalesTablePanel* m_table;
};

} // namespace Moulin
