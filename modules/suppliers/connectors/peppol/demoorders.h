#pragma once

// Demo mode only: a few orders to the sandbox's suppliers, so that Commandes
// and Livraisons show something on a first launch. They go the normal way —
// written from a draft of the stored catalogue, validated, stored and queued
// in the outbox by SupplierOrdering::place(), sent over HTTP — and the
// deliveries already past are received as the manager would on the
// Livraisons page (Receiving::save(), against the order):
//
//   METRO          one order delivered two days or more ago, received in full,
//                  and one for its next delivery day;
//   Pomona         one delivered yesterday or so, a line short (« Manquant »,
//                  with its credit-note request);
//   Transgourmet   one due on its last delivery day, not received (late);
//   local ones     one each for their next delivery day.
//
// The sandbox accepts an order whose day has already passed as it is, with
// no Despatch Advice (see SandboxSuppliers), so the past ones stay as the
// demo sets them; the upcoming ones get the sandbox's usual answers.

#include "suppliers/core/order.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace Moulin {

class Outbox;

namespace DemoOrders {

/// Places the demo orders of the suppliers of `connector` (none of which
/// has an order yet; otherwise nothing) in `db` (this thread's connection),
/// queued in `outbox` (when given), `buyer` ordering with the account
/// `account` (the connection's store id), as on `today` at `now`. Returns
/// the number of orders placed, -1 and `error` when one could not be.
int place(QSqlDatabase& db, Outbox* outbox, const QString& connector, const BuyerParty& buyer,
          const QString& account, const QDate& today, const QDateTime& now, QString* error);

} // namespace DemoOrders

} // namespace Moulin
