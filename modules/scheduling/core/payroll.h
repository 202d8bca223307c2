#pragma once

// The payroll summary of a week's roster, widget-free: per person the hours
// worked, the night hours (French labour code default: work between 21:00
// and 06:00), the Sunday and public-holiday hours (by the calendar day each
// minute falls on: a Saturday night shift past midnight has Sunday minutes,
// a Sunday night shift none after midnight), the days with a split shift
// (coupure) and the labour cost from the hourly cost; with the totals. The
// tab exports it as CSV and in the PDF; `moulin --export payroll` writes
// the CSV.

#include "scheduling/core/roster.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>

namespace Moulin {

struct PayrollRules
{
    /// Night work (travail de nuit), [nightStart, 24:00) and [00:00, nightEnd)
    /// of every day: 21:00–06:00 by default (Code du travail, L3122-2).
    int nightStartMinute = 21 * 60;
    int nightEndMinute = 6 * 60;
};

struct PayrollLine
{
    QString personId;
    QString name;
    int shifts = 0;
    int minutes = 0;
    int nightMinutes = 0;
    int sundayMinutes = 0;
    int holidayMinutes = 0;
    int splitShifts = 0;        ///< days with two shifts and a break between them
    qint64 hourlyCostCents = 0; ///< 0 when unknown (not on the staff list)
    qint64 costCents = 0;       ///< minutes × hourly cost, rounded to the cent
};

struct PayrollSummary
{
    QDate monday;
    QList<PayrollLine> lines; ///< one per person with shifts, by name
    PayrollLine total;        ///< the sums (name "Total", no hourly cost)
};

class Payroll
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::Payroll)

public:
    /// The week of `monday`'s summary from its shifts. `staff` gives names
    /// and hourly costs; `names` (person id → name) wins for the name, as
    /// saved with the week.
    static PayrollSummary compute(const QDate& monday, const QList<Shift>& shifts,
                                  const QList<StaffMember>& staff, const QHash<QString, QString>& names = {},
                                  const PayrollRules& rules = {});

    /// Minutes of [start, end) of `day` (end may pass midnight) that fall on
    /// a calendar day for which `counts(date)` is true.
    static int minutesOnDays(const QDate& day, int start, int end,
                             const std::function<bool(const QDate&)>& counts);
    /// Minutes of [start, end) of `day` within the night.
    static int nightMinutes(const QDate& day, int start, int end, const PayrollRules& rules = {});

    /// The payroll CSV: a header, one row per person, then the total:
    /// person,person_id,shifts,hours,night_hours,sunday_hours,holiday_hours,
    /// split_shifts,hourly_cost,labour_cost — hours in decimal hours and
    /// amounts in euros, both with a dot and two decimals (35.50, 462.00).
    static QByteArray csv(const PayrollSummary& summary);

    /// "1 234,50 €" in the current locale (French: narrow spaces and a comma).
    static QString euros(qint64 cents);
    /// "35 h", "7 h 30" (the roster's own wording).
    static QString hours(int minutes);
};

} // namespace Moulin
