#include "suppliers/ui/deliverycalendar.h"

#include "suppliers/core/receiving.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace Moulin {

namespace {

constexpr int kHeader = 22;
constexpr int kChipHeight = 16;
constexpr int kChipGap = 2;

/// Severity first: a late delivery shows before an upcoming one.
int severity(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Late:
        return 0;
    case DeliveryState::Partial:
        return 1;
    case DeliveryState::Upcoming:
        return 2;
    case DeliveryState::Received:
        return 3;
    }
    return 4;
}

} // namespace

DeliveryCalendar::DeliveryCalendar(QWidget* parent)
    : QWidget(parent)
    , m_selected(QDate::currentDate())
    , m_today(QDate::currentDate())
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QColor DeliveryCalendar::background(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Upcoming:
        return QColor(0xDB, 0xE8, 0xFB);
    case DeliveryState::Late:
        return QColor(0xF8, 0xD7, 0xD5);
    case DeliveryState::Partial:
        return QColor(0xFD, 0xE7, 0xC2);
    case DeliveryState::Received:
        return QColor(0xD5, 0xF0, 0xDC);
    }
    return {};
}

QColor DeliveryCalendar::foreground(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Upcoming:
        return QColor(0x1F, 0x4E, 0x8C);
    case DeliveryState::Late:
        return QColor(0xA6, 0x1B, 0x1B);
    case DeliveryState::Partial:
        return QColor(0x8A, 0x53, 0x00);
    case DeliveryState::Received:
        return QColor(0x1E, 0x6B, 0x34);
    }
    return {};
}

void DeliveryCalendar::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    update();
    const auto [from, to] = visibleRange();
    Q_EMIT rangeChanged(from, to);
}

void DeliveryCalendar::setToday(const QDate& day)
{
    m_today = day;
    update();
}

void DeliveryCalendar::setSelectedDate(const QDate& day)
{
    if (!day.isValid() || day == m_selected)
        return;
    const auto before = visibleRange();
    m_selected = day;
    update();
    Q_EMIT selectedDateChanged(day);
    const auto after = visibleRange();
    if (after != before)
        Q_EMIT rangeChanged(after.first, after.second);
}

QDate DeliveryCalendar::firstShown() const
{
    if (m_mode == Mode::Week)
        return m_selected.addDays(1 - m_selected.dayOfWeek());
    const QDate first(m_selected.year(), m_selected.month(), 1);
    return first.addDays(1 - first.dayOfWeek());
}

int DeliveryCalendar::rows() const
{
    if (m_mode == Mode::Week)
        return 1;
    const QDate first(m_selected.year(), m_selected.month(), 1);
    const QDate last = first.addDays(first.daysInMonth() - 1);
    return int(firstShown().daysTo(last) / 7) + 1;
}

std::pair<QDate, QDate> DeliveryCalendar::visibleRange() const
{
    const QDate first = firstShown();
    return {first, first.addDays(rows() * 7 - 1)};
}

void DeliveryCalendar::setDeliveries(const QList<ScheduledDelivery>& deliveries)
{
    m_byDay.clear();
    for (const ScheduledDelivery& d : deliveries)
        if (d.day.isValid())
            m_byDay[d.day].append(d);
    update();
}

QList<DeliveryCalendar::Chip> DeliveryCalendar::chipsOn(const QDate& day) const
{
    // One chip per supplier and state.
    QList<Chip> chips;
    for (const ScheduledDelivery& d : m_byDay.value(day)) {
        auto it = std::find_if(chips.begin(), chips.end(), [&](const Chip& c) {
            return c.supplierName == d.supplierName && c.state == d.state;
        });
        if (it == chips.end()) {
            chips.append({d.supplierName, d.state, 0, {}});
            it = chips.end() - 1;
        }
        ++it->count;
        it->orders.append(d.orderId);
    }
    std::stable_sort(chips.begin(), chips.end(),
                     [](const Chip& a, const Chip& b) { return severity(a.state) < severity(b.state); });
    return chips;
}

QStringList DeliveryCalendar::cellLines(const QDate& day) const
{
    QStringList out;
    for (const Chip& c : chipsOn(day))
        out << tr("%1 · %2 · %3").arg(c.supplierName).arg(c.count).arg(DeliverySchedule::stateText(c.state));
    return out;
}

QRect DeliveryCalendar::gridRect() const
{
    return rect().adjusted(1, kHeader, -1, -1);
}

