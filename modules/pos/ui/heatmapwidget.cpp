#include "pos/ui/heatmapwidget.h"

#include "pos/ui/chartstyle.h"
#include "pos/ui/salesformat.h"

#include <QKeyEvent>
#include <QLinearGradient>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <cmath>

namespace Moulin {

namespace {

constexpr qreal kRowLabelWidth = 44;
constexpr qreal kHeaderHeight = 20;
constexpr qreal kLegendHeight = 30;
constexpr qreal kGap = 3;

const QColor kLow(0xee, 0xf2, 0xff);
const QColor kHigh(0x1e, 0x3a, 0x8a);
const QColor kEmpty(0xf4, 0xf5, 0xf7);

QColor mix(const QColor& a, const QColor& b, qreal t)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t);
}

} // namespace

HeatMapWidget::HeatMapWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("heatMap"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleDescription(
        tr("Turnover by weekday and hour. Use the arrow keys to move between cells and Enter to see the "
           "receipts."));
}

void HeatMapWidget::setCells(const QList<HourWeekdayCell>& cells)
{
    for (auto& row : m_cents)
        std::fill(std::begin(row), std::end(row), 0);
    m_max = 0;
    m_total = 0;
    int first = 24;
    int last = -1;
    for (const HourWeekdayCell& c : cells) {
        if (c.weekday < 1 || c.weekday > 7 || c.hour < 0 || c.hour > 23)
            continue;
        m_cents[c.weekday][c.hour] += c.grossCents;
        m_total += c.grossCents;
        if (c.grossCents != 0) {
            first = std::min(first, c.hour);
            last = std::max(last, c.hour);
        }
    }
    for (int d = 1; d <= 7; ++d) {
        for (int h = 0; h < 24; ++h)
            m_max = std::max(m_max, m_cents[d][h]);
    }
    if (last < 0) {
        first = 10;
        last = 23;
    }
    // At least 12 columns, so a lunch-only day does not give giant cells.
    while (last - first + 1 < 12) {
        if (last < 23)
            ++last;
        if (last - first + 1 < 12 && first > 0)
            --first;
    }
    m_firstHour = first;
    m_lastHour = last;
    if (m_focusHour >= 0)
        m_focusHour = std::clamp(m_focusHour, m_firstHour, m_lastHour);
    update();
}

qint64 HeatMapWidget::cents(int weekday, int hour) const
{
    if (weekday < 1 || weekday > 7 || hour < 0 || hour > 23)
        return 0;
    return m_cents[weekday][hour];
}

QColor HeatMapWidget::colorFor(qint64 value) const
{
    if (value <= 0 || m_max <= 0)
        return kEmpty;
    // Square root scale: quiet hours stay visible next to the rush.
    const qreal t = std::sqrt(qreal(value) / qreal(m_max));
    return mix(kLow, kHigh, 0.08 + 0.92 * t);
}

QSize HeatMapWidget::sizeHint() const
{
    return QSize(560, 260);
}

QSize HeatMapWidget::minimumSizeHint() const
{
    return QSize(320, 180);
}

HeatMapWidget::Layout HeatMapWidget::layoutGeometry() const
{
    Layout l;
    const QRectF area = QRectF(rect()).adjusted(2, 2, -2, -2);
    const int columns = m_lastHour - m_firstHour + 1;
    l.grid = QRectF(area.left() + kRowLabelWidth, area.top() + kHeaderHeight, area.width() - kRowLabelWidth,
                    area.height() - kHeaderHeight - kLegendHeight);
    l.cellWidth = l.grid.width() / columns;
    l.cellHeight = l.grid.height() / 7;
    l.legend = QRectF(area.right() - std::min(260.0, area.width() * 0.5), l.grid.bottom() + 10,
                      std::min(260.0, area.width() * 0.5), 8);
    return l;
}

