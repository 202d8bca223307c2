#include "scheduling/ui/rosterpdf.h"

#include "scheduling/core/rostervalidator.h"

#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <functional>

namespace Moulin {

QString RosterPdf::weekTitle(const QDate& monday)
{
    const QLocale locale;
    const QDate sunday = monday.addDays(6);
    QString from;
    if (monday.month() == sunday.month())
        from = QString::number(monday.day());
    else if (monday.year() == sunday.year())
        from = locale.toString(monday, QStringLiteral("d MMMM"));
    else
        from = locale.toString(monday, QStringLiteral("d MMMM yyyy"));
    return tr("Week %1 — from %2 to %3")
        .arg(monday.weekNumber())
        .arg(from, locale.toString(sunday, QStringLiteral("d MMMM yyyy")));
}

namespace {

/// Draws pages top to bottom, starting a new page when a block does not fit.
class Pages
{
public:
    Pages(QPdfWriter& writer, QPainter& painter, std::function<void(int page)> footer)
        : m_writer(writer)
        , m_painter(painter)
        , m_footer(std::move(footer))
    {
        m_area = QRectF(QPointF(0, 0), QSizeF(painter.viewport().size()));
        m_bottom = m_area.bottom() - 22;
    }
    double y = 0;
    QRectF area() const { return m_area; }
    /// Makes room for `height`; true when a page was started.
    bool ensure(double height)
    {
        if (y + height <= m_bottom)
            return false;
        newPage();
        return true;
    }
    void newPage()
    {
        m_footer(m_page);
        m_writer.newPage();
        ++m_page;
        y = 0;
    }
    void finish() { m_footer(m_page); }

private:
    QPdfWriter& m_writer;
    QPainter& m_painter;
    std::function<void(int)> m_footer;
    QRectF m_area;
    double m_bottom = 0;
    int m_page = 1;
};

QFont font(double points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

} // namespace

bool RosterPdf::write(const QString& path, const RosterPdfInput& in, QString* error)
{
    QPdfWriter writer(path);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                     QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    writer.setResolution(72); // one unit, one point
    writer.setTitle(tr("Roster — %1").arg(weekTitle(in.monday)));
    writer.setCreator(QStringLiteral("Moulin"));
    QPainter p;
    if (!p.begin(&writer)) {
        if (error)
            *error = tr("Could not write %1.").arg(path);
        return false;
    }
    const QLocale locale;
    const QString printed = tr("Printed by Moulin on %1")
                                .arg(locale.toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
    const QColor ink(0x22, 0x22, 0x22), grey(0x77, 0x77, 0x77), line(0xBB, 0xBB, 0xBB),
        band(0xF2, 0xF4, 0xF7);
    const QRectF page0(QPointF(0, 0), QSizeF(p.viewport().size()));
    Pages pages(writer, p, [&](int page) {
        const QRectF& a = page0;
        p.setFont(font(7));
        p.setPen(grey);
        p.drawText(QRectF(a.left(), a.bottom() - 12, a.width(), 12), Qt::AlignLeft | Qt::AlignVCenter,
                   printed);
        p.drawText(QRectF(a.left(), a.bottom() - 12, a.width(), 12), Qt::AlignRight | Qt::AlignVCenter,
                   tr("Page %1").arg(page));
    });
    const QRectF area = pages.area();
    const double width = area.width();

    // The title.
    auto title = [&](const QString& subtitle) {
        p.setPen(ink);
        if (!in.restaurantName.isEmpty()) {
            p.setFont(font(15, true));
            p.drawText(QRectF(0, pages.y, width, 20), Qt::AlignLeft | Qt::AlignVCenter, in.restaurantName);
            pages.y += 22;
        }
        p.setFont(font(12, true));
        p.drawText(QRectF(0, pages.y, width, 18), Qt::AlignLeft | Qt::AlignVCenter,
                   subtitle + QStringLiteral(" — ") + weekTitle(in.monday));
        if (!in.stateText.isEmpty()) {
            p.setFont(font(9));
            p.setPen(grey);
            p.drawText(QRectF(0, pages.y, width, 18), Qt::AlignRight | Qt::AlignVCenter, in.stateText);
        }
        pages.y += 26;
    };
    title(tr("Roster"));

    // The grid: people × days, then each person's hours.
    QList<StaffMember> people = in.staff;
    for (const Shift& s : in.shifts) {
        if (std::none_of(people.cbegin(), people.cend(),
                         [&s](const StaffMember& m) { return m.id == s.personId; })) {
            StaffMember m;
            m.id = s.personId;
            m.name = in.names.value(s.personId, s.personId);
            m.roles = {s.role};
            people << m;
        }
    }
    const double nameWidth = 130, totalWidth = 52;
    const double dayWidth = (width - nameWidth - totalWidth) / 7;
    const double lineHeight = 11;
    auto gridHeader = [&] {
        p.setFont(font(8, true));
        p.setPen(ink);
        p.fillRect(QRectF(0, pages.y, width, 16), band);
        p.drawText(QRectF(4, pages.y, nameWidth - 4, 16), Qt::AlignLeft | Qt::AlignVCenter, tr("Staff"));
        for (int d = 0; d < 7; ++d) {
            const QDate day = in.monday.addDays(d);
            QString label = locale.toString(day, QStringLiteral("ddd d MMM"));
            p.drawText(QRectF(nameWidth + d * dayWidth, pages.y, dayWidth, 16), Qt::AlignCenter, label);
        }
        p.drawText(QRectF(width - totalWidth, pages.y, totalWidth - 4, 16), Qt::AlignRight | Qt::AlignVCenter,
                   tr("Hours"));
        pages.y += 16;
    };
    gridHeader();
    QList<int> dayMinutes(7, 0);
    int weekMinutes = 0;
    for (const StaffMember& m : std::as_const(people)) {
        QList<QStringList> cells(7);
        int minutes = 0;
        QList<Shift> own;
        for (const Shift& s : in.shifts) {
            if (s.personId == m.id)
                own << s;
        }
        std::sort(own.begin(), own.end(),
                  [](const Shift& a, const Shift& b) { return a.absoluteStart() < b.absoluteStart(); });
        for (const Shift& s : std::as_const(own)) {
            const int d = int(in.monday.daysTo(s.day));
            if (d < 0 || d > 6)
                continue;
            cells[d] << QStringLiteral("%1–%2").arg(minuteText(s.start), minuteText(s.end));
            // Someone with several roles: the role under the time.
            if (m.roles.size() > 1)
                cells[d] << QLatin1Char('\t') + RosterValidator::roleLabel(s.role);
            minutes += s.minutes();
            dayMinutes[d] += s.minutes();
        }
        weekMinutes += minutes;
        int lines = 2;
        for (const QStringList& c : std::as_const(cells))
            lines = std::max(lines, int(c.size()));
        const double height = lines * lineHeight + 6;
        if (pages.ensure(height)) {
            title(tr("Roster (continued)"));
            gridHeader();
        }
        p.setPen(QPen(line, 0.5));
        p.drawLine(QPointF(0, pages.y), QPointF(width, pages.y));
        p.setPen(ink);
        p.setFont(font(8.5, true));
        p.drawText(QRectF(4, pages.y + 3, nameWidth - 6, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   in.names.value(m.id, m.name));
        QStringList roles;
        for (const QString& r : m.roles)
            roles << RosterValidator::roleLabel(r);
        p.setFont(font(7));
        p.setPen(grey);
        p.drawText(QRectF(4, pages.y + 3 + lineHeight, nameWidth - 6, lineHeight),
                   Qt::AlignLeft | Qt::AlignVCenter, roles.join(QStringLiteral(", ")));
        p.setPen(ink);
        p.setFont(font(8));
        for (int d = 0; d < 7; ++d) {
            const QRectF cell(nameWidth + d * dayWidth, pages.y + 3, dayWidth, lineHeight);
            if (cells[d].isEmpty()) {
                p.setPen(line);
                p.drawText(cell, Qt::AlignCenter, QStringLiteral("·"));
                p.setPen(ink);
            }
            for (int k = 0; k < cells[d].size(); ++k) {
                const QString& text = cells[d].at(k);
                if (text.startsWith(QLatin1Char('\t'))) {
                    p.setFont(font(6.5));
                    p.setPen(grey);
                    p.drawText(cell.translated(0, k * lineHeight - 2), Qt::AlignCenter, text.mid(1));
                    p.setFont(font(8));
                    p.setPen(ink);
                } else {
                    p.drawText(cell.translated(0, k * lineHeight), Qt::AlignCenter, text);
                }
            }
        }
        p.setFont(font(8.5, true));
        p.drawText(QRectF(width - totalWidth, pages.y + 3, totalWidth - 4, lineHeight),
                   Qt::AlignRight | Qt::AlignVCenter,
                   minutes ? Payroll::hours(minutes) : QStringLiteral("—"));
        pages.y += height;
    }
    // The days' totals.
    pages.ensure(18);
    p.setPen(QPen(ink, 0.8));
    p.drawLine(QPointF(0, pages.y), QPointF(width, pages.y));
    p.setFont(font(8, true));
    p.drawText(QRectF(4, pages.y + 2, nameWidth, 14), Qt::AlignLeft | Qt::AlignVCenter, tr("Hours per day"));
    for (int d = 0; d < 7; ++d)
        p.drawText(QRectF(nameWidth + d * dayWidth, pages.y + 2, dayWidth, 14), Qt::AlignCenter,
                   dayMinutes[d] ? Payroll::hours(dayMinutes[d]) : QStringLiteral("—"));
    p.drawText(QRectF(width - totalWidth, pages.y + 2, totalWidth - 4, 14), Qt::AlignRight | Qt::AlignVCenter,
               Payroll::hours(weekMinutes));
    pages.y += 30;

    // The payroll summary.
    const PayrollSummary payroll =
        Payroll::compute(in.monday, in.shifts, in.staff, in.names, in.payrollRules);
    const QStringList headers{
        tr("Staff"),
        tr("Shifts"),
        tr("Hours"),
        tr("Night (%1–%2)")
            .arg(minuteText(in.payrollRules.nightStartMinute), minuteText(in.payrollRules.nightEndMinute)),
        tr("Sunday"),
        tr("Public holiday"),
        tr("Split shifts"),
        tr("Hourly cost"),
        tr("Labour cost")};
    const QList<double> widths{0.2, 0.06, 0.09, 0.14, 0.09, 0.11, 0.09, 0.1, 0.12};
    const double rowHeight = 15;
    auto row = [&](const QStringList& cells, bool bold, bool shade) {
        if (shade)
            p.fillRect(QRectF(0, pages.y, width, rowHeight), band);
        p.setFont(font(8.5, bold));
        p.setPen(ink);
        double x = 0;
        for (int i = 0; i < cells.size(); ++i) {
            const double w = widths.at(i) * width;
            p.drawText(QRectF(x + 4, pages.y, w - 8, rowHeight),
                       (i == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, cells.at(i));
            x += w;
        }
        pages.y += rowHeight;
    };
    auto payrollHeader = [&] {
        p.setFont(font(11, true));
        p.setPen(ink);
        p.drawText(QRectF(0, pages.y, width, 16), Qt::AlignLeft | Qt::AlignVCenter, tr("Payroll summary"));
        pages.y += 20;
        row(headers, true, true);
    };
    if (pages.ensure(36 + rowHeight * 2))
        title(tr("Roster"));
    payrollHeader();
    auto cellsOf = [&](const PayrollLine& l, bool total) {
        auto h = [](int minutes) { return minutes ? Payroll::hours(minutes) : QStringLiteral("—"); };
        return QStringList{
            l.name,
            QString::number(l.shifts),
            h(l.minutes),
            h(l.nightMinutes),
            h(l.sundayMinutes),
            h(l.holidayMinutes),
            l.splitShifts ? QString::number(l.splitShifts) : QStringLiteral("—"),
            total ? QString() : (l.hourlyCostCents ? Payroll::euros(l.hourlyCostCents) : QStringLiteral("?")),
            Payroll::euros(l.costCents)};
    };
    for (const PayrollLine& l : payroll.lines) {
        if (pages.ensure(rowHeight)) {
            title(tr("Roster (continued)"));
            payrollHeader();
        }
        row(cellsOf(l, false), false, false);
        p.setPen(QPen(line, 0.5));
        p.drawLine(QPointF(0, pages.y), QPointF(width, pages.y));
    }
    pages.ensure(rowHeight + 2);
    p.setPen(QPen(ink, 0.8));
    p.drawLine(QPointF(0, pages.y), QPointF(width, pages.y));
    row(cellsOf(payroll.total, true), true, false);
    pages.finish();
    if (!p.end()) {
        if (error)
            *error = tr("Could not write %1.").arg(path);
        return false;
    }
    return true;
}

} // namespace Moulin
