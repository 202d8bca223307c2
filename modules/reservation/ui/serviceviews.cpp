#include "reservation/ui/serviceviews.h"

#include "reservation/tableplan/serviceboard.h"
#include "reservation/ui/bookingdetails.h"
#include "reservation/ui/reservationformat.h"

#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace Moulin {

namespace {

constexpr double kChipWidth = 96;    ///< px: a table's booking chip at most
constexpr double kChipMinWidth = 30; ///< px: at least (two short lines)
constexpr double kChipHeight = 26;   ///< px
constexpr double kChipGap = 3;       ///< px between the table's edge and its chip
constexpr double kLevelGap = 6;      ///< px between two turns of chips (their lines show)
constexpr double kSideGap = 8;       ///< px between two chips side by side

// Room on the timeline's right for half of the last hour's label ("00:00").
constexpr int kTimelineRightMargin = 20;

QString hhmm(int minutes)
{
    const int m = ((minutes % (24 * 60)) + 24 * 60) % (24 * 60);
    return QStringLiteral("%1:%2").arg(m / 60, 2, 10, QLatin1Char('0')).arg(m % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

/// What a table shows: its shape in the plan's centimetres with its label
/// inside (fixed pixel size, never covered), and below it a chip of fixed
/// pixel size (ignores the zoom) with the booking: party and time first,
/// the guest's name when there is room; the whole detail in the tooltip.
struct TableLook
{
    QString label;
    QString guest;   ///< empty: free
    QString party;   ///< "4 p"
    QString time;    ///< "20:30"
    QString detail;  ///< a free or blocked table: "2 seats", "blocked"
    QString toolTip; ///< everything, in words
    ChipColors colors;
    bool allergy = false;
    bool blocked = false;
    bool later = false; ///< the booking shown is a later one (the table is free now)
    int more = 0;       ///< other bookings of the service on it
    /// The booking shown sits on joined tables and another of them carries
    /// its chip: this one is coloured, without a chip of its own.
    bool joined = false;
};

/// The table's label, centred on it, in pixels whatever the zoom.
class ServiceLabelItem : public QGraphicsItem
{
public:
    explicit ServiceLabelItem(QGraphicsItem* parent)
        : QGraphicsItem(parent)
    {
        setFlag(ItemIgnoresTransformations);
        setAcceptedMouseButtons(Qt::NoButton);
        setZValue(2);
        setCacheMode(DeviceCoordinateCache);
    }
    void setText(const QString& text, const QColor& ink)
    {
        m_text = text;
        m_ink = ink;
        update();
    }
    QRectF boundingRect() const override { return QRectF(-30, -8, 60, 16); }
    void paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) override
    {
        QFont f = p->font();
        f.setPixelSize(10);
        f.setBold(true);
        p->setFont(f);
        p->setPen(m_ink);
        p->drawText(boundingRect(), Qt::AlignCenter, m_text);
    }

private:
    QString m_text;
    QColor m_ink;
};

class ServiceChipItem : public QGraphicsItem
{
public:
    explicit ServiceChipItem(QGraphicsItem* parent)
        : QGraphicsItem(parent)
    {
        setFlag(ItemIgnoresTransformations);
        setAcceptedMouseButtons(Qt::NoButton);
        setZValue(1);
        setCacheMode(DeviceCoordinateCache);
    }
    void setLook(const TableLook& look)
    {
        prepareGeometryChange();
        m_look = look;
        update();
    }
    /// Narrower where the tables stand close at this zoom.
    void setWidth(double width)
    {
        if (width != m_width) {
            prepareGeometryChange();
            m_width = width;
        }
    }
    double width() const { return m_width; }
    /// One chip's height lower (0: just below its table): tables pushed
    /// close together take turns, a thin line joins the chip to its table.
    void setLevel(int level)
    {
        if (level != m_level) {
            prepareGeometryChange();
            m_level = level;
        }
    }
    int level() const { return m_level; }
    /// A booking shown (a box), not a free table's seats.
    bool booked() const { return !m_look.guest.isEmpty() && !m_look.joined; }
    /// The chip's box below its anchor (the table's lowest point), in pixels.
    QRectF chipRect() const
    {
        return QRectF(-m_width / 2, kChipGap + m_level * (kChipHeight + kLevelGap), m_width, kChipHeight);
    }
    QRectF boundingRect() const override
    {
        return chipRect().adjusted(-1, -1, 1, 1).united(QRectF(-1, 0, 2, 1));
    }
    /// The lines the chip shows (tests): the first always party and time.
    QStringList lines() const { return booked() ? m_lines : QStringList(); }
    void paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) override
    {
        p->setRenderHint(QPainter::Antialiasing);
        const QRectF r = chipRect();
        const bool free = m_look.guest.isEmpty();
        if (m_look.joined)
            return; // the chip hangs under the first of the joined tables
        QFont bold = p->font();
        bold.setPixelSize(10);
        bold.setBold(true);
        QFont small = bold;
        small.setPixelSize(9);
        small.setBold(false);
        if (free) {
            // A free table: its seats, muted, no box (when they fit).
            p->setFont(small);
            p->setPen(ReservationFormat::mutedText());
            const QFontMetrics fm(small);
            if (fm.horizontalAdvance(m_look.detail) <= r.width())
                p->drawText(QRectF(r.left(), r.top(), r.width(), 12), Qt::AlignCenter, m_look.detail);
            return;
        }
        if (m_level > 0) {
            p->setPen(QPen(ReservationFormat::border().darker(130), 1));
            p->drawLine(QPointF(0, 0), QPointF(0, r.top()));
        }
        QColor bg = m_look.later ? QColor(255, 255, 255, 240) : m_look.colors.background;
        p->setPen(QPen(m_look.later ? ReservationFormat::border().darker(115) : bg.darker(130), 1));
        p->setBrush(bg);
        p->drawRoundedRect(r, 5, 5);
        const QColor ink = m_look.later ? ReservationFormat::text() : m_look.colors.text;
        const double pad = r.width() < 44 ? 2 : 4;
        const QRectF inner = r.adjusted(pad, 1, -pad, -1);
        const QRectF top(inner.left(), inner.top(), inner.width(), inner.height() / 2);
        const QRectF bottom(inner.left(), inner.center().y(), inner.width(), inner.height() / 2);
        // Party and time on one line when they fit, else on two (the
        // name then only in the tooltip); the name elided below them.
        const QString both = m_look.party + QStringLiteral(" · ") + m_look.time;
        const QFontMetrics fb(bold);
        const QFontMetrics fs(small);
        QString second;
        QString first;
        if (fb.horizontalAdvance(both) <= inner.width()) {
            first = both;
            QString name = m_look.guest;
            if (m_look.more > 0)
                name = QStringLiteral("+%1 · ").arg(m_look.more) + name;
            second = fs.elidedText(name, Qt::ElideRight, int(inner.width()));
        } else {
            first = m_look.party + (m_look.more > 0 ? QStringLiteral(" +%1").arg(m_look.more) : QString());
            second = m_look.time;
        }
        m_lines = {first, second};
        p->setFont(bold);
        p->setPen(ink);
        p->drawText(top, Qt::AlignCenter, fb.elidedText(first, Qt::ElideRight, int(inner.width())));
        p->setFont(second == m_look.time ? bold : small);
        p->setPen(m_look.later ? ReservationFormat::mutedText() : ink);
        p->drawText(bottom, Qt::AlignCenter, second);
        if (m_look.allergy) {
            // Inside the chip's corner: never over a word nor a neighbour.
            p->setPen(QPen(Qt::white, 1));
            p->setBrush(ReservationFormat::allergy());
            p->drawEllipse(QPointF(r.right() - 4, r.top() + 4), 3, 3);
        }
    }

private:
    TableLook m_look;
    double m_width = kChipWidth;
    int m_level = 0;
    mutable QStringList m_lines;
};

class ServiceTableItem : public QGraphicsItem
{
public:
    explicit ServiceTableItem(const PlanTable& table)
        : m_table(table)
        , m_label(new ServiceLabelItem(this))
        , m_chip(new ServiceChipItem(this))
    {
        setPos(table.position);
        setCacheMode(DeviceCoordinateCache);
        // The chip hangs from the table's lowest point, whatever its turn.
        const double a = qDegreesToRadians(table.rotation);
        m_halfHeight =
            (std::abs(table.size.width() * std::sin(a)) + std::abs(table.size.height() * std::cos(a))) / 2;
        m_chip->setPos(0, m_halfHeight);
    }
    const PlanTable& table() const { return m_table; }
    ServiceChipItem* chip() const { return m_chip; }
    /// Half the table's height as turned, in cm: where its chip hangs.
    double halfHeight() const { return m_halfHeight; }

