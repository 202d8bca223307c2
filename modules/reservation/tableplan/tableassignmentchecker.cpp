#include "reservation/tableplan/tableassignmentchecker.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace Moulin {

namespace {

struct Place
{
    bool known = false;
    QStringList tables; // sorted
    int seats = 0;
    int minParty = 1;
    bool blocked = false;
    bool oneZone = true;
    QString zone;
    bool oneRoom = true;
    QString room;

    /// A zone wish met: every table in that zone, or every one in a room of that kind.
    bool meets(const QString& wish) const
    {
        return (oneZone && zone == wish) || (oneRoom && !room.isEmpty() && room == wish);
    }
};

QStringList sorted(QStringList ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

/// The table or declared join `at` names (any order).
Place placeOf(const TableAssignmentProblem& p, const QStringList& at)
{
    Place place;
    place.tables = sorted(at);
    if (at.size() == 1) {
        for (const FloorTable& t : p.tables) {
            if (t.id == at.front()) {
                place.known = true;
                place.seats = t.seats;
                place.minParty = t.minParty;
                place.blocked = t.blocked;
                place.zone = t.zone;
                place.room = t.room;
            }
        }
        return place;
    }
    for (const TableJoin& j : p.joins) {
        if (sorted(j.tableIds) != place.tables)
            continue;
        place.known = true;
        place.seats = j.seats;
        place.minParty = j.minParty;
    }
    if (!place.known)
        return place;
    for (int k = 0; k < place.tables.size(); ++k) {
        for (const FloorTable& t : p.tables) {
            if (t.id != place.tables[k])
                continue;
            place.blocked = place.blocked || t.blocked;
            if (k == 0) {
                place.zone = t.zone;
                place.room = t.room;
            } else {
                if (t.zone != place.zone)
                    place.oneZone = false;
                if (t.room != place.room)
                    place.oneRoom = false;
            }
        }
    }
    return place;
}

QList<Place> everyPlace(const TableAssignmentProblem& p)
{
    QList<Place> places;
    for (const FloorTable& t : p.tables)
        places << placeOf(p, {t.id});
    for (const TableJoin& j : p.joins)
        places << placeOf(p, j.tableIds);
    return places;
}

bool overlap(const TableAssignmentProblem& p, const ServiceBooking& a, const ServiceBooking& b)
{
    const int aEnd = a.start + p.durationOf(a) + p.resetMinutes;
    const int bEnd = b.start + p.durationOf(b) + p.resetMinutes;
    return a.start < bEnd && b.start < aEnd;
}

bool share(const QStringList& a, const QStringList& b)
{
    for (const QString& id : a) {
        if (b.contains(id))
            return true;
    }
    return false;
}

} // namespace

qint64 TableAssignmentChecker::cost(const TableAssignmentProblem& p, const ServiceBooking& booking,
                                    const TableSet& at)
{
    const Place place = placeOf(p, at);
    if (!place.known)
        return -1;
    const qint64 empty = place.seats - booking.party;
    qint64 total = p.weights.unusedSeat * empty + p.weights.unusedSeatSquared * empty * empty;
    if (!booking.current.isEmpty() && sorted(booking.current) != place.tables)
        total += p.weights.move;
    if (!booking.zoneWish.isEmpty() && !place.meets(booking.zoneWish))
        total += p.weights.zoneMiss;
    total += p.weights.joinedTable * qint64(place.tables.size() - 1);
    return total;
}

QStringList TableAssignmentChecker::violations(const TableAssignmentProblem& p,
                                               const TableAssignmentResult& r)
{
    using Status = TableAssignmentResult::Status;
    using Reason = UnplacedBooking::Reason;
    QStringList out;
    if (r.status == Status::Invalid) {
        if (!r.assignments.isEmpty())
            out << QStringLiteral("an invalid problem has assignments");
        if (r.errors.isEmpty())
            out << QStringLiteral("an invalid problem without errors");
        return out;
    }

    QHash<QString, int> index;
    for (int b = 0; b < p.bookings.size(); ++b)
        index.insert(p.bookings[b].id, b);

    // Each booking once, placed or left out.
    QHash<QString, int> seen;
    for (const TableAssignment& a : r.assignments)
        ++seen[a.bookingId];
    for (const UnplacedBooking& u : r.unplaced)
        ++seen[u.bookingId];
    for (auto it = seen.constBegin(); it != seen.constEnd(); ++it) {
        if (!index.contains(it.key()))
            out << QStringLiteral("%1: not a booking of the problem").arg(it.key());
        else if (it.value() > 1)
            out << QStringLiteral("%1: placed or left out %2 times").arg(it.key()).arg(it.value());
    }
    for (const ServiceBooking& b : p.bookings) {
        if (!seen.contains(b.id))
            out << QStringLiteral("%1: neither placed nor left out").arg(b.id);
    }

    // Each placement keeps the table's rules.
    qint64 cost = 0;
    int moves = 0, unusedSeats = 0, zoneMisses = 0;
    for (const TableAssignment& a : r.assignments) {
        if (!index.contains(a.bookingId))
            continue;
        const ServiceBooking& b = p.bookings[index.value(a.bookingId)];
        const Place place = placeOf(p, a.tables);
        const QString where = a.tables.join(QLatin1Char('+'));
        if (!place.known) {
            out << QStringLiteral("%1: %2 is no table nor declared join").arg(b.id, where);
            continue;
        }
        if (place.blocked)
            out << QStringLiteral("%1: %2 is blocked").arg(b.id, where);
        if (place.seats < b.party)
            out << QStringLiteral("%1: party of %2 on %3 seats (%4)")
                       .arg(b.id)
                       .arg(b.party)
                       .arg(place.seats)
                       .arg(where);
        if (b.party < place.minParty)
            out << QStringLiteral("%1: party of %2 below %3's minimum %4")
                       .arg(b.id)
                       .arg(b.party)
                       .arg(where)
                       .arg(place.minParty);
        if (b.zoneRequired && !b.zoneWish.isEmpty() && b.held.isEmpty() && !place.meets(b.zoneWish))
            out << QStringLiteral("%1: required zone %2 but placed on %3").arg(b.id, b.zoneWish, where);
        if (!b.held.isEmpty() && sorted(b.held) != place.tables)
            out << QStringLiteral("%1: held on %2 but placed on %3")
                       .arg(b.id, b.held.join(QLatin1Char('+')), where);
        const bool moved = !b.current.isEmpty() && sorted(b.current) != place.tables;
        if (moved != a.moved)
            out << QStringLiteral("%1: moved flag %2, should be %3").arg(b.id).arg(a.moved).arg(moved);
        cost += TableAssignmentChecker::cost(p, b, a.tables);
        moves += moved ? 1 : 0;
        unusedSeats += place.seats - b.party;
        if (!b.zoneWish.isEmpty() && !place.meets(b.zoneWish))
            ++zoneMisses;
    }

    // No two overlapping bookings on one table.
    for (int i = 0; i < r.assignments.size(); ++i) {
        for (int j = i + 1; j < r.assignments.size(); ++j) {
            const TableAssignment& a = r.assignments[i];
            const TableAssignment& c = r.assignments[j];
            if (!index.contains(a.bookingId) || !index.contains(c.bookingId))
                continue;
            if (share(a.tables, c.tables) &&
                overlap(p, p.bookings[index.value(a.bookingId)], p.bookings[index.value(c.bookingId)]))
                out << QStringLiteral("%1 (%2) and %3 (%4) overlap on a table")
                           .arg(a.bookingId, a.tables.join(QLatin1Char('+')), c.bookingId,
                                c.tables.join(QLatin1Char('+')));
        }
    }

    // Every reason for leaving a booking out is true.
    const QList<Place> places = everyPlace(p);
    int leftOutForLackOfRoom = 0;
    bool heldProblem = false;
    for (const UnplacedBooking& u : r.unplaced) {
        if (!index.contains(u.bookingId))
            continue;
        const ServiceBooking& b = p.bookings[index.value(u.bookingId)];
        if (u.message.isEmpty())
            out << QStringLiteral("%1: left out without a reason").arg(b.id);
        const bool zoneOnly = b.zoneRequired && !b.zoneWish.isEmpty();
        const auto inZone = [&](const Place& place) { return !zoneOnly || place.meets(b.zoneWish); };
        bool large = false, accepts = false, open = false, openInZone = false;
        for (const Place& place : places) {
            if (place.seats < b.party)
                continue;
            large = true;
            if (b.party < place.minParty)
                continue;
            accepts = true;
            open = open || !place.blocked;
            openInZone = openInZone || (!place.blocked && inZone(place));
        }
        switch (u.reason) {
        case Reason::NoneLargeEnough:
            if (large)
                out << QStringLiteral("%1: left out as too large, but a table or join seats it").arg(b.id);
            break;
        case Reason::NoneAccepts:
            if (!large || accepts)
                out << QStringLiteral("%1: left out as too small, which is not why").arg(b.id);
            break;
        case Reason::AllBlocked:
            if (!accepts || open)
                out << QStringLiteral("%1: left out as all blocked, which is not why").arg(b.id);
            break;
        case Reason::NoneFree: {
            ++leftOutForLackOfRoom;
            if (!b.held.isEmpty())
                out << QStringLiteral("%1: held, left out for lack of room").arg(b.id);
            // No place that takes it is free at its time around the others.
            for (const Place& place : places) {
                if (place.seats < b.party || b.party < place.minParty || place.blocked || !inZone(place))
                    continue;
                bool free = true;
                for (const TableAssignment& a : r.assignments) {
                    if (index.contains(a.bookingId) && share(a.tables, place.tables) &&
                        overlap(p, b, p.bookings[index.value(a.bookingId)]))
                        free = false;
                }
                if (free)
                    out << QStringLiteral("%1: left out while %2 is free for it")
                               .arg(b.id, place.tables.join(QLatin1Char('+')));
            }
            break;
        }
        case Reason::NoneInZone:
            if (!zoneOnly || !open || openInZone)
                out << QStringLiteral("%1: left out for its zone, which is not why").arg(b.id);
            break;
        case Reason::HeldInvalid: {
            heldProblem = true;
            const Place place = placeOf(p, b.held);
            if (b.held.isEmpty() ||
                (place.known && !place.blocked && place.seats >= b.party && b.party >= place.minParty))
                out << QStringLiteral("%1: its hold is said to break a rule, but does not").arg(b.id);
            break;
        }
        case Reason::HeldClash: {
            heldProblem = true;
            bool clash = false;
            for (const ServiceBooking& other : p.bookings) {
                if (other.id != b.id && !other.held.isEmpty() && !b.held.isEmpty() &&
                    share(other.held, b.held) && overlap(p, b, other))
                    clash = true;
            }
            if (!clash)
                out << QStringLiteral("%1: its hold is said to clash, but does not").arg(b.id);
            break;
        }
        }
    }
    if (heldProblem && r.status != Status::Infeasible && r.status != Status::Cancelled)
        out << QStringLiteral("a hold cannot be kept but the status is not Infeasible");
    if (!heldProblem && r.status == Status::Infeasible)
        out << QStringLiteral("Infeasible while every hold is kept");

    // The figures add up.
    if (cost != r.cost)
        out << QStringLiteral("cost %1, recomputed %2").arg(r.cost).arg(cost);
    if (moves != r.moves || unusedSeats != r.unusedSeats || zoneMisses != r.zoneMisses)
        out << QStringLiteral("figures moves %1/%2, unused seats %3/%4, zone misses %5/%6 (said/recomputed)")
                   .arg(r.moves)
                   .arg(moves)
                   .arg(r.unusedSeats)
                   .arg(unusedSeats)
                   .arg(r.zoneMisses)
                   .arg(zoneMisses);
    const double objective = double(r.leftOutPrice) * leftOutForLackOfRoom + double(cost);
    if (std::abs(objective - r.objective) > 1e-6)
        out << QStringLiteral("objective %1, recomputed %2").arg(r.objective).arg(objective);
    if (r.bound > r.objective + 1e-6)
        out << QStringLiteral("bound %1 above the objective %2").arg(r.bound).arg(r.objective);
    // The pacing report: every quarter hour whose placed covers pass the limit, no other.
    {
        QMap<int, int> covers;
        for (const TableAssignment& a : r.assignments) {
            if (index.contains(a.bookingId)) {
                const ServiceBooking& b = p.bookings[index.value(a.bookingId)];
                covers[b.start - b.start % 15] += b.party;
            }
        }
        QMap<int, int> expected;
        if (p.pacingLimit > 0) {
            for (auto it = covers.cbegin(); it != covers.cend(); ++it) {
                if (it.value() > p.pacingLimit)
                    expected.insert(it.key(), it.value());
            }
        }
        QMap<int, int> said;
        for (const PacingExcess& e : r.pacing) {
            said.insert(e.quarter, e.covers);
            if (e.message.isEmpty() || e.limit != p.pacingLimit)
                out << QStringLiteral("pacing at %1: no words or a wrong limit").arg(e.quarter);
        }
        if (said != expected)
            out << QStringLiteral("pacing excesses %1 said, %2 recomputed")
                       .arg(said.size())
                       .arg(expected.size());
    }
    if (r.status == Status::Optimal && r.gap > 1e-9)
        out << QStringLiteral("optimal with a gap of %1").arg(r.gap);
    return out;
}

} // namespace Moulin
