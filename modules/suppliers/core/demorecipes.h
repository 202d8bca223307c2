#pragma once

// Demo mode only: recipes (fiches techniques) for a few dishes of the
// sandbox's menu (Bœuf bourguignon, Entrecôte, Filet de bar, Crème brûlée,
// Tarte Tatin…) made of the sandbox suppliers' products, found by name (the
// cheapest carrying it), so the Fiches techniques page shows food costs and
// margins on a first launch. Also the conversions they need (a 250 g butter
// is 0.25 kg, a bottle 75 cL). Some dishes are left without a recipe.

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace Moulin::DemoRecipes {

/// Stores the demo recipes when no recipe exists yet (running it again
/// changes nothing); an ingredient missing from the catalogue is left out,
/// a dish with none of its ingredients is skipped. In the caller's
/// transaction. Returns the number of recipes stored, -1 on a database error.
int seed(QSqlDatabase& db, const QDate& day, const QDateTime& now, QString* error);

} // namespace Moulin::DemoRecipes
