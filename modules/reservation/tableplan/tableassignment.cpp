#include "reservation/tableplan/tableassignment.h"

#include "common/mip/clp.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QLoggingCategory>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <string>
#include <tuple>
#include <vector>

namespace Moulin {

namespace {

Q_LOGGING_CATEGORY(lcTablePlan, "moulin.reservation.tableplan", QtInfoMsg)

// ---------------------------------------------------------------------------
// The plan, indexed
// ---------------------------------------------------------------------------

/// A table or a declared join: what a booking sits at.
struct Spot
{
    TableSet tables; ///< sorted ids
    std::vector<int> tableIndex;
    QString label; ///< "T4", "T1+T2"
    int seats = 0;
    int minParty = 1;
    QString zone; ///< empty: the join spreads over zones
    QString room; ///< the rooms' kind; empty: the join spreads over kinds
    bool blocked = false;

    /// Whether sitting here meets the zone wish `wish` (not empty).
    bool meets(const QString& wish) const
    {
        return (!zone.isEmpty() && zone == wish) || (!room.isEmpty() && room == wish);
    }
};

struct Plan
{
    std::vector<Spot> spots; ///< the tables, then the joins
    QHash<QString, int> tableIndex;
    QHash<TableSet, int> spotOf; ///< by sorted ids
    int tableCount = 0;
};

Plan indexPlan(const TableAssignmentProblem& p)
{
    Plan plan;
    plan.tableCount = int(p.tables.size());
    for (int t = 0; t < int(p.tables.size()); ++t) {
        const FloorTable& table = p.tables[t];
        plan.tableIndex.insert(table.id, t);
        Spot s;
        s.tables = {table.id};
        s.tableIndex = {t};
        s.label = table.label.isEmpty() ? table.id : table.label;
        s.seats = table.seats;
        s.minParty = table.minParty;
        s.zone = table.zone;
        s.room = table.room;
        s.blocked = table.blocked;
        plan.spotOf.insert(s.tables, int(plan.spots.size()));
        plan.spots.push_back(s);
    }
    for (const TableJoin& join : p.joins) {
        Spot s;
        s.tables = normalisedTableSet(join.tableIds);
        if (s.tables.size() < 2 || plan.spotOf.contains(s.tables))
            continue; // inputErrors() says so
        bool known = true;
        QStringList labels;
        QSet<QString> zones, rooms;
        for (const QString& id : s.tables) {
            const auto it = plan.tableIndex.constFind(id);
            if (it == plan.tableIndex.constEnd()) {
                known = false;
                break;
            }
            const FloorTable& table = p.tables[*it];
            s.tableIndex.push_back(*it);
            labels << (table.label.isEmpty() ? table.id : table.label);
            zones.insert(table.zone);
            rooms.insert(table.room);
            s.blocked = s.blocked || table.blocked;
        }
        if (!known)
            continue;
        s.label = labels.join(QLatin1Char('+'));
        s.seats = join.seats;
        s.minParty = join.minParty;
        s.zone = zones.size() == 1 ? *zones.begin() : QString();
        s.room = rooms.size() == 1 ? *rooms.begin() : QString();
        plan.spotOf.insert(s.tables, int(plan.spots.size()));
        plan.spots.push_back(s);
    }
    return plan;
}

qint64 costAt(const TableAssignmentProblem& p, const ServiceBooking& b, const Spot& s,
              const TableSet& current)
{
    const TableAssignmentWeights& w = p.weights;
    const qint64 waste = std::max(0, s.seats - b.party);
    qint64 cost = w.unusedSeat * waste + w.unusedSeatSquared * waste * waste;
    if (!current.isEmpty() && current != s.tables)
        cost += w.move;
    if (!b.zoneWish.isEmpty() && !s.meets(b.zoneWish))
        cost += w.zoneMiss;
    cost += qint64(w.joinedTable) * (s.tables.size() - 1);
    return cost;
}

// ---------------------------------------------------------------------------
// The programme
// ---------------------------------------------------------------------------

using Programme = Mip::Programme;

struct Candidate
{
    int booking = 0;
    int spot = 0;
    qint64 cost = 0;
};

/// What the solve works on: the bookings in the model, their candidates,
/// the columns.
struct Model
{
    std::vector<int> bookings;             ///< indices into problem.bookings
    std::vector<int> start, end;           ///< per booking index: [start, end + reset)
    std::vector<std::vector<int>> options; ///< per booking index: candidate indices (by cost)
    std::vector<Candidate> candidates;     ///< column c = candidate c
    std::vector<int> leftOutColumn;        ///< per booking index (−1: not in the model)
    std::vector<char> held;                ///< per booking index
    qint64 leftOutPrice = 1;
    Programme lp;
    int cliques = 0;
};

/// The maximal sets of pairwise overlapping intervals among `members`
/// (half-open [start, end)): at each start, the bookings active then, kept
/// when an end comes before the next start.
std::vector<std::vector<int>> maximalCliques(const std::vector<int>& members, const std::vector<int>& start,
                                             const std::vector<int>& end)
{
    struct Event
    {
        int time;
        bool isStart;
        int booking;
    };
    std::vector<Event> events;
    events.reserve(members.size() * 2);
    for (int b : members) {
        events.push_back({start[b], true, b});
        events.push_back({end[b], false, b});
    }
    std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
        if (a.time != b.time)
            return a.time < b.time;
        return !a.isStart && b.isStart; // ends first: [s, e) intervals
    });
    std::vector<std::vector<int>> cliques;
    std::vector<int> active;
    bool grown = false;
    for (const Event& e : events) {
        if (e.isStart) {
            active.push_back(e.booking);
            grown = true;
        } else {
            if (grown && active.size() >= 2)
                cliques.push_back(active);
            grown = false;
            active.erase(std::find(active.begin(), active.end(), e.booking));
        }
    }
    return cliques;
}

