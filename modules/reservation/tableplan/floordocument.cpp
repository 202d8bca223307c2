#include "reservation/tableplan/floordocument.h"

#include "reservation/tableplan/floorstore.h"

#include <QLocale>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace Moulin {

namespace {

enum CommandId
{
    MoveId = 1,
    ResizeId = 2,
    RotateId = 3,
    PlanDragId = 4,
};

double normalisedAngle(double degrees)
{
    double a = std::fmod(degrees, 360.0);
    if (a < 0)
        a += 360.0;
    if (qFuzzyCompare(a + 1.0, 361.0))
        a = 0;
    return a;
}

} // namespace

// Moves while dragging: one command per drag (mergeWith).
class FloorMoveCommand : public QUndoCommand
{
public:
    FloorMoveCommand(FloorDocument* doc, const QString& layoutId, const QStringList& ids,
                     const QPointF& delta, int dragId, const QHash<QString, QString>& roomsBefore)
        : m_doc(doc)
        , m_layout(layoutId)
        , m_ids(ids)
        , m_delta(delta)
        , m_drag(dragId)
        , m_roomsBefore(roomsBefore)
    {
        const FloorLayout* l = doc->m_plan.layout(layoutId);
        setText(ids.size() == 1 && l ? FloorDocument::tr("Move %1").arg(l->labels(ids))
                                     : FloorDocument::tr("Move %n table(s)", nullptr, int(ids.size())));
    }

    int id() const override { return MoveId; }
    void redo() override { m_doc->applyMove(m_layout, m_ids, m_delta, {}); }
    void undo() override { m_doc->applyMove(m_layout, m_ids, -m_delta, m_roomsBefore); }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* o = static_cast<const FloorMoveCommand*>(other);
        if (m_drag == 0 || o->m_drag != m_drag || o->m_layout != m_layout || o->m_ids != m_ids)
            return false;
        m_delta += o->m_delta;
        return true;
    }

private:
    FloorDocument* m_doc;
    QString m_layout;
    QStringList m_ids;
    QPointF m_delta;
    int m_drag;
    QHash<QString, QString> m_roomsBefore;
};

// Tables' properties: the tables before and after.
class FloorTablesCommand : public QUndoCommand
{
public:
    FloorTablesCommand(FloorDocument* doc, const QString& layoutId, const QList<PlanTable>& before,
                       const QList<PlanTable>& after, const QString& text, int mergeId = -1, int dragId = 0)
        : QUndoCommand(text)
        , m_doc(doc)
        , m_layout(layoutId)
        , m_before(before)
        , m_after(after)
        , m_mergeId(mergeId)
        , m_drag(dragId)
    {
    }

    int id() const override { return m_mergeId; }
    void redo() override { m_doc->applyTables(m_layout, m_after); }
    void undo() override { m_doc->applyTables(m_layout, m_before); }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* o = static_cast<const FloorTablesCommand*>(other);
        if (m_drag == 0 || o->m_drag != m_drag || o->m_layout != m_layout ||
            o->m_after.size() != m_after.size())
            return false;
        for (int i = 0; i < m_after.size(); ++i) {
            if (m_after[i].id != o->m_after[i].id)
                return false;
        }
        m_after = o->m_after;
        return true;
    }

private:
    FloorDocument* m_doc;
    QString m_layout;
    QList<PlanTable> m_before;
    QList<PlanTable> m_after;
    int m_mergeId;
    int m_drag;
};

// Everything else (tables added or removed, joins, layouts, dates): the plan
// before and after (its lists are shared, so a copy is cheap).
class FloorPlanCommand : public QUndoCommand
{
public:
    FloorPlanCommand(FloorDocument* doc, const FloorPlan& before, const QString& currentBefore,
                     const FloorPlan& after, const QString& currentAfter, const QString& text, int dragId)
        : QUndoCommand(text)
        , m_doc(doc)
        , m_before(before)
        , m_after(after)
        , m_currentBefore(currentBefore)
        , m_currentAfter(currentAfter)
        , m_drag(dragId)
    {
    }

