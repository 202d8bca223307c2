#pragma once

// The rosters' model, widget-free: who can work (people, their roles,
// contracts, availabilities, leave and preferences), what is needed (staff
// per role per 15-minute slot), and a week's shifts. Times are the
// restaurant's wall-clock time: a shift is a day plus minutes from that
// day's midnight (an evening shift may end after midnight: 24:30 is 1470),
// as French labour law counts hours and rests (a DST night changes nothing).

#include <QDate>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace Moulin {

/// Minutes from a day's midnight; 15-minute slots are minute / 15.
constexpr int kSlotMinutes = 15;
constexpr int kSlotsPerDay = 24 * 60 / kSlotMinutes;

/// A span of one day, [start, end) in minutes from its midnight (end may be
/// above 1440 for after midnight).
struct TimeWindow
{
    int start = 0;
    int end = 0;
    bool contains(int minuteStart, int minuteEnd) const { return start <= minuteStart && minuteEnd <= end; }
    bool operator==(const TimeWindow&) const = default;
};

/// "12:30", "00:15" (an end past midnight shown as its time of day).
QString minuteText(int minute);
/// "12:30" → 750; "24:30" → 1470 (only with allowPastMidnight); nullopt
/// when it is not HH:MM on a quarter-hour.
std::optional<int> parseMinute(const QString& text, bool allowPastMidnight = false);

struct StaffMember
{
    QString id;   ///< stable ("paul-martin")
    QString name; ///< shown ("Paul Martin")
    QStringList roles;
    int contractMinutesPerWeek = 35 * 60;
    qint64 hourlyCostCents = 0;
    /// When the person can work, per weekday (1 = Monday … 7 = Sunday); a
    /// weekday absent from the map: available all day.
    QMap<int, QList<TimeWindow>> availability;
    /// Days off for leave, sickness, training (whole days).
    QSet<QDate> leave;
    /// Soft: weekdays the person would rather not work.
    QSet<int> preferredDaysOff;
    /// Hard when false: at most one shift a day (no coupure).
    bool splitShiftAllowed = true;

    bool holds(const QString& role) const { return roles.contains(role); }
    bool availableOn(const QDate& day, int start, int end) const;
};

/// One person working one role for one continuous span.
struct Shift
{
    QString personId;
    QString role;
    QDate day;
    int start = 0; ///< minutes from the day's midnight
    int end = 0;   ///< > start; may pass 1440
    int minutes() const { return end - start; }
    /// Minutes since an epoch (Julian day × 1440 + minute): compares shifts
    /// across days and weeks.
    qint64 absoluteStart() const { return qint64(day.toJulianDay()) * 1440 + start; }
    qint64 absoluteEnd() const { return qint64(day.toJulianDay()) * 1440 + end; }
    bool operator==(const Shift&) const = default;
};

/// The hard rules every roster obeys (the seed's `constraints`, plus the
/// shapes of a shift).
struct RosterRules
{
    int maxMinutesPerWeek = 35 * 60;
    int maxConsecutiveDays = 5;
    int minRestMinutes = 11 * 60;
    int minShiftMinutes = 3 * 60;
    int maxShiftMinutes = 10 * 60;
    /// A split day (coupure): two shifts, at least this far apart.
    int minSplitBreakMinutes = 60;
};

/// Staff needed for one role over one day's 15-minute slots: `minimum` is
/// hard (min_staff while open), `target` what the covers forecast asks for
/// (max(min_staff, ⌈covers × ratio⌉)), never below `minimum`.
struct DayNeed
{
    QString role;
    QDate day;
    QList<int> minimum; ///< kSlotsPerDay + the slots past midnight (up to 2:00: 104)
    QList<int> target;
    static constexpr int kSlots = kSlotsPerDay + 8;
    DayNeed() = default;
    DayNeed(QString r, QDate d)
        : role(std::move(r))
        , day(d)
        , minimum(kSlots, 0)
        , target(kSlots, 0)
    {
    }
};

/// A week (Monday to Sunday) to roster.
struct RosterWeek
{
    QDate monday;
    QList<StaffMember> staff;
    QList<DayNeed> needs;
    RosterRules rules;
    /// The previous published week's shifts: consecutive days and rests are
    /// counted across the boundary.
    QList<Shift> previousShifts;

    QDate sunday() const { return monday.addDays(6); }
    const StaffMember* member(const QString& id) const;
    const DayNeed* need(const QString& role, const QDate& day) const;
};

} // namespace Moulin
