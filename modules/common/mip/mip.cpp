#include "common/mip/mip.h"

#include "common/core/solverlock.h"
#include "common/mip/clp.h"

#include <QMutex>
#include <QMutexLocker>

#include <CbcEventHandler.hpp>
#include <CbcModel.hpp>
#include <CbcSolver.hpp>
#include <ClpSimplex.hpp>
#include <ClpSolve.hpp>
#include <CoinMessageHandler.hpp>
#include <CoinPackedMatrix.hpp>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

namespace Moulin::Mip {

int Programme::addColumn(double lower, double upper, double c, bool isInteger)
{
    colLower.push_back(lower);
    colUpper.push_back(upper);
    cost.push_back(c);
    integer.push_back(isInteger ? 1 : 0);
    return columns() - 1;
}

int Programme::addRow(double lower, double upper, const std::vector<std::pair<int, double>>& terms)
{
    const int row = rows();
    rowLower.push_back(lower);
    rowUpper.push_back(upper);
    for (const auto& [col, value] : terms) {
        rowIndex.push_back(row);
        colIndex.push_back(col);
        element.push_back(value);
    }
    return row;
}

int Programme::addRow(const std::vector<int>& cols, double lower, double upper)
{
    const int row = rows();
    rowLower.push_back(lower);
    rowUpper.push_back(upper);
    for (const int c : cols) {
        rowIndex.push_back(row);
        colIndex.push_back(c);
        element.push_back(1.0);
    }
    return row;
}

double objectiveOf(const Programme& lp, const std::vector<double>& x)
{
    double sum = 0;
    for (int c = 0; c < lp.columns() && c < int(x.size()); ++c)
        sum += lp.cost[c] * x[c];
    return sum;
}

bool keeps(const Programme& lp, const std::vector<double>& x)
{
    constexpr double kTolerance = 1e-6;
    if (int(x.size()) != lp.columns())
        return false;
    for (int c = 0; c < lp.columns(); ++c) {
        if (x[c] < lp.colLower[c] - kTolerance || x[c] > lp.colUpper[c] + kTolerance)
            return false;
        if (lp.integer[c] && std::abs(x[c] - std::round(x[c])) > kTolerance)
            return false;
    }
    std::vector<double> activity(lp.rows(), 0.0);
    for (size_t k = 0; k < lp.element.size(); ++k)
        activity[lp.rowIndex[k]] += lp.element[k] * x[lp.colIndex[k]];
    for (int r = 0; r < lp.rows(); ++r) {
        if (activity[r] < lp.rowLower[r] - kTolerance || activity[r] > lp.rowUpper[r] + kTolerance)
            return false;
    }
    return true;
}

void load(OsiClpSolverInterface& solver, const Programme& lp)
{
    CoinPackedMatrix matrix(false, lp.rowIndex.data(), lp.colIndex.data(), lp.element.data(),
                            CoinBigIndex(lp.element.size()));
    matrix.setDimensions(lp.rows(), lp.columns());
    solver.loadProblem(matrix, lp.colLower.data(), lp.colUpper.data(), lp.cost.data(), lp.rowLower.data(),
                       lp.rowUpper.data());
    for (int c = 0; c < lp.columns(); ++c) {
        if (lp.integer[c])
            solver.setInteger(c);
    }
    solver.messageHandler()->setLogLevel(0);
    solver.getModelPtr()->setLogLevel(0);
    ClpSolve dual;
    dual.setSolveType(ClpSolve::useDual);
    solver.setSolveOptions(dual);
}

namespace {

struct RunState
{
    const std::atomic_bool* cancel = nullptr;
    const QElapsedTimer* clock = nullptr;
    const Observer* observer = nullptr;
    QMutex mutex;
    double firstSolution = -1;
    bool cancelled = false;
    bool stopped = false;
};

class EventHandler : public CbcEventHandler
{
public:
    explicit EventHandler(RunState* state)
        : m_state(state)
    {
    }
    EventHandler(const EventHandler&) = default;
    CbcEventHandler* clone() const override { return new EventHandler(*this); }

