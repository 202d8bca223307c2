#include "reservation/ui/servicetab.h"

#include "common/core/apppaths.h"
#include "common/core/database.h"
#include "common/core/readinterfaces.h"
#include "reservation/tableplan/floorstore.h"
#include "reservation/ui/bookingdetails.h"
#include "reservation/ui/reservationformat.h"
#include "reservation/ui/serviceviews.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QFrame>
#include <QFutureWatcher>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTimeEdit>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <array>

namespace Moulin {

namespace {

constexpr int kBookingRole = Qt::UserRole + 1;

struct StatusKey
{
    BookingStatus status;
    Qt::Key key;
};
constexpr std::array<StatusKey, 5> kStatusKeys{{{BookingStatus::Arrived, Qt::Key_A},
                                                {BookingStatus::Seated, Qt::Key_S},
                                                {BookingStatus::Paid, Qt::Key_P},
                                                {BookingStatus::Left, Qt::Key_L},
                                                {BookingStatus::NoShow, Qt::Key_N}}};

QString hhmm(int minutes)
{
    const int m = ((minutes % (24 * 60)) + 24 * 60) % (24 * 60);
    return QStringLiteral("%1:%2").arg(m / 60, 2, 10, QLatin1Char('0')).arg(m % 60, 2, 10, QLatin1Char('0'));
}

/// An empty list says so: its "emptyText" property, muted, in its viewport.
class EmptyListHint : public QObject
{
public:
    explicit EmptyListHint(QListWidget* list)
        : QObject(list)
        , m_list(list)
    {
        list->viewport()->installEventFilter(this);
    }
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && watched == m_list->viewport() && m_list->count() == 0) {
            QPainter p(m_list->viewport());
            p.setPen(ReservationFormat::mutedText());
            p.drawText(m_list->viewport()->rect().adjusted(8, 8, -8, -8),
                       Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                       m_list->property("emptyText").toString());
        }
        return false;
    }

private:
    QListWidget* m_list;
};

} // namespace