    // Only the steps of one drag (a room moved) merge.
    int id() const override { return m_drag == 0 ? -1 : PlanDragId; }
    void redo() override { m_doc->applyPlan(m_after, m_currentAfter); }
    void undo() override { m_doc->applyPlan(m_before, m_currentBefore); }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* o = static_cast<const FloorPlanCommand*>(other);
        if (o->m_drag != m_drag || o->m_currentBefore != m_currentAfter || o->text() != text())
            return false;
        m_after = o->m_after;
        m_currentAfter = o->m_currentAfter;
        return true;
    }

private:
    FloorDocument* m_doc;
    FloorPlan m_before;
    FloorPlan m_after;
    QString m_currentBefore;
    QString m_currentAfter;
    int m_drag;
};

FloorDocument::FloorDocument(QObject* parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
    m_plan = starterPlan();
    m_current = m_plan.layouts.first().id;
}

FloorDocument::~FloorDocument() = default;

QList<FloorRoom> FloorDocument::starterRooms()
{
    return {
        {QStringLiteral("salle"), FloorPlanText::roomKindLabel(RoomKind::Salle), RoomKind::Salle,
         QRectF(0, 0, 1200, 820)},
        {QStringLiteral("terrasse"), FloorPlanText::roomKindLabel(RoomKind::Terrasse), RoomKind::Terrasse,
         QRectF(1260, 0, 760, 820)},
        {QStringLiteral("salon"), FloorPlanText::roomKindLabel(RoomKind::SalonPrive), RoomKind::SalonPrive,
         QRectF(0, 880, 760, 460)},
    };
}

FloorPlan FloorDocument::starterPlan()
{
    FloorPlan plan;
    FloorLayout l;
    l.id = QStringLiteral("layout1");
    l.name = tr("Main layout");
    l.rooms = starterRooms();
    plan.layouts << l;
    plan.defaultLayoutId = l.id;
    return plan;
}

bool FloorDocument::load(QSqlDatabase& db, const QDate& today, QString* error)
{
    const std::optional<FloorPlan> plan = FloorStore::load(db, error);
    if (!plan)
        return false;
    const bool empty = plan->layouts.isEmpty();
    setPlan(empty ? starterPlan() : *plan, today);
    m_stored = !empty;
    return true;
}

void FloorDocument::setPlan(const FloorPlan& plan, const QDate& today)
{
    m_undo->clear();
    m_plan = plan.layouts.isEmpty() ? starterPlan() : plan;
    m_stored = false;
    const FloorLayout* active = m_plan.activeLayout(today);
    m_current = active ? active->id : m_plan.layouts.first().id;
    Q_EMIT layoutsChanged();
    Q_EMIT currentLayoutChanged(m_current);
    Q_EMIT layoutChanged();
    Q_EMIT modifiedChanged(false);
}

bool FloorDocument::save(QSqlDatabase& db, QString* error)
{
    if (!FloorStore::save(db, m_plan, error))
        return false;
    m_stored = true;
    m_undo->setClean();
    Q_EMIT modifiedChanged(false);
    return true;
}

const FloorLayout& FloorDocument::layout() const
{
    static const FloorLayout none;
    const FloorLayout* l = m_plan.layout(m_current);
    return l ? *l : none;
}

void FloorDocument::setCurrentLayout(const QString& id)
{
    if (id != m_current && m_plan.layout(id))
        showLayout(id);
}

bool FloorDocument::modified() const
{
    return !m_undo->isClean();
}

void FloorDocument::showLayout(const QString& id)
{
    m_current = id;
    Q_EMIT currentLayoutChanged(id);
    Q_EMIT layoutChanged();
}

QString FloorDocument::roomAt(const FloorLayout& layout, const QPointF& at) const
{
    for (const FloorRoom& r : layout.rooms) {
        if (r.area.contains(at))
            return r.id;
    }
    return {};
}

void FloorDocument::applyMove(const QString& layoutId, const QStringList& ids, const QPointF& delta,
                              const QHash<QString, QString>& rooms)
{
    if (layoutId != m_current)
        showLayout(layoutId);
    FloorLayout* l = m_plan.layout(layoutId);
    if (!l)
        return;
    for (const QString& id : ids) {
        PlanTable* t = l->table(id);
        if (!t)
            continue;
        t->position += delta;
        if (rooms.contains(id))
            t->roomId = rooms.value(id);
        else if (l->joinsOf(id).isEmpty()) {
            const QString room = roomAt(*l, t->position);
            if (!room.isEmpty())
                t->roomId = room;
        }
    }
    Q_EMIT tablesMoved(ids);
}

