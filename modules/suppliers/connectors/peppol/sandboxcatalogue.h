#pragma once

// The sandbox suppliers' catalogues: French food-service products generated
// deterministically from seeded word lists (fruits et légumes, viandes,
// marée, crèmerie, épicerie, boissons), with realistic unit prices, pack
// sizes, VAT rates and GTIN-13s whose check digit is valid.

#include "suppliers/core/supplierstore.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Moulin::SandboxCatalogue {

/// The six departments, as the catalogues name them.
QStringList categories();

/// `count` products of `supplierId`, SKUs prefixed with `skuPrefix`, drawn
/// from `categories` (all when empty) in proportion, from `seed`. The same
/// arguments give the same products; names are unique within the list.
QList<CatalogueItem> generate(const QString& supplierId, const QString& skuPrefix, quint32 seed, int count,
                              const QStringList& categories = {});

} // namespace Moulin::SandboxCatalogue
