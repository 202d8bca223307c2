#include "suppliers/ui/suggestionspage.h"

#include "common/core/database.h"
#include "common/core/dbworker.h"
#include "common/core/readinterfaces.h"
#include "common/ui/emptystatewidget.h"
#include "forecast/core/forecaster.h"
#include "suppliers/core/orderdraftstore.h"
#include "suppliers/ui/ordereditorpage.h"
#include "suppliers/ui/ordersplitdialog.h"
#include "suppliers/ui/supplierformat.h"
#include "suppliers/ui/tableemptyhint.h"

#include <QApplication>
#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Moulin {

namespace {

/// A supplier too long for the list is elided on its two lines (whole in its
/// tooltip) rather than scrolled sideways.
class ElidingDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setWidth(1); // the view's width, whatever the text's
        return size;
    }
};

bool isEnter(const QKeyEvent* key)
{
    return key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
}

QTableWidgetItem* cell(const QString& text, bool right, bool editable = false)
{
    auto* item = new QTableWidgetItem(text);
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (editable)
        flags |= Qt::ItemIsEditable;
    item->setFlags(flags);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString amount(const Decimal& value, const QString& unit)
{
    return UnitCode::withQuantity(OrderDraft::number(value.rounded(3)), value.rounded(3), unit);
}

/// "2,5": what a cell shows for a number (no unit).
QString plain(const Decimal& value)
{
    return OrderDraft::number(value.rounded(3));
}

/// A number typed as the locale writes it ("2,5", "2.5"); nullopt otherwise.
std::optional<Decimal> typedNumber(QString text)
{
    text = text.trimmed().replace(u',', u'.').remove(u' ').remove(QChar(0x202F)).remove(QChar(0xA0));
    return Decimal::parse(text);
}

/// A safety stock typed with or without its unit ("2,5", "2,5 kg"), the
/// unit being the product's; nullopt otherwise.
std::optional<Decimal> typedPar(const QString& text, const QString& unit)
{
    static const QRegularExpression withUnit(QStringLiteral("^(.*\\d)\\s*([^\\d\\s.,]+)\\.?\\s*$"));
    const QRegularExpressionMatch m = withUnit.match(text.trimmed());
    if (!m.hasMatch())
        return typedNumber(text);
    const QString typed = m.captured(2);
    // "kg", "pièce", "pièces": the unit's label and its singular and plural forms.
    const QString one = UnitCode::withQuantity(QStringLiteral("1"), Decimal::fromInt(1), unit);
    const QString two = UnitCode::withQuantity(QStringLiteral("2"), Decimal::fromInt(2), unit);
    for (const QString& known : {Units::label(unit), one.mid(1).trimmed(), two.mid(1).trimmed()}) {
        if (typed.compare(known, Qt::CaseInsensitive) == 0)
            return typedNumber(m.captured(1));
    }
    return std::nullopt;
}

} // namespace

