#include "sandbox/core/sandboxfootfall.h"

#include "common/core/frenchholidays.h"
#include "sandbox/core/sandboxhttp.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace Moulin {

namespace {

using SandboxHttp::mix;

class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    {
    }
    quint64 next() { return mix(m_state += 0x9E3779B97F4A7C15ull); }
    double unit() { return double(next() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return unit() < p; }
    int between(int lo, int hi) { return lo + int(next() % quint64(hi - lo + 1)); }
    double normal()
    {
        const double u = std::max(1e-12, unit());
        return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * std::numbers::pi * unit());
    }

private:
    quint64 m_state;
};

constexpr double kBase[2] = {62.0, 74.0};
/// What the booking channels take per service, all together (the demo's
/// capacities in the Réservations tab): once full, only walk-ins.
constexpr int kBookingCapacity[2] = {40, 60};
constexpr double kWeekday[2][7] = {
    {0.70, 0.85, 0.90, 0.95, 1.05, 1.20, 1.35}, // midi, Monday first
    {0.60, 0.75, 0.85, 0.95, 1.30, 1.45, 0.80}, // soir
};

int partySize(Rng& rng)
{
    const double r = rng.unit();
    if (r < 0.08)
        return 1;
    if (r < 0.53)
        return 2;
    if (r < 0.65)
        return 3;
    if (r < 0.85)
        return 4;
    if (r < 0.90)
        return 5;
    if (r < 0.96)
        return 6;
    return rng.between(7, 10);
}

/// A booked time, on the quarter hour: midi 12:00–13:45, soir 19:00–21:45,
/// most around 12:30 and 20:00–20:30.
int bookedMinutes(Rng& rng, int service)
{
    static constexpr int kLunch[] = {1, 3, 4, 3, 2, 1, 1, 1};
    static constexpr int kDinner[] = {1, 2, 3, 4, 4, 3, 2, 2, 1, 1, 1, 1};
    const int* weights = service == 0 ? kLunch : kDinner;
    const int n = service == 0 ? 8 : 12;
    int total = 0;
    for (int i = 0; i < n; ++i)
        total += weights[i];
    int pick = int(rng.next() % quint64(total));
    int slot = 0;
    while (pick >= weights[slot]) {
        pick -= weights[slot];
        ++slot;
    }
    return (service == 0 ? 12 * 60 : 19 * 60) + slot * 15;
}

/// A walk-in's arrival minute: a bell over 11:50–14:00 or 19:00–22:00.
int walkInMinutes(Rng& rng, int service)
{
    const int from = service == 0 ? 11 * 60 + 50 : 19 * 60;
    const int to = service == 0 ? 14 * 60 : 22 * 60;
    const double u = (rng.unit() + rng.unit() + rng.unit()) / 3.0;
    return from + int(u * (to - from));
}

/// How long ahead a table books (ms): a few hours to six weeks.
qint64 leadMs(Rng& rng, bool weekendEvening)
{
    constexpr qint64 kHour = 3'600'000, kDay = 24 * kHour;
    const double r = rng.unit();
    const double sameDay = weekendEvening ? 0.12 : 0.22;
    if (r < sameDay)
        return rng.between(1, 8) * kHour + rng.between(0, 59) * 60'000;
    if (r < sameDay + 0.35)
        return rng.between(1, 3) * kDay + rng.between(0, 23) * kHour;
    if (r < sameDay + 0.35 + (weekendEvening ? 0.36 : 0.30))
        return rng.between(4, 14) * kDay + rng.between(0, 23) * kHour;
    return rng.between(15, 42) * kDay + rng.between(0, 23) * kHour;
}

} // namespace

int SandboxFootfall::Service::covers() const
{
    int n = 0;
    for (const Party& p : parties)
        n += p.came() ? p.size : 0;
    return n;
}

int SandboxFootfall::Service::bookedCovers() const
{
    int n = 0;
    for (const Party& p : parties)
        n += p.came() && p.booked ? p.size : 0;
    return n;
}

