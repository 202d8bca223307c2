#pragma once

// The independent check of a roster against the hard rules. It knows
// nothing of the optimiser: it reads a week (people, needs, rules, the
// previous week's shifts) and any list of shifts, generated or edited by
// hand, and lists every broken rule in the manager's words. Every optimiser
// test runs it on the optimiser's answer.

#include "scheduling/core/roster.h"

#include <QCoreApplication>

namespace Moulin {

struct RosterViolation
{
    enum class Rule
    {
        UnknownPerson,   ///< a shift for someone not on the staff list
        Role,            ///< a role the person does not hold
        ShiftLength,     ///< shorter or longer than the rules allow (or ends before it starts)
        Overlap,         ///< two shifts of one person at the same time
        Leave,           ///< on a day of leave
        Availability,    ///< outside the person's availability
        SplitShift,      ///< more than two shifts a day, a coupure not allowed, or too short a break
        Rest,            ///< less than the minimum rest between two working days
        ConsecutiveDays, ///< more days in a row than allowed (counting the previous week)
        WeeklyHours,     ///< above max_hours_per_week
        ContractHours,   ///< above the person's contract
        Coverage,        ///< fewer than min_staff of a role while open
    };

    Rule rule = Rule::Coverage;
    QString personId;    ///< empty for Coverage
    QString role;        ///< Coverage, Role
    QDate day;           ///< the day concerned (the first one for ConsecutiveDays)
    int startMinute = 0; ///< Coverage: the understaffed span
    int endMinute = 0;
    int missing = 0;   ///< Coverage: how many people are missing (the most over the span)
    QList<int> shifts; ///< indices of the shifts concerned in the list checked
    QString message;   ///< translated, e.g. "Paul Martin: 37 h 30 in the week, above 35 h"

    /// A stable code for logs and tests ("rest", "coverage"…).
    static QString code(Rule rule);
};

class RosterValidator
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::RosterValidator)

public:
    /// Every hard rule broken by `shifts` (shifts of `week`, Monday to
    /// Sunday; shifts of other days are checked against the person's rules
    /// but not counted in the week's hours). Sorted by day, then person.
    static QList<RosterViolation> validate(const RosterWeek& week, const QList<Shift>& shifts);

    /// The role as the manager reads it ("server" → "serveur").
    static QString roleLabel(const QString& role);
    /// "1 serveur", "2 serveurs".
    static QString roleCount(const QString& role, int count);
    /// "lundi 14 juillet" in the current locale.
    static QString dayLabel(const QDate& day);
    /// "35 h", "37 h 30".
    static QString hoursLabel(int minutes);
    /// A time of day as the messages write it ("11:30"; French "11 h 30"),
    /// past midnight wrapped; spanLabel: "11 h 30–15 h 00".
    static QString timeLabel(int minute);
    static QString spanLabel(int start, int end);
};

} // namespace Moulin
