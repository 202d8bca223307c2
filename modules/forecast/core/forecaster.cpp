#include "forecast/core/forecaster.h"

#include "common/core/frenchholidays.h"
#include "common/core/readinterfaces.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <utility>

namespace Moulin {

namespace {

constexpr int kSlots = ServiceForecast::kSlots;

/// Leads grouped for the book's pace: 0, 1, 2, 3, 4–5, 6–7, 8–10, 11–14, 15–21, 22+ days.
constexpr int kLeadBuckets = 10;
int leadBucket(int lead)
{
    static constexpr int kUpTo[kLeadBuckets - 1] = {0, 1, 2, 3, 5, 7, 10, 14, 21};
    for (int b = 0; b < kLeadBuckets - 1; ++b) {
        if (lead <= kUpTo[b])
            return b;
    }
    return kLeadBuckets - 1;
}
using Profile = std::array<double, kSlots>;

/// What the calendar says about one service.
struct DayEvent
{
    double multiplier = 1;
    bool closed = false;
    bool holiday = false; ///< a public holiday no caller event replaces
    QString label;
};

class Calendar
{
public:
    explicit Calendar(const QList<ForecastEvent>& events)
    {
        for (const ForecastEvent& e : events) {
            if (e.date.isValid())
                m_events.insert(e.date.toJulianDay(), e);
        }
    }

