#pragma once

#include "suppliers/core/supplierstore.h"

#include <QList>
#include <QString>

namespace Moulin {

/// Where the order editor finds products as the manager types: the
/// supplier's catalogue items matching `text` (every word, case and accents
/// folded), best first, at most `limit`.
class ProductFinder
{
public:
    virtual ~ProductFinder();
    virtual QList<CatalogueItem> find(const QString& supplierId, const QString& text, int limit) = 0;
};

/// The finder over the local store (SupplierStore::searchProducts) on this
/// thread's connection.
class StoreProductFinder final : public ProductFinder
{
public:
    QList<CatalogueItem> find(const QString& supplierId, const QString& text, int limit) override;
};

} // namespace Moulin
