#include "pos/ui/salestab.h"

#include "common/ui/emptystatewidget.h"
#include "pos/ui/kpicards.h"
#include "pos/ui/menuview.h"
#include "pos/ui/quarantineview.h"
#include "pos/ui/receiptsview.h"
#include "pos/ui/salesformat.h"
#include "pos/ui/salespages.h"

#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Moulin {

namespace {

/// Before any till history: the "is there any data at all" check starts here.
const QDate kHistoryStart(2000, 1, 1);

/// The import notice: one line whatever its text (a second line would make
/// the page below jump while the sync writes), elided, in full as tooltip.
class OneLineNotice : public QLabel
{
public:
    using QLabel::QLabel;
    void setFullText(const QString& text)
    {
        m_full = text;
        setToolTip(text);
        elide();
    }

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        QLabel::resizeEvent(event);
        elide();
    }

private:
    void elide()
    {
        // The style sheet's padding is not in contentsRect(): 2 × 10 px off.
        const int width = std::max(0, contentsRect().width() - 24);
        setText(fontMetrics().elidedText(m_full, Qt::ElideRight, width));
    }
    QString m_full;
};

} // namespace

SalesTab::SalesTab(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_emptyState(new EmptyStateWidget)
    , m_main(new QWidget)
    , m_title(new QLabel)
    , m_periodLabel(new QLabel)
    , m_compareLabel(new QLabel)
    , m_picker(new PeriodPicker)
    , m_kpis(new KpiCards)
    , m_pages(new QTabWidget)
{
    m_main->setObjectName(QStringLiteral("salesMain"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setWeight(QFont::Bold);
    m_title->setFont(titleFont);
    QFont periodFont = m_periodLabel->font();
    periodFont.setPointSizeF(periodFont.pointSizeF() * 1.1);
    periodFont.setWeight(QFont::DemiBold);
    m_periodLabel->setFont(periodFont);
    m_periodLabel->setObjectName(QStringLiteral("periodLabel"));
    m_compareLabel->setStyleSheet(QStringLiteral("color: #6b7280;"));
    m_compareLabel->setObjectName(QStringLiteral("compareLabel"));

    auto* titles = new QVBoxLayout;
    titles->setSpacing(0);
    auto* titleRow = new QHBoxLayout;
    titleRow->setSpacing(14);
    titleRow->addWidget(m_title, 0, Qt::AlignBaseline);
    titleRow->addWidget(m_periodLabel, 0, Qt::AlignBaseline);
    titleRow->addStretch();
    titles->addLayout(titleRow);
    titles->addWidget(m_compareLabel);
    auto* header = new QHBoxLayout;
    header->addLayout(titles, 1);
    header->addWidget(m_picker, 0, Qt::AlignRight | Qt::AlignVCenter);

    m_pages->setObjectName(QStringLiteral("salesPages"));
    m_pages->setDocumentMode(true);
    m_pages->setUsesScrollButtons(true);
    m_pages->tabBar()->setDrawBase(false);
    m_pages->setStyleSheet(
        QStringLiteral("QTabWidget::pane { border: none; }"
                       "QTabBar::tab { padding: 7px 14px; margin-right: 2px; border: none; border-bottom: "
                       "2px solid transparent;"
                       " background: transparent; }"
                       "QTabBar::tab:selected { border-bottom: 2px solid #3b5bdb; font-weight: 600; }"
                       "QTabBar::tab:hover:!selected { border-bottom: 2px solid #c5cde0; }"
                       "QTabBar::tab:focus { background: #eef2ff; }"));
    for (int i = 0; i < PageCount; ++i) {
        m_pageHosts[i] = new QWidget;
        auto* hostLayout = new QVBoxLayout(m_pageHosts[i]);
        hostLayout->setContentsMargins(0, 0, 0, 0);
        m_pages->addTab(m_pageHosts[i], QString());
        m_dirty[i] = true;
    }

    auto* mainLayout = new QVBoxLayout(m_main);
    mainLayout->setContentsMargins(16, 12, 16, 12);
    mainLayout->setSpacing(12);
    mainLayout->addLayout(header);
    m_importNotice = new OneLineNotice(m_main);
    m_importNotice->setObjectName(QStringLiteral("importNotice"));
    m_importNotice->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_importNotice->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4d6; color: #5a4200; border: 1px solid #e8c766; border-radius: 4px; "
        "padding: 6px 10px; }"));
    m_importNotice->hide();
    mainLayout->addWidget(m_importNotice);
    mainLayout->addWidget(m_kpis);
    mainLayout->addWidget(m_pages, 1);

    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_main);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_liveTimer.setSingleShot(true);
    m_liveTimer.setInterval(kLiveUpdateDelayMs);
    connect(&m_liveTimer, &QTimer::timeout, this, &SalesTab::refresh);
    m_clockTimer.setInterval(kClockCheckMs);
    connect(&m_clockTimer, &QTimer::timeout, this, &SalesTab::checkClock); // runs while shown
    connect(m_emptyState, &EmptyStateWidget::actionRequested, this, &SalesTab::settingsRequested);
    connect(m_picker, &PeriodPicker::periodChanged, this, &SalesTab::onPeriodChanged);
    connect(m_pages, &QTabWidget::currentChanged, this, &SalesTab::onPageChanged);

    retranslateUi();
    updateHeader();
}