QRect HeatMapWidget::cellRect(int weekday, int hour) const
{
    const Layout l = layoutGeometry();
    const QRectF r(l.grid.left() + (hour - m_firstHour) * l.cellWidth,
                   l.grid.top() + (weekday - 1) * l.cellHeight, l.cellWidth, l.cellHeight);
    return r.adjusted(kGap / 2, kGap / 2, -kGap / 2, -kGap / 2).toRect();
}

bool HeatMapWidget::cellAt(const QPoint& pos, int* weekday, int* hour) const
{
    const Layout l = layoutGeometry();
    if (!l.grid.contains(pos))
        return false;
    *hour = m_firstHour + int((pos.x() - l.grid.left()) / l.cellWidth);
    *weekday = 1 + int((pos.y() - l.grid.top()) / l.cellHeight);
    *hour = std::clamp(*hour, m_firstHour, m_lastHour);
    *weekday = std::clamp(*weekday, 1, 7);
    return true;
}

QString HeatMapWidget::cellText(int weekday, int hour) const
{
    const qint64 value = cents(weekday, hour);
    QString text =
        QStringLiteral("<b>%1, %2</b><br>%3")
            .arg(SalesFormat::weekdayName(weekday).toHtmlEscaped(),
                 SalesFormat::hourRange(hour).toHtmlEscaped(), SalesFormat::money(value).toHtmlEscaped());
    if (m_total > 0 && value > 0)
        text += QStringLiteral(" · ") + tr("%1 of the period")
                                            .arg(SalesFormat::percent(100.0 * qreal(value) / qreal(m_total)))
                                            .toHtmlEscaped();
    text += QStringLiteral("<br><i>%1</i>").arg(tr("Click to see the receipts").toHtmlEscaped());
    return text;
}

void HeatMapWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const Layout l = layoutGeometry();
    const QLocale locale;

    QFont small = font();
    small.setPointSizeF(8.5);
    p.setFont(small);
    p.setPen(ChartStyle::mutedText());

    // Hour labels: every column when there is room, else every other one.
    const QFontMetricsF fm(small);
    const int every = l.cellWidth >= fm.horizontalAdvance(SalesFormat::hour(22)) + 6 ? 1 : 2;
    for (int h = m_firstHour; h <= m_lastHour; h += every) {
        const QRectF r(l.grid.left() + (h - m_firstHour) * l.cellWidth, l.grid.top() - kHeaderHeight,
                       l.cellWidth * every, kHeaderHeight - 4);
        p.drawText(QRectF(r.left(), r.top(), l.cellWidth, r.height()), Qt::AlignHCenter | Qt::AlignBottom,
                   SalesFormat::hour(h));
    }
    for (int d = 1; d <= 7; ++d) {
        const QRectF r(l.grid.left() - kRowLabelWidth, l.grid.top() + (d - 1) * l.cellHeight,
                       kRowLabelWidth - 8, l.cellHeight);
        p.drawText(r, Qt::AlignRight | Qt::AlignVCenter, locale.dayName(d, QLocale::ShortFormat));
    }

    const qreal radius = std::min(4.0, std::min(l.cellWidth, l.cellHeight) / 5);
    for (int d = 1; d <= 7; ++d) {
        for (int h = m_firstHour; h <= m_lastHour; ++h) {
            const QRectF r = QRectF(cellRect(d, h));
            p.setPen(Qt::NoPen);
            p.setBrush(colorFor(m_cents[d][h]));
            p.drawRoundedRect(r, radius, radius);
            if (d == m_hoverWeekday && h == m_hoverHour) {
                p.setBrush(Qt::NoBrush);
                p.setPen(QPen(ChartStyle::text(), 1.5));
                p.drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
            }
        }
    }
    if (hasFocus() && m_focusHour >= 0) {
        const QRectF r = QRectF(cellRect(m_focusWeekday, m_focusHour)).adjusted(-1.5, -1.5, 1.5, 1.5);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(QColor(0xf5, 0x9f, 0x00), 2.5));
        p.drawRoundedRect(r, radius + 1, radius + 1);
    }

    // Colour scale.
    QLinearGradient gradient(l.legend.topLeft(), l.legend.topRight());
    for (int i = 0; i <= 10; ++i)
        gradient.setColorAt(i / 10.0, mix(kLow, kHigh, 0.08 + 0.92 * std::sqrt(i / 10.0)));
    p.setPen(Qt::NoPen);
    p.setBrush(gradient);
    p.drawRoundedRect(l.legend, 4, 4);
    p.setPen(ChartStyle::mutedText());
    const QRectF labels(l.legend.left(), l.legend.bottom() + 2, l.legend.width(), fm.height());
    p.drawText(labels, Qt::AlignLeft | Qt::AlignTop, SalesFormat::moneyRounded(0));
    p.drawText(labels, Qt::AlignRight | Qt::AlignTop, SalesFormat::moneyRounded(m_max));
    const QRectF caption(l.grid.left(), l.legend.top() - 4, l.legend.left() - l.grid.left() - 10,
                         fm.height() + 4);
    p.drawText(caption, Qt::AlignRight | Qt::AlignVCenter, tr("Turnover incl. VAT per hour slot"));
}

