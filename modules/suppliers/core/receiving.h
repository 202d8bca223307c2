#pragma once

// Receiving (migration 0017): what arrived against an order or one of its
// deliveries (a Despatch Advice), line by line — the quantity received and
// kept, a discrepancy (missing, damaged, substituted, excess) with its
// quantity, a substitute and a note — and the credit-note request (demande
// d'avoir) built from the shortfalls and damaged goods, per VAT rate.
//
// A receipt is one per delivery (supplier, order, despatch; despatch empty
// when received against the order itself): saving it again replaces it, so
// the order lines' delivered quantities (the sum of every receipt of the
// order) never count twice, and a corrected receipt rebuilds its request.
// Functions work in the caller's connection and transaction.

#include "suppliers/core/decimal.h"
#include "suppliers/core/supplier.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Moulin {

/// What is wrong with a line, in the receipt's terms.
enum class Discrepancy
{
    None,
    Missing,     ///< manquant: less than expected arrived (credited)
    Damaged,     ///< abîmé: arrived unusable, refused (credited)
    Substituted, ///< substitué: another product came instead (kept, not credited)
    Excess,      ///< excédent: more than expected arrived
};

struct ReceiptLine
{
    QString orderLineId;
    // From the order (filled by Receiving::draft(), for display and amounts).
    QString sku;
    QString name;
    QString unitCode;
    Decimal ordered;                  ///< the order's quantity (confirmed by the supplier when it answered)
    std::optional<Decimal> announced; ///< what the Despatch Advice said was shipped
    Decimal netPrice;                 ///< excl. VAT, per ordered unit
    VatRate vat = VatRate::Reduced55;

    /// What this delivery should bring: the announced quantity, else what
    /// the order still expects.
    Decimal expected;
    /// Received in good condition and kept.
    Decimal received;
    Discrepancy discrepancy = Discrepancy::None;
    /// How much is missing, damaged, substituted or in excess (see
    /// Receiving::normalised(): the gap with the expected quantity by default).
    Decimal discrepancyQuantity;
    QString substitute; ///< the substitute's reference or description
    QString note;

    /// Everything expected arrived and was kept.
    bool isComplete() const { return discrepancy == Discrepancy::None && received == expected; }
};

struct Receipt
{
    QString supplierId;
    QString orderId;
    QString despatchId; ///< empty: against the order itself
    QDate receivedOn;
    QString note;
    int revision = 0; ///< 0: not stored yet
    QList<ReceiptLine> lines;
};

/// A line of a credit-note request.
struct CreditLine
{
    QString orderLineId;
    QString sku;
    QString name;
    Discrepancy reason = Discrepancy::Missing; ///< Missing or Damaged
    Decimal quantity;
    QString unitCode;
    Decimal unitPrice; ///< excl. VAT
    Decimal amount;    ///< quantity × unit price, rounded to cents
    VatRate vat = VatRate::Reduced55;
};

/// The amounts of one VAT rate.
struct CreditVatTotal
{
    Decimal base; ///< excl. VAT
    Decimal tax;  ///< rounded to cents per rate
};

/// A credit-note request (demande d'avoir) to a supplier.
struct CreditRequest
{
    QString supplierId;
    QString id; ///< "AV-PO-20261207-0001" (plus the despatch's id when per delivery)
    QString orderId;
    QString despatchId;
    QDate issueDate;
    QList<CreditLine> lines;
    QMap<VatRate, CreditVatTotal> byRate;
    Decimal totalExclVat;
    Decimal tax;
    Decimal totalInclVat;

    bool isEmpty() const { return lines.isEmpty(); }
};

/// What saving a receipt did.
struct ReceiptOutcome
{
    int revision = 0;                    ///< 1 on first save, then one more per correction
    QString orderStatus;                 ///< delivered, partially_delivered
    std::optional<CreditRequest> credit; ///< stored when there are shortfalls or damaged goods
};

class Receiving
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::Receiving)

public:
    static QString discrepancyName(Discrepancy kind); ///< "missing"… ("" for None)
    static Discrepancy discrepancyFrom(const QString& name);
    /// "Missing", "Damaged"… translated ("Manquant", "Abîmé"…).
    static QString discrepancyText(Discrepancy kind);

    /// The receipt to fill for a delivery of an order: the stored one when
    /// there is one, else every line of the order with what this delivery
    /// should bring (the Despatch Advice's quantity, else what the order
    /// still expects) received in full. nullopt when the order (or the
    /// advice) is not known; `error` says which.
    static std::optional<Receipt> draft(QSqlDatabase& db, const QString& supplierId, const QString& orderId,
                                        const QString& despatchId, const QDate& day, QString* error);
    /// The stored receipt (lines with their order details), if any.
    static std::optional<Receipt> stored(QSqlDatabase& db, const QString& supplierId, const QString& orderId,
                                         const QString& despatchId);

    /// The receipt with each line's discrepancy made consistent: less than
    /// expected with no kind is Missing, more is Excess; a kind with no
    /// quantity takes the gap with the expected quantity; Excess is what
    /// arrived beyond it.
    static Receipt normalised(Receipt receipt);
    /// A receipt that cannot be stored: a negative quantity, an unknown line,
    /// a substitution without its substitute… (translated); empty when valid.
    static QString validate(const Receipt& receipt);

    /// The credit-note request of a receipt (normalised first): Missing and
    /// Damaged lines at the order's net price, totals per VAT rate.
    static CreditRequest creditRequestFor(const Receipt& receipt, const QDate& issueDate);

    /// Stores the receipt (replacing the same delivery's), recomputes the
    /// order lines' delivered quantities from every receipt of the order,
    /// sets the order's status (delivered when every line expected arrived,
    /// else partially_delivered), marks the delivery received, and stores
    /// (or drops) the credit-note request.
    static bool save(QSqlDatabase& db, const Receipt& receipt, const QDateTime& now, ReceiptOutcome* outcome,
                     QString* error);

    static std::optional<CreditRequest> creditRequest(QSqlDatabase& db, const QString& supplierId,
                                                      const QString& orderId, const QString& despatchId);
    /// Every credit-note request, newest first.
    static QList<CreditRequest> creditRequests(QSqlDatabase& db);

    /// The request as CSV for a spreadsheet (French: ';' separated, decimal
    /// comma, UTF-8 with BOM): one row per line, then one per VAT rate and
    /// the totals.
    static QByteArray creditRequestCsv(const CreditRequest& request, const QString& supplierName);
    /// "12,50 €" (French grouping and decimal comma).
    static QString money(const Decimal& amount);
    /// "2,5" (shortest exact form, decimal comma).
    static QString quantity(const Decimal& value);
};

} // namespace Moulin
