#pragma once

// Recipes (fiches techniques, migration 0022): a dish of the till's menu
// (or a sub-recipe: a fond, a sauce) made of ingredient lines — a supplier
// product or a sub-recipe, a net quantity in a unit and a yield ("80 %"
// after peeling: 1.25 times the net quantity is bought) — for a number of
// portions. Its food cost is exact (decimal.h), from each product's current
// unit price: the cheapest supplier carrying the same GTIN in the same unit,
// else the product the line names. A line whose unit cannot be converted to
// its product's is flagged (Units::convert's reason), never guessed; the
// recipe's cost then leaves it out and says so.
//
// Margin at the current price: the menu price excl. VAT minus the food cost
// of a portion, and the food cost as a percentage of that price.
//
// Whenever a cost changes, RecipeStore::recomputeForProduct() recomputes
// every recipe using the product (or one with its GTIN), then every recipe
// using those as sub-recipes. A sub-recipe that would (even indirectly) use
// its own recipe is refused on save.

#include "common/core/menusources.h"
#include "suppliers/core/supplierstore.h"
#include "suppliers/core/units.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Moulin {

struct RecipeLine
{
    QString supplierId;     ///< a product: its supplier…
    QString sku;            ///< …and article number
    qint64 subRecipeId = 0; ///< or a sub-recipe (then no product)
    Decimal quantity;       ///< net, as used
    QString unit;           ///< UN/ECE code ("GRM", "C62"…)
    Decimal yieldPercent = Decimal::fromInt(100);

    bool isSubRecipe() const { return subRecipeId != 0; }
    friend bool operator==(const RecipeLine&, const RecipeLine&) = default;
};

struct Recipe
{
    qint64 id = 0;      ///< 0: not stored yet
    QString menuItemId; ///< the till's SKU; empty for a sub-recipe
    QString name;
    Decimal portions = Decimal::fromInt(1); ///< what the lines make
    /// What a portion is counted in for a sub-recipe ("LTR": the lines make
    /// `portions` litres); empty: portions (C62 for the recipes using it).
    QString outputUnit;
    QList<RecipeLine> lines;

    bool isSubRecipe() const { return menuItemId.isEmpty(); }
    /// The unit a line using this recipe counts in.
    QString unitForUse() const { return outputUnit.isEmpty() ? QStringLiteral("C62") : outputUnit; }
};

/// A recipe line whose unit does not convert to what it uses (its
/// product's unit, or the unit its sub-recipe is made in): never guessed,
/// the reason said and where to fix it.
struct UnitProblem
{
    QString reason;         ///< translated
    qint64 recipeId = 0;    ///< the recipe holding the line
    int line = -1;          ///< the line's index in that recipe
    bool subRecipe = false; ///< the line uses a sub-recipe: its unit is to change (no product conversion)
};

/// One line as costed.
struct CostedLine
{
    Decimal cost;                          ///< zero when flagged
    Decimal grossQuantity;                 ///< net ÷ yield, in the line's unit
    std::optional<Decimal> boughtQuantity; ///< in the product's (or sub-recipe's) unit
    QString boughtUnit;
    QString costedSupplierId; ///< whose price was used (the cheapest of the GTIN)
    QString costedSku;
    QString problem; ///< translated; empty when costed
};

struct RecipeCost
{
    qint64 recipeId = 0;
    Decimal total;      ///< every costed line
    Decimal perPortion; ///< total ÷ portions
    QList<CostedLine> lines;
    QStringList problems; ///< the flagged lines' reasons

    bool isComplete() const { return problems.isEmpty(); }
};

/// A dish's margin at its current menu price.
struct DishMargin
{
    Decimal priceInclVat;
    Decimal priceExclVat;                   ///< rounded to cents
    Decimal foodCost;                       ///< per portion
    Decimal margin;                         ///< price excl. VAT − food cost
    std::optional<Decimal> foodCostPercent; ///< none at a zero price; two decimals
};

/// The products as recipes price them: the catalogues and the per-product
/// unit conversions.
class PriceBook
{
public:
    void setCatalogue(const QList<CatalogueItem>& items);
    void setConversions(const QHash<QString, QList<UnitConversion>>& byProduct);
    static QString key(const QString& supplierId, const QString& sku) { return supplierId + u'\n' + sku; }

    const Product* product(const QString& supplierId, const QString& sku) const;
    /// The product whose price a line on (supplier, sku) pays on `day`: the
    /// cheapest with the same GTIN and unit, else that product; null when
    /// unknown.
    const Product* costProduct(const QString& supplierId, const QString& sku, const QDate& day) const;
    QList<UnitConversion> conversions(const QString& supplierId, const QString& sku) const;
    /// The keys of every product sharing the GTIN of (supplier, sku), itself included.
    QStringList sameProduct(const QString& supplierId, const QString& sku) const;

private:
    QHash<QString, Product> m_products;
    QHash<QString, QStringList> m_byGtin;
    QHash<QString, QList<UnitConversion>> m_conversions;
};

