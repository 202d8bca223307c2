#include "scheduling/ui/rostergrid.h"

#include "scheduling/core/rosterdocument.h"

#include <QFontMetrics>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace Moulin {

namespace {

constexpr int kNameWidth = 170;
constexpr int kHeaderHeight = 34;
constexpr int kRowHeight = 40;
constexpr int kFirstMinute = 9 * 60; // 09:00
constexpr int kLastMinute = 25 * 60; // 01:00 the next night
constexpr double kEdge = 6.0;        // px: grab an edge to resize

QColor roleColor(const QString& role)
{
    if (role == QLatin1String("chef"))
        return QColor(0xE0, 0x8A, 0x2E);
    if (role == QLatin1String("server"))
        return QColor(0x3A, 0x7B, 0xD5);
    if (role == QLatin1String("bartender"))
        return QColor(0x3F, 0xA3, 0x6B);
    return QColor(0x8A, 0x6F, 0xC9);
}

} // namespace

RosterGrid::RosterGrid(RosterDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(document, &RosterDocument::changed, this, [this] {
        if (m_selected >= m_document->shifts().size())
            setSelectedShift(-1);
        updateGeometry();
        update();
    });
}

QSize RosterGrid::sizeHint() const
{
    const int rows = m_document ? int(m_document->week().staff.size()) : 0;
    return {kNameWidth + 7 * 150, kHeaderHeight + std::max(rows, 4) * kRowHeight + 1};
}

QSize RosterGrid::minimumSizeHint() const
{
    const int rows = m_document ? int(m_document->week().staff.size()) : 0;
    return {kNameWidth + 7 * 90, kHeaderHeight + std::max(rows, 1) * kRowHeight + 1};
}

void RosterGrid::setSelectedShift(int index)
{
    if (index == m_selected)
        return;
    m_selected = index;
    update();
    Q_EMIT selectionChanged(index);
}

double RosterGrid::columnWidth() const
{
    return std::max(1.0, double(width() - kNameWidth) / 7.0);
}

QRectF RosterGrid::dayRect(int row, int day) const
{
    return {kNameWidth + day * columnWidth(), double(kHeaderHeight + row * kRowHeight), columnWidth(),
            double(kRowHeight)};
}

int RosterGrid::rowOf(const QString& personId) const
{
    const QList<StaffMember>& staff = m_document->week().staff;
    for (int i = 0; i < staff.size(); ++i) {
        if (staff.at(i).id == personId)
            return i;
    }
    return -1;
}

QRectF RosterGrid::shiftRect(int index) const
{
    if (!m_document || index < 0 || index >= m_document->shifts().size())
        return {};
    const Shift& s = m_document->shifts().at(index);
    const int row = rowOf(s.personId);
    const int day = int(m_document->week().monday.daysTo(s.day));
    if (row < 0 || day < 0 || day > 6)
        return {};
    const QRectF cell = dayRect(row, day);
    const double perMinute = cell.width() / double(kLastMinute - kFirstMinute);
    const double x0 =
        cell.left() + std::clamp(s.start - kFirstMinute, 0, kLastMinute - kFirstMinute) * perMinute;
    const double x1 =
        cell.left() + std::clamp(s.end - kFirstMinute, 0, kLastMinute - kFirstMinute) * perMinute;
    return {x0, cell.top() + 6, std::max(3.0, x1 - x0), cell.height() - 12};
}

QPointF RosterGrid::pointAt(const QString& personId, int dayOffset, int minute) const
{
    const QRectF cell = dayRect(rowOf(personId), dayOffset);
    const double perMinute = cell.width() / double(kLastMinute - kFirstMinute);
    return {cell.left() + (minute - kFirstMinute) * perMinute, cell.center().y()};
}

RosterGrid::Cell RosterGrid::cellAt(const QPointF& pos) const
{
    Cell c;
    if (pos.x() < kNameWidth || pos.y() < kHeaderHeight)
        return c;
    c.row = int((pos.y() - kHeaderHeight) / kRowHeight);
    c.day = std::clamp(int((pos.x() - kNameWidth) / columnWidth()), 0, 6);
    if (c.row >= m_document->week().staff.size())
        c.row = -1;
    const double within = (pos.x() - kNameWidth - c.day * columnWidth()) / columnWidth();
    c.minute = kFirstMinute + int(std::lround(within * (kLastMinute - kFirstMinute)));
    return c;
}

int RosterGrid::shiftAt(const QPointF& pos, Drag* drag) const
{
    const QList<Shift>& shifts = m_document->shifts();
    for (int i = int(shifts.size()) - 1; i >= 0; --i) {
        const QRectF r = shiftRect(i);
        if (!r.adjusted(-2, 0, 2, 0).contains(pos))
            continue;
        if (drag)
            *drag = pos.x() <= r.left() + kEdge    ? Drag::Start
                    : pos.x() >= r.right() - kEdge ? Drag::End
                                                   : Drag::Move;
        return i;
    }
    return -1;
}

