#include "reservation/ui/reservationstab.h"

#include "common/core/connectorcatalog.h"
#include "common/core/database.h"
#include "common/ui/emptystatewidget.h"
#include "reservation/ui/bookingdetails.h"
#include "reservation/ui/bookingform.h"
#include "reservation/ui/bookingmodel.h"
#include "reservation/ui/duplicatesdialog.h"
#include "reservation/ui/forecastview.h"
#include "reservation/ui/reservationstats.h"
#include "reservation/ui/servicecard.h"
#include "reservation/ui/weekoverview.h"

#include <QAction>
#include <QButtonGroup>
#include <QDateEdit>
#include <QEvent>
#include <QFuture>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Moulin {

namespace {

constexpr int kStatusCount = 5;
const BookingStatus kStatusOf[kStatusCount] = {BookingStatus::Arrived, BookingStatus::Seated,
                                               BookingStatus::Left, BookingStatus::NoShow,
                                               BookingStatus::Cancelled};

/// A coloured strip over the list (duplicates, notifications, errors).
QWidget* banner(QWidget* parent, const QString& name, const QString& colors, QLabel** label)
{
    auto* frame = new QFrame(parent);
    frame->setObjectName(name);
    frame->setAttribute(Qt::WA_StyledBackground, true);
    frame->setStyleSheet(
        QStringLiteral("QFrame#%1 { %2 border-radius: 5px; }"
                       "QFrame#%1 QLabel { background: transparent; border: none; }"
                       "QFrame#%1 QToolButton { border: none; background: transparent; padding: 0px 4px; }")
            .arg(name, colors));
    *label = new QLabel(frame);
    (*label)->setWordWrap(true);
    auto* layout = new QHBoxLayout(frame);
    layout->setContentsMargins(10, 5, 6, 5);
    layout->setSpacing(8);
    layout->addWidget(*label, 1);
    frame->hide();
    return frame;
}

QToolButton* closeButton(QWidget* bannerWidget)
{
    auto* close = new QToolButton(bannerWidget);
    close->setText(QStringLiteral("×"));
    close->setAutoRaise(true);
    bannerWidget->layout()->addWidget(close);
    QObject::connect(close, &QToolButton::clicked, bannerWidget, &QWidget::hide);
    return close;
}

/// The buttons of the cancellation bar: Enter confirms, Esc keeps.
class ConfirmBar : public QFrame
{
public:
    using QFrame::QFrame;
    std::function<void()> onEscape;

protected:
    void keyPressEvent(QKeyEvent* event) override
    {
        if (event->key() == Qt::Key_Escape && onEscape) {
            onEscape();
            return;
        }
        QFrame::keyPressEvent(event);
    }
};

} // namespace

ReservationsTab::ReservationsTab(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_emptyState(new EmptyStateWidget)
    , m_main(new QWidget)
    , m_title(new QLabel)
    , m_dateLabel(new QLabel)
    , m_previous(new QToolButton)
    , m_todayButton(new QToolButton)
    , m_next(new QToolButton)
    , m_dateEdit(new QDateEdit)
    , m_serviceGroup(new QButtonGroup(this))
    , m_search(new QLineEdit)
    , m_newButton(new QPushButton)
    , m_floorButton(new QPushButton)
    , m_pages(new QTabWidget)
    , m_model(new BookingTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_delegate(new BookingDelegate(this))
{
    m_main->setObjectName(QStringLiteral("reservationsMain"));
    m_date = today();

    auto* mainLayout = new QVBoxLayout(m_main);
    mainLayout->setContentsMargins(16, 12, 16, 10);
    mainLayout->setSpacing(8);
    mainLayout->addWidget(buildHeader());

    m_duplicateBanner = banner(
        m_main, QStringLiteral("duplicateBanner"),
        QStringLiteral("background: #fff4d6; color: #5a4200; border: 1px solid #e8c766;"), &m_duplicateLabel);
    m_duplicateButton = new QPushButton(m_duplicateBanner);
    m_duplicateButton->setObjectName(QStringLiteral("checkDuplicates"));
    m_duplicateBanner->layout()->addWidget(m_duplicateButton);
    connect(m_duplicateButton, &QPushButton::clicked, this, &ReservationsTab::openDuplicates);
    m_notification = banner(m_main, QStringLiteral("bookingNotification"),
                            QStringLiteral("background: #e7f5ff; color: #0b4f7c; border: 1px solid #a5d8ff;"),
                            &m_notificationLabel);
    QFont notificationFont = m_notificationLabel->font();
    notificationFont.setWeight(QFont::DemiBold);
    m_notificationLabel->setFont(notificationFont);
    closeButton(m_notification);
    m_errorBar = banner(m_main, QStringLiteral("reservationError"),
                        QStringLiteral("background: #fff5f5; color: #a61e1e; border: 1px solid #ffa8a8;"),
                        &m_errorLabel);
    closeButton(m_errorBar);
    mainLayout->addWidget(m_duplicateBanner);
    mainLayout->addWidget(m_notification);
    mainLayout->addWidget(m_errorBar);

    m_pages->setObjectName(QStringLiteral("reservationPages"));
    m_pages->setDocumentMode(true);
    m_pages->tabBar()->setDrawBase(false);
    m_pages->setStyleSheet(
        QStringLiteral("QTabWidget::pane { border: none; }"
                       "QTabBar::tab { padding: 7px 14px; margin-right: 2px; border: none; border-bottom: "
                       "2px solid transparent; background: transparent; }"
                       "QTabBar::tab:selected { border-bottom: 2px solid #3b5bdb; font-weight: 600; }"
                       "QTabBar::tab:hover:!selected { border-bottom: 2px solid #c5cde0; }"
                       "QTabBar::tab:focus { background: #eef2ff; }"));
    m_pages->addTab(buildDayPage(), QString());
    m_week = new WeekOverview;
    m_pages->addTab(m_week, QString());
    // The charts scroll rather than set the window's minimum height.
    m_stats = new ReservationStatsPage;
    auto* statsScroll = new QScrollArea;
    statsScroll->setObjectName(QStringLiteral("statsScroll"));
    statsScroll->setFrameShape(QFrame::NoFrame);
    statsScroll->setWidgetResizable(true);
    statsScroll->setWidget(m_stats);
    m_pages->addTab(statsScroll, QString());
    m_forecastView = new ForecastView;
    m_pages->addTab(m_forecastView, QString());

    // Search and new booking on the pages' row, right-aligned.
    auto* corner = new QWidget;
    auto* cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(0, 0, 0, 4);
    cornerLayout->setSpacing(8);
    m_search->setObjectName(QStringLiteral("bookingSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 38);
    m_search->installEventFilter(this);
    m_newButton->setObjectName(QStringLiteral("newBookingButton"));
    m_newButton->setStyleSheet(
        QStringLiteral("QPushButton { background: #3b5bdb; color: white; border: none; border-radius: 5px; "
                       "padding: 5px 14px;"
                       " font-weight: 600; } QPushButton:focus { background: #2f4ac0; }"));
    m_floorButton->setObjectName(QStringLiteral("floorViewButton"));
    connect(m_floorButton, &QPushButton::clicked, this, &ReservationsTab::openServiceView);
    cornerLayout->addWidget(m_search);
    cornerLayout->addWidget(m_floorButton);
    cornerLayout->addWidget(m_newButton);
    m_pages->setCornerWidget(corner, Qt::TopRightCorner);
    mainLayout->addWidget(m_pages, 1);

    m_info = new QLabel(m_main);
    m_info->setObjectName(QStringLiteral("reservationInfo"));
    m_info->setWordWrap(true);
    m_info->setStyleSheet(QStringLiteral("color: #1a7f37; font-weight: 600;"));
    m_info->hide();
    mainLayout->insertWidget(mainLayout->indexOf(m_pages), m_info);

    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_main);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    createActions();

    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(kLiveUpdateDelayMs);
    connect(&m_reloadTimer, &QTimer::timeout, this, &ReservationsTab::reload);
    m_notificationTimer.setSingleShot(true);
    m_notificationTimer.setInterval(kNotificationMs);
    connect(&m_notificationTimer, &QTimer::timeout, m_notification, &QWidget::hide);
    m_infoTimer.setSingleShot(true);
    m_infoTimer.setInterval(8000);
    connect(&m_infoTimer, &QTimer::timeout, m_info, &QWidget::hide);

    connect(m_emptyState, &EmptyStateWidget::actionRequested, this, &ReservationsTab::settingsRequested);
    connect(m_pages, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == WeekPage && m_weekDirty)
            loadWeek();
        else if (index == StatsPage && m_statsDirty)
            loadStats();
        updateActions();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.trimmed().isEmpty()) {
            if (m_searching)
                endSearch();
            return;
        }
        m_searching = true;
        m_pages->setCurrentIndex(DayPage);
        loadList();
    });
    connect(m_week, &WeekOverview::dayActivated, this, [this](const QDate& day, int) {
        setDate(day);
        setCurrentPage(DayPage);
        m_view->setFocus();
    });
    connect(m_week, &WeekOverview::weekShiftRequested, this,
            [this](int direction) { setDate(m_date.addDays(7 * direction)); });

    retranslateUi();
    updateEmptyState();
    updateHeader();
    updateActions();
}

