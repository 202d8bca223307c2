#pragma once

#include "suppliers/core/supplierstore.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Moulin {

class ConnectorRuntime;
class DbWorker;
class TableEmptyHint;
struct OrdersRead;

/// Fournisseurs ▸ Commandes: the orders sent, newest first, with their
/// status in words (en file, accusée, acceptée, modifiée, refusée, expédiée,
/// partiellement expédiée, livrée), filtered by supplier and period. The
/// selected order's lines (ordered, confirmed, delivered, still to come) and
/// the supplier's answers; *Recommander* copies it into a new draft for the
/// order editor. Below, the Order Responses that match no order sent
/// (« Réponses non rattachées »): shown, never applied. An order sent by
/// e-mail shows where its message is (sent, waiting, refused with the SMTP
/// server's code and words); *Renvoyer…* sends a refused one again to a
/// corrected address. *Exporter…* writes the selected order's PDF and UBL
/// (and EANCOM) into a chosen directory.
class OrdersPage : public QWidget
{
    Q_OBJECT

public:
    explicit OrdersPage(QWidget* parent = nullptr);
    ~OrdersPage() override;

    /// Where resent e-mails are queued (its outbox); may be null (queued in
    /// the database only, sent at the next start).
    void setRuntime(ConnectorRuntime* runtime);

    /// Asks for the corrected address (default: an input dialog); nullopt: cancelled.
    using AddressPrompt = std::function<std::optional<QString>(const QString& current)>;
    void setAddressPrompt(AddressPrompt prompt) { m_askAddress = std::move(prompt); }
    /// Asks for the export directory (default: a directory chooser); empty: cancelled.
    using DirectoryPrompt = std::function<QString()>;
    void setDirectoryPrompt(DirectoryPrompt prompt) { m_askDirectory = std::move(prompt); }

    /// "sent", "waiting to be sent", "refused by the mail server (550 …)" for
    /// an e-mailed order's outbox state; empty: not an e-mailed order.
    static QString transmissionLabel(const QString& state, int replyCode, const QString& lastError);

    /// Reads off this thread on `worker` (the Fournisseurs tab's; null: on
    /// this thread).
    void setWorker(DbWorker* worker) { m_worker = worker; }
    /// Reads the orders again (after a sync, an order placed, a database
    /// change): the orders, the suppliers, the e-mails' states and the
    /// answers that name no order, in one read (on the worker when set).
    void reload();
    /// Selects the order `orderId` of `supplierId` (false: not listed yet;
    /// selected when a read in progress lists it).
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
    QPushButton* resendButton() const { return m_resend; }
    QPushButton* exportButton() const { return m_export; }
    QCheckBox* exportEancomCheck() const { return m_exportEancom; }
    /// The transmission line of the selected order, the last action's message.
    QLabel* transmissionLabel() const { return m_transmission; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* detailTitle() const { return m_detailTitle; }

Q_SIGNALS:
    /// *Recommander* made draft `draftId`: show it in the order editor.
    void draftCreated(qint64 draftId);
    void titleChanged();
    /// A line for the window's status bar (an order resent, exported).
    void statusMessage(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void applyFilter();
    void showDetail();
    void reorder();
    void resend();
    void exportOrder();
    void apply(std::shared_ptr<const OrdersRead> read);
    void loadUnmatched();
    /// statusLabel(), or where the e-mail is for an e-mailed order not answered yet.
    QString shownStatus(const StoredOrder& order) const;

    struct Sent
    {
        QString state;
        QString lastError;
        int replyCode = 0;
    };
    QHash<QString, Sent> m_sent; ///< e-mailed orders by supplier + '\n' + order
    QPointer<ConnectorRuntime> m_runtime;
    DbWorker* m_worker = nullptr;
    quint64 m_request = 0;
    std::shared_ptr<const OrdersRead> m_read;
    std::optional<std::pair<QString, QString>> m_wanted; ///< an order to select once listed
    AddressPrompt m_askAddress;
    DirectoryPrompt m_askDirectory;

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
    QPushButton* m_resend;
    QPushButton* m_export;
    QCheckBox* m_exportEancom;
    QLabel* m_transmission;
    QLabel* m_message;
    QLabel* m_unmatchedTitle;
    QTableWidget* m_unmatched;
    TableEmptyHint* m_ordersEmpty = nullptr;
    TableEmptyHint* m_linesEmpty = nullptr;
    TableEmptyHint* m_responsesEmpty = nullptr;
    TableEmptyHint* m_unmatchedEmpty = nullptr;
};

} // namespace Moulin
