// Stock: counts by storage area, deliveries from receiving (packs counted in
// the product's unit), the theoretical consumption from the till's sales ×
// the recipes (a stubbed MenuSalesSource), waste, the theoretical stock and
// its variance with the count (hand-checked, exact); a negative or absurd
// count waits for confirmation.

#include "purchasingfixtures.h"
#include "receivingfixtures.h"
#include "suppliers/core/demorecipes.h"
#include "suppliers/core/demostock.h"
#include "suppliers/core/receiving.h"
#include "suppliers/core/stock.h"
#include "suppliers/core/suggestedorders.h"

#include <QTest>

using namespace Moulin;
using Test::dec;

namespace {

const QString kMetro = QStringLiteral("metro-nanterre");
const QString kPotatoes = QStringLiteral("108245");
const QString kChicken = QStringLiteral("220417");

class StubSales final : public MenuSalesSource
{
public:
    QList<MenuItemSold> rows;
    QList<MenuItemInfo> menuItems() const override { return {}; }
    QList<MenuItemSold> sold(const QDate& from, const QDate& to) const override
    {
        QList<MenuItemSold> out;
        for (const MenuItemSold& r : rows) {
            if (r.day >= from && r.day <= to)
                out.append(r);
        }
        return out;
    }
};

bool count(const QDate& day, const QString& area, const QString& sku, const char* quantity,
           bool confirmed = false, QString* warning = nullptr)
{
    QSqlDatabase db = Database::connection();
    QString error;
    const bool ok = Stock::saveCount(db, {day, area, kMetro, sku, dec(quantity)}, confirmed,
                                     Test::purchasingNow(), warning, &error);
    if (!error.isEmpty())
        Test::fail(error);
    return ok;
}

const StockLine* lineOf(const QList<StockLine>& lines, const QString& sku)
{
    for (const StockLine& l : lines) {
        if (l.sku == sku)
            return &l;
    }
    return nullptr;
}

} // namespace

