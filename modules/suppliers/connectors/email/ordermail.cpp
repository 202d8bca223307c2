#include "suppliers/connectors/email/ordermail.h"

#include "suppliers/print/orderpdf.h"

#include <QLocale>

namespace Moulin {

namespace {

QByteArray base64Lines(const QByteArray& data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    out.reserve(encoded.size() + encoded.size() / 76 * 2 + 2);
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        out += encoded.mid(i, 76) + "\r\n";
    return out;
}

bool isAscii(const QString& text)
{
    for (const QChar c : text)
        if (c.unicode() > 0x7e || (c.unicode() < 0x20 && c != u'\t'))
            return false;
    return true;
}

QByteArray mailbox(const QString& name, const QString& address)
{
    if (name.isEmpty())
        return address.toUtf8();
    QString quoted = name;
    if (isAscii(name)) {
        quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        return '"' + quoted.toUtf8() + "\" <" + address.toUtf8() + '>';
    }
    return OrderMail::encodeHeader(name) + " <" + address.toUtf8() + '>';
}

QString shortDate(const QDate& date)
{
    return date.toString(u"dd/MM/yyyy");
}

} // namespace

QByteArray OrderMail::encodeHeader(const QString& text)
{
    if (isAscii(text))
        return text.toUtf8();
    // Encoded words of at most 75 characters, cut between characters.
    QByteArray out;
    QByteArray chunk;
    auto flush = [&] {
        if (chunk.isEmpty())
            return;
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        QString one(text.at(i));
        if (text.at(i).isHighSurrogate() && i + 1 < text.size())
            one += text.at(++i);
        const QByteArray bytes = one.toUtf8();
        if ((chunk.size() + bytes.size() + 2) / 3 * 4 > 60)
            flush();
        chunk += bytes;
    }
    flush();
    return out;
}

QString OrderMail::subjectFor(const Order& order)
{
    // French: the supplier's language, whatever the interface's.
    const QString who = order.buyer.tradingName.isEmpty() ? order.buyer.name : order.buyer.tradingName;
    QString subject = QStringLiteral("Bon de commande %1 — %2").arg(order.id, who);
    if (order.deliveryDate.isValid())
        subject += QStringLiteral(", livraison le %1").arg(shortDate(order.deliveryDate));
    return subject;
}

QString OrderMail::ublFileName(const Order& order)
{
    QString id = order.id;
    for (QChar& c : id)
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            c = u'_';
    return QStringLiteral("commande-%1.xml").arg(id);
}

OrderMail OrderMail::compose(const Order& order, const QByteArray& pdf, const QByteArray& ubl,
                             const QString& from, const QString& fromName, const QString& to,
                             const QDateTime& date)
{
    OrderMail mail;
    mail.from = from;
    mail.fromName = fromName;
    mail.to = to;
    mail.subject = subjectFor(order);

    const OrderTotals totals = order.totals();
    const BuyerParty& buyer = order.buyer;
    const QString who = buyer.tradingName.isEmpty() ? buyer.name : buyer.tradingName;
    QStringList body;
    body << QStringLiteral("Bonjour,") << QString();
    QString intro = QStringLiteral("Veuillez trouver ci-joint notre bon de commande n° %1 du %2")
                        .arg(order.id, shortDate(order.issueDate));
    if (order.deliveryDate.isValid())
        intro += QStringLiteral(", pour une livraison le %1").arg(shortDate(order.deliveryDate));
    body << intro + u'.' << QString();
    body << QStringLiteral("Montant : %1 HT (%2 TTC), %3 ligne%4.")
                .arg(OrderPdf::money(totals.taxExclusive), OrderPdf::money(totals.taxInclusive))
                .arg(order.lines.size())
                .arg(order.lines.size() > 1 ? QStringLiteral("s") : QString());
    if (!order.customerReference.isEmpty())
        body << QStringLiteral("Notre n° de compte client : %1.").arg(order.customerReference);
    if (!order.note.isEmpty())
        body << QStringLiteral("Remarque : %1").arg(order.note);
    body << QString()
         << QStringLiteral(
                "La commande est jointe en PDF (%1) et au format UBL, PEPPOL BIS Ordering 3.0 (%2), "
                "pour votre logiciel de gestion.")
                .arg(OrderPdf::fileName(order), ublFileName(order))
         << QStringLiteral("Merci de nous confirmer la commande et la date de livraison en répondant à ce "
                           "message.")
         << QString() << QStringLiteral("Cordialement,") << who;
    QStringList contact;
    if (!buyer.contactName.isEmpty())
        contact << buyer.contactName;
    if (!buyer.contactPhone.isEmpty())
        contact << buyer.contactPhone;
    if (!contact.isEmpty())
        body << contact.join(QStringLiteral(" — "));
    const QString address =
        QStringList{buyer.address.street,
                    QString(buyer.address.postalCode + u' ' + buyer.address.city).trimmed()}
            .join(QStringLiteral(", "));
    if (!address.isEmpty() && address != QLatin1String(", "))
        body << address;

    const QByteArray key = order.identity().idempotencyKey();
    const QByteArray boundary = "=_moulin_" + key.left(36).replace('-', "");
    const QString domain = from.contains(u'@') ? from.section(u'@', 1) : QStringLiteral("moulin.local");
    QByteArray m;
    m += "From: " + mailbox(fromName, from) + "\r\n";
    m += "To: " + to.toUtf8() + "\r\n";
    m += "Subject: " + encodeHeader(mail.subject) + "\r\n";
    m += "Date: " + QLocale::c().toString(date, u"ddd, dd MMM yyyy HH:mm:ss ").toUtf8();
    const int offset = date.offsetFromUtc() / 60;
    m += QStringLiteral("%1%2%3")
             .arg(offset < 0 ? u'-' : u'+')
             .arg(std::abs(offset) / 60, 2, 10, QChar(u'0'))
             .arg(std::abs(offset) % 60, 2, 10, QChar(u'0'))
             .toLatin1() +
         "\r\n";
    m += "Message-ID: <" + key + '@' + domain.toUtf8() + ">\r\n";
    if (!buyer.contactEmail.isEmpty() && buyer.contactEmail != from)
        m += "Reply-To: " + buyer.contactEmail.toUtf8() + "\r\n";
    m += "MIME-Version: 1.0\r\n";
    m += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n";
    m += "\r\n";
    m += "This is a multi-part message in MIME format.\r\n";

    m += "\r\n--" + boundary + "\r\n";
    m += "Content-Type: text/plain; charset=UTF-8\r\n";
    m += "Content-Transfer-Encoding: base64\r\n\r\n";
    m += base64Lines(body.join(QStringLiteral("\r\n")).toUtf8() + "\r\n");

    auto attach = [&](const QByteArray& type, const QString& name, const QByteArray& data) {
        m += "\r\n--" + boundary + "\r\n";
        m += "Content-Type: " + type + "; name=\"" + name.toUtf8() + "\"\r\n";
        m += "Content-Disposition: attachment; filename=\"" + name.toUtf8() + "\"\r\n";
        m += "Content-Transfer-Encoding: base64\r\n\r\n";
        m += base64Lines(data);
    };
    attach("application/pdf", OrderPdf::fileName(order), pdf);
    attach("application/xml", ublFileName(order), ubl);
    m += "\r\n--" + boundary + "--\r\n";
    mail.message = m;
    return mail;
}

} // namespace Moulin
