// Recipes (fiches techniques): unit conversions, yield, the cheapest supplier
// of a GTIN, sub-recipes, cycles refused, an unconvertible unit flagged (not
// guessed), margins, and a cost change reaching every recipe using the
// product, through sub-recipes — exact decimals, hand-checked.

#include "purchasingfixtures.h"
#include "suppliers/core/demorecipes.h"
#include "suppliers/core/recipes.h"
#include "suppliers/core/units.h"

#include <QSqlQuery>
#include <QTest>

using namespace Moulin;
using Test::dec;

namespace {

const QString kMetro = QStringLiteral("metro-nanterre");

std::optional<Decimal> conv(const char* qty, const char* from, const char* to,
                            const QList<UnitConversion>& conversions = {}, QString* reason = nullptr)
{
    return Units::convert(dec(qty), QString::fromLatin1(from), QString::fromLatin1(to), conversions,
                          QStringLiteral("Produit"), reason);
}

Recipe saved(Recipe recipe)
{
    QSqlDatabase db = Database::connection();
    QString error;
    const bool ok = Database::transaction(
        db,
        [&](QString* e) {
            return RecipeStore::save(db, recipe, Test::purchasingDay(), Test::purchasingNow(), e);
        },
        &error);
    if (!ok)
        Test::fail(error);
    return recipe;
}

QString refused(Recipe recipe)
{
    QSqlDatabase db = Database::connection();
    QString error;
    if (Database::transaction(
            db,
            [&](QString* e) {
                return RecipeStore::save(db, recipe, Test::purchasingDay(), Test::purchasingNow(), e);
            },
            &error))
        Test::fail(QStringLiteral("saved, should have been refused"));
    return error;
}

RecipeCost costOf(qint64 id)
{
    QSqlDatabase db = Database::connection();
    return RecipeCosting::cost(RecipeStore::recipes(db), id, RecipeStore::priceBook(db),
                               Test::purchasingDay());
}

} // namespace

