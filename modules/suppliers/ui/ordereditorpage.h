#pragma once

#include "suppliers/core/orderdraft.h"
#include "suppliers/core/productfinder.h"

#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;

namespace Moulin {

class ConnectorRuntime;
class TableEmptyHint;
class OrderSplitDialog;
class Outbox;

/// Fournisseurs ▸ Commande: the order editor, keyboard first. Choose the
/// supplier (its draft comes back) and the delivery day (the next possible
/// one preselected); type a few letters of a product, Enter (↑/↓ choose
/// among the matches), a quantity ("3", "2,5", "15 kg", "2 colis"), Enter,
/// and the next line. In the lines: type over a quantity to change it, Del
/// removes the line. Totals excl. VAT, VAT per rate, incl. VAT, the franco
/// gauge and the cut-off countdown follow every keystroke; what stops the
/// order is listed in words. Ctrl+Enter asks to confirm (Enter sends, Esc
/// goes back); the order is then written, validated (PEPPOL BIS), stored and
/// queued in the runtime's outbox once — the draft's reserved order number
/// makes any second send the same order. The draft is saved at every edit
/// (OrderDraftStore) and survives a restart.
class OrderEditorPage : public QWidget
{
    Q_OBJECT

public:
    /// Products come from `finder` (default: the local store,
    /// StoreProductFinder).
    explicit OrderEditorPage(std::shared_ptr<ProductFinder> finder = {}, QWidget* parent = nullptr);
    ~OrderEditorPage() override;

    void setProductFinder(std::shared_ptr<ProductFinder> finder);
    /// Where orders are queued (its outbox) and the restaurant's account at
    /// each supplier (the connection's store id) are read; null: orders are
    /// stored and queued again by SupplierOrdering::requeue at the next start.
    void setRuntime(ConnectorRuntime* runtime);
    /// The clock (tests); default: the current local time.
    void setClock(std::function<QDateTime()> now);

    /// Reads the suppliers again (after a sync or a database change) and
    /// keeps the chosen one.
    void reload();
    /// Shows the draft `id` (e.g. one made by Commandes ▸ Recommander).
    bool openDraft(qint64 id);
    /// Chooses `supplierId` (its last draft, or a new one).
    bool selectSupplier(const QString& supplierId);

    const OrderDraft& draft() const { return m_draft; }
    /// The title for the tab host: "Commande" (with the number of lines).
    QString title() const;

    QComboBox* supplierBox() const { return m_supplier; }
    QDateEdit* deliveryEdit() const { return m_delivery; }
    QLineEdit* searchEdit() const { return m_search; }
    QListWidget* matchList() const { return m_matches; }
    QLineEdit* quantityEdit() const { return m_quantity; }
    QTableWidget* linesTable() const { return m_lines; }
    QProgressBar* francoGauge() const { return m_franco; }
    QPushButton* sendButton() const { return m_send; }
    /// « Répartir au meilleur prix… » (Ctrl+Shift+R): the draft's lines, and
    /// those of the other unsent drafts for the same delivery day, split
    /// across the suppliers (OrderSplitDialog); applied, the drafts written
    /// replace them and the current supplier's (else the first) is shown.
    QPushButton* splitButton() const { return m_split; }
    /// Opens the split dialog (what the button does); null when there is no
    /// line to split (the status says so).
    OrderSplitDialog* openSplit();
    QPushButton* confirmButton() const { return m_confirm; }
    QWidget* confirmBar() const { return m_confirmBar; }
    QString cutoffText() const;
    QString issuesText() const;
    QString totalsText() const;
    QString statusText() const;

    /// "dans 2 j 3 h", "dans 3 h 12 min", "dans 8 min" (translated).
    static QString countdown(qint64 seconds);

Q_SIGNALS:
    /// An order was stored and queued.
    void orderPlaced(const QString& supplierId, const QString& orderId);
    void titleChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    enum Column
    {
        ColSku,
        ColName,
        ColQuantity,
        ColOrdered,
        ColPrice,
        ColAmount,
        ColVat,
        ColNote,
        ColumnCount
    };

    QDateTime now() const;
    void retranslateUi();
    void setDraft(OrderDraft draft);
    void save();
    void refreshLines();
    void refreshSummary();
    void refreshCutoff();
    void updateMatches(const QString& text);
    void moveMatch(int delta);
    void chooseMatch();
    void enterQuantity();
    void removeSelectedLine();
    void lineEdited(int row, int column);
    void requestSend();
    void confirmSend();
    void cancelSend();
    void setStatus(const QString& text, bool error);
    /// The order as it would be sent now, and the problems found writing
    /// and validating it (translated), with the connector it goes through.
    std::optional<Order> buildOrder(QStringList* problems, QString* connector);

    std::shared_ptr<ProductFinder> m_finder;
    QPointer<ConnectorRuntime> m_runtime;
    std::function<QDateTime()> m_now;
    OrderDraft m_draft;
    std::optional<Product> m_pending; ///< the product chosen, waiting for its quantity
    QList<CatalogueItem> m_found;
    QString m_issuesPlain;
    bool m_filling = false;

    QLabel* m_supplierLabel;
    QComboBox* m_supplier;
    QLabel* m_deliveryLabel;
    QDateEdit* m_delivery;
    QPushButton* m_nextDate;
    QLabel* m_cutoff;
    QLabel* m_refusal;
    QLabel* m_searchLabel;
    QLineEdit* m_search;
    QLabel* m_quantityLabel;
    QLineEdit* m_quantity;
    QLabel* m_pendingLabel;
    QListWidget* m_matches;
    QTableWidget* m_lines;
    QLabel* m_totals;
    QProgressBar* m_franco;
    QLabel* m_issues;
    TableEmptyHint* m_linesEmpty = nullptr;
    QWidget* m_confirmBar;
    QLabel* m_confirmText;
    QPushButton* m_confirm;
    QPushButton* m_cancel;
    QPushButton* m_send;
    QPushButton* m_split;
    QLabel* m_status;
    QTimer* m_clockTimer;
};

} // namespace Moulin