ReservationsTab::~ReservationsTab() = default;

QWidget* ReservationsTab::buildHeader()
{
    auto* header = new QWidget;
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setWeight(QFont::Bold);
    m_title->setFont(titleFont);
    QFont dateFont = m_dateLabel->font();
    dateFont.setPointSizeF(dateFont.pointSizeF() * 1.25);
    dateFont.setWeight(QFont::DemiBold);
    m_dateLabel->setFont(dateFont);
    m_dateLabel->setObjectName(QStringLiteral("dayLabel"));

    m_previous->setObjectName(QStringLiteral("previousDay"));
    m_next->setObjectName(QStringLiteral("nextDay"));
    m_todayButton->setObjectName(QStringLiteral("todayButton"));
    m_previous->setText(QStringLiteral("‹"));
    m_next->setText(QStringLiteral("›"));
    const QString arrowStyle = QStringLiteral(
        "QToolButton { padding: 2px 10px 4px 10px; border: 1px solid palette(mid); border-radius: 5px;"
        " background: palette(button); font-size: 15px; }"
        "QToolButton:focus { border-color: #3b5bdb; }");
    m_previous->setStyleSheet(arrowStyle);
    m_next->setStyleSheet(arrowStyle);
    m_todayButton->setStyleSheet(
        QStringLiteral("QToolButton { padding: 4px 12px; border: 1px solid palette(mid); border-radius: 5px;"
                       " background: palette(button); }"
                       "QToolButton:disabled { color: palette(mid); }"
                       "QToolButton:focus { border-color: #3b5bdb; }"));
    for (QToolButton* b : {m_previous, m_next, m_todayButton})
        b->setFocusPolicy(Qt::StrongFocus);
    m_dateEdit->setObjectName(QStringLiteral("dayPicker"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_dateEdit->setDate(m_date);
    connect(m_previous, &QToolButton::clicked, this, &ReservationsTab::showPreviousDay);
    connect(m_next, &QToolButton::clicked, this, &ReservationsTab::showNextDay);
    connect(m_todayButton, &QToolButton::clicked, this, &ReservationsTab::showToday);
    connect(m_dateEdit, &QDateEdit::dateChanged, this, [this](const QDate& d) { setDate(d); });

    // Lunch / dinner / both, as segments.
    auto* segments = new QWidget;
    segments->setObjectName(QStringLiteral("serviceSegments"));
    auto* segmentLayout = new QHBoxLayout(segments);
    segmentLayout->setContentsMargins(0, 0, 0, 0);
    segmentLayout->setSpacing(0);
    const char* const names[] = {"serviceLunch", "serviceDinner", "serviceBoth"};
    for (int i = 0; i < 3; ++i) {
        auto* button = new QToolButton(segments);
        button->setObjectName(QLatin1String(names[i]));
        button->setCheckable(true);
        button->setFocusPolicy(Qt::StrongFocus);
        m_serviceGroup->addButton(button, i);
        segmentLayout->addWidget(button);
    }
    m_serviceGroup->setExclusive(true);
    m_serviceGroup->button(2)->setChecked(true);
    segments->setStyleSheet(QStringLiteral(
        "QToolButton { padding: 4px 14px; border: 1px solid palette(mid); background: palette(button);"
        " margin-left: -1px; }"
        "QToolButton:checked { background: #3b5bdb; color: white; border-color: #3b5bdb; }"
        "QToolButton:focus { border-color: #3b5bdb; }"
        "QToolButton#serviceLunch { border-top-left-radius: 5px; border-bottom-left-radius: 5px; }"
        "QToolButton#serviceBoth { border-top-right-radius: 5px; border-bottom-right-radius: 5px; }"));
    connect(m_serviceGroup, &QButtonGroup::idClicked, this,
            [this](int id) { setServiceFilter(id == 2 ? kBothServices : id); });

    auto* row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(8);
    row->addWidget(m_title, 0, Qt::AlignBaseline);
    row->addSpacing(8);
    row->addWidget(m_dateLabel, 0, Qt::AlignBaseline);
    row->addStretch(1);
    row->addWidget(m_previous);
    row->addWidget(m_todayButton);
    row->addWidget(m_next);
    row->addWidget(m_dateEdit);
    row->addSpacing(12);
    row->addWidget(segments);
    return header;
}

QWidget* ReservationsTab::buildDayPage()
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("dayPage"));

    m_cardRow = new QWidget(page);
    auto* cardLayout = new QHBoxLayout(m_cardRow);
    cardLayout->setContentsMargins(0, 0, 0, 0);
    cardLayout->setSpacing(12);
    for (int s = 0; s < 2; ++s) {
        m_cards[s] = new ServiceCard(s, m_cardRow);
        cardLayout->addWidget(m_cards[s], 1);
        connect(m_cards[s], &ServiceCard::availabilityRequested, this, &ReservationsTab::applyAvailability);
    }

    m_form = new NewBookingForm(page);
    m_form->hide();
    connect(m_form, &NewBookingForm::submitRequested, this, &ReservationsTab::saveNewBooking);
    connect(m_form, &NewBookingForm::cancelled, this, [this] {
        m_form->hide();
        m_view->setFocus();
    });

    auto* confirm = new ConfirmBar(page);
    m_confirmBar = confirm;
    m_confirmBar->setObjectName(QStringLiteral("cancelConfirmation"));
    m_confirmBar->setAttribute(Qt::WA_StyledBackground, true);
    m_confirmBar->setStyleSheet(QStringLiteral(
        "QFrame#cancelConfirmation { background: #fff5f5; border: 1px solid #ffa8a8; border-radius: 5px; }"
        "QPushButton#confirmCancel { background: #c92a2a; color: white; border: none; border-radius: 5px;"
        " padding: 5px 12px; font-weight: 600; }"
        "QPushButton#confirmCancel:focus { background: #a61e1e; }"));
    m_confirmLabel = new QLabel(m_confirmBar);
    m_confirmLabel->setWordWrap(true);
    QFont confirmFont = m_confirmLabel->font();
    confirmFont.setWeight(QFont::DemiBold);
    m_confirmLabel->setFont(confirmFont);
    m_confirmButton = new QPushButton(m_confirmBar);
    m_confirmButton->setObjectName(QStringLiteral("confirmCancel"));
    m_confirmButton->setAutoDefault(true);
    m_keepButton = new QPushButton(m_confirmBar);
    m_keepButton->setObjectName(QStringLiteral("keepBooking"));
    m_keepButton->setAutoDefault(true);
    auto* confirmLayout = new QHBoxLayout(m_confirmBar);
    confirmLayout->setContentsMargins(10, 6, 6, 6);
    confirmLayout->addWidget(m_confirmLabel, 1);
    confirmLayout->addWidget(m_confirmButton);
    confirmLayout->addWidget(m_keepButton);
    m_confirmBar->hide();
    confirm->onEscape = [this] { closeConfirmation(); };
    connect(m_confirmButton, &QPushButton::clicked, this, &ReservationsTab::confirmCancel);
    connect(m_keepButton, &QPushButton::clicked, this, &ReservationsTab::closeConfirmation);

    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("listSummary"));
    m_summary->setStyleSheet(QStringLiteral("color: #4b5563;"));

    m_view = new QTableView(page);
    m_view->setObjectName(QStringLiteral("bookingList"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(BookingTableModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(m_delegate);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(BookingTableModel::Time, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setTabKeyNavigation(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    QFont listFont = m_view->font();
    listFont.setPointSizeF(listFont.pointSizeF() * 1.08);
    m_view->setFont(listFont);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(QFontMetrics(listFont).height() + 16);
    QHeaderView* header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->setColumnHidden(BookingTableModel::Date, true);
    m_view->setStyleSheet(QStringLiteral(
        "QTableView { border: 1px solid #dde1e6; border-radius: 6px; background: palette(base);"
        " alternate-background-color: #f7f8fa; selection-background-color: #dbe4ff; selection-color: "
        "#1f2937; }"
        "QTableView:focus { border-color: #91a7ff; }"
        "QTableView::item { border: 0px; padding-left: 8px; padding-right: 8px; }"
        "QHeaderView::section { background: palette(base); border: none; border-bottom: 1px solid #dde1e6;"
        " padding: 5px 8px; font-weight: 600; color: #4b5563; }"));
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const qint64 id = selectedBookingId();
        if (id && m_newIds.remove(id))
            m_model->setNewIds(m_newIds);
        loadDetails();
        updateActions();
    });
    connect(m_view, &QTableView::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (!index.isValid())
            return;
        m_view->selectRow(index.row());
        QMenu menu(this);
        for (QAction* action : m_statusActions) {
            if (action == m_statusActions[4])
                menu.addSeparator();
            menu.addAction(action);
        }
        menu.addAction(m_confirmedAction);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view, &QTableView::activated, this, [this] {
        if (m_searching)
            openSelectedDay();
    });
    m_view->installEventFilter(this);

    m_details = new BookingDetailsPanel(page);
    // The host's zone wish (or the requests' proposal they accepted): in the book, with its history.
    connect(m_details, &BookingDetailsPanel::zoneWishChanged, this,
            [this](qint64 id, const QString& zone, bool required) {
                QString error;
                const bool ok = Database::transaction(
                    m_db, [&](QString* e) { return m_store.setZoneWish(m_db, id, zone, required, e); },
                    &error);
                if (!ok) {
                    showInfo(tr("Zone wish not saved: %1").arg(error));
                    return;
                }
                loadDetails();
                if (const std::optional<Booking> b = m_store.booking(m_db, id))
                    Q_EMIT bookingSaved(b->day, b->service);
            });

    m_hint = new QLabel(page);
    m_hint->setObjectName(QStringLiteral("shortcutHint"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #6b7280;"));

    auto* listRow = new QHBoxLayout;
    listRow->setSpacing(12);
    listRow->addWidget(m_view, 1);
    listRow->addWidget(m_details);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_cardRow);
    layout->addWidget(m_form);
    layout->addWidget(m_confirmBar);
    layout->addWidget(m_summary);
    layout->addLayout(listRow, 1);
    layout->addWidget(m_hint);
    return page;
}

void ReservationsTab::sizeColumns()
{
    // From the texts the columns can hold, in the language shown, so that
    // no status or channel chip is cut.
    QHeaderView* header = m_view->horizontalHeader();
    const QFont listFont = m_view->font();
    const QFontMetrics fm(listFont);
    QFont headerFont = listFont;
    headerFont.setWeight(QFont::DemiBold);
    const QFontMetrics hm(headerFont);
    const QFont chip = BookingDelegate::chipFont(listFont);
    const int cellMargins = 2 * 8 + 8;
    const auto headerWidth = [this, &hm](int column) {
        return hm.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 2 * 8 + 18;
    };
    int status = headerWidth(BookingTableModel::Status);
    for (BookingStatus s :
         {BookingStatus::Requested, BookingStatus::Confirmed, BookingStatus::Arrived, BookingStatus::Seated,
          BookingStatus::Left, BookingStatus::NoShow, BookingStatus::Cancelled, BookingStatus::Refused})
        status = std::max(status, BookingDelegate::chipWidth(bookingStatusLabel(s), chip) + cellMargins);
    QStringList channels{QLatin1String(BookingChannel::kPhone), QLatin1String(BookingChannel::kWalkIn)};
    for (const ConnectorType& type : ConnectorCatalog::types()) {
        if (type.kind == QLatin1String("reservation"))
            channels << type.id;
    }
    int source = headerWidth(BookingTableModel::Source);
    for (const QString& channel : std::as_const(channels))
        source =
            std::max(source, BookingDelegate::chipWidth(bookingChannelLabel(channel), chip) + cellMargins);
    header->resizeSection(
        BookingTableModel::Date,
        std::max(headerWidth(BookingTableModel::Date),
                 fm.horizontalAdvance(ReservationFormat::shortDay(QDate(2026, 9, 30))) + cellMargins));
    header->resizeSection(BookingTableModel::Time,
                          std::max(headerWidth(BookingTableModel::Time),
                                   fm.horizontalAdvance(QStringLiteral("00:00")) + cellMargins + 8));
    // A long name is elided (the details pane has it whole): the room goes
    // to the requests and allergies.
    header->resizeSection(BookingTableModel::Guest, fm.horizontalAdvance(QLatin1Char('x')) * 27);
    header->resizeSection(BookingTableModel::Covers,
                          std::max(headerWidth(BookingTableModel::Covers),
                                   fm.horizontalAdvance(QStringLiteral("000")) + cellMargins));
    header->resizeSection(BookingTableModel::Status, status);
    header->resizeSection(BookingTableModel::Source, source);
}

void ReservationsTab::createActions()
{
    // Status changes: single keys on the list only (the form and the search
    // take letters as text).
    const Qt::Key keys[kStatusCount] = {Qt::Key_A, Qt::Key_S, Qt::Key_P, Qt::Key_N, Qt::Key_Delete};
    const char* const names[kStatusCount] = {"statusArrived", "statusSeated", "statusLeft", "statusNoShow",
                                             "statusCancel"};
    for (int i = 0; i < kStatusCount; ++i) {
        auto* action = new QAction(this);
        action->setObjectName(QLatin1String(names[i]));
        action->setShortcut(QKeySequence(keys[i]));
        action->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(action);
        m_statusActions[i] = action;
        const BookingStatus status = kStatusOf[i];
        if (status == BookingStatus::Cancelled) {
            connect(action, &QAction::triggered, this, &ReservationsTab::requestCancelSelected);
        } else {
            connect(action, &QAction::triggered, this, [this, status] {
                if (const qint64 id = selectedBookingId())
                    changeStatus(id, status);
            });
        }
    }
    m_confirmedAction = new QAction(this);
    m_confirmedAction->setObjectName(QStringLiteral("statusConfirmed"));
    connect(m_confirmedAction, &QAction::triggered, this, [this] {
        if (const qint64 id = selectedBookingId())
            changeStatus(id, BookingStatus::Confirmed);
    });

    // The day, from the list: ← / →.
    m_listPrevious = new QAction(this);
    m_listPrevious->setShortcut(QKeySequence(Qt::Key_Left));
    m_listPrevious->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(m_listPrevious);
    connect(m_listPrevious, &QAction::triggered, this, [this] {
        if (!m_searching)
            showPreviousDay();
    });
    m_listNext = new QAction(this);
    m_listNext->setShortcut(QKeySequence(Qt::Key_Right));
    m_listNext->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(m_listNext);
    connect(m_listNext, &QAction::triggered, this, [this] {
        if (!m_searching)
            showNextDay();
    });

    // Anywhere in the tab (window shortcuts of a visible tab only).
    const auto tabAction = [this](const char* name, const QKeySequence& key, auto slot) {
        auto* action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_newAction = tabAction("newBooking", QKeySequence(Qt::CTRL | Qt::Key_N), &ReservationsTab::newBooking);
    m_searchAction =
        tabAction("searchBookings", QKeySequence(Qt::CTRL | Qt::Key_F), &ReservationsTab::startSearch);
    m_previousAction = tabAction("previousDayAction", QKeySequence(Qt::ALT | Qt::Key_PageUp),
                                 &ReservationsTab::showPreviousDay);
    m_nextAction =
        tabAction("nextDayAction", QKeySequence(Qt::ALT | Qt::Key_PageDown), &ReservationsTab::showNextDay);
    m_todayAction =
        tabAction("todayAction", QKeySequence(Qt::ALT | Qt::Key_Home), &ReservationsTab::showToday);
    tabAction("duplicatesAction", QKeySequence(Qt::CTRL | Qt::Key_D), &ReservationsTab::openDuplicates);
    connect(m_newButton, &QPushButton::clicked, this, &ReservationsTab::newBooking);
}

// --- Wiring ------------------------------------------------------------------

void ReservationsTab::setDatabase(const QSqlDatabase& db)
{
    m_db = db;
    m_lastSeenId = -1;
    m_newIds.clear();
    m_ownIds.clear();
    m_forceMain = false;
    reload();
}

void ReservationsTab::setBookStore(const BookStore& store, BookStore::Now now)
{
    const bool wasToday = m_date == today();
    m_now = std::move(now);
    m_store = m_now ? BookStore(store.calendar(), m_now) : store;
    if (wasToday)
        m_date = today();
    {
        const QSignalBlocker block(m_dateEdit);
        m_dateEdit->setDate(m_date);
    }
    reload();
}

void ReservationsTab::setReservationConnectors(const QStringList& connectorIds)
{
    if (connectorIds == m_connectors)
        return;
    m_connectors = connectorIds;
    updateEmptyState();
}

void ReservationsTab::setAvailabilityChannels(const QStringList& labels)
{
    m_availabilityChannels = labels;
    loadCards();
}

void ReservationsTab::setOpeningSchedule(const std::optional<OpeningSchedule>& schedule)
{
    if (m_fixedSchedule == schedule)
        return;
    m_fixedSchedule = schedule;
    reload();
}

QDateTime ReservationsTab::nowLocal() const
{
    const QDateTime now = m_now ? m_now() : QDateTime::currentDateTimeUtc();
    return m_store.calendar().local(now);
}

QDate ReservationsTab::today() const
{
    return nowLocal().date();
}

// --- Navigation --------------------------------------------------------------

void ReservationsTab::setDate(const QDate& date)
{
    if (!date.isValid() || date == m_date)
        return;
    m_date = date;
    {
        const QSignalBlocker block(m_dateEdit);
        m_dateEdit->setDate(date);
    }
    closeConfirmation();
    if (m_form->isVisible())
        m_form->setDay(m_date); // what was typed stays
    m_view->clearSelection();
    m_view->setCurrentIndex(QModelIndex());
    if (m_searching) {
        const QSignalBlocker block(m_search);
        m_search->clear();
        m_searching = false;
    }
    m_weekDirty = true;
    updateHeader();
    loadList();
    loadCards();
    m_view->scrollToTop();
    if (currentPage() == WeekPage)
        loadWeek();
}

void ReservationsTab::setServiceFilter(int service)
{
    service = service == 0 || service == 1 ? service : kBothServices;
    {
        const QSignalBlocker block(m_serviceGroup);
        m_serviceGroup->button(service == kBothServices ? 2 : service)->setChecked(true);
    }
    if (service == m_service)
        return;
    m_service = service;
    loadCards();
    loadList();
}

ReservationsTab::Page ReservationsTab::currentPage() const
{
    return static_cast<Page>(std::max(0, m_pages->currentIndex()));
}

void ReservationsTab::setCurrentPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
}

void ReservationsTab::showToday()
{
    setDate(today());
}

void ReservationsTab::showPreviousDay()
{
    setDate(m_date.addDays(-1));
}

void ReservationsTab::showNextDay()
{
    setDate(m_date.addDays(1));
}

bool ReservationsTab::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_emptyState;
}

// --- Reading -------------------------------------------------------------------

void ReservationsTab::scheduleReload()
{
    if (!m_reloadTimer.isActive())
        m_reloadTimer.start();
}

void ReservationsTab::reload()
{
    m_reloadTimer.stop();
    m_capacity = ServiceCapacity::load();
    m_store.setOpeningSchedule(m_fixedSchedule.value_or(m_capacity.schedule));
    if (m_db.isValid() && m_db.isOpen())
        detectNewBookings();
    updateEmptyState();
    updateHeader();
    loadCards();
    loadList();
    loadDuplicates();
    m_weekDirty = true;
    m_statsDirty = true;
    if (currentPage() == WeekPage)
        loadWeek();
    else if (currentPage() == StatsPage)
        loadStats();
    refreshForecast();
    Q_EMIT reloaded();
}

void ReservationsTab::updateEmptyState()
{
    const bool usable = m_db.isValid() && m_db.isOpen();
    const bool empty = !usable || (!m_forceMain && m_connectors.isEmpty() && m_store.count(m_db) <= 0);
    m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_emptyState) : m_main);
}

