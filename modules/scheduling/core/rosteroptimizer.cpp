#include "scheduling/core/rosteroptimizer.h"

#include "common/mip/clp.h"
#include "scheduling/core/rostervalidator.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLocale>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

#include <ClpSimplex.hpp>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>
#include <string>
#include <vector>

namespace Moulin {

Q_LOGGING_CATEGORY(lcOptimizer, "moulin.scheduling.optimizer", QtInfoMsg)

namespace {

// ---------------------------------------------------------------------------
// Shift templates
// ---------------------------------------------------------------------------

struct Part
{
    int start = 0;
    int end = 0;
};

/// One working day's shape: one shift, or a coupure (two with a break).
struct Template
{
    Part parts[2];
    int partCount = 1;
    int start() const { return parts[0].start; }
    int end() const { return parts[partCount - 1].end; }
    int minutes() const
    {
        return parts[0].end - parts[0].start + (partCount == 2 ? parts[1].end - parts[1].start : 0);
    }
    bool split() const { return partCount == 2; }
    bool covers(int slot) const
    {
        const int m = slot * kSlotMinutes;
        for (int i = 0; i < partCount; ++i) {
            if (parts[i].start <= m && m < parts[i].end)
                return true;
        }
        return false;
    }
};

constexpr int kEveningEnd = 22 * 60;
constexpr int kMaxCandidates = 7;

/// Staff needed per slot over all roles (the target, never below the minimum).
std::vector<int> dayProfile(const RosterWeek& week, const QDate& day, std::vector<int>* minimum = nullptr)
{
    std::vector<int> profile(DayNeed::kSlots, 0);
    if (minimum)
        minimum->assign(DayNeed::kSlots, 0);
    for (const DayNeed& need : week.needs) {
        if (need.day != day)
            continue;
        for (int s = 0; s < DayNeed::kSlots; ++s) {
            profile[s] += std::max(need.target.value(s), need.minimum.value(s));
            if (minimum)
                (*minimum)[s] += need.minimum.value(s);
        }
    }
    return profile;
}

/// Starts where the need rises, ends where it falls (the strongest steps),
/// the opening and closing of each open block, and the long days.
QList<Template> dayTemplates(const RosterWeek& week, const QDate& day, const std::vector<int>& restStarts)
{
    std::vector<int> minimum;
    const std::vector<int> profile = dayProfile(week, day, &minimum);
    const RosterRules& rules = week.rules;
    std::map<int, int> starts, ends; // minute → step size (huge: always kept)
    constexpr int kKeep = 1 << 20;
    int first = -1, last = -1;
    for (int s = 0; s <= DayNeed::kSlots; ++s) {
        const int prev = s > 0 ? profile[s - 1] : 0;
        const int cur = s < DayNeed::kSlots ? profile[s] : 0;
        if (cur > prev)
            starts[s * kSlotMinutes] = prev == 0 ? kKeep : cur - prev;
        if (cur < prev)
            ends[s * kSlotMinutes] = cur == 0 ? kKeep : prev - cur;
        if (cur > 0) {
            if (first < 0)
                first = s;
            last = s;
        }
    }
    if (first < 0)
        return {};
    auto strongest = [](const std::map<int, int>& candidates) {
        std::vector<std::pair<int, int>> v(candidates.begin(), candidates.end());
        std::stable_sort(v.begin(), v.end(),
                         [](const auto& a, const auto& b) { return a.second > b.second; });
        std::vector<int> out;
        for (const auto& [minute, weight] : v) {
            if (int(out.size()) < kMaxCandidates || weight >= kKeep)
                out.push_back(minute);
        }
        std::sort(out.begin(), out.end());
        return out;
    };
    std::vector<int> s = strongest(starts), e = strongest(ends);
    const int open = first * kSlotMinutes, close = (last + 1) * kSlotMinutes;
    // The earliest starts after a late finish the day before (the rest).
    for (int minute : restStarts) {
        const int aligned = (minute + kSlotMinutes - 1) / kSlotMinutes * kSlotMinutes;
        if (aligned > open && aligned + rules.minShiftMinutes <= close)
            s.push_back(aligned);
    }
    // Long days from the opening and to the closing.
    if (open + rules.maxShiftMinutes < close) {
        e.push_back(open + rules.maxShiftMinutes);
        s.push_back(close - rules.maxShiftMinutes);
    }
    std::sort(s.begin(), s.end());
    s.erase(std::unique(s.begin(), s.end()), s.end());
    std::sort(e.begin(), e.end());
    e.erase(std::unique(e.begin(), e.end()), e.end());

    QList<Template> singles;
    auto addSingle = [&](int a, int b) {
        for (const Template& t : std::as_const(singles)) {
            if (t.parts[0].start == a && t.parts[0].end == b)
                return;
        }
        Template t;
        t.parts[0] = {a, b};
        singles.append(t);
    };
    for (int a : s) {
        for (int b : e) {
            if (b - a >= rules.minShiftMinutes && b - a <= rules.maxShiftMinutes)
                addSingle(a, b);
        }
    }
    // Every slot that must be staffed is covered by some template (an open
    // block shorter than the shortest shift gets one of that length).
    for (int slot = 0; slot < DayNeed::kSlots; ++slot) {
        if (minimum[slot] <= 0)
            continue;
        const bool covered = std::any_of(singles.cbegin(), singles.cend(),
                                         [slot](const Template& t) { return t.covers(slot); });
        if (!covered) {
            const int a = slot * kSlotMinutes;
            addSingle(a, a + rules.minShiftMinutes);
        }
    }
    QList<Template> out = singles;
    for (const Template& a : std::as_const(singles)) {
        for (const Template& b : std::as_const(singles)) {
            if (b.start() - a.end() >= rules.minSplitBreakMinutes &&
                a.minutes() + b.minutes() <= rules.maxShiftMinutes) {
                Template t;
                t.parts[0] = a.parts[0];
                t.parts[1] = b.parts[0];
                t.partCount = 2;
                out.append(t);
            }
        }
    }
    return out;
}

// ---------------------------------------------------------------------------
// The programme
// ---------------------------------------------------------------------------

using Programme = Mip::Programme;

constexpr double kInfinity = Mip::kInfinity;
constexpr double kCoverageSlackCost = 1e7; // per person-slot missing (elastic)
constexpr double kHoursSlackCost = 2e5;    // per minute above a limit (elastic)

/// One assignment column: person p works template t of day d in role r.
struct Assignment
{
    int person;
    int day;
    int templ;
    int role;
};

constexpr qint64 kNoPrevious = -(qint64(1) << 40);

struct Person
{
    const StaffMember* member = nullptr;
    int limitMinutes = 0;
    QSet<int> previousDays;           ///< day offsets (< 0) worked in the previous week
    qint64 previousEnd = kNoPrevious; ///< absolute end of the last previous shift
    QString symmetryKey;
};

class Model
{
public:
    Model(const RosterWeek& week, const RosterWeights& weights, bool elastic)
        : m_week(week)
        , m_weights(weights)
        , m_elastic(elastic)
    {
        build();
    }

