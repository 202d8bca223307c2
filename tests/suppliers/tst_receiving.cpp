// Receiving against the METRO order (receivingfixtures.h): the receipt's
// lines and discrepancies, the order's delivered quantities and status, the
// credit-note request (lines and amounts per VAT rate, exact), re-saving and
// correcting a receipt.

#include "receivingfixtures.h"
#include "suppliers/core/receiving.h"

#include <QSqlQuery>

using namespace Moulin;
using Test::dec;

namespace {

const QString kMetro = QStringLiteral("metro-nanterre");

QString orderId()
{
    return Test::metroOrder().id;
}

Receipt draftOf(const QString& despatchId = {})
{
    QSqlDatabase db = Database::connection();
    QString error;
    const std::optional<Receipt> r =
        Receiving::draft(db, kMetro, orderId(), despatchId, QDate(2026, 12, 9), &error);
    if (!r)
        Test::fail(error);
    return r.value_or(Receipt{});
}

ReceiptOutcome saved(const Receipt& receipt)
{
    QSqlDatabase db = Database::connection();
    ReceiptOutcome outcome;
    QString error;
    const bool ok = Database::transaction(
        db, [&](QString* e) { return Receiving::save(db, receipt, Test::receivingNow(), &outcome, e); },
        &error);
    if (!ok)
        Test::fail(error);
    return outcome;
}

ReceiptLine& line(Receipt& r, const char* id)
{
    for (ReceiptLine& l : r.lines)
        if (l.orderLineId == QLatin1String(id))
            return l;
    static ReceiptLine none;
    Test::fail(QStringLiteral("no line %1").arg(QLatin1String(id)));
    return none;
}

Decimal delivered(const char* lineId)
{
    return Decimal::fromMicros(
        Test::scalar(QStringLiteral("SELECT delivered_quantity_micros FROM supplier_order_line WHERE "
                                    "supplier_id = ? AND order_id = ? AND line_id = ?"),
                     {kMetro, orderId(), QString::fromLatin1(lineId)})
            .toLongLong());
}

QString orderStatus()
{
    return Test::scalar(QStringLiteral("SELECT status FROM supplier_order WHERE supplier_id = ? AND id = ?"),
                        {kMetro, orderId()})
        .toString();
}

int rows(const QString& table)
{
    return Test::scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toInt();
}

/// Potatoes: 2 packs of 3 (one missing); wine: 1 carton of 3 kept, 2 broken.
Receipt shortfallReceipt()
{
    Receipt r = draftOf();
    line(r, "1").received = dec("2");
    line(r, "10").received = dec("1");
    line(r, "10").discrepancy = Discrepancy::Damaged;
    line(r, "10").note = QStringLiteral("Deux cartons cassés");
    return r;
}

} // namespace

