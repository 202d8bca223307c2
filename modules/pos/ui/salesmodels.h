#pragma once

// Table models of the Ventes tab. Every model answers three extra roles:
// SortRole (raw value for QSortFilterProxyModel), ExportRole (the text a CSV
// file gets: amounts without currency or grouping) and KeyRole (what a
// drill-down needs: receipt id, item id, group id, sku, method).

#include "pos/core/salesrepository.h"
#include "pos/ui/salesdatasource.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Moulin {

/// The extra roles of every Ventes model. (Plain constants: lupdate loses
/// the namespace of the classes after an enum with a fixed underlying type.)
namespace SalesRole {
constexpr int SortRole = Qt::UserRole + 1;
constexpr int ExportRole = Qt::UserRole + 2;
constexpr int KeyRole = Qt::UserRole + 3;
} // namespace SalesRole

class ReceiptsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ClosedAt,
        Receipt,
        Covers,
        Net,
        Gross,
        Payment,
        ColumnCount
    };

    explicit ReceiptsModel(QObject* parent = nullptr);

    void setReceipts(const QList<ReceiptRow>& receipts);
    const QList<ReceiptRow>& receipts() const { return m_rows; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ReceiptRow> m_rows;
};

/// The menu with current prices; the price column is editable. An edit does
/// not write anything: it emits priceEditRequested and shows the row as
/// pending until the next setItems().
class MenuItemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Sku,
        Group,
        Price,
        Vat,
        SyncState,
        ColumnCount
    };

    explicit MenuItemsModel(QObject* parent = nullptr);

    /// The menu, and what the till said about edits not settled yet.
    void setItems(const QList<MenuItemRow>& items, const QList<PriceEditState>& edits = {});
    const QList<MenuItemRow>& items() const { return m_rows; }
    /// The till's answer about item `itemId`'s edit (empty when none).
    PriceEditState editState(const QString& itemId) const { return m_edits.value(itemId); }
    int rowOf(const QString& itemId) const;

    static QString syncStateText(const QString& state);
    static QString syncStateExplanation(const QString& state);
    static QColor syncStateColor(const QString& state);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void priceEditRequested(const QString& itemId, qint64 newPriceCents);

private:
    QList<MenuItemRow> m_rows;
    QHash<QString, PriceEditState> m_edits;
};

class QuarantineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        At,
        Receipt,
        Reason,
        Payload,
        ColumnCount
    };

    explicit QuarantineModel(QObject* parent = nullptr);

    void setRows(const QList<QuarantineRow>& rows);
    const QList<QuarantineRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<QuarantineRow> m_rows;
};

/// Small read-only tables behind the charts (accounting groups, items,
/// payment methods): rows of pre-formatted cells.
class BreakdownModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Cell
    {
        QString display;
        QVariant sort;
        QString exported; // empty: the display text
        QColor foreground;
    };
    struct Row
    {
        QString key;
        QList<Cell> cells;
    };

    explicit BreakdownModel(QObject* parent = nullptr);

    /// Column titles; `numeric` columns are right-aligned.
    void setColumns(const QStringList& headers, const QList<bool>& numeric);
    void setRows(const QList<Row>& rows);
    const QList<Row>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<bool> m_numeric;
    QList<Row> m_rows;
};

} // namespace Moulin