void FloorDocument::applyTables(const QString& layoutId, const QList<PlanTable>& tables)
{
    if (layoutId != m_current)
        showLayout(layoutId);
    FloorLayout* l = m_plan.layout(layoutId);
    if (!l)
        return;
    QStringList ids;
    for (const PlanTable& t : tables) {
        if (PlanTable* stored = l->table(t.id)) {
            *stored = t;
            ids << t.id;
        }
    }
    Q_EMIT tablesChanged(ids);
}

void FloorDocument::applyPlan(const FloorPlan& plan, const QString& current)
{
    const bool shown = current != m_current;
    m_plan = plan;
    m_current = m_plan.layout(current) ? current : m_plan.layouts.value(0).id;
    Q_EMIT layoutsChanged();
    if (shown)
        Q_EMIT currentLayoutChanged(m_current);
    Q_EMIT layoutChanged();
}

void FloorDocument::pushPlan(const FloorPlan& after, const QString& current, const QString& text, int dragId)
{
    m_undo->push(new FloorPlanCommand(this, m_plan, m_current, after, current, text, dragId));
}

QString FloorDocument::addRoom(const QString& name, RoomKind kind)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || layout().id.isEmpty())
        return {};
    FloorPlan after = m_plan;
    FloorLayout* l = after.layout(m_current);
    int n = int(l->rooms.size()) + 1;
    while (l->room(QStringLiteral("room%1").arg(n)))
        ++n;
    QRectF all;
    for (const FloorRoom& r : l->rooms)
        all |= r.area;
    const QRectF area(all.isNull() ? 0 : all.right() + 60, 0, 800, 600);
    l->rooms << FloorRoom{QStringLiteral("room%1").arg(n), trimmed, kind, area};
    pushPlan(after, m_current, tr("Add room “%1”").arg(trimmed));
    return l->rooms.last().id;
}

bool FloorDocument::renameRoom(const QString& id, const QString& name)
{
    const FloorRoom* r = layout().room(id);
    const QString trimmed = name.trimmed();
    if (!r || trimmed.isEmpty() || trimmed == r->name)
        return false;
    const QString old = r->name;
    FloorPlan after = m_plan;
    FloorLayout* l = after.layout(m_current);
    for (FloorRoom& room : l->rooms) {
        if (room.id == id)
            room.name = trimmed;
    }
    pushPlan(after, m_current, tr("Rename room “%1”").arg(old));
    return true;
}

bool FloorDocument::setRoomKind(const QString& id, RoomKind kind)
{
    const FloorRoom* r = layout().room(id);
    if (!r || r->kind == kind)
        return false;
    const QString name = r->name;
    FloorPlan after = m_plan;
    for (FloorRoom& room : after.layout(m_current)->rooms) {
        if (room.id == id)
            room.kind = kind;
    }
    pushPlan(after, m_current, tr("Room “%1”: %2").arg(name, FloorPlanText::roomKindLabel(kind)));
    return true;
}

bool FloorDocument::resizeRoom(const QString& id, const QSizeF& size)
{
    const FloorRoom* r = layout().room(id);
    if (!r)
        return false;
    const QSizeF s(std::max(100.0, size.width()), std::max(100.0, size.height()));
    if (s == r->area.size())
        return false;
    const QString name = r->name;
    FloorPlan after = m_plan;
    for (FloorRoom& room : after.layout(m_current)->rooms) {
        if (room.id == id)
            room.area.setSize(s);
    }
    pushPlan(after, m_current, tr("Resize room “%1”").arg(name));
    return true;
}

bool FloorDocument::moveRoom(const QString& id, const QPointF& delta, int dragId)
{
    const FloorRoom* r = layout().room(id);
    if (!r || delta.isNull())
        return false;
    const QString name = r->name;
    FloorPlan after = m_plan;
    FloorLayout* l = after.layout(m_current);
    for (FloorRoom& room : l->rooms) {
        if (room.id == id)
            room.area.translate(delta);
    }
    for (PlanTable& t : l->tables) {
        if (t.roomId == id)
            t.position += delta;
    }
    pushPlan(after, m_current, tr("Move room “%1”").arg(name), dragId);
    return true;
}

