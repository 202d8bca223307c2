// The three-way match (migration 0026) on the METRO order of
// receivingfixtures.h: a price rise and a short delivery billed in full
// (amounts checked by hand), an invoice line that matches nothing kept for
// review, a CSV with French decimals through its column mapping, a
// malformed UBL refused with nothing stored, approval making the billed
// price the product's cost with a recipe's food cost and margin following,
// and the credit-note request for the shortfall.

#include "purchasingfixtures.h"
#include "receivingfixtures.h"
#include "suppliers/core/threewaymatch.h"

#include <QSqlQuery>

using namespace Moulin;
using Test::dec;

namespace {

const QString kMetro = QStringLiteral("metro-nanterre");

Decimal tolerance()
{
    return ThreeWayMatch::defaultTolerancePercent();
}

/// The METRO order billed as ordered, then changed by `change`.
SupplierInvoice invoiceOfOrder(const QString& id)
{
    const Order order = Test::metroOrder();
    SupplierInvoice invoice;
    invoice.supplierId = kMetro;
    invoice.id = id;
    invoice.issueDate = QDate(2026, 12, 9);
    invoice.dueDate = QDate(2027, 1, 8);
    invoice.orderId = order.id;
    invoice.despatchId = QStringLiteral("DA-1");
    for (const OrderLine& l : order.lines) {
        SupplierInvoiceLine line;
        line.lineId = l.id;
        line.sku = l.sku;
        line.gtin = l.gtin;
        line.name = l.name;
        line.quantity = l.quantity;
        line.unitCode = l.quantityUnitCode();
        line.unitPrice = l.netPrice;
        line.vat = l.vat;
        invoice.lines.append(line);
    }
    return invoice;
}

void finish(SupplierInvoice& invoice)
{
    for (SupplierInvoiceLine& l : invoice.lines)
        l.amount = (l.quantity * l.unitPrice).rounded(2);
    invoice.computeTotals();
}

/// The order billed with the cream 27.00 € a carton (ordered 26.10), the
/// potatoes billed 3 bags when 2 arrived, and an insulated bag nobody ordered.
SupplierInvoice troubledInvoice()
{
    SupplierInvoice invoice = invoiceOfOrder(QStringLiteral("F-2026-4711"));
    invoice.lines[5].unitPrice = dec("27.00");
    SupplierInvoiceLine bag;
    bag.lineId = QStringLiteral("11");
    bag.sku = QStringLiteral("999001");
    bag.name = QStringLiteral("Sac isotherme METRO");
    bag.quantity = dec("1");
    bag.unitCode = QStringLiteral("C62");
    bag.unitPrice = dec("3.50");
    bag.vat = VatRate::Standard20;
    invoice.lines.append(bag);
    finish(invoice);
    return invoice;
}

bool transaction(const std::function<bool(QSqlDatabase&, QString*)>& work, QString* error)
{
    QSqlDatabase db = Database::connection();
    return Database::transaction(
        db, [&](QString* e) { return work(db, e); }, error);
}

qint64 count(const char* table)
{
    return Test::scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1StringView(table))).toLongLong();
}

} // namespace

class TestThreeWayMatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(Test::openWithMetroOrder(QStringLiteral("tst_threewaymatch-") +
                                         QString::fromLatin1(QTest::currentTestFunction())));
        QVERIFY(Test::storeCatalogues(false));
        // Shipped with one bag of potatoes short (2 of 3).
        QVERIFY(Test::applyAdvice(Test::metroAdvice(QStringLiteral("DA-1"), QDate(2026, 12, 9), dec("1"))));
    }

    void priceRiseAndShortDelivery()
    {
        const SupplierInvoice invoice = troubledInvoice();
        // The UBL the supplier sends reads back, BIS Billing 3.0 checks passed.
        const QByteArray xml = UblInvoice::write(invoice, SellerParty::of(Test::metro()), Test::restaurant());
        Ubl::ReadError readError;
        const std::optional<SupplierInvoice> read = UblInvoice::read(xml, &readError);
        QVERIFY2(read, qPrintable(readError.toString()));
        // Lines: 26.70 + 11.50 + 29.88 + 53.55 + 165.00 + 54.00 + 41.00 + 79.60 + 18.00 + 97.20 + 3.50.
        QCOMPARE(read->lineTotal, dec("579.93"));
        QCOMPARE(read->vat.value(VatRate::Reduced55).taxable, dec("479.23"));
        QCOMPARE(read->vat.value(VatRate::Reduced55).tax, dec("26.36"));
        QCOMPARE(read->vat.value(VatRate::Standard20).taxable, dec("100.70"));
        QCOMPARE(read->vat.value(VatRate::Standard20).tax, dec("20.14"));
        QCOMPARE(read->taxInclusive, dec("626.43"));

        QString error;
        std::optional<QString> id;
        QVERIFY2(transaction(
                     [&](QSqlDatabase& db, QString* e) {
                         id = ThreeWayMatch::importUbl(db, xml, QString(), tolerance(), Test::receivingNow(),
                                                       e);
                         return id.has_value();
                     },
                     &error),
                 qPrintable(error));
        QCOMPARE(*id, QStringLiteral("F-2026-4711"));
        QSqlDatabase db = Database::connection();
        const std::optional<InvoiceMatch> m = ThreeWayMatch::stored(db, kMetro, *id);
        QVERIFY(m);
        QCOMPARE(m->lines.size(), 11);
        QCOMPARE(m->state, InvoiceState::Discrepancies);
        QVERIFY(m->totalsOk());
        // Potatoes: 3 bags billed, 2 received (the advice), at the ordered 8.90.
        const MatchedInvoiceLine& potatoes = m->lines.at(0);
        QCOMPARE(potatoes.orderLineId, QStringLiteral("1"));
        QCOMPARE(potatoes.billed, dec("3"));
        QCOMPARE(potatoes.received, dec("2"));
        QCOMPARE(potatoes.receivedSource, QStringLiteral("advice"));
        QVERIFY(potatoes.quantityDifference);
        QVERIFY(!potatoes.priceDifference);
        QCOMPARE(potatoes.shortfall(), dec("1"));
        // Cream: 27.00 billed against 26.10 ordered (+3.4 %, beyond 0.5 %).
        const MatchedInvoiceLine& cream = m->lines.at(5);
        QCOMPARE(cream.orderedPrice, dec("26.10"));
        QCOMPARE(cream.billedPrice, dec("27.00"));
        QVERIFY(cream.priceDifference);
        QVERIFY(!cream.quantityDifference);
        // The rest as ordered and shipped.
        for (int i : {1, 2, 3, 4, 6, 7, 8, 9})
            QVERIFY2(!m->lines.at(i).needsDecision(), qPrintable(m->lines.at(i).invoiced.sku));
        QCOMPARE(m->differences(), 2);
        QCOMPARE(m->unmatchedCount(), 1);
        QCOMPARE(m->pendingDecisions(), 3);
        // Within the tolerance, no flag: 26.20 is +0.38 %.
        SupplierInvoice close = troubledInvoice();
        close.lines[5].unitPrice = dec("26.20");
        QVERIFY(!ThreeWayMatch::match(db, close, tolerance()).lines.at(5).priceDifference);
        QVERIFY(ThreeWayMatch::match(db, close, dec("0.1")).lines.at(5).priceDifference);

        // A receipt counting the potatoes replaces the advice's quantity.
        const std::optional<Receipt> draft = Receiving::draft(
            db, kMetro, Test::metroOrder().id, QStringLiteral("DA-1"), QDate(2026, 12, 9), &error);
        QVERIFY2(draft, qPrintable(error));
        Receipt receipt = *draft;
        receipt.lines[0].received = dec("1");
        receipt.lines[0].discrepancy = Discrepancy::Damaged;
        receipt.lines[0].discrepancyQuantity = dec("1");
        QVERIFY2(transaction(
                     [&](QSqlDatabase& d, QString* e) {
                         ReceiptOutcome outcome;
                         return Receiving::save(d, receipt, Test::receivingNow(), &outcome, e) &&
                                ThreeWayMatch::rematch(d, kMetro, *id, tolerance(), e);
                     },
                     &error),
                 qPrintable(error));
        const MatchedInvoiceLine again = ThreeWayMatch::stored(db, kMetro, *id)->lines.at(0);
        QCOMPARE(again.received, dec("1"));
        QCOMPARE(again.receivedSource, QStringLiteral("receipt"));
        QCOMPARE(again.shortfall(), dec("2"));
    }

    void unmatchedLineKeptForReview()
    {
        QString error;
        const SupplierInvoice invoice = troubledInvoice();
        QVERIFY2(transaction(
                     [&](QSqlDatabase& db, QString* e) {
                         return ThreeWayMatch::import(db, invoice, "bytes", tolerance(), Test::receivingNow(),
                                                      nullptr, e);
                     },
                     &error),
                 qPrintable(error));
        QSqlDatabase db = Database::connection();
        QCOMPARE(count("supplier_invoice_line"), 11);
        const auto unmatched = ThreeWayMatch::unmatchedLines(db);
        QCOMPARE(unmatched.size(), 1);
        QCOMPARE(unmatched.first().second.invoiced.sku, QStringLiteral("999001"));
        QCOMPARE(unmatched.first().second.invoiced.amount, dec("3.50"));
        QVERIFY(unmatched.first().second.orderLineId.isEmpty());
        QVERIFY(!unmatched.first().second.reason.isEmpty());
        // The invoice cannot be approved whole while it waits…
        QVERIFY(!transaction(
            [&](QSqlDatabase& d, QString* e) {
                return ThreeWayMatch::approve(d, kMetro, invoice.id, 0, Test::purchasingDay(),
                                              Test::receivingNow(), nullptr, e);
            },
            &error));
        QVERIFY(error.contains(QStringLiteral("1")));
        QCOMPARE(count("supplier_invoice_approval"), 0);
        // …until it is decided on its own (refused), then the rest is approved.
        QVERIFY2(transaction(
                     [&](QSqlDatabase& d, QString* e) {
                         return ThreeWayMatch::refuse(d, kMetro, invoice.id, 11, Test::receivingNow(), e) &&
                                ThreeWayMatch::approve(d, kMetro, invoice.id, 0, Test::purchasingDay(),
                                                       Test::receivingNow(), nullptr, e);
                     },
                     &error),
                 qPrintable(error));
        QVERIFY(ThreeWayMatch::unmatchedLines(db).isEmpty());
        QCOMPARE(ThreeWayMatch::stored(db, kMetro, invoice.id)->state, InvoiceState::Approved);
        QCOMPARE(ThreeWayMatch::stored(db, kMetro, invoice.id)->lines.at(10).decision,
                 QStringLiteral("refused"));
        // The same invoice again is stored once (the same bytes, or the same content in other bytes);
        // other content under its number is set aside, the approved one untouched.
        ImportOutcome outcome = ImportOutcome::Stored;
        auto importAs = [&](const SupplierInvoice& inv, const QByteArray& bytes) {
            return transaction(
                [&](QSqlDatabase& d, QString* e) {
                    return ThreeWayMatch::import(d, inv, bytes, tolerance(), Test::receivingNow(), &outcome,
                                                 e);
                },
                &error);
        };
        QVERIFY2(importAs(invoice, "bytes"), qPrintable(error));
        QCOMPARE(outcome, ImportOutcome::AlreadyStored);
        QVERIFY2(importAs(invoice, "other"), qPrintable(error));
        QCOMPARE(outcome, ImportOutcome::AlreadyStored);
        SupplierInvoice dearer = invoice;
        dearer.lines[0].unitPrice += dec("1");
        dearer.lines[0].amount = (dearer.lines[0].quantity * dearer.lines[0].unitPrice).rounded(2);
        dearer.computeTotals();
        QVERIFY2(importAs(dearer, "dearer"), qPrintable(error));
        QCOMPARE(outcome, ImportOutcome::SetAside);
        QVERIFY2(importAs(dearer, "dearer"), qPrintable(error));
        QCOMPARE(count("supplier_invoice"), 1);
        QCOMPARE(count("supplier_invoice_resend"), 1);
        const QList<InvoiceResend> resends = ThreeWayMatch::resends(db);
        QCOMPARE(resends.size(), 1);
        QVERIFY(resends.first().heldApproved);
        QCOMPARE(resends.first().resentTotal, dearer.taxInclusive);
        QCOMPARE(resends.first().heldTotal,
                 ThreeWayMatch::stored(db, kMetro, invoice.id)->invoice.taxInclusive);
        // An approved invoice is never replaced: the error says how it is corrected.
        QVERIFY(!transaction(
            [&](QSqlDatabase& d, QString* e) {
                return ThreeWayMatch::replaceHeld(d, resends.first().id, tolerance(), Test::receivingNow(),
                                                  e);
            },
            &error));
        QVERIFY2(error.contains(QStringLiteral("credit note")), qPrintable(error));
        QCOMPARE(ThreeWayMatch::document(db, kMetro, invoice.id), std::optional<QByteArray>("bytes"));
        QCOMPARE(ThreeWayMatch::stored(db, kMetro, invoice.id)->state, InvoiceState::Approved);
    }

    void resentInvoiceMatchingRule()
    {
        // What counts: the money and the articles; labels, line ids and the layout do not.
        const SupplierInvoice held = troubledInvoice();
        SupplierInvoice relabelled = held;
        relabelled.lines[1].name = QStringLiteral("Autre libellé");
        relabelled.lines[1].lineId = QStringLiteral("L-2");
        QVERIFY(ThreeWayMatch::sameContent(held, relabelled));
        SupplierInvoice dearer = held;
        dearer.lines[1].unitPrice += dec("0.01");
        QVERIFY(!ThreeWayMatch::sameContent(held, dearer));
        SupplierInvoice more = held;
        more.lines[2].quantity += dec("1");
        QVERIFY(!ThreeWayMatch::sameContent(held, more));
        SupplierInvoice later = held;
        later.dueDate = held.issueDate.addDays(45);
        QVERIFY(!ThreeWayMatch::sameContent(held, later));
        SupplierInvoice shorter = held;
        shorter.lines.removeLast();
        QVERIFY(!ThreeWayMatch::sameContent(held, shorter));
        SupplierInvoice otherVat = held;
        otherVat.lines[0].vat = VatRate::Standard20;
        QVERIFY(!ThreeWayMatch::sameContent(held, otherVat));

        // Not approved yet: the manager replaces the held invoice by the one set aside.
        QString error;
        ImportOutcome outcome = ImportOutcome::Stored;
        auto importAs = [&](const SupplierInvoice& inv, const QByteArray& bytes) {
            return transaction(
                [&](QSqlDatabase& d, QString* e) {
                    return ThreeWayMatch::import(d, inv, bytes, tolerance(), Test::receivingNow(), &outcome,
                                                 e);
                },
                &error);
        };
        QVERIFY2(importAs(held, "held"), qPrintable(error));
        QCOMPARE(outcome, ImportOutcome::Stored);
        dearer.lines[1].amount = (dearer.lines[1].quantity * dearer.lines[1].unitPrice).rounded(2);
        dearer.computeTotals();
        QVERIFY2(importAs(dearer, "dearer"), qPrintable(error));
        QCOMPARE(outcome, ImportOutcome::SetAside);
        QSqlDatabase db = Database::connection();
        QList<InvoiceResend> waiting = ThreeWayMatch::resends(db);
        QCOMPARE(waiting.size(), 1);
        QVERIFY(!waiting.first().heldApproved);
        QCOMPARE(waiting.first().heldLines, int(held.lines.size()));
        QVERIFY(waiting.first().resentTotal != waiting.first().heldTotal);
        QVERIFY2(transaction(
                     [&](QSqlDatabase& d, QString* e) {
                         return ThreeWayMatch::replaceHeld(d, waiting.first().id, tolerance(),
                                                           Test::receivingNow(), e);
                     },
                     &error),
                 qPrintable(error));
        QVERIFY(ThreeWayMatch::resends(db).isEmpty());
        QCOMPARE(ThreeWayMatch::document(db, kMetro, held.id), std::optional<QByteArray>("dearer"));
        QCOMPARE(ThreeWayMatch::stored(db, kMetro, held.id)->lines.at(1).invoiced.unitPrice,
                 dearer.lines.at(1).unitPrice);
        QCOMPARE(count("supplier_invoice_line"), int(held.lines.size()));
        QCOMPARE(Test::scalar(QStringLiteral("SELECT replaced_document FROM supplier_invoice_resend"))
                     .toByteArray(),
                 QByteArray("held"));
        // A third version, kept away: the held one stays, the other is stored as kept.
        SupplierInvoice third = dearer;
        third.lines[2].quantity += dec("1");
        third.lines[2].amount = (third.lines[2].quantity * third.lines[2].unitPrice).rounded(2);
        third.computeTotals();
        QVERIFY2(importAs(third, "third"), qPrintable(error));
        QCOMPARE(outcome, ImportOutcome::SetAside);
        waiting = ThreeWayMatch::resends(db);
        QCOMPARE(waiting.size(), 1);
        QVERIFY2(transaction(
                     [&](QSqlDatabase& d, QString* e) {
                         return ThreeWayMatch::keepHeld(d, waiting.first().id, Test::receivingNow(), e);
                     },
                     &error),
                 qPrintable(error));
        QVERIFY(ThreeWayMatch::resends(db).isEmpty());
        QCOMPARE(ThreeWayMatch::document(db, kMetro, held.id), std::optional<QByteArray>("dearer"));
        QCOMPARE(count("supplier_invoice_resend"), 2);
        // Settled once: a second decision is refused.
        QVERIFY(!transaction(
            [&](QSqlDatabase& d, QString* e) {
                return ThreeWayMatch::keepHeld(d, waiting.first().id, Test::receivingNow(), e);
            },
            &error));
    }

    void csvWithFrenchDecimals()
    {
        const QByteArray csv =
            QByteArrayLiteral("\xEF\xBB\xBF") +
            QStringLiteral("Code article;EAN;Désignation;Qté;Prix unitaire HT;TVA;Montant HT\r\n"
                           "108245;3760012345014;Pommes de terre Agata;3;8,90;5,5 %;26,70\r\n"
                           "330112;3262123456783;\"Crème fraîche \"\"épaisse\"\"\";2;27,00;5,5;54,00\r\n"
                           "550321;;Côtes du Rhône;3;32,40;20;97,20\r\n"
                           "777777;;Consigne palette;1;1 250,00;20 %;1 250,00\r\n")
                .toUtf8();
        const QList<QStringList> rows = InvoiceCsv::rows(csv, InvoiceCsv::guessSeparator(csv));
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.at(2).at(2), QStringLiteral("Crème fraîche \"épaisse\""));
        const InvoiceCsvMapping mapping = InvoiceCsv::guessMapping(rows.first(), u';');
        QCOMPARE(mapping.code, 0);
        QCOMPARE(mapping.gtin, 1);
        QCOMPARE(mapping.description, 2);
        QCOMPARE(mapping.quantity, 3);
        QCOMPARE(mapping.unitPrice, 4);
        QCOMPARE(mapping.vatRate, 5);
        QCOMPARE(mapping.lineTotal, 6);
        QVERIFY(mapping.decimalComma);
        QCOMPARE(InvoiceCsv::number(QStringLiteral("1 234,56"), true), dec("1234.56"));
        QCOMPARE(InvoiceCsv::number(QStringLiteral("5,5 %"), true), dec("5.5"));
        QCOMPARE(InvoiceCsv::number(QStringLiteral("12.5"), true), dec("12.5"));
        QVERIFY(!InvoiceCsv::number(QStringLiteral("2,5x"), true));

        // Saved once per supplier, read back the same.
        QString error;
        QVERIFY(transaction(
            [&](QSqlDatabase& db, QString* e) {
                return InvoiceCsv::saveMapping(db, kMetro, mapping, Test::receivingNow(), e);
            },
            &error));
        QSqlDatabase db = Database::connection();
        QCOMPARE(InvoiceCsv::savedMapping(db, kMetro), std::optional<InvoiceCsvMapping>(mapping));

        QVERIFY2(transaction(
                     [&](QSqlDatabase& d, QString* e) {
                         return ThreeWayMatch::importCsv(d, kMetro, QStringLiteral("F-CSV-1"),
                                                         QDate(2026, 12, 9), Test::metroOrder().id, csv,
                                                         mapping, tolerance(), Test::receivingNow(), e);
                     },
                     &error),
                 qPrintable(error));
        const std::optional<InvoiceMatch> m = ThreeWayMatch::stored(db, kMetro, QStringLiteral("F-CSV-1"));
        QVERIFY(m);
        QCOMPARE(m->lines.size(), 4);
        QCOMPARE(m->lines.at(0).invoiced.unitPrice, dec("8.90"));
        QVERIFY(m->lines.at(0).quantityDifference); // 3 billed, 2 shipped
        QVERIFY(m->lines.at(1).priceDifference);    // 27,00 against 26,10
        QVERIFY(!m->lines.at(2).needsDecision());   // the wine as ordered
        QVERIFY(m->lines.at(3).unmatched);          // the pallet deposit: on no order
        QCOMPARE(m->lines.at(3).invoiced.amount, dec("1250"));
        QCOMPARE(m->invoice.taxExclusive, dec("1427.90"));
        // 5.5 %: 80.70 → 4.44; 20 %: 1,347.20 → 269.44.
        QCOMPARE(m->invoice.tax, dec("273.88"));
        QCOMPARE(m->invoice.source, QStringLiteral("csv"));

        // A value that does not read names its row and column; nothing is stored.
        QByteArray bad = csv;
        bad.replace("2;27,00", "2;27,0O");
        QVERIFY(!transaction(
            [&](QSqlDatabase& d, QString* e) {
                return ThreeWayMatch::importCsv(d, kMetro, QStringLiteral("F-CSV-2"), QDate(2026, 12, 9), {},
                                                bad, mapping, tolerance(), Test::receivingNow(), e);
            },
            &error));
        QVERIFY2(error.contains(QStringLiteral("3")) && error.contains(QStringLiteral("Prix unitaire HT")) &&
                     error.contains(QStringLiteral("27,0O")),
                 qPrintable(error));
        QCOMPARE(count("supplier_invoice"), 1);
    }

    void malformedUblRefusedNothingStored_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("element");
        QTest::addColumn<QString>("rule");
        QTest::newRow("no issue date")
            << QByteArray("<cbc:IssueDate>2026-12-09</cbc:IssueDate>") << QByteArray()
            << QStringLiteral("cbc:IssueDate") << QStringLiteral("BR-03");
        QTest::newRow("lines do not add up")
            << QByteArray("<cbc:LineExtensionAmount currencyID=\"EUR\">579.93</cbc:LineExtensionAmount>")
            << QByteArray("<cbc:LineExtensionAmount currencyID=\"EUR\">579.39</cbc:LineExtensionAmount>")
            << QStringLiteral("cac:LegalMonetaryTotal/cbc:LineExtensionAmount") << QStringLiteral("BR-CO-10");
        QTest::newRow("unreadable quantity")
            << QByteArray("<cbc:InvoicedQuantity unitCode=\"XBG\">3</cbc:InvoicedQuantity>")
            << QByteArray("<cbc:InvoicedQuantity unitCode=\"XBG\">trois</cbc:InvoicedQuantity>")
            << QStringLiteral("cac:InvoiceLine/cbc:InvoicedQuantity") << QStringLiteral("BR-22");
        QTest::newRow("not a French VAT rate")
            << QByteArray("<cbc:Percent>20</cbc:Percent>") << QByteArray("<cbc:Percent>19.6</cbc:Percent>")
            << QStringLiteral("cbc:Percent") << QStringLiteral("MOULIN-B-02");
        QTest::newRow("not billing 3.0") << QByteArray("poacc:billing:3.0") << QByteArray("poacc:billing:2.0")
                                         << QStringLiteral("cbc:CustomizationID") << QStringLiteral("BR-01");
        QTest::newRow("not XML") << QByteArray("</Invoice>") << QByteArray() << QString() << QString();
    }

    void malformedUblRefusedNothingStored()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, element);
        QFETCH(QString, rule);
        QByteArray xml =
            UblInvoice::write(troubledInvoice(), SellerParty::of(Test::metro()), Test::restaurant());
        QVERIFY2(xml.contains(from), xml.constData());
        xml.replace(xml.indexOf(from), from.size(), to);
        QString error;
        QVERIFY(!transaction(
            [&](QSqlDatabase& db, QString* e) {
                return ThreeWayMatch::importUbl(db, xml, kMetro, tolerance(), Test::receivingNow(), e)
                    .has_value();
            },
            &error));
        QVERIFY2(error.contains(element) && error.contains(rule), qPrintable(error));
        QCOMPARE(count("supplier_invoice"), 0);
        QCOMPARE(count("supplier_invoice_line"), 0);
        QCOMPARE(count("supplier_invoice_match"), 0);
    }

    void approvalUpdatesCostAndRecipes()
    {
        QSqlDatabase db = Database::connection();
        QString error;
        // A dish with 20 cL of cream (4.35 €/L: 0.87 €) and 100 g of carrots (1.15 €/kg: 0.115 €).
        Recipe dish;
        dish.menuItemId = QStringLiteral("PLA-VELOUTE");
        dish.name = QStringLiteral("Velouté de carottes");
        dish.lines = {Test::productLine("330112", "20", "CLT"), Test::productLine("108311", "100", "GRM")};
        QVERIFY2(transaction(
                     [&](QSqlDatabase& d, QString* e) {
                         return RecipeStore::save(d, dish, Test::purchasingDay(), Test::purchasingNow(), e);
                     },
                     &error),
                 qPrintable(error));
        QCOMPARE(RecipeStore::storedCost(db, dish.id)->perPortion, dec("0.985"));
        const MenuItemInfo item{QStringLiteral("PLA-VELOUTE"), dish.name, 880, 1000,
                                QStringLiteral("Entrées"),     true};
        // 8.80 € incl. 10 % VAT = 8.00 € excl.: margin 7.015 €, food cost 12.31 %.
        DishMargin before = RecipeCosting::margin(item, RecipeStore::storedCost(db, dish.id)->perPortion);
        QCOMPARE(before.margin, dec("7.015"));

        const SupplierInvoice invoice = troubledInvoice();
        QVERIFY2(transaction(
                     [&](QSqlDatabase& d, QString* e) {
                         return ThreeWayMatch::import(d, invoice, "bytes", tolerance(), Test::receivingNow(),
                                                      nullptr, e);
                     },
                     &error),
                 qPrintable(error));
        // Approving the cream line: 27.00 € a carton of 6 L is 4.50 €/L.
        ApprovalOutcome outcome;
        QVERIFY2(transaction(
                     [&](QSqlDatabase& d, QString* e) {
                         return ThreeWayMatch::approve(d, kMetro, invoice.id, 6, Test::purchasingDay(),
                                                       Test::receivingNow(), &outcome, e);
                     },
                     &error),
                 qPrintable(error));
        QCOMPARE(outcome.linesApproved, 1);
        QCOMPARE(outcome.repriced, (QList<std::pair<QString, QString>>{{kMetro, QStringLiteral("330112")}}));
        QCOMPARE(outcome.recipesUpdated, QList<qint64>{dish.id});
        QCOMPARE(SupplierStore::product(db, kMetro, QStringLiteral("330112"))->product.unitPrice,
                 dec("4.50"));
        const QList<PricePoint> history = SupplierStore::priceHistory(db, kMetro, QStringLiteral("330112"));
        QCOMPARE(history.last().unitPrice, dec("4.50"));
        QCOMPARE(*history.last().previous, dec("4.35"));
        // Food cost 0.90 + 0.115 = 1.015 €; margin 6.985 €.
        QCOMPARE(RecipeStore::storedCost(db, dish.id)->perPortion, dec("1.015"));
        const DishMargin after =
            RecipeCosting::margin(item, RecipeStore::storedCost(db, dish.id)->perPortion);
        QCOMPARE(after.margin, dec("6.985"));
        QCOMPARE(Test::scalar(QStringLiteral("SELECT previous_cost_micros || '/' || new_cost_micros FROM "
                                             "supplier_invoice_approval WHERE position = 6"))
                     .toString(),
                 QStringLiteral("4350000/4500000"));
        const std::optional<InvoiceMatch> m = ThreeWayMatch::stored(db, kMetro, invoice.id);
        QCOMPARE(m->lines.at(5).decision, QStringLiteral("approved"));
        QCOMPARE(m->state, InvoiceState::Discrepancies); // the potatoes and the bag still wait
        // Approved twice: refused.
        QVERIFY(!transaction(
            [&](QSqlDatabase& d, QString* e) {
                return ThreeWayMatch::approve(d, kMetro, invoice.id, 6, Test::purchasingDay(),
                                              Test::receivingNow(), nullptr, e);
            },
            &error));
    }

    void creditRequestForTheShortfall()
    {
        QString error;
        const SupplierInvoice invoice = troubledInvoice();
        QVERIFY(transaction(
            [&](QSqlDatabase& d, QString* e) {
                return ThreeWayMatch::import(d, invoice, "bytes", tolerance(), Test::receivingNow(), nullptr,
                                             e);
            },
            &error));
        QSqlDatabase db = Database::connection();
        const CreditRequest c = ThreeWayMatch::shortfallRequest(
            *ThreeWayMatch::stored(db, kMetro, invoice.id), QDate(2026, 12, 10));
        QCOMPARE(c.id, QStringLiteral("AV-F-2026-4711"));
        QCOMPARE(c.orderId, Test::metroOrder().id);
        QCOMPARE(c.lines.size(), 1);
        QCOMPARE(c.lines.first().sku, QStringLiteral("108245"));
        QCOMPARE(c.lines.first().quantity, dec("1"));
        QCOMPARE(c.lines.first().unitPrice, dec("8.90"));
        // 8.90 € at 5.5 %: 0.49 € of VAT, 9.39 €.
        QCOMPARE(c.totalExclVat, dec("8.90"));
        QCOMPARE(c.tax, dec("0.49"));
        QCOMPARE(c.totalInclVat, dec("9.39"));
        const QString csv =
            QString::fromUtf8(Receiving::creditRequestCsv(c, QStringLiteral("METRO France SAS")));
        QVERIFY2(csv.contains(QStringLiteral("9,39")), qPrintable(csv));
    }
};

QTEST_GUILESS_MAIN(TestThreeWayMatch)
#include "tst_threewaymatch.moc"