SuggestionsPage::SuggestionsPage(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget)
    , m_empty(new EmptyStateWidget)
    , m_heading(new QLabel)
    , m_missing(new QLabel)
    , m_suppliers(new QListWidget)
    , m_slot(new QLabel)
    , m_lines(new QTableWidget(0, ColumnCount))
    , m_prepare(new QPushButton)
    , m_split(new QPushButton)
    , m_status(new QLabel)
    , m_clock(new QTimer(this))
{
    m_suppliers->setObjectName(QStringLiteral("suggestionSuppliers"));
    m_lines->setObjectName(QStringLiteral("suggestionLines"));
    m_prepare->setObjectName(QStringLiteral("suggestionPrepare"));
    m_split->setObjectName(QStringLiteral("suggestionSplit"));
    m_split->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_heading->setWordWrap(true);
    m_missing->setWordWrap(true);
    m_missing->setStyleSheet(QStringLiteral("color: #8a5300;"));
    m_slot->setWordWrap(true);
    m_slot->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    // One supplier on two unbroken lines; the list takes the width they need.
    m_suppliers->setMinimumWidth(220);
    m_suppliers->setWordWrap(false);
    m_suppliers->setTextElideMode(Qt::ElideRight);
    m_suppliers->setItemDelegate(new ElidingDelegate(m_suppliers));
    m_suppliers->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_suppliers->setSpacing(4);
    m_linesEmpty = TableEmptyHint::install(m_lines, QStringLiteral("suggestionLinesEmpty"));
    m_lines->verticalHeader()->hide();
    m_lines->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_lines->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lines->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                             QAbstractItemView::EditKeyPressed);
    m_lines->horizontalHeader()->setStretchLastSection(true);
    m_lines->setWordWrap(false); // a long note is elided on its line, whole in its tooltip

    auto* page = new QWidget;
    auto* right = new QVBoxLayout;
    right->addWidget(m_slot);
    right->addWidget(m_lines, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_split);
    buttons->addWidget(m_prepare);
    right->addLayout(buttons);
    auto* columns = new QHBoxLayout;
    columns->addWidget(m_suppliers);
    columns->addLayout(right, 1);
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->addWidget(m_heading);
    pageLayout->addWidget(m_missing);
    pageLayout->addLayout(columns, 1);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(page);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_suppliers->installEventFilter(this);
    m_lines->installEventFilter(this);
    connect(m_suppliers, &QListWidget::currentRowChanged, this, [this] {
        if (!m_filling) {
            m_userPicked = true;
            showSupplier();
        }
    });
    connect(m_lines, &QTableWidget::cellChanged, this, &SuggestionsPage::cellEdited);
    connect(m_prepare, &QPushButton::clicked, this, &SuggestionsPage::prepareDraft);
    connect(m_split, &QPushButton::clicked, this, &SuggestionsPage::openSplit);
    connect(m_empty, &EmptyStateWidget::actionRequested, this, &SuggestionsPage::reload);
    m_clock->setInterval(30000);
    connect(m_clock, &QTimer::timeout, this, [this] {
        // A cut-off gone by: the next slot.
        if (const SupplierSuggestion* slot = currentSlot(); slot && slot->cutoff < now())
            reload();
        else
            refreshSlot();
    });
    m_clock->start();
    retranslateUi();
    m_stack->setCurrentWidget(m_empty);
}

SuggestionsPage::~SuggestionsPage() = default;

QString SuggestionsPage::title()
{
    return tr("Suggestions");
}

void SuggestionsPage::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

QDateTime SuggestionsPage::now() const
{
    return m_now ? m_now() : QDateTime::currentDateTime();
}

bool SuggestionsPage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

QString SuggestionsPage::slotText() const
{
    return m_slot->text();
}

QString SuggestionsPage::statusText() const
{
    return m_status->text();
}

void SuggestionsPage::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
}

void SuggestionsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_result)
        reload();
    QTimer::singleShot(0, this, [this] {
        if (isVisible() && !isAncestorOf(QApplication::focusWidget()))
            m_suppliers->setFocus(Qt::OtherFocusReason);
    });
}

void SuggestionsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SuggestionsPage::retranslateUi()
{
    m_heading->setText(
        tr("Orders suggested for each supplier's next delivery: the covers forecast until the delivery "
           "after it × the dishes' usual mix × the recipes, less the stock expected at delivery and what is "
           "already on order, plus the safety stock, rounded up to whole packs. ↑/↓ a supplier, Enter its "
           "lines, type a quantity or a safety stock, Ctrl+Enter prepares the order in Commande."));
    m_lines->setHorizontalHeaderLabels({tr("Product"), tr("Qty"), tr("Ordered in"), tr("i.e."), tr("Covers"),
                                        tr("Portions"), tr("Need"), tr("Stock at delivery"), tr("On order"),
                                        tr("Safety stock"), tr("Note")});
    m_prepare->setText(tr("Prepare the order (Ctrl+Enter)"));
    m_split->setText(tr("Cheapest split… (Ctrl+Shift+R)"));
    m_split->setToolTip(
        tr("Shares every supplier's suggestion among the suppliers carrying the same products so "
           "that prices and delivery fees cost least, then prepares the drafts."));
    if (m_result) {
        fillSuppliers();
        showSupplier();
    }
}

