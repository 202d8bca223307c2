// « Répartir au meilleur prix » offscreen (suppliers/ui/ordersplitdialog.h):
// the split worked out off the GUI thread, a line pinned from the keyboard
// and the split worked out again, the pin taken back, « Appliquer » writing
// one draft per supplier in place of the draft the lines came from; and the
// order editor's button gathering the drafts of the same delivery day.

#include "common/core/apppaths.h"
#include "common/core/database.h"
#include "splitfixtures.h"
#include "suppliers/core/orderdraftstore.h"
#include "suppliers/core/ordersplit.h"
#include "suppliers/ui/ordereditorpage.h"
#include "suppliers/ui/ordersplitdialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Moulin;
using Test::dec;

namespace {

const QDate kTuesday(2026, 12, 8);

QStringList chosenSuppliers(const SplitPlan& plan)
{
    QStringList out;
    for (int i = 0; i < plan.lines.size(); ++i) {
        const SplitOffer* offer = plan.offerOf(i);
        out << (offer ? offer->product.supplierId : QString());
    }
    return out;
}

/// Waits until the dialog shows a split and is not working on another.
bool waitSolved(OrderSplitDialog& dialog, QSignalSpy& spy, int count)
{
    return QTest::qWaitFor([&] { return spy.size() >= count && !dialog.isBusy(); }, 20000);
}

/// Chooses `supplierId` in the pin box from the keyboard (↓/↑ from where it is).
void choosePin(OrderSplitDialog& dialog, const QString& supplierId)
{
    QComboBox* box = dialog.pinBox();
    const int target = box->findData(supplierId);
    QVERIFY2(target >= 0, qPrintable(supplierId));
    box->setFocus();
    while (box->currentIndex() < target)
        QTest::keyClick(box, Qt::Key_Down);
    while (box->currentIndex() > target)
        QTest::keyClick(box, Qt::Key_Up);
}

} // namespace

class TestOrderSplitDialog : public QObject
{
    Q_OBJECT

private:
    qint64 m_betaDraft = 0;
    qint64 m_gammaDraft = 0;

private Q_SLOTS:
    void init()
    {
        const Test::FreshDatabase fresh = Test::openFreshDatabase(
            QStringLiteral("order-split-dialog-") + QString::fromLatin1(QTest::currentTestFunction()));
        QVERIFY2(fresh.opened.ok(), qPrintable(fresh.opened.message));
        AppPaths::setDataDir(fresh.dir);
        AppPaths::setDemoDatabase(false);
        // tst_ordersplit's franco case: franco 100 €, else 20 € fee, at both.
        QVERIFY(Test::storeSupplier(Test::splitSupplier("alpha", "Alpha Primeurs", "100", "20")));
        QVERIFY(Test::storeSupplier(Test::splitSupplier("beta", "Beta Frais", "100", "20")));
        QVERIFY(Test::storeSupplier(Test::splitSupplier("gamma", "Gamma Crèmerie", "0", "0")));
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
        QVERIFY(Test::storeProduct(
            Test::splitProduct("gamma", "G1", Test::kGtinCream, "Crème épaisse", "1", "4")));
        // Beta's draft for Tuesday: one pack of each; Gamma's: 3 kg of cream.
        QSqlDatabase db = Database::connection();
        QString error;
        OrderDraft beta;
        beta.supplier = *SupplierStore::supplier(db, QStringLiteral("beta"));
        beta.deliveryDate = kTuesday;
        for (const char* sku : {"B1", "B2", "B3"})
            QVERIFY(beta.addLine(
                        SupplierStore::product(db, QStringLiteral("beta"), QString::fromLatin1(sku))->product,
                        QStringLiteral("1"), &error) >= 0);
        QVERIFY(OrderDraftStore::save(db, beta, Test::splitNow().toUTC(), &error));
        m_betaDraft = beta.id;
        OrderDraft gamma;
        gamma.supplier = *SupplierStore::supplier(db, QStringLiteral("gamma"));
        gamma.deliveryDate = kTuesday;
        QVERIFY(
            gamma.addLine(SupplierStore::product(db, QStringLiteral("gamma"), QStringLiteral("G1"))->product,
                          QStringLiteral("3"), &error) >= 0);
        QVERIFY(OrderDraftStore::save(db, gamma, Test::splitNow().toUTC(), &error));
        m_gammaDraft = gamma.id;
    }