SalesTab::~SalesTab() = default;

void SalesTab::setDatabase(const QSqlDatabase& db)
{
    setDataSource(db.isValid() ? std::make_shared<RepositorySalesSource>(db) : nullptr);
}

void SalesTab::setDataSource(std::shared_ptr<const SalesDataSource> source)
{
    m_source = std::move(source);
    m_emptyChecked = false;
    if (m_source) {
        const QSignalBlocker block(m_picker); // refresh() reloads anyway
        m_picker->setTimeZone(m_source->timeZone());
    }
    refresh();
}

SalesView SalesTab::currentView() const
{
    SalesView view;
    view.period = m_picker->period();
    view.elapsed = view.period;
    const QDateTime now = m_picker->now(); // invalid: a day without a time (tests)
    const QDate today = now.isValid() ? now.date() : m_picker->today();
    if (view.elapsed.from <= today && view.elapsed.to > today)
        view.elapsed.to = today;
    // Today is not over: last year's match stops at the same time of day.
    SalesPeriod compared = view.elapsed;
    if (now.isValid() && view.elapsed.from <= today && view.elapsed.to == today)
        compared.until = QTime(now.time().hour(), now.time().minute());
    view.lastYear =
        m_source ? m_source->samePeriodLastYear(compared) : SalesRepository::samePeriodLastYear(compared);
    // Importing: a day of the period or of last year's falls in the days
    // still coming, after m_completeUntil (and before m_completeFrom).
    auto coming = [this](const SalesPeriod& p) {
        return p.to > m_completeUntil && (!m_completeFrom.isValid() || p.from < m_completeFrom);
    };
    view.importing = m_completeUntil.isValid() && (coming(view.elapsed) || coming(view.lastYear));
    return view;
}

SalesTab::Page SalesTab::currentPage() const
{
    return static_cast<Page>(std::max(0, m_pages->currentIndex()));
}

void SalesTab::setCurrentPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
}

QWidget* SalesTab::page(Page which) const
{
    return m_pageContent[which];
}

OverviewPage* SalesTab::overviewPage() const
{
    return static_cast<OverviewPage*>(m_pageContent[Overview]);
}

ReceiptsView* SalesTab::receiptsView() const
{
    return static_cast<ReceiptsView*>(m_pageContent[Receipts]);
}

MenuPriceView* SalesTab::menuView() const
{
    return static_cast<MenuPriceView*>(m_pageContent[Menu]);
}

QuarantineView* SalesTab::quarantineView() const
{
    return static_cast<QuarantineView*>(m_pageContent[Quarantine]);
}

QWidget* SalesTab::chartArea() const
{
    return m_pages;
}