    const RosterWeek& m_week;
    RosterWeights m_weights;
    bool m_elastic;

    QStringList roles;
    QList<Person> people;
    QList<QList<Template>> templates;    // per day 0..6
    std::vector<Assignment> assignments; // column i ↔ assignments[i]
    Programme lp;
    std::vector<std::pair<int, int>> hoursSlack;               // (person, column)
    std::vector<std::tuple<int, int, int, int>> coverageSlack; // (role, day, slot, column)
    // assignment columns per (person, day)
    std::vector<std::vector<int>> byPersonDay;

    int personDay(int p, int d) const { return p * 7 + d; }

    bool restConflict(int d1, const Template& a, int d2, const Template& b) const
    {
        const qint64 end = qint64(d1) * 1440 + a.end();
        const qint64 start = qint64(d2) * 1440 + b.start();
        return start - end < m_week.rules.minRestMinutes;
    }

private:
    void build();
};

QString symmetryKey(const RosterWeek& week, const StaffMember& m)
{
    QStringList parts;
    QStringList roles = m.roles;
    roles.sort();
    parts << roles.join(QLatin1Char(',')) << QString::number(m.contractMinutesPerWeek)
          << QString::number(m.hourlyCostCents) << QString::number(m.splitShiftAllowed);
    for (auto it = m.availability.cbegin(); it != m.availability.cend(); ++it) {
        parts << QString::number(it.key());
        for (const TimeWindow& w : it.value())
            parts << QStringLiteral("%1-%2").arg(w.start).arg(w.end);
    }
    QList<QDate> leave(m.leave.cbegin(), m.leave.cend());
    std::sort(leave.begin(), leave.end());
    for (const QDate& d : std::as_const(leave))
        parts << d.toString(Qt::ISODate);
    QList<int> off(m.preferredDaysOff.cbegin(), m.preferredDaysOff.cend());
    std::sort(off.begin(), off.end());
    for (int d : std::as_const(off))
        parts << QStringLiteral("o%1").arg(d);
    QList<Shift> previous;
    for (const Shift& s : week.previousShifts) {
        if (s.personId == m.id && s.day < week.monday)
            previous << s;
    }
    std::sort(previous.begin(), previous.end(),
              [](const Shift& a, const Shift& b) { return a.absoluteStart() < b.absoluteStart(); });
    for (const Shift& s : std::as_const(previous))
        parts << QStringLiteral("p%1:%2-%3").arg(week.monday.daysTo(s.day)).arg(s.start).arg(s.end);
    return parts.join(QLatin1Char('|'));
}

void Model::build()
{
    const RosterRules& rules = m_week.rules;
    for (const DayNeed& n : m_week.needs) {
        if (!roles.contains(n.role))
            roles << n.role;
    }
    for (const StaffMember& m : m_week.staff) {
        for (const QString& r : m.roles) {
            if (!roles.contains(r))
                roles << r;
        }
    }
    for (const StaffMember& m : m_week.staff) {
        Person p;
        p.member = &m;
        p.limitMinutes = std::min(m.contractMinutesPerWeek, rules.maxMinutesPerWeek);
        for (const Shift& s : m_week.previousShifts) {
            if (s.personId != m.id || s.day >= m_week.monday)
                continue;
            p.previousDays.insert(int(m_week.monday.daysTo(s.day)));
            p.previousEnd = std::max(p.previousEnd, qint64(m_week.monday.daysTo(s.day)) * 1440 + s.end);
        }
        p.symmetryKey = symmetryKey(m_week, m);
        people << p;
    }
    for (int d = 0; d < 7; ++d) {
        std::vector<int> restStarts;
        if (d == 0) {
            for (const Person& p : std::as_const(people)) {
                if (p.previousEnd > kNoPrevious)
                    restStarts.push_back(int(p.previousEnd + rules.minRestMinutes));
            }
        } else {
            int latest = -1;
            for (const Template& t : templates.at(d - 1))
                latest = std::max(latest, t.end());
            if (latest >= 0)
                restStarts.push_back(latest + rules.minRestMinutes - 1440);
        }
        std::sort(restStarts.begin(), restStarts.end());
        restStarts.erase(std::unique(restStarts.begin(), restStarts.end()), restStarts.end());
        templates << dayTemplates(m_week, m_week.monday.addDays(d), restStarts);
    }

    const RosterWeights& w = m_weights;
    byPersonDay.assign(people.size() * 7, {});

    // Assignment columns.
    for (int p = 0; p < people.size(); ++p) {
        const Person& person = people.at(p);
        const StaffMember& m = *person.member;
        for (int d = 0; d < 7; ++d) {
            const QDate day = m_week.monday.addDays(d);
            if (m.leave.contains(day))
                continue;
            const bool preferOff = m.preferredDaysOff.contains(day.dayOfWeek());
            for (int t = 0; t < templates.at(d).size(); ++t) {
                const Template& tp = templates.at(d).at(t);
                if (tp.split() && !m.splitShiftAllowed)
                    continue;
                if (tp.minutes() > person.limitMinutes)
                    continue;
                bool available = true;
                for (int k = 0; k < tp.partCount; ++k)
                    available = available && m.availableOn(day, tp.parts[k].start, tp.parts[k].end);
                if (!available)
                    continue;
                if (qint64(d) * 1440 + tp.start() - person.previousEnd < rules.minRestMinutes)
                    continue;
                for (int r = 0; r < roles.size(); ++r) {
                    if (!m.holds(roles.at(r)))
                        continue;
                    double c = w.labourCostFactor * double(m.hourlyCostCents) * tp.minutes() / 60.0;
                    if (preferOff)
                        c += double(w.preferredDayOff);
                    const int col = lp.addColumn(0, 1, c, true);
                    assignments.push_back({p, d, t, r});
                    byPersonDay[personDay(p, d)].push_back(col);
                }
            }
        }
    }

    // One template a day.
    for (int p = 0; p < people.size(); ++p) {
        for (int d = 0; d < 7; ++d) {
            const auto& cols = byPersonDay[personDay(p, d)];
            if (cols.size() < 2)
                continue;
            std::vector<std::pair<int, double>> terms;
            for (int c : cols)
                terms.push_back({c, 1.0});
            lp.addRow(-kInfinity, 1, terms);
        }
    }

    // Rest between working days: for each (person, day, end) the templates of
    // that day ending at or after it and those of the next days starting too
    // soon after it are pairwise exclusive (a clique).
    for (int p = 0; p < people.size(); ++p) {
        for (int d = 0; d < 6; ++d) {
            const auto& today = byPersonDay[personDay(p, d)];
            if (today.empty())
                continue;
            std::vector<int> endTimes;
            for (int c : today)
                endTimes.push_back(templates.at(d).at(assignments[c].templ).end());
            std::sort(endTimes.begin(), endTimes.end());
            endTimes.erase(std::unique(endTimes.begin(), endTimes.end()), endTimes.end());
            std::vector<std::vector<int>> previousClique;
            for (int end : endTimes) {
                Template probe;
                probe.parts[0] = {end - 1, end};
                std::vector<int> later;
                for (int d2 = d + 1; d2 < 7 && d2 <= d + 2; ++d2) {
                    for (int c : byPersonDay[personDay(p, d2)]) {
                        if (restConflict(d, probe, d2, templates.at(d2).at(assignments[c].templ)))
                            later.push_back(c);
                    }
                }
                if (later.empty())
                    continue;
                std::vector<std::pair<int, double>> terms;
                for (int c : today) {
                    if (templates.at(d).at(assignments[c].templ).end() >= end)
                        terms.push_back({c, 1.0});
                }
                for (int c : later)
                    terms.push_back({c, 1.0});
                lp.addRow(-kInfinity, 1, terms);
            }
        }
    }

    // Days in a row, the previous week's days counted.
    const int maxDays = rules.maxConsecutiveDays;
    for (int p = 0; p < people.size(); ++p) {
        for (int first = -maxDays; first + maxDays < 7; ++first) {
            int known = 0;
            std::vector<std::pair<int, double>> terms;
            for (int d = first; d <= first + maxDays; ++d) {
                if (d < 0) {
                    known += people.at(p).previousDays.contains(d) ? 1 : 0;
                    continue;
                }
                for (int c : byPersonDay[personDay(p, d)])
                    terms.push_back({c, 1.0});
            }
            if (terms.empty() || int(terms.size()) <= maxDays - known)
                continue;
            lp.addRow(-kInfinity, std::max(0, maxDays - known), terms);
        }
    }

    // The week's hours; identical people ordered by hours.
    std::vector<std::vector<std::pair<int, double>>> hoursTerms(people.size());
    for (int c = 0; c < int(assignments.size()); ++c) {
        const Assignment& a = assignments[c];
        hoursTerms[a.person].push_back({c, double(templates.at(a.day).at(a.templ).minutes())});
    }
    for (int p = 0; p < people.size(); ++p) {
        if (hoursTerms[p].empty())
            continue;
        auto terms = hoursTerms[p];
        if (m_elastic) {
            const int slack = lp.addColumn(0, kInfinity, kHoursSlackCost, false);
            hoursSlack.push_back({p, slack});
            terms.push_back({slack, -1.0});
        }
        lp.addRow(-kInfinity, people.at(p).limitMinutes, terms);
    }
    QHash<QString, int> lastOfKind;
    for (int p = 0; p < people.size(); ++p) {
        const auto it = lastOfKind.constFind(people.at(p).symmetryKey);
        if (it != lastOfKind.constEnd() && !hoursTerms[p].empty()) {
            auto terms = hoursTerms[*it];
            for (const auto& [c, v] : hoursTerms[p])
                terms.push_back({c, -v});
            lp.addRow(0, kInfinity, terms);
        }
        lastOfKind.insert(people.at(p).symmetryKey, p);
    }

    // Coverage per role, day and slot, through the number of people working
    // each template in each role (an integer column per role, day and
    // template: coverage rows stay sparse and CBC branches on counts). One
    // row per slot: covered + short − over = target, with short ≤ target −
    // minimum (the hard min_staff; in the elastic model a costly slack).
    const double shortCost = double(w.shortfallPerHour) * kSlotMinutes / 60.0;
    const double overCost = double(w.overstaffPerHour) * kSlotMinutes / 60.0;
    for (int d = 0; d < 7; ++d) {
        const QDate day = m_week.monday.addDays(d);
        for (int r = 0; r < roles.size(); ++r) {
            std::vector<std::vector<std::pair<int, double>>> link(templates.at(d).size());
            for (int p = 0; p < people.size(); ++p) {
                for (int c : byPersonDay[personDay(p, d)]) {
                    if (assignments[c].role == r)
                        link[assignments[c].templ].push_back({c, -1.0});
                }
            }
            std::vector<std::vector<std::pair<int, double>>> slotTerms(DayNeed::kSlots);
            for (int t = 0; t < int(link.size()); ++t) {
                if (link[t].empty())
                    continue;
                const int count = lp.addColumn(0, double(link[t].size()), 0, true);
                auto terms = link[t];
                terms.push_back({count, 1.0});
                lp.addRow(0, 0, terms);
                const Template& tp = templates.at(d).at(t);
                for (int s = 0; s < DayNeed::kSlots; ++s) {
                    if (tp.covers(s))
                        slotTerms[s].push_back({count, 1.0});
                }
            }
            const DayNeed* need = m_week.need(roles.at(r), day);
            for (int s = 0; s < DayNeed::kSlots; ++s) {
                const int minimum = need ? need->minimum.value(s) : 0;
                const int target = need ? std::max(minimum, need->target.value(s)) : 0;
                auto terms = slotTerms[s];
                if (terms.empty() && target == 0)
                    continue;
                if (target > minimum)
                    terms.push_back({lp.addColumn(0, target - minimum, shortCost, true), 1.0});
                if (minimum > 0 && m_elastic) {
                    const int slack = lp.addColumn(0, minimum, kCoverageSlackCost, true);
                    coverageSlack.emplace_back(r, d, s, slack);
                    terms.push_back({slack, 1.0});
                }
                if (!slotTerms[s].empty())
                    terms.push_back({lp.addColumn(0, kInfinity, overCost, true), -1.0});
                if (terms.empty()) // needed, and no one can come: infeasible
                    lp.addRow(target, target, {});
                else
                    lp.addRow(target, target, terms);
            }
        }
    }

    // Fairness: both weekend days, and evenings beyond a fair share.
    for (int p = 0; p < people.size(); ++p) {
        std::vector<std::pair<int, double>> weekend;
        std::vector<std::pair<int, double>> evenings;
        for (int d = 0; d < 7; ++d) {
            for (int c : byPersonDay[personDay(p, d)]) {
                if (d >= 5)
                    weekend.push_back({c, 1.0});
                if (templates.at(d).at(assignments[c].templ).end() > kEveningEnd)
                    evenings.push_back({c, 1.0});
            }
        }
        const bool saturday = std::any_of(weekend.cbegin(), weekend.cend(), [this](const auto& term) {
            return assignments[term.first].day == 5;
        });
        const bool sunday = std::any_of(weekend.cbegin(), weekend.cend(), [this](const auto& term) {
            return assignments[term.first].day == 6;
        });
        if (saturday && sunday && w.fullWeekend > 0) {
            // Saturday + Sunday − 1 ≤ excess
            const int excess = lp.addColumn(0, 1, double(w.fullWeekend), false);
            auto terms = weekend;
            terms.push_back({excess, -1.0});
            lp.addRow(-kInfinity, 1, terms);
        }
        if (!evenings.empty() && w.eveningStep > 0) {
            const double share =
                double(people.at(p).limitMinutes) / double(std::max(1, rules.maxMinutesPerWeek));
            for (int k = 1; k <= 4; ++k) {
                const double threshold = k * share;
                if (threshold >= double(evenings.size()))
                    break;
                const int excess = lp.addColumn(0, kInfinity, double(w.eveningStep), false);
                auto terms = evenings;
                terms.push_back({excess, -1.0});
                lp.addRow(-kInfinity, threshold, terms);
            }
        }
    }
}

// ---------------------------------------------------------------------------
// A greedy roster: the minimum first, then the target while it pays.
// ---------------------------------------------------------------------------

class Greedy
{
public:
    /// `cancel`: phase 2 (what only improves the roster) stops when it is set.
    Greedy(const Model& model, const std::atomic_bool* cancel)
        : m(model)
        , m_cancel(cancel)
    {
        const int n = int(m.people.size());
        chosen.assign(n * 7, -1);
        minutes.assign(n, 0);
        coverage.assign(size_t(m.roles.size()) * 7 * DayNeed::kSlots, 0);
    }

