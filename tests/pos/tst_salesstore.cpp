// Storage of sales and the rollups the Ventes tab reads: hand-computed
// figures (rounding to the cent), refunds and voids, replays and corrections
// (rollups adjusted by the delta), the quarantine, local days and services.

#include "common/core/database.h"
#include "lightspeedtestsupport.h"
#include "pos/connectors/lightspeed/lightspeedsales.h"
#include "pos/connectors/lightspeed/sandboxlightspeed.h"
#include "pos/core/posreceipts.h"
#include "pos/core/salesrepository.h"
#include "pos/core/salesstore.h"
#include "sandbox/core/sandboxserver.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Moulin;

using Test::exec;
using Test::scalar;

namespace {

QJsonObject line(const QString& id, const QString& sku, const QString& name, int quantity, const char* gross,
                 const char* net, const char* tax, const QString& taxCode, const QString& group = {})
{
    QJsonObject l{{QStringLiteral("id"), id},
                  {QStringLiteral("sku"), sku},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("quantity"), quantity},
                  {QStringLiteral("totalNetAmountWithTax"), QLatin1String(gross)},
                  {QStringLiteral("totalNetAmountWithoutTax"), QLatin1String(net)},
                  {QStringLiteral("taxAmount"), QLatin1String(tax)},
                  {QStringLiteral("taxCode"), taxCode}};
    if (!group.isEmpty())
        l.insert(QStringLiteral("accountingGroupId"), group);
    return l;
}

QJsonObject payment(const char* code, const char* description, const char* amount)
{
    return QJsonObject{{QStringLiteral("code"), QLatin1String(code)},
                       {QStringLiteral("description"), QString::fromUtf8(description)},
                       {QStringLiteral("netAmountWithTax"), QLatin1String(amount)}};
}

QJsonObject sale(const QString& receiptId, const QString& timeClosedUtc, int covers, const QJsonArray& lines,
                 const QJsonArray& payments, bool cancelled = false)
{
    return QJsonObject{
        {QStringLiteral("receiptId"), receiptId}, {QStringLiteral("timeClosed"), timeClosedUtc},
        {QStringLiteral("nbCovers"), covers},     {QStringLiteral("cancelled"), cancelled},
        {QStringLiteral("salesLines"), lines},    {QStringLiteral("payments"), payments}};
}

SalesPeriod day(int y, int m, int d)
{
    return {QDate(y, m, d), QDate(y, m, d)};
}

} // namespace

class TestSalesStore : public QObject
{
    Q_OBJECT

private:
    SalesStore m_store;
    LightspeedSalesReader m_reader;

    bool store(const QList<QJsonObject>& sales, SalesStore::Stats* stats = nullptr)
    {
        QSqlDatabase db = Database::connection();
        if (!db.transaction())
            return false;
        QString error;
        if (!m_reader.storeSales(m_store, db, sales, stats, &error)) {
            qWarning() << error;
            db.rollback();
            return false;
        }
        return db.commit();
    }

    /// The rollups recomputed from the stored receipts, lines and payments,
    /// compared with the incrementally maintained ones.
    void checkRollupsMatchRecomputation()
    {
        const struct
        {
            const char* what;
            const char* incremental;
            const char* recomputed;
        } checks[] = {
            {"daily",
             "SELECT group_concat(x, '|') FROM (SELECT day || ':' || service || ':' || sum(gross_cents) || "
             "':' || "
             "sum(net_cents) || ':' || sum(receipts) || ':' || sum(covers) || ':' || sum(voids) AS x FROM "
             "pos_rollup_daily GROUP BY day, service HAVING sum(gross_cents) <> 0 OR sum(receipts) <> 0 OR "
             "sum(voids) <> 0 ORDER BY day, service)",
             "SELECT group_concat(x, '|') FROM (SELECT day || ':' || service || ':' || sum(CASE WHEN "
             "cancelled = 0 "
             "THEN gross_cents ELSE 0 END) || ':' || sum(CASE WHEN cancelled = 0 THEN net_cents ELSE 0 END) "
             "|| ':' "
             "|| sum(counted) || ':' || sum(CASE WHEN counted = 1 THEN covers ELSE 0 END) || ':' || "
             "sum(cancelled) "
             "AS x FROM pos_receipt GROUP BY day, service ORDER BY day, service)"},
            {"items",
             "SELECT group_concat(x, '|') FROM (SELECT day || ':' || sku || ':' || quantity_milli || ':' || "
             "gross_cents AS x FROM pos_rollup_item_daily WHERE quantity_milli <> 0 OR gross_cents <> 0 "
             "ORDER BY "
             "day, sku)",
             "SELECT group_concat(x, '|') FROM (SELECT r.day || ':' || COALESCE(l.sku, '') || ':' || "
             "sum(l.quantity_milli) || ':' || sum(l.gross_cents) AS x FROM pos_sale_line l JOIN pos_receipt "
             "r "
             "USING (receipt_id) WHERE r.cancelled = 0 GROUP BY r.day, COALESCE(l.sku, '') HAVING "
             "sum(l.quantity_milli) <> 0 OR sum(l.gross_cents) <> 0 ORDER BY r.day, COALESCE(l.sku, ''))"},
            {"payments",
             "SELECT group_concat(x, '|') FROM (SELECT day || ':' || method || ':' || amount_cents || ':' || "
             "payments AS x FROM pos_rollup_payment_daily WHERE payments <> 0 ORDER BY day, method)",
             "SELECT group_concat(x, '|') FROM (SELECT r.day || ':' || p.method || ':' || "
             "sum(p.amount_cents) || "
             "':' || count(*) AS x FROM pos_payment p JOIN pos_receipt r USING (receipt_id) WHERE "
             "r.cancelled = 0 "
             "GROUP BY r.day, p.method ORDER BY r.day, p.method)"},
            {"vat",
             "SELECT group_concat(x, '|') FROM (SELECT day || ':' || tax_code || ':' || base_cents || ':' || "
             "tax_cents AS x FROM pos_rollup_vat_daily WHERE base_cents <> 0 OR tax_cents <> 0 ORDER BY day, "
             "tax_code)",
             "SELECT group_concat(x, '|') FROM (SELECT r.day || ':' || l.tax_code || ':' || sum(l.net_cents) "
             "|| "
             "':' || sum(l.tax_cents) AS x FROM pos_sale_line l JOIN pos_receipt r USING (receipt_id) WHERE "
             "r.cancelled = 0 GROUP BY r.day, l.tax_code HAVING sum(l.net_cents) <> 0 OR sum(l.tax_cents) <> "
             "0 "
             "ORDER BY r.day, l.tax_code)"},
            {"monthly items",
             "SELECT group_concat(x, '|') FROM (SELECT month || ':' || sku || ':' || quantity_milli || ':' "
             "|| "
             "gross_cents AS x FROM pos_rollup_item_monthly WHERE quantity_milli <> 0 OR gross_cents <> 0 "
             "ORDER BY "
             "month, sku)",
             "SELECT group_concat(x, '|') FROM (SELECT substr(day, 1, 7) || ':' || sku || ':' || "
             "sum(quantity_milli) || ':' || sum(gross_cents) AS x FROM pos_rollup_item_daily GROUP BY "
             "substr(day, 1, 7), sku HAVING "
             "sum(quantity_milli) <> 0 OR sum(gross_cents) <> 0 ORDER BY substr(day, 1, 7), sku)"},
            {"hourly",
             "SELECT group_concat(x, '|') FROM (SELECT day || ':' || hour || ':' || gross_cents || ':' || "
             "receipts "
             "AS x FROM pos_rollup_hourly WHERE gross_cents <> 0 OR receipts <> 0 ORDER BY day, hour)",
             "SELECT group_concat(x, '|') FROM (SELECT day || ':' || hour || ':' || sum(gross_cents) || ':' "
             "|| "
             "sum(counted) AS x FROM pos_receipt WHERE cancelled = 0 GROUP BY day, hour HAVING "
             "sum(gross_cents) "
             "<> 0 OR sum(counted) <> 0 ORDER BY day, hour)"},
        };
        for (const auto& c : checks)
            QVERIFY2(scalar(QLatin1String(c.incremental)).toString() ==
                         scalar(QLatin1String(c.recomputed)).toString(),
                     c.what);
    }

private Q_SLOTS:
    void init()
    {
        const Test::FreshDatabase db = Test::openFreshDatabase(QStringLiteral("pos-store"));
        QVERIFY2(db.opened.ok(), qPrintable(db.opened.message));
        QVERIFY(exec(QStringLiteral("INSERT INTO pos_tax_rate(tax_code, vat_bp) VALUES ('TVA10', 1000), "
                                    "('TVA20', 2000), ('TVA55', 550)")));
        QVERIFY(exec(
            QStringLiteral("INSERT INTO pos_accounting_group(group_id, name, tax_code) VALUES ('G-PLA', "
                           "'Plats', 'TVA10'), ('G-VIN', 'Vins', 'TVA20'), ('G-EMP', 'Vente à emporter', "
                           "'TVA55')")));
        QVERIFY(exec(
            QStringLiteral("INSERT INTO pos_item(item_id, sku, name, group_id, remote_price_cents) VALUES "
                           "('1', 'BOEUF', 'Bœuf "
                           "bourguignon', 'G-PLA', 2100), ('2', 'CHABLIS', 'Verre de Chablis', 'G-VIN', "
                           "700), ('3', 'TATIN', "
                           "'Tarte Tatin à emporter', 'G-EMP', 500), ('4', 'CAFE', 'Café', 'G-PLA', 220)")));
    }

