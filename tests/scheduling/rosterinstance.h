#pragma once

// Roster weeks for the optimiser's tests and its benchmark: needs from a
// covers profile with the seed's ratios (chef 0.1, server 0.2, bartender
// 0.15, min_staff 1 while open), and a seeded staff of a realistic size.

#include "scheduling/core/roster.h"

#include <QtMath>

#include <array>
#include <cmath>
#include <random>

namespace Moulin::Test {

struct RoleRatio
{
    const char* role;
    double ratio;
};
inline constexpr std::array<RoleRatio, 3> kSeedRatios{{{"chef", 0.1}, {"server", 0.2}, {"bartender", 0.15}}};

/// Guests in the room per 15-minute slot: a lunch and a dinner peak.
inline QList<double> coversProfile(double lunchPeak, double dinnerPeak, int open = 10 * 60,
                                   int close = 24 * 60)
{
    QList<double> covers(DayNeed::kSlots, 0.0);
    for (int s = open / kSlotMinutes; s < close / kSlotMinutes; ++s) {
        const double h = (s * kSlotMinutes + 7.5) / 60.0;
        const double lunch = lunchPeak * std::exp(-std::pow((h - 13.0) / 1.1, 2));
        const double dinner = dinnerPeak * std::exp(-std::pow((h - 20.75) / 1.4, 2));
        covers[s] = lunch + dinner + 2.0; // a few at the bar all day
    }
    return covers;
}

/// max(min_staff, ⌈covers × ratio⌉) while open; min_staff while open.
inline DayNeed needFromCovers(const QString& role, const QDate& day, const QList<double>& covers,
                              double ratio, int minStaff = 1, int open = 10 * 60, int close = 24 * 60)
{
    DayNeed need(role, day);
    for (int s = open / kSlotMinutes; s < close / kSlotMinutes; ++s) {
        need.minimum[s] = minStaff;
        need.target[s] = std::max(minStaff, int(std::ceil(covers.value(s) * ratio - 1e-9)));
    }
    return need;
}

/// The needs of a week from per-day peaks (lunch, dinner), times a
/// multiplier per day (special events: 14 July × 1.5).
inline QList<DayNeed> weekNeeds(const QDate& monday, const std::array<std::pair<double, double>, 7>& peaks,
                                const std::array<double, 7>& multiplier = {1, 1, 1, 1, 1, 1, 1})
{
    QList<DayNeed> needs;
    for (int d = 0; d < 7; ++d) {
        const QList<double> covers =
            coversProfile(peaks[d].first * multiplier[d], peaks[d].second * multiplier[d]);
        for (const RoleRatio& r : kSeedRatios)
            needs << needFromCovers(QLatin1String(r.role), monday.addDays(d), covers, r.ratio);
    }
    return needs;
}

/// A restaurant's week: `staff` people (about 30 % cooks, 45 % servers,
/// 25 % bartenders, some part-time, some with two roles, a few
/// availabilities and leave days, preferences), the previous week worked.
inline RosterWeek realisticWeek(quint32 seed, int staff = 30, const QDate& monday = QDate(2026, 7, 13),
                                const std::array<double, 7>& multiplier = {1, 1, 1, 1, 1, 1, 1})
{
    std::mt19937 rng(seed);
    auto uniform = [&rng](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    auto chance = [&rng](double p) { return std::bernoulli_distribution(p)(rng); };

    RosterWeek w;
    w.monday = monday;
    // Lunch and dinner peaks (guests in the room): busier Friday and Saturday,
    // Sunday lunch.
    std::array<std::pair<double, double>, 7> peaks{
        {{24, 30}, {26, 32}, {26, 34}, {28, 38}, {32, 52}, {36, 58}, {44, 30}}};
    for (auto& [lunch, dinner] : peaks) {
        lunch *= 0.9 + 0.2 * std::uniform_real_distribution<double>(0, 1)(rng);
        dinner *= 0.9 + 0.2 * std::uniform_real_distribution<double>(0, 1)(rng);
    }
    w.needs = weekNeeds(monday, peaks, multiplier);

    static const char* const kFirst[] = {
        "Paul",   "Léa",     "Hugo",  "Emma",  "Louis", "Chloé", "Jules",  "Inès", "Arthur",  "Manon",
        "Nathan", "Camille", "Lucas", "Sarah", "Tom",   "Zoé",   "Théo",   "Jade", "Noah",    "Lina",
        "Adam",   "Alice",   "Hugo",  "Rose",  "Gabin", "Anna",  "Victor", "Lou",  "Raphaël", "Eva"};
    for (int i = 0; i < staff; ++i) {
        StaffMember m;
        m.id = QStringLiteral("p%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        m.name =
            QStringLiteral("%1 %2").arg(QString::fromUtf8(kFirst[i % 30])).arg(QChar(u'A' + i / 30 % 26));
        const double share = double(i) / staff;
        if (share < 0.3) {
            m.roles = {QStringLiteral("chef")};
            m.hourlyCostCents = 1900 + 100 * uniform(0, 3);
        } else if (share < 0.75) {
            m.roles = {QStringLiteral("server")};
            if (chance(0.25))
                m.roles << QStringLiteral("bartender");
            m.hourlyCostCents = 1500 + 50 * uniform(0, 3);
        } else {
            m.roles = {QStringLiteral("bartender")};
            if (chance(0.2))
                m.roles << QStringLiteral("server");
            m.hourlyCostCents = 1550 + 50 * uniform(0, 2);
        }
        m.contractMinutesPerWeek = chance(0.25) ? (chance(0.5) ? 20 * 60 : 24 * 60) : 35 * 60;
        m.splitShiftAllowed = !chance(0.2);
        if (chance(0.1)) // a student: weekday evenings only
            for (int wd = 1; wd <= 5; ++wd)
                m.availability[wd] = {{18 * 60, 26 * 60}};
        else if (chance(0.08)) // never on Wednesdays
            m.availability[3] = {};
        if (chance(0.12)) {
            const int first = uniform(0, 5);
            for (int d = first; d < std::min(7, first + uniform(1, 3)); ++d)
                m.leave.insert(monday.addDays(d));
        }
        if (chance(0.3))
            m.preferredDaysOff.insert(uniform(1, 7));
        // The previous week: five days in a row ending somewhere in the week,
        // the Sunday (when worked) closing late.
        const int lastDay = uniform(-3, -1); // Friday, Saturday or Sunday
        bool evening = false;                // once on evenings, evenings (rest)
        for (int d = lastDay - 4; d <= lastDay; ++d) {
            evening = evening || chance(0.3) || d == -1;
            Shift s{m.id, m.roles.first(), monday.addDays(d), evening ? 17 * 60 + 30 : 10 * 60,
                    evening ? 24 * 60 : 17 * 60};
            w.previousShifts << s;
        }
        w.staff << m;
    }
    return w;
}

} // namespace Moulin::Test