    void cleanup() { Database::closeConnection(); }

    void aPinnedLineIsSolvedAgainAndTheSplitApplied()
    {
        QSqlDatabase db = Database::connection();
        const OrderDraft beta = *OrderDraftStore::load(db, m_betaDraft);
        OrderSplitDialog dialog(OrderSplit::demandsOf(beta, Test::splitNow()));
        dialog.setClock(&Test::splitNow);
        dialog.setReplacedDrafts({m_betaDraft});
        QSignalSpy solved(&dialog, &OrderSplitDialog::solved);
        QSignalSpy applied(&dialog, &OrderSplitDialog::applied);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(waitSolved(dialog, solved, 1));
        // Everything from Alpha: 10 + 50 + 45 = 105.00 (franco reached); from
        // Beta, the usual supplier, 9 + 60 + 44 = 113.00: 8.00 saved.
        QCOMPARE(chosenSuppliers(dialog.plan()), QStringList({"alpha", "alpha", "alpha"}));
        QCOMPARE(dialog.plan().total, dec("105"));
        QVERIFY2(dialog.summaryText().contains(OrderDraft::money(dec("8"))),
                 qPrintable(dialog.summaryText()));
        QCOMPARE(dialog.linesTable()->rowCount(), 3);
        QCOMPARE(dialog.linesTable()->item(1, 2)->text(), QStringLiteral("Alpha Primeurs"));
        QVERIFY(dialog.applyButton()->isEnabled());

        // Tomatoes (row 1) pinned to Beta from the keyboard: then everything
        // from Beta is cheapest, 113.00 (Alpha's 55 + 20 fee with Beta's 60 +
        // 20 fee would be 155.00).
        dialog.linesTable()->setFocus();
        dialog.linesTable()->setCurrentCell(0, 0);
        QTest::keyClick(dialog.linesTable(), Qt::Key_Down);
        QCOMPARE(dialog.linesTable()->currentRow(), 1);
        choosePin(dialog, QStringLiteral("beta"));
        QVERIFY(waitSolved(dialog, solved, 2));
        QCOMPARE(chosenSuppliers(dialog.plan()), QStringList({"beta", "beta", "beta"}));
        QCOMPARE(dialog.plan().total, dec("113"));
        QVERIFY(dialog.linesTable()->item(1, 2)->text().startsWith(QStringLiteral("Beta Frais")));
        QCOMPARE(dialog.plan().saving(), std::optional<Decimal>(Decimal()));

        // Back to the cheapest: Alpha again.
        const int before = int(solved.size());
        dialog.linesTable()->setCurrentCell(1, 0);
        choosePin(dialog, QString());
        QVERIFY(waitSolved(dialog, solved, before + 1));
        QCOMPARE(chosenSuppliers(dialog.plan()), QStringList({"alpha", "alpha", "alpha"}));

        // Applied: Alpha's draft for Tuesday with the three lines; Beta's
        // draft gone; Gamma's untouched.
        QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
        QCOMPARE(applied.size(), 1);
        const QList<qint64> written = applied.first().first().value<QList<qint64>>();
        QCOMPARE(written.size(), 1);
        QVERIFY(!OrderDraftStore::load(db, m_betaDraft));
        QVERIFY(OrderDraftStore::load(db, m_gammaDraft));
        const std::optional<OrderDraft> alpha = OrderDraftStore::load(db, written.first());
        QVERIFY(alpha);
        QCOMPARE(alpha->supplier.id, QStringLiteral("alpha"));
        QCOMPARE(alpha->deliveryDate, kTuesday);
        QCOMPARE(alpha->lines.size(), 3);
        QCOMPARE(alpha->totals(kTuesday).lines, dec("105"));
        QVERIFY(!dialog.isVisible());
    }