ServiceTab::ServiceTab(QWidget* parent)
    : QWidget(parent)
    , m_job(new TableAssignmentJob(this))
    , m_dayCaption(new QLabel(this))
    , m_dayEdit(new QDateEdit(this))
    , m_serviceBox(new QComboBox(this))
    , m_timeCaption(new QLabel(this))
    , m_time(new QTimeEdit(this))
    , m_nowButton(new QPushButton(this))
    , m_placeAll(new QPushButton(this))
    , m_print(new QPushButton(this))
    , m_summary(new QLabel(this))
    , m_solverStatus(new QLabel(this))
    , m_refusalBar(new QFrame(this))
    , m_refusal(new QLabel(this))
    , m_override(new QPushButton(this))
    , m_dismiss(new QPushButton(this))
    , m_floor(new ServiceFloorView(this))
    , m_timeline(new ServiceTimeline(this))
    , m_unplacedCaption(new QLabel(this))
    , m_unplaced(new QListWidget(this))
    , m_reasonsCaption(new QLabel(this))
    , m_reasons(new QListWidget(this))
    , m_logCaption(new QLabel(this))
    , m_log(new QListWidget(this))
    , m_zoneAccept(new QPushButton(this))
    , m_waitCaption(new QLabel(this))
    , m_waitlist(new QListWidget(this))
    , m_waitName(new QLineEdit(this))
    , m_waitParty(new QSpinBox(this))
    , m_waitAdd(new QPushButton(this))
    , m_waitSeat(new QPushButton(this))
    , m_waitRemove(new QPushButton(this))
    , m_waitQuote(new QLabel(this))
    , m_bookingTitle(new QLabel(this))
    , m_bookingDetail(new QLabel(this))
    , m_unassign(new QPushButton(this))
    , m_walkInCaption(new QLabel(this))
    , m_walkInParty(new QLineEdit(this))
    , m_walkInSeat(new QPushButton(this))
{
    setObjectName(QStringLiteral("serviceTab"));
    m_dayEdit->setObjectName(QStringLiteral("serviceDay"));
    m_serviceBox->setObjectName(QStringLiteral("serviceService"));
    m_time->setObjectName(QStringLiteral("serviceTime"));
    m_placeAll->setObjectName(QStringLiteral("servicePlaceAll"));
    m_print->setObjectName(QStringLiteral("servicePrint"));
    m_solverStatus->setObjectName(QStringLiteral("serviceSolverStatus"));
    m_refusal->setObjectName(QStringLiteral("serviceRefusal"));
    m_override->setObjectName(QStringLiteral("serviceOverride"));
    m_unplaced->setObjectName(QStringLiteral("serviceUnplaced"));
    m_reasons->setObjectName(QStringLiteral("serviceSolverReasons"));
    m_log->setObjectName(QStringLiteral("serviceLog"));
    m_log->setWordWrap(true);
    m_zoneAccept->setObjectName(QStringLiteral("serviceZoneAccept"));
    m_zoneAccept->hide();
    m_waitlist->setObjectName(QStringLiteral("serviceWaitlist"));
    m_walkInParty->setObjectName(QStringLiteral("serviceWalkInParty"));
    m_bookingTitle->setObjectName(QStringLiteral("serviceBookingTitle"));

    m_dayEdit->setCalendarPopup(true);
    m_dayEdit->setDate(QDate::currentDate());
    m_serviceBox->addItem(QString(), 0);
    m_serviceBox->addItem(QString(), 1);
    m_serviceBox->setCurrentIndex(1);
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setTime(ReservationFormat::serviceStart(1));
    m_waitParty->setRange(1, 40);
    m_waitParty->setValue(2);
    m_walkInParty->setValidator(new QIntValidator(1, 40, m_walkInParty));
    m_walkInParty->setMaximumWidth(60);
    m_walkInParty->setEnabled(false);
    m_walkInSeat->setEnabled(false);
    m_summary->setStyleSheet(QStringLiteral("QLabel { color: #6b7280; }"));
    // Wraps rather than widening the window (small screens).
    m_summary->setWordWrap(true);
    m_summary->setMinimumWidth(1);
    m_bookingTitle->setStyleSheet(QStringLiteral("QLabel { font-weight: 600; }"));
    m_bookingDetail->setWordWrap(true);
    m_bookingDetail->setObjectName(QStringLiteral("serviceBookingDetail"));
    m_walkInCaption->setWordWrap(true);
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    m_refusalBar->setStyleSheet(QStringLiteral(
        "QFrame#serviceRefusalBar { background: #fdecea; border: 1px solid #f3b7b1; border-radius: "
        "4px; }"));
    m_refusalBar->setObjectName(QStringLiteral("serviceRefusalBar"));
    m_refusalBar->hide();
    m_reasons->setWordWrap(true);
    m_solverStatus->setWordWrap(true);

    // Top bar.
    auto* top = new QHBoxLayout;
    top->addWidget(m_dayCaption);
    top->addWidget(m_dayEdit);
    top->addWidget(m_serviceBox);
    top->addSpacing(12);
    top->addWidget(m_timeCaption);
    top->addWidget(m_time);
    top->addWidget(m_nowButton);
    top->addSpacing(12);
    top->addWidget(m_summary, 1);
    top->addWidget(m_placeAll);
    top->addWidget(m_print);

    auto* bar = new QHBoxLayout(m_refusalBar);
    bar->setContentsMargins(8, 4, 8, 4);
    bar->addWidget(m_refusal, 1);
    bar->addWidget(m_override);
    bar->addWidget(m_dismiss);

    // Left: the bookings to seat, the assignment's answer, the waitlist.
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_unplacedCaption);
    leftLayout->addWidget(m_unplaced, 3);
    leftLayout->addWidget(m_reasonsCaption);
    leftLayout->addWidget(m_solverStatus);
    leftLayout->addWidget(m_reasons, 2);
    leftLayout->addWidget(m_logCaption);
    leftLayout->addWidget(m_log, 1);
    leftLayout->addWidget(m_waitCaption);
    leftLayout->addWidget(m_waitlist, 2);
    auto* waitActions = new QHBoxLayout;
    waitActions->addWidget(m_waitSeat, 1);
    waitActions->addWidget(m_waitRemove, 1);
    leftLayout->addLayout(waitActions);
    auto* waitRow = new QHBoxLayout;
    waitRow->addWidget(m_waitName, 1);
    waitRow->addWidget(m_waitParty);
    waitRow->addWidget(m_waitAdd);
    leftLayout->addLayout(waitRow);
    leftLayout->addWidget(m_waitQuote);
    left->setMinimumWidth(230);
    left->setMaximumWidth(320);

    // Right: the selected booking, a walk-in at the selected table.
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_bookingTitle);
    rightLayout->addWidget(m_bookingDetail);
    rightLayout->addWidget(m_zoneAccept);
    for (const StatusKey& k : kStatusKeys) {
        auto* button = new QPushButton(this);
        button->setObjectName(QStringLiteral("serviceStatus_%1").arg(bookingStatusKey(k.status)));
        connect(button, &QPushButton::clicked, this, [this, k] { setSelectedStatus(k.status); });
        m_statusButtons << button;
        rightLayout->addWidget(button);
        auto* action = new QAction(this);
        action->setShortcut(QKeySequence(k.key));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, k] { setSelectedStatus(k.status); });
        addAction(action);
    }
    rightLayout->addWidget(m_unassign);
    rightLayout->addSpacing(16);
    rightLayout->addWidget(m_walkInCaption);
    auto* walkRow = new QHBoxLayout;
    walkRow->addWidget(m_walkInParty);
    walkRow->addWidget(m_walkInSeat);
    walkRow->addStretch(1);
    rightLayout->addLayout(walkRow);
    rightLayout->addStretch(1);
    right->setMinimumWidth(190);
    right->setMaximumWidth(240);

    auto* timelineScroll = new QScrollArea(this);
    timelineScroll->setWidget(m_timeline);
    timelineScroll->setWidgetResizable(true);
    auto* centre = new QSplitter(Qt::Vertical, this);
    centre->addWidget(m_floor);
    centre->addWidget(timelineScroll);
    centre->setStretchFactor(0, 3);
    centre->setStretchFactor(1, 2);
    centre->setChildrenCollapsible(false);
    m_floor->setMinimumHeight(260);
    timelineScroll->setMinimumHeight(110);
    centre->setSizes({560, 280});

    auto* body = new QHBoxLayout;
    body->addWidget(left);
    body->addWidget(centre, 1);
    body->addWidget(right);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_refusalBar);
    layout->addLayout(body, 1);

    m_unplaced->viewport()->installEventFilter(this);
    for (QListWidget* list : {m_unplaced, m_reasons, m_log, m_waitlist})
        new EmptyListHint(list);

    connect(m_floor, &ServiceFloorView::bookingDropped, this,
            [this](qint64 id, const QString& table) { dropBooking(id, table); });
    connect(m_timeline, &ServiceTimeline::bookingMoved, this,
            [this](qint64 id, const QString& table, int minute) { moveBooking(id, table, minute); });
    connect(m_zoneAccept, &QPushButton::clicked, this, [this] {
        const Booking* b = m_board.booking(m_selectedBooking);
        if (b)
            setZoneWish(b->id, proposedZoneWish(b->specialRequests), false);
    });
    connect(m_floor, &ServiceFloorView::tableClicked, this, &ServiceTab::tableClicked);
    connect(m_timeline, &ServiceTimeline::bookingClicked, this, &ServiceTab::selectBooking);
    connect(m_unplaced, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item && !m_loading)
            selectBooking(item->data(kBookingRole).toLongLong());
    });
    connect(m_dayEdit, &QDateEdit::dateChanged, this, [this](const QDate& d) {
        if (!m_loading)
            showService(d, m_serviceBox->currentData().toInt());
    });
    connect(m_serviceBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            showService(m_dayEdit->date(), m_serviceBox->currentData().toInt());
    });
    connect(m_time, &QTimeEdit::timeChanged, this, [this](const QTime& t) {
        if (!m_loading)
            setMinute(t.hour() * 60 + t.minute());
    });
    connect(m_nowButton, &QPushButton::clicked, this, [this] {
        const QDateTime local = m_board.book().calendar().local(now());
        showService(local.date(), m_board.book().calendar().serviceOf(now()));
        setMinute(local.time().hour() * 60 + local.time().minute());
    });
    connect(m_walkInParty, &QLineEdit::returnPressed, this, &ServiceTab::seatWalkIn);
    connect(m_walkInSeat, &QPushButton::clicked, this, &ServiceTab::seatWalkIn);
    connect(m_waitAdd, &QPushButton::clicked, this, &ServiceTab::addWaiting);
    connect(m_waitSeat, &QPushButton::clicked, this, &ServiceTab::seatWaiting);
    connect(m_waitRemove, &QPushButton::clicked, this, &ServiceTab::removeWaiting);
    connect(m_waitlist, &QListWidget::itemActivated, this, &ServiceTab::seatWaiting);
    connect(m_waitlist, &QListWidget::currentRowChanged, this, [this](int row) {
        m_waitSeat->setEnabled(row >= 0);
        m_waitRemove->setEnabled(row >= 0);
    });
    m_waitSeat->setEnabled(false);
    m_waitRemove->setEnabled(false);
    m_waitName->setObjectName(QStringLiteral("serviceWaitName"));
    m_waitAdd->setObjectName(QStringLiteral("serviceWaitAdd"));
    m_waitSeat->setObjectName(QStringLiteral("serviceWaitSeat"));
    m_waitRemove->setObjectName(QStringLiteral("serviceWaitRemove"));
    connect(m_waitName, &QLineEdit::returnPressed, this, &ServiceTab::addWaiting);
    connect(m_waitParty, &QSpinBox::valueChanged, this, [this] { refreshLists(); });
    connect(m_override, &QPushButton::clicked, this, &ServiceTab::overrideRefusal);
    connect(m_dismiss, &QPushButton::clicked, this, &ServiceTab::clearRefusal);
    connect(m_unassign, &QPushButton::clicked, this, [this] {
        QSqlDatabase db = Database::connection();
        QString error;
        if (m_selectedBooking && m_board.unassign(db, m_selectedBooking, actor(), &error))
            refresh();
    });
    connect(m_placeAll, &QPushButton::clicked, this, &ServiceTab::placeWholeService);
    connect(m_print, &QPushButton::clicked, this, &ServiceTab::printPlan);
    connect(m_job, &TableAssignmentJob::finished, this, &ServiceTab::solved);
    connect(m_job, &TableAssignmentJob::progressed, this, [this](const TableAssignmentProgress& p) {
        m_solverStatus->setText(tr("Solving… %1 s").arg(QLocale().toString(p.elapsedSeconds, 'f', 1)));
    });

    m_day = m_dayEdit->date();
    retranslateUi();
}

