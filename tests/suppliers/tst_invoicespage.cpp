// Fournisseurs ▸ Factures offscreen: the invoice's lines side by side with
// the differences highlighted, approving a line with the keyboard (A) making
// its billed price the product's cost, a malformed UBL refused on import with
// the element named and nothing stored, a CSV imported through its mapping.

#include "../crm/frenchpending.h"
#include "purchasingfixtures.h"
#include "receivingfixtures.h"
#include "suppliers/ui/invoicespage.h"
#include "suppliers/ui/tableemptyhint.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace Moulin;
using Test::dec;

namespace {

const QString kMetro = QStringLiteral("metro-nanterre");

/// The METRO order billed with the cream at 27.00 € a carton (ordered 26.10).
SupplierInvoice dearerCream()
{
    const Order order = Test::metroOrder();
    SupplierInvoice invoice;
    invoice.supplierId = kMetro;
    invoice.id = QStringLiteral("F-2026-0815");
    invoice.issueDate = QDate(2026, 12, 9);
    invoice.orderId = order.id;
    for (const OrderLine& l : order.lines) {
        SupplierInvoiceLine line;
        line.lineId = l.id;
        line.sku = l.sku;
        line.gtin = l.gtin;
        line.name = l.name;
        line.quantity = l.quantity;
        line.unitCode = l.quantityUnitCode();
        line.unitPrice = l.sku == QLatin1String("330112") ? dec("27.00") : l.netPrice;
        line.vat = l.vat;
        line.amount = (line.quantity * line.unitPrice).rounded(2);
        invoice.lines.append(line);
    }
    invoice.computeTotals();
    return invoice;
}

QString writeFile(const QTemporaryDir& dir, const char* name, const QByteArray& bytes)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        Test::fail(QStringLiteral("cannot write %1").arg(path));
    return path;
}

qint64 invoiceCount()
{
    return Test::scalar(QStringLiteral("SELECT COUNT(*) FROM supplier_invoice")).toLongLong();
}

} // namespace

class TestInvoicesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(Test::openWithMetroOrder(QStringLiteral("tst_invoicespage-") +
                                         QString::fromLatin1(QTest::currentTestFunction())));
        QVERIFY(Test::storeCatalogues(false));
        QVERIFY(Test::applyAdvice(Test::metroAdvice(QStringLiteral("DA-1"), QDate(2026, 12, 9))));
    }

    void cleanup() { Database::closeConnection(); }

    void importApproveWithTheKeyboard()
    {
        QTemporaryDir dir;
        const QString path =
            writeFile(dir, "facture.xml",
                      UblInvoice::write(dearerCream(), SellerParty::of(Test::metro()), Test::restaurant()));
        InvoicesPage page;
        page.resize(1200, 800);
        page.show();
        QSignalSpy reloaded(&page, &InvoicesPage::reloaded);
        QSignalSpy imported(&page, &InvoicesPage::importFinished);
        // No invoice yet: the empty tables say why.
        auto* invoicesHint =
            page.invoicesTable()->findChild<TableEmptyHint*>(QStringLiteral("invoicesEmpty"));
        QVERIFY(invoicesHint);
        QTRY_VERIFY(invoicesHint->isShown());
        page.askOpenPath = [&](const QString&, const QString&) { return path; };
        QVERIFY(page.importFile());
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 10000);
        QCOMPARE(imported.first().first().toBool(), true);
        QTRY_VERIFY_WITH_TIMEOUT(page.current().has_value(), 10000);
        QCOMPARE(page.invoicesTable()->rowCount(), 1);
        QCOMPARE(page.linesTable()->rowCount(), 10);
        QVERIFY(!invoicesHint->isShown());
        // The supplier takes the room left; the counts are as wide as their
        // header, and the tables fill their width after every reload.
        const QHeaderView* header = page.invoicesTable()->horizontalHeader();
        QVERIFY(!header->stretchLastSection());
        QCOMPARE(header->sectionResizeMode(0), QHeaderView::Stretch);
        QVERIFY2(header->sectionSize(7) <= header->fontMetrics().horizontalAdvance(
                                               page.invoicesTable()->horizontalHeaderItem(7)->text()) +
                                               40,
                 qPrintable(QString::number(header->sectionSize(7))));
        QTRY_COMPARE(header->length(), page.invoicesTable()->viewport()->width());
        QTRY_COMPARE(page.linesTable()->horizontalHeader()->length(), page.linesTable()->viewport()->width());
        // The credit-note request's CSV export says what it is.
        QStringList buttons;
        for (const QPushButton* b : page.findChildren<QPushButton*>())
            buttons << b->text();
        QVERIFY2(buttons.contains(InvoicesPage::tr("Credit-note request (CSV)…")),
                 qPrintable(buttons.join(u'|')));
        QVERIFY2(!buttons.contains(QStringLiteral("(CSV)…")), qPrintable(buttons.join(u'|')));
        auto* unmatchedHint =
            page.unmatchedTable()->findChild<TableEmptyHint*>(QStringLiteral("unmatchedInvoiceLinesEmpty"));
        QVERIFY(unmatchedHint);
        QCOMPARE(unmatchedHint->isShown(), page.unmatchedTable()->rowCount() == 0);
        // The cream's prices side by side, the billed one highlighted with its rise.
        QTableWidget* lines = page.linesTable();
        QCOMPARE(lines->item(5, 6)->text(), Receiving::money(dec("26.10")));
        QVERIFY2(lines->item(5, 7)->text().contains(QStringLiteral("+3,4")),
                 qPrintable(lines->item(5, 7)->text()));
        QVERIFY(lines->item(5, 7)->background() != lines->item(4, 7)->background());
        QCOMPARE(lines->item(5, 9)->text(), InvoicesPage::tr("Price differs"));
        QCOMPARE(lines->item(4, 9)->text(), InvoicesPage::tr("As ordered"));

        // A on the cream's line: 4.50 €/L is the cream's cost.
        QSignalSpy changed(&page, &InvoicesPage::changed);
        lines->setFocus();
        lines->selectRow(5);
        QTest::keyClick(lines, Qt::Key_A);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 10000);
        QSqlDatabase db = Database::connection();
        QCOMPARE(SupplierStore::product(db, kMetro, QStringLiteral("330112"))->product.unitPrice,
                 dec("4.50"));
        QTRY_COMPARE_WITH_TIMEOUT(page.linesTable()->item(5, 9)->text(), InvoicesPage::tr("Approved"), 10000);

        // A malformed UBL: refused, the element named, nothing more stored.
        QByteArray broken =
            UblInvoice::write(dearerCream(), SellerParty::of(Test::metro()), Test::restaurant());
        broken.replace("F-2026-0815", "F-2026-0816");
        broken.replace("<cbc:Percent>5.5</cbc:Percent>", "<cbc:Percent>7</cbc:Percent>");
        const QString brokenPath = writeFile(dir, "cassee.xml", broken);
        QVERIFY(page.importPath(brokenPath));
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 2, 10000);
        QCOMPARE(imported.last().first().toBool(), false);
        QVERIFY2(page.messageLabel()->text().contains(QStringLiteral("cbc:Percent")) &&
                     page.messageLabel()->text().contains(QStringLiteral("MOULIN-B-02")),
                 qPrintable(page.messageLabel()->text()));
        QVERIFY(page.messageLabel()->isVisible());
        QCOMPARE(invoiceCount(), 1);
    }

    void invoiceSentAgainIsShownForReview()
    {
        // Held, then received again with the cream dearer still: set aside, both totals shown.
        const SupplierInvoice held = dearerCream();
        SupplierInvoice corrected = held;
        corrected.lines[5].unitPrice = dec("28.00");
        corrected.lines[5].amount = (corrected.lines[5].quantity * corrected.lines[5].unitPrice).rounded(2);
        corrected.computeTotals();
        QString error;
        ImportOutcome outcome = ImportOutcome::Stored;
        QSqlDatabase db = Database::connection();
        for (const auto& [inv, bytes] :
             {std::pair{held, QByteArray("held")}, std::pair{corrected, QByteArray("corrected")}})
            QVERIFY2(Database::transaction(
                         db,
                         [&](QString* e) {
                             return ThreeWayMatch::import(db, inv, bytes,
                                                          ThreeWayMatch::defaultTolerancePercent(),
                                                          Test::receivingNow(), &outcome, e);
                         },
                         &error),
                     qPrintable(error));
        QCOMPARE(outcome, ImportOutcome::SetAside);
        InvoicesPage page;
        page.resize(1200, 800);
        page.show();
        QSignalSpy reloaded(&page, &InvoicesPage::reloaded);
        page.reload();
        QTRY_VERIFY_WITH_TIMEOUT(reloaded.size() >= 1, 10000);
        QVERIFY(page.resendsBox()->isVisible());
        QCOMPARE(page.resendsTable()->rowCount(), 1);
        QCOMPARE(page.resendsTable()->item(0, 1)->text(), held.id);
        QVERIFY2(page.resendsTable()->item(0, 3)->text().contains(Receiving::money(held.taxInclusive)),
                 qPrintable(page.resendsTable()->item(0, 3)->text()));
        QVERIFY2(page.resendsTable()->item(0, 4)->text().contains(Receiving::money(corrected.taxInclusive)),
                 qPrintable(page.resendsTable()->item(0, 4)->text()));
        QVERIFY(page.replaceHeldButton()->isEnabled());
        // Approved meanwhile: never replaced, the page says how it is corrected.
        QVERIFY2(Database::transaction(
                     db,
                     [&](QString* e) {
                         return ThreeWayMatch::approve(db, kMetro, held.id, 6, Test::purchasingDay(),
                                                       Test::receivingNow(), nullptr, e);
                     },
                     &error),
                 qPrintable(error));
        page.reload();
        QTRY_VERIFY_WITH_TIMEOUT(!page.replaceHeldButton()->isEnabled(), 10000);
        QVERIFY2(page.resendNote()->text().contains(QStringLiteral("credit note")),
                 qPrintable(page.resendNote()->text()));
        // Kept: the box goes, the held document stays.
        QSignalSpy changed(&page, &InvoicesPage::changed);
        page.keepHeldButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!page.resendsBox()->isVisible(), 10000);
        QCOMPARE(ThreeWayMatch::document(db, kMetro, held.id), std::optional<QByteArray>("held"));
        QVERIFY(ThreeWayMatch::resends(db).isEmpty());
    }

    void quantitiesInFrenchWithTheirPlurals()
    {
        Test::PendingFrench french;
        QVERIFY(french.load());
        QCoreApplication::installTranslator(&french);
        QTemporaryDir dir;
        const QString path =
            writeFile(dir, "facture.xml",
                      UblInvoice::write(dearerCream(), SellerParty::of(Test::metro()), Test::restaurant()));
        InvoicesPage page;
        page.resize(1200, 800);
        page.show();
        QSignalSpy imported(&page, &InvoicesPage::importFinished);
        QVERIFY(page.importPath(path));
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(page.current().has_value(), 10000);
        QTableWidget* lines = page.linesTable();
        QCoreApplication::removeTranslator(&french);
        // Billed: 3 bags of potatoes, 2 boxes of carrots, 4.5 kg of chicken, 1 and 2 cartons.
        QCOMPARE(lines->item(0, 5)->text(), QStringLiteral("3 sacs"));
        QCOMPARE(lines->item(1, 5)->text(), QStringLiteral("2 colis"));
        QCOMPARE(lines->item(3, 5)->text(), QStringLiteral("4,5 kg"));
        QCOMPARE(lines->item(5, 5)->text(), QStringLiteral("2 cartons"));
        QCOMPARE(lines->item(6, 5)->text(), QStringLiteral("1 carton"));
        // The helper the pages share: French plural from 2, symbols unchanged.
        QCoreApplication::installTranslator(&french);
        QCOMPARE(UnitCode::withQuantity(QStringLiteral("1,5"), dec("1.5"), u"C62"),
                 QStringLiteral("1,5 pièce"));
        QCOMPARE(UnitCode::withQuantity(QStringLiteral("2"), dec("2"), u"XBO"),
                 QStringLiteral("2 bouteilles"));
        QCOMPARE(UnitCode::withQuantity(QStringLiteral("0,5"), dec("0.5"), u"XBO"),
                 QStringLiteral("0,5 bouteille"));
        QCOMPARE(UnitCode::withQuantity(QStringLiteral("2,5"), dec("2.5"), u"XJR"),
                 QStringLiteral("2,5 bocaux"));
        QCOMPARE(UnitCode::withQuantity(QStringLiteral("12"), dec("12"), u"LTR"), QStringLiteral("12 L"));
        QCoreApplication::removeTranslator(&french);
    }

    void csvThroughItsMapping()
    {
        QTemporaryDir dir;
        const QByteArray csv = QStringLiteral("Réf;Libellé;Qté;PU HT;TVA\n"
                                              "108311;Carottes des sables;2;5,75;5,5\n"
                                              "441005;Farine T55;1;18,00;5,5\n")
                                   .toUtf8();
        const QString path = writeFile(dir, "facture.csv", csv);
        InvoicesPage page;
        page.askOpenPath = [&](const QString&, const QString&) { return path; };
        QByteArray asked;
        page.askCsvMapping = [&](const QByteArray& bytes) -> std::optional<InvoiceCsvDialog::Request> {
            asked = bytes;
            // The dialog as the manager leaves it: the header's guess.
            InvoiceCsvDialog dialog(bytes, {{kMetro, QStringLiteral("METRO France SAS")}}, {});
            if (dialog.preview()->rowCount() != 2 ||
                dialog.preview()->item(0, 4)->text() != QStringLiteral("5,75"))
                return std::nullopt;
            InvoiceCsvDialog::Request r = dialog.request();
            r.invoiceId = QStringLiteral("F-CSV-7");
            r.orderId = Test::metroOrder().id;
            return r;
        };
        QSignalSpy imported(&page, &InvoicesPage::importFinished);
        QVERIFY(page.importFile());
        QCOMPARE(asked, csv);
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 10000);
        QVERIFY2(imported.first().first().toBool(), qPrintable(page.messageLabel()->text()));
        QSqlDatabase db = Database::connection();
        const std::optional<InvoiceMatch> m = ThreeWayMatch::stored(db, kMetro, QStringLiteral("F-CSV-7"));
        QVERIFY(m);
        QCOMPARE(m->lines.size(), 2);
        QCOMPARE(m->invoice.taxExclusive, dec("29.50"));
        QCOMPARE(m->differences(), 0);
        QVERIFY(InvoiceCsv::savedMapping(db, kMetro).has_value());
    }
};

QTEST_MAIN(TestInvoicesPage)
#include "tst_invoicespage.moc"
