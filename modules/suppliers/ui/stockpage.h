#pragma once

// Fournisseurs ▸ Stock: the inventory, keyboard first — choose the day and
// the storage area, type a product (CatalogueIndex), Enter, type the count
// (in the product's unit), Enter: stored, back to the product field. A
// negative count or one far above the usual asks for confirmation first
// (Stock::saveCount). Waste is entered the same way (Ctrl+P). Below, the
// day's stock per product: previous count, received, consumed by the sales
// (× recipes), wasted, theoretical, counted and the variance (quantity and
// euros). Reads and writes the database on the GUI thread.

#include "common/core/menusources.h"
#include "suppliers/core/catalogueindex.h"
#include "suppliers/core/stock.h"

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

namespace Moulin {

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

    QDateEdit* dayEdit() const { return m_day; }
    QComboBox* areaBox() const { return m_area; }
    QLineEdit* productSearch() const { return m_search; }
    QListWidget* productResults() const { return m_results; }
    QLineEdit* countField() const { return m_count; }
    QTableWidget* countsTable() const { return m_counts; }
    QTableWidget* varianceTable() const { return m_variance; }
    QLabel* messageLabel() const { return m_message; }

public Q_SLOTS:
    void reload();
    /// Stores the count typed for the chosen product (asking when it must).
    bool enterCount();
    /// Stores the quantity typed as waste of the chosen product.
    bool enterWaste();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void searchProducts();
    void showMessage(const QString& text, bool error);

    std::shared_ptr<MenuSalesSource> m_source;
    CatalogueIndex m_index;

    QLabel* m_intro;
    QLabel* m_dayLabel;
    QDateEdit* m_day;
    QLabel* m_areaLabel;
    QComboBox* m_area;
    QLineEdit* m_search;
    QListWidget* m_results;
    QLineEdit* m_count;
    QLabel* m_unitLabel;
    QPushButton* m_waste;
    QTableWidget* m_counts;
    QLabel* m_varianceTitle;
    QTableWidget* m_variance;
    QLabel* m_message;
};

} // namespace Moulin