    void aProductLinkedFromTheDialogJoinsTheSplit()
    {
        // A goat cheese without GTIN at Alpha (12.00/kg) and Beta (10.00/kg).
        QVERIFY(
            Test::storeProduct(Test::splitProduct("alpha", "A-CHEV", "", "Chèvre frais fermier", "1", "12")));
        QVERIFY(Test::storeProduct(
            Test::splitProduct("beta", "B-CHEV", "", "Fromage de chèvre frais", "1", "10")));
        OrderSplitDialog dialog({Test::demandOf("alpha", "A-CHEV", "2", kTuesday)});
        dialog.setClock(&Test::splitNow);
        QSignalSpy solved(&dialog, &OrderSplitDialog::solved);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(waitSolved(dialog, solved, 1));
        // Only Alpha's: 2 × 12 = 24.00 (below Alpha's franco: + 20 fee).
        QCOMPARE(chosenSuppliers(dialog.plan()), QStringList({"alpha"}));
        QCOMPARE(dialog.plan().total, dec("44"));
        QCOMPARE(dialog.pinBox()->count(), 2); // automatic, Alpha

        // « Lier à un autre produit… »: type Beta's, Enter.
        bool typed = false;
        QTimer::singleShot(0, &dialog, [&] {
            auto* link = dialog.findChild<QDialog*>(QStringLiteral("splitLinkDialog"));
            QVERIFY(link);
            auto* search = link->findChild<QLineEdit*>(QStringLiteral("splitLinkSearch"));
            QVERIFY(search);
            QTest::keyClicks(search, QStringLiteral("fromage de chevre"));
            auto* matches = link->findChild<QListWidget*>(QStringLiteral("splitLinkMatches"));
            QCOMPARE(matches->count(), 1);
            typed = true;
            QTest::keyClick(search, Qt::Key_Return);
        });
        QTest::mouseClick(dialog.linkButton(), Qt::LeftButton);
        QVERIFY(typed);
        QSqlDatabase db = Database::connection();
        QCOMPARE(ProductLinks::linkedTo(db, {QStringLiteral("alpha"), QStringLiteral("A-CHEV")}).size(), 1);
        // Read again: Beta's, 2 × 10 = 20.00 + 20 fee = 40.00; Beta in the pin box.
        QVERIFY(waitSolved(dialog, solved, 2));
        QCOMPARE(chosenSuppliers(dialog.plan()), QStringList({"beta"}));
        QCOMPARE(dialog.plan().total, dec("40"));
        QCOMPARE(dialog.pinBox()->count(), 3);
    }

    void theOrderEditorSplitsTheDraftsOfTheDay()
    {
        OrderEditorPage page;
        page.setClock(&Test::splitNow);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.openDraft(m_betaDraft));
        QVERIFY(page.splitButton()->isEnabled());
        QTest::mouseClick(page.splitButton(), Qt::LeftButton);
        auto* dialog = page.findChild<OrderSplitDialog*>();
        QVERIFY(dialog);
        QSignalSpy solved(dialog, &OrderSplitDialog::solved);
        QVERIFY(waitSolved(*dialog, solved, 1));
        // Beta's three lines and Gamma's cream (the same Tuesday): Alpha
        // 105.00 + Gamma 3 × 4 = 12.00.
        QCOMPARE(chosenSuppliers(dialog->plan()), QStringList({"alpha", "alpha", "alpha", "gamma"}));
        QCOMPARE(dialog->plan().total, dec("117"));
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        QSqlDatabase db = Database::connection();
        // Beta's and Gamma's drafts replaced by Alpha's and a new Gamma's.
        QVERIFY(!OrderDraftStore::load(db, m_betaDraft));
        QVERIFY(!OrderDraftStore::load(db, m_gammaDraft));
        QCOMPARE(OrderDraftStore::drafts(db).size(), 2);
        QVERIFY(page.draft().id != 0);
        QVERIFY2(page.statusText().contains(QStringLiteral("2")), qPrintable(page.statusText()));
    }
};

QTEST_MAIN(TestOrderSplitDialog)
#include "tst_ordersplitdialog.moc"
