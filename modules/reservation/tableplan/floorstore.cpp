#include "reservation/tableplan/floorstore.h"

#include "common/core/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Moulin {

namespace {

QString joinKey(const QStringList& ids)
{
    return normalisedTableSet(ids).join(QLatin1Char(','));
}

bool fail(QString* error, const QSqlQuery& q, const QString& what)
{
    if (error)
        *error = FloorStore::tr("The floor plan could not be saved (%1): %2").arg(what, q.lastError().text());
    return false;
}

bool writePlan(QSqlDatabase& db, const FloorPlan& plan, QString* e)
{
    QSqlQuery q(db);
    // The layouts go, and with them (cascade) their rooms, tables,
    // joins and periods; the state row keeps its demo flag.
    if (!Database::run(q, QStringLiteral("DELETE FROM floor_layout"), {}, "floor layouts cleared"))
        return fail(e, q, QStringLiteral("floor_layout"));
    for (int li = 0; li < plan.layouts.size(); ++li) {
        const FloorLayout& l = plan.layouts[li];
        if (!Database::run(q,
                           QStringLiteral("INSERT INTO floor_layout (id, name, position) VALUES (?, ?, ?)"),
                           {l.id, l.name, li}, "floor layout"))
            return fail(e, q, l.name);
        for (int i = 0; i < l.rooms.size(); ++i) {
            const FloorRoom& r = l.rooms[i];
            if (!Database::run(q,
                               QStringLiteral("INSERT INTO floor_room (layout_id, id, name, kind, x, y, "
                                              "width, height, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                               {l.id, r.id, r.name, FloorPlanText::roomKindKey(r.kind), r.area.x(),
                                r.area.y(), r.area.width(), r.area.height(), i},
                               "floor room"))
                return fail(e, q, r.name);
        }
        for (int i = 0; i < l.tables.size(); ++i) {
            const PlanTable& t = l.tables[i];
            if (!Database::run(
                    q,
                    QStringLiteral("INSERT INTO floor_table (layout_id, id, label, shape, seats, "
                                   "min_party, room_id, zone, x, y, width, height, rotation, "
                                   "blocked, position) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, coalesce(?, ''), ?, ?, ?, ?, ?, ?, ?)"),
                    {l.id, t.id, t.label, FloorPlanText::shapeKey(t.shape), t.seats, t.minParty, t.roomId,
                     t.zone, t.position.x(), t.position.y(), t.size.width(), t.size.height(), t.rotation,
                     t.blocked ? 1 : 0, i},
                    "floor table"))
                return fail(e, q, t.label);
        }
        for (int i = 0; i < l.joins.size(); ++i) {
            const PlanJoin& j = l.joins[i];
            const QString key = joinKey(j.tableIds);
            if (!Database::run(q,
                               QStringLiteral("INSERT INTO floor_join (layout_id, tables, seats, "
                                              "min_party, position) VALUES (?, ?, ?, ?, ?)"),
                               {l.id, key, j.seats, j.minParty, i}, "floor join"))
                return fail(e, q, l.labels(j.tableIds));
            for (const QString& id : j.tableIds) {
                if (!Database::run(q,
                                   QStringLiteral("INSERT INTO floor_join_table (layout_id, tables, "
                                                  "table_id) VALUES (?, ?, ?)"),
                                   {l.id, key, id}, "floor join table"))
                    return fail(e, q, l.labels(j.tableIds));
            }
        }
    }
    for (const LayoutPeriod& p : plan.periods) {
        if (!Database::run(q,
                           QStringLiteral("INSERT INTO floor_period (layout_id, first_day, last_day) "
                                          "VALUES (?, ?, ?)"),
                           {p.layoutId, p.from.toString(Qt::ISODate), p.to.toString(Qt::ISODate)},
                           "floor period"))
            return fail(e, q, p.layoutId);
    }
    if (!Database::run(
            q,
            QStringLiteral("INSERT INTO floor_plan_state (id, default_layout) VALUES (1, ?) "
                           "ON CONFLICT (id) DO UPDATE SET default_layout = excluded.default_layout"),
            {plan.defaultLayoutId.isEmpty() ? QVariant() : QVariant(plan.defaultLayoutId)},
            "floor plan state"))
        return fail(e, q, QStringLiteral("floor_plan_state"));
    return true;
}

} // namespace

