#pragma once

// Where the rosters live: the staffing configuration, hand-edited needs, and
// each week's roster (a draft, then published and read-only), in the local
// database (migration 0010_scheduling.sql). Plus the payroll export: one CSV
// row per shift.

#include "scheduling/core/roster.h"
#include "scheduling/core/staffingconfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace Moulin {

struct StoredWeek
{
    enum class State
    {
        None, ///< nothing saved for that week
        Draft,
        Published
    };
    QDate monday;
    State state = State::None;
    QDateTime publishedAt;
    QString solverStatus; ///< "optimal", "gap 0.4 %", empty when edited by hand
    QList<Shift> shifts;
};

class RosterStore
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::RosterStore)

public:
    /// The Monday of an ISO week written "2026-W50" (nullopt when it is not one).
    static std::optional<QDate> mondayOfIsoWeek(const QString& text);
    /// "2026-W50".
    static QString isoWeekText(const QDate& day);

    /// The saved configuration, or StaffingConfig::defaults() when none.
    static StaffingConfig config(QSqlDatabase& db);
    /// Whether a configuration was saved (imported, or the demo team's).
    static bool hasConfig(QSqlDatabase& db);
    static bool saveConfig(QSqlDatabase& db, const StaffingConfig& config, QString* error);

    static StoredWeek week(QSqlDatabase& db, const QDate& monday);
    /// Replaces the week's draft. Refused (false, `*error` says why) when the
    /// week is published: published weeks are history.
    static bool saveDraft(QSqlDatabase& db, const QDate& monday, const QList<Shift>& shifts,
                          const QString& solverStatus, const QList<StaffMember>& staff, QString* error);
    /// Publishes the week's draft as it is.
    static bool publish(QSqlDatabase& db, const QDate& monday, const QDateTime& at, QString* error);

    /// The week before `monday`'s shifts when it is published (the optimiser
    /// and the validator count rests and days in a row from them), else none.
    static QList<Shift> previousPublishedShifts(QSqlDatabase& db, const QDate& monday);
    /// Person id → name as saved with the week's shifts.
    static QHash<QString, QString> savedNames(QSqlDatabase& db, const QDate& monday);

    /// Hand-edited needs for `day` applied on top of `needs`.
    static void applyNeedOverrides(QSqlDatabase& db, QList<DayNeed>* needs);
    static bool setNeedOverride(QSqlDatabase& db, const QString& role, const QDate& day, int slot,
                                int minimum, int target, QString* error);
    /// Replaces every hand-edited need of `role` on `day` with `edits`
    /// (slot → minimum, target), all or nothing; empty clears them.
    static bool replaceNeedOverrides(QSqlDatabase& db, const QString& role, const QDate& day,
                                     const QMap<int, std::pair<int, int>>& edits, QString* error);

    /// The payroll CSV: a header, then one row per shift sorted by start:
    /// person, role, start, end (ISO 8601 local time, e.g.
    /// 2026-12-08T19:00:00; an end past midnight is the next day's date).
    /// `names`: person id → name (ids when absent).
    static QByteArray shiftsCsv(const QList<Shift>& shifts, const QHash<QString, QString>& names);
};

} // namespace Moulin
