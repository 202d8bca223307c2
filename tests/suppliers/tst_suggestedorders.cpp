// Suggested orders (suppliers/core/suggestedorders.h): the arithmetic on a
// case worked out by hand, pack rounding, what is on order taken off (only
// when it arrives by the delivery), the usual supplier (last ordered from,
// else the cheapest of the GTIN), a unit that does not convert flagged on
// its line; then load() on a database: orders sent and not received, the
// last order per product, the par stock (migration 0024).

#include "common/core/apppaths.h"
#include "common/core/database.h"
#include "purchasingfixtures.h"
#include "suppliers/core/suggestedorders.h"

#include <QSqlQuery>
#include <QTest>

using namespace Moulin;
using namespace Moulin::Test;

namespace {

QString key(const QString& supplierId, const char* sku)
{
    return PriceBook::key(supplierId, QString::fromLatin1(sku));
}

const QString kMetroId = QStringLiteral("metro-nanterre");
const QString kPomonaId = QStringLiteral("pomona-rungis");

Supplier pomona()
{
    Supplier s = metro();
    s.id = kPomonaId;
    s.profileId = QStringLiteral("pomona");
    s.name = QStringLiteral("Pomona TerreAzur");
    return s;
}

Product pomonaPotatoes()
{
    Product p = product("PT-AGATA", "3760012345014", "Pommes de terre Agata", "KGM", "25", "XBG", "0.79",
                        VatRate::Reduced55);
    p.supplierId = kPomonaId;
    return p;
}

/// Monday 7 December 2026, 10:00. METRO (and Pomona) deliver Monday,
/// Wednesday and Friday, cut-off 14:00 the day before: Monday's is past,
/// the next slot is Wednesday 9 (D1), the one after Friday 11 (D2).
SuggestionInputs handCase()
{
    SuggestionInputs in;
    in.now = QDateTime(QDate(2026, 12, 7), QTime(10, 0));
    in.suppliers = {metro(), pomona()};
    QList<CatalogueItem> catalogue;
    for (const CatalogueLine& l : metroBasket())
        catalogue.append({l.product, QStringLiteral("Épicerie")});
    catalogue.append({pomonaPotatoes(), QStringLiteral("Légumes")});
    in.prices.setCatalogue(catalogue);

    Recipe entrecote;
    entrecote.id = 1;
    entrecote.menuItemId = QStringLiteral("PLA-ENTRECOTE");
    entrecote.name = QStringLiteral("Entrecôte frites");
    entrecote.lines = {productLine("221903", "300", "GRM"), productLine("108245", "250", "GRM", "80")};
    Recipe tatin;
    tatin.id = 2;
    tatin.menuItemId = QStringLiteral("DES-TATIN");
    tatin.name = QStringLiteral("Tarte Tatin");
    tatin.portions = Decimal::fromInt(8);
    tatin.lines = {productLine("441005", "200", "GRM"), // flour, kg
                   productLine("330458", "120", "GRM"), // butter counted in pieces: no conversion
                   productLine("330112", "20", "CLT")}; // crème fraîche, L
    in.recipes = {{1, entrecote}, {2, tatin}};

    // The last four weeks: 1,000 covers, 250 entrecôtes, 100 tatins.
    in.recentCovers = 1000;
    in.recentSales = {{QDate(2026, 11, 20), QStringLiteral("PLA-ENTRECOTE"), 150000},
                      {QDate(2026, 11, 27), QStringLiteral("PLA-ENTRECOTE"), 100000},
                      {QDate(2026, 11, 27), QStringLiteral("DES-TATIN"), 100000}};
    in.forecastCovers = {{QDate(2026, 12, 7), 40},
                         {QDate(2026, 12, 8), 50},
                         {QDate(2026, 12, 9), 60},
                         {QDate(2026, 12, 10), 80},
                         {QDate(2026, 12, 11), 100}};
    in.stock = {{key(kMetroId, "221903"), Decimal::fromInt(8)},
                {key(kMetroId, "441005"), Decimal::fromInt(30)}};
    in.onOrder = {{kMetroId, QStringLiteral("221903"), QDate(2026, 12, 9), Decimal::fromInt(2)},
                  {kMetroId, QStringLiteral("108245"), QDate(2026, 12, 11), Decimal::fromInt(10)}};
    in.par = {{key(kMetroId, "221903"), Decimal::fromInt(1)}};
    // The potatoes were last ordered from METRO (Pomona is cheaper).
    in.lastOrdered = {{key(kMetroId, "108245"), QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC)}};
    return in;
}

