#include "forecast/core/backtest.h"

#include <QElapsedTimer>
#include <QHash>

#include <cmath>

namespace Moulin {

BacktestFigures backtest(const Forecaster& forecaster, const CoversHistorySource& actual,
                         const BacktestPlan& plan)
{
    BacktestFigures figures;
    if (!plan.firstOrigin.isValid() || !plan.lastOrigin.isValid() || plan.lastOrigin < plan.firstOrigin)
        return figures;
    const QTimeZone zone = forecaster.options().zone;

    // The truth, per day and service, from a week before the first origin
    // (the naive baseline's) to the last day forecast.
    const QDate from = plan.firstOrigin.addDays(-7);
    const QDate to = plan.lastOrigin.addDays(plan.horizonDays - 1);
    QHash<qint64, std::array<int, 2>> truth;
    for (const CoversAtSlot& row : actual.covers(from, to)) {
        if (row.service >= 0 && row.service < 2)
            truth[row.day.toJulianDay()][row.service] += row.covers;
    }
    auto actualOf = [&](const QDate& day, int s) {
        const auto it = truth.constFind(day.toJulianDay());
        return it == truth.cend() ? 0 : (*it)[s];
    };

    std::array<double, 2> forecastError{0, 0}, naiveError{0, 0}, bookError{0, 0};
    QElapsedTimer timer;
    qint64 elapsed = 0;
    for (QDate origin = plan.firstOrigin; origin <= plan.lastOrigin; origin = origin.addDays(1)) {
        const QDateTime at = QDateTime(origin, plan.originTime, zone);
        timer.start();
        const CoversForecast f = forecaster.forecast(at, plan.horizonDays, plan.events);
        elapsed += timer.nsecsElapsed();
        ++figures.origins;
        figures.method = f.method;
        for (const ServiceForecast& service : f.services) {
            const int truthCovers = actualOf(service.day, service.service);
            if (truthCovers <= 0)
                continue;
            // Seasonal naive: the same weekday, the last week the origin knew.
            QDate last = service.day.addDays(-7);
            while (last >= origin)
                last = last.addDays(-7);
            const double naive = actualOf(last, service.service);
            const double a = truthCovers;
            const int s = service.service;
            forecastError[s] += std::abs(service.total() - a) / a;
            naiveError[s] += std::abs(naive - a) / a;
            bookError[s] += std::abs(service.onBooks - a) / a;
            ++figures.points[s];
        }
    }
    for (int s = 0; s < 2; ++s) {
        if (figures.points[s] == 0)
            continue;
        figures.forecastMape[s] = 100.0 * forecastError[s] / figures.points[s];
        figures.naiveMape[s] = 100.0 * naiveError[s] / figures.points[s];
        figures.bookMape[s] = 100.0 * bookError[s] / figures.points[s];
    }
    figures.millisPerForecast = figures.origins > 0 ? elapsed / 1e6 / figures.origins : 0;
    return figures;
}

} // namespace Moulin