    CbcAction event(CbcEvent whichEvent) override
    {
        const double elapsed = m_state->clock->nsecsElapsed() / 1e9;
        QMutexLocker lock(&m_state->mutex);
        if ((whichEvent == solution || whichEvent == heuristicSolution) && m_state->firstSolution < 0)
            m_state->firstSolution = elapsed;
        if (m_state->cancel && m_state->cancel->load()) {
            m_state->cancelled = true;
            return stop;
        }
        if (*m_state->observer && model_) {
            Snapshot s;
            s.event = whichEvent == solution            ? Snapshot::Event::Solution
                      : whichEvent == heuristicSolution ? Snapshot::Event::HeuristicSolution
                                                        : Snapshot::Event::Other;
            s.elapsedSeconds = elapsed;
            s.hasIncumbent = model_->getSolutionCount() > 0 || model_->bestSolution();
            s.incumbent = model_->getObjValue();
            s.bound = model_->getBestPossibleObjValue();
            if (!(*m_state->observer)(s)) {
                m_state->stopped = true;
                return stop;
            }
        }
        return noAction;
    }

private:
    RunState* m_state;
};

int cbcCallBack(CbcModel*, int)
{
    return 0;
}

} // namespace

Outcome solve(const Programme& lp, const std::vector<double>& start, const Options& options,
              const std::atomic_bool* cancel, const QElapsedTimer& clock, const Observer& observer)
{
    QMutexLocker lock(&cbcMutex());
    OsiClpSolverInterface solver;
    load(solver, lp);
    // CBC takes a start solution by column names.
    std::vector<std::string> names;
    if (!start.empty()) {
        names.reserve(start.size());
        for (int c = 0; c < int(start.size()); ++c) {
            char name[16];
            std::snprintf(name, sizeof name, "x%d", c);
            names.emplace_back(name);
            solver.setColName(c, names.back());
        }
    }
    // Clp's simplex stops at its next iteration on cancel, also inside CBC's
    // root cuts, where CBC's own events are not raised.
    LpCancel onCancel(cancel);
    solver.getModelPtr()->passInEventHandler(&onCancel);
    CbcModel model(solver);
    model.setLogLevel(0);
    model.messageHandler()->setLogLevel(0);
    RunState state;
    state.cancel = cancel;
    state.clock = &clock;
    state.observer = &observer;
    EventHandler handler(&state);
    model.passInEventHandler(&handler);
    if (!start.empty()) {
        std::vector<std::pair<std::string, double>> mipStart;
        mipStart.reserve(start.size());
        for (size_t c = 0; c < start.size(); ++c)
            mipStart.emplace_back(names[c], start[c]);
        model.setMIPStart(mipStart);
    }

    CbcSolverUsefulData data;
    data.noPrinting_ = true;
    CbcMain0(model, data);
    data.noPrinting_ = !options.verbose;
    const std::string secondsText = std::to_string(std::max(0.05, options.seconds));
    const std::string threadsText = std::to_string(std::max(1, options.threads));
    const std::string relativeText = std::to_string(std::max(0.0, options.relativeGap.value_or(0)));
    const std::string absoluteText = std::to_string(std::max(0.0, options.absoluteGap.value_or(0)));
    std::vector<const char*> argv = {"moulin",
                                     "-log",
                                     options.verbose ? "1" : "0",
                                     "-timeMode",
                                     "elapsed",
                                     "-sec",
                                     secondsText.c_str(),
                                     "-threads",
                                     threadsText.c_str(),
                                     "-preprocess",
                                     "off"};
    if (options.relativeGap) {
        argv.push_back("-ratioGap");
        argv.push_back(relativeText.c_str());
    }
    if (options.absoluteGap) {
        argv.push_back("-allowableGap");
        argv.push_back(absoluteText.c_str());
    }
    if (!options.probing) {
        argv.push_back("-probing");
        argv.push_back("off");
    }
    argv.push_back("-solve");
    argv.push_back("-quit");
    CbcMain1(int(argv.size()), argv.data(), model, cbcCallBack, data);

    Outcome out;
    // Clp may have been the one to stop (then CBC's handler never saw it).
    out.cancelled = state.cancelled || (cancel && cancel->load());
    out.stopped = state.stopped;
    out.firstSolution = state.firstSolution;
    out.provenInfeasible = model.isProvenInfeasible();
    out.bound = model.getBestPossibleObjValue();
    if (model.bestSolution()) {
        std::vector<double> x(model.bestSolution(), model.bestSolution() + lp.columns());
        if (keeps(lp, x)) {
            out.solution = std::move(x);
            out.objective = objectiveOf(lp, out.solution);
            out.provenOptimal = model.isProvenOptimal() && !out.cancelled;
        }
    }
    return out;
}

} // namespace Moulin::Mip