std::optional<FloorPlan> FloorStore::load(QSqlDatabase& db, QString* error)
{
    FloorPlan plan;
    QSqlQuery q(db);
    const auto readFailed = [&]() -> std::optional<FloorPlan> {
        if (error)
            *error = tr("The floor plan could not be read: %1").arg(q.lastError().text());
        return std::nullopt;
    };
    if (!Database::run(q, QStringLiteral("SELECT id, name FROM floor_layout ORDER BY position, id"), {},
                       "floor layouts"))
        return readFailed();
    while (q.next()) {
        FloorLayout l;
        l.id = q.value(0).toString();
        l.name = q.value(1).toString();
        plan.layouts << l;
    }
    if (!Database::run(q,
                       QStringLiteral("SELECT layout_id, id, name, kind, x, y, width, height FROM floor_room "
                                      "ORDER BY layout_id, position"),
                       {}, "floor rooms"))
        return readFailed();
    while (q.next()) {
        FloorLayout* l = plan.layout(q.value(0).toString());
        if (!l)
            continue;
        FloorRoom r;
        r.id = q.value(1).toString();
        r.name = q.value(2).toString();
        r.kind = FloorPlanText::roomKindFromKey(q.value(3).toString());
        r.area = QRectF(q.value(4).toDouble(), q.value(5).toDouble(), q.value(6).toDouble(),
                        q.value(7).toDouble());
        l->rooms << r;
    }
    if (!Database::run(
            q,
            QStringLiteral("SELECT layout_id, id, label, shape, seats, min_party, room_id, zone, x, y, "
                           "width, height, rotation, blocked FROM floor_table "
                           "ORDER BY layout_id, position"),
            {}, "floor tables"))
        return readFailed();
    while (q.next()) {
        FloorLayout* l = plan.layout(q.value(0).toString());
        if (!l)
            continue;
        PlanTable t;
        t.id = q.value(1).toString();
        t.label = q.value(2).toString();
        t.shape = FloorPlanText::shapeFromKey(q.value(3).toString());
        t.seats = q.value(4).toInt();
        t.minParty = q.value(5).toInt();
        t.roomId = q.value(6).toString();
        t.zone = q.value(7).toString();
        t.position = QPointF(q.value(8).toDouble(), q.value(9).toDouble());
        t.size = QSizeF(q.value(10).toDouble(), q.value(11).toDouble());
        t.rotation = q.value(12).toDouble();
        t.blocked = q.value(13).toBool();
        l->tables << t;
    }
    if (!Database::run(q,
                       QStringLiteral("SELECT layout_id, tables, seats, min_party FROM floor_join "
                                      "ORDER BY layout_id, position"),
                       {}, "floor joins"))
        return readFailed();
    while (q.next()) {
        FloorLayout* l = plan.layout(q.value(0).toString());
        if (!l)
            continue;
        PlanJoin j;
        j.tableIds = normalisedTableSet(q.value(1).toString().split(QLatin1Char(',')));
        j.seats = q.value(2).toInt();
        j.minParty = q.value(3).toInt();
        l->joins << j;
    }
    if (!Database::run(q,
                       QStringLiteral("SELECT layout_id, first_day, last_day FROM floor_period ORDER BY id"),
                       {}, "floor periods"))
        return readFailed();
    while (q.next()) {
        plan.periods << LayoutPeriod{q.value(0).toString(),
                                     QDate::fromString(q.value(1).toString(), Qt::ISODate),
                                     QDate::fromString(q.value(2).toString(), Qt::ISODate)};
    }
    if (!Database::run(q, QStringLiteral("SELECT default_layout FROM floor_plan_state WHERE id = 1"), {},
                       "floor plan state"))
        return readFailed();
    if (q.next())
        plan.defaultLayoutId = q.value(0).toString();
    return plan;
}

bool FloorStore::save(QSqlDatabase& db, const FloorPlan& plan, QString* error)
{
    const QStringList problems = plan.errors();
    if (!problems.isEmpty()) {
        if (error)
            *error = tr("The floor plan was not saved: %1").arg(problems.join(QStringLiteral(" ; ")));
        return false;
    }
    return Database::transaction(
        db, [&](QString* e) { return writePlan(db, plan, e); }, error);
}

std::optional<FloorLayout> FloorStore::activeLayout(QSqlDatabase& db, const QDate& day)
{
    const std::optional<FloorPlan> plan = load(db);
    if (!plan)
        return std::nullopt;
    const FloorLayout* l = plan->activeLayout(day);
    if (!l)
        return std::nullopt;
    return *l;
}

int FloorStore::seedDemoOnce(QSqlDatabase& db, const QDate& today, QString* error)
{
    QSqlQuery q(db);
    if (!Database::run(q,
                       QStringLiteral("SELECT (SELECT demo_seeded FROM floor_plan_state WHERE id = 1), "
                                      "(SELECT count(*) FROM floor_layout)"),
                       {}, "floor demo state")) {
        if (error)
            *error = q.lastError().text();
        return -1;
    }
    if (q.next() && (q.value(0).toInt() == 1 || q.value(1).toInt() > 0))
        return 0;
    q.finish();
    const FloorPlan plan = demoPlan(today);
    // The plan and the flag together: all of it or nothing.
    const bool ok = Database::transaction(
        db,
        [&](QString* e) {
            if (!writePlan(db, plan, e))
                return false;
            QSqlQuery flag(db);
            if (!Database::run(flag,
                               QStringLiteral("UPDATE floor_plan_state SET demo_seeded = 1 WHERE id = 1"), {},
                               "floor demo seeded"))
                return fail(e, flag, QStringLiteral("floor_plan_state"));
            return true;
        },
        error);
    if (!ok)
        return -1;
    return 1;
}

