#pragma once

#include "suppliers/ui/suppliersdata.h"

#include <QDateTime>
#include <QWidget>

#include <functional>
#include <memory>

class QChart;
class QChartView;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace Moulin {

class CatalogueResultsModel;

/// Fournisseurs ▸ Catalogue: instant search across every supplier's
/// catalogue (name, SKU, GTIN; CatalogueIndex), the same product at several
/// suppliers side by side with the cheapest highlighted, filters by supplier
/// and category, the selected product's price history as a chart (every
/// supplier carrying its GTIN), the price alerts with their threshold, and
/// the catalogue rows the feeds set aside with their reason.
///
/// Keyboard: type to search (Enter or ↓ goes to the results), Esc clears.
class CataloguePage : public QWidget
{
    Q_OBJECT

public:
    /// The most matches listed (their other offers come with them).
    static constexpr int kResultLimit = 200;

    explicit CataloguePage(QWidget* parent = nullptr);

    void setSnapshot(std::shared_ptr<const SuppliersSnapshot> snapshot);
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    /// The price history of each offer of the selected product (the
    /// answer to historyRequested(); `items` as asked).
    void setHistory(const QList<int>& items, const QList<QList<PricePoint>>& histories);

    QLineEdit* searchField() const { return m_search; }
    QTableView* resultsView() const { return m_results; }
    CatalogueResultsModel* resultsModel() const { return m_model; }
    QChartView* chartView() const { return m_chartView; }
    QTableWidget* alertsTable() const { return m_alerts; }
    QTableWidget* setAsideTable() const { return m_setAside; }
    QDoubleSpinBox* alertPercentBox() const { return m_alertPercent; }
    QComboBox* supplierFilter() const { return m_supplier; }
    QComboBox* categoryFilter() const { return m_category; }
    /// The item selected in the results (-1: none).
    int selectedItem() const;
    /// Shows the alerts (0) or the rows set aside (1).
    void showList(int which);

public Q_SLOTS:
    /// Searches again with the field's text and the filters.
    void search();

Q_SIGNALS:
    /// Load the price history of `items` (the selected product's offers).
    void historyRequested(const QList<int>& items);
    /// The user set another alert threshold.
    void alertPercentChanged(const Moulin::Decimal& percent);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void sizeColumns();
    void fillFilters();
    void fillAlerts();
    void fillSetAside();
    void selectionChanged();
    void showDetail(int item);
    void selectProduct(const QString& supplierId, const QString& sku);
    QDateTime now() const;

    std::shared_ptr<const SuppliersSnapshot> m_snapshot;
    std::function<QDateTime()> m_now;
    QLineEdit* m_search;
    QComboBox* m_supplier;
    QComboBox* m_category;
    QLabel* m_count;
    QTableView* m_results;
    CatalogueResultsModel* m_model;
    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_best;
    QChart* m_chart;
    QChartView* m_chartView;
    QTabWidget* m_lists;
    QLabel* m_alertCaption;
    QDoubleSpinBox* m_alertPercent;
    QTableWidget* m_alerts;
    QLabel* m_alertsEmpty;
    QLabel* m_setAsideCaption;
    QTableWidget* m_setAside;
    QList<int> m_historyItems;
    int m_detailItem = -1;
};

} // namespace Moulin