SandboxFootfall::SandboxFootfall(quint32 seed, const QTimeZone& zone)
    : m_seed(seed)
    , m_zone(zone)
{
}

bool SandboxFootfall::isOpen(const QDate& day, int service)
{
    if (!day.isValid() || (day.month() == 12 && day.day() == 25) || (day.month() == 1 && day.day() == 1))
        return false;
    // Closed on Mondays and Sunday evenings.
    return day.dayOfWeek() != Qt::Monday && !(day.dayOfWeek() == Qt::Sunday && service == 1);
}

bool SandboxFootfall::takesBookings(const QDate& day, int service)
{
    return isOpen(day, service);
}

int SandboxFootfall::bookingCapacity(int service)
{
    return kBookingCapacity[service == 0 ? 0 : 1];
}

double SandboxFootfall::demand(const QDate& day, int service) const
{
    if (!isOpen(day, service) || service < 0 || service > 1)
        return 0;
    double d = kBase[service] * kWeekday[service][day.dayOfWeek() - 1];
    d *= 1.0 + 0.10 * std::cos(2.0 * std::numbers::pi * (day.dayOfYear() - 196) / 365.0);
    if (day.month() == 12 && day.day() >= 10)
        d *= 1.1;
    d *= 1.0 + 0.06 * double(QDate(2025, 1, 1).daysTo(day)) / 365.25;
    if (day.month() == 7 && day.day() == 14)
        d *= 1.5;
    else if (!FrenchHolidays::nameOf(day).isEmpty())
        d *= service == 0 ? 1.25 : 0.9;
    return d;
}

