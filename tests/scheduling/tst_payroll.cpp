// The payroll summary: night hours across midnight and before 06:00, Sunday
// hours by the calendar day (Saturday night into Sunday, Sunday night into
// Monday), public-holiday hours (Christmas), coupures, labour cost and the
// totals; the payroll CSV's figures.

#include "scheduling/core/payroll.h"

#include <QTest>

using namespace Moulin;

namespace {

const QString kServer = QStringLiteral("server");

StaffMember member(const QString& id, const QString& name, qint64 costCents)
{
    StaffMember m;
    m.id = id;
    m.name = name;
    m.roles = {kServer};
    m.hourlyCostCents = costCents;
    return m;
}

} // namespace

class TestPayroll : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nightMinutes()
    {
        const QDate friday(2026, 12, 11);
        QCOMPARE(Payroll::nightMinutes(friday, 12 * 60, 15 * 60), 0);
        QCOMPARE(Payroll::nightMinutes(friday, 19 * 60, 23 * 60), 120);          // 21:00–23:00
        QCOMPARE(Payroll::nightMinutes(friday, 19 * 60, 25 * 60), 240);          // 21:00–01:00
        QCOMPARE(Payroll::nightMinutes(friday, 5 * 60, 9 * 60), 60);             // 05:00–06:00
        QCOMPARE(Payroll::nightMinutes(friday, 20 * 60, 24 * 60 + 7 * 60), 540); // 21:00–06:00
        PayrollRules rules;
        rules.nightStartMinute = 22 * 60;
        rules.nightEndMinute = 5 * 60;
        QCOMPARE(Payroll::nightMinutes(friday, 19 * 60, 25 * 60, rules), 180);
    }

    void sundayAndHolidayByCalendarDay()
    {
        auto sunday = [](const QDate& d) { return d.dayOfWeek() == 7; };
        const QDate saturday(2026, 12, 12);
        // Saturday night into Sunday: the half hour after midnight is Sunday's.
        QCOMPARE(Payroll::minutesOnDays(saturday, 18 * 60, 24 * 60 + 30, sunday), 30);
        // Sunday night into Monday: nothing after midnight.
        QCOMPARE(Payroll::minutesOnDays(saturday.addDays(1), 19 * 60, 25 * 60, sunday), 300);
        QCOMPARE(Payroll::minutesOnDays(saturday.addDays(-1), 11 * 60, 15 * 60, sunday), 0);
    }

    void weekSummaryAndCsv()
    {
        // The week of Christmas 2026 (Friday 25 December).
        const QDate monday(2026, 12, 21);
        const QList<StaffMember> staff{member(QStringLiteral("paul"), QStringLiteral("Paul Martin"), 1320),
                                       member(QStringLiteral("lea"), QStringLiteral("Léa Bernard"), 1350),
                                       member(QStringLiteral("hugo"), QStringLiteral("Hugo Petit"), 1250)};
        auto at = [&monday](const char* person, int day, int start, int end) {
            return Shift{QLatin1String(person), kServer, monday.addDays(day), start, end};
        };
        const QList<Shift> shifts{
            // Paul: Christmas Eve until 00:30 (half an hour on the holiday, 3 h 30 of night),
            // Christmas lunch, a coupure on Saturday, Sunday night until 01:00 on Monday.
            at("paul", 3, 19 * 60, 24 * 60 + 30),
            at("paul", 4, 11 * 60, 15 * 60),
            at("paul", 5, 11 * 60, 14 * 60 + 30),
            at("paul", 5, 18 * 60 + 30, 23 * 60),
            at("paul", 6, 19 * 60, 25 * 60),
            // Léa: two lunches, one on Sunday.
            at("lea", 1, 11 * 60, 15 * 60),
            at("lea", 6, 11 * 60, 15 * 60),
            // Someone no longer on the staff list: named as saved, no cost known.
            at("ines", 2, 12 * 60, 15 * 60),
        };
        const QHash<QString, QString> names{{QStringLiteral("ines"), QStringLiteral("Inès Lefebvre")}};
        const PayrollSummary summary = Payroll::compute(monday, shifts, staff, names);
        QCOMPARE(summary.monday, monday);
        QCOMPARE(summary.lines.size(), 3); // Hugo has no shift
        QCOMPARE(summary.lines.at(0).name, QStringLiteral("Inès Lefebvre"));
        QCOMPARE(summary.lines.at(1).name, QStringLiteral("Léa Bernard"));
        QCOMPARE(summary.lines.at(2).name, QStringLiteral("Paul Martin"));

        const PayrollLine& paul = summary.lines.at(2);
        QCOMPARE(paul.shifts, 5);
        QCOMPARE(paul.minutes, 330 + 240 + 210 + 270 + 360); // 23 h 30
        QCOMPARE(paul.nightMinutes, 210 + 0 + 0 + 120 + 240);
        QCOMPARE(paul.sundayMinutes, 300);
        QCOMPARE(paul.holidayMinutes, 30 + 240);
        QCOMPARE(paul.splitShifts, 1);
        QCOMPARE(paul.hourlyCostCents, 1320);
        QCOMPARE(paul.costCents, qint64(1410) * 1320 / 60); // 23.5 h × 13,20 € = 310,20 €
        QCOMPARE(paul.costCents, 31020);

        const PayrollLine& lea = summary.lines.at(1);
        QCOMPARE(lea.minutes, 480);
        QCOMPARE(lea.sundayMinutes, 240);
        QCOMPARE(lea.nightMinutes, 0);
        QCOMPARE(lea.splitShifts, 0);
        QCOMPARE(lea.costCents, 10800);

        const PayrollLine& ines = summary.lines.at(0);
        QCOMPARE(ines.minutes, 180);
        QCOMPARE(ines.costCents, 0);

        QCOMPARE(summary.total.minutes, 1410 + 480 + 180);
        QCOMPARE(summary.total.nightMinutes, 570);
        QCOMPARE(summary.total.sundayMinutes, 540);
        QCOMPARE(summary.total.holidayMinutes, 270);
        QCOMPARE(summary.total.splitShifts, 1);
        QCOMPARE(summary.total.shifts, 8);
        QCOMPARE(summary.total.costCents, 31020 + 10800);

        const QList<QByteArray> lines = Payroll::csv(summary).split('\n');
        QCOMPARE(lines.size(), 6); // header, three people, the total, the final newline
        QCOMPARE(lines.at(0),
                 QByteArray("person,person_id,shifts,hours,night_hours,sunday_hours,holiday_hours,"
                            "split_shifts,hourly_cost,labour_cost"));
        QCOMPARE(lines.at(1), QByteArray("Inès Lefebvre,ines,1,3.00,0.00,0.00,0.00,0,0.00,0.00"));
        QCOMPARE(lines.at(2), QByteArray("Léa Bernard,lea,2,8.00,0.00,4.00,0.00,0,13.50,108.00"));
        QCOMPARE(lines.at(3), QByteArray("Paul Martin,paul,5,23.50,9.50,5.00,4.50,1,13.20,310.20"));
        QCOMPARE(lines.at(4), QByteArray("TOTAL,,8,34.50,9.50,9.00,4.50,1,,418.20"));
        QVERIFY(lines.at(5).isEmpty());
    }

    void eurosFrenchStyle()
    {
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        const QString text = Payroll::euros(123450);
        QLocale::setDefault(previous);
        // "1 234,50 €" with a (narrow) no-break space as the thousands separator.
        QString plain = text;
        plain.replace(QChar(0x202F), QLatin1Char(' ')).replace(QChar(0x00A0), QLatin1Char(' '));
        QCOMPARE(plain, QStringLiteral("1 234,50 €"));
    }
};

QTEST_GUILESS_MAIN(TestPayroll)
#include "tst_payroll.moc"