void SuggestionsPage::reload()
{
    if (Database::path().isEmpty()) {
        apply(std::make_shared<SuggestedOrders>());
        return;
    }
    if (!m_worker)
        m_worker = std::make_unique<DbWorker>();
    const quint64 request = ++m_request;
    const QDateTime at = now();
    const QFuture<std::shared_ptr<const SuggestedOrders>> future =
        m_worker->run([at](QSqlDatabase& db) -> std::shared_ptr<const SuggestedOrders> {
            const std::shared_ptr<MenuSalesSource> sales = ReadInterfaces::get<MenuSalesSource>();
            const std::shared_ptr<CoversHistorySource> history = ReadInterfaces::get<CoversHistorySource>();
            QHash<QDate, double> forecast;
            const Forecaster forecaster = Forecaster::fromRegistry();
            if (forecaster.hasHistory() || forecaster.hasBook()) {
                const CoversForecast f = forecaster.forecast(at.toUTC(), SuggestedOrders::kMaxForecastDays);
                for (const ServiceForecast& s : f.services) {
                    if (!s.closed)
                        forecast[s.day] += std::max(0.0, s.total());
                }
            }
            const SuggestionInputs in = SuggestedOrders::load(db, at, sales.get(), history.get(), forecast);
            return std::make_shared<const SuggestedOrders>(SuggestedOrders::compute(in));
        });
    // A watcher rather than QFuture::then(context): it reports a future
    // that finished before it was watched (Qt 6.4 can drop such a then()).
    auto* watcher = new QFutureWatcher<std::shared_ptr<const SuggestedOrders>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        if (request != m_request || watcher->future().isCanceled() || watcher->future().resultCount() == 0)
            return;
        apply(watcher->future().result());
    });
    watcher->setFuture(future);
}

void SuggestionsPage::apply(std::shared_ptr<const SuggestedOrders> result)
{
    QString current = m_wanted.isEmpty() ? currentSupplier() : m_wanted;
    const bool chosen = !m_wanted.isEmpty() || m_userPicked;
    m_wanted.clear();
    m_result = std::move(result);
    // The supplier shown stays, unless the page chose it and it has nothing to
    // order any more: then the first one with lines.
    if (const SupplierSuggestion* s = m_result->find(current); !chosen && (!s || s->lines.isEmpty()))
        current.clear();
    bool anyLine = false;
    for (const SupplierSuggestion& s : m_result->suppliers)
        anyLine = anyLine || !s.lines.isEmpty();
    if (!anyLine) {
        EmptyState state;
        if (m_result->suppliers.isEmpty()) {
            state.title = tr("No supplier yet");
            state.explanation =
                tr("The suggestions need the suppliers' catalogues and delivery days: connect a "
                   "supplier and let its catalogue synchronise.");
        } else if (m_result->missing != SuggestedOrders::Missing::Nothing) {
            state.title = tr("No suggestion yet");
            state.explanation = m_result->missingText();
        } else {
            state.title = tr("Nothing to order");
            state.explanation = tr("The stock and the orders on their way cover the forecast until each "
                                   "supplier's delivery after next.");
        }
        state.actionLabel = tr("Compute again");
        m_empty->setState(state);
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_stack->widget(1));
    }
    m_missing->setText(m_result->missingText());
    m_missing->setVisible(!m_result->missingText().isEmpty());
    fillSuppliers();
    int row = -1;
    for (int i = 0; i < m_suppliers->count(); ++i) {
        if (m_suppliers->item(i)->data(Qt::UserRole).toString() == current)
            row = i;
    }
    if (row < 0) {
        for (int i = 0; i < m_result->suppliers.size() && row < 0; ++i) {
            if (!m_result->suppliers.at(i).lines.isEmpty())
                row = i;
        }
    }
    m_filling = true;
    m_suppliers->setCurrentRow(std::max(row, 0));
    m_filling = false;
    showSupplier();
    Q_EMIT reloaded();
}