    DayEvent at(const QDate& day, int service) const
    {
        DayEvent out;
        bool found = false;
        const auto range = m_events.equal_range(day.toJulianDay());
        for (auto it = range.first; it != range.second; ++it) {
            const ForecastEvent& e = it.value();
            if (e.service >= 0 && e.service != service)
                continue;
            found = true;
            out.closed = out.closed || e.closed;
            out.multiplier *= e.multiplier > 0 ? e.multiplier : 1.0;
            if (out.label.isEmpty())
                out.label = e.label;
        }
        if (!found) {
            if (!m_holidayYears.contains(day.year())) {
                m_holidayYears.insert(day.year());
                for (const PublicHoliday& h : FrenchHolidays::ofYear(day.year()))
                    m_holidays.insert(h.date.toJulianDay(), h.name);
            }
            const QString holiday = m_holidays.value(day.toJulianDay());
            if (!holiday.isEmpty()) {
                out.holiday = true;
                out.label = holiday;
            }
        }
        return out;
    }

private:
    QMultiHash<qint64, ForecastEvent> m_events;
    mutable QSet<int> m_holidayYears;
    mutable QHash<qint64, QString> m_holidays;
};

double clamp(double v, double lo, double hi)
{
    return std::max(lo, std::min(hi, v));
}

void addNormalised(Profile& into, const Profile& from, double weight)
{
    double sum = 0;
    for (double v : from)
        sum += v;
    if (sum <= 0)
        return;
    for (int i = 0; i < kSlots; ++i)
        into[i] += weight * from[i] / sum;
}

Profile normalised(const Profile& p)
{
    Profile out{};
    addNormalised(out, p, 1.0);
    return out;
}

bool isEmpty(const Profile& p)
{
    return std::all_of(p.begin(), p.end(), [](double v) { return v <= 0; });
}

/// A service's usual hours when nothing says better: 12:00–13:45, 19:00–21:45.
Profile defaultProfile(int service)
{
    Profile p{};
    const int from = service == 0 ? 12 * 60 : 19 * 60;
    const int to = service == 0 ? 14 * 60 : 22 * 60;
    for (int m = from; m < to; m += FootfallSlot::kMinutes)
        p[ServiceForecast::slotIndex(m)] = 1;
    return normalised(p);
}

/// The first profile that is not empty, normalised.
Profile firstOf(std::initializer_list<const Profile*> candidates, int service)
{
    for (const Profile* p : candidates) {
        if (p && !isEmpty(*p))
            return normalised(*p);
    }
    return defaultProfile(service);
}

/// Per weekday (1..7, 0 unused) and service.
template <typename T>
using ByWeekday = std::array<std::array<T, 2>, 8>;

struct Samples
{
    double weighted = 0;
    double weights = 0;
    int count = 0;
    void add(double value, double weight)
    {
        weighted += value * weight;
        weights += weight;
        ++count;
    }
    double mean() const { return weights > 0 ? weighted / weights : 0; }
};

struct PastService
{
    int tillCovers = 0;
    bool hasTill = false;
    Profile tillSlots{};
    int finalBooked = 0; ///< standing at the service (came, no-show or no word)
    int came = 0;        ///< came (or no word)
    int noShow = 0;
    Profile cameSlots{};
    Profile bookedSlots{};
};

} // namespace

int ServiceForecast::slotIndex(int minutes)
{
    return std::clamp((minutes - kFirstSlotMinutes) / FootfallSlot::kMinutes, 0, kSlots - 1);
}

const ServiceForecast* CoversForecast::find(const QDate& day, int service) const
{
    const qint64 index = firstDay.daysTo(day) * 2 + service;
    if (index < 0 || index >= services.size() || service < 0 || service > 1)
        return nullptr;
    return &services.at(index);
}

double CoversForecast::dayTotal(const QDate& day) const
{
    double sum = 0;
    for (int s = 0; s < 2; ++s) {
        if (const ServiceForecast* f = find(day, s))
            sum += f->total();
    }
    return sum;
}

QString CoversForecast::summary() const
{
    static const char* const kMethods[] = {"full", "reduced", "minimal", "sparse"};
    QString text = QStringLiteral("%1: %2 week(s) of till history")
                       .arg(QLatin1String(kMethods[int(method)]))
                       .arg(historyWeeks);
    if (trend)
        text += QStringLiteral(", trend %1 %/week").arg(weeklyTrend * 100, 0, 'f', 2);
    text += hasBook ? QStringLiteral(", book: show rate %1 %").arg(showRate * 100, 0, 'f', 1)
                    : QStringLiteral(", no book");
    return text;
}

Forecaster::Forecaster(std::shared_ptr<const CoversHistorySource> history,
                       std::shared_ptr<const BookingsSource> book, ForecastOptions options)
    : m_history(std::move(history))
    , m_book(std::move(book))
    , m_options(std::move(options))
{
}

Forecaster Forecaster::fromRegistry(ForecastOptions options)
{
    return Forecaster(ReadInterfaces::get<CoversHistorySource>(), ReadInterfaces::get<BookingsSource>(),
                      std::move(options));
}

CoversForecast Forecaster::forecast(const QDateTime& origin, int days,
                                    const QList<ForecastEvent>& events) const
{
    const QTimeZone zone = m_options.zone.isValid() ? m_options.zone : QTimeZone("Europe/Paris");
    const QDateTime originUtc = origin.toUTC();
    const QDateTime originLocal = origin.toTimeZone(zone);
    const QDate today = originLocal.date();
    const QTime originTime = originLocal.time();
    const Calendar calendar(events);
    days = std::max(0, days);

    CoversForecast out;
    out.origin = originUtc;
    out.firstDay = today;
    out.days = days;

    // --- The till's history: the whole days before the origin's. ----------
    const int maxWeeks = std::max(1, m_options.maxHistoryWeeks);
    const QDate windowFrom = today.addDays(-7 * maxWeeks);
    QDate historyFrom = windowFrom;
    int historyDays = 0;
    if (m_history) {
        const QDate first = m_history->firstDay();
        if (first.isValid() && first < today) {
            historyFrom = std::max(first, windowFrom);
            historyDays = int(historyFrom.daysTo(today));
        }
    }
    const int weeks = historyDays / 7;
    out.historyWeeks = weeks;
    out.method = weeks >= 8   ? ForecastMethod::Full
                 : weeks >= 4 ? ForecastMethod::Reduced
                 : weeks >= 2 ? ForecastMethod::Minimal
                              : ForecastMethod::Sparse;
    const bool full = out.method == ForecastMethod::Full;

    // Past services, indexed from windowFrom (the book may reach further back
    // than the till).
    const int pastDays = int(windowFrom.daysTo(today));
    QList<std::array<PastService, 2>> past(pastDays);
    if (historyDays > 0) {
        const QList<CoversAtSlot> rows = m_history->covers(historyFrom, today.addDays(-1));
        for (int i = int(windowFrom.daysTo(historyFrom)); i < pastDays; ++i) {
            past[i][0].hasTill = true;
            past[i][1].hasTill = true;
        }
        for (const CoversAtSlot& row : rows) {
            const qint64 i = windowFrom.daysTo(row.day);
            if (i < 0 || i >= pastDays || row.service < 0 || row.service > 1)
                continue;
            PastService& p = past[i][row.service];
            p.tillCovers += row.covers;
            p.tillSlots[ServiceForecast::slotIndex(row.slot)] += row.covers;
        }
    }

    // --- The book: the past (to learn from) and the horizon. --------------
    QList<BookedParty> parties;
    if (m_book)
        parties = m_book->bookings(windowFrom, today.addDays(std::max(0, days - 1)), originUtc);
    parties.erase(std::remove_if(parties.begin(), parties.end(),
                                 [](const BookedParty& p) {
                                     return p.channel == QLatin1String("walkin") || p.partySize <= 0 ||
                                            p.service < 0 || p.service > 1;
                                 }),
                  parties.end());
    QDate bookStart; // the first past day with a booking: the book covers the days from it
    QList<std::array<QList<const BookedParty*>, 2>> pastParties(pastDays);
    QList<std::array<QList<const BookedParty*>, 2>> comingParties(days);
    for (const BookedParty& party : std::as_const(parties)) {
        const qint64 i = windowFrom.daysTo(party.day);
        if (i >= 0 && i < pastDays) {
            pastParties[i][party.service].append(&party);
            if (!bookStart.isValid() || party.day < bookStart)
                bookStart = party.day;
        } else if (i >= pastDays && i < pastDays + days) {
            comingParties[i - pastDays][party.service].append(&party);
        }
    }
    out.hasBook = bookStart.isValid();
    const int bookFromIndex = out.hasBook ? int(windowFrom.daysTo(bookStart)) : pastDays;

    int came = 0, noShows = 0;
    for (int i = bookFromIndex; i < pastDays; ++i) {
        for (int s = 0; s < 2; ++s) {
            PastService& p = past[i][s];
            for (const BookedParty* party : std::as_const(pastParties[i][s])) {
                if (party->status == BookedParty::Status::Cancelled)
                    continue;
                const int slot = ServiceForecast::slotIndex(party->slot);
                p.finalBooked += party->partySize;
                p.bookedSlots[slot] += party->partySize;
                if (party->status == BookedParty::Status::NoShow) {
                    p.noShow += party->partySize;
                } else {
                    p.came += party->partySize;
                    p.cameSlots[slot] += party->partySize;
                }
            }
            came += p.came;
            noShows += p.noShow;
        }
    }
    out.showRate = came + noShows > 0 ? double(came) / double(came + noShows) : 1.0;

    // --- The pickup curve: share of the final booked covers on the books
    // L days ahead, at the origin's time of day. ----------------------------
    const int curveDays = std::max(1, m_options.curveDays);
    std::array<std::vector<double>, 2> onBooksAt{std::vector<double>(curveDays + 1, 0.0),
                                                 std::vector<double>(curveDays + 1, 0.0)};
    std::array<double, 2> finalSum{0, 0};
    std::array<int, 2> curveServices{0, 0};
    // Each past service's covers on the books at each lead (for the pace).
    QList<std::array<std::vector<double>, 2>> pastOnBooks(pastDays);
    for (int i = bookFromIndex; i < pastDays; ++i) {
        const QDate day = windowFrom.addDays(i);
        for (int s = 0; s < 2; ++s) {
            if (past[i][s].finalBooked <= 0)
                continue;
            finalSum[s] += past[i][s].finalBooked;
            ++curveServices[s];
            for (int lead = 0; lead <= curveDays; ++lead) {
                const QDateTime at = QDateTime(day.addDays(-lead), originTime, zone).toUTC();
                int on = 0;
                for (const BookedParty* party : std::as_const(pastParties[i][s])) {
                    const QDateTime booked = party->createdAt.isValid() ? party->createdAt : party->startsAt;
                    if (booked > at)
                        continue;
                    if (party->status == BookedParty::Status::Cancelled && party->cancelledAt <= at)
                        continue;
                    on += party->partySize;
                }
                onBooksAt[s][lead] += on;
                if (pastOnBooks[i][s].empty())
                    pastOnBooks[i][s].assign(curveDays + 1, 0.0);
                pastOnBooks[i][s][lead] = on;
            }
        }
    }
    const bool poolCurves = out.method == ForecastMethod::Minimal || out.method == ForecastMethod::Sparse ||
                            curveServices[0] < 4 || curveServices[1] < 4;
    for (int s = 0; s < 2; ++s) {
        QList<double> curve(curveDays + 1, 0.0);
        const double denominator = poolCurves ? finalSum[0] + finalSum[1] : finalSum[s];
        if (denominator > 0) {
            for (int lead = 0; lead <= curveDays; ++lead) {
                const double on = poolCurves ? onBooksAt[0][lead] + onBooksAt[1][lead] : onBooksAt[s][lead];
                // Above 1 when cancellations still to come usually take
                // more off the books than the bookings still to come add.
                curve[lead] = std::min(1.5, on / denominator);
            }
        }
        out.pickupCurve[s] = curve;
    }

    // --- Levels per weekday and service. ----------------------------------
    ByWeekday<bool> openByHabit{};
    for (int i = 0; i < pastDays; ++i) {
        const int wd = windowFrom.addDays(i).dayOfWeek();
        for (int s = 0; s < 2; ++s)
            openByHabit[wd][s] = openByHabit[wd][s] || past[i][s].tillCovers > 0;
    }
    const double decay = full ? 0.85 : 1.0;
    ByWeekday<Samples> level{};
    ByWeekday<double> bookedOverTill{}, walkInsOverTill{};
    ByWeekday<double> tillForBook{};
    std::array<double, 2> bookedOverTillAll{0, 0}, walkInsOverTillAll{0, 0}, tillForBookAll{0, 0};
    struct HolidaySample
    {
        int index;
        int service;
    };
    QList<HolidaySample> holidays;
    // Per service and week: the sum and number of its ordinary days (a week
    // with a holiday or a closure is not a smaller week).
    std::array<std::vector<Samples>, 2> weekly{std::vector<Samples>(weeks + 1),
                                               std::vector<Samples>(weeks + 1)};
    for (int i = 0; i < pastDays; ++i) {
        const QDate day = windowFrom.addDays(i);
        const int wd = day.dayOfWeek();
        const int weeksAgo = int((day.daysTo(today) + 6) / 7);
        for (int s = 0; s < 2; ++s) {
            const PastService& p = past[i][s];
            if (!p.hasTill || !openByHabit[wd][s])
                continue;
            const DayEvent event = calendar.at(day, s);
            if (event.closed || p.tillCovers <= 0)
                continue; // closed that day: says nothing of the level
            if (event.holiday) {
                holidays.append({i, s});
                continue;
            }
            const double value = p.tillCovers / event.multiplier;
            level[wd][s].add(value, std::pow(decay, weeksAgo - 1));
            if (weeksAgo <= weeks)
                weekly[s][weeksAgo].add(value, 1.0);
            if (i >= bookFromIndex) {
                const double booked = p.finalBooked / event.multiplier;
                const double walkIns = std::max(0, p.tillCovers - p.came) / event.multiplier;
                bookedOverTill[wd][s] += booked;
                walkInsOverTill[wd][s] += walkIns;
                tillForBook[wd][s] += value;
                bookedOverTillAll[s] += booked;
                walkInsOverTillAll[s] += walkIns;
                tillForBookAll[s] += value;
            }
        }
    }
    // A weekday with no sample (short history): the service's mean.
    std::array<double, 2> serviceMean{0, 0};
    for (int s = 0; s < 2; ++s) {
        Samples all;
        for (int wd = 1; wd <= 7; ++wd) {
            if (level[wd][s].count > 0)
                all.add(level[wd][s].mean(), 1.0);
        }
        serviceMean[s] = all.mean();
    }
    auto levelOf = [&](int wd, int s) {
        return level[wd][s].count > 0 ? level[wd][s].mean() : serviceMean[s];
    };

    // --- Trend: log-linear over the weekly totals (8 weeks or more). ------
    double weeklyGrowth = 0;
    if (full) {
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        int n = 0;
        for (int k = 1; k <= weeks; ++k) {
            const double total = weekly[0][k].mean() + weekly[1][k].mean();
            if (total <= 0)
                continue;
            const double x = -k, y = std::log(total);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
            ++n;
        }
        const double denominator = n * sxx - sx * sx;
        if (n >= 6 && denominator > 0)
            weeklyGrowth = clamp((n * sxy - sx * sy) / denominator, -0.02, 0.02);
    }
    out.trend = full && weeklyGrowth != 0;
    out.weeklyTrend = weeklyGrowth;
    // The weighted levels stand for `centre` weeks ago.
    double centre = 0, centreWeights = 0;
    for (int k = 1; k <= std::max(1, weeks); ++k) {
        const double w = std::pow(decay, k - 1);
        centre += w * (k - 0.5);
        centreWeights += w;
    }
    centre = centreWeights > 0 ? centre / centreWeights : 0.5;
    auto trendAt = [&](int leadDays) { return std::exp(weeklyGrowth * (centre + leadDays / 7.0)); };

    // --- Public holidays: their effect against the usual level. ----------
    std::array<double, 2> holidayFactor{m_options.holidayMultiplier.value_or(1.0),
                                        m_options.holidayMultiplier.value_or(1.0)};
    {
        std::array<Samples, 2> ratios;
        for (const HolidaySample& h : std::as_const(holidays)) {
            const QDate day = windowFrom.addDays(h.index);
            const double usual = levelOf(day.dayOfWeek(), h.service) * trendAt(int(today.daysTo(day)));
            if (usual > 0)
                ratios[h.service].add(past[h.index][h.service].tillCovers / usual, 1.0);
        }
        for (int s = 0; s < 2; ++s) {
            if (ratios[s].count > 0)
                holidayFactor[s] = clamp(ratios[s].mean(), 0.3, 3.0);
        }
    }

    // The book's usual part of the till's covers (final booked, walk-ins).
    auto tillShares = [&](int wd, int s) -> std::pair<double, double> {
        if (!out.hasBook)
            return {0.0, 1.0};
        const bool own = tillForBook[wd][s] > 0 && level[wd][s].count >= 2;
        const double till = own ? tillForBook[wd][s] : tillForBookAll[s];
        if (till <= 0)
            return {0.0, 1.0};
        return {(own ? bookedOverTill[wd][s] : bookedOverTillAll[s]) / till,
                (own ? walkInsOverTill[wd][s] : walkInsOverTillAll[s]) / till};
    };

    // --- The book's pace: how much a book ahead of (or behind) its usual
    // share at a lead says about the covers that come. Learned on the past
    // services: the till's covers against their usual level (y) regressed on
    // the book's pace at that lead (x), per lead bucket; shrunk to 0 when the
    // history is short or the book says little (few, lumpy bookings). -----
    std::array<std::array<double, kLeadBuckets>, 2> paceWeight{};
    {
        std::array<std::array<double, kLeadBuckets>, 2> sxy{}, sxx{};
        std::array<std::array<int, kLeadBuckets>, 2> n{};
        for (int i = bookFromIndex; i < pastDays; ++i) {
            const QDate day = windowFrom.addDays(i);
            const int wd = day.dayOfWeek();
            for (int s = 0; s < 2; ++s) {
                const PastService& p = past[i][s];
                if (!p.hasTill || p.tillCovers <= 0 || pastOnBooks[i][s].empty() || !openByHabit[wd][s])
                    continue;
                const DayEvent event = calendar.at(day, s);
                if (event.closed || event.holiday || event.multiplier != 1.0)
                    continue;
                const double usual = levelOf(wd, s) * trendAt(int(today.daysTo(day)));
                const double usualFinal = usual * tillShares(wd, s).first;
                if (usual <= 0 || usualFinal < 0.5)
                    continue;
                const double y = p.tillCovers / usual - 1;
                const int c = poolCurves ? 0 : s;
                for (int lead = 0; lead <= curveDays; ++lead) {
                    const double share = out.pickupCurve[s].at(lead);
                    if (share <= 0.02)
                        continue;
                    const double x = clamp(pastOnBooks[i][s][lead] / (share * usualFinal) - 1, -1.0, 2.0);
                    const int b = leadBucket(lead);
                    sxy[c][b] += x * y;
                    sxx[c][b] += x * x;
                    ++n[c][b];
                }
            }
        }
        for (int s = 0; s < 2; ++s) {
            const int c = poolCurves ? 0 : s;
            for (int b = 0; b < kLeadBuckets; ++b) {
                // A prior of a few services at no effect.
                const double prior = 0.05 * 8;
                paceWeight[s][b] = n[c][b] > 0 ? clamp(sxy[c][b] / (sxx[c][b] + prior), 0.0, 1.0) : 0.0;
            }
        }
    }

    // --- Time-of-day profiles. --------------------------------------------
    ByWeekday<Profile> tillProfile{}, walkInProfile{};
    std::array<Profile, 2> tillAll{}, walkInAll{}, bookedAll{};
    for (int i = 0; i < pastDays; ++i) {
        const int wd = windowFrom.addDays(i).dayOfWeek();
        for (int s = 0; s < 2; ++s) {
            const PastService& p = past[i][s];
            for (int k = 0; k < kSlots; ++k) {
                tillProfile[wd][s][k] += p.tillSlots[k];
                tillAll[s][k] += p.tillSlots[k];
                bookedAll[s][k] += p.bookedSlots[k];
                if (i >= bookFromIndex && p.tillCovers > 0) {
                    const double walkIn = std::max(0.0, p.tillSlots[k] - p.cameSlots[k]);
                    walkInProfile[wd][s][k] += walkIn;
                    walkInAll[s][k] += walkIn;
                }
            }
        }
    }

    // --- The horizon. -------------------------------------------------------
    out.services.reserve(days * 2);
    for (int d = 0; d < days; ++d) {
        const QDate day = today.addDays(d);
        const int wd = day.dayOfWeek();
        for (int s = 0; s < 2; ++s) {
            ServiceForecast f;
            f.day = day;
            f.service = s;
            f.leadDays = d;
            const DayEvent event = calendar.at(day, s);
            f.event = event.label;
            int standing = 0;
            for (const BookedParty* party : std::as_const(comingParties[d][s])) {
                if (party->status == BookedParty::Status::Standing ||
                    party->status == BookedParty::Status::Honoured)
                    standing += party->partySize;
            }
            f.onBooks = standing;
            const bool usuallyClosed = weeks >= 1 && !openByHabit[wd][s];
            if (event.closed || (usuallyClosed && standing == 0)) {
                f.closed = true;
                f.closedReason = event.closed ? event.label : QString();
                out.services.append(f);
                continue;
            }
            f.multiplier = event.holiday ? holidayFactor[s] : event.multiplier;
            const double base = usuallyClosed ? 0.0 : levelOf(wd, s) * trendAt(d) * f.multiplier;
            const auto [bookedShareOfTill, walkInShareOfTill] = tillShares(wd, s);
            const double usualFinal = base * bookedShareOfTill;
            const double usualWalkIns = base * walkInShareOfTill;
            const QList<double>& curve = out.pickupCurve[s];
            const double share = curve.isEmpty() ? 0.0 : curve.at(std::min<qsizetype>(d, curve.size() - 1));
            f.bookedShare = share;
            f.booked = standing * out.showRate;

            if (usualFinal >= 0.5) {
                double pace = 1;
                if (share > 0.02) {
                    const double x = clamp(standing / (share * usualFinal) - 1, -1.0, 2.0);
                    pace = 1 + paceWeight[s][leadBucket(std::min(d, curveDays))] * x;
                }
                f.bookPace = pace;
                const double total = std::max(f.booked, base * pace);
                // Negative: cancellations still to come (never below the booked).
                f.pickup = clamp((1 - share) * usualFinal * pace * out.showRate, -f.booked, total - f.booked);
                f.walkIns = std::max(0.0, total - f.booked - f.pickup);
            } else {
                // No usual bookings to compare with (a weekday the book never
                // had, or no till history): the curve's pickup on what is booked.
                f.pickup =
                    share > 0.05 ? std::max(-f.booked, standing * (1 - share) / share * out.showRate) : 0.0;
                f.walkIns = usualWalkIns;
            }

            // Slots.
            for (const BookedParty* party : std::as_const(comingParties[d][s])) {
                if (party->status == BookedParty::Status::Standing ||
                    party->status == BookedParty::Status::Honoured)
                    f.slots[ServiceForecast::slotIndex(party->slot)] += party->partySize * out.showRate;
            }
            const bool ownProfile = full && level[wd][s].count >= 3;
            const Profile pickupProfile = firstOf({&bookedAll[s], &tillAll[s]}, s);
            const Profile walkInProfileOf =
                firstOf({ownProfile ? &walkInProfile[wd][s] : nullptr, &walkInAll[s],
                         ownProfile ? &tillProfile[wd][s] : nullptr, &tillAll[s]},
                        s);
            for (int k = 0; k < kSlots; ++k)
                f.slots[k] += f.pickup * pickupProfile[k] + f.walkIns * walkInProfileOf[k];
            out.services.append(f);
        }
    }
    return out;
}

} // namespace Moulin
