#include "suppliers/ui/receivingdialog.h"

#include "common/core/database.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Moulin {

namespace {

enum Column
{
    ProductColumn,
    OrderedColumn,
    AnnouncedColumn,
    ReceivedColumn,
    DiscrepancyColumn,
    NoteColumn,
    ColumnCount
};

QString withUnit(const Decimal& value, const QString& unit)
{
    return unit.isEmpty() ? Receiving::quantity(value)
                          : UnitCode::withQuantity(Receiving::quantity(value), value, unit);
}

QColor tint(Discrepancy kind)
{
    switch (kind) {
    case Discrepancy::Missing:
    case Discrepancy::Damaged:
        return QColor(0xF8, 0xD7, 0xD5);
    case Discrepancy::Substituted:
        return QColor(0xFD, 0xE7, 0xC2);
    case Discrepancy::Excess:
        return QColor(0xDB, 0xE8, 0xFB);
    case Discrepancy::None:
        break;
    }
    return {};
}

} // namespace

ReceivingDialog::ReceivingDialog(const Receipt& draft, const QString& supplierName, QWidget* parent)
    : QDialog(parent)
    , m_receipt(draft)
    , m_table(new QTableWidget(this))
    , m_date(new QDateEdit(this))
    , m_note(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("receivingDialog"));
    setWindowTitle(tr("Receive — %1 — %2").arg(supplierName, draft.orderId));
    askSubstitute = [this](const QString& product) -> std::optional<QString> {
        bool ok = false;
        const QString text = QInputDialog::getText(this, tr("Substituted"),
                                                   tr("What was delivered instead of %1?").arg(product),
                                                   QLineEdit::Normal, QString(), &ok);
        if (!ok || text.trimmed().isEmpty())
            return std::nullopt;
        return text.trimmed();
    };
    askNote = [this](const QString& product, const QString& current) -> std::optional<QString> {
        bool ok = false;
        const QString text = QInputDialog::getText(this, tr("Note"), tr("Note on %1:").arg(product),
                                                   QLineEdit::Normal, current, &ok);
        if (!ok)
            return std::nullopt;
        return text.trimmed();
    };

    auto* heading = new QLabel(this);
    QString what =
        draft.despatchId.isEmpty()
            ? tr("Order %1 from %2").arg(draft.orderId, supplierName)
            : tr("Order %1 from %2, delivery %3").arg(draft.orderId, supplierName, draft.despatchId);
    if (draft.revision > 0)
        what += QStringLiteral(" — ") + tr("correcting the receipt of %1")
                                            .arg(QLocale().toString(draft.receivedOn, QLocale::ShortFormat));
    heading->setText(what);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() + 1);
    heading->setFont(headingFont);

    auto* keys = new QLabel(tr("Space: all received · digits: quantity received · M missing · D damaged · "
                               "S substituted · N note · Del clears · Enter validates · Esc cancels"),
                            this);
    keys->setWordWrap(true);
    keys->setForegroundRole(QPalette::PlaceholderText);

    m_table->setObjectName(QStringLiteral("receivingLines"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Product"), tr("Ordered"), tr("Announced"), tr("Received"),
                                        tr("Discrepancy"), tr("Substitute / note")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                             QAbstractItemView::EditKeyPressed);
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setSectionResizeMode(ProductColumn, QHeaderView::Stretch);
    for (int c = OrderedColumn; c < ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setRowCount(int(m_receipt.lines.size()));
    m_filling = true;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem;
            Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
            if (c == ReceivedColumn)
                flags |= Qt::ItemIsEditable;
            if (c != ProductColumn)
                item->setTextAlignment(c == NoteColumn || c == DiscrepancyColumn
                                           ? Qt::AlignLeft | Qt::AlignVCenter
                                           : Qt::AlignRight | Qt::AlignVCenter);
            item->setFlags(flags);
            m_table->setItem(row, c, item);
        }
        fillRow(row);
    }
    m_filling = false;
    m_table->installEventFilter(this);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_filling || item->column() != ReceivedColumn)
            return;
        readRow(item->row());
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row, int column) {
        if (row >= 0 && column != ReceivedColumn)
            m_table->setCurrentCell(row, ReceivedColumn);
    });
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(0, ReceivedColumn);

    m_date->setObjectName(QStringLiteral("receivedOn"));
    m_date->setCalendarPopup(true);
    m_date->setDate(draft.receivedOn.isValid() ? draft.receivedOn : QDate::currentDate());
    m_note->setObjectName(QStringLiteral("receiptNote"));
    m_note->setText(draft.note);
    m_note->setPlaceholderText(tr("Delivery note number, driver, temperature…"));
    auto* form = new QFormLayout;
    form->addRow(tr("Received on"), m_date);
    form->addRow(tr("Note"), m_note);

    m_summary->setObjectName(QStringLiteral("receivingSummary"));
    m_summary->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("receivingError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a61b1b;"));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(this);
    auto* allReceived = buttons->addButton(tr("&All received"), QDialogButtonBox::ActionRole);
    allReceived->setAutoDefault(false);
    auto* ok = buttons->addButton(tr("&Validate"), QDialogButtonBox::AcceptRole);
    ok->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(allReceived, &QPushButton::clicked, this, [this] {
        for (int row = 0; row < m_table->rowCount(); ++row)
            tick(row);
        m_table->setFocus();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &ReceivingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReceivingDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(keys);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(900, 520);
    refreshSummary();
    m_table->setFocus();
}

void ReceivingDialog::fillRow(int row)
{
    const bool filling = m_filling;
    m_filling = true;
    Receipt one;
    one.lines = {m_receipt.lines.at(row)};
    const ReceiptLine l = Receiving::normalised(one).lines.first();
    m_table->item(row, ProductColumn)
        ->setText(l.sku.isEmpty() ? l.name : QStringLiteral("%1  ·  %2").arg(l.name, l.sku));
    m_table->item(row, ProductColumn)->setToolTip(l.name);
    m_table->item(row, OrderedColumn)->setText(withUnit(l.ordered, l.unitCode));
    m_table->item(row, AnnouncedColumn)
        ->setText(l.announced ? withUnit(*l.announced, l.unitCode) : QStringLiteral("—"));
    m_table->item(row, ReceivedColumn)->setText(Receiving::quantity(l.received));
    m_table->item(row, DiscrepancyColumn)
        ->setText(l.discrepancy == Discrepancy::None
                      ? (l.isComplete() ? QStringLiteral("✓") : QString())
                      : QStringLiteral("%1 %2").arg(Receiving::discrepancyText(l.discrepancy),
                                                    Receiving::quantity(l.discrepancyQuantity)));
    QStringList extra;
    if (!l.substitute.isEmpty())
        extra << tr("→ %1").arg(l.substitute);
    if (!l.note.isEmpty())
        extra << l.note;
    m_table->item(row, NoteColumn)->setText(extra.join(QStringLiteral(" · ")));
    const QColor colour = tint(l.discrepancy);
    for (int c = 0; c < ColumnCount; ++c)
        m_table->item(row, c)->setBackground(colour.isValid() ? QBrush(colour) : QBrush());
    m_filling = filling;
}

bool ReceivingDialog::readRow(int row)
{
    ReceiptLine& l = m_receipt.lines[row];
    QString text = m_table->item(row, ReceivedColumn)->text().trimmed();
    text.remove(QChar(0x202F)).remove(QChar(0x00A0)).remove(u' ').replace(u',', u'.');
    const std::optional<Decimal> value = Decimal::parse(text);
    if (!value || value->isNegative()) {
        m_error->setText(
            tr("%1: \"%2\" is not a quantity.").arg(l.name, m_table->item(row, ReceivedColumn)->text()));
        m_error->show();
        fillRow(row);
        return false;
    }
    m_error->hide();
    l.received = *value;
    // The automatic kinds follow the gap; the explicit ones take the new gap.
    if (l.discrepancy == Discrepancy::Missing || l.discrepancy == Discrepancy::Excess)
        l.discrepancy = Discrepancy::None;
    l.discrepancyQuantity = Decimal();
    fillRow(row);
    refreshSummary();
    return true;
}

void ReceivingDialog::tick(int row)
{
    ReceiptLine& l = m_receipt.lines[row];
    l.received = l.expected;
    l.discrepancy = Discrepancy::None;
    l.discrepancyQuantity = Decimal();
    l.substitute.clear();
    fillRow(row);
    refreshSummary();
}

void ReceivingDialog::mark(int row, Discrepancy kind)
{
    ReceiptLine& l = m_receipt.lines[row];
    if (l.discrepancy == kind && kind != Discrepancy::Substituted) {
        clearMark(row);
        return;
    }
    if (kind == Discrepancy::Substituted) {
        const std::optional<QString> substitute = askSubstitute ? askSubstitute(l.name) : std::nullopt;
        if (!substitute)
            return;
        l.substitute = *substitute;
    }
    // Nothing short yet: the whole line is.
    if (!(l.received < l.expected))
        l.received = Decimal();
    l.discrepancy = kind;
    l.discrepancyQuantity = Decimal();
    fillRow(row);
    refreshSummary();
}

void ReceivingDialog::clearMark(int row)
{
    ReceiptLine& l = m_receipt.lines[row];
    l.discrepancy = Discrepancy::None;
    l.discrepancyQuantity = Decimal();
    l.substitute.clear();
    fillRow(row);
    refreshSummary();
}

void ReceivingDialog::editNote(int row)
{
    ReceiptLine& l = m_receipt.lines[row];
    if (!askNote)
        return;
    if (const std::optional<QString> note = askNote(l.name, l.note)) {
        l.note = *note;
        fillRow(row);
    }
}

bool ReceivingDialog::isEditing() const
{
    return m_table->indexWidget(m_table->currentIndex()) != nullptr;
}

int ReceivingDialog::currentLine() const
{
    return m_table->currentRow();
}

QString ReceivingDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool ReceivingDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Enter in the quantity's editor keeps the quantity; it does not
    // validate the dialog (the editor lets the key go on to its parents).
    if (watched == m_table && event->type() == QEvent::KeyPress && isEditing()) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter)
            return true;
    }
    if (watched == m_table && event->type() == QEvent::KeyPress && !isEditing()) {
        auto* key = static_cast<QKeyEvent*>(event);
        const int row = m_table->currentRow();
        const bool plain = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            accept();
            return true;
        }
        if (row >= 0 && plain) {
            switch (key->key()) {
            case Qt::Key_Space:
                tick(row);
                return true;
            case Qt::Key_M:
                mark(row, Discrepancy::Missing);
                return true;
            case Qt::Key_D:
                mark(row, Discrepancy::Damaged);
                return true;
            case Qt::Key_S:
                mark(row, Discrepancy::Substituted);
                return true;
            case Qt::Key_N:
                editNote(row);
                return true;
            case Qt::Key_Delete:
            case Qt::Key_Backspace:
                clearMark(row);
                return true;
            default:
                break;
            }
            // Only a quantity starts editing the received column.
            const QString text = key->text();
            if (!text.isEmpty() && text.at(0).isPrint() && !text.at(0).isDigit() &&
                text != QLatin1String(",") && text != QLatin1String("."))
                return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

Receipt ReceivingDialog::receipt() const
{
    Receipt r = m_receipt;
    r.receivedOn = m_date->date();
    r.note = m_note->text().trimmed();
    return Receiving::normalised(r);
}

void ReceivingDialog::refreshSummary()
{
    const Receipt r = receipt();
    int discrepancies = 0;
    for (const ReceiptLine& l : r.lines)
        if (l.discrepancy != Discrepancy::None)
            ++discrepancies;
    QString text = discrepancies == 0 ? tr("Everything announced arrived.")
                                      : tr("%n line(s) with a discrepancy.", nullptr, discrepancies);
    const CreditRequest credit = Receiving::creditRequestFor(r, r.receivedOn);
    if (!credit.isEmpty())
        text += QStringLiteral(" ") +
                tr("Credit note to request: %1 incl. VAT (%2 excl. VAT).")
                    .arg(Receiving::money(credit.totalInclVat), Receiving::money(credit.totalExclVat));
    m_summary->setText(text);
}

void ReceivingDialog::accept()
{
    const Receipt r = receipt();
    if (const QString invalid = Receiving::validate(r); !invalid.isEmpty()) {
        m_error->setText(invalid);
        m_error->show();
        return;
    }
    QSqlDatabase db = Database::connection();
    QString error;
    ReceiptOutcome outcome;
    const bool ok = Database::transaction(
        db, [&](QString* e) { return Receiving::save(db, r, QDateTime::currentDateTimeUtc(), &outcome, e); },
        &error);
    if (!ok) {
        m_error->setText(tr("The receipt could not be stored: %1").arg(error));
        m_error->show();
        return;
    }
    m_outcome = outcome;
    QDialog::accept();
}

} // namespace Moulin