const SuggestedLine* lineOf(const SupplierSuggestion& s, const QString& sku)
{
    for (const SuggestedLine& l : s.lines) {
        if (l.product.sku == sku)
            return &l;
    }
    return nullptr;
}

} // namespace

class TestSuggestedOrders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::French, QLocale::France)); }

    void handCheckedArithmetic()
    {
        const SuggestedOrders result = SuggestedOrders::compute(handCase());
        QCOMPARE(result.missing, SuggestedOrders::Missing::Nothing);
        // Mix: 250 / 1000 = 0.25 entrecôte per cover, 100 / 1000 = 0.1 tatin.
        QCOMPARE(result.portionsPerCover.value(QStringLiteral("PLA-ENTRECOTE")), dec("0.25"));
        QCOMPARE(result.portionsPerCover.value(QStringLiteral("DES-TATIN")), dec("0.1"));
        const SupplierSuggestion* m = result.find(kMetroId);
        QVERIFY(m);
        QCOMPARE(m->delivery, QDate(2026, 12, 9));
        QCOMPARE(m->nextDelivery, QDate(2026, 12, 11));
        QCOMPARE(m->cutoff, QDateTime(QDate(2026, 12, 8), QTime(14, 0)));
        // Window Wed 9 + Thu 10 = 60 + 80 = 140 covers; before: Mon 7 + Tue 8 = 90.
        QCOMPARE(m->forecastCovers, 140.0);

        // Entrecôte: 300 g × 0.25 = 0.075 kg per cover.
        //   need = 0.075 × 140 = 10.5 kg; used before = 0.075 × 90 = 6.75 kg
        //   at delivery = 8 − 6.75 = 1.25 kg; on order (due Wed 9) 2 kg; par 1 kg
        //   10.5 − 1.25 − 2 + 1 = 8.25 kg, sold by the kg: 8.3 kg (loose weight
        //   is suggested to 0.1 kg, not to the gram).
        const SuggestedLine* beef = lineOf(*m, QStringLiteral("221903"));
        QVERIFY(beef);
        QCOMPARE(beef->portions, Decimal::fromInt(35)); // 0.25 × 140
        QCOMPARE(beef->need, dec("10.5"));
        QCOMPARE(beef->usedBefore, dec("6.75"));
        QCOMPARE(beef->stockNow, std::optional<Decimal>(Decimal::fromInt(8)));
        QCOMPARE(beef->stockAtDelivery, dec("1.25"));
        QCOMPARE(beef->onOrder, Decimal::fromInt(2));
        QCOMPARE(beef->par, Decimal::fromInt(1));
        QCOMPARE(beef->raw, dec("8.25"));
        QCOMPARE(beef->quantity.unit, OrderLine::Unit::Units);
        QCOMPARE(beef->quantity.quantity, dec("8.3"));
        QCOMPARE(beef->orderedUnits, dec("8.3"));
        QVERIFY(beef->quantity.isRounded());
        QVERIFY2(beef->quantity.note.contains(QStringLiteral("8,25 kg")) &&
                     beef->quantity.note.contains(QStringLiteral("8,3 kg")),
                 qPrintable(beef->quantity.note));
        QVERIFY(!beef->isFlagged());

        // Potatoes (METRO, last ordered there): 250 g ÷ 80 % = 0.3125 kg × 0.25
        //   = 0.078125 kg per cover; need = 0.078125 × 140 = 10.9375 kg; no
        //   count: 0 at delivery; the 10 kg due Fri 11 arrive after D1: not
        //   taken off. 10.9375 kg in bags of 10 kg → 2 bags (20 kg).
        const SuggestedLine* potatoes = lineOf(*m, QStringLiteral("108245"));
        QVERIFY(potatoes);
        QCOMPARE(potatoes->need, dec("10.9375"));
        QVERIFY(!potatoes->stockNow);
        QCOMPARE(potatoes->stockAtDelivery, Decimal());
        QCOMPARE(potatoes->onOrder, Decimal());
        QCOMPARE(potatoes->raw, dec("10.9375"));
        QCOMPARE(potatoes->quantity.unit, OrderLine::Unit::Packs);
        QCOMPARE(potatoes->quantity.quantity, Decimal::fromInt(2));
        QCOMPARE(potatoes->orderedUnits, Decimal::fromInt(20));
        QVERIFY(potatoes->quantity.isRounded());

        // Crème fraîche: 20 cL ÷ 8 = 0.025 L × 0.1 = 0.0025 L per cover;
        //   0.0025 × 140 = 0.35 L → 1 carton of 6 L.
        const SuggestedLine* cream = lineOf(*m, QStringLiteral("330112"));
        QVERIFY(cream);
        QCOMPARE(cream->need, dec("0.35"));
        QCOMPARE(cream->quantity.quantity, Decimal::fromInt(1));

        // Flour: 200 g ÷ 8 × 0.1 = 0.0025 kg per cover: need 0.35 kg, used
        //   before 0.225 kg, 30 kg counted → 29.775 kg at delivery: nothing.
        QVERIFY(!lineOf(*m, QStringLiteral("441005")));

        // Butter: counted in pieces, the recipe in grams, no conversion given:
        //   flagged on its line, nothing guessed.
        const SuggestedLine* butter = lineOf(*m, QStringLiteral("330458"));
        QVERIFY(butter);
        QVERIFY(butter->isFlagged());
        QCOMPARE(butter->need, Decimal());
        QCOMPARE(butter->quantity.quantity, Decimal());
        QVERIFY2(SuggestedOrders::explain(*butter, *m).contains(QStringLiteral("Beurre")),
                 qPrintable(SuggestedOrders::explain(*butter, *m)));
        QCOMPARE(m->lines.size(), 4);

        // Nothing for Pomona: its potatoes are not the usual ones.
        const SupplierSuggestion* p = result.find(kPomonaId);
        QVERIFY(p);
        QVERIFY(p->lines.isEmpty());

        // The sentence says the arithmetic (French numbers).
        const QString text = SuggestedOrders::explain(*beef, *m);
        for (const char* part : {"140 ", "35 ", "10,5 kg", "1,25 kg", "6,75 kg", "8 kg", "2 kg", "8,25 kg"})
            QVERIFY2(text.contains(QString::fromUtf8(part)), qPrintable(text + u" — " + QLatin1String(part)));
    }

    void subRecipeInAUnitItIsNotMadeInIsFlagged()
    {
        // A beurre blanc made in litres, used by the entrecôte "in pieces": nothing of it can be
        // counted, so its products' lines say why (never guessed) and point at the line to fix.
        SuggestionInputs in = handCase();
        Recipe sauce;
        sauce.id = 3;
        sauce.name = QStringLiteral("Beurre blanc");
        sauce.portions = Decimal::fromInt(1);
        sauce.outputUnit = QStringLiteral("LTR");
        sauce.lines = {productLine("330112", "50", "CLT"), productLine("109020", "200", "GRM")};
        in.recipes.insert(3, sauce);
        in.recipes[1].lines.append(subLine(3, "1", "C62"));
        const SuggestedOrders result = SuggestedOrders::compute(in);
        const SupplierSuggestion* m = result.find(kMetroId);
        QVERIFY(m);
        for (const char* sku : {"330112", "109020"}) {
            const SuggestedLine* line = lineOf(*m, QString::fromLatin1(sku));
            QVERIFY2(line, sku);
            QVERIFY2(line->isFlagged(), sku);
            QVERIFY2(line->problems.join(u' ').contains(QStringLiteral("Beurre blanc")),
                     qPrintable(line->problems.join(u' ')));
            QCOMPARE(line->unitProblems.size(), 1);
            QCOMPARE(line->unitProblems.first().recipeId, qint64(1));
            QCOMPARE(line->unitProblems.first().line, 2);
            QVERIFY(line->unitProblems.first().subRecipe);
        }
        // The tomatoes come only through the sauce: their line is kept, at zero, not guessed.
        const SuggestedLine* tomatoes = lineOf(*m, QStringLiteral("109020"));
        QCOMPARE(tomatoes->need, Decimal());
        QCOMPARE(tomatoes->quantity.quantity, Decimal());
        // The cream the Tatin uses directly is still counted (0.35 L), and flagged for the sauce.
        QCOMPARE(lineOf(*m, QStringLiteral("330112"))->need, dec("0.35"));
        // A direct unit problem points at its own line, not at a sub-recipe.
        const SuggestedLine* butter = lineOf(*m, QStringLiteral("330458"));
        QCOMPARE(butter->unitProblems.size(), 1);
        QCOMPARE(butter->unitProblems.first().recipeId, qint64(2));
        QCOMPARE(butter->unitProblems.first().line, 1);
        QVERIFY(!butter->unitProblems.first().subRecipe);
    }

    void cheapestWithoutAnOrderBefore()
    {
        SuggestionInputs in = handCase();
        in.lastOrdered.clear();
        const SuggestedOrders result = SuggestedOrders::compute(in);
        // Same GTIN, same unit: Pomona's at 0.79 €/kg beats METRO's 0.89.
        QVERIFY(!lineOf(*result.find(kMetroId), QStringLiteral("108245")));
        const SuggestedLine* potatoes = lineOf(*result.find(kPomonaId), QStringLiteral("PT-AGATA"));
        QVERIFY(potatoes);
        // 10.9375 kg; METRO's 10 kg due Friday still not taken off; a bag of 25 kg.
        QCOMPARE(potatoes->raw, dec("10.9375"));
        QCOMPARE(potatoes->quantity.quantity, Decimal::fromInt(1));
        QCOMPARE(potatoes->orderedUnits, Decimal::fromInt(25));
    }

    void onOrderByTheDeliveryIsTakenOff()
    {
        SuggestionInputs in = handCase();
        // The METRO potatoes due Friday come Wednesday instead: 10.9375 − 10
        // = 0.9375 kg → 1 bag. Pomona's 4 kg due Tuesday count too (same GTIN).
        in.onOrder[1].due = QDate(2026, 12, 9);
        const SuggestedOrders result = SuggestedOrders::compute(in);
        const SuggestedLine* potatoes = lineOf(*result.find(kMetroId), QStringLiteral("108245"));
        QVERIFY(potatoes);
        QCOMPARE(potatoes->onOrder, Decimal::fromInt(10));
        QCOMPARE(potatoes->raw, dec("0.9375"));
        QCOMPARE(potatoes->quantity.quantity, Decimal::fromInt(1));
        in.onOrder.append({kPomonaId, QStringLiteral("PT-AGATA"), QDate(2026, 12, 8), Decimal::fromInt(4)});
        // 10.9375 − 14 < 0: dropped.
        QVERIFY(!lineOf(*SuggestedOrders::compute(in).find(kMetroId), QStringLiteral("108245")));
    }

    void packRounding()
    {
        // Crème fraîche only, in cartons of 6 L: raws of 0.35, 6 and 6.01 L.
        for (const auto& [covers, packs] : QList<std::pair<double, int>>{{140, 1}, {2400, 1}, {2404, 2}}) {
            SuggestionInputs in = handCase();
            in.forecastCovers = {{QDate(2026, 12, 9), covers}};
            const SuggestedOrders result = SuggestedOrders::compute(in);
            const SuggestedLine* cream = lineOf(*result.find(kMetroId), QStringLiteral("330112"));
            QVERIFY(cream);
            QCOMPARE(cream->raw, dec("0.0025") * fromDoubleForTest(covers));
            QCOMPARE(cream->quantity.quantity, Decimal::fromInt(packs));
            QCOMPARE(cream->orderedUnits, Decimal::fromInt(6 * packs));
            QCOMPARE(cream->quantity.isRounded(), cream->raw != cream->orderedUnits);
        }
    }

    void applyToADraft()
    {
        const SuggestedOrders result = SuggestedOrders::compute(handCase());
        const SupplierSuggestion* m = result.find(kMetroId);
        OrderDraft draft = OrderDraft::start(metro(), handCase().now);
        QString error;
        QVERIFY(draft.addLine(metroBasket().at(2).product, QStringLiteral("1"), &error) == 0); // tomatoes
        QVERIFY(draft.addLine(metroBasket().at(0).product, QStringLiteral("5"), &error) == 1); // potatoes
        SuggestedOrders::applyTo(draft, *m);
        QCOMPARE(draft.deliveryDate, QDate(2026, 12, 9));
        // Tomatoes kept, potatoes take the suggestion (2 bags), beef and cream
        // added; the flagged butter (zero) is not.
        QCOMPARE(draft.lines.size(), 4);
        QCOMPARE(draft.lines.at(0).product.sku, QStringLiteral("109020"));
        QCOMPARE(draft.lines.at(1).quantity.quantity, Decimal::fromInt(2));
        QVERIFY(draft.canSend(handCase().now));
    }

    void missingInputsSaySo()
    {
        SuggestionInputs in = handCase();
        in.forecastCovers.clear();
        QCOMPARE(SuggestedOrders::compute(in).missing, SuggestedOrders::Missing::Forecast);
        in = handCase();
        in.recentSales.clear();
        const SuggestedOrders noSales = SuggestedOrders::compute(in);
        QCOMPARE(noSales.missing, SuggestedOrders::Missing::Sales);
        QVERIFY(!noSales.missingText().isEmpty());
        // The par stock alone still suggests: at 1 kg of beef, 8 kg counted
        // and 2 kg on order, nothing; at 12 kg: 12 − 8 − 2 = 2 kg.
        in.par[key(kMetroId, "221903")] = Decimal::fromInt(12);
        const SuggestedOrders withPar = SuggestedOrders::compute(in);
        const SuggestedLine* beef = lineOf(*withPar.find(kMetroId), QStringLiteral("221903"));
        QVERIFY(beef);
        QCOMPARE(beef->raw, Decimal::fromInt(2));
        in = handCase();
        in.recipes.clear();
        QCOMPARE(SuggestedOrders::compute(in).missing, SuggestedOrders::Missing::Recipes);
    }

    void loadsOrdersAndParFromTheDatabase()
    {
        AppPaths::setDataDir(freshDataDir(QStringLiteral("suggested-orders")));
        const DatabaseOpenResult opened = Database::openAndMigrate(AppPaths::databasePath());
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QVERIFY(storeCatalogues(true));
        QSqlDatabase db = Database::connection();
        QString error;
        const Order order = metroOrder(); // due Wed 9: 3 bags of potatoes, 6 kg of beef…
        QVERIFY2(SupplierStore::insertOrder(db, order, QStringLiteral("metro"), "<Order/>", purchasingNow(),
                                            &error),
                 qPrintable(error));
        QVERIFY(ParStock::save(db, kMetroId, QStringLiteral("221903"), dec("1.5"), purchasingNow(), &error));
        QVERIFY(!ParStock::save(db, kMetroId, QStringLiteral("221903"), dec("-1"), purchasingNow(), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(ParStock::load(db).value(key(kMetroId, "221903")), dec("1.5")); // the refusal kept it

        const SuggestionInputs in =
            SuggestedOrders::load(db, QDateTime(QDate(2026, 12, 7), QTime(10, 0)), nullptr, nullptr, {});
        QCOMPARE(in.suppliers.size(), 2);
        Decimal potatoes;
        Decimal beef;
        for (const IncomingQuantity& i : in.onOrder) {
            QCOMPARE(i.due, QDate(2026, 12, 9));
            if (i.sku == QLatin1String("108245"))
                potatoes += i.quantity;
            if (i.sku == QLatin1String("221903"))
                beef += i.quantity;
        }
        QCOMPARE(potatoes, Decimal::fromInt(30)); // 3 bags of 10 kg, in kg
        QCOMPARE(beef, Decimal::fromInt(6));      // by the kg
        QVERIFY(in.lastOrdered.value(key(kMetroId, "108245")).isValid());
        QVERIFY(!in.lastOrdered.contains(key(kPomonaId, "PT-AGATA")));

        // Delivered in full: nothing on order any more.
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE supplier_order SET status = 'delivered'")));
        QVERIFY(SuggestedOrders::load(db, purchasingNow(), nullptr, nullptr, {}).onOrder.isEmpty());
        QVERIFY(ParStock::save(db, kMetroId, QStringLiteral("221903"), Decimal(), purchasingNow(), &error));
        QVERIFY(ParStock::load(db).isEmpty());
    }

    void cleanup() { Database::closeConnection(); }

private:
    static Decimal fromDoubleForTest(double v) { return Decimal::fromMicros(qint64(v * 1e6)); }
};

QTEST_GUILESS_MAIN(TestSuggestedOrders)
#include "tst_suggestedorders.moc"