void RosterGrid::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());
    if (!m_document)
        return;
    const RosterWeek& week = m_document->week();
    const QList<StaffMember>& staff = week.staff;
    const QLocale locale;

    // Header: the days, today marked; the hours of the first column.
    QFont bold = font();
    bold.setBold(true);
    for (int d = 0; d < 7; ++d) {
        const QDate day = week.monday.addDays(d);
        const QRectF header(kNameWidth + d * columnWidth(), 0, columnWidth(), kHeaderHeight);
        if (day == QDate::currentDate())
            p.fillRect(header, pal.highlight().color().lighter(185));
        p.setPen(pal.text().color());
        p.setFont(bold);
        p.drawText(header.adjusted(0, 2, 0, -14), Qt::AlignCenter,
                   locale.toString(day, QStringLiteral("ddd d MMM")));
        p.setFont(font());
        QFont small = font();
        small.setPointSizeF(std::max(6.5, font().pointSizeF() * 0.78));
        p.setFont(small);
        p.setPen(pal.placeholderText().color());
        p.drawText(header.adjusted(3, 18, -3, 0), Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("9h"));
        p.drawText(header.adjusted(3, 18, -3, 0), Qt::AlignCenter, QStringLiteral("17h"));
        p.drawText(header.adjusted(3, 18, -3, 0), Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("1h"));
        p.setFont(font());
    }

    // Rows: names with roles and the week's hours; faint hour lines.
    for (int row = 0; row < staff.size(); ++row) {
        const StaffMember& m = staff.at(row);
        const QRectF nameRect(0, kHeaderHeight + row * kRowHeight, kNameWidth, kRowHeight);
        if (row % 2)
            p.fillRect(QRectF(0, nameRect.top(), width(), kRowHeight), pal.alternateBase());
        int minutes = 0;
        for (const Shift& s : m_document->shifts()) {
            if (s.personId == m.id)
                minutes += s.minutes();
        }
        p.setPen(pal.text().color());
        p.drawText(nameRect.adjusted(8, 3, -4, -kRowHeight / 2), Qt::AlignLeft | Qt::AlignVCenter, m.name);
        p.setPen(minutes > m.contractMinutesPerWeek ? QColor(0xC6, 0x28, 0x28)
                                                    : pal.placeholderText().color());
        QStringList roles;
        for (const QString& r : m.roles)
            roles << RosterValidator::roleLabel(r);
        // The hours always in full; the roles shortened if they do not fit.
        const QRectF detailRect = nameRect.adjusted(8, kRowHeight / 2 - 2, -4, -2);
        const QString hours = QStringLiteral(" · %1 / %2")
                                  .arg(RosterValidator::hoursLabel(minutes),
                                       RosterValidator::hoursLabel(m.contractMinutesPerWeek));
        const QFontMetrics metrics = p.fontMetrics();
        const QString roleText =
            metrics.elidedText(roles.join(QStringLiteral(", ")), Qt::ElideRight,
                               int(detailRect.width()) - metrics.horizontalAdvance(hours));
        p.drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter, roleText + hours);
        for (int d = 0; d < 7; ++d) {
            const QRectF cell = dayRect(row, d);
            const QDate day = week.monday.addDays(d);
            if (m.leave.contains(day)) {
                p.fillRect(cell.adjusted(1, 1, -1, -1), QBrush(pal.mid().color(), Qt::BDiagPattern));
            }
            p.setPen(QPen(pal.mid().color(), 0.5, Qt::DotLine));
            for (int h = 12; h <= 24; h += 6) {
                const double x =
                    cell.left() + (h * 60 - kFirstMinute) * cell.width() / (kLastMinute - kFirstMinute);
                p.drawLine(QPointF(x, cell.top() + 2), QPointF(x, cell.bottom() - 2));
            }
        }
    }
    // Grid lines.
    p.setPen(QPen(pal.mid().color(), 1));
    for (int d = 0; d <= 7; ++d) {
        const double x = kNameWidth + d * columnWidth();
        p.drawLine(QPointF(x, 0), QPointF(x, kHeaderHeight + staff.size() * kRowHeight));
    }
    p.drawLine(QPointF(0, kHeaderHeight), QPointF(width(), kHeaderHeight));

    // Shifts.
    const QList<Shift>& shifts = m_document->shifts();
    for (int i = 0; i < shifts.size(); ++i) {
        const QRectF r = shiftRect(i);
        if (r.isEmpty())
            continue;
        const bool broken = !m_document->violationsOf(i).isEmpty();
        QColor fill = roleColor(shifts.at(i).role);
        if (m_document->readOnly())
            fill = fill.lighter(130);
        QPainterPath path;
        path.addRoundedRect(r, 4, 4);
        p.fillPath(path, fill);
        if (broken) {
            p.fillPath(path, QBrush(QColor(0xC6, 0x28, 0x28, 150), Qt::BDiagPattern));
            p.setPen(QPen(QColor(0xC6, 0x28, 0x28), 2.5));
        } else {
            p.setPen(QPen(fill.darker(140), 1));
        }
        p.drawPath(path);
        if (i == m_selected) {
            // Around the block, so a broken shift stays red when selected.
            p.setPen(QPen(pal.highlight().color(), 2, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(r.adjusted(-3, -3, 3, 3), 5, 5);
        }
        p.setPen(Qt::white);
        const Shift& s = shifts.at(i);
        const QString text = QStringLiteral("%1–%2").arg(minuteText(s.start), minuteText(s.end));
        if (r.width() > p.fontMetrics().horizontalAdvance(text) + 6)
            p.drawText(r, Qt::AlignCenter, text);
    }

    if (staff.isEmpty()) {
        p.setPen(pal.placeholderText().color());
        p.drawText(rect().adjusted(kNameWidth, kHeaderHeight, 0, 0), Qt::AlignCenter,
                   tr("No staff yet: import the staffing configuration (with its \"staff\" list)."));
    }
}

void RosterGrid::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_document)
        return QWidget::mousePressEvent(event);
    Drag drag = Drag::None;
    const int index = shiftAt(event->position(), &drag);
    setSelectedShift(index);
    const Cell cell = cellAt(event->position());
    if (cell.day >= 0)
        Q_EMIT dayActivated(cell.day);
    if (index < 0 || !m_document->editable())
        return;
    m_drag = drag;
    m_dragIndex = index;
    m_pressPos = event->position();
    m_pressMinuteOffset = cell.minute - m_document->shifts().at(index).start;
}

