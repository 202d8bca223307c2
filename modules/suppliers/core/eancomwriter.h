#pragma once

#include "suppliers/core/order.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Moulin {

/// Writes an order as an EANCOM 2002 ORDERS message (UN/EDIFACT D.01B,
/// EAN010), for suppliers whose EDI takes that rather than PEPPOL UBL: one
/// interchange (UNA, UNB … UNZ) holding one message (UNH … UNT):
///
///   BGM+220 (order) with the order number, DTM+137 (document date) and
///   DTM+2 (delivery requested), FTX+AAI (the note), RFF+CR (the
///   restaurant's account), NAD+BY / NAD+SU / NAD+DP with RFF+VA (VAT id),
///   CUX (currency); per line LIN (GTIN, "SRV"), PIA+1 (the supplier's
///   article number, "SA"), IMD (description), QTY+21 (ordered, with its
///   unit), MOA+203 (line amount), PRI+AAA (net price), TAX+7 (VAT rate);
///   then UNS+S, MOA+79 / 125 / 176 / 128 (lines, taxable, tax, total),
///   ALC+C with MOA+23 (the delivery fee), CNT+2 (line count), UNT (segment
///   count, UNH and UNT included) and UNZ (one message).
///
/// Syntax level C (UNOC, ISO 8859-1): the service characters ' + : ? are
/// released with '?'; characters outside Latin-1 are transliterated
/// (œ → oe, accents dropped). Parties are named by their PEPPOL endpoint:
/// a GLN (0088) with code list 9, anything else (SIRET) as mutually defined
/// (ZZZ).
class EancomOrderWriter
{
public:
    /// `preparedAt` is the interchange's date and time (UNB); `reference`
    /// its control reference (at most 14 characters; empty: the order
    /// number without its separators).
    static QByteArray write(const Order& order, const QDateTime& preparedAt, const QString& reference = {});

    /// `text` with ' + : ? released.
    static QString escape(const QString& text);
    /// The segments of an interchange (service string advice included),
    /// unescaped terminators honoured: "UNB+…", "UNH+…"…
    static QStringList segments(const QByteArray& interchange);
};

} // namespace Moulin