bool FloorDocument::removeRoom(const QString& id, QString* reason)
{
    const FloorLayout& l = layout();
    const FloorRoom* r = l.room(id);
    if (!r)
        return false;
    QString why;
    const qsizetype tables = std::count_if(l.tables.cbegin(), l.tables.cend(),
                                           [&id](const PlanTable& t) { return t.roomId == id; });
    if (l.rooms.size() < 2)
        why = tr("A layout keeps at least one room.");
    else if (tables > 0)
        why = tr("“%1” still has %n table(s): move or remove them first.", nullptr, int(tables)).arg(r->name);
    if (!why.isEmpty()) {
        if (reason)
            *reason = why;
        return false;
    }
    const QString name = r->name;
    FloorPlan after = m_plan;
    after.layout(m_current)->rooms.removeIf([&id](const FloorRoom& room) { return room.id == id; });
    pushPlan(after, m_current, tr("Remove room “%1”").arg(name));
    return true;
}

QString FloorDocument::addTable(PlanTable table)
{
    const FloorLayout& l = layout();
    if (l.id.isEmpty())
        return {};
    if (table.id.isEmpty() || l.table(table.id))
        table.id = l.freeTableId();
    if (table.label.trimmed().isEmpty())
        table.label = l.freeLabel();
    if (!l.room(table.roomId)) {
        table.roomId = roomAt(l, table.position);
        if (table.roomId.isEmpty() && !l.rooms.isEmpty())
            table.roomId = l.rooms.first().id;
    }
    table.seats = std::max(1, table.seats);
    table.minParty = std::clamp(table.minParty, 1, table.seats);
    FloorPlan after = m_plan;
    after.layout(m_current)->tables << table;
    pushPlan(after, m_current, tr("Add table %1").arg(table.label));
    return table.id;
}

bool FloorDocument::removeTables(const QStringList& ids)
{
    FloorPlan after = m_plan;
    FloorLayout* l = after.layout(m_current);
    if (!l)
        return false;
    QStringList removedIds;
    for (const QString& id : ids) {
        if (l->tableIndex(id) >= 0)
            removedIds << id;
    }
    if (removedIds.isEmpty())
        return false;
    const QString labels = l->labels(removedIds);
    const int removed = int(removedIds.size());
    l->tables.removeIf([&removedIds](const PlanTable& t) { return removedIds.contains(t.id); });
    l->joins.removeIf([&ids](const PlanJoin& j) {
        return std::any_of(j.tableIds.cbegin(), j.tableIds.cend(),
                           [&ids](const QString& id) { return ids.contains(id); });
    });
    pushPlan(after, m_current,
             removed == 1 ? tr("Delete %1").arg(labels) : tr("Delete %n table(s)", nullptr, removed));
    return true;
}

bool FloorDocument::moveTables(const QStringList& ids, const QPointF& delta, int dragId)
{
    const FloorLayout& l = layout();
    QStringList moved;
    QHash<QString, QString> rooms;
    for (const QString& id : ids) {
        if (const PlanTable* t = l.table(id)) {
            moved << id;
            rooms.insert(id, t->roomId);
        }
    }
    if (moved.isEmpty() || delta.isNull())
        return false;
    m_undo->push(new FloorMoveCommand(this, m_current, moved, delta, dragId, rooms));
    return true;
}

bool FloorDocument::rotateTables(const QStringList& ids, double degrees, int dragId)
{
    const FloorLayout& l = layout();
    QList<PlanTable> before, after;
    for (const QString& id : ids) {
        if (const PlanTable* t = l.table(id)) {
            before << *t;
            PlanTable turned = *t;
            turned.rotation = normalisedAngle(t->rotation + degrees);
            after << turned;
        }
    }
    if (before.isEmpty() || before == after)
        return false;
    m_undo->push(new FloorTablesCommand(this, m_current, before, after,
                                        before.size() == 1
                                            ? tr("Rotate %1").arg(before.first().label)
                                            : tr("Rotate %n table(s)", nullptr, int(before.size())),
                                        RotateId, dragId));
    return true;
}

