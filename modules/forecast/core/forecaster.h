#pragma once

// The covers forecast: how many guests each service of the next weeks will
// bring, per quarter of an hour, and how that number was made.
//
//     auto history = ReadInterfaces::get<CoversHistorySource>();   // the sales area's
//     auto book = ReadInterfaces::get<BookingsSource>();           // the reservation area's
//     Forecaster forecaster(history, book);
//     CoversForecast f = forecaster.forecast(QDateTime::currentDateTimeUtc(), 28, events);
//     const ServiceForecast* tonight = f.find(today, 1);  // booked + pickup + walkIns
//
// A service's expected covers are three parts:
//   - booked: the covers on the books now (standing bookings, walk-ins entered
//     at the door left out), times the show rate the book's history gives
//     (1 − no-shows);
//   - pickup: the covers still to be booked. The pickup curve, learned from
//     the book's history, says for each lead time (whole days before the
//     service, at the origin's time of day) which share of a service's final
//     booked covers was already on the books. A service usually ends with F̄
//     booked covers (the weekday's level × the book's usual part of the
//     till's covers, trend and events applied): pickup = (1 − share) × F̄ ×
//     pace × show rate (negative when cancellations usually outweigh the
//     bookings still to come);
//   - walk-ins: the rest of the expected total.
// The expected total is the usual level × pace. The pace says what a book
// ahead of or behind its usual share at this lead, x = onBooks / (share × F̄)
// − 1, tells of the covers that come: pace = 1 + w × x, with w learned on the
// past services (their till covers against their level, regressed on the
// book's x at each lead bucket, shrunk towards 0): a book of few lumpy
// bookings gets little weight, a book that leads the room gets more. Without
// usual bookings to compare with, the curve's pickup on what is booked, and
// the till's walk-in share by weekday and service.
// Levels come from the till's covers per weekday and service over the last
// weeks (recent weeks weigh more), with a trend when the history is long
// enough; event days and public holidays are taken out of them. Slots: the
// booked covers at their booked slots, the pickup by the book's usual slots,
// the walk-ins by the till's arrival slots minus the booked ones.
//
// Less history, simpler model (CoversForecast::method): from two weeks on,
// the forecast works; below that it still answers, from what there is.
//
// Events: the caller passes its own (staffing configuration, manager's
// closures); French public holidays are built in, their effect learned from
// the history when a holiday is in it (else ×1), a caller's event on the
// same day replaces it. Closed days: an event with `closed`, or a weekday and
// service the till has never seen covers on.
//
// Forecaster reads only through its sources and keeps no Qt parent: run it on
// any thread (the sources then read through that thread's connection). Four
// weeks take a few milliseconds beyond the sources' reads.

#include "common/core/footfallsources.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <array>
#include <memory>
#include <optional>

namespace Moulin {

/// A day the forecast treats apart: more or fewer guests (multiplier), or
/// closed. The forecast's own type: callers convert theirs (the staffing
/// configuration's special events) into it.
struct ForecastEvent
{
    QDate date;
    int service = -1; ///< -1 both services, 0 midi, 1 soir
    double multiplier = 1.0;
    bool closed = false;
    QString label; ///< "Fête nationale", shown with the forecast
};

/// How much history the forecast had, hence how it was made.
enum class ForecastMethod
{
    Full,    ///< 8 weeks or more: weighted weekday levels, trend, per-weekday time-of-day profiles
    Reduced, ///< 4 to 7 weeks: weekday levels, no trend, one time-of-day profile per service
    Minimal, ///< 2 or 3 weeks: weekday means, one pickup curve for both services
    Sparse,  ///< under two weeks: what there is (service means where a weekday is missing)
};

/// One service of one day.
struct ServiceForecast
{
    static constexpr int kFirstSlotMinutes = 10 * 60; ///< 10:00
    static constexpr int kSlots = 56;                 ///< 10:00 … 23:45, quarters of an hour

    QDate day;
    int service = 0; ///< 0 midi, 1 soir
    bool closed = false;
    QString closedReason; ///< the event's label, or empty (closed by habit)

    double booked = 0;  ///< on the books now and expected to come
    double pickup = 0;  ///< still to be booked and expected to come (negative: cancellations to come)
    double walkIns = 0; ///< expected without a booking
    double total() const { return booked + pickup + walkIns; }

    int onBooks = 0;        ///< covers of the standing bookings now
    int leadDays = 0;       ///< days from the origin's day
    double bookedShare = 0; ///< the pickup curve at that lead: share usually on the books by now
    double bookPace = 1;    ///< the total against the usual level the book's pace gives (1: as usual)
    double multiplier = 1;  ///< the event's or holiday's, 1 without
    QString event;          ///< its label, empty without

    /// Expected covers per arrival slot (index i: kFirstSlotMinutes + 15 i);
    /// they add up to total().
    std::array<double, kSlots> slots{};

    static int slotIndex(int minutes);
};

/// The forecast of `days` days from the origin's local day, both services of
/// each (services in day order, midi then soir).
struct CoversForecast
{
    QDateTime origin; ///< UTC: what was known then
    QDate firstDay;
    int days = 0;
    ForecastMethod method = ForecastMethod::Sparse;
    int historyWeeks = 0;   ///< whole weeks of till history used
    bool hasBook = false;   ///< whether the book had bookings to learn from
    bool trend = false;     ///< whether a trend was applied
    double weeklyTrend = 0; ///< growth per week applied (0.01: +1 % a week)
    double showRate = 1;    ///< share of booked covers that come
    /// The pickup curve per service: [lead days] → share of the final booked
    /// covers already on the books (lead 0: the day itself).
    std::array<QList<double>, 2> pickupCurve;
    QList<ServiceForecast> services;

    const ServiceForecast* find(const QDate& day, int service) const;
    /// Expected covers of the day (both services).
    double dayTotal(const QDate& day) const;
    /// One line, in English, for logs and the benchmark ("full: 12 weeks, trend +0.4 %/week…").
    QString summary() const;
};

struct ForecastOptions
{
    QTimeZone zone = QTimeZone("Europe/Paris");
    /// Weeks of till history read at most.
    int maxHistoryWeeks = 12;
    /// Longest lead of the pickup curve (days); longer leads use its last value.
    int curveDays = 42;
    /// The effect of a public holiday when the history has none to learn
    /// from (nullopt: learned, else 1).
    std::optional<double> holidayMultiplier;
};

class Forecaster
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::Forecaster)

public:
    /// Either source may be null (no till history: bookings and pickup only;
    /// no book: history only).
    Forecaster(std::shared_ptr<const CoversHistorySource> history, std::shared_ptr<const BookingsSource> book,
               ForecastOptions options = {});
    /// With the sources the areas registered (ReadInterfaces); null sources
    /// when an area is not there.
    static Forecaster fromRegistry(ForecastOptions options = {});

    /// The forecast of `days` days from `origin`'s local day, using only what
    /// was known at `origin` (bookings booked by then; till history of the
    /// days before). `events` on top of the built-in public holidays.
    CoversForecast forecast(const QDateTime& origin, int days = 28,
                            const QList<ForecastEvent>& events = {}) const;

    bool hasHistory() const { return m_history != nullptr; }
    bool hasBook() const { return m_book != nullptr; }
    const ForecastOptions& options() const { return m_options; }

private:
    std::shared_ptr<const CoversHistorySource> m_history;
    std::shared_ptr<const BookingsSource> m_book;
    ForecastOptions m_options;
};

} // namespace Moulin
