#include "suppliers/core/eancomwriter.h"

#include <QStringConverter>

namespace Moulin {

namespace {

/// Latin-1 only (syntax level C): œ → oe, other characters without their accent.
QString latin1Safe(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() < 0x100) {
            out += c;
            continue;
        }
        if (c == QChar(0x0153))
            out += QStringLiteral("oe");
        else if (c == QChar(0x0152))
            out += QStringLiteral("OE");
        else if (c == QChar(0x20AC))
            out += QStringLiteral("EUR");
        else if (c == QChar(0x2019) || c == QChar(0x2018))
            out += u'\'';
        else if (c == QChar(0x2013) || c == QChar(0x2014))
            out += u'-';
        else {
            const QString base = QString(c).normalized(QString::NormalizationForm_D);
            const QChar first = base.isEmpty() ? QChar(u'_') : base.at(0);
            out += first.unicode() < 0x100 ? first : QChar(u'_');
        }
    }
    return out;
}

QString partyCode(const PeppolParticipant& p)
{
    return p.scheme == QLatin1StringView(PeppolScheme::kGln) ? QStringLiteral("9") : QStringLiteral("ZZZ");
}

QString unbQualifier(const PeppolParticipant& p)
{
    return p.scheme == QLatin1StringView(PeppolScheme::kGln) ? QStringLiteral("14") : QStringLiteral("ZZZ");
}

QString amount(const Decimal& value)
{
    return value.rounded(2).toString(2);
}

class Message
{
public:
    void add(QStringList elements)
    {
        while (!elements.isEmpty() && elements.constLast().isEmpty())
            elements.removeLast();
        m_segments.append(elements.join(u'+'));
    }
    int size() const { return int(m_segments.size()); }
    const QStringList& segments() const { return m_segments; }

private:
    QStringList m_segments;
};

/// Composite: components joined by ':' (each already escaped), trailing empties dropped.
QString comp(QStringList components)
{
    while (!components.isEmpty() && components.constLast().isEmpty())
        components.removeLast();
    return components.join(u':');
}

QString e(const QString& text)
{
    return EancomOrderWriter::escape(latin1Safe(text));
}

void nad(Message& m, const char* qualifier, const PeppolParticipant& id, const QString& name,
         const PostalAddress& address, const QString& vatId)
{
    // NAD+BY+id::agency++name+street+city++postcode+country
    m.add({QStringLiteral("NAD"), QString::fromLatin1(qualifier),
           id.id.isEmpty() ? QString() : comp({e(id.id), QString(), partyCode(id)}), QString(),
           e(name.left(35)), e(address.street.left(35)), e(address.city.left(35)), QString(),
           e(address.postalCode.left(17)), e(address.country)});
    if (!vatId.isEmpty())
        m.add({QStringLiteral("RFF"), comp({QStringLiteral("VA"), e(vatId)})});
}

} // namespace

QString EancomOrderWriter::escape(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'?' || c == u'\'' || c == u'+' || c == u':')
            out += u'?';
        out += c;
    }
    return out;
}

QStringList EancomOrderWriter::segments(const QByteArray& interchange)
{
    const QString text = QString::fromLatin1(interchange);
    QStringList out;
    QString current;
    int i = 0;
    if (text.startsWith(QLatin1String("UNA"))) {
        out.append(text.left(9));
        i = 9;
    }
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'?' && i + 1 < text.size()) {
            current += c;
            current += text.at(++i);
        } else if (c == u'\'') {
            out.append(current);
            current.clear();
        } else if (c != u'\n' && c != u'\r') {
            current += c;
        }
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

