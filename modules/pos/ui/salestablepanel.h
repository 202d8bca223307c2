#pragma once

#include <QWidget>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Moulin {

/// A table of the Ventes tab: sortable (on SalesRole::SortRole), optionally
/// searchable, with "Export as CSV…" exporting the rows as shown.
class SalesTablePanel : public QWidget
{
    Q_OBJECT

public:
    /// `exportName` is the suggested file name, without ".csv".
    explicit SalesTablePanel(QAbstractItemModel* model, const QString& exportName, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QAbstractItemModel* sourceModel() const { return m_model; }
    void setTitle(const QString& title);
    void setExportName(const QString& name) { m_exportName = name; }
    void setSearchVisible(bool visible);
    /// Columns sized to their content, `stretchColumn` taking the rest (for
    /// small tables; large ones keep interactive widths).
    void setColumnsFit(int stretchColumn);
    /// A widget at the left end of the header row.
    void addLeadingWidget(QWidget* widget);
    /// Extra widgets on the header row, before the export button.
    void addHeaderWidget(QWidget* widget);
    /// Writes the rows as shown (sorted, filtered) to `path`.
    bool exportCsv(const QString& path, QString* error = nullptr) const;
    /// The source row under a view index.
    int sourceRow(const QModelIndex& viewIndex) const;
    /// Shown inside the table while it has no row ("" shows nothing).
    void setEmptyMessage(const QString& message);
    /// The empty-state message when it shows, else "".
    QString shownEmptyMessage() const;

Q_SIGNALS:
    /// Double-click or Enter on a row (source model row).
    void rowActivated(int sourceRow);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslateUi();
    void updateEmptyMessage();

    QAbstractItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLabel* m_title;
    QLineEdit* m_search;
    QPushButton* m_export;
    QHBoxLayout* m_header;
    QString m_exportName;
    int m_fitStretch = -1;
    QLabel* m_empty = nullptr;
};

} // namespace Moulin