    void setLook(const TableLook& look)
    {
        m_look = look;
        m_chip->setLook(look);
        m_label->setText(look.label, look.blocked                         ? ReservationFormat::mutedText()
                                     : look.guest.isEmpty() || look.later ? ReservationFormat::text()
                                                                          : look.colors.text);
        setToolTip(look.toolTip);
        update();
    }
    /// 0 none, 1 accepted, 2 refused (the drag over it), 3 selected.
    void setMark(int mark)
    {
        if (mark != m_mark) {
            m_mark = mark;
            update();
        }
    }
    QRectF tableRect() const
    {
        const QSizeF s = m_table.size;
        return QRectF(-s.width() / 2, -s.height() / 2, s.width(), s.height());
    }
    QRectF boundingRect() const override
    {
        const double r = std::hypot(m_table.size.width(), m_table.size.height()) / 2 + 14;
        return QRectF(-r, -r, 2 * r, 2 * r);
    }
    QPainterPath shape() const override
    {
        QPainterPath path;
        const double r = std::hypot(m_table.size.width(), m_table.size.height()) / 2 + 10;
        path.addEllipse(QPointF(), r, r);
        return path;
    }
    void paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) override
    {
        p->setRenderHint(QPainter::Antialiasing);
        p->save();
        p->rotate(m_table.rotation);
        QColor fill = m_look.blocked                           ? QColor(0xE3, 0xE3, 0xE3)
                      : m_look.guest.isEmpty() || m_look.later ? QColor(0xF7, 0xF4, 0xEE)
                                                               : m_look.colors.background;
        QPen pen(fill.darker(160), 3);
        if (m_mark == 1)
            pen = QPen(QColor(0x1a, 0x7f, 0x37), 9);
        else if (m_mark == 2)
            pen = QPen(QColor(0xc9, 0x2a, 0x2a), 9);
        else if (m_mark == 3)
            pen = QPen(ReservationFormat::accent(), 8);
        p->setPen(pen);
        p->setBrush(fill);
        if (m_table.shape == TableShape::Round)
            p->drawEllipse(tableRect());
        else
            p->drawRoundedRect(tableRect(), 6, 6);
        if (m_look.blocked) {
            p->setPen(QPen(QColor(0x9A, 0x9A, 0x9A), 2));
            p->drawLine(tableRect().topLeft(), tableRect().bottomRight());
            p->drawLine(tableRect().topRight(), tableRect().bottomLeft());
        }
        p->restore();
    }

private:
    PlanTable m_table;
    ServiceLabelItem* m_label;
    ServiceChipItem* m_chip;
    double m_halfHeight = 0;
    TableLook m_look;
    int m_mark = 0;
};

