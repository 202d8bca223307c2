#pragma once

// The roster optimiser: a week's shifts from the needs, the people and the
// hard rules, as a mixed-integer programme solved by CBC. A blocking call
// meant for a worker thread (RosterOptimizer::solve, or RosterOptimizerJob
// which runs it on the thread pool and reports through signals), with a time
// limit, progress (incumbent, bound, gap, elapsed) and a cancel flag checked
// from CBC's event handler.
//
// The model. Each day gets a small set of shift templates derived from the
// needs' profile: starts where the staff needed rises, ends where it falls,
// the opening and the closing, the long days of the longest shift, and the
// coupures (a lunch shift and a dinner one with a break). A person works at
// most one template a day, in one role, so the rest between working days
// becomes one clique row per (person, day, end time), the days in a row one
// row per window (with the previous published week's days as constants), the
// week's hours one knapsack row. Coverage rows per role and 15-minute slot:
// the hard minimum, and the target with integer shortfall and overstaffing.
// Identical people (same roles, contract, cost, availability, leave,
// preferences, previous week) are ordered by hours to cut symmetry. A greedy
// roster is handed to CBC as its first incumbent.
//
// When the rules cannot be kept the optimiser solves again with elastic
// coverage and hours (slack at a very high price) and says which slots of
// which role or whose hours needed it, in the manager's words.
//
// Beyond the validator's rules, the optimiser keeps a day's total (both
// halves of a coupure) within maxShiftMinutes and works one role a day.

#include "scheduling/core/roster.h"

#include <QCoreApplication>
#include <QFuture>
#include <QObject>

#include <atomic>
#include <functional>

namespace Moulin {

/// The soft objective's weights, in cents (the labour cost's unit).
struct RosterWeights
{
    /// Per person-hour below the target (the ratio-based need).
    qint64 shortfallPerHour = 3000;
    /// Per person-hour above the target (on top of the wage).
    qint64 overstaffPerHour = 400;
    /// Labour cost counts hourlyCostCents × this (0: ignore cost).
    double labourCostFactor = 1.0;
    /// Per person working both Saturday and Sunday.
    qint64 fullWeekend = 2500;
    /// Per evening (a day ending after 22:00) beyond each person's fair share
    /// (one step per evening above 1, 2, 3, 4 × contract / max hours).
    qint64 eveningStep = 800;
    /// Per day worked that the person would rather have off.
    qint64 preferredDayOff = 2000;
};

struct RosterOptimizerOptions
{
    RosterWeights weights;
    double timeLimitSeconds = 10.0;
    /// Stop when the roster is within this of the bound (relative): 1 %.
    double relativeGap = 0.01;
    int threads = 2;
    /// Explain an infeasible week (elastic solve) rather than only fail.
    bool explainInfeasible = true;
    /// The LP relaxation and the dive from it before CBC (off: CBC alone
    /// from the greedy roster, to measure what the dive brings).
    bool dive = true;
};

struct RosterProgress
{
    double elapsedSeconds = 0;
    bool hasIncumbent = false;
    double incumbent = 0; ///< objective of the best roster so far (cents)
    double bound = 0;     ///< no roster can do better than this
    double gap = 1.0;     ///< (incumbent − bound) / |incumbent|
};

struct RosterModelSize
{
    int rows = 0;
    int columns = 0;
    int integers = 0;
    int templates = 0; ///< shift templates over the week
};

/// Why a week cannot be rostered, and the smallest change that would do.
struct RosterProblem
{
    enum class Kind
    {
        Coverage, ///< fewer people of `role` than min_staff on `day` start–end
        Hours,    ///< `personId` would work `extraMinutes` above their limit
    };
    Kind kind = Kind::Coverage;
    QString role;
    QDate day;
    int startMinute = 0;
    int endMinute = 0;
    int missing = 0; ///< Coverage: people missing (the most over the span)
    QString personId;
    int limitMinutes = 0; ///< Hours: min(contract, max per week)
    int extraMinutes = 0;
    /// Coverage: why the people holding the role cannot fill the gap in the
    /// nearest roster ("Paul Martin doit se reposer 11 h après…", "Léa
    /// Bernard travaillerait 6 jours de suite…", "en congé : …"); also in
    /// `message`.
    QStringList reasons;
    QString message; ///< "Il manque 1 serveur samedi 18 juillet 19:00–22:00."
};

struct RosterResult
{
    enum class Status
    {
        Optimal,    ///< proven optimal (within options.relativeGap)
        Feasible,   ///< a roster, stopped by the time limit: see gap
        Infeasible, ///< the rules cannot be kept: see problems
        NoSolution, ///< time ran out before any roster (problems: what the nearest one breaks)
        Cancelled,  ///< cancelled; shifts holds the best roster so far, if any
    };
    Status status = Status::NoSolution;
    /// Optimal, Feasible, Cancelled: a roster keeping every hard rule.
    /// Infeasible, NoSolution: the nearest roster (elastic), which breaks
    /// exactly what `problems` says; empty when none was found.
    QList<Shift> shifts;
    double objective = 0;
    double bound = 0;
    double gap = 0;
    double seconds = 0;
    double firstSolutionSeconds = -1; ///< the first roster keeping every rule (−1: none)
    double greedySeconds = 0;         ///< the greedy roster (CBC's start when the dive fails)
    bool greedyFeasible = false;
    double diveSeconds = 0; ///< the LP relaxation and the dive from it
    bool diveFeasible = false;
    RosterModelSize size;
    QList<RosterProblem> problems;

    // The roster's figures.
    int shortfallMinutes = 0; ///< person-minutes below target
    int overstaffMinutes = 0; ///< person-minutes above target
    qint64 labourCostCents = 0;

    /// A roster that keeps every hard rule.
    bool hasRoster() const
    {
        return status == Status::Optimal || status == Status::Feasible ||
               (status == Status::Cancelled && !shifts.isEmpty());
    }
    /// The status in words (Infeasible: one line per problem; NoSolution:
    /// then the nearest roster's problems, if any).
    QString summary() const;
};

class RosterOptimizer
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::RosterOptimizer)

public:
    using ProgressCallback = std::function<void(const RosterProgress&)>;

    /// Blocking: run it on a worker thread. `cancel` (may be null) is read
    /// while the LP, the dive and CBC run; `progress` (may be empty) is
    /// called from the solving thread(s), serialised, a few times a second.
    static RosterResult solve(const RosterWeek& week, const RosterOptimizerOptions& options = {},
                              const std::atomic_bool* cancel = nullptr,
                              const ProgressCallback& progress = {});
};

/// The optimiser on the thread pool, for a window: start(), then
/// progressed() a few times a second and finished() once.
class RosterOptimizerJob : public QObject
{
    Q_OBJECT

public:
    explicit RosterOptimizerJob(QObject* parent = nullptr);
    ~RosterOptimizerJob() override;

    /// False when a run is still going.
    bool start(const RosterWeek& week, const RosterOptimizerOptions& options = {});
    bool isRunning() const;
    /// Asks the run to stop; finished() follows with the best roster so far.
    void cancel();
    /// Blocks until the run ends (tests, shutdown).
    void waitForFinished();

Q_SIGNALS:
    void progressed(const Moulin::RosterProgress& progress);
    void finished(const Moulin::RosterResult& result);

private:
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFuture<void> m_future;
};

} // namespace Moulin

Q_DECLARE_METATYPE(Moulin::RosterProgress)
Q_DECLARE_METATYPE(Moulin::RosterResult)