ServiceTab::~ServiceTab()
{
    m_job->cancel();
    m_job->waitForFinished();
}

void ServiceTab::retranslateUi()
{
    m_dayCaption->setText(tr("Day"));
    m_serviceBox->setItemText(0, ServiceCalendar::serviceLabel(0));
    m_serviceBox->setItemText(1, ServiceCalendar::serviceLabel(1));
    m_timeCaption->setText(tr("Time"));
    m_nowButton->setText(tr("Now"));
    m_placeAll->setText(tr("Place the whole service"));
    m_placeAll->setToolTip(tr("Seat every booking not seated yet, respecting the rules, the held tables and "
                              "the fewest empty seats"));
    m_print->setText(tr("Print plan and list…"));
    m_override->setText(tr("Override"));
    m_override->setToolTip(tr("Seat the booking anyway: the override is logged in its history"));
    m_dismiss->setText(tr("Dismiss"));
    m_unplacedCaption->setText(tr("To seat (drag onto a table)"));
    m_reasonsCaption->setText(tr("Whole-service assignment"));
    m_logCaption->setText(tr("Log and pacing"));
    m_waitCaption->setText(tr("Waitlist"));
    m_unplaced->setProperty("emptyText", tr("No booking left to seat."));
    m_reasons->setProperty(
        "emptyText", tr("“Place the whole service” seats every booking at once; what it did shows here."));
    m_log->setProperty("emptyText", tr("Arrivals, seatings and departures show here as they happen."));
    m_waitlist->setProperty("emptyText", tr("Nobody is waiting. Add a walk-in party below."));
    m_waitName->setPlaceholderText(tr("Name"));
    m_waitAdd->setText(tr("Add"));
    m_waitSeat->setText(tr("Seat now"));
    m_waitSeat->setToolTip(tr("Seat the selected party at the table free for them now (or double-click it)"));
    m_waitRemove->setText(tr("Remove"));
    m_waitRemove->setToolTip(tr("Take the selected party off the waitlist (they left)"));
    m_unassign->setText(tr("Take off the table"));
    m_walkInSeat->setText(tr("Seat"));
    m_walkInParty->setPlaceholderText(tr("party"));
    static const char* const labels[] = {QT_TR_NOOP("Arrived (A)"), QT_TR_NOOP("Seated (S)"),
                                         QT_TR_NOOP("Paid (P)"), QT_TR_NOOP("Left (L)"),
                                         QT_TR_NOOP("No-show (N)")};
    for (int i = 0; i < m_statusButtons.size(); ++i)
        m_statusButtons[i]->setText(tr(labels[i]));
    refreshBookingPanel();
}

void ServiceTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refreshLists();
    }
    QWidget::changeEvent(event);
}

void ServiceTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (Database::path() != m_loadedPath || m_board.layout().id.isEmpty())
        reload();
}

void ServiceTab::setClock(Now now)
{
    m_now = std::move(now);
}

QDateTime ServiceTab::now() const
{
    return m_now ? m_now() : QDateTime::currentDateTimeUtc();
}

void ServiceTab::setRules(const CapacityRules& rules)
{
    m_rules = rules;
    m_rulesSet = true;
}

void ServiceTab::setOpeningSchedule(const std::optional<OpeningSchedule>& schedule)
{
    m_fixedSchedule = schedule;
}

QString ServiceTab::actor() const
{
    const QString login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return login.isEmpty() ? QStringLiteral("host") : login;
}

void ServiceTab::showService(const QDate& day, int service)
{
    m_day = day;
    m_service = service;
    m_loading = true;
    m_dayEdit->setDate(day);
    m_serviceBox->setCurrentIndex(service == 0 ? 0 : 1);
    // The view's time: now during today's service, else the service's start.
    const QDateTime local = m_board.book().calendar().local(now());
    const QTime t = ReservationFormat::defaultTime(day, service, local);
    const QTime shown = local.date() == day && m_board.book().calendar().serviceOf(now()) == service
                            ? QTime(local.time().hour(), local.time().minute())
                            : t;
    m_time->setTime(shown);
    m_loading = false;
    reload();
}