void RosterGrid::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_document)
        return;
    if (m_drag == Drag::None) {
        Drag hover = Drag::None;
        const int index = shiftAt(event->position(), &hover);
        setCursor(index >= 0 && m_document->editable()
                      ? (hover == Drag::Move ? Qt::SizeAllCursor : Qt::SizeHorCursor)
                      : Qt::ArrowCursor);
        return;
    }
    if (m_dragIndex < 0 || m_dragIndex >= m_document->shifts().size())
        return;
    const Cell cell = cellAt(event->position());
    if (cell.day < 0)
        return;
    Shift s = m_document->shifts().at(m_dragIndex);
    const QDate day = m_document->week().monday.addDays(cell.day);
    switch (m_drag) {
    case Drag::Move: {
        const int length = s.minutes();
        s.start = cell.minute - m_pressMinuteOffset;
        s.end = s.start + length;
        s.day = day;
        if (cell.row >= 0)
            s.personId = m_document->week().staff.at(cell.row).id;
        break;
    }
    case Drag::Start:
        if (day == s.day)
            s.start = std::min(cell.minute, s.end - kSlotMinutes);
        break;
    case Drag::End:
        if (day == s.day)
            s.end = std::max(cell.minute, s.start + kSlotMinutes);
        break;
    case Drag::None:
        break;
    }
    m_document->updateShift(m_dragIndex, s);
}

void RosterGrid::mouseReleaseEvent(QMouseEvent* event)
{
    m_drag = Drag::None;
    m_dragIndex = -1;
    QWidget::mouseReleaseEvent(event);
}

void RosterGrid::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (!m_document || !m_document->editable() || shiftAt(event->position()) >= 0)
        return;
    const Cell cell = cellAt(event->position());
    if (cell.row < 0 || cell.day < 0)
        return;
    const StaffMember& m = m_document->week().staff.at(cell.row);
    Shift s;
    s.personId = m.id;
    s.role = m.roles.value(0);
    s.day = m_document->week().monday.addDays(cell.day);
    s.start = std::clamp(cell.minute - 60, kFirstMinute, kLastMinute - 4 * 60);
    s.end = s.start + 4 * 60;
    if (m_document->addShift(s))
        setSelectedShift(int(m_document->shifts().size()) - 1);
}

void RosterGrid::keyPressEvent(QKeyEvent* event)
{
    if (m_document && m_selected >= 0 && m_document->editable()) {
        Shift s = m_document->shifts().value(m_selected);
        switch (event->key()) {
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            m_document->removeShift(m_selected);
            setSelectedShift(-1);
            return;
        case Qt::Key_Left:
        case Qt::Key_Right: {
            // Nudge by 15 minutes; with Shift, only the end moves.
            const int delta = event->key() == Qt::Key_Left ? -kSlotMinutes : kSlotMinutes;
            if (!(event->modifiers() & Qt::ShiftModifier))
                s.start += delta;
            s.end += delta;
            m_document->updateShift(m_selected, s);
            return;
        }
        default:
            break;
        }
    }
    QWidget::keyPressEvent(event);
}

bool RosterGrid::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip && m_document) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int index = shiftAt(help->pos());
        if (index < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const Shift& s = m_document->shifts().at(index);
        const StaffMember* m = m_document->week().member(s.personId);
        QString text =
            QStringLiteral("<b>%1</b> — %2<br>%3 %4–%5")
                .arg((m ? m->name : s.personId).toHtmlEscaped(), RosterValidator::roleLabel(s.role),
                     RosterValidator::dayLabel(s.day), minuteText(s.start), minuteText(s.end));
        for (const RosterViolation& v : m_document->violationsOf(index))
            text +=
                QStringLiteral("<br><span style='color:#c62828'>⚠ %1</span>").arg(v.message.toHtmlEscaped());
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace Moulin
