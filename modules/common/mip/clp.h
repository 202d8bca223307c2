#pragma once

// Clp for an optimiser's own LP work (a relaxation, a dive, completing a
// partial solution) on a Mip::Programme. Includes COIN-OR headers: only the
// optimisers' sources include it.

#include "common/mip/mip.h"

#include <ClpEventHandler.hpp>
#include <OsiClpSolverInterface.hpp>

namespace Moulin::Mip {

/// Loads the programme into `solver` (quiet; integer columns marked; the
/// dual simplex for the LPs: Clp 1.17's automatic choice tries the idiot
/// crash, whose crossover crashes on some of these models).
void load(OsiClpSolverInterface& solver, const Programme& lp);

/// Stops Clp's simplex at its next iteration once `cancel` is set (pass it
/// to the ClpSimplex: solver.getModelPtr()->passInEventHandler(&handler)).
class LpCancel : public ClpEventHandler
{
public:
    explicit LpCancel(const std::atomic_bool* cancel)
        : m_cancel(cancel)
    {
    }
    LpCancel(const LpCancel&) = default;
    ClpEventHandler* clone() const override { return new LpCancel(*this); }
    int event(Event whichEvent) override
    {
        return whichEvent == endOfIteration && m_cancel && m_cancel->load() ? 0 : -1;
    }

private:
    const std::atomic_bool* m_cancel;
};

} // namespace Moulin::Mip
