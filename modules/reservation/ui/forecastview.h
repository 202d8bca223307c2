#pragma once

#include "forecast/core/forecaster.h"

#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QLabel;
class QStackedBarSeries;
class QTableWidget;
class QValueAxis;

namespace Moulin {

class StatsCard;

/// Réservations ▸ Prévision: the footfall forecast ("prévision d'affluence")
/// of the coming days (moulin_forecast): per day, the covers expected as
/// stacked bars — on the books, bookings still to come, walk-ins — and per
/// service the same in a table next to what is booked, with the day's event
/// or closure and how the forecast was made.
class ForecastView : public QWidget
{
    Q_OBJECT

public:
    /// Days shown from the forecast's first.
    static constexpr int kDays = 14;

    explicit ForecastView(QWidget* parent = nullptr);

    /// `forecast` (its first kDays days); `sources` false: no area lends a
    /// till history or a book (nothing to forecast from).
    void setForecast(const CoversForecast& forecast, bool sources);

    StatsCard* chartCard() const { return m_card; }
    QTableWidget* table() const { return m_table; }
    /// What the page says about how the forecast was made.
    QString basisText() const;
    /// The chart's stacked values of day `index` (booked, pickup, walk-ins).
    QList<double> dayBars(int index) const;

    /// How the forecast was made, for the host (translated).
    static QString basis(const CoversForecast& forecast);
    /// One service's parts, for the host ("22 des réservés, 6 encore à réserver, 30 sans réservation").
    static QString parts(const ServiceForecast& service);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();
    void retranslateUi();

    CoversForecast m_forecast;
    bool m_sources = false;
    QLabel* m_basis;
    QChart* m_chart;
    QStackedBarSeries* m_series;
    QBarSet* m_booked;
    QBarSet* m_pickup;
    QBarSet* m_walkIns;
    QBarCategoryAxis* m_days;
    QValueAxis* m_axis;
    StatsCard* m_card;
    QTableWidget* m_table;
};

} // namespace Moulin
