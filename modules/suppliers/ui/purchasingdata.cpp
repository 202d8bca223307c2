#include "suppliers/ui/purchasingdata.h"

#include "suppliers/core/supplierstore.h"

namespace Moulin {

namespace {

std::shared_ptr<const CatalogueIndex> indexOr(QSqlDatabase& db, std::shared_ptr<const CatalogueIndex> index)
{
    if (index)
        return index;
    auto own = std::make_shared<CatalogueIndex>();
    own->reset(SupplierStore::catalogue(db));
    return own;
}

} // namespace

std::shared_ptr<const RecipesData> RecipesData::load(QSqlDatabase& db, const MenuSalesSource* sales,
                                                     std::shared_ptr<const CatalogueIndex> index)
{
    auto data = std::make_shared<RecipesData>();
    if (!db.isValid() || !db.isOpen())
        return data;
    data->menu = sales ? sales->menuItems() : QList<MenuItemInfo>{};
    data->book = RecipeStore::recipes(db);
    QList<CatalogueItem> items = SupplierStore::catalogue(db);
    const QHash<QString, QList<UnitConversion>> conversions = RecipeStore::conversions(db);
    data->prices.setCatalogue(items);
    data->prices.setConversions(conversions);
    if (index) {
        data->index = std::move(index);
    } else {
        auto own = std::make_shared<CatalogueIndex>();
        own->reset(items);
        data->index = own;
    }
    for (CatalogueItem& item : items)
        item.product.promotion.reset();
    data->regularPrices.setCatalogue(items);
    data->regularPrices.setConversions(conversions);
    return data;
}

const Recipe* RecipesData::recipeFor(const QString& menuItemId) const
{
    for (const Recipe& r : book)
        if (!menuItemId.isEmpty() && r.menuItemId == menuItemId)
            return &r;
    return nullptr;
}

QList<Recipe> RecipesData::subRecipes() const
{
    QList<Recipe> out;
    for (const Recipe& r : book)
        if (r.isSubRecipe())
            out.append(r);
    std::sort(out.begin(), out.end(), [](const Recipe& a, const Recipe& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return out;
}

std::shared_ptr<const StockData> StockData::load(QSqlDatabase& db, const QDate& day, const QString& area,
                                                 const MenuSalesSource* sales,
                                                 std::shared_ptr<const CatalogueIndex> index)
{
    auto data = std::make_shared<StockData>();
    data->day = day;
    data->area = area;
    if (!db.isValid() || !db.isOpen()) {
        data->areas = Stock::defaultAreas();
        return data;
    }
    data->areas = Stock::areas(db);
    data->prices = RecipeStore::priceBook(db);
    data->index = indexOr(db, std::move(index));
    data->counts = Stock::counts(db, day, area);
    data->lines = Stock::stockOn(db, day, sales, &data->problems);

    // The waste of the last weeks, valued at the current regular prices, per week.
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    const QDate from = monday.addDays(-7 * (kWasteWeeks - 1));
    for (int w = 0; w < kWasteWeeks; ++w)
        data->weeks.append({monday.addDays(-7 * w), Decimal(), 0, 0});
    const QList<WasteEntry> entries = Stock::waste(db, from, monday.addDays(6));
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        WasteRow row;
        row.entry = *it;
        const Product* p = data->prices.product(it->supplierId, it->sku);
        row.name = p ? p->name : it->sku;
        row.unit = p ? p->unitCode : QString();
        if (p)
            row.value = (it->quantity * p->unitPrice).rounded(2); // the regular price, no promotion
        const int week = int(it->day.addDays(1 - it->day.dayOfWeek()).daysTo(monday) / 7);
        if (week >= 0 && week < data->weeks.size()) {
            WasteWeek& total = data->weeks[week];
            ++total.entries;
            if (row.value)
                total.value += *row.value;
            else
                ++total.unvalued;
        }
        data->waste.append(row);
    }
    return data;
}

} // namespace Moulin
