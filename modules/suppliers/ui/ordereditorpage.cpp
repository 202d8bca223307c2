#include "suppliers/ui/ordereditorpage.h"

#include "common/core/database.h"
#include "common/core/restaurantidentity.h"
#include "common/runtime/connectorruntime.h"
#include "suppliers/connectors/peppol/supplierordering.h"
#include "suppliers/core/orderdraftstore.h"
#include "suppliers/core/restaurantbuyer.h"
#include "suppliers/core/supplierstore.h"
#include "suppliers/core/ublorderwriter.h"
#include "suppliers/core/ublvalidator.h"
#include "suppliers/ui/ordersplitdialog.h"
#include "suppliers/ui/tableemptyhint.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Moulin {

namespace {

constexpr int kMatchLimit = 12;

QString vatText(VatRate rate)
{
    return OrderDraft::number(Vat::percent(rate)) + QStringLiteral(" %");
}

QString packText(const Product& p)
{
    if (p.packSize == Decimal::fromInt(1) && p.packUnitCode == p.unitCode)
        return UnitCode::label(p.unitCode);
    return OrderEditorPage::tr("%1 of %2 %3")
        .arg(UnitCode::label(p.packUnitCode), OrderDraft::number(p.packSize), UnitCode::label(p.unitCode));
}

QTableWidgetItem* readOnly(const QString& text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setTextAlignment(align);
    return item;
}

bool isEnter(const QKeyEvent* e)
{
    return e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter;
}

} // namespace