    void cleanup() { Database::closeConnection(); }

    void timeClosedForms_data()
    {
        QTest::addColumn<QString>("timeClosed");
        QTest::newRow("UTC with ms") << QStringLiteral("2024-05-15T11:05:07.250Z");
        QTest::newRow("UTC without ms") << QStringLiteral("2024-05-15T11:05:07Z");
        QTest::newRow("positive offset") << QStringLiteral("2024-05-15T13:05:07.999+02:00");
        QTest::newRow("negative offset") << QStringLiteral("2024-12-31T20:30:00.001-05:30");
        QTest::newRow("offset across the year") << QStringLiteral("2025-01-01T00:30:00.000+01:00");
        QTest::newRow("leap day") << QStringLiteral("2024-02-29T23:59:59.999Z");
        QTest::newRow("one ms digit") << QStringLiteral("2024-05-15T11:05:07.5Z");
    }

    /// The stored instant is the one QDateTime reads (whichever way
    /// parseSale() reads it), and the stored text its ISO form in UTC.
    void timeClosedForms()
    {
        QFETCH(QString, timeClosed);
        const QDateTime expected = QDateTime::fromString(timeClosed, Qt::ISODateWithMs).toUTC();
        QVERIFY(expected.isValid());
        const QJsonObject s = sale(QStringLiteral("T1"), timeClosed, 1,
                                   {line(QStringLiteral("1"), QStringLiteral("BOEUF"), QStringLiteral("Bœuf"),
                                         1, "11.00", "10.00", "1.00", QStringLiteral("TVA10"))},
                                   {payment("CB", "Carte bancaire", "11.00")});
        const std::optional<Sale> parsed =
            parseSale(s, SalesReference::load(Database::connection()), nullptr);
        QVERIFY(parsed);
        QCOMPARE(parsed->closedAt, expected);
        QCOMPARE(parsed->closedAt.timeSpec(), Qt::UTC);
        QVERIFY(store({s}));
        QCOMPARE(
            scalar(QStringLiteral("SELECT closed_at FROM pos_receipt WHERE receipt_id = 'T1'")).toString(),
            expected.toString(Qt::ISODateWithMs));
        // Not a timestamp: quarantined, not stored.
        QVERIFY(!parseSale(
            sale(QStringLiteral("T2"), timeClosed.left(10) + QStringLiteral("T99:00:00.000Z"), 1, {}, {}),
            SalesReference(), nullptr));
    }

    void theTillsTableIsKept()
    {
        // The contract's tableNumber (a string) kept with the receipt and lent
        // to the customers area; a counter ticket without one keeps ''.
        QJsonObject withTable =
            sale(QStringLiteral("TB1"), QStringLiteral("2024-05-15T19:00:00Z"), 2,
                 {line(QStringLiteral("1"), QStringLiteral("BOEUF"), QStringLiteral("Bœuf"), 2, "42.00",
                       "38.18", "3.82", QStringLiteral("TVA10"))},
                 {payment("CB", "Carte bancaire", "42.00")});
        withTable.insert(QStringLiteral("tableNumber"), QStringLiteral(" 12 "));
        const QJsonObject counter =
            sale(QStringLiteral("TB2"), QStringLiteral("2024-05-15T19:05:00Z"), 1,
                 {line(QStringLiteral("1"), QStringLiteral("CAFE"), QStringLiteral("Café"), 1, "2.20", "2.00",
                       "0.20", QStringLiteral("TVA10"))},
                 {payment("ESP", "Espèces", "2.20")});
        SalesStore::Stats first;
        QVERIFY(store({withTable, counter}, &first));
        QCOMPARE(first.inserted, 2);
        QCOMPARE(scalar(QStringLiteral("SELECT table_number FROM pos_receipt WHERE receipt_id = 'TB1'"))
                     .toString(),
                 QStringLiteral("12"));
        QCOMPARE(scalar(QStringLiteral("SELECT table_number FROM pos_receipt WHERE receipt_id = 'TB2'"))
                     .toString(),
                 QString());
        const PosReceipts source;
        const auto page = source.receiptsChangedSince(QString(), 10);
        QCOMPARE(page.rows.size(), 2);
        QCOMPARE(page.rows[0].table, QStringLiteral("12"));
        QVERIFY(page.rows[1].table.isEmpty());

        // Sent again unchanged: unchanged; moved to another table: replaced.
        SalesStore::Stats again;
        QVERIFY(store({withTable, counter}, &again));
        QCOMPARE(again.unchanged, 2);
        withTable.insert(QStringLiteral("tableNumber"), QStringLiteral("14"));
        SalesStore::Stats moved;
        QVERIFY(store({withTable}, &moved));
        QCOMPARE(moved.replaced, 1);
        QCOMPARE(scalar(QStringLiteral("SELECT table_number FROM pos_receipt WHERE receipt_id = 'TB1'"))
                     .toString(),
                 QStringLiteral("14"));
        checkRollupsMatchRecomputation();
    }

