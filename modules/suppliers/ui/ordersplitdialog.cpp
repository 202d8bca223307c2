#include "suppliers/ui/ordersplitdialog.h"

#include "common/core/database.h"
#include "suppliers/core/supplierstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Moulin {

namespace {

QTableWidgetItem* cell(const QString& text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setTextAlignment(align);
    return item;
}

} // namespace

OrderSplitDialog::OrderSplitDialog(QList<SplitDemand> demands, QWidget* parent)
    : QDialog(parent)
    , m_demands(std::move(demands))
    , m_now([] { return QDateTime::currentDateTime(); })
    , m_watcher(new QFutureWatcher<Result>(this))
    , m_intro(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_lines(new QTableWidget(0, ColumnCount, this))
    , m_pinLabel(new QLabel(this))
    , m_pinBox(new QComboBox(this))
    , m_link(new QPushButton(this))
    , m_orders(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_apply(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("orderSplitDialog"));
    for (int i = 0; i < m_demands.size(); ++i)
        m_pins << m_demands.at(i).pinnedSupplierId;
    m_intro->setWordWrap(true);
    m_busy->setObjectName(QStringLiteral("splitBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_busy->hide();
    m_lines->setObjectName(QStringLiteral("splitLines"));
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setSectionResizeMode(ColProduct, QHeaderView::Stretch);
    m_pinBox->setObjectName(QStringLiteral("splitPin"));
    m_pinLabel->setBuddy(m_pinBox);
    m_link->setObjectName(QStringLiteral("splitLink"));
    m_link->setAutoDefault(false);
    m_orders->setObjectName(QStringLiteral("splitOrders"));
    m_orders->setWordWrap(true);
    m_orders->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(QStringLiteral("splitSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_problems->setObjectName(QStringLiteral("splitProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_apply->setObjectName(QStringLiteral("splitApply"));
    m_apply->setEnabled(false);
    m_apply->setAutoDefault(false);
    m_close->setAutoDefault(false);

    auto* pinRow = new QHBoxLayout;
    pinRow->addWidget(m_pinLabel);
    pinRow->addWidget(m_pinBox, 1);
    pinRow->addWidget(m_link);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_busy);
    layout->addWidget(m_lines, 1);
    layout->addLayout(pinRow);
    layout->addWidget(m_orders);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    resize(980, 560);

    connect(m_watcher, &QFutureWatcher<Result>::finished, this, &OrderSplitDialog::finished);
    connect(m_lines, &QTableWidget::currentCellChanged, this, [this] { refreshPinBox(); });
    connect(m_pinBox, &QComboBox::activated, this, [this](int index) {
        const int row = m_lines->currentRow();
        if (!m_filling && row >= 0)
            pin(row, m_pinBox->itemData(index).toString());
    });
    connect(m_link, &QPushButton::clicked, this, &OrderSplitDialog::linkProduct);
    connect(m_apply, &QPushButton::clicked, this, &OrderSplitDialog::applySplit);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    retranslateUi();
}

OrderSplitDialog::~OrderSplitDialog()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher->waitForFinished();
}

void OrderSplitDialog::setReplacedDrafts(QList<qint64> draftIds)
{
    m_replaced = std::move(draftIds);
    refresh();
}

void OrderSplitDialog::setClock(std::function<QDateTime()> now)
{
    m_now = now ? std::move(now) : [] { return QDateTime::currentDateTime(); };
}

bool OrderSplitDialog::isBusy() const
{
    return m_watcher->isRunning() || m_again;
}

void OrderSplitDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (!m_started) {
        m_started = true;
        run();
        m_lines->setFocus();
    }
}

void OrderSplitDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void OrderSplitDialog::retranslateUi()
{
    setWindowTitle(tr("Split at the best price"));
    m_intro->setText(
        tr("Each line goes to the supplier that makes the whole purchase cheapest: prices of the "
           "delivery day, whole packs, delivery fees below franco and minimum orders, cut-off times "
           "and delivery days. Choose a line's supplier below to pin it."));
    m_lines->setHorizontalHeaderLabels({tr("Product"), tr("Needed"), tr("Supplier"), tr("Delivery"),
                                        tr("Ordered"), tr("Net price"), tr("Amount excl. VAT"),
                                        tr("Usual supplier")});
    m_pinLabel->setText(tr("&Supplier of the line:"));
    m_link->setText(tr("&Link to another product…"));
    m_link->setToolTip(
        tr("Declare another supplier's product the same as the selected line's (no common GTIN)"));
    m_apply->setText(tr("&Apply"));
    m_apply->setToolTip(tr("Write one order draft per supplier and delivery day"));
    m_close->setText(tr("Close"));
    refresh();
}

QString OrderSplitDialog::supplierName(const QString& id) const
{
    if (m_problem) {
        const auto it = m_problem->suppliers.constFind(id);
        if (it != m_problem->suppliers.cend())
            return it->name;
    }
    return id;
}

void OrderSplitDialog::pin(int row, const QString& supplierId)
{
    if (row < 0 || row >= m_pins.size() || m_pins.at(row) == supplierId)
        return;
    m_pins[row] = supplierId;
    run();
}

void OrderSplitDialog::reload()
{
    m_problem.reset();
    run();
}

void OrderSplitDialog::run()
{
    if (m_watcher->isRunning()) {
        // The answer on its way is for other pins: stop it, then again.
        m_again = true;
        if (m_cancel)
            m_cancel->store(true);
        return;
    }
    m_again = false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    const std::optional<SplitProblem> known = m_problem;
    const QList<SplitDemand> demands = m_demands;
    const QStringList pins = m_pins;
    const QDateTime now = m_now();
    m_busy->show();
    m_apply->setEnabled(false);
    m_watcher->setFuture(QtConcurrent::run([known, demands, pins, now, cancel]() -> Result {
        Result r;
        if (known) {
            r.problem = *known;
        } else {
            // This pool thread's own connection (Database::connection()).
            QSqlDatabase db = Database::connection();
            r.problem = OrderSplit::load(db, demands, now);
        }
        for (int i = 0; i < r.problem.lines.size() && i < pins.size(); ++i)
            r.problem.lines[i].demand.pinnedSupplierId = pins.at(i);
        r.plan = OrderSplit::solve(r.problem, cancel.get());
        return r;
    }));
}

void OrderSplitDialog::finished()
{
    if (m_again) {
        if (!m_problem && m_watcher->future().resultCount() > 0)
            m_problem = m_watcher->result().problem;
        run();
        return;
    }
    m_busy->hide();
    if (m_watcher->future().resultCount() == 0)
        return;
    Result r = m_watcher->result();
    m_problem = std::move(r.problem);
    m_plan = std::move(r.plan);
    m_hasPlan = true;
    refresh();
    Q_EMIT solved();
}

void OrderSplitDialog::refresh()
{
    if (!m_hasPlan) {
        m_lines->setRowCount(int(m_demands.size()));
        m_summary->setText(tr("Working out the cheapest split…"));
        return;
    }
    const int current = m_lines->currentRow();
    m_lines->setRowCount(int(m_plan.lines.size()));
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    for (int row = 0; row < m_plan.lines.size(); ++row) {
        const SplitLine& line = m_plan.lines.at(row);
        m_lines->setItem(row, ColProduct, cell(line.name));
        m_lines->setItem(row, ColNeed,
                         cell(UnitCode::withQuantity(OrderDraft::number(line.demand.quantity),
                                                     line.demand.quantity, line.unitCode),
                              right));
        const SplitOffer* offer = m_plan.offerOf(row);
        const QString pinned = row < m_pins.size() ? m_pins.at(row) : QString();
        QString supplier = offer ? supplierName(offer->product.supplierId) : tr("none");
        if (!pinned.isEmpty())
            supplier += u' ' + tr("(pinned)");
        QTableWidgetItem* who = cell(supplier);
        if (!offer) {
            who->setForeground(QColor(0xb3, 0x26, 0x1e));
            who->setToolTip(line.problem);
        }
        m_lines->setItem(row, ColSupplier, who);
        m_lines->setItem(
            row, ColDelivery,
            cell(offer ? QLocale().toString(offer->delivery, QStringLiteral("ddd d MMM")) : QString()));
        m_lines->setItem(
            row, ColOrdered,
            cell(offer ? OrderDraft::quantityText(offer->product, offer->quantity) : QString(), right));
        QString price;
        if (offer) {
            const OrderLine ordered = OrderLine::of(offer->product, offer->quantity.quantity,
                                                    offer->quantity.unit, offer->delivery);
            price = OrderDraft::money(ordered.netPrice) + QStringLiteral(" / ") +
                    UnitCode::label(ordered.quantityUnitCode());
            if (ordered.grossPrice)
                price += u' ' + tr("(promo)");
        }
        m_lines->setItem(row, ColPrice, cell(price, right));
        m_lines->setItem(row, ColAmount, cell(offer ? OrderDraft::money(offer->amount) : QString(), right));
        m_lines->setItem(row, ColUsual, cell(supplierName(line.usualSupplierId)));
    }
    for (int c = ColNeed; c < ColumnCount; ++c)
        m_lines->resizeColumnToContents(c);
    if (m_lines->rowCount() > 0)
        m_lines->setCurrentCell(current >= 0 && current < m_lines->rowCount() ? current : 0, ColProduct);

    QStringList orders;
    for (const SplitOrder& order : std::as_const(m_plan.orders))
        orders << OrderSplit::describe(order);
    m_orders->setText(orders.join(u'\n'));

    QStringList summary{tr("Total: %1 excl. VAT").arg(OrderDraft::money(m_plan.total))};
    if (m_plan.fees > Decimal())
        summary.last() += u' ' + tr("(of which delivery fees %1)").arg(OrderDraft::money(m_plan.fees));
    if (const std::optional<Decimal> saving = m_plan.saving()) {
        summary << tr("everything from the usual supplier: %1").arg(OrderDraft::money(m_plan.baselineTotal));
        summary << (*saving >= Decimal()
                        ? tr("saving: %1").arg(OrderDraft::money(*saving))
                        : tr("%1 more than from the usual supplier").arg(OrderDraft::money(-*saving)));
    }
    if (!m_plan.optimal && m_plan.solved)
        summary << tr("best found in the time allowed (%1 % from the bound)")
                       .arg(QLocale().toString(m_plan.gap * 100, 'f', 1));
    m_summary->setText(summary.join(QStringLiteral(" — ")));

    QStringList problems = m_plan.problems;
    for (const QString& p : std::as_const(m_plan.baselineProblems))
        problems << tr("Usual supplier: %1").arg(p);
    bool complete = !m_plan.orders.isEmpty();
    for (int i = 0; i < m_plan.lines.size(); ++i) {
        if (!m_plan.offerOf(i))
            complete = false;
    }
    if (!complete && !m_replaced.isEmpty() && !m_plan.orders.isEmpty())
        problems << tr(
            "Every line needs a supplier before the split can replace the draft: pin or remove the "
            "lines without one.");
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    m_apply->setEnabled(!isBusy() && !m_plan.orders.isEmpty() && (complete || m_replaced.isEmpty()));
    refreshPinBox();
}

void OrderSplitDialog::refreshPinBox()
{
    m_filling = true;
    m_pinBox->clear();
    const int row = m_lines->currentRow();
    if (m_hasPlan && row >= 0 && row < m_plan.lines.size()) {
        const SplitLine& line = m_plan.lines.at(row);
        m_pinBox->addItem(tr("The cheapest (automatic)"), QString());
        QStringList ids;
        for (const SplitOffer& o : line.offers) {
            if (!ids.contains(o.product.supplierId))
                ids << o.product.supplierId;
        }
        for (const SplitLateOffer& l : line.late) {
            if (!ids.contains(l.supplierId))
                ids << l.supplierId;
        }
        for (const QString& id : std::as_const(ids))
            m_pinBox->addItem(supplierName(id), id);
        const int index = m_pinBox->findData(row < m_pins.size() ? m_pins.at(row) : QString());
        m_pinBox->setCurrentIndex(std::max(0, index));
    }
    m_pinBox->setEnabled(m_pinBox->count() > 1);
    m_link->setEnabled(m_hasPlan && row >= 0);
    m_filling = false;
}

QString OrderSplitDialog::summaryText() const
{
    return m_summary->text();
}

QString OrderSplitDialog::problemsText() const
{
    return m_problems->text();
}

void OrderSplitDialog::applySplit()
{
    if (isBusy() || !m_hasPlan)
        return;
    QSqlDatabase db = Database::connection();
    QString error;
    const std::optional<QList<qint64>> written = OrderSplit::apply(db, m_plan, m_replaced, m_now(), &error);
    if (!written) {
        m_problems->setText(tr("The drafts could not be written: %1").arg(error));
        m_problems->show();
        return;
    }
    Q_EMIT applied(*written);
    accept();
}

void OrderSplitDialog::linkProduct()
{
    const int row = m_lines->currentRow();
    if (!m_hasPlan || row < 0 || row >= m_plan.lines.size())
        return;
    const SplitLine& line = m_plan.lines.at(row);
    ProductLinks::Key from{line.demand.supplierId, line.demand.sku};
    if (from.sku.isEmpty() && !line.offers.isEmpty())
        from = {line.offers.first().product.supplierId, line.offers.first().product.sku};
    if (from.sku.isEmpty())
        return;

    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("splitLinkDialog"));
    dialog.setWindowTitle(tr("Link to another product"));
    auto* intro = new QLabel(tr("Another supplier's product that is the same as « %1 » (it will be offered "
                                "in its place in every split):")
                                 .arg(line.name),
                             &dialog);
    intro->setWordWrap(true);
    auto* search = new QLineEdit(&dialog);
    search->setObjectName(QStringLiteral("splitLinkSearch"));
    search->setPlaceholderText(tr("Type a few letters, an article number or a GTIN"));
    auto* list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("splitLinkMatches"));
    auto* error = new QLabel(&dialog);
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    auto* linked = new QLabel(&dialog);
    linked->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton* linkButton = buttons->addButton(tr("&Link"), QDialogButtonBox::AcceptRole);
    QPushButton* unlinkButton = buttons->addButton(tr("&Undo its links"), QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(intro);
    layout->addWidget(search);
    layout->addWidget(list, 1);
    layout->addWidget(linked);
    layout->addWidget(error);
    layout->addWidget(buttons);

    QSqlDatabase db = Database::connection();
    const auto showLinked = [&] {
        QStringList names;
        for (const ProductLinks::Key& k : ProductLinks::linkedTo(db, from)) {
            const std::optional<CatalogueItem> item = SupplierStore::product(db, k.supplierId, k.sku);
            names << QStringLiteral("%1 (%2)").arg(item ? item->product.name : k.sku,
                                                   supplierName(k.supplierId));
        }
        linked->setText(names.isEmpty() ? QString()
                                        : tr("Linked already: %1").arg(names.join(QStringLiteral(", "))));
        unlinkButton->setEnabled(!names.isEmpty());
    };
    showLinked();
    connect(search, &QLineEdit::textChanged, &dialog, [&](const QString& text) {
        list->clear();
        if (text.trimmed().size() < 2)
            return;
        for (const CatalogueItem& item : SupplierStore::searchProducts(db, QString(), text, 30)) {
            const Product& p = item.product;
            if (p.supplierId == from.supplierId && p.sku == from.sku)
                continue;
            auto* entry = new QListWidgetItem(
                QStringLiteral("%1 — %2 (%3)").arg(p.name, supplierName(p.supplierId), p.sku), list);
            entry->setData(Qt::UserRole, p.supplierId);
            entry->setData(Qt::UserRole + 1, p.sku);
        }
        if (list->count() > 0)
            list->setCurrentRow(0);
    });
    const auto doLink = [&] {
        QListWidgetItem* item = list->currentItem();
        if (!item) {
            error->setText(tr("Choose the product to link in the list."));
            return;
        }
        QString why;
        const ProductLinks::Key to{item->data(Qt::UserRole).toString(),
                                   item->data(Qt::UserRole + 1).toString()};
        const bool ok = Database::transaction(
            db, [&](QString* e) { return ProductLinks::link(db, from, to, m_now(), e); }, &why);
        if (!ok) {
            error->setText(why);
            return;
        }
        dialog.accept();
    };
    connect(linkButton, &QPushButton::clicked, &dialog, doLink);
    connect(list, &QListWidget::itemActivated, &dialog, doLink);
    connect(search, &QLineEdit::returnPressed, &dialog, doLink);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(unlinkButton, &QPushButton::clicked, &dialog, [&] {
        QString why;
        if (!ProductLinks::unlink(db, from, &why)) {
            error->setText(why);
            return;
        }
        dialog.accept();
    });
    linkButton->setDefault(false);
    linkButton->setAutoDefault(false);
    search->setFocus();
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

} // namespace Moulin