class TestRecipes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        const Test::FreshDatabase fresh = Test::openFreshDatabase(
            QStringLiteral("recipes-%1").arg(QLatin1String(QTest::currentTestFunction())));
        QVERIFY(fresh.opened.ok());
        QVERIFY(Test::storeCatalogues(true));
    }

    void conversions()
    {
        QCOMPARE(conv("250", "GRM", "KGM"), dec("0.25"));
        QCOMPARE(conv("1.5", "KGM", "GRM"), dec("1500"));
        QCOMPARE(conv("15", "CLT", "LTR"), dec("0.15"));
        QCOMPARE(conv("2", "LTR", "MLT"), dec("2000"));
        QCOMPARE(conv("33", "CLT", "MLT"), dec("330"));
        QCOMPARE(conv("3", "C62", "C62"), dec("3"));
        // 1 pièce = 0.18 kg, both ways, and through grams.
        const QList<UnitConversion> piece{{QStringLiteral("C62"), dec("0.18"), QStringLiteral("KGM")}};
        QCOMPARE(conv("5", "C62", "KGM", piece), dec("0.9"));
        QCOMPARE(conv("5", "C62", "GRM", piece), dec("900"));
        QCOMPARE(conv("0.9", "KGM", "C62", piece), dec("5"));
        QCOMPARE(conv("360", "GRM", "C62", piece), dec("2"));
        // A bottle is 75 cL: a 15 cL glass is a fifth of one.
        const QList<UnitConversion> bottle{{QStringLiteral("XBO"), dec("75"), QStringLiteral("CLT")}};
        QCOMPARE(conv("15", "CLT", "XBO", bottle), dec("0.2"));
        QCOMPARE(conv("2", "XBO", "LTR", bottle), dec("1.5"));
        // Mass to volume, or pieces without a conversion: flagged, with the reason.
        QString reason;
        QVERIFY(!conv("200", "GRM", "LTR", {}, &reason));
        QVERIFY(reason.contains(QStringLiteral("Produit")));
        reason.clear();
        QVERIFY(!conv("2", "C62", "KGM", bottle, &reason));
        QVERIFY(!reason.isEmpty());
        // A bad conversion is refused.
        QVERIFY(!Units::problem({QStringLiteral("C62"), dec("0"), QStringLiteral("KGM")}).isEmpty());
        QVERIFY(!Units::problem({QStringLiteral("KGM"), dec("1"), QStringLiteral("KGM")}).isEmpty());
        QVERIFY(Units::problem(piece.first()).isEmpty());
        QCOMPARE(Units::codeFor(QStringLiteral("cl")), QStringLiteral("CLT"));
        QCOMPARE(Units::codeFor(QStringLiteral("pièce")), QStringLiteral("C62"));
        QCOMPARE(Units::codeFor(QStringLiteral("kg")), QStringLiteral("KGM"));
        QVERIFY(Units::codeFor(QStringLiteral("brouette")).isEmpty());
    }

    void yieldAndCheapestSupplier()
    {
        // 200 g of peeled potatoes at 80 %: 250 g bought, at Pomona's
        // 0.79 €/kg (same GTIN as METRO's 0.89): 0.1975 €. Carrots 100 g
        // at 1.15 €/kg: 0.115 €. Two portions.
        Recipe r;
        r.menuItemId = QStringLiteral("PLA-JOUR");
        r.name = QStringLiteral("Plat du jour");
        r.portions = dec("2");
        r.lines = {Test::productLine("108245", "200", "GRM", "80"),
                   Test::productLine("108311", "100", "GRM")};
        r = saved(r);
        const RecipeCost cost = costOf(r.id);
        QVERIFY2(cost.isComplete(), qPrintable(cost.problems.join(u'\n')));
        QCOMPARE(cost.lines.at(0).grossQuantity, dec("250"));
        QCOMPARE(cost.lines.at(0).boughtQuantity, dec("0.25"));
        QCOMPARE(cost.lines.at(0).costedSupplierId, QStringLiteral("pomona-rungis"));
        QCOMPARE(cost.lines.at(0).cost, dec("0.1975"));
        QCOMPARE(cost.lines.at(1).cost, dec("0.115"));
        QCOMPARE(cost.total, dec("0.3125"));
        QCOMPARE(cost.perPortion, dec("0.15625"));
        // Stored at save.
        QSqlDatabase db = Database::connection();
        const auto stored = RecipeStore::storedCost(db, r.id);
        QVERIFY(stored);
        QCOMPARE(stored->perPortion, dec("0.15625"));
        // A second recipe for the same dish is refused.
        Recipe twin = r;
        twin.id = 0;
        QVERIFY(!refused(twin).isEmpty());
    }

    void subRecipeAndMargin()
    {
        // Beurre blanc makes 0.5 L: 4 butter pieces (2.05 each) + 0.2 L of
        // cream (4.35 €/L) = 8.20 + 0.87 = 9.07 €, 18.14 €/L.
        Recipe sauce;
        sauce.name = QStringLiteral("Beurre blanc");
        sauce.portions = dec("0.5");
        sauce.outputUnit = QStringLiteral("LTR");
        sauce.lines = {Test::productLine("330458", "4", "C62"), Test::productLine("330112", "20", "CLT")};
        sauce = saved(sauce);
        QCOMPARE(costOf(sauce.id).perPortion, dec("18.14"));
        // The dish: 5 cL of sauce (0.907) + 180 g of chicken at 11.90 €/kg (2.142).
        Recipe dish;
        dish.menuItemId = QStringLiteral("PLA-BAR");
        dish.name = QStringLiteral("Filet de bar, beurre blanc");
        dish.lines = {Test::subLine(sauce.id, "5", "CLT"), Test::productLine("220417", "180", "GRM")};
        dish = saved(dish);
        const RecipeCost cost = costOf(dish.id);
        QVERIFY(cost.isComplete());
        QCOMPARE(cost.lines.at(0).cost, dec("0.907"));
        QCOMPARE(cost.perPortion, dec("3.049"));
        // 24.00 € incl. 10 % VAT: 21.82 € excl.; margin 18.771 €; food cost 13.97 %.
        MenuItemInfo item{QStringLiteral("PLA-BAR"), dish.name, 2400, 1000, QStringLiteral("Plats"), true};
        const DishMargin m = RecipeCosting::margin(item, cost.perPortion);
        QCOMPARE(m.priceExclVat, dec("21.82"));
        QCOMPARE(m.margin, dec("18.771"));
        QCOMPARE(m.foodCostPercent, dec("13.97"));
        // A sub-recipe in a unit it is not made in: flagged.
        Recipe wrong = dish;
        wrong.lines = {Test::subLine(sauce.id, "50", "GRM")};
        wrong = saved(wrong);
        QVERIFY(!costOf(wrong.id).isComplete());
    }

    void cycleRefused()
    {
        Recipe a;
        a.name = QStringLiteral("Fond brun");
        a.outputUnit = QStringLiteral("LTR");
        a.lines = {Test::productLine("108311", "1", "KGM")};
        a = saved(a);
        Recipe b;
        b.name = QStringLiteral("Sauce bordelaise");
        b.outputUnit = QStringLiteral("LTR");
        b.lines = {Test::subLine(a.id, "0.5", "LTR")};
        b = saved(b);
        // a using b (which uses a): refused, a unchanged.
        Recipe loop = a;
        loop.lines.append(Test::subLine(b.id, "10", "CLT"));
        QVERIFY(refused(loop).contains(QStringLiteral("Fond brun")));
        QSqlDatabase db = Database::connection();
        QCOMPARE(RecipeStore::recipe(db, a.id)->lines.size(), 1);
        // Itself: refused.
        Recipe self = a;
        self.lines = {Test::subLine(a.id, "1", "LTR")};
        QVERIFY(!refused(self).isEmpty());
        // A sub-recipe in use cannot be removed.
        QString error;
        QVERIFY(!RecipeStore::remove(db, a.id, &error));
        QVERIFY(error.contains(QStringLiteral("Sauce bordelaise")));
    }

    void unconvertibleUnitFlagged()
    {
        // Butter is priced per piece (250 g pack); 30 g cannot be priced
        // until the manager says what a piece weighs.
        Recipe r;
        r.menuItemId = QStringLiteral("DES-TATIN");
        r.name = QStringLiteral("Tarte Tatin");
        r.portions = dec("8");
        r.lines = {Test::productLine("330458", "30", "GRM"), Test::productLine("441005", "250", "GRM")};
        r = saved(r);
        RecipeCost cost = costOf(r.id);
        QCOMPARE(cost.problems.size(), 1);
        QVERIFY(cost.problems.first().contains(QStringLiteral("Beurre doux")));
        QCOMPARE(cost.lines.at(0).cost, Decimal());
        QVERIFY(!cost.lines.at(0).boughtQuantity);
        QCOMPARE(cost.total, dec("0.18")); // the flour only: 0.25 kg × 0.72
        QSqlDatabase db = Database::connection();
        QVERIFY(!RecipeStore::storedCost(db, r.id)->isComplete());
        // 1 piece = 0.25 kg: 30 g is 0.12 piece, 0.246 €.
        QString error;
        QVERIFY(RecipeStore::setConversion(db, kMetro, QStringLiteral("330458"),
                                           {QStringLiteral("C62"), dec("0.25"), QStringLiteral("KGM")},
                                           &error));
        cost = costOf(r.id);
        QVERIFY(cost.isComplete());
        QCOMPARE(cost.lines.at(0).boughtQuantity, dec("0.12"));
        QCOMPARE(cost.total, dec("0.426"));
        // A bad quantity or yield is refused on save.
        Recipe bad = r;
        bad.lines[0].yieldPercent = dec("120");
        QVERIFY(!refused(bad).isEmpty());
        bad.lines[0].yieldPercent = dec("100");
        bad.lines[0].quantity = dec("-1");
        QVERIFY(!refused(bad).isEmpty());
    }

    void costChangePropagates()
    {
        Recipe sauce;
        sauce.name = QStringLiteral("Beurre blanc");
        sauce.portions = dec("0.5");
        sauce.outputUnit = QStringLiteral("LTR");
        sauce.lines = {Test::productLine("330458", "4", "C62"), Test::productLine("330112", "20", "CLT")};
        sauce = saved(sauce);
        Recipe dish;
        dish.menuItemId = QStringLiteral("PLA-BAR");
        dish.name = QStringLiteral("Filet de bar, beurre blanc");
        dish.lines = {Test::subLine(sauce.id, "5", "CLT")};
        dish = saved(dish);
        Recipe other;
        other.menuItemId = QStringLiteral("PLA-JOUR");
        other.name = QStringLiteral("Plat du jour");
        other.lines = {Test::productLine("108311", "100", "GRM")};
        other = saved(other);
        QSqlDatabase db = Database::connection();
        QCOMPARE(RecipeStore::storedCost(db, dish.id)->perPortion, dec("0.907"));
        // Cream 4.35 → 5.35 €/L: the sauce is 9.27 € (18.54 €/L), the dish 0.927 €.
        Product cream = SupplierStore::product(db, kMetro, QStringLiteral("330112"))->product;
        cream.unitPrice = dec("5.35");
        QVERIFY(Test::storeProduct(cream));
        QList<qint64> updated;
        QString error;
        QVERIFY(RecipeStore::recomputeForProduct(db, kMetro, QStringLiteral("330112"), Test::purchasingDay(),
                                                 Test::purchasingNow(), &updated, &error));
        QCOMPARE(updated, (QList<qint64>{sauce.id, dish.id}));
        QCOMPARE(RecipeStore::storedCost(db, sauce.id)->perPortion, dec("18.54"));
        QCOMPARE(RecipeStore::storedCost(db, dish.id)->perPortion, dec("0.927"));
        QCOMPARE(RecipeStore::storedCost(db, other.id)->perPortion, dec("0.115"));
        // The potatoes' GTIN twin at Pomona changing reaches a METRO-linked line.
        Recipe fries;
        fries.menuItemId = QStringLiteral("PLA-ENTRECOTE");
        fries.name = QStringLiteral("Frites");
        fries.lines = {Test::productLine("108245", "300", "GRM")};
        fries = saved(fries);
        QCOMPARE(RecipeStore::storedCost(db, fries.id)->perPortion, dec("0.237"));
        Product pomona =
            SupplierStore::product(db, QStringLiteral("pomona-rungis"), QStringLiteral("PT-AGATA"))->product;
        pomona.unitPrice = dec("0.69");
        QVERIFY(Test::storeProduct(pomona));
        QVERIFY(RecipeStore::recomputeForProduct(db, pomona.supplierId, pomona.sku, Test::purchasingDay(),
                                                 Test::purchasingNow(), &updated, &error));
        QCOMPARE(updated, (QList<qint64>{fries.id}));
        QCOMPARE(RecipeStore::storedCost(db, fries.id)->perPortion, dec("0.207"));
    }

    void demoRecipes()
    {
        // Sandbox-like names: the cheapest whose name starts with the
        // ingredient's; a 250 g butter converts to kilos.
        Product cheek = Test::product("SB-JOUE", "", "Joue de bœuf, Label Rouge, Limousin", "KGM", "2", "XBX",
                                      "11.90", VatRate::Reduced55);
        Product butter = Test::product("SB-BEURRE", "", "Beurre doux 250 g, AOP", "C62", "20", "XCT", "1.85",
                                       VatRate::Reduced55);
        QVERIFY(Test::storeProduct(cheek));
        QVERIFY(Test::storeProduct(butter));
        QSqlDatabase db = Database::connection();
        QString error;
        const int stored = DemoRecipes::seed(db, Test::purchasingDay(), Test::purchasingNow(), &error);
        QVERIFY2(stored > 0, qPrintable(error));
        const std::optional<Recipe> bourguignon =
            RecipeStore::recipeForMenuItem(db, QStringLiteral("PLA-BOURGUIGNON"));
        QVERIFY(bourguignon);
        QCOMPARE(bourguignon->lines.first().sku, QStringLiteral("SB-JOUE"));
        // 250 g of cheek at 11.90 €/kg (2.975) + carrots 80 g at 85 % (METRO, 1.15 €/kg: 0.108235…).
        const RecipeCost cost = costOf(bourguignon->id);
        QVERIFY2(cost.isComplete(), qPrintable(cost.problems.join(u'\n')));
        QCOMPARE(cost.lines.first().cost, dec("2.975"));
        // Butter in grams costs through the conversion (10 g of a 250 g piece at 1.85).
        const std::optional<Recipe> soup = RecipeStore::recipeForMenuItem(db, QStringLiteral("ENT-OIGNON"));
        QVERIFY(soup);
        QVERIFY(costOf(soup->id).isComplete());
        QCOMPARE(costOf(soup->id).lines.last().cost, dec("0.074"));
        // Again: nothing changes.
        QCOMPARE(DemoRecipes::seed(db, Test::purchasingDay(), Test::purchasingNow(), &error), 0);
    }
};

QTEST_GUILESS_MAIN(TestRecipes)
#include "tst_recipes.moc"