void ServiceTab::setMinute(int minute)
{
    m_loading = true;
    m_time->setTime(QTime(0, 0).addSecs((minute % (24 * 60)) * 60));
    m_loading = false;
    m_floor->setMinute(minute);
    m_timeline->setMinute(minute);
    refreshLists();
}

int ServiceTab::minute() const
{
    return m_floor->minute();
}

void ServiceTab::reload()
{
    QSqlDatabase db = Database::connection();
    if (!db.isOpen())
        return;
    m_loadedPath = Database::path();
    if (!m_rulesSet) {
        const std::unique_ptr<QSettings> settings = AppPaths::settings();
        m_rules = CapacityRules::load(*settings);
    }
    if (AppPaths::isDemoDatabase())
        FloorStore::seedDemoOnce(db, QDate::currentDate());
    const std::optional<FloorLayout> layout = FloorStore::activeLayout(db, m_day);
    m_board = ServiceBoard(BookStore(ServiceCalendar(), m_now), m_now);
    QString error;
    if (!m_board.load(db, layout.value_or(FloorLayout()), m_rules, m_day, m_service, &error))
        qWarning("reservation: the service could not be read: %s", qUtf8Printable(error));
    // Closed that day (opening schedule or host), as the Réservations tab says.
    {
        const ServiceCapacity capacity = ServiceCapacity::load();
        BookStore store(ServiceCalendar(), m_now);
        store.setOpeningSchedule(m_fixedSchedule.value_or(capacity.schedule));
        m_closed = false;
        const QList<ServiceLoad> loads = store.loads(db, m_day, 1, capacity.covers);
        for (const ServiceLoad& load : loads) {
            if (load.service == m_service && load.state == QLatin1String("closed"))
                m_closed = true;
        }
    }
    m_floor->setInsights(&m_insights);
    m_floor->setBoard(&m_board);
    m_floor->setMinute(m_time->time().hour() * 60 + m_time->time().minute());
    m_timeline->setInsights(&m_insights);
    m_timeline->setBoard(&m_board);
    m_timeline->setMinute(m_floor->minute());
    if (!m_board.booking(m_selectedBooking))
        m_selectedBooking = 0;
    clearRefusal();
    refreshLists();
    refreshBookingPanel();
    refreshPacing();
    lookUpGuests();
}

void ServiceTab::lookUpGuests()
{
    const quint64 lookup = ++m_insightLookup;
    const std::shared_ptr<GuestInsightSource> source = ReadInterfaces::get<GuestInsightSource>();
    if (!source)
        return;
    QList<QPair<qint64, GuestLookup>> guests;
    for (const Booking& b : m_board.bookings()) {
        GuestLookup who;
        who.channel = b.channel;
        who.externalId = b.externalId;
        who.name = b.guestName;
        who.email = b.guestEmail;
        who.phone = b.guestPhone;
        guests.append({b.id, who});
    }
    using Insights = QHash<qint64, GuestInsight>;
    auto* watcher = new QFutureWatcher<Insights>(this);
    connect(watcher, &QFutureWatcher<Insights>::finished, this, [this, watcher, lookup] {
        watcher->deleteLater();
        if (lookup != m_insightLookup)
            return;
        m_insights = watcher->result();
        m_floor->refreshBookings();
        m_timeline->refresh();
        refreshLists();
        refreshBookingPanel();
    });
    watcher->setFuture(QtConcurrent::run([source, guests] {
        Insights found;
        for (const auto& [id, who] : guests) {
            if (const std::optional<GuestInsight> g = source->insight(who))
                found.insert(id, *g);
        }
        return found;
    }));
}

void ServiceTab::refresh()
{
    m_floor->refreshBookings();
    m_timeline->refresh();
    refreshLists();
    refreshBookingPanel();
    refreshPacing();
}

QString ServiceTab::bookingLabel(const Booking& b) const
{
    const QString name = b.guestName.isEmpty() ? bookingChannelLabel(b.channel) : b.guestName;
    return tr("%1 · %2 p · %3").arg(name).arg(b.partySize).arg(b.localTime);
}

void ServiceTab::refreshLists()
{
    m_loading = true;
    m_unplaced->clear();
    int covers = 0, seatedCovers = 0;
    for (const Booking& b : m_board.bookings()) {
        if (!ServiceSeating::occupies(b.status))
            continue;
        covers += b.partySize;
        if (!m_board.placementOf(b.id).isEmpty())
            seatedCovers += b.partySize;
    }
    for (qint64 id : m_board.unplaced()) {
        const Booking* b = m_board.booking(id);
        QString text = bookingLabel(*b);
        const auto insight = m_insights.constFind(id);
        const GuestInsight* known = insight == m_insights.cend() ? nullptr : &*insight;
        const QString allergies = BookingDetailsPanel::mergedAllergies(b->allergies, known);
        if (known && known->vip)
            text = QStringLiteral("★ ") + text;
        if (!allergies.isEmpty())
            text = QStringLiteral("⚠ ") + text;
        auto* item = new QListWidgetItem(text, m_unplaced);
        item->setData(kBookingRole, id);
        item->setForeground(ReservationFormat::statusColors(b->status).text == QColor(Qt::white)
                                ? ReservationFormat::text()
                                : ReservationFormat::statusColors(b->status).text);
        QStringList tip;
        if (!allergies.isEmpty())
            tip << tr("Allergies: %1").arg(allergies);
        if (known)
            tip << BookingDetailsPanel::insightText(*known);
        if (!b->zoneWish.isEmpty()) {
            tip << (b->zoneRequired ? tr("Zone: %1 (required)") : tr("Zone wished: %1")).arg(b->zoneWish);
            item->setText(item->text() + QStringLiteral(" · ") + b->zoneWish +
                          (b->zoneRequired ? QStringLiteral(" !") : QString()));
        }
        if (!tip.isEmpty())
            item->setToolTip(tip.join(QLatin1Char('\n')));
        if (id == m_selectedBooking)
            m_unplaced->setCurrentItem(item);
    }
    if (m_board.layout().id.isEmpty())
        m_summary->setText(tr("No floor plan: draw one in the Floor plan tab."));
    else if (m_closed && m_board.bookings().isEmpty())
        m_summary->setText(tr("%1 — %2 closed on this day (« Reopen » in Reservations opens it)")
                               .arg(m_board.layout().name, ServiceCalendar::serviceLabel(m_service)));
    else
        m_summary->setText(
            tr("%1 — %n booking(s) to seat, %2 of %3 covers placed", nullptr, int(m_board.unplaced().size()))
                .arg(m_board.layout().name)
                .arg(seatedCovers)
                .arg(covers));
    m_waitlist->clear();
    const int minuteNow = minute();
    for (const WaitlistEntry& e : m_board.waitlist()) {
        const std::optional<WaitQuote> q = m_board.quote(e.party, minuteNow);
        const QString quoted =
            e.quotedMinutes < 0 ? tr("no table") : tr("quoted %1 min").arg(e.quotedMinutes);
        const QString nowText =
            q ? (q->wait == 0 ? tr("%1 free now").arg(m_board.seating().label(q->tables))
                              : tr("%1 at %2").arg(m_board.seating().label(q->tables), hhmm(q->at)))
              : tr("no table of that size");
        auto* item = new QListWidgetItem(tr("%1 (%2) — %3; %4")
                                             .arg(e.name.isEmpty() ? tr("Walk-in") : e.name)
                                             .arg(e.party)
                                             .arg(quoted, nowText),
                                         m_waitlist);
        item->setData(kBookingRole, e.id);
    }
    const std::optional<WaitQuote> q = m_board.quote(m_waitParty->value(), minuteNow);
    m_waitQuote->setText(q ? (q->wait == 0 ? tr("A table for %1 now (%2)")
                                                 .arg(m_waitParty->value())
                                                 .arg(m_board.seating().label(q->tables))
                                           : tr("A table for %1 in about %2 min (%3 at %4)")
                                                 .arg(m_waitParty->value())
                                                 .arg(q->wait)
                                                 .arg(m_board.seating().label(q->tables), hhmm(q->at)))
                           : tr("No table for %1 this service").arg(m_waitParty->value()));
    m_loading = false;
}

