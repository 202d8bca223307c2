#include "suppliers/ui/deliveriespage.h"

#include "common/core/apppaths.h"
#include "common/core/database.h"
#include "common/core/dbworker.h"
#include "common/core/restaurantidentity.h"
#include "common/runtime/connectorruntime.h"
#include "suppliers/core/supplierstore.h"
#include "suppliers/ui/creditrequestpdf.h"
#include "suppliers/ui/deliverycalendar.h"
#include "suppliers/ui/receivingdialog.h"

#include <QApplication>
#include <QButtonGroup>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcDeliveries, "moulin.suppliers.deliveries")

namespace Moulin {

namespace {

enum Column
{
    SupplierColumn,
    OrderColumn,
    DespatchColumn,
    RequestedColumn,
    ExpectedColumn,
    ReceivedColumn,
    StateColumn,
    AmountColumn,
    ColumnCount
};

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
    (*label)->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QHBoxLayout(frame);
    layout->setContentsMargins(10, 5, 6, 5);
    layout->setSpacing(8);
    layout->addWidget(*label, 1);
    auto* close = new QToolButton(frame);
    close->setText(QStringLiteral("×"));
    close->setAutoRaise(true);
    layout->addWidget(close);
    QObject::connect(close, &QToolButton::clicked, frame, &QWidget::hide);
    frame->hide();
    return frame;
}

QString shortDate(const QDate& day)
{
    return day.isValid() ? QLocale().toString(day, QStringLiteral("ddd dd/MM")) : QStringLiteral("—");
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

DeliveriesPage::DeliveriesPage(QWidget* parent)
    : DeliveriesPage([] { return QDate::currentDate(); }, parent)
{
}

DeliveriesPage::DeliveriesPage(std::function<QDate()> todayProvider, QWidget* parent)
    : QWidget(parent)
    , m_today(std::move(todayProvider))
    , m_calendar(new DeliveryCalendar(this))
    , m_monthLabel(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_todayButton(new QPushButton(this))
    , m_monthButton(new QPushButton(this))
    , m_weekButton(new QPushButton(this))
    , m_legend(new QLabel(this))
    , m_dayLabel(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_receive(new QPushButton(this))
    , m_pdf(new QPushButton(this))
    , m_csv(new QPushButton(this))
{
    setObjectName(QStringLiteral("deliveriesPage"));
    askSavePath = [this](const QString& caption, const QString& suggested, const QString& filter) {
        return QFileDialog::getSaveFileName(this, caption, suggested, filter);
    };

    // The header: the month (or week) shown, moving, the legend, the view.
    QFont monthFont = m_monthLabel->font();
    monthFont.setBold(true);
    monthFont.setPointSizeF(monthFont.pointSizeF() + 3);
    m_monthLabel->setFont(monthFont);
    m_monthLabel->setMinimumWidth(QFontMetrics(monthFont).horizontalAdvance(QStringLiteral("M")) * 20);
    m_previous->setArrowType(Qt::LeftArrow);
    m_next->setArrowType(Qt::RightArrow);
    m_previous->setAutoRaise(true);
    m_next->setAutoRaise(true);
    m_monthButton->setCheckable(true);
    m_weekButton->setCheckable(true);
    m_monthButton->setChecked(true);
    auto* views = new QButtonGroup(this);
    views->addButton(m_monthButton);
    views->addButton(m_weekButton);
    views->setExclusive(true);
    for (QAbstractButton* b :
         {static_cast<QAbstractButton*>(m_previous), static_cast<QAbstractButton*>(m_next),
          static_cast<QAbstractButton*>(m_todayButton), static_cast<QAbstractButton*>(m_monthButton),
          static_cast<QAbstractButton*>(m_weekButton)})
        b->setFocusPolicy(Qt::TabFocus);
    m_legend->setObjectName(QStringLiteral("deliveriesLegend"));
    auto* header = new QHBoxLayout;
    header->addWidget(m_previous);
    header->addWidget(m_monthLabel);
    header->addWidget(m_next);
    header->addWidget(m_todayButton);
    header->addStretch(1);
    header->addWidget(m_legend);
    header->addSpacing(12);
    header->addWidget(m_monthButton);
    header->addWidget(m_weekButton);

    m_alertBanner = banner(this, QStringLiteral("lateDeliveriesBanner"),
                           QStringLiteral("background: #f8d7d5; color: #7a1414; border: 1px solid #e3a09b;"),
                           &m_alertLabel);
    QFont alertFont = m_alertLabel->font();
    alertFont.setWeight(QFont::DemiBold);
    m_alertLabel->setFont(alertFont);
    m_receiptBanner = banner(
        this, QStringLiteral("receiptBanner"),
        QStringLiteral("background: #d5f0dc; color: #124a23; border: 1px solid #9fd3ad;"), &m_receiptLabel);

    m_calendar->setObjectName(QStringLiteral("deliveryCalendar"));

    // The selected day: its deliveries and what to do with them.
    QFont dayFont = m_dayLabel->font();
    dayFont.setBold(true);
    m_dayLabel->setFont(dayFont);
    m_list->setObjectName(QStringLiteral("dayDeliveries"));
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(SupplierColumn, QHeaderView::Stretch);
    m_receive->setObjectName(QStringLiteral("receiveButton"));
    m_pdf->setObjectName(QStringLiteral("creditPdfButton"));
    m_csv->setObjectName(QStringLiteral("creditCsvButton"));
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_receive);
    actions->addStretch(1);
    actions->addWidget(m_pdf);
    actions->addWidget(m_csv);
    auto* dayPanel = new QWidget(this);
    auto* dayLayout = new QVBoxLayout(dayPanel);
    dayLayout->setContentsMargins(0, 0, 0, 0);
    dayLayout->addWidget(m_dayLabel);
    dayLayout->addWidget(m_list, 1);
    dayLayout->addLayout(actions);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_calendar);
    splitter->addWidget(dayPanel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_alertBanner);
    layout->addWidget(m_receiptBanner);
    layout->addWidget(splitter, 1);

    connect(m_previous, &QToolButton::clicked, this, [this] {
        m_calendar->setSelectedDate(m_calendar->mode() == DeliveryCalendar::Mode::Week
                                        ? m_calendar->selectedDate().addDays(-7)
                                        : m_calendar->selectedDate().addMonths(-1));
    });
    connect(m_next, &QToolButton::clicked, this, [this] {
        m_calendar->setSelectedDate(m_calendar->mode() == DeliveryCalendar::Mode::Week
                                        ? m_calendar->selectedDate().addDays(7)
                                        : m_calendar->selectedDate().addMonths(1));
    });
    connect(m_todayButton, &QPushButton::clicked, this, [this] { m_calendar->setSelectedDate(today()); });
    connect(m_monthButton, &QPushButton::toggled, this, [this](bool on) {
        if (on)
            m_calendar->setMode(DeliveryCalendar::Mode::Month);
    });
    connect(m_weekButton, &QPushButton::toggled, this, [this](bool on) {
        if (on)
            m_calendar->setMode(DeliveryCalendar::Mode::Week);
    });
    connect(m_calendar, &DeliveryCalendar::rangeChanged, this, [this] {
        loadRange();
        updateHeader();
    });
    connect(m_calendar, &DeliveryCalendar::selectedDateChanged, this, [this] { loadDay(); });
    connect(m_calendar, &DeliveryCalendar::activated, this, [this] {
        if (m_list->topLevelItemCount() > 0) {
            if (!m_list->currentItem())
                selectDelivery(0);
            receiveSelected();
        }
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { receiveSelected(); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        const std::optional<ScheduledDelivery> d = selectedDelivery();
        m_receive->setEnabled(d.has_value());
        const bool credit = selectedCredit().has_value();
        m_pdf->setEnabled(credit);
        m_csv->setEnabled(credit);
    });
    connect(m_receive, &QPushButton::clicked, this, &DeliveriesPage::receiveSelected);
    connect(m_pdf, &QPushButton::clicked, this, &DeliveriesPage::exportCreditPdf);
    connect(m_csv, &QPushButton::clicked, this, &DeliveriesPage::exportCreditCsv);
    auto* receiveKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this);
    receiveKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(receiveKey, &QShortcut::activated, this, &DeliveriesPage::receiveSelected);
    auto* monthKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_M), this);
    monthKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(monthKey, &QShortcut::activated, m_monthButton, &QPushButton::click);
    auto* weekKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_W), this);
    weekKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(weekKey, &QShortcut::activated, m_weekButton, &QPushButton::click);

    m_alertTimer.setInterval(kDefaultAlertIntervalMs);
    connect(&m_alertTimer, &QTimer::timeout, this, &DeliveriesPage::reload);
    m_alertTimer.start();

    setFocusProxy(m_calendar);
    retranslateUi();
    m_calendar->setToday(today());
    m_calendar->setSelectedDate(today());
    reload();
}