class TestStock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(Test::openWithMetroOrder(
            QStringLiteral("stock-%1").arg(QLatin1String(QTest::currentTestFunction()))));
        QVERIFY(Test::storeCatalogues(false));
    }

    void varianceHandChecked()
    {
        QSqlDatabase db = Database::connection();
        QString error;
        // Plat du jour: 150 g of chicken, 200 g of potatoes peeled at 80 %.
        Recipe dish;
        dish.menuItemId = QStringLiteral("PLA-JOUR");
        dish.name = QStringLiteral("Plat du jour");
        dish.lines = {Test::productLine("220417", "150", "GRM"),
                      Test::productLine("108245", "200", "GRM", "80")};
        QVERIFY2(RecipeStore::save(db, dish, Test::purchasingDay(), Test::purchasingNow(), &error),
                 qPrintable(error));

        // Tuesday's inventory.
        const QDate tuesday(2026, 12, 8);
        QVERIFY(count(tuesday, QStringLiteral("Chambre froide"), kChicken, "2"));
        QVERIFY(count(tuesday, QStringLiteral("Réserve sèche"), kPotatoes, "4"));
        QVERIFY(count(tuesday, QStringLiteral("Cave"), kPotatoes, "1")); // two areas: 5 kg
        // Wednesday's delivery: 3 bags of 10 kg of potatoes, 4.5 kg of chicken.
        const std::optional<Receipt> receipt =
            Receiving::draft(db, kMetro, Test::metroOrder().id, {}, QDate(2026, 12, 9), &error);
        QVERIFY2(receipt, qPrintable(error));
        ReceiptOutcome outcome;
        QVERIFY2(Receiving::save(db, *receipt, Test::purchasingNow(), &outcome, &error), qPrintable(error));
        // Sales: 10 plats du jour on Wednesday, 4 on Thursday, one outside the period.
        auto sales = std::make_shared<StubSales>();
        sales->rows = {{tuesday, QStringLiteral("PLA-JOUR"), 7000},
                       {QDate(2026, 12, 9), QStringLiteral("PLA-JOUR"), 10000},
                       {QDate(2026, 12, 10), QStringLiteral("PLA-JOUR"), 4000},
                       {QDate(2026, 12, 10), QStringLiteral("BSA-EAU"), 12000}};
        // Thursday: 0.5 kg of chicken out of date.
        const QDate thursday(2026, 12, 10);
        QVERIFY(Stock::addWaste(db, {thursday, kMetro, kChicken, dec("0.5"), QStringLiteral("périmé")},
                                Test::purchasingNow(), &error));
        QVERIFY(
            !Stock::addWaste(db, {thursday, kMetro, kChicken, dec("-1"), {}}, Test::purchasingNow(), &error));
        QVERIFY(!error.isEmpty());
        // Thursday's inventory.
        QVERIFY(count(thursday, QStringLiteral("Chambre froide"), kChicken, "3.2"));
        QVERIFY(count(thursday, QStringLiteral("Réserve sèche"), kPotatoes, "28"));

        QStringList problems;
        const QList<StockLine> lines = Stock::stockOn(db, thursday, sales.get(), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        const StockLine* chicken = lineOf(lines, kChicken);
        QVERIFY(chicken);
        // 2 + 4.5 − 14 × 0.15 − 0.5 = 3.9; counted 3.2: −0.7 kg, −8.33 € at 11.90 €/kg.
        QCOMPARE(chicken->openingDay, tuesday);
        QCOMPARE(chicken->opening, dec("2"));
        QCOMPARE(chicken->delivered, dec("4.5"));
        QCOMPARE(chicken->consumed, dec("2.1"));
        QCOMPARE(chicken->wasted, dec("0.5"));
        QCOMPARE(chicken->theoretical, dec("3.9"));
        QCOMPARE(chicken->counted, dec("3.2"));
        QCOMPARE(chicken->variance, dec("-0.7"));
        QCOMPARE(chicken->varianceValue, dec("-8.33"));
        // 5 + 30 − 14 × 0.25 = 31.5; counted 28: −3.5 kg, −3.12 € at 0.89 €/kg.
        const StockLine* potatoes = lineOf(lines, kPotatoes);
        QVERIFY(potatoes);
        QCOMPARE(potatoes->opening, dec("5"));
        QCOMPARE(potatoes->delivered, dec("30"));
        QCOMPARE(potatoes->consumed, dec("3.5"));
        QCOMPARE(potatoes->theoretical, dec("31.5"));
        QCOMPARE(potatoes->variance, dec("-3.5"));
        QCOMPARE(potatoes->varianceValue, dec("-3.12"));
        QCOMPARE(lines.size(), 2);

        // The day after: not counted, theoretical from Thursday's count.
        const QList<StockLine> friday = Stock::stockOn(db, QDate(2026, 12, 11), sales.get());
        QCOMPARE(lineOf(friday, kChicken)->theoretical, dec("3.2"));
        QVERIFY(!lineOf(friday, kChicken)->counted);
        QVERIFY(!lineOf(friday, kChicken)->variance);
        // The first inventory has nothing to start from.
        const QList<StockLine> first = Stock::stockOn(db, tuesday, sales.get());
        QVERIFY(!lineOf(first, kChicken)->theoretical);
        QCOMPARE(lineOf(first, kChicken)->counted, dec("2"));
        // Counting again the same area and day replaces the count.
        QVERIFY(count(thursday, QStringLiteral("Chambre froide"), kChicken, "3.9"));
        QCOMPARE(lineOf(Stock::stockOn(db, thursday, sales.get()), kChicken)->variance, dec("0"));
        QCOMPARE(Stock::counts(db, thursday).size(), 2);
        QCOMPARE(Stock::counts(db, tuesday, QStringLiteral("Cave")).size(), 1);
    }

    void unconvertibleDeliveryAndConsumptionListed()
    {
        QSqlDatabase db = Database::connection();
        QString error;
        Recipe dish;
        dish.menuItemId = QStringLiteral("DES-TATIN");
        dish.name = QStringLiteral("Tarte Tatin");
        dish.lines = {Test::productLine("330458", "30", "GRM")}; // butter priced per piece
        QVERIFY(RecipeStore::save(db, dish, Test::purchasingDay(), Test::purchasingNow(), &error));
        StubSales sales;
        sales.rows = {{QDate(2026, 12, 9), QStringLiteral("DES-TATIN"), 2000}};
        QStringList problems;
        const auto consumed =
            Stock::consumption(RecipeStore::recipes(db), RecipeStore::priceBook(db), sales.rows, &problems);
        QCOMPARE(problems.size(), 1);
        QVERIFY(consumed.value(QDate(2026, 12, 9)).isEmpty());
        // With 1 piece = 0.25 kg: 2 × 30 g = 0.24 piece.
        QVERIFY(RecipeStore::setConversion(db, kMetro, QStringLiteral("330458"),
                                           {QStringLiteral("C62"), dec("0.25"), QStringLiteral("KGM")},
                                           &error));
        problems.clear();
        const auto again =
            Stock::consumption(RecipeStore::recipes(db), RecipeStore::priceBook(db), sales.rows, &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(again.value(QDate(2026, 12, 9)).value(PriceBook::key(kMetro, QStringLiteral("330458"))),
                 dec("0.24"));
    }

    void negativeOrAbsurdCountAsksConfirmation()
    {
        QSqlDatabase db = Database::connection();
        const QString area = QStringLiteral("Réserve sèche");
        QString warning;
        // Nothing to compare with: a big first count is fine.
        QVERIFY(count(QDate(2026, 12, 1), area, kPotatoes, "20", false, &warning));
        QVERIFY(warning.isEmpty());
        QVERIFY(count(QDate(2026, 12, 3), area, kPotatoes, "30", false, &warning));
        // Negative: not stored until confirmed.
        QVERIFY(!count(QDate(2026, 12, 5), area, kPotatoes, "-2", false, &warning));
        QVERIFY(!warning.isEmpty());
        QVERIFY(Stock::counts(db, QDate(2026, 12, 5)).isEmpty());
        // More than 100 × the usual 25 kg (a typo: 2800 for 28.00).
        warning.clear();
        QVERIFY(!count(QDate(2026, 12, 5), area, kPotatoes, "2800", false, &warning));
        QVERIFY(warning.contains(QStringLiteral("100")));
        QVERIFY(Stock::counts(db, QDate(2026, 12, 5)).isEmpty());
        warning.clear();
        QVERIFY(count(QDate(2026, 12, 5), area, kPotatoes, "2400", false, &warning)); // under 2500
        QVERIFY(warning.isEmpty());
        // Confirmed: stored as typed.
        QVERIFY(count(QDate(2026, 12, 6), area, kPotatoes, "-2", true, &warning));
        QCOMPARE(Stock::counts(db, QDate(2026, 12, 6)).value(0).quantity, dec("-2"));
        // A count without an area is refused with a reason.
        QString error;
        QVERIFY(!Stock::saveCount(db, {QDate(2026, 12, 6), QString(), kMetro, kPotatoes, dec("1")}, true,
                                  Test::purchasingNow(), &warning, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(Stock::areas(db).contains(area));
    }

    void demoInventory()
    {
        // The demo's recipes over sandbox-like names, then its inventory: counted three days ago by
        // storage area, about five days of use, whole pieces, a safety stock on the main products.
        QVERIFY(Test::storeProduct(Test::product("SB-JOUE", "", "Joue de bœuf, Label Rouge, Limousin", "KGM",
                                                 "2", "XBX", "11.90", VatRate::Reduced55)));
        QVERIFY(Test::storeProduct(Test::product("SB-CDR", "", "Côtes du Rhône rouge 75 cl, AOP", "C62", "6",
                                                 "XCT", "5.40", VatRate::Standard20)));
        QSqlDatabase db = Database::connection();
        QString error;
        const QDate today = Test::purchasingDay();
        QVERIFY2(DemoRecipes::seed(db, today, Test::purchasingNow(), &error) > 0, qPrintable(error));
        const int stored = DemoStock::seed(db, today, Test::purchasingNow(), &error);
        QVERIFY2(stored > 5, qPrintable(error));
        const QDate counted = today.addDays(-DemoStock::kCountedDaysAgo);
        const QList<StockCount> counts = Stock::counts(db, counted);
        QCOMPARE(counts.size(), stored);
        QHash<QString, StockCount> bySku;
        for (const StockCount& c : counts) {
            QVERIFY2(c.quantity > Decimal(), qPrintable(c.sku));
            bySku.insert(c.sku, c);
        }
        const QStringList areas = Stock::defaultAreas();
        // Cheek: 250 g × 14 a day × 5 days = 17.5 kg, in the cold room.
        QCOMPARE(bySku.value(QStringLiteral("SB-JOUE")).quantity, dec("17.5"));
        QCOMPARE(bySku.value(QStringLiteral("SB-JOUE")).area, areas.at(0));
        // Wine: 10 cL × 14 × 5 = 7 L = 9.33 bottles of 75 cL → 10 bottles, in the cellar.
        QCOMPARE(bySku.value(QStringLiteral("SB-CDR")).quantity, dec("10"));
        QCOMPARE(bySku.value(QStringLiteral("SB-CDR")).area, areas.at(3));
        // Flour in the dry store.
        QCOMPARE(bySku.value(QStringLiteral("441005")).area, areas.at(2));
        QVERIFY(!ParStock::load(db).isEmpty());
        // Today's stock reads from that count (no sales known here: as counted).
        const QList<StockLine> lines = Stock::stockOn(db, today, nullptr);
        const StockLine* cheek = nullptr;
        for (const StockLine& l : lines)
            if (l.sku == QLatin1String("SB-JOUE"))
                cheek = &l;
        QVERIFY(cheek);
        QCOMPARE(cheek->openingDay, counted);
        QCOMPARE(cheek->theoretical, std::optional<Decimal>(dec("17.5")));
        // Again: nothing changes.
        QCOMPARE(DemoStock::seed(db, today, Test::purchasingNow(), &error), 0);
        QCOMPARE(Stock::counts(db, counted).size(), stored);
    }
};

QTEST_GUILESS_MAIN(TestStock)
#include "tst_stock.moc"
