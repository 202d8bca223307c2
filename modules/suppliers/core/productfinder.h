#pragma once

#include "suppliers/core/supplierstore.h"

#include <QList>
#include <QString>

#include <memory>

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

class CatalogueIndex;

/// The finder over an in-memory CatalogueIndex (the Fournisseurs tab's
/// snapshot: every word anywhere in the name, the SKU or the GTIN, ranked
/// as the Catalogue page ranks them). Before an index is set — the tab has
/// not read its first snapshot yet — it asks `fallback` (default: the
/// store). GUI thread only, like the index it reads.
class IndexProductFinder final : public ProductFinder
{
public:
    explicit IndexProductFinder(std::shared_ptr<ProductFinder> fallback = {});
    ~IndexProductFinder() override;

    /// The index searched from now on (null: the fallback again).
    void setIndex(std::shared_ptr<const CatalogueIndex> index);
    bool hasIndex() const { return bool(m_index); }

    QList<CatalogueItem> find(const QString& supplierId, const QString& text, int limit) override;

private:
    std::shared_ptr<ProductFinder> m_fallback;
    std::shared_ptr<const CatalogueIndex> m_index;
};

} // namespace Moulin
