#pragma once

// Seeded table-plan instances shared by tst_tableassignment and
// bench_tableassignment: a French dinner service on a 40-table floor (salle,
// terrasse, salon) with its join graph, parties 1–12 mostly 2–4, arrivals
// 19:00–22:00 by the quarter hour, turn times by
// party (or a rush at 20:00–21:00), zone wishes, bookings already seated by
// an earlier first-fit plan,
// a few held, a blocked table or two. And small random ones for the tests.

#include "reservation/tableplan/tableassignment.h"

#include <random>

namespace Moulin::TablePlanInstance {

/// A uniform draw in [0, n) that is the same on every standard library.
inline int draw(std::mt19937& rng, int n)
{
    return int(rng() % quint32(n));
}

inline FloorTable table(const QString& id, int seats, int minParty, const QString& zone)
{
    FloorTable t;
    t.id = id;
    t.label = id;
    t.seats = seats;
    t.minParty = minParty;
    t.zone = zone;
    return t;
}

inline TableJoin join(const QStringList& ids, int seats, int minParty)
{
    TableJoin j;
    j.tableIds = ids;
    j.seats = seats;
    j.minParty = minParty;
    return j;
}

/// The 40-table floor: salle T1–T8 (2), T9–T20 (4), T21–T24 (6); terrasse
/// T25–T32 (2), T33–T36 (4); salon T37–T38 (8), T39–T40 (6). Joins along
/// the rows, 4 to 14 seats.
inline void floor40(TableAssignmentProblem& p)
{
    const QString salle = QStringLiteral("salle"), terrasse = QStringLiteral("terrasse"),
                  salon = QStringLiteral("salon");
    auto id = [](int k) { return QStringLiteral("T%1").arg(k); };
    for (int k = 1; k <= 8; ++k)
        p.tables << table(id(k), 2, 1, salle);
    for (int k = 9; k <= 20; ++k)
        p.tables << table(id(k), 4, 2, salle);
    for (int k = 21; k <= 24; ++k)
        p.tables << table(id(k), 6, 3, salle);
    for (int k = 25; k <= 32; ++k)
        p.tables << table(id(k), 2, 1, terrasse);
    for (int k = 33; k <= 36; ++k)
        p.tables << table(id(k), 4, 2, terrasse);
    for (int k = 37; k <= 38; ++k)
        p.tables << table(id(k), 8, 5, salon);
    for (int k = 39; k <= 40; ++k)
        p.tables << table(id(k), 6, 3, salon);
    // Pairs of 2-tops (4), a row of three (6), four on the terrasse (8).
    for (int k : {1, 3, 5, 7, 25, 27, 29, 31})
        p.joins << join({id(k), id(k + 1)}, 4, 3);
    p.joins << join({id(1), id(2), id(3)}, 6, 5) << join({id(25), id(26), id(27), id(28)}, 8, 5);
    // Pairs of 4-tops (8), rows of three (12).
    for (int k : {9, 11, 13, 15, 17, 19, 33, 35})
        p.joins << join({id(k), id(k + 1)}, 8, 5);
    p.joins << join({id(9), id(10), id(11)}, 12, 9) << join({id(13), id(14), id(15)}, 12, 9)
            << join({id(33), id(34), id(35)}, 12, 9);
    // The 6-tops (10), the salon (14 and 10).
    p.joins << join({id(21), id(22)}, 10, 7) << join({id(23), id(24)}, 10, 7)
            << join({id(21), id(22), id(23)}, 14, 11) << join({id(37), id(38)}, 14, 9)
            << join({id(39), id(40)}, 10, 7);
}

inline int frenchParty(std::mt19937& rng)
{
    const int r = draw(rng, 100);
    if (r < 5)
        return 1;
    if (r < 47)
        return 2;
    if (r < 60)
        return 3;
    if (r < 82)
        return 4;
    if (r < 87)
        return 5;
    if (r < 93)
        return 6;
    if (r < 95)
        return 7;
    if (r < 97)
        return 8;
    if (r < 99)
        return 9 + draw(rng, 2);
    return 11 + draw(rng, 2);
}

/// Bookings already on a table: a first fit in booking order, as the host
/// would have seated them when they came in (no overlap among them).
inline void seatSome(TableAssignmentProblem& p, std::mt19937& rng, int percent)
{
    QList<QPair<int, int>> busy[64];
    QHash<QString, int> index;
    for (int t = 0; t < p.tables.size(); ++t)
        index.insert(p.tables[t].id, t);
    for (ServiceBooking& b : p.bookings) {
        if (draw(rng, 100) >= percent)
            continue;
        const int end = p.occupiedUntil(b);
        QList<QStringList> places;
        for (const FloorTable& t : p.tables) {
            if (t.seats >= b.party && b.party >= t.minParty && !t.blocked)
                places << QStringList{t.id};
        }
        for (const TableJoin& j : p.joins) {
            if (j.seats >= b.party && b.party >= j.minParty)
                places << j.tableIds;
        }
        // Not always the best one: a random fitting place among the first few.
        const int skip = places.isEmpty() ? 0 : draw(rng, std::min<int>(3, int(places.size())));
        int skipped = 0;
        for (const QStringList& place : places) {
            bool free = true;
            for (const QString& id : place) {
                if (p.tables[index.value(id)].blocked)
                    free = false;
                for (const auto& [s, e] : busy[index.value(id)]) {
                    if (s < end && b.start < e)
                        free = false;
                }
            }
            if (!free || skipped++ < skip)
                continue;
            for (const QString& id : place)
                busy[index.value(id)] << qMakePair(b.start, end);
            b.current = place;
            break;
        }
    }
}

/// A Saturday dinner: `bookings` bookings on the 40-table floor, arriving
/// 19:00–22:00 by the quarter hour, `rushPercent` of them drawn from
/// 20:00–21:00 only (the rest over the whole evening).
inline TableAssignmentProblem frenchService(quint32 seed, int bookings = 120, int rushPercent = 0)
{
    std::mt19937 rng(seed);
    TableAssignmentProblem p;
    floor40(p);
    p.resetMinutes = 10;
    // A blocked table or two (a wobbly leg, a reserved corner).
    for (int k = 0, blocked = 1 + draw(rng, 2); k < blocked; ++k)
        p.tables[draw(rng, int(p.tables.size()))].blocked = true;
    for (int k = 0; k < bookings; ++k) {
        ServiceBooking b;
        b.id = QStringLiteral("B%1").arg(k + 1, 3, 10, QLatin1Char('0'));
        b.party = frenchParty(rng);
        const int quarter = draw(rng, 100) < rushPercent ? 4 + draw(rng, 5) : draw(rng, 13);
        b.start = 19 * 60 + 15 * quarter;
        const int wish = draw(rng, 100);
        if (wish < 15)
            b.zoneWish = QStringLiteral("terrasse");
        else if (wish < 20)
            b.zoneWish = QStringLiteral("salle");
        else if (wish < 22 && b.party >= 5)
            b.zoneWish = QStringLiteral("salon");
        p.bookings << b;
    }
    seatSome(p, rng, 55);
    // A few of the seated ones held there by the host.
    for (ServiceBooking& b : p.bookings) {
        if (!b.current.isEmpty() && draw(rng, 100) < 6)
            b.held = b.current;
    }
    return p;
}

/// A small random service (for exhaustive comparison): `tables` tables of
/// 2–6 seats in two zones, a few joins, `bookings` bookings 18:00–22:00.
inline TableAssignmentProblem smallService(quint32 seed, int tables, int bookings)
{
    std::mt19937 rng(seed);
    TableAssignmentProblem p;
    p.resetMinutes = draw(rng, 2) * 15;
    for (int t = 0; t < tables; ++t) {
        FloorTable ft = table(QStringLiteral("T%1").arg(t + 1), 2 + 2 * draw(rng, 3), 1,
                              draw(rng, 3) == 0 ? QStringLiteral("terrasse") : QStringLiteral("salle"));
        ft.minParty = 1 + draw(rng, 2) * (ft.seats / 2 - 1 > 0 ? 1 : 0);
        ft.blocked = draw(rng, 10) == 0;
        p.tables << ft;
    }
    for (int t = 0; t + 1 < tables; t += 2) {
        if (draw(rng, 2) == 0)
            p.joins << join({p.tables[t].id, p.tables[t + 1].id},
                            p.tables[t].seats + p.tables[t + 1].seats - 2, 1 + draw(rng, 4));
    }
    for (int k = 0; k < bookings; ++k) {
        ServiceBooking b;
        b.id = QStringLiteral("b%1").arg(k + 1);
        b.party = 1 + draw(rng, 7);
        b.start = 18 * 60 + 15 * draw(rng, 17);
        b.durationMinutes = draw(rng, 3) == 0 ? 60 + 15 * draw(rng, 4) : 0;
        if (draw(rng, 4) == 0)
            b.zoneWish = QStringLiteral("terrasse");
        p.bookings << b;
    }
    seatSome(p, rng, 50);
    for (ServiceBooking& b : p.bookings) {
        if (!b.current.isEmpty() && draw(rng, 100) < 10)
            b.held = b.current;
    }
    return p;
}

} // namespace Moulin::TablePlanInstance
