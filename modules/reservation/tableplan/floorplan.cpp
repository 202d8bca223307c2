#include "reservation/tableplan/floorplan.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Moulin {

const PlanTable* FloorLayout::table(const QString& tableId) const
{
    const int i = tableIndex(tableId);
    return i < 0 ? nullptr : &tables[i];
}

PlanTable* FloorLayout::table(const QString& tableId)
{
    const int i = tableIndex(tableId);
    return i < 0 ? nullptr : &tables[i];
}

int FloorLayout::tableIndex(const QString& tableId) const
{
    for (int i = 0; i < tables.size(); ++i) {
        if (tables[i].id == tableId)
            return i;
    }
    return -1;
}

const FloorRoom* FloorLayout::room(const QString& roomId) const
{
    for (const FloorRoom& r : rooms) {
        if (r.id == roomId)
            return &r;
    }
    return nullptr;
}

int FloorLayout::joinIndex(const QStringList& tableIds) const
{
    const QStringList key = normalisedTableSet(tableIds);
    for (int i = 0; i < joins.size(); ++i) {
        if (joins[i].tableIds == key)
            return i;
    }
    return -1;
}

QList<PlanJoin> FloorLayout::joinsOf(const QString& tableId) const
{
    QList<PlanJoin> out;
    for (const PlanJoin& j : joins) {
        if (j.tableIds.contains(tableId))
            out << j;
    }
    return out;
}

QString FloorLayout::zoneOf(const PlanTable& t) const
{
    if (!t.zone.trimmed().isEmpty())
        return t.zone.trimmed();
    const FloorRoom* r = room(t.roomId);
    return FloorPlanText::roomKindKey(r ? r->kind : RoomKind::Salle);
}

int FloorLayout::seats() const
{
    int n = 0;
    for (const PlanTable& t : tables)
        n += t.seats;
    return n;
}

QString FloorLayout::labels(const QStringList& ids) const
{
    QStringList out;
    for (const QString& tableId : ids) {
        const PlanTable* t = table(tableId);
        out << (t && !t->label.isEmpty() ? t->label : tableId);
    }
    // In the host's order: T2 before T10.
    std::stable_sort(out.begin(), out.end(), [](const QString& a, const QString& b) {
        static const QRegularExpression split(QStringLiteral("^(\\D*)(\\d*)(.*)$"));
        const QRegularExpressionMatch ma = split.match(a), mb = split.match(b);
        if (ma.captured(1) != mb.captured(1))
            return ma.captured(1) < mb.captured(1);
        const qint64 na = ma.captured(2).isEmpty() ? -1 : ma.captured(2).toLongLong();
        const qint64 nb = mb.captured(2).isEmpty() ? -1 : mb.captured(2).toLongLong();
        if (na != nb)
            return na < nb;
        return ma.captured(3) < mb.captured(3);
    });
    return out.join(QStringLiteral(" + "));
}

QString FloorLayout::freeTableId() const
{
    int n = int(tables.size()) + 1;
    while (tableIndex(QStringLiteral("t%1").arg(n)) >= 0)
        ++n;
    return QStringLiteral("t%1").arg(n);
}

QString FloorLayout::freeLabel() const
{
    static const QRegularExpression number(QStringLiteral("^T(\\d+)$"));
    int highest = 0;
    for (const PlanTable& t : tables) {
        const QRegularExpressionMatch m = number.match(t.label);
        if (m.hasMatch())
            highest = std::max(highest, m.captured(1).toInt());
    }
    return QStringLiteral("T%1").arg(highest + 1);
}

