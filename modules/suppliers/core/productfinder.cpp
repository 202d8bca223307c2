#include "suppliers/core/productfinder.h"

#include "common/core/database.h"

namespace Moulin {

ProductFinder::~ProductFinder() = default;

QList<CatalogueItem> StoreProductFinder::find(const QString& supplierId, const QString& text, int limit)
{
    QSqlDatabase db = Database::connection();
    return SupplierStore::searchProducts(db, supplierId, text, limit);
}

} // namespace Moulin
