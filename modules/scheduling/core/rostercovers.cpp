#include "scheduling/core/rostercovers.h"

#include "common/core/footfallsources.h"
#include "common/core/readinterfaces.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace Moulin {

double WeekCovers::total() const
{
    double sum = 0;
    for (const double c : covers)
        sum += c;
    return sum;
}

void RosterCovers::addCoversServed(const ServiceForecast& service, int dwellMinutes, QList<double>* slots)
{
    if (slots->size() < DayNeed::kSlots)
        slots->resize(DayNeed::kSlots, 0.0);
    if (service.closed)
        return;
    const int stay = std::max(1, (std::max(0, dwellMinutes) + kSlotMinutes - 1) / kSlotMinutes);
    for (int i = 0; i < ServiceForecast::kSlots; ++i) {
        const double arrivals = service.slots[size_t(i)];
        if (arrivals <= 0)
            continue;
        const int first = (ServiceForecast::kFirstSlotMinutes + i * 15) / kSlotMinutes;
        for (int slot = first; slot < std::min<int>(DayNeed::kSlots, first + stay); ++slot)
            (*slots)[slot] += arrivals / stay;
    }
}

QList<ForecastEvent> RosterCovers::forecastEvents(const StaffingConfig& config, const QDate& from,
                                                  const QDate& to)
{
    QList<ForecastEvent> out;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        QStringList notes;
        for (const SpecialEvent& e : config.specialEvents) {
            // Every year on its day, as StaffingConfig::eventMultiplier counts it.
            if (e.date.month() == day.month() && e.date.day() == day.day())
                notes << (e.note.isEmpty() ? tr("Special event") : e.note);
        }
        if (!notes.isEmpty())
            out.append({day, -1, 1.0, false, notes.join(QStringLiteral(", "))});
    }
    return out;
}

Forecaster RosterCovers::forecaster(const StaffingConfig& config, ForecastOptions options)
{
    return Forecaster(config.useHistoricalData ? ReadInterfaces::get<CoversHistorySource>() : nullptr,
                      config.useReservationData ? ReadInterfaces::get<BookingsSource>() : nullptr,
                      std::move(options));
}

WeekCovers RosterCovers::compute(const Forecaster& forecaster, const StaffingConfig& config,
                                 const QDate& monday, const QDateTime& now)
{
    WeekCovers out;
    out.monday = monday;
    const QDate sunday = monday.addDays(6);
    const QTimeZone zone =
        forecaster.options().zone.isValid() ? forecaster.options().zone : QTimeZone("Europe/Paris");
    const QDate today = now.toTimeZone(zone).date();
    if ((!forecaster.hasHistory() && !forecaster.hasBook()) || today.daysTo(monday) > kHorizonDays)
        return out;
    const QList<ForecastEvent> events = forecastEvents(config, monday, sunday);
    // The days gone by: as known when the week began. The days to come: now.
    CoversForecast before, ahead;
    if (today > monday) {
        before = forecaster.forecast(QDateTime(monday, QTime(0, 0), zone).toUTC(), 7, events);
        out.origin = before.origin;
    }
    if (today <= sunday) {
        ahead = forecaster.forecast(now, int(today.daysTo(sunday)) + 1, events);
        out.origin = ahead.origin;
    }
    const CoversForecast& shown = today <= sunday ? ahead : before;
    out.method = shown.method;
    out.historyWeeks = shown.historyWeeks;
    out.hasBook = shown.hasBook;
    out.available = true;
    for (QDate day = monday; day <= sunday; day = day.addDays(1)) {
        const CoversForecast& f = day >= today ? ahead : before;
        QList<double> perSlot(DayNeed::kSlots, 0.0);
        double covers = 0;
        for (int service = 0; service < 2; ++service) {
            const ServiceForecast* s = f.find(day, service);
            if (!s || s->closed)
                continue;
            addCoversServed(*s, service == 0 ? config.lunchDwellMinutes : config.dinnerDwellMinutes,
                            &perSlot);
            covers += std::max(0.0, s->total());
        }
        out.perSlot.insert(day, perSlot);
        out.covers.insert(day, covers * config.eventMultiplier(day));
    }
    const QLocale locale;
    for (const ForecastEvent& e : events) {
        const double m = config.eventMultiplier(e.date);
        out.events << tr("%1 %2 ×%3")
                          .arg(locale.toString(e.date, QStringLiteral("ddd d MMM")), e.label,
                               locale.toString(m, 'g', 3));
    }
    return out;
}

QString RosterCovers::describe(const WeekCovers& covers)
{
    if (!covers.available)
        return tr("No covers forecast for this week (no till history or bookings to read, or too far ahead): "
                  "the needs are the minimum staff of each role while open.");
    // Whole phrases (never glued pieces): each reads right in French.
    QString basis;
    switch (covers.method) {
    case ForecastMethod::Full:
    case ForecastMethod::Reduced:
    case ForecastMethod::Minimal:
        basis = covers.hasBook
                    ? tr("based on %n week(s) of till history and the bookings", nullptr, covers.historyWeeks)
                    : tr("based on %n week(s) of till history", nullptr, covers.historyWeeks);
        break;
    case ForecastMethod::Sparse:
        if (covers.historyWeeks > 0)
            basis = covers.hasBook ? tr("based on less than two weeks of till history and the bookings")
                                   : tr("based on less than two weeks of till history");
        else
            basis = covers.hasBook ? tr("based on the bookings alone, without till history")
                                   : tr("without till history");
        break;
    }
    QString text = tr("Needs from the covers forecast: %n cover(s) expected this week (%1).", nullptr,
                      int(std::lround(covers.total())))
                       .arg(basis);
    if (!covers.events.isEmpty())
        text += QLatin1Char(' ') + tr("Special days: %1.").arg(covers.events.join(QStringLiteral(", ")));
    return text;
}

} // namespace Moulin