void ServiceTab::refreshBookingPanel()
{
    const Booking* b = m_board.booking(m_selectedBooking);
    for (QPushButton* button : std::as_const(m_statusButtons))
        button->setEnabled(b != nullptr);
    m_unassign->setEnabled(b && !m_board.placementOf(b->id).isEmpty());
    if (!b) {
        m_bookingTitle->setText(tr("No booking selected"));
        m_bookingDetail->setText(tr("Click a table or a booking; drag a booking onto a table."));
    } else {
        m_bookingTitle->setText(bookingLabel(*b));
        const TableSet at = m_board.placementOf(b->id);
        QStringList lines;
        lines << bookingStatusLabel(b->status);
        lines << (at.isEmpty() ? tr("Not seated anywhere") : tr("At %1").arg(m_board.seating().label(at)));
        const auto insight = m_insights.constFind(b->id);
        const GuestInsight* known = insight == m_insights.cend() ? nullptr : &*insight;
        const QString allergies = BookingDetailsPanel::mergedAllergies(b->allergies, known);
        if (!allergies.isEmpty())
            lines << tr("⚠ Allergies: %1").arg(allergies);
        if (known)
            lines << BookingDetailsPanel::insightText(*known);
        if (!b->specialRequests.trimmed().isEmpty())
            lines << b->specialRequests;
        if (!b->zoneWish.isEmpty())
            lines << (b->zoneRequired ? tr("Zone: %1 (required)") : tr("Zone wished: %1")).arg(b->zoneWish);
        m_bookingDetail->setText(lines.join(QLatin1Char('\n')));
    }
    // The requests ask for a zone the booking has no wish for: proposed, the host decides.
    const QString proposed = b && b->zoneWish.isEmpty() ? proposedZoneWish(b->specialRequests) : QString();
    m_zoneAccept->setVisible(!proposed.isEmpty());
    if (!proposed.isEmpty())
        m_zoneAccept->setText(tr("Wish for the zone « %1 »").arg(proposed));
    const PlanTable* t = m_board.layout().table(m_walkInTable);
    m_walkInParty->setEnabled(t != nullptr);
    m_walkInSeat->setEnabled(t != nullptr);
    m_walkInCaption->setText(
        t ? tr("Walk-in at %1 (%2 seats): party size, then Enter").arg(t->label).arg(t->seats)
          : tr("Walk-in: click a free table"));
}

void ServiceTab::selectBooking(qint64 id)
{
    m_selectedBooking = id;
    const TableSet at = m_board.placementOf(id);
    if (!at.isEmpty())
        m_floor->setSelectedTable(at.first());
    refreshBookingPanel();
}

void ServiceTab::tableClicked(const QString& tableId)
{
    const qint64 shown = m_floor->shownBookingOn(tableId);
    const Booking* b = m_board.booking(shown);
    // A table with a party now: that booking. A free one: a walk-in there,
    // its party size typed next.
    const bool busyNow = b && ServiceBoard::partyOf(*b).start <= minute();
    m_walkInTable = tableId;
    if (busyNow) {
        selectBooking(shown);
        m_floor->setFocus();
    } else {
        refreshBookingPanel();
        m_walkInParty->setFocus(Qt::OtherFocusReason);
        m_walkInParty->selectAll();
    }
}

bool ServiceTab::dropBooking(qint64 bookingId, const QString& tableId)
{
    const Booking* b = m_board.booking(bookingId);
    if (!b)
        return false;
    const TableSet target = m_board.targetFor(bookingId, tableId);
    SeatingCheck refusal;
    QString error;
    QSqlDatabase db = Database::connection();
    if (!m_board.place(db, bookingId, target, actor(), false, &refusal, &error)) {
        if (!refusal.ok())
            showRefusal(tr("%1 cannot sit at %2:").arg(bookingLabel(*b), m_board.seating().label(target)),
                        refusal, Pending{Pending::Kind::Place, bookingId, target, 0, 0});
        else
            QMessageBox::warning(this, tr("Not stored"), error);
        return false;
    }
    clearRefusal();
    m_selectedBooking = bookingId;
    refresh();
    Q_EMIT statusMessage(
        tr("%1 seated at %2")
            .arg(bookingLabel(*m_board.booking(bookingId)), m_board.seating().label(target)));
    return true;
}

