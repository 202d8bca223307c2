#include "scheduling/core/rostervalidator.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <map>

namespace Moulin {

namespace {

using Rule = RosterViolation::Rule;

QString spanText(int start, int end)
{
    return RosterValidator::spanLabel(start, end);
}

} // namespace

QString RosterViolation::code(Rule rule)
{
    switch (rule) {
    case Rule::UnknownPerson:
        return QStringLiteral("unknown_person");
    case Rule::Role:
        return QStringLiteral("role");
    case Rule::ShiftLength:
        return QStringLiteral("shift_length");
    case Rule::Overlap:
        return QStringLiteral("overlap");
    case Rule::Leave:
        return QStringLiteral("leave");
    case Rule::Availability:
        return QStringLiteral("availability");
    case Rule::SplitShift:
        return QStringLiteral("split_shift");
    case Rule::Rest:
        return QStringLiteral("rest");
    case Rule::ConsecutiveDays:
        return QStringLiteral("consecutive_days");
    case Rule::WeeklyHours:
        return QStringLiteral("weekly_hours");
    case Rule::ContractHours:
        return QStringLiteral("contract_hours");
    case Rule::Coverage:
        return QStringLiteral("coverage");
    }
    return {};
}

QString RosterValidator::roleLabel(const QString& role)
{
    if (role == QLatin1String("chef"))
        return tr("cook");
    if (role == QLatin1String("server"))
        return tr("server");
    if (role == QLatin1String("bartender"))
        return tr("bartender");
    return role;
}

QString RosterValidator::roleCount(const QString& role, int count)
{
    if (role == QLatin1String("chef"))
        return tr("%n cook(s)", nullptr, count);
    if (role == QLatin1String("server"))
        return tr("%n server(s)", nullptr, count);
    if (role == QLatin1String("bartender"))
        return tr("%n bartender(s)", nullptr, count);
    return QStringLiteral("%1 %2").arg(count).arg(role);
}

QString RosterValidator::dayLabel(const QDate& day)
{
    return QLocale().toString(day, QStringLiteral("dddd d MMMM"));
}

QString RosterValidator::hoursLabel(int minutes)
{
    const int h = minutes / 60, m = minutes % 60;
    return m ? tr("%1 h %2").arg(h).arg(m, 2, 10, QLatin1Char('0')) : tr("%1 h").arg(h);
}

QString RosterValidator::timeLabel(int minute)
{
    const int m = ((minute % 1440) + 1440) % 1440;
    return tr("%1:%2", "time of day: hours (0-23), minutes (two digits)")
        .arg(m / 60)
        .arg(m % 60, 2, 10, QLatin1Char('0'));
}

QString RosterValidator::spanLabel(int start, int end)
{
    return QStringLiteral("%1–%2").arg(timeLabel(start), timeLabel(end));
}

QList<RosterViolation> RosterValidator::validate(const RosterWeek& week, const QList<Shift>& shifts)
{
    QList<RosterViolation> out;
    const RosterRules& rules = week.rules;
    auto inWeek = [&week](const QDate& d) { return d >= week.monday && d <= week.sunday(); };

    // Each shift on its own.
    for (int i = 0; i < shifts.size(); ++i) {
        const Shift& s = shifts.at(i);
        const StaffMember* m = week.member(s.personId);
        if (!m) {
            out.append({Rule::UnknownPerson,
                        s.personId,
                        s.role,
                        s.day,
                        s.start,
                        s.end,
                        0,
                        {i},
                        tr("%1 is not on the staff list.").arg(s.personId)});
            continue;
        }
        if (!m->holds(s.role))
            out.append({Rule::Role,
                        s.personId,
                        s.role,
                        s.day,
                        s.start,
                        s.end,
                        0,
                        {i},
                        tr("%1 does not work as %2 (%3 %4).")
                            .arg(m->name, roleLabel(s.role), dayLabel(s.day), spanText(s.start, s.end))});
        if (s.end <= s.start || s.minutes() < rules.minShiftMinutes || s.minutes() > rules.maxShiftMinutes)
            out.append({Rule::ShiftLength,
                        s.personId,
                        s.role,
                        s.day,
                        s.start,
                        s.end,
                        0,
                        {i},
                        tr("%1: a shift of %2 on %3 (%4), outside %5 to %6.")
                            .arg(m->name, hoursLabel(std::max(0, s.minutes())), dayLabel(s.day),
                                 spanText(s.start, s.end), hoursLabel(rules.minShiftMinutes),
                                 hoursLabel(rules.maxShiftMinutes))});
        if (m->leave.contains(s.day))
            out.append({Rule::Leave,
                        s.personId,
                        s.role,
                        s.day,
                        s.start,
                        s.end,
                        0,
                        {i},
                        tr("%1 is on leave on %2.").arg(m->name, dayLabel(s.day))});
        else if (!m->availableOn(s.day, s.start, s.end))
            out.append({Rule::Availability,
                        s.personId,
                        s.role,
                        s.day,
                        s.start,
                        s.end,
                        0,
                        {i},
                        tr("%1 is not available on %2 %3.")
                            .arg(m->name, dayLabel(s.day), spanText(s.start, s.end))});
    }

    // Per person: overlaps, days, rests, weeks.
    std::map<QString, QList<int>> byPerson;
    for (int i = 0; i < shifts.size(); ++i) {
        if (week.member(shifts.at(i).personId))
            byPerson[shifts.at(i).personId].append(i);
    }
    for (auto& [personId, indices] : byPerson) {
        const StaffMember& m = *week.member(personId);
        std::sort(indices.begin(), indices.end(), [&shifts](int a, int b) {
            return shifts.at(a).absoluteStart() < shifts.at(b).absoluteStart();
        });
        for (int k = 1; k < indices.size(); ++k) {
            const Shift& a = shifts.at(indices.at(k - 1));
            const Shift& b = shifts.at(indices.at(k));
            if (b.absoluteStart() < a.absoluteEnd())
                out.append(
                    {Rule::Overlap,
                     personId,
                     b.role,
                     b.day,
                     b.start,
                     b.end,
                     0,
                     {indices.at(k - 1), indices.at(k)},
                     tr("%1 has two shifts at the same time on %2 (%3 and %4).")
                         .arg(m.name, dayLabel(b.day), spanText(a.start, a.end), spanText(b.start, b.end))});
        }

        // Days: the shifts of one day form that working day (two of them
        // with a break: a coupure).
        std::map<QDate, QList<int>> days;
        for (int i : indices)
            days[shifts.at(i).day].append(i);
        for (const auto& [day, list] : days) {
            if (list.size() > 2) {
                out.append({Rule::SplitShift,
                            personId,
                            {},
                            day,
                            0,
                            0,
                            0,
                            list,
                            tr("%1 has %2 shifts on %3: at most two (one coupure).")
                                .arg(m.name)
                                .arg(list.size())
                                .arg(dayLabel(day))});
            } else if (list.size() == 2) {
                const Shift& a = shifts.at(list.at(0));
                const Shift& b = shifts.at(list.at(1));
                if (!m.splitShiftAllowed)
                    out.append(
                        {Rule::SplitShift,
                         personId,
                         {},
                         day,
                         0,
                         0,
                         0,
                         list,
                         tr("%1 does not work split shifts (two shifts on %2).").arg(m.name, dayLabel(day))});
                else if (b.absoluteStart() >= a.absoluteEnd() &&
                         b.absoluteStart() - a.absoluteEnd() < rules.minSplitBreakMinutes)
                    out.append({Rule::SplitShift,
                                personId,
                                {},
                                day,
                                0,
                                0,
                                0,
                                list,
                                tr("%1: a break of %2 between two shifts on %3, less than %4.")
                                    .arg(m.name, hoursLabel(int(b.absoluteStart() - a.absoluteEnd())),
                                         dayLabel(day), hoursLabel(rules.minSplitBreakMinutes))});
            }
        }

        // Rest between working days, this week's and the previous one's.
        struct Span
        {
            QDate day;
            qint64 start;
            qint64 end;
            int index; // -1: the previous week
        };
        std::map<QDate, Span> work;
        auto addSpan = [&work](const Shift& s, int index) {
            auto it = work.find(s.day);
            if (it == work.end()) {
                work.emplace(s.day, Span{s.day, s.absoluteStart(), s.absoluteEnd(), index});
            } else {
                it->second.start = std::min(it->second.start, s.absoluteStart());
                it->second.end = std::max(it->second.end, s.absoluteEnd());
                if (index >= 0)
                    it->second.index = index;
            }
        };
        for (const Shift& s : week.previousShifts) {
            if (s.personId == personId && s.day < week.monday)
                addSpan(s, -1);
        }
        for (int i : indices)
            addSpan(shifts.at(i), i);
        const Span* previous = nullptr;
        for (const auto& [day, span] : work) {
            if (previous && span.index >= 0 && span.start - previous->end < rules.minRestMinutes) {
                const qint64 rest = std::max<qint64>(0, span.start - previous->end);
                out.append({Rule::Rest,
                            personId,
                            {},
                            day,
                            0,
                            0,
                            0,
                            {span.index},
                            tr("%1 rests only %2 between %3 and %4 (at least %5).")
                                .arg(m.name, hoursLabel(int(rest)), dayLabel(previous->day), dayLabel(day),
                                     hoursLabel(rules.minRestMinutes))});
            }
            previous = &span;
        }

        // Consecutive working days, across the week boundary: each run
        // longer than allowed once, with this week's shifts in it.
        QList<const Span*> run;
        auto closeRun = [&] {
            if (run.size() > rules.maxConsecutiveDays) {
                QList<int> inRun;
                for (const Span* sp : std::as_const(run)) {
                    if (sp->index >= 0 && inWeek(sp->day))
                        inRun.append(sp->index);
                }
                if (!inRun.isEmpty())
                    out.append({Rule::ConsecutiveDays,
                                personId,
                                {},
                                run.first()->day,
                                0,
                                0,
                                0,
                                inRun,
                                tr("%1 works %2 days in a row from %3 (at most %4).")
                                    .arg(m.name)
                                    .arg(run.size())
                                    .arg(dayLabel(run.first()->day))
                                    .arg(rules.maxConsecutiveDays)});
            }
            run.clear();
        };
        for (const auto& [day, span] : work) {
            if (!run.isEmpty() && run.last()->day.addDays(1) != day)
                closeRun();
            run.append(&span);
        }
        closeRun();

        // The week's hours.
        int minutes = 0;
        QList<int> weekShifts;
        for (int i : indices) {
            if (inWeek(shifts.at(i).day)) {
                minutes += shifts.at(i).minutes();
                weekShifts.append(i);
            }
        }
        if (minutes > rules.maxMinutesPerWeek)
            out.append({Rule::WeeklyHours,
                        personId,
                        {},
                        week.monday,
                        0,
                        0,
                        0,
                        weekShifts,
                        tr("%1: %2 in the week, above the %3 allowed.")
                            .arg(m.name, hoursLabel(minutes), hoursLabel(rules.maxMinutesPerWeek))});
        if (minutes > m.contractMinutesPerWeek)
            out.append({Rule::ContractHours,
                        personId,
                        {},
                        week.monday,
                        0,
                        0,
                        0,
                        weekShifts,
                        tr("%1: %2 in the week, above the contract's %3.")
                            .arg(m.name, hoursLabel(minutes), hoursLabel(m.contractMinutesPerWeek))});
    }

    // Coverage: min_staff of each role while open.
    for (const DayNeed& need : week.needs) {
        QList<int> planned(DayNeed::kSlots, 0);
        for (const Shift& s : shifts) {
            if (s.role != need.role || s.day != need.day || !week.member(s.personId))
                continue;
            for (int slot = std::max(0, s.start / kSlotMinutes);
                 slot < std::min<int>(DayNeed::kSlots, (s.end + kSlotMinutes - 1) / kSlotMinutes); ++slot)
                ++planned[slot];
        }
        int slot = 0;
        while (slot < DayNeed::kSlots) {
            if (need.minimum.value(slot) <= planned.at(slot)) {
                ++slot;
                continue;
            }
            const int first = slot;
            int missing = 0;
            while (slot < DayNeed::kSlots && need.minimum.value(slot) > planned.at(slot)) {
                missing = std::max(missing, need.minimum.value(slot) - planned.at(slot));
                ++slot;
            }
            const int start = first * kSlotMinutes, end = slot * kSlotMinutes;
            out.append({Rule::Coverage,
                        {},
                        need.role,
                        need.day,
                        start,
                        end,
                        missing,
                        {},
                        tr("Short of %1 on %2 %3.")
                            .arg(roleCount(need.role, missing), dayLabel(need.day), spanText(start, end))});
        }
    }

    std::stable_sort(out.begin(), out.end(), [](const RosterViolation& a, const RosterViolation& b) {
        if (a.day != b.day)
            return a.day < b.day;
        return a.personId < b.personId;
    });
    return out;
}

} // namespace Moulin
