#include "suppliers/print/orderpdf.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <vector>

namespace Moulin {

namespace {

constexpr QChar kNbsp(0x00A0);

const QString& frenchMonth(int month)
{
    static const QString months[] = {
        QStringLiteral("janvier"), QStringLiteral("février"),  QStringLiteral("mars"),
        QStringLiteral("avril"),   QStringLiteral("mai"),      QStringLiteral("juin"),
        QStringLiteral("juillet"), QStringLiteral("août"),     QStringLiteral("septembre"),
        QStringLiteral("octobre"), QStringLiteral("novembre"), QStringLiteral("décembre")};
    return months[std::clamp(month, 1, 12) - 1];
}

QString longDate(const QDate& date)
{
    static const QString days[] = {QStringLiteral("lundi"),    QStringLiteral("mardi"),
                                   QStringLiteral("mercredi"), QStringLiteral("jeudi"),
                                   QStringLiteral("vendredi"), QStringLiteral("samedi"),
                                   QStringLiteral("dimanche")};
    if (!date.isValid())
        return QString();
    return QStringLiteral("%1 %2 %3 %4")
        .arg(days[date.dayOfWeek() - 1])
        .arg(date.day() == 1 ? QStringLiteral("1er") : QString::number(date.day()))
        .arg(frenchMonth(date.month()))
        .arg(date.year());
}

QString shortDate(const QDate& date)
{
    return date.isValid() ? date.toString(u"dd/MM/yyyy") : QString();
}

QString siretText(const QString& siret)
{
    // 812 345 676 00017
    if (siret.size() != 14)
        return siret;
    return siret.left(3) + kNbsp + siret.mid(3, 3) + kNbsp + siret.mid(6, 3) + kNbsp + siret.mid(9);
}

QStringList partyLines(const QString& name, const QString& tradingName, const PostalAddress& a,
                       const QString& siret, const QString& vatId)
{
    QStringList lines;
    if (!tradingName.isEmpty() && tradingName != name)
        lines << tradingName;
    lines << name;
    if (!a.street.isEmpty())
        lines << a.street;
    if (!a.additional.isEmpty())
        lines << a.additional;
    QString city = QString(a.postalCode + u' ' + a.city).trimmed();
    if (!a.country.isEmpty() && a.country != QLatin1String("FR"))
        city += QStringLiteral(" (%1)").arg(a.country);
    if (!city.isEmpty())
        lines << city;
    if (!siret.isEmpty())
        lines << QStringLiteral("SIRET : ") + siretText(siret);
    if (!vatId.isEmpty())
        lines << QStringLiteral("N° TVA : ") + vatId;
    return lines;
}

struct Column
{
    QString title;
    double width; // share of the table's width
    Qt::Alignment align;
};

const std::vector<Column>& columns()
{
    static const std::vector<Column> c = {
        {QStringLiteral("Réf."), 0.08, Qt::AlignLeft},
        {QStringLiteral("GTIN"), 0.15, Qt::AlignLeft},
        {QStringLiteral("Désignation"), 0.29, Qt::AlignLeft},
        {QStringLiteral("Quantité"), 0.09, Qt::AlignRight},
        {QStringLiteral("Unité"), 0.08, Qt::AlignLeft},
        {QStringLiteral("PU HT"), 0.10, Qt::AlignRight},
        {QStringLiteral("Montant HT"), 0.13, Qt::AlignRight},
        {QStringLiteral("TVA"), 0.08, Qt::AlignRight},
    };
    return c;
}

class Renderer
{
public:
    explicit Renderer(QPdfWriter* writer)
        : m_writer(writer)
        , m_painter(writer)
    {
        m_body = QFont(QStringLiteral("DejaVu Sans"));
        m_body.setPointSizeF(8.5);
        m_bold = m_body;
        m_bold.setBold(true);
        m_title = m_body;
        m_title.setPointSizeF(16);
        m_title.setBold(true);
        m_small = m_body;
        m_small.setPointSizeF(7);
        m_table = m_body;
        m_table.setPointSizeF(7.5);
        m_tableBold = m_table;
        m_tableBold.setBold(true);
        const QRectF page = m_painter.viewport();
        m_left = 0;
        m_width = page.width();
        m_bottom = page.height();
    }

