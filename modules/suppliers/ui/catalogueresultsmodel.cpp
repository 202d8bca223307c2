#include "suppliers/ui/catalogueresultsmodel.h"

#include "suppliers/ui/supplierformat.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QPainter>
#include <QSet>

namespace Moulin {

namespace {

const QColor kCheapestBackground(0xdf, 0xf3, 0xe3);
const QColor kCheapestText(0x1b, 0x6e, 0x32);
const QColor kBand(0xf4, 0xf6, 0xf9);
const QColor kPromo(0xb3, 0x4a, 0x00);

} // namespace

CatalogueResultsModel::CatalogueResultsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CatalogueResultsModel::setSnapshot(std::shared_ptr<const SuppliersSnapshot> snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_rows.clear();
    endResetModel();
}

QDate CatalogueResultsModel::priceDay(int item) const
{
    if (!m_snapshot)
        return m_now.date();
    const QString& supplier = m_snapshot->index.item(item).product.supplierId;
    auto it = m_days.constFind(supplier);
    if (it == m_days.cend())
        it = m_days.insert(supplier, m_snapshot->priceDay(supplier, m_now));
    return *it;
}

void CatalogueResultsModel::setResults(const QList<int>& matches, const QString& supplierId,
                                       const QDateTime& now)
{
    beginResetModel();
    m_rows.clear();
    m_now = now;
    m_days.clear();
    if (m_snapshot) {
        const CatalogueIndex& index = m_snapshot->index;
        QSet<int> seen;
        seen.reserve(matches.size() * 2);
        int group = 0;
        for (int match : matches) {
            if (seen.contains(match))
                continue;
            QList<int> offers;
            for (int i : index.sameGtin(match)) {
                if (supplierId.isEmpty() || index.item(i).product.supplierId == supplierId)
                    offers.append(i);
            }
            if (offers.isEmpty())
                offers.append(match);
            const QString unit = index.item(match).product.unitCode;
            // Cheapest first among the offers priced by the same unit, then the others.
            std::stable_sort(offers.begin(), offers.end(), [&](int a, int b) {
                const Product& pa = index.item(a).product;
                const Product& pb = index.item(b).product;
                const bool ua = pa.unitCode == unit;
                const bool ub = pb.unitCode == unit;
                if (ua != ub)
                    return ua;
                return pa.unitPriceOn(priceDay(a)) < pb.unitPriceOn(priceDay(b));
            });
            const Decimal best = index.item(offers.first()).product.unitPriceOn(priceDay(offers.first()));
            for (int k = 0; k < int(offers.size()); ++k) {
                const Product& p = index.item(offers.at(k)).product;
                Row row;
                row.item = offers.at(k);
                row.group = group;
                row.groupSize = int(offers.size());
                row.comparable = p.unitCode == unit;
                row.cheapest = offers.size() > 1 && k == 0;
                if (row.comparable && !best.isZero())
                    row.differencePercent =
                        (p.unitPriceOn(priceDay(row.item)) - best) * Decimal::fromInt(100) / best;
                seen.insert(row.item);
                m_rows.append(row);
            }
            ++group;
        }
    }
    endResetModel();
}

bool CatalogueResultsModel::hasComparison() const
{
    for (const Row& row : m_rows) {
        if (row.groupSize > 1)
            return true;
    }
    return false;
}

int CatalogueResultsModel::itemAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows.at(row).item : -1;
}

int CatalogueResultsModel::rowOfItem(int item) const
{
    for (int r = 0; r < int(m_rows.size()); ++r)
        if (m_rows.at(r).item == item)
            return r;
    return -1;
}

int CatalogueResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CatalogueResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CatalogueResultsModel::data(const QModelIndex& index, int role) const
{
    if (!m_snapshot || !index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row& row = m_rows.at(index.row());
    const CatalogueItem& it = m_snapshot->index.item(row.item);
    const Product& p = it.product;
    const QDate day = priceDay(row.item);
    const bool promo = p.promotion && p.promotion->appliesOn(day);
    const bool priceColumn = index.column() == UnitPriceColumn || index.column() == PackPriceColumn;
    switch (role) {
    case ItemRole:
        return row.item;
    case CheapestRole:
        return row.cheapest;
    case GroupRole:
        return row.group;
    case GroupSizeRole:
        return row.groupSize;
    case Qt::DisplayRole:
        switch (index.column()) {
        case ProductColumn:
            return p.name;
        case SupplierColumn:
            return m_snapshot->names.value(p.supplierId, p.supplierId);
        case SkuColumn:
            return p.sku;
        case GtinColumn:
            return p.gtin;
        case PackColumn:
            return SupplierFormat::pack(p);
        case UnitPriceColumn: {
            const QString price = SupplierFormat::unitPrice(p.unitPriceOn(day), p.unitCode);
            return promo ? tr("%1 (promo)").arg(price) : price;
        }
        case PackPriceColumn:
            return SupplierFormat::money(p.packPriceOn(day));
        case VatColumn:
            return SupplierFormat::vat(p.vat);
        case ComparisonColumn:
            if (row.groupSize < 2)
                return {};
            if (row.cheapest)
                return tr("Cheapest", "the cheapest of the suppliers carrying the product");
            if (!row.comparable)
                return tr("other unit");
            return SupplierFormat::percentChange(row.differencePercent);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == UnitPriceColumn && promo)
            return tr("%1 until %2; usual price %3")
                .arg(p.promotion->label.isEmpty() ? tr("Promotion") : p.promotion->label,
                     QLocale().toString(p.promotion->to, QLocale::ShortFormat),
                     SupplierFormat::unitPrice(p.unitPrice, p.unitCode));
        if (index.column() == ComparisonColumn && row.cheapest)
            return tr("The lowest unit price excl. VAT of the %n suppliers carrying this GTIN", nullptr,
                      row.groupSize);
        if (index.column() == ProductColumn)
            return it.category.isEmpty() ? p.name : tr("%1 — %2").arg(p.name, it.category);
        return {};
    case Qt::TextAlignmentRole:
        if (priceColumn || index.column() == VatColumn || index.column() == ComparisonColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (row.cheapest && (priceColumn || index.column() == ComparisonColumn))
            return QBrush(kCheapestBackground);
        if (row.group % 2 == 1)
            return QBrush(kBand);
        return {};
    case Qt::ForegroundRole:
        if (row.cheapest && (priceColumn || index.column() == ComparisonColumn))
            return QBrush(kCheapestText);
        if (promo && index.column() == UnitPriceColumn)
            return QBrush(kPromo);
        return {};
    case Qt::FontRole:
        if (row.cheapest && (priceColumn || index.column() == ComparisonColumn)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant CatalogueResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProductColumn:
        return tr("Product");
    case SupplierColumn:
        return tr("Supplier");
    case SkuColumn:
        return tr("Ref.");
    case GtinColumn:
        return tr("GTIN");
    case PackColumn:
        return tr("Pack");
    case UnitPriceColumn:
        return tr("Unit price excl. VAT");
    case PackPriceColumn:
        return tr("Pack excl. VAT");
    case VatColumn:
        return tr("VAT");
    case ComparisonColumn:
        return tr("Comparison");
    }
    return {};
}

void CatalogueResultsDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const
{
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    if (selected) {
        painter->fillRect(option.rect, option.palette.brush(group, QPalette::Highlight));
    } else if (const QVariant background = index.data(Qt::BackgroundRole); background.isValid()) {
        painter->fillRect(option.rect, background.value<QBrush>());
    }
    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty())
        return;
    QFont font = option.font;
    if (const QVariant f = index.data(Qt::FontRole); f.isValid())
        font.setBold(f.value<QFont>().bold());
    painter->save();
    painter->setFont(font);
    QColor colour = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    if (!selected) {
        if (const QVariant fg = index.data(Qt::ForegroundRole); fg.isValid())
            colour = fg.value<QBrush>().color();
    }
    painter->setPen(colour);
    const QRect area = option.rect.adjusted(6, 0, -6, 0);
    const Qt::Alignment align = Qt::Alignment(index.data(Qt::TextAlignmentRole).toInt());
    const QFontMetrics fm(font);
    painter->drawText(area, int(align) | Qt::TextSingleLine,
                      fm.elidedText(text, Qt::ElideRight, area.width()));
    painter->restore();
}

} // namespace Moulin