/// The booking being dragged: a chip under the cursor (fixed pixel size).
class ServiceGhostItem : public QGraphicsItem
{
public:
    ServiceGhostItem()
    {
        setFlag(ItemIgnoresTransformations);
        setZValue(100);
        setAcceptedMouseButtons(Qt::NoButton);
    }
    void setText(const QString& text, const ChipColors& colors)
    {
        m_text = text;
        m_colors = colors;
        update();
    }
    QRectF boundingRect() const override { return QRectF(-4, -4, 132, 30); }
    void paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) override
    {
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(QPen(m_colors.background.darker(150), 1));
        QColor bg = m_colors.background;
        bg.setAlpha(235);
        p->setBrush(bg);
        p->drawRoundedRect(QRectF(0, 0, 126, 24), 5, 5);
        QFont f = p->font();
        f.setPixelSize(11);
        f.setBold(true);
        p->setFont(f);
        p->setPen(m_colors.text);
        p->drawText(QRectF(6, 0, 116, 24), Qt::AlignLeft | Qt::AlignVCenter,
                    QFontMetrics(f).elidedText(m_text, Qt::ElideRight, 116));
    }

private:
    QString m_text;
    ChipColors m_colors;
};

// ServiceFloorView ------------------------------------------------------------------

ServiceFloorView::ServiceFloorView(QWidget* parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
{
    setObjectName(QStringLiteral("serviceFloor"));
    setScene(m_scene);
    setRenderHint(QPainter::Antialiasing);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setBackgroundBrush(QColor(0xF3, 0xF1, 0xEC));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
}

ServiceFloorView::~ServiceFloorView() = default;

void ServiceFloorView::setBoard(const ServiceBoard* board)
{
    m_board = board;
    rebuild();
}

void ServiceFloorView::rebuild()
{
    cancelDrag();
    m_scene->clear();
    m_items.clear();
    m_ghost = nullptr;
    if (!m_board)
        return;
    const FloorLayout& l = m_board->layout();
    for (const FloorRoom& room : l.rooms) {
        auto* r = m_scene->addRect(room.area, QPen(QColor(0xC9, 0xC2, 0xB4), 2), QColor(0xFB, 0xF8, 0xF2));
        r->setZValue(-10);
        auto* name = m_scene->addSimpleText(room.name);
        name->setFlag(QGraphicsItem::ItemIgnoresTransformations);
        name->setBrush(ReservationFormat::mutedText());
        name->setPos(room.area.topLeft() + QPointF(8, 6));
        name->setZValue(-9);
    }
    for (const PlanTable& t : l.tables) {
        auto* item = new ServiceTableItem(t);
        m_scene->addItem(item);
        m_items.insert(t.id, item);
    }
    QRectF bounds = m_scene->itemsBoundingRect().adjusted(-60, -60, 60, 60);
    m_scene->setSceneRect(bounds);
    m_ghost = new ServiceGhostItem;
    m_ghost->setVisible(false);
    m_scene->addItem(m_ghost);
    refreshBookings();
    m_fitPending = true;
    fitToPlan();
}

void ServiceFloorView::setMinute(int minute)
{
    if (minute == m_minute)
        return;
    m_minute = minute;
    refreshBookings();
}

void ServiceFloorView::refreshBookings()
{
    m_shown.clear();
    if (!m_board)
        return;
    const ServiceSeating& seating = m_board->seating();
    // The bookings of each table, in time order (the board's bookings are by time).
    QHash<QString, QList<const Booking*>> byTable;
    for (const Booking& b : m_board->bookings()) {
        if (!ServiceSeating::occupies(b.status))
            continue;
        for (const QString& t : m_board->placementOf(b.id))
            byTable[t].append(&b);
    }
    for (auto it = m_items.begin(); it != m_items.end(); ++it) {
        const PlanTable& t = it.value()->table();
        TableLook look;
        look.label = t.label;
        look.blocked = t.blocked;
        const QList<const Booking*> list = byTable.value(t.id);
        const Booking* shown = nullptr;
        bool later = false;
        // The booking's allergies, with those its guest's profile knows.
        const auto allergiesOf = [this](const Booking& b) {
            const auto known =
                m_insights ? m_insights->constFind(b.id) : QHash<qint64, GuestInsight>::const_iterator();
            return BookingDetailsPanel::mergedAllergies(
                b.allergies, m_insights && known != m_insights->cend() ? &*known : nullptr);
        };
        for (const Booking* b : list) {
            const SeatedParty p = ServiceBoard::partyOf(*b);
            if (p.start <= m_minute && m_minute < seating.endOf(p)) {
                shown = b;
                break;
            }
        }
        if (!shown) {
            for (const Booking* b : list) {
                if (ServiceSeating::minuteOf(b->localTime) > m_minute) {
                    shown = b;
                    later = true;
                    break;
                }
            }
        }
        // The tooltip: the table, then each of its bookings in full.
        QStringList tip{ServiceFloorView::tr("%1 — %2").arg(t.label, FloorPlanText::seatsText(t.seats))};
        if (t.blocked)
            tip << ServiceFloorView::tr("Blocked");
        for (const Booking* b : list) {
            const SeatedParty p = ServiceBoard::partyOf(*b);
            QString line = ServiceFloorView::tr("%1, %2 p, %3–%4, %5")
                               .arg(b->guestName.isEmpty() ? bookingChannelLabel(b->channel) : b->guestName)
                               .arg(b->partySize)
                               .arg(hhmm(p.start), hhmm(seating.endOf(p)), bookingStatusLabel(b->status));
            if (const QString allergies = allergiesOf(*b); !allergies.isEmpty())
                line += QLatin1Char('\n') + ServiceFloorView::tr("  ⚠ Allergies: %1").arg(allergies);
            if (!b->zoneWish.isEmpty())
                line += QLatin1Char('\n') + (b->zoneRequired ? ServiceFloorView::tr("  Zone: %1 (required)")
                                                             : ServiceFloorView::tr("  Zone wished: %1"))
                                                .arg(b->zoneWish);
            tip << line;
        }
        look.toolTip = tip.join(QLatin1Char('\n'));
        if (shown) {
            look.guest = shown->guestName.isEmpty() ? bookingChannelLabel(shown->channel) : shown->guestName;
            look.party = ServiceFloorView::tr("%1 p").arg(shown->partySize);
            look.time = shown->localTime;
            look.colors = ReservationFormat::statusColors(shown->status);
            look.allergy = !allergiesOf(*shown).isEmpty();
            look.later = later;
            look.more = int(list.size()) - 1;
            // On joined tables, one chip: under the leftmost (then topmost) of them.
            const TableSet set = m_board->placementOf(shown->id);
            for (const QString& other : set) {
                const ServiceTableItem* o = m_items.value(other);
                if (o && other != t.id &&
                    (o->pos().x() < it.value()->pos().x() - 1 ||
                     (std::abs(o->pos().x() - it.value()->pos().x()) <= 1 &&
                      o->pos().y() < it.value()->pos().y())))
                    look.joined = true;
            }
            m_shown.insert(t.id, shown->id);
        } else {
            look.detail = t.blocked ? ServiceFloorView::tr("blocked") : FloorPlanText::seatsText(t.seats);
        }
        it.value()->setLook(look);
        it.value()->setMark(t.id == m_selected ? 3 : 0);
    }
    // Which tables hold a booking changed: the chips take their places again.
    fitChips();
}

void ServiceFloorView::setSelectedTable(const QString& id)
{
    if (ServiceTableItem* old = m_items.value(m_selected))
        old->setMark(0);
    m_selected = id;
    if (ServiceTableItem* item = m_items.value(id))
        item->setMark(3);
}

void ServiceFloorView::fitToPlan()
{
    if (m_scene->sceneRect().isEmpty())
        return;
    fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
    m_fitPending = !isVisible();
    fitChips();
}

void ServiceFloorView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    fitToPlan();
}

