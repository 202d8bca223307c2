// The Fournisseurs tab, offscreen, on a database filled through
// SupplierStore: the empty state without a connection, the suppliers'
// cards with the cut-off countdown, the catalogue search across suppliers
// with the same GTIN side by side and the cheapest highlighted, the price
// history chart, the price alerts and their threshold, the rows set aside,
// and pages added by others. Screenshots go to /tmp/supplierstab-*.png.

#include "common/core/apppaths.h"
#include "common/core/database.h"
#include "common/sync/quarantine.h"
#include "supplierfixtures.h"
#include "suppliers/ui/cataloguepage.h"
#include "suppliers/ui/catalogueresultsmodel.h"
#include "suppliers/ui/supplieroverviewpage.h"
#include "suppliers/ui/supplierstab.h"
#include "testsupport.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QValueAxis>

#include <cmath>

using namespace Moulin;
using namespace Moulin::Test;

namespace {

// Tuesday 8 December 2026, 10:40 local time.
const QDateTime kNow(QDate(2026, 12, 8), QTime(10, 40));

Supplier transgourmet()
{
    Supplier s = metro();
    s.id = QStringLiteral("transgourmet-idf");
    s.profileId = QStringLiteral("transgourmet");
    s.name = QStringLiteral("Transgourmet Opérations SAS");
    s.deliveryDays = {Qt::Tuesday, Qt::Thursday, Qt::Saturday};
    s.orderCutoff = QTime(16, 0);
    s.franco = Decimal::fromInt(600);
    s.deliveryFee = Decimal::fromInt(25);
    return s;
}

Supplier farm()
{
    Supplier s = metro();
    s.id = QStringLiteral("ferme-des-saules");
    s.profileId = QStringLiteral("local");
    s.name = QStringLiteral("EARL Ferme des Saules");
    s.deliveryDays = {Qt::Tuesday, Qt::Friday};
    s.orderCutoff = QTime(12, 0);
    s.cutoffDaysBefore = 2;
    s.franco = Decimal::fromInt(80);
    s.deliveryFee = Decimal::fromInt(8);
    return s;
}

QString butterGtin()
{
    const QString d = QStringLiteral("301762000001");
    return d + QString::number(Gtin::checkDigit(d));
}

CatalogueItem offer(const Supplier& s, const char* sku, const QString& gtin, const char* name,
                    const char* price, const char* category = "Crèmerie")
{
    CatalogueItem it;
    it.category = QString::fromUtf8(category);
    Product& p = it.product;
    p.supplierId = s.id;
    p.sku = QString::fromLatin1(sku);
    p.gtin = gtin;
    p.name = QString::fromUtf8(name);
    p.unitCode = QStringLiteral("C62");
    p.packSize = Decimal::fromInt(20);
    p.packUnitCode = QStringLiteral("XCT");
    p.unitPrice = dec(price);
    return it;
}

} // namespace