void ReservationsTab::loadList()
{
    const qint64 selected = selectedBookingId();
    const int scroll = m_view->verticalScrollBar()->value();
    QList<Booking> bookings;
    if (m_db.isValid() && m_db.isOpen()) {
        if (m_searching)
            bookings = m_store.search(m_db, m_search->text(), today());
        else
            bookings = m_store.day(m_db, m_date, m_service);
    }
    m_model->setNewIds(m_newIds);
    m_model->setBookings(bookings);
    m_view->setColumnHidden(BookingTableModel::Date, !m_searching);
    m_cardRow->setVisible(!m_searching);
    if (selected && !selectBooking(selected))
        m_view->setCurrentIndex(QModelIndex());
    m_view->verticalScrollBar()->setValue(scroll);
    loadDetails();
    updateSummary();
    updateActions();
}

void ReservationsTab::loadCards()
{
    if (!m_db.isValid() || !m_db.isOpen())
        return;
    const QList<ServiceLoad> loads = m_store.loads(m_db, m_date, 1, m_capacity.covers);
    for (const ServiceLoad& load : loads) {
        if (load.service < 0 || load.service > 1)
            continue;
        m_cards[load.service]->setAvailabilityNote(
            load.regularClosure
                ? tr("Closed on this day by the opening schedule. Reopen the service to take bookings "
                     "this once.")
                : availabilityNote());
        m_cards[load.service]->setLoad(load);
    }
    // The footfall forecast of today and the days ahead (none for a day gone
    // by: its covers are known).
    const QString basis = ForecastView::basis(m_forecast);
    for (int s = 0; s < 2; ++s) {
        const ServiceForecast* f =
            m_forecastSources && m_date >= today() ? m_forecast.find(m_date, s) : nullptr;
        m_cards[s]->setForecast(f ? std::optional<ServiceForecast>(*f) : std::nullopt, basis);
    }
    m_cards[0]->setVisible(m_service != 1);
    m_cards[1]->setVisible(m_service != 0);
}