bool SalesTab::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_emptyState;
}

QWidget* SalesTab::ensurePage(Page which)
{
    if (m_pageContent[which])
        return m_pageContent[which];
    QWidget* content = nullptr;
    switch (which) {
    case Overview:
        content = new OverviewPage;
        break;
    case Groups:
        content = new GroupsPage;
        break;
    case Items:
        content = new ItemsPage;
        break;
    case Payments:
        content = new PaymentsPage;
        break;
    case Receipts: {
        auto* view = new ReceiptsView;
        connect(view, &ReceiptsView::clearFilterRequested, this, [this] {
            m_receiptFilter = ReceiptFilter{};
            loadReceipts();
        });
        content = view;
        break;
    }
    case Menu: {
        auto* view = new MenuPriceView;
        connect(view, &MenuPriceView::priceEditRequested, this, &SalesTab::priceEditRequested);
        connect(view, &MenuPriceView::conflictResolutionRequested, this,
                &SalesTab::conflictResolutionRequested);
        content = view;
        break;
    }
    case Quarantine:
        content = new QuarantineView;
        break;
    case PageCount:
        return nullptr;
    }
    if (auto* salesPage = qobject_cast<SalesPage*>(content))
        connect(salesPage, &SalesPage::drillDown, this, &SalesTab::showReceipts);
    if (which >= Receipts)
        content->setContentsMargins(0, 10, 0, 0);
    m_pageHosts[which]->layout()->addWidget(content);
    content->show(); // added to a host that may already be visible
    m_pageContent[which] = content;
    m_dirty[which] = true;
    return content;
}

void SalesTab::refresh()
{
    m_liveTimer.stop();
    {
        // Past midnight, "today" / "this week" move on (emits periodChanged
        // before the flags below are set; the reload happens here anyway).
        const QSignalBlocker block(m_picker);
        m_picker->followToday();
        updateHeader();
    }
    m_kpisDirty = true;
    m_emptyChecked = false;
    for (bool& dirty : m_dirty)
        dirty = true;
    if (!isVisible())
        return; // showEvent() loads what becomes visible
    updateEmptyState();
    if (isShowingEmptyState()) {
        Q_EMIT refreshed();
        return;
    }
    loadKpis();
    updateQuarantineTab();
    loadPage(currentPage());
    Q_EMIT refreshed();
}

void SalesTab::onSalesChanged()
{
    if (!m_liveTimer.isActive())
        m_liveTimer.start();
}

void SalesTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_clockTimer.start();
    if (!m_emptyChecked || m_kpisDirty || m_dirty[currentPage()])
        refresh();
    else
        checkClock(); // hidden for a while: "until 13:45" may be late
}

void SalesTab::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_clockTimer.stop(); // nothing to read while hidden: showEvent() looks at the clock again
}

void SalesTab::onPeriodChanged()
{
    m_receiptFilter = ReceiptFilter{};
    m_kpisDirty = true;
    for (int i = 0; i < PageCount; ++i) {
        if (i != Menu && i != Quarantine)
            m_dirty[i] = true;
    }
    updateHeader();
    if (!isVisible() || !m_source || isShowingEmptyState())
        return;
    loadKpis();
    loadPage(currentPage());
    Q_EMIT refreshed();
}

void SalesTab::checkClock()
{
    if (!isVisible() || !m_source || isShowingEmptyState() || m_kpisDirty)
        return;
    if (m_picker->today() != m_shownToday) {
        refresh(); // past midnight: the current period moves on
        return;
    }
    if (currentView().comparedUntil() == m_shownUntil)
        return;
    // A minute later: last year's figures up to the new time. The pages
    // that compare with last year are read again, the others stay.
    m_kpisDirty = true;
    m_dirty[Overview] = true;
    m_dirty[Groups] = true;
    loadKpis();
    if (currentPage() == Overview || currentPage() == Groups)
        loadPage(currentPage());
    Q_EMIT refreshed();
}

