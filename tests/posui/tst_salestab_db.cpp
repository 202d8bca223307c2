// The Ventes tab on a real database: a fresh data directory migrated by
// Database::openAndMigrate, the fixture restaurant stored through the core's
// ingest API (SalesStore::storeParsed), read back by SalesRepository. Checks
// the figures, that the chart area really renders (offscreen grab with many
// non-background pixels, kept as PNG next to the database), drill-down to
// stored receipts, the quarantine, and a live update.
#include "common/core/database.h"
#include "pos/core/salesstore.h"
#include "pos/ui/dailychart.h"
#include "pos/ui/heatmapwidget.h"
#include "pos/ui/kpicards.h"
#include "pos/ui/receiptsview.h"
#include "pos/ui/salesformat.h"
#include "pos/ui/salesmodels.h"
#include "pos/ui/salestab.h"
#include "salesfixture.h"
#include "testsupport.h"

#include <QDir>
#include <QImage>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTimeZone>

using namespace Moulin;
using Test::inkRatio;

namespace {

const QDate kToday(2025, 11, 26);

qint64 grossOf(const QList<Test::FixtureReceipt>& receipts, const SalesPeriod& period)
{
    qint64 sum = 0;
    for (const Test::FixtureReceipt& r : receipts) {
        if (r.closedAt.date() >= period.from && r.closedAt.date() <= period.to)
            sum += r.grossCents();
    }
    return sum;
}

} // namespace

class TestSalesTabDatabase : public QObject
{
    Q_OBJECT

    QString m_dir;
    QList<Test::FixtureReceipt> m_receipts;

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        const Test::FreshDatabase fresh =
            Test::openFreshDatabase(QStringLiteral("salestab-db"), QStringLiteral("moulin.db"));
        m_dir = fresh.dir;
        QVERIFY2(fresh.opened.ok(), qPrintable(fresh.opened.message));
        QSqlDatabase db = Database::connection();
        QString error;
        QVERIFY2(Test::storeMenu(db, &error), qPrintable(error));
        m_receipts = Test::generateReceipts(QDate(2024, 10, 1), QDate(2024, 12, 31), 2024, 1.0);
        m_receipts += Test::generateReceipts(QDate(2025, 10, 1), kToday, 2025, 1.08);
        QVERIFY2(Test::storeReceipts(db, m_receipts, &error), qPrintable(error));

        SalesStore store;
        QVERIFY(db.transaction());
        QVERIFY2(store.quarantine(
                     db, QStringLiteral("R-BAD-1"),
                     {QStringLiteral("unknown_sku"), QStringLiteral("Line 2: unknown SKU \"PLA-XXX\"")},
                     QByteArray("{\"receiptId\":\"R-BAD-1\"}"), &error),
                 qPrintable(error));
        QVERIFY(db.commit());
    }

    void cleanupTestCase() { Database::closeConnection(); }

    void rendersTheStoredSales()
    {
        SalesTab tab;
        tab.periodPicker()->setToday(kToday);
        tab.resize(1280, 820);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        tab.setDatabase(Database::connection());
        QVERIFY(!tab.isShowingEmptyState());

        const SalesView view = tab.currentView();
        const qint64 gross = grossOf(m_receipts, view.elapsed);
        QVERIFY(gross > 0);
        QCOMPARE(tab.kpiCards()->card(KpiCards::Gross)->valueText(), SalesFormat::moneyRounded(gross));
        QVERIFY(tab.kpiCards()->card(KpiCards::Gross)->deltaText().startsWith(QStringLiteral("▲")));
        DailyChart* daily = tab.overviewPage()->dailyChart();
        QCOMPARE(daily->pointCount(), 30);
        QCOMPARE(daily->totalCents(), gross);
        QVERIFY(tab.overviewPage()->heatMap()->cents(6, 20) > 0);

        QTest::qWait(50);
        const QImage shot = tab.chartArea()->grab().toImage();
        QVERIFY(shot.save(QDir(m_dir).filePath(QStringLiteral("ventes.png"))));
        const QString extra = qEnvironmentVariable("MOULIN_SCREENSHOT_DIR");
        if (!extra.isEmpty())
            tab.grab().save(QDir(extra).filePath(QStringLiteral("db-overview.png")));
        QVERIFY2(inkRatio(shot) > 0.15, qPrintable(QString::number(inkRatio(shot))));
        QVERIFY2(inkRatio(daily->grab().toImage()) > 0.08, "the daily chart is blank");

        // Drill-down from the heat map: Saturday 20:00, receipts from the database.
        QSignalSpy shown(&tab, &SalesTab::receiptsShown);
        HeatMapWidget* heat = tab.overviewPage()->heatMap();
        QTest::mouseClick(heat, Qt::LeftButton, {}, heat->cellRect(6, 20).center());
        QCOMPARE(shown.count(), 1);
        ReceiptsView* receipts = tab.receiptsView();
        // Read on a pool thread with its own connection: the view says so meanwhile.
        QSignalSpy loaded(&tab, &SalesTab::receiptsLoaded);
        QVERIFY(receipts->isLoading() || loaded.count() == 1);
        QVERIFY(loaded.count() == 1 || loaded.wait(5000));
        QVERIFY(!receipts->isLoading());
        QVERIFY(receipts->model()->rowCount() > 0);
        QCOMPARE(loaded.last().at(0).toInt(), receipts->model()->rowCount());
        const QTimeZone paris("Europe/Paris");
        int expected = 0;
        for (const Test::FixtureReceipt& r : std::as_const(m_receipts)) {
            if (r.closedAt.date() >= view.period.from && r.closedAt.date() <= view.period.to &&
                r.closedAt.date().dayOfWeek() == 6 && r.closedAt.time().hour() == 20)
                ++expected;
        }
        QCOMPARE(receipts->model()->rowCount(), expected);
        for (const ReceiptRow& r : receipts->model()->receipts()) {
            const QDateTime local = r.closedAt.toTimeZone(paris);
            QCOMPARE(local.date().dayOfWeek(), 6);
            QCOMPARE(local.time().hour(), 20);
        }

        auto* tabs = tab.findChild<QTabWidget*>(QStringLiteral("salesPages"));
        QVERIFY(tabs->tabText(SalesTab::Quarantine).contains(QStringLiteral("(1)")));
    }

    void liveUpdateFromTheStore()
    {
        SalesTab tab;
        tab.periodPicker()->setToday(kToday);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        tab.setDatabase(Database::connection());
        tab.periodPicker()->setPreset(PeriodPicker::Preset::Today);
        DailyChart* daily = tab.overviewPage()->dailyChart();
        QVERIFY(daily->isHourly());
        const qint64 before = daily->totalCents();

        QList<Test::FixtureReceipt> more = Test::generateReceipts(kToday, kToday, 4242, 0.2);
        for (Test::FixtureReceipt& r : more)
            r.id.prepend(QStringLiteral("LIVE-"));
        QString error;
        QVERIFY2(Test::storeReceipts(Database::connection(), more, &error), qPrintable(error));
        QSignalSpy refreshed(&tab, &SalesTab::refreshed);
        tab.onSalesChanged();
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(daily->totalCents(), before + grossOf(more, {kToday, kToday}));
    }
};

QTEST_MAIN(TestSalesTabDatabase)
#include "tst_salestab_db.moc"