class RecipeCosting
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::RecipeCosting)

public:
    using Book = QHash<qint64, Recipe>;

    /// The cost of `recipeId` on `day` (sub-recipes costed first, kept in
    /// `memo` when given). A line in a cycle, an unknown product or
    /// sub-recipe, or a unit that does not convert is flagged.
    static RecipeCost cost(const Book& recipes, qint64 recipeId, const PriceBook& prices, const QDate& day,
                           QHash<qint64, RecipeCost>* memo = nullptr);
    /// Margin of a portion costing `foodCost` sold at `item`'s price.
    static DishMargin margin(const MenuItemInfo& item, const Decimal& foodCost);

    /// Why `recipe` cannot be stored among `recipes` (translated): no name,
    /// no portions, a bad quantity, yield or unit, an unknown sub-recipe, or
    /// a cycle (a recipe using itself, even through others); empty: fine.
    static QString problem(const Book& recipes, const Recipe& recipe);
    /// Whether `recipe` (its lines as given) reaches itself through sub-recipes.
    static bool makesCycle(const Book& recipes, const Recipe& recipe);
    /// The recipes affected when the product keys `products` change price:
    /// those using one, then those using those (sub-recipes), transitively.
    static QSet<qint64> affectedBy(const Book& recipes, const QSet<QString>& products);
    /// How much of each product one portion of `recipeId` uses, in the
    /// product's unit (gross: yields applied; sub-recipes expanded). Lines
    /// that cannot be converted are left out and listed in `problems`.
    static QHash<QString, Decimal> usagePerPortion(const Book& recipes, qint64 recipeId,
                                                   const PriceBook& prices, QStringList* problems = nullptr);
    /// Walks `portions` of `recipeId` down its sub-recipes (yields applied, a
    /// cycle walked once): `use(key, quantity)` for each product line, in the
    /// product's unit; `flag(key, problem)` for a line whose unit does not
    /// convert: a product line flags its product; a sub-recipe line that does
    /// not convert to the unit the sub-recipe is made in flags every product
    /// the sub-recipe uses (none counted: their quantity is unknown), or
    /// once with an empty key when it uses none. The walk usagePerPortion()
    /// and the suggested orders share.
    static void expandUsage(const Book& recipes, qint64 recipeId, const Decimal& portions,
                            const PriceBook& prices,
                            const std::function<void(const QString& key, const Decimal& quantity)>& use,
                            const std::function<void(const QString& key, const UnitProblem& problem)>& flag);
    /// Every product key `recipeId` uses, its sub-recipes' included.
    static QStringList productKeys(const Book& recipes, qint64 recipeId, const PriceBook& prices);
};

class RecipeStore
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::RecipeStore)

public:
    static RecipeCosting::Book recipes(QSqlDatabase& db);
    static std::optional<Recipe> recipe(QSqlDatabase& db, qint64 id);
    static std::optional<Recipe> recipeForMenuItem(QSqlDatabase& db, const QString& menuItemId);
    /// Validates (RecipeCosting::problem) and stores `recipe` (a new id when
    /// 0), then recomputes its cost and every recipe using it.
    static bool save(QSqlDatabase& db, Recipe& recipe, const QDate& day, const QDateTime& now,
                     QString* error);
    /// Refused while another recipe uses it.
    static bool remove(QSqlDatabase& db, qint64 id, QString* error);

    static QHash<QString, QList<UnitConversion>> conversions(QSqlDatabase& db);
    static bool setConversion(QSqlDatabase& db, const QString& supplierId, const QString& sku,
                              const UnitConversion& conversion, QString* error);
    /// The catalogues and conversions as recipes price them.
    static PriceBook priceBook(QSqlDatabase& db);

    /// Recomputes and stores the cost of every recipe; returns how many.
    static int recomputeAll(QSqlDatabase& db, const QDate& day, const QDateTime& now, QString* error);
    /// Recomputes and stores the cost of every recipe affected by a change
    /// of (supplierId, sku)'s price (or of a product with its GTIN);
    /// `updated` (may be null) receives their ids.
    static bool recomputeForProduct(QSqlDatabase& db, const QString& supplierId, const QString& sku,
                                    const QDate& day, const QDateTime& now, QList<qint64>* updated,
                                    QString* error);
    /// The same for several products at once (a catalogue page's price
    /// changes: (supplierId, sku) pairs); nothing to do when none is used.
    static bool recomputeForProducts(QSqlDatabase& db, const QList<std::pair<QString, QString>>& products,
                                     const QDate& day, const QDateTime& now, QList<qint64>* updated,
                                     QString* error);
    /// The stored cost (lines not kept: total, per portion, problems).
    static std::optional<RecipeCost> storedCost(QSqlDatabase& db, qint64 recipeId);

private:
    static bool storeCosts(QSqlDatabase& db, const RecipeCosting::Book& book, const QSet<qint64>& ids,
                           const PriceBook& prices, const QDate& day, const QDateTime& now, QString* error);
};

} // namespace Moulin
