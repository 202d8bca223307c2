// The roster optimiser: every roster it returns passes the independent
// validator; an infeasible week is explained in the manager's words (a role
// short on a day and hours, or someone's hours); the previous week's rest
// and days in a row carry over; cancel stops promptly; a higher target
// (14 July × 1.5) plans more staff.

#include "scheduling/core/rosteroptimizer.h"
#include "scheduling/core/rostervalidator.h"
#include "scheduling/rosterinstance.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <numeric>

using namespace Moulin;
using Rule = RosterViolation::Rule;

namespace {

// Monday 13 July 2026 to Sunday 19 July (the 14th is a Tuesday).
const QDate kMonday(2026, 7, 13);
const QString kServer = QStringLiteral("server");
const QString kChef = QStringLiteral("chef");

StaffMember member(const QString& id, const QString& name, QStringList roles, int contractHours = 35)
{
    StaffMember m;
    m.id = id;
    m.name = name;
    m.roles = std::move(roles);
    m.contractMinutesPerWeek = contractHours * 60;
    m.hourlyCostCents = 1500;
    return m;
}

/// A need of `count` people of `role` on day `dayOffset` from start to end
/// (minimum and target), added to what the week already needs.
void need(RosterWeek& w, const QString& role, int dayOffset, const char* start, const char* end, int minimum,
          int target = -1)
{
    const QDate day = kMonday.addDays(dayOffset);
    DayNeed* n = nullptr;
    for (DayNeed& candidate : w.needs) {
        if (candidate.role == role && candidate.day == day)
            n = &candidate;
    }
    if (!n) {
        w.needs.append(DayNeed(role, day));
        n = &w.needs.last();
    }
    const int a = *parseMinute(QLatin1String(start)) / kSlotMinutes;
    const int b = *parseMinute(QLatin1String(end), true) / kSlotMinutes;
    for (int s = a; s < b; ++s) {
        n->minimum[s] = std::max(n->minimum[s], minimum);
        n->target[s] = std::max(n->target[s], std::max(minimum, target));
    }
}

QString describe(const QList<RosterViolation>& violations)
{
    QStringList lines;
    for (const RosterViolation& v : violations)
        lines << RosterViolation::code(v.rule) + QStringLiteral(": ") + v.message;
    return lines.join(QLatin1Char('\n'));
}

QList<Shift> shiftsOf(const QList<Shift>& shifts, const QString& person, const QDate& day)
{
    QList<Shift> out;
    for (const Shift& s : shifts) {
        if (s.personId == person && s.day == day)
            out << s;
    }
    return out;
}

int plannedMinutes(const QList<Shift>& shifts, const QDate& day)
{
    int minutes = 0;
    for (const Shift& s : shifts) {
        if (s.day == day)
            minutes += s.minutes();
    }
    return minutes;
}

RosterOptimizerOptions quick(double seconds = 10)
{
    RosterOptimizerOptions o;
    o.timeLimitSeconds = seconds;
    return o;
}

} // namespace

class TestRosterOptimizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resultsKeepEveryRule_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("staff");
        QTest::newRow("20 people, seed 4") << 4u << 20;
        QTest::newRow("20 people, seed 2") << 2u << 20;
        QTest::newRow("24 people, seed 3") << 3u << 24;
        QTest::newRow("30 people, seed 1") << 1u << 30;
    }
    void resultsKeepEveryRule()
    {
        QFETCH(quint32, seed);
        QFETCH(int, staff);
        const RosterWeek week = Test::realisticWeek(seed, staff);
        const RosterResult r = RosterOptimizer::solve(week, quick());
        QVERIFY2(r.status == RosterResult::Status::Optimal || r.status == RosterResult::Status::Feasible,
                 qPrintable(r.summary()));
        QVERIFY(!r.shifts.isEmpty());
        const QList<RosterViolation> violations = RosterValidator::validate(week, r.shifts);
        QVERIFY2(violations.isEmpty(), qPrintable(describe(violations)));
        QVERIFY(r.bound <= r.objective + 1e-6);
        QVERIFY(r.size.rows > 0 && r.size.columns > 0 && r.size.integers > 0 && r.size.templates > 0);
        // The figures are the roster's: labour cost from the shifts.
        qint64 cost = 0;
        for (const Shift& s : r.shifts)
            cost += week.member(s.personId)->hourlyCostCents * s.minutes() / 60;
        QCOMPARE(r.labourCostCents, cost);
    }

    void oneServerTooFewIsNamed()
    {
        RosterWeek w;
        w.monday = kMonday;
        w.staff = {member(QStringLiteral("paul"), QStringLiteral("Paul Martin"), {kServer}),
                   member(QStringLiteral("lea"), QStringLiteral("Léa Bernard"), {kServer})};
        const QDate saturday = kMonday.addDays(5);
        w.staff[1].leave.insert(saturday);
        for (int d = 0; d < 7; ++d)
            need(w, kServer, d, "11:00", "15:00", 1);
        need(w, kServer, 5, "18:00", "23:00", 1);
        need(w, kServer, 5, "19:00", "22:00", 2); // two servers, only Paul on Saturday

        const RosterResult r = RosterOptimizer::solve(w, quick());
        QCOMPARE(r.status, RosterResult::Status::Infeasible);
        QCOMPARE(r.problems.size(), 1);
        const RosterProblem& p = r.problems.first();
        QCOMPARE(p.kind, RosterProblem::Kind::Coverage);
        QCOMPARE(p.role, kServer);
        QCOMPARE(p.day, saturday);
        QCOMPARE(minuteText(p.startMinute), QStringLiteral("19:00"));
        QCOMPARE(minuteText(p.endMinute), QStringLiteral("22:00"));
        QCOMPARE(p.missing, 1);
        for (const QString& words :
             {RosterValidator::roleCount(kServer, 1), RosterValidator::dayLabel(saturday),
              QStringLiteral("19:00"), QStringLiteral("22:00")})
            QVERIFY2(p.message.contains(words), qPrintable(p.message + QStringLiteral(" / ") + words));
        QVERIFY(r.summary().contains(p.message));

        // The roster proposed breaks that and nothing else.
        const QList<RosterViolation> violations = RosterValidator::validate(w, r.shifts);
        QCOMPARE(violations.size(), 1);
        QCOMPARE(violations.first().rule, Rule::Coverage);
        QCOMPARE(violations.first().day, saturday);
        QCOMPARE(violations.first().startMinute, p.startMinute);
        QCOMPARE(violations.first().endMinute, p.endMinute);
    }

    void restAfterLastWeekIsExplained()
    {
        // Hugo, the only chef, closed at 01:00 on Sunday night: Monday from 10:00 is out of reach.
        RosterWeek w;
        w.monday = kMonday;
        w.staff = {member(QStringLiteral("hugo"), QStringLiteral("Hugo Petit"), {kChef}),
                   member(QStringLiteral("lea"), QStringLiteral("Léa Bernard"), {kChef})};
        w.staff[1].leave.insert(kMonday);
        need(w, kChef, 0, "10:00", "15:00", 1);
        w.previousShifts = {{QStringLiteral("hugo"), kChef, kMonday.addDays(-1), 17 * 60, 25 * 60}};

        const RosterResult r = RosterOptimizer::solve(w, quick());
        QCOMPARE(r.status, RosterResult::Status::Infeasible);
        QCOMPARE(r.problems.size(), 1);
        const RosterProblem& p = r.problems.first();
        QCOMPARE(p.kind, RosterProblem::Kind::Coverage);
        QCOMPARE(p.day, kMonday);
        QCOMPARE(minuteText(p.startMinute), QStringLiteral("10:00"));
        QCOMPARE(minuteText(p.endMinute), QStringLiteral("12:00"));
        // Why: Hugo's rest after Sunday night (ending Monday 01:00), Léa's leave.
        QCOMPARE(p.reasons.size(), 2);
        for (const QString& words : {QStringLiteral("Hugo Petit"), RosterValidator::hoursLabel(11 * 60),
                                     RosterValidator::dayLabel(kMonday), RosterValidator::timeLabel(60)})
            QVERIFY2(p.reasons.first().contains(words),
                     qPrintable(p.reasons.first() + QStringLiteral(" / ") + words));
        QVERIFY2(p.reasons.at(1).contains(QStringLiteral("Léa Bernard")), qPrintable(p.reasons.at(1)));
        for (const QString& reason : p.reasons)
            QVERIFY2(p.message.contains(reason), qPrintable(p.message));
        // The nearest roster breaks coverage only.
        for (const RosterViolation& v : RosterValidator::validate(w, r.shifts))
            QVERIFY2(v.rule == Rule::Coverage, qPrintable(v.message));
    }

    void daysInARowAreExplained()
    {
        // Paul, the only server, worked Wednesday to Sunday: Monday would be his sixth day.
        RosterWeek w;
        w.monday = kMonday;
        w.staff = {member(QStringLiteral("paul"), QStringLiteral("Paul Martin"), {kServer})};
        need(w, kServer, 0, "11:00", "15:00", 1);
        for (int d = -5; d <= -1; ++d)
            w.previousShifts << Shift{QStringLiteral("paul"), kServer, kMonday.addDays(d), 11 * 60, 15 * 60};

        RosterResult r = RosterOptimizer::solve(w, quick());
        QCOMPARE(r.status, RosterResult::Status::Infeasible);
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems.first().reasons.size(), 1);
        QString reason = r.problems.first().reasons.first();
        QVERIFY2(reason.contains(QStringLiteral("Paul Martin")) && reason.contains(QStringLiteral("6")) &&
                     reason.contains(QStringLiteral("5")) && reason.contains(QStringLiteral("previous week")),
                 qPrintable(reason));

        // Within the week: open every day with one server, one day cannot be covered.
        w.previousShifts.clear();
        for (int d = 1; d < 7; ++d)
            need(w, kServer, d, "11:00", "15:00", 1);
        r = RosterOptimizer::solve(w, quick());
        QCOMPARE(r.status, RosterResult::Status::Infeasible);
        QCOMPARE(r.problems.size(), 1);
        for (const RosterProblem& p : r.problems) {
            QCOMPARE(p.reasons.size(), 1);
            QVERIFY2(p.reasons.first().contains(QStringLiteral("Paul Martin")) &&
                         p.reasons.first().contains(QStringLiteral("in a row")),
                     qPrintable(p.message));
        }
    }

    void hoursNotPeopleAreTheLimit()
    {
        // Two servers of 10 h for a lunch (11:00–15:00) every day: 28 h for 20.
        RosterWeek w;
        w.monday = kMonday;
        w.staff = {member(QStringLiteral("paul"), QStringLiteral("Paul Martin"), {kServer}, 10),
                   member(QStringLiteral("lea"), QStringLiteral("Léa Bernard"), {kServer}, 10)};
        for (int d = 0; d < 7; ++d)
            need(w, kServer, d, "11:00", "15:00", 1);

        const RosterResult r = RosterOptimizer::solve(w, quick());
        QCOMPARE(r.status, RosterResult::Status::Infeasible);
        QVERIFY(!r.problems.isEmpty());
        int extra = 0;
        for (const RosterProblem& p : r.problems) {
            QCOMPARE(p.kind, RosterProblem::Kind::Hours);
            QCOMPARE(p.limitMinutes, 10 * 60);
            const StaffMember* m = w.member(p.personId);
            QVERIFY(m);
            QVERIFY2(p.message.contains(m->name), qPrintable(p.message));
            QVERIFY2(p.message.contains(RosterValidator::hoursLabel(10 * 60)), qPrintable(p.message));
            QVERIFY2(p.message.contains(RosterValidator::hoursLabel(p.extraMinutes)), qPrintable(p.message));
            extra += p.extraMinutes;
        }
        QCOMPARE(extra, 8 * 60); // the smallest change: 8 more hours
        // Only the contracts are broken by the roster proposed.
        for (const RosterViolation& v : RosterValidator::validate(w, r.shifts))
            QVERIFY2(v.rule == Rule::ContractHours, qPrintable(v.message));
    }

    void previousSundayNightPushesMondayStart()
    {
        RosterWeek w;
        w.monday = kMonday;
        w.staff = {member(QStringLiteral("hugo"), QStringLiteral("Hugo Petit"), {kChef})};
        need(w, kChef, 0, "12:00", "15:00", 1);    // hard from noon
        need(w, kChef, 0, "10:00", "15:00", 0, 1); // wanted from the opening

        // Fresh: Hugo opens at 10:00.
        RosterResult r = RosterOptimizer::solve(w, quick());
        QCOMPARE(r.status, RosterResult::Status::Optimal);
        QList<Shift> monday = shiftsOf(r.shifts, QStringLiteral("hugo"), kMonday);
        QCOMPARE(monday.size(), 1);
        QCOMPARE(monday.first().start, 10 * 60);

        // After closing at 00:30 on Sunday night: 11 h later, 11:30.
        w.previousShifts = {{QStringLiteral("hugo"), kChef, kMonday.addDays(-1), 17 * 60 + 30, 24 * 60 + 30}};
        r = RosterOptimizer::solve(w, quick());
        QCOMPARE(r.status, RosterResult::Status::Optimal);
        const QList<RosterViolation> violations = RosterValidator::validate(w, r.shifts);
        QVERIFY2(violations.isEmpty(), qPrintable(describe(violations)));
        monday = shiftsOf(r.shifts, QStringLiteral("hugo"), kMonday);
        QCOMPARE(monday.size(), 1);
        QCOMPARE(monday.first().start, 11 * 60 + 30);
        QVERIFY(monday.first().end >= 15 * 60);
    }

    void fiveDaysBeforeForbidASixth()
    {
        RosterWeek w;
        w.monday = kMonday;
        w.staff = {member(QStringLiteral("paul"), QStringLiteral("Paul Martin"), {kServer}),
                   member(QStringLiteral("lea"), QStringLiteral("Léa Bernard"), {kServer})};
        need(w, kServer, 0, "11:00", "15:00", 1, 2); // two wanted on Monday

        RosterResult r = RosterOptimizer::solve(w, quick());
        QCOMPARE(r.status, RosterResult::Status::Optimal);
        QCOMPARE(shiftsOf(r.shifts, QStringLiteral("paul"), kMonday).size(), 1);
        QCOMPARE(shiftsOf(r.shifts, QStringLiteral("lea"), kMonday).size(), 1);

        // Paul worked Wednesday to Sunday: Monday would be his sixth day.
        for (int d = -5; d <= -1; ++d)
            w.previousShifts << Shift{QStringLiteral("paul"), kServer, kMonday.addDays(d), 11 * 60, 15 * 60};
        r = RosterOptimizer::solve(w, quick());
        QCOMPARE(r.status, RosterResult::Status::Optimal);
        const QList<RosterViolation> violations = RosterValidator::validate(w, r.shifts);
        QVERIFY2(violations.isEmpty(), qPrintable(describe(violations)));
        QVERIFY(shiftsOf(r.shifts, QStringLiteral("paul"), kMonday).isEmpty());
        QCOMPARE(shiftsOf(r.shifts, QStringLiteral("lea"), kMonday).size(), 1);
        QCOMPARE(r.shortfallMinutes, 4 * 60); // the second server, missing
    }

    void jobReportsProgressAndFinishes()
    {
        const RosterWeek week = Test::realisticWeek(7, 20);
        RosterOptimizerJob job;
        QSignalSpy progressed(&job, &RosterOptimizerJob::progressed);
        QSignalSpy finished(&job, &RosterOptimizerJob::finished);
        QVERIFY(job.start(week, quick()));
        QVERIFY(!job.start(week, quick())); // one run at a time
        QVERIFY(finished.wait(30000));
        QVERIFY(progressed.size() >= 1);
        const auto p = progressed.first().first().value<RosterProgress>();
        QVERIFY(p.bound > 0);
        const auto r = finished.first().first().value<RosterResult>();
        QVERIFY2(r.status == RosterResult::Status::Optimal || r.status == RosterResult::Status::Feasible,
                 qPrintable(r.summary()));
        const QList<RosterViolation> violations = RosterValidator::validate(week, r.shifts);
        QVERIFY2(violations.isEmpty(), qPrintable(describe(violations)));
    }

    void cancelStopsPromptly_data()
    {
        QTest::addColumn<bool>("dive");
        QTest::addColumn<int>("after");
        QTest::newRow("with the dive") << true << 1500;
        QTest::newRow("CBC alone, early") << false << 1500;
        QTest::newRow("CBC alone, later") << false << 4000;
    }
    void cancelStopsPromptly()
    {
        QFETCH(bool, dive);
        QFETCH(int, after);
        // A large week, no gap allowed and a minute: still running when cancelled.
        const RosterWeek week = Test::realisticWeek(11, 60);
        RosterOptimizerOptions options;
        options.timeLimitSeconds = 60;
        options.relativeGap = 0;
        options.dive = dive;
        RosterOptimizerJob job;
        QSignalSpy finished(&job, &RosterOptimizerJob::finished);
        QVERIFY(job.start(week, options));
        QTest::qWait(after);
        QVERIFY(job.isRunning());
        QElapsedTimer clock;
        clock.start();
        job.cancel();
        QVERIFY(finished.wait(15000));
        const qint64 stoppedIn = clock.elapsed();
        qInfo("stopped %lld ms after cancel", qlonglong(stoppedIn));
        // Well under a second on a quiet machine (2–750 ms measured); the bound
        // leaves room for a loaded one (CBC raises no event during some root
        // work), and for the unoptimised, instrumented build (120–160 ms there
        // since the greedy start stops on cancel too; 3–6 s before): either
        // way far from the minute the run would have taken.
        // 1.9 s was seen with ten runnable threads on the two cores (a full
        // build beside the suite), hence one bound for every build.
        constexpr qint64 bound = 3000;
        QVERIFY2(stoppedIn < bound, qPrintable(QString::number(stoppedIn)));
        const auto r = finished.first().first().value<RosterResult>();
        QVERIFY2(r.status == RosterResult::Status::Cancelled, qPrintable(r.summary()));
        // The best roster so far (the greedy one at least) keeps the rules.
        QVERIFY(!r.shifts.isEmpty());
        const QList<RosterViolation> violations = RosterValidator::validate(week, r.shifts);
        QVERIFY2(violations.isEmpty(), qPrintable(describe(violations)));
    }

    void higherTargetPlansMoreStaff()
    {
        // Tuesday 14 July: covers × 1.5 (Fête nationale).
        const QDate tuesday = kMonday.addDays(1);
        const RosterWeek plain = Test::realisticWeek(5, 20);
        const RosterWeek festive = Test::realisticWeek(5, 20, kMonday, {1, 1.5, 1, 1, 1, 1, 1});
        int neededPlain = 0, neededFestive = 0;
        for (const DayNeed& n : plain.needs) {
            if (n.day == tuesday)
                neededPlain += std::accumulate(n.target.cbegin(), n.target.cend(), 0);
        }
        for (const DayNeed& n : festive.needs) {
            if (n.day == tuesday)
                neededFestive += std::accumulate(n.target.cbegin(), n.target.cend(), 0);
        }
        QVERIFY(neededFestive > neededPlain);

        const RosterResult a = RosterOptimizer::solve(plain, quick());
        const RosterResult b = RosterOptimizer::solve(festive, quick());
        QVERIFY(a.hasRoster() && b.hasRoster());
        QVERIFY(RosterValidator::validate(plain, a.shifts).isEmpty());
        QVERIFY(RosterValidator::validate(festive, b.shifts).isEmpty());
        qInfo("Tuesday: %d min planned, %d min on 14 July x1.5", plannedMinutes(a.shifts, tuesday),
              plannedMinutes(b.shifts, tuesday));
        QVERIFY(plannedMinutes(b.shifts, tuesday) > plannedMinutes(a.shifts, tuesday));
    }
};

QTEST_GUILESS_MAIN(TestRosterOptimizer)
#include "tst_rosteroptimizer.moc"
