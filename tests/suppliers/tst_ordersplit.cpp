// The cheapest split across suppliers (suppliers/core/ordersplit.h) on a
// fresh database, each case worked out by hand in its comments: a franco
// that makes one supplier win everything, a cut-off that leaves a supplier
// out, pack sizes that change the winner, a pin, products linked by hand,
// demands that cannot be met (explained), the usual supplier from the orders
// sent, and the plan written as drafts.

#include "common/core/apppaths.h"
#include "common/core/database.h"
#include "splitfixtures.h"
#include "suppliers/core/orderdraftstore.h"
#include "suppliers/core/ordersplit.h"
#include "suppliers/core/supplierstore.h"

#include <QLocale>
#include <QTest>

using namespace Moulin;
using Test::dec;

namespace {

const QDate kTuesday(2026, 12, 8);

/// The supplier of each line's choice ("" for none).
QStringList chosenSuppliers(const SplitPlan& plan)
{
    QStringList out;
    for (int i = 0; i < plan.lines.size(); ++i) {
        const SplitOffer* offer = plan.offerOf(i);
        out << (offer ? offer->product.supplierId : QString());
    }
    return out;
}

} // namespace

class TestOrderSplit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        const Test::FreshDatabase fresh = Test::openFreshDatabase(
            QStringLiteral("order-split-") + QString::fromLatin1(QTest::currentTestFunction()));
        QVERIFY2(fresh.opened.ok(), qPrintable(fresh.opened.message));
        AppPaths::setDataDir(fresh.dir);
    }

    void cleanup() { Database::closeConnection(); }

    void aFrancoMakesOneSupplierWinEverything()
    {
        // Both suppliers: franco 100 €, otherwise a 20 € delivery fee.
        QVERIFY(Test::storeSupplier(Test::splitSupplier("alpha", "Alpha Primeurs", "100", "20")));
        QVERIFY(Test::storeSupplier(Test::splitSupplier("beta", "Beta Frais", "100", "20")));
        // One 1-kg pack of each: Beta is cheaper on potatoes and carrots,
        // Alpha on tomatoes.
        QVERIFY(Test::storeProduct(
            Test::splitProduct("alpha", "A1", Test::kGtinPotatoes, "Pommes de terre", "1", "10")));
        QVERIFY(
            Test::storeProduct(Test::splitProduct("alpha", "A2", Test::kGtinTomatoes, "Tomates", "1", "50")));
        QVERIFY(
            Test::storeProduct(Test::splitProduct("alpha", "A3", Test::kGtinCarrots, "Carottes", "1", "45")));
        QVERIFY(Test::storeProduct(
            Test::splitProduct("beta", "B1", Test::kGtinPotatoes, "Pommes de terre", "1", "9")));
        QVERIFY(
            Test::storeProduct(Test::splitProduct("beta", "B2", Test::kGtinTomatoes, "Tomates", "1", "60")));
        QVERIFY(
            Test::storeProduct(Test::splitProduct("beta", "B3", Test::kGtinCarrots, "Carottes", "1", "44")));
        // The demand comes from Beta's draft (the usual supplier: never
        // ordered from, so the draft's).
        const QList<SplitDemand> demands{Test::demandOf("beta", "B1", "1", kTuesday),
                                         Test::demandOf("beta", "B2", "1", kTuesday),
                                         Test::demandOf("beta", "B3", "1", kTuesday)};
        QSqlDatabase db = Database::connection();
        const SplitProblem problem = OrderSplit::load(db, demands, Test::splitNow());
        QCOMPARE(problem.lines.size(), 3);
        QCOMPARE(problem.lines.at(0).offers.size(), 2); // Alpha's and Beta's, Tuesday
        const SplitPlan plan = OrderSplit::solve(problem);
        QVERIFY(plan.solved);
        QVERIFY(plan.optimal);
        // Line by line: potatoes Beta 9, tomatoes Alpha 50, carrots Beta 44:
        //   Alpha 50 + 20 fee, Beta 53 + 20 fee = 143.00
        // Everything from Alpha: 10 + 50 + 45 = 105 ≥ franco, no fee = 105.00
        // Everything from Beta:   9 + 60 + 44 = 113 ≥ franco, no fee = 113.00
        // Alpha tomatoes + carrots 95 + 20, Beta potatoes 9 + 20 = 144.00
        // Best: everything from Alpha, 105.00; the baseline (Beta) 113.00.
        QCOMPARE(chosenSuppliers(plan), QStringList({"alpha", "alpha", "alpha"}));
        QCOMPARE(plan.total, dec("105"));
        QCOMPARE(plan.fees, Decimal());
        QCOMPARE(plan.orders.size(), 1);
        QCOMPARE(plan.orders.first().delivery, kTuesday);
        QVERIFY(plan.orders.first().francoReached);
        QVERIFY(plan.baselineComplete);
        QCOMPARE(plan.baselineTotal, dec("113"));
        QCOMPARE(plan.saving(), std::optional<Decimal>(dec("8")));
    }

    void aPassedCutoffLeavesASupplierOut()
    {
        // Alpha takes orders until 09:00 the day before: at 10:00 on Monday
        // neither Monday nor Tuesday can be had from it (next: Wednesday).
        Supplier alpha = Test::splitSupplier("alpha", "Alpha Primeurs", "0", "0");
        alpha.orderCutoff = QTime(9, 0);
        QVERIFY(Test::storeSupplier(alpha));
        QVERIFY(Test::storeSupplier(Test::splitSupplier("beta", "Beta Frais", "0", "0")));
        QVERIFY(Test::storeProduct(
            Test::splitProduct("alpha", "A1", Test::kGtinPotatoes, "Pommes de terre", "1", "8")));
        QVERIFY(Test::storeProduct(
            Test::splitProduct("beta", "B1", Test::kGtinPotatoes, "Pommes de terre", "1", "9")));
        // Only Alpha has flour.
        QVERIFY(
            Test::storeProduct(Test::splitProduct("alpha", "A9", Test::kGtinFlour, "Farine T55", "1", "1")));
        QSqlDatabase db = Database::connection();
        const SplitProblem problem = OrderSplit::load(
            db, {Test::demandOf("alpha", "A1", "2", kTuesday), Test::demandOf("alpha", "A9", "5", kTuesday)},
            Test::splitNow());
        const SplitPlan plan = OrderSplit::solve(problem);
        // Potatoes: Alpha 2 × 8 = 16 is out (cut-off), Beta 2 × 9 = 18.00.
        QCOMPARE(chosenSuppliers(plan), QStringList({"beta", ""}));
        QCOMPARE(plan.total, dec("18"));
        // Flour cannot come by Tuesday: said, with Alpha's next day.
        QCOMPARE(plan.problems.size(), 1);
        const QString wednesday = QLocale().toString(QDate(2026, 12, 9), QLocale::LongFormat);
        QVERIFY2(plan.problems.first().contains(QStringLiteral("Farine T55")) &&
                     plan.problems.first().contains(QStringLiteral("Alpha Primeurs")) &&
                     plan.problems.first().contains(wednesday),
                 qPrintable(plan.problems.first()));
        // The usual supplier (Alpha, the draft's) cannot deliver the potatoes
        // either: no saving can be claimed.
        QVERIFY(!plan.baselineComplete);
        QVERIFY(!plan.saving().has_value());
        QVERIFY(!plan.baselineProblems.isEmpty());
    }

    void packSizesChangeTheWinner()
    {
        QVERIFY(Test::storeSupplier(Test::splitSupplier("alpha", "Alpha Primeurs", "0", "0")));
        QVERIFY(Test::storeSupplier(Test::splitSupplier("beta", "Beta Frais", "0", "0")));
        // Alpha: 1.00 €/kg in 10-kg packs; Beta: 1.20 €/kg in 3-kg packs.
        QVERIFY(
            Test::storeProduct(Test::splitProduct("alpha", "A1", Test::kGtinCarrots, "Carottes", "10", "1")));
        QVERIFY(Test::storeProduct(
            Test::splitProduct("beta", "B1", Test::kGtinCarrots, "Carottes", "3", "1.20")));
        QSqlDatabase db = Database::connection();
        SplitProblem problem =
            OrderSplit::load(db, {Test::demandOf("alpha", "A1", "12", kTuesday)}, Test::splitNow());
        // 12 kg: Alpha 2 packs (20 kg) × 10.00 = 20.00; Beta 4 packs (12 kg)
        // × 3.60 = 14.40. Beta wins although dearer by the kilo.
        SplitPlan plan = OrderSplit::solve(problem);
        QCOMPARE(chosenSuppliers(plan), QStringList({"beta"}));
        QCOMPARE(plan.offerOf(0)->quantity.quantity, dec("4"));
        QCOMPARE(plan.offerOf(0)->quantity.unit, OrderLine::Unit::Packs);
        QCOMPARE(plan.total, dec("14.40"));
        QCOMPARE(plan.baselineTotal, dec("20"));
        QCOMPARE(plan.saving(), std::optional<Decimal>(dec("5.60")));

        // Pinned to Alpha: Alpha it is, 20.00, no saving.
        problem.lines[0].demand.pinnedSupplierId = QStringLiteral("alpha");
        plan = OrderSplit::solve(problem);
        QCOMPARE(chosenSuppliers(plan), QStringList({"alpha"}));
        QCOMPARE(plan.offerOf(0)->quantity.quantity, dec("2"));
        QCOMPARE(plan.total, dec("20"));
        QCOMPARE(plan.saving(), std::optional<Decimal>(Decimal()));

        // Pinned to a supplier that does not carry it: explained, nothing chosen.
        QVERIFY(Test::storeSupplier(Test::splitSupplier("gamma", "Gamma Crèmerie", "0", "0")));
        problem = OrderSplit::load(db, {Test::demandOf("alpha", "A1", "12", kTuesday)}, Test::splitNow());
        problem.lines[0].demand.pinnedSupplierId = QStringLiteral("gamma");
        plan = OrderSplit::solve(problem);
        QCOMPARE(chosenSuppliers(plan), QStringList({""}));
        QCOMPARE(plan.problems.size(), 1);
        QVERIFY2(plan.problems.first().contains(QStringLiteral("Gamma Crèmerie")),
                 qPrintable(plan.problems.first()));
    }

    void aPinWinsOverAFranco()
    {
        // The franco case again, tomatoes pinned to Beta:
        //   Alpha potatoes + carrots 10 + 45 = 55 + 20 fee, Beta tomatoes 60 + 20 fee = 155.00
        //   Beta everything 9 + 60 + 44 = 113 (franco reached)          = 113.00
        //   Alpha carrots 45 + 20, Beta potatoes + tomatoes 69 + 20     = 154.00
        // Best: everything from Beta, 113.00.
        QVERIFY(Test::storeSupplier(Test::splitSupplier("alpha", "Alpha Primeurs", "100", "20")));
        QVERIFY(Test::storeSupplier(Test::splitSupplier("beta", "Beta Frais", "100", "20")));
        QVERIFY(Test::storeProduct(
            Test::splitProduct("alpha", "A1", Test::kGtinPotatoes, "Pommes de terre", "1", "10")));
        QVERIFY(
            Test::storeProduct(Test::splitProduct("alpha", "A2", Test::kGtinTomatoes, "Tomates", "1", "50")));
        QVERIFY(
            Test::storeProduct(Test::splitProduct("alpha", "A3", Test::kGtinCarrots, "Carottes", "1", "45")));
        QVERIFY(Test::storeProduct(
            Test::splitProduct("beta", "B1", Test::kGtinPotatoes, "Pommes de terre", "1", "9")));
        QVERIFY(
            Test::storeProduct(Test::splitProduct("beta", "B2", Test::kGtinTomatoes, "Tomates", "1", "60")));
        QVERIFY(
            Test::storeProduct(Test::splitProduct("beta", "B3", Test::kGtinCarrots, "Carottes", "1", "44")));
        QSqlDatabase db = Database::connection();
        SplitProblem problem = OrderSplit::load(db,
                                                {Test::demandOf("alpha", "A1", "1", kTuesday),
                                                 Test::demandOf("alpha", "A2", "1", kTuesday),
                                                 Test::demandOf("alpha", "A3", "1", kTuesday)},
                                                Test::splitNow());
        problem.lines[1].demand.pinnedSupplierId = QStringLiteral("beta");
        const SplitPlan plan = OrderSplit::solve(problem);
        QVERIFY(plan.optimal);
        QCOMPARE(chosenSuppliers(plan), QStringList({"beta", "beta", "beta"}));
        QCOMPARE(plan.total, dec("113"));
        // The baseline (Alpha, the draft's supplier, pins ignored) is 105:
        // the pin costs 8.00.
        QCOMPARE(plan.baselineTotal, dec("105"));
        QCOMPARE(plan.saving(), std::optional<Decimal>(dec("-8")));
    }

    void aManualLinkMakesTwoProductsInterchangeable()
    {
        QVERIFY(Test::storeSupplier(Test::splitSupplier("alpha", "Alpha Primeurs", "0", "0")));
        QVERIFY(Test::storeSupplier(Test::splitSupplier("beta", "Beta Frais", "0", "0")));
        // Fresh goat cheese by the kilo, no GTIN: 12.00 at Alpha, 10.00 at Beta.
        QVERIFY(
            Test::storeProduct(Test::splitProduct("alpha", "A-CHEV", "", "Chèvre frais fermier", "1", "12")));
        QVERIFY(Test::storeProduct(
            Test::splitProduct("beta", "B-CHEV", "", "Fromage de chèvre frais", "1", "10")));
        Product bottle = Test::splitProduct("beta", "B-LAIT", "", "Lait de chèvre", "1", "2");
        bottle.unitCode = QStringLiteral("LTR");
        QVERIFY(Test::storeProduct(bottle));
        QSqlDatabase db = Database::connection();
        const QList<SplitDemand> demand{Test::demandOf("alpha", "A-CHEV", "2", kTuesday)};
        // Not linked: only Alpha's, 2 × 12 = 24.00.
        SplitPlan plan = OrderSplit::solve(OrderSplit::load(db, demand, Test::splitNow()));
        QCOMPARE(chosenSuppliers(plan), QStringList({"alpha"}));
        QCOMPARE(plan.total, dec("24"));

        QString error;
        // Products counted in other units cannot be linked.
        QVERIFY(!ProductLinks::link(db, {"alpha", "A-CHEV"}, {"beta", "B-LAIT"}, Test::splitNow(), &error));
        QVERIFY2(error.contains(QStringLiteral("same unit")), qPrintable(error));
        QVERIFY(!ProductLinks::link(db, {"alpha", "A-CHEV"}, {"beta", "NOPE"}, Test::splitNow(), &error));
        QVERIFY(!ProductLinks::link(db, {"alpha", "A-CHEV"}, {"alpha", "A-CHEV"}, Test::splitNow(), &error));

        QVERIFY2(ProductLinks::link(db, {"alpha", "A-CHEV"}, {"beta", "B-CHEV"}, Test::splitNow(), &error),
                 qPrintable(error));
        QCOMPARE(ProductLinks::linkedTo(db, {"alpha", "A-CHEV"}).size(), 1);
        // Linked: Beta's, 2 × 10 = 20.00; 4.00 saved on Alpha.
        plan = OrderSplit::solve(OrderSplit::load(db, demand, Test::splitNow()));
        QCOMPARE(chosenSuppliers(plan), QStringList({"beta"}));
        QCOMPARE(plan.total, dec("20"));
        QCOMPARE(plan.saving(), std::optional<Decimal>(dec("4")));

        // Unlinked: the group of one goes, Alpha's again.
        QVERIFY(ProductLinks::unlink(db, {"beta", "B-CHEV"}, &error));
        QVERIFY(ProductLinks::linkedTo(db, {"alpha", "A-CHEV"}).isEmpty());
        QCOMPARE(Test::scalar(QStringLiteral("SELECT count(*) FROM supplier_product_link")).toInt(), 0);
        plan = OrderSplit::solve(OrderSplit::load(db, demand, Test::splitNow()));
        QCOMPARE(chosenSuppliers(plan), QStringList({"alpha"}));
    }

    void infeasibleDemandsAreExplained()
    {
        // Gamma's franco is a minimum order (no fee): 200 €.
        QVERIFY(Test::storeSupplier(Test::splitSupplier("gamma", "Gamma Crèmerie", "200", "0")));
        QVERIFY(Test::storeSupplier(Test::splitSupplier("beta", "Beta Frais", "0", "0")));
        QVERIFY(Test::storeProduct(
            Test::splitProduct("gamma", "G1", Test::kGtinCream, "Crème épaisse", "1", "5")));
        QVERIFY(Test::storeProduct(
            Test::splitProduct("beta", "B1", Test::kGtinPotatoes, "Pommes de terre", "1", "9")));
        QSqlDatabase db = Database::connection();
        SplitDemand unknown;
        unknown.gtin = QString::fromLatin1(Test::kGtinFlour); // nobody carries it
        unknown.quantity = dec("1");
        unknown.neededBy = kTuesday;
        const SplitProblem problem = OrderSplit::load(db,
                                                      {Test::demandOf("gamma", "G1", "10", kTuesday),
                                                       Test::demandOf("beta", "B1", "1", kTuesday), unknown},
                                                      Test::splitNow());
        const SplitPlan plan = OrderSplit::solve(problem);
        // Cream: 10 × 5 = 50 < Gamma's minimum of 200, and only Gamma has
        // it: left out, said. Potatoes from Beta: 9.00. Flour: nobody.
        QCOMPARE(chosenSuppliers(plan), QStringList({"", "beta", ""}));
        QCOMPARE(plan.total, dec("9"));
        QCOMPARE(plan.problems.size(), 2);
        QVERIFY2(plan.problems.join(u'\n').contains(QStringLiteral("minimum order")),
                 qPrintable(plan.problems.join(u'\n')));
        QVERIFY2(plan.problems.join(u'\n').contains(QString::fromLatin1(Test::kGtinFlour)),
                 qPrintable(plan.problems.join(u'\n')));
        // With 40 × 5 = 200 the minimum is met: Gamma gets it.
        const SplitPlan enough = OrderSplit::solve(
            OrderSplit::load(db, {Test::demandOf("gamma", "G1", "40", kTuesday)}, Test::splitNow()));
        QCOMPARE(chosenSuppliers(enough), QStringList({"gamma"}));
        QCOMPARE(enough.total, dec("200"));
    }

    void theUsualSupplierIsTheOneLastOrderedFrom()
    {
        QVERIFY(Test::storeSupplier(Test::splitSupplier("alpha", "Alpha Primeurs", "0", "0")));
        QVERIFY(Test::storeSupplier(Test::splitSupplier("beta", "Beta Frais", "0", "0")));
        const Product a =
            Test::splitProduct("alpha", "A1", Test::kGtinPotatoes, "Pommes de terre", "1", "10");
        QVERIFY(Test::storeProduct(a));
        QVERIFY(Test::storeProduct(
            Test::splitProduct("beta", "B1", Test::kGtinPotatoes, "Pommes de terre", "1", "9")));
        // Last ordered from Alpha (the demand comes from Beta's line).
        Order order;
        order.id = OrderIdentity::makeOrderId(QDate(2026, 12, 1), 1);
        order.supplierId = QStringLiteral("alpha");
        order.issueDate = QDate(2026, 12, 1);
        order.deliveryDate = QDate(2026, 12, 2);
        order.addLine(OrderLine::of(a, dec("3"), OrderLine::Unit::Packs, order.issueDate));
        QSqlDatabase db = Database::connection();
        QString error;
        QVERIFY2(SupplierStore::insertOrder(db, order, QStringLiteral("local"), "<Order/>",
                                            Test::splitNow().toUTC(), &error),
                 qPrintable(error));
        const SplitPlan plan = OrderSplit::solve(
            OrderSplit::load(db, {Test::demandOf("beta", "B1", "5", kTuesday)}, Test::splitNow()));
        QCOMPARE(plan.lines.first().usualSupplierId, QStringLiteral("alpha"));
        QVERIFY(plan.lines.first().usualFromHistory);
        // Baseline 5 × 10 = 50.00 at Alpha, the split 5 × 9 = 45.00 at Beta.
        QCOMPARE(plan.baselineTotal, dec("50"));
        QCOMPARE(plan.total, dec("45"));
        QCOMPARE(plan.saving(), std::optional<Decimal>(dec("5")));
    }

    void aPlanIsWrittenAsDrafts()
    {
        QVERIFY(Test::storeSupplier(Test::splitSupplier("alpha", "Alpha Primeurs", "0", "0")));
        QVERIFY(Test::storeSupplier(Test::splitSupplier("beta", "Beta Frais", "0", "0")));
        QVERIFY(Test::storeProduct(
            Test::splitProduct("alpha", "A1", Test::kGtinPotatoes, "Pommes de terre", "1", "10")));
        QVERIFY(
            Test::storeProduct(Test::splitProduct("alpha", "A2", Test::kGtinCarrots, "Carottes", "5", "1")));
        QVERIFY(Test::storeProduct(
            Test::splitProduct("beta", "B1", Test::kGtinPotatoes, "Pommes de terre", "1", "9")));
        QSqlDatabase db = Database::connection();
        // Alpha's draft for Tuesday: 2 packs of potatoes, 1 pack (5 kg) of carrots.
        OrderDraft draft;
        draft.supplier = *SupplierStore::supplier(db, QStringLiteral("alpha"));
        draft.deliveryDate = kTuesday;
        QString error;
        QVERIFY(draft.addLine(SupplierStore::product(db, "alpha", "A1")->product, "2", &error) >= 0);
        QVERIFY(draft.addLine(SupplierStore::product(db, "alpha", "A2")->product, "1", &error) >= 0);
        QVERIFY(OrderDraftStore::save(db, draft, Test::splitNow().toUTC(), &error));
        const QList<SplitDemand> demands = OrderSplit::demandsOf(draft, Test::splitNow());
        QCOMPARE(demands.size(), 2);
        QCOMPARE(demands.at(1).quantity, dec("5")); // 1 pack of 5 kg
        QCOMPARE(demands.at(1).neededBy, kTuesday);
        const SplitPlan plan = OrderSplit::solve(OrderSplit::load(db, demands, Test::splitNow()));
        // Potatoes 2 × 9 = 18 at Beta, carrots 5 × 1 = 5 at Alpha.
        QCOMPARE(chosenSuppliers(plan), QStringList({"beta", "alpha"}));
        QCOMPARE(plan.total, dec("23"));
        const std::optional<QList<qint64>> written =
            OrderSplit::apply(db, plan, {draft.id}, Test::splitNow(), &error);
        QVERIFY2(written, qPrintable(error));
        QCOMPARE(written->size(), 2);
        // The old draft is gone; Alpha's new one has the carrots only, Beta's the potatoes.
        QVERIFY(!OrderDraftStore::load(db, draft.id));
        QCOMPARE(OrderDraftStore::drafts(db).size(), 2);
        for (qint64 id : *written) {
            const std::optional<OrderDraft> d = OrderDraftStore::load(db, id);
            QVERIFY(d);
            QCOMPARE(d->deliveryDate, kTuesday);
            QCOMPARE(d->lines.size(), 1);
            if (d->supplier.id == QLatin1String("alpha")) {
                QCOMPARE(d->lines.first().product.sku, QStringLiteral("A2"));
                QCOMPARE(d->lines.first().quantity.quantity, dec("1"));
            } else {
                QCOMPARE(d->supplier.id, QStringLiteral("beta"));
                QCOMPARE(d->lines.first().product.sku, QStringLiteral("B1"));
                QCOMPARE(d->lines.first().quantity.quantity, dec("2"));
                QCOMPARE(d->totals(kTuesday).lines, dec("18"));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestOrderSplit)
#include "tst_ordersplit.moc"
