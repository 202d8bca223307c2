// Order drafts (suppliers/core/orderdraft.h, orderdraftstore.h): quantities
// rounded up to whole packs with a note, totals per VAT rate, franco and the
// delivery fee, the cut-off and closed days refused with the next possible
// date, the order a draft becomes (valid PEPPOL), and drafts kept in the
// database as they are typed; the folded catalogue search.

#include "common/core/apppaths.h"
#include "common/core/database.h"
#include "supplierfixtures.h"
#include "suppliers/core/orderdraft.h"
#include "suppliers/core/orderdraftstore.h"
#include "suppliers/core/restaurantbuyer.h"
#include "suppliers/core/supplierstore.h"
#include "suppliers/core/ublorderwriter.h"
#include "suppliers/core/ublvalidator.h"

#include <QLocale>
#include <QTest>

using namespace Moulin;
using Test::dec;

namespace {

// Monday 7 December 2026; METRO delivers Monday, Wednesday and Friday and
// takes orders until 14:00 the day before.
const QDate kMonday(2026, 12, 7);
const QDate kTuesday = kMonday.addDays(1);
const QDate kWednesday = kMonday.addDays(2);
const QDate kThursday = kMonday.addDays(3);
const QDate kFriday = kMonday.addDays(4);

Product potatoes() // 10 kg bags, sold by the bag only
{
    return Test::metroBasket().at(0).product;
}
Product chicken() // by the kg
{
    return Test::metroBasket().at(3).product;
}
Product beef()
{
    return Test::metroBasket().at(4).product;
}
Product butter() // cartons of 20 pieces
{
    return Test::metroBasket().at(6).product;
}
Product wine() // cartons of 6 bottles, 20 % VAT
{
    return Test::metroBasket().at(9).product;
}

} // namespace