void ServiceFloorView::fitChips()
{
    // Each chip below its table, as wide as the chips of its neighbours on
    // the same line leave it (the gap between two centres). Tables standing
    // close in a row (a long table of pushed tables) take turns one chip's
    // height lower, which gives each chip twice the room.
    const double pxPerCm = transform().m11();
    struct Chip
    {
        ServiceTableItem* item;
        QPointF centre; ///< px
        double half;    ///< px
        int level = 0;
    };
    QList<Chip> chips;
    for (ServiceTableItem* item : std::as_const(m_items))
        chips << Chip{item, item->pos() * pxPerCm, item->halfHeight() * pxPerCm};
    std::sort(chips.begin(), chips.end(), [](const Chip& a, const Chip& b) {
        return std::abs(a.centre.y() - b.centre.y()) > 1 ? a.centre.y() < b.centre.y()
                                                         : a.centre.x() < b.centre.x();
    });
    const auto top = [](const Chip& c) {
        return c.centre.y() + c.half + kChipGap + c.level * (kChipHeight + kLevelGap);
    };
    const auto roomOf = [&](int i) {
        double room = kChipWidth;
        for (int j = 0; j < chips.size(); ++j) {
            if (j != i && std::abs(top(chips[j]) - top(chips[i])) < kChipHeight + kLevelGap)
                room = std::min(room, std::abs(chips[j].centre.x() - chips[i].centre.x()) - kSideGap);
        }
        return room;
    };
    constexpr double kCramped = 48; // px: below this, neighbours take turns
    for (int i = 0; i < chips.size(); ++i) {
        // The nearest booked table on its left on the same line, close
        // enough to cramp it (a free table's seats stay by it, small).
        if (!chips[i].item->chip()->booked())
            continue;
        int left = -1;
        for (int j = 0; j < i; ++j) {
            const double dx = chips[i].centre.x() - chips[j].centre.x();
            if (chips[j].item->chip()->booked() && std::abs(chips[j].centre.y() - chips[i].centre.y()) < 2 &&
                dx > 0 && dx < kCramped + 4 &&
                (left < 0 || dx < chips[i].centre.x() - chips[left].centre.x()))
                left = j;
        }
        chips[i].level = left >= 0 && chips[left].level == 0 ? 1 : 0;
    }
    for (int i = 0; i < chips.size(); ++i) {
        chips[i].item->chip()->setLevel(chips[i].level);
        chips[i].item->chip()->setWidth(std::clamp(roomOf(i), kChipMinWidth, kChipWidth));
    }
}

