#pragma once

// What the Fiches techniques and Stock pages show, read in one go off the
// GUI thread (a DbWorker job on the Fournisseurs tab's worker), or on the
// calling thread when a page stands alone (tests). Immutable once read.

#include "common/core/menusources.h"
#include "suppliers/core/catalogueindex.h"
#include "suppliers/core/recipes.h"
#include "suppliers/core/stock.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace Moulin {

/// Fiches techniques: the menu, every recipe (dishes and sub-recipes), the
/// prices with the per-product conversions, the catalogue's search index.
struct RecipesData
{
    QList<MenuItemInfo> menu;
    RecipeCosting::Book book;
    PriceBook prices;        ///< today's: a promotion counts while it runs
    PriceBook regularPrices; ///< the same without any promotion
    std::shared_ptr<const CatalogueIndex> index;

    /// The recipe of `menuItemId` (null when none).
    const Recipe* recipeFor(const QString& menuItemId) const;
    /// The sub-recipes (recipes of no dish), by name.
    QList<Recipe> subRecipes() const;

    /// `index`: the tab's (null: the catalogue is read here). `sales` may be null.
    static std::shared_ptr<const RecipesData> load(QSqlDatabase& db, const MenuSalesSource* sales,
                                                   std::shared_ptr<const CatalogueIndex> index);
};

/// One week of waste, valued.
struct WasteWeek
{
    QDate monday;
    Decimal value;    ///< excl. VAT, at the current regular prices (the entries that can be valued)
    int entries = 0;  ///< entries of the week
    int unvalued = 0; ///< entries whose product has no price any more
};

/// A waste entry with its product's name and value.
struct WasteRow
{
    WasteEntry entry;
    QString name;
    QString unit;
    std::optional<Decimal> value; ///< quantity × the current regular unit price, to cents
};

/// Stock: the areas, the counts of a day and area, the day's stock lines and
/// the waste of the weeks up to that day.
struct StockData
{
    QDate day;
    QString area;
    QStringList areas;
    PriceBook prices;
    std::shared_ptr<const CatalogueIndex> index;
    QList<StockCount> counts;
    QList<StockLine> lines;
    QStringList problems;
    QList<WasteRow> waste;  ///< of the kWasteWeeks weeks up to `day`, newest first
    QList<WasteWeek> weeks; ///< the same weeks, newest first

    static constexpr int kWasteWeeks = 6;

    static std::shared_ptr<const StockData> load(QSqlDatabase& db, const QDate& day, const QString& area,
                                                 const MenuSalesSource* sales,
                                                 std::shared_ptr<const CatalogueIndex> index);
};

} // namespace Moulin