    std::vector<double> run()
    {
        // Phase 1: the minimum, day by day, the scarcest role first.
        for (int d = 0; d < 7; ++d) {
            for (int r = 0; r < m.roles.size(); ++r) {
                const DayNeed* need = m.m_week.need(m.roles.at(r), m.m_week.monday.addDays(d));
                if (!need)
                    continue;
                for (int s = 0; s < DayNeed::kSlots; ++s) {
                    while (cov(r, d, s) < need->minimum.value(s)) {
                        if (!place(r, d, s, *need))
                            return {};
                    }
                }
            }
        }
        // Phase 2: the assignment that pays most, while one does (and no
        // cancel: phase 1's roster already keeps the minimum).
        for (;;) {
            if (m_cancel && m_cancel->load())
                break;
            int best = -1;
            double bestGain = 0;
            for (int c = 0; c < int(m.assignments.size()); ++c) {
                const Assignment& a = m.assignments[c];
                if (!allowed(a))
                    continue;
                const double g = gain(c);
                if (g > bestGain) {
                    bestGain = g;
                    best = c;
                }
            }
            if (best < 0)
                break;
            take(best);
        }
        // Identical people are ordered by hours in the programme: hand their
        // weeks out in that order (they are interchangeable).
        std::map<std::tuple<int, int, int, int>, int> column;
        for (int c = 0; c < int(m.assignments.size()); ++c) {
            const Assignment& a = m.assignments[c];
            column[{a.person, a.day, a.templ, a.role}] = c;
        }
        std::vector<std::vector<int>> weeks(m.people.size());
        for (int c : taken)
            weeks[m.assignments[c].person].push_back(c);
        QHash<QString, QList<int>> groups;
        for (int p = 0; p < m.people.size(); ++p)
            groups[m.people.at(p).symmetryKey].append(p);
        std::vector<double> x(m.assignments.size(), 0.0);
        for (const QList<int>& group : std::as_const(groups)) {
            QList<int> byHours = group;
            std::stable_sort(byHours.begin(), byHours.end(),
                             [this](int a, int b) { return minutes[a] > minutes[b]; });
            for (int k = 0; k < group.size(); ++k) {
                for (int c : weeks[byHours.at(k)]) {
                    const Assignment& a = m.assignments[c];
                    x[column.at({group.at(k), a.day, a.templ, a.role})] = 1.0;
                }
            }
        }
        return x;
    }

private:
    const Model& m;
    const std::atomic_bool* m_cancel = nullptr;
    std::vector<int> chosen; // column per (person, day), −1: off
    std::vector<int> minutes;
    std::vector<int> coverage;
    std::vector<int> taken;