void HeatMapWidget::mouseMoveEvent(QMouseEvent* event)
{
    int weekday = 0;
    int hour = -1;
    if (!cellAt(event->position().toPoint(), &weekday, &hour)) {
        weekday = 0;
        hour = -1;
    }
    if (weekday != m_hoverWeekday || hour != m_hoverHour) {
        m_hoverWeekday = weekday;
        m_hoverHour = hour;
        update();
        if (hour >= 0) {
            showCellTip(weekday, hour, event->globalPosition().toPoint());
            setCursor(Qt::PointingHandCursor);
        } else {
            QToolTip::hideText();
            unsetCursor();
        }
    }
}

void HeatMapWidget::showCellTip(int weekday, int hour, const QPoint& globalPos)
{
    QToolTip::showText(globalPos, cellText(weekday, hour), this, cellRect(weekday, hour));
}

void HeatMapWidget::mouseReleaseEvent(QMouseEvent* event)
{
    int weekday = 0;
    int hour = -1;
    if (event->button() == Qt::LeftButton && cellAt(event->position().toPoint(), &weekday, &hour)) {
        m_focusWeekday = weekday;
        m_focusHour = hour;
        update();
        Q_EMIT cellActivated(weekday, hour);
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void HeatMapWidget::leaveEvent(QEvent* event)
{
    m_hoverWeekday = 0;
    m_hoverHour = -1;
    update();
    QWidget::leaveEvent(event);
}

void HeatMapWidget::keyPressEvent(QKeyEvent* event)
{
    if (m_focusHour < 0)
        m_focusHour = m_firstHour;
    int weekday = m_focusWeekday;
    int hour = m_focusHour;
    switch (event->key()) {
    case Qt::Key_Left:
        hour = std::max(m_firstHour, hour - 1);
        break;
    case Qt::Key_Right:
        hour = std::min(m_lastHour, hour + 1);
        break;
    case Qt::Key_Up:
        weekday = std::max(1, weekday - 1);
        break;
    case Qt::Key_Down:
        weekday = std::min(7, weekday + 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        Q_EMIT cellActivated(m_focusWeekday, m_focusHour);
        event->accept();
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    m_focusWeekday = weekday;
    m_focusHour = hour;
    update();
    const QRect r = cellRect(weekday, hour);
    showCellTip(weekday, hour, mapToGlobal(r.center()));
    event->accept();
}

void HeatMapWidget::focusInEvent(QFocusEvent* event)
{
    if (m_focusHour < 0)
        m_focusHour = m_firstHour;
    update();
    QWidget::focusInEvent(event);
}

void HeatMapWidget::focusOutEvent(QFocusEvent* event)
{
    update();
    QWidget::focusOutEvent(event);
}

} // namespace Moulin
