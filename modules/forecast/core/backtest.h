#pragma once

// Backtest of the covers forecast with a rolling origin: for each origin day
// (at a time of day), forecast the following days from what was known then
// (bookings booked before it, till history of the days before it) and
// compare each service with the covers the till then saw. Two baselines on
// the same points: seasonal naive (the same weekday's covers the last week
// known at the origin) and the book alone (the covers on the books at the
// origin). Error: MAPE per service over the points where the till saw
// covers (closed services left out).

#include "forecast/core/forecaster.h"

#include <QDate>
#include <QTime>

#include <array>

namespace Moulin {

struct BacktestFigures
{
    /// Per service (0 midi, 1 soir), in percent.
    std::array<double, 2> forecastMape{0, 0};
    std::array<double, 2> naiveMape{0, 0};
    std::array<double, 2> bookMape{0, 0};
    std::array<int, 2> points{0, 0};
    int origins = 0;
    /// The method of the last origin's forecast (what the history allowed).
    ForecastMethod method = ForecastMethod::Sparse;
    /// Forecast milliseconds per origin, mean (sources' reads included).
    double millisPerForecast = 0;
};

struct BacktestPlan
{
    QDate firstOrigin;
    QDate lastOrigin;        ///< inclusive
    QTime originTime{10, 0}; ///< local
    int horizonDays = 14;    ///< days forecast from each origin (the origin's day included)
    QList<ForecastEvent> events;
};

/// Runs `plan` on `forecaster`, with `actual` as the truth (usually the same
/// history source the forecaster reads: it never reads beyond an origin).
BacktestFigures backtest(const Forecaster& forecaster, const CoversHistorySource& actual,
                         const BacktestPlan& plan);

} // namespace Moulin
