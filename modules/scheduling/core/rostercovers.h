#pragma once

// The covers a week's staffing needs are made of. The covers forecast
// (modules/forecast) says how many guests arrive per quarter of an hour, but
// a table is served from its arrival until it leaves: the needs take each
// expected cover spread evenly over the quarters of its stay (the service's
// dwell time, StaffingConfig::lunchDwellMinutes, dinnerDwellMinutes). The
// covers per quarter still add up to the day's covers, so the seed's ratios
// (a server per 5 covers) keep their meaning: at a steady 20 covers a quarter
// hour, 4 servers, whether the room fills at 20:00 or stays full till 23:00.
//
//     const Forecaster f = RosterCovers::forecaster(config);      // the registered sources
//     const WeekCovers covers = RosterCovers::compute(f, config, monday, now);  // any thread
//     document->setCovers(covers);                                 // needs follow
//
// Which forecast: for a week to come, the forecast made now; for a week gone
// by, the one that could be made when it began (its needs as they stood then);
// for the current week, the days gone by from the week's start and the rest
// from now.
//
// The staffing configuration's special events are given to the forecast as
// days apart with a multiplier of 1 (the forecast labels them and does not
// apply a public holiday's learned effect on top of them): their multiplier
// is applied once, by the needs (StaffingConfig::staffNeeded).

#include "forecast/core/forecaster.h"
#include "scheduling/core/staffingconfig.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

namespace Moulin {

/// One week's covers forecast, as the needs use it.
struct WeekCovers
{
    QDate monday;
    /// Whether a forecast was made (false: no source, or too far ahead; the
    /// needs are then min_staff while open).
    bool available = false;
    QDateTime origin; ///< UTC: what the forecast knew (the latest, for the current week)
    ForecastMethod method = ForecastMethod::Sparse;
    int historyWeeks = 0;
    bool hasBook = false;
    /// Per day: covers served per DayNeed slot (before the special events'
    /// multiplier, which the needs apply).
    QHash<QDate, QList<double>> perSlot;
    /// Per day: covers expected (arrivals, special events' multipliers applied).
    QHash<QDate, double> covers;
    /// The special days of the week as shown: "14/07 Fête nationale ×1.5".
    QStringList events;

    double total() const;
    /// Covers served per slot of `day`; empty when none is known.
    QList<double> coversOn(const QDate& day) const { return perSlot.value(day); }
};

class RosterCovers
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::RosterCovers)

public:
    /// Weeks further ahead than this are not forecast.
    static constexpr int kHorizonDays = 12 * 7;

    /// Adds the covers served of `service` to `slots` (DayNeed slots from
    /// midnight, resized to DayNeed::kSlots): the covers arriving in a slot
    /// spread evenly over it and the following ones until `dwellMinutes`
    /// (rounded up to a quarter) have passed; the sum is kept.
    static void addCoversServed(const ServiceForecast& service, int dwellMinutes, QList<double>* slots);

    /// The configuration's special events between `from` and `to`, for the
    /// forecast (multiplier 1, see above).
    static QList<ForecastEvent> forecastEvents(const StaffingConfig& config, const QDate& from,
                                               const QDate& to);

    /// The forecaster on the sources the other areas registered, as the
    /// configuration's switches say (use_reservation_data, use_historical_data).
    static Forecaster forecaster(const StaffingConfig& config, ForecastOptions options = {});

    /// The covers of the week of `monday`, known at `now` (UTC). Reads
    /// through the calling thread's connection: run it off the GUI thread.
    static WeekCovers compute(const Forecaster& forecaster, const StaffingConfig& config, const QDate& monday,
                              const QDateTime& now);

    /// One sentence for the Plannings tab: where the needs come from.
    static QString describe(const WeekCovers& covers);
};

} // namespace Moulin
