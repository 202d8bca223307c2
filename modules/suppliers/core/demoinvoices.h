#pragma once

// Demo mode only: two deliveries of the sandbox's first supplier billed, so
// the Factures page shows the three-way match on a first launch — one
// invoice as ordered (à rapprocher), one with a price rise on a product the
// demo recipes use, a short line billed in full and a line that matches no
// order (écarts). Orders, Despatch Advices and BIS Billing 3.0 invoices are
// stored as the feeds would store them.

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace Moulin::DemoInvoices {
/// Stores the demo invoices when no invoice exists yet (running it again
/// changes nothing); nothing when the catalogue is empty. In the caller's
/// transaction. Returns the number of invoices stored, -1 on a database error.
int seed(QSqlDatabase& db, const QDate& day, const QDateTime& now, QString* error);
} // namespace Moulin::DemoInvoices
