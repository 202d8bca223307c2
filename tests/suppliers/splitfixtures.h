#pragma once

// Suppliers and products for the cheapest split's tests (tst_ordersplit,
// tst_ordersplitdialog): two or three suppliers with simple terms, products
// by GTIN, on a fixed Monday morning.

#include "common/core/database.h"
#include "supplierfixtures.h"
#include "suppliers/core/ordersplit.h"
#include "suppliers/core/supplierstore.h"

#include <QTest>

namespace Moulin::Test {

/// Monday 7 December 2026, 10:00: orders for Tuesday are still taken by the
/// suppliers whose cut-off is the evening before.
inline QDateTime splitNow()
{
    return QDateTime(QDate(2026, 12, 7), QTime(10, 0));
}

/// A supplier that delivers Monday to Saturday, orders until 23:00 the day
/// before, with `franco` and `fee`.
inline Supplier splitSupplier(const char* id, const char* name, const char* franco, const char* fee)
{
    Supplier s = metro();
    s.id = QString::fromLatin1(id);
    s.profileId = QStringLiteral("local");
    s.name = QString::fromUtf8(name);
    s.deliveryDays = {Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday, Qt::Saturday};
    s.orderCutoff = QTime(23, 0);
    s.cutoffDaysBefore = 1;
    s.franco = dec(franco);
    s.deliveryFee = dec(fee);
    return s;
}

/// A product of `supplier` sold by packs of `pack` kg at `price` per kg.
inline Product splitProduct(const char* supplier, const char* sku, const char* gtin, const char* name,
                            const char* pack, const char* price)
{
    Product p = product(sku, gtin, name, "KGM", pack, "XBX", price, VatRate::Reduced55);
    p.supplierId = QString::fromLatin1(supplier);
    return p;
}

inline bool storeSupplier(const Supplier& s)
{
    QSqlDatabase db = Database::connection();
    QString error;
    const bool ok = SupplierStore::upsertSupplier(db, s, QStringLiteral("local"), splitNow().toUTC(), &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok;
}

inline bool storeProduct(const Product& p)
{
    QSqlDatabase db = Database::connection();
    QString error;
    const bool ok = SupplierStore::upsertProduct(db, {p, QStringLiteral("Épicerie")}, Decimal::fromInt(5),
                                                 splitNow().toUTC(), nullptr, &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok;
}

inline SplitDemand demandOf(const char* supplier, const char* sku, const char* quantity,
                            const QDate& neededBy)
{
    SplitDemand d;
    d.supplierId = QString::fromLatin1(supplier);
    d.sku = QString::fromLatin1(sku);
    d.quantity = dec(quantity);
    d.neededBy = neededBy;
    return d;
}

// Valid GTIN-13s (check digit) for the products.
inline constexpr char kGtinPotatoes[] = "3760012345014";
inline constexpr char kGtinCarrots[] = "3760012345021";
inline constexpr char kGtinTomatoes[] = "3760012345038";
inline constexpr char kGtinFlour[] = "3760001234565";
inline constexpr char kGtinCream[] = "3262123456783";

} // namespace Moulin::Test