    int& cov(int r, int d, int s) { return coverage[(size_t(r) * 7 + d) * DayNeed::kSlots + s]; }
    const Template& templ(const Assignment& a) const { return m.templates.at(a.day).at(a.templ); }

    bool allowed(const Assignment& a) const
    {
        const Person& person = m.people.at(a.person);
        const RosterRules& rules = m.m_week.rules;
        if (chosen[m.personDay(a.person, a.day)] >= 0)
            return false;
        const Template& t = templ(a);
        if (minutes[a.person] + t.minutes() > person.limitMinutes)
            return false;
        for (int d = std::max(0, a.day - 2); d < 7 && d <= a.day + 2; ++d) {
            const int c = chosen[m.personDay(a.person, d)];
            if (c < 0 || d == a.day)
                continue;
            const Assignment& o = m.assignments[c];
            if (d < a.day ? m.restConflict(d, templ(o), a.day, t) : m.restConflict(a.day, t, d, templ(o)))
                return false;
        }
        // No run longer than allowed through this day.
        auto worked = [&](int d) {
            if (d < 0)
                return person.previousDays.contains(d);
            if (d >= 7)
                return false;
            return d == a.day || chosen[m.personDay(a.person, d)] >= 0;
        };
        int run = 1;
        for (int d = a.day - 1; worked(d) && run <= rules.maxConsecutiveDays; --d)
            ++run;
        for (int d = a.day + 1; worked(d) && run <= rules.maxConsecutiveDays; ++d)
            ++run;
        return run <= rules.maxConsecutiveDays;
    }

    double gain(int c)
    {
        const Assignment& a = m.assignments[c];
        const Template& t = templ(a);
        const DayNeed* need = m.m_week.need(m.roles.at(a.role), m.m_week.monday.addDays(a.day));
        double g = -m.lp.cost[c];
        const double shortCost = double(m.m_weights.shortfallPerHour) * kSlotMinutes / 60.0;
        const double overCost = double(m.m_weights.overstaffPerHour) * kSlotMinutes / 60.0;
        for (int s = 0; s < DayNeed::kSlots; ++s) {
            if (!t.covers(s))
                continue;
            const int target = need ? std::max(need->minimum.value(s), need->target.value(s)) : 0;
            g += cov(a.role, a.day, s) < target ? shortCost : -overCost;
        }
        return g;
    }

    void take(int c)
    {
        const Assignment& a = m.assignments[c];
        chosen[m.personDay(a.person, a.day)] = c;
        minutes[a.person] += templ(a).minutes();
        for (int s = 0; s < DayNeed::kSlots; ++s) {
            if (templ(a).covers(s))
                ++cov(a.role, a.day, s);
        }
        taken.push_back(c);
    }

