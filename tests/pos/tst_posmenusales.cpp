// The sales area's MenuSalesSource over a fresh database: the menu items
// with their group, VAT rate (the item's tax code, else its group's) and the
// till's price; the quantities sold per item and day from the daily rollup,
// within the days asked.

#include "common/core/database.h"
#include "common/core/readinterfaces.h"
#include "pos/core/posmenusales.h"
#include "testsupport.h"

#include <QTest>

using namespace Moulin;

class TestPosMenuSales : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const Test::FreshDatabase fresh = Test::openFreshDatabase(QStringLiteral("posmenusales"));
        QVERIFY(fresh.opened.ok());
        QVERIFY(Test::execAll(
            Database::connection(),
            {QStringLiteral(
                 "INSERT INTO pos_tax_rate(tax_code, vat_bp) VALUES ('TVA10', 1000), ('TVA20', 2000)"),
             QStringLiteral("INSERT INTO pos_accounting_group(group_id, name, tax_code) VALUES "
                            "('G1', 'Plats', 'TVA10'), ('G2', 'Vins', 'TVA20')"),
             QStringLiteral(
                 "INSERT INTO pos_item(item_id, sku, name, group_id, tax_code, remote_price_cents, active) "
                 "VALUES ('7300000007', 'PLA-BOURGUIGNON', 'Bœuf bourguignon', 'G1', 'TVA10', 2100, 1), "
                 "('7300000033', 'VIN-CDR', 'Verre de Côtes-du-Rhône', 'G2', NULL, 550, 1), "
                 "('7300000099', '', 'Article sans SKU', 'G1', NULL, 300, 0), "
                 "('7300000050', 'PLA-BAR', 'Filet de bar', NULL, NULL, 2400, 1), "
                 "('7300000051', 'DIV-X', 'Divers', NULL, NULL, 500, 1)"),
             QStringLiteral(
                 "INSERT INTO pos_rollup_item_daily(day, sku, name, quantity_milli, gross_cents, net_cents) "
                 "VALUES ('2026-12-05', 'PLA-BOURGUIGNON', 'Bœuf bourguignon', 12000, 25200, 22909), "
                 "('2026-12-06', 'PLA-BOURGUIGNON', 'Bœuf bourguignon', 9500, 19950, 18136), "
                 "('2026-12-06', 'VIN-CDR', 'Verre', 14000, 7700, 6417), "
                 "('2026-12-07', 'VIN-CDR', 'Verre', 3000, 1650, 1375), "
                 "('2026-11-20', 'PLA-BAR', 'Filet de bar', 1000, 2400, 2000), "
                 "('2026-11-21', 'PLA-BAR', 'Filet de bar', 3000, 7200, 6545), "
                 "('2026-11-21', 'DIV-X', 'Divers', 1000, 500, 450)")}));
    }

    void menuItems()
    {
        const PosMenuSales source;
        const QList<MenuItemInfo> items = source.menuItems();
        QCOMPARE(items.size(), 5);
        const auto find = [&](const QString& id) {
            for (const MenuItemInfo& i : items) {
                if (i.id == id)
                    return i;
            }
            return MenuItemInfo{};
        };
        const MenuItemInfo beef = find(QStringLiteral("PLA-BOURGUIGNON"));
        QCOMPARE(beef.name, QStringLiteral("Bœuf bourguignon"));
        QCOMPARE(beef.priceCents, 2100);
        QCOMPARE(beef.vatBasisPoints, 1000);
        QCOMPARE(beef.category, QStringLiteral("Plats"));
        // No tax code of its own: its group's 20 %.
        QCOMPARE(find(QStringLiteral("VIN-CDR")).vatBasisPoints, 2000);
        // Neither the item nor a group names a rate: the one its last day's
        // sales were taxed at (655 / 6545 = 10.0 %; the older day's 20 % is not read).
        QCOMPARE(find(QStringLiteral("PLA-BAR")).vatBasisPoints, 1000);
        // Sales taxed at no French rate (11.1 %): unknown, never guessed.
        QCOMPARE(find(QStringLiteral("DIV-X")).vatBasisPoints, 0);
        // No SKU: keyed by the till's item id; inactive kept, flagged.
        QCOMPARE(find(QStringLiteral("7300000099")).active, false);
    }

    void sold()
    {
        const PosMenuSales source;
        const QList<MenuItemSold> rows = source.sold(QDate(2026, 12, 6), QDate(2026, 12, 6));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).itemId, QStringLiteral("PLA-BOURGUIGNON"));
        QCOMPARE(rows.at(0).quantityMilli, 9500);
        QCOMPARE(rows.at(1).itemId, QStringLiteral("VIN-CDR"));
        QCOMPARE(rows.at(1).quantityMilli, 14000);
        QCOMPARE(source.sold(QDate(2026, 12, 5), QDate(2026, 12, 7)).size(), 4);
        QVERIFY(source.sold(QDate(2026, 12, 7), QDate(2026, 12, 5)).isEmpty());
        // Registered, it is what other areas find.
        ReadInterfaces::provide<MenuSalesSource>(std::make_shared<PosMenuSales>());
        QCOMPARE(ReadInterfaces::get<MenuSalesSource>()->sold(QDate(2026, 12, 7), QDate(2026, 12, 7)).size(),
                 1);
        ReadInterfaces::withdraw<MenuSalesSource>();
    }
};

QTEST_GUILESS_MAIN(TestPosMenuSales)
#include "tst_posmenusales.moc"
