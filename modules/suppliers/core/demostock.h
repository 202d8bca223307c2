#pragma once

// Demo mode only: the inventory a kitchen would have counted a few days ago
// for the products the demo recipes use (demorecipes.h), by storage area
// (chambre froide, réserve sèche, cave, congélateur), and a safety stock on
// the main ones, stored through Stock::saveCount and ParStock::save as the
// Stock and Suggestions pages store them; so Suggestions shows a stock, what
// is on order and the safety stock instead of « pas d'inventaire ».

#include "suppliers/core/decimal.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace Moulin::DemoStock {

/// Days before `today` the demo inventory was counted.
inline constexpr int kCountedDaysAgo = 3;

/// The storage area a product is kept in, from its name: wine and spirits
/// in the cellar, frozen goods in the freezer, dry goods in the dry store,
/// the rest in the cold room (Stock::defaultAreas(), translated).
QString areaFor(const QString& productName);

/// Counts, on `today` − kCountedDaysAgo, about five days of what the demo
/// recipes use (14 portions of each dish a day) for every product they use,
/// rounded as one counts (whole pieces and packs, kilos and litres to the
/// tenth), and a safety stock of one day's use on the products used most.
/// Only when no count exists yet (running it again changes nothing). In the
/// caller's transaction. Returns the number of counts stored, -1 on a
/// database error.
int seed(QSqlDatabase& db, const QDate& today, const QDateTime& now, QString* error);

} // namespace Moulin::DemoStock
