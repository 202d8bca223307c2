#pragma once

// The staffing configuration: the founding document's `staffingConfig`
// (roles with min_staff and optimal_ratio, the labour constraints, the
// forecasting switches and special events), plus what a roster needs
// beyond it (opening hours, set-up and close-down time, shift bounds, the
// staff list). Imported from JSON all or nothing, every issue naming its
// field, like the POS configuration.

#include "common/core/connectorconfig.h"
#include "scheduling/core/roster.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Moulin {

/// Staffing rule for one role: at least `minStaff` while open, and
/// `optimalRatio` staff per expected guest (0.1 = one chef for ten covers).
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
    int minShiftMinutes = 3 * 60;
    int maxShiftMinutes = 10 * 60;
};

struct StaffingConfig
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::StaffingConfig)

public:
    QList<StaffRole> roles;
    StaffingConstraints constraints;
    bool useReservationData = true;
    bool useHistoricalData = true;
    QList<SpecialEvent> specialEvents;
    /// How long a table of guests stays, per service (the covers forecast
    /// gives arrivals; the needs spread each cover over its stay): `forecasting.
    /// lunch_dwell_minutes` and `dinner_dwell_minutes`, 30 to 300.
    int lunchDwellMinutes = 90;
    int dinnerDwellMinutes = 120;
    /// Service hours per weekday (1 = Monday … 7 = Sunday); a weekday
    /// absent or empty: closed.
    QMap<int, QList<TimeWindow>> openingHours;
    /// Staff on site before opening and after closing (at min_staff).
    int setupMinutes = 30;
    int closedownMinutes = 30;
    QList<StaffMember> staff;

    /// The founding document's defaults (chef 1:10, server 1:5, bartender
    /// 1:~7, Bastille Day x1.5), open Tuesday to Saturday 12:00–14:30 and
    /// 19:00–22:30, no staff yet.
    static StaffingConfig defaults();
    /// The demo restaurant's: the defaults and a team of fourteen.
    static StaffingConfig demo();

    /// Reads the seed's shape (and the extensions above) from JSON. All or
    /// nothing: nullopt and every issue (its `field` a JSON path such as
    /// "roles[1].optimal_ratio") when anything is wrong.
    static std::optional<StaffingConfig> fromJson(const QByteArray& json, QList<ConfigIssue>* issues);
    QByteArray toJson() const;

    const StaffRole* role(const QString& id) const;
    RosterRules rules() const;

    /// The multiplier of special events on `date` (their product; 1.0 when none).
    double eventMultiplier(const QDate& date) const;

    /// Staff needed for `role` given the expected number of covers on `date`:
    /// max(min_staff, ⌈covers × multiplier × ratio⌉).
    int staffNeeded(const StaffRole& role, double expectedCovers, const QDate& date) const;

    /// Staff needed per role per 15-minute slot of `day`, from the covers
    /// served in each slot (index: slot from midnight; each cover spread over
    /// its stay, RosterCovers): while open, `target` =
    /// staffNeeded() and `minimum` = min_staff; during set-up and close-down
    /// both min_staff; closed: 0.
    QList<DayNeed> needs(const QDate& day, const QList<double>& coversPerSlot) const;
};

} // namespace Moulin