QStringList ServiceFloorView::chipLines(const QString& id) const
{
    const ServiceTableItem* item = m_items.value(id);
    return item ? item->chip()->lines() : QStringList();
}

QRect ServiceFloorView::chipRectOf(const QString& id) const
{
    const ServiceTableItem* item = m_items.value(id);
    if (!item)
        return QRect();
    const QPoint anchor = mapFromScene(item->mapToScene(item->chip()->pos()));
    return item->chip()->chipRect().translated(anchor).toRect();
}

QRect ServiceFloorView::tableRectOf(const QString& id) const
{
    const ServiceTableItem* item = m_items.value(id);
    return item ? mapFromScene(item->mapToScene(item->tableRect())).boundingRect() : QRect();
}

QString ServiceFloorView::toolTipOf(const QString& id) const
{
    const ServiceTableItem* item = m_items.value(id);
    return item ? item->toolTip() : QString();
}

QPoint ServiceFloorView::viewportPointOf(const QString& id) const
{
    const ServiceTableItem* item = m_items.value(id);
    return item ? mapFromScene(item->pos()) : QPoint();
}

QString ServiceFloorView::tableAt(const QPoint& viewportPos) const
{
    // The table whose outline (chairs' margin included) holds the point, the
    // nearest centre among several; the chips ignore the zoom and are not hit.
    const QPointF at = mapToScene(viewportPos);
    QString best;
    double bestDistance = 0;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        const ServiceTableItem* item = it.value();
        const QPointF local = item->mapFromScene(at);
        QTransform turn;
        turn.rotate(-item->table().rotation);
        const QPointF unturned = turn.map(local);
        if (!item->tableRect().adjusted(-14, -14, 14, 14).contains(unturned))
            continue;
        const double d = QLineF(QPointF(), local).length();
        if (best.isEmpty() || d < bestDistance) {
            best = it.key();
            bestDistance = d;
        }
    }
    return best;
}

