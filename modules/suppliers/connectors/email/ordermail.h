#pragma once

#include "suppliers/core/order.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Moulin {

/// The e-mail that carries an order to a supplier without an API: French
/// subject and body, From the restaurant, To the supplier's order address,
/// and two attachments, the order's PDF and its UBL XML (the stored bytes).
/// Its Message-ID is made from the order's idempotency key, so every resend
/// of one order is the same message (a mail client shows it once).
struct OrderMail
{
    QString from;     ///< "commandes@lemoulin-lyon.fr"
    QString fromName; ///< "Le Moulin"
    QString to;       ///< the supplier's order address
    QString subject;
    QByteArray message; ///< RFC 5322 + MIME, CRLF line ends

    static OrderMail compose(const Order& order, const QByteArray& pdf, const QByteArray& ubl,
                             const QString& from, const QString& fromName, const QString& to,
                             const QDateTime& date);

    /// "Bon de commande PO-20261207-0001 — Le Moulin, livraison le 09/12/2026".
    static QString subjectFor(const Order& order);
    /// "commande-PO-20261207-0001.xml"
    static QString ublFileName(const Order& order);
    /// The header value with non-ASCII text as RFC 2047 encoded words.
    static QByteArray encodeHeader(const QString& text);
};

} // namespace Moulin
