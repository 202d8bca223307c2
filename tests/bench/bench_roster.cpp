// The roster optimiser on a restaurant's week: 30 staff (some part-time, some
// with two roles, a few availabilities and leave days, the previous week
// worked), 3 roles (chef, server, bartender), 7 days, 15-minute slots
// 10:00–24:00, needs from a covers profile with the seed's ratios. Prints the
// model's size, the time to the first roster, the time, the gap, the
// objective and the validator's verdict; exits 1 unless the roster is within
// 1 % of the bound in 10 s and keeps every rule.

#include "scheduling/core/rosteroptimizer.h"
#include "scheduling/core/rostervalidator.h"
#include "scheduling/rosterinstance.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Moulin;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("seed"), QStringLiteral("Instance seed."), QStringLiteral("n"), QStringLiteral("1")});
    parser.addOption(
        {QStringLiteral("staff"), QStringLiteral("People."), QStringLiteral("n"), QStringLiteral("30")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("Time limit."), QStringLiteral("s"),
                      QStringLiteral("10")});
    parser.addOption({QStringLiteral("gap"), QStringLiteral("Relative gap to stop at."), QStringLiteral("g"),
                      QStringLiteral("0.01")});
    parser.addOption({QStringLiteral("threads"), QStringLiteral("CBC threads."), QStringLiteral("n"),
                      QStringLiteral("2")});
    parser.addOption({QStringLiteral("progress"), QStringLiteral("Print CBC's progress.")});
    parser.addOption(
        {QStringLiteral("no-dive"), QStringLiteral("CBC alone from the greedy roster (no LP dive).")});
    parser.process(app);

    const quint32 seed = parser.value(QStringLiteral("seed")).toUInt();
    const RosterWeek week = Test::realisticWeek(seed, parser.value(QStringLiteral("staff")).toInt());
    RosterOptimizerOptions options;
    options.timeLimitSeconds = parser.value(QStringLiteral("seconds")).toDouble();
    options.relativeGap = parser.value(QStringLiteral("gap")).toDouble();
    options.threads = parser.value(QStringLiteral("threads")).toInt();
    options.dive = !parser.isSet(QStringLiteral("no-dive"));

    int targetMinutes = 0, minimumMinutes = 0, capacity = 0;
    for (const DayNeed& n : week.needs) {
        for (int s = 0; s < DayNeed::kSlots; ++s) {
            targetMinutes += std::max(n.target.at(s), n.minimum.at(s)) * kSlotMinutes;
            minimumMinutes += n.minimum.at(s) * kSlotMinutes;
        }
    }
    for (const StaffMember& m : week.staff)
        capacity += std::min(m.contractMinutesPerWeek, week.rules.maxMinutesPerWeek);
    std::printf("instance: seed %u, %lld staff, needs %.0f h (target) / %.0f h (minimum), contracts %.0f h\n",
                seed, qlonglong(week.staff.size()), targetMinutes / 60.0, minimumMinutes / 60.0,
                capacity / 60.0);

    const bool verbose = parser.isSet(QStringLiteral("progress"));
    const RosterResult r = RosterOptimizer::solve(week, options, nullptr, [verbose](const RosterProgress& p) {
        if (verbose)
            std::printf("  %6.2f s  incumbent %s  bound %.0f  gap %.2f %%\n", p.elapsedSeconds,
                        p.hasIncumbent ? qPrintable(QString::number(p.incumbent, 'f', 0)) : "-", p.bound,
                        p.gap * 100);
    });
    const QList<RosterViolation> violations = RosterValidator::validate(week, r.shifts);

    std::printf("model: %d rows, %d columns, %d integers, %d templates\n", r.size.rows, r.size.columns,
                r.size.integers, r.size.templates);
    std::printf("greedy: %s in %.3f s; LP and dive: %s in %.2f s\n", r.greedyFeasible ? "feasible" : "none",
                r.greedySeconds, r.diveFeasible ? "feasible" : "none", r.diveSeconds);
    std::printf("first roster: %.2f s; total %.2f s\n", r.firstSolutionSeconds, r.seconds);
    std::printf("objective %.0f, bound %.0f, gap %.2f %% (%s)\n", r.objective, r.bound, r.gap * 100,
                qPrintable(r.summary()));
    std::printf("shifts %lld, shortfall %.1f h, overstaffing %.1f h, labour %.2f EUR\n",
                qlonglong(r.shifts.size()), r.shortfallMinutes / 60.0, r.overstaffMinutes / 60.0,
                r.labourCostCents / 100.0);
    // The objective's parts (cents): how much of it the gap is.
    const RosterWeights& w = options.weights;
    const double labour = w.labourCostFactor * double(r.labourCostCents);
    const double shortfall = double(w.shortfallPerHour) * r.shortfallMinutes / 60.0;
    const double over = double(w.overstaffPerHour) * r.overstaffMinutes / 60.0;
    std::printf(
        "objective = labour %.0f + shortfall %.0f + overstaffing %.0f + fairness and preferences %.0f; "
        "gap %.0f = %.2f %% of all but labour\n",
        labour, shortfall, over, r.objective - labour - shortfall - over, r.objective - r.bound,
        100.0 * (r.objective - r.bound) / std::max(1.0, r.objective - labour));
    std::printf("validator: %s\n", violations.isEmpty()
                                       ? "no violation"
                                       : qPrintable(QStringLiteral("%1 violations").arg(violations.size())));
    for (const RosterViolation& v : violations)
        std::printf("  %s\n", qPrintable(v.message));

    const bool ok = violations.isEmpty() && r.hasRoster() && r.gap <= 0.01 && r.seconds <= 10.0 + 0.5;
    std::printf("%s\n", ok ? "PASS: within 1 % in 10 s" : "FAIL");
    return ok ? 0 : 1;
}