void ReservationsTab::refreshForecast()
{
    if (m_forecastRunning) {
        m_forecastAgain = true;
        return;
    }
    ForecastOptions options;
    options.zone = m_store.calendar().zone();
    const Forecaster forecaster = Forecaster::fromRegistry(options);
    m_forecastSources = forecaster.hasHistory() || forecaster.hasBook();
    if (!m_forecastSources) {
        m_forecast = CoversForecast();
        m_forecastView->setForecast(m_forecast, false);
        loadCards();
        return;
    }
    // The services the host closed: closures for the forecast.
    QList<ForecastEvent> events;
    if (m_db.isValid() && m_db.isOpen()) {
        for (const ServiceLoad& load : m_store.loads(m_db, today(), kForecastDays, m_capacity.covers)) {
            if (load.state == QLatin1String("closed"))
                events.append(
                    {load.day, load.service, 1.0, true,
                     load.regularClosure ? tr("Closed (opening schedule)") : tr("Closed by the host")});
        }
    }
    const QDateTime origin = m_now ? m_now() : QDateTime::currentDateTimeUtc();
    m_forecastRunning = true;
    QtConcurrent::run([forecaster, origin, events] {
        return forecaster.forecast(origin, kForecastDays, events);
    }).then(this, [this](const CoversForecast& forecast) {
        m_forecastRunning = false;
        m_forecast = forecast;
        m_forecastView->setForecast(m_forecast, true);
        loadCards();
        Q_EMIT forecastUpdated();
        if (std::exchange(m_forecastAgain, false))
            refreshForecast();
    });
}