void SuggestionsPage::fillSuppliers()
{
    if (!m_result)
        return;
    const int row = m_suppliers->currentRow();
    m_filling = true;
    m_suppliers->clear();
    const QDateTime at = now();
    const QLocale locale;
    for (const SupplierSuggestion& s : m_result->suppliers) {
        int count = 0;
        for (const SuggestedLine& l : s.lines)
            count += l.quantity.quantity > Decimal() ? 1 : 0;
        const QString lines = count > 0 ? tr("%n line(s)", nullptr, count) : tr("nothing to order");
        auto* item = new QListWidgetItem(tr("%1 — %2\ndelivery %3, order %4")
                                             .arg(s.supplier.name, lines,
                                                  locale.toString(s.delivery, QStringLiteral("ddd dd/MM")),
                                                  OrderEditorPage::countdown(at.secsTo(s.cutoff))));
        item->setData(Qt::UserRole, s.supplier.id);
        item->setToolTip(item->text());
        if (count == 0)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        m_suppliers->addItem(item);
    }
    if (row >= 0 && row < m_suppliers->count())
        m_suppliers->setCurrentRow(row);
    m_filling = false;
    fitSuppliers();
}

void SuggestionsPage::fitSuppliers()
{
    const QFontMetrics metrics = m_suppliers->fontMetrics();
    int widest = 0;
    for (int i = 0; i < m_suppliers->count(); ++i) {
        for (const QString& line : m_suppliers->item(i)->text().split(u'\n'))
            widest = std::max(widest, metrics.horizontalAdvance(line));
    }
    const int frame = 2 * m_suppliers->frameWidth() + 2 * m_suppliers->spacing() + 16 +
                      m_suppliers->verticalScrollBar()->sizeHint().width();
    // Never more than a fifth of the page: the lines need the room (an
    // elided supplier is whole in its tooltip).
    const int most = std::max(220, width() / 5);
    m_suppliers->setFixedWidth(std::clamp(widest + frame, 220, most));
}

void SuggestionsPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitSuppliers();
}

