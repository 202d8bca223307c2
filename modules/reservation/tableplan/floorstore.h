#pragma once

// The floor plans in SQLite (migration 0012_floorplan): every layout with its
// rooms, tables and joins, the default layout and the date ranges. A save
// writes the whole plan in one transaction: all of it or nothing.

#include "reservation/tableplan/floorplan.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace Moulin {

class FloorStore
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::FloorStore)

public:
    /// The stored plan (empty when none); nullopt on a read error.
    static std::optional<FloorPlan> load(QSqlDatabase& db, QString* error = nullptr);
    /// Replaces the stored plan by `plan`, in one transaction; refuses a plan
    /// with errors (FloorPlan::errors()) before writing. On failure nothing
    /// changed and `error` says why.
    static bool save(QSqlDatabase& db, const FloorPlan& plan, QString* error);
    /// The plan used on `day` (nullopt: no plan stored, or a read error).
    static std::optional<FloorLayout> activeLayout(QSqlDatabase& db, const QDate& day);

    /// The demo restaurant's plan, once per database: 1 when seeded now, 0
    /// when it had been already (even if emptied since) or a plan is there,
    /// −1 on error.
    static int seedDemoOnce(QSqlDatabase& db, const QDate& today, QString* error = nullptr);
    /// The demo restaurant's plan: « Salle d'hiver » (the default: dining
    /// room and private room), « Terrasse d'été » (with the terrace, from May
    /// to September of `today`'s year) and « Privatisation » (the private
    /// room as one banquet, for a Saturday a month on); about 40 tables with
    /// their joins.
    static FloorPlan demoPlan(const QDate& today);
};

} // namespace Moulin
