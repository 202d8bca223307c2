#pragma once

#include "reservation/core/bookstore.h"

#include <QFrame>
#include <QWidget>

class QAbstractAxis;
class QColor;
class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QChart;
class QChartView;
class QHorizontalBarSeries;
class QLabel;
class QValueAxis;

namespace Moulin {

/// The Ventes tab's chart look (pos/ui/chartstyle), for the reservation area's charts.
namespace ReservationCharts {
void styleChart(QChart* chart);
void styleAxis(QAbstractAxis* axis, bool gridVisible);
/// A whole-number axis from 0 over `max`, at most `maxTicks` ticks.
void niceRange(QValueAxis* axis, double max, int maxTicks = 6);
/// A transparent, antialiased view of `chart` (styled).
QChartView* makeView(QChart* chart);
void colour(QBarSet* set, const QColor& c);
} // namespace ReservationCharts

/// A rounded card with a title over a chart, and a message instead of the
/// chart when there is nothing to show (the Ventes tab's look).
class StatsCard : public QFrame
{
    Q_OBJECT

public:
    StatsCard(QChartView* view, QWidget* parent = nullptr);
    void setTitle(const QString& title);
    void setSubtitle(const QString& subtitle);
    void setEmptyMessage(const QString& message);
    bool isShowingEmptyMessage() const;

private:
    QChartView* m_view;
    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_empty;
};

/// The book's figures over the last weeks: average covers per service and
/// weekday, the no-show rate and the median lead time of each channel.
class ReservationStatsPage : public QWidget
{
    Q_OBJECT

public:
    /// The weeks the figures cover, up to yesterday.
    static constexpr int kWeeks = 8;

    explicit ReservationStatsPage(QWidget* parent = nullptr);

    /// `stats` of `from`…`to` (BookStore::footfall).
    void setStats(const FootfallStats& stats, const QDate& from, const QDate& to);

    StatsCard* coversCard() const { return m_coversCard; }
    StatsCard* noShowCard() const { return m_noShowCard; }
    StatsCard* leadCard() const { return m_leadCard; }
    /// Average covers of `service` on `weekday` (1 = Monday) as charted.
    double averageCovers(int service, int weekday) const;
    /// The no-show rate (percent) charted for `channel` (-1: not charted).
    double noShowRate(const QString& channel) const;
    /// The channel's name as the no-show chart shows it ("" when not shown).
    QString noShowLabel(const QString& channel) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    FootfallStats m_stats;
    QDate m_from;
    QDate m_to;
    QLabel* m_period;
    QChart* m_coversChart;
    QBarSeries* m_coversSeries;
    QBarSet* m_lunch;
    QBarSet* m_dinner;
    QBarCategoryAxis* m_weekdays;
    QValueAxis* m_coversAxis;
    StatsCard* m_coversCard;
    QChart* m_noShowChart;
    QHorizontalBarSeries* m_noShowSeries;
    QBarSet* m_noShowSet;
    QBarCategoryAxis* m_noShowChannels;
    QValueAxis* m_noShowAxis;
    StatsCard* m_noShowCard;
    QChart* m_leadChart;
    QHorizontalBarSeries* m_leadSeries;
    QBarSet* m_leadSet;
    QBarCategoryAxis* m_leadChannels;
    QValueAxis* m_leadAxis;
    StatsCard* m_leadCard;
    QStringList m_noShowKeys;
};

} // namespace Moulin
