#include "suppliers/core/recipes.h"

#include "common/core/database.h"

#include <QSqlQuery>

namespace Moulin {

namespace {

const Decimal kHundred = Decimal::fromInt(100);

Decimal fromMicros(const QVariant& v)
{
    return Decimal::fromMicros(v.toLongLong());
}

QString recipeName(const RecipeCosting::Book& recipes, qint64 id)
{
    const auto it = recipes.constFind(id);
    return it == recipes.cend() ? QStringLiteral("#%1").arg(id) : it->name;
}

} // namespace

// --- PriceBook -------------------------------------------------------------

void PriceBook::setCatalogue(const QList<CatalogueItem>& items)
{
    m_products.clear();
    m_byGtin.clear();
    for (const CatalogueItem& item : items) {
        const QString k = key(item.product.supplierId, item.product.sku);
        m_products.insert(k, item.product);
        if (!item.product.gtin.isEmpty())
            m_byGtin[item.product.gtin].append(k);
    }
}

void PriceBook::setConversions(const QHash<QString, QList<UnitConversion>>& byProduct)
{
    m_conversions = byProduct;
}

const Product* PriceBook::product(const QString& supplierId, const QString& sku) const
{
    const auto it = m_products.constFind(key(supplierId, sku));
    return it == m_products.cend() ? nullptr : &*it;
}

const Product* PriceBook::costProduct(const QString& supplierId, const QString& sku, const QDate& day) const
{
    const Product* linked = product(supplierId, sku);
    if (!linked || linked->gtin.isEmpty())
        return linked;
    const Product* best = linked;
    for (const QString& k : m_byGtin.value(linked->gtin)) {
        const auto it = m_products.constFind(k);
        if (it == m_products.cend() || it->unitCode != linked->unitCode)
            continue;
        if (it->unitPriceOn(day) < best->unitPriceOn(day))
            best = &*it;
    }
    return best;
}

QList<UnitConversion> PriceBook::conversions(const QString& supplierId, const QString& sku) const
{
    return m_conversions.value(key(supplierId, sku));
}

QStringList PriceBook::sameProduct(const QString& supplierId, const QString& sku) const
{
    const Product* p = product(supplierId, sku);
    if (!p || p->gtin.isEmpty())
        return {key(supplierId, sku)};
    return m_byGtin.value(p->gtin);
}

// --- RecipeCosting ---------------------------------------------------------

namespace {

struct Coster
{
    const RecipeCosting::Book& recipes;
    const PriceBook& prices;
    QDate day;
    QHash<qint64, RecipeCost>& memo;
    QSet<qint64> inProgress;