void ReservationsTab::loadDuplicates()
{
    m_duplicateCount = m_db.isValid() && m_db.isOpen() ? int(m_store.openDuplicates(m_db).size()) : 0;
    m_duplicateLabel->setText(tr("⚠ %n probable duplicate(s) to check: the same guest booked twice through "
                                 "different channels?",
                                 nullptr, m_duplicateCount));
    m_duplicateBanner->setVisible(m_duplicateCount > 0);
}

void ReservationsTab::loadWeek()
{
    m_weekDirty = false;
    if (!m_db.isValid() || !m_db.isOpen())
        return;
    const QDate monday = m_date.addDays(1 - m_date.dayOfWeek());
    m_week->setLoads(m_store.loads(m_db, monday, 7, m_capacity.covers), today(), m_date);
}

void ReservationsTab::loadStats()
{
    m_statsDirty = false;
    if (!m_db.isValid() || !m_db.isOpen())
        return;
    const QDate to = today().addDays(-1);
    const QDate from = to.addDays(-7 * ReservationStatsPage::kWeeks + 1);
    m_stats->setStats(m_store.footfall(m_db, from, to), from, to);
}

void ReservationsTab::loadDetails()
{
    const qint64 id = selectedBookingId();
    if (!id || !m_db.isValid()) {
        m_details->setBooking(std::nullopt, {});
        return;
    }
    const std::optional<Booking> booking = m_store.booking(m_db, id);
    QStringList lines;
    if (booking) {
        const QList<BookingHistoryEntry> history = m_store.history(m_db, id);
        // The other booking of a duplicate, as the host knows it.
        const auto label = [this](qint64 other) {
            const std::optional<Booking> b = m_store.booking(m_db, other);
            return b ? tr("%1 (%2, %3)")
                           .arg(BookingTableModel::guestName(*b), bookingChannelLabel(b->channel),
                                b->day == m_date
                                    ? b->localTime
                                    : tr("%1 %2").arg(ReservationFormat::shortDay(b->day), b->localTime))
                     : QString();
        };
        // The latest first: what changed last is what the host asks about.
        for (auto it = history.crbegin(); it != history.crend(); ++it)
            lines << m_store.describe(*it, label);
    }
    m_details->setBooking(booking, lines);
}

qint64 ReservationsTab::selectedBookingId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        return 0;
    return current.data(BookingTableModel::BookingIdRole).toLongLong();
}