DeliveriesPage::~DeliveriesPage() = default;

QString DeliveriesPage::title()
{
    return tr("&Deliveries");
}

QString DeliveriesPage::titleWithCount() const
{
    return m_late.isEmpty() ? title() : tr("&Deliveries (%1)").arg(m_late.size());
}

void DeliveriesPage::setTodayProvider(std::function<QDate()> todayProvider)
{
    m_today = std::move(todayProvider);
    m_calendar->setToday(this->today());
    m_calendar->setSelectedDate(this->today());
    reload();
}

QDate DeliveriesPage::today() const
{
    return m_today ? m_today() : QDate::currentDate();
}

void DeliveriesPage::setAlertInterval(int ms)
{
    m_alertTimer.start(std::max(1000, ms));
}

int DeliveriesPage::alertInterval() const
{
    return m_alertTimer.interval();
}

ReceivingDialog* DeliveriesPage::receivingDialog() const
{
    return m_dialog;
}

void DeliveriesPage::watch(ConnectorRuntime* runtime)
{
    disconnect(m_runtimeConnection);
    if (!runtime)
        return;
    m_runtimeConnection =
        connect(runtime, &ConnectorRuntime::feedFinished, this, [this](const FeedRunSummary& summary) {
            if (summary.ok &&
                (summary.feed == QLatin1String("deliveries") || summary.feed == QLatin1String("orders")))
                reload();
        });
}

void DeliveriesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DeliveriesPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void DeliveriesPage::retranslateUi()
{
    m_previous->setToolTip(tr("Previous month or week (Page Up)"));
    m_next->setToolTip(tr("Next month or week (Page Down)"));
    m_todayButton->setText(tr("&Today"));
    m_monthButton->setText(tr("Month"));
    m_monthButton->setToolTip(tr("Month view (Ctrl+M)"));
    m_weekButton->setText(tr("Week"));
    m_weekButton->setToolTip(tr("Week view (Ctrl+W)"));
    QStringList legend;
    for (DeliveryState s :
         {DeliveryState::Upcoming, DeliveryState::Late, DeliveryState::Partial, DeliveryState::Received})
        legend << QStringLiteral("<span style=\"background:%1; color:%2;\">&nbsp;%3&nbsp;</span>")
                      .arg(DeliveryCalendar::background(s).name(), DeliveryCalendar::foreground(s).name(),
                           DeliverySchedule::stateText(s).toHtmlEscaped());
    m_legend->setText(legend.join(QStringLiteral("&nbsp;")));
    m_list->setHeaderLabels({tr("Supplier"), tr("Order"), tr("Delivery"), tr("Requested"), tr("Announced"),
                             tr("Received"), tr("State"), tr("Amount excl. VAT")});
    m_receive->setText(tr("&Receive…"));
    m_receive->setToolTip(tr("Tick what arrived against the order (Enter, Ctrl+R)"));
    m_pdf->setText(tr("Credit-note request (&PDF)…"));
    m_csv->setText(tr("Credit-note request (&CSV)…"));
    updateHeader();
    loadDay();
}

