#include "suppliers/core/demostock.h"

#include "common/core/database.h"
#include "suppliers/core/recipes.h"
#include "suppliers/core/stock.h"
#include "suppliers/core/suggestedorders.h"
#include "suppliers/core/supplierstore.h"
#include "suppliers/core/units.h"

#include <QSqlQuery>

#include <algorithm>

namespace Moulin::DemoStock {

namespace {

constexpr qint64 kPortionsPerDay = 14;
constexpr qint64 kDaysCounted = 5;

bool containsAny(const QString& folded, std::initializer_list<const char*> words)
{
    return std::any_of(words.begin(), words.end(),
                       [&folded](const char* w) { return folded.contains(QLatin1StringView(w)); });
}

/// `value` rounded up as it is counted: a tenth of a kilo or litre (mass,
/// volume), else whole units; never below one.
Decimal counted(const Decimal& value, const QString& unit)
{
    const qint64 step =
        Units::dimensionOf(unit) == Units::Dimension::Count ? Decimal::kOne : Decimal::kOne / 10;
    const qint64 micros = std::max(value.micros(), step);
    return Decimal::fromMicros((micros + step - 1) / step * step);
}

} // namespace

QString areaFor(const QString& productName)
{
    const QStringList areas = Stock::defaultAreas(); // cold room, freezer, dry store, cellar, bar
    const QString folded = SupplierStore::foldForSearch(productName);
    if (containsAny(folded, {"vin ", "rhone", "bordeaux", "bourgogne", "champagne", "cremant", "75 cl",
                             "biere", "cidre", "cognac", "armagnac"}))
        return areas.at(3);
    if (containsAny(folded, {"surgel", "congel", "glace"}))
        return areas.at(1);
    if (containsAny(folded, {"farine", "sucre", "fond de", "chocolat", "huile", "sel ", "poivre", "riz",
                             "pates", "conserve", "vinaigre", "moutarde", "deshydrat", "cafe", "the "}))
        return areas.at(2);
    return areas.at(0);
}

int seed(QSqlDatabase& db, const QDate& today, const QDateTime& now, QString* error)
{
    QSqlQuery q(db);
    if (!Database::run(q, QStringLiteral("SELECT count(*) FROM stock_count"), {}, "demo stock") ||
        !q.next()) {
        if (error)
            *error = QStringLiteral("cannot read the stock counts");
        return -1;
    }
    const bool alreadyCounted = q.value(0).toLongLong() > 0;
    q.finish(); // no read snapshot kept open under the writes below (see demorecipes.cpp)
    if (alreadyCounted)
        return 0;
    const RecipeCosting::Book book = RecipeStore::recipes(db);
    const PriceBook prices = RecipeStore::priceBook(db);
    // What a day of the dishes uses, per product (in its unit).
    QHash<QString, Decimal> perDay;
    for (auto it = book.cbegin(); it != book.cend(); ++it) {
        if (it->isSubRecipe())
            continue;
        const QHash<QString, Decimal> usage = RecipeCosting::usagePerPortion(book, it.key(), prices);
        for (auto u = usage.cbegin(); u != usage.cend(); ++u)
            perDay[u.key()] += u.value() * Decimal::fromInt(kPortionsPerDay);
    }
    QList<QString> keys = perDay.keys();
    std::sort(keys.begin(), keys.end());
    // The safety stock goes on the products used most (in money a day).
    QList<std::pair<Decimal, QString>> byValue;
    const QDate day = today.addDays(-kCountedDaysAgo);
    int stored = 0;
    for (const QString& key : std::as_const(keys)) {
        const int cut = int(key.indexOf(u'\n'));
        const QString supplierId = key.left(cut);
        const QString sku = key.mid(cut + 1);
        const Product* p = prices.product(supplierId, sku);
        if (!p || perDay.value(key) <= Decimal())
            continue;
        StockCount count;
        count.day = day;
        count.area = areaFor(p->name);
        count.supplierId = supplierId;
        count.sku = sku;
        count.quantity = counted(perDay.value(key) * Decimal::fromInt(kDaysCounted), p->unitCode);
        if (!Stock::saveCount(db, count, true, now, nullptr, error))
            return -1;
        ++stored;
        byValue.append({perDay.value(key) * p->unitPrice, key});
    }
    std::sort(byValue.begin(), byValue.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (qsizetype i = 0; i < std::min<qsizetype>(byValue.size(), 6); ++i) {
        const QString& key = byValue.at(i).second;
        const int cut = int(key.indexOf(u'\n'));
        const Product* p = prices.product(key.left(cut), key.mid(cut + 1));
        if (!ParStock::save(db, key.left(cut), key.mid(cut + 1), counted(perDay.value(key), p->unitCode), now,
                            error))
            return -1;
    }
    return stored;
}

} // namespace Moulin::DemoStock
