#pragma once

// Demo mode only: a year of price history for the demo database's
// catalogue, so the Catalogue page's chart and price alerts have something
// to show on a first launch (the sandbox's catalogue, read once, gives each
// product its first price only). Deterministic from the supplier and SKU.

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace Moulin::DemoPriceHistory {

/// Gives every product whose history is its first price alone eleven
/// monthly earlier prices ending at its current one (a small drift, a
/// recent rise above `alertPercent` for about one product in forty, which
/// then carries the price alert). Products with a real history are left
/// alone, so running it again changes nothing. In the caller's transaction.
/// Returns the number of products given a history, -1 on a database error.
int seed(QSqlDatabase& db, const QDateTime& now, double alertPercent, QString* error);

} // namespace Moulin::DemoPriceHistory
