#pragma once

// The three-way match (migration 0026): each line of a supplier's invoice
// against the order line it bills and the quantity received.
//
// A line finds its order line by the supplier's article number, else its
// GTIN, among the lines of the order the invoice names (else of the
// supplier's orders, newest first); the order line the supplier names
// (OrderLineReference) settles a product ordered twice. A line that finds
// none is kept for review, never dropped, never guessed. The received
// quantity is the receipts' (Receiving), else what the Despatch Advice
// announced. Flags: a price difference (billed unit price against the
// order's net price beyond the tolerance, in percent), a quantity
// difference (billed against received), an unmatched line; and the totals
// per VAT rate recomputed from the lines against what the invoice states.
//
// Approving a line (or the whole invoice) makes the billed price the
// product's cost — price history, then every recipe's food cost (and so
// its margin) through RecipeStore::recomputeForProducts, in the same
// transaction. Lines billed beyond what was received make a credit-note
// request (Receiving's CreditRequest: the PDF and CSV of the Livraisons
// page). Functions work in the caller's connection and transaction.

#include "suppliers/core/invoicecsv.h"
#include "suppliers/core/receiving.h"
#include "suppliers/core/ublinvoice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Moulin {

enum class InvoiceState
{
    ToMatch,       ///< à rapprocher: nothing differs, waiting for the approval
    Discrepancies, ///< écarts: a difference or an unmatched line waits for a decision
    Approved,      ///< approuvée
    Refused,       ///< refusée
};

/// One invoice line as matched.
struct MatchedInvoiceLine
{
    int position = 0; ///< 1-based, in the invoice
    SupplierInvoiceLine invoiced;
    QString orderId; ///< empty: unmatched
    QString orderLineId;
    QString productSku;     ///< the order line's product
    QString unitCode;       ///< the order line's unit (the quantities and prices below count in it)
    Decimal ordered;        ///< the order's quantity (confirmed when the supplier changed it)
    Decimal received;       ///< receipts, else announced
    QString receivedSource; ///< receipt, advice, "" (nothing yet)
    Decimal orderedPrice;   ///< net, per unit
    Decimal billed;         ///< the billed quantity in the order line's unit
    Decimal billedPrice;    ///< the billed price per order-line unit
    bool priceDifference = false;
    bool quantityDifference = false;
    bool unmatched = false;
    QString reason;   ///< translated: why unmatched
    QString decision; ///< "", approved, refused

    bool isMatched() const { return !unmatched; }
    bool needsDecision() const
    {
        return decision.isEmpty() && (unmatched || priceDifference || quantityDifference);
    }
    /// Billed beyond what was received (zero when not).
    Decimal shortfall() const { return unmatched || billed <= received ? Decimal() : billed - received; }
};

/// One VAT rate: what the lines make against what the invoice states.
struct InvoiceVatCheck
{
    VatRate rate = VatRate::Reduced55;
    Decimal linesTaxable; ///< the lines (and document charges) at this rate
    Decimal statedTaxable;
    Decimal expectedTax; ///< linesTaxable × rate, to the cent
    Decimal statedTax;
    bool ok = true;
};

struct InvoiceMatch
{
    SupplierInvoice invoice;
    QList<MatchedInvoiceLine> lines;
    QList<InvoiceVatCheck> vat;
    InvoiceState state = InvoiceState::ToMatch;

    bool totalsOk() const;
    int differences() const; ///< lines with a price or quantity difference
    int unmatchedCount() const;
    int pendingDecisions() const; ///< lines still waiting for approve / refuse
};

/// One invoice in the list.
struct InvoiceSummary
{
    QString supplierId;
    QString supplierName;
    QString id;
    SupplierInvoice::Kind kind = SupplierInvoice::Kind::Invoice;
    QDate issueDate;
    QString orderId;
    Decimal taxInclusive;
    InvoiceState state = InvoiceState::ToMatch;
    int differences = 0;
    int unmatched = 0;
};

/// What import() did with an invoice.
enum class ImportOutcome
{
    Stored,        ///< new: stored and matched
    AlreadyStored, ///< the same invoice again (same bytes, or the same content): nothing changed
    SetAside,      ///< a number already held, other content: set aside for the manager (resends())
};

/// An invoice received again under a number already held, with other
/// content: waiting for the manager to keep the held one or replace it.
struct InvoiceResend
{
    qint64 id = 0;
    QString supplierId;
    QString supplierName;
    QString invoiceId;
    QString source; ///< ubl, csv
    QDateTime receivedAt;
    Decimal resentTotal; ///< incl. VAT, as the new document states it
    int resentLines = 0;
    Decimal heldTotal; ///< incl. VAT, the invoice held
    int heldLines = 0;
    InvoiceState heldState = InvoiceState::ToMatch;
    /// The held invoice, or one of its lines, is approved (its prices are
    /// costs already): never replaced, a credit note corrects it.
    bool heldApproved = false;
};

/// What approving did.
struct ApprovalOutcome
{
    int linesApproved = 0;
    QList<std::pair<QString, QString>> repriced; ///< (supplier, sku) whose cost changed
    QList<qint64> recipesUpdated;                ///< recipes whose food cost was recomputed
};

class ThreeWayMatch
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::ThreeWayMatch)

