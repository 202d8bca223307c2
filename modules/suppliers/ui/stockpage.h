#pragma once

// Fournisseurs ▸ Stock: the inventory, keyboard first — choose the day and
// the storage area, type a product (CatalogueIndex), Enter, type the count
// (in the product's unit), Enter: stored, back to the product field. A
// negative count or one far above the usual asks for confirmation first
// (Stock::saveCount). Waste is entered the same way (Ctrl+P). Below, the
// day's stock per product: previous count, received, consumed by the sales
// (× recipes), wasted, theoretical, counted and the variance (quantity and
// euros). *Pertes*: the waste entered (day, product, quantity, reason) and
// its value per week in euros (at the current regular prices). The data is read by a
// DbWorker job (setWorker(): the Fournisseurs tab's), or on this thread
// when the page stands alone; counts and waste are written on this thread.

#include "common/core/menusources.h"
#include "suppliers/ui/purchasingdata.h"

#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace Moulin {

class DbWorker;
class TableEmptyHint;

class StockPage : public QWidget
{
    Q_OBJECT

public:
    explicit StockPage(QWidget* parent = nullptr);

    static QString title();
    /// The sales the consumption reads (default: ReadInterfaces' MenuSalesSource).
    void setMenuSource(std::shared_ptr<MenuSalesSource> source);
    /// Asks the user to confirm `warning` (default: a question box; tests replace it).
    std::function<bool(const QString& warning)> confirm;
    /// Reads off this thread on `worker` (null: on this thread).
    void setWorker(DbWorker* worker) { m_worker = worker; }
    /// The catalogue's search index to use (the tab's snapshot's; null: read).
    void setCatalogue(std::shared_ptr<const CatalogueIndex> index) { m_index = std::move(index); }
    /// The data shown (null before the first read).
    std::shared_ptr<const StockData> data() const { return m_data; }

    QDateEdit* dayEdit() const { return m_day; }
    QComboBox* areaBox() const { return m_area; }
    QLineEdit* productSearch() const { return m_search; }
    QListWidget* productResults() const { return m_results; }
    QLineEdit* countField() const { return m_count; }
    QTableWidget* countsTable() const { return m_counts; }
    QTableWidget* varianceTable() const { return m_variance; }
    QComboBox* wasteReasonBox() const { return m_reason; }
    QTableWidget* wasteTable() const { return m_wasteList; }
    QTableWidget* wasteWeeksTable() const { return m_wasteWeeks; }
    QTabWidget* views() const { return m_views; }
    QLabel* messageLabel() const { return m_message; }

public Q_SLOTS:
    /// Reads the day and area chosen again (on the worker when set).
    void reload();
    /// Stores the count typed for the chosen product (asking when it must).
    bool enterCount();
    /// Stores the quantity typed as waste of the chosen product, on the day
    /// chosen, with the reason chosen.
    bool enterWaste();

Q_SIGNALS:
    void reloaded();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void searchProducts();
    void showMessage(const QString& text, bool error);
    void refreshCountsHint();
    void apply(std::shared_ptr<const StockData> data);

    std::shared_ptr<MenuSalesSource> m_source;
    DbWorker* m_worker = nullptr;
    quint64 m_request = 0;
    std::shared_ptr<const CatalogueIndex> m_index;
    std::shared_ptr<const StockData> m_data;

    QLabel* m_intro;
    QLabel* m_dayLabel;
    QDateEdit* m_day;
    QLabel* m_areaLabel;
    QComboBox* m_area;
    QLineEdit* m_search;
    QListWidget* m_results;
    QLineEdit* m_count;
    QLabel* m_unitLabel;
    QLabel* m_reasonLabel;
    QComboBox* m_reason;
    QPushButton* m_waste;
    QTabWidget* m_views;
    QTableWidget* m_wasteList;
    QLabel* m_wasteTitle;
    QTableWidget* m_wasteWeeks;
    QTableWidget* m_counts;
    TableEmptyHint* m_resultsEmpty = nullptr;
    TableEmptyHint* m_countsEmpty = nullptr;
    TableEmptyHint* m_varianceEmpty = nullptr;
    TableEmptyHint* m_wasteListEmpty = nullptr;
    TableEmptyHint* m_wasteWeeksEmpty = nullptr;
    QLabel* m_varianceTitle;
    QTableWidget* m_variance;
    QLabel* m_message;
};

} // namespace Moulin