class TestReceiving : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(Test::openWithMetroOrder(QStringLiteral("tst_receiving-") +
                                         QString::fromLatin1(QTest::currentTestFunction())));
    }

    void draftPrefillsTheOrder()
    {
        const Receipt r = draftOf();
        QCOMPARE(r.lines.size(), 10);
        QCOMPARE(r.revision, 0);
        const ReceiptLine& potatoes = r.lines.first();
        QCOMPARE(potatoes.orderLineId, QStringLiteral("1"));
        QCOMPARE(potatoes.ordered, dec("3"));
        QCOMPARE(potatoes.expected, dec("3"));
        QCOMPARE(potatoes.received, dec("3"));
        QCOMPARE(potatoes.netPrice, dec("8.90"));
        QCOMPARE(r.lines.last().vat, VatRate::Standard20);
        QVERIFY(!potatoes.announced);
    }

    void fullReceipt()
    {
        const ReceiptOutcome outcome = saved(draftOf());
        QCOMPARE(outcome.revision, 1);
        QCOMPARE(outcome.orderStatus, QStringLiteral("delivered"));
        QVERIFY(!outcome.credit);
        QCOMPARE(orderStatus(), QStringLiteral("delivered"));
        QCOMPARE(delivered("1"), dec("3"));
        QCOMPARE(delivered("4"), dec("4.5"));
        QCOMPARE(rows(QStringLiteral("supplier_credit_request")), 0);
        QCOMPARE(rows(QStringLiteral("supplier_receipt_line")), 10);
    }

    void shortfallMakesACreditNote()
    {
        const ReceiptOutcome outcome = saved(shortfallReceipt());
        QCOMPARE(outcome.orderStatus, QStringLiteral("partially_delivered"));
        QCOMPARE(orderStatus(), QStringLiteral("partially_delivered"));
        QCOMPARE(delivered("1"), dec("2"));
        QCOMPARE(delivered("10"), dec("1")); // the broken cartons are not delivered

        QSqlDatabase db = Database::connection();
        const std::optional<CreditRequest> c = Receiving::creditRequest(db, kMetro, orderId(), {});
        QVERIFY(c);
        QCOMPARE(c->id, QStringLiteral("AV-") + orderId());
        QCOMPARE(c->issueDate, QDate(2026, 12, 9));
        QCOMPARE(c->lines.size(), 2);
        const CreditLine& potatoes = c->lines.at(0);
        QCOMPARE(potatoes.reason, Discrepancy::Missing);
        QCOMPARE(potatoes.quantity, dec("1"));
        QCOMPARE(potatoes.unitPrice, dec("8.90"));
        QCOMPARE(potatoes.amount, dec("8.90"));
        QCOMPARE(potatoes.vat, VatRate::Reduced55);
        QCOMPARE(potatoes.unitCode, QStringLiteral("XBG"));
        const CreditLine& wine = c->lines.at(1);
        QCOMPARE(wine.reason, Discrepancy::Damaged);
        QCOMPARE(wine.quantity, dec("2"));
        QCOMPARE(wine.amount, dec("64.80"));
        QCOMPARE(wine.vat, VatRate::Standard20);
        // Per rate: 8.90 × 5.5 % = 0.4895 → 0.49; 64.80 × 20 % = 12.96.
        QCOMPARE(c->byRate.size(), 2);
        QCOMPARE(c->byRate.value(VatRate::Reduced55).base, dec("8.90"));
        QCOMPARE(c->byRate.value(VatRate::Reduced55).tax, dec("0.49"));
        QCOMPARE(c->byRate.value(VatRate::Standard20).tax, dec("12.96"));
        QCOMPARE(c->totalExclVat, dec("73.70"));
        QCOMPARE(c->tax, dec("13.45"));
        QCOMPARE(c->totalInclVat, dec("87.15"));
        QCOMPARE(outcome.credit->totalInclVat, dec("87.15"));

        const QByteArray bytes = Receiving::creditRequestCsv(*c, QStringLiteral("METRO"));
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString csv = QString::fromUtf8(bytes);
        QVERIFY2(
            csv.contains(QStringLiteral("108245;Pommes de terre Agata, calibre 45/55, France;Missing;1;XBG;"
                                        "8,90;8,90;5,5")),
            qPrintable(csv));
        QVERIFY2(csv.contains(QStringLiteral("20;64,80;12,96")), qPrintable(csv));
        QVERIFY2(csv.contains(QStringLiteral("Total incl. VAT;87,15")), qPrintable(csv));
        QCOMPARE(Receiving::money(dec("1234.5")), QStringLiteral("1\u202F234,50\u00A0€"));
    }

    void damagedWithItsOwnQuantity()
    {
        Receipt r = draftOf();
        // Six kilos of beef came, one vacuum pack of 1.25 kg torn.
        line(r, "5").received = dec("4.75");
        line(r, "5").discrepancy = Discrepancy::Damaged;
        line(r, "5").discrepancyQuantity = dec("1.25");
        const ReceiptOutcome outcome = saved(r);
        QVERIFY(outcome.credit);
        QCOMPARE(outcome.credit->lines.size(), 1);
        QCOMPARE(outcome.credit->lines.first().quantity, dec("1.25"));
        // 1.25 × 27.50 = 34.375 → 34.38
        QCOMPARE(outcome.credit->lines.first().amount, dec("34.38"));
        QCOMPARE(outcome.credit->tax, dec("1.89")); // 34.38 × 5.5 % = 1.8909

        // More damaged than could have come is refused, and nothing changes.
        Receipt wrong = draftOf();
        line(wrong, "5").received = dec("6");
        line(wrong, "5").discrepancy = Discrepancy::Damaged;
        line(wrong, "5").discrepancyQuantity = dec("1");
        QSqlDatabase db = Database::connection();
        QString error;
        QVERIFY(!Receiving::save(db, wrong, Test::receivingNow(), nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("more than the 6 expected")), qPrintable(error));
        QCOMPARE(delivered("5"), dec("4.75"));
    }

    void substituted()
    {
        Receipt r = draftOf();
        line(r, "3").received = dec("0");
        line(r, "3").discrepancy = Discrepancy::Substituted;
        QSqlDatabase db = Database::connection();
        QString error;
        QVERIFY(!Receiving::save(db, r, Test::receivingNow(), nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("which product")), qPrintable(error));

        line(r, "3").substitute = QStringLiteral("Tomates rondes, Espagne");
        const ReceiptOutcome outcome = saved(r);
        QVERIFY(!outcome.credit); // a substitute kept is not credited
        QCOMPARE(outcome.orderStatus, QStringLiteral("delivered"));
        QCOMPARE(delivered("3"), dec("2"));
        const std::optional<Receipt> stored = Receiving::stored(db, kMetro, orderId(), {});
        QVERIFY(stored);
        QCOMPARE(stored->revision, 1);
        const ReceiptLine& tomatoes = stored->lines.at(2);
        QCOMPARE(tomatoes.discrepancy, Discrepancy::Substituted);
        QCOMPARE(tomatoes.discrepancyQuantity, dec("2"));
        QCOMPARE(tomatoes.substitute, QStringLiteral("Tomates rondes, Espagne"));
    }

    void excess()
    {
        Receipt r = draftOf();
        line(r, "9").received = dec("2"); // two sacks of flour for one ordered
        const ReceiptOutcome outcome = saved(r);
        QVERIFY(!outcome.credit);
        QCOMPARE(outcome.orderStatus, QStringLiteral("delivered"));
        QCOMPARE(delivered("9"), dec("2"));
        QSqlDatabase db = Database::connection();
        const std::optional<Receipt> stored = Receiving::stored(db, kMetro, orderId(), {});
        QVERIFY(stored);
        QCOMPARE(stored->lines.at(8).discrepancy, Discrepancy::Excess);
        QCOMPARE(stored->lines.at(8).discrepancyQuantity, dec("1"));
    }

    void resavingDoesNotDoubleCount()
    {
        const Receipt r = shortfallReceipt();
        saved(r);
        const ReceiptOutcome again = saved(r);
        QCOMPARE(again.revision, 2);
        QCOMPARE(delivered("1"), dec("2"));
        QCOMPARE(delivered("2"), dec("2"));
        QCOMPARE(rows(QStringLiteral("supplier_receipt")), 1);
        QCOMPARE(rows(QStringLiteral("supplier_receipt_line")), 10);
        QCOMPARE(rows(QStringLiteral("supplier_credit_request")), 1);
        QCOMPARE(rows(QStringLiteral("supplier_credit_request_line")), 2);
        // The draft of a stored receipt is the receipt itself.
        const Receipt back = draftOf();
        QCOMPARE(back.revision, 2);
        QCOMPARE(back.lines.first().received, dec("2"));
        QCOMPARE(back.lines.first().discrepancy, Discrepancy::Missing);
    }

    void correction()
    {
        saved(shortfallReceipt());
        // The missing sack was found behind the crates after all; the wine stays broken.
        Receipt corrected = draftOf();
        line(corrected, "1").received = dec("3");
        line(corrected, "1").discrepancy = Discrepancy::None;
        line(corrected, "1").discrepancyQuantity = Decimal();
        const ReceiptOutcome outcome = saved(corrected);
        QCOMPARE(outcome.revision, 2);
        QCOMPARE(delivered("1"), dec("3"));
        QVERIFY(outcome.credit);
        QCOMPARE(outcome.credit->lines.size(), 1);
        QCOMPARE(outcome.credit->totalInclVat, dec("77.76"));
        QCOMPARE(rows(QStringLiteral("supplier_credit_request_line")), 1);

        // Everything fine in the end: no request is left, the order is delivered.
        Receipt fine = draftOf();
        line(fine, "10").received = dec("3");
        line(fine, "10").discrepancy = Discrepancy::None;
        line(fine, "10").discrepancyQuantity = Decimal();
        const ReceiptOutcome last = saved(fine);
        QVERIFY(!last.credit);
        QCOMPARE(rows(QStringLiteral("supplier_credit_request")), 0);
        QCOMPARE(orderStatus(), QStringLiteral("delivered"));
    }

    void againstADespatchAdvice()
    {
        // The advice ships 1 of the 3 sacks of potatoes, 2 to follow.
        QVERIFY(Test::applyAdvice(Test::metroAdvice(QStringLiteral("DA-1"), QDate(2026, 12, 9), dec("2"))));
        Receipt first = draftOf(QStringLiteral("DA-1"));
        QCOMPARE(first.despatchId, QStringLiteral("DA-1"));
        QCOMPARE(*line(first, "1").announced, dec("1"));
        QCOMPARE(line(first, "1").expected, dec("1"));
        QCOMPARE(line(first, "1").received, dec("1"));
        const ReceiptOutcome outcome = saved(first);
        QVERIFY(!outcome.credit); // what was announced came
        QCOMPARE(outcome.orderStatus, QStringLiteral("partially_delivered"));
        QCOMPARE(delivered("1"), dec("1"));
        QCOMPARE(Test::scalar(QStringLiteral("SELECT actual_date FROM supplier_delivery WHERE despatch_id = "
                                             "'DA-1'"))
                     .toString(),
                 QStringLiteral("2026-12-09"));

        // The rest comes with a second advice: the order is delivered.
        DespatchAdvice rest = Test::metroAdvice(QStringLiteral("DA-2"), QDate(2026, 12, 11));
        rest.lines = {rest.lines.first()};
        rest.lines.first().delivered = dec("2");
        QVERIFY(Test::applyAdvice(rest));
        Receipt second = draftOf(QStringLiteral("DA-2"));
        QCOMPARE(line(second, "1").expected, dec("2"));
        QCOMPARE(line(second, "2").expected, dec("0"));
        QCOMPARE(saved(second).orderStatus, QStringLiteral("delivered"));
        QCOMPARE(delivered("1"), dec("3"));
    }

    void unknownOrder()
    {
        QSqlDatabase db = Database::connection();
        QString error;
        QVERIFY(!Receiving::draft(db, kMetro, QStringLiteral("PO-19990101-0001"), {}, QDate(2026, 12, 9),
                                  &error));
        QVERIFY(error.contains(QStringLiteral("PO-19990101-0001")));
        Receipt r = draftOf();
        line(r, "2").received = dec("-1");
        QVERIFY(!Receiving::save(db, r, Test::receivingNow(), nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("negative")), qPrintable(error));
        QCOMPARE(rows(QStringLiteral("supplier_receipt")), 0);
    }
};

QTEST_GUILESS_MAIN(TestReceiving)
#include "tst_receiving.moc"
