// Fournisseurs ▸ Suggestions offscreen, without a sandbox: the empty state
// says what is missing (no sales, then no recipe); with four weeks of the
// till's covers and sales and a recipe, METRO's next slot and its lines; a
// safety stock typed over a cell is stored (migration 0024) and adds exactly
// itself to the line; a quantity that is not one is refused in words and the
// line keeps its suggestion; Ctrl+Enter puts the lines into METRO's draft;
// a sub-recipe used in a unit it is not made in flags its products' lines,
// and Ctrl+U there opens that recipe line in Fiches techniques.

#include "common/core/readinterfaces.h"
#include "purchasingfixtures.h"
#include "suppliers/core/orderdraftstore.h"
#include "suppliers/ui/ordereditorpage.h"
#include "suppliers/ui/ordersplitdialog.h"
#include "suppliers/ui/recipespage.h"
#include "suppliers/ui/suggestionspage.h"
#include "suppliers/ui/tableemptyhint.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace Moulin;
using Test::dec;

namespace {

const QDate kToday(2026, 12, 7); // a Monday
const QString kMetro = QStringLiteral("metro-nanterre");

/// Four weeks of the till: 100 covers a day (40 at lunch, 60 at dinner).
class Till final : public CoversHistorySource
{
public:
    QList<CoversAtSlot> covers(const QDate& from, const QDate& to) const override
    {
        QList<CoversAtSlot> rows;
        for (QDate day = std::max(from, firstDay()); day <= to && day < kToday; day = day.addDays(1)) {
            rows.append({day, 0, 12 * 60 + 30, 40});
            rows.append({day, 1, 20 * 60, 60});
        }
        return rows;
    }
    QDate firstDay() const override { return kToday.addDays(-28); }
};

/// 25 entrecôtes a day (a quarter of the covers); none when `empty`.
class Menu final : public MenuSalesSource
{
public:
    bool empty = false;
    QList<MenuItemInfo> menuItems() const override
    {
        return {{QStringLiteral("PLA-ENTRECOTE"), QStringLiteral("Entrecôte frites"), 2600, 1000,
                 QStringLiteral("Plats"), true}};
    }
    QList<MenuItemSold> sold(const QDate& from, const QDate& to) const override
    {
        QList<MenuItemSold> rows;
        for (QDate day = from; !empty && day <= to && day < kToday; day = day.addDays(1))
            rows.append({day, QStringLiteral("PLA-ENTRECOTE"), 25000});
        return rows;
    }
};

int rowOf(const SuggestionsPage& page, const QString& sku)
{
    const QList<SuggestedLine> lines = page.currentLines();
    for (int r = 0; r < lines.size(); ++r) {
        if (lines.at(r).product.sku == sku)
            return r;
    }
    return -1;
}

} // namespace

class TestSuggestionsPage : public QObject
{
    Q_OBJECT