OrderEditorPage::OrderEditorPage(std::shared_ptr<ProductFinder> finder, QWidget* parent)
    : QWidget(parent)
    , m_finder(finder ? std::move(finder) : std::make_shared<StoreProductFinder>())
    , m_now([] { return QDateTime::currentDateTime(); })
    , m_supplierLabel(new QLabel(this))
    , m_supplier(new QComboBox(this))
    , m_deliveryLabel(new QLabel(this))
    , m_delivery(new QDateEdit(this))
    , m_nextDate(new QPushButton(this))
    , m_cutoff(new QLabel(this))
    , m_refusal(new QLabel(this))
    , m_searchLabel(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_quantityLabel(new QLabel(this))
    , m_quantity(new QLineEdit(this))
    , m_pendingLabel(new QLabel(this))
    , m_matches(new QListWidget(this))
    , m_lines(new QTableWidget(0, ColumnCount, this))
    , m_totals(new QLabel(this))
    , m_franco(new QProgressBar(this))
    , m_issues(new QLabel(this))
    , m_confirmBar(new QWidget(this))
    , m_confirmText(new QLabel(m_confirmBar))
    , m_confirm(new QPushButton(m_confirmBar))
    , m_cancel(new QPushButton(m_confirmBar))
    , m_send(new QPushButton(this))
    , m_split(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_clockTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("orderEditorPage"));
    m_supplier->setObjectName(QStringLiteral("orderSupplier"));
    m_supplierLabel->setBuddy(m_supplier);
    m_delivery->setObjectName(QStringLiteral("orderDeliveryDate"));
    m_delivery->setCalendarPopup(true);
    m_delivery->setDisplayFormat(QStringLiteral("dddd d MMMM yyyy"));
    m_deliveryLabel->setBuddy(m_delivery);
    m_nextDate->setObjectName(QStringLiteral("orderNextDate"));
    m_nextDate->hide();
    m_cutoff->setObjectName(QStringLiteral("orderCutoff"));
    m_refusal->setObjectName(QStringLiteral("orderRefusal"));
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_refusal->hide();
    m_search->setObjectName(QStringLiteral("orderSearch"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_quantity->setObjectName(QStringLiteral("orderQuantity"));
    m_quantity->setMaximumWidth(160);
    m_quantityLabel->setBuddy(m_quantity);
    m_pendingLabel->setObjectName(QStringLiteral("orderPendingProduct"));
    m_matches->setObjectName(QStringLiteral("orderMatches"));
    m_matches->setFocusPolicy(Qt::NoFocus);
    m_matches->setMaximumHeight(m_matches->fontMetrics().height() * 9);
    m_matches->hide();
    m_lines->setObjectName(QStringLiteral("orderLines"));
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lines->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setSectionResizeMode(ColName, QHeaderView::Stretch);
    m_lines->horizontalHeader()->setSectionResizeMode(ColNote, QHeaderView::Stretch);
    m_linesEmpty = TableEmptyHint::install(m_lines, QStringLiteral("orderLinesEmpty"));
    m_totals->setObjectName(QStringLiteral("orderTotals"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_franco->setObjectName(QStringLiteral("orderFranco"));
    m_franco->setTextVisible(true);
    m_issues->setObjectName(QStringLiteral("orderIssues"));
    m_issues->setWordWrap(true);
    m_issues->setTextFormat(Qt::RichText);
    m_confirmBar->setObjectName(QStringLiteral("orderConfirmBar"));
    m_confirmBar->setStyleSheet(QStringLiteral("#orderConfirmBar { background: #fff4d6; }"));
    m_confirmText->setWordWrap(true);
    m_confirm->setObjectName(QStringLiteral("orderConfirm"));
    m_confirm->setAutoDefault(true);
    m_cancel->setObjectName(QStringLiteral("orderCancelSend"));
    m_cancel->setAutoDefault(true);
    m_confirmBar->hide();
    m_send->setObjectName(QStringLiteral("orderSend"));
    m_split->setObjectName(QStringLiteral("orderSplit"));
    m_status->setObjectName(QStringLiteral("orderStatus"));
    m_status->setWordWrap(true);

    auto* head = new QHBoxLayout;
    head->addWidget(m_supplierLabel);
    head->addWidget(m_supplier, 1);
    head->addSpacing(12);
    head->addWidget(m_deliveryLabel);
    head->addWidget(m_delivery);
    head->addWidget(m_nextDate);
    head->addSpacing(12);
    head->addWidget(m_cutoff);
    head->addStretch(1);

    auto* entry = new QGridLayout;
    entry->addWidget(m_searchLabel, 0, 0);
    entry->addWidget(m_search, 0, 1);
    entry->addWidget(m_quantityLabel, 0, 2);
    entry->addWidget(m_quantity, 0, 3);
    entry->addWidget(m_pendingLabel, 1, 1, 1, 3);
    entry->addWidget(m_matches, 2, 1, 1, 3);
    entry->setColumnStretch(1, 1);

    auto* confirmLayout = new QHBoxLayout(m_confirmBar);
    confirmLayout->addWidget(m_confirmText, 1);
    confirmLayout->addWidget(m_confirm);
    confirmLayout->addWidget(m_cancel);

    auto* foot = new QHBoxLayout;
    foot->addWidget(m_status, 1);
    foot->addWidget(m_split);
    foot->addWidget(m_send);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_refusal);
    layout->addLayout(entry);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_totals);
    layout->addWidget(m_franco);
    layout->addWidget(m_issues);
    layout->addWidget(m_confirmBar);
    layout->addLayout(foot);

    m_search->installEventFilter(this);
    m_quantity->installEventFilter(this);
    m_lines->installEventFilter(this);
    m_confirm->installEventFilter(this);
    m_cancel->installEventFilter(this);

    connect(m_search, &QLineEdit::textEdited, this, &OrderEditorPage::updateMatches);
    connect(m_matches, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        m_matches->setCurrentItem(item);
        chooseMatch();
    });
    connect(m_supplier, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_filling && index >= 0)
            selectSupplier(m_supplier->itemData(index).toString());
    });
    connect(m_delivery, &QDateEdit::dateChanged, this, [this](const QDate& day) {
        if (m_filling)
            return;
        m_draft.deliveryDate = day;
        save();
        refreshLines(); // the prices of the new day (promotions)
        refreshSummary();
    });
    connect(m_nextDate, &QPushButton::clicked, this, [this] {
        const QDate next = m_draft.supplier.nextDelivery(now());
        if (next.isValid())
            m_delivery->setDate(next);
        m_search->setFocus();
    });
    connect(m_lines, &QTableWidget::cellChanged, this, &OrderEditorPage::lineEdited);
    connect(m_send, &QPushButton::clicked, this, &OrderEditorPage::requestSend);
    connect(m_confirm, &QPushButton::clicked, this, &OrderEditorPage::confirmSend);
    connect(m_cancel, &QPushButton::clicked, this, &OrderEditorPage::cancelSend);
    connect(m_split, &QPushButton::clicked, this, &OrderEditorPage::openSplit);
    auto* splitShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this);
    splitShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(splitShortcut, &QShortcut::activated, this, &OrderEditorPage::openSplit);
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &OrderEditorPage::requestSend);
    }
    m_clockTimer->setInterval(20000);
    connect(m_clockTimer, &QTimer::timeout, this, [this] {
        refreshCutoff();
        refreshSummary();
    });
    m_clockTimer->start();

    retranslateUi();
    reload();
}

OrderEditorPage::~OrderEditorPage() = default;

void OrderEditorPage::setProductFinder(std::shared_ptr<ProductFinder> finder)
{
    if (finder)
        m_finder = std::move(finder);
}

void OrderEditorPage::setRuntime(ConnectorRuntime* runtime)
{
    m_runtime = runtime;
}

void OrderEditorPage::setClock(std::function<QDateTime()> now)
{
    m_now = now ? std::move(now) : [] { return QDateTime::currentDateTime(); };
    refreshSummary();
}