// ---------------------------------------------------------------------------
// Greedy
// ---------------------------------------------------------------------------

/// Who sits where, per physical table, while a start is built.
class Occupancy
{
public:
    Occupancy(const Model& m, const Plan& plan)
        : m_model(m)
        , m_plan(plan)
        , m_byTable(plan.tableCount)
    {
    }

    const Spot& spotOf(int candidate) const { return m_plan.spots[m_model.candidates[candidate].spot]; }

    /// The bookings in the way of booking b on `candidate` (but `ignore`).
    std::vector<int> blockers(int b, int candidate, int ignore = -1) const
    {
        std::vector<int> out;
        for (int t : spotOf(candidate).tableIndex) {
            for (int other : m_byTable[t]) {
                if (other != ignore && m_model.start[other] < m_model.end[b] &&
                    m_model.start[b] < m_model.end[other] &&
                    std::find(out.begin(), out.end(), other) == out.end())
                    out.push_back(other);
            }
        }
        return out;
    }
    bool isFree(int b, int candidate, int ignore = -1) const
    {
        for (int t : spotOf(candidate).tableIndex) {
            for (int other : m_byTable[t]) {
                if (other != ignore && m_model.start[other] < m_model.end[b] &&
                    m_model.start[b] < m_model.end[other])
                    return false;
            }
        }
        return true;
    }
    void place(int b, int candidate)
    {
        for (int t : spotOf(candidate).tableIndex)
            m_byTable[t].push_back(b);
    }
    void remove(int b, int candidate)
    {
        for (int t : spotOf(candidate).tableIndex)
            m_byTable[t].erase(std::find(m_byTable[t].begin(), m_byTable[t].end(), b));
    }

private:
    const Model& m_model;
    const Plan& m_plan;
    std::vector<std::vector<int>> m_byTable;
};

enum class GreedyOrder
{
    Arrival,   ///< by start (largest parties first among equals)
    Departure, ///< by end: the interval-scheduling order, most placed on like tables
    Size,      ///< largest parties first
};

/// The held ones first, then in `order`, each on its cheapest spot free
/// over its time, around the ones `chosen` already places; then each one
/// left out tries to get in by moving one booking in its way elsewhere.
/// Returns the chosen candidate per booking index (−1: left out).
std::vector<int> greedy(const Model& m, const Plan& plan, const TableAssignmentProblem& p,
                        GreedyOrder order = GreedyOrder::Arrival, std::vector<int> chosen = {})
{
    const int n = int(p.bookings.size());
    if (chosen.empty())
        chosen.assign(n, -1);
    Occupancy seats(m, plan);
    for (int b : m.bookings) {
        if (chosen[b] >= 0)
            seats.place(b, chosen[b]);
    }
    std::vector<int> sequence = m.bookings;
    std::stable_sort(sequence.begin(), sequence.end(), [&](int a, int b) {
        if (m.held[a] != m.held[b])
            return m.held[a] > m.held[b];
        const int partyA = p.bookings[a].party, partyB = p.bookings[b].party;
        switch (order) {
        case GreedyOrder::Arrival:
            return std::tie(m.start[a], partyB) < std::tie(m.start[b], partyA);
        case GreedyOrder::Departure:
            return std::tie(m.end[a], partyB) < std::tie(m.end[b], partyA);
        case GreedyOrder::Size:
            return std::tie(partyB, m.start[a]) < std::tie(partyA, m.start[b]);
        }
        return false;
    });
    for (int b : sequence) {
        if (chosen[b] >= 0)
            continue;
        for (int c : m.options[b]) {
            if (seats.isFree(b, c)) {
                seats.place(b, c);
                chosen[b] = c;
                break;
            }
        }
    }
    // One booking in the way moves elsewhere to make room.
    for (int pass = 0; pass < 3; ++pass) {
        bool moved = false;
        for (int b : sequence) {
            if (chosen[b] >= 0)
                continue;
            for (int c : m.options[b]) {
                const std::vector<int> way = seats.blockers(b, c);
                if (way.size() != 1 || m.held[way.front()])
                    continue;
                const int d = way.front();
                seats.remove(d, chosen[d]);
                seats.place(b, c);
                int to = -1;
                for (int e : m.options[d]) {
                    if (e != chosen[d] && seats.isFree(d, e)) {
                        to = e;
                        break;
                    }
                }
                if (to < 0) {
                    seats.remove(b, c);
                    seats.place(d, chosen[d]);
                    continue;
                }
                seats.place(d, to);
                chosen[d] = to;
                chosen[b] = c;
                moved = true;
                break;
            }
        }
        if (!moved)
            break;
    }
    return chosen;
}

