#pragma once

// Accounting export of the sales: the FEC (Fichier des Écritures Comptables,
// LPF art. A47 A-1) and a daily summary CSV ("Z de caisse").
//
// FEC: one balanced entry per day in the sales journal, built from the daily
// rollups (voided receipts excluded): debit of each payment method's
// account, credit of the sales account of each VAT rate (amounts without VAT)
// and of the collected-VAT account (4457x) of each rate; the cents left by
// rounding the till's six-decimal amounts go to the rounding accounts
// (658 / 758) so the entry balances. Negative amounts (refunds) change side.
// Nothing is ever booked to a suspense account: a VAT rate that is not a
// French rate, or a rate or payment code without its account, stops the
// export (FecDocument::errors) with a message naming it and where to map it. 18 columns with
// their names on the first line, tab separated, ISO 8859-15, CRLF, decimal
// comma without thousands separator, dates AAAAMMJJ, entries in date order,
// EcritureNum 1, 2, 3… without gap; file name <SIREN>FEC<AAAAMMJJ>.txt (the
// fiscal year's end).

#include "pos/core/salesrepository.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Moulin {

struct FecAccount
{
    QString number;
    QString label;
};

/// Which account each amount goes to. Defaults in code, overridden by JSON
/// (PosSettings::fecMappingJson, edited in Paramètres ▸ Comptabilité); an
/// override only lists what changes:
///
///     { "journalCode": "VE", "journalLabel": "Ventes",
///       "sales":    { "10.00": {"account": "70711000", "label": "…"}, "20.00": {…}, "5.50": {…} },
///       "vat":      { "10.00": {"account": "44571100", "label": "…"}, … },
///       "payments": { "CASH": {"account": "53000000", "label": "…"}, … },
///       "roundingDebit":  {"account": "65800000", "label": "…"},
///       "roundingCredit": {"account": "75800000", "label": "…"} }
///
/// VAT rates are keyed by basis points in code (1000 = 10 %) and by the
/// percentage text in JSON. Payments are keyed by the till's payment code
/// (the merchant's own codes, listed by the till's paymentMethods); a code
/// without an entry here takes the account the merchant set on the till
/// (its accountingReference), else it is unmapped. The keys "unknownSales",
/// "unknownPayment" and "difference" of earlier versions are accepted and
/// ignored: nothing goes to a suspense account any more.
struct FecMapping
{
    QString journalCode = QStringLiteral("VE");
    QString journalLabel = QStringLiteral("Ventes");
    QHash<int, FecAccount> sales;
    QHash<int, FecAccount> vat;
    QHash<QString, FecAccount> payments;
    FecAccount roundingDebit;  ///< payments short of the sales by rounding cents (658)
    FecAccount roundingCredit; ///< payments above the sales by rounding cents (758)

    /// The VAT rates in force in France, in basis points: 20 %, 10 %,
    /// 5,5 %, 2,1 %.
    static QList<int> frenchRates();
    static bool isFrenchRate(int basisPoints);
    /// Whether `number` may be an account number (3 to 20 letters or digits).
    static bool isValidAccountNumber(const QString& number);

    static FecMapping defaults();
    /// defaults() with `json` applied; nullopt and `error` when the JSON is
    /// not a valid override (names the key).
    static std::optional<FecMapping> withOverride(const QByteArray& json, QString* error);
    /// From the settings (defaults when the override is missing or invalid).
    static FecMapping load();
    QJsonObject toJson() const;
};

/// One line of the FEC (the 18 columns; amounts in cents).
struct FecLine
{
    QString journalCode;
    QString journalLabel;
    int entryNumber = 0;
    QDate entryDate;
    QString account;
    QString accountLabel;
    QString auxAccount;
    QString auxLabel;
    QString pieceRef;
    QDate pieceDate;
    QString label;
    qint64 debitCents = 0;
    qint64 creditCents = 0;
    QString letter;
    QDate letterDate;
    QDate validDate;
    QString currencyAmount;
    QString currency;
};

struct FecIssue
{
    int line = 0;    ///< 1-based line of the file (1 = the header); 0: the whole file
    QString message; ///< translated; names the entry or column
};

struct FecDocument
{
    QString siren;
    QDate fiscalYearEnd;
    QList<FecLine> lines;
    /// What stops the export (translated; names the rate or the payment code
    /// and where to map it). write() refuses a document that has any.
    QStringList errors;
    QStringList warnings; ///< worth a look, not blocking (e.g. a large rounding difference)
    /// Payment codes and VAT rates (basis points) found without an account.
    QStringList unmappedPaymentCodes;
    QList<int> unmappedRates;

    /// "<SIREN>FEC<AAAAMMJJ>.txt".
    QString fileName() const;
};

class FecExport
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::FecExport)

public:
    static const QStringList& columns();

    /// Builds the entries of `period` from the rollups. `validationDate`
    /// fills ValidDate (the export's date). Payment codes are mapped through
    /// `mapping`, then the till's own accounting references
    /// (pos_payment_method); what cannot be mapped lands in
    /// FecDocument::errors, never in a suspense account.
    static FecDocument build(QSqlDatabase db, const SalesPeriod& period, const FecMapping& mapping,
                             const QString& siren, const QDate& fiscalYearEnd, const QDate& validationDate);

    /// The file's bytes (ISO 8859-15). Characters outside ISO 8859-15 are
    /// replaced ("’" → "'", "…" → "...", others → "?"); tabs and line breaks
    /// in labels become spaces.
    static QByteArray encode(const FecDocument& document);

    /// Checks a FEC file's bytes: encoding, header, 18 columns, dates,
    /// amounts, balance of every entry and of the file, continuous numbering,
    /// chronological order. Empty when the file is valid.
    static QList<FecIssue> validate(const QByteArray& file);
    /// Whether `fileName` is "<SIREN>FEC<AAAAMMJJ>.txt" with a valid SIREN.
    static bool isValidFileName(const QString& fileName, QString* why = nullptr);
    /// A SIREN: 9 digits with a valid Luhn key.
    static bool isValidSiren(const QString& siren);

    /// Encodes, validates, and writes `directory`/fileName() atomically.
    /// Nothing is written when the document has errors or an issue is found;
    /// `issues` lists them.
    static bool write(const FecDocument& document, const QString& directory, QString* writtenPath,
                      QList<FecIssue>* issues);

    /// ISO 8859-15 codec (Qt has none): nullopt when `text` has a character
    /// outside it.
    static std::optional<QByteArray> toLatin9(const QString& text);
    static QString fromLatin9(const QByteArray& bytes);
};

/// The daily summary ("Z de caisse") as CSV for a spreadsheet: UTF-8 with
/// BOM, `;` separated, decimal comma, CRLF; one row per day of the period
/// (zero-filled) and a total row. Columns: date, receipts, covers, average
/// ticket, sales with and without VAT, VAT, then per VAT rate (base and VAT),
/// per payment method, voided receipts, refunds.
class ZReport
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::ZReport)

public:
    static QByteArray csv(QSqlDatabase db, const SalesPeriod& period);
};

} // namespace Moulin