QDateTime OrderEditorPage::now() const
{
    return m_now();
}

void OrderEditorPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Keyboard first: the page opens ready to type a product (once the tab
    // bar that was clicked has finished taking the focus).
    QTimer::singleShot(0, this, [this] {
        if (isVisible() && !isAncestorOf(QApplication::focusWidget()))
            m_search->setFocus(Qt::OtherFocusReason);
    });
}

void OrderEditorPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OrderEditorPage::retranslateUi()
{
    m_supplierLabel->setText(tr("&Supplier:"));
    m_deliveryLabel->setText(tr("&Delivery:"));
    m_searchLabel->setText(tr("&Product:"));
    m_search->setPlaceholderText(tr("Type a few letters, an article number or a GTIN, then Enter"));
    m_quantityLabel->setText(tr("&Quantity:"));
    m_confirm->setText(tr("&Send now"));
    m_cancel->setText(tr("Cancel"));
    m_send->setText(tr("Send…"));
    m_send->setToolTip(tr("Send the order (Ctrl+Enter)"));
    m_split->setText(tr("Split at the best price…"));
    m_split->setToolTip(tr("Choose who supplies each line so that prices and delivery fees are lowest, with "
                           "the other drafts for the same day (Ctrl+Shift+R)"));
    m_lines->setHorizontalHeaderLabels({tr("Article"), tr("Product"), tr("Quantity"), tr("Ordered"),
                                        tr("Net price"), tr("Amount excl. VAT"), tr("VAT"), tr("Note")});
    m_linesEmpty->setHint(tr("The order has no line yet: type a product's name, reference or GTIN in "
                             "Product above, then Enter."));
    refreshLines();
    refreshSummary();
}

void OrderEditorPage::reload()
{
    QSqlDatabase db = Database::connection();
    const QList<Supplier> suppliers = db.isOpen() ? SupplierStore::suppliers(db) : QList<Supplier>();
    const QString current = m_draft.supplier.id;
    m_filling = true;
    m_supplier->clear();
    for (const Supplier& s : suppliers)
        m_supplier->addItem(s.name, s.id);
    m_filling = false;
    if (suppliers.isEmpty()) {
        setDraft(OrderDraft());
        return;
    }
    const int index = m_supplier->findData(current);
    if (index < 0) {
        selectSupplier(suppliers.first().id);
        return;
    }
    // The same supplier: what is being typed stays; its terms and the
    // draft's products are read again (a sync may have changed them).
    m_filling = true;
    m_supplier->setCurrentIndex(index);
    m_filling = false;
    if (const std::optional<Supplier> s = SupplierStore::supplier(db, current))
        m_draft.supplier = *s;
    for (DraftLine& line : m_draft.lines) {
        const std::optional<CatalogueItem> item = SupplierStore::product(db, current, line.product.sku);
        line.available = item.has_value();
        if (item) {
            line.product = item->product;
            line.quantity = OrderDraft::resolve(line.product, line.quantity.typed, line.quantity.typedIn);
        }
    }
    refreshLines();
    refreshSummary();
}

bool OrderEditorPage::selectSupplier(const QString& supplierId)
{
    QSqlDatabase db = Database::connection();
    if (!db.isOpen())
        return false;
    if (m_draft.supplier.id == supplierId && m_draft.id != 0)
        return true; // already shown
    if (const std::optional<qint64> id = OrderDraftStore::latestFor(db, supplierId); id && openDraft(*id))
        return true;
    const std::optional<Supplier> supplier = SupplierStore::supplier(db, supplierId);
    if (!supplier)
        return false;
    setDraft(OrderDraft::start(*supplier, now()));
    return true;
}

bool OrderEditorPage::openDraft(qint64 id)
{
    QSqlDatabase db = Database::connection();
    std::optional<OrderDraft> draft = OrderDraftStore::load(db, id);
    if (!draft)
        return false;
    // Sent already (Moulin stopped between storing the order and dropping
    // the draft): the draft is done.
    if (!draft->reservedOrderId.isEmpty() &&
        SupplierStore::order(db, draft->supplier.id, draft->reservedOrderId)) {
        QString error;
        OrderDraftStore::remove(db, id, &error);
        setDraft(OrderDraft::start(draft->supplier, now()));
        return true;
    }
    setDraft(std::move(*draft));
    return true;
}

void OrderEditorPage::setDraft(OrderDraft draft)
{
    m_draft = std::move(draft);
    m_pending.reset();
    m_filling = true;
    const int index = m_supplier->findData(m_draft.supplier.id);
    if (index >= 0)
        m_supplier->setCurrentIndex(index);
    m_delivery->setDate(m_draft.deliveryDate.isValid() ? m_draft.deliveryDate : now().date());
    m_filling = false;
    m_search->clear();
    m_quantity->clear();
    updateMatches(QString());
    cancelSend();
    refreshLines();
    refreshSummary();
    Q_EMIT titleChanged();
}