public:
    /// Default price tolerance: 0.5 % of the ordered price (setting
    /// suppliers/invoice_price_tolerance_percent).
    static Decimal defaultTolerancePercent() { return Decimal::fromMicros(500'000); }

    static QString stateName(InvoiceState state); ///< to_match, discrepancies, approved, refused
    static InvoiceState stateFrom(const QString& name);
    /// "À rapprocher", "Écarts", "Approuvée", "Refusée".
    static QString stateText(InvoiceState state);

    /// Matches `invoice` (its supplierId set) against the stored orders and receipts.
    static InvoiceMatch match(QSqlDatabase& db, const SupplierInvoice& invoice,
                              const Decimal& tolerancePercent);

    /// Matches and stores `invoice` with the document's bytes. Under a
    /// number the supplier already has here: the same bytes, or the same
    /// content (sameContent()), change nothing (AlreadyStored); other
    /// content is set aside for the manager (SetAside, resends()), the held
    /// invoice untouched — the same document set aside twice is kept once.
    static bool import(QSqlDatabase& db, const SupplierInvoice& invoice, const QByteArray& document,
                       const Decimal& tolerancePercent, const QDateTime& now, ImportOutcome* outcome,
                       QString* error);

    /// The matching rule for an invoice received again: the same when what
    /// is billed is the same — kind, dates, order and despatch references,
    /// currency, the totals, and line by line the article (number, GTIN),
    /// the order line named, quantity, unit, unit price, amount and VAT
    /// rate. Labels, line ids and the document's layout do not count.
    static bool sameContent(const SupplierInvoice& held, const SupplierInvoice& received);

    /// The invoices set aside (received again with other content) that wait
    /// for the manager, oldest first.
    static QList<InvoiceResend> resends(QSqlDatabase& db);
    /// Keeps the held invoice; the one set aside stays stored, marked kept.
    static bool keepHeld(QSqlDatabase& db, qint64 resendId, const QDateTime& now, QString* error);
    /// Replaces the held invoice by the one set aside (matched afresh; the
    /// held document kept with it). Refused with a translated error when the
    /// held invoice or one of its lines is approved: a credit note corrects
    /// an approved invoice.
    static bool replaceHeld(QSqlDatabase& db, qint64 resendId, const Decimal& tolerancePercent,
                            const QDateTime& now, QString* error);

    /// Reads a UBL invoice or credit note (UblInvoice::read) and imports it
    /// for `supplierId`, else the supplier whose PEPPOL endpoint is the
    /// seller's. A document that does not read, or names no known supplier,
    /// is refused with a translated error naming the element and the rule;
    /// nothing is stored. Returns the invoice's number.
    static std::optional<QString> importUbl(QSqlDatabase& db, const QByteArray& xml,
                                            const QString& supplierId, const Decimal& tolerancePercent,
                                            const QDateTime& now, QString* error,
                                            ImportOutcome* outcome = nullptr);
    /// Imports the CSV `bytes` of `supplierId`'s invoice `invoiceId` of
    /// `issueDate` (for order `orderId`, may be empty) through `mapping`
    /// (InvoiceCsv::read); nothing stored on the first bad value.
    static bool importCsv(QSqlDatabase& db, const QString& supplierId, const QString& invoiceId,
                          const QDate& issueDate, const QString& orderId, const QByteArray& bytes,
                          const InvoiceCsvMapping& mapping, const Decimal& tolerancePercent,
                          const QDateTime& now, QString* error, ImportOutcome* outcome = nullptr);

    /// The bytes an invoice was stored with (nullopt: not stored).
    static std::optional<QByteArray> document(QSqlDatabase& db, const QString& supplierId,
                                              const QString& invoiceId);

    /// Every invoice, newest first.
    static QList<InvoiceSummary> invoices(QSqlDatabase& db);
    /// A stored invoice with its lines matched as stored and their decisions.
    static std::optional<InvoiceMatch> stored(QSqlDatabase& db, const QString& supplierId,
                                              const QString& invoiceId);
    /// Every unmatched line not yet decided, across invoices.
    static QList<std::pair<InvoiceSummary, MatchedInvoiceLine>> unmatchedLines(QSqlDatabase& db);

    /// Matches a stored invoice again (a receipt came since), keeping its decisions.
    static bool rematch(QSqlDatabase& db, const QString& supplierId, const QString& invoiceId,
                        const Decimal& tolerancePercent, QString* error);

    /// rematch() of every invoice still open (to match, discrepancies).
    static bool rematchOpen(QSqlDatabase& db, const Decimal& tolerancePercent, QString* error);

    /// Approves line `position` (or every undecided line when 0): the
    /// product's cost becomes the billed price and the recipes follow.
    static bool approve(QSqlDatabase& db, const QString& supplierId, const QString& invoiceId, int position,
                        const QDate& day, const QDateTime& now, ApprovalOutcome* outcome, QString* error);
    /// Refuses line `position` (or the whole invoice when 0); no cost changes.
    static bool refuse(QSqlDatabase& db, const QString& supplierId, const QString& invoiceId, int position,
                       const QDateTime& now, QString* error);

    /// The credit-note request for the lines billed beyond what was
    /// received, at the billed price ("AV-<invoice>"); empty when none.
    static CreditRequest shortfallRequest(const InvoiceMatch& match, const QDate& issueDate);
};

} // namespace Moulin
