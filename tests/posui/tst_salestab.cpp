// The Ventes tab on the in-memory fixture restaurant: empty state, KPI
// cards against last year, charts filled, lazy sub-views, drill-down from
// every chart to the right receipts, live updates coalesced, price edits
// and quarantine. Set MOULIN_SCREENSHOT_DIR to keep PNGs of every page (and
// MOULIN_SCREENSHOT_QM to a French .qm to see them in French).
#include "pos/ui/breakdowncharts.h"
#include "pos/ui/chartstyle.h"
#include "pos/ui/dailychart.h"
#include "pos/ui/heatmapwidget.h"
#include "pos/ui/kpicards.h"
#include "pos/ui/menuview.h"
#include "pos/ui/quarantineview.h"
#include "pos/ui/receiptsview.h"
#include "pos/ui/salesformat.h"
#include "pos/ui/salesmodels.h"
#include "pos/ui/salespages.h"
#include "pos/ui/salestab.h"
#include "pos/ui/salestablepanel.h"
#include "salesfixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace Moulin;
using Moulin::Test::FakeSalesSource;
using Moulin::Test::inkRatio;

namespace {

const QDate kToday(2025, 11, 26); // a Wednesday

int distinctColours(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        const QRgb* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(line[x]);
    }
    return int(colours.size());
}

void keepScreenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("MOULIN_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(30); // let pending layouts settle, as the event loop would
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace

class TestSalesTab : public QObject
{
    Q_OBJECT

    std::shared_ptr<FakeSalesSource> m_source;
    QTranslator m_translator;

    std::unique_ptr<SalesTab> makeTab(std::shared_ptr<const SalesDataSource> source)
    {
        auto tab = std::make_unique<SalesTab>();
        tab->periodPicker()->setToday(kToday);
        tab->resize(1280, 820);
        tab->show();
        if (!QTest::qWaitForWindowExposed(tab.get()))
            return nullptr;
        tab->setDataSource(std::move(source));
        return tab;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        const QString qm = qEnvironmentVariable("MOULIN_SCREENSHOT_QM");
        if (!qm.isEmpty() && m_translator.load(qm))
            QCoreApplication::installTranslator(&m_translator);
        m_source = FakeSalesSource::restaurant(QDate(2025, 10, 1), kToday);
        m_source->quarantineRows.append({QDateTime(kToday, QTime(13, 5)), QStringLiteral("R-BAD-1"),
                                         QStringLiteral("Unknown SKU \"PLA-XXX\" on line 2"),
                                         QStringLiteral("{\"receiptId\":\"R-BAD-1\",\"salesLines\":[]}")});
    }

    void emptyStateWithoutData()
    {
        SalesTab tab;
        QSignalSpy settings(&tab, &SalesTab::settingsRequested);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QVERIFY(tab.isShowingEmptyState());
        tab.setDataSource(std::make_shared<FakeSalesSource>());
        QVERIFY(tab.isShowingEmptyState());
        const auto buttons = tab.findChildren<QAbstractButton*>();
        QAbstractButton* connect = nullptr;
        for (QAbstractButton* b : buttons) {
            if (b->isVisible() && b->text() == SalesTab::tr("Connect the till…"))
                connect = b;
        }
        QVERIFY(connect);
        connect->click();
        QCOMPARE(settings.count(), 1);
        keepScreenshot(&tab, QStringLiteral("00-empty"));
    }

    void menuAloneIsNotEmptyAndIsNotLoaded()
    {
        auto source = std::make_shared<FakeSalesSource>();
        source->menu.append(m_source->menuItems().value(0));
        QVERIFY(!source->menu.first().itemId.isEmpty());
        auto tab = makeTab(source);
        QVERIFY(tab);
        QVERIFY(!tab->isShowingEmptyState());
        // The empty-state check asks whether there is a menu; it never reads it.
        QVERIFY(source->calls.value(QStringLiteral("hasMenuItems")) >= 1);
        QCOMPARE(source->calls.value(QStringLiteral("menuItems")), 0);
    }

    void kpisComparedWithLastYear()
    {
        auto tab = makeTab(m_source);
        QVERIFY(tab);
        QVERIFY(!tab->isShowingEmptyState());
        QCOMPARE(tab->periodPicker()->preset(), PeriodPicker::Preset::Month);
        const SalesView view = tab->currentView();
        QCOMPARE(view.period.from, QDate(2025, 11, 1));
        QCOMPARE(view.period.to, QDate(2025, 11, 30));
        QCOMPARE(view.elapsed.to, kToday); // the figures stop today
        QCOMPARE(view.lastYear.from, QDate(2025, 11, 1).addDays(-364));

        const SalesKpis now = m_source->kpis(view.elapsed);
        const SalesKpis before = m_source->kpis(view.lastYear);
        QVERIFY(now.grossCents > 0 && before.grossCents > 0);
        KpiCard* gross = tab->kpiCards()->card(KpiCards::Gross);
        QCOMPARE(gross->valueText(), SalesFormat::moneyRounded(now.grossCents));
        QCOMPARE(gross->deltaText(), SalesFormat::delta(now.grossCents, before.grossCents).text);
        QVERIFY(gross->valueText().endsWith(QStringLiteral("\u00a0€")));
        QCOMPARE(tab->kpiCards()->card(KpiCards::Covers)->valueText(), QLocale().toString(now.covers));
        QCOMPARE(tab->kpiCards()->card(KpiCards::AverageTicket)->valueText(),
                 SalesFormat::money(now.averageTicketCents));
    }

    void importingHistoryHidesTheComparison()
    {
        // The import from the till has reached 10 days ago: this month is
        // not complete, so no "-100 %" against last year, and an empty chart
        // says "being imported", not "no sales".
        auto tab = makeTab(m_source);
        QVERIFY(tab);
        KpiCard* gross = tab->kpiCards()->card(KpiCards::Gross);
        const SalesView complete = tab->currentView();
        const QString delta = SalesFormat::delta(m_source->kpis(complete.elapsed).grossCents,
                                                 m_source->kpis(complete.lastYear).grossCents)
                                  .text;
        QCOMPARE(gross->deltaText(), delta);
        tab->setHistoryCompleteUntil(kToday.addDays(-10));
        QVERIFY(tab->currentView().importing);
        QCOMPARE(gross->deltaText(), KpiCard::tr("importing…"));
        // Everything in: the comparison is back.
        tab->setHistoryCompleteUntil(QDate());
        QVERIFY(!tab->currentView().importing);
        QCOMPARE(gross->deltaText(), delta);

        // A month with nothing imported yet.
        auto early = FakeSalesSource::restaurant(QDate(2025, 9, 1), QDate(2025, 9, 30));
        auto empty = makeTab(early);
        QVERIFY(empty);
        empty->setHistoryCompleteUntil(QDate(2025, 9, 30));
        auto texts = [&empty] {
            QStringList t;
            for (const QLabel* l : empty->findChildren<QLabel*>()) {
                if (l->isVisible())
                    t << l->text();
            }
            return t;
        };
        QVERIFY2(texts().contains(SalesPage::tr("The sales of this period are still being imported…")),
                 qPrintable(texts().join(u'|')));
        empty->setHistoryCompleteUntil(QDate());
        QVERIFY(texts().contains(SalesPage::tr("No sales in this period")));
    }

    void importNoticeKeepsOneLine()
    {
        auto tab = makeTab(m_source);
        QVERIFY(tab);
        auto* notice = tab->findChild<QLabel*>(QStringLiteral("importNotice"));
        QVERIFY(notice);
        tab->setImportNotice(QStringLiteral("Importing: 10 % done."));
        QApplication::processEvents();
        const int height = notice->height();
        QVERIFY(!notice->isHidden());
        // A text longer than the page: still one line, the same height, whole in the tooltip.
        const QString longText =
            QStringLiteral("Importing the sales history from the till, 42 % done. ").repeated(8);
        tab->setImportNotice(longText);
        QApplication::processEvents();
        QCOMPARE(notice->height(), height);
        QCOMPARE(notice->toolTip(), longText);
        QVERIFY(notice->text().endsWith(QChar(0x2026)));
        QVERIFY(notice->fontMetrics().horizontalAdvance(notice->text()) <= notice->width());
        tab->setImportNotice(QString());
        QVERIFY(notice->isHidden());
    }

    void recentWeeksInWhileTheOlderHistoryComes()
    {
        // The back-fill read the recent weeks first (from 40 days ago) and is
        // now at 500 days ago: this period is in, but last year's match is
        // not, so the comparison waits; a period wholly inside the recent
        // weeks of last year would wait too, one inside both is shown.
        auto tab = makeTab(m_source);
        QVERIFY(tab);
        KpiCard* gross = tab->kpiCards()->card(KpiCards::Gross);
        const SalesView view = tab->currentView();
        tab->setHistoryCompleteUntil(kToday.addDays(-500));
        tab->setHistoryCompleteFrom(kToday.addDays(-40));
        QVERIFY(view.lastYear.to > kToday.addDays(-500) && view.lastYear.from < kToday.addDays(-40));
        QVERIFY(tab->currentView().importing);
        QCOMPARE(gross->deltaText(), KpiCard::tr("importing…"));
        // The history has reached last year's period: only the gap between
        // it and the recent weeks is still coming, and neither period is in it.
        tab->setHistoryCompleteUntil(view.lastYear.to.addDays(1));
        QVERIFY(!tab->currentView().importing);
        QCOMPARE(gross->deltaText(), SalesFormat::delta(m_source->kpis(view.elapsed).grossCents,
                                                        m_source->kpis(view.lastYear).grossCents)
                                         .text);
        tab->setHistoryCompleteUntil(QDate());
        tab->setHistoryCompleteFrom(QDate());
        QVERIFY(!tab->currentView().importing);
    }

    void chartsRenderWithData()
    {
        auto tab = makeTab(m_source);
        QVERIFY(tab);
        OverviewPage* overview = tab->overviewPage();
        QVERIFY(overview);
        DailyChart* daily = overview->dailyChart();
        QVERIFY(!daily->isHourly());
        QCOMPARE(daily->pointCount(), 30);
        QCOMPARE(daily->totalCents(), m_source->kpis(tab->currentView().elapsed).grossCents);
        QVERIFY(!overview->dailyCard()->isShowingEmptyMessage());
        QVERIFY(overview->heatMap()->maxCents() > 0);
        QVERIFY(overview->heatMap()->cents(6, 20) > 0); // Saturday dinner
        QCOMPARE(overview->heatMap()->cents(3, 4), 0);  // Wednesday 4 a.m.

        QTest::qWait(50);
        const QImage shot = tab->chartArea()->grab().toImage();
        keepScreenshot(tab.get(), QStringLiteral("01-overview"));
        QVERIFY2(inkRatio(shot) > 0.15, qPrintable(QString::number(inkRatio(shot))));
        QVERIFY(distinctColours(shot) > 40);
        const QImage chart = daily->grab().toImage();
        QVERIFY2(inkRatio(chart) > 0.08, qPrintable(QString::number(inkRatio(chart))));
    }

    void periodChangeRedraws()
    {
        auto tab = makeTab(m_source);
        QVERIFY(tab);
        QSignalSpy refreshed(tab.get(), &SalesTab::refreshed);
        DailyChart* daily = tab->overviewPage()->dailyChart();
        tab->periodPicker()->setPreset(PeriodPicker::Preset::Week);
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(daily->pointCount(), 7);
        QCOMPARE(daily->totalCents(), m_source->kpis({QDate(2025, 11, 24), kToday}).grossCents);
        keepScreenshot(tab.get(), QStringLiteral("02-week"));

        tab->periodPicker()->setPreset(PeriodPicker::Preset::Today);
        QVERIFY(daily->isHourly());
        QCOMPARE(daily->totalCents(), m_source->kpis({kToday, kToday}).grossCents);
        keepScreenshot(tab.get(), QStringLiteral("03-today"));

        // The chart object survives every change: data is replaced, not rebuilt.
        QCOMPARE(tab->overviewPage()->dailyChart(), daily);

        tab->periodPicker()->setPreset(PeriodPicker::Preset::Month);
        tab->periodPicker()->shift(+1); // not into the future
        QCOMPARE(tab->period().from, QDate(2025, 11, 1));
        tab->periodPicker()->shift(-1);
        QCOMPARE(tab->period().from, QDate(2025, 10, 1));
        QCOMPARE(daily->pointCount(), 31);
        QVERIFY(!tab->overviewPage()->dailyCard()->isShowingEmptyMessage());

        tab->periodPicker()->setCustomPeriod({QDate(2023, 1, 1), QDate(2023, 1, 31)});
        QVERIFY(tab->overviewPage()->dailyCard()->isShowingEmptyMessage());
        QCOMPARE(tab->kpiCards()->card(KpiCards::Gross)->deltaText(), QStringLiteral("—"));
    }

    void longPeriodsAreDrawnByWeekOrMonth()
    {
        auto source = FakeSalesSource::restaurant(QDate(2025, 5, 1), kToday);
        auto tab = makeTab(source);
        QVERIFY(tab);
        QSignalSpy shown(tab.get(), &SalesTab::receiptsShown);
        DailyChart* daily = tab->overviewPage()->dailyChart();
        tab->periodPicker()->setCustomPeriod({QDate(2025, 5, 1), QDate(2025, 10, 31)});
        QCOMPARE(daily->granularity(), DailyChart::Granularity::Week);
        // Weeks run Monday to Sunday: Thu 1 May..Sun 4 May is the first point.
        QCOMPARE(daily->pointPeriod(0).from, QDate(2025, 5, 1));
        QCOMPARE(daily->pointPeriod(0).to, QDate(2025, 5, 4));
        QCOMPARE(daily->pointPeriod(1).from, QDate(2025, 5, 5));
        QCOMPARE(daily->pointCount(), 27);
        QCOMPARE(daily->totalCents(), source->kpis({QDate(2025, 5, 1), QDate(2025, 10, 31)}).grossCents);
        keepScreenshot(tab.get(), QStringLiteral("10-weeks"));
        daily->activate(1);
        QCOMPARE(shown.count(), 1);
        const ReceiptFilter f = shown.last().at(0).value<ReceiptFilter>();
        QCOMPARE(f.period.from, QDate(2025, 5, 5));
        QCOMPARE(f.period.to, QDate(2025, 5, 11));
        QCOMPARE(tab->receiptsView()->model()->rowCount(), source->kpis(f.period).receipts);

        tab->setCurrentPage(SalesTab::Overview);
        tab->periodPicker()->setCustomPeriod({QDate(2023, 1, 1), QDate(2025, 10, 31)});
        QCOMPARE(daily->granularity(), DailyChart::Granularity::Month);
        QCOMPARE(daily->pointCount(), 34);
        QCOMPARE(daily->pointPeriod(33).to, QDate(2025, 10, 31));
    }

    void subViewsAreBuiltWhenShown()
    {
        auto tab = makeTab(m_source);
        QVERIFY(tab);
        QVERIFY(tab->page(SalesTab::Overview));
        QVERIFY(!tab->page(SalesTab::Items));
        QVERIFY(!tab->page(SalesTab::Payments));
        m_source->calls.clear();
        tab->refresh();
        QCOMPARE(m_source->calls.value(QStringLiteral("topItems")), 0);
        QCOMPARE(m_source->calls.value(QStringLiteral("payments")), 0);
        QCOMPARE(m_source->calls.value(QStringLiteral("receipts")), 0);

        tab->setCurrentPage(SalesTab::Items);
        QVERIFY(tab->page(SalesTab::Items));
        QCOMPARE(m_source->calls.value(QStringLiteral("topItems")), 2);
        auto* items = static_cast<ItemsPage*>(tab->page(SalesTab::Items));
        QCOMPARE(items->topChart()->bars().size(), 10);
        QCOMPARE(items->topChart()->bars().constFirst().key,
                 m_source->topItems(tab->currentView().elapsed, 1, false).constFirst().sku);
        keepScreenshot(tab.get(), QStringLiteral("04-items"));

        tab->setCurrentPage(SalesTab::Groups);
        auto* groups = static_cast<GroupsPage*>(tab->page(SalesTab::Groups));
        QCOMPARE(groups->chart()->bars().size(), 6);
        QVERIFY(groups->chart()->bars().constFirst().lastYearCents > 0);
        keepScreenshot(tab.get(), QStringLiteral("05-groups"));

        tab->setCurrentPage(SalesTab::Payments);
        auto* payments = static_cast<PaymentsPage*>(tab->page(SalesTab::Payments));
        QCOMPARE(payments->chart()->sliceCount(), 5);
        QCOMPARE(payments->table()->sourceModel()->rowCount(), 5);
        keepScreenshot(tab.get(), QStringLiteral("06-payments"));

        // Back on a page already loaded: no new query until something changes.
        m_source->calls.clear();
        tab->setCurrentPage(SalesTab::Items);
        QCOMPARE(m_source->calls.value(QStringLiteral("topItems")), 0);
    }

    void drillDownFromTheCharts()
    {
        auto tab = makeTab(m_source);
        QVERIFY(tab);
        QSignalSpy shown(tab.get(), &SalesTab::receiptsShown);
        OverviewPage* overview = tab->overviewPage();

        // Daily chart: keyboard to the third day, Enter.
        DailyChart* daily = overview->dailyChart();
        daily->setFocus();
        QTest::keyClick(daily, Qt::Key_Right);
        QTest::keyClick(daily, Qt::Key_Right);
        QTest::keyClick(daily, Qt::Key_Right);
        QTest::keyClick(daily, Qt::Key_Return);
        QCOMPARE(shown.count(), 1);
        ReceiptFilter f = shown.last().at(0).value<ReceiptFilter>();
        QCOMPARE(f.period.from, QDate(2025, 11, 3));
        QCOMPARE(f.period.to, QDate(2025, 11, 3));
        QVERIFY(!f.hour && !f.weekday);
        QCOMPARE(tab->currentPage(), SalesTab::Receipts);
        ReceiptsView* receipts = tab->receiptsView();
        QCOMPARE(receipts->model()->rowCount(), int(m_source->receipts(f).size()));
        QCOMPARE(receipts->model()->rowCount(),
                 m_source->kpis({QDate(2025, 11, 3), QDate(2025, 11, 3)}).receipts);
        keepScreenshot(tab.get(), QStringLiteral("07-receipts"));

        // Heat map: a click on Friday 20:00.
        tab->setCurrentPage(SalesTab::Overview);
        HeatMapWidget* heat = overview->heatMap();
        QTest::mouseClick(heat, Qt::LeftButton, {}, heat->cellRect(5, 20).center());
        QCOMPARE(shown.count(), 2);
        f = shown.last().at(0).value<ReceiptFilter>();
        QCOMPARE(f.weekday, std::optional<int>(5));
        QCOMPARE(f.hour, std::optional<int>(20));
        QCOMPARE(f.period.from, QDate(2025, 11, 1));
        QVERIFY(receipts->model()->rowCount() > 0);
        for (const ReceiptRow& r : receipts->model()->receipts()) {
            QCOMPARE(r.closedAt.date().dayOfWeek(), 5);
            QCOMPARE(r.closedAt.time().hour(), 20);
        }

        // "Show all receipts of the period" drops the filter.
        auto* clear = receipts->findChild<QAbstractButton*>(QStringLiteral("clearReceiptFilter"));
        QVERIFY(clear && clear->isVisible());
        clear->click();
        QCOMPARE(receipts->model()->rowCount(),
                 m_source->kpis({QDate(2025, 11, 1), QDate(2025, 11, 30)}).receipts);
        QVERIFY(!clear->isVisible());

        // Groups bar (keyboard), item row (table), payment slice (keyboard).
        tab->setCurrentPage(SalesTab::Groups);
        auto* groups = static_cast<GroupsPage*>(tab->page(SalesTab::Groups));
        groups->chart()->setFocus();
        QTest::keyClick(groups->chart(), Qt::Key_Down);
        QTest::keyClick(groups->chart(), Qt::Key_Return);
        f = shown.last().at(0).value<ReceiptFilter>();
        QCOMPARE(f.groupId, groups->chart()->bars().constFirst().key);

        tab->setCurrentPage(SalesTab::Items);
        auto* items = static_cast<ItemsPage*>(tab->page(SalesTab::Items));
        QTableView* table = items->table()->view();
        table->setFocus();
        table->setCurrentIndex(table->model()->index(2, 0));
        QTest::keyClick(table, Qt::Key_Return);
        f = shown.last().at(0).value<ReceiptFilter>();
        QCOMPARE(f.sku, table->model()->index(2, 1).data().toString());
        for (const ReceiptRow& r : receipts->model()->receipts())
            QVERIFY(r.closedAt.date() >= QDate(2025, 11, 1));
        QCOMPARE(receipts->model()->rowCount(), int(m_source->receipts(f).size()));

        tab->setCurrentPage(SalesTab::Payments);
        auto* payments = static_cast<PaymentsPage*>(tab->page(SalesTab::Payments));
        payments->chart()->setFocus();
        QTest::keyClick(payments->chart(), Qt::Key_Down);
        QTest::keyClick(payments->chart(), Qt::Key_Down);
        QTest::keyClick(payments->chart(), Qt::Key_Return);
        f = shown.last().at(0).value<ReceiptFilter>();
        QCOMPARE(f.paymentMethod, m_source->payments(tab->currentView().elapsed).at(1).method);
        for (const ReceiptRow& r : receipts->model()->receipts())
            QVERIFY(r.paymentMethods.contains(f.paymentMethod));
    }

    void liveUpdatesAreCoalesced()
    {
        auto source = FakeSalesSource::restaurant(QDate(2025, 11, 1), kToday.addDays(-1));
        auto tab = makeTab(source);
        QVERIFY(tab);
        DailyChart* daily = tab->overviewPage()->dailyChart();
        const qint64 before = daily->totalCents();
        QSignalSpy refreshed(tab.get(), &SalesTab::refreshed);

        // Three batches land in quick succession: one redraw.
        for (int batch = 0; batch < 3; ++batch) {
            const QList<Test::FixtureReceipt> more =
                Test::generateReceipts(kToday, kToday, 77 + batch, 0.1 + 0.1 * batch);
            source->receiptList += more;
            tab->onSalesChanged();
        }
        QCOMPARE(refreshed.count(), 0);
        QVERIFY(refreshed.wait(SalesTab::kLiveUpdateDelayMs * 5));
        QTest::qWait(SalesTab::kLiveUpdateDelayMs * 2);
        QCOMPARE(refreshed.count(), 1);
        QVERIFY(daily->totalCents() > before);
        QCOMPARE(daily->totalCents(), source->kpis(tab->currentView().elapsed).grossCents);
        QCOMPARE(tab->kpiCards()->card(KpiCards::Gross)->valueText(),
                 SalesFormat::moneyRounded(source->kpis(tab->currentView().elapsed).grossCents));
    }

    void hiddenTabWaitsUntilShown()
    {
        auto tab = makeTab(m_source);
        QVERIFY(tab);
        tab->hide();
        m_source->calls.clear();
        tab->refresh();
        QCOMPARE(m_source->calls.value(QStringLiteral("kpis")), 0);
        tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(tab.get()));
        QVERIFY(m_source->calls.value(QStringLiteral("kpis")) > 0);
    }

    void menuPricesAndQuarantine()
    {
        auto source = FakeSalesSource::restaurant(QDate(2025, 11, 1), kToday);
        source->menu[1].syncState = QStringLiteral("conflict");
        source->menu[2].syncState = QStringLiteral("pending");
        source->menu[4].syncState = QStringLiteral("rejected");
        source->edits = {
            {source->menu[1].itemId, 850, {}},
            {source->menu[4].itemId, std::nullopt, QStringLiteral("Price below the cost price")}};
        source->quarantineRows = m_source->quarantineRows;
        auto tab = makeTab(source);
        QVERIFY(tab);
        auto* tabs = tab->findChild<QTabWidget*>(QStringLiteral("salesPages"));
        QVERIFY(tabs->tabText(SalesTab::Quarantine).contains(QStringLiteral("(1)")));

        QSignalSpy edits(tab.get(), &SalesTab::priceEditRequested);
        QSignalSpy conflicts(tab.get(), &SalesTab::conflictResolutionRequested);
        tab->setCurrentPage(SalesTab::Menu);
        MenuPriceView* menu = tab->menuView();
        QVERIFY(menu);
        QCOMPARE(menu->model()->rowCount(), int(source->menu.size()));
        const int row = menu->model()->rowOf(source->menu[0].itemId);
        QVERIFY(menu->model()->setData(menu->model()->index(row, MenuItemsModel::Price),
                                       QStringLiteral("23,40 €")));
        QCOMPARE(edits.count(), 1);
        QCOMPARE(edits.last().at(0).toString(), source->menu[0].itemId);
        QCOMPARE(edits.last().at(1).toLongLong(), 2340);
        QCOMPARE(menu->model()->items().at(row).syncState, QStringLiteral("pending"));

        menu->selectItem(source->menu[1].itemId);
        auto* keepMine = menu->findChild<QAbstractButton*>(QStringLiteral("keepMyPrice"));
        auto* bar = menu->findChild<QWidget*>(QStringLiteral("conflictBar"));
        QVERIFY(keepMine && keepMine->isVisible());
        const auto barText = [bar] {
            QString all;
            const auto labels = bar->findChildren<QLabel*>();
            for (QLabel* label : labels)
                all += label->text();
            return all;
        };
        QVERIFY2(barText().contains(SalesFormat::money(850)), qPrintable(barText())); // the till's price
        QVERIFY(barText().contains(SalesFormat::money(source->menu[1].priceCents)));  // mine
        keepScreenshot(tab.get(), QStringLiteral("08-menu"));
        keepMine->click();
        QCOMPARE(conflicts.count(), 1);
        QCOMPARE(conflicts.last().at(0).toString(), source->menu[1].itemId);
        QCOMPARE(conflicts.last().at(1).toBool(), true);
        menu->selectItem(source->menu[3].itemId);
        QVERIFY(!keepMine->isVisible());
        QVERIFY(!bar->isVisible());
        // A refused price: the reason, nothing to choose.
        menu->selectItem(source->menu[4].itemId);
        QVERIFY(bar->isVisible());
        QVERIFY(!keepMine->isVisible());
        QVERIFY(barText().contains(QStringLiteral("Price below the cost price")));

        tab->setCurrentPage(SalesTab::Quarantine);
        QuarantineView* quarantine = tab->quarantineView();
        QCOMPARE(quarantine->model()->rowCount(), 1);
        QVERIFY(quarantine->detailText().contains(QStringLiteral("PLA-XXX")));
        QVERIFY(quarantine->detailText().contains(QStringLiteral("\"receiptId\": \"R-BAD-1\"")));
        keepScreenshot(tab.get(), QStringLiteral("09-quarantine"));
        QVERIFY(quarantine->panel()->shownEmptyMessage().isEmpty());
        auto* detail = quarantine->findChild<QPlainTextEdit*>(QStringLiteral("quarantineDetail"));
        QVERIFY(detail && !detail->isHidden());
        // Nothing left in quarantine: said in the empty table, no detail pane.
        quarantine->setRows({});
        QVERIFY(quarantine->panel()->shownEmptyMessage().contains(QStringLiteral("Nothing in quarantine")));
        QVERIFY(detail->isHidden());
    }
};

QTEST_MAIN(TestSalesTab)
#include "tst_salestab.moc"