class TestSuppliersTab : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SuppliersTab> m_tab;
    QString m_dir;
    bool m_filled = false;

    bool reload()
    {
        QSignalSpy spy(m_tab.get(), &SuppliersTab::reloaded);
        m_tab->reload();
        // The read may be done (and shown) before reload() returns.
        return !spy.isEmpty() || spy.wait(10000);
    }

    void fill()
    {
        if (m_filled)
            return;
        m_filled = true;
        QSqlDatabase db = Database::connection();
        QString error;
        const QDateTime month = kNow.addDays(-30).toUTC();
        const QDateTime recent = kNow.addDays(-2).toUTC();
        const Decimal alert = Decimal::fromInt(5);
        QVERIFY(Database::transaction(
            db,
            [&](QString* e) {
                for (const auto& [s, connector] :
                     {std::pair{metro(), "metro"}, std::pair{transgourmet(), "transgourmet"},
                      std::pair{farm(), "local"}})
                    if (!SupplierStore::upsertSupplier(db, s, QString::fromLatin1(connector), month, e))
                        return false;
                // The same butter (same GTIN) at METRO and Transgourmet; METRO's
                // price rose from 8.50 to 9.20 (+8.2 %: an alert at 5 %).
                CatalogueItem metroButter = offer(metro(), "M1", butterGtin(), "Beurre doux 250 g", "8.50");
                const QList<std::pair<CatalogueItem, QDateTime>> items{
                    {metroButter, month},
                    {offer(transgourmet(), "T7", butterGtin(), "BEURRE DOUX 250G", "8.75"), month},
                    {offer(metro(), "M2", {}, "Beurre demi-sel 250 g", "9.60"), month},
                    {offer(metro(), "M3", {}, "Pommes de terre Agata", "0.89", "Fruits et légumes"), month},
                    {offer(farm(), "F1", {}, "Pommes Golden, Val de Loire", "1.90", "Fruits et légumes"),
                     month},
                    {offer(farm(), "F2", {}, "Crème fraîche épaisse", "6.40"), month},
                };
                for (const auto& [item, at] : items)
                    if (!SupplierStore::upsertProduct(db, item, alert, at, nullptr, e))
                        return false;
                metroButter.product.unitPrice = dec("9.20");
                if (!SupplierStore::upsertProduct(db, metroButter, alert, recent, nullptr, e))
                    return false;
                // A row METRO's catalogue sent with a bad GTIN, set aside.
                if (!Quarantine::hold(
                        db,
                        {QStringLiteral("metro"), QStringLiteral("catalogue"), QStringLiteral("M999"),
                         QStringLiteral("invalid_product"),
                         QStringLiteral("Article M999: the GTIN 3017620000010 is not valid (check "
                                        "digit)."),
                         QByteArray("{\"sku\":\"M999\"}")},
                        recent, e))
                    return false;
                QSqlQuery q(db);
                return q.exec(
                    QStringLiteral("INSERT INTO connector_state (connector, state, last_success_at) "
                                   "VALUES ('metro', 'online', '2026-12-08T09:00:00.000Z'), "
                                   "('transgourmet', 'degraded', NULL)"));
            },
            &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_tab->setConnections({{QStringLiteral("metro"), QStringLiteral("METRO"), false},
                               {QStringLiteral("transgourmet"), QStringLiteral("Transgourmet"), true},
                               {QStringLiteral("local"), QStringLiteral("Local"), false}});
        QVERIFY(reload());
    }

    void screenshot(const QString& name)
    {
        const QPixmap shot = m_tab->grab();
        shot.save(m_dir + QStringLiteral("/supplierstab-%1.png").arg(name));
        shot.save(QStringLiteral("/tmp/supplierstab-%1.png").arg(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        const FreshDatabase fresh = openFreshDatabase(QStringLiteral("tst_supplierstab"));
        QVERIFY2(fresh.opened.ok(), qPrintable(fresh.opened.message));
        m_dir = fresh.dir;
        AppPaths::setDataDir(m_dir); // settings.ini (the alert threshold) there
        m_tab = std::make_unique<SuppliersTab>();
        m_tab->setClock([] { return kNow; });
        m_tab->resize(1500, 900);
        m_tab->show();
        m_tab->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_tab.get()));
    }

    void cleanupTestCase()
    {
        m_tab.reset();
        Database::closeConnection();
    }

    void emptyStateWithoutConnection()
    {
        QVERIFY(reload());
        QVERIFY(m_tab->isShowingEmptyState());
        // A connection configured: the pages, waiting for the catalogue.
        m_tab->setConnections({{QStringLiteral("metro"), QStringLiteral("METRO"), true}});
        QVERIFY(!m_tab->isShowingEmptyState());
        m_tab->setConnections({});
        QVERIFY(m_tab->isShowingEmptyState());
    }

    void pagesAddedByOthers()
    {
        auto* page = new QLabel(QStringLiteral("Orders"));
        m_tab->addPage(page, [] { return QStringLiteral("Commandes"); });
        QCOMPARE(m_tab->pages()->count(), 3);
        QCOMPARE(m_tab->pages()->tabText(2), QStringLiteral("Commandes"));
        QCOMPARE(m_tab->pages()->widget(2), page);
    }

    void suppliersWithCutoffCountdown()
    {
        fill();
        QVERIFY(!m_tab->isShowingEmptyState());
        m_tab->pages()->setCurrentWidget(m_tab->overviewPage());
        SupplierOverviewPage* overview = m_tab->overviewPage();
        const QString card = overview->cardText(QStringLiteral("metro-nanterre"));
        QVERIFY2(card.contains(QStringLiteral("METRO France SAS")), qPrintable(card));
        QVERIFY2(card.contains(QStringLiteral("Metro")), qPrintable(card));
        QVERIFY2(card.contains(QStringLiteral("Connected")), qPrintable(card));
        QVERIFY2(card.contains(QStringLiteral("lun, mer, ven")), qPrintable(card));
        QVERIFY2(card.contains(QStringLiteral("mercredi 9 décembre")), qPrintable(card));
        QVERIFY2(card.contains(QStringLiteral("800,00")) && card.contains(QStringLiteral("29,90")),
                 qPrintable(card));
        QVERIFY2(card.contains(QStringLiteral("3 product(s)")), qPrintable(card));
        QVERIFY2(card.contains(QStringLiteral("1 price alert(s)")), qPrintable(card));
        // Order for Wednesday before today 14:00: 3 h 20 from 10:40.
        QCOMPARE(overview->cutoffText(QStringLiteral("metro-nanterre")),
                 QStringLiteral("Order before today 14:00 — in 3 h 20"));
        const QString tg = overview->cardText(QStringLiteral("transgourmet-idf"));
        QVERIFY2(tg.contains(QStringLiteral("Synchronising")), qPrintable(tg));
        // The farm delivers Friday; its cut-off is two days before at noon.
        QCOMPARE(overview->cutoffText(QStringLiteral("ferme-des-saules")),
                 QStringLiteral("Order before tomorrow 12:00 — in 1 d 1 h"));
        screenshot(QStringLiteral("suppliers"));

        // Past 14:00 the countdown moves on to Friday's delivery.
        m_tab->setClock([] { return kNow.addSecs(3 * 3600 + 21 * 60); });
        overview->tick();
        QCOMPARE(overview->cutoffText(QStringLiteral("metro-nanterre")),
                 QStringLiteral("Order before jeudi 14:00 — in 1 d 23 h"));
        QVERIFY(overview->cardText(QStringLiteral("metro-nanterre"))
                    .contains(QStringLiteral("vendredi 11 décembre")));
        m_tab->setClock([] { return kNow; });
        overview->tick();
    }

    void searchAcrossSuppliersSideBySide()
    {
        fill();
        m_tab->pages()->setCurrentWidget(m_tab->cataloguePage());
        CataloguePage* page = m_tab->cataloguePage();
        QTRY_COMPARE(QApplication::focusWidget(), page->searchField());
        QTest::keyClicks(page->searchField(), QStringLiteral("BEURRE dou"));
        const CatalogueResultsModel* model = page->resultsModel();
        const auto key = [&](int row) -> QString {
            const int item = model->data(model->index(row, 0), CatalogueResultsModel::ItemRole).toInt();
            const Product& p = m_tab->snapshot()->index.item(item).product;
            return p.supplierId + u'/' + p.sku;
        };
        // The two butters of the same GTIN next to each other, the cheaper
        // (Transgourmet, 8.75) first and highlighted; not the demi-sel.
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(key(0), QStringLiteral("transgourmet-idf/T7"));
        QCOMPARE(key(1), QStringLiteral("metro-nanterre/M1"));
        QVERIFY(model->data(model->index(0, 0), CatalogueResultsModel::CheapestRole).toBool());
        QVERIFY(!model->data(model->index(1, 0), CatalogueResultsModel::CheapestRole).toBool());
        // "beurre": the demi-sel (by name) first, then the group.
        page->searchField()->clear();
        QTest::keyClicks(page->searchField(), QStringLiteral("beurre"));
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(key(0), QStringLiteral("metro-nanterre/M2"));
        QVERIFY(!model->data(model->index(0, 0), CatalogueResultsModel::CheapestRole).toBool());
        QCOMPARE(key(1), QStringLiteral("transgourmet-idf/T7"));
        QCOMPARE(key(2), QStringLiteral("metro-nanterre/M1"));
        page->searchField()->clear();
        QTest::keyClicks(page->searchField(), QStringLiteral("BEURRE dou"));
        QCOMPARE(model->data(model->index(0, 0), CatalogueResultsModel::GroupRole),
                 model->data(model->index(1, 0), CatalogueResultsModel::GroupRole));
        const QModelIndex cheapestPrice = model->index(0, CatalogueResultsModel::UnitPriceColumn);
        QVERIFY(model->data(cheapestPrice, Qt::FontRole).value<QFont>().bold());
        QVERIFY(model->data(cheapestPrice, Qt::BackgroundRole).isValid());
        QCOMPARE(model->data(cheapestPrice).toString(), QStringLiteral("8,75\u00a0€/piece"));
        QCOMPARE(model->data(model->index(0, CatalogueResultsModel::PackPriceColumn)).toString(),
                 QStringLiteral("175,00\u00a0€"));
        QCOMPARE(model->data(model->index(0, CatalogueResultsModel::VatColumn)).toString(),
                 QStringLiteral("5,5 %"));
        // METRO's 9.20 is 5.1 % dearer.
        QCOMPARE(model->data(model->index(1, CatalogueResultsModel::ComparisonColumn)).toString(),
                 QStringLiteral("+5,1 %"));
        QVERIFY(!page->resultsView()->isColumnHidden(CatalogueResultsModel::ComparisonColumn));
        // The supplier's whole name fits its column.
        const QHeaderView* header = page->resultsView()->horizontalHeader();
        QFont bold = page->resultsView()->font();
        bold.setBold(true);
        QVERIFY2(header->sectionSize(CatalogueResultsModel::SupplierColumn) >=
                     QFontMetrics(bold).horizontalAdvance(QStringLiteral("EARL Ferme des Saules")),
                 qPrintable(QString::number(header->sectionSize(CatalogueResultsModel::SupplierColumn))));

        // Accents and case folded, words AND-ed, across suppliers.
        page->searchField()->clear();
        QTest::keyClicks(page->searchField(), QStringLiteral("pomme"));
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(key(0), QStringLiteral("metro-nanterre/M3")); // "pommes de terre…" before "pommes golden…"
        QCOMPARE(key(1), QStringLiteral("ferme-des-saules/F1"));
        // No product carried by two suppliers: no empty comparison column.
        QVERIFY(page->resultsView()->isColumnHidden(CatalogueResultsModel::ComparisonColumn));
        page->searchField()->clear();
        QTest::keyClicks(page->searchField(), QStringLiteral("creme epaisse"));
        QCOMPARE(model->rowCount(), 1);
        // By GTIN prefix.
        page->searchField()->clear();
        QTest::keyClicks(page->searchField(), butterGtin().left(7));
        QCOMPARE(model->rowCount(), 2);
        // The supplier filter keeps that supplier's offers only.
        page->supplierFilter()->setCurrentIndex(
            page->supplierFilter()->findData(QStringLiteral("metro-nanterre")));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(key(0), QStringLiteral("metro-nanterre/M1"));
        page->supplierFilter()->setCurrentIndex(0);
        page->searchField()->clear();
        QTest::keyClicks(page->searchField(), QStringLiteral("beurre dou"));
    }

    void priceHistoryOfTheSelectedProduct()
    {
        fill();
        CataloguePage* page = m_tab->cataloguePage();
        const CatalogueResultsModel* model = page->resultsModel();
        QVERIFY(model->rowCount() >= 2);
        page->resultsView()->setCurrentIndex(model->index(1, 0)); // METRO's butter
        QChart* chart = page->chartView()->chart();
        // Both offers of the GTIN drawn, METRO's with its two prices as steps.
        QTRY_COMPARE(chart->series().size(), 2);
        QLineSeries* metroSeries = nullptr;
        for (QAbstractSeries* s : chart->series())
            if (s->name() == QStringLiteral("METRO France SAS"))
                metroSeries = qobject_cast<QLineSeries*>(s);
        QVERIFY(metroSeries);
        const QList<QPointF> points = metroSeries->points();
        QCOMPARE(points.size(), 4);
        QCOMPARE(points.at(0).y(), 8.5);
        QCOMPARE(points.at(2).y(), 9.2);
        QCOMPARE(points.at(3).x(), double(kNow.toMSecsSinceEpoch()));
        // The price axis ticks on round values (8,00 / 8,50…), not the range's fifths.
        QValueAxis* prices = nullptr;
        for (QAbstractAxis* axis : chart->axes(Qt::Vertical))
            prices = qobject_cast<QValueAxis*>(axis);
        QVERIFY(prices);
        QVERIFY(prices->min() <= 8.5 && prices->max() >= 9.2);
        const double step = (prices->max() - prices->min()) / (prices->tickCount() - 1);
        for (double tick : {prices->min(), prices->max(), step}) {
            const double tenths = tick * 10;
            QVERIFY2(std::abs(tenths - std::round(tenths)) < 1e-6, qPrintable(QString::number(tick)));
        }
        screenshot(QStringLiteral("catalogue"));
    }

    void priceAlertsAndThreshold()
    {
        fill();
        CataloguePage* page = m_tab->cataloguePage();
        QTableWidget* alerts = page->alertsTable();
        QCOMPARE(alerts->rowCount(), 1);
        QCOMPARE(alerts->item(0, 0)->text(), QStringLiteral("Beurre doux 250 g"));
        QCOMPARE(alerts->item(0, 4)->text(), QStringLiteral("+8,2 %"));
        // Above 10 %: no alert any more, and the setting keeps it.
        QSignalSpy reloaded(m_tab.get(), &SuppliersTab::reloaded);
        page->alertPercentBox()->setValue(10.0);
        QTRY_VERIFY_WITH_TIMEOUT(!reloaded.isEmpty(), 10000);
        reloaded.clear();
        QCOMPARE(page->alertsTable()->rowCount(), 0);
        QCOMPARE(AppPaths::settings()->value(QStringLiteral("suppliers/price_alert_percent")).toString(),
                 QStringLiteral("10"));
        QVERIFY(m_tab->overviewPage()
                    ->cardText(QStringLiteral("metro-nanterre"))
                    .contains(QStringLiteral("No price alert")));
        page->alertPercentBox()->setValue(5.0);
        QTRY_VERIFY_WITH_TIMEOUT(!reloaded.isEmpty(), 10000);
        QCOMPARE(page->alertsTable()->rowCount(), 1);
    }

    void promotionOfTheDay()
    {
        // A page on a snapshot made by hand (tst_suppliersync: the promotions stored).
        auto snapshot = std::make_shared<SuppliersSnapshot>();
        CatalogueItem promo = offer(metro(), "M9", butterGtin(), "Beurre doux 250 g", "9.20");
        promo.product.promotion = Promotion{dec("8.10"), kNow.date().addDays(-1), kNow.date().addDays(3),
                                            QStringLiteral("Promo semaine 50")};
        CatalogueItem other = offer(transgourmet(), "T7", butterGtin(), "Beurre doux 250 g", "8.75");
        snapshot->index.reset({promo, other});
        snapshot->names = {{metro().id, metro().name}, {transgourmet().id, transgourmet().name}};
        CataloguePage page;
        page.setClock([] { return kNow; });
        page.setSnapshot(snapshot);
        QTest::keyClicks(page.searchField(), QStringLiteral("beurre"));
        const CatalogueResultsModel* model = page.resultsModel();
        QCOMPARE(model->rowCount(), 2);
        // With its promotion METRO is the cheaper today: 8.10 a piece, 162 a pack.
        const int first = model->data(model->index(0, 0), CatalogueResultsModel::ItemRole).toInt();
        QCOMPARE(snapshot->index.item(first).product.sku, QStringLiteral("M9"));
        QVERIFY(model->data(model->index(0, 0), CatalogueResultsModel::CheapestRole).toBool());
        const QModelIndex price = model->index(0, CatalogueResultsModel::UnitPriceColumn);
        QVERIFY2(model->data(price).toString().contains(QStringLiteral("8,10")),
                 qPrintable(model->data(price).toString()));
        QVERIFY(model->data(price).toString().contains(QStringLiteral("promo")));
        QVERIFY(model->data(price, Qt::ToolTipRole).toString().contains(QStringLiteral("Promo semaine 50")));
        QCOMPARE(model->data(model->index(0, CatalogueResultsModel::PackPriceColumn)).toString(),
                 QStringLiteral("162,00\u00a0€"));
        // Once it is over, the usual price (and Transgourmet is the cheaper).
        page.setClock([] { return kNow.addDays(5); });
        page.search();
        const int after = model->data(model->index(0, 0), CatalogueResultsModel::ItemRole).toInt();
        QCOMPARE(snapshot->index.item(after).product.sku, QStringLiteral("T7"));
        QVERIFY(!model->data(model->index(1, CatalogueResultsModel::UnitPriceColumn))
                     .toString()
                     .contains(QStringLiteral("promo")));

        // Priced for the delivery day: METRO delivering on Mondays only, the
        // goods ordered today arrive on 14/12, after the promotion.
        SupplierSummary summary;
        summary.supplier = metro();
        summary.supplier.deliveryDays = {Qt::Monday};
        summary.supplier.cutoffDaysBefore = 1;
        summary.supplier.orderCutoff = QTime(14, 0);
        snapshot->suppliers = {summary};
        page.setClock([] { return kNow; });
        page.search();
        QCOMPARE(model->priceDay(first), QDate(2026, 12, 14));
        QCOMPARE(
            snapshot->index.item(model->data(model->index(0, 0), CatalogueResultsModel::ItemRole).toInt())
                .product.sku,
            QStringLiteral("T7"));
        // Delivering on Thursdays: 10/12, inside it again.
        snapshot->suppliers[0].supplier.deliveryDays = {Qt::Thursday};
        page.search();
        QCOMPARE(model->priceDay(first), QDate(2026, 12, 10));
        QCOMPARE(
            snapshot->index.item(model->data(model->index(0, 0), CatalogueResultsModel::ItemRole).toInt())
                .product.sku,
            QStringLiteral("M9"));
        QVERIFY(model->data(model->index(0, CatalogueResultsModel::UnitPriceColumn))
                    .toString()
                    .contains(QStringLiteral("promo")));
    }

    void rowsSetAsideWithTheirReason()
    {
        fill();
        QTableWidget* rows = m_tab->cataloguePage()->setAsideTable();
        QCOMPARE(rows->rowCount(), 1);
        QCOMPARE(rows->item(0, 2)->text(), QStringLiteral("M999"));
        QVERIFY(rows->item(0, 3)->text().contains(QStringLiteral("not valid (check digit)")));
        m_tab->cataloguePage()->showList(1);
        screenshot(QStringLiteral("set-aside"));
    }
};

QTEST_MAIN(TestSuppliersTab)
#include "tst_supplierstab.moc"