void SalesTab::onPageChanged(int index)
{
    if (index < 0 || index >= PageCount)
        return;
    ensurePage(static_cast<Page>(index));
    if (isVisible() && m_source && !isShowingEmptyState())
        loadPage(static_cast<Page>(index));
}

void SalesTab::loadKpis()
{
    if (!m_source || !m_kpisDirty)
        return;
    const SalesView view = currentView();
    m_shownToday = m_picker->today();
    m_shownUntil = view.comparedUntil();
    m_kpis->setImporting(view.importing);
    m_kpis->setComparedUntil(view.comparedUntil(), view.isTodayOnly());
    m_kpis->setKpis(m_source->kpis(view.elapsed), m_source->kpis(view.lastYear),
                    m_source->kpisByService(view.elapsed), m_source->kpisByService(view.lastYear));
    m_kpisDirty = false;
    updateHeader();
}

void SalesTab::loadPage(Page which)
{
    ensurePage(which);
    if (!m_source || !m_dirty[which])
        return;
    m_dirty[which] = false;
    if (auto* salesPage = qobject_cast<SalesPage*>(m_pageContent[which])) {
        salesPage->load(*m_source, currentView());
        return;
    }
    switch (which) {
    case Receipts:
        loadReceipts();
        break;
    case Menu:
        menuView()->setItems(m_source->menuItems(), m_source->priceEdits());
        break;
    case Quarantine:
        loadQuarantine(quarantineView());
        break;
    default:
        break;
    }
}

void SalesTab::showReceipts(const ReceiptFilter& filter)
{
    m_receiptFilter = filter;
    ensurePage(Receipts);
    m_dirty[Receipts] = true;
    if (currentPage() == Receipts)
        loadPage(Receipts);
    else
        setCurrentPage(Receipts); // loads through onPageChanged
    Q_EMIT receiptsShown(filter);
}

void SalesTab::loadReceipts()
{
    ReceiptsView* view = static_cast<ReceiptsView*>(ensurePage(Receipts));
    ReceiptFilter filter = m_receiptFilter;
    if (filter.label.isEmpty())
        filter.period = period();
    m_dirty[Receipts] = false;
    const quint64 request = ++m_receiptsRequest;
    const auto task = m_source ? m_source->receiptsTask(filter) : std::function<QList<ReceiptRow>()>{};
    if (!task) {
        const QList<ReceiptRow> rows = m_source ? m_source->receipts(filter) : QList<ReceiptRow>{};
        view->setReceipts(filter, rows);
        Q_EMIT receiptsLoaded(int(rows.size()));
        return;
    }
    // A long period has a lot of receipts: read them on a pool thread (its
    // own connection) and keep the GUI responsive meanwhile.
    view->setLoading(filter);
    auto* watcher = new QFutureWatcher<QList<ReceiptRow>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, view, filter, request] {
        watcher->deleteLater();
        if (request != m_receiptsRequest)
            return; // a newer request superseded this one
        const QList<ReceiptRow> rows = watcher->result();
        view->setReceipts(filter, rows);
        Q_EMIT receiptsLoaded(int(rows.size()));
    });
    watcher->setFuture(QtConcurrent::run(task));
}

bool SalesTab::hasAnyData() const
{
    if (!m_source)
        return false;
    const QDate today = m_picker->today();
    if (m_source->kpis({kHistoryStart, today.addYears(1)}).receipts > 0)
        return true;
    return !m_source->quarantine(1).isEmpty() || m_source->hasMenuItems();
}

void SalesTab::updateEmptyState()
{
    if (m_emptyChecked)
        return;
    m_emptyChecked = true;
    const bool empty = !hasAnyData();
    m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_emptyState) : m_main);
    if (!empty)
        ensurePage(currentPage());
}

void SalesTab::updateQuarantineTab()
{
    if (!m_source)
        return;
    // The label needs a count; the rows are read only once the view exists.
    m_quarantineCount = m_source->quarantineCount();
    if (QuarantineView* view = quarantineView()) {
        loadQuarantine(view);
        m_dirty[Quarantine] = false;
    }
    retranslateUi();
}

