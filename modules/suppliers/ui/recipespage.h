#pragma once

// Fournisseurs ▸ Fiches techniques: the dishes of the till's menu
// (MenuSalesSource) with their food cost, food cost % and margin at the
// current price, worst first (highest food cost %, then dishes with a
// flagged line, then those without a recipe), then the sub-recipes (fonds,
// sauces); the selected recipe's editor: type to find a product or a
// sub-recipe (CatalogueIndex and the sub-recipes' names), quantity, unit,
// yield, Enter adds the line (a sub-recipe that would use the recipe itself
// is refused); food cost and margin follow every edit; Ctrl+S saves; Ctrl+N
// starts a sub-recipe. A line whose unit does not convert to its product's
// is flagged; Ctrl+U (or *Conversion…*) adds the product's conversion
// ("1 pièce = 0,25 kg", "1 colis = 6 bouteilles"), and the list shows the
// product's conversions.
//
// Food cost and promotions: a line is costed at today's purchase price,
// an active promotion included (the line says « prix promo jusqu'au … »),
// and the food cost at the regular prices is shown beside it.
//
// The data (menu, recipes, prices, catalogue) is read by a DbWorker job
// (setWorker(): the Fournisseurs tab's), or on this thread when the page
// stands alone; writes (save, conversion) run on this thread.

#include "common/core/menusources.h"
#include "suppliers/ui/purchasingdata.h"

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

class DbWorker;

class RecipesPage : public QWidget
{
    Q_OBJECT

public:
    explicit RecipesPage(QWidget* parent = nullptr);

    static QString title();
    /// The menu to show (default: ReadInterfaces' MenuSalesSource).
    void setMenuSource(std::shared_ptr<MenuSalesSource> source);
    void setTodayProvider(std::function<QDate()> today);
    /// Reads off this thread on `worker` (null: on this thread).
    void setWorker(DbWorker* worker) { m_worker = worker; }
    /// The catalogue's search index to use (the tab's snapshot's; null: read).
    void setCatalogue(std::shared_ptr<const CatalogueIndex> index) { m_index = std::move(index); }
    /// The data shown (null before the first read).
    std::shared_ptr<const RecipesData> data() const { return m_data; }

    QTableWidget* dishesTable() const { return m_dishes; }
    QTableWidget* linesTable() const { return m_lines; }
    QLineEdit* productSearch() const { return m_search; }
    QListWidget* productResults() const { return m_results; }
    QLineEdit* quantityField() const { return m_quantity; }
    QComboBox* unitBox() const { return m_unit; }
    QLineEdit* yieldField() const { return m_yield; }
    QLineEdit* portionsField() const { return m_portions; }
    QLineEdit* subRecipeNameField() const { return m_newName; }
    QComboBox* outputUnitBox() const { return m_outputUnit; }
    QLabel* costLabel() const { return m_costLabel; }
    QLabel* messageLabel() const { return m_message; }
    QWidget* conversionPanel() const { return m_conversionPanel; }
    QComboBox* conversionFromBox() const { return m_convFrom; }
    QLineEdit* conversionFactorField() const { return m_convFactor; }
    QComboBox* conversionToBox() const { return m_convTo; }
    QLabel* conversionsLabel() const { return m_conversions; }
    /// The recipe being edited, as it stands.
    const Recipe& editedRecipe() const { return m_recipe; }
    /// The dish ids in the list's order (sub-recipes left out).
    QStringList dishOrder() const;

public Q_SLOTS:
    /// Reads everything again (on the worker when set); reloaded() once shown.
    void reload();
    /// Opens the recipe of `menuItemId` (a new one when none).
    void editDish(const QString& menuItemId);
    /// Opens the sub-recipe `recipeId`.
    void editSubRecipe(qint64 recipeId);
    /// Starts a new sub-recipe named `name` (Ctrl+N asks for it).
    bool startSubRecipe(const QString& name);
    /// Adds the line typed (the selected product or sub-recipe, quantity, unit, yield).
    bool addLine();
    bool save();
    void removeSelectedLine();
    /// Shows the conversion entry for the selected line's product (Ctrl+U).
    bool openConversion();
    /// Opens recipe `recipeId` on its line `line` whose unit does not
    /// convert: the conversion entry for a product line, else (a sub-recipe
    /// used in a unit it is not made in) the line selected and what to type.
    bool showUnitProblem(qint64 recipeId, int line);
    /// Stores the conversion typed for that product.
    bool addConversion();

Q_SIGNALS:
    /// New data was read and shown.
    void reloaded();
    /// Something was written (a recipe, a conversion): the others may read again.
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void apply(std::shared_ptr<const RecipesData> data);
    void searchProducts();
    void refreshEditor();
    void refreshConversions();
    void selectCurrentInList();
    void afterWrite();
    QDate today() const;
    std::optional<MenuItemInfo> menuItem(const QString& id) const;
    QString productName(const QString& supplierId, const QString& sku) const;

    std::shared_ptr<MenuSalesSource> m_source;
    std::function<QDate()> m_today;
    DbWorker* m_worker = nullptr;
    quint64 m_request = 0;
    std::shared_ptr<const CatalogueIndex> m_index;
    std::shared_ptr<const RecipesData> m_data;
    Recipe m_recipe;
    /// The product the conversion entry is for.
    QString m_convSupplier;
    QString m_convSku;

    QLabel* m_intro;
    QTableWidget* m_dishes;
    QLineEdit* m_newName;
    QPushButton* m_newSub;
    QLabel* m_dishTitle;
    QLabel* m_portionsLabel;
    QLineEdit* m_portions;
    QLabel* m_outputLabel;
    QComboBox* m_outputUnit;
    QTableWidget* m_lines;
    QLineEdit* m_search;
    QListWidget* m_results;
    QLineEdit* m_quantity;
    QComboBox* m_unit;
    QLineEdit* m_yield;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_convert;
    QPushButton* m_save;
    QLabel* m_costLabel;
    QWidget* m_conversionPanel;
    QLabel* m_convTitle;
    QComboBox* m_convFrom;
    QLineEdit* m_convFactor;
    QComboBox* m_convTo;
    QPushButton* m_convAdd;
    QLabel* m_conversions;
    QLabel* m_message;
};

} // namespace Moulin