/// The best of the greedy orders: the most placed, then the cheapest.
std::vector<int> bestGreedy(const Model& m, const Plan& plan, const TableAssignmentProblem& p)
{
    std::vector<int> best;
    std::pair<int, qint64> bestScore{-1, 0};
    for (GreedyOrder order : {GreedyOrder::Arrival, GreedyOrder::Departure, GreedyOrder::Size}) {
        const std::vector<int> chosen = greedy(m, plan, p, order);
        int placed = 0;
        qint64 cost = 0;
        for (int b : m.bookings) {
            if (chosen[b] >= 0) {
                ++placed;
                cost += m.candidates[chosen[b]].cost;
            }
        }
        if (placed > bestScore.first || (placed == bestScore.first && cost < bestScore.second)) {
            bestScore = {placed, cost};
            best = chosen;
        }
    }
    return best;
}

// ---------------------------------------------------------------------------
// CBC
// ---------------------------------------------------------------------------

struct SolveState
{
    const std::atomic_bool* cancel = nullptr;
    TableAssignmentSolver::ProgressCallback progress;
    QElapsedTimer clock;
    double lastReport = -1;
    double firstSolution = -1;
    /// Phase 1 counts bookings left out (reported × scale); phase 2 prices
    /// the placements (reported + offset, the left-out count's price).
    bool counting = true;
    double scale = 1;
    double offset = 0;
    /// Counting: the placement costs' share of the objective stays below
    /// this, so the count is proven once it reaches ⌈bound − share⌉.
    double costShare = 0;
};

/// The fewest bookings left out that a counting bound allows.
double countBound(double bound, double costShare)
{
    return std::max(0.0, std::ceil(bound - costShare - 1e-6));
}

struct CbcOutcome
{
    std::vector<double> solution; // empty: none
    double bound = -1e300;
    bool provenOptimal = false;
    bool cancelled = false;
};

CbcOutcome runCbc(const Programme& lp, const std::vector<double>& start, double seconds, double absoluteGap,
                  int threads, SolveState& state)
{
    Mip::Options options;
    options.seconds = seconds;
    options.absoluteGap = absoluteGap;
    options.threads = threads;
    // CBC's log on stdout with QT_LOGGING_RULES="moulin.reservation.tableplan.debug=true".
    options.verbose = lcTablePlan().isDebugEnabled();
    const Mip::Outcome run =
        Mip::solve(lp, start, options, state.cancel, state.clock, [&state](const Mip::Snapshot& s) {
            if (state.counting && s.hasIncumbent &&
                std::floor(s.incumbent + 1e-6) <= countBound(s.bound, state.costShare))
                return false; // the count is proven: the cost is the next solve's
            if (state.progress &&
                (s.elapsedSeconds - state.lastReport >= 0.2 || s.event != Mip::Snapshot::Event::Other)) {
                state.lastReport = s.elapsedSeconds;
                TableAssignmentProgress p;
                p.elapsedSeconds = s.elapsedSeconds;
                p.hasIncumbent = s.hasIncumbent;
                if (state.counting) {
                    // Bookings left out × their price; the cost is not known yet.
                    p.incumbent = std::floor(s.incumbent + 1e-6) * state.scale;
                    p.bound = countBound(s.bound, state.costShare) * state.scale;
                } else {
                    p.incumbent = s.incumbent + state.offset;
                    p.bound = std::ceil(s.bound - 1e-6) + state.offset;
                }
                p.bound = std::min(p.bound, p.incumbent);
                p.gap = !p.hasIncumbent || state.counting
                            ? 1.0 // no bound on the cost yet
                            : std::max(0.0, s.incumbent - s.bound) / std::max(1.0, std::abs(s.incumbent));
                state.progress(p);
            }
            return true;
        });
    if (state.firstSolution < 0)
        state.firstSolution = run.firstSolution;
    CbcOutcome out;
    out.cancelled = run.cancelled;
    out.solution = run.solution;
    out.provenOptimal = run.provenOptimal;
    out.bound = run.bound;
    return out;
}

// The reasons name the party's size in seats; one seat and several are two
// strings (not %n: the English text is the source, without plural forms).
QString seatsReason(UnplacedBooking::Reason reason, int party, int start)
{
    const bool one = party == 1;
    const QString n = QString::number(party);
    switch (reason) {
    case UnplacedBooking::Reason::NoneLargeEnough:
        return one ? TableAssignmentSolver::tr("No table or join of 1 seat in the plan")
                   : TableAssignmentSolver::tr("No table or join of %1 seats in the plan").arg(n);
    case UnplacedBooking::Reason::NoneAccepts:
        return one ? TableAssignmentSolver::tr("The tables and joins take parties larger than 1")
                   : TableAssignmentSolver::tr("The tables and joins of %1 seats or more take larger parties")
                         .arg(n);
    case UnplacedBooking::Reason::AllBlocked:
        return one ? TableAssignmentSolver::tr("Every table or join of 1 seat or more is blocked")
                   : TableAssignmentSolver::tr("Every table or join of %1 seats or more is blocked").arg(n);
    case UnplacedBooking::Reason::NoneFree:
        return one ? TableAssignmentSolver::tr("No free table or join of 1 seat at %1")
                         .arg(TableAssignmentSolver::timeOfDay(start))
                   : TableAssignmentSolver::tr("No free table or join of %1 seats at %2")
                         .arg(n, TableAssignmentSolver::timeOfDay(start));
    default:
        return {};
    }
}