void ServiceFloorView::beginDrag(qint64 bookingId, const QPoint& viewportPos)
{
    if (!m_board || !m_ghost)
        return;
    const Booking* b = m_board->booking(bookingId);
    if (!b)
        return;
    m_dragBooking = bookingId;
    m_ghost->setText(tr("%1 · %2 p · %3")
                         .arg(b->guestName.isEmpty() ? bookingChannelLabel(b->channel) : b->guestName)
                         .arg(b->partySize)
                         .arg(b->localTime),
                     ReservationFormat::statusColors(b->status));
    m_ghost->setVisible(true);
    dragTo(viewportPos);
}

void ServiceFloorView::dragTo(const QPoint& viewportPos)
{
    if (!m_dragBooking)
        return;
    m_ghost->setPos(mapToScene(viewportPos + QPoint(10, 10)));
    setHovered(tableAt(viewportPos));
}

void ServiceFloorView::setHovered(const QString& id)
{
    if (id == m_hovered)
        return;
    if (ServiceTableItem* old = m_items.value(m_hovered))
        old->setMark(m_hovered == m_selected ? 3 : 0);
    m_hovered = id;
    if (ServiceTableItem* item = m_items.value(id)) {
        const SeatingCheck c = m_board->check(m_dragBooking, m_board->targetFor(m_dragBooking, id));
        item->setMark(c.ok() ? 1 : 2);
    }
}

QString ServiceFloorView::endDrag(const QPoint& viewportPos)
{
    if (!m_dragBooking)
        return QString();
    const qint64 id = m_dragBooking;
    const QString table = tableAt(viewportPos);
    cancelDrag();
    if (!table.isEmpty())
        Q_EMIT bookingDropped(id, table);
    return table;
}

void ServiceFloorView::cancelDrag()
{
    setHovered(QString());
    m_dragBooking = 0;
    if (m_ghost)
        m_ghost->setVisible(false);
}

void ServiceFloorView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    m_pressPos = event->position().toPoint();
    m_pressTable = tableAt(m_pressPos);
    m_pressed = true;
    event->accept();
}

void ServiceFloorView::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint at = event->position().toPoint();
    if (m_pressed && !m_dragBooking && (at - m_pressPos).manhattanLength() >= 4) {
        const qint64 shown = m_shown.value(m_pressTable);
        if (shown)
            beginDrag(shown, at);
    }
    if (m_dragBooking) {
        dragTo(at);
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void ServiceFloorView::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_pressed) {
        QGraphicsView::mouseReleaseEvent(event);
        return;
    }
    m_pressed = false;
    const QPoint at = event->position().toPoint();
    if (m_dragBooking) {
        endDrag(at);
    } else if (!m_pressTable.isEmpty()) {
        setSelectedTable(m_pressTable);
        Q_EMIT tableClicked(m_pressTable);
    }
    event->accept();
}

// ServiceTimeline ---------------------------------------------------------------------

ServiceTimeline::ServiceTimeline(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("serviceTimeline"));
    setMinimumHeight(kRowHeight * 3);
    setFocusPolicy(Qt::StrongFocus);
}

void ServiceTimeline::setBoard(const ServiceBoard* board)
{
    m_board = board;
    refresh();
}

void ServiceTimeline::setMinute(int minute)
{
    m_minute = minute;
    update();
}

void ServiceTimeline::refresh()
{
    m_rows.clear();
    m_rowOf.clear();
    m_blocks.clear();
    if (m_board) {
        const int service = m_board->service();
        m_from = service == 0 ? 11 * 60 + 30 : 18 * 60 + 30;
        m_to = service == 0 ? 16 * 60 : 24 * 60;
        for (const PlanTable& t : m_board->layout().tables) {
            m_rowOf.insert(t.id, int(m_rows.size()));
            m_rows << t.id;
        }
        const ServiceSeating& s = m_board->seating();
        for (const Booking& b : m_board->bookings()) {
            if (!ServiceSeating::occupies(b.status))
                continue;
            const SeatedParty p = ServiceBoard::partyOf(b);
            for (const QString& t : m_board->placementOf(b.id)) {
                if (m_rowOf.contains(t)) {
                    m_blocks << Block{b.id, m_rowOf.value(t), p.start, s.endOf(p)};
                    m_from = std::min(m_from, p.start / 60 * 60);
                    m_to = std::max(m_to, std::min(s.endOf(p), 28 * 60));
                }
            }
        }
    }
    setMinimumHeight(std::max(3, int(m_rows.size())) * kRowHeight + kRowHeight);
    updateGeometry();
    update();
}