    void roundingToTheCent()
    {
        // 2 × 21.00 at 10 %: 42.00 / 1.10 = 38.1818… → 38.18 HT, 3.82 VAT.
        // 3 × 7.00 at 20 %: 21.00 / 1.20 = 17.50 HT exactly, 3.50 VAT.
        // 1 × 5.00 at 5.5 %: 5.00 / 1.055 = 4.7393… → 4.74 HT, 0.26 VAT.
        // Lunch on Wednesday 15 May 2024 at 13:05 Paris (11:05 UTC).
        const QJsonObject s =
            sale(QStringLiteral("R1"), QStringLiteral("2024-05-15T11:05:00.000Z"), 2,
                 {line(QStringLiteral("1"), QStringLiteral("BOEUF"), QStringLiteral("Bœuf bourguignon"), 2,
                       "42.00", "38.18", "3.82", QStringLiteral("TVA10")),
                  line(QStringLiteral("2"), QStringLiteral("CHABLIS"), QStringLiteral("Verre de Chablis"), 3,
                       "21.00", "17.50", "3.50", QStringLiteral("TVA20")),
                  line(QStringLiteral("3"), QStringLiteral("TATIN"), QStringLiteral("Tarte Tatin à emporter"),
                       1, "5.00", "4.74", "0.26", QStringLiteral("TVA55"))},
                 {payment("CB", "Carte bancaire", "50.00"), payment("ESP", "Espèces", "18.00")});
        SalesStore::Stats stats;
        QVERIFY(store({s}, &stats));
        QCOMPARE(stats.inserted, 1);
        QCOMPARE(stats.quarantined, 0);

        SalesRepository repo(Database::connection());
        const SalesKpis k = repo.kpis(day(2024, 5, 15));
        QCOMPARE(k.grossCents, qint64(6800));
        QCOMPARE(k.netCents, qint64(3818 + 1750 + 474));
        QCOMPARE(k.receipts, 1);
        QCOMPARE(k.covers, 2);
        QCOMPARE(k.averageTicketCents, qint64(6800));
        const ServiceKpis services = repo.kpisByService(day(2024, 5, 15));
        QCOMPARE(services.lunch.grossCents, qint64(6800));
        QCOMPARE(services.dinner.receipts, 0);

        QCOMPARE(scalar(QStringLiteral(
                            "SELECT group_concat(tax_code || '=' || base_cents || '+' || tax_cents, ' ') "
                            "FROM (SELECT * FROM pos_rollup_vat_daily ORDER BY tax_code)"))
                     .toString(),
                 QStringLiteral("TVA10=3818+382 TVA20=1750+350 TVA55=474+26"));

        const QList<GroupTotal> groups = repo.byAccountingGroup(day(2024, 5, 15));
        QCOMPARE(groups.size(), 3);
        QCOMPARE(groups.at(0).name, QStringLiteral("Plats"));
        QCOMPARE(groups.at(0).grossCents, qint64(4200));
        QCOMPARE(groups.at(0).netCents, qint64(3818));

        const QList<ItemTotal> top = repo.topItems(day(2024, 5, 15), 2);
        QCOMPARE(top.size(), 2);
        QCOMPARE(top.at(0).sku, QStringLiteral("BOEUF"));
        QCOMPARE(top.at(0).quantity, 2.0);
        QCOMPARE(top.at(1).sku, QStringLiteral("CHABLIS"));
        const QList<ItemTotal> bottom = repo.topItems(day(2024, 5, 15), 1, true);
        QCOMPARE(bottom.at(0).sku, QStringLiteral("TATIN"));
        QCOMPARE(bottom.at(0).name, QStringLiteral("Tarte Tatin à emporter"));

        const QList<PaymentTotal> payments = repo.payments(day(2024, 5, 15));
        QCOMPARE(payments.size(), 2);
        QCOMPARE(payments.at(0).method, QStringLiteral("Carte bancaire"));
        QCOMPARE(payments.at(0).cents, qint64(5000));
        QCOMPARE(payments.at(1).cents, qint64(1800));

        const QList<HourWeekdayCell> cells = repo.hourWeekday(day(2024, 5, 15));
        QCOMPARE(cells.size(), 1);
        QCOMPARE(cells.at(0).weekday, 3); // Wednesday
        QCOMPARE(cells.at(0).hour, 13);   // local time
        QCOMPARE(cells.at(0).grossCents, qint64(6800));

        const QList<ReceiptRow> receipts = repo.receipts(day(2024, 5, 15));
        QCOMPARE(receipts.size(), 1);
        QCOMPARE(receipts.at(0).paymentMethods, QStringLiteral("Carte bancaire, Espèces"));
        QCOMPARE(receipts.at(0).closedAt, QDateTime(QDate(2024, 5, 15), QTime(11, 5), Qt::UTC));
        checkRollupsMatchRecomputation();
    }

