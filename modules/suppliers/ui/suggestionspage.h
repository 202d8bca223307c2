#pragma once

#include "suppliers/core/ordersplit.h"
#include "suppliers/core/suggestedorders.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTimer;

namespace Moulin {

class DbWorker;
class EmptyStateWidget;
class TableEmptyHint;

/// Fournisseurs ▸ Suggestions: the orders the forecast suggests
/// (SuggestedOrders), per supplier its next delivery, the cut-off counted
/// down and the lines with their arithmetic (covers, portions, need, stock
/// at delivery, on order, safety stock, pack rounding; the whole sentence
/// as the row's tooltip). Keyboard first: ↑/↓ choose the supplier, Enter
/// goes to its lines, type a quantity (packs, or "15 kg") or a safety stock
/// over a cell, Enter; Esc back to the suppliers; Ctrl+Enter writes the
/// suggestion into the supplier's order draft and asks for it to be opened
/// in Commande (draftPrepared), where it is checked and sent as any order.
// A line whose unit does not convert (a recipe line, or a sub-recipe used in
// a unit it is not made in) says why in its note; Ctrl+U on it opens that
// recipe line in Fiches techniques (unitFixRequested).
/// Computed off the GUI thread (a DbWorker job: the forecast, the sales
/// through MenuSalesSource, the recipes, stock and orders).
class SuggestionsPage : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        ColProduct,
        ColQuantity, ///< editable: packs (or the product's unit)
        ColPack,
        ColOrdered,
        ColCovers,
        ColPortions,
        ColNeed,
        ColStock,
        ColOnOrder,
        ColPar, ///< editable: the safety stock
        ColNote,
        ColumnCount
    };

    explicit SuggestionsPage(QWidget* parent = nullptr);
    ~SuggestionsPage() override;

    static QString title();
    /// The clock (tests); default: the current local time.
    void setClock(std::function<QDateTime()> now);

    /// The last computation (null before the first).
    std::shared_ptr<const SuggestedOrders> result() const { return m_result; }
    /// The supplier shown.
    QString currentSupplier() const;
    /// Its lines as they will go into the draft (quantities typed over).
    QList<SuggestedLine> currentLines() const;
    bool isShowingEmptyState() const;

    QListWidget* supplierList() const { return m_suppliers; }
    QTableWidget* linesTable() const { return m_lines; }
    QPushButton* prepareButton() const { return m_prepare; }
    QPushButton* splitButton() const { return m_split; }
    /// Every supplier's suggested lines as demands for the cheapest split
    /// (the unrounded need, by the supplier's next delivery).
    QList<SplitDemand> splitDemands() const;
    /// « Répartir au meilleur prix… »: the cheapest split of every
    /// supplier's suggestion (OrderSplitDialog), written as drafts.
    void openSplit();
    QString slotText() const;
    QString statusText() const;

    /// The order `supplierId` was placed from Commande: true when it came
    /// from this page (the page reads everything again and goes to the
    /// next supplier with something to order).
    bool takeOrderPlaced(const QString& supplierId);

public Q_SLOTS:
    /// Computes again (off the GUI thread); reloaded() when shown.
    void reload();
    /// Writes the current supplier's suggestion into its draft.
    void prepareDraft();
    /// Ctrl+U on a line whose unit does not convert: asks for the recipe
    /// line behind it to be opened (unitFixRequested); false (and the status
    /// says why) on a line without that problem.
    bool fixUnit();

Q_SIGNALS:
    void reloaded();
    /// The draft `draftId` of `supplierId` holds the suggestion: open it.
    void draftPrepared(const QString& supplierId, qint64 draftId);
    /// Open line `line` of recipe `recipeId` to fix its unit (a product's
    /// conversion, or the unit a sub-recipe is used in).
    void unitFixRequested(qint64 recipeId, int line);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    QDateTime now() const;
    void retranslateUi();
    void apply(std::shared_ptr<const SuggestedOrders> result);
    void fillSuppliers();
    void fitSuppliers();
    void fitLineColumns();
    void showSupplier();
    void refreshSlot();
    void cellEdited(int row, int column);
    void setStatus(const QString& text, bool error);
    /// The current supplier's slot, or null.
    const SupplierSuggestion* currentSlot() const;

    std::function<QDateTime()> m_now;
    std::shared_ptr<const SuggestedOrders> m_result;
    /// Quantities typed over, per supplier then SKU.
    QHash<QString, QHash<QString, DraftQuantity>> m_typed;
    QString m_prepared; ///< the supplier whose draft was opened from here
    QString m_wanted;   ///< the supplier to show after the next reload
    std::unique_ptr<DbWorker> m_worker;
    quint64 m_request = 0;
    bool m_filling = false;
    bool m_userPicked = false; ///< a supplier chosen in the list (kept over reloads)

    QStackedWidget* m_stack;
    EmptyStateWidget* m_empty;
    QLabel* m_heading;
    QLabel* m_missing;
    QListWidget* m_suppliers;
    QLabel* m_slot;
    QTableWidget* m_lines;
    TableEmptyHint* m_linesEmpty = nullptr;
    QPushButton* m_prepare;
    QPushButton* m_split;
    QLabel* m_status;
    QTimer* m_clock;
};

} // namespace Moulin