namespace {

PlanTable make(const QString& id, const QString& label, TableShape shape, int seats, const QString& room,
               QPointF at, const QString& zone = {})
{
    PlanTable t = standardTable(shape, seats);
    t.id = id;
    t.label = label;
    t.roomId = room;
    t.position = at;
    t.zone = zone;
    return t;
}

PlanJoin join(const QStringList& ids, int seats)
{
    return PlanJoin{normalisedTableSet(ids), seats, 1};
}

FloorLayout winterLayout()
{
    FloorLayout l;
    l.id = QStringLiteral("hiver");
    l.name = QStringLiteral("Salle d’hiver");
    l.rooms = {
        {QStringLiteral("salle"), QStringLiteral("Salle"), RoomKind::Salle, QRectF(0, 0, 1200, 820)},
        {QStringLiteral("terrasse"), QStringLiteral("Terrasse"), RoomKind::Terrasse,
         QRectF(1260, 0, 760, 820)},
        {QStringLiteral("salon"), QStringLiteral("Salon Vendôme"), RoomKind::SalonPrive,
         QRectF(0, 880, 760, 460)},
    };
    const QString salle = QStringLiteral("salle");
    // Along the windows: six tables of two, pushed together by twos or threes.
    for (int i = 0; i < 6; ++i)
        l.tables << make(QStringLiteral("t%1").arg(i + 1), QStringLiteral("T%1").arg(i + 1),
                         TableShape::Square, 2, salle, QPointF(100 + 140 * i, 90), QStringLiteral("fenêtre"));
    for (int i = 0; i < 5; ++i)
        l.joins << join({QStringLiteral("t%1").arg(i + 1), QStringLiteral("t%1").arg(i + 2)}, 4);
    l.joins << join({QStringLiteral("t1"), QStringLiteral("t2"), QStringLiteral("t3")}, 6);
    l.joins << join({QStringLiteral("t4"), QStringLiteral("t5"), QStringLiteral("t6")}, 6);
    // The middle: four tables of four that make a long table.
    for (int i = 0; i < 4; ++i)
        l.tables << make(QStringLiteral("t%1").arg(i + 7), QStringLiteral("T%1").arg(i + 7),
                         TableShape::Square, 4, salle, QPointF(140 + 80 * i, 300));
    l.joins << join({QStringLiteral("t7"), QStringLiteral("t8")}, 6);
    l.joins << join({QStringLiteral("t9"), QStringLiteral("t10")}, 6);
    l.joins << join({QStringLiteral("t8"), QStringLiteral("t9")}, 6);
    l.joins << join({QStringLiteral("t7"), QStringLiteral("t8"), QStringLiteral("t9")}, 8);
    l.joins << join({QStringLiteral("t7"), QStringLiteral("t8"), QStringLiteral("t9"), QStringLiteral("t10")},
                    10);
    // Round tables of four, one of six.
    for (int i = 0; i < 3; ++i)
        l.tables << make(QStringLiteral("t%1").arg(i + 11), QStringLiteral("T%1").arg(i + 11),
                         TableShape::Round, 4, salle, QPointF(560 + 170 * i, 300));
    l.tables << make(QStringLiteral("t14"), QStringLiteral("T14"), TableShape::Round, 6, salle,
                     QPointF(700, 520));
    // Two rectangles of six, joined for ten.
    l.tables << make(QStringLiteral("t15"), QStringLiteral("T15"), TableShape::Rectangle, 6, salle,
                     QPointF(180, 540));
    l.tables << make(QStringLiteral("t16"), QStringLiteral("T16"), TableShape::Rectangle, 6, salle,
                     QPointF(340, 540));
    l.joins << join({QStringLiteral("t15"), QStringLiteral("t16")}, 10);
    l.tables << make(QStringLiteral("t17"), QStringLiteral("T17"), TableShape::Square, 4, salle,
                     QPointF(180, 720));
    l.tables << make(QStringLiteral("t18"), QStringLiteral("T18"), TableShape::Square, 4, salle,
                     QPointF(340, 720));
    l.joins << join({QStringLiteral("t17"), QStringLiteral("t18")}, 6);
    l.joins << join(
        {QStringLiteral("t15"), QStringLiteral("t16"), QStringLiteral("t17"), QStringLiteral("t18")}, 14);
    // The bar: high tables of two.
    for (int i = 0; i < 5; ++i)
        l.tables << make(QStringLiteral("t%1").arg(i + 19), QStringLiteral("T%1").arg(i + 19),
                         TableShape::Round, 2, salle, QPointF(1110, 90 + 150 * i), QStringLiteral("bar"));
    l.tables << make(QStringLiteral("t24"), QStringLiteral("T24"), TableShape::Square, 2, salle,
                     QPointF(930, 720));
    l.tables << make(QStringLiteral("t25"), QStringLiteral("T25"), TableShape::Square, 2, salle,
                     QPointF(1010, 720));
    l.joins << join({QStringLiteral("t24"), QStringLiteral("t25")}, 4);
    // The terrace, closed in winter (blocked).
    const QString terrasse = QStringLiteral("terrasse");
    for (int row = 0; row < 3; ++row) {
        for (int col = 0; col < 4; ++col) {
            const int n = 1 + row * 4 + col;
            const bool round = row == 1;
            PlanTable t = make(QStringLiteral("p%1").arg(n), QStringLiteral("P%1").arg(n),
                               round ? TableShape::Round : TableShape::Square, round ? 4 : 2, terrasse,
                               QPointF(row == 1 ? 1370 + 180 * col : 1350 + 90 * col + (col >= 2 ? 100 : 0),
                                       130 + 260 * row));
            t.blocked = true;
            l.tables << t;
        }
    }
    l.joins << join({QStringLiteral("p1"), QStringLiteral("p2")}, 4);
    l.joins << join({QStringLiteral("p3"), QStringLiteral("p4")}, 4);
    l.joins << join({QStringLiteral("p9"), QStringLiteral("p10")}, 4);
    l.joins << join({QStringLiteral("p11"), QStringLiteral("p12")}, 4);
    // The private room: four rectangles of six and a round table of eight.
    const QString salon = QStringLiteral("salon");
    l.tables << make(QStringLiteral("s1"), QStringLiteral("S1"), TableShape::Rectangle, 6, salon,
                     QPointF(160, 1000));
    l.tables << make(QStringLiteral("s2"), QStringLiteral("S2"), TableShape::Rectangle, 6, salon,
                     QPointF(320, 1000));
    l.tables << make(QStringLiteral("s3"), QStringLiteral("S3"), TableShape::Rectangle, 6, salon,
                     QPointF(160, 1220));
    l.tables << make(QStringLiteral("s4"), QStringLiteral("S4"), TableShape::Rectangle, 6, salon,
                     QPointF(320, 1220));
    l.tables << make(QStringLiteral("s5"), QStringLiteral("S5"), TableShape::Round, 8, salon,
                     QPointF(600, 1110));
    l.joins << join({QStringLiteral("s1"), QStringLiteral("s2")}, 10);
    l.joins << join({QStringLiteral("s3"), QStringLiteral("s4")}, 10);
    return l;
}

} // namespace