// A required zone wish: none in the zone at all (`start` < 0), or none free there then.
QString zoneReason(int party, const QString& zone, int start)
{
    const bool one = party == 1;
    const QString n = QString::number(party);
    if (start < 0)
        return one ? TableAssignmentSolver::tr(
                         "No open table or join of 1 seat in the zone « %1 » (required)")
                         .arg(zone)
                   : TableAssignmentSolver::tr(
                         "No open table or join of %1 seats in the zone « %2 » (required)")
                         .arg(n, zone);
    return one ? TableAssignmentSolver::tr(
                     "No free table or join of 1 seat in the zone « %1 » at %2 (required)")
                     .arg(zone, TableAssignmentSolver::timeOfDay(start))
               : TableAssignmentSolver::tr(
                     "No free table or join of %1 seats in the zone « %2 » at %3 (required)")
                     .arg(n, zone, TableAssignmentSolver::timeOfDay(start));
}

} // namespace

// ---------------------------------------------------------------------------

TableSet normalisedTableSet(TableSet tables)
{
    std::sort(tables.begin(), tables.end());
    tables.erase(std::unique(tables.begin(), tables.end()), tables.end());
    return tables;
}

int TurnTimeRule::minutesFor(int party) const
{
    if (minutesByParty.isEmpty())
        return 90;
    auto it = minutesByParty.upperBound(party);
    if (it == minutesByParty.constBegin())
        return it.value();
    return std::prev(it).value();
}

int TableAssignmentProblem::durationOf(const ServiceBooking& booking) const
{
    return booking.durationMinutes > 0 ? booking.durationMinutes : turnTimes.minutesFor(booking.party);
}

qint64 TableAssignmentProblem::placementCost(const ServiceBooking& booking, const TableSet& at) const
{
    const Plan plan = indexPlan(*this);
    const auto it = plan.spotOf.constFind(normalisedTableSet(at));
    if (it == plan.spotOf.constEnd())
        return -1;
    return costAt(*this, booking, plan.spots[*it], normalisedTableSet(booking.current));
}

QStringList TableAssignmentProblem::inputErrors() const
{
    QStringList errors;
    QSet<QString> ids;
    for (const FloorTable& t : tables) {
        if (t.id.isEmpty())
            errors << TableAssignmentSolver::tr("A table has no id");
        else if (ids.contains(t.id))
            errors << TableAssignmentSolver::tr("Two tables have the id %1").arg(t.id);
        ids.insert(t.id);
    }
    QSet<TableSet> joined;
    for (const TableJoin& j : joins) {
        const TableSet set = normalisedTableSet(j.tableIds);
        const QString name = j.tableIds.join(QLatin1Char('+'));
        if (set.size() < 2)
            errors << TableAssignmentSolver::tr("The join %1 has fewer than two tables").arg(name);
        for (const QString& id : set) {
            if (!ids.contains(id)) {
                errors << TableAssignmentSolver::tr("The join %1 names the table %2, not in the plan")
                              .arg(name, id);
                break;
            }
        }
        if (joined.contains(set))
            errors << TableAssignmentSolver::tr("The join %1 is declared twice").arg(name);
        joined.insert(set);
    }
    QSet<QString> bookingIds;
    for (const ServiceBooking& b : bookings) {
        if (bookingIds.contains(b.id))
            errors << TableAssignmentSolver::tr("Two bookings have the id %1").arg(b.id);
        bookingIds.insert(b.id);
        if (b.party <= 0)
            errors << TableAssignmentSolver::tr("The booking %1 has no guests").arg(b.id);
        if (durationOf(b) <= 0)
            errors << TableAssignmentSolver::tr("The booking %1 lasts no time").arg(b.id);
    }
    return errors;
}

TableSet TableAssignmentResult::tablesOf(const QString& bookingId) const
{
    for (const TableAssignment& a : assignments) {
        if (a.bookingId == bookingId)
            return a.tables;
    }
    return {};
}

const UnplacedBooking* TableAssignmentResult::unplacedOf(const QString& bookingId) const
{
    for (const UnplacedBooking& u : unplaced) {
        if (u.bookingId == bookingId)
            return &u;
    }
    return nullptr;
}

QString TableAssignmentResult::summary() const
{
    QString text;
    switch (status) {
    case Status::Optimal:
        text = TableAssignmentSolver::tr("Optimal assignment.");
        break;
    case Status::Feasible:
        text = TableAssignmentSolver::tr("Assignment within %1 % of the best possible.")
                   .arg(QLocale().toString(gap * 100, 'f', 1));
        break;
    case Status::Infeasible:
        text = TableAssignmentSolver::tr("The held tables cannot all be kept.");
        break;
    case Status::Cancelled:
        text = TableAssignmentSolver::tr("Assignment stopped: the best one found so far.");
        break;
    case Status::Invalid:
        return TableAssignmentSolver::tr("The table plan or the bookings are inconsistent: %1")
            .arg(errors.join(QStringLiteral("; ")));
    }
    if (!unplaced.isEmpty())
        text += QLatin1Char(' ') +
                TableAssignmentSolver::tr("%n booking(s) not placed.", nullptr, int(unplaced.size()));
    return text;
}

