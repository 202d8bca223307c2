#pragma once

// The whole-service table assignment: every booking of a service on a table
// or a join of tables, as a mixed-integer programme solved by CBC. Widget-free;
// a blocking call meant for a worker thread (TableAssignmentSolver::solve, or
// TableAssignmentJob which runs it on the thread pool and reports through
// signals), with a time limit, progress (incumbent, bound, gap, elapsed) and a
// cancel flag.
//
// The hard rules. A booking sits at one table or one declared join (a join
// occupies every one of its tables); its seats are at least the party and
// the party at least its minimum; blocked tables (and the joins using them)
// are not used; two bookings whose times overlap (with the reset time
// between them) never share a physical table; a held booking stays on the
// table or join it is held on; a required zone wish (ServiceBooking::
// zoneRequired) keeps the booking to its zone's tables and joins (a wish
// names a table's zone or its room's kind). A booking that cannot be
// placed is left out with the reason in words.
//
// The pacing (covers starting per quarter hour) is not a constraint: the
// bookings' times are given and accepted bookings are neither moved in
// time nor left without a table for it. The result lists the quarter hours
// past it (TableAssignmentResult::pacing); the host's own seatings and moves
// are held to it (ServiceSeating::canSeat).
//
// The objective, lexicographic: place as many bookings as possible, then
// minimise the unused seats (linear, plus a square term that keeps the
// largest tables for the largest parties), the moves of bookings already
// assigned, the zone wishes missed and the tables joined.
//
// The model. One binary column per candidate (booking, table or join) left
// after the seats, minimum party, blocked and held filters (a join is
// dropped for a booking when one of its own tables takes it at no higher
// cost), and a "left out" column per booking. No time grid: for each
// physical table, one clique row per maximal set of bookings whose times
// overlap (the interval graph's maximal cliques, found at the starts) says
// at most one of them sits there. A greedy assignment (the best of three
// orders, each booking left out then trying to get in by moving one in its
// way) is CBC's first incumbent.
//
// The solve is lexicographic, in two CBC runs: first the fewest bookings
// left out (a count, whose LP bound rounds up: it usually settles at the
// root), then, that count kept, the cheapest placements. When the count
// does not settle within a third of the time, the second run prices each
// booking left out above any placement cost and goes on.
//
// Bookings already seated are passed as held on their table.

#include <QCoreApplication>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace Moulin {

struct FloorTable
{
    QString id;
    QString label; ///< "T12"; the id when empty
    int seats = 0;
    int minParty = 1;
    QString zone; ///< "salle", "terrasse", "fenêtre"…
    bool blocked = false;
    /// The kind of its room ("salle", "terrasse", "salon"; empty: not
    /// known): a zone wish is met by the table's zone or its room's kind.
    QString room;
};

/// Tables that may be joined, and the seats of the join (usually fewer than
/// the tables' sum: the sides that touch lose theirs).
struct TableJoin
{
    QStringList tableIds;
    int seats = 0;
    int minParty = 1;
};

/// Where a booking sits: one table id, or a join's table ids (any order).
using TableSet = QStringList;

/// The table ids sorted: how sets are compared.
TableSet normalisedTableSet(TableSet tables);

struct ServiceBooking
{
    QString id;
    int party = 2;
    int start = 0;             ///< minutes from the service day's midnight (may pass 24 h)
    int durationMinutes = 0;   ///< 0: the turn-time rule's
    QString zoneWish;          ///< empty: none
    TableSet held;             ///< the host's fixed table or join; empty: none
    TableSet current;          ///< already assigned here; empty: not yet
    bool zoneRequired = false; ///< the wish is a must: its zone's tables (and joins within it) only
};

/// How long a party keeps its table: the entry of the largest party size at
/// most the party (the smallest entry below it).
struct TurnTimeRule
{
    QMap<int, int> minutesByParty{{1, 90}, {2, 90}, {4, 105}, {6, 135}, {8, 150}, {10, 165}};
    int minutesFor(int party) const;
};

/// The secondary objective's weights (placing a booking always comes first).
struct TableAssignmentWeights
{
    int unusedSeat = 10;       ///< per seat left empty
    int unusedSeatSquared = 2; ///< per (seats left empty)²: the largest tables for the largest parties
    int move = 40;             ///< per booking already assigned moved elsewhere
    int zoneMiss = 60;         ///< per zone wish not met
    int joinedTable = 3;       ///< per table joined beyond the first
};

struct TableAssignmentProblem
{
    QList<FloorTable> tables;
    QList<TableJoin> joins;
    QList<ServiceBooking> bookings;
    TurnTimeRule turnTimes;
    TableAssignmentWeights weights;
    int resetMinutes = 0; ///< a table is free again this long after a booking leaves
    /// Covers seated per quarter hour (0: no limit): not a constraint (the
    /// times are given) but reported, see TableAssignmentResult::pacing.
    int pacingLimit = 0;

    int durationOf(const ServiceBooking& booking) const;
    /// [start, start + duration + reset): two bookings on one table may not overlap there.
    int occupiedUntil(const ServiceBooking& booking) const
    {
        return booking.start + durationOf(booking) + resetMinutes;
    }
    /// A placement's price under `weights`, −1 when `at` is no table nor
    /// declared join: seats − party (linear and squared), a move from
    /// `current`, a zone wish missed (a join spread over zones misses it),
    /// the tables joined beyond the first.
    qint64 placementCost(const ServiceBooking& booking, const TableSet& at) const;
    /// The plan's and the bookings' inconsistencies, in words (empty: none).
    QStringList inputErrors() const;
};

