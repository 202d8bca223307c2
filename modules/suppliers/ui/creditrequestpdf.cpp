#include "suppliers/ui/creditrequestpdf.h"

#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

namespace Moulin {

namespace {

QFont font(double points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

QString percent(VatRate rate)
{
    return Vat::percent(rate).toString().replace(u'.', u',') + QStringLiteral("\u00A0%");
}

} // namespace

QString CreditRequestPdf::fileName(const CreditRequest& request)
{
    QString name = request.id;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return name + QStringLiteral(".pdf");
}

bool CreditRequestPdf::write(const QString& path, const CreditRequestPdfInput& in, QString* error)
{
    const CreditRequest& c = in.request;
    QPdfWriter writer(path);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    writer.setResolution(72); // one unit, one point
    writer.setTitle(tr("Credit-note request %1").arg(c.id));
    writer.setCreator(QStringLiteral("Moulin"));
    QPainter p;
    if (!p.begin(&writer)) {
        if (error)
            *error = tr("Could not write %1.").arg(QFileInfo(path).fileName());
        return false;
    }
    const QColor ink(0x22, 0x22, 0x22), grey(0x66, 0x66, 0x66), rule(0xBB, 0xBB, 0xBB),
        band(0xF2, 0xF4, 0xF7);
    const QRectF area(QPointF(0, 0), QSizeF(p.viewport().size()));
    const double width = area.width();
    const double bottom = area.bottom() - 24;
    const QLocale french(QLocale::French, QLocale::France);
    double y = 0;

    // The parties: the restaurant (the one asking) left, the supplier right.
    auto block = [&](double x, double w, const QString& heading, const QString& name,
                     const QStringList& lines, const QString& siret, Qt::Alignment align) {
        double by = 0;
        p.setPen(grey);
        p.setFont(font(8));
        p.drawText(QRectF(x, by, w, 12), align | Qt::AlignVCenter, heading);
        by += 14;
        p.setPen(ink);
        p.setFont(font(11, true));
        p.drawText(QRectF(x, by, w, 16), align | Qt::AlignVCenter, name);
        by += 17;
        p.setFont(font(9));
        for (const QString& line : lines) {
            if (line.trimmed().isEmpty())
                continue;
            p.drawText(QRectF(x, by, w, 13), align | Qt::AlignVCenter, line);
            by += 13;
        }
        if (!siret.isEmpty()) {
            p.drawText(QRectF(x, by, w, 13), align | Qt::AlignVCenter, tr("SIRET %1").arg(siret));
            by += 13;
        }
        return by;
    };
    const double left = block(0, width / 2, in.restaurantName.isEmpty() ? QString() : tr("From"),
                              in.restaurantName, in.restaurantAddress, in.restaurantSiret, Qt::AlignLeft);
    const double right = block(width / 2, width / 2, tr("To"), in.supplierName, in.supplierAddress,
                               in.supplierSiret, Qt::AlignRight);
    y = std::max(left, right) + 24;

    // The title and what it is about.
    p.setPen(ink);
    p.setFont(font(16, true));
    p.drawText(QRectF(0, y, width, 22), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Credit-note request %1").arg(c.id));
    y += 26;
    p.setFont(font(9));
    QStringList about;
    about << tr("Date: %1").arg(french.toString(c.issueDate, QStringLiteral("d MMMM yyyy")));
    about << tr("Order: %1").arg(c.orderId);
    if (!c.despatchId.isEmpty())
        about << tr("Despatch advice: %1").arg(c.despatchId);
    p.drawText(QRectF(0, y, width, 14), Qt::AlignLeft | Qt::AlignVCenter,
               about.join(QStringLiteral("   ·   ")));
    y += 18;
    p.setPen(grey);
    const QRectF intro(0, y, width, 28);
    p.drawText(intro, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
               tr("On receiving this order we found the following goods missing or damaged. Please send us a "
                  "credit note for the amounts below."));
    y += 34;

    // The lines.
    struct Col
    {
        QString title;
        double share;
        Qt::Alignment align;
    };
    const QList<Col> cols{{tr("Ref."), 0.10, Qt::AlignLeft},
                          {tr("Product"), 0.34, Qt::AlignLeft},
                          {tr("Reason"), 0.10, Qt::AlignLeft},
                          {tr("Qty"), 0.08, Qt::AlignRight},
                          {tr("Unit"), 0.08, Qt::AlignLeft},
                          {tr("Unit price excl. VAT"), 0.11, Qt::AlignRight},
                          {tr("Amount excl. VAT"), 0.11, Qt::AlignRight},
                          {tr("VAT"), 0.08, Qt::AlignRight}};
    // The product wraps (up to three lines); the other cells are elided.
    auto row = [&](const QStringList& cells, bool header) {
        p.setFont(font(header ? 7.5 : 8.5, header));
        double h = header ? 26 : 18;
        if (!header) {
            const double w = cols.at(1).share * width - 6;
            const QRectF need = p.boundingRect(QRectF(0, 0, w, 1000), Qt::TextWordWrap, cells.value(1));
            h = std::clamp(need.height() + 6, 18.0, 3 * p.fontMetrics().height() + 6.0);
        }
        if (y + h > bottom) {
            writer.newPage();
            y = 0;
        }
        if (header)
            p.fillRect(QRectF(0, y, width, h), band);
        p.setPen(ink);
        double x = 0;
        for (qsizetype i = 0; i < cols.size(); ++i) {
            const double w = cols.at(i).share * width;
            const QRectF cell(x + 3, y, w - 6, h);
            const bool wrap = header || i == 1;
            const QString text =
                wrap ? cells.value(i)
                     : p.fontMetrics().elidedText(cells.value(i), Qt::ElideRight, int(cell.width()));
            p.drawText(cell, cols.at(i).align | Qt::AlignVCenter | (wrap ? Qt::TextWordWrap : 0), text);
            x += w;
        }
        y += h;
        p.setPen(QPen(rule, 0.5));
        p.drawLine(QPointF(0, y), QPointF(width, y));
    };
    QStringList titles;
    for (const Col& col : cols)
        titles << col.title;
    row(titles, true);
    for (const CreditLine& l : c.lines)
        row({l.sku, l.name, Receiving::discrepancyText(l.reason), Receiving::quantity(l.quantity),
             UnitCode::label(l.unitCode), Receiving::money(l.unitPrice), Receiving::money(l.amount),
             percent(l.vat)},
            false);
    y += 14;

    // VAT per rate, then the totals, right-aligned.
    const double boxX = width * 0.52, boxW = width * 0.48;
    auto totalLine = [&](const QString& label, const QString& value, bool strong) {
        if (y + 16 > bottom) {
            writer.newPage();
            y = 0;
        }
        p.setFont(font(strong ? 10 : 9, strong));
        p.setPen(ink);
        p.drawText(QRectF(boxX, y, boxW * 0.62, 16), Qt::AlignLeft | Qt::AlignVCenter, label);
        p.drawText(QRectF(boxX + boxW * 0.62, y, boxW * 0.38, 16), Qt::AlignRight | Qt::AlignVCenter, value);
        y += 16;
    };
    for (auto it = c.byRate.cbegin(); it != c.byRate.cend(); ++it) {
        totalLine(tr("Base excl. VAT at %1").arg(percent(it.key())), Receiving::money(it->base), false);
        totalLine(tr("VAT at %1").arg(percent(it.key())), Receiving::money(it->tax), false);
    }
    p.setPen(QPen(rule, 0.8));
    p.drawLine(QPointF(boxX, y + 2), QPointF(width, y + 2));
    y += 6;
    totalLine(tr("Total excl. VAT"), Receiving::money(c.totalExclVat), false);
    totalLine(tr("Total VAT"), Receiving::money(c.tax), false);
    totalLine(tr("Total incl. VAT to credit"), Receiving::money(c.totalInclVat), true);

    // The footer.
    p.setFont(font(7));
    p.setPen(grey);
    p.drawText(
        QRectF(0, area.bottom() - 12, width, 12), Qt::AlignLeft | Qt::AlignVCenter,
        tr("Prepared with Moulin on %1").arg(french.toString(c.issueDate, QStringLiteral("dd/MM/yyyy"))));
    if (!p.end()) {
        if (error)
            *error = tr("Could not write %1.").arg(QFileInfo(path).fileName());
        return false;
    }
    return true;
}

} // namespace Moulin
