// The independent roster validator on hand-made rosters: one broken rule at a
// time, and a roster that keeps them all.

#include "scheduling/core/rostervalidator.h"

#include <QTest>

using namespace Moulin;
using Rule = RosterViolation::Rule;

namespace {

// Monday 13 July 2026 to Sunday 19 July (the 14th is a Tuesday).
const QDate kMonday(2026, 7, 13);

Shift shift(const QString& person, const QString& role, int dayOffset, const char* start, const char* end)
{
    const int s = *parseMinute(QLatin1String(start));
    const int e = *parseMinute(QLatin1String(end), true);
    return {person, role, kMonday.addDays(dayOffset), s, e};
}

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

RosterWeek week()
{
    RosterWeek w;
    w.monday = kMonday;
    w.staff = {member(QStringLiteral("paul"), QStringLiteral("Paul Martin"), {QStringLiteral("server")}),
               member(QStringLiteral("lea"), QStringLiteral("Léa Bernard"),
                      {QStringLiteral("server"), QStringLiteral("bartender")}),
               member(QStringLiteral("hugo"), QStringLiteral("Hugo Petit"), {QStringLiteral("chef")}, 24)};
    return w;
}

QList<Rule> rules(const QList<RosterViolation>& violations)
{
    QList<Rule> out;
    for (const RosterViolation& v : violations)
        out.append(v.rule);
    return out;
}

QString describe(const QList<RosterViolation>& violations)
{
    QStringList lines;
    for (const RosterViolation& v : violations)
        lines << RosterViolation::code(v.rule) + QStringLiteral(": ") + v.message;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestRosterValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lawfulRosterHasNoViolation()
    {
        RosterWeek w = week();
        // Paul: five days, lunch + dinner split (11:00–15:00, 18:30–22:30) = 8 h,
        // but only 35 h: four split days (32 h) + a 3 h lunch.
        QList<Shift> shifts;
        for (int d = 0; d < 4; ++d) {
            shifts << shift(QStringLiteral("paul"), QStringLiteral("server"), d, "11:00", "15:00");
            shifts << shift(QStringLiteral("paul"), QStringLiteral("server"), d, "18:30", "22:30");
        }
        shifts << shift(QStringLiteral("paul"), QStringLiteral("server"), 4, "11:00", "14:00");
        // Hugo: 24 h contract, evenings ending at 00:30, then 11 h later at the earliest.
        shifts << shift(QStringLiteral("hugo"), QStringLiteral("chef"), 0, "17:30", "24:30");
        shifts << shift(QStringLiteral("hugo"), QStringLiteral("chef"), 1, "17:30", "24:30");
        shifts << shift(QStringLiteral("hugo"), QStringLiteral("chef"), 2, "11:30", "15:30");
        shifts << shift(QStringLiteral("hugo"), QStringLiteral("chef"), 3, "11:30", "17:30");
        const QList<RosterViolation> v = RosterValidator::validate(w, shifts);
        QVERIFY2(v.isEmpty(), qPrintable(describe(v)));
    }

    void restAcrossMidnight()
    {
        RosterWeek w = week();
        // Ends at 01:00 on Tuesday night, starts at 10:00 on Wednesday: 9 h.
        const QList<Shift> shifts{
            shift(QStringLiteral("paul"), QStringLiteral("server"), 1, "18:00", "25:00"),
            shift(QStringLiteral("paul"), QStringLiteral("server"), 2, "10:00", "15:00")};
        const QList<RosterViolation> v = RosterValidator::validate(w, shifts);
        QCOMPARE(rules(v), QList<Rule>{Rule::Rest});
        QCOMPARE(v.first().personId, QStringLiteral("paul"));
        QCOMPARE(v.first().day, kMonday.addDays(2));
        QCOMPARE(v.first().shifts, QList<int>{1});
        QVERIFY2(v.first().message.contains(QStringLiteral("9 h")), qPrintable(v.first().message));

        // From 12:00 it is 11 h: lawful.
        QList<Shift> later = shifts;
        later[1].start = 12 * 60;
        QVERIFY2(RosterValidator::validate(w, later).isEmpty(),
                 qPrintable(describe(RosterValidator::validate(w, later))));
    }

    void restAcrossTheWeekBoundary()
    {
        RosterWeek w = week();
        // Sunday of the previous (published) week until 23:30, Monday from 09:00: 9 h 30.
        w.previousShifts = {
            {QStringLiteral("lea"), QStringLiteral("bartender"), kMonday.addDays(-1), 17 * 60, 23 * 60 + 30}};
        const QList<Shift> shifts{
            shift(QStringLiteral("lea"), QStringLiteral("server"), 0, "09:00", "14:00")};
        const QList<RosterViolation> v = RosterValidator::validate(w, shifts);
        QCOMPARE(rules(v), QList<Rule>{Rule::Rest});
        QCOMPARE(v.first().day, kMonday);
        QVERIFY2(v.first().message.contains(QStringLiteral("9 h 30")), qPrintable(v.first().message));
    }

    void sixDaysAcrossTwoWeeks()
    {
        RosterWeek w = week();
        // Thursday to Sunday of the previous week, then Monday and Tuesday: six days.
        for (int d = -4; d < 0; ++d)
            w.previousShifts.append(
                {QStringLiteral("paul"), QStringLiteral("server"), kMonday.addDays(d), 11 * 60, 15 * 60});
        const QList<Shift> shifts{
            shift(QStringLiteral("paul"), QStringLiteral("server"), 0, "11:00", "15:00"),
            shift(QStringLiteral("paul"), QStringLiteral("server"), 1, "11:00", "15:00")};
        const QList<RosterViolation> v = RosterValidator::validate(w, shifts);
        QCOMPARE(rules(v), QList<Rule>{Rule::ConsecutiveDays});
        QCOMPARE(v.first().day, kMonday.addDays(-4));
        QVERIFY2(v.first().message.contains(QLatin1String("6")), qPrintable(v.first().message));
        // Reported once for the run, naming both of this week's shifts.
        QCOMPARE(v.first().shifts, (QList<int>{0, 1}));

        // Five in a row (Monday off) is lawful.
        QVERIFY(RosterValidator::validate(w, {shifts.at(1)}).isEmpty());
    }

    void weeklyAndContractHours()
    {
        RosterWeek w = week();
        // Hugo, 24 h contract: 4 × 7 h = 28 h (contract broken, the 35 h cap not).
        QList<Shift> shifts;
        for (int d = 0; d < 4; ++d)
            shifts << shift(QStringLiteral("hugo"), QStringLiteral("chef"), d, "16:00", "23:00");
        QCOMPARE(rules(RosterValidator::validate(w, shifts)), QList<Rule>{Rule::ContractHours});
        // Paul, 35 h contract: 5 × 7 h 30 = 37 h 30: both.
        QList<Shift> paul;
        for (int d = 0; d < 5; ++d)
            paul << shift(QStringLiteral("paul"), QStringLiteral("server"), d, "15:00", "22:30");
        const QList<RosterViolation> v = RosterValidator::validate(w, paul);
        QCOMPARE(rules(v), (QList<Rule>{Rule::WeeklyHours, Rule::ContractHours}));
        QVERIFY2(v.first().message.contains(QStringLiteral("37 h 30")), qPrintable(v.first().message));
        QCOMPARE(v.first().shifts.size(), 5);
    }

    void shiftsOfAnotherWeekDoNotCount()
    {
        RosterWeek w = week();
        QList<Shift> paul;
        for (int d = 0; d < 4; ++d)
            paul << shift(QStringLiteral("paul"), QStringLiteral("server"), d, "15:00", "22:30");
        // A shift of next Monday is not this week's: 30 h, lawful.
        paul << shift(QStringLiteral("paul"), QStringLiteral("server"), 7, "15:00", "22:30");
        QVERIFY(RosterValidator::validate(w, paul).isEmpty());
    }

    void coverageNamesTheMissingRoleAndTime()
    {
        RosterWeek w = week();
        DayNeed need(QStringLiteral("server"), kMonday.addDays(5)); // Saturday
        for (int slot = 19 * 4; slot < 22 * 4; ++slot)
            need.minimum[slot] = 2;
        need.target = need.minimum;
        w.needs = {need};
        // Only Paul, 18:00–23:00: one server short 19:00–22:00.
        QList<Shift> shifts{shift(QStringLiteral("paul"), QStringLiteral("server"), 5, "18:00", "23:00")};
        QList<RosterViolation> v = RosterValidator::validate(w, shifts);
        QCOMPARE(rules(v), QList<Rule>{Rule::Coverage});
        QCOMPARE(v.first().role, QStringLiteral("server"));
        QCOMPARE(v.first().startMinute, 19 * 60);
        QCOMPARE(v.first().endMinute, 22 * 60);
        QCOMPARE(v.first().missing, 1);
        QVERIFY2(v.first().message.contains(QStringLiteral("19:00–22:00")), qPrintable(v.first().message));

        // Léa as a bartender does not count as a server…
        shifts << shift(QStringLiteral("lea"), QStringLiteral("bartender"), 5, "18:00", "23:00");
        QCOMPARE(rules(RosterValidator::validate(w, shifts)), QList<Rule>{Rule::Coverage});
        // … as a server she does, even for part of the span (20:00–22:00 still short).
        shifts.last() = shift(QStringLiteral("lea"), QStringLiteral("server"), 5, "17:00", "20:00");
        v = RosterValidator::validate(w, shifts);
        QCOMPARE(rules(v), QList<Rule>{Rule::Coverage});
        QCOMPARE(v.first().startMinute, 20 * 60);
        shifts.last() = shift(QStringLiteral("lea"), QStringLiteral("server"), 5, "18:00", "23:00");
        QVERIFY(RosterValidator::validate(w, shifts).isEmpty());
    }

    void roleLeaveAvailabilityUnknown()
    {
        RosterWeek w = week();
        w.staff[0].leave.insert(kMonday.addDays(2));
        w.staff[1].availability.insert(4, {{11 * 60, 15 * 60}}); // Thursdays: lunch only
        const QList<Shift> shifts{
            shift(QStringLiteral("paul"), QStringLiteral("chef"), 0, "11:00", "15:00"),      // role
            shift(QStringLiteral("paul"), QStringLiteral("server"), 2, "11:00", "15:00"),    // leave
            shift(QStringLiteral("lea"), QStringLiteral("server"), 3, "11:00", "15:00"),     // fine
            shift(QStringLiteral("lea"), QStringLiteral("server"), 3, "18:00", "23:00"),     // availability
            shift(QStringLiteral("nobody"), QStringLiteral("server"), 4, "11:00", "15:00")}; // unknown
        const QList<RosterViolation> v = RosterValidator::validate(w, shifts);
        QCOMPARE(v.size(), 4);
        QMap<Rule, QList<int>> byRule;
        for (const RosterViolation& x : v)
            byRule[x.rule] = x.shifts;
        QCOMPARE(byRule.value(Rule::Role), QList<int>{0});
        QCOMPARE(byRule.value(Rule::Leave), QList<int>{1});
        QCOMPARE(byRule.value(Rule::Availability), QList<int>{3});
        QCOMPARE(byRule.value(Rule::UnknownPerson), QList<int>{4});
    }

    void splitShiftsAndOverlaps()
    {
        RosterWeek w = week();
        w.staff[2].splitShiftAllowed = false; // Hugo: no coupure
        const QList<Shift> shifts{
            shift(QStringLiteral("hugo"), QStringLiteral("chef"), 0, "10:00", "14:00"),
            shift(QStringLiteral("hugo"), QStringLiteral("chef"), 0, "18:00", "22:00"), // split not allowed
            shift(QStringLiteral("paul"), QStringLiteral("server"), 1, "10:00", "14:00"),
            shift(QStringLiteral("paul"), QStringLiteral("server"), 1, "14:30", "18:00"), // break of 30 min
            shift(QStringLiteral("lea"), QStringLiteral("server"), 2, "10:00", "14:00"),
            shift(QStringLiteral("lea"), QStringLiteral("bartender"), 2, "13:00", "17:00"), // overlap
        };
        const QList<RosterViolation> v = RosterValidator::validate(w, shifts);
        QCOMPARE(rules(v), (QList<Rule>{Rule::SplitShift, Rule::SplitShift, Rule::Overlap}));
        QCOMPARE(v.at(0).personId, QStringLiteral("hugo"));
        QCOMPARE(v.at(1).personId, QStringLiteral("paul"));
        QVERIFY2(v.at(1).message.contains(QStringLiteral("0 h 30")), qPrintable(v.at(1).message));
        QCOMPARE(v.at(2).shifts, (QList<int>{4, 5}));

        // Three shifts in a day, each lawful alone.
        const QList<Shift> three{
            shift(QStringLiteral("paul"), QStringLiteral("server"), 3, "08:00", "11:00"),
            shift(QStringLiteral("paul"), QStringLiteral("server"), 3, "12:00", "15:00"),
            shift(QStringLiteral("paul"), QStringLiteral("server"), 3, "18:00", "21:00")};
        QCOMPARE(rules(RosterValidator::validate(w, three)), QList<Rule>{Rule::SplitShift});
    }

    void shiftLengthBounds()
    {
        RosterWeek w = week();
        const QList<Shift> shifts{
            shift(QStringLiteral("paul"), QStringLiteral("server"), 0, "12:00", "14:00"),
            shift(QStringLiteral("lea"), QStringLiteral("server"), 1, "09:00", "20:00")};
        const QList<RosterViolation> v = RosterValidator::validate(w, shifts);
        QCOMPARE(rules(v), (QList<Rule>{Rule::ShiftLength, Rule::ShiftLength}));
        QVERIFY2(v.at(0).message.contains(QStringLiteral("2 h")), qPrintable(v.at(0).message));
        QVERIFY2(v.at(1).message.contains(QStringLiteral("11 h")), qPrintable(v.at(1).message));
    }

    void minuteTexts()
    {
        QCOMPARE(parseMinute(QStringLiteral("12:30")), std::optional<int>(750));
        QCOMPARE(parseMinute(QStringLiteral("24:30")), std::optional<int>());
        QCOMPARE(parseMinute(QStringLiteral("24:30"), true), std::optional<int>(1470));
        QCOMPARE(parseMinute(QStringLiteral("12:10")), std::optional<int>()); // not a quarter
        QCOMPARE(parseMinute(QStringLiteral("noon")), std::optional<int>());
        QCOMPARE(minuteText(1470), QStringLiteral("00:30"));
        QCOMPARE(RosterValidator::hoursLabel(37 * 60 + 30), QStringLiteral("37 h 30"));
    }
};

QTEST_GUILESS_MAIN(TestRosterValidator)
#include "tst_rostervalidator.moc"