void DeliveriesPage::reload()
{
    if (Database::path().isEmpty())
        return;
    if (!m_worker) {
        evaluateLate();
        loadRange();
        loadDay();
        return;
    }
    struct Read
    {
        bool evaluated = false;
        QString error;
        QList<ScheduledDelivery> raised;
        QList<ScheduledDelivery> late;
        QList<ScheduledDelivery> range;
    };
    const QDate day = today();
    const auto [from, to] = m_calendar->visibleRange();
    const quint64 request = ++m_request;
    m_worker
        ->run([day, from, to](QSqlDatabase& db) {
            Read read;
            if (!db.isValid() || !db.isOpen())
                return read;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            read.evaluated = Database::transaction(
                db, [&](QString* e) { return DeliverySchedule::evaluate(db, day, now, &read.raised, e); },
                &read.error);
            read.late = DeliverySchedule::late(db, day);
            read.range = DeliverySchedule::between(db, from, to, day);
            return read;
        })
        .then(this, [this, request, from, to](const Read& read) {
            if (!read.evaluated)
                qCWarning(lcDeliveries).noquote() << "late deliveries not evaluated:" << read.error;
            // Raised once each, whatever read comes after.
            showLate(read.raised, read.late);
            if (request != m_request || m_calendar->visibleRange() != std::pair{from, to})
                return; // a newer read, or the calendar moved meanwhile (it read its range)
            m_calendar->setDeliveries(read.range);
            loadDay();
        });
}

void DeliveriesPage::evaluateLate()
{
    QSqlDatabase db = Database::connection();
    if (!db.isValid())
        return;
    QList<ScheduledDelivery> raised;
    QString error;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!Database::transaction(
            db, [&](QString* e) { return DeliverySchedule::evaluate(db, today(), now, &raised, e); },
            &error)) {
        qCWarning(lcDeliveries).noquote() << "late deliveries not evaluated:" << error;
        return;
    }
    showLate(raised, DeliverySchedule::late(db, today()));
}

void DeliveriesPage::showLate(const QList<ScheduledDelivery>& raised, QList<ScheduledDelivery> late)
{
    const qsizetype before = m_late.size();
    m_late = std::move(late);
    if (m_late.isEmpty()) {
        m_alertBanner->hide();
    } else {
        QStringList lines;
        for (qsizetype i = 0; i < std::min<qsizetype>(3, m_late.size()); ++i)
            lines << DeliverySchedule::describe(m_late.at(i));
        if (m_late.size() > 3)
            lines << QStringLiteral("…");
        m_alertLabel->setText(tr("%n late delivery(ies): %1", nullptr, int(m_late.size()))
                                  .arg(lines.join(QStringLiteral(" ; "))));
        m_alertBanner->show();
    }
    for (const ScheduledDelivery& d : std::as_const(raised)) {
        const QString text = DeliverySchedule::describe(d);
        qCWarning(lcDeliveries).noquote()
            << "late delivery:" << d.supplierId << d.orderId << d.despatchId << "—" << text;
        Q_EMIT alertRaised(text);
    }
    if (!raised.isEmpty())
        notifyDesktop(raised.size() == 1 ? DeliverySchedule::describe(raised.first())
                                         : tr("%n deliveries are late.", nullptr, int(raised.size())));
    if (before != m_late.size())
        Q_EMIT lateCountChanged(int(m_late.size()));
}

void DeliveriesPage::notifyDesktop(const QString& text)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QStringLiteral("Moulin"));
    }
    m_tray->show();
    m_tray->showMessage(tr("Late delivery"), text, QSystemTrayIcon::Warning, 15000);
    QTimer::singleShot(20000, m_tray, [tray = m_tray] { tray->hide(); });
}

void DeliveriesPage::loadRange()
{
    if (Database::path().isEmpty())
        return;
    QSqlDatabase db = Database::connection();
    const auto [from, to] = m_calendar->visibleRange();
    m_calendar->setDeliveries(DeliverySchedule::between(db, from, to, today()));
}

