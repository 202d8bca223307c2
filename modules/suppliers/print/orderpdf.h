#pragma once

#include "suppliers/core/order.h"

#include <QByteArray>
#include <QString>

namespace Moulin {

/// The order as the supplier reads it on paper: a French "bon de commande"
/// (A4, QPdfWriter): the number, dates, the restaurant (name, address,
/// SIRET, VAT id) and the supplier, a table of the lines (réf., GTIN,
/// désignation, quantité, unité, PU HT, montant HT, TVA) continued over as
/// many pages as it needs with its header repeated, then the totals: HT,
/// the delivery fee below franco, VAT per rate, TTC. French number and date
/// formats ("1 234,56 €", "09/12/2026"). Always French: it is a document for
/// the supplier, whatever the interface's language.
///
/// Needs a QGuiApplication (fonts); any thread.
class OrderPdf
{
public:
    static QByteArray render(const Order& order);

    /// "1 234,56" (no-break space between thousands); `decimals` at least.
    static QString number(const Decimal& value, int decimals = 2);
    /// "1 234,56 €".
    static QString money(const Decimal& value);
    /// "5,5 %".
    static QString rate(VatRate rate);
    /// "kg", "L", "pièce", "colis", "carton"…
    static QString unitLabel(const QString& unitCode);
    /// "bon-de-commande-PO-20261207-0001.pdf"
    static QString fileName(const Order& order);
};

} // namespace Moulin