QString SuggestionsPage::currentSupplier() const
{
    const QListWidgetItem* item = m_suppliers->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

const SupplierSuggestion* SuggestionsPage::currentSlot() const
{
    return m_result ? m_result->find(currentSupplier()) : nullptr;
}

QList<SuggestedLine> SuggestionsPage::currentLines() const
{
    const SupplierSuggestion* slot = currentSlot();
    if (!slot)
        return {};
    QList<SuggestedLine> lines = slot->lines;
    const QHash<QString, DraftQuantity> typed = m_typed.value(slot->supplier.id);
    for (SuggestedLine& l : lines) {
        const auto it = typed.constFind(l.product.sku);
        if (it == typed.cend())
            continue;
        l.quantity = *it;
        l.orderedUnits =
            it->unit == OrderLine::Unit::Packs ? it->quantity * l.product.packSize : it->quantity;
    }
    return lines;
}

void SuggestionsPage::refreshSlot()
{
    const SupplierSuggestion* slot = currentSlot();
    if (!slot) {
        m_slot->clear();
        return;
    }
    const QLocale locale;
    const QDateTime at = now();
    SupplierSuggestion shown = *slot;
    shown.lines = currentLines();
    const QString until = shown.nextDelivery.isValid()
                              ? locale.toString(shown.nextDelivery.addDays(-1), QStringLiteral("dddd d MMMM"))
                              : locale.toString(shown.delivery, QStringLiteral("dddd d MMMM"));
    m_slot->setText(
        tr("%1: delivery on %2 (covers until %3). Order before %4 — %5. %6 covers expected; about %7 excl. "
           "VAT.")
            .arg(shown.supplier.name, locale.toString(shown.delivery, QStringLiteral("dddd d MMMM")), until,
                 locale.toString(shown.cutoff, QStringLiteral("dddd d MMMM HH:mm")),
                 OrderEditorPage::countdown(at.secsTo(shown.cutoff)),
                 OrderDraft::number(Decimal::fromInt(qRound64(shown.forecastCovers))),
                 SupplierFormat::money(shown.estimatedTotal(shown.delivery))));
    for (int i = 0; i < m_suppliers->count(); ++i) {
        QListWidgetItem* item = m_suppliers->item(i);
        if (const SupplierSuggestion* s = m_result->find(item->data(Qt::UserRole).toString())) {
            const QStringList parts = item->text().split(u'\n');
            item->setText(parts.first() + u'\n' +
                          tr("delivery %1, order %2")
                              .arg(locale.toString(s->delivery, QStringLiteral("ddd dd/MM")),
                                   OrderEditorPage::countdown(at.secsTo(s->cutoff))));
            item->setToolTip(item->text());
        }
    }
}

void SuggestionsPage::showSupplier()
{
    const SupplierSuggestion* slot = currentSlot();
    const QList<SuggestedLine> lines = currentLines();
    const int row = m_lines->currentRow();
    const int column = m_lines->currentColumn();
    m_filling = true;
    m_lines->setRowCount(int(lines.size()));
    for (int r = 0; r < lines.size(); ++r) {
        const SuggestedLine& l = lines.at(r);
        const QString unit = l.product.unitCode;
        const bool packs = l.quantity.unit == OrderLine::Unit::Packs;
        m_lines->setItem(r, ColProduct, cell(l.product.name, false));
        m_lines->setItem(r, ColQuantity, cell(plain(l.quantity.quantity), true, true));
        m_lines->setItem(r, ColPack,
                         cell(packs ? SupplierFormat::pack(l.product) : Units::label(unit), false));
        m_lines->setItem(r, ColOrdered, cell(amount(l.orderedUnits, unit), true));
        m_lines->setItem(r, ColCovers,
                         cell(OrderDraft::number(Decimal::fromInt(qRound64(l.forecastCovers))), true));
        m_lines->setItem(r, ColPortions, cell(plain(l.portions), true));
        m_lines->setItem(r, ColNeed, cell(amount(l.need, unit), true));
        m_lines->setItem(r, ColStock,
                         cell(l.stockNow ? amount(l.stockAtDelivery, unit) : tr("not counted"), true));
        m_lines->setItem(r, ColOnOrder, cell(amount(l.onOrder, unit), true));
        m_lines->setItem(r, ColPar, cell(amount(l.par, unit), true, true));
        QString note = l.isFlagged()
                           ? tr("Unit not convertible: %1 (Ctrl+U to fix)").arg(l.problems.join(u' '))
                           : l.quantity.note;
        if (m_typed.value(slot->supplier.id).contains(l.product.sku))
            note = tr("typed over (suggested: %1)").arg(plain(slot->lines.at(r).quantity.quantity));
        m_lines->setItem(r, ColNote, cell(note, false));
        const QString why = SuggestedOrders::explain(slot->lines.at(r), *slot);
        for (int c = 0; c < ColumnCount; ++c)
            m_lines->item(r, c)->setToolTip(why);
        if (!note.isEmpty()) // the whole note, however narrow its column
            m_lines->item(r, ColNote)->setToolTip(note + QStringLiteral("\n\n") + why);
        if (l.isFlagged())
            m_lines->item(r, ColNote)->setForeground(QColor(0xb3, 0x26, 0x1e));
    }
    m_filling = false;
    // The covers are the delivery's, said in the heading: a column of the same
    // number on every line only when a line has others.
    bool sameCovers = true;
    for (const SuggestedLine& l : lines)
        sameCovers = sameCovers && slot && qRound64(l.forecastCovers) == qRound64(slot->forecastCovers);
    m_lines->setColumnHidden(ColCovers, sameCovers && !lines.isEmpty());
    m_lines->horizontalHeader()->setSectionResizeMode(ColNote, QHeaderView::Interactive);
    m_lines->resizeColumnsToContents();
    // The note takes the room left (its tooltip has it whole); the figures fit.
    m_lines->horizontalHeader()->setSectionResizeMode(ColNote, QHeaderView::Stretch);
    fitLineColumns();
    m_linesEmpty->setHint(slot && lines.isEmpty()
                              ? tr("Nothing to order from %1 for this delivery: the stock and the orders on "
                                   "their way cover the forecast.")
                                    .arg(slot->supplier.name)
                              : QString());
    if (row >= 0 && row < m_lines->rowCount())
        m_lines->setCurrentCell(row, std::max(column, 0));
    m_prepare->setEnabled(slot && !lines.isEmpty());
    m_split->setEnabled(!splitDemands().isEmpty());
    refreshSlot();
}

void SuggestionsPage::cellEdited(int row, int column)
{
    if (m_filling)
        return;
    const SupplierSuggestion* slot = currentSlot();
    if (!slot || row < 0 || row >= slot->lines.size())
        return;
    const SuggestedLine& line = slot->lines.at(row);
    const QString text = m_lines->item(row, column)->text();
    if (column == ColQuantity) {
        QString error;
        std::optional<DraftQuantity> q;
        if (const std::optional<Decimal> n = typedNumber(text); n && n->isZero()) {
            DraftQuantity zero;
            zero.unit = line.quantity.unit;
            q = zero;
        } else {
            q = OrderDraft::parseQuantity(line.product, text, &error);
        }
        if (!q) {
            setStatus(error, true);
        } else {
            m_typed[slot->supplier.id].insert(line.product.sku, *q);
            setStatus(tr("%1: %2").arg(line.product.name, OrderDraft::quantityText(line.product, *q)), false);
        }
        QTimer::singleShot(0, this, &SuggestionsPage::showSupplier); // not inside the item's signal
        return;
    }
    if (column != ColPar)
        return;
    const std::optional<Decimal> par = typedPar(text, line.product.unitCode);
    if (!par || par->isNegative()) {
        setStatus(tr("\"%1\" is not a safety stock: type a quantity in %2, 0 for none.")
                      .arg(text, Units::label(line.product.unitCode)),
                  true);
        QTimer::singleShot(0, this, &SuggestionsPage::showSupplier);
        return;
    }
    // One row, written here as the order editor saves its drafts; then
    // everything is computed again off the GUI thread.
    QSqlDatabase db = Database::connection();
    QString error;
    if (!ParStock::save(db, line.product.supplierId, line.product.sku, *par, now().toUTC(), &error)) {
        setStatus(tr("The safety stock could not be saved: %1").arg(error), true);
        QTimer::singleShot(0, this, &SuggestionsPage::showSupplier);
        return;
    }
    setStatus(tr("Safety stock of %1: %2").arg(line.product.name, amount(*par, line.product.unitCode)),
              false);
    m_wanted = slot->supplier.id;
    reload();
}

void SuggestionsPage::prepareDraft()
{
    const SupplierSuggestion* slot = currentSlot();
    if (!slot)
        return;
    SupplierSuggestion chosen = *slot;
    chosen.lines = currentLines();
    bool any = false;
    for (const SuggestedLine& l : std::as_const(chosen.lines))
        any = any || l.quantity.quantity > Decimal();
    if (!any) {
        setStatus(tr("Nothing to order from %1.").arg(chosen.supplier.name), true);
        return;
    }
    QSqlDatabase db = Database::connection();
    if (!db.isOpen())
        return;
    const QDateTime at = now();
    // The supplier's draft (what was typed in Commande stays), else a new one.
    std::optional<OrderDraft> draft;
    if (const std::optional<qint64> id = OrderDraftStore::latestFor(db, chosen.supplier.id))
        draft = OrderDraftStore::load(db, *id);
    if (draft && !draft->reservedOrderId.isEmpty() &&
        SupplierStore::order(db, draft->supplier.id, draft->reservedOrderId)) {
        QString ignored;
        OrderDraftStore::remove(db, draft->id, &ignored);
        draft.reset(); // sent already
    }
    if (!draft)
        draft = OrderDraft::start(chosen.supplier, at);
    SuggestedOrders::applyTo(*draft, chosen);
    QString error;
    if (!OrderDraftStore::save(db, *draft, at.toUTC(), &error)) {
        setStatus(tr("The draft could not be saved: %1").arg(error), true);
        return;
    }
    m_prepared = chosen.supplier.id;
    setStatus(tr("%1: the order is ready in Commande — Ctrl+Enter, then Enter, sends it.")
                  .arg(chosen.supplier.name),
              false);
    Q_EMIT draftPrepared(chosen.supplier.id, draft->id);
}

bool SuggestionsPage::takeOrderPlaced(const QString& supplierId)
{
    if (m_prepared.isEmpty() || m_prepared != supplierId)
        return false;
    m_prepared.clear();
    m_typed.remove(supplierId);
    // The next supplier with something to order, after this one.
    m_wanted.clear();
    if (m_result) {
        bool after = false;
        for (const SupplierSuggestion& s : m_result->suppliers) {
            if (s.supplier.id == supplierId) {
                after = true;
                continue;
            }
            bool any = false;
            for (const SuggestedLine& l : s.lines)
                any = any || l.quantity.quantity > Decimal();
            if (any && (after || m_wanted.isEmpty())) {
                m_wanted = s.supplier.id;
                if (after)
                    break;
            }
        }
    }
    const QString name =
        m_result && m_result->find(supplierId) ? m_result->find(supplierId)->supplier.name : supplierId;
    setStatus(tr("Order to %1 sent.").arg(name), false);
    reload();
    m_suppliers->setFocus(Qt::OtherFocusReason);
    return true;
}

bool SuggestionsPage::fixUnit()
{
    const SupplierSuggestion* slot = currentSlot();
    const int row = m_lines->currentRow();
    if (!slot || row < 0 || row >= slot->lines.size() || slot->lines.at(row).unitProblems.isEmpty()) {
        setStatus(tr("Ctrl+U works on a line whose unit does not convert (marked in red)."), true);
        return false;
    }
    const UnitProblem& problem = slot->lines.at(row).unitProblems.first();
    Q_EMIT unitFixRequested(problem.recipeId, problem.line);
    return true;
}

void SuggestionsPage::fitLineColumns()
{
    // A long product name gives way to the note when the page is narrow (both
    // whole in their tooltips), down to a short name's width.
    if (!m_lines->isVisible())
        return; // done when shown: the room is known then
    m_lines->resizeColumnToContents(ColProduct);
    int others = 0;
    for (int c = 0; c < ColumnCount; ++c) {
        if (c != ColNote && !m_lines->isColumnHidden(c))
            others += m_lines->columnWidth(c);
    }
    int note = 0;
    for (int r = 0; r < m_lines->rowCount(); ++r) {
        if (const QTableWidgetItem* item = m_lines->item(r, ColNote))
            note = std::max(note, m_lines->fontMetrics().horizontalAdvance(item->text()) + 12);
    }
    const int noteRoom = std::min(note, m_lines->fontMetrics().horizontalAdvance(u'x') * 45);
    const int overflow = others + noteRoom - m_lines->viewport()->width();
    const int shortest = m_lines->fontMetrics().horizontalAdvance(QStringLiteral("Carottes, Italie")) + 12;
    if (overflow > 0 && m_lines->columnWidth(ColProduct) > shortest)
        m_lines->setColumnWidth(ColProduct, std::max(shortest, m_lines->columnWidth(ColProduct) - overflow));
}

bool SuggestionsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_lines && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        fitLineColumns();
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    const bool ctrl = key->modifiers().testFlag(Qt::ControlModifier);
    if (isEnter(key) && ctrl) {
        prepareDraft();
        return true;
    }
    if (watched == m_lines && ctrl && key->key() == Qt::Key_U) {
        fixUnit();
        return true;
    }
    if (watched == m_suppliers && isEnter(key)) {
        if (m_lines->rowCount() > 0) {
            m_lines->setFocus(Qt::TabFocusReason);
            m_lines->setCurrentCell(0, ColQuantity);
        }
        return true;
    }
    if (watched == m_lines && key->key() == Qt::Key_Escape) {
        m_suppliers->setFocus(Qt::BacktabFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Moulin

namespace Moulin {

QList<SplitDemand> SuggestionsPage::splitDemands() const
{
    QList<SplitDemand> demands;
    if (!m_result)
        return demands;
    for (const SupplierSuggestion& slot : m_result->suppliers) {
        for (const SuggestedLine& line : slot.lines) {
            if (line.isFlagged() || line.raw <= Decimal())
                continue;
            SplitDemand d;
            d.supplierId = slot.supplier.id;
            d.sku = line.product.sku;
            d.gtin = line.product.gtin;
            d.quantity = line.raw;
            d.neededBy = slot.delivery;
            demands.append(d);
        }
    }
    return demands;
}

void SuggestionsPage::openSplit()
{
    const QList<SplitDemand> demands = splitDemands();
    if (demands.isEmpty())
        return;
    auto* dialog = new OrderSplitDialog(demands, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_now)
        dialog->setClock(m_now);
    connect(dialog, &OrderSplitDialog::applied, this, [this](const QList<qint64>& drafts) {
        setStatus(
            tr("%n draft(s) prepared with the cheapest split: see Commande.", nullptr, int(drafts.size())),
            false);
        reload();
    });
    dialog->open();
}

} // namespace Moulin
