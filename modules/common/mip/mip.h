#pragma once

// Mixed-integer programmes on COIN-OR CBC, for the areas' optimisers (the
// roster, the table plan): the programme as sparse rows, one CBC run with a
// time limit, a gap, a start solution, cancel and progress, and the checks an
// answer passes before it is believed. No CBC type in this header.
//
//     Mip::Programme lp;
//     const int x = lp.addColumn(0, 1, 12.0, true);
//     lp.addRow(1, 1, {{x, 1.0}, {y, 1.0}});
//     Mip::Options o;
//     o.seconds = 2;
//     o.relativeGap = 0.01;
//     const Mip::Outcome out = Mip::solve(lp, greedy, o, &cancel, clock, [](const Mip::Snapshot& s) {
//         report(s.incumbent, s.bound);
//         return true; // false stops the run
//     });
//
// One CBC run at a time in the process (common/core/solverlock.h); Clp, for
// an LP heuristic of one's own, through common/mip/clp.h.

#include <QElapsedTimer>

#include <atomic>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace Moulin::Mip {

inline constexpr double kInfinity = 1e30;

/// min cost·x subject to rowLower ≤ A x ≤ rowUpper, colLower ≤ x ≤ colUpper,
/// x integer where `integer` says so. A is kept as (row, column, value) triplets.
struct Programme
{
    std::vector<double> colLower, colUpper, cost;
    std::vector<char> integer;
    std::vector<double> rowLower, rowUpper;
    std::vector<int> rowIndex, colIndex;
    std::vector<double> element;

    int rows() const { return int(rowLower.size()); }
    int columns() const { return int(cost.size()); }
    int addColumn(double lower, double upper, double cost, bool isInteger);
    /// lower ≤ Σ value·x[column] ≤ upper; returns the row's index.
    int addRow(double lower, double upper, const std::vector<std::pair<int, double>>& terms);
    /// lower ≤ Σ x[column] ≤ upper (every coefficient 1).
    int addRow(const std::vector<int>& columns, double lower, double upper);
};

double objectiveOf(const Programme& lp, const std::vector<double>& x);

/// Whether x keeps every bound, integrality and row of the programme (within
/// 1e-6): an answer is checked before it is believed (a cancel stops Clp
/// mid-solve, and CBC may then hold a point that is no solution).
bool keeps(const Programme& lp, const std::vector<double>& x);

struct Options
{
    double seconds = 10;
    /// Stop within this share of the bound (0.01: 1 %) …
    std::optional<double> relativeGap;
    /// … or within this much of it, in the objective's units.
    std::optional<double> absoluteGap;
    int threads = 1;
    /// CBC's probing cuts (preprocessing is always off: it cannot be
    /// interrupted, so a cancel would wait for it).
    bool probing = true;
    /// CBC's log on stdout.
    bool verbose = false;
};

/// Where a run stands, at one of CBC's events.
struct Snapshot
{
    enum class Event
    {
        Solution,          ///< a better solution from the search
        HeuristicSolution, ///< a better solution from a heuristic
        Other,             ///< a node, a round of cuts…
    };
    Event event = Event::Other;
    double elapsedSeconds = 0; ///< on the caller's clock
    bool hasIncumbent = false;
    double incumbent = 0; ///< the best solution's objective
    double bound = 0;     ///< the best possible objective
};

/// Called on CBC's events, one at a time (CBC's threads take turns); returns
/// false to stop the run (the answer is good enough, e.g. proven by the caller).
using Observer = std::function<bool(const Snapshot&)>;

struct Outcome
{
    std::vector<double> solution; ///< empty: none that keeps the programme
    double objective = 0;
    double bound = -kInfinity; ///< CBC's best possible objective (not to be trusted after a cancel)
    bool provenOptimal = false;
    bool provenInfeasible = false;
    bool cancelled = false;    ///< `cancel` was set during the run
    bool stopped = false;      ///< the observer stopped it
    double firstSolution = -1; ///< when CBC found its first solution (caller's clock), −1: none
};

/// One CBC run from `start` (a full solution of the programme, or empty).
/// Holds the process's CBC lock while it runs. `clock` is the caller's (the
/// times reported count from its start).
Outcome solve(const Programme& lp, const std::vector<double>& start, const Options& options,
              const std::atomic_bool* cancel, const QElapsedTimer& clock, const Observer& observer = {});

} // namespace Moulin::Mip