    void paint(const Order& order)
    {
        const QFontMetricsF body(m_body, m_writer);
        const QFontMetricsF table(m_table, m_writer);
        m_line = body.height();
        const double pad = m_line * 0.25;

        // The lines' heights, then the pages they fall on.
        std::vector<QStringList> cells;
        std::vector<double> heights;
        for (const OrderLine& line : order.lines) {
            QStringList row = {line.sku,
                               line.gtin,
                               line.name,
                               OrderPdf::number(line.quantity, 0),
                               OrderPdf::unitLabel(line.quantityUnitCode()),
                               OrderPdf::number(line.netPrice, 2),
                               OrderPdf::number(line.amount(), 2),
                               OrderPdf::rate(line.vat)};
            if (line.grossPrice && *line.grossPrice != line.netPrice)
                row[2] += QStringLiteral("\nPromotion : %1 au lieu de %2")
                              .arg(OrderPdf::number(line.netPrice, 2), OrderPdf::number(*line.grossPrice, 2));
            if (!line.note.isEmpty())
                row[2] += u'\n' + line.note;
            double h = table.height();
            for (size_t c = 0; c < columns().size(); ++c) {
                const QRectF r = table.boundingRect(QRectF(0, 0, columnWidth(c) - 2 * pad, 1e6),
                                                    int(columns()[c].align) | Qt::TextWordWrap, row[int(c)]);
                h = std::max(h, r.height());
            }
            cells.push_back(row);
            heights.push_back(h + 2 * pad);
        }

        const double headerHeight = paintHeader(order, /*dryRun=*/true);
        const double continuedTop = m_line * 3;
        const double footer = m_line * 2;
        const double totalsHeight = m_line * (8 + order.totals().taxByRate.size());
        // Split the rows into pages.
        std::vector<std::pair<size_t, size_t>> pages; // [first, last)
        double y = headerHeight + m_line * 1.5;
        size_t first = 0;
        for (size_t i = 0; i < heights.size(); ++i) {
            if (y + heights[i] > m_bottom - footer && i > first) {
                pages.push_back({first, i});
                first = i;
                y = continuedTop + m_line * 1.5;
            }
            y += heights[i];
        }
        pages.push_back({first, heights.size()});
        const bool totalsOnNewPage = y + totalsHeight > m_bottom - footer;
        const int pageCount = int(pages.size()) + (totalsOnNewPage ? 1 : 0);

        int pageNo = 1;
        for (size_t p = 0; p < pages.size(); ++p) {
            if (p > 0) {
                m_writer->newPage();
                ++pageNo;
            }
            double top = 0;
            if (p == 0) {
                top = paintHeader(order, false);
            } else {
                m_painter.setFont(m_bold);
                m_painter.drawText(QRectF(m_left, 0, m_width, m_line * 2), Qt::AlignLeft | Qt::AlignVCenter,
                                   QStringLiteral("Bon de commande n° %1 (suite)").arg(order.id));
                top = continuedTop;
            }
            y = paintTableHeader(top);
            m_painter.setFont(m_table);
            for (size_t i = pages[p].first; i < pages[p].second; ++i) {
                double x = m_left;
                for (size_t c = 0; c < columns().size(); ++c) {
                    const QRectF cell(x + pad, y + pad, columnWidth(c) - 2 * pad, heights[i] - 2 * pad);
                    m_painter.drawText(cell, int(columns()[c].align) | Qt::TextWordWrap, cells[i][int(c)]);
                    x += columnWidth(c);
                }
                y += heights[i];
                m_painter.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 0));
                m_painter.drawLine(QPointF(m_left, y), QPointF(m_left + m_width, y));
                m_painter.setPen(Qt::black);
            }
            paintFooter(order, pageNo, pageCount);
        }
        if (totalsOnNewPage) {
            m_writer->newPage();
            ++pageNo;
            y = continuedTop;
            paintFooter(order, pageNo, pageCount);
        }
        paintTotals(order, y + m_line);
    }

private:
    double columnWidth(size_t c) const { return columns()[c].width * m_width; }

    double paintParty(const QString& title, const QStringList& lines, double x, double y, double w,
                      bool dryRun)
    {
        const double h = m_line * (lines.size() + 1) + m_line;
        if (dryRun)
            return h;
        m_painter.setPen(QPen(Qt::black, 0));
        m_painter.drawRect(QRectF(x, y, w, h));
        m_painter.setFont(m_bold);
        const double pad = m_line * 0.5;
        m_painter.drawText(QRectF(x + pad, y + pad * 0.5, w - 2 * pad, m_line), Qt::AlignLeft, title);
        m_painter.setFont(m_body);
        double ly = y + pad * 0.5 + m_line;
        for (const QString& line : lines) {
            m_painter.drawText(QRectF(x + pad, ly, w - 2 * pad, m_line), Qt::AlignLeft, line);
            ly += m_line;
        }
        return h;
    }

