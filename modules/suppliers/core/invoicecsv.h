#pragma once

// A supplier's invoice as a CSV file, read through the column mapping the
// manager sets once per supplier (kept in supplier_invoice_csv_mapping,
// migration 0026): which column holds the product code or GTIN, the
// description, the quantity, the unit price, the VAT rate and the line
// total. French files are the default: ';' separated, decimal comma
// ("1 234,56"; "5,5 %"), UTF-8 or Windows-1252, a header row.

#include "suppliers/core/ublinvoice.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Moulin {

struct InvoiceCsvMapping
{
    QChar separator = u';';
    bool decimalComma = true;
    bool header = true; ///< the first row names the columns
    // Columns, 0-based; -1: not in the file.
    int code = -1; ///< the supplier's article number
    int gtin = -1;
    int description = -1;
    int quantity = -1;
    int unitPrice = -1;
    int vatRate = -1;
    int lineTotal = -1;

    /// The fields a mapping must give: a code or GTIN, quantity, unit price, VAT rate.
    bool isComplete() const
    {
        return (code >= 0 || gtin >= 0) && quantity >= 0 && unitPrice >= 0 && vatRate >= 0;
    }
    QString toJson() const;
    static std::optional<InvoiceCsvMapping> fromJson(const QString& json);
    friend bool operator==(const InvoiceCsvMapping&, const InvoiceCsvMapping&) = default;
};

class InvoiceCsv
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::InvoiceCsv)

public:
    /// The file's rows (quoted fields, "" inside quotes, CRLF, a BOM;
    /// Windows-1252 when it is not UTF-8), blank rows dropped.
    static QList<QStringList> rows(const QByteArray& bytes, QChar separator);
    /// ';' unless the first line holds more ',' or tabs.
    static QChar guessSeparator(const QByteArray& bytes);
    /// A mapping guessed from the header's names (code/référence/article,
    /// EAN/GTIN, désignation/libellé, quantité/qté, prix unitaire/PU,
    /// TVA, montant/total HT); what it cannot place stays -1.
    static InvoiceCsvMapping guessMapping(const QStringList& header, QChar separator);

    /// "1 234,56", "12,5 %", "-3" (decimal comma) or "1234.56" (dot) as a
    /// decimal; nullopt when it does not read.
    static std::optional<Decimal> number(QString text, bool decimalComma);

    /// The invoice's lines read from `bytes` with `mapping`: one line per
    /// data row. nullopt and `error` (translated, naming the row and the
    /// column) at the first value that does not read: nothing is kept.
    /// A line total, when mapped, must be quantity × unit price (to the
    /// cent); without one it is computed.
    static std::optional<QList<SupplierInvoiceLine>> read(const QByteArray& bytes,
                                                          const InvoiceCsvMapping& mapping, QString* error);

    static std::optional<InvoiceCsvMapping> savedMapping(QSqlDatabase& db, const QString& supplierId);
    static bool saveMapping(QSqlDatabase& db, const QString& supplierId, const InvoiceCsvMapping& mapping,
                            const QDateTime& now, QString* error);
};

} // namespace Moulin