class TestOrderDraft : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::French, QLocale::France)); }
    void cleanup() { Database::closeConnection(); }

    void quantitiesAreRoundedUpToWholePacksWithANote()
    {
        QString error;
        // Typed in kg, sold by the 10 kg bag: 15 kg is 2 bags (20 kg), said so.
        std::optional<DraftQuantity> q =
            OrderDraft::parseQuantity(potatoes(), QStringLiteral("15 kg"), &error);
        QVERIFY2(q, qPrintable(error));
        QCOMPARE(q->unit, OrderLine::Unit::Packs);
        QCOMPARE(q->quantity, Decimal::fromInt(2));
        QVERIFY(q->isRounded());
        QVERIFY2(q->note.contains(QStringLiteral("20")), qPrintable(q->note));
        // 20 kg is exactly 2 bags: nothing rounded.
        q = OrderDraft::parseQuantity(potatoes(), QStringLiteral("20kg"), &error);
        QVERIFY(q);
        QCOMPARE(q->quantity, Decimal::fromInt(2));
        QVERIFY(!q->isRounded());
        // Without a unit: bags; half a bag is a whole one.
        q = OrderDraft::parseQuantity(potatoes(), QStringLiteral("2,5"), &error);
        QVERIFY(q);
        QCOMPARE(q->unit, OrderLine::Unit::Packs);
        QCOMPARE(q->quantity, Decimal::fromInt(3));
        QVERIFY(q->isRounded());
        q = OrderDraft::parseQuantity(potatoes(), QStringLiteral("3"), &error);
        QVERIFY(q);
        QCOMPARE(q->quantity, Decimal::fromInt(3));
        QVERIFY(!q->isRounded());
        // Butter by the carton of 20: 30 pieces are 2 cartons.
        q = OrderDraft::parseQuantity(butter(), QStringLiteral("30 pièces"), &error);
        QVERIFY2(q, qPrintable(error));
        QCOMPARE(q->quantity, Decimal::fromInt(2));
        QVERIFY(q->isRounded());
        // Chicken by the kg: 4,5 kg as typed, 4.5678 to the gram.
        q = OrderDraft::parseQuantity(chicken(), QStringLiteral("4,5"), &error);
        QVERIFY(q);
        QCOMPARE(q->unit, OrderLine::Unit::Units);
        QCOMPARE(q->quantity, dec("4.5"));
        QVERIFY(!q->isRounded());
        q = OrderDraft::parseQuantity(chicken(), QStringLiteral("4.5678 kg"), &error);
        QVERIFY(q);
        QCOMPARE(q->quantity, dec("4.568"));
        QVERIFY(q->isRounded());
        // …or by the pack when asked.
        q = OrderDraft::parseQuantity(chicken(), QStringLiteral("2 colis"), &error);
        QVERIFY(q);
        QCOMPARE(q->unit, OrderLine::Unit::Packs);
        QCOMPARE(q->quantity, Decimal::fromInt(2));
    }

    void badQuantitiesAreRefusedInWords()
    {
        QString error;
        QVERIFY(!OrderDraft::parseQuantity(potatoes(), QStringLiteral("beaucoup"), &error));
        QVERIFY(error.contains(QStringLiteral("beaucoup")));
        error.clear();
        QVERIFY(!OrderDraft::parseQuantity(potatoes(), QStringLiteral("0"), &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!OrderDraft::parseQuantity(potatoes(), QStringLiteral("3 L"), &error));
        QVERIFY2(error.contains(QStringLiteral("« L »")), qPrintable(error));
        QVERIFY(!OrderDraft::parseQuantity(potatoes(), QString(), &error));
        QVERIFY(!OrderDraft::parseQuantity(potatoes(), QStringLiteral("-2"), &error));
    }

    void linesAddUpForTheSameProduct()
    {
        OrderDraft draft = OrderDraft::start(Test::metro(), QDateTime(kMonday, QTime(9, 0)));
        QString error;
        QCOMPARE(draft.addLine(potatoes(), QStringLiteral("2"), &error), 0);
        QCOMPARE(draft.addLine(wine(), QStringLiteral("1"), &error), 1);
        QCOMPARE(draft.addLine(potatoes(), QStringLiteral("15 kg"), &error), 0);
        QCOMPARE(draft.lines.size(), 2);
        QCOMPARE(draft.lines.at(0).quantity.quantity, Decimal::fromInt(4));
        QCOMPARE(draft.addLine(potatoes(), QStringLiteral("nope"), &error), -1);
        QVERIFY(draft.setQuantity(1, QStringLiteral("5"), &error));
        QCOMPARE(draft.lines.at(1).quantity.quantity, Decimal::fromInt(5));
        QVERIFY(!draft.setQuantity(1, QStringLiteral("x"), &error));
        QCOMPARE(draft.lines.at(1).quantity.quantity, Decimal::fromInt(5)); // kept
        draft.removeLine(0);
        QCOMPARE(draft.lines.size(), 1);
        QCOMPARE(draft.lines.at(0).product.sku, wine().sku);
    }

    void totalsPerVatRateWithTheFeeBelowFranco()
    {
        OrderDraft draft = OrderDraft::start(Test::metro(), QDateTime(kMonday, QTime(9, 0)));
        QString error;
        draft.addLine(potatoes(), QStringLiteral("3"), &error); // 3 × 10 kg × 0.89 = 26.70 at 5.5 %
        draft.addLine(wine(), QStringLiteral("3"), &error);     // 3 × 6 × 5.40 = 97.20 at 20 %
        const DraftTotals t = draft.totals(kMonday);
        QCOMPARE(t.lines, dec("123.90"));
        QVERIFY(!t.francoReached);
        QCOMPARE(t.fee, dec("29.90"));
        QCOMPARE(t.francoRemaining, dec("676.10"));
        QCOMPARE(t.order.taxByRate.value(VatRate::Reduced55), dec("1.47"));   // 1.4685
        QCOMPARE(t.order.taxByRate.value(VatRate::Standard20), dec("25.42")); // (97.20 + 29.90) × 20 %
        QVERIFY(!t.order.taxByRate.contains(VatRate::Intermediate10));
        QCOMPARE(t.order.taxExclusive, dec("153.80"));
        QCOMPARE(t.order.taxInclusive, dec("180.69"));

        // Below franco: a warning naming what is missing and the fee; still sendable.
        const QDateTime monday(kMonday, QTime(9, 0));
        const QList<DraftIssue> issues = draft.issues(monday);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.at(0).severity, DraftIssue::Severity::Warning);
        QVERIFY2(issues.at(0).text.contains(QStringLiteral("676,10")) &&
                     issues.at(0).text.contains(QStringLiteral("29,90")),
                 qPrintable(issues.at(0).text));
        QVERIFY(draft.canSend(monday));

        // 30 kg of entrecôte (825 €) takes it over franco: no fee, no warning.
        draft.addLine(beef(), QStringLiteral("30"), &error);
        const DraftTotals over = draft.totals(kMonday);
        QVERIFY(over.francoReached);
        QCOMPARE(over.fee, Decimal());
        QCOMPARE(over.francoRemaining, Decimal());
        QCOMPARE(over.order.taxByRate.value(VatRate::Standard20), dec("19.44"));
        QVERIFY(draft.issues(monday).isEmpty());
    }

    void promotionsOfTheIssueDayAreApplied()
    {
        OrderDraft draft = OrderDraft::start(Test::metro(), QDateTime(kMonday, QTime(9, 0)));
        QString error;
        draft.addLine(Test::metroBasket().at(2).product, QStringLiteral("1"),
                      &error);                                           // tomatoes, promo until 13/12
        QCOMPARE(draft.totals(kMonday).lines, dec("14.94"));             // 6 × 2.49
        QCOMPARE(draft.totals(QDate(2026, 12, 14)).lines, dec("16.74")); // 6 × 2.79
    }

    void theOrderIsPricedForItsDeliveryDay()
    {
        // Ordered on Monday 7/12 while the tomatoes' promotion runs (until
        // Sunday 13/12): delivered on Wednesday, the promotion's price;
        // delivered on Monday 14/12, the usual one.
        OrderDraft draft = OrderDraft::start(Test::metro(), QDateTime(kMonday, QTime(9, 0)));
        QString error;
        QVERIFY(draft.addLine(Test::metroBasket().at(2).product, QStringLiteral("1"), &error) >= 0);
        draft.deliveryDate = kWednesday;
        QCOMPARE(draft.priceDay(kMonday), kWednesday);
        Order order = draft.toOrder(BuyerParty(), QStringLiteral("PO-1"), QDateTime(kMonday, QTime(9, 0)));
        QCOMPARE(order.lines.size(), 1);
        QCOMPARE(order.lines.at(0).amount(), dec("14.94"));
        QVERIFY(order.lines.at(0).grossPrice);
        draft.deliveryDate = QDate(2026, 12, 14);
        order = draft.toOrder(BuyerParty(), QStringLiteral("PO-1"), QDateTime(kMonday, QTime(9, 0)));
        QCOMPARE(order.lines.at(0).amount(), dec("16.74"));
        QVERIFY(!order.lines.at(0).grossPrice);
        // No day chosen yet: the day given.
        draft.deliveryDate = QDate();
        QCOMPARE(draft.priceDay(kMonday), kMonday);
    }

    void pastCutoffIsRefusedWithTheNextDate()
    {
        const Supplier metro = Test::metro();
        OrderDraft draft = OrderDraft::start(metro, QDateTime(kMonday, QTime(9, 0)));
        QCOMPARE(draft.deliveryDate, kTuesday.addDays(1)); // Monday 9:00: Wednesday (Tuesday is closed)
        QString error;
        draft.addLine(potatoes(), QStringLiteral("2"), &error);
        draft.deliveryDate = kWednesday;
        QCOMPARE(draft.cutoff(), QDateTime(kTuesday, QTime(14, 0)));
        QVERIFY(draft.canSend(QDateTime(kTuesday, QTime(13, 59))));
        const QDateTime late(kTuesday, QTime(14, 1));
        QVERIFY(!draft.canSend(late));
        const QString refusal = draft.refusal(late);
        QVERIFY2(refusal.contains(QLocale().toString(kFriday, QLocale::LongFormat)), qPrintable(refusal));
        const QList<DraftIssue> issues = draft.issues(late);
        QVERIFY(!issues.isEmpty());
        QCOMPARE(issues.first().severity, DraftIssue::Severity::Refusal);
        QCOMPARE(issues.first().text, refusal);
        // A draft started then gets Friday.
        QCOMPARE(OrderDraft::start(metro, late).deliveryDate, kFriday);
    }

    void closedDayIsRefusedWithTheNextDate()
    {
        OrderDraft draft = OrderDraft::start(Test::metro(), QDateTime(kMonday, QTime(9, 0)));
        QString error;
        draft.addLine(potatoes(), QStringLiteral("2"), &error);
        draft.deliveryDate = kThursday; // METRO does not deliver on Thursdays
        const QDateTime monday(kMonday, QTime(9, 0));
        QVERIFY(!draft.canSend(monday));
        const QString refusal = draft.refusal(monday);
        QVERIFY2(refusal.contains(QLocale().toString(kThursday, QLocale::LongFormat)) &&
                     refusal.contains(QLocale().toString(kWednesday, QLocale::LongFormat)),
                 qPrintable(refusal));
        // No line: refused too.
        OrderDraft empty = OrderDraft::start(Test::metro(), monday);
        QVERIFY(!empty.canSend(monday));
    }

    void aDraftBecomesAValidOrder()
    {
        OrderDraft draft = OrderDraft::start(Test::metro(), QDateTime(kMonday, QTime(9, 0)));
        QString error;
        for (const Test::CatalogueLine& line : Test::metroBasket())
            QVERIFY(draft.addLine(line.product, line.quantity.toString(), &error) >= 0);
        const BuyerParty buyer = RestaurantBuyer::toBuyer(RestaurantIdentity::demo());
        const Order order = draft.toOrder(buyer, OrderIdentity::makeOrderId(kMonday, 1),
                                          QDateTime(kMonday, QTime(9, 30, 12)));
        QCOMPARE(order.lines.size(), 10);
        QCOMPARE(order.deliveryDate, kWednesday);
        QCOMPARE(order.issueDate, kMonday);
        QCOMPARE(order.buyer.siret, QStringLiteral("84291735300018"));
        QCOMPARE(order.seller.name, Test::metro().name);
        QCOMPARE(order.totals().taxInclusive, draft.totals(kMonday).order.taxInclusive);
        QCOMPARE(order.deliveryFee, draft.totals(kMonday).fee);
        const QList<UblIssue> issues = UblOrderValidator::validate(UblOrderWriter::write(order));
        QVERIFY2(issues.isEmpty(), qPrintable(issues.isEmpty() ? QString() : issues.first().toString()));
    }

    void draftsAreKeptAsTyped()
    {
        const Test::FreshDatabase fresh = Test::openFreshDatabase(QStringLiteral("orderdraft-store"));
        QVERIFY2(fresh.opened.ok(), qPrintable(fresh.opened.message));
        QSqlDatabase db = Database::connection();
        const QDateTime now(kMonday, QTime(9, 0));
        QString error;
        QVERIFY(SupplierStore::upsertSupplier(db, Test::metro(), QStringLiteral("metro"), now, &error));
        for (const Test::CatalogueLine& line : Test::metroBasket())
            QVERIFY2(SupplierStore::upsertProduct(db, {line.product, QStringLiteral("Épicerie")},
                                                  Decimal::fromInt(5), now, nullptr, &error),
                     qPrintable(error));

        OrderDraft draft = OrderDraft::start(Test::metro(), now);
        QVERIFY(draft.addLine(potatoes(), QStringLiteral("15 kg"), &error) >= 0);
        QVERIFY(draft.addLine(chicken(), QStringLiteral("4,5"), &error) >= 0);
        QVERIFY(draft.addLine(butter(), QStringLiteral("1"), &error) >= 0);
        draft.note = QStringLiteral("Avant 10 h");
        QVERIFY2(OrderDraftStore::save(db, draft, now, &error), qPrintable(error));
        QVERIFY(draft.id > 0);

        // What a restart reads back.
        std::optional<OrderDraft> loaded = OrderDraftStore::load(db, draft.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->supplier.id, Test::metro().id);
        QCOMPARE(loaded->deliveryDate, kWednesday);
        QCOMPARE(loaded->note, draft.note);
        QCOMPARE(loaded->lines.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(loaded->lines.at(i).product.sku, draft.lines.at(i).product.sku);
            QCOMPARE(loaded->lines.at(i).quantity.quantity, draft.lines.at(i).quantity.quantity);
            QCOMPARE(loaded->lines.at(i).quantity.unit, draft.lines.at(i).quantity.unit);
            QCOMPARE(loaded->lines.at(i).quantity.note, draft.lines.at(i).quantity.note);
            QVERIFY(loaded->lines.at(i).available);
        }
        QCOMPARE(OrderDraftStore::latestFor(db, Test::metro().id), std::optional<qint64>(draft.id));

        // An edit replaces the lines.
        loaded->removeLine(1);
        QVERIFY(loaded->setQuantity(0, QStringLiteral("4"), &error));
        QVERIFY(OrderDraftStore::save(db, *loaded, now.addSecs(60), &error));
        std::optional<OrderDraft> again = OrderDraftStore::load(db, draft.id);
        QVERIFY(again);
        QCOMPARE(again->lines.size(), 2);
        QCOMPARE(again->lines.at(0).quantity.quantity, Decimal::fromInt(4));
        QCOMPARE(again->lines.at(1).product.sku, butter().sku);

        // A product gone from the catalogue comes back as an unavailable line that refuses the send.
        QVERIFY(Test::exec(db, QStringLiteral("DELETE FROM supplier_product WHERE sku = ?"), {butter().sku}));
        again = OrderDraftStore::load(db, draft.id);
        QVERIFY(again);
        QVERIFY(!again->lines.at(1).available);
        QCOMPARE(again->lines.at(1).product.name, butter().name);
        QVERIFY(!again->canSend(now));

        // Order numbers: reserved once, never twice.
        QVERIFY(OrderDraftStore::reserveOrderId(db, *again, kMonday, &error));
        QCOMPARE(again->reservedOrderId, QStringLiteral("PO-20261207-0001"));
        QVERIFY(OrderDraftStore::reserveOrderId(db, *again, kMonday, &error));
        QCOMPARE(again->reservedOrderId, QStringLiteral("PO-20261207-0001"));
        OrderDraft other = OrderDraft::start(Test::metro(), now);
        other.addLine(potatoes(), QStringLiteral("1"), &error);
        QVERIFY(OrderDraftStore::save(db, other, now, &error));
        QVERIFY(OrderDraftStore::reserveOrderId(db, other, kMonday, &error));
        QCOMPARE(other.reservedOrderId, QStringLiteral("PO-20261207-0002"));
        QCOMPARE(OrderDraftStore::load(db, again->id)->reservedOrderId, QStringLiteral("PO-20261207-0001"));
        QCOMPARE(OrderDraftStore::drafts(db).size(), 2);

        QVERIFY(OrderDraftStore::remove(db, draft.id, &error));
        QVERIFY(!OrderDraftStore::load(db, draft.id));
        QCOMPARE(Test::scalar(
                     db, QStringLiteral("SELECT COUNT(*) FROM supplier_order_draft_line WHERE draft_id = ?"),
                     {draft.id})
                     .toInt(),
                 0);
    }

    void reorderCopiesASentOrder()
    {
        const Test::FreshDatabase fresh = Test::openFreshDatabase(QStringLiteral("orderdraft-reorder"));
        QVERIFY2(fresh.opened.ok(), qPrintable(fresh.opened.message));
        QSqlDatabase db = Database::connection();
        const QDateTime now(kMonday, QTime(9, 0));
        QString error;
        QVERIFY(SupplierStore::upsertSupplier(db, Test::metro(), QStringLiteral("metro"), now, &error));
        for (const Test::CatalogueLine& line : Test::metroBasket())
            QVERIFY(SupplierStore::upsertProduct(db, {line.product, QString()}, Decimal::fromInt(5), now,
                                                 nullptr, &error));
        const Order sent = Test::metroOrder();
        QVERIFY(SupplierStore::insertOrder(db, sent, QStringLiteral("metro"), UblOrderWriter::write(sent),
                                           now, &error));
        const std::optional<StoredOrder> stored = SupplierStore::order(db, sent.supplierId, sent.id);
        QVERIFY(stored);
        const std::optional<qint64> id = OrderDraftStore::fromOrder(db, *stored, now, &error);
        QVERIFY2(id, qPrintable(error));
        const std::optional<OrderDraft> draft = OrderDraftStore::load(db, *id);
        QVERIFY(draft);
        QCOMPARE(draft->lines.size(), sent.lines.size());
        for (int i = 0; i < sent.lines.size(); ++i) {
            QCOMPARE(draft->lines.at(i).product.sku, sent.lines.at(i).sku);
            QCOMPARE(draft->lines.at(i).quantity.quantity, sent.lines.at(i).quantity);
            QCOMPARE(draft->lines.at(i).quantity.unit, sent.lines.at(i).unit);
        }
        QVERIFY(draft->reservedOrderId.isEmpty());
    }

    void catalogueSearchFoldsCaseAndAccents()
    {
        const Test::FreshDatabase fresh = Test::openFreshDatabase(QStringLiteral("orderdraft-search"));
        QVERIFY2(fresh.opened.ok(), qPrintable(fresh.opened.message));
        QSqlDatabase db = Database::connection();
        const QDateTime now(kMonday, QTime(9, 0));
        QString error;
        QVERIFY(SupplierStore::upsertSupplier(db, Test::metro(), QStringLiteral("metro"), now, &error));
        for (const Test::CatalogueLine& line : Test::metroBasket())
            QVERIFY(SupplierStore::upsertProduct(db, {line.product, QString()}, Decimal::fromInt(5), now,
                                                 nullptr, &error));
        auto skus = [&](const QString& text) {
            QStringList out;
            for (const CatalogueItem& item : SupplierStore::searchProducts(db, Test::metro().id, text, 10))
                out << item.product.sku;
            return out;
        };
        QCOMPARE(skus(QStringLiteral("creme epaisse")), QStringList{QStringLiteral("330112")});
        QCOMPARE(skus(QStringLiteral("CRÈME")), QStringList{QStringLiteral("330112")});
        QCOMPARE(skus(QStringLiteral("boeuf")), QStringList{QStringLiteral("221903")}); // bœuf
        QCOMPARE(skus(QStringLiteral("3262123456783")), QStringList{QStringLiteral("330112")});
        QCOMPARE(skus(QStringLiteral("441005")), QStringList{QStringLiteral("441005")});
        QCOMPARE(skus(QStringLiteral("100%")), QStringList());
        // Names starting with the first word first.
        const QStringList france = skus(QStringLiteral("france"));
        QVERIFY(france.size() >= 3);
        QVERIFY(skus(QStringLiteral("pommes")).startsWith(QStringLiteral("108245")));
        QCOMPARE(SupplierStore::searchProducts(db, Test::metro().id, QStringLiteral("a"), 3).size(), 3);
        QVERIFY(SupplierStore::searchProducts(db, QStringLiteral("nobody"), QStringLiteral("creme"), 10)
                    .isEmpty());
        // A renamed product is found by its new name.
        Product renamed = butter();
        renamed.name = QStringLiteral("Beurre demi-sel Échiré");
        QVERIFY(SupplierStore::upsertProduct(db, {renamed, QString()}, Decimal::fromInt(5), now, nullptr,
                                             &error));
        QCOMPARE(skus(QStringLiteral("echire")), QStringList{butter().sku});
    }
};

QTEST_GUILESS_MAIN(TestOrderDraft)
#include "tst_orderdraft.moc"