FloorPlan FloorStore::demoPlan(const QDate& today)
{
    FloorPlan plan;
    FloorLayout winter = winterLayout();
    FloorLayout summer = winter;
    summer.id = QStringLiteral("ete");
    summer.name = QStringLiteral("Terrasse d’été");
    for (PlanTable& t : summer.tables)
        t.blocked = false;
    summer.joins << join({QStringLiteral("p5"), QStringLiteral("p6")}, 6);
    summer.joins << join(
        {QStringLiteral("p1"), QStringLiteral("p2"), QStringLiteral("p3"), QStringLiteral("p4")}, 8);
    FloorLayout privat = winter;
    privat.id = QStringLiteral("privatisation");
    privat.name = QStringLiteral("Privatisation");
    // The private room as one banquet: the four rectangles in a row.
    for (PlanTable& t : privat.tables) {
        if (t.id.startsWith(QLatin1Char('s')) && t.id != QLatin1String("s5")) {
            const int n = t.id.mid(1).toInt();
            t.position = QPointF(150 + 160 * (n - 1), 1000);
        }
    }
    privat.joins << join({QStringLiteral("s2"), QStringLiteral("s3")}, 10);
    privat.joins << join({QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s3")}, 14);
    privat.joins << join(
        {QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s3"), QStringLiteral("s4")}, 18);
    plan.layouts = {winter, summer, privat};
    plan.defaultLayoutId = winter.id;
    plan.periods << LayoutPeriod{summer.id, QDate(today.year(), 5, 1), QDate(today.year(), 9, 30)};
    QDate saturday = today.addDays(28);
    saturday = saturday.addDays((6 - saturday.dayOfWeek() + 7) % 7);
    plan.periods << LayoutPeriod{privat.id, saturday, saturday};
    return plan;
}

} // namespace Moulin