bool ServiceTab::moveBooking(qint64 bookingId, const QString& tableId, int minute)
{
    const Booking* b = m_board.booking(bookingId);
    if (!b)
        return false;
    if (minute == ServiceBoard::partyOf(*b).start)
        return dropBooking(bookingId, tableId);
    const TableSet now = m_board.placementOf(bookingId);
    const TableSet target =
        !now.isEmpty() && now.contains(tableId) ? now : m_board.targetFor(bookingId, tableId);
    SeatingCheck refusal;
    QString error;
    QSqlDatabase db = Database::connection();
    if (!m_board.move(db, bookingId, minute, target, actor(), false, &refusal, &error)) {
        if (!refusal.ok())
            showRefusal(tr("%1 cannot move to %2 at %3:")
                            .arg(bookingLabel(*b), m_board.seating().label(target), hhmm(minute)),
                        refusal, Pending{Pending::Kind::Move, bookingId, target, 0, minute});
        else
            QMessageBox::warning(this, tr("Not stored"), error);
        return false;
    }
    clearRefusal();
    m_selectedBooking = bookingId;
    refresh();
    Q_EMIT statusMessage(
        tr("%1 moved to %2").arg(bookingLabel(*m_board.booking(bookingId)), m_board.seating().label(target)));
    return true;
}

bool ServiceTab::setZoneWish(qint64 bookingId, const QString& zone, bool required)
{
    QSqlDatabase db = Database::connection();
    QString error;
    BookStore store = m_board.book();
    if (!Database::transaction(
            db, [&](QString* e) { return store.setZoneWish(db, bookingId, zone, required, e); }, &error)) {
        QMessageBox::warning(this, tr("Not stored"), error);
        return false;
    }
    reload();
    return true;
}

void ServiceTab::addLog(const QString& line, bool warning)
{
    const QString stamp = hhmm([this] {
        const QTime t = m_board.book().calendar().local(now()).time();
        return t.hour() * 60 + t.minute();
    }());
    auto* item = new QListWidgetItem(tr("%1 %2").arg(stamp, line));
    if (warning)
        item->setForeground(ReservationFormat::allergy());
    m_log->addItem(item);
    while (m_log->count() > 200)
        delete m_log->takeItem(0);
    m_log->scrollToBottom();
}

void ServiceTab::refreshPacing()
{
    // The pacing warnings are the last lines of the log: replaced on each refresh.
    for (int i = m_log->count() - 1; i >= 0; --i) {
        if (m_log->item(i)->data(kBookingRole).toInt() == -1)
            delete m_log->takeItem(i);
    }
    const TableAssignmentProblem p = m_board.problem();
    QList<TableAssignment> placed;
    for (const ServiceBooking& b : p.bookings) {
        const TableSet at = m_board.placementOf(b.id.toLongLong());
        if (!at.isEmpty())
            placed << TableAssignment{b.id, at, false};
    }
    for (const PacingExcess& e : TableAssignmentSolver::pacingExcess(p, placed)) {
        auto* item = new QListWidgetItem(QStringLiteral("⚠ ") + e.message, m_log);
        item->setData(kBookingRole, -1);
        item->setForeground(ReservationFormat::allergy());
    }
}

void ServiceTab::autoAssigned(const QDate& day, int service, const QStringList& lines, int stillUnplaced)
{
    if (day != m_day || service != m_service)
        return;
    reload();
    for (const QString& line : lines)
        addLog(line);
    if (lines.isEmpty() && stillUnplaced > 0)
        addLog(tr("Automatic assignment: %n booking(s) still without a table", nullptr, stillUnplaced), true);
    if (!lines.isEmpty())
        Q_EMIT statusMessage(lines.join(QStringLiteral(" · ")));
}

void ServiceTab::seatWalkIn()
{
    const int party = m_walkInParty->text().toInt();
    if (m_walkInTable.isEmpty() || party < 1)
        return;
    SeatingCheck refusal;
    QString error;
    QSqlDatabase db = Database::connection();
    const std::optional<qint64> id =
        m_board.seatWalkIn(db, {m_walkInTable}, party, minute(), actor(), false, &refusal, &error);
    if (!id) {
        if (!refusal.ok())
            showRefusal(tr("A walk-in of %1 cannot sit at %2:")
                            .arg(party)
                            .arg(m_board.seating().label({m_walkInTable})),
                        refusal, Pending{Pending::Kind::WalkIn, 0, {m_walkInTable}, party, minute()});
        else
            QMessageBox::warning(this, tr("Not stored"), error);
        return;
    }
    clearRefusal();
    m_walkInParty->clear();
    m_selectedBooking = *id;
    refresh();
    m_floor->setFocus();
    Q_EMIT statusMessage(
        tr("Walk-in of %1 seated at %2").arg(party).arg(m_board.seating().label({m_walkInTable})));
}

void ServiceTab::addWaiting()
{
    QSqlDatabase db = Database::connection();
    QString error;
    if (!m_board.addWaiting(db, m_waitName->text().trimmed(), m_waitParty->value(), QString(), minute(),
                            &error)) {
        QMessageBox::warning(this, tr("Not stored"), error);
        return;
    }
    m_waitName->clear();
    refreshLists();
}

bool ServiceTab::seatWaiting()
{
    const QListWidgetItem* item = m_waitlist->currentItem();
    if (!item)
        return false;
    const qint64 id = item->data(kBookingRole).toLongLong();
    const WaitlistEntry* entry = nullptr;
    for (const WaitlistEntry& e : m_board.waitlist()) {
        if (e.id == id)
            entry = &e;
    }
    if (!entry)
        return false;
    const std::optional<WaitQuote> q = m_board.quote(entry->party, minute());
    if (!q || q->wait > 0) {
        m_refusal->setText(q ? tr("No table for %1 is free yet: %2 at %3.")
                                   .arg(entry->party)
                                   .arg(m_board.seating().label(q->tables), hhmm(q->at))
                             : tr("No table for %1 this service.").arg(entry->party));
        m_override->setVisible(false);
        m_refusalBar->show();
        return false;
    }
    const QString name = entry->name;
    const int party = entry->party;
    SeatingCheck refusal;
    QString error;
    QSqlDatabase db = Database::connection();
    const std::optional<qint64> seated =
        m_board.seatWalkIn(db, q->tables, party, minute(), actor(), false, &refusal, &error);
    if (!seated) {
        if (!refusal.ok())
            showRefusal(tr("%1 (%2) cannot sit at %3:")
                            .arg(name.isEmpty() ? tr("Walk-in") : name)
                            .arg(party)
                            .arg(m_board.seating().label(q->tables)),
                        refusal, Pending{Pending::Kind::WalkIn, 0, q->tables, party, minute()});
        else
            QMessageBox::warning(this, tr("Not stored"), error);
        return false;
    }
    if (!m_board.removeWaiting(db, id, *seated, &error))
        QMessageBox::warning(this, tr("Not stored"), error);
    clearRefusal();
    m_selectedBooking = *seated;
    refresh();
    Q_EMIT statusMessage(tr("%1 (%2) seated at %3 from the waitlist")
                             .arg(name.isEmpty() ? tr("Walk-in") : name)
                             .arg(party)
                             .arg(m_board.seating().label(q->tables)));
    return true;
}

