// The whole-service table assignment on a Saturday dinner: 120 bookings on
// 40 tables with 29 joins (tests/reservation/tableinstance.h: parties 1–12
// mostly 2–4, arrivals 19:00–22:00, turn times by party, half already
// seated, a few held, zone wishes, a blocked table or two), for several
// seeds. Prints per seed the model's size, the greedy start, the time, the
// status, the gap, the objective and the independent checker's verdict;
// exits 1 unless every seed is optimal or within the gap in the time limit
// and passes the checker.

#include "reservation/tableinstance.h"
#include "reservation/tableplan/tableassignment.h"
#include "reservation/tableplan/tableassignmentchecker.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Moulin;

namespace {

const char* statusName(TableAssignmentResult::Status s)
{
    switch (s) {
    case TableAssignmentResult::Status::Optimal:
        return "optimal";
    case TableAssignmentResult::Status::Feasible:
        return "feasible";
    case TableAssignmentResult::Status::Infeasible:
        return "infeasible";
    case TableAssignmentResult::Status::Cancelled:
        return "cancelled";
    case TableAssignmentResult::Status::Invalid:
        return "invalid";
    }
    return "?";
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("seeds"), QStringLiteral("Seeds 1..n."), QStringLiteral("n"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("first-seed"), QStringLiteral("First seed."), QStringLiteral("n"),
                      QStringLiteral("1")});
    parser.addOption({QStringLiteral("bookings"), QStringLiteral("Bookings."), QStringLiteral("n"),
                      QStringLiteral("120")});
    parser.addOption(
        {QStringLiteral("seconds"), QStringLiteral("Time limit."), QStringLiteral("s"), QStringLiteral("2")});
    parser.addOption({QStringLiteral("gap"), QStringLiteral("Relative gap to stop at (0: prove optimal)."),
                      QStringLiteral("g"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("threads"), QStringLiteral("CBC threads."), QStringLiteral("n"),
                      QStringLiteral("2")});
    parser.addOption({QStringLiteral("rush"), QStringLiteral("Share of the bookings arriving 20:00–21:00."),
                      QStringLiteral("percent"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("no-greedy"), QStringLiteral("No greedy start for CBC.")});
    parser.process(app);

    TableAssignmentOptions options;
    options.timeLimitSeconds = parser.value(QStringLiteral("seconds")).toDouble();
    options.relativeGap = parser.value(QStringLiteral("gap")).toDouble();
    options.threads = parser.value(QStringLiteral("threads")).toInt();
    options.greedyStart = !parser.isSet(QStringLiteral("no-greedy"));
    const int seeds = parser.value(QStringLiteral("seeds")).toInt();
    const int first = parser.value(QStringLiteral("first-seed")).toInt();
    const int bookings = parser.value(QStringLiteral("bookings")).toInt();
    const int rush = parser.value(QStringLiteral("rush")).toInt();

    std::printf("%-5s %5s %6s %7s %5s %6s | %7s %7s | %6s %6s %-10s %7s %9s %6s %5s %5s %5s | %s\n", "seed",
                "rows", "cols", "nonzero", "cliq", "in", "greedy", "g.cost", "time", "1st", "status", "gap",
                "objective", "cost", "out", "moves", "empty", "checker");
    bool ok = true;
    double worst = 0, total = 0;
    for (int seed = first; seed < first + seeds; ++seed) {
        const TableAssignmentProblem problem =
            TablePlanInstance::frenchService(quint32(seed), bookings, rush);
        const TableAssignmentResult r = TableAssignmentSolver::solve(problem, options);
        const QStringList violations = TableAssignmentChecker::violations(problem, r);
        int placeable = 0;
        for (const ServiceBooking& b : problem.bookings)
            placeable +=
                r.unplacedOf(b.id) && r.unplacedOf(b.id)->reason != UnplacedBooking::Reason::NoneFree ? 0 : 1;
        const bool good =
            violations.isEmpty() &&
            (r.status == TableAssignmentResult::Status::Optimal ||
             (r.status == TableAssignmentResult::Status::Feasible && r.gap <= 0.01 && r.placementProven)) &&
            r.seconds <= options.timeLimitSeconds + 0.25;
        ok = ok && good;
        worst = std::max(worst, r.seconds);
        total += r.seconds;
        std::printf("%-5d %5d %6d %7d %5d %6d | %3d/%-3d %7lld | %6.3f %6.3f %-10s %6.2f%% %9.0f %6lld %5d "
                    "%5d %5d | %s\n",
                    seed, r.size.rows, r.size.columns, r.size.nonzeros, r.size.cliques, placeable,
                    r.greedyPlaced, placeable, r.greedyCost, r.seconds, r.firstSolutionSeconds,
                    statusName(r.status), r.gap * 100, r.objective, r.cost, int(r.unplaced.size()), r.moves,
                    r.unusedSeats,
                    violations.isEmpty() ? "ok" : qPrintable(violations.join(QStringLiteral("; "))));
    }
    std::printf("worst %.3f s, mean %.3f s over %d seeds: %s\n", worst, total / std::max(1, seeds), seeds,
                ok ? "PASS" : "FAIL");
    return ok ? 0 : 1;
}
