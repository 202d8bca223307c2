#pragma once

#include "pos/ui/periodpicker.h"
#include "pos/ui/salesdatasource.h"
#include "pos/ui/salespages.h"

#include <QDate>
#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace Moulin {

class EmptyStateWidget;
class KpiCards;
class MenuPriceView;
class OverviewPage;
class QuarantineView;
class ReceiptsView;
class SalesPage;

/// The Ventes tab: KPI cards for the chosen period against last year, the
/// period picker, and below them Overview (daily curve, busy hours), Groups,
/// Items, Payments, Receipts (drill-down), Menu & prices and Quarantine.
///
/// Wiring (application):
///   tab->setDatabase(Database::connection());            // GUI thread
///   connect(<sync engine: Lightspeed page stored>, tab, &SalesTab::onSalesChanged);
///   connect(priceUpdates, &PriceUpdates::priceChangeUpdated, tab, &SalesTab::onSalesChanged);
///   connect(tab, &SalesTab::priceEditRequested, priceUpdates,
///           [=](const QString& id, qint64 cents) { priceUpdates->setPrice(id, cents); });
///   connect(tab, &SalesTab::conflictResolutionRequested, priceUpdates, [=](const QString& id, bool mine) {
///       priceUpdates->resolveConflict(id, mine ? PriceUpdates::Resolution::KeepMine
///                                              : PriceUpdates::Resolution::TakeTheirs);
///   });
///   connect(tab, &SalesTab::settingsRequested, <settings dialog>);
/// Reads go to the rollups only; a hidden tab or sub-view is refreshed when
/// it is shown, not before.
class SalesTab : public QWidget
{
    Q_OBJECT

public:
    enum Page
    {
        Overview,
        Groups,
        Items,
        Payments,
        Receipts,
        Menu,
        Quarantine,
        PageCount
    };
    Q_ENUM(Page)

    /// Coalescing delay of onSalesChanged().
    static constexpr int kLiveUpdateDelayMs = 400;
    /// How often the clock is looked at: a comparison "until 13:45" moves on
    /// with the minute, and the period with the day.
    static constexpr int kClockCheckMs = 20'000;

    explicit SalesTab(QWidget* parent = nullptr);
    ~SalesTab() override;

    /// Reads the sales through SalesRepository on `db`, which must be the
    /// GUI thread's connection (Database::connection()). Refreshes.
    void setDatabase(const QSqlDatabase& db);
    /// Same with any source (tests). Null: back to the empty state.
    void setDataSource(std::shared_ptr<const SalesDataSource> source);

    PeriodPicker* periodPicker() const { return m_picker; }
    SalesPeriod period() const { return m_picker->period(); }
    /// What the figures cover: the period up to today, and last year's match
    /// (up to the same time of day when the period includes today). The
    /// clock is the picker's (PeriodPicker::setNow() in tests).
    SalesView currentView() const;

    Page currentPage() const;
    void setCurrentPage(Page page);
    /// The page's widget once built (pages are built when first shown).
    QWidget* page(Page page) const;
    OverviewPage* overviewPage() const;
    ReceiptsView* receiptsView() const;
    MenuPriceView* menuView() const;
    QuarantineView* quarantineView() const;
    KpiCards* kpiCards() const { return m_kpis; }
    /// The area under the KPI cards that holds the charts.
    QWidget* chartArea() const;
    bool isShowingEmptyState() const;

    /// Opens the Receipts page on `filter` (what a chart click does).
    void showReceipts(const ReceiptFilter& filter);

public Q_SLOTS:
    /// Re-reads what is on screen now; the rest when next shown.
    void refresh();
    /// New transactions, menu or quarantine rows landed: refresh shortly
    /// (bursts coalesce into one refresh every kLiveUpdateDelayMs at most).
    void onSalesChanged();
    /// A banner above the figures while the sales history is still being
    /// imported (so a half-imported period is not read as a drop); empty text
    /// hides it.
    void setImportNotice(const QString& text);
    /// While the history is imported from the till: the last day whose
    /// sales are all in (invalid: everything is in). Periods after it show
    /// "importing" instead of a change against last year or "no sales".
    void setHistoryCompleteUntil(const QDate& date);
    /// With a back-fill that read the recent weeks first: the first day of
    /// that recent range, complete up to today (invalid: none). Only the days
    /// between setHistoryCompleteUntil() and it are still coming.
    void setHistoryCompleteFrom(const QDate& date);
    /// Looks at the clock (a timer does every kClockCheckMs while the tab is
    /// shown, and showing it does): past midnight the current period moves
    /// on; when the minute changed, the comparison with last year "up to the
    /// same time" follows it.
    void checkClock();

Q_SIGNALS:
    /// The user asked to open the settings dialog (e.g. from the empty state).
    void settingsRequested();
    /// A price was edited in Menu & prices.
    void priceEditRequested(const QString& itemId, qint64 newPriceCents);
    /// keepMine: push this price to the till; false: take the till's price.
    void conflictResolutionRequested(const QString& itemId, bool keepMine);
    /// A chart element (or table row) was opened to its receipts.
    void receiptsShown(const Moulin::ReceiptFilter& filter);
    /// A refresh finished (the KPIs and the visible page are up to date).
    void refreshed();
    /// The Receipts page got its rows (read in the background when the
    /// source allows it).
    void receiptsLoaded(int count);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void onPeriodChanged();
    void onPageChanged(int index);
    QWidget* ensurePage(Page page);
    void loadKpis();
    void loadPage(Page page);
    void loadReceipts();
    void updateHeader();
    bool hasAnyData() const;
    void updateEmptyState();
    void updateQuarantineTab();
    /// The open rows and the automatic releases into `view`.
    void loadQuarantine(QuarantineView* view);
    void retranslateUi();

    std::shared_ptr<const SalesDataSource> m_source;
    QStackedWidget* m_stack;
    EmptyStateWidget* m_emptyState;
    QWidget* m_main;
    QLabel* m_importNotice = nullptr;
    QDate m_completeUntil;
    QDate m_completeFrom;
    QLabel* m_title;
    QLabel* m_periodLabel;
    QLabel* m_compareLabel;
    PeriodPicker* m_picker;
    KpiCards* m_kpis;
    QTabWidget* m_pages;
    QWidget* m_pageHosts[PageCount] = {};
    QWidget* m_pageContent[PageCount] = {};
    bool m_dirty[PageCount] = {};
    bool m_kpisDirty = true;
    bool m_emptyChecked = false;
    int m_quarantineCount = 0;
    ReceiptFilter m_receiptFilter; // label empty: the whole period
    quint64 m_receiptsRequest = 0; // the latest background read; older ones are dropped
    QTimer m_liveTimer;
    QTimer m_clockTimer;
    QDate m_shownToday; // the clock when the KPIs were last read
    QTime m_shownUntil; // their cut (SalesView::comparedUntil())
};

} // namespace Moulin