QRect DeliveryCalendar::cellRect(const QDate& day) const
{
    const qint64 index = firstShown().daysTo(day);
    if (index < 0 || index >= rows() * 7)
        return {};
    const QRect grid = gridRect();
    const int col = int(index % 7), row = int(index / 7);
    const int x0 = grid.left() + grid.width() * col / 7, x1 = grid.left() + grid.width() * (col + 1) / 7;
    const int y0 = grid.top() + grid.height() * row / rows(),
              y1 = grid.top() + grid.height() * (row + 1) / rows();
    return QRect(QPoint(x0, y0), QPoint(x1 - 1, y1 - 1));
}

QDate DeliveryCalendar::dateAt(const QPoint& pos) const
{
    const QRect grid = gridRect();
    if (!grid.contains(pos))
        return {};
    const int col = std::clamp((pos.x() - grid.left()) * 7 / std::max(1, grid.width()), 0, 6);
    const int row = std::clamp((pos.y() - grid.top()) * rows() / std::max(1, grid.height()), 0, rows() - 1);
    return firstShown().addDays(row * 7 + col);
}

QSize DeliveryCalendar::sizeHint() const
{
    return {760, m_mode == Mode::Month ? 460 : 260};
}

QSize DeliveryCalendar::minimumSizeHint() const
{
    return {420, m_mode == Mode::Month ? 300 : 160};
}

void DeliveryCalendar::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const QLocale locale;
    const QDate first = firstShown();

    // The weekday names.
    QFont headerFont = font();
    headerFont.setBold(true);
    p.setFont(headerFont);
    p.setPen(pal.color(QPalette::PlaceholderText));
    for (int col = 0; col < 7; ++col) {
        const QRect cell = cellRect(first.addDays(col));
        const QDate day = first.addDays(col);
        const QString name = m_mode == Mode::Week ? locale.toString(day, QStringLiteral("ddd d MMM"))
                                                  : locale.dayName(col + 1, QLocale::ShortFormat);
        p.drawText(QRect(cell.left(), 0, cell.width(), kHeader), Qt::AlignCenter, name);
    }

    const QFont normal = font();
    QFont small = font();
    small.setPointSizeF(std::max(7.0, font().pointSizeF() - 1));
    const QColor grid = pal.color(QPalette::Mid);
    for (int i = 0; i < rows() * 7; ++i) {
        const QDate day = first.addDays(i);
        const QRect cell = cellRect(day);
        const bool otherMonth = m_mode == Mode::Month && day.month() != m_selected.month();
        if (otherMonth)
            p.fillRect(cell, pal.color(QPalette::AlternateBase));
        if (day.dayOfWeek() == Qt::Sunday)
            p.fillRect(cell, QColor(0, 0, 0, 8));
        p.setPen(QPen(grid, 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(cell);

        // The day number (today circled).
        QFont numberFont = normal;
        numberFont.setBold(day == m_today);
        p.setFont(numberFont);
        const QRect number(cell.left() + 4, cell.top() + 2, 26, 18);
        if (day == m_today) {
            p.setPen(Qt::NoPen);
            p.setBrush(pal.color(QPalette::Highlight));
            p.drawEllipse(number.adjusted(3, 0, -3, 0).center(), 10, 9);
            p.setPen(pal.color(QPalette::HighlightedText));
        } else {
            p.setPen(otherMonth ? pal.color(QPalette::PlaceholderText) : pal.color(QPalette::Text));
        }
        p.drawText(number, Qt::AlignCenter, QString::number(day.day()));

        if (m_mode == Mode::Week) {
            paintWeekCell(p, cell, day);
            continue;
        }
        // The chips: supplier (and count), coloured by state.
        p.setFont(small);
        const QList<Chip> chips = chipsOn(day);
        int y = cell.top() + 22;
        const int room = (cell.bottom() - 2 - y + kChipGap) / (kChipHeight + kChipGap);
        for (qsizetype c = 0; c < chips.size(); ++c) {
            const QRect chipRect(cell.left() + 3, y, cell.width() - 6, kChipHeight);
            if (c == room - 1 && chips.size() > room) {
                p.setPen(pal.color(QPalette::Text));
                p.drawText(chipRect.adjusted(4, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                           tr("+%1 more").arg(chips.size() - c));
                break;
            }
            if (c >= room)
                break;
            const Chip& chip = chips.at(c);
            paintChip(p, chipRect, chip.state);
            QString text =
                chip.count > 1 ? tr("%1 (%2)").arg(chip.supplierName).arg(chip.count) : chip.supplierName;
            text = p.fontMetrics().elidedText(text, Qt::ElideRight, chipRect.width() - 12);
            p.drawText(chipRect.adjusted(8, 0, -2, 0), Qt::AlignLeft | Qt::AlignVCenter, text);
            y += kChipHeight + kChipGap;
        }
    }

    // The selected day, framed.
    const QRect selected = cellRect(m_selected);
    if (!selected.isEmpty()) {
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(pal.color(QPalette::Highlight), hasFocus() ? 2.5 : 1.5));
        p.drawRect(selected.adjusted(1, 1, -1, -1));
    }
}

void DeliveryCalendar::paintChip(QPainter& p, const QRect& rect, DeliveryState state) const
{
    p.setPen(Qt::NoPen);
    p.setBrush(background(state));
    p.drawRoundedRect(rect, 4, 4);
    p.setBrush(foreground(state));
    p.drawRoundedRect(QRect(rect.left(), rect.top(), 4, rect.height()), 2, 2);
    p.setPen(foreground(state));
}

void DeliveryCalendar::paintWeekCell(QPainter& p, const QRect& cell, const QDate& day) const
{
    // One card per delivery: the supplier, the order (and advice), the state and amount.
    QList<ScheduledDelivery> list = m_byDay.value(day);
    std::stable_sort(list.begin(), list.end(), [](const ScheduledDelivery& a, const ScheduledDelivery& b) {
        return severity(a.state) < severity(b.state);
    });
    QFont bold = font();
    bold.setBold(true);
    QFont small = font();
    small.setPointSizeF(std::max(7.0, font().pointSizeF() - 1));
    const int lineHeight = QFontMetrics(small).height();
    const int cardHeight = 3 * lineHeight + 8;
    int y = cell.top() + 22;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QRect card(cell.left() + 3, y, cell.width() - 6, cardHeight);
        if (card.bottom() > cell.bottom() - 2 ||
            (i < list.size() - 1 && card.bottom() + cardHeight > cell.bottom())) {
            p.setFont(small);
            p.setPen(palette().color(QPalette::Text));
            p.drawText(card.adjusted(4, 0, 0, 0), Qt::AlignLeft | Qt::AlignTop,
                       tr("+%1 more").arg(list.size() - i));
            return;
        }
        const ScheduledDelivery& d = list.at(i);
        paintChip(p, card, d.state);
        const QRect text = card.adjusted(9, 4, -4, -4);
        QStringList lines{
            d.supplierName, d.despatchId.isEmpty() ? d.orderId : tr("%1 (%2)").arg(d.orderId, d.despatchId),
            tr("%1 · %2").arg(DeliverySchedule::stateText(d.state), Receiving::money(d.totalExclVat))};
        for (int l = 0; l < 3; ++l) {
            p.setFont(l == 0 ? bold : small);
            const QRect line(text.left(), text.top() + l * lineHeight, text.width(), lineHeight);
            p.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                       p.fontMetrics().elidedText(lines.at(l), Qt::ElideRight, line.width()));
        }
        y += cardHeight + 3;
    }
}

