#include "pos/ui/salesmodels.h"

#include "pos/ui/salesformat.h"

#include <QColor>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace Moulin {

namespace {

constexpr Qt::Alignment kNumeric = Qt::AlignRight | Qt::AlignVCenter;
constexpr Qt::Alignment kText = Qt::AlignLeft | Qt::AlignVCenter;

QPixmap dot(const QColor& color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(2, 2, 8, 8));
    return pixmap;
}

QString vatText(int basisPoints)
{
    return SalesFormat::percent(basisPoints / 100.0, basisPoints % 100 == 0 ? 0 : 1);
}

} // namespace

// ---------------------------------------------------------------- receipts

ReceiptsModel::ReceiptsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ReceiptsModel::setReceipts(const QList<ReceiptRow>& receipts)
{
    beginResetModel();
    m_rows = receipts;
    endResetModel();
}

int ReceiptsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReceiptsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReceiptsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReceiptRow& r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SalesRole::ExportRole:
        switch (index.column()) {
        case ClosedAt:
            return SalesFormat::dateTime(r.closedAt);
        case Receipt:
            return r.receiptId;
        case Covers:
            return role == Qt::DisplayRole ? QLocale().toString(r.covers) : QString::number(r.covers);
        case Net:
            return role == Qt::DisplayRole ? SalesFormat::money(r.netCents)
                                           : SalesFormat::moneyPlain(r.netCents);
        case Gross:
            return role == Qt::DisplayRole ? SalesFormat::money(r.grossCents)
                                           : SalesFormat::moneyPlain(r.grossCents);
        case Payment:
            return r.paymentMethods;
        }
        break;
    case SalesRole::SortRole:
        switch (index.column()) {
        case ClosedAt:
            return r.closedAt.toMSecsSinceEpoch();
        case Receipt:
            return r.receiptId;
        case Covers:
            return r.covers;
        case Net:
            return r.netCents;
        case Gross:
            return r.grossCents;
        case Payment:
            return r.paymentMethods;
        }
        break;
    case SalesRole::KeyRole:
        return r.receiptId;
    case Qt::TextAlignmentRole:
        return int(index.column() >= Covers && index.column() <= Gross ? kNumeric : kText);
    default:
        break;
    }
    return {};
}

QVariant ReceiptsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return int(section >= Covers && section <= Gross ? kNumeric : kText);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ClosedAt:
        return tr("Closed at");
    case Receipt:
        return tr("Receipt");
    case Covers:
        return tr("Covers");
    case Net:
        return tr("Excl. VAT");
    case Gross:
        return tr("Incl. VAT");
    case Payment:
        return tr("Payment");
    }
    return {};
}

// ---------------------------------------------------------------- menu

MenuItemsModel::MenuItemsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void MenuItemsModel::setItems(const QList<MenuItemRow>& items, const QList<PriceEditState>& edits)
{
    beginResetModel();
    m_rows = items;
    m_edits.clear();
    for (const PriceEditState& e : edits)
        m_edits.insert(e.itemId, e);
    endResetModel();
}

int MenuItemsModel::rowOf(const QString& itemId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).itemId == itemId)
            return i;
    }
    return -1;
}

QString MenuItemsModel::syncStateText(const QString& state)
{
    if (state == QLatin1String("synced"))
        return tr("Synchronised");
    if (state == QLatin1String("pending"))
        return tr("Waiting for the till");
    if (state == QLatin1String("conflict"))
        return tr("Conflict");
    if (state == QLatin1String("rejected"))
        return tr("Rejected by the till");
    return state;
}

QString MenuItemsModel::syncStateExplanation(const QString& state)
{
    if (state == QLatin1String("synced"))
        return tr("The till has this price.");
    if (state == QLatin1String("pending"))
        return tr("The new price is saved here and will be sent to the till at the next synchronisation.");
    if (state == QLatin1String("conflict"))
        return tr("The price was changed on the till too. Choose which price to keep.");
    if (state == QLatin1String("rejected"))
        return tr("The till refused this price; the Integrations tab has the details.");
    return QString();
}

QColor MenuItemsModel::syncStateColor(const QString& state)
{
    if (state == QLatin1String("synced"))
        return SalesFormat::upColor();
    if (state == QLatin1String("pending"))
        return QColor(0xd9, 0x8e, 0x04);
    if (state == QLatin1String("conflict") || state == QLatin1String("rejected"))
        return SalesFormat::downColor();
    return SalesFormat::neutralColor();
}

int MenuItemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MenuItemsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MenuItemsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MenuItemRow& r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SalesRole::ExportRole:
        switch (index.column()) {
        case Name:
            return r.name;
        case Sku:
            return r.sku;
        case Group:
            return r.groupName;
        case Price:
            return role == Qt::DisplayRole ? SalesFormat::money(r.priceCents)
                                           : SalesFormat::moneyPlain(r.priceCents);
        case Vat:
            // No rate on the item nor on its group: unknown, not 0 %.
            if (r.vatRateBasisPoints <= 0)
                return role == Qt::DisplayRole ? QStringLiteral("—") : QString();
            return vatText(r.vatRateBasisPoints);
        case SyncState:
            return syncStateText(r.syncState);
        }
        break;
    case Qt::EditRole:
        if (index.column() == Price)
            return SalesFormat::moneyPlain(r.priceCents);
        return data(index, Qt::DisplayRole);
    case SalesRole::SortRole:
        switch (index.column()) {
        case Price:
            return r.priceCents;
        case Vat:
            return r.vatRateBasisPoints;
        case SyncState:
            return r.syncState;
        default:
            return data(index, Qt::DisplayRole);
        }
    case SalesRole::KeyRole:
        return r.itemId;
    case Qt::TextAlignmentRole:
        return int(index.column() == Price || index.column() == Vat ? kNumeric : kText);
    case Qt::DecorationRole:
        if (index.column() == SyncState)
            return dot(syncStateColor(r.syncState));
        break;
    case Qt::ForegroundRole:
        if (index.column() == SyncState && r.syncState != QLatin1String("synced"))
            return syncStateColor(r.syncState);
        break;
    case Qt::ToolTipRole:
        if (index.column() == SyncState) {
            const PriceEditState edit = m_edits.value(r.itemId);
            QString tip = syncStateExplanation(r.syncState);
            if (r.syncState == QLatin1String("conflict") && edit.tillCents)
                tip +=
                    QLatin1Char('\n') + tr("Price on the till: %1").arg(SalesFormat::money(*edit.tillCents));
            if (r.syncState == QLatin1String("rejected") && !edit.error.isEmpty())
                tip += QLatin1Char('\n') + edit.error;
            return tip;
        }
        if (index.column() == Price)
            return tr("Double-click or press F2 to change the price");
        if (index.column() == Vat && r.vatFromSales)
            return tr("%1, according to the sales: the till gives no VAT rate for this item nor for "
                      "its group.")
                .arg(vatText(r.vatRateBasisPoints));
        if (index.column() == Vat && r.vatRateBasisPoints <= 0)
            return tr(
                "The till gives no VAT rate for this item nor for its group; each sale carries its own.");
        break;
    default:
        break;
    }
    return {};
}

bool MenuItemsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != Price)
        return false;
    const qint64 cents = SalesFormat::parseMoney(value.toString());
    if (cents < 0)
        return false;
    MenuItemRow& r = m_rows[index.row()];
    if (cents == r.priceCents)
        return true;
    r.priceCents = cents;
    r.syncState = QStringLiteral("pending");
    m_edits.remove(r.itemId);
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    Q_EMIT priceEditRequested(r.itemId, cents);
    return true;
}

Qt::ItemFlags MenuItemsModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Price)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant MenuItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return int(section == Price || section == Vat ? kNumeric : kText);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Item");
    case Sku:
        return tr("SKU");
    case Group:
        return tr("Accounting group");
    case Price:
        return tr("Price incl. VAT");
    case Vat:
        return tr("VAT");
    case SyncState:
        return tr("Till");
    }
    return {};
}

// ---------------------------------------------------------------- quarantine

QuarantineModel::QuarantineModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void QuarantineModel::setRows(const QList<QuarantineRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int QuarantineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QuarantineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuarantineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QuarantineRow& r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case At:
            return SalesFormat::dateTime(r.at);
        case Receipt:
            return r.receiptId;
        case Reason:
            return r.reason;
        case Payload: {
            QString oneLine = r.payload.simplified();
            if (oneLine.size() > 140)
                oneLine = oneLine.left(139) + QStringLiteral("…");
            return oneLine;
        }
        }
        break;
    case SalesRole::ExportRole:
        if (index.column() == Payload)
            return r.payload;
        return data(index, Qt::DisplayRole);
    case SalesRole::SortRole:
        if (index.column() == At)
            return r.at.toMSecsSinceEpoch();
        return data(index, Qt::DisplayRole);
    case SalesRole::KeyRole:
        return r.receiptId;
    case Qt::ToolTipRole:
        if (index.column() == Reason)
            return r.reason;
        break;
    default:
        break;
    }
    return {};
}

QVariant QuarantineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case At:
        return tr("Received");
    case Receipt:
        return tr("Receipt");
    case Reason:
        return tr("Reason");
    case Payload:
        return tr("Data received");
    }
    return {};
}

// ---------------------------------------------------------------- breakdown

BreakdownModel::BreakdownModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void BreakdownModel::setColumns(const QStringList& headers, const QList<bool>& numeric)
{
    beginResetModel();
    m_headers = headers;
    m_numeric = numeric;
    m_rows.clear();
    endResetModel();
}

void BreakdownModel::setRows(const QList<Row>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int BreakdownModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BreakdownModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant BreakdownModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const Cell cell = index.column() < row.cells.size() ? row.cells.at(index.column()) : Cell{};
    switch (role) {
    case Qt::DisplayRole:
        return cell.display;
    case SalesRole::ExportRole:
        return cell.exported.isEmpty() ? cell.display : cell.exported;
    case SalesRole::SortRole:
        return cell.sort.isValid() ? cell.sort : QVariant(cell.display);
    case SalesRole::KeyRole:
        return row.key;
    case Qt::TextAlignmentRole:
        return int(m_numeric.value(index.column()) ? kNumeric : kText);
    case Qt::ForegroundRole:
        if (cell.foreground.isValid())
            return cell.foreground;
        break;
    default:
        break;
    }
    return {};
}

QVariant BreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_headers.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_headers.at(section);
    if (role == Qt::TextAlignmentRole)
        return int(m_numeric.value(section) ? kNumeric : kText);
    return {};
}

} // namespace Moulin
