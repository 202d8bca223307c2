// Fiches techniques and Stock offscreen, driven by the keyboard: a dish's
// recipe typed line by line (product search, quantity, Enter), the food
// cost and margin shown live, Ctrl+S, the dishes sorted worst food cost %
// first, an unconvertible unit shown as such; the inventory typed (product,
// Enter, count, Enter) and a negative count refused until confirmed.

#include "purchasingfixtures.h"
#include "suppliers/ui/recipespage.h"
#include "suppliers/ui/stockpage.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>
#include <QTest>

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

int rowOf(QTableWidget* table, const QString& id)
{
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->data(Qt::UserRole).toString() == id)
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

        page.productSearch()->setFocus();
        QTest::keyClicks(page.productSearch(), QStringLiteral("poulet"));
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
};

QTEST_MAIN(TestPurchasingPages)
#include "tst_purchasingpages.moc"