bool FloorDocument::resizeTable(const QString& id, const QSizeF& size, int dragId)
{
    const PlanTable* t = layout().table(id);
    if (!t)
        return false;
    PlanTable after = *t;
    const double w = std::max(30.0, size.width());
    const double h = std::max(30.0, size.height());
    after.size = t->shape == TableShape::Rectangle ? QSizeF(w, h) : QSizeF(std::max(w, h), std::max(w, h));
    if (after.size == t->size)
        return false;
    m_undo->push(new FloorTablesCommand(this, m_current, {*t}, {after}, tr("Resize %1").arg(t->label),
                                        ResizeId, dragId));
    return true;
}

bool FloorDocument::setTable(const PlanTable& table, QString* reason)
{
    const FloorLayout& l = layout();
    const PlanTable* t = l.table(table.id);
    if (!t)
        return false;
    PlanTable after = table;
    after.label = after.label.trimmed();
    after.zone = after.zone.trimmed();
    after.rotation = normalisedAngle(after.rotation);
    if (after.shape != TableShape::Rectangle && after.shape != t->shape) {
        const double side = std::max(after.size.width(), after.size.height());
        after.size = QSizeF(side, side);
    }
    QString why;
    if (after.label.isEmpty())
        why = tr("A table needs a label.");
    else if (std::any_of(l.tables.cbegin(), l.tables.cend(),
                         [&after](const PlanTable& o) { return o.id != after.id && o.label == after.label; }))
        why = tr("Another table is already labelled %1.").arg(after.label);
    else if (after.seats < 1)
        why = tr("A table seats at least one guest.");
    else if (after.minParty < 1 || after.minParty > after.seats)
        why = tr("The minimum party (%1) must be between 1 and the seats (%2).")
                  .arg(after.minParty)
                  .arg(after.seats);
    else if (!l.room(after.roomId))
        why = tr("That room is not in this layout.");
    else if (after.roomId != t->roomId && !l.joinsOf(after.id).isEmpty())
        why = tr("%1 is part of a join: remove its joins before moving it to another room.").arg(t->label);
    if (!why.isEmpty()) {
        if (reason)
            *reason = why;
        return false;
    }
    if (after == *t)
        return false;
    m_undo->push(new FloorTablesCommand(this, m_current, {*t}, {after}, tr("Edit %1").arg(after.label)));
    return true;
}

bool FloorDocument::setBlocked(const QStringList& ids, bool blocked)
{
    const FloorLayout& l = layout();
    QList<PlanTable> before, after;
    for (const QString& id : ids) {
        const PlanTable* t = l.table(id);
        if (t && t->blocked != blocked) {
            before << *t;
            after << *t;
            after.last().blocked = blocked;
        }
    }
    if (before.isEmpty())
        return false;
    m_undo->push(new FloorTablesCommand(this, m_current, before, after,
                                        blocked ? tr("Block %1").arg(l.labels(ids))
                                                : tr("Unblock %1").arg(l.labels(ids))));
    return true;
}

bool FloorDocument::addJoin(const QStringList& ids, int seats, QString* reason, int minParty)
{
    const FloorLayout& l = layout();
    const QString why = l.joinError(PlanJoin{ids, seats, minParty});
    const PlanJoin join{normalisedTableSet(ids), seats, minParty};
    if (!why.isEmpty()) {
        if (reason)
            *reason = why;
        return false;
    }
    FloorPlan after = m_plan;
    after.layout(m_current)->joins << join;
    pushPlan(after, m_current, tr("Join %1").arg(l.labels(join.tableIds)));
    return true;
}

bool FloorDocument::removeJoin(const QStringList& ids)
{
    const int i = layout().joinIndex(ids);
    if (i < 0)
        return false;
    FloorPlan after = m_plan;
    after.layout(m_current)->joins.removeAt(i);
    pushPlan(after, m_current, tr("Remove join %1").arg(layout().labels(normalisedTableSet(ids))));
    return true;
}