QString TableAssignmentSolver::timeOfDay(int minutes)
{
    const int m = ((minutes % 1440) + 1440) % 1440;
    if (m % 60 == 0)
        return tr("%1:00", "time of day on the hour").arg(m / 60);
    return tr("%1:%2", "time of day, hours and minutes").arg(m / 60).arg(m % 60, 2, 10, QLatin1Char('0'));
}

QList<PacingExcess> TableAssignmentSolver::pacingExcess(const TableAssignmentProblem& problem,
                                                        const QList<TableAssignment>& assignments)
{
    QList<PacingExcess> out;
    if (problem.pacingLimit <= 0)
        return out;
    QHash<QString, const ServiceBooking*> byId;
    for (const ServiceBooking& b : problem.bookings)
        byId.insert(b.id, &b);
    QMap<int, int> covers; // quarter → covers
    for (const TableAssignment& a : assignments) {
        if (const ServiceBooking* b = byId.value(a.bookingId))
            covers[b->start / 15] += b->party;
    }
    for (auto it = covers.cbegin(); it != covers.cend(); ++it) {
        if (it.value() <= problem.pacingLimit)
            continue;
        PacingExcess e;
        e.quarter = it.key() * 15;
        e.covers = it.value();
        e.limit = problem.pacingLimit;
        e.message = tr("Pacing: %1 covers start between %2 and %3 (at most %4 per quarter hour)")
                        .arg(e.covers)
                        .arg(timeOfDay(e.quarter), timeOfDay(e.quarter + 15))
                        .arg(e.limit);
        out << e;
    }
    return out;
}

