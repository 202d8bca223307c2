#pragma once

#include "pos/core/salesrepository.h"
#include "pos/ui/salesdatasource.h"

#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;

namespace Moulin {

class MenuItemsModel;
class SalesTablePanel;

/// "Menu & prices": every item with its current price and whether the till
/// has it. Editing a price (double-click, F2 or "Change price…") does not
/// write anything itself: it emits priceEditRequested, which the application
/// hands to the price-sync core; the row shows "waiting for the till" until
/// the next setItems(). A row in conflict offers to keep this price or take
/// the till's.
class MenuPriceView : public QWidget
{
    Q_OBJECT

public:
    explicit MenuPriceView(QWidget* parent = nullptr);

    void setItems(const QList<MenuItemRow>& items, const QList<PriceEditState>& edits = {});
    MenuItemsModel* model() const { return m_model; }
    SalesTablePanel* panel() const { return m_panel; }
    /// The item selected in the table (empty for none).
    QString selectedItemId() const;
    void selectItem(const QString& itemId);

Q_SIGNALS:
    void priceEditRequested(const QString& itemId, qint64 newPriceCents);
    /// keepMine: true = push this price to the till, false = take the till's.
    void conflictResolutionRequested(const QString& itemId, bool keepMine);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateSelection();
    void updateSummary();
    void retranslateUi();

    MenuItemsModel* m_model;
    SalesTablePanel* m_panel;
    QLabel* m_summary;
    QPushButton* m_edit;
    QFrame* m_conflictBar;
    QLabel* m_conflictText;
    QPushButton* m_keepMine;
    QPushButton* m_keepTill;
};

} // namespace Moulin
