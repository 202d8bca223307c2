#pragma once

// A fresh database holding METRO and the ten-line order of supplierfixtures.h
// (requested for Wednesday 9 December 2026), and Despatch Advices for it.

#include "common/core/database.h"
#include "supplierfixtures.h"
#include "suppliers/core/supplierstore.h"
#include "suppliers/core/ublorderwriter.h"
#include "suppliers/core/ublresponsewriter.h"

#include <QTest>

namespace Moulin::Test {

inline QDateTime receivingNow()
{
    return QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);
}

/// Opens a fresh database `name` with METRO and its order stored; false
/// (and a failure) when something could not be stored.
inline bool openWithMetroOrder(const QString& name)
{
    const FreshDatabase fresh = openFreshDatabase(name);
    if (!fresh.opened.ok()) {
        fail(QStringLiteral("database not opened"));
        return false;
    }
    QSqlDatabase db = Database::connection();
    QString error;
    const Order order = metroOrder();
    if (!SupplierStore::upsertSupplier(db, metro(), QStringLiteral("metro"), receivingNow(), &error) ||
        !SupplierStore::insertOrder(db, order, QStringLiteral("metro"), UblOrderWriter::write(order),
                                    receivingNow(), &error)) {
        fail(error);
        return false;
    }
    return true;
}

/// A Despatch Advice of the METRO order: every line as ordered, expected on
/// `expected`; `short1` of line 1 held back (outstanding) when given.
inline DespatchAdvice metroAdvice(const QString& id, const QDate& expected, const Decimal& short1 = {})
{
    const Order order = metroOrder();
    DespatchAdvice a;
    a.id = id;
    a.issueDate = QDate(2026, 12, 8);
    a.orderId = order.id;
    a.expectedDelivery = expected;
    a.shipmentId = QStringLiteral("EXP-") + id;
    for (const OrderLine& line : order.lines) {
        DespatchAdvice::Line l;
        l.id = line.id;
        l.orderLineId = line.id;
        l.sku = line.sku;
        l.gtin = line.gtin;
        l.name = line.name;
        l.unitCode = line.quantityUnitCode();
        l.delivered = line.quantity;
        if (line.id == QLatin1String("1") && !short1.isZero()) {
            l.delivered = line.quantity - short1;
            l.outstanding = short1;
            l.outstandingReason = QStringLiteral("Rupture de stock");
        }
        a.lines.append(l);
    }
    return a;
}

inline bool applyAdvice(const DespatchAdvice& advice)
{
    QSqlDatabase db = Database::connection();
    QString error;
    if (!SupplierStore::applyDespatchAdvice(db, QStringLiteral("metro-nanterre"), advice,
                                            UblResponseWriter::writeDespatchAdvice(advice, metroOrder()),
                                            receivingNow(), &error)) {
        fail(error);
        return false;
    }
    return true;
}

} // namespace Moulin::Test