TableAssignmentResult TableAssignmentSolver::solve(const TableAssignmentProblem& problem,
                                                   const TableAssignmentOptions& options,
                                                   const std::atomic_bool* cancel,
                                                   const ProgressCallback& progress)
{
    SolveState state;
    state.clock.start();
    state.cancel = cancel;
    state.progress = progress;

    TableAssignmentResult result;
    result.errors = problem.inputErrors();
    if (!result.errors.isEmpty()) {
        result.status = TableAssignmentResult::Status::Invalid;
        return result;
    }

    const Plan plan = indexPlan(problem);
    const int n = int(problem.bookings.size());
    Model m;
    m.start.resize(n);
    m.end.resize(n);
    m.options.resize(n);
    m.leftOutColumn.assign(n, -1);
    m.held.assign(n, 0);
    std::vector<TableSet> current(n);
    bool heldBroken = false;

    // Candidates: the seats, minimum party and blocked filters; a held
    // booking has its held spot only (or is out, with why).
    for (int b = 0; b < n; ++b) {
        const ServiceBooking& booking = problem.bookings[b];
        m.start[b] = booking.start;
        m.end[b] = problem.occupiedUntil(booking);
        current[b] = normalisedTableSet(booking.current);
        auto leaveOut = [&](UnplacedBooking::Reason reason, const QString& message) {
            result.unplaced.append({booking.id, reason, message});
        };
        if (!booking.held.isEmpty()) {
            const TableSet held = normalisedTableSet(booking.held);
            const auto it = plan.spotOf.constFind(held);
            const QString name = held.join(QLatin1Char('+'));
            QString why;
            if (it == plan.spotOf.constEnd()) {
                why = tr("Held on %1, which is not in the plan").arg(name);
            } else {
                const Spot& s = plan.spots[*it];
                if (s.blocked)
                    why = tr("Held on %1, which is blocked").arg(s.label);
                else if (s.seats < booking.party)
                    why = tr("Held on %1, which has %2 seats for a party of %3")
                              .arg(s.label)
                              .arg(s.seats)
                              .arg(booking.party);
                else if (booking.party < s.minParty)
                    why = tr("Held on %1, which takes parties of %2 or more").arg(s.label).arg(s.minParty);
            }
            if (!why.isEmpty()) {
                heldBroken = true;
                leaveOut(UnplacedBooking::Reason::HeldInvalid, why);
                continue;
            }
            m.held[b] = 1;
            m.options[b].push_back(int(m.candidates.size()));
            m.candidates.push_back({b, *it, costAt(problem, booking, plan.spots[*it], current[b])});
            continue;
        }
        const bool zoneOnly = booking.zoneRequired && !booking.zoneWish.isEmpty();
        bool large = false, accepts = false, open = false;
        for (int s = 0; s < int(plan.spots.size()); ++s) {
            const Spot& spot = plan.spots[s];
            if (spot.seats < booking.party)
                continue;
            large = true;
            if (booking.party < spot.minParty)
                continue;
            accepts = true;
            if (spot.blocked)
                continue;
            open = true;
            if (zoneOnly && !spot.meets(booking.zoneWish))
                continue;
            m.options[b].push_back(int(m.candidates.size()));
            m.candidates.push_back({b, s, costAt(problem, booking, spot, current[b])});
        }
        if (m.options[b].empty()) {
            const auto reason = !large     ? UnplacedBooking::Reason::NoneLargeEnough
                                : !accepts ? UnplacedBooking::Reason::NoneAccepts
                                : !open    ? UnplacedBooking::Reason::AllBlocked
                                           : UnplacedBooking::Reason::NoneInZone;
            leaveOut(reason, reason == UnplacedBooking::Reason::NoneInZone
                                 ? zoneReason(booking.party, booking.zoneWish, -1)
                                 : seatsReason(reason, booking.party, booking.start));
        }
    }

    // Held bookings whose held tables overlap in time: neither can be kept.
    std::vector<char> clash(n, 0);
    for (int a = 0; a < n; ++a) {
        if (!m.held[a])
            continue;
        for (int b = a + 1; b < n; ++b) {
            if (!m.held[b] || !(m.start[a] < m.end[b] && m.start[b] < m.end[a]))
                continue;
            const Spot& sa = plan.spots[m.candidates[m.options[a].front()].spot];
            const Spot& sb = plan.spots[m.candidates[m.options[b].front()].spot];
            for (int t : sa.tableIndex) {
                if (std::find(sb.tableIndex.begin(), sb.tableIndex.end(), t) != sb.tableIndex.end()) {
                    clash[a] = clash[b] = 1;
                    break;
                }
            }
        }
    }
    for (int b = 0; b < n; ++b) {
        if (!clash[b])
            continue;
        heldBroken = true;
        const Spot& s = plan.spots[m.candidates[m.options[b].front()].spot];
        result.unplaced.append(
            {problem.bookings[b].id, UnplacedBooking::Reason::HeldClash,
             tr("Held on %1, also held for another booking at %2").arg(s.label, timeOfDay(m.start[b]))});
        m.options[b].clear();
        m.held[b] = 0;
    }

    // A join is no better than one of its own tables that takes the booking
    // at no higher cost (sitting there instead frees the other tables):
    // such joins are dropped. Then the candidates by cost (the greedy's
    // order), and the bookings in the model.
    {
        std::vector<Candidate> kept;
        std::vector<int> renumber(m.candidates.size(), -1);
        for (int b = 0; b < n; ++b) {
            for (int c : m.options[b]) {
                const Candidate& cand = m.candidates[c];
                const Spot& s = plan.spots[cand.spot];
                bool dominated = false;
                for (int d : m.options[b]) {
                    const Spot& inside = plan.spots[m.candidates[d].spot];
                    if (d != c && m.candidates[d].cost <= cand.cost &&
                        inside.tableIndex.size() < s.tableIndex.size() &&
                        std::all_of(inside.tableIndex.begin(), inside.tableIndex.end(), [&](int t) {
                            return std::find(s.tableIndex.begin(), s.tableIndex.end(), t) !=
                                   s.tableIndex.end();
                        }))
                        dominated = true;
                }
                if (dominated)
                    continue;
                renumber[c] = int(kept.size());
                kept.push_back(cand);
            }
        }
        for (int b = 0; b < n; ++b) {
            std::vector<int> left;
            for (int c : m.options[b]) {
                if (renumber[c] >= 0)
                    left.push_back(renumber[c]);
            }
            m.options[b] = left;
        }
        m.candidates = kept;
    }
    for (int b = 0; b < n; ++b) {
        std::stable_sort(m.options[b].begin(), m.options[b].end(),
                         [&](int x, int y) { return m.candidates[x].cost < m.candidates[y].cost; });
        if (!m.options[b].empty())
            m.bookings.push_back(b);
    }

    // Columns: the candidates, then a "left out" column per booking priced
    // above any placement cost (so placing comes first).
    qint64 price = 1;
    for (int b : m.bookings)
        price += m.candidates[m.options[b].back()].cost;
    m.leftOutPrice = price;
    for (int c = 0; c < int(m.candidates.size()); ++c) {
        const bool held = m.held[m.candidates[c].booking];
        m.lp.addColumn(held ? 1.0 : 0.0, 1.0, double(m.candidates[c].cost), true);
    }
    for (int b : m.bookings)
        m.leftOutColumn[b] = m.lp.addColumn(0.0, m.held[b] ? 0.0 : 1.0, double(price), true);

    // Rows: each booking placed once or left out; per table, per maximal
    // clique of overlapping bookings that could sit there, at most one.
    for (int b : m.bookings) {
        std::vector<int> cols = m.options[b];
        cols.push_back(m.leftOutColumn[b]);
        m.lp.addRow(cols, 1.0, 1.0);
    }
    {
        std::vector<std::vector<int>> usersOf(plan.tableCount); // bookings with a candidate on the table
        for (int b : m.bookings) {
            for (int c : m.options[b]) {
                for (int t : plan.spots[m.candidates[c].spot].tableIndex) {
                    if (usersOf[t].empty() || usersOf[t].back() != b)
                        usersOf[t].push_back(b);
                }
            }
        }
        for (int t = 0; t < plan.tableCount; ++t) {
            const auto cliques = maximalCliques(usersOf[t], m.start, m.end);
            for (const std::vector<int>& clique : cliques) {
                std::vector<int> cols;
                for (int b : clique) {
                    for (int c : m.options[b]) {
                        const auto& tables = plan.spots[m.candidates[c].spot].tableIndex;
                        if (std::find(tables.begin(), tables.end(), t) != tables.end())
                            cols.push_back(c);
                    }
                }
                m.lp.addRow(cols, 0.0, 1.0);
                ++m.cliques;
            }
        }
    }
    result.size.rows = m.lp.rows();
    result.size.columns = m.lp.columns();
    result.size.nonzeros = int(m.lp.element.size());
    result.size.candidates = int(m.candidates.size());
    result.size.cliques = m.cliques;
    result.leftOutPrice = price;

    // The greedy assignment: CBC's first incumbent.
    const std::vector<int> greedyChoice = bestGreedy(m, plan, problem);
    std::vector<double> start(m.lp.columns(), 0.0);
    for (int b : m.bookings) {
        if (greedyChoice[b] >= 0)
            start[greedyChoice[b]] = 1.0;
        else
            start[m.leftOutColumn[b]] = 1.0;
    }
    for (int b : m.bookings) {
        if (greedyChoice[b] >= 0) {
            ++result.greedyPlaced;
            result.greedyCost += m.candidates[greedyChoice[b]].cost;
        }
    }
    result.greedySeconds = state.clock.nsecsElapsed() / 1e9;
    qCDebug(lcTablePlan, "model %d rows, %d columns, %d nonzeros; greedy places %d of %d at cost %lld",
            result.size.rows, result.size.columns, result.size.nonzeros, result.greedyPlaced,
            int(m.bookings.size()), result.greedyCost);

    // Lexicographic, in two solves. First the fewest bookings left out:
    // a count, so the LP bound rounds up and usually proves the greedy's or
    // CBC's first count at the root. Then, that count kept, the cheapest
    // placements.
    const int candidateColumns = int(m.candidates.size());
    auto leftOutCount = [&](const std::vector<double>& v) {
        int k = 0;
        for (int c = candidateColumns; c < int(v.size()); ++c)
            k += v[c] > 0.5 ? 1 : 0;
        return k;
    };
    auto placementCostOf = [&](const std::vector<double>& v) {
        double sum = 0;
        for (int c = 0; c < candidateColumns; ++c)
            sum += m.lp.cost[c] * v[c];
        return sum;
    };
    std::vector<double> x = start;
    // A lower bound on the objective (price × left out + cost): any
    // assignment costs at least nothing.
    double bound = 0;
    bool countProven = m.bookings.empty() || leftOutCount(start) == 0;
    bool proven = m.bookings.empty();
    bool cancelled = cancel && cancel->load();
    auto remaining = [&] { return options.timeLimitSeconds - state.clock.nsecsElapsed() / 1e9; };
    if (!countProven && !cancelled) {
        // Each booking left out counts 1; the placements cost a little (at
        // most kCostShare in all), which steers the LP and CBC's dives to
        // cheap, whole assignments without blurring the count. A third of
        // the time at most: when the count does not settle at once, the
        // second solve (the left-out price then in its objective) goes on.
        constexpr double kCostShare = 0.05;
        Programme counting = m.lp;
        for (int c = 0; c < counting.columns(); ++c)
            counting.cost[c] = c < candidateColumns ? kCostShare * m.lp.cost[c] / double(price) : 1.0;
        state.counting = true;
        state.costShare = kCostShare;
        state.scale = double(price);
        state.offset = 0;
        const CbcOutcome cbc = runCbc(counting, options.greedyStart ? start : std::vector<double>{},
                                      remaining() / 3, 0.0, options.threads, state);
        cancelled = cbc.cancelled;
        if (!cbc.solution.empty() && leftOutCount(cbc.solution) <= leftOutCount(x))
            x = cbc.solution;
        if (!cancelled) {
            const double fewest = countBound(cbc.bound, kCostShare);
            bound = double(price) * std::min<double>(fewest, leftOutCount(x));
            countProven = fewest >= leftOutCount(x);
        }
        qCDebug(lcTablePlan, "left out: %d, bound %.0f%s at %.3f s", leftOutCount(x), bound / double(price),
                countProven ? " (proven)" : "", state.clock.nsecsElapsed() / 1e9);
    }
    if (!m.bookings.empty() && !cancelled && remaining() > 0) {
        // The cost, with no more left out than that; each still at the
        // left-out price unless that count is proven the fewest.
        const int k = leftOutCount(x);
        Programme pricing = m.lp;
        std::vector<int> leftOutColumns;
        for (int c = candidateColumns; c < pricing.columns(); ++c) {
            leftOutColumns.push_back(c);
            if (countProven)
                pricing.cost[c] = 0.0;
        }
        pricing.addRow(leftOutColumns, 0.0, double(k));
        // The cheaper of the greedy and the count's assignment, if it has that count.
        std::vector<double> from = x;
        if (leftOutCount(start) == k && placementCostOf(start) < placementCostOf(x))
            from = start;
        state.counting = false;
        state.scale = 1;
        state.offset = countProven ? double(price) * k : 0.0;
        const CbcOutcome cbc =
            runCbc(pricing, options.greedyStart || !countProven ? from : std::vector<double>{}, remaining(),
                   options.relativeGap * std::max(1.0, placementCostOf(from)), options.threads, state);
        cancelled = cbc.cancelled;
        x = from;
        if (!cbc.solution.empty() &&
            Mip::objectiveOf(pricing, cbc.solution) <= Mip::objectiveOf(pricing, from) + 1e-6)
            x = cbc.solution;
        if (!cancelled) {
            // At most k left out: the better assignments are all there.
            bound = std::max(bound, state.offset + std::ceil(cbc.bound - 1e-6));
            proven = cbc.provenOptimal && options.relativeGap <= 0;
        }
    }
    result.firstSolutionSeconds = state.firstSolution;

    // The assignment; a booking left out that still fits somewhere as it is
    // (CBC stopped early) goes there.
    std::vector<int> chosen(n, -1);
    for (int b : m.bookings) {
        for (int c : m.options[b]) {
            if (x[c] > 0.5)
                chosen[b] = c;
        }
    }
    chosen = greedy(m, plan, problem, GreedyOrder::Arrival, chosen);

    // In the problem's booking order.
    int leftOut = 0;
    for (int b = 0; b < n; ++b) {
        if (m.leftOutColumn[b] < 0)
            continue;
        const int taken = chosen[b];
        const ServiceBooking& booking = problem.bookings[b];
        if (taken < 0) {
            ++leftOut;
            result.unplaced.append(
                {booking.id, UnplacedBooking::Reason::NoneFree,
                 booking.zoneRequired && !booking.zoneWish.isEmpty()
                     ? zoneReason(booking.party, booking.zoneWish, booking.start)
                     : seatsReason(UnplacedBooking::Reason::NoneFree, booking.party, booking.start)});
            continue;
        }
        const Spot& s = plan.spots[m.candidates[taken].spot];
        TableAssignment a;
        a.bookingId = booking.id;
        a.tables = s.tables;
        a.moved = !current[b].isEmpty() && current[b] != s.tables;
        result.assignments.append(a);
        result.cost += m.candidates[taken].cost;
        result.moves += a.moved ? 1 : 0;
        result.unusedSeats += s.seats - booking.party;
        if (!booking.zoneWish.isEmpty() && !s.meets(booking.zoneWish))
            ++result.zoneMisses;
    }
    // The unplaced in the problem's booking order too.
    {
        QHash<QString, int> order;
        for (int b = 0; b < n; ++b)
            order.insert(problem.bookings[b].id, b);
        std::stable_sort(result.unplaced.begin(), result.unplaced.end(),
                         [&](const UnplacedBooking& a, const UnplacedBooking& b) {
                             return order.value(a.bookingId) < order.value(b.bookingId);
                         });
    }

    result.pacing = pacingExcess(problem, result.assignments);

    result.objective = double(price) * leftOut + double(result.cost);
    // The fill above may only have placed more: the bound holds. A
    // placement costs less than the left-out price, so a bound above
    // price × (left out − 1) + price − 1 proves no assignment places more.
    result.bound = proven ? result.objective : std::min(result.objective, bound);
    result.placementProven = result.bound > double(price) * leftOut - 1.0 + 1e-6;
    result.gap = std::max(0.0, result.objective - result.bound) / std::max<double>(1.0, double(result.cost));
    if (cancelled)
        result.status = TableAssignmentResult::Status::Cancelled;
    else if (heldBroken)
        result.status = TableAssignmentResult::Status::Infeasible;
    else if (result.gap < 1e-9)
        result.status = TableAssignmentResult::Status::Optimal;
    else
        result.status = TableAssignmentResult::Status::Feasible;
    result.seconds = state.clock.nsecsElapsed() / 1e9;
    return result;
}