    RecipeCost run(qint64 id)
    {
        if (const auto it = memo.constFind(id); it != memo.cend())
            return *it;
        RecipeCost result;
        result.recipeId = id;
        const auto rit = recipes.constFind(id);
        if (rit == recipes.cend())
            return result;
        const Recipe& recipe = *rit;
        inProgress.insert(id);
        for (const RecipeLine& line : recipe.lines) {
            CostedLine costed;
            if (line.yieldPercent.isZero() || line.yieldPercent.isNegative())
                costed.problem = RecipeCosting::tr("%1: the yield must be above 0 %.").arg(recipe.name);
            else
                costed.grossQuantity = line.quantity * kHundred / line.yieldPercent;
            if (costed.problem.isEmpty() && line.isSubRecipe()) {
                const auto sub = recipes.constFind(line.subRecipeId);
                if (sub == recipes.cend()) {
                    costed.problem = RecipeCosting::tr("%1: a sub-recipe no longer exists.").arg(recipe.name);
                } else if (inProgress.contains(line.subRecipeId)) {
                    costed.problem =
                        RecipeCosting::tr("%1 uses %2, which uses it back.").arg(recipe.name, sub->name);
                } else {
                    const RecipeCost subCost = run(line.subRecipeId);
                    QString reason;
                    const auto q = Units::convert(costed.grossQuantity, line.unit, sub->unitForUse(), {},
                                                  sub->name, &reason);
                    if (!q) {
                        costed.problem = reason;
                    } else if (!subCost.isComplete()) {
                        costed.problem = RecipeCosting::tr("%1: the sub-recipe %2 is not fully costed.")
                                             .arg(recipe.name, sub->name);
                    } else {
                        costed.boughtQuantity = *q;
                        costed.boughtUnit = sub->unitForUse();
                        costed.cost = *q * subCost.perPortion;
                    }
                }
            } else if (costed.problem.isEmpty()) {
                const Product* linked = prices.product(line.supplierId, line.sku);
                const Product* priced = prices.costProduct(line.supplierId, line.sku, day);
                if (!linked || !priced) {
                    costed.problem = RecipeCosting::tr("%1: the product %2 is no longer in any catalogue.")
                                         .arg(recipe.name, line.sku);
                } else {
                    QString reason;
                    const auto q =
                        Units::convert(costed.grossQuantity, line.unit, linked->unitCode,
                                       prices.conversions(line.supplierId, line.sku), linked->name, &reason);
                    if (!q) {
                        costed.problem = reason;
                    } else {
                        costed.boughtQuantity = *q;
                        costed.boughtUnit = linked->unitCode;
                        costed.costedSupplierId = priced->supplierId;
                        costed.costedSku = priced->sku;
                        costed.cost = *q * priced->unitPriceOn(day);
                    }
                }
            }
            if (!costed.problem.isEmpty())
                result.problems.append(costed.problem);
            result.total += costed.cost;
            result.lines.append(costed);
        }
        inProgress.remove(id);
        result.perPortion = recipe.portions.isZero() || recipe.portions.isNegative()
                                ? result.total
                                : result.total / recipe.portions;
        memo.insert(id, result);
        return result;
    }
};

} // namespace

RecipeCost RecipeCosting::cost(const Book& recipes, qint64 recipeId, const PriceBook& prices,
                               const QDate& day, QHash<qint64, RecipeCost>* memo)
{
    QHash<qint64, RecipeCost> local;
    Coster coster{recipes, prices, day, memo ? *memo : local, {}};
    return coster.run(recipeId);
}

DishMargin RecipeCosting::margin(const MenuItemInfo& item, const Decimal& foodCost)
{
    DishMargin m;
    m.priceInclVat = Decimal::fromCents(item.priceCents);
    const Decimal rate = Decimal::fromInt(item.vatBasisPoints) / Decimal::fromInt(10'000);
    m.priceExclVat = (m.priceInclVat / (Decimal::fromInt(1) + rate)).rounded(2);
    m.foodCost = foodCost;
    m.margin = m.priceExclVat - foodCost;
    if (!m.priceExclVat.isZero())
        m.foodCostPercent = (foodCost * kHundred / m.priceExclVat).rounded(2);
    return m;
}

bool RecipeCosting::makesCycle(const Book& recipes, const Recipe& recipe)
{
    // Depth-first from the recipe's own sub-recipes (its lines as given, the
    // stored ones for the others): reaching the recipe is a cycle.
    QList<qint64> stack;
    QSet<qint64> seen;
    for (const RecipeLine& l : recipe.lines) {
        if (l.isSubRecipe())
            stack.append(l.subRecipeId);
    }
    while (!stack.isEmpty()) {
        const qint64 id = stack.takeLast();
        if (recipe.id != 0 && id == recipe.id)
            return true;
        if (seen.contains(id))
            continue;
        seen.insert(id);
        const auto it = recipes.constFind(id);
        if (it == recipes.cend())
            continue;
        for (const RecipeLine& l : it->lines) {
            if (l.isSubRecipe())
                stack.append(l.subRecipeId);
        }
    }
    return false;
}

QString RecipeCosting::problem(const Book& recipes, const Recipe& recipe)
{
    if (recipe.name.trimmed().isEmpty())
        return tr("The recipe needs a name.");
    if (recipe.portions.isZero() || recipe.portions.isNegative())
        return tr("%1: the number of portions must be above zero.").arg(recipe.name);
    if (!recipe.outputUnit.isEmpty() && !UnitCode::isKnown(recipe.outputUnit))
        return tr("%1: unknown unit %2.").arg(recipe.name, recipe.outputUnit);
    for (int i = 0; i < recipe.lines.size(); ++i) {
        const RecipeLine& l = recipe.lines.at(i);
        const int n = i + 1;
        if (l.isSubRecipe() == !l.sku.isEmpty())
            return tr("%1, line %2: choose a product or a sub-recipe.").arg(recipe.name).arg(n);
        if (l.quantity.isZero() || l.quantity.isNegative())
            return tr("%1, line %2: the quantity must be above zero.").arg(recipe.name).arg(n);
        if (l.yieldPercent.isZero() || l.yieldPercent.isNegative() || l.yieldPercent > kHundred)
            return tr("%1, line %2: the yield must be between 0 and 100 %.").arg(recipe.name).arg(n);
        if (!UnitCode::isKnown(l.unit))
            return tr("%1, line %2: unknown unit %3.").arg(recipe.name).arg(n).arg(l.unit);
        if (l.isSubRecipe()) {
            if (l.subRecipeId == recipe.id && recipe.id != 0)
                return tr("%1 cannot use itself.").arg(recipe.name);
            if (!recipes.contains(l.subRecipeId))
                return tr("%1, line %2: that sub-recipe does not exist.").arg(recipe.name).arg(n);
        }
    }
    if (makesCycle(recipes, recipe))
        return tr("%1 would use itself through its sub-recipes: refused.").arg(recipe.name);
    return {};
}

QSet<qint64> RecipeCosting::affectedBy(const Book& recipes, const QSet<QString>& products)
{
    QSet<qint64> affected;
    for (auto it = recipes.cbegin(); it != recipes.cend(); ++it) {
        for (const RecipeLine& l : it->lines) {
            if (!l.isSubRecipe() && products.contains(PriceBook::key(l.supplierId, l.sku))) {
                affected.insert(it.key());
                break;
            }
        }
    }
    // Then whoever uses an affected recipe, until nothing new.
    bool grew = true;
    while (grew) {
        grew = false;
        for (auto it = recipes.cbegin(); it != recipes.cend(); ++it) {
            if (affected.contains(it.key()))
                continue;
            for (const RecipeLine& l : it->lines) {
                if (l.isSubRecipe() && affected.contains(l.subRecipeId)) {
                    affected.insert(it.key());
                    grew = true;
                    break;
                }
            }
        }
    }
    return affected;
}

namespace {

void walkUsage(const RecipeCosting::Book& recipes, qint64 id, const Decimal& portions,
               const PriceBook& prices, const std::function<void(const QString&, const Decimal&)>& use,
               const std::function<void(const QString&, const UnitProblem&)>& flag, QSet<qint64>& path)
{
    const auto it = recipes.constFind(id);
    if (it == recipes.cend() || path.contains(id) || it->portions.isZero())
        return;
    path.insert(id);
    for (int index = 0; index < it->lines.size(); ++index) {
        const RecipeLine& l = it->lines.at(index);
        if (l.yieldPercent.isZero() || l.yieldPercent.isNegative())
            continue;
        const Decimal gross = l.quantity * kHundred / l.yieldPercent * portions / it->portions;
        QString reason;
        if (l.isSubRecipe()) {
            const auto sub = recipes.constFind(l.subRecipeId);
            if (sub == recipes.cend())
                continue;
            if (const auto q = Units::convert(gross, l.unit, sub->unitForUse(), {}, sub->name, &reason)) {
                walkUsage(recipes, l.subRecipeId, *q, prices, use, flag, path);
                continue;
            }
            const UnitProblem problem{
                RecipeCosting::tr("« %1 » uses the sub-recipe « %2 » in %3, but it is made in %4: these "
                                  "do not convert. Write that line of « %1 » in %4.")
                    .arg(it->name, sub->name, Units::label(l.unit), Units::label(sub->unitForUse())),
                id, index, true};
            const QStringList keys = RecipeCosting::productKeys(recipes, l.subRecipeId, prices);
            if (keys.isEmpty())
                flag(QString(), problem);
            for (const QString& key : keys)
                flag(key, problem);
            continue;
        }
        const Product* p = prices.product(l.supplierId, l.sku);
        if (!p)
            continue;
        const QString key = PriceBook::key(l.supplierId, l.sku);
        if (const auto q = Units::convert(gross, l.unit, p->unitCode, prices.conversions(l.supplierId, l.sku),
                                          p->name, &reason))
            use(key, *q);
        else
            flag(key, UnitProblem{reason, id, index, false});
    }
    path.remove(id);
}

void collectKeys(const RecipeCosting::Book& recipes, qint64 id, const PriceBook& prices, QSet<qint64>& seen,
                 QStringList& keys)
{
    const auto it = recipes.constFind(id);
    if (it == recipes.cend() || seen.contains(id))
        return;
    seen.insert(id);
    for (const RecipeLine& l : it->lines) {
        if (l.isSubRecipe()) {
            collectKeys(recipes, l.subRecipeId, prices, seen, keys);
            continue;
        }
        const QString key = PriceBook::key(l.supplierId, l.sku);
        if (prices.product(l.supplierId, l.sku) && !keys.contains(key))
            keys.append(key);
    }
}

} // namespace

void RecipeCosting::expandUsage(
    const Book& recipes, qint64 recipeId, const Decimal& portions, const PriceBook& prices,
    const std::function<void(const QString& key, const Decimal& quantity)>& use,
    const std::function<void(const QString& key, const UnitProblem& problem)>& flag)
{
    QSet<qint64> path;
    walkUsage(recipes, recipeId, portions, prices, use, flag, path);
}

QStringList RecipeCosting::productKeys(const Book& recipes, qint64 recipeId, const PriceBook& prices)
{
    QSet<qint64> seen;
    QStringList keys;
    collectKeys(recipes, recipeId, prices, seen, keys);
    return keys;
}

QHash<QString, Decimal> RecipeCosting::usagePerPortion(const Book& recipes, qint64 recipeId,
                                                       const PriceBook& prices, QStringList* problems)
{
    QHash<QString, Decimal> usage;
    expandUsage(
        recipes, recipeId, Decimal::fromInt(1), prices,
        [&usage](const QString& key, const Decimal& quantity) { usage[key] += quantity; },
        [problems](const QString&, const UnitProblem& problem) {
            if (problems && !problems->contains(problem.reason))
                problems->append(problem.reason);
        });
    return usage;
}

// --- RecipeStore -----------------------------------------------------------

RecipeCosting::Book RecipeStore::recipes(QSqlDatabase& db)
{
    RecipeCosting::Book book;
    QSqlQuery q(db);
    if (!Database::run(
            q,
            QStringLiteral("SELECT id, COALESCE(menu_item_id, ''), name, portions_micros, output_unit "
                           "FROM purchasing_recipe"),
            {}, "recipes"))
        return book;
    while (q.next()) {
        Recipe r;
        r.id = q.value(0).toLongLong();
        r.menuItemId = q.value(1).toString();
        r.name = q.value(2).toString();
        r.portions = fromMicros(q.value(3));
        r.outputUnit = q.value(4).toString();
        book.insert(r.id, r);
    }
    QSqlQuery l(db);
    if (!Database::run(l,
                       QStringLiteral("SELECT recipe_id, COALESCE(supplier_id, ''), COALESCE(sku, ''), "
                                      "COALESCE(sub_recipe_id, 0), quantity_micros, unit, yield_micros "
                                      "FROM purchasing_recipe_line ORDER BY recipe_id, seq"),
                       {}, "recipe lines"))
        return book;
    while (l.next()) {
        const auto it = book.find(l.value(0).toLongLong());
        if (it == book.end())
            continue;
        RecipeLine line;
        line.supplierId = l.value(1).toString();
        line.sku = l.value(2).toString();
        line.subRecipeId = l.value(3).toLongLong();
        line.quantity = fromMicros(l.value(4));
        line.unit = l.value(5).toString();
        line.yieldPercent = fromMicros(l.value(6));
        it->lines.append(line);
    }
    return book;
}

std::optional<Recipe> RecipeStore::recipe(QSqlDatabase& db, qint64 id)
{
    const RecipeCosting::Book book = recipes(db);
    const auto it = book.constFind(id);
    if (it == book.cend())
        return std::nullopt;
    return *it;
}

std::optional<Recipe> RecipeStore::recipeForMenuItem(QSqlDatabase& db, const QString& menuItemId)
{
    const RecipeCosting::Book book = recipes(db);
    for (const Recipe& r : book) {
        if (!menuItemId.isEmpty() && r.menuItemId == menuItemId)
            return r;
    }
    return std::nullopt;
}

bool RecipeStore::save(QSqlDatabase& db, Recipe& recipe, const QDate& day, const QDateTime& now,
                       QString* error)
{
    RecipeCosting::Book book = recipes(db);
    const QString problem = RecipeCosting::problem(book, recipe);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    for (const Recipe& other : book) {
        if (other.id != recipe.id && !recipe.menuItemId.isEmpty() && other.menuItemId == recipe.menuItemId) {
            if (error)
                *error = tr("This dish already has a recipe (%1).").arg(other.name);
            return false;
        }
    }
    QSqlQuery q(db);
    const QVariant menuItem = recipe.menuItemId.isEmpty() ? QVariant() : QVariant(recipe.menuItemId);
    const QString at = now.toUTC().toString(Qt::ISODate);
    if (recipe.id == 0) {
        if (!Database::run(
                q,
                QStringLiteral("INSERT INTO purchasing_recipe(menu_item_id, name, portions_micros, "
                               "output_unit, updated_at) VALUES (?, ?, ?, COALESCE(?, ''), ?)"),
                {menuItem, recipe.name.trimmed(), recipe.portions.micros(), recipe.outputUnit, at},
                "recipe insert")) {
            if (error)
                *error = tr("The recipe could not be saved.");
            return false;
        }
        recipe.id = q.lastInsertId().toLongLong();
    } else if (!Database::run(
                   q,
                   QStringLiteral(
                       "UPDATE purchasing_recipe SET menu_item_id = ?, name = ?, "
                       "portions_micros = ?, output_unit = COALESCE(?, ''), updated_at = ? WHERE id = ?"),
                   {menuItem, recipe.name.trimmed(), recipe.portions.micros(), recipe.outputUnit, at,
                    recipe.id},
                   "recipe update") ||
               q.numRowsAffected() != 1) {
        if (error)
            *error = tr("The recipe could not be saved.");
        return false;
    }
    QSqlQuery del(db);
    if (!Database::run(del, QStringLiteral("DELETE FROM purchasing_recipe_line WHERE recipe_id = ?"),
                       {recipe.id}, "recipe lines delete"))
        return false;
    for (int i = 0; i < recipe.lines.size(); ++i) {
        const RecipeLine& l = recipe.lines.at(i);
        QSqlQuery ins(db);
        if (!Database::run(
                ins,
                QStringLiteral("INSERT INTO purchasing_recipe_line(recipe_id, seq, supplier_id, sku, "
                               "sub_recipe_id, quantity_micros, unit, yield_micros) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                {recipe.id, i, l.isSubRecipe() ? QVariant() : QVariant(l.supplierId),
                 l.isSubRecipe() ? QVariant() : QVariant(l.sku),
                 l.isSubRecipe() ? QVariant(l.subRecipeId) : QVariant(), l.quantity.micros(), l.unit,
                 l.yieldPercent.micros()},
                "recipe line insert")) {
            if (error)
                *error = tr("The recipe could not be saved.");
            return false;
        }
    }
    book.insert(recipe.id, recipe);
    // This recipe and whoever uses it.
    QSet<qint64> ids{recipe.id};
    bool grew = true;
    while (grew) {
        grew = false;
        for (const Recipe& r : std::as_const(book)) {
            if (ids.contains(r.id))
                continue;
            for (const RecipeLine& l : r.lines) {
                if (l.isSubRecipe() && ids.contains(l.subRecipeId)) {
                    ids.insert(r.id);
                    grew = true;
                    break;
                }
            }
        }
    }
    return storeCosts(db, book, ids, priceBook(db), day, now, error);
}

bool RecipeStore::remove(QSqlDatabase& db, qint64 id, QString* error)
{
    const RecipeCosting::Book book = recipes(db);
    for (const Recipe& r : book) {
        for (const RecipeLine& l : r.lines) {
            if (l.subRecipeId == id) {
                if (error)
                    *error = tr("%1 uses this recipe: remove it from there first.").arg(r.name);
                return false;
            }
        }
    }
    QSqlQuery q(db);
    return Database::run(q, QStringLiteral("DELETE FROM purchasing_recipe_line WHERE recipe_id = ?"), {id},
                         "recipe delete lines") &&
           Database::run(q, QStringLiteral("DELETE FROM purchasing_recipe_cost WHERE recipe_id = ?"), {id},
                         "recipe delete cost") &&
           Database::run(q, QStringLiteral("DELETE FROM purchasing_recipe WHERE id = ?"), {id},
                         "recipe delete");
}

QHash<QString, QList<UnitConversion>> RecipeStore::conversions(QSqlDatabase& db)
{
    QHash<QString, QList<UnitConversion>> all;
    QSqlQuery q(db);
    if (!Database::run(q,
                       QStringLiteral("SELECT supplier_id, sku, from_unit, factor_micros, to_unit "
                                      "FROM purchasing_unit_conversion"),
                       {}, "unit conversions"))
        return all;
    while (q.next()) {
        all[PriceBook::key(q.value(0).toString(), q.value(1).toString())].append(
            {q.value(2).toString(), fromMicros(q.value(3)), q.value(4).toString()});
    }
    return all;
}

bool RecipeStore::setConversion(QSqlDatabase& db, const QString& supplierId, const QString& sku,
                                const UnitConversion& conversion, QString* error)
{
    const QString problem = Units::problem(conversion);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    QSqlQuery q(db);
    if (!Database::run(
            q,
            QStringLiteral("INSERT INTO purchasing_unit_conversion(supplier_id, sku, from_unit, "
                           "factor_micros, to_unit) VALUES (?, ?, ?, ?, ?) ON CONFLICT(supplier_id, "
                           "sku, from_unit, to_unit) DO UPDATE SET factor_micros = excluded.factor_micros"),
            {supplierId, sku, conversion.fromUnit, conversion.factor.micros(), conversion.toUnit},
            "unit conversion")) {
        if (error)
            *error = tr("The conversion could not be saved.");
        return false;
    }
    return true;
}

PriceBook RecipeStore::priceBook(QSqlDatabase& db)
{
    PriceBook book;
    book.setCatalogue(SupplierStore::catalogue(db));
    book.setConversions(conversions(db));
    return book;
}

bool RecipeStore::storeCosts(QSqlDatabase& db, const RecipeCosting::Book& book, const QSet<qint64>& ids,
                             const PriceBook& prices, const QDate& day, const QDateTime& now, QString* error)
{
    QHash<qint64, RecipeCost> memo;
    const QString at = now.toUTC().toString(Qt::ISODate);
    // One statement for every recipe, prepared once per connection: a price
    // change can reach hundreds of recipes.
    const QString sql =
        QStringLiteral("INSERT INTO purchasing_recipe_cost(recipe_id, total_micros, "
                       "per_portion_micros, problems, computed_at) VALUES (?, ?, ?, COALESCE(?, ''), ?) "
                       "ON CONFLICT(recipe_id) DO UPDATE SET total_micros = excluded.total_micros, "
                       "per_portion_micros = excluded.per_portion_micros, problems = "
                       "excluded.problems, computed_at = excluded.computed_at");
    QSqlQuery own(db);
    QSqlQuery* q = Database::cachedQuery(db, sql);
    if (!q && own.prepare(sql))
        q = &own;
    for (const qint64 id : ids) {
        const RecipeCost cost = RecipeCosting::cost(book, id, prices, day, &memo);
        bool ok = q != nullptr;
        if (ok) {
            q->addBindValue(id);
            q->addBindValue(cost.total.micros());
            q->addBindValue(cost.perPortion.micros());
            q->addBindValue(cost.problems.join(u'\n'));
            q->addBindValue(at);
            ok = Database::exec(*q, "recipe cost");
        }
        if (!ok) {
            if (error)
                *error = tr("The food cost of %1 could not be saved.").arg(recipeName(book, id));
            return false;
        }
    }
    return true;
}

int RecipeStore::recomputeAll(QSqlDatabase& db, const QDate& day, const QDateTime& now, QString* error)
{
    const RecipeCosting::Book book = recipes(db);
    QSet<qint64> ids;
    for (auto it = book.cbegin(); it != book.cend(); ++it)
        ids.insert(it.key());
    if (!storeCosts(db, book, ids, priceBook(db), day, now, error))
        return -1;
    return int(ids.size());
}

bool RecipeStore::recomputeForProduct(QSqlDatabase& db, const QString& supplierId, const QString& sku,
                                      const QDate& day, const QDateTime& now, QList<qint64>* updated,
                                      QString* error)
{
    return recomputeForProducts(db, {{supplierId, sku}}, day, now, updated, error);
}

bool RecipeStore::recomputeForProducts(QSqlDatabase& db, const QList<std::pair<QString, QString>>& products,
                                       const QDate& day, const QDateTime& now, QList<qint64>* updated,
                                       QString* error)
{
    if (updated)
        updated->clear();
    const RecipeCosting::Book book = recipes(db);
    if (book.isEmpty() || products.isEmpty())
        return true;
    const PriceBook prices = priceBook(db);
    QSet<QString> keys;
    for (const auto& [supplierId, sku] : products) {
        for (const QString& k : prices.sameProduct(supplierId, sku))
            keys.insert(k);
    }
    const QSet<qint64> ids = RecipeCosting::affectedBy(book, keys);
    if (updated) {
        *updated = QList<qint64>(ids.cbegin(), ids.cend());
        std::sort(updated->begin(), updated->end());
    }
    return storeCosts(db, book, ids, prices, day, now, error);
}

std::optional<RecipeCost> RecipeStore::storedCost(QSqlDatabase& db, qint64 recipeId)
{
    QSqlQuery q(db);
    if (!Database::run(q,
                       QStringLiteral("SELECT total_micros, per_portion_micros, problems FROM "
                                      "purchasing_recipe_cost WHERE recipe_id = ?"),
                       {recipeId}, "stored recipe cost") ||
        !q.next())
        return std::nullopt;
    RecipeCost cost;
    cost.recipeId = recipeId;
    cost.total = fromMicros(q.value(0));
    cost.perPortion = fromMicros(q.value(1));
    const QString problems = q.value(2).toString();
    if (!problems.isEmpty())
        cost.problems = problems.split(u'\n');
    return cost;
}

} // namespace Moulin