    std::shared_ptr<Menu> m_menu;

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        m_menu = std::make_shared<Menu>();
        ReadInterfaces::provide<CoversHistorySource>(std::make_shared<Till>());
        ReadInterfaces::provide<MenuSalesSource>(m_menu);
        const Test::FreshDatabase fresh = Test::openFreshDatabase(QStringLiteral("suggestionspage"));
        QVERIFY(fresh.opened.ok());
        QVERIFY(Test::storeCatalogues(false));
    }

    void cleanupTestCase()
    {
        ReadInterfaces::withdraw<CoversHistorySource>();
        ReadInterfaces::withdraw<MenuSalesSource>();
    }

    void suggestionsTypedOverAndPrepared()
    {
        SuggestionsPage page;
        page.setClock([] { return QDateTime(kToday, QTime(10, 0)); });
        page.resize(1400, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QSignalSpy reloaded(&page, &SuggestionsPage::reloaded);

        // No sales: the empty state says so.
        m_menu->empty = true;
        page.reload();
        QVERIFY(reloaded.wait(20000));
        QVERIFY(page.isShowingEmptyState());
        QCOMPARE(page.result()->missing, SuggestedOrders::Missing::Sales);
        // Sales, no recipe.
        m_menu->empty = false;
        page.reload();
        QVERIFY(reloaded.wait(20000));
        QVERIFY(page.isShowingEmptyState());
        QCOMPARE(page.result()->missing, SuggestedOrders::Missing::Recipes);

        // The recipe: 300 g of entrecôte a portion.
        QSqlDatabase db = Database::connection();
        Recipe recipe;
        recipe.menuItemId = QStringLiteral("PLA-ENTRECOTE");
        recipe.name = QStringLiteral("Entrecôte frites");
        recipe.lines = {Test::productLine("221903", "300", "GRM")};
        QString error;
        QVERIFY2(RecipeStore::save(db, recipe, kToday, Test::purchasingNow(), &error), qPrintable(error));
        page.reload();
        QVERIFY(reloaded.wait(20000));
        QVERIFY(!page.isShowingEmptyState());
        QCOMPARE(page.currentSupplier(), kMetro);
        const SupplierSuggestion* slot = page.result()->find(kMetro);
        QVERIFY(slot);
        QCOMPARE(slot->delivery, QDate(2026, 12, 9)); // Monday's cut-off (Sunday 14:00) is past
        // Cut-off Tuesday 14:00, 28 hours away.
        QVERIFY2(page.slotText().contains(OrderEditorPage::countdown(28 * 3600)),
                 qPrintable(page.slotText()));
        const int row = rowOf(page, QStringLiteral("221903"));
        QVERIFY(row >= 0);
        const SuggestedLine before = page.currentLines().at(row);
        QVERIFY(before.forecastCovers > 0);
        // 0.3 kg × 0.25 entrecôte per cover.
        QCOMPARE(before.need, dec("0.075") * Decimal::fromMicros(
                                                 qint64(std::llround(before.forecastCovers * 10)) * 100000));
        QVERIFY(page.linesTable()
                    ->item(row, SuggestionsPage::ColQuantity)
                    ->toolTip()
                    .contains(QStringLiteral("Entrecôte frites")));

        // Enter from the suppliers: the lines; down to the row, a safety stock of 5 kg.
        QTest::keyClick(page.supplierList(), Qt::Key_Return);
        QTableWidget* lines = page.linesTable();
        QCOMPARE(lines->currentColumn(), int(SuggestionsPage::ColQuantity));
        lines->setCurrentCell(row, SuggestionsPage::ColPar);
        QTest::keyClick(lines, Qt::Key_5);
        auto* editor = lines->viewport()->findChild<QLineEdit*>();
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY(reloaded.wait(20000));
        QCOMPARE(ParStock::load(db).value(PriceBook::key(kMetro, QStringLiteral("221903"))),
                 Decimal::fromInt(5));
        const SuggestedLine withPar = page.currentLines().at(rowOf(page, QStringLiteral("221903")));
        QCOMPARE(withPar.par, Decimal::fromInt(5));
        QCOMPARE(withPar.raw, before.raw + Decimal::fromInt(5));

        // A quantity that is not one: refused in words, the suggestion kept.
        const int r = rowOf(page, QStringLiteral("221903"));
        lines->setFocus();
        lines->setCurrentCell(r, SuggestionsPage::ColQuantity);
        QTest::keyClick(lines, Qt::Key_B);
        editor = lines->viewport()->findChild<QLineEdit*>();
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral("eaucoup"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY2(page.statusText().contains(QStringLiteral("eaucoup")), qPrintable(page.statusText()));
        QTRY_COMPARE(page.currentLines().at(r).quantity.quantity, withPar.quantity.quantity);

        // « Répartir au meilleur prix… »: the unrounded need of every line, by
        // its supplier's next delivery, into the split dialog.
        QVERIFY(page.splitButton()->isEnabled());
        const QList<SplitDemand> demands = page.splitDemands();
        const auto entrecote = std::find_if(demands.begin(), demands.end(), [](const SplitDemand& d) {
            return d.sku == QLatin1String("221903");
        });
        QVERIFY(entrecote != demands.end());
        QCOMPARE(entrecote->supplierId, kMetro);
        QCOMPARE(entrecote->quantity, withPar.raw);
        QCOMPARE(entrecote->neededBy, QDate(2026, 12, 9));
        page.openSplit();
        auto* split = page.findChild<OrderSplitDialog*>();
        QVERIFY(split);
        QTRY_VERIFY_WITH_TIMEOUT(!split->isBusy() && split->plan().solved, 30000);
        QVERIFY(split->plan().offerOf(0));
        split->reject();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        lines->setFocus();

        // Ctrl+Enter: METRO's draft holds the line, for Wednesday.
        QSignalSpy prepared(&page, &SuggestionsPage::draftPrepared);
        QTest::keyClick(lines, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(prepared.size(), 1);
        QCOMPARE(prepared.at(0).at(0).toString(), kMetro);
        const std::optional<OrderDraft> draft = OrderDraftStore::load(db, prepared.at(0).at(1).toLongLong());
        QVERIFY(draft);
        QCOMPARE(draft->deliveryDate, QDate(2026, 12, 9));
        QCOMPARE(draft->lines.size(), 1);
        QCOMPARE(draft->lines.first().quantity.quantity, withPar.quantity.quantity);
        // Escape in the lines: back to the suppliers.
        QTest::keyClick(lines, Qt::Key_Escape);
        QVERIFY(page.supplierList()->hasFocus());

        // The suppliers on unbroken lines, each whole in its tooltip.
        QVERIFY(!page.supplierList()->wordWrap());
        for (int i = 0; i < page.supplierList()->count(); ++i)
            QCOMPARE(page.supplierList()->item(i)->toolTip(), page.supplierList()->item(i)->text());
        // Lines to order: no empty-table hint.
        auto* hint = lines->findChild<TableEmptyHint*>(QStringLiteral("suggestionLinesEmpty"));
        QVERIFY(hint);
        QVERIFY(!hint->isShown());

        // The safety stock shows its unit, and takes one typed with it.
        int p = rowOf(page, QStringLiteral("221903"));
        QCOMPARE(lines->item(p, SuggestionsPage::ColPar)->text(), QStringLiteral("5 kg"));
        // Every line's covers are the delivery's, said in the heading: no
        // column repeating them; the supplier list leaves the lines the room.
        QVERIFY(lines->isColumnHidden(SuggestionsPage::ColCovers));
        QVERIFY(page.supplierList()->width() <= std::max(220, page.width() / 5));
        // The note takes the room left, and its tooltip has it whole.
        QCOMPARE(lines->horizontalHeader()->sectionResizeMode(SuggestionsPage::ColNote),
                 QHeaderView::Stretch);
        for (int n = 0; n < lines->rowCount(); ++n) {
            const QTableWidgetItem* note = lines->item(n, SuggestionsPage::ColNote);
            if (!note->text().isEmpty())
                QVERIFY2(note->toolTip().startsWith(note->text()), qPrintable(note->toolTip()));
        }
        lines->setFocus();
        lines->setCurrentCell(p, SuggestionsPage::ColPar);
        QTest::keyClick(lines, Qt::Key_2);
        editor = lines->viewport()->findChild<QLineEdit*>();
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral(",5 kg"));
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY(reloaded.wait(20000));
        QCOMPARE(ParStock::load(db).value(PriceBook::key(kMetro, QStringLiteral("221903"))), dec("2.5"));
        p = rowOf(page, QStringLiteral("221903"));
        QCOMPARE(lines->item(p, SuggestionsPage::ColPar)->text(), QStringLiteral("2,5 kg"));
        // Another unit is refused in words, the stored one kept.
        lines->setFocus();
        lines->setCurrentCell(p, SuggestionsPage::ColPar);
        QTest::keyClick(lines, Qt::Key_3);
        editor = lines->viewport()->findChild<QLineEdit*>();
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral(" colis"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY2(page.statusText().contains(QStringLiteral("3 colis")), qPrintable(page.statusText()));
        QCOMPARE(ParStock::load(db).value(PriceBook::key(kMetro, QStringLiteral("221903"))), dec("2.5"));
    }

    void subRecipeInAnotherUnitFlaggedAndCtrlU()
    {
        // A beurre blanc made by the kilo (cream in it), used by the entrecôte "per piece": the cream's
        // line says why it cannot be counted, and Ctrl+U on it opens that recipe line.
        QSqlDatabase db = Database::connection();
        QString error;
        Recipe sauce;
        sauce.name = QStringLiteral("Beurre blanc");
        sauce.outputUnit = QStringLiteral("KGM");
        sauce.lines = {Test::productLine("330112", "40", "CLT")};
        QVERIFY2(RecipeStore::save(db, sauce, kToday, Test::purchasingNow(), &error), qPrintable(error));
        std::optional<Recipe> dish = RecipeStore::recipeForMenuItem(db, QStringLiteral("PLA-ENTRECOTE"));
        QVERIFY(dish);
        dish->lines.append(Test::subLine(sauce.id, "1", "C62"));
        QVERIFY2(RecipeStore::save(db, *dish, kToday, Test::purchasingNow(), &error), qPrintable(error));

        SuggestionsPage page;
        page.setClock([] { return QDateTime(kToday, QTime(10, 0)); });
        page.resize(1400, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy reloaded(&page, &SuggestionsPage::reloaded);
        page.reload();
        QVERIFY(reloaded.wait(20000));
        const int row = rowOf(page, QStringLiteral("330112"));
        QVERIFY(row >= 0);
        const SuggestedLine cream = page.currentLines().at(row);
        QVERIFY(cream.isFlagged());
        QCOMPARE(cream.need, Decimal());
        QTableWidget* lines = page.linesTable();
        const QString note = lines->item(row, SuggestionsPage::ColNote)->text();
        QVERIFY2(note.contains(QStringLiteral("Beurre blanc")) && note.contains(QStringLiteral("Ctrl+U")),
                 qPrintable(note));

        QSignalSpy fix(&page, &SuggestionsPage::unitFixRequested);
        lines->setFocus();
        lines->setCurrentCell(rowOf(page, QStringLiteral("221903")), SuggestionsPage::ColProduct);
        QTest::keyClick(lines, Qt::Key_U, Qt::ControlModifier);
        QCOMPARE(fix.size(), 0); // the entrecôte's line converts: nothing to fix, said so
        QVERIFY(!page.statusText().isEmpty());
        lines->setCurrentCell(row, SuggestionsPage::ColProduct);
        QTest::keyClick(lines, Qt::Key_U, Qt::ControlModifier);
        QCOMPARE(fix.size(), 1);
        QCOMPARE(fix.first().at(0).toLongLong(), dish->id);
        QCOMPARE(fix.first().at(1).toInt(), 1);

        // Fiches techniques opens that line and says what to type (a sub-recipe has no conversion).
        RecipesPage recipes;
        recipes.setTodayProvider([] { return kToday; });
        recipes.show();
        QSignalSpy recipesRead(&recipes, &RecipesPage::reloaded);
        recipes.reload();
        QTRY_VERIFY_WITH_TIMEOUT(recipesRead.size() >= 1, 20000);
        QVERIFY(recipes.showUnitProblem(dish->id, 1));
        QCOMPARE(recipes.editedRecipe().id, dish->id);
        QCOMPARE(recipes.linesTable()->currentRow(), 1);
        QVERIFY2(recipes.messageLabel()->text().contains(QStringLiteral("Beurre blanc")),
                 qPrintable(recipes.messageLabel()->text()));
    }
};

QTEST_MAIN(TestSuggestionsPage)
#include "tst_suggestionspage.moc"
