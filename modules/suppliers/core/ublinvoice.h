#pragma once

// The supplier's invoice (facture) and credit note (avoir) as the three-way
// match reads them, and the PEPPOL BIS Billing 3.0 UBL Invoice / CreditNote
// documents they come in: read with the area's XML tree (ublxml.h), the
// fields Moulin uses checked against the BIS Billing rules (EN 16931 BR-*,
// PEPPOL-EN16931-R*), a malformed document refused with an error naming
// the element and the rule; and written back (the sandbox's suppliers,
// tests).

#include "suppliers/core/order.h"
#include "suppliers/core/ublxml.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Moulin {

namespace Ubl {
inline constexpr char kInvoiceNs[] = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
inline constexpr char kCreditNoteNs[] = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
inline constexpr char kBillingCustomization[] =
    "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";
inline constexpr char kBillingProfile[] = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";
} // namespace Ubl

/// One billed line.
struct SupplierInvoiceLine
{
    QString lineId; ///< cbc:ID (or the CSV row)
    QString sku;    ///< the supplier's article number (SellersItemIdentification)
    QString gtin;   ///< StandardItemIdentification (0160)
    QString name;
    Decimal quantity;  ///< InvoicedQuantity / CreditedQuantity
    QString unitCode;  ///< empty for a CSV line (the order line's unit is assumed)
    Decimal unitPrice; ///< excl. VAT, per unit code (PriceAmount ÷ BaseQuantity)
    Decimal amount;    ///< LineExtensionAmount, excl. VAT
    VatRate vat = VatRate::Reduced55;
    QString orderLineRef; ///< OrderLineReference/LineID, when the supplier names it
};

/// The amounts of one VAT rate as the invoice states them (TaxSubtotal).
struct InvoiceVatTotal
{
    Decimal taxable;
    Decimal tax;
};

struct SupplierInvoice
{
    enum class Kind
    {
        Invoice,    ///< 380
        CreditNote, ///< 381
    };

    QString supplierId; ///< whose (set by the caller: the feed, the import)
    QString id;
    Kind kind = Kind::Invoice;
    QString source = QStringLiteral("ubl"); ///< ubl, csv
    QDate issueDate;
    QDate dueDate;
    QString currency = QStringLiteral("EUR");
    QString orderId;    ///< OrderReference/ID
    QString despatchId; ///< DespatchDocumentReference/ID
    PeppolParticipant seller;
    QString sellerName;
    QString buyerName;
    QList<SupplierInvoiceLine> lines;
    Decimal charges;                    ///< document-level charges (a delivery fee), excl. VAT
    Decimal allowances;                 ///< document-level allowances, excl. VAT
    Decimal lineTotal;                  ///< LegalMonetaryTotal/LineExtensionAmount
    Decimal taxExclusive;               ///< TaxExclusiveAmount
    Decimal tax;                        ///< TaxTotal/TaxAmount
    Decimal taxInclusive;               ///< TaxInclusiveAmount
    Decimal payable;                    ///< PayableAmount
    QMap<VatRate, InvoiceVatTotal> vat; ///< as stated (empty for a CSV: computed)

    static QString kindName(Kind kind)
    {
        return kind == Kind::CreditNote ? QStringLiteral("credit_note") : QStringLiteral("invoice");
    }
    /// Lines and totals per rate computed from the lines (what a CSV states).
    void computeTotals();
};

class UblInvoice
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::UblInvoice)

public:
    /// Reads a UBL Invoice or CreditNote (PEPPOL BIS Billing 3.0). Refused
    /// (nullopt, `error` naming the element, the rule and what was found)
    /// when it is not well-formed, not a BIS Billing 3.0 document, misses a
    /// field Moulin uses, holds an unreadable number, date, unit or VAT
    /// rate, or when its amounts do not add up (line = quantity × price,
    /// lines = LineExtensionAmount, per VAT rate the taxable amount and the
    /// tax, the totals).
    static std::optional<SupplierInvoice> read(const QByteArray& xml, Ubl::ReadError* error);

    /// Writes `invoice` as a BIS Billing 3.0 document (Invoice, or
    /// CreditNote for a credit note) between the order's parties; the totals
    /// per VAT rate computed from the lines and charges.
    static QByteArray write(const SupplierInvoice& invoice, const SellerParty& seller,
                            const BuyerParty& buyer);
};

} // namespace Moulin
