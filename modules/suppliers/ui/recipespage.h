#pragma once

// Fournisseurs ▸ Fiches techniques: the dishes of the till's menu
// (MenuSalesSource) with their food cost, food cost % and margin at the
// current price, worst first (highest food cost %, then dishes with a
// flagged line, then those without a recipe); the selected dish's recipe
// editor: type to find a product (CatalogueIndex), quantity, unit, yield,
// Enter adds the line; food cost and margin follow every edit; Ctrl+S saves.
// Reads and writes the database on the GUI thread (small tables).

#include "common/core/menusources.h"
#include "suppliers/core/catalogueindex.h"
#include "suppliers/core/recipes.h"

#include <QDate>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace Moulin {

class RecipesPage : public QWidget
{
    Q_OBJECT

public:
    explicit RecipesPage(QWidget* parent = nullptr);

    static QString title();
    /// The menu to show (default: ReadInterfaces' MenuSalesSource).
    void setMenuSource(std::shared_ptr<MenuSalesSource> source);
    void setTodayProvider(std::function<QDate()> today);

    QTableWidget* dishesTable() const { return m_dishes; }
    QTableWidget* linesTable() const { return m_lines; }
    QLineEdit* productSearch() const { return m_search; }
    QListWidget* productResults() const { return m_results; }
    QLineEdit* quantityField() const { return m_quantity; }
    QComboBox* unitBox() const { return m_unit; }
    QLineEdit* yieldField() const { return m_yield; }
    QLineEdit* portionsField() const { return m_portions; }
    QLabel* costLabel() const { return m_costLabel; }
    QLabel* messageLabel() const { return m_message; }
    /// The recipe being edited, as it stands.
    const Recipe& editedRecipe() const { return m_recipe; }
    /// The dish ids in the list's order.
    QStringList dishOrder() const;

public Q_SLOTS:
    void reload();
    /// Opens the recipe of `menuItemId` (a new one when none).
    void editDish(const QString& menuItemId);
    /// Adds the line typed (the selected product, quantity, unit, yield).
    bool addLine();
    bool save();
    void removeSelectedLine();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void searchProducts();
    void refreshEditor();
    QDate today() const;
    std::optional<MenuItemInfo> menuItem(const QString& id) const;

    std::shared_ptr<MenuSalesSource> m_source;
    std::function<QDate()> m_today;
    QList<MenuItemInfo> m_menu;
    RecipeCosting::Book m_book;
    PriceBook m_prices;
    CatalogueIndex m_index;
    Recipe m_recipe;

    QLabel* m_intro;
    QTableWidget* m_dishes;
    QLabel* m_dishTitle;
    QLabel* m_portionsLabel;
    QLineEdit* m_portions;
    QTableWidget* m_lines;
    QLineEdit* m_search;
    QListWidget* m_results;
    QLineEdit* m_quantity;
    QComboBox* m_unit;
    QLineEdit* m_yield;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_save;
    QLabel* m_costLabel;
    QLabel* m_message;
};

} // namespace Moulin
