#pragma once

// An independent check of a table assignment against its problem, written
// apart from the solver (no shared code but the types): every rule the
// assignment breaks, in plain English for test output. Used by the tests on
// every result, and usable on a host's hand-made plan.
//
// It checks: each booking is placed once or left out once; a placement is a
// table or a declared join, not blocked, with seats for the party and a
// minimum party the party reaches; a held booking sits where it is held (or
// is out with a held reason, and the result says Infeasible); no two
// bookings whose times overlap (reset time included) share a physical
// table; a booking left out for lack of a free table really has none free
// around the others, and the other reasons are true; the cost and the
// figures (moves, unused seats, zone wishes missed, objective) add up.

#include "reservation/tableplan/tableassignment.h"

namespace Moulin {

class TableAssignmentChecker
{
public:
    static QStringList violations(const TableAssignmentProblem& problem, const TableAssignmentResult& result);
    /// The placement cost recomputed here (−1: `at` is no table nor declared join).
    static qint64 cost(const TableAssignmentProblem& problem, const ServiceBooking& booking,
                       const TableSet& at);
};

} // namespace Moulin