    /// The first page's head; its height.
    double paintHeader(const Order& order, bool dryRun)
    {
        const QFontMetricsF title(m_title, m_writer);
        double y = 0;
        if (!dryRun) {
            m_painter.setFont(m_title);
            m_painter.drawText(QRectF(m_left, y, m_width, title.height()), Qt::AlignLeft,
                               QStringLiteral("BON DE COMMANDE"));
            m_painter.setFont(m_bold);
            m_painter.drawText(QRectF(m_left, y, m_width, title.height()), Qt::AlignRight | Qt::AlignVCenter,
                               QStringLiteral("N° %1").arg(order.id));
        }
        y += title.height() + m_line * 0.5;
        QStringList facts;
        facts << QStringLiteral("Date de commande : %1").arg(shortDate(order.issueDate));
        if (order.deliveryDate.isValid())
            facts << QStringLiteral("Livraison souhaitée : %1 (%2)")
                         .arg(longDate(order.deliveryDate), shortDate(order.deliveryDate));
        if (order.validUntil.isValid())
            facts << QStringLiteral("Merci de confirmer avant le %1").arg(shortDate(order.validUntil));
        if (!order.customerReference.isEmpty())
            facts << QStringLiteral("Notre n° de compte client : %1").arg(order.customerReference);
        if (!dryRun) {
            m_painter.setFont(m_body);
            for (int i = 0; i < facts.size(); ++i)
                m_painter.drawText(QRectF(m_left, y + i * m_line, m_width, m_line), Qt::AlignLeft, facts[i]);
        }
        y += facts.size() * m_line + m_line * 0.5;

        const BuyerParty& b = order.buyer;
        QStringList buyer = partyLines(b.name, b.tradingName, b.address, b.siret, b.vatId);
        if (!b.contactName.isEmpty() || !b.contactPhone.isEmpty())
            buyer << QStringLiteral("Contact : %1")
                         .arg(QStringList{b.contactName, b.contactPhone}.join(u' ').trimmed());
        if (!b.contactEmail.isEmpty())
            buyer << b.contactEmail;
        const SellerParty& s = order.seller;
        const QStringList seller = partyLines(s.name, QString(), s.address, s.siret, s.vatId);
        const double gap = m_line;
        const double w = (m_width - gap) / 2;
        const double h =
            std::max(paintParty(QStringLiteral("Acheteur (livrer à)"), buyer, m_left, y, w, true),
                     paintParty(QStringLiteral("Fournisseur"), seller, m_left + w + gap, y, w, true));
        if (!dryRun) {
            paintParty(QStringLiteral("Acheteur (livrer à)"), buyer, m_left, y, w, false);
            paintParty(QStringLiteral("Fournisseur"), seller, m_left + w + gap, y, w, false);
        }
        y += h + m_line * 0.5;
        if (!order.note.isEmpty()) {
            const QFontMetricsF body(m_body, m_writer);
            const QString note = QStringLiteral("Remarque : ") + order.note;
            const QRectF r = body.boundingRect(QRectF(m_left, y, m_width, 1e6), Qt::TextWordWrap, note);
            if (!dryRun) {
                m_painter.setFont(m_body);
                m_painter.drawText(QRectF(m_left, y, m_width, r.height()), Qt::TextWordWrap, note);
            }
            y += r.height() + m_line * 0.5;
        }
        return y;
    }

    double paintTableHeader(double y)
    {
        const double h = m_line * 1.5;
        m_painter.fillRect(QRectF(m_left, y, m_width, h), QColor(0xe8, 0xe8, 0xe8));
        m_painter.setFont(m_tableBold);
        double x = m_left;
        const double pad = m_line * 0.25;
        for (size_t c = 0; c < columns().size(); ++c) {
            m_painter.drawText(QRectF(x + pad, y, columnWidth(c) - 2 * pad, h),
                               int(columns()[c].align) | Qt::AlignVCenter, columns()[c].title);
            x += columnWidth(c);
        }
        return y + h;
    }

    void paintTotals(const Order& order, double y)
    {
        const OrderTotals t = order.totals();
        QList<std::pair<QString, QString>> rows;
        rows << std::pair{QStringLiteral("Total des lignes HT"), OrderPdf::money(t.lines)};
        if (!t.charges.isZero())
            rows << std::pair{QStringLiteral("Frais de livraison HT (commande sous le franco)"),
                              OrderPdf::money(t.charges)};
        rows << std::pair{QStringLiteral("Total HT"), OrderPdf::money(t.taxExclusive)};
        for (auto it = t.taxByRate.cbegin(); it != t.taxByRate.cend(); ++it)
            rows << std::pair{QStringLiteral("TVA %1").arg(OrderPdf::rate(it.key())),
                              OrderPdf::money(it.value())};
        rows << std::pair{QStringLiteral("Total TVA"), OrderPdf::money(t.tax)};
        rows << std::pair{QStringLiteral("Total TTC"), OrderPdf::money(t.taxInclusive)};
        const double labelX = m_left + m_width * 0.45;
        const double labelW = m_width * 0.40;
        const double valueW = m_width * 0.15;
        for (int i = 0; i < rows.size(); ++i) {
            const bool last = i == rows.size() - 1;
            m_painter.setFont(last || rows[i].first == QLatin1String("Total HT") ? m_bold : m_body);
            m_painter.drawText(QRectF(labelX, y, labelW, m_line), Qt::AlignRight, rows[i].first);
            m_painter.drawText(QRectF(labelX + labelW, y, valueW, m_line), Qt::AlignRight, rows[i].second);
            y += m_line * (last ? 1.5 : 1.1);
        }
    }