struct TableAssignmentOptions
{
    double timeLimitSeconds = 2.0;
    /// Stop when within this of the bound (relative to the placement cost).
    double relativeGap = 0.0;
    int threads = 2;
    /// Hand the greedy assignment to CBC as its first incumbent.
    bool greedyStart = true;
};

struct TableAssignmentProgress
{
    double elapsedSeconds = 0;
    bool hasIncumbent = false;
    double incumbent = 0;
    double bound = 0;
    double gap = 1.0;
};

struct TableModelSize
{
    int rows = 0;
    int columns = 0;
    int nonzeros = 0;
    int candidates = 0; ///< (booking, table or join) columns
    int cliques = 0;    ///< conflict rows
};

struct UnplacedBooking
{
    enum class Reason
    {
        NoneLargeEnough, ///< no table or join of the party's size in the plan
        NoneAccepts,     ///< the large enough ones all want a larger party
        AllBlocked,      ///< the ones that fit are blocked
        NoneFree,        ///< the ones that fit are taken at that time
        HeldInvalid,     ///< held on a table or join that breaks a rule
        HeldClash,       ///< held on a table also held for an overlapping booking
        NoneInZone,      ///< a required zone wish: no table or join of its zone takes the party
    };
    QString bookingId;
    Reason reason = Reason::NoneFree;
    QString message; ///< "No free table or join of 14 seats at 20:00"
};

/// A quarter hour whose seated covers pass the pacing. The bookings'
/// times are given (accepted bookings are not moved in time, nor left
/// without a table for it): the assignment says so, the host decides.
struct PacingExcess
{
    int quarter = 0; ///< its first minute (a multiple of 15)
    int covers = 0;  ///< of the bookings placed starting in it
    int limit = 0;
    QString message; ///< "Pacing: 22 covers start between 20:00 and 20:15 (at most 16)"
};

struct TableAssignment
{
    QString bookingId;
    TableSet tables; ///< sorted
    bool moved = false;
};

struct TableAssignmentResult
{
    enum class Status
    {
        Optimal,    ///< proven optimal
        Feasible,   ///< the time limit or the gap stopped it: see gap
        Infeasible, ///< the held assignments cannot all be kept (see unplaced); the rest is assigned
        Cancelled,  ///< cancelled: the best assignment so far
        Invalid,    ///< the plan or the bookings are inconsistent: see errors; nothing assigned
    };
    Status status = Status::Invalid;
    QList<TableAssignment> assignments;
    QList<UnplacedBooking> unplaced;
    QStringList errors;
    /// The quarter hours the placed bookings' covers pass the pacing in, by time.
    QList<PacingExcess> pacing;

    /// The model's objective: the left-out price × bookings left out + cost.
    double objective = 0;
    double bound = 0;
    /// (objective − bound) / cost: how much the placement cost could still fall.
    double gap = 0;
    qint64 cost = 0;              ///< the placement cost (TableAssignmentProblem::placementCost summed)
    qint64 leftOutPrice = 0;      ///< the price of a booking left out
    bool placementProven = false; ///< no assignment places more bookings
    TableModelSize size;
    double seconds = 0;
    double greedySeconds = 0;
    qint64 greedyCost = 0;
    int greedyPlaced = 0;
    double firstSolutionSeconds = -1;

    int moves = 0;
    int unusedSeats = 0;
    int zoneMisses = 0;

    /// Where the booking sits (empty: not placed).
    TableSet tablesOf(const QString& bookingId) const;
    const UnplacedBooking* unplacedOf(const QString& bookingId) const;
    bool hasAssignment() const { return status != Status::Invalid; }
    QString summary() const;
};

class TableAssignmentSolver
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::TableAssignmentSolver)

public:
    using ProgressCallback = std::function<void(const TableAssignmentProgress&)>;

    /// Blocking: run it on a worker thread. `cancel` (may be null) is read
    /// while CBC runs; `progress` (may be empty) is called from the solving
    /// thread(s), serialised, a few times a second.
    static TableAssignmentResult solve(const TableAssignmentProblem& problem,
                                       const TableAssignmentOptions& options = {},
                                       const std::atomic_bool* cancel = nullptr,
                                       const ProgressCallback& progress = {});

    /// "20:00" (French "20 h"), "20:30" ("20 h 30"); wraps past midnight.
    static QString timeOfDay(int minutes);
    /// The quarter hours `assignments`' bookings pass `problem`'s pacing in.
    static QList<PacingExcess> pacingExcess(const TableAssignmentProblem& problem,
                                            const QList<TableAssignment>& assignments);
};

/// The solver on the thread pool, for a window: start(), then progressed()
/// a few times a second and finished() once.
class TableAssignmentJob : public QObject
{
    Q_OBJECT

public:
    explicit TableAssignmentJob(QObject* parent = nullptr);
    ~TableAssignmentJob() override;

    /// False when a run is still going.
    bool start(const TableAssignmentProblem& problem, const TableAssignmentOptions& options = {});
    bool isRunning() const;
    /// Asks the run to stop; finished() follows with the best assignment so far.
    void cancel();
    /// Blocks until the run ends (tests, shutdown).
    void waitForFinished();

Q_SIGNALS:
    void progressed(const Moulin::TableAssignmentProgress& progress);
    void finished(const Moulin::TableAssignmentResult& result);

private:
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFuture<void> m_future;
};

} // namespace Moulin

Q_DECLARE_METATYPE(Moulin::TableAssignmentProgress)
Q_DECLARE_METATYPE(Moulin::TableAssignmentResult)
