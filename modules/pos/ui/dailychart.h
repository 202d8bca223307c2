#pragma once

#include "pos/core/salesrepository.h"

#include <QChartView>
#include <QTime>

class QAreaSeries;
class QCategoryAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace Moulin {

/// Today, not over: its point compares with last year's up to the same
/// time of day (a hollow dot on last year's curve, and the tooltip), while
/// last year's curve keeps its whole days (what is still to come).
struct DailyChartPartialDay
{
    QDate day;                // today
    QTime until;              // local time of day; invalid: no partial day
    qint64 lastYearCents = 0; // last year's match up to `until` (hourly: of that hour)
    bool isValid() const { return day.isValid() && until.isValid(); }
};

/// Turnover incl. VAT of the period with last year's curve (aligned day for
/// day) dashed behind it. One point per day up to three months, per week up
/// to two years, per month beyond (a thousand daily points are unreadable,
/// and slow to draw); a one-day period shows the day hour by hour. Click a
/// point, or move with ← → and press Enter, to see the receipts behind it.
///
/// Updates replace the series' points; the chart itself is built once.
class DailyChart : public QChartView
{
    Q_OBJECT

public:
    enum class Granularity
    {
        Hour,
        Day,
        Week,
        Month
    };
    Q_ENUM(Granularity)

    /// Longest period drawn day by day, then week by week.
    static constexpr int kMaxDailyDays = 92;
    static constexpr int kMaxWeeklyDays = 731;

    /// Today, not over (see DailyChartPartialDay).
    using PartialDay = DailyChartPartialDay;

    explicit DailyChart(QWidget* parent = nullptr);

    /// `current`: days of the period up to its last point (zero-filled, in
    /// date order); `lastYear`: the same number of days one year earlier.
    void setDaily(const SalesPeriod& period, const QList<DailyPoint>& current,
                  const QList<DailyPoint>& lastYear, const PartialDay& partial = {});
    /// One day, hour by hour: non-empty hours of the day and of last year.
    /// With `partial` (today), this day's curve stops at the current hour.
    void setHourly(const QDate& day, const QList<HourWeekdayCell>& current,
                   const QList<HourWeekdayCell>& lastYear, const PartialDay& partial = {});

    Granularity granularity() const { return m_granularity; }
    bool isHourly() const { return m_granularity == Granularity::Hour; }
    int pointCount() const;
    qint64 totalCents() const { return m_totalCents; }
    /// The days behind point `index` (the day itself for a daily chart).
    SalesPeriod pointPeriod(int index) const;
    /// The focused point (keyboard), -1 for none.
    int focusedIndex() const { return m_focus; }
    void setFocusedIndex(int index);
    /// Drill-down on point `index` (emits pointActivated / hourActivated).
    void activate(int index);
    /// The tooltip of point `index` (rich text).
    QString pointToolTip(int index) const { return pointText(index); }
    /// The point that holds today not over yet, -1 for none.
    int partialIndex() const { return m_partialIndex; }
    /// Last year's value that point compares with (up to the same time).
    qint64 partialLastYearCents() const { return m_partialLastCents; }

Q_SIGNALS:
    /// A day, week or month point: its days.
    void pointActivated(const Moulin::SalesPeriod& days, Moulin::DailyChart::Granularity granularity);
    void hourActivated(const QDate& day, int hour);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Bucket
    {
        SalesPeriod days;
        SalesPeriod lastYearDays;
    };

    int indexAt(const QPoint& pos) const;
    QString pointTitle(int index) const;
    QString pointText(int index) const;
    void updateMarker();
    void setPartial(int index, const PartialDay& partial, qint64 lastYearCents);
    void retranslateUi();
    void setValueRange();
    void setBucketLabels();
    QList<QPointF> points(const QList<qint64>& cents, int firstX) const;

    QChart* m_chart;
    QLineSeries* m_current; // upper edge of the area (not drawn itself)
    QAreaSeries* m_area;    // fill under this period's curve
    QLineSeries* m_line;    // this period's curve (the area has no outline)
    QLineSeries* m_lastYear;
    QScatterSeries* m_marker;
    QScatterSeries* m_lastYearPartial; // last year up to the same time, at today's point
    QCategoryAxis* m_xAxis;            // point index (days, weeks, months) or hour
    QValueAxis* m_valueAxis;

    Granularity m_granularity = Granularity::Day;
    SalesPeriod m_period;
    QDate m_day;         // hourly
    int m_firstHour = 0; // hourly: hour of point 0
    QList<Bucket> m_buckets;
    QList<qint64> m_values;     // cents, per point (this period, up to its last day)
    QList<qint64> m_lastValues; // cents, per point
    qint64 m_totalCents = 0;
    int m_focus = -1;
    int m_partialIndex = -1;
    QTime m_partialUntil;
    qint64 m_partialLastCents = 0; // the partial point's last-year value, cut
};

} // namespace Moulin