void SalesTab::loadQuarantine(QuarantineView* view)
{
    view->setRows(m_source->quarantine(500));
    QDateTime releasedAt;
    const int released = m_source->quarantineReleasedCount(&releasedAt);
    view->setReleased(released, releasedAt);
}

void SalesTab::updateHeader()
{
    const SalesView view = currentView();
    const QLocale locale;
    QString title = SalesFormat::period(view.period);
    switch (m_picker->preset()) {
    case PeriodPicker::Preset::Month:
        if (view.period.to == view.period.from.addMonths(1).addDays(-1) && view.period.from.day() == 1) {
            title = locale.toString(view.period.from, QStringLiteral("MMMM yyyy"));
            title[0] = title.at(0).toUpper();
        }
        break;
    case PeriodPicker::Preset::Week:
        title = tr("Week %1 · %2").arg(view.period.from.weekNumber()).arg(title);
        break;
    default:
        break;
    }
    m_periodLabel->setText(title);
    QString compare = tr("Compared with %1").arg(SalesFormat::period(view.lastYear));
    const QTime until = view.comparedUntil();
    if (until.isValid() && view.elapsed.to != view.period.to)
        compare = tr("To %1 at %2, compared with %3 up to the same time")
                      .arg(SalesFormat::shortDate(view.elapsed.to), SalesFormat::timeOfDay(until),
                           SalesFormat::period(view.lastYear));
    else if (until.isValid())
        compare = tr("Until %1 today, compared with %2 up to the same time")
                      .arg(SalesFormat::timeOfDay(until), SalesFormat::period(view.lastYear));
    else if (view.elapsed.to != view.period.to)
        compare = tr("To %1, compared with %2")
                      .arg(SalesFormat::shortDate(view.elapsed.to), SalesFormat::period(view.lastYear));
    m_compareLabel->setText(compare);
}

void SalesTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        updateHeader();
    }
    QWidget::changeEvent(event);
}

void SalesTab::retranslateUi()
{
    m_emptyState->setState(
        {tr("No sales yet"),
         tr("Connect the Lightspeed till in Settings to see turnover, covers and average ticket here."),
         tr("Connect the till…")});
    m_title->setText(tr("Sales"));
    m_pages->setTabText(Overview, tr("Overview"));
    m_pages->setTabText(Groups, tr("Accounting groups"));
    m_pages->setTabText(Items, tr("Items"));
    m_pages->setTabText(Payments, tr("Payments"));
    m_pages->setTabText(Receipts, tr("Receipts"));
    m_pages->setTabText(Menu, tr("Menu && prices"));
    m_pages->setTabText(Quarantine, m_quarantineCount > 0 ? tr("Quarantine (%1)").arg(m_quarantineCount)
                                                          : tr("Quarantine"));
    m_pages->tabBar()->setTabTextColor(Quarantine,
                                       m_quarantineCount > 0 ? SalesFormat::downColor() : QColor());
    m_pages->setTabToolTip(Quarantine, tr("Lines from the till that could not be booked"));
    m_pages->setTabToolTip(Menu, tr("Items, current prices and their state on the till"));
    m_pages->setTabToolTip(Receipts, tr("The receipts of the period, or of the chart element you clicked"));
}

void SalesTab::setHistoryCompleteUntil(const QDate& date)
{
    if (date == m_completeUntil)
        return;
    const bool wasImporting = currentView().importing;
    m_completeUntil = date;
    if (currentView().importing != wasImporting)
        refresh(); // new figures arrive through the live refresh anyway
}

void SalesTab::setHistoryCompleteFrom(const QDate& date)
{
    if (date == m_completeFrom)
        return;
    const bool wasImporting = currentView().importing;
    m_completeFrom = date;
    if (currentView().importing != wasImporting)
        refresh();
}

void SalesTab::setImportNotice(const QString& text)
{
    static_cast<OneLineNotice*>(m_importNotice)->setFullText(text);
    m_importNotice->setVisible(!text.isEmpty());
}

} // namespace Moulin
