// Fiches techniques and Stock offscreen, driven by the keyboard: a dish's
// recipe typed line by line (product search, quantity, Enter), the food
// cost and margin shown live, Ctrl+S, the dishes sorted worst food cost %
// first, an unconvertible unit shown as such; the inventory typed (product,
// Enter, count, Enter) and a negative count refused until confirmed; a
// unit conversion added from a flagged line (Ctrl+U); sub-recipes chosen in
// the editor, a cycle refused; waste entered with its reason and totalled
// per week in euros; a promotion marked on its line with the regular food
// cost beside; the pages' data read on a worker thread.

#include "common/core/dbworker.h"
#include "purchasingfixtures.h"
#include "suppliers/ui/recipespage.h"
#include "suppliers/ui/stockpage.h"
#include "suppliers/ui/supplierformat.h"
#include "suppliers/ui/tableemptyhint.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Moulin;
using Test::dec;

namespace {

class StubMenu final : public MenuSalesSource
{
public:
    QList<MenuItemInfo> menuItems() const override
    {
        return {{QStringLiteral("PLA-JOUR"), QStringLiteral("Plat du jour"), 1550, 1000,
                 QStringLiteral("Plats"), true},
                {QStringLiteral("PLA-BAR"), QStringLiteral("Filet de bar, beurre blanc"), 2400, 1000,
                 QStringLiteral("Plats"), true},
                {QStringLiteral("DES-CREME"), QStringLiteral("Crème brûlée"), 750, 1000,
                 QStringLiteral("Desserts"), true}};
    }
    QList<MenuItemSold> sold(const QDate&, const QDate&) const override { return {}; }
};

/// The menu, remembering the thread it was read on.
class ThreadMenu final : public MenuSalesSource
{
public:
    QList<MenuItemInfo> menuItems() const override
    {
        readOn = QThread::currentThread();
        return StubMenu().menuItems();
    }
    QList<MenuItemSold> sold(const QDate&, const QDate&) const override { return {}; }
    mutable std::atomic<QThread*> readOn = nullptr;
};

int rowOf(QTableWidget* table, const QString& id)
{
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->data(Qt::UserRole).toString() == id)
            return r;
    }
    return -1;
}

int recipeRowOf(QTableWidget* table, const QString& name)
{
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->text() == name)
            return r;
    }
    return -1;
}

void typeLine(RecipesPage& page, const char* search, const char* quantity)
{
    page.productSearch()->setFocus();
    QTest::keyClicks(page.productSearch(), QString::fromUtf8(search));
    QTest::keyClick(page.productSearch(), Qt::Key_Return);
    QTest::keyClicks(page.quantityField(), QString::fromLatin1(quantity));
    QTest::keyClick(page.quantityField(), Qt::Key_Return);
}

} // namespace

class TestPurchasingPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The app runs in French: decimal commas.
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    }

    void init()
    {
        const Test::FreshDatabase fresh = Test::openFreshDatabase(
            QStringLiteral("purchasingpages-%1").arg(QLatin1String(QTest::currentTestFunction())));
        QVERIFY(fresh.opened.ok());
        QVERIFY(Test::storeCatalogues(true));
    }

    void recipeTypedWithTheKeyboard()
    {
        RecipesPage page;
        page.setTodayProvider([] { return Test::purchasingDay(); });
        page.setMenuSource(std::make_shared<StubMenu>());
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.dishesTable()->rowCount(), 3);
        QCOMPARE(page.dishesTable()->item(0, 5)->text(), RecipesPage::tr("No recipe yet"));

        // Plat du jour: 100 g of carrots (1.15 €/kg): 0.115 € a portion.
        page.dishesTable()->selectRow(rowOf(page.dishesTable(), QStringLiteral("PLA-JOUR")));
        QCOMPARE(page.editedRecipe().menuItemId, QStringLiteral("PLA-JOUR"));
        typeLine(page, "carot", "100");
        QCOMPARE(page.editedRecipe().lines.size(), 1);
        QCOMPARE(page.editedRecipe().lines.at(0).sku, QStringLiteral("108311"));
        QCOMPARE(page.editedRecipe().lines.at(0).unit, QStringLiteral("GRM"));
        QCOMPARE(page.editedRecipe().lines.at(0).quantity, dec("100"));
        QVERIFY(page.productSearch()->hasFocus());
        // Price 15.50 incl. 10 % VAT → 14.09 excl.; margin 13.975 €.
        QVERIFY2(page.costLabel()->text().contains(QStringLiteral("14,09")),
                 qPrintable(page.costLabel()->text()));
        QVERIFY(page.costLabel()->text().contains(QStringLiteral("13,975")));
        QTest::keyClick(page.productSearch(), Qt::Key_S, Qt::ControlModifier);
        QSqlDatabase db = Database::connection();
        const std::optional<Recipe> stored = RecipeStore::recipeForMenuItem(db, QStringLiteral("PLA-JOUR"));
        QVERIFY(stored);
        QCOMPARE(RecipeStore::storedCost(db, stored->id)->perPortion, dec("0.115"));

        // Filet de bar: 180 g of chicken (2.142 €, 9.82 % of 21.82 €): worse, listed first.
        page.dishesTable()->selectRow(rowOf(page.dishesTable(), QStringLiteral("PLA-BAR")));
        QCOMPARE(page.editedRecipe().menuItemId, QStringLiteral("PLA-BAR"));
        QVERIFY(page.editedRecipe().lines.isEmpty());
        typeLine(page, "poulet", "180");
        QVERIFY(page.save());
        QCOMPARE(page.dishOrder(), (QStringList{QStringLiteral("PLA-BAR"), QStringLiteral("PLA-JOUR"),
                                                QStringLiteral("DES-CREME")}));
        QCOMPARE(page.dishesTable()->item(0, 3)->text(), QStringLiteral("9,82 %"));
        // The list in cents: 2.142 € a portion, 19.678 € of margin.
        QCOMPARE(page.dishesTable()->item(0, 2)->text(), QStringLiteral("2,14\u00a0€"));
        QCOMPARE(page.dishesTable()->item(0, 4)->text(), QStringLiteral("19,68\u00a0€"));

        // Butter is priced per piece: 30 g is flagged, not guessed.
        page.dishesTable()->selectRow(rowOf(page.dishesTable(), QStringLiteral("DES-CREME")));
        typeLine(page, "beurre doux", "30");
        QCOMPARE(page.editedRecipe().lines.size(), 1);
        QCOMPARE(page.linesTable()->item(0, 3)->text(), RecipesPage::tr("not convertible"));
        QVERIFY(page.costLabel()->toolTip().contains(QStringLiteral("Beurre doux")));
        QVERIFY(page.linesTable()->item(0, 0)->toolTip().contains(QStringLiteral("Beurre doux")));
        QVERIFY(page.save());
        QCOMPARE(page.dishOrder().last(), QStringLiteral("DES-CREME"));
        QVERIFY(!page.dishesTable()->item(2, 5)->text().isEmpty());

        // A bad quantity says why and adds nothing.
        typeLine(page, "farine", "abc");
        QCOMPARE(page.editedRecipe().lines.size(), 1);
        QVERIFY(!page.messageLabel()->text().isEmpty());
    }

    void inventoryTypedWithTheKeyboard()
    {
        StockPage page;
        page.setMenuSource(std::make_shared<StubMenu>());
        page.dayEdit()->setDate(QDate(2026, 12, 8));
        page.areaBox()->setCurrentText(QStringLiteral("Chambre froide"));
        QStringList asked;
        bool answer = false;
        page.confirm = [&](const QString& warning) {
            asked.append(warning);
            return answer;
        };
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        // Nothing counted yet: the empty table says what to do, on which day
        // and where; no empty list of matches before a product is typed; the
        // area's box keeps to its names' width.
        auto* countsHint = page.countsTable()->findChild<TableEmptyHint*>(QStringLiteral("stockCountsEmpty"));
        QVERIFY(countsHint);
        QVERIFY(countsHint->isShown());
        QVERIFY2(countsHint->text().contains(QStringLiteral("Chambre froide")),
                 qPrintable(countsHint->text()));
        QVERIFY(!page.productResults()->isVisible());
        QVERIFY(page.areaBox()->width() < page.width() / 2);
        auto* varianceHint =
            page.varianceTable()->findChild<TableEmptyHint*>(QStringLiteral("stockVarianceEmpty"));
        QVERIFY(varianceHint);
        QVERIFY(varianceHint->isShown());

        page.productSearch()->setFocus();
        QTest::keyClicks(page.productSearch(), QStringLiteral("poulet"));
        QVERIFY(page.productResults()->isVisible());
        QTest::keyClick(page.productSearch(), Qt::Key_Return);
        QVERIFY(page.countField()->hasFocus());
        QTest::keyClicks(page.countField(), QStringLiteral("2,5"));
        QTest::keyClick(page.countField(), Qt::Key_Return);
        QVERIFY(page.productSearch()->hasFocus());
        QSqlDatabase db = Database::connection();
        QList<StockCount> counts = Stock::counts(db, QDate(2026, 12, 8), QStringLiteral("Chambre froide"));
        QCOMPARE(counts.size(), 1);
        QCOMPARE(counts.at(0).sku, QStringLiteral("220417"));
        QCOMPARE(counts.at(0).quantity, dec("2.5"));
        QCOMPARE(page.countsTable()->rowCount(), 1);
        QCOMPARE(page.varianceTable()->rowCount(), 1);
        QCOMPARE(page.varianceTable()->item(0, 7)->text(), QStringLiteral("2,5"));
        QVERIFY(!countsHint->isShown());
        QVERIFY(!varianceHint->isShown());
        // The product takes the room left, the figures keep to their width.
        QCOMPARE(page.varianceTable()->horizontalHeader()->sectionResizeMode(0), QHeaderView::Stretch);
        QTRY_COMPARE(page.varianceTable()->horizontalHeader()->length(),
                     page.varianceTable()->viewport()->width());

        // A negative count: asked, declined, not stored.
        QTest::keyClicks(page.productSearch(), QStringLiteral("carottes"));
        QTest::keyClick(page.productSearch(), Qt::Key_Return);
        QTest::keyClicks(page.countField(), QStringLiteral("-3"));
        QTest::keyClick(page.countField(), Qt::Key_Return);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(Stock::counts(db, QDate(2026, 12, 8)).size(), 1);
        QVERIFY(!page.messageLabel()->text().isEmpty());
        // Confirmed: stored.
        answer = true;
        QTest::keyClick(page.countField(), Qt::Key_Return);
        QCOMPARE(asked.size(), 2);
        QCOMPARE(Stock::counts(db, QDate(2026, 12, 8)).size(), 2);
    }

    void aConversionAddedFromAFlaggedLine()
    {
        RecipesPage page;
        page.setTodayProvider([] { return Test::purchasingDay(); });
        page.setMenuSource(std::make_shared<StubMenu>());
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.dishesTable()->selectRow(rowOf(page.dishesTable(), QStringLiteral("DES-CREME")));
        typeLine(page, "beurre doux", "30");
        QCOMPARE(page.linesTable()->item(0, 3)->text(), RecipesPage::tr("not convertible"));
        QVERIFY(page.save());

        // Ctrl+U on the red line: 1 pièce = … g, the product's unit and the line's proposed.
        page.linesTable()->setFocus();
        page.linesTable()->selectRow(0);
        QTest::keyClick(page.linesTable(), Qt::Key_U, Qt::ControlModifier);
        QVERIFY(page.conversionPanel()->isVisible());
        QVERIFY(page.conversionFactorField()->hasFocus());
        QCOMPARE(page.conversionFromBox()->currentData().toString(), QStringLiteral("C62"));
        QCOMPARE(page.conversionToBox()->currentData().toString(), QStringLiteral("GRM"));
        QCOMPARE(page.conversionsLabel()->text(), RecipesPage::tr("No conversion for this product yet."));
        // Not a number: said, nothing stored.
        QTest::keyClicks(page.conversionFactorField(), QStringLiteral("abc"));
        QTest::keyClick(page.conversionFactorField(), Qt::Key_Return);
        QVERIFY(!page.messageLabel()->text().isEmpty());
        QSqlDatabase db = Database::connection();
        QVERIFY(RecipeStore::conversions(db).isEmpty());
        // 1 pièce = 250 g: 30 g of a 2.05 € butter is 0.246 €.
        page.conversionFactorField()->clear();
        QTest::keyClicks(page.conversionFactorField(), QStringLiteral("250"));
        QTest::keyClick(page.conversionFactorField(), Qt::Key_Return);
        const QList<UnitConversion> stored = RecipeStore::conversions(db).value(
            PriceBook::key(QStringLiteral("metro-nanterre"), QStringLiteral("330458")));
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first(), (UnitConversion{QStringLiteral("C62"), dec("250"), QStringLiteral("GRM")}));
        QCOMPARE(page.linesTable()->item(0, 4)->text(), SupplierFormat::money(dec("0.246")));
        QVERIFY(page.conversionsLabel()->text().contains(QStringLiteral("250")));
        // The stored cost followed (the dish is costed in full now).
        const std::optional<Recipe> recipe = RecipeStore::recipeForMenuItem(db, QStringLiteral("DES-CREME"));
        QVERIFY(recipe);
        QCOMPARE(RecipeStore::storedCost(db, recipe->id)->perPortion, dec("0.246"));
        QVERIFY(page.dishesTable()
                    ->item(rowOf(page.dishesTable(), QStringLiteral("DES-CREME")), 5)
                    ->text()
                    .isEmpty());
    }

    void subRecipesChosenInTheEditorWithoutCycles()
    {
        RecipesPage page;
        page.setTodayProvider([] { return Test::purchasingDay(); });
        page.setMenuSource(std::make_shared<StubMenu>());
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        // Ctrl+N, a name, Enter: a new sub-recipe, 500 g of carrots for one portion.
        QTest::keyClick(page.dishesTable(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(page.subRecipeNameField()->hasFocus());
        QTest::keyClicks(page.subRecipeNameField(), QStringLiteral("Fond blanc"));
        QTest::keyClick(page.subRecipeNameField(), Qt::Key_Return);
        QVERIFY(page.editedRecipe().isSubRecipe());
        QCOMPARE(page.editedRecipe().name, QStringLiteral("Fond blanc"));
        QVERIFY(page.outputUnitBox()->isVisible());
        typeLine(page, "carot", "500");
        QVERIFY(page.save());
        const int fondRow = recipeRowOf(page.dishesTable(), QStringLiteral("Fond blanc"));
        QVERIFY(fondRow >= 0);
        QCOMPARE(page.dishesTable()->item(fondRow, 5)->text(), RecipesPage::tr("Sub-recipe"));
        QCOMPARE(page.dishOrder().size(), 3); // the dishes only
        // The same name again is refused.
        QVERIFY(!page.startSubRecipe(QStringLiteral("fond blanc")));

        // The dish uses half of it: chosen in the list like a product.
        page.dishesTable()->selectRow(rowOf(page.dishesTable(), QStringLiteral("PLA-JOUR")));
        page.productSearch()->setFocus();
        QTest::keyClicks(page.productSearch(), QStringLiteral("fond"));
        QVERIFY(page.productResults()->count() >= 1);
        QCOMPARE(page.productResults()->item(0)->text(),
                 RecipesPage::tr("%1 (sub-recipe)").arg(QStringLiteral("Fond blanc")));
        QTest::keyClick(page.productSearch(), Qt::Key_Return);
        QCOMPARE(page.unitBox()->currentData().toString(), QStringLiteral("C62"));
        QTest::keyClicks(page.quantityField(), QStringLiteral("0,5"));
        QTest::keyClick(page.quantityField(), Qt::Key_Return);
        QCOMPARE(page.editedRecipe().lines.size(), 1);
        QVERIFY(page.editedRecipe().lines.first().isSubRecipe());
        // 500 g of carrots at 1.15 €/kg = 0.575 €, half of it: 0.2875 €.
        QCOMPARE(page.linesTable()->item(0, 4)->text(), SupplierFormat::money(dec("0.2875")));
        QVERIFY(page.save());

        // Sauce suprême uses the fond; the fond using the sauce would be a cycle: refused.
        QVERIFY(page.startSubRecipe(QStringLiteral("Sauce suprême")));
        typeLine(page, "fond", "0,2");
        QCOMPARE(page.editedRecipe().lines.size(), 1);
        QVERIFY(page.save());
        page.dishesTable()->selectRow(recipeRowOf(page.dishesTable(), QStringLiteral("Fond blanc")));
        QCOMPARE(page.editedRecipe().name, QStringLiteral("Fond blanc"));
        page.productSearch()->setFocus();
        QTest::keyClicks(page.productSearch(), QStringLiteral("sauce"));
        QCOMPARE(page.productResults()->count(), 1);
        QTest::keyClick(page.productSearch(), Qt::Key_Return);
        QTest::keyClicks(page.quantityField(), QStringLiteral("1"));
        QTest::keyClick(page.quantityField(), Qt::Key_Return);
        QCOMPARE(page.editedRecipe().lines.size(), 1); // carrots only
        QVERIFY2(page.messageLabel()->text().contains(QStringLiteral("Sauce suprême")),
                 qPrintable(page.messageLabel()->text()));
        // Its own name is not offered.
        page.productSearch()->clear();
        QTest::keyClicks(page.productSearch(), QStringLiteral("fond blanc"));
        QVERIFY(!page.productResults()->item(0)->flags().testFlag(Qt::ItemIsSelectable));
    }

    void aPromotionIsMarkedWithTheRegularFoodCostBeside()
    {
        // Tomatoes: 2.79 €/kg, 2.49 € in promotion from 1 to 13 December 2026.
        QDate day = Test::purchasingDay();
        RecipesPage page;
        page.setTodayProvider([&day] { return day; });
        page.setMenuSource(std::make_shared<StubMenu>());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.dishesTable()->selectRow(rowOf(page.dishesTable(), QStringLiteral("PLA-JOUR")));
        typeLine(page, "tomates", "200");
        const QString mark =
            RecipesPage::tr("promo price until %1").arg(SupplierFormat::day(QDate(2026, 12, 13)));
        QVERIFY2(page.linesTable()->item(0, 0)->text().endsWith(mark),
                 qPrintable(page.linesTable()->item(0, 0)->text()));
        // Today's price, the promotion included; the regular one beside.
        QCOMPARE(page.linesTable()->item(0, 4)->text(), SupplierFormat::money(dec("0.498")));
        QVERIFY2(page.costLabel()->text().contains(SupplierFormat::money(dec("0.498"))),
                 qPrintable(page.costLabel()->text()));
        QVERIFY2(page.costLabel()->text().contains(
                     RecipesPage::tr("At regular prices (without promotions): %1 per %2.")
                         .arg(SupplierFormat::money(dec("0.558")), RecipesPage::tr("portion"))),
                 qPrintable(page.costLabel()->text()));
        QVERIFY(page.save());
        // After the promotion: the regular price, nothing marked.
        day = QDate(2026, 12, 14);
        page.reload();
        page.dishesTable()->selectRow(rowOf(page.dishesTable(), QStringLiteral("PLA-JOUR")));
        QVERIFY(!page.linesTable()->item(0, 0)->text().contains(mark));
        QCOMPARE(page.linesTable()->item(0, 4)->text(), SupplierFormat::money(dec("0.558")));
        QVERIFY(!page.costLabel()->text().contains(
            RecipesPage::tr("At regular prices (without promotions): %1 per %2.")
                .arg(SupplierFormat::money(dec("0.558")), RecipesPage::tr("portion"))));
    }

    void wasteEnteredAndTotalledPerWeek()
    {
        StockPage page;
        page.setMenuSource(std::make_shared<StubMenu>());
        page.dayEdit()->setDate(QDate(2026, 12, 1)); // a Tuesday
        page.resize(1100, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto waste = [&](const char* search, const char* quantity, const QString& reason) {
            page.productSearch()->setFocus();
            QTest::keyClicks(page.productSearch(), QString::fromLatin1(search));
            QTest::keyClick(page.productSearch(), Qt::Key_Return);
            QTest::keyClicks(page.countField(), QString::fromLatin1(quantity));
            page.wasteReasonBox()->setCurrentText(reason);
            QTest::keyClick(page.countField(), Qt::Key_P, Qt::ControlModifier);
        };
        // 2 kg of carrots at 1.15 €: 2.30 € the week of 30 November.
        waste("carot", "2", StockPage::tr("Past its date"));
        QSqlDatabase db = Database::connection();
        QCOMPARE(Stock::waste(db, QDate(2026, 11, 30), QDate(2026, 12, 6)).size(), 1);
        // A week later, 0.5 kg of chicken at 11.90 €: 5.95 €, broken.
        page.dayEdit()->setDate(QDate(2026, 12, 8));
        waste("poulet", "0,5", QStringLiteral("Casse"));
        const QList<WasteEntry> week = Stock::waste(db, QDate(2026, 12, 7), QDate(2026, 12, 13));
        QCOMPARE(week.size(), 1);
        QCOMPARE(week.first().reason, QStringLiteral("Casse"));
        QCOMPARE(week.first().quantity, dec("0.5"));
        // Nothing wasted: refused, said.
        waste("poulet", "0", QStringLiteral("Casse"));
        QCOMPARE(Stock::waste(db, QDate(2026, 12, 7), QDate(2026, 12, 13)).size(), 1);
        QVERIFY(!page.messageLabel()->text().isEmpty());

        page.views()->setCurrentIndex(1);
        QTableWidget* list = page.wasteTable();
        QCOMPARE(list->rowCount(), 2);
        QCOMPARE(list->item(0, 3)->text(), QStringLiteral("Casse")); // newest first
        QCOMPARE(list->item(0, 4)->text(), SupplierFormat::money(dec("5.95")));
        QTableWidget* weeks = page.wasteWeeksTable();
        QCOMPARE(weeks->rowCount(), StockData::kWasteWeeks);
        QVERIFY(weeks->item(0, 0)->text().contains(SupplierFormat::day(QDate(2026, 12, 7))));
        QCOMPARE(weeks->item(0, 1)->text(), QStringLiteral("1"));
        QCOMPARE(weeks->item(0, 2)->text(), SupplierFormat::money(dec("5.95")));
        QCOMPARE(weeks->item(1, 2)->text(), SupplierFormat::money(dec("2.30")));
        QCOMPARE(weeks->item(2, 2)->text(), SupplierFormat::money(Decimal()));
    }

    void thePagesReadOnTheWorkerThread()
    {
        DbWorker worker;
        auto menu = std::make_shared<ThreadMenu>();
        RecipesPage recipes;
        recipes.setWorker(&worker);
        recipes.setTodayProvider([] { return Test::purchasingDay(); });
        QSignalSpy reloaded(&recipes, &RecipesPage::reloaded);
        recipes.setMenuSource(menu);
        QTRY_VERIFY_WITH_TIMEOUT(recipes.dishesTable()->rowCount() == 3, 10000);
        QVERIFY(menu->readOn.load() != nullptr);
        QVERIFY(menu->readOn.load() != QThread::currentThread());
        QVERIFY(!reloaded.isEmpty());

        StockPage stock;
        stock.setWorker(&worker);
        stock.setMenuSource(menu);
        QTRY_VERIFY_WITH_TIMEOUT(stock.data() != nullptr, 10000);
        QCOMPARE(stock.wasteWeeksTable()->rowCount(), StockData::kWasteWeeks);
    }
};

QTEST_MAIN(TestPurchasingPages)
#include "tst_purchasingpages.moc"