int FloorDocument::suggestedJoinSeats(const QStringList& ids) const
{
    int sum = 0, n = 0;
    for (const QString& id : ids) {
        if (const PlanTable* t = layout().table(id)) {
            sum += t->seats;
            ++n;
        }
    }
    return n < 2 ? sum : std::max(2, sum - 2 * (n - 1));
}

QString FloorDocument::newLayout(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return {};
    FloorPlan after = m_plan;
    FloorLayout l;
    l.id = m_plan.freeLayoutId();
    l.name = trimmed;
    l.rooms = starterRooms();
    after.layouts << l;
    pushPlan(after, l.id, tr("New layout “%1”").arg(trimmed));
    return l.id;
}

QString FloorDocument::duplicateLayout(const QString& id, const QString& name)
{
    const FloorLayout* source = m_plan.layout(id);
    const QString trimmed = name.trimmed();
    if (!source || trimmed.isEmpty())
        return {};
    FloorPlan after = m_plan;
    FloorLayout copy = *source;
    copy.id = m_plan.freeLayoutId();
    copy.name = trimmed;
    after.layouts.insert(m_plan.layoutIndex(id) + 1, copy);
    pushPlan(after, copy.id, tr("Duplicate “%1”").arg(source->name));
    return copy.id;
}

bool FloorDocument::renameLayout(const QString& id, const QString& name)
{
    const FloorLayout* l = m_plan.layout(id);
    const QString trimmed = name.trimmed();
    if (!l || trimmed.isEmpty() || trimmed == l->name)
        return false;
    FloorPlan after = m_plan;
    after.layout(id)->name = trimmed;
    pushPlan(after, m_current, tr("Rename “%1”").arg(l->name));
    return true;
}

bool FloorDocument::removeLayout(const QString& id)
{
    const int i = m_plan.layoutIndex(id);
    if (i < 0 || m_plan.layouts.size() < 2)
        return false;
    FloorPlan after = m_plan;
    after.layouts.removeAt(i);
    after.periods.removeIf([&id](const LayoutPeriod& p) { return p.layoutId == id; });
    if (after.defaultLayoutId == id)
        after.defaultLayoutId = after.layouts.first().id;
    const QString current = m_current == id ? after.layouts.value(std::max(0, i - 1)).id : m_current;
    pushPlan(after, current, tr("Delete “%1”").arg(m_plan.layouts[i].name));
    return true;
}

bool FloorDocument::setDefaultLayout(const QString& id)
{
    const FloorLayout* l = m_plan.layout(id);
    if (!l || m_plan.defaultLayoutId == id)
        return false;
    FloorPlan after = m_plan;
    after.defaultLayoutId = id;
    pushPlan(after, m_current, tr("“%1” by default").arg(l->name));
    return true;
}

bool FloorDocument::addPeriod(const LayoutPeriod& period, QString* reason)
{
    const FloorLayout* l = m_plan.layout(period.layoutId);
    QString why;
    if (!l)
        why = tr("That layout does not exist.");
    else if (!period.from.isValid() || !period.to.isValid())
        why = tr("Give both the first and the last day.");
    else if (period.to < period.from)
        why = tr("The last day (%1) is before the first (%2).")
                  .arg(QLocale().toString(period.to, QLocale::ShortFormat),
                       QLocale().toString(period.from, QLocale::ShortFormat));
    else if (m_plan.periods.contains(period))
        why = tr("That date range is already there.");
    if (!why.isEmpty()) {
        if (reason)
            *reason = why;
        return false;
    }
    FloorPlan after = m_plan;
    after.periods << period;
    pushPlan(after, m_current,
             tr("Use “%1” from %2 to %3")
                 .arg(l->name, QLocale().toString(period.from, QLocale::ShortFormat),
                      QLocale().toString(period.to, QLocale::ShortFormat)));
    return true;
}

bool FloorDocument::removePeriod(int index)
{
    if (index < 0 || index >= m_plan.periods.size())
        return false;
    FloorPlan after = m_plan;
    const LayoutPeriod p = after.periods.takeAt(index);
    const FloorLayout* l = m_plan.layout(p.layoutId);
    pushPlan(after, m_current, tr("Remove the dates of “%1”").arg(l ? l->name : p.layoutId));
    return true;
}

} // namespace Moulin
