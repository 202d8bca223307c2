#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace Moulin {

/// Staffing rule for one role: at least `minStaff`, and `optimalRatio` staff
/// per expected guest (0.1 = one chef for ten covers).
struct StaffRole
{
    QString id;
    int minStaff = 1;
    double optimalRatio = 0.0;
};

/// A day that needs more (or fewer) staff than the forecast alone says.
struct SpecialEvent
{
    QDate date;
    double multiplier = 1.0;
    QString note;
};

/// Legal and house constraints on rosters (French hotel-restaurant collective
/// agreement defaults: 35 h weekly base, 11 h daily rest).
struct StaffingConstraints
{
    int maxHoursPerWeek = 35;
    int maxConsecutiveDays = 5;
    int minRestBetweenShiftsHours = 11;
};

struct StaffingConfig
{
    QList<StaffRole> roles;
    StaffingConstraints constraints;
    bool useReservationData = true;
    bool useHistoricalData = true;
    QList<SpecialEvent> specialEvents;

    /// The founding document's defaults (chef 1:10, server 1:5, bartender
    /// 1:~7, Bastille Day x1.5).
    static StaffingConfig defaults();

    /// Staff needed for `role` given the expected number of covers on `date`.
    int staffNeeded(const StaffRole& role, int expectedCovers, const QDate& date) const;
};

} // namespace Moulin