QSize ServiceTimeline::sizeHint() const
{
    return QSize(900, int(m_rows.size() + 1) * kRowHeight);
}

double ServiceTimeline::xOf(int minute) const
{
    const double span = std::max(60, m_to - m_from);
    return kLabelWidth + (width() - kLabelWidth - kTimelineRightMargin) * (minute - m_from) / span;
}

QRect ServiceTimeline::blockRect(qint64 bookingId, const QString& tableId) const
{
    for (const Block& b : m_blocks) {
        if (b.bookingId == bookingId && (tableId.isEmpty() || m_rows.value(b.row) == tableId))
            return QRectF(QPointF(xOf(b.start), kRowHeight * (b.row + 1) + 2),
                          QPointF(xOf(b.end) - 1, kRowHeight * (b.row + 2) - 2))
                .toRect();
    }
    return QRect();
}

QPoint ServiceTimeline::pointAt(const QString& tableId, int minute) const
{
    return QPoint(int(xOf(minute)), kRowHeight * (m_rowOf.value(tableId, -1) + 1) + kRowHeight / 2);
}

QString ServiceTimeline::tableAt(const QPoint& pos) const
{
    const int row = pos.y() / kRowHeight - 1;
    return pos.y() >= kRowHeight ? m_rows.value(row) : QString();
}

qint64 ServiceTimeline::blockAt(const QPoint& pos) const
{
    for (const Block& b : m_blocks) {
        if (blockRect(b.bookingId, m_rows.value(b.row)).contains(pos))
            return b.bookingId;
    }
    return 0;
}

