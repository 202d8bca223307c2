#pragma once

#include "pos/core/salesrepository.h"

#include <QChartView>

class QAreaSeries;
class QCategoryAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace Moulin {

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

    explicit DailyChart(QWidget* parent = nullptr);

    /// `current`: days of the period up to its last point (zero-filled, in
    /// date order); `lastYear`: the same number of days one year earlier.
    void setDaily(const SalesPeriod& period, const QList<DailyPoint>& current,
                  const QList<DailyPoint>& lastYear);
    /// One day, hour by hour: non-empty hours of the day and of last year.
    void setHourly(const QDate& day, const QList<HourWeekdayCell>& current,
                   const QList<HourWeekdayCell>& lastYear);

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
    QCategoryAxis* m_xAxis; // point index (days, weeks, months) or hour
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
};

} // namespace Moulin