QString FloorLayout::joinError(const PlanJoin& join, int ignore) const
{
    if (QSet<QString>(join.tableIds.cbegin(), join.tableIds.cend()).size() != join.tableIds.size())
        return FloorPlanText::tr("A table appears twice in the join.");
    const QStringList ids = normalisedTableSet(join.tableIds);
    if (ids.size() < 2)
        return FloorPlanText::tr("A join needs at least two tables.");
    QString roomId;
    for (const QString& tableId : ids) {
        const PlanTable* t = table(tableId);
        if (!t)
            return FloorPlanText::tr("Table %1 is not in this layout.").arg(tableId);
        if (roomId.isNull())
            roomId = t->roomId;
        else if (t->roomId != roomId) {
            const FloorRoom* a = room(roomId);
            const FloorRoom* b = room(t->roomId);
            return FloorPlanText::tr("%1 are not in the same room (%2 and %3): only tables of one room can "
                                     "be joined.")
                .arg(labels(ids), a ? a->name : roomId, b ? b->name : t->roomId);
        }
    }
    for (int i = 0; i < joins.size(); ++i) {
        if (i != ignore && joins[i].tableIds == ids)
            return FloorPlanText::tr("%1 is already a join (%2).")
                .arg(labels(ids), FloorPlanText::seatsText(joins[i].seats));
    }
    if (join.seats < 2)
        return FloorPlanText::tr("A join seats at least 2 (%1 given).").arg(join.seats);
    if (join.minParty < 1 || join.minParty > join.seats)
        return FloorPlanText::tr("The minimum party (%1) must be between 1 and the join's seats (%2).")
            .arg(join.minParty)
            .arg(join.seats);
    return {};
}

QStringList FloorLayout::errors() const
{
    QStringList out;
    QSet<QString> ids, labelsSeen;
    for (const PlanTable& t : tables) {
        if (t.id.isEmpty())
            out << FloorPlanText::tr("A table has no id.");
        else if (ids.contains(t.id))
            out << FloorPlanText::tr("Two tables have the id %1.").arg(t.id);
        ids.insert(t.id);
        if (!t.label.isEmpty() && labelsSeen.contains(t.label))
            out << FloorPlanText::tr("Two tables are labelled %1.").arg(t.label);
        labelsSeen.insert(t.label);
        if (t.seats < 1)
            out << FloorPlanText::tr("Table %1 has no seat.").arg(t.label);
        else if (t.minParty < 1 || t.minParty > t.seats)
            out << FloorPlanText::tr("Table %1: the minimum party (%2) must be between 1 and its seats (%3).")
                       .arg(t.label)
                       .arg(t.minParty)
                       .arg(t.seats);
        if (!room(t.roomId))
            out << FloorPlanText::tr("Table %1 is in no room of the layout.").arg(t.label);
    }
    for (int i = 0; i < joins.size(); ++i) {
        const QString e = joinError(joins[i], i);
        if (!e.isEmpty())
            out << e;
    }
    return out;
}

void FloorLayout::fillProblem(TableAssignmentProblem* problem) const
{
    problem->tables.clear();
    problem->joins.clear();
    for (const PlanTable& t : tables) {
        FloorTable f;
        f.id = t.id;
        f.label = t.label;
        f.seats = t.seats;
        f.minParty = t.minParty;
        f.zone = zoneOf(t);
        const FloorRoom* r = room(t.roomId);
        f.room = FloorPlanText::roomKindKey(r ? r->kind : RoomKind::Salle);
        f.blocked = t.blocked;
        problem->tables << f;
    }
    for (const PlanJoin& j : joins)
        problem->joins << TableJoin{j.tableIds, j.seats, j.minParty};
}

int FloorPlan::layoutIndex(const QString& id) const
{
    for (int i = 0; i < layouts.size(); ++i) {
        if (layouts[i].id == id)
            return i;
    }
    return -1;
}

const FloorLayout* FloorPlan::layout(const QString& id) const
{
    const int i = layoutIndex(id);
    return i < 0 ? nullptr : &layouts[i];
}

FloorLayout* FloorPlan::layout(const QString& id)
{
    const int i = layoutIndex(id);
    return i < 0 ? nullptr : &layouts[i];
}

const FloorLayout* FloorPlan::activeLayout(const QDate& day) const
{
    const LayoutPeriod* best = nullptr;
    for (const LayoutPeriod& p : periods) {
        if (p.contains(day) && layout(p.layoutId) && (!best || p.from >= best->from))
            best = &p;
    }
    if (best)
        return layout(best->layoutId);
    if (const FloorLayout* d = layout(defaultLayoutId))
        return d;
    return layouts.isEmpty() ? nullptr : &layouts.first();
}