    void paintFooter(const Order& order, int page, int pages)
    {
        m_painter.setFont(m_small);
        const QRectF r(m_left, m_bottom - m_line, m_width, m_line);
        m_painter.drawText(r, Qt::AlignLeft | Qt::AlignVCenter,
                           QStringLiteral("Bon de commande n° %1 — %2").arg(order.id, order.buyer.name));
        m_painter.drawText(r, Qt::AlignRight | Qt::AlignVCenter,
                           QStringLiteral("Page %1 / %2").arg(page).arg(pages));
    }

    QPdfWriter* m_writer;
    QPainter m_painter;
    QFont m_body;
    QFont m_bold;
    QFont m_title;
    QFont m_small;
    QFont m_table;     ///< the lines' table
    QFont m_tableBold; ///< its header
    double m_left = 0;
    double m_width = 0;
    double m_bottom = 0;
    double m_line = 0;
};

} // namespace

QString OrderPdf::number(const Decimal& value, int decimals)
{
    const QString plain = value.toString(decimals);
    const bool negative = plain.startsWith(u'-');
    const QString digits = negative ? plain.mid(1) : plain;
    const qsizetype dot = digits.indexOf(u'.');
    QString whole = dot < 0 ? digits : digits.left(dot);
    const QString fraction = dot < 0 ? QString() : digits.mid(dot + 1);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, kNbsp);
    return (negative ? QStringLiteral("-") : QString()) + whole +
           (fraction.isEmpty() ? QString() : u',' + fraction);
}

QString OrderPdf::money(const Decimal& value)
{
    return number(value.rounded(2), 2) + kNbsp + QChar(0x20AC);
}

QString OrderPdf::rate(VatRate rate)
{
    return number(Vat::percent(rate), 0) + kNbsp + u'%';
}

QString OrderPdf::unitLabel(const QString& unitCode)
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("C62"), QStringLiteral("pièce")},
        {QStringLiteral("H87"), QStringLiteral("pièce")},
        {QStringLiteral("EA"), QStringLiteral("unité")},
        {QStringLiteral("KGM"), QStringLiteral("kg")},
        {QStringLiteral("GRM"), QStringLiteral("g")},
        {QStringLiteral("LTR"), QStringLiteral("L")},
        {QStringLiteral("CLT"), QStringLiteral("cL")},
        {QStringLiteral("MLT"), QStringLiteral("mL")},
        {QStringLiteral("DZN"), QStringLiteral("douzaine")},
        {QStringLiteral("PR"), QStringLiteral("paire")},
        {QStringLiteral("SET"), QStringLiteral("lot")},
        {QStringLiteral("XBX"), QStringLiteral("colis")},
        {QStringLiteral("XCT"), QStringLiteral("carton")},
        {QStringLiteral("XCS"), QStringLiteral("caisse")},
        {QStringLiteral("XBO"), QStringLiteral("bouteille")},
        {QStringLiteral("XBG"), QStringLiteral("sac")},
        {QStringLiteral("XCR"), QStringLiteral("cagette")},
        {QStringLiteral("XPK"), QStringLiteral("paquet")},
        {QStringLiteral("XPA"), QStringLiteral("sachet")},
        {QStringLiteral("XTN"), QStringLiteral("bidon")},
        {QStringLiteral("XBJ"), QStringLiteral("seau")},
        {QStringLiteral("XJR"), QStringLiteral("bocal")},
        {QStringLiteral("XSA"), QStringLiteral("sac")},
        {QStringLiteral("XPX"), QStringLiteral("palette")},
    };
    return labels.value(unitCode, unitCode);
}

QString OrderPdf::fileName(const Order& order)
{
    QString id = order.id;
    for (QChar& c : id)
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            c = u'_';
    return QStringLiteral("bon-de-commande-%1.pdf").arg(id);
}

QByteArray OrderPdf::render(const Order& order)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Moulin"));
        writer.setTitle(QStringLiteral("Bon de commande %1").arg(order.id));
        Renderer renderer(&writer);
        renderer.paint(order);
    }
    buffer.close();
    return bytes;
}

} // namespace Moulin