SandboxFootfall::Service SandboxFootfall::service(const QDate& day, int service) const
{
    Service out;
    out.day = day;
    out.service = service;
    out.demand = demand(day, service);
    out.open = out.demand > 0;
    if (!out.open)
        return out;

    const quint64 dayKey = quint64(day.toJulianDay());
    Rng dayRng(mix(quint64(m_seed) * 0x2545F4914F6CDD1Dull ^ dayKey));
    const double dayNoise = 0.10 * dayRng.normal();
    Rng rng(mix(quint64(m_seed) * 0x100000001B3ull ^ (dayKey * 2 + quint64(service)) ^ 0xF007FA11ull));
    const double noise = std::exp(dayNoise + 0.10 * rng.normal());
    const int target = std::max(0, int(std::lround(out.demand * noise)));

    const int weekday = day.dayOfWeek();
    const bool weekendEvening = service == 1 && (weekday == 5 || weekday == 6);
    const double bookedShare = !takesBookings(day, service) ? 0.0
                               : service == 0               ? 0.40
                               : weekendEvening             ? 0.70
                                                            : 0.60;
    auto instantOf = [&](int minutes) { return QDateTime(day, QTime(minutes / 60, minutes % 60), m_zone); };

    int covers = 0, booked = 0;
    while (covers < target) {
        Party p;
        p.seed = rng.next();
        p.size = std::min(partySize(rng), std::max(1, target - covers + 1));
        p.booked =
            rng.chance(bookedShare > 0 ? std::min(0.95, bookedShare + (p.size >= 5 ? 0.25 : 0.0)) : 0.0) &&
            booked + p.size <= kBookingCapacity[service];
        if (p.booked)
            booked += p.size;
        p.arrivalMinutes = p.booked ? bookedMinutes(rng, service) : walkInMinutes(rng, service);
        const int dwell = service == 0 ? rng.between(60, 90) : rng.between(90, 130);
        p.leaveMinutes = p.arrivalMinutes + dwell;
        if (service == 0)
            p.leaveMinutes = std::min(p.leaveMinutes, 15 * 60 + 55);
        else
            p.leaveMinutes = std::min(p.leaveMinutes, 23 * 60 + 59);
        if (p.booked) {
            const qint64 meal = instantOf(p.arrivalMinutes).toMSecsSinceEpoch();
            p.bookedAtMs = meal - leadMs(rng, weekendEvening);
            // A no-show comes on top of the covers that came.
            if (rng.chance(0.04)) {
                Party noShow = p;
                noShow.noShow = true;
                noShow.seed = rng.next();
                out.parties.append(noShow);
            }
            // So does a booking cancelled before the service.
            if (rng.chance(0.10)) {
                Party cancelled = p;
                cancelled.seed = rng.next();
                cancelled.size = partySize(rng);
                cancelled.bookedAtMs = meal - leadMs(rng, weekendEvening);
                const qint64 span = std::max<qint64>(60'000, meal - 3'600'000 - cancelled.bookedAtMs);
                cancelled.cancelledAtMs = cancelled.bookedAtMs + qint64(rng.unit() * double(span));
                out.parties.append(cancelled);
            }
        }
        covers += p.size;
        out.parties.append(p);
    }
    std::stable_sort(out.parties.begin(), out.parties.end(),
                     [](const Party& a, const Party& b) { return a.arrivalMinutes < b.arrivalMinutes; });
    return out;
}

int SandboxFootfall::bookedCovers(const QDate& day, int service, qint64 asOfMs) const
{
    int covers = 0;
    for (const Party& p : this->service(day, service).parties) {
        if (p.booked && p.bookedAtMs <= asOfMs && (p.cancelledAtMs == 0 || p.cancelledAtMs > asOfMs))
            covers += p.size;
    }
    return covers;
}

int SandboxFootfall::channelOf(const Party& party, const QList<int>& percents)
{
    int total = 0;
    for (int p : percents)
        total += std::max(0, p);
    if (total <= 0)
        return 0;
    int pick = int(mix(party.seed ^ 0xC4A77E15ull) % quint64(total));
    for (int i = 0; i < percents.size(); ++i) {
        pick -= std::max(0, percents.at(i));
        if (pick < 0)
            return i;
    }
    return int(percents.size()) - 1;
}

QList<int> SandboxFootfall::channelsOf(const QDate& day, int service, const QList<int>& percents) const
{
    const Service target = this->service(day, service);
    QList<int> out(target.parties.size(), -1);
    int shareTotal = 0;
    for (int p : percents)
        shareTotal += std::max(0, p);
    if (shareTotal <= 0 || target.parties.isEmpty())
        return out;
    // From the week's first service to this one, each booked party goes to
    // the channel furthest behind its share of the covers booked so far
    // (ties: the party's seed), the bookings that stay (came or no-show)
    // and the cancelled ones each on their own count.
    QList<double> deficit[2] = {QList<double>(percents.size(), 0.0), QList<double>(percents.size(), 0.0)};
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    for (QDate d = monday; d <= day; d = d.addDays(1)) {
        for (int s = 0; s < 2 && (d < day || s <= service); ++s) {
            const Service current = d == day && s == service ? target : this->service(d, s);
            for (qsizetype i = 0; i < current.parties.size(); ++i) {
                const Party& party = current.parties.at(i);
                if (!party.booked)
                    continue;
                QList<double>& owed = deficit[party.cancelledAtMs != 0 ? 1 : 0];
                int channel = -1;
                const quint64 tie = mix(party.seed ^ 0xC4A77E15ull);
                for (qsizetype c = 0; c < percents.size(); ++c) {
                    if (percents.at(c) <= 0)
                        continue;
                    owed[c] += double(party.size) * percents.at(c) / shareTotal;
                    if (channel < 0 || owed[c] > owed[channel] + 1e-9 ||
                        (std::abs(owed[c] - owed[channel]) <= 1e-9 && ((tie >> c) & 1)))
                        channel = int(c);
                }
                owed[channel] -= party.size;
                if (d == day && s == service)
                    out[i] = channel;
            }
        }
    }
    return out;
}

QList<SandboxFootfall::Party> SandboxFootfall::bookings(const QDate& day) const
{
    QList<Party> booked;
    for (int s = 0; s < 2; ++s) {
        for (const Party& p : service(day, s).parties) {
            if (p.booked)
                booked.append(p);
        }
    }
    return booked;
}

} // namespace Moulin
