// What keeps the order editor (suppliers/ui/ordereditorpage.h) from sending
// a wrong order or the same order twice, without a network: an incomplete
// restaurant identity is listed in words and nothing is stored; a draft
// whose order was stored before Moulin stopped (its reserved number sent) is
// not sent again; a quantity typed over in place follows the same rules as
// a new line.

#include "common/core/apppaths.h"
#include "common/core/database.h"
#include "common/core/restaurantidentity.h"
#include "supplierfixtures.h"
#include "suppliers/connectors/peppol/supplierordering.h"
#include "suppliers/core/orderdraftstore.h"
#include "suppliers/core/restaurantbuyer.h"
#include "suppliers/core/supplierstore.h"
#include "suppliers/ui/ordereditorpage.h"

#include <QLineEdit>
#include <QSettings>
#include <QTableWidget>
#include <QTest>
#include <QWidget>

using namespace Moulin;

namespace {

// A supplier that delivers every day but Sunday, orders taken until 23:59
// the day before: whatever the time the test runs, tomorrow or the day
// after is open.
Supplier openSupplier()
{
    Supplier s = Test::metro();
    s.deliveryDays = {Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday, Qt::Saturday};
    s.orderCutoff = QTime(23, 59, 59);
    return s;
}

} // namespace

class TestOrderEditorSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        const Test::FreshDatabase fresh = Test::openFreshDatabase(
            QStringLiteral("order-editor-safety-") + QString::fromLatin1(QTest::currentTestFunction()));
        QVERIFY2(fresh.opened.ok(), qPrintable(fresh.opened.message));
        AppPaths::setDataDir(fresh.dir);
        AppPaths::setDemoDatabase(false);
        QSqlDatabase db = Database::connection();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QString error;
        QVERIFY(SupplierStore::upsertSupplier(db, openSupplier(), QStringLiteral("metro"), now, &error));
        for (const Test::CatalogueLine& line : Test::metroBasket())
            QVERIFY(SupplierStore::upsertProduct(db, {line.product, QString()}, Decimal::fromInt(5), now,
                                                 nullptr, &error));
    }

    void cleanup() { Database::closeConnection(); }

    void anIncompleteIdentityIsListedAndNothingIsStored()
    {
        OrderEditorPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.draft().supplier.id, openSupplier().id);
        QTest::keyClicks(page.searchEdit(), QStringLiteral("108245"));
        QTest::keyClick(page.searchEdit(), Qt::Key_Return);
        QTest::keyClicks(page.quantityEdit(), QStringLiteral("2"));
        QTest::keyClick(page.quantityEdit(), Qt::Key_Return);
        QCOMPARE(page.draft().lines.size(), 1);
        QTest::keyClick(page.searchEdit(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!page.confirmBar()->isVisible());
        // No restaurant set (and not demo mode): the SIRET and the rest are asked for.
        const QString expected = RestaurantBuyer::problems(RestaurantIdentity()).first().message;
        QVERIFY2(page.issuesText().contains(expected), qPrintable(page.issuesText()));
        QSqlDatabase db = Database::connection();
        QVERIFY(SupplierStore::orders(db).isEmpty());

        // With the restaurant set, the same keys send it.
        {
            const std::unique_ptr<QSettings> settings = AppPaths::settings();
            RestaurantIdentity::demo().write(*settings);
        }
        QTest::keyClick(page.searchEdit(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(page.confirmBar()->isVisible(), qPrintable(page.issuesText()));
        QVERIFY(page.issuesText().isEmpty() || !page.issuesText().contains(expected));
        QTest::keyClick(page.confirmButton(), Qt::Key_Escape); // Esc goes back…
        QVERIFY(!page.confirmBar()->isVisible());
        QVERIFY(SupplierStore::orders(db).isEmpty());
        QTest::keyClick(page.searchEdit(), Qt::Key_Return, Qt::ControlModifier);
        QTest::keyClick(page.confirmButton(), Qt::Key_Return); // …Enter sends
        const QList<StoredOrder> orders = SupplierStore::orders(db);
        QCOMPARE(orders.size(), 1);
        QCOMPARE(orders.first().lines.size(), 1);
        QCOMPARE(orders.first().lines.first().quantity, Decimal::fromInt(2));
        QVERIFY(orders.first().ubl.contains("84291735300018"));
    }

    void aDraftSentBeforeAStopIsNotSentAgain()
    {
        QSqlDatabase db = Database::connection();
        const QDateTime now = QDateTime::currentDateTime();
        QString error;
        OrderDraft draft = OrderDraft::start(openSupplier(), now);
        QVERIFY(draft.addLine(Test::metroBasket().at(0).product, QStringLiteral("2"), &error) >= 0);
        QVERIFY(OrderDraftStore::save(db, draft, now, &error));
        QVERIFY(OrderDraftStore::reserveOrderId(db, draft, now.date(), &error));
        // Moulin stored and queued the order, then stopped before dropping the draft.
        const Order order =
            draft.toOrder(RestaurantBuyer::toBuyer(RestaurantIdentity::demo()), draft.reservedOrderId, now);
        QVERIFY(SupplierOrdering::place(db, nullptr, QStringLiteral("metro"), order).ok);
        QCOMPARE(OrderDraftStore::drafts(db).size(), 1);

        OrderEditorPage page; // the next start
        QVERIFY(page.draft().lines.isEmpty());
        QVERIFY(OrderDraftStore::drafts(db).isEmpty());
        QTest::keyClick(page.searchEdit(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!page.confirmBar()->isVisible());
        QCOMPARE(SupplierStore::orders(db).size(), 1);
    }

    void aQuantityTypedOverFollowsThePackRules()
    {
        OrderEditorPage page;
        QTest::keyClicks(page.searchEdit(), QStringLiteral("108245")); // potatoes, 10 kg bags
        QTest::keyClick(page.searchEdit(), Qt::Key_Return);
        QTest::keyClicks(page.quantityEdit(), QStringLiteral("1"));
        QTest::keyClick(page.quantityEdit(), Qt::Key_Return);
        QTableWidget* lines = page.linesTable();
        lines->item(0, 2)->setText(QStringLiteral("25 kg")); // as the in-place editor commits it
        QTRY_COMPARE(page.draft().lines.at(0).quantity.quantity, Decimal::fromInt(3));
        QVERIFY(page.draft().lines.at(0).quantity.isRounded());
        QTRY_VERIFY(!lines->item(0, 7)->text().isEmpty());
        lines->item(0, 2)->setText(QStringLiteral("trois"));
        QVERIFY2(page.statusText().contains(QStringLiteral("trois")), qPrintable(page.statusText()));
        QCOMPARE(page.draft().lines.at(0).quantity.quantity, Decimal::fromInt(3)); // kept
        QTRY_VERIFY(lines->item(0, 2)->text().startsWith(QStringLiteral("3 ")));   // shown again
        // Saved as typed.
        QSqlDatabase db = Database::connection();
        QCOMPARE(OrderDraftStore::load(db, page.draft().id)->lines.at(0).quantity.quantity,
                 Decimal::fromInt(3));
    }
};

QTEST_MAIN(TestOrderEditorSafety)
#include "tst_ordereditorsafety.moc"