void OrderEditorPage::save()
{
    if (m_draft.supplier.id.isEmpty() || (m_draft.id == 0 && m_draft.lines.isEmpty()))
        return;
    QSqlDatabase db = Database::connection();
    QString error;
    if (!OrderDraftStore::save(db, m_draft, now().toUTC(), &error))
        setStatus(tr("The draft could not be saved: %1").arg(error), true);
}

QString OrderEditorPage::title() const
{
    if (m_draft.lines.isEmpty())
        return tr("Order");
    return tr("Order (%n line(s))", "", int(m_draft.lines.size()));
}

OrderSplitDialog* OrderEditorPage::openSplit()
{
    cancelSend();
    // A line gone from the catalogue cannot be split: it would be lost.
    for (const DraftLine& line : std::as_const(m_draft.lines)) {
        if (!line.available) {
            setStatus(tr("Remove the lines no longer in the catalogue before splitting the order."), true);
            return nullptr;
        }
    }
    save();
    QSqlDatabase db = Database::connection();
    const QDateTime at = now();
    QList<SplitDemand> demands = OrderSplit::demandsOf(m_draft, at);
    QList<qint64> replaced;
    if (!demands.isEmpty() && m_draft.id != 0)
        replaced << m_draft.id;
    // The other unsent drafts for the same delivery day join the split.
    if (db.isOpen() && m_draft.deliveryDate.isValid()) {
        for (qint64 id : OrderDraftStore::drafts(db)) {
            if (id == m_draft.id)
                continue;
            const std::optional<OrderDraft> other = OrderDraftStore::load(db, id);
            if (!other || other->deliveryDate != m_draft.deliveryDate || !other->reservedOrderId.isEmpty() ||
                std::any_of(other->lines.cbegin(), other->lines.cend(),
                            [](const DraftLine& l) { return !l.available; }))
                continue;
            const QList<SplitDemand> more = OrderSplit::demandsOf(*other, at);
            if (more.isEmpty())
                continue;
            demands += more;
            replaced << id;
        }
    }
    if (demands.isEmpty()) {
        setStatus(tr("The order has no line to split across the suppliers."), true);
        return nullptr;
    }
    auto* dialog = new OrderSplitDialog(demands, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setClock(m_now);
    dialog->setReplacedDrafts(replaced);
    connect(dialog, &OrderSplitDialog::applied, this, [this](const QList<qint64>& drafts) {
        QSqlDatabase conn = Database::connection();
        qint64 show = drafts.isEmpty() ? 0 : drafts.first();
        for (qint64 id : drafts) {
            const std::optional<OrderDraft> d = OrderDraftStore::load(conn, id);
            if (d && d->supplier.id == m_draft.supplier.id)
                show = id;
        }
        m_draft = OrderDraft(); // replaced: not to be saved again
        if (show != 0)
            openDraft(show);
        setStatus(tr("The split was written as %n draft(s), one per supplier and delivery day.", "",
                     int(drafts.size())),
                  false);
    });
    dialog->open();
    return dialog;
}

QString OrderEditorPage::countdown(qint64 seconds)
{
    const qint64 minutes = seconds / 60;
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = (minutes / 60) % 24;
    if (days > 0)
        return tr("in %1 d %2 h").arg(days).arg(hours);
    if (minutes >= 60)
        return tr("in %1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return tr("in %1 min").arg(std::max<qint64>(minutes, 0));
}

QString OrderEditorPage::cutoffText() const
{
    return m_cutoff->text();
}

QString OrderEditorPage::issuesText() const
{
    return m_issuesPlain;
}

QString OrderEditorPage::totalsText() const
{
    return m_totals->text();
}

QString OrderEditorPage::statusText() const
{
    return m_status->text();
}

void OrderEditorPage::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
}

void OrderEditorPage::refreshLines()
{
    // The prices of the delivery day (a promotion counts when the goods arrive).
    const QDate day = m_draft.priceDay(now().date());
    m_filling = true;
    m_lines->setRowCount(int(m_draft.lines.size()));
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    for (int row = 0; row < m_draft.lines.size(); ++row) {
        const DraftLine& line = m_draft.lines.at(row);
        const Product& p = line.product;
        const OrderLine ordered = line.orderLine(day);
        m_lines->setItem(row, ColSku, readOnly(p.sku));
        m_lines->setItem(row, ColName, readOnly(p.name));
        QString quantity = UnitCode::withQuantity(
            OrderDraft::number(line.quantity.quantity), line.quantity.quantity,
            line.quantity.unit == OrderLine::Unit::Packs ? p.packUnitCode : p.unitCode);
        auto* q = new QTableWidgetItem(quantity);
        q->setTextAlignment(right);
        q->setToolTip(tr("Type a new quantity (e.g. 3, 2,5 or 15 kg); Del removes the line"));
        m_lines->setItem(row, ColQuantity, q);
        m_lines->setItem(
            row, ColOrdered,
            readOnly(line.quantity.unit == OrderLine::Unit::Packs && p.packSize != Decimal::fromInt(1)
                         ? UnitCode::withQuantity(OrderDraft::number(line.quantity.quantity * p.packSize),
                                                  line.quantity.quantity * p.packSize, p.unitCode)
                         : QString(),
                     right));
        QTableWidgetItem* price =
            readOnly(line.available ? OrderDraft::money(ordered.netPrice) + QStringLiteral(" / ") +
                                          UnitCode::label(ordered.quantityUnitCode())
                                    : QString(),
                     right);
        if (line.available && p.promotion && p.promotion->appliesOn(day) && ordered.grossPrice) {
            price->setText(price->text() + u' ' + tr("(promo)"));
            price->setToolTip(tr("%1 until %2: instead of %3")
                                  .arg(p.promotion->label.isEmpty() ? tr("Promotion") : p.promotion->label,
                                       QLocale().toString(p.promotion->to, QLocale::ShortFormat),
                                       OrderDraft::money(*ordered.grossPrice)));
        }
        m_lines->setItem(row, ColPrice, price);
        m_lines->setItem(row, ColAmount,
                         readOnly(line.available ? OrderDraft::money(ordered.amount()) : QString(), right));
        m_lines->setItem(row, ColVat, readOnly(vatText(p.vat), right));
        QTableWidgetItem* note =
            readOnly(line.available ? line.quantity.note : tr("No longer in the catalogue: remove the line"));
        if (!line.available)
            note->setForeground(QColor(0xb3, 0x26, 0x1e));
        m_lines->setItem(row, ColNote, note);
    }
    m_lines->resizeColumnToContents(ColSku);
    m_lines->resizeColumnToContents(ColQuantity);
    m_lines->resizeColumnToContents(ColOrdered);
    m_lines->resizeColumnToContents(ColPrice);
    m_lines->resizeColumnToContents(ColAmount);
    m_lines->resizeColumnToContents(ColVat);
    m_filling = false;
}

void OrderEditorPage::refreshSummary()
{
    const QDateTime at = now();
    const bool hasSupplier = !m_draft.supplier.id.isEmpty();
    m_search->setEnabled(hasSupplier);
    m_quantity->setEnabled(hasSupplier);
    m_delivery->setEnabled(hasSupplier);
    const QString noSupplier =
        tr("No supplier yet: the suppliers appear here once their catalogues are synchronised.");
    if (!hasSupplier) {
        m_totals->clear();
        m_franco->hide();
        m_issues->clear();
        m_issuesPlain.clear();
        m_cutoff->clear();
        m_refusal->hide();
        m_nextDate->hide();
        m_send->setEnabled(false);
        setStatus(noSupplier, false);
        return;
    }
    if (m_status->text() == noSupplier) // the suppliers arrived since
        setStatus(QString(), false);
    const DraftTotals t = m_draft.totals(m_draft.priceDay(at.date()));
    QStringList parts{tr("Total excl. VAT: %1").arg(OrderDraft::money(t.lines))};
    if (t.fee > Decimal())
        parts << tr("delivery: %1").arg(OrderDraft::money(t.fee));
    for (auto it = t.order.taxByRate.cbegin(); it != t.order.taxByRate.cend(); ++it)
        parts << tr("VAT %1: %2").arg(vatText(it.key()), OrderDraft::money(it.value()));
    parts << tr("Total incl. VAT: %1").arg(OrderDraft::money(t.order.taxInclusive));
    // No line, nothing to pay: no delivery fee or VAT on an empty order.
    m_totals->setText(m_draft.lines.isEmpty() ? tr("Total excl. VAT: %1").arg(OrderDraft::money(Decimal()))
                                              : parts.join(QStringLiteral(" — ")));

    const Decimal franco = m_draft.supplier.franco;
    if (franco > Decimal()) {
        m_franco->show();
        const qint64 max = franco.toCents();
        m_franco->setRange(0, int(std::min<qint64>(max, std::numeric_limits<int>::max())));
        m_franco->setValue(int(std::min(t.lines.toCents(), max)));
        // Without a delivery fee the supplier's franco is a minimum order.
        const bool minimumOnly = m_draft.supplier.deliveryFee == Decimal();
        QString text;
        if (minimumOnly)
            text = t.francoReached
                       ? tr("Minimum order reached (%1)").arg(OrderDraft::money(franco))
                       : tr("%1 more to reach the minimum order of %2")
                             .arg(OrderDraft::money(t.francoRemaining), OrderDraft::money(franco));
        else
            text = t.francoReached ? tr("Franco reached (%1): free delivery").arg(OrderDraft::money(franco))
                                   : tr("%1 more for franco, otherwise %2 delivery fee")
                                         .arg(OrderDraft::money(t.francoRemaining),
                                              OrderDraft::money(m_draft.supplier.deliveryFee));
        m_franco->setFormat(text.replace(u'%', QLatin1String("%%")));
        m_franco->setAccessibleName(text);
    } else {
        m_franco->hide();
    }

    QStringList html;
    QStringList plain;
    for (const DraftIssue& issue : m_draft.issues(at)) {
        plain << issue.text;
        if (issue.hint)
            continue; // said by the empty table itself, neutrally
        const bool refusal = issue.severity == DraftIssue::Severity::Refusal;
        html << QStringLiteral("<span style=\"color:%1\">%2</span>")
                    .arg(refusal ? QStringLiteral("#b3261e") : QStringLiteral("#8a5a00"),
                         issue.text.toHtmlEscaped());
    }
    m_issues->setText(html.join(QStringLiteral("<br>")));
    m_issuesPlain = plain.join(u'\n');
    m_send->setEnabled(m_draft.canSend(at));
    refreshCutoff();
    Q_EMIT titleChanged();
}

void OrderEditorPage::refreshCutoff()
{
    const QDateTime at = now();
    const QLocale locale;
    const QDateTime cutoff = m_draft.cutoff();
    if (m_draft.supplier.id.isEmpty() || !m_draft.deliveryDate.isValid() || !cutoff.isValid()) {
        m_cutoff->clear();
    } else {
        const qint64 seconds = at.secsTo(cutoff);
        const QString when = locale.toString(cutoff, QStringLiteral("dddd d MMMM HH:mm"));
        if (seconds >= 0) {
            m_cutoff->setText(tr("Order by %1 (%2)").arg(when, countdown(seconds)));
            m_cutoff->setStyleSheet(seconds < 3600 ? QStringLiteral("color: #8a5a00; font-weight: bold;")
                                                   : QString());
        } else {
            m_cutoff->setText(tr("Cut-off passed (%1)").arg(when));
            m_cutoff->setStyleSheet(QStringLiteral("color: #b3261e;"));
        }
    }
    const QString refusal = m_draft.supplier.id.isEmpty() ? QString() : m_draft.refusal(at);
    m_refusal->setText(refusal);
    m_refusal->setVisible(!refusal.isEmpty());
    const QDate next = m_draft.supplier.id.isEmpty() ? QDate() : m_draft.supplier.nextDelivery(at);
    m_nextDate->setVisible(!refusal.isEmpty() && next.isValid());
    if (next.isValid())
        m_nextDate->setText(tr("&Use %1").arg(locale.toString(next, QStringLiteral("dddd d MMMM"))));
}

void OrderEditorPage::updateMatches(const QString& text)
{
    m_matches->clear();
    m_found.clear();
    if (!text.trimmed().isEmpty() && !m_draft.supplier.id.isEmpty())
        m_found = m_finder->find(m_draft.supplier.id, text, kMatchLimit);
    const QDate day = m_draft.priceDay(now().date());
    for (const CatalogueItem& item : std::as_const(m_found)) {
        const Product& p = item.product;
        const QString price =
            p.soldByPackOnly
                ? tr("%1 per %2").arg(OrderDraft::money(p.packPriceOn(day)), UnitCode::label(p.packUnitCode))
                : tr("%1 per %2").arg(OrderDraft::money(p.unitPriceOn(day)), UnitCode::label(p.unitCode));
        auto* row =
            new QListWidgetItem(QStringLiteral("%1 — %2 — %3 — %4").arg(p.name, packText(p), price, p.sku));
        m_matches->addItem(row);
    }
    if (m_matches->count() > 0) {
        m_matches->setCurrentRow(0);
    } else if (!text.trimmed().isEmpty()) {
        // Said in the list itself, where the eyes are, rather than an empty list.
        auto* none = new QListWidgetItem(tr("No product matches « %1 ».").arg(text.trimmed()));
        none->setFlags(Qt::NoItemFlags);
        none->setForeground(QColor(0xb3, 0x26, 0x1e));
        m_matches->addItem(none);
    }
    m_matches->setVisible(m_matches->count() > 0);
    if (!text.trimmed().isEmpty() && m_found.isEmpty())
        setStatus(tr("No product of %1 matches « %2 ».").arg(m_draft.supplier.name, text.trimmed()), false);
    else if (!text.trimmed().isEmpty())
        setStatus(QString(), false);
}

void OrderEditorPage::moveMatch(int delta)
{
    if (m_found.isEmpty())
        return;
    const int row = std::clamp(m_matches->currentRow() + delta, 0, m_matches->count() - 1);
    m_matches->setCurrentRow(row);
}

void OrderEditorPage::chooseMatch()
{
    const int row = m_matches->currentRow();
    if (row < 0 || row >= m_found.size())
        return;
    const Product& p = m_found.at(row).product;
    m_pending = p;
    m_pendingLabel->setText(tr("%1 — %2").arg(p.name, packText(p)));
    m_quantity->setPlaceholderText(p.soldByPackOnly ? tr("packs (%1)").arg(UnitCode::label(p.packUnitCode))
                                                    : UnitCode::label(p.unitCode));
    m_quantity->clear();
    m_quantity->setFocus();
}

void OrderEditorPage::enterQuantity()
{
    if (!m_pending) {
        setStatus(tr("Choose a product first: type its name, then Enter."), true);
        m_search->setFocus();
        return;
    }
    QString error;
    const int row = m_draft.addLine(*m_pending, m_quantity->text(), &error);
    if (row < 0) {
        setStatus(error, true);
        m_quantity->selectAll();
        return;
    }
    save();
    const DraftLine& line = m_draft.lines.at(row);
    setStatus(line.quantity.isRounded()
                  ? tr("%1: %2").arg(line.product.name, line.quantity.note)
                  : tr("%1: %2 added")
                        .arg(line.product.name, OrderDraft::quantityText(line.product, line.quantity)),
              false);
    m_pending.reset();
    m_pendingLabel->clear();
    m_quantity->clear();
    m_quantity->setPlaceholderText(QString());
    m_search->clear();
    updateMatches(QString());
    refreshLines();
    m_lines->selectRow(row);
    refreshSummary();
    m_search->setFocus();
}

void OrderEditorPage::removeSelectedLine()
{
    const int row = m_lines->currentRow();
    if (row < 0 || row >= m_draft.lines.size())
        return;
    const QString name = m_draft.lines.at(row).product.name;
    m_draft.removeLine(row);
    save();
    refreshLines();
    if (!m_draft.lines.isEmpty())
        m_lines->selectRow(std::min(row, int(m_draft.lines.size()) - 1));
    refreshSummary();
    setStatus(tr("%1 removed").arg(name), false);
}

void OrderEditorPage::lineEdited(int row, int column)
{
    if (m_filling || column != ColQuantity || row < 0 || row >= m_draft.lines.size())
        return;
    QString error;
    const QString text = m_lines->item(row, column) ? m_lines->item(row, column)->text() : QString();
    if (!m_draft.setQuantity(row, text, &error)) {
        setStatus(error, true);
    } else {
        save();
        const DraftLine& line = m_draft.lines.at(row);
        setStatus(line.quantity.isRounded() ? tr("%1: %2").arg(line.product.name, line.quantity.note)
                                            : QString(),
                  false);
    }
    // Shown again from the draft (a refused quantity goes back to the line's).
    QTimer::singleShot(0, this, [this, row] {
        refreshLines();
        m_lines->selectRow(std::min(row, int(m_draft.lines.size()) - 1));
        refreshSummary();
    });
}

std::optional<Order> OrderEditorPage::buildOrder(QStringList* problems, QString* connector)
{
    QSqlDatabase db = Database::connection();
    const QDateTime at = now();
    for (const DraftIssue& issue : m_draft.issues(at)) {
        if (issue.severity == DraftIssue::Severity::Refusal)
            problems->append(issue.text);
    }
    const RestaurantIdentity identity = RestaurantIdentity::current();
    const QList<RestaurantBuyer::Problem> buyer = RestaurantBuyer::problems(identity);
    for (const RestaurantBuyer::Problem& p : buyer)
        problems->append(tr("Settings ▸ Establishment: %1").arg(p.message));
    *connector = SupplierStore::connectorOf(db, m_draft.supplier.id);
    if (connector->isEmpty())
        problems->append(tr("%1 has no connection to send the order through.").arg(m_draft.supplier.name));
    if (!problems->isEmpty())
        return std::nullopt;
    QString account;
    if (m_runtime) {
        if (const std::optional<ConnectorConfig> config = m_runtime->config(*connector))
            account = config->storeId;
    }
    const QString orderId = m_draft.reservedOrderId.isEmpty() ? OrderIdentity::makeOrderId(at.date(), 1)
                                                              : m_draft.reservedOrderId;
    Order order = m_draft.toOrder(RestaurantBuyer::toBuyer(identity), orderId, at, account);
    const QList<UblIssue> issues = UblOrderValidator::validate(UblOrderWriter::write(order));
    for (const UblIssue& issue : issues) {
        if (issue.severity == UblIssue::Severity::Fatal)
            problems->append(issue.message);
    }
    if (!problems->isEmpty())
        return std::nullopt;
    return order;
}

void OrderEditorPage::requestSend()
{
    if (!m_confirmBar->isHidden()) {
        m_confirm->setFocus();
        return;
    }
    QStringList problems;
    QString connector;
    const std::optional<Order> order = buildOrder(&problems, &connector);
    if (!order) {
        refreshSummary();
        m_issuesPlain = problems.join(u'\n');
        QStringList html;
        for (const QString& p : std::as_const(problems))
            html << QStringLiteral("<span style=\"color:#b3261e\">%1</span>").arg(p.toHtmlEscaped());
        m_issues->setText(html.join(QStringLiteral("<br>")));
        setStatus(tr("The order cannot be sent yet: %n problem(s) listed above.", "", int(problems.size())),
                  true);
        return;
    }
    refreshSummary(); // the problems listed before are gone
    const OrderTotals totals = order->totals();
    m_confirmText->setText(
        tr("Send %n line(s) to %1 for delivery on %2, %3 incl. VAT? Enter sends, Esc goes back.", "",
           int(order->lines.size()))
            .arg(m_draft.supplier.name, QLocale().toString(order->deliveryDate, QLocale::LongFormat),
                 OrderDraft::money(totals.taxInclusive)));
    m_confirmBar->show();
    m_confirm->setEnabled(true);
    m_confirm->setFocus();
}

void OrderEditorPage::cancelSend()
{
    const bool wasShown = !m_confirmBar->isHidden();
    m_confirmBar->hide();
    if (wasShown)
        m_search->setFocus();
}

void OrderEditorPage::confirmSend()
{
    if (m_confirmBar->isHidden() || !m_confirm->isEnabled())
        return;
    m_confirm->setEnabled(false); // one send per confirmation
    m_confirmBar->hide();
    QSqlDatabase db = Database::connection();
    const QDateTime at = now();
    // The number is reserved (and stored) before anything is sent: a second
    // send of this draft, after a crash, is the same order.
    save();
    QString error;
    if (m_draft.id == 0 || !OrderDraftStore::reserveOrderId(db, m_draft, at.date(), &error)) {
        setStatus(tr("The order could not be prepared: %1").arg(error), true);
        return;
    }
    QStringList problems;
    QString connector;
    const std::optional<Order> order = buildOrder(&problems, &connector);
    if (!order) {
        setStatus(problems.join(u'\n'), true);
        return;
    }
    Outbox* outbox = m_runtime ? m_runtime->outbox() : nullptr;
    const SupplierOrdering::Placed placed = SupplierOrdering::place(db, outbox, connector, *order);
    if (!placed.ok) {
        QStringList lines{placed.error};
        for (const UblIssue& issue : placed.issues)
            lines << issue.message;
        setStatus(lines.join(u'\n'), true);
        return;
    }
    const QString supplierId = m_draft.supplier.id;
    const Supplier supplier = m_draft.supplier;
    if (!OrderDraftStore::remove(db, m_draft.id, &error))
        qWarning("order draft %lld not removed: %s", m_draft.id, qPrintable(error));
    setDraft(OrderDraft::start(supplier, at));
    setStatus(tr("Order %1 to %2 stored and queued for sending.").arg(order->id, supplier.name), false);
    m_search->setFocus();
    Q_EMIT orderPlaced(supplierId, order->id);
}

bool OrderEditorPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    const bool ctrl = key->modifiers().testFlag(Qt::ControlModifier);
    if (watched == m_search) {
        if (isEnter(key) && ctrl) {
            requestSend();
            return true;
        }
        switch (key->key()) {
        case Qt::Key_Down:
            moveMatch(1);
            return true;
        case Qt::Key_Up:
            moveMatch(-1);
            return true;
        case Qt::Key_PageDown:
            moveMatch(5);
            return true;
        case Qt::Key_PageUp:
            moveMatch(-5);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            chooseMatch();
            return true;
        case Qt::Key_Escape:
            if (!m_search->text().isEmpty()) {
                m_search->clear();
                updateMatches(QString());
                return true;
            }
            break;
        default:
            break;
        }
    } else if (watched == m_quantity) {
        if (isEnter(key) && ctrl) {
            requestSend();
            return true;
        }
        if (isEnter(key)) {
            enterQuantity();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            m_pending.reset();
            m_pendingLabel->clear();
            m_quantity->clear();
            m_search->setFocus();
            m_search->selectAll();
            return true;
        }
    } else if (watched == m_lines) {
        if (key->key() == Qt::Key_Delete) {
            removeSelectedLine();
            return true;
        }
        if (isEnter(key) && ctrl) {
            requestSend();
            return true;
        }
    } else if (watched == m_confirm || watched == m_cancel) {
        if (key->key() == Qt::Key_Escape) {
            cancelSend();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Moulin
