#include "suppliers/core/demorecipes.h"

#include "common/core/database.h"
#include "suppliers/core/recipes.h"

#include <QSqlQuery>

namespace Moulin::DemoRecipes {

namespace {

struct Ingredient
{
    const char* name; ///< the catalogue name's start
    const char* quantity;
    const char* unit;
    const char* yield;
};

struct Dish
{
    const char* menuItemId;
    const char* name;
    const char* portions;
    QList<Ingredient> lines;
};

QList<Dish> dishes()
{
    return {
        {"PLA-BOURGUIGNON",
         "Bœuf bourguignon",
         "1",
         {{"Joue de bœuf", "250", "GRM", "100"},
          {"Carottes", "80", "GRM", "85"},
          {"Oignons jaunes", "40", "GRM", "90"},
          {"Lardons fumés", "30", "GRM", "100"},
          {"Côtes du Rhône rouge 75 cl", "10", "CLT", "100"},
          {"Fond de veau déshydraté", "10", "GRM", "100"}}},
        {"PLA-ENTRECOTE",
         "Entrecôte grillée, frites maison",
         "1",
         {{"Entrecôte de bœuf", "300", "GRM", "100"},
          {"Pommes de terre Agata", "250", "GRM", "80"},
          {"Huile de tournesol", "5", "CLT", "100"}}},
        {"PLA-CONFIT",
         "Confit de canard, pommes sarladaises",
         "1",
         {{"Magret de canard", "220", "GRM", "100"},
          {"Pommes de terre Charlotte", "200", "GRM", "85"},
          {"Ail violet", "5", "GRM", "80"},
          {"Persil plat", "0.1", "C62", "100"}}},
        {"PLA-BAR",
         "Filet de bar, beurre blanc",
         "1",
         {{"Bar de ligne", "180", "GRM", "55"},
          {"Beurre doux 250 g", "30", "GRM", "100"},
          {"Échalotes", "20", "GRM", "85"},
          {"Crème liquide 35 %", "2", "CLT", "100"},
          {"Haricots verts extra-fins", "120", "GRM", "95"}}},
        {"ENT-OIGNON",
         "Soupe à l'oignon gratinée",
         "1",
         {{"Oignons jaunes", "150", "GRM", "90"},
          {"Comté 18 mois", "30", "GRM", "100"},
          {"Fond de veau déshydraté", "8", "GRM", "100"},
          {"Beurre doux 250 g", "10", "GRM", "100"}}},
        {"DES-CREME",
         "Crème brûlée",
         "6",
         {{"Crème liquide 35 %", "50", "CLT", "100"},
          {"Œufs frais calibre M", "6", "C62", "100"},
          {"Sucre en poudre", "100", "GRM", "100"}}},
        {"DES-TATIN",
         "Tarte Tatin, crème fraîche",
         "8",
         {{"Pommes Golden", "1.5", "KGM", "75"},
          {"Beurre doux 250 g", "120", "GRM", "100"},
          {"Sucre en poudre", "150", "GRM", "100"},
          {"Farine de blé T55", "200", "GRM", "100"},
          {"Crème fraîche épaisse", "20", "CLT", "100"}}},
        {"DES-MOUSSE",
         "Mousse au chocolat",
         "6",
         {{"Chocolat de couverture 64 %", "200", "GRM", "100"},
          {"Œufs frais calibre M", "6", "C62", "100"},
          {"Sucre en poudre", "30", "GRM", "100"}}},
    };
}

Decimal dec(const char* text)
{
    return Decimal::parse(QString::fromLatin1(text)).value_or(Decimal());
}

} // namespace

int seed(QSqlDatabase& db, const QDate& day, const QDateTime& now, QString* error)
{
    QSqlQuery q(db);
    if (!Database::run(q, QStringLiteral("SELECT count(*) FROM purchasing_recipe"), {}, "demo recipes") ||
        !q.next()) {
        if (error)
            *error = QStringLiteral("cannot read the recipes");
        return -1;
    }
    const bool seeded = q.value(0).toLongLong() > 0;
    // Done with the count: a statement left open keeps its read snapshot, and
    // the first write below would then fail at once (SQLITE_BUSY_SNAPSHOT)
    // if a sync committed meanwhile.
    q.finish();
    if (seeded)
        return 0;
    const QList<CatalogueItem> catalogue = SupplierStore::catalogue(db);
    // The cheapest product whose name starts with `name` (folded).
    const auto find = [&](const char* name) -> const Product* {
        const QString folded = SupplierStore::foldForSearch(QString::fromUtf8(name));
        const Product* best = nullptr;
        for (const CatalogueItem& item : catalogue) {
            if (!SupplierStore::foldForSearch(item.product.name).startsWith(folded))
                continue;
            if (!best || item.product.unitPrice < best->unitPrice)
                best = &item.product;
        }
        return best;
    };
    // What the recipes need to convert: a butter of 250 g, a bottle of 75 cL.
    for (const CatalogueItem& item : catalogue) {
        const QString folded = SupplierStore::foldForSearch(item.product.name);
        std::optional<UnitConversion> conversion;
        if (item.product.unitCode == QLatin1String("C62") && folded.contains(QLatin1String("250 g")))
            conversion = UnitConversion{QStringLiteral("C62"), dec("0.25"), QStringLiteral("KGM")};
        else if (item.product.unitCode == QLatin1String("C62") && folded.contains(QLatin1String("75 cl")))
            conversion = UnitConversion{QStringLiteral("C62"), dec("75"), QStringLiteral("CLT")};
        if (conversion &&
            !RecipeStore::setConversion(db, item.product.supplierId, item.product.sku, *conversion, error))
            return -1;
    }
    int stored = 0;
    for (const Dish& dish : dishes()) {
        Recipe recipe;
        recipe.menuItemId = QString::fromLatin1(dish.menuItemId);
        recipe.name = QString::fromUtf8(dish.name);
        recipe.portions = dec(dish.portions);
        for (const Ingredient& ingredient : dish.lines) {
            const Product* p = find(ingredient.name);
            if (!p)
                continue;
            RecipeLine line;
            line.supplierId = p->supplierId;
            line.sku = p->sku;
            line.quantity = dec(ingredient.quantity);
            line.unit = QString::fromLatin1(ingredient.unit);
            line.yieldPercent = dec(ingredient.yield);
            recipe.lines.append(line);
        }
        if (recipe.lines.isEmpty())
            continue;
        if (!RecipeStore::save(db, recipe, day, now, error))
            return -1;
        ++stored;
    }
    return stored;
}

} // namespace Moulin::DemoRecipes