    /// The template covering slot s that covers the most missing minimum
    /// from s on, for the person with the most hours left.
    bool place(int r, int d, int s, const DayNeed& need)
    {
        int best = -1;
        double bestScore = -1e300;
        for (int p = 0; p < m.people.size(); ++p) {
            for (int c : m.byPersonDay[m.personDay(p, d)]) {
                const Assignment& a = m.assignments[c];
                if (a.role != r || !templ(a).covers(s) || !allowed(a))
                    continue;
                int useful = 0;
                for (int k = 0; k < DayNeed::kSlots; ++k) {
                    if (templ(a).covers(k) && cov(r, d, k) < need.minimum.value(k))
                        ++useful;
                }
                const int left = m.people.at(p).limitMinutes - minutes[p];
                const double score = useful * 1000.0 - templ(a).minutes() + left / 60.0;
                if (score > bestScore) {
                    bestScore = score;
                    best = c;
                }
            }
        }
        if (best < 0)
            return false;
        take(best);
        return true;
    }
};

// ---------------------------------------------------------------------------
// CBC
// ---------------------------------------------------------------------------

struct SolveState
{
    const std::atomic_bool* cancel = nullptr;
    RosterOptimizer::ProgressCallback progress;
    QElapsedTimer clock;
};

struct CbcOutcome
{
    std::vector<double> solution; // empty: none
    double objective = 0;
    double bound = 0;
    bool provenOptimal = false;
    bool provenInfeasible = false;
    bool cancelled = false;
    double firstSolution = -1;
};

using Mip::LpCancel;

struct DiveOutcome
{
    double lpBound = 0;           ///< the LP relaxation: a bound on any roster
    bool lpFeasible = true;       ///< false: the LP is infeasible, so is the week
    std::vector<double> solution; ///< empty: the dive failed
    double objective = 0;
};

/// The LP relaxation, then a dive: fix to 1 the assignments the LP already
/// takes, else the most taken one, solve again (back off to 0 when that
/// makes it infeasible) until every assignment is whole. The relaxation is
/// tight on these models, so the dive lands close to the optimum.
DiveOutcome lpDive(const Programme& lp, int assignmentColumns, SolveState& state, double seconds)
{
    DiveOutcome out;
    OsiClpSolverInterface solver;
    Mip::load(solver, lp);
    solver.getModelPtr()->setLogLevel(0);
    LpCancel onCancel(state.cancel);
    solver.getModelPtr()->passInEventHandler(&onCancel);
    solver.initialSolve();
    if (state.cancel && state.cancel->load())
        return out;
    if (!solver.isProvenOptimal()) {
        out.lpFeasible = !solver.isProvenPrimalInfeasible();
        return out;
    }
    out.lpBound = solver.getObjValue();
    qCDebug(lcOptimizer, "LP relaxation %.0f at %.2f s", out.lpBound, state.clock.nsecsElapsed() / 1e9);
    int rounds = 0, backoffs = 0;
    if (state.progress) {
        RosterProgress p;
        p.elapsedSeconds = state.clock.nsecsElapsed() / 1e9;
        p.bound = out.lpBound;
        state.progress(p);
    }
    std::vector<char> fixed(assignmentColumns, 0);
    std::vector<std::vector<int>> trail; // the batches taken, in order
    constexpr int kMaxBacktracks = 60;
    int backtracks = 0;
    for (;;) {
        if ((state.cancel && state.cancel->load()) || state.clock.nsecsElapsed() / 1e9 > seconds)
            return out;
        const double* x = solver.getColSolution();
        // The assignments the LP almost takes (≥ 0.9), else its most taken one.
        std::vector<std::pair<double, int>> candidates;
        bool fractional = false;
        for (int c = 0; c < assignmentColumns; ++c) {
            if (fixed[c] || x[c] < 1e-6)
                continue;
            if (x[c] < 1 - 1e-6)
                fractional = true;
            if (x[c] < 1 - 1e-6)
                candidates.push_back({x[c], c});
        }
        if (!fractional)
            break; // every assignment whole
        std::sort(candidates.begin(), candidates.end(), std::greater<>());
        std::vector<std::pair<double, int>> batch;
        for (const auto& [value, c] : candidates) {
            if (!batch.empty() && value < 0.9)
                break;
            batch.push_back({value, c});
        }
        for (const auto& [value, c] : batch)
            solver.setColLower(c, 1.0);
        solver.resolve();
        ++rounds;
        if (!solver.isProvenOptimal() && batch.size() > 1) {
            // Too much at once: only the most taken one.
            ++backoffs;
            for (size_t k = 1; k < batch.size(); ++k)
                solver.setColLower(batch[k].second, 0.0);
            batch.resize(1);
            solver.resolve();
        }
        if (!solver.isProvenOptimal()) {
            // That one cannot be taken: forbid it; if that is infeasible
            // too, an earlier choice was wrong: undo the latest ones, each
            // forbidden in turn.
            ++backoffs;
            const int c = batch.front().second;
            solver.setColLower(c, 0.0);
            solver.setColUpper(c, 0.0);
            fixed[c] = 1;
            solver.resolve();
            while (!solver.isProvenOptimal()) {
                if (trail.empty() || ++backtracks > kMaxBacktracks || (state.cancel && state.cancel->load()))
                    return out;
                const std::vector<int> last = trail.back();
                trail.pop_back();
                for (int undone : last) {
                    solver.setColLower(undone, 0.0);
                    fixed[undone] = 0;
                }
                solver.setColUpper(last.front(), 0.0);
                fixed[last.front()] = 1;
                solver.resolve();
            }
            continue;
        }
        std::vector<int> taken;
        for (const auto& [value, c] : batch) {
            fixed[c] = 1;
            taken.push_back(c);
        }
        trail.push_back(taken);
    }
    out.solution.assign(solver.getColSolution(), solver.getColSolution() + lp.columns());
    for (int c = 0; c < lp.columns(); ++c) {
        if (lp.integer[c])
            out.solution[c] = std::round(out.solution[c]);
    }
    out.objective = solver.getObjValue();
    qCDebug(lcOptimizer, "dive %.0f in %d rounds (%d back-offs, %d backtracks) at %.2f s", out.objective,
            rounds, backoffs, backtracks, state.clock.nsecsElapsed() / 1e9);
    return out;
}

/// The whole programme's columns for a roster given by its assignments (the
/// counts, shortfall, overstaffing and fairness columns follow from them by
/// an LP with the assignments fixed); empty when it breaks a row.
std::vector<double> complete(const Programme& lp, const std::vector<double>& assignments)
{
    if (assignments.empty())
        return {};
    OsiClpSolverInterface solver;
    Mip::load(solver, lp);
    solver.getModelPtr()->setLogLevel(0);
    for (int c = 0; c < int(assignments.size()); ++c) {
        solver.setColLower(c, assignments[c]);
        solver.setColUpper(c, assignments[c]);
    }
    solver.initialSolve();
    if (!solver.isProvenOptimal())
        return {};
    std::vector<double> x(solver.getColSolution(), solver.getColSolution() + lp.columns());
    for (int c = 0; c < lp.columns(); ++c) {
        if (lp.integer[c])
            x[c] = std::round(x[c]);
    }
    return Mip::keeps(lp, x) ? x : std::vector<double>{};
}

CbcOutcome runCbc(const Programme& lp, const std::vector<double>& start, double seconds, double gap,
                  int threads, SolveState& state)
{
    Mip::Options options;
    options.seconds = std::max(0.1, seconds);
    options.relativeGap = gap;
    options.threads = threads;
    // No probing: on these models it takes seconds and brings nothing the
    // clique rows do not already say; CBC's dives find the rosters.
    options.probing = false;
    // CBC's log on stdout with QT_LOGGING_RULES="moulin.scheduling.optimizer.debug=true".
    options.verbose = lcOptimizer().isDebugEnabled();
    double lastReport = -1;
    const Mip::Outcome run =
        Mip::solve(lp, start, options, state.cancel, state.clock, [&](const Mip::Snapshot& s) {
            if (state.progress &&
                (s.elapsedSeconds - lastReport >= 0.2 || s.event == Mip::Snapshot::Event::Solution)) {
                lastReport = s.elapsedSeconds;
                RosterProgress p;
                p.elapsedSeconds = s.elapsedSeconds;
                p.hasIncumbent = s.hasIncumbent;
                p.incumbent = s.incumbent;
                p.bound = s.bound;
                p.gap = p.hasIncumbent
                            ? std::abs(p.incumbent - p.bound) / std::max(1.0, std::abs(p.incumbent))
                            : 1.0;
                state.progress(p);
            }
            return true;
        });
    CbcOutcome out;
    out.cancelled = run.cancelled;
    out.firstSolution = run.firstSolution;
    out.provenInfeasible = run.provenInfeasible;
    if (!run.solution.empty()) {
        out.solution = run.solution;
        out.objective = run.objective;
        out.bound = run.bound;
        out.provenOptimal = run.provenOptimal;
    }
    return out;
}

} // namespace

// ---------------------------------------------------------------------------

QString RosterResult::summary() const
{
    switch (status) {
    case Status::Optimal:
        if (gap < 1e-6)
            return RosterOptimizer::tr("Optimal roster.");
        return RosterOptimizer::tr("Roster within %1 % of the best possible.")
            .arg(QLocale().toString(gap * 100, 'f', 1));
    case Status::Feasible:
        return RosterOptimizer::tr("Roster within %1 % of the best possible (time limit reached).")
            .arg(QLocale().toString(gap * 100, 'f', 1));
    case Status::Infeasible: {
        QStringList lines;
        for (const RosterProblem& p : problems)
            lines << p.message;
        return lines.join(QLatin1Char('\n'));
    }
    case Status::NoSolution: {
        QStringList lines{RosterOptimizer::tr("No roster found within the time limit: allow more time.")};
        for (const RosterProblem& p : problems)
            lines << p.message;
        return lines.join(QLatin1Char('\n'));
    }
    case Status::Cancelled:
        return RosterOptimizer::tr("Cancelled.");
    }
    return {};
}

namespace {

QList<Shift> decode(const Model& model, const std::vector<double>& x)
{
    QList<Shift> shifts;
    for (int c = 0; c < int(model.assignments.size()); ++c) {
        if (x[c] < 0.5)
            continue;
        const Assignment& a = model.assignments[c];
        const Template& t = model.templates.at(a.day).at(a.templ);
        for (int k = 0; k < t.partCount; ++k)
            shifts.append({model.people.at(a.person).member->id, model.roles.at(a.role),
                           model.m_week.monday.addDays(a.day), t.parts[k].start, t.parts[k].end});
    }
    std::sort(shifts.begin(), shifts.end(), [](const Shift& a, const Shift& b) {
        if (a.day != b.day)
            return a.day < b.day;
        if (a.start != b.start)
            return a.start < b.start;
        return a.personId < b.personId;
    });
    return shifts;
}

void measure(const RosterWeek& week, RosterResult& result)
{
    result.shortfallMinutes = 0;
    result.overstaffMinutes = 0;
    result.labourCostCents = 0;
    for (const Shift& s : std::as_const(result.shifts)) {
        if (const StaffMember* m = week.member(s.personId))
            result.labourCostCents += m->hourlyCostCents * s.minutes() / 60;
    }
    for (const DayNeed& need : week.needs) {
        std::vector<int> planned(DayNeed::kSlots, 0);
        for (const Shift& s : std::as_const(result.shifts)) {
            if (s.role != need.role || s.day != need.day)
                continue;
            for (int slot = std::max(0, s.start / kSlotMinutes);
                 slot < std::min<int>(DayNeed::kSlots, (s.end + kSlotMinutes - 1) / kSlotMinutes); ++slot)
                ++planned[slot];
        }
        for (int slot = 0; slot < DayNeed::kSlots; ++slot) {
            const int target = std::max(need.minimum.value(slot), need.target.value(slot));
            if (planned[slot] < target)
                result.shortfallMinutes += (target - planned[slot]) * kSlotMinutes;
            else
                result.overstaffMinutes += (planned[slot] - target) * kSlotMinutes;
        }
    }
}

QString spanText(int start, int end)
{
    return RosterValidator::spanLabel(start, end);
}

/// Why nobody else fills a coverage gap: for each person holding the role,
/// what in the nearest roster (and the previous published week) keeps them
/// from working that span.
QStringList coverageReasons(const RosterWeek& week, const QList<Shift>& roster, const RosterProblem& p)
{
    const RosterRules& rules = week.rules;
    QStringList onLeave, unavailable, reasons;
    const qint64 spanStart = qint64(p.day.toJulianDay()) * 1440 + p.startMinute;
    const qint64 spanEnd = qint64(p.day.toJulianDay()) * 1440 + p.endMinute;
    auto endText = [](const Shift& s) {
        return RosterOptimizer::tr("%1 at %2")
            .arg(RosterValidator::dayLabel(s.day.addDays(s.end / 1440)), RosterValidator::timeLabel(s.end));
    };
    auto startText = [](const Shift& s) {
        return RosterOptimizer::tr("%1 at %2")
            .arg(RosterValidator::dayLabel(s.day), RosterValidator::timeLabel(s.start));
    };
    for (const StaffMember& m : week.staff) {
        if (!m.holds(p.role))
            continue;
        if (m.leave.contains(p.day)) {
            onLeave << m.name;
            continue;
        }
        if (!m.availableOn(p.day, p.startMinute, p.endMinute)) {
            unavailable << m.name;
            continue;
        }
        QList<Shift> own;
        for (const Shift& s : roster) {
            if (s.personId == m.id)
                own << s;
        }
        for (const Shift& s : week.previousShifts) {
            if (s.personId == m.id && s.day < week.monday)
                own << s;
        }
        // Already at work then (in another role), or already working that day.
        const Shift* sameTime = nullptr;
        const Shift* sameDay = nullptr;
        for (const Shift& s : own) {
            if (s.day != p.day)
                continue;
            sameDay = &s;
            if (s.absoluteStart() < spanEnd && spanStart < s.absoluteEnd())
                sameTime = &s;
        }
        if (sameTime) {
            if (sameTime->role != p.role)
                reasons << RosterOptimizer::tr("%1 already works as %2 then")
                               .arg(m.name, RosterValidator::roleLabel(sameTime->role));
            continue;
        }
        // The rest between two working days.
        const Shift* restBefore = nullptr;
        const Shift* restAfter = nullptr;
        for (const Shift& s : own) {
            if (s.day == p.day)
                continue;
            if (s.absoluteEnd() <= spanStart && spanStart - s.absoluteEnd() < rules.minRestMinutes)
                restBefore = &s;
            if (s.absoluteStart() >= spanEnd && s.absoluteStart() - spanEnd < rules.minRestMinutes)
                restAfter = &s;
        }
        if (restBefore) {
            reasons << RosterOptimizer::tr("%1 must rest %2 after the shift ending %3")
                           .arg(m.name, RosterValidator::hoursLabel(rules.minRestMinutes),
                                endText(*restBefore));
            continue;
        }
        if (restAfter) {
            reasons << RosterOptimizer::tr("%1 must rest %2 before the shift starting %3")
                           .arg(m.name, RosterValidator::hoursLabel(rules.minRestMinutes),
                                startText(*restAfter));
            continue;
        }
        // Days in a row, counting the previous week.
        QSet<QDate> worked;
        for (const Shift& s : own)
            worked.insert(s.day);
        int before = 0, after = 0;
        while (worked.contains(p.day.addDays(-before - 1)))
            ++before;
        while (worked.contains(p.day.addDays(after + 1)))
            ++after;
        if (before + 1 + after > rules.maxConsecutiveDays) {
            const bool fromLastWeek = p.day.addDays(-before) < week.monday;
            reasons << (fromLastWeek
                            ? RosterOptimizer::tr("%1 would work %2 days in a row (%3 at most, counting the "
                                                  "previous week)")
                            : RosterOptimizer::tr("%1 would work %2 days in a row (%3 at most)"))
                           .arg(m.name)
                           .arg(before + 1 + after)
                           .arg(rules.maxConsecutiveDays);
            continue;
        }
        // The week's hours.
        int minutes = 0;
        for (const Shift& s : own) {
            if (s.day >= week.monday && s.day <= week.sunday())
                minutes += s.minutes();
        }
        const int limit = std::min(m.contractMinutesPerWeek, rules.maxMinutesPerWeek);
        if (minutes + p.endMinute - p.startMinute > limit) {
            reasons
                << RosterOptimizer::tr("%1 would exceed %2").arg(m.name, RosterValidator::hoursLabel(limit));
            continue;
        }
        if (sameDay)
            reasons << RosterOptimizer::tr("%1 already works %2 that day")
                           .arg(m.name, spanText(sameDay->start, sameDay->end));
    }
    constexpr int kShown = 4;
    if (reasons.size() > kShown) {
        const int more = int(reasons.size()) - kShown;
        reasons = reasons.mid(0, kShown);
        reasons << RosterOptimizer::tr("%n other(s) likewise", nullptr, more);
    }
    if (!onLeave.isEmpty())
        reasons << RosterOptimizer::tr("on leave: %1").arg(onLeave.join(QStringLiteral(", ")));
    if (!unavailable.isEmpty())
        reasons << RosterOptimizer::tr("not available then: %1").arg(unavailable.join(QStringLiteral(", ")));
    if (reasons.isEmpty())
        reasons << RosterOptimizer::tr("nobody holds the role %1").arg(RosterValidator::roleLabel(p.role));
    return reasons;
}

QList<RosterProblem> explain(const Model& model, const std::vector<double>& x, const QList<Shift>& shifts)
{
    QList<RosterProblem> problems;
    // Coverage: consecutive slots of a role and day that needed slack.
    std::map<std::pair<int, int>, std::map<int, int>> missing; // (day, role) → slot → count
    for (const auto& [r, d, s, col] : model.coverageSlack) {
        const int n = int(std::lround(x[col]));
        if (n > 0)
            missing[{d, r}][s] = n;
    }
    for (const auto& [key, slots] : missing) {
        const auto [d, r] = key;
        auto it = slots.begin();
        while (it != slots.end()) {
            const int first = it->first;
            int last = first, most = it->second;
            auto next = std::next(it);
            while (next != slots.end() && next->first == last + 1) {
                last = next->first;
                most = std::max(most, next->second);
                ++next;
            }
            RosterProblem p;
            p.kind = RosterProblem::Kind::Coverage;
            p.role = model.roles.at(r);
            p.day = model.m_week.monday.addDays(d);
            p.startMinute = first * kSlotMinutes;
            p.endMinute = (last + 1) * kSlotMinutes;
            p.missing = most;
            p.reasons = coverageReasons(model.m_week, shifts, p);
            p.message = RosterOptimizer::tr("%1 missing on %2 %3: min_staff cannot be met with these people.")
                            .arg(RosterValidator::roleCount(p.role, most), RosterValidator::dayLabel(p.day),
                                 spanText(p.startMinute, p.endMinute)) +
                        QLatin1Char(' ') +
                        RosterOptimizer::tr("Why: %1.").arg(p.reasons.join(QStringLiteral("; ")));
            problems << p;
            it = next;
        }
    }
    // Hours: who would work above their limit.
    for (const auto& [person, col] : model.hoursSlack) {
        if (x[col] < 0.5)
            continue;
        const Person& who = model.people.at(person);
        int worked = 0;
        for (const Shift& s : shifts) {
            if (s.personId == who.member->id)
                worked += s.minutes();
        }
        RosterProblem p;
        p.kind = RosterProblem::Kind::Hours;
        p.personId = who.member->id;
        p.day = model.m_week.monday;
        p.limitMinutes = who.limitMinutes;
        p.extraMinutes = std::max(int(std::lround(x[col])), worked - who.limitMinutes);
        p.message = RosterOptimizer::tr("%1 would exceed %2 (by %3) to keep min_staff.")
                        .arg(who.member->name, RosterValidator::hoursLabel(p.limitMinutes),
                             RosterValidator::hoursLabel(p.extraMinutes));
        problems << p;
    }
    return problems;
}

} // namespace

namespace {

struct Solved
{
    std::vector<double> solution; // empty: none
    double objective = 0;
    double bound = 0;
    bool provenOptimal = false;
    bool infeasible = false;
    bool cancelled = false;
    double firstSolution = -1;
    bool greedyFeasible = false;
    double greedySeconds = 0;
    bool diveFeasible = false;
    double diveSeconds = 0;
};

/// Greedy, LP and dive, then CBC from the best start unless the dive is
/// already within the gap of the LP's bound.
Solved solveModel(const Model& model, const RosterOptimizerOptions& options, SolveState& state)
{
    Solved out;
    const int assignmentColumns = int(model.assignments.size());
    QElapsedTimer clock;
    clock.start();
    std::vector<double> start = complete(model.lp, Greedy(model, state.cancel).run());
    out.greedySeconds = clock.nsecsElapsed() / 1e9;
    out.greedyFeasible = !start.empty();
    std::vector<double> greedy = start;
    double greedyObjective = 0;
    if (out.greedyFeasible) {
        out.firstSolution = state.clock.nsecsElapsed() / 1e9;
        greedyObjective = Mip::objectiveOf(model.lp, greedy);
    }

    clock.restart();
    const bool cancelled = state.cancel && state.cancel->load();
    const DiveOutcome dive = options.dive && !cancelled
                                 ? lpDive(model.lp, assignmentColumns, state, options.timeLimitSeconds * 0.85)
                                 : DiveOutcome{};
    out.diveSeconds = clock.nsecsElapsed() / 1e9;
    if (!dive.lpFeasible) {
        out.infeasible = true;
        return out;
    }
    out.bound = dive.lpBound;
    if (!dive.solution.empty() && Mip::keeps(model.lp, dive.solution)) {
        out.diveFeasible = true;
        if (out.firstSolution < 0)
            out.firstSolution = state.clock.nsecsElapsed() / 1e9;
        start = dive.solution;
        out.solution = dive.solution;
        out.objective = Mip::objectiveOf(model.lp, dive.solution);
        if (state.progress) {
            RosterProgress p;
            p.elapsedSeconds = state.clock.nsecsElapsed() / 1e9;
            p.hasIncumbent = true;
            p.incumbent = out.objective;
            p.bound = dive.lpBound;
            p.gap = (p.incumbent - p.bound) / std::max(1.0, std::abs(p.incumbent));
            state.progress(p);
        }
        const double gap = (out.objective - dive.lpBound) / std::max(1.0, std::abs(out.objective));
        if (gap <= options.relativeGap) {
            out.provenOptimal = true;
            return out;
        }
    }
    if (state.cancel && state.cancel->load()) {
        out.cancelled = true;
        if (out.solution.empty() && out.greedyFeasible) {
            out.solution = greedy; // the best roster so far: the greedy one
            out.objective = greedyObjective;
        }
        return out;
    }

    const double remaining = options.timeLimitSeconds - state.clock.nsecsElapsed() / 1e9;
    const CbcOutcome cbc = runCbc(model.lp, start, remaining, options.relativeGap, options.threads, state);
    out.cancelled = cbc.cancelled;
    if (cbc.firstSolution >= 0 && out.firstSolution < 0)
        out.firstSolution = cbc.firstSolution;
    if (!cbc.solution.empty() && (out.solution.empty() || cbc.objective <= out.objective)) {
        out.solution = cbc.solution;
        out.objective = cbc.objective;
    }
    if (!cbc.solution.empty() && !cbc.cancelled) {
        // After a cancel CBC's bound is not to be trusted (Clp was stopped).
        out.bound = std::max(out.bound, cbc.bound);
        out.provenOptimal = cbc.provenOptimal;
    }
    out.infeasible = out.solution.empty() && cbc.provenInfeasible && !cbc.cancelled;
    if (out.solution.empty() && out.greedyFeasible) {
        out.solution = greedy;
        out.objective = greedyObjective;
    }
    return out;
}

} // namespace

RosterResult RosterOptimizer::solve(const RosterWeek& week, const RosterOptimizerOptions& options,
                                    const std::atomic_bool* cancel, const ProgressCallback& progress)
{
    RosterResult result;
    SolveState state;
    state.cancel = cancel;
    state.progress = progress;
    state.clock.start();

    Model model(week, options.weights, false);
    result.size.rows = model.lp.rows();
    result.size.columns = model.lp.columns();
    result.size.integers = int(std::count(model.lp.integer.begin(), model.lp.integer.end(), 1));
    for (const auto& day : model.templates)
        result.size.templates += int(day.size());

    const Solved solved = solveModel(model, options, state);
    result.greedySeconds = solved.greedySeconds;
    result.greedyFeasible = solved.greedyFeasible;
    result.diveSeconds = solved.diveSeconds;
    result.diveFeasible = solved.diveFeasible;
    result.firstSolutionSeconds = solved.firstSolution;
    if (!solved.solution.empty()) {
        result.shifts = decode(model, solved.solution);
        result.objective = solved.objective;
        result.bound = std::min(solved.bound, solved.objective);
        result.gap = std::abs(result.objective - result.bound) / std::max(1.0, std::abs(result.objective));
        if (solved.cancelled)
            result.status = RosterResult::Status::Cancelled;
        else if (solved.provenOptimal || result.gap <= options.relativeGap + 1e-9)
            result.status = RosterResult::Status::Optimal;
        else
            result.status = RosterResult::Status::Feasible;
    } else if (solved.cancelled || (cancel && cancel->load())) {
        result.status = RosterResult::Status::Cancelled;
    } else if (options.explainInfeasible) {
        // Infeasible, or nothing found in time: again with elastic coverage
        // and hours, whose optimum is the smallest change (and, without any
        // slack, a roster after all).
        Model elastic(week, options.weights, true);
        RosterOptimizerOptions again = options;
        again.timeLimitSeconds = std::max(std::max(2.0, 0.3 * options.timeLimitSeconds),
                                          options.timeLimitSeconds - state.clock.nsecsElapsed() / 1e9);
        SolveState second;
        second.cancel = cancel;
        second.clock.start();
        const Solved why = solveModel(elastic, again, second);
        if (!why.solution.empty()) {
            result.shifts = decode(elastic, why.solution);
            result.problems = explain(elastic, why.solution, result.shifts);
        }
        if (why.cancelled) {
            result.status = RosterResult::Status::Cancelled;
            result.problems.clear();
        } else if (!why.solution.empty() && result.problems.isEmpty()) {
            result.status = RosterResult::Status::Feasible; // found by the elastic model
            result.objective = why.objective;
            result.bound = std::min(why.bound, why.objective);
            result.gap =
                std::abs(result.objective - result.bound) / std::max(1.0, std::abs(result.objective));
        } else {
            // Proven when the hard model is, or when the elastic optimum
            // still needs slack.
            result.status = solved.infeasible || why.provenOptimal ? RosterResult::Status::Infeasible
                                                                   : RosterResult::Status::NoSolution;
            if (result.problems.isEmpty()) {
                RosterProblem p;
                p.message = tr("No roster found that keeps every rule within the time limit.");
                result.problems << p;
            }
        }
    } else {
        result.status =
            solved.infeasible ? RosterResult::Status::Infeasible : RosterResult::Status::NoSolution;
    }
    measure(week, result);
    result.seconds = state.clock.nsecsElapsed() / 1e9;
    return result;
}

// ---------------------------------------------------------------------------

RosterOptimizerJob::RosterOptimizerJob(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<Moulin::RosterProgress>();
    qRegisterMetaType<Moulin::RosterResult>();
}

RosterOptimizerJob::~RosterOptimizerJob()
{
    cancel();
    waitForFinished();
}

bool RosterOptimizerJob::start(const RosterWeek& week, const RosterOptimizerOptions& options)
{
    if (isRunning())
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto flag = m_cancel;
    // The destructor cancels and waits: `this` outlives the run, and events
    // queued to it are dropped if it is deleted afterwards.
    m_future = QtConcurrent::run([this, week, options, flag] {
        auto report = [this](const RosterProgress& p) {
            QMetaObject::invokeMethod(
                this, [this, p] { Q_EMIT progressed(p); }, Qt::QueuedConnection);
        };
        const RosterResult result = RosterOptimizer::solve(week, options, flag.get(), report);
        QMetaObject::invokeMethod(
            this, [this, result] { Q_EMIT finished(result); }, Qt::QueuedConnection);
    });
    return true;
}

bool RosterOptimizerJob::isRunning() const
{
    return m_future.isRunning();
}

void RosterOptimizerJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void RosterOptimizerJob::waitForFinished()
{
    m_future.waitForFinished();
}

} // namespace Moulin