bool ReservationsTab::selectBooking(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, BookingTableModel::Time));
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void ReservationsTab::detectNewBookings()
{
    if (m_lastSeenId < 0) {
        m_lastSeenId = std::max<qint64>(0, m_store.lastBookingId(m_db));
        return;
    }
    const QList<Booking> fresh = m_store.bookingsAfter(m_db, m_lastSeenId, 50);
    if (fresh.isEmpty())
        return;
    m_lastSeenId =
        fresh.size() < 50 ? fresh.last().id : std::max(fresh.last().id, m_store.lastBookingId(m_db));
    QList<Booking> arrived;
    for (const Booking& b : fresh) {
        if (m_ownIds.contains(b.id) || !takesCovers(b.status))
            continue;
        arrived.append(b);
        m_newIds.insert(b.id);
    }
    if (arrived.isEmpty())
        return;
    QString text;
    if (arrived.size() == 1) {
        text = tr("New booking: %1").arg(bookingLine(arrived.first()));
    } else {
        QStringList lines;
        for (int i = 0; i < std::min<qsizetype>(3, arrived.size()); ++i)
            lines << bookingLine(arrived.at(i));
        if (arrived.size() > 3)
            lines << QStringLiteral("…");
        text =
            tr("%n new booking(s): %1", nullptr, int(arrived.size())).arg(lines.join(QStringLiteral(" ; ")));
    }
    showNotification(text);
    Q_EMIT bookingsArrived(text);
}

QString ReservationsTab::bookingLine(const Booking& b) const
{
    const QString when =
        b.day == today() ? b.localTime : tr("%1 %2").arg(ReservationFormat::shortDay(b.day), b.localTime);
    return tr("%1, %2, %3 — %4")
        .arg(BookingTableModel::guestName(b), ReservationFormat::covers(b.partySize), when,
             bookingChannelLabel(b.channel));
}

// --- Header, summary, banners ----------------------------------------------------

void ReservationsTab::updateHeader()
{
    const QDate now = today();
    QString text = ReservationFormat::dayTitle(m_date, now);
    if (m_date == now)
        text = tr("%1 · today").arg(text);
    else if (m_date == now.addDays(1))
        text = tr("%1 · tomorrow").arg(text);
    else if (m_date == now.addDays(-1))
        text = tr("%1 · yesterday").arg(text);
    m_dateLabel->setText(text);
    m_dateLabel->setStyleSheet(m_date == now ? QStringLiteral("color: #1f2937;")
                                             : QStringLiteral("color: #3b5bdb;"));
    m_todayButton->setEnabled(m_date != now);
}

void ReservationsTab::updateSummary()
{
    if (m_searching) {
        const int n = m_model->rowCount();
        m_summary->setText(n == 0 ? tr("No booking matches « %1 » from today on. Esc: back to the day.")
                                        .arg(m_search->text().trimmed())
                                  : tr("%n booking(s) match « %1 » from today on. Enter: open the day · Esc: "
                                       "back to the day.",
                                       nullptr, n)
                                        .arg(m_search->text().trimmed()));
        return;
    }
    int covers = 0;
    int bookings = 0;
    int waiting = 0;
    for (const Booking& b : m_model->bookings()) {
        if (!takesCovers(b.status))
            continue;
        ++bookings;
        covers += b.partySize;
        if (b.status == BookingStatus::Confirmed || b.status == BookingStatus::Requested)
            ++waiting;
    }
    if (m_model->rowCount() == 0) {
        m_summary->setText(emptyDayHint());
        return;
    }
    m_summary->setText(tr("%n booking(s)", nullptr, bookings) + QStringLiteral(" · ") +
                       ReservationFormat::covers(covers) + QStringLiteral(" · ") +
                       tr("%n still expected", nullptr, waiting));
}

QString ReservationsTab::emptyDayHint() const
{
    // The services shown that take no booking (closed by the host or by the
    // opening schedule): Ctrl+N would only be refused, so the hint says how
    // to open them.
    QList<int> closed;
    QList<int> open;
    if (m_db.isValid() && m_db.isOpen()) {
        QSqlDatabase db = m_db; // the same connection
        const QList<ServiceLoad> loads = m_store.loads(db, m_date, 1, m_capacity.covers);
        for (const ServiceLoad& load : loads) {
            if (m_service != kBothServices && load.service != m_service)
                continue;
            (load.state == QLatin1String("closed") ? closed : open).append(load.service);
        }
    }
    // The label of the card's button (ServiceCard).
    const QString reopen = QCoreApplication::translate("Moulin::ServiceCard", "Reopen");
    if (!closed.isEmpty() && open.isEmpty()) {
        if (closed.size() == 1)
            return tr("%1 is closed on this day and takes no booking. « %2 » on its card opens it for this "
                      "day only.")
                .arg(ServiceCalendar::serviceLabel(closed.first()), reopen);
        return tr("Closed on this day: no service takes bookings. « %1 » on a service's card opens it for "
                  "this "
                  "day only.")
            .arg(reopen);
    }
    if (!closed.isEmpty())
        return tr("No booking on this day. %1 is closed (« %2 » on its card opens it for this day only); "
                  "Ctrl+N takes a booking by phone for %3.")
            .arg(ServiceCalendar::serviceLabel(closed.first()), reopen,
                 ServiceCalendar::serviceLabel(open.first()));
    return m_service == kBothServices ? tr("No booking on this day. Ctrl+N takes one by phone.")
                                      : tr("No booking for this service. Ctrl+N takes one by phone.");
}

void ReservationsTab::updateActions()
{
    const qint64 id = selectedBookingId();
    const Booking* b = id ? m_model->bookingAt(m_model->rowOf(id)) : nullptr;
    for (int i = 0; i < kStatusCount; ++i)
        m_statusActions[i]->setEnabled(b && b->status != kStatusOf[i]);
    m_confirmedAction->setEnabled(b && b->status != BookingStatus::Confirmed);
}

void ReservationsTab::showError(const QString& text)
{
    m_errorLabel->setText(text);
    m_errorBar->setVisible(!text.isEmpty());
}

void ReservationsTab::showInfo(const QString& text)
{
    m_info->setText(text);
    m_info->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        m_infoTimer.start();
}

void ReservationsTab::showNotification(const QString& text)
{
    m_notificationLabel->setText(text);
    m_notification->show();
    m_notificationTimer.start();
}

QString ReservationsTab::availabilityNote() const
{
    if (m_availabilityChannels.isEmpty())
        return tr("The platforms are not told automatically yet: change it on their side too.");
    return tr("Told to: %1.").arg(m_availabilityChannels.join(QStringLiteral(", ")));
}

QString ReservationsTab::dateText() const
{
    return m_dateLabel->text();
}

QString ReservationsTab::duplicateBannerText() const
{
    return m_duplicateBanner->isHidden() ? QString() : m_duplicateLabel->text();
}

QString ReservationsTab::notificationText() const
{
    return m_notification->isHidden() ? QString() : m_notificationLabel->text();
}

QString ReservationsTab::errorText() const
{
    return m_errorBar->isHidden() ? QString() : m_errorLabel->text();
}

QString ReservationsTab::infoText() const
{
    return m_info->isHidden() ? QString() : m_info->text();
}

QString ReservationsTab::confirmationText() const
{
    return m_confirmBar->isHidden() ? QString() : m_confirmLabel->text();
}

QString ReservationsTab::summaryText() const
{
    return m_summary->text();
}

