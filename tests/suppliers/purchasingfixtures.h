#pragma once

// A fresh database with METRO's catalogue (supplierfixtures.h's basket) and
// Pomona carrying the same potatoes (same GTIN) for less: what the recipes
// and stock tests price against.

#include "common/core/database.h"
#include "supplierfixtures.h"
#include "suppliers/core/recipes.h"
#include "suppliers/core/supplierstore.h"

namespace Moulin::Test {

inline QDateTime purchasingNow()
{
    return QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);
}

inline QDate purchasingDay()
{
    return QDate(2026, 12, 7);
}

inline bool storeProduct(const Product& p, const QString& category = QStringLiteral("Épicerie"))
{
    QSqlDatabase db = Database::connection();
    QString error;
    ProductUpsert outcome;
    if (!SupplierStore::upsertProduct(db, {p, category}, Decimal::fromInt(10), purchasingNow(), &outcome,
                                      &error)) {
        fail(error);
        return false;
    }
    return true;
}

/// METRO and its basket's products; Pomona with the potatoes at 0.79 €/kg
/// when `cheaperPotatoes`.
inline bool storeCatalogues(bool cheaperPotatoes)
{
    QSqlDatabase db = Database::connection();
    QString error;
    if (!SupplierStore::upsertSupplier(db, metro(), QStringLiteral("metro"), purchasingNow(), &error)) {
        fail(error);
        return false;
    }
    for (const CatalogueLine& line : metroBasket()) {
        if (!storeProduct(line.product))
            return false;
    }
    if (cheaperPotatoes) {
        Supplier pomona = metro();
        pomona.id = QStringLiteral("pomona-rungis");
        pomona.profileId = QStringLiteral("pomona");
        pomona.name = QStringLiteral("Pomona TerreAzur");
        if (!SupplierStore::upsertSupplier(db, pomona, QStringLiteral("pomona"), purchasingNow(), &error)) {
            fail(error);
            return false;
        }
        Product potatoes = product("PT-AGATA", "3760012345014", "Pommes de terre Agata", "KGM", "25", "XBG",
                                   "0.79", VatRate::Reduced55);
        potatoes.supplierId = pomona.id;
        if (!storeProduct(potatoes))
            return false;
    }
    return true;
}

inline RecipeLine productLine(const char* sku, const char* quantity, const char* unit,
                              const char* yield = "100")
{
    RecipeLine l;
    l.supplierId = QStringLiteral("metro-nanterre");
    l.sku = QString::fromLatin1(sku);
    l.quantity = dec(quantity);
    l.unit = QString::fromLatin1(unit);
    l.yieldPercent = dec(yield);
    return l;
}

inline RecipeLine subLine(qint64 id, const char* quantity, const char* unit)
{
    RecipeLine l;
    l.subRecipeId = id;
    l.quantity = dec(quantity);
    l.unit = QString::fromLatin1(unit);
    return l;
}

} // namespace Moulin::Test
