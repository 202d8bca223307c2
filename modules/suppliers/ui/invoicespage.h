#pragma once

// Fournisseurs ▸ Factures: the suppliers' invoices and the three-way match
// (suppliers/core/threewaymatch.h). Above, the invoices with their state
// (à rapprocher, écarts, approuvée, refusée); below, the selected invoice's
// lines with ordered / received / billed and the ordered / billed prices
// side by side, the differences highlighted, and the VAT per rate checked;
// at the bottom, every invoice line that matches nothing, kept for review.
// Keyboard: A approves the selected line, R refuses it, Ctrl+Entrée
// approves the whole invoice, Ctrl+O imports a UBL (BIS Billing 3.0) or
// CSV invoice (a CSV opens the column mapping, saved per supplier). The
// shortfalls (billed beyond what was received) give a credit-note request
// saved as PDF or CSV. An invoice a supplier sends again under a number
// already held, with other content, is set aside at the top (both totals
// side by side): keep the held one, or replace it while it is not approved
// (an approved invoice is corrected by a credit note, never replaced).
// Reads and writes run on a DbWorker.

#include "suppliers/core/invoicecsv.h"
#include "suppliers/core/threewaymatch.h"

#include <QDialog>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Moulin {

class DbWorker;
class TableEmptyHint;

/// The column mapping of a supplier's CSV invoice, with the first rows previewed.
class InvoiceCsvDialog : public QDialog
{
    Q_OBJECT

public:
    struct Request
    {
        QString supplierId;
        QString invoiceId;
        QDate issueDate;
        QString orderId;
        InvoiceCsvMapping mapping;
    };

    /// `suppliers`: (id, name); `saved`: the mapping kept per supplier.
    InvoiceCsvDialog(const QByteArray& bytes, const QList<std::pair<QString, QString>>& suppliers,
                     const QHash<QString, InvoiceCsvMapping>& saved, QWidget* parent = nullptr);

    Request request() const;
    QTableWidget* preview() const { return m_preview; }
    QComboBox* columnBox(int field) const { return m_columns.value(field); }
    static constexpr int kFields = 7;
    static QString fieldName(int field);

private:
    void applyMapping(const InvoiceCsvMapping& mapping);
    void refreshPreview();
    InvoiceCsvMapping mapping() const;

    QByteArray m_bytes;
    QHash<QString, InvoiceCsvMapping> m_saved;
    QComboBox* m_supplier;
    QLineEdit* m_invoiceId;
    QDateEdit* m_date;
    QLineEdit* m_orderId;
    QComboBox* m_separator;
    QCheckBox* m_decimalComma;
    QCheckBox* m_header;
    QList<QComboBox*> m_columns;
    QTableWidget* m_preview;
    QLabel* m_problem;
    QPushButton* m_ok;
};

class InvoicesPage : public QWidget
{
    Q_OBJECT

public:
    explicit InvoicesPage(QWidget* parent = nullptr);
    ~InvoicesPage() override;

    static QString title();

    /// Asks for a file to open / a path to save (default: file dialogs; tests replace them).
    std::function<QString(const QString& caption, const QString& filter)> askOpenPath;
    std::function<QString(const QString& caption, const QString& suggested, const QString& filter)>
        askSavePath;
    /// Asks how a CSV reads (default: InvoiceCsvDialog; tests replace it).
    std::function<std::optional<InvoiceCsvDialog::Request>(const QByteArray& bytes)> askCsvMapping;

    QTableWidget* invoicesTable() const { return m_invoices; }
    QTableWidget* linesTable() const { return m_lines; }
    QTableWidget* unmatchedTable() const { return m_unmatched; }
    /// The invoices received again with other content, waiting for a decision.
    QTableWidget* resendsTable() const { return m_resends; }
    QWidget* resendsBox() const { return m_resendBox; }
    QPushButton* keepHeldButton() const { return m_keepHeld; }
    QPushButton* replaceHeldButton() const { return m_replaceHeld; }
    QLabel* resendNote() const { return m_resendNote; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* totalsLabel() const { return m_totals; }
    /// The invoice shown below (nullopt before any).
    const std::optional<InvoiceMatch>& current() const { return m_current; }

public Q_SLOTS:
    /// Reads the invoices again (off the GUI thread); reloaded() when shown.
    void reload();
    /// Imports a UBL or CSV file (asks for it, and for the CSV's mapping);
    /// false when nothing is to be imported, else stored on the worker and
    /// importFinished() says how it went (the error on the page).
    bool importFile();
    bool importPath(const QString& path);
    /// Approves / refuses the selected line (A / R).
    void approveLine();
    void refuseLine();
    /// Approves / refuses the whole invoice.
    void approveInvoice();
    void refuseInvoice();
    /// The selected invoice received again: keep the held one / replace it.
    void keepHeldInvoice();
    void replaceHeldInvoice();
    /// Saves the shortfall's credit-note request.
    bool exportCreditPdf();
    bool exportCreditCsv();

Q_SIGNALS:
    void reloaded();
    void statusMessage(const QString& text);
    /// A decision or an import was stored.
    void changed();
    void importFinished(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Snapshot;
    void retranslateUi();
    void apply(std::shared_ptr<const Snapshot> snapshot);
    void showInvoice();
    void decide(bool approve, bool wholeInvoice);
    void showMessage(const QString& text, bool error);
    void settleResend(bool replace);
    void showResendNote();
    std::optional<std::pair<QString, QString>> selectedInvoice() const;
    Decimal tolerance() const;

    std::unique_ptr<DbWorker> m_worker;
    std::shared_ptr<const Snapshot> m_snapshot;
    std::optional<InvoiceMatch> m_current;
    std::optional<std::pair<QString, QString>> m_keep;
    int m_focusPosition = 0; ///< the line to select once the kept invoice is shown
    quint64 m_request = 0;

    QLabel* m_intro;
    QPushButton* m_import;
    QWidget* m_resendBox;
    QLabel* m_resendTitle;
    QTableWidget* m_resends;
    QLabel* m_resendNote;
    QPushButton* m_keepHeld;
    QPushButton* m_replaceHeld;
    QTableWidget* m_invoices;
    QLabel* m_linesTitle;
    QTableWidget* m_lines;
    QLabel* m_totals;
    QPushButton* m_approve;
    QPushButton* m_refuse;
    QPushButton* m_approveAll;
    QPushButton* m_refuseAll;
    QPushButton* m_creditPdf;
    QPushButton* m_creditCsv;
    QLabel* m_unmatchedTitle;
    QTableWidget* m_unmatched;
    TableEmptyHint* m_invoicesEmpty = nullptr;
    TableEmptyHint* m_linesEmpty = nullptr;
    TableEmptyHint* m_unmatchedEmpty = nullptr;
    QLabel* m_message;
};

} // namespace Moulin
