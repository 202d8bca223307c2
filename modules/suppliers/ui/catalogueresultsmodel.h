#pragma once

#include "suppliers/ui/suppliersdata.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QStyledItemDelegate>

#include <memory>

namespace Moulin {

/// The Catalogue page's results: one row per product offer, the offers of
/// the same product (same GTIN) at several suppliers next to each other,
/// cheapest first, the cheapest one highlighted and the others' difference
/// in percent.
class CatalogueResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ProductColumn,
        SupplierColumn,
        SkuColumn,
        GtinColumn,
        PackColumn,
        UnitPriceColumn,
        PackPriceColumn,
        VatColumn,
        ComparisonColumn,
        ColumnCount
    };
    enum Role
    {
        ItemRole = Qt::UserRole + 1, ///< the item in the snapshot's index (int)
        CheapestRole,                ///< the cheapest offer of a group of several (bool)
        GroupRole,                   ///< the group's number, 0 first (int)
        GroupSizeRole,               ///< offers in the row's group (int)
    };

    explicit CatalogueResultsModel(QObject* parent = nullptr);

    void setSnapshot(std::shared_ptr<const SuppliersSnapshot> snapshot);
    /// `matches` (ranked items of the index), each with the other offers of
    /// its GTIN (of `supplierId` only, when given), each priced for its
    /// supplier's next delivery from `now` (SuppliersSnapshot::priceDay).
    void setResults(const QList<int>& matches, const QString& supplierId, const QDateTime& now);
    /// The day item `item`'s price is read for.
    QDate priceDay(int item) const;

    /// Whether a row shown has other offers to compare with (same GTIN).
    bool hasComparison() const;
    int itemAt(int row) const;
    int rowOfItem(int item) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        int item = -1;
        int group = 0;
        int groupSize = 1;
        bool cheapest = false;
        bool comparable = false;   ///< same unit as the group's cheapest
        Decimal differencePercent; ///< vs the cheapest, when comparable
    };

    std::shared_ptr<const SuppliersSnapshot> m_snapshot;
    QList<Row> m_rows;
    QDateTime m_now;
    mutable QHash<QString, QDate> m_days; ///< supplier → price day at m_now
};

/// Paints the results' cells directly (background, font, colour, elided
/// text): about three times faster than the style's item painting, which
/// matters when every keystroke repaints the list.
class CatalogueResultsDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
};

} // namespace Moulin