    void refundsAndVoidsInTheTotals()
    {
        // A: 2 dishes, one sent back and refunded on the same receipt.
        const QJsonObject a =
            sale(QStringLiteral("A"), QStringLiteral("2024-05-15T18:30:00Z"), 2,
                 {line(QStringLiteral("1"), QStringLiteral("BOEUF"), QStringLiteral("Bœuf"), 2, "42.00",
                       "38.18", "3.82", QStringLiteral("TVA10")),
                  line(QStringLiteral("2"), QStringLiteral("BOEUF"), QStringLiteral("Remboursement"), -1,
                       "-21.00", "-19.09", "-1.91", QStringLiteral("TVA10"))},
                 {payment("CB", "Carte bancaire", "21.00")});
        // B: voided: kept, counted nowhere but in the voids.
        const QJsonObject b =
            sale(QStringLiteral("B"), QStringLiteral("2024-05-15T18:45:00Z"), 4,
                 {line(QStringLiteral("1"), QStringLiteral("CHABLIS"), QStringLiteral("Chablis"), 4, "28.00",
                       "23.33", "4.67", QStringLiteral("TVA20"))},
                 {}, true);
        // C: a refund on its own receipt (negative): lowers the sales, not a ticket.
        const QJsonObject c =
            sale(QStringLiteral("C"), QStringLiteral("2024-05-15T19:00:00Z"), 0,
                 {line(QStringLiteral("1"), QStringLiteral("TATIN"), QStringLiteral("Tatin"), -1, "-5.00",
                       "-4.74", "-0.26", QStringLiteral("TVA55"))},
                 {payment("ESP", "Espèces", "-5.00")});
        // D: a discount and a service charge line.
        QJsonObject discounted = line(QStringLiteral("1"), QStringLiteral("BOEUF"), QStringLiteral("Bœuf"), 1,
                                      "18.90", "17.18", "1.72", QStringLiteral("TVA10"));
        discounted.insert(QStringLiteral("discountAmount"), QStringLiteral("2.10"));
        discounted.insert(QStringLiteral("discountType"), QStringLiteral("PERCENTAGE"));
        discounted.insert(QStringLiteral("discountCode"), QStringLiteral("FIDELITE10"));
        QJsonObject service = line(QStringLiteral("2"), QString(), QStringLiteral("Service groupe"), 1,
                                   "0.95", "0.86", "0.09", QStringLiteral("TVA10"));
        service.insert(QStringLiteral("serviceCharge"), QStringLiteral("0.95"));
        const QJsonObject d = sale(QStringLiteral("D"), QStringLiteral("2024-05-15T19:30:00Z"), 1,
                                   {discounted, service}, {payment("CB", "Carte bancaire", "19.85")});
        QVERIFY(store({a, b, c, d}));

        SalesRepository repo(Database::connection());
        const SalesKpis k = repo.kpis(day(2024, 5, 15));
        // Gross: 42.00 - 21.00 (A) + 0 (B void) - 5.00 (C) + 18.90 + 0.95 (D) = 35.85
        QCOMPARE(k.grossCents, qint64(4200 - 2100 - 500 + 1890 + 95));
        // Net: 38.18 - 19.09 - 4.74 + 17.18 + 0.86 = 32.39
        QCOMPARE(k.netCents, qint64(3818 - 1909 - 474 + 1718 + 86));
        QCOMPARE(k.receipts, 2); // A and D; B voided, C a refund
        QCOMPARE(k.covers, 3);
        QCOMPARE(k.averageTicketCents, qint64(1793)); // 35.85 / 2 = 17.925 → 17.93
        QCOMPARE(scalar(QStringLiteral("SELECT sum(voids) FROM pos_rollup_daily")).toInt(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT sum(refund_cents) FROM pos_rollup_daily")).toLongLong(),
                 qint64(-2100 - 500));
        // Everything is kept: the voided receipt, the negative lines, the discount and the service charge.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM pos_receipt")).toInt(), 4);
        QCOMPARE(scalar(QStringLiteral("SELECT cancelled FROM pos_receipt WHERE receipt_id = 'B'")).toInt(),
                 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM pos_sale_line WHERE gross_cents < 0")).toInt(),
                 2);
        QCOMPARE(scalar(QStringLiteral(
                            "SELECT discount_cents || discount_code FROM pos_sale_line WHERE receipt_id = "
                            "'D' AND line_id = '1'"))
                     .toString(),
                 QStringLiteral("210FIDELITE10"));
        QCOMPARE(
            scalar(QStringLiteral("SELECT service_cents FROM pos_receipt WHERE receipt_id = 'D'")).toInt(),
            95);
        // Voided receipts are not in the drill-down; the dinner service has all of it.
        QCOMPARE(repo.receipts(day(2024, 5, 15)).size(), 3);
        QCOMPARE(repo.kpisByService(day(2024, 5, 15)).dinner.grossCents, k.grossCents);
        // The refunded item: 2 - 1 = 1 sold.
        const QList<ItemTotal> items = repo.topItems(day(2024, 5, 15), 10);
        QCOMPARE(items.at(0).sku, QStringLiteral("BOEUF"));
        QCOMPARE(items.at(0).quantity, 2.0); // 2 - 1 + 1 (D)
        QCOMPARE(items.at(0).grossCents, qint64(4200 - 2100 + 1890));
        checkRollupsMatchRecomputation();
    }

    void replayedPageNeverDoubleCounts()
    {
        const QJsonObject a = sale(QStringLiteral("A"), QStringLiteral("2024-05-15T11:00:00Z"), 2,
                                   {line(QStringLiteral("1"), QStringLiteral("BOEUF"), QStringLiteral("Bœuf"),
                                         2, "42.00", "38.18", "3.82", QStringLiteral("TVA10"))},
                                   {payment("CB", "Carte bancaire", "42.00")});
        const QJsonObject b = sale(QStringLiteral("B"), QStringLiteral("2024-05-16T19:00:00Z"), 1,
                                   {line(QStringLiteral("1"), QStringLiteral("CAFE"), QStringLiteral("Café"),
                                         1, "2.20", "2.00", "0.20", QStringLiteral("TVA10"))},
                                   {payment("ESP", "Espèces", "2.20")});
        SalesStore::Stats first, again;
        QVERIFY(store({a, b}, &first));
        QVERIFY(store({a, b}, &again));
        QCOMPARE(first.inserted, 2);
        QCOMPARE(again.unchanged, 2);
        QCOMPARE(again.inserted + again.replaced, 0);
        SalesRepository repo(Database::connection());
        const SalesPeriod both{QDate(2024, 5, 15), QDate(2024, 5, 16)};
        QCOMPARE(repo.kpis(both).grossCents, qint64(4420));
        QCOMPARE(repo.kpis(both).receipts, 2);

        // The POS corrects A (one dish, paid in cash), moved to the next day
        // at dinner: the old contribution leaves every rollup.
        const QJsonObject corrected =
            sale(QStringLiteral("A"), QStringLiteral("2024-05-16T18:00:00Z"), 1,
                 {line(QStringLiteral("1"), QStringLiteral("BOEUF"), QStringLiteral("Bœuf"), 1, "21.00",
                       "19.09", "1.91", QStringLiteral("TVA10"))},
                 {payment("ESP", "Espèces", "21.00")});
        SalesStore::Stats fix;
        QVERIFY(store({corrected, b}, &fix));
        QCOMPARE(fix.replaced, 1);
        QCOMPARE(fix.unchanged, 1);
        QCOMPARE(repo.kpis(day(2024, 5, 15)).grossCents, qint64(0));
        QCOMPARE(repo.kpis(day(2024, 5, 15)).receipts, 0);
        QCOMPARE(repo.kpis(day(2024, 5, 16)).grossCents, qint64(2320));
        QCOMPARE(repo.kpis(day(2024, 5, 16)).receipts, 2);
        QCOMPARE(repo.kpisByService(day(2024, 5, 16)).dinner.receipts, 2);
        const QList<PaymentTotal> pay = repo.payments(both);
        QCOMPARE(pay.size(), 1);
        QCOMPARE(pay.at(0).method, QStringLiteral("Espèces"));
        QCOMPARE(pay.at(0).cents, qint64(2320));
        QCOMPARE(pay.at(0).count, 2);
        QCOMPARE(repo.topItems(both, 5).at(0).quantity, 1.0);
        // Voiding it later takes it out too.
        QJsonObject voided = corrected;
        voided.insert(QStringLiteral("cancelled"), true);
        QVERIFY(store({voided}));
        QCOMPARE(repo.kpis(both).grossCents, qint64(220));
        QCOMPARE(scalar(QStringLiteral("SELECT sum(voids) FROM pos_rollup_daily")).toInt(), 1);
        checkRollupsMatchRecomputation();
    }

    void quarantineKeepsTheRestOfThePage()
    {
        const QJsonObject good =
            sale(QStringLiteral("OK"), QStringLiteral("2024-05-15T11:00:00Z"), 1,
                 {line(QStringLiteral("1"), QStringLiteral("CAFE"), QStringLiteral("Café"), 1, "2.20", "2.00",
                       "0.20", QStringLiteral("TVA10"))},
                 {payment("CB", "Carte bancaire", "2.20")});
        auto variant = [&](const QString& id, const std::function<void(QJsonObject&)>& edit) {
            QJsonObject s = good;
            s.insert(QStringLiteral("receiptId"), id);
            QJsonArray lines = s.value(QStringLiteral("salesLines")).toArray();
            QJsonObject l = lines.at(0).toObject();
            edit(l);
            lines.replace(0, l);
            s.insert(QStringLiteral("salesLines"), lines);
            return s;
        };
        const QList<QJsonObject> page{
            variant(QStringLiteral("UNKNOWN-SKU"),
                    [](QJsonObject& l) { l.insert(QStringLiteral("sku"), QStringLiteral("HOMARD")); }),
            variant(QStringLiteral("NO-TAX"), [](QJsonObject& l) { l.remove(QStringLiteral("taxCode")); }),
            variant(QStringLiteral("BAD-SUM"),
                    [](QJsonObject& l) {
                        l.insert(QStringLiteral("totalNetAmountWithTax"), QStringLiteral("2.30"));
                    }),
            variant(QStringLiteral("BAD-AMOUNT"),
                    [](QJsonObject& l) { l.insert(QStringLiteral("taxAmount"), QStringLiteral("0,20")); }),
            variant(QStringLiteral("FLOAT"),
                    [](QJsonObject& l) { l.insert(QStringLiteral("taxAmount"), 0.2); }),
            variant(QStringLiteral("BAD-TAX"),
                    [](QJsonObject& l) { l.insert(QStringLiteral("taxCode"), QStringLiteral("TVA99")); }),
            good,
            sale(QString(), QStringLiteral("2024-05-15T11:00:00Z"), 1, {}, {}),
        };
        QJsonObject unpaid = good;
        unpaid.insert(QStringLiteral("receiptId"), QStringLiteral("UNPAID"));
        unpaid.insert(QStringLiteral("payments"), QJsonArray{payment("CB", "Carte bancaire", "2.00")});
        SalesStore::Stats stats;
        QVERIFY(store(QList<QJsonObject>(page) << unpaid, &stats));
        QCOMPARE(stats.inserted, 1);
        QCOMPARE(stats.quarantined, 8);

        SalesRepository repo(Database::connection());
        QCOMPARE(repo.kpis(day(2024, 5, 15)).grossCents, qint64(220));
        const QList<QuarantineRow> rows = repo.quarantine();
        QCOMPARE(rows.size(), 8);
        QHash<QString, QString> reasons;
        for (const QuarantineRow& r : rows) {
            QVERIFY(!r.payload.isEmpty());
            QVERIFY(r.at.isValid());
            reasons.insert(r.receiptId, r.reason);
        }
        QVERIFY2(reasons.value(QStringLiteral("UNKNOWN-SKU")).contains(QStringLiteral("HOMARD")),
                 qPrintable(reasons.value(QStringLiteral("UNKNOWN-SKU"))));
        QVERIFY(reasons.value(QStringLiteral("NO-TAX")).contains(QStringLiteral("tax code")));
        QVERIFY2(reasons.value(QStringLiteral("BAD-SUM")).contains(QStringLiteral("does not add up")),
                 qPrintable(reasons.value(QStringLiteral("BAD-SUM"))));
        QVERIFY(reasons.value(QStringLiteral("BAD-SUM")).contains(QStringLiteral("line 1")));
        QVERIFY(reasons.value(QStringLiteral("BAD-AMOUNT")).contains(QStringLiteral("taxAmount")));
        QVERIFY(reasons.value(QStringLiteral("FLOAT")).contains(QStringLiteral("taxAmount")));
        QVERIFY(reasons.value(QStringLiteral("BAD-TAX")).contains(QStringLiteral("TVA99")));
        QVERIFY(reasons.value(QStringLiteral("UNPAID")).contains(QStringLiteral("payments")));
        QVERIFY(reasons.contains(QString()));
        QCOMPARE(
            scalar(QStringLiteral("SELECT group_concat(reason_code, ',') FROM (SELECT reason_code FROM "
                                  "quarantine ORDER BY reason_code)"))
                .toString(),
            QStringLiteral("line_mismatch,malformed_amount,malformed_amount,malformed_sale,missing_tax_code,"
                           "payments_mismatch,unknown_sku,unknown_tax_code"));

        // The same bad page again: no second copy.
        QVERIFY(store(page));
        QCOMPARE(repo.quarantine().size(), 8);

        // The item arrives on the menu: the held-back sale is released.
        QVERIFY(exec(
            QStringLiteral("INSERT INTO pos_item(item_id, sku, name, group_id, remote_price_cents) VALUES "
                           "('9', 'HOMARD', 'Homard', 'G-PLA', 220)")));
        QSqlDatabase db = Database::connection();
        QVERIFY(db.transaction());
        QString error;
        SalesStore::Stats released;
        QVERIFY2(LightspeedSalesReader::retryQuarantine(m_store, db, &released, &error), qPrintable(error));
        QVERIFY(db.commit());
        QCOMPARE(released.inserted, 1);
        QCOMPARE(released.resolved, 1);
        QCOMPARE(repo.quarantine().size(), 7);
        QCOMPARE(repo.kpis(day(2024, 5, 15)).grossCents, qint64(440));
        checkRollupsMatchRecomputation();
    }

    void pageKeepsTheBytesOfWhatItQuarantines()
    {
        // A page as a POS may send it: indented, keys in its own order, one
        // good sale, one that does not add up, one that is not an object.
        const QByteArray body =
            "{ \"dataComplete\": false,\n  \"sales\": [\n"
            "    {\"timeClosed\": \"2024-05-15T11:00:00.000Z\", \"receiptId\": \"P-1\", \"nbCovers\": 1,\n"
            "     \"salesLines\": [{\"id\": \"1\", \"sku\": \"CAFE\", \"name\": \"Caf\\u00e9\", "
            "\"totalNetAmountWithTax\": \"2.20\", \"totalNetAmountWithoutTax\": \"2.00\", \"taxAmount\": "
            "\"0.20\", \"taxCode\": \"TVA10\"}],\n"
            "     \"payments\": [{\"code\": \"CB\", \"description\": \"Carte bancaire\", "
            "\"netAmountWithTax\": \"2.20\"}]},\n"
            "    {\"receiptId\": \"P-2\",  \"timeClosed\": \"2024-05-15T12:30:00.000+02:00\", "
            "\"salesLines\": "
            "[{\"id\": \"1\", \"sku\": \"CAFE\", \"totalNetAmountWithTax\": \"2.30\", "
            "\"totalNetAmountWithoutTax\": \"2.00\", \"taxAmount\": \"0.20\", \"taxCode\": \"TVA10\"}]},\n"
            "    [\"not\", \"a sale\"]\n  ],\n  \"nextPageToken\": \"abc\"\n}\n";
        QString error;
        const std::optional<SalesFeedPage> page = SalesFeedPage::read(body, &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->size(), 3);
        QCOMPARE(page->nextPageToken(), QStringLiteral("abc"));
        QVERIFY(!page->dataComplete());
        QCOMPARE(page->lastClosedMs(),
                 QDateTime(QDate(2024, 5, 15), QTime(11, 0), Qt::UTC).toMSecsSinceEpoch());

        QSqlDatabase db = Database::connection();
        QVERIFY(db.transaction());
        SalesStore::Stats stats;
        QVERIFY2(m_reader.storePage(m_store, db, *page, &stats, &error), qPrintable(error));
        QVERIFY(db.commit());
        QCOMPARE(stats.inserted, 1);
        QCOMPARE(stats.quarantined, 2);
        QCOMPARE(scalar(QStringLiteral("SELECT name FROM pos_sale_line WHERE receipt_id = 'P-1'")).toString(),
                 QStringLiteral("Café"));
        // The quarantined sale is kept byte for byte as the POS sent it.
        const QByteArray sent = body.mid(body.indexOf("{\"receiptId\": \"P-2\""));
        const QString stored =
            scalar(QStringLiteral("SELECT payload FROM quarantine WHERE record_key = 'P-2'")).toString();
        QVERIFY(!stored.isEmpty());
        QVERIFY(sent.startsWith(stored.toUtf8()));
        QVERIFY(stored.endsWith(u'}'));
        QCOMPARE(scalar(QStringLiteral("SELECT reason_code || '|' || payload FROM quarantine WHERE "
                                       "record_key = ''"))
                     .toString(),
                 QStringLiteral("malformed_sale|[\"not\", \"a sale\"]"));

        // Not a page: says where it breaks.
        QVERIFY(!SalesFeedPage::read(body.left(body.size() / 2), &error));
        QVERIFY2(error.contains(QLatin1String("at byte")), qPrintable(error));
        QVERIFY(!SalesFeedPage::read("{\"sales\": {}}", &error));
        QVERIFY2(error.contains(QLatin1String("sales")), qPrintable(error));
    }

    void referenceChangesReachTheNextPage()
    {
        // The store reads the menu and the tax rates once, and again only
        // when they change (pos_reference_version): a sale of an item added
        // to the menu meanwhile lands at once.
        const QJsonObject homard =
            sale(QStringLiteral("H-1"), QStringLiteral("2024-05-15T11:00:00Z"), 1,
                 {line(QStringLiteral("1"), QStringLiteral("HOMARD"), QStringLiteral("Homard"), 1, "44.00",
                       "40.00", "4.00", QStringLiteral("TVA10"))},
                 {payment("CB", "Carte bancaire", "44.00")});
        SalesStore::Stats stats;
        QVERIFY(store({homard}, &stats));
        QCOMPARE(stats.quarantined, 1);

        QVERIFY(exec(
            QStringLiteral("INSERT INTO pos_item(item_id, sku, name, group_id, remote_price_cents) VALUES "
                           "('9', 'HOMARD', 'Homard', 'G-PLA', 4400)")));
        QJsonObject second = homard;
        second.insert(QStringLiteral("receiptId"), QStringLiteral("H-2"));
        stats = {};
        QVERIFY(store({second}, &stats));
        QCOMPARE(stats.inserted, 1);
        QCOMPARE(stats.quarantined, 0);

        // A tax rate that changes is read again too.
        QJsonObject spirits = homard;
        spirits.insert(QStringLiteral("receiptId"), QStringLiteral("H-3"));
        spirits.insert(
            QStringLiteral("salesLines"),
            QJsonArray{line(QStringLiteral("1"), QStringLiteral("HOMARD"), QStringLiteral("Homard"), 1,
                            "44.00", "40.00", "4.00", QStringLiteral("TVA-X"))});
        stats = {};
        QVERIFY(store({spirits}, &stats));
        QCOMPARE(stats.quarantined, 1);
        QVERIFY(exec(QStringLiteral("INSERT INTO pos_tax_rate(tax_code, vat_bp) VALUES ('TVA-X', 1000)")));
        spirits.insert(QStringLiteral("receiptId"), QStringLiteral("H-4"));
        stats = {};
        QVERIFY(store({spirits}, &stats));
        QCOMPARE(stats.inserted, 1);
        QCOMPARE(scalar(QStringLiteral("SELECT vat_bp FROM pos_sale_line WHERE receipt_id = 'H-4'")).toInt(),
                 1000);
        QVERIFY(exec(QStringLiteral("UPDATE pos_tax_rate SET vat_bp = 2000 WHERE tax_code = 'TVA-X'")));
        spirits.insert(QStringLiteral("receiptId"), QStringLiteral("H-5"));
        QVERIFY(store({spirits}));
        QCOMPARE(scalar(QStringLiteral("SELECT vat_bp FROM pos_sale_line WHERE receipt_id = 'H-5'")).toInt(),
                 2000);
        checkRollupsMatchRecomputation();
    }

    void ratesAsTheApiGivesThem()
    {
        // The documented line: six-decimal amounts, taxRatePercentage a
        // percentage, the VAT line's taxRate a multiplier. No reference list
        // is needed (as when /tax-rates is unavailable).
        QVERIFY(exec(QStringLiteral("DELETE FROM pos_tax_rate")));
        QVERIFY(exec(QStringLiteral("DELETE FROM pos_item")));
        auto documented = [](const QString& id, const char* gross, const char* net, const char* tax,
                             const char* percentage, const QJsonValue& multiplier) {
            QJsonObject l =
                line(id, QString(), QStringLiteral("Plat"), 1, gross, net, tax, QStringLiteral("VAT"));
            l.insert(QStringLiteral("taxRatePercentage"), QLatin1String(percentage));
            l.insert(QStringLiteral("taxLines"),
                     QJsonArray{QJsonObject{{QStringLiteral("taxCode"), QStringLiteral("VAT")},
                                            {QStringLiteral("taxRate"), multiplier},
                                            {QStringLiteral("taxAmount"), QLatin1String(tax)},
                                            {QStringLiteral("taxIncluded"), true}}});
            return l;
        };
        SalesStore::Stats stats;
        QVERIFY(store({sale(QStringLiteral("V1"), QStringLiteral("2024-06-03T11:00:00Z"), 2,
                            {documented(QStringLiteral("1"), "10.000000", "9.090909", "0.909091", "10.00",
                                        QStringLiteral("1.1")),
                             documented(QStringLiteral("2"), "12.000000", "10.000000", "2.000000", "20.00",
                                        QStringLiteral("1.2")),
                             documented(QStringLiteral("3"), "5.000000", "4.739336", "0.260664", "5.50",
                                        QStringLiteral("1.055"))},
                            {payment("CB", "Carte bancaire", "27.00")})},
                      &stats));
        QCOMPARE(stats.inserted, 1);
        QCOMPARE(stats.quarantined, 0);
        QCOMPARE(scalar(QStringLiteral("SELECT group_concat(vat_bp, ',') FROM (SELECT vat_bp FROM "
                                       "pos_sale_line WHERE receipt_id = 'V1' ORDER BY line_id)"))
                     .toString(),
                 QStringLiteral("1000,2000,550"));
        // Cents, each amount rounded once: 0.909091 → 0.91, 0.260664 → 0.26.
        QCOMPARE(scalar(QStringLiteral("SELECT tax_cents FROM pos_receipt WHERE receipt_id = 'V1'")).toInt(),
                 91 + 200 + 26);
        QCOMPARE(scalar(QStringLiteral("SELECT net_cents FROM pos_receipt WHERE receipt_id = 'V1'")).toInt(),
                 2700 - 317);

        // A rate that disagrees with the line's amounts is quarantined with
        // both figures.
        stats = {};
        QVERIFY(store({sale(QStringLiteral("V2"), QStringLiteral("2024-06-03T12:00:00Z"), 1,
                            {documented(QStringLiteral("1"), "11.000000", "10.000000", "1.000000", "20.00",
                                        QStringLiteral("1.2"))},
                            {payment("CB", "Carte bancaire", "11.00")})},
                      &stats));
        QCOMPARE(stats.quarantined, 1);
        const QString reason =
            scalar(QStringLiteral("SELECT reason FROM quarantine WHERE record_key = 'V2'")).toString();
        QVERIFY2(reason.contains(QStringLiteral("20\u00A0%")) && reason.contains(QStringLiteral("10\u00A0%")),
                 qPrintable(reason));
        // The line and its VAT line disagree: quarantined, both named.
        stats = {};
        QVERIFY(store({sale(QStringLiteral("V3"), QStringLiteral("2024-06-03T12:05:00Z"), 1,
                            {documented(QStringLiteral("1"), "11.000000", "10.000000", "1.000000", "10.00",
                                        QStringLiteral("1.2"))},
                            {payment("CB", "Carte bancaire", "11.00")})},
                      &stats));
        QCOMPARE(stats.quarantined, 1);
        // A multiplier that is not one: refused, never read as 1.1 %.
        stats = {};
        QVERIFY(store({sale(QStringLiteral("V4"), QStringLiteral("2024-06-03T12:10:00Z"), 1,
                            {documented(QStringLiteral("1"), "11.000000", "10.000000", "1.000000", "10.00",
                                        QStringLiteral("10.00"))},
                            {payment("CB", "Carte bancaire", "11.00")})},
                      &stats));
        QCOMPARE(stats.quarantined, 1);
        QCOMPARE(
            scalar(QStringLiteral("SELECT reason_code FROM quarantine WHERE record_key = 'V4'")).toString(),
            QStringLiteral("malformed_tax_rate"));
        checkRollupsMatchRecomputation();
    }

    void quarantineReleasedWhenTheReferenceArrives()
    {
        // A line without any rate of its own and an unknown tax code waits
        // for the reference; when it arrives the sale is released, and said so.
        QVERIFY(exec(QStringLiteral("DELETE FROM pos_tax_rate")));
        SalesStore::Stats stats;
        QVERIFY(store({sale(QStringLiteral("Q1"), QStringLiteral("2024-06-04T11:00:00Z"), 1,
                            {line(QStringLiteral("1"), QString(), QStringLiteral("Bœuf"), 1, "11.00", "10.00",
                                  "1.00", QStringLiteral("TVA-NEW"))},
                            {payment("CB", "Carte bancaire", "11.00")})},
                      &stats));
        QCOMPARE(stats.quarantined, 1);
        QCOMPARE(SalesRepository(Database::connection()).quarantineReleasedCount(), 0);
        QVERIFY(exec(QStringLiteral("INSERT INTO pos_tax_rate(tax_code, vat_bp) VALUES ('TVA-NEW', 1000)")));
        QSqlDatabase db = Database::connection();
        QVERIFY(db.transaction());
        SalesStore::Stats retried;
        QString error;
        QVERIFY2(LightspeedSalesReader::retryQuarantine(m_store, db, &retried, &error), qPrintable(error));
        QVERIFY(db.commit());
        QCOMPARE(retried.inserted, 1);
        QCOMPARE(retried.released, 1);
        QDateTime at;
        QCOMPARE(SalesRepository(db).quarantineReleasedCount(&at), 1);
        QVERIFY(at.isValid());
        QCOMPARE(SalesRepository(db).quarantineCount(), 0);
        checkRollupsMatchRecomputation();
    }

    void localDaysHoursAndServices()
    {
        auto cafe = [](const QString& id, const QString& at) {
            return sale(id, at, 1,
                        {line(QStringLiteral("1"), QStringLiteral("CAFE"), QStringLiteral("Café"), 1, "2.20",
                              "2.00", "0.20", QStringLiteral("TVA10"))},
                        {payment("CB", "Carte bancaire", "2.20")});
        };
        QVERIFY(store({
            cafe(QStringLiteral("S1"), QStringLiteral("2024-07-01T13:59:59Z")), // 15:59:59 Paris: lunch
            cafe(QStringLiteral("S2"), QStringLiteral("2024-07-01T14:00:00Z")), // 16:00 Paris: dinner
            cafe(QStringLiteral("S3"), QStringLiteral("2024-07-01T22:30:00Z")), // 00:30 on 2 July (Tuesday)
            cafe(QStringLiteral("W1"),
                 QStringLiteral("2024-01-15T22:30:00Z")), // 23:30 on 15 January (winter)
            cafe(QStringLiteral("W2"), QStringLiteral("2024-01-15T23:30:00Z")), // 00:30 on 16 January
        }));
        SalesRepository repo(Database::connection());
        const ServiceKpis july = repo.kpisByService(day(2024, 7, 1));
        QCOMPARE(july.lunch.receipts, 1);
        QCOMPARE(july.dinner.receipts, 1);
        QCOMPARE(repo.kpis(day(2024, 7, 2)).receipts, 1);
        const QList<HourWeekdayCell> tuesday = repo.hourWeekday(day(2024, 7, 2));
        QCOMPARE(tuesday.size(), 1);
        QCOMPARE(tuesday.at(0).weekday, 2);
        QCOMPARE(tuesday.at(0).hour, 0);
        QCOMPARE(repo.kpis(day(2024, 1, 15)).receipts, 1);
        QCOMPARE(repo.kpis(day(2024, 1, 16)).receipts, 1);
        QCOMPARE(repo.hourWeekday(day(2024, 1, 15)).at(0).hour, 23);

        // Zero-filled days, inclusive bounds.
        const QList<DailyPoint> points = repo.daily({QDate(2024, 6, 30), QDate(2024, 7, 3)});
        QCOMPARE(points.size(), 4);
        QCOMPARE(points.at(0).date, QDate(2024, 6, 30));
        QCOMPARE(points.at(0).receipts, 0);
        QCOMPARE(points.at(1).receipts, 2);
        QCOMPARE(points.at(1).grossCents, qint64(440));
        QCOMPARE(points.at(2).receipts, 1);
        QCOMPARE(points.at(3).grossCents, qint64(0));

        // Drill-down filters.
        const SalesPeriod july1{QDate(2024, 7, 1), QDate(2024, 7, 2)};
        QCOMPARE(repo.receipts(july1, 15).size(), 1);
        QCOMPARE(repo.receipts(july1, 16).at(0).receiptId, QStringLiteral("S2"));
        QCOMPARE(repo.receipts(july1, {}, 2).at(0).receiptId, QStringLiteral("S3"));
        QCOMPARE(repo.receipts(july1, {}, {}, QStringLiteral("G-PLA")).size(), 3);
        QCOMPARE(repo.receipts(july1, {}, {}, QStringLiteral("G-VIN")).size(), 0);
        QCOMPARE(repo.receipts(july1, {}, {}, {}, QStringLiteral("CAFE")).size(), 3);
        QCOMPARE(repo.receipts(july1, {}, {}, {}, {}, QStringLiteral("Carte bancaire")).size(), 3);
        QCOMPARE(repo.receipts(july1, {}, {}, {}, {}, QStringLiteral("CB")).size(), 3);
        QCOMPARE(repo.receipts(july1, {}, {}, {}, {}, QStringLiteral("Espèces")).size(), 0);

        // A year back, on the same weekday.
        const SalesPeriod back = SalesRepository::samePeriodLastYear({QDate(2024, 7, 1), QDate(2024, 7, 7)});
        QCOMPARE(back.from, QDate(2023, 7, 3));
        QCOMPARE(back.from.dayOfWeek(), 1);
        QCOMPARE(back.from.daysTo(back.to), 6);
        // An invalid period answers empty, not garbage.
        QVERIFY(repo.daily({QDate(2024, 7, 3), QDate(2024, 7, 1)}).isEmpty());
        QCOMPARE(repo.kpis({}).receipts, 0);
    }

    void menuItemsWithVatAndState()
    {
        QVERIFY(exec(
            QStringLiteral("UPDATE pos_item SET local_state = 'conflict', local_price_cents = 2300 WHERE "
                           "item_id = '1'")));
        QVERIFY(exec(QStringLiteral("UPDATE pos_item SET active = 0 WHERE item_id = '4'")));
        const QList<MenuItemRow> items = SalesRepository(Database::connection()).menuItems();
        QCOMPARE(items.size(), 3);
        QHash<QString, MenuItemRow> bySku;
        for (const MenuItemRow& r : items)
            bySku.insert(r.sku, r);
        QCOMPARE(bySku.value(QStringLiteral("BOEUF")).priceCents, qint64(2300));
        QCOMPARE(bySku.value(QStringLiteral("BOEUF")).syncState, QStringLiteral("conflict"));
        QCOMPARE(bySku.value(QStringLiteral("BOEUF")).vatRateBasisPoints, 1000);
        QCOMPARE(bySku.value(QStringLiteral("CHABLIS")).vatRateBasisPoints, 2000);
        QCOMPARE(bySku.value(QStringLiteral("TATIN")).vatRateBasisPoints, 550);
        QCOMPARE(bySku.value(QStringLiteral("TATIN")).groupName, QStringLiteral("Vente à emporter"));
        QCOMPARE(bySku.value(QStringLiteral("TATIN")).syncState, QStringLiteral("synced"));
    }

    void menuItemsVatFromSalesWhenTheTillGivesNone()
    {
        // The demo till's feed: no tax code on items nor groups.
        QVERIFY(exec(QStringLiteral("UPDATE pos_accounting_group SET tax_code = NULL")));
        // BOEUF's latest day was taxed at 10 % (rounding on a small amount
        // still snaps), CHABLIS at 20 %, CAFE at a rate France does not have.
        QVERIFY(exec(QStringLiteral(
            "INSERT INTO pos_rollup_item_daily(day, sku, quantity_milli, gross_cents, net_cents) VALUES "
            "('2024-07-01', 'BOEUF', 1000, 2400, 2000), ('2024-07-02', 'BOEUF', 1000, 2100, 1909), "
            "('2024-07-02', 'CHABLIS', 1000, 840, 700), ('2024-07-02', 'CAFE', 1000, 300, 200)")));
        QHash<QString, MenuItemRow> bySku;
        for (const MenuItemRow& r : SalesRepository(Database::connection()).menuItems())
            bySku.insert(r.sku, r);
        QCOMPARE(bySku.value(QStringLiteral("BOEUF")).vatRateBasisPoints, 1000);
        QVERIFY(bySku.value(QStringLiteral("BOEUF")).vatFromSales);
        QCOMPARE(bySku.value(QStringLiteral("CHABLIS")).vatRateBasisPoints, 2000);
        QVERIFY(bySku.value(QStringLiteral("CHABLIS")).vatFromSales);
        // 50 % is no French rate: unknown, not a guess.
        QCOMPARE(bySku.value(QStringLiteral("CAFE")).vatRateBasisPoints, 0);
        QVERIFY(!bySku.value(QStringLiteral("CAFE")).vatFromSales);
        // Never sold: unknown.
        QCOMPARE(bySku.value(QStringLiteral("TATIN")).vatRateBasisPoints, 0);
        // A rate on the item wins over its sales.
        QVERIFY(exec(QStringLiteral("UPDATE pos_item SET tax_code = 'TVA55' WHERE sku = 'CHABLIS'")));
        bySku.clear();
        for (const MenuItemRow& r : SalesRepository(Database::connection()).menuItems())
            bySku.insert(r.sku, r);
        QCOMPARE(bySku.value(QStringLiteral("CHABLIS")).vatRateBasisPoints, 550);
        QVERIFY(!bySku.value(QStringLiteral("CHABLIS")).vatFromSales);
    }

    void hasMenuItemsCountsActiveItemsOnly()
    {
        const SalesRepository repo(Database::connection());
        QVERIFY(repo.hasMenuItems());
        // Inactive items are not on the menu (menuItems() skips them too).
        QVERIFY(exec(QStringLiteral("UPDATE pos_item SET active = 0 WHERE item_id <> '3'")));
        QVERIFY(repo.hasMenuItems());
        QCOMPARE(repo.menuItems().size(), 1);
        QVERIFY(exec(QStringLiteral("UPDATE pos_item SET active = 0")));
        QVERIFY(!repo.hasMenuItems());
        QVERIFY(repo.menuItems().isEmpty());
        QVERIFY(exec(QStringLiteral("UPDATE pos_item SET active = 1 WHERE item_id = '4'")));
        QVERIFY(repo.hasMenuItems());
        QVERIFY(exec(QStringLiteral("DELETE FROM pos_item")));
        QVERIFY(!repo.hasMenuItems());
        // A database without the table answers false (and logs), not true.
        QSqlDatabase none = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("no-menu"));
        none.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(none.open());
        QVERIFY(!SalesRepository(none).hasMenuItems());
        none.close();
        none = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("no-menu"));
    }

    void sandboxDaysMatchTheirTotals()
    {
        // Generated days (refunds, voids, discounts, formulas, split
        // payments…) land without quarantine and add up to the sandbox's own
        // totals; replaying them changes nothing.
        SandboxServer server(7);
        SandboxLightspeed* ls = SandboxLightspeed::of(&server);
        QVERIFY(ls);
        ls->setClock([] { return QDateTime(QDate(2024, 6, 30), QTime(23, 0), Qt::UTC).toMSecsSinceEpoch(); });
        // The menu and tax codes of the sandbox.
        QVERIFY(exec(QStringLiteral("DELETE FROM pos_item")));
        QSqlDatabase db = Database::connection();
        QVERIFY(Test::storeSandboxItems(db, *ls));
        int sales = 0;
        for (QDate d(2024, 6, 1); d <= QDate(2024, 6, 14); d = d.addDays(1)) {
            SalesStore::Stats stats;
            QVERIFY(store(ls->salesOfDay(d), &stats));
            QCOMPARE(stats.quarantined, 0);
            sales += stats.inserted;
            const SandboxLightspeed::DayTotals expected = ls->dayTotals(d);
            const SalesKpis k = SalesRepository(db).kpis({d, d});
            QCOMPARE(k.grossCents, expected.grossCents);
            QCOMPARE(k.netCents, expected.netCents);
            QCOMPARE(k.receipts, expected.receipts);
            QCOMPARE(k.covers, expected.covers);
        }
        // About 120 a day over two weeks of a restaurant closed on Mondays and Sunday evenings.
        QVERIFY2(sales > 14 * 80, qPrintable(QString::number(sales)));
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM pos_receipt WHERE cancelled = 1")).toInt() >= 1);
        QVERIFY(
            scalar(QStringLiteral("SELECT count(*) FROM pos_sale_line WHERE quantity_milli < 0")).toInt() >=
            1);
        QVERIFY(
            scalar(QStringLiteral("SELECT count(*) FROM pos_sale_line WHERE discount_cents > 0")).toInt() >=
            1);
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM pos_sale_line WHERE parent_line_id IS NOT NULL"))
                    .toInt() > 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT vat_bp) FROM pos_sale_line")).toInt(), 3);
        // Top items: whole months come from the monthly rollup, partial ones
        // from the daily one; both agree.
        const QList<ItemTotal> byDays =
            SalesRepository(db).topItems({QDate(2024, 6, 1), QDate(2024, 6, 14)}, 100);
        const QList<ItemTotal> byMonths =
            SalesRepository(db).topItems({QDate(2024, 5, 1), QDate(2024, 7, 31)}, 100);
        const QList<ItemTotal> mixed =
            SalesRepository(db).topItems({QDate(2024, 5, 20), QDate(2024, 7, 3)}, 100);
        QVERIFY(byDays.size() > 30);
        QCOMPARE(byMonths.size(), byDays.size());
        QCOMPARE(mixed.size(), byDays.size());
        for (int i = 0; i < byDays.size(); ++i) {
            QCOMPARE(byMonths.at(i).sku, byDays.at(i).sku);
            QCOMPARE(byMonths.at(i).grossCents, byDays.at(i).grossCents);
            QCOMPARE(mixed.at(i).quantity, byDays.at(i).quantity);
        }
        SalesStore::Stats replay;
        QVERIFY(store(ls->salesOfDay(QDate(2024, 6, 3)), &replay));
        QCOMPARE(replay.inserted + replay.replaced, 0);
        checkRollupsMatchRecomputation();
    }
};

QTEST_GUILESS_MAIN(TestSalesStore)
#include "tst_salesstore.moc"
