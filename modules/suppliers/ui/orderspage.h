#pragma once

#include "suppliers/core/supplierstore.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Moulin {

/// Fournisseurs ▸ Commandes: the orders sent, newest first, with their
/// status in words (en file, accusée, acceptée, modifiée, refusée, expédiée,
/// partiellement expédiée, livrée), filtered by supplier and period. The
/// selected order's lines (ordered, confirmed, delivered, still to come) and
/// the supplier's answers; *Recommander* copies it into a new draft for the
/// order editor. Below, the Order Responses that match no order sent
/// (« Réponses non rattachées »): shown, never applied.
class OrdersPage : public QWidget
{
    Q_OBJECT

public:
    explicit OrdersPage(QWidget* parent = nullptr);
    ~OrdersPage() override;

    /// Reads the orders again (after a sync, an order placed, a database change).
    void reload();
    /// Selects the order `orderId` of `supplierId` (false: not listed).
    bool selectOrder(const QString& supplierId, const QString& orderId);

    /// "en file", "acceptée"… for a stored status (queued, accepted…).
    static QString statusLabel(const QString& status);
    /// "acceptée", "refusée"… for a stored line status.
    static QString lineStatusLabel(const QString& status);
    /// "Acceptée", "Refusée"… for a response code (AP, RE, CA, AB).
    static QString responseLabel(const QString& code);

    /// The orders listed, in the table's order.
    QList<StoredOrder> listedOrders() const { return m_listed; }
    QString title() const;

    QComboBox* supplierFilter() const { return m_supplier; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QTableWidget* ordersTable() const { return m_orders; }
    QTableWidget* linesTable() const { return m_lines; }
    QTableWidget* responsesTable() const { return m_responses; }
    QTableWidget* unmatchedTable() const { return m_unmatched; }
    QPushButton* reorderButton() const { return m_reorder; }

Q_SIGNALS:
    /// *Recommander* made draft `draftId`: show it in the order editor.
    void draftCreated(qint64 draftId);
    void titleChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void applyFilter();
    void showDetail();
    void reorder();
    void loadUnmatched();

    QList<StoredOrder> m_all;
    QList<StoredOrder> m_listed;
    QLabel* m_supplierLabel;
    QComboBox* m_supplier;
    QLabel* m_fromLabel;
    QDateEdit* m_from;
    QLabel* m_toLabel;
    QDateEdit* m_to;
    QTableWidget* m_orders;
    QLabel* m_detailTitle;
    QTableWidget* m_lines;
    QTableWidget* m_responses;
    QPushButton* m_reorder;
    QLabel* m_message;
    QLabel* m_unmatchedTitle;
    QTableWidget* m_unmatched;
};

} // namespace Moulin