QString FloorPlan::freeLayoutId() const
{
    int n = int(layouts.size()) + 1;
    while (layoutIndex(QStringLiteral("layout%1").arg(n)) >= 0)
        ++n;
    return QStringLiteral("layout%1").arg(n);
}

QStringList FloorPlan::errors() const
{
    QStringList out;
    QSet<QString> ids;
    for (const FloorLayout& l : layouts) {
        if (l.id.isEmpty() || ids.contains(l.id))
            out << FloorPlanText::tr("Layout “%1” has no id of its own.").arg(l.name);
        ids.insert(l.id);
        if (l.name.trimmed().isEmpty())
            out << FloorPlanText::tr("A layout has no name.");
        for (const QString& e : l.errors())
            out << FloorPlanText::tr("%1: %2").arg(l.name, e);
    }
    if (!defaultLayoutId.isEmpty() && !layout(defaultLayoutId))
        out << FloorPlanText::tr("The default layout does not exist.");
    for (const LayoutPeriod& p : periods) {
        if (!layout(p.layoutId))
            out << FloorPlanText::tr("A date range names a layout that does not exist.");
        if (!p.from.isValid() || !p.to.isValid() || p.to < p.from)
            out << FloorPlanText::tr("A date range ends before it starts.");
    }
    return out;
}

QString FloorPlanText::shapeKey(TableShape shape)
{
    switch (shape) {
    case TableShape::Round:
        return QStringLiteral("round");
    case TableShape::Square:
        return QStringLiteral("square");
    case TableShape::Rectangle:
        return QStringLiteral("rectangle");
    }
    return QStringLiteral("square");
}

TableShape FloorPlanText::shapeFromKey(const QString& key, bool* ok)
{
    if (ok)
        *ok = true;
    if (key == QLatin1String("round"))
        return TableShape::Round;
    if (key == QLatin1String("rectangle"))
        return TableShape::Rectangle;
    if (ok)
        *ok = key == QLatin1String("square");
    return TableShape::Square;
}

QString FloorPlanText::shapeLabel(TableShape shape)
{
    switch (shape) {
    case TableShape::Round:
        return tr("Round");
    case TableShape::Square:
        return tr("Square");
    case TableShape::Rectangle:
        return tr("Rectangle");
    }
    return {};
}

QString FloorPlanText::roomKindKey(RoomKind kind)
{
    switch (kind) {
    case RoomKind::Salle:
        return QStringLiteral("salle");
    case RoomKind::Terrasse:
        return QStringLiteral("terrasse");
    case RoomKind::SalonPrive:
        return QStringLiteral("salon");
    }
    return QStringLiteral("salle");
}

RoomKind FloorPlanText::roomKindFromKey(const QString& key, bool* ok)
{
    if (ok)
        *ok = true;
    if (key == QLatin1String("terrasse"))
        return RoomKind::Terrasse;
    if (key == QLatin1String("salon"))
        return RoomKind::SalonPrive;
    if (ok)
        *ok = key == QLatin1String("salle");
    return RoomKind::Salle;
}

QString FloorPlanText::roomKindLabel(RoomKind kind)
{
    switch (kind) {
    case RoomKind::Salle:
        return tr("Dining room");
    case RoomKind::Terrasse:
        return tr("Terrace");
    case RoomKind::SalonPrive:
        return tr("Private room");
    }
    return {};
}

QString FloorPlanText::seatsText(int seats)
{
    return tr("%n seat(s)", nullptr, seats);
}

PlanTable standardTable(TableShape shape, int seats)
{
    PlanTable t;
    t.shape = shape;
    t.seats = std::max(1, seats);
    switch (shape) {
    case TableShape::Round:
        t.size = seats <= 2 ? QSizeF(70, 70) : seats <= 4 ? QSizeF(90, 90) : QSizeF(120, 120);
        break;
    case TableShape::Square:
        t.size = seats <= 2 ? QSizeF(70, 70) : QSizeF(80, 80);
        break;
    case TableShape::Rectangle:
        t.size = QSizeF(std::max(120, 40 * ((seats + 1) / 2)), 80);
        break;
    }
    return t;
}

} // namespace Moulin