QByteArray EancomOrderWriter::write(const Order& order, const QDateTime& preparedAt, const QString& reference)
{
    QString ref = reference;
    if (ref.isEmpty()) {
        for (const QChar c : order.id)
            if (c.isLetterOrNumber())
                ref += c;
    }
    ref = ref.right(14);
    const OrderTotals totals = order.totals();

    Message m;
    m.add({QStringLiteral("UNH"), QStringLiteral("1"), QStringLiteral("ORDERS:D:01B:UN:EAN010")});
    m.add({QStringLiteral("BGM"), QStringLiteral("220"), e(order.id), QStringLiteral("9")});
    m.add({QStringLiteral("DTM"),
           comp({QStringLiteral("137"), order.issueDate.toString(u"yyyyMMdd"), QStringLiteral("102")})});
    if (order.deliveryDate.isValid())
        m.add({QStringLiteral("DTM"),
               comp({QStringLiteral("2"), order.deliveryDate.toString(u"yyyyMMdd"), QStringLiteral("102")})});
    if (!order.note.isEmpty())
        m.add({QStringLiteral("FTX"), QStringLiteral("AAI"), QString(), QString(), e(order.note.left(512))});
    if (!order.customerReference.isEmpty())
        m.add({QStringLiteral("RFF"), comp({QStringLiteral("CR"), e(order.customerReference)})});
    const BuyerParty& buyer = order.buyer;
    nad(m, "BY", buyer.participant, buyer.name, buyer.address, buyer.vatId);
    nad(m, "SU", order.seller.participant, order.seller.name, order.seller.address, order.seller.vatId);
    nad(m, "DP", buyer.participant, buyer.tradingName.isEmpty() ? buyer.name : buyer.tradingName,
        buyer.address, QString());
    m.add({QStringLiteral("CUX"), comp({QStringLiteral("2"), e(order.currency), QStringLiteral("9")})});

    for (const OrderLine& line : order.lines) {
        m.add({QStringLiteral("LIN"), e(line.id), QString(),
               line.gtin.isEmpty() ? QString() : comp({e(line.gtin), QStringLiteral("SRV")})});
        if (!line.sku.isEmpty())
            m.add({QStringLiteral("PIA"), QStringLiteral("1"), comp({e(line.sku), QStringLiteral("SA")})});
        m.add({QStringLiteral("IMD"), QStringLiteral("F"), QString(),
               comp({QString(), QString(), QString(), e(line.name.left(35)), e(line.name.mid(35, 35))})});
        m.add({QStringLiteral("QTY"),
               comp({QStringLiteral("21"), line.quantity.toString(), e(line.quantityUnitCode())})});
        m.add({QStringLiteral("MOA"), comp({QStringLiteral("203"), amount(line.amount())})});
        m.add({QStringLiteral("PRI"), comp({QStringLiteral("AAA"), line.netPrice.toString(2)})});
        m.add({QStringLiteral("TAX"), QStringLiteral("7"), QStringLiteral("VAT"), QString(), QString(),
               comp({QString(), QString(), QString(), Vat::percent(line.vat).toString()}),
               QStringLiteral("S")});
    }
    m.add({QStringLiteral("UNS"), QStringLiteral("S")});
    m.add({QStringLiteral("MOA"), comp({QStringLiteral("79"), amount(totals.lines)})});
    if (!totals.charges.isZero()) {
        m.add({QStringLiteral("ALC"), QStringLiteral("C"), QString(), QString(), QString(),
               comp({QStringLiteral("FC")})});
        m.add({QStringLiteral("MOA"), comp({QStringLiteral("23"), amount(totals.charges)})});
    }
    m.add({QStringLiteral("MOA"), comp({QStringLiteral("125"), amount(totals.taxExclusive)})});
    m.add({QStringLiteral("MOA"), comp({QStringLiteral("176"), amount(totals.tax)})});
    m.add({QStringLiteral("MOA"), comp({QStringLiteral("128"), amount(totals.taxInclusive)})});
    m.add({QStringLiteral("CNT"), comp({QStringLiteral("2"), QString::number(order.lines.size())})});
    m.add({QStringLiteral("UNT"), QString::number(m.size() + 1), QStringLiteral("1")});

    QStringList all;
    all.append({QStringLiteral("UNB"), comp({QStringLiteral("UNOC"), QStringLiteral("3")}),
                comp({e(buyer.participant.id), unbQualifier(buyer.participant)}),
                comp({e(order.seller.participant.id), unbQualifier(order.seller.participant)}),
                comp({preparedAt.toString(u"yyMMdd"), preparedAt.toString(u"HHmm")}), e(ref)});
    QString text = QStringLiteral("UNA:+.? '") + all.join(u'+') + u'\'';
    for (const QString& segment : m.segments())
        text += segment + u'\'';
    text += QStringLiteral("UNZ+1+") + e(ref) + u'\'';
    return text.toLatin1();
}

} // namespace Moulin
