// SuppliersArea's wiring of the Fournisseurs tab: the order editor's "type
// to find a product" searches the tab's snapshot (CatalogueIndex) once it is
// read — a product gone from the store since still shows until the next
// snapshot, and a product stored since shows once the tab read it again.
#include "common/core/database.h"
#include "supplierfixtures.h"
#include "suppliers/core/supplierstore.h"
#include "suppliers/ui/ordereditorpage.h"
#include "suppliers/ui/recipespage.h"
#include "suppliers/ui/stockpage.h"
#include "suppliers/ui/suppliersarea.h"
#include "suppliers/ui/supplierstab.h"

#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Moulin;

class TestSuppliersArea : public QObject
{
    Q_OBJECT

    static QStringList matches(OrderEditorPage* editor, const QString& text)
    {
        editor->searchEdit()->clear();
        QTest::keyClicks(editor->searchEdit(), text);
        QStringList out;
        for (int i = 0; i < editor->matchList()->count(); ++i)
            out << editor->matchList()->item(i)->text().section(QStringLiteral(" — "), -1);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const Test::FreshDatabase fresh = Test::openFreshDatabase(QStringLiteral("suppliers-area"));
        QVERIFY2(fresh.opened.ok(), qPrintable(fresh.opened.message));
        QSqlDatabase db = Database::connection();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QString error;
        QVERIFY(SupplierStore::upsertSupplier(db, Test::metro(), QStringLiteral("metro"), now, &error));
        for (const Test::CatalogueLine& line : Test::metroBasket())
            QVERIFY(SupplierStore::upsertProduct(db, {line.product, QString()}, Decimal::fromInt(5), now,
                                                 nullptr, &error));
    }

    void cleanupTestCase() { Database::closeConnection(); }

    void theEditorSearchesTheTabsSnapshot()
    {
        SuppliersArea area;
        const QList<AreaTab> tabs = area.createTabs(nullptr);
        QCOMPARE(tabs.size(), 1);
        std::unique_ptr<QWidget> owner(tabs.first().widget);
        SuppliersTab* tab = area.suppliersTab();
        QVERIFY(tab);
        auto* editor = tab->findChild<OrderEditorPage*>();
        QVERIFY(editor);
        editor->reload();
        const Product first = Test::metroBasket().first().product;

        // Before the first snapshot: the store.
        QVERIFY(!tab->snapshot());
        QVERIFY2(matches(editor, first.sku).contains(first.sku), qPrintable(first.sku));

        QSignalSpy reloaded(tab, &SuppliersTab::reloaded);
        tab->reload();
        QTRY_VERIFY_WITH_TIMEOUT(!reloaded.isEmpty(), 10000);
        QVERIFY(tab->snapshot());

        // Gone from the store: the snapshot still has it (the store would not).
        QSqlDatabase db = Database::connection();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM supplier_product WHERE supplier_id = ? AND sku = ?"));
        q.addBindValue(first.supplierId);
        q.addBindValue(first.sku);
        QVERIFY(q.exec());
        QVERIFY(SupplierStore::searchProducts(db, first.supplierId, first.sku, 10).isEmpty());
        QVERIFY2(matches(editor, first.sku).contains(first.sku), qPrintable(first.sku));

        // The next snapshot: gone.
        reloaded.clear();
        tab->reload();
        QTRY_VERIFY_WITH_TIMEOUT(!reloaded.isEmpty(), 10000);
        QVERIFY(!matches(editor, first.sku).contains(first.sku));
    }

    void recipesAndStockReadOnTheTabsWorkerWithItsCatalogue()
    {
        SuppliersArea area;
        const QList<AreaTab> tabs = area.createTabs(nullptr);
        std::unique_ptr<QWidget> owner(tabs.first().widget);
        SuppliersTab* tab = area.suppliersTab();
        auto* recipes = tab->findChild<RecipesPage*>();
        auto* stock = tab->findChild<StockPage*>();
        QVERIFY(recipes && stock);
        // Nothing read on the GUI thread when the pages are made.
        QVERIFY(!recipes->data());
        QVERIFY(!stock->data());
        tab->reload();
        QTRY_VERIFY_WITH_TIMEOUT(recipes->data() && stock->data(), 10000);
        // The snapshot's search index, not a copy read again.
        QCOMPARE(recipes->data()->index.get(), &tab->snapshot()->index);
        QCOMPARE(stock->data()->index.get(), &tab->snapshot()->index);
        const Product second = Test::metroBasket().at(1).product;
        QVERIFY(recipes->data()->prices.product(second.supplierId, second.sku));
    }
};

QTEST_MAIN(TestSuppliersArea)
#include "tst_suppliersarea.moc"
