// The Ventes table models: QAbstractItemModelTester on each, sorting on raw
// values through the proxy, the price edit of Menu & prices.
#include "pos/ui/salesformat.h"
#include "pos/ui/salesmodels.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Moulin;

namespace {

QList<ReceiptRow> receipts()
{
    return {
        {QStringLiteral("R-2"), QDateTime(QDate(2025, 11, 24), QTime(20, 15)), 12050, 10955, 3,
         QStringLiteral("CB")},
        {QStringLiteral("R-1"), QDateTime(QDate(2025, 11, 24), QTime(12, 40)), 990, 900, 1,
         QStringLiteral("Espèces")},
        {QStringLiteral("R-3"), QDateTime(QDate(2025, 11, 25), QTime(13, 5)), 115000, 104545, 12,
         QStringLiteral("CB, Amex")},
    };
}

QList<MenuItemRow> menu()
{
    return {
        {QStringLiteral("i1"), QStringLiteral("PLA-BAR"), QStringLiteral("Filet de bar"),
         QStringLiteral("Plats"), 2400, 1000, QStringLiteral("synced"), false},
        {QStringLiteral("i2"), QStringLiteral("VIN-CHAB"), QStringLiteral("Chablis"), QStringLiteral("Vins"),
         3800, 2000, QStringLiteral("conflict"), false},
        {QStringLiteral("i3"), QStringLiteral("CAF-ESP"), QStringLiteral("Espresso"), QStringLiteral("Cafés"),
         220, 550, QStringLiteral("rejected"), false},
    };
}

} // namespace

class TestSalesModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::French, QLocale::France)); }

    void receiptsModel()
    {
        ReceiptsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReceipts(receipts());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ReceiptsModel::ColumnCount));
        QCOMPARE(model.index(0, ReceiptsModel::Gross).data().toString(), QStringLiteral("120,50\u00a0€"));
        QCOMPARE(model.index(0, ReceiptsModel::Gross).data(SalesRole::ExportRole).toString(),
                 QStringLiteral("120,50"));
        QCOMPARE(model.index(0, ReceiptsModel::ClosedAt).data().toString(),
                 QStringLiteral("24/11/2025 20:15"));
        QCOMPARE(model.index(2, 0).data(SalesRole::KeyRole).toString(), QStringLiteral("R-3"));
        QVERIFY(model.index(0, ReceiptsModel::Gross).data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight);

        // Sorting uses the raw values: 9,90 < 120,50 < 1 150,00 (text order would differ).
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SalesRole::SortRole);
        proxy.sort(ReceiptsModel::Gross, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, ReceiptsModel::Receipt).data().toString(), QStringLiteral("R-1"));
        QCOMPARE(proxy.index(2, ReceiptsModel::Receipt).data().toString(), QStringLiteral("R-3"));
        proxy.sort(ReceiptsModel::ClosedAt, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, ReceiptsModel::Receipt).data().toString(), QStringLiteral("R-3"));

        model.setReceipts({});
        QCOMPARE(model.rowCount(), 0);
    }

    void menuModelAndPriceEdit()
    {
        MenuItemsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems(menu());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, MenuItemsModel::Vat).data().toString(), QStringLiteral("20%"));
        QCOMPARE(model.index(2, MenuItemsModel::Vat).data().toString(), QStringLiteral("5,5%"));
        {
            // A rate the till does not give (neither item nor group) is unknown, not 0 %.
            MenuItemsModel unknown;
            unknown.setItems({{QStringLiteral("i9"), QStringLiteral("EAU"), QStringLiteral("Eau"),
                               QStringLiteral("Boissons"), 400, 0, QStringLiteral("synced"), false}});
            QCOMPARE(unknown.index(0, MenuItemsModel::Vat).data().toString(), QStringLiteral("—"));
            QVERIFY(!unknown.index(0, MenuItemsModel::Vat).data(Qt::ToolTipRole).toString().isEmpty());
            QVERIFY(model.index(1, MenuItemsModel::Vat).data(Qt::ToolTipRole).isNull());
            // A rate read from the sales shows, and says where it comes from.
            unknown.setItems({{QStringLiteral("i9"), QStringLiteral("EAU"), QStringLiteral("Eau"),
                               QStringLiteral("Boissons"), 400, 1000, QStringLiteral("synced"), true}});
            QCOMPARE(unknown.index(0, MenuItemsModel::Vat).data().toString(), QStringLiteral("10%"));
            QVERIFY(unknown.index(0, MenuItemsModel::Vat)
                        .data(Qt::ToolTipRole)
                        .toString()
                        .contains(QLatin1String("according to the sales")));
        }
        QCOMPARE(model.index(1, MenuItemsModel::SyncState).data().toString(), MenuItemsModel::tr("Conflict"));
        QVERIFY(model.index(1, MenuItemsModel::SyncState).data(Qt::DecorationRole).isValid());
        QVERIFY(!(model.flags(model.index(0, MenuItemsModel::Name)) & Qt::ItemIsEditable));
        QVERIFY(model.flags(model.index(0, MenuItemsModel::Price)) & Qt::ItemIsEditable);
        QCOMPARE(model.index(0, MenuItemsModel::Price).data(Qt::EditRole).toString(),
                 QStringLiteral("24,00"));

        QSignalSpy edits(&model, &MenuItemsModel::priceEditRequested);
        QVERIFY(!model.setData(model.index(0, MenuItemsModel::Price), QStringLiteral("vingt")));
        QVERIFY(!model.setData(model.index(0, MenuItemsModel::Name), QStringLiteral("Autre nom")));
        QCOMPARE(edits.count(), 0);
        QVERIFY(model.setData(model.index(0, MenuItemsModel::Price), QStringLiteral("24")));
        QCOMPARE(edits.count(), 0); // unchanged price
        QVERIFY(model.setData(model.index(0, MenuItemsModel::Price), QStringLiteral("25,90 €")));
        QCOMPARE(edits.count(), 1);
        QCOMPARE(edits.last().at(0).toString(), QStringLiteral("i1"));
        QCOMPARE(edits.last().at(1).toLongLong(), qint64(2590));
        QCOMPARE(model.items().at(0).syncState, QStringLiteral("pending"));
        QCOMPARE(model.index(0, MenuItemsModel::Price).data().toString(), QStringLiteral("25,90\u00a0€"));
        QCOMPARE(model.rowOf(QStringLiteral("i3")), 2);
        QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
    }

    void quarantineModel()
    {
        QuarantineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString longPayload =
            QStringLiteral("{\"a\":\n\"") + QString(300, QLatin1Char('x')) + QStringLiteral("\"}");
        model.setRows({{QDateTime(QDate(2025, 11, 26), QTime(13, 5)), QStringLiteral("R-9"),
                        QStringLiteral("Unknown SKU"), longPayload}});
        QCOMPARE(model.rowCount(), 1);
        const QString shown = model.index(0, QuarantineModel::Payload).data().toString();
        QVERIFY(shown.size() <= 140);
        QVERIFY(!shown.contains(QLatin1Char('\n')));
        QCOMPARE(model.index(0, QuarantineModel::Payload).data(SalesRole::ExportRole).toString(),
                 longPayload);
    }

    void breakdownModel()
    {
        BreakdownModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setColumns({QStringLiteral("Famille"), QStringLiteral("TTC")}, {false, true});
        model.setRows(
            {{QStringLiteral("G1"),
              {{QStringLiteral("Plats"), {}, {}, {}},
               {QStringLiteral("10,00 €"), 1000, QStringLiteral("10,00"), {}}}},
             {QStringLiteral("G2"),
              {{QStringLiteral("Vins"), {}, {}, {}}, {QStringLiteral("9,00 €"), 900, {}, QColor(Qt::red)}}}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("TTC"));
        QCOMPARE(model.index(0, 1).data(SalesRole::ExportRole).toString(), QStringLiteral("10,00"));
        QCOMPARE(model.index(1, 1).data(SalesRole::ExportRole).toString(), QStringLiteral("9,00 €"));
        QCOMPARE(model.index(1, 1).data(Qt::ForegroundRole).value<QColor>(), QColor(Qt::red));
        QCOMPARE(model.index(1, 0).data(SalesRole::KeyRole).toString(), QStringLiteral("G2"));
        QCOMPARE(model.index(0, 0).data(SalesRole::SortRole).toString(), QStringLiteral("Plats"));
    }
};

QTEST_MAIN(TestSalesModels)
#include "tst_salesmodels.moc"