DuplicatesDialog* ReservationsTab::duplicatesDialog() const
{
    return m_duplicatesDialog.data();
}

QAction* ReservationsTab::statusAction(BookingStatus status) const
{
    if (status == BookingStatus::Confirmed)
        return m_confirmedAction;
    for (int i = 0; i < kStatusCount; ++i) {
        if (kStatusOf[i] == status)
            return m_statusActions[i];
    }
    return nullptr;
}

// --- Writing -------------------------------------------------------------------

int ReservationsTab::serviceForFloor() const
{
    if (const qint64 id = selectedBookingId(); id && m_db.isValid() && m_db.isOpen()) {
        QSqlDatabase db = m_db; // a handle
        if (const std::optional<Booking> b = m_store.booking(db, id); b && b->day == m_date)
            return b->service;
    }
    if (m_service == 0 || m_service == 1)
        return m_service;
    const QDateTime now = nowLocal();
    return m_date == now.date() ? m_store.calendar().serviceOf(now) : 1;
}

void ReservationsTab::openServiceView()
{
    Q_EMIT serviceViewRequested(m_date, serviceForFloor());
}

bool ReservationsTab::changeStatus(qint64 id, BookingStatus status)
{
    if (!m_db.isValid())
        return false;
    QString error;
    const bool ok = Database::transaction(
        m_db, [this, id, status](QString* e) { return m_store.setStatus(m_db, id, status, e); }, &error);
    if (!ok) {
        showError(tr("The status could not be changed: %1").arg(error));
        return false;
    }
    showError(QString());
    reload();
    if (const std::optional<Booking> b = m_store.booking(m_db, id))
        showInfo(tr("%1: %2").arg(BookingTableModel::guestName(*b), bookingStatusLabel(b->status)));
    return true;
}

void ReservationsTab::requestCancelSelected()
{
    const qint64 id = selectedBookingId();
    const Booking* b = id ? m_model->bookingAt(m_model->rowOf(id)) : nullptr;
    if (!b || b->status == BookingStatus::Cancelled)
        return;
    m_pendingCancel = id;
    m_confirmLabel->setText(tr("Cancel the booking of %1 (%2 at %3, %4)?")
                                .arg(BookingTableModel::guestName(*b),
                                     ReservationFormat::covers(b->partySize), b->localTime,
                                     bookingChannelLabel(b->channel)));
    m_confirmBar->show();
    m_confirmButton->setFocus(Qt::OtherFocusReason);
}

void ReservationsTab::confirmCancel()
{
    const qint64 id = m_pendingCancel;
    closeConfirmation();
    if (id)
        changeStatus(id, BookingStatus::Cancelled);
}

void ReservationsTab::closeConfirmation()
{
    const bool wasOpen = m_confirmBar->isVisible();
    m_pendingCancel = 0;
    m_confirmBar->hide();
    if (wasOpen)
        m_view->setFocus();
}

void ReservationsTab::newBooking()
{
    if (!m_db.isValid() || !m_db.isOpen())
        return;
    if (isShowingEmptyState()) {
        m_forceMain = true;
        updateEmptyState();
    }
    if (m_searching)
        endSearch();
    closeConfirmation();
    setCurrentPage(DayPage);
    const QDateTime now = nowLocal();
    int service = m_service;
    if (service == kBothServices)
        service = m_date == now.date() ? m_store.calendar().serviceOf(now) : 1;
    m_form->start(m_date, ReservationFormat::defaultTime(m_date, service, now), now);
}

void ReservationsTab::saveNewBooking()
{
    NewBookingEntry entry;
    if (!m_form->validate(&entry))
        return;
    // No booking, no walk-in on a service the restaurant does not serve
    // (closed by the host, or by the opening schedule): reopen it first.
    const int entryService = m_store.calendar().serviceOf(m_store.calendar().instant(entry.day, entry.time));
    const QList<ServiceLoad> entryLoad = m_store.loads(m_db, entry.day, 1, m_capacity.covers);
    if (entryLoad.size() == 2 && entryLoad.at(entryService).state == QLatin1String("closed")) {
        m_form->setError(
            tr("%1 %2 is closed: reopen the service first to take a booking or a walk-in.")
                .arg(ServiceCalendar::serviceLabel(entryService), ReservationFormat::shortDay(entry.day)));
        return;
    }
    BookingRecord r;
    r.channel = QLatin1String(entry.walkIn ? BookingChannel::kWalkIn : BookingChannel::kPhone);
    r.startsAt = m_store.calendar().instant(entry.day, entry.time);
    r.partySize = entry.partySize;
    r.status = entry.walkIn ? BookingStatus::Arrived : BookingStatus::Confirmed;
    r.specialRequests = entry.notes;
    r.guest.name = entry.name;
    r.guest.phone = entry.phone;
    r.guest.allergies = entry.allergies;
    r.zoneWish = entry.zoneWish;
    r.zoneRequired = entry.zoneRequired;
    std::optional<qint64> id;
    QString error;
    const bool ok = Database::transaction(
        m_db,
        [this, &r, &id](QString* e) {
            id = m_store.addManual(m_db, r, e);
            return id.has_value();
        },
        &error);
    if (!ok || !id) {
        m_form->setError(tr("Not saved: %1").arg(error));
        return;
    }
    m_ownIds.insert(*id);
    m_form->hide();
    const int service = m_store.calendar().serviceOf(r.startsAt);
    Q_EMIT bookingSaved(entry.day, service);
    if (m_service != kBothServices && m_service != service)
        setServiceFilter(service);
    reload();
    selectBooking(*id);
    m_view->setFocus();
    QString text = tr("Saved: %1, %2 at %3 (%4)")
                       .arg(entry.name.isEmpty() ? BookingTableModel::tr("No name") : entry.name,
                            ReservationFormat::covers(entry.partySize), ReservationFormat::time(entry.time),
                            bookingChannelLabel(r.channel));
    const ServiceLoad& load = m_cards[service]->load();
    if (load.covers > load.capacity)
        text += QStringLiteral(" — ") +
                tr("careful, over capacity (%1)")
                    .arg(ReservationFormat::coversAgainstCapacity(load.covers, load.capacity));
    showInfo(text);
}

void ReservationsTab::startSearch()
{
    if (isShowingEmptyState())
        return;
    m_form->hide();
    setCurrentPage(DayPage);
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ReservationsTab::endSearch()
{
    {
        const QSignalBlocker block(m_search);
        m_search->clear();
    }
    const bool was = m_searching;
    m_searching = false;
    if (was)
        loadList();
    m_view->setFocus();
}

void ReservationsTab::openSelectedDay()
{
    const qint64 id = selectedBookingId();
    const Booking* b = id ? m_model->bookingAt(m_model->rowOf(id)) : nullptr;
    if (!b)
        return;
    const QDate day = b->day;
    const int service = b->service;
    endSearch();
    if (m_service != kBothServices && m_service != service)
        setServiceFilter(service);
    setDate(day);
    loadList();
    selectBooking(id);
    m_view->setFocus();
}

void ReservationsTab::openDuplicates()
{
    if (!m_db.isValid() || m_duplicateCount == 0)
        return;
    if (!m_duplicatesDialog) {
        m_duplicatesDialog = new DuplicatesDialog(this);
        m_duplicatesDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_duplicatesDialog, &DuplicatesDialog::settleRequested, this,
                &ReservationsTab::settleDuplicate);
    }
    QList<DuplicatePair> pairs;
    for (const DuplicateFlag& flag : m_store.openDuplicates(m_db)) {
        const std::optional<Booking> a = m_store.booking(m_db, flag.bookingA);
        const std::optional<Booking> b = m_store.booking(m_db, flag.bookingB);
        if (a && b)
            pairs.append({flag, *a, *b});
    }
    m_duplicatesDialog->setPairs(pairs);
    m_duplicatesDialog->open();
}

