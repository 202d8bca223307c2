#pragma once

// A credit-note request (demande d'avoir) as a PDF to send to the supplier:
// A4 portrait, the restaurant (name, address, SIRET) top left, the supplier
// top right, "Demande d'avoir n° AV-…" with the date and the order and
// delivery it is about, the lines (reference, product, reason, quantity,
// unit price and amount excl. VAT, VAT rate), the VAT per rate and the
// totals. Needs a QGuiApplication (fonts).

#include "suppliers/core/receiving.h"

#include <QCoreApplication>
#include <QStringList>

namespace Moulin {

struct CreditRequestPdfInput
{
    CreditRequest request;
    QString restaurantName;
    QStringList restaurantAddress; ///< one line each
    QString restaurantSiret;
    QString supplierName;
    QStringList supplierAddress;
    QString supplierSiret;
};

class CreditRequestPdf
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::CreditRequestPdf)

public:
    /// Writes the PDF to `path`; false and `*error` when it cannot.
    static bool write(const QString& path, const CreditRequestPdfInput& input, QString* error);
    /// "AV-PO-20261207-0001.pdf"
    static QString fileName(const CreditRequest& request);
};

} // namespace Moulin
