#include "suppliers/core/productfinder.h"

#include "common/core/database.h"
#include "suppliers/core/catalogueindex.h"

namespace Moulin {

ProductFinder::~ProductFinder() = default;

QList<CatalogueItem> StoreProductFinder::find(const QString& supplierId, const QString& text, int limit)
{
    QSqlDatabase db = Database::connection();
    return SupplierStore::searchProducts(db, supplierId, text, limit);
}

IndexProductFinder::IndexProductFinder(std::shared_ptr<ProductFinder> fallback)
    : m_fallback(fallback ? std::move(fallback) : std::make_shared<StoreProductFinder>())
{
}

IndexProductFinder::~IndexProductFinder() = default;

void IndexProductFinder::setIndex(std::shared_ptr<const CatalogueIndex> index)
{
    m_index = std::move(index);
}

QList<CatalogueItem> IndexProductFinder::find(const QString& supplierId, const QString& text, int limit)
{
    if (!m_index)
        return m_fallback->find(supplierId, text, limit);
    QList<CatalogueItem> out;
    // As the store's finder: nothing typed, nothing found.
    if (limit <= 0 || CatalogueIndex::fold(text).trimmed().isEmpty())
        return out;
    const QList<int> hits = m_index->search(text, supplierId, limit);
    out.reserve(hits.size());
    for (int i : hits)
        out.append(m_index->item(i));
    return out;
}

} // namespace Moulin