void ReservationsTab::settleDuplicate(qint64 flagId, qint64 cancelBookingId)
{
    QString error;
    const std::optional<qint64> cancel =
        cancelBookingId ? std::optional<qint64>(cancelBookingId) : std::nullopt;
    const bool ok = Database::transaction(
        m_db, [this, flagId, cancel](QString* e) { return m_store.settleDuplicate(m_db, flagId, cancel, e); },
        &error);
    if (!ok) {
        if (m_duplicatesDialog)
            m_duplicatesDialog->setError(tr("Not settled: %1").arg(error));
        return;
    }
    reload();
    showInfo(cancel ? tr("Duplicate settled: one booking kept, the other cancelled.")
                    : tr("Duplicate settled: two different bookings."));
    if (!m_duplicatesDialog)
        return;
    m_duplicatesDialog->setError(QString());
    if (m_duplicateCount == 0) {
        m_duplicatesDialog->accept();
        m_view->setFocus();
        return;
    }
    QList<DuplicatePair> pairs;
    for (const DuplicateFlag& flag : m_store.openDuplicates(m_db)) {
        const std::optional<Booking> a = m_store.booking(m_db, flag.bookingA);
        const std::optional<Booking> b = m_store.booking(m_db, flag.bookingB);
        if (a && b)
            pairs.append({flag, *a, *b});
    }
    m_duplicatesDialog->setPairs(pairs);
}

void ReservationsTab::applyAvailability(int service, const QString& state)
{
    if (!m_db.isValid() || service < 0 || service > 1)
        return;
    // Keep the day's own capacity when it has one.
    const ServiceLoad& load = m_cards[service]->load();
    const int capacity = load.capacity != m_capacity.covers[service] ? load.capacity : -1;
    const QDate day = m_date;
    QString error;
    const bool ok = Database::transaction(
        m_db,
        [this, &day, service, &state, capacity](QString* e) {
            return m_store.setAvailability(m_db, day, service, state, capacity, e);
        },
        &error);
    if (!ok) {
        showError(tr("The service could not be changed: %1").arg(error));
        return;
    }
    showError(QString());
    reload();
    Q_EMIT availabilityChanged(day, service, state);
    const QString what = ServiceCalendar::serviceLabel(service);
    if (state == QLatin1String("closed"))
        showInfo(tr("%1 closed. %2").arg(what, availabilityNote()));
    else if (state == QLatin1String("full"))
        showInfo(tr("%1 marked full. %2").arg(what, availabilityNote()));
    else
        showInfo(tr("%1 open again.").arg(what));
}

// --- Events --------------------------------------------------------------------

bool ReservationsTab::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    if (watched == m_search) {
        switch (key->key()) {
        case Qt::Key_Escape:
            endSearch();
            return true;
        case Qt::Key_Down:
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_model->rowCount() > 0) {
                m_view->setFocus();
                if (!selectedBookingId())
                    m_view->selectRow(0);
            }
            return true;
        default:
            break;
        }
    } else if (watched == m_view) {
        if (key->key() == Qt::Key_Escape && m_searching) {
            endSearch();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_searching) {
            openSelectedDay();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ReservationsTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    updateHeader(); // "today" may have moved on while hidden
    if (!m_form->isVisible() && !m_search->hasFocus())
        m_view->setFocus();
}

void ReservationsTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        updateHeader();
        updateSummary();
        loadDuplicates();
    }
    QWidget::changeEvent(event);
}

void ReservationsTab::retranslateUi()
{
    QStringList platforms;
    for (const ConnectorType& type : ConnectorCatalog::types()) {
        if (type.kind == QLatin1String("reservation"))
            platforms << bookingChannelLabel(type.id);
    }
    m_emptyState->setState(
        {tr("No reservations yet"),
         platforms.isEmpty()
             ? tr("Connect a booking platform in Settings to see every booking here. To take a booking by "
                  "phone "
                  "now, press Ctrl+N.")
             : tr("Connect %1 in Settings to see every booking in one list. To take a booking by phone now, "
                  "press Ctrl+N.")
                   .arg(QLocale().createSeparatedList(platforms)),
         tr("Connect a platform…")});
    m_title->setText(tr("Reservations"));
    m_pages->setTabText(DayPage, tr("Day"));
    m_pages->setTabText(WeekPage, tr("Week"));
    m_pages->setTabText(StatsPage, tr("Statistics"));
    m_pages->setTabText(ForecastPage, tr("Forecast"));
    m_pages->setTabToolTip(ForecastPage,
                           tr("Footfall forecast of the coming days: booked, still to book, walk-ins"));
    m_pages->setTabToolTip(WeekPage, tr("Seven days of covers against capacity; click a day to open it"));
    m_pages->setTabToolTip(StatsPage, tr("Covers, no-shows and lead times over the last weeks"));
    m_previous->setToolTip(tr("Previous day (Alt+PageUp, or ← in the list)"));
    m_next->setToolTip(tr("Next day (Alt+PageDown, or → in the list)"));
    m_todayButton->setText(tr("Today"));
    m_todayButton->setToolTip(tr("Back to today (Alt+Home)"));
    m_serviceGroup->button(0)->setText(ServiceCalendar::serviceLabel(0));
    m_serviceGroup->button(1)->setText(ServiceCalendar::serviceLabel(1));
    m_serviceGroup->button(2)->setText(tr("Both"));
    m_search->setPlaceholderText(tr("Search a name or a phone (Ctrl+F)"));
    m_newButton->setText(tr("+ New booking (Ctrl+N)"));
    m_floorButton->setText(tr("On the floor…"));
    m_floorButton->setToolTip(tr("This service in the Service tab: the bookings on their tables"));
    m_duplicateButton->setText(tr("Check… (Ctrl+D)"));
    m_confirmButton->setText(tr("Cancel the booking (Enter)"));
    m_keepButton->setText(tr("Keep it (Esc)"));
    const QString statusTexts[kStatusCount] = {tr("Arrived"), tr("Seated"), tr("Left"), tr("No-show"),
                                               tr("Cancel the booking…")};
    for (int i = 0; i < kStatusCount; ++i)
        m_statusActions[i]->setText(statusTexts[i]);
    m_confirmedAction->setText(tr("Back to confirmed"));
    sizeColumns();
    m_hint->setText(tr("In the list: A arrived · S seated · P left · N no-show · Del cancel · ← → day · "
                       "Ctrl+N new booking · Ctrl+F search"));
}

} // namespace Moulin