bool ServiceTab::removeWaiting()
{
    const QListWidgetItem* item = m_waitlist->currentItem();
    if (!item)
        return false;
    QSqlDatabase db = Database::connection();
    QString error;
    if (!m_board.removeWaiting(db, item->data(kBookingRole).toLongLong(), 0, &error)) {
        QMessageBox::warning(this, tr("Not stored"), error);
        return false;
    }
    refreshLists();
    return true;
}

void ServiceTab::showRefusal(const QString& what, const SeatingCheck& check, const Pending& pending)
{
    m_pending = pending;
    m_refusal->setText(what + QLatin1Char('\n') + check.text());
    m_override->setVisible(check.overridable());
    m_refusalBar->show();
    Q_EMIT statusMessage(check.text());
}

void ServiceTab::clearRefusal()
{
    m_pending = Pending();
    m_refusal->clear();
    m_refusalBar->hide();
}

QString ServiceTab::refusalText() const
{
    return m_refusalBar->isHidden() ? QString() : m_refusal->text();
}

bool ServiceTab::overrideRefusal()
{
    const Pending p = m_pending;
    if (p.kind == Pending::Kind::None)
        return false;
    QSqlDatabase db = Database::connection();
    SeatingCheck refusal;
    QString error;
    bool ok = false;
    if (p.kind == Pending::Kind::Place) {
        ok = m_board.place(db, p.bookingId, p.tables, actor(), true, &refusal, &error);
        if (ok)
            m_selectedBooking = p.bookingId;
    } else if (p.kind == Pending::Kind::Move) {
        ok = m_board.move(db, p.bookingId, p.minute, p.tables, actor(), true, &refusal, &error);
        if (ok) {
            m_selectedBooking = p.bookingId;
            addLog(tr("Forced: %1 moved to %2 at %3 (%4)")
                       .arg(bookingLabel(*m_board.booking(p.bookingId)), m_board.seating().label(p.tables),
                            hhmm(p.minute), refusal.text().replace(QLatin1Char('\n'), QLatin1Char(' '))),
                   true);
        }
    } else {
        const std::optional<qint64> id =
            m_board.seatWalkIn(db, p.tables, p.party, p.minute, actor(), true, &refusal, &error);
        ok = id.has_value();
        if (ok) {
            m_selectedBooking = *id;
            m_walkInParty->clear();
        }
    }
    if (!ok) {
        QMessageBox::warning(this, tr("Not stored"), error);
        return false;
    }
    clearRefusal();
    refresh();
    Q_EMIT statusMessage(tr("Seated at %1 by override (logged)").arg(m_board.seating().label(p.tables)));
    return true;
}

bool ServiceTab::setSelectedStatus(BookingStatus status)
{
    if (!m_board.booking(m_selectedBooking))
        return false;
    QSqlDatabase db = Database::connection();
    QString error;
    if (!m_board.setStatus(db, m_selectedBooking, status, &error)) {
        QMessageBox::warning(this, tr("The status could not be changed"), error);
        return false;
    }
    refresh();
    Q_EMIT statusMessage(
        tr("%1: %2").arg(bookingLabel(*m_board.booking(m_selectedBooking)), bookingStatusLabel(status)));
    return true;
}

bool ServiceTab::placeWholeService()
{
    if (m_job->isRunning() || m_board.layout().tables.isEmpty())
        return false;
    TableAssignmentOptions options;
    options.timeLimitSeconds = 5;
    if (!m_job->start(m_board.problem(), options))
        return false;
    m_placeAll->setEnabled(false);
    m_solverStatus->setText(tr("Solving…"));
    m_reasons->clear();
    return true;
}

void ServiceTab::solved(const TableAssignmentResult& result)
{
    m_lastResult = result;
    m_placeAll->setEnabled(true);
    m_reasons->clear();
    m_reasons->setProperty("emptyText", tr("Nothing set aside: every booking placed has its table."));
    QString status;
    switch (result.status) {
    case TableAssignmentResult::Status::Optimal:
        status = tr("Optimal");
        break;
    case TableAssignmentResult::Status::Feasible:
        status = tr("Time limit: gap %1 %").arg(QLocale().toString(result.gap * 100, 'f', 1));
        break;
    case TableAssignmentResult::Status::Infeasible:
        status = tr("Some held tables cannot all be kept");
        break;
    case TableAssignmentResult::Status::Cancelled:
        status = tr("Cancelled");
        break;
    case TableAssignmentResult::Status::Invalid:
        status =
            tr("The plan or the bookings are inconsistent: %1").arg(result.errors.join(QStringLiteral("; ")));
        break;
    }
    QSqlDatabase db = Database::connection();
    QString error;
    const int written = m_board.applyResult(db, result, &error);
    if (written < 0)
        QMessageBox::warning(this, tr("Not stored"), error);
    m_solverStatus->setText(
        tr("%1 — %n booking(s) placed or moved, %2 left out, %3 s", nullptr, std::max(0, written))
            .arg(status)
            .arg(result.unplaced.size())
            .arg(QLocale().toString(result.seconds, 'f', 2)));
    for (const UnplacedBooking& u : result.unplaced) {
        const Booking* b = m_board.booking(u.bookingId.toLongLong());
        auto* item =
            new QListWidgetItem(tr("%1: %2").arg(b ? bookingLabel(*b) : u.bookingId, u.message), m_reasons);
        item->setData(kBookingRole, u.bookingId.toLongLong());
        item->setForeground(ReservationFormat::allergy());
    }
    // The times are the guests': a quarter hour past the pacing is said, not undone.
    for (const PacingExcess& e : result.pacing) {
        auto* item = new QListWidgetItem(QStringLiteral("⚠ ") + e.message, m_reasons);
        item->setForeground(ReservationFormat::allergy());
    }
    refresh();
    Q_EMIT wholeServicePlaced();
}