void DeliveriesPage::updateHeader()
{
    const QLocale locale;
    const QDate day = m_calendar->selectedDate();
    if (m_calendar->mode() == DeliveryCalendar::Mode::Month) {
        m_monthLabel->setText(capitalised(locale.toString(day, QStringLiteral("MMMM yyyy"))));
    } else {
        const auto [from, to] = m_calendar->visibleRange();
        m_monthLabel->setText(tr("Week %1 — %2 to %3")
                                  .arg(from.weekNumber())
                                  .arg(locale.toString(from, QStringLiteral("d MMM")),
                                       locale.toString(to, QStringLiteral("d MMM yyyy"))));
    }
}

void DeliveriesPage::loadDay()
{
    const QDate day = m_calendar->selectedDate();
    updateHeader();
    m_day = m_calendar->deliveriesOn(day);
    m_dayLabel->setText(
        m_day.isEmpty()
            ? tr("%1: no delivery expected").arg(capitalised(QLocale().toString(day, QLocale::LongFormat)))
            : tr("%1: %n delivery(ies)", nullptr, int(m_day.size()))
                  .arg(capitalised(QLocale().toString(day, QLocale::LongFormat))));
    m_list->clear();
    for (const ScheduledDelivery& d : std::as_const(m_day)) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(SupplierColumn, d.supplierName);
        item->setText(OrderColumn, d.orderId);
        item->setText(DespatchColumn, d.despatchId.isEmpty() ? QStringLiteral("—") : d.despatchId);
        item->setText(RequestedColumn, shortDate(d.requested));
        item->setText(ExpectedColumn, shortDate(d.expected));
        item->setText(ReceivedColumn, shortDate(d.actual));
        QString state = DeliverySchedule::stateText(d.state);
        if (d.arrivedLate)
            state = tr("%1 (late)").arg(state);
        item->setText(StateColumn, state);
        item->setBackground(StateColumn, DeliveryCalendar::background(d.state));
        item->setForeground(StateColumn, DeliveryCalendar::foreground(d.state));
        item->setText(AmountColumn, Receiving::money(d.totalExclVat));
        item->setTextAlignment(AmountColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (d.lateReason != LateReason::None)
            item->setToolTip(SupplierColumn, DeliverySchedule::describe(d));
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    const bool any = !m_day.isEmpty();
    m_receive->setEnabled(any);
    const bool credit = selectedCredit().has_value();
    m_pdf->setEnabled(credit);
    m_csv->setEnabled(credit);
}

std::optional<ScheduledDelivery> DeliveriesPage::selectedDelivery() const
{
    const int index = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (index < 0 || index >= m_day.size())
        return std::nullopt;
    return m_day.at(index);
}

void DeliveriesPage::selectDelivery(int index)
{
    if (QTreeWidgetItem* item = m_list->topLevelItem(index))
        m_list->setCurrentItem(item);
}

QString DeliveriesPage::alertText() const
{
    return m_alertBanner->isHidden() ? QString() : m_alertLabel->text();
}

QString DeliveriesPage::receiptText() const
{
    return m_receiptBanner->isHidden() ? QString() : m_receiptLabel->text();
}

void DeliveriesPage::receiveSelected()
{
    if (m_dialog)
        return;
    const std::optional<ScheduledDelivery> d = selectedDelivery();
    if (!d)
        return;
    QSqlDatabase db = Database::connection();
    QString error;
    const std::optional<Receipt> draft =
        Receiving::draft(db, d->supplierId, d->orderId, d->despatchId, today(), &error);
    if (!draft) {
        m_receiptLabel->setText(error);
        m_receiptBanner->show();
        Q_EMIT statusMessage(error);
        return;
    }
    m_dialog = new ReceivingDialog(*draft, d->supplierName, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::finished, this, &DeliveriesPage::receivingFinished);
    m_dialog->open();
}

void DeliveriesPage::receivingFinished(int result)
{
    if (result != QDialog::Accepted || !m_dialog)
        return;
    const Receipt receipt = m_dialog->receipt();
    const ReceiptOutcome outcome = m_dialog->outcome();
    QString text = outcome.orderStatus == QLatin1String("delivered")
                       ? tr("Receipt stored: order %1 is delivered.").arg(receipt.orderId)
                       : tr("Receipt stored: order %1 is partially delivered.").arg(receipt.orderId);
    if (outcome.credit)
        text += QStringLiteral(" ") +
                tr("Credit-note request %1 ready: %2 incl. VAT — save it as PDF or CSV below.")
                    .arg(outcome.credit->id, Receiving::money(outcome.credit->totalInclVat));
    m_receiptLabel->setText(text);
    m_receiptBanner->show();
    Q_EMIT statusMessage(text);
    qCInfo(lcDeliveries).noquote() << "receipt stored:" << receipt.supplierId << receipt.orderId
                                   << receipt.despatchId << "revision" << outcome.revision
                                   << outcome.orderStatus;
    // The delivery now shows on the day it was received: select it there.
    m_calendar->setSelectedDate(receipt.receivedOn);
    reload();
    for (int i = 0; i < m_day.size(); ++i) {
        if (m_day.at(i).orderId == receipt.orderId && m_day.at(i).despatchId == receipt.despatchId) {
            selectDelivery(i);
            break;
        }
    }
    if (outcome.credit)
        m_pdf->setFocus();
    else
        m_calendar->setFocus();
}

std::optional<CreditRequest> DeliveriesPage::selectedCredit() const
{
    const std::optional<ScheduledDelivery> d = selectedDelivery();
    if (!d || !d->hasReceipt)
        return std::nullopt;
    QSqlDatabase db = Database::connection();
    return Receiving::creditRequest(db, d->supplierId, d->orderId, d->despatchId);
}

bool DeliveriesPage::exportCreditPdf()
{
    const std::optional<CreditRequest> credit = selectedCredit();
    if (!credit)
        return false;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        askSavePath(tr("Save the credit-note request (PDF)"),
                    QDir(dir).filePath(CreditRequestPdf::fileName(*credit)), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return false;
    QSqlDatabase db = Database::connection();
    CreditRequestPdfInput in;
    in.request = *credit;
    // The restaurant as Paramètres ▸ Établissement describes it (demo: Le Vieux Moulin).
    const RestaurantIdentity restaurant = RestaurantIdentity::current();
    in.restaurantName = restaurant.displayName();
    in.restaurantAddress = {restaurant.street,
                            QStringList{restaurant.postalCode, restaurant.city}.join(u' ').trimmed()};
    in.restaurantAddress.removeAll(QString());
    in.restaurantSiret = restaurant.siret;
    if (const std::optional<Supplier> s = SupplierStore::supplier(db, credit->supplierId)) {
        in.supplierName = s->name;
        in.supplierAddress = {s->address.street, s->address.additional,
                              QStringLiteral("%1 %2").arg(s->address.postalCode, s->address.city).trimmed()};
        in.supplierSiret = s->siret;
    } else {
        in.supplierName = credit->supplierId;
    }
    QString error;
    if (!CreditRequestPdf::write(path, in, &error)) {
        m_receiptLabel->setText(error);
        m_receiptBanner->show();
        Q_EMIT statusMessage(error);
        return false;
    }
    Q_EMIT statusMessage(tr("Credit-note request saved: %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool DeliveriesPage::exportCreditCsv()
{
    const std::optional<CreditRequest> credit = selectedCredit();
    if (!credit)
        return false;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString suggested = CreditRequestPdf::fileName(*credit);
    suggested.replace(QStringLiteral(".pdf"), QStringLiteral(".csv"));
    const QString path = askSavePath(tr("Export the credit-note request (CSV)"),
                                     QDir(dir).filePath(suggested), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return false;
    QSqlDatabase db = Database::connection();
    const std::optional<Supplier> s = SupplierStore::supplier(db, credit->supplierId);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(Receiving::creditRequestCsv(*credit, s ? s->name : credit->supplierId)) < 0) {
        const QString error =
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        m_receiptLabel->setText(error);
        m_receiptBanner->show();
        Q_EMIT statusMessage(error);
        return false;
    }
    Q_EMIT statusMessage(tr("Credit-note request exported: %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace Moulin