// ---------------------------------------------------------------------------

TableAssignmentJob::TableAssignmentJob(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<Moulin::TableAssignmentProgress>();
    qRegisterMetaType<Moulin::TableAssignmentResult>();
}

TableAssignmentJob::~TableAssignmentJob()
{
    cancel();
    waitForFinished();
}

bool TableAssignmentJob::start(const TableAssignmentProblem& problem, const TableAssignmentOptions& options)
{
    if (isRunning())
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto flag = m_cancel;
    // The destructor cancels and waits: `this` outlives the run.
    m_future = QtConcurrent::run([this, problem, options, flag] {
        auto report = [this](const TableAssignmentProgress& p) {
            QMetaObject::invokeMethod(
                this, [this, p] { Q_EMIT progressed(p); }, Qt::QueuedConnection);
        };
        const TableAssignmentResult result =
            TableAssignmentSolver::solve(problem, options, flag.get(), report);
        QMetaObject::invokeMethod(
            this, [this, result] { Q_EMIT finished(result); }, Qt::QueuedConnection);
    });
    return true;
}

bool TableAssignmentJob::isRunning() const
{
    return m_future.isRunning();
}

void TableAssignmentJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void TableAssignmentJob::waitForFinished()
{
    m_future.waitForFinished();
}

} // namespace Moulin