void DeliveryCalendar::move(const QDate& to)
{
    setSelectedDate(to);
}

void DeliveryCalendar::keyPressEvent(QKeyEvent* event)
{
    const bool week = m_mode == Mode::Week;
    switch (event->key()) {
    case Qt::Key_Left:
        move(m_selected.addDays(-1));
        return;
    case Qt::Key_Right:
        move(m_selected.addDays(1));
        return;
    case Qt::Key_Up:
        move(m_selected.addDays(-7));
        return;
    case Qt::Key_Down:
        move(m_selected.addDays(7));
        return;
    case Qt::Key_PageUp:
        move(week ? m_selected.addDays(-7) : m_selected.addMonths(-1));
        return;
    case Qt::Key_PageDown:
        move(week ? m_selected.addDays(7) : m_selected.addMonths(1));
        return;
    case Qt::Key_Home:
        move(m_today);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        Q_EMIT activated(m_selected);
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void DeliveryCalendar::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    if (const QDate day = dateAt(event->position().toPoint()); day.isValid())
        setSelectedDate(day);
}

void DeliveryCalendar::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (const QDate day = dateAt(event->position().toPoint()); day.isValid())
        Q_EMIT activated(day);
}

bool DeliveryCalendar::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QDate day = dateAt(help->pos());
        QStringList lines;
        for (const ScheduledDelivery& d : m_byDay.value(day))
            lines << DeliverySchedule::describe(d);
        if (lines.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), lines.join(u'\n'), this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace Moulin