void ServiceTimeline::paintEvent(QPaintEvent* event)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    if (!m_board)
        return;
    const QRect dirty = event->rect();
    QFont f = font();
    f.setPixelSize(10);
    p.setFont(f);
    // Hours.
    for (int m = (m_from + 59) / 60 * 60; m <= m_to; m += 30) {
        const int x = int(xOf(m));
        p.setPen(m % 60 == 0 ? ReservationFormat::border() : ReservationFormat::border().lighter(108));
        p.drawLine(x, kRowHeight, x, height());
        if (m % 60 == 0) {
            p.setPen(ReservationFormat::mutedText());
            p.drawText(QRect(x - 30, 0, 60, kRowHeight), Qt::AlignCenter, hhmm(m));
        }
    }
    // Rows.
    const int first = std::max(0, dirty.top() / kRowHeight - 1);
    const int last = std::min(int(m_rows.size()) - 1, dirty.bottom() / kRowHeight);
    const FloorLayout& l = m_board->layout();
    for (int r = first; r <= last; ++r) {
        const int y = kRowHeight * (r + 1);
        if (r % 2)
            p.fillRect(QRect(0, y, width(), kRowHeight), QColor(0xF8, 0xF9, 0xFA));
        const PlanTable* t = l.table(m_rows[r]);
        p.setPen(t && t->blocked ? ReservationFormat::mutedText() : ReservationFormat::text());
        p.drawText(QRect(4, y, kLabelWidth - 8, kRowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   t ? QStringLiteral("%1 (%2)").arg(t->label).arg(t->seats) : QString());
    }
    // Blocks.
    for (const Block& b : m_blocks) {
        if (b.row < first || b.row > last)
            continue;
        const Booking* bk = m_board->booking(b.bookingId);
        if (!bk)
            continue;
        QRect r = blockRect(b.bookingId, m_rows.value(b.row));
        const ChipColors c = ReservationFormat::statusColors(bk->status);
        p.setPen(c.background.darker(140));
        p.setBrush(b.bookingId == m_drag && m_moved ? c.background.lighter(120) : c.background);
        p.drawRoundedRect(r, 3, 3);
        p.setPen(c.text);
        QString text = QStringLiteral("%1 · %2").arg(bk->guestName).arg(bk->partySize);
        const GuestInsight* known = nullptr;
        if (m_insights) {
            if (const auto it = m_insights->constFind(bk->id); it != m_insights->cend())
                known = &*it;
        }
        if (!BookingDetailsPanel::mergedAllergies(bk->allergies, known).isEmpty())
            text = QStringLiteral("⚠ ") + text;
        p.drawText(r.adjusted(4, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   p.fontMetrics().elidedText(text, Qt::ElideRight, r.width() - 6));
    }
    // Now.
    if (m_minute >= m_from && m_minute <= m_to) {
        p.setPen(QPen(QColor(0xc9, 0x2a, 0x2a), 2));
        const int x = int(xOf(m_minute));
        p.drawLine(x, kRowHeight, x, height());
    }
    // The booking dragged: its row outlined and the block where it would
    // go, green when the rules take it, red with the first reason when not.
    if (m_drag && m_moved) {
        const DragTarget t = targetAt(m_dragPos);
        if (!t.tableId.isEmpty()) {
            const QColor colour = t.ok ? QColor(0x1a, 0x7f, 0x37) : QColor(0xc9, 0x2a, 0x2a);
            const int y = kRowHeight * (m_rowOf.value(t.tableId) + 1);
            p.setPen(QPen(colour, 1, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(QRect(kLabelWidth, y + 1, width() - kLabelWidth - 4, kRowHeight - 2));
            const SeatedParty party = ServiceBoard::partyOf(*m_board->booking(t.bookingId));
            const int length = m_board->seating().endOf(party) - party.start;
            const QRect ghost =
                QRectF(QPointF(xOf(t.minute), y + 2), QPointF(xOf(t.minute + length) - 1, y + kRowHeight - 2))
                    .toRect();
            QColor fill = colour;
            fill.setAlpha(60);
            p.setPen(QPen(colour, 2));
            p.setBrush(fill);
            p.drawRoundedRect(ghost, 3, 3);
            p.setPen(colour.darker(130));
            QString text = hhmm(t.minute) + QStringLiteral(" → ") + m_board->seating().label(t.tables);
            if (!t.ok)
                text += QStringLiteral(" — ") + t.refusal.section(QLatin1Char('\n'), 0, 0);
            QFont bold = p.font();
            bold.setBold(true);
            p.setFont(bold);
            const int textWidth = p.fontMetrics().horizontalAdvance(text) + 8;
            QRect label(ghost.left(), ghost.top() - 1, std::min(textWidth, width() - ghost.left()),
                        ghost.height() + 2);
            p.fillRect(label, QColor(255, 255, 255, 225));
            p.drawText(label.adjusted(4, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                       p.fontMetrics().elidedText(text, Qt::ElideRight, label.width() - 6));
        }
    }
}

ServiceTimeline::DragTarget ServiceTimeline::targetAt(const QPoint& pos) const
{
    DragTarget t;
    if (!m_board || !m_drag || !m_board->booking(m_drag))
        return t;
    t.bookingId = m_drag;
    t.tableId = tableAt(pos);
    if (t.tableId.isEmpty())
        return t;
    // Horizontally the time: the booking's own within 7 minutes of it, else
    // the nearest quarter hour, within the service.
    const double pxPerMinute =
        (width() - kLabelWidth - kTimelineRightMargin) / double(std::max(60, m_to - m_from));
    const double shift = (pos.x() - m_pressPos.x()) / std::max(0.01, pxPerMinute);
    int minute = m_dragStart;
    if (std::abs(shift) >= 7.5)
        minute = int(std::lround((m_dragStart + shift) / 15.0)) * 15;
    const bool dinner = m_board->service() == 1;
    const int first = dinner ? ServiceCalendar::kDinnerStartsAtHour * 60 : 0;
    const int last = dinner ? 24 * 60 - 15 : ServiceCalendar::kDinnerStartsAtHour * 60 - 15;
    t.minute = std::clamp(minute, first, last);
    // Vertically the table: the one it sits at (a join kept) on its own row.
    const TableSet now = m_board->placementOf(m_drag);
    t.tables = t.tableId == m_dragRow && !now.isEmpty() ? now : m_board->targetFor(m_drag, t.tableId);
    const SeatingCheck c = m_board->checkMove(m_drag, t.minute, t.tables);
    t.ok = c.ok();
    t.refusal = c.text();
    return t;
}

ServiceTimeline::DragTarget ServiceTimeline::dragTarget() const
{
    return m_moved ? targetAt(m_dragPos) : DragTarget();
}

void ServiceTimeline::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    m_pressPos = event->position().toPoint();
    m_drag = blockAt(m_pressPos);
    m_moved = false;
    m_dragRow = tableAt(m_pressPos);
    const Booking* b = m_board ? m_board->booking(m_drag) : nullptr;
    m_dragStart = b ? ServiceBoard::partyOf(*b).start : 0;
    if (m_drag)
        Q_EMIT bookingClicked(m_drag);
}

void ServiceTimeline::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_drag)
        return;
    m_dragPos = event->position().toPoint();
    if ((m_dragPos - m_pressPos).manhattanLength() >= 4)
        m_moved = true;
    update();
}

void ServiceTimeline::mouseReleaseEvent(QMouseEvent* event)
{
    const qint64 id = m_drag;
    const bool moved = m_moved;
    const DragTarget t = moved ? targetAt(event->position().toPoint()) : DragTarget();
    m_drag = 0;
    m_moved = false;
    update();
    if (!id || !moved || t.tableId.isEmpty())
        return;
    Q_EMIT bookingMoved(id, t.tableId, t.minute);
}

} // namespace Moulin