void ServiceTab::printPlan()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Print the plan and list"),
        QStringLiteral("plan-%1-%2.pdf")
            .arg(m_day.toString(Qt::ISODate),
                 m_service == 0 ? QStringLiteral("midi") : QStringLiteral("soir")),
        tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportPdf(path, &error))
        QMessageBox::warning(this, tr("Not printed"), error);
    else
        Q_EMIT statusMessage(tr("Plan and list written to %1").arg(path));
}

bool ServiceTab::exportPdf(const QString& path, QString* error)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setResolution(96); // the chips' pixel sizes read as on screen
    writer.setTitle(
        tr("Plan — %1 %2")
            .arg(QLocale().toString(m_day, QLocale::LongFormat), ServiceCalendar::serviceLabel(m_service)));
    QPainter p;
    if (!p.begin(&writer)) {
        if (error)
            *error = tr("%1 cannot be written.").arg(path);
        return false;
    }
    const QRect page(0, 0, writer.width(), writer.height());
    QFont title = p.font();
    title.setPointSize(14);
    title.setBold(true);
    QFont body = p.font();
    body.setPointSize(9);
    const QString heading = tr("%1 — %2, %3 (%4)")
                                .arg(m_board.layout().name, QLocale().toString(m_day, QLocale::LongFormat),
                                     ServiceCalendar::serviceLabel(m_service), hhmm(minute()));
    p.setFont(title);
    p.drawText(QRect(0, 0, page.width(), 40), Qt::AlignLeft | Qt::AlignVCenter, heading);
    // Page 1: the plan as the view draws it, the whole plan in view.
    m_floor->fitToPlan();
    QRectF target(0, 48, page.width(), page.height() - 48);
    const QRect source = m_floor->viewport()->rect();
    const double scale = std::min(target.width() / source.width(), target.height() / source.height());
    target.setSize(QSizeF(source.size()) * scale);
    m_floor->render(&p, target, source);
    // Page 2: the list, by time.
    writer.newPage();
    p.setFont(title);
    p.drawText(QRect(0, 0, page.width(), 40), Qt::AlignLeft | Qt::AlignVCenter, heading);
    p.setFont(body);
    const int line = p.fontMetrics().height() + 6;
    const int w = page.width();
    const int cols[] = {0, w * 7 / 100, w * 33 / 100, w * 39 / 100, w * 52 / 100, w * 64 / 100};
    const QStringList head{tr("Time"),  tr("Guest"),  tr("Party"),
                           tr("Table"), tr("Status"), tr("Allergies, requests")};
    int y = 64;
    QFont bold = body;
    bold.setBold(true);
    p.setFont(bold);
    for (int i = 0; i < head.size(); ++i)
        p.drawText(cols[i], y, head[i]);
    p.setFont(body);
    y += line;
    for (const Booking& b : m_board.bookings()) {
        if (!takesCovers(b.status))
            continue;
        if (y > page.height() - line) {
            writer.newPage();
            y = 40;
        }
        const TableSet at = m_board.placementOf(b.id);
        const QStringList row{b.localTime,
                              b.guestName.isEmpty() ? bookingChannelLabel(b.channel) : b.guestName,
                              QString::number(b.partySize),
                              at.isEmpty() ? tr("—") : m_board.seating().label(at),
                              bookingStatusLabel(b.status),
                              QStringList{b.allergies, b.specialRequests}
                                  .filter(QRegularExpression(QStringLiteral("\\S")))
                                  .join(QStringLiteral(" · "))};
        for (int i = 0; i < row.size(); ++i) {
            if (i == 5 && !b.allergies.trimmed().isEmpty())
                p.setPen(ReservationFormat::allergy());
            p.drawText(cols[i], y,
                       i == 5 ? p.fontMetrics().elidedText(row[i], Qt::ElideRight, page.width() - cols[5])
                              : row[i]);
            p.setPen(Qt::black);
        }
        y += line;
    }
    return p.end();
}

bool ServiceTab::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_unplaced->viewport())
        return QWidget::eventFilter(watched, event);
    // A booking dragged from the list onto the floor (or the timeline).
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto* e = static_cast<QMouseEvent*>(event);
        QListWidgetItem* item = m_unplaced->itemAt(e->position().toPoint());
        m_listDrag = item && e->button() == Qt::LeftButton ? item->data(kBookingRole).toLongLong() : 0;
        m_listPress = e->position().toPoint();
        m_listDragging = false;
        break;
    }
    case QEvent::MouseMove: {
        auto* e = static_cast<QMouseEvent*>(event);
        if (!m_listDrag || !(e->buttons() & Qt::LeftButton))
            break;
        const QPoint global = m_unplaced->viewport()->mapToGlobal(e->position().toPoint());
        if (!m_listDragging &&
            (e->position().toPoint() - m_listPress).manhattanLength() >= QApplication::startDragDistance()) {
            m_listDragging = true;
            m_floor->beginDrag(m_listDrag, m_floor->viewport()->mapFromGlobal(global));
        }
        if (m_listDragging) {
            m_floor->dragTo(m_floor->viewport()->mapFromGlobal(global));
            return true;
        }
        break;
    }
    case QEvent::MouseButtonRelease: {
        auto* e = static_cast<QMouseEvent*>(event);
        const bool dragging = m_listDragging;
        const qint64 id = m_listDrag;
        m_listDrag = 0;
        m_listDragging = false;
        if (!dragging)
            break;
        const QPoint global = m_unplaced->viewport()->mapToGlobal(e->position().toPoint());
        const QPoint onFloor = m_floor->viewport()->mapFromGlobal(global);
        const QPoint onTimeline = m_timeline->mapFromGlobal(global);
        if (m_floor->viewport()->rect().contains(onFloor)) {
            m_floor->endDrag(onFloor);
        } else {
            m_floor->cancelDrag();
            if (m_timeline->rect().contains(onTimeline) && m_timeline->isVisible()) {
                const QString table = m_timeline->tableAt(onTimeline);
                if (!table.isEmpty())
                    dropBooking(id, table);
            }
        }
        return true;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Moulin
