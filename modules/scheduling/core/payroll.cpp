#include "scheduling/core/payroll.h"

#include "common/core/frenchholidays.h"
#include "scheduling/core/rostervalidator.h"

#include <QLocale>
#include <QMap>

#include <algorithm>

namespace Moulin {

namespace {

QString csvField(const QString& s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString decimalHours(int minutes)
{
    return QString::number(minutes / 60.0, 'f', 2);
}

QString decimalEuros(qint64 cents)
{
    const qint64 a = cents < 0 ? -cents : cents;
    return QStringLiteral("%1%2.%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(a / 100)
        .arg(a % 100, 2, 10, QLatin1Char('0'));
}

int overlap(int a0, int a1, int b0, int b1)
{
    return std::max(0, std::min(a1, b1) - std::max(a0, b0));
}

} // namespace

int Payroll::minutesOnDays(const QDate& day, int start, int end,
                           const std::function<bool(const QDate&)>& counts)
{
    int total = 0;
    for (int k = std::max(0, start / 1440); k * 1440 < end; ++k) {
        if (counts(day.addDays(k)))
            total += overlap(start, end, k * 1440, (k + 1) * 1440);
    }
    return total;
}

int Payroll::nightMinutes(const QDate& /*day*/, int start, int end, const PayrollRules& rules)
{
    int total = 0;
    for (int k = std::max(0, start / 1440); k * 1440 < end; ++k) {
        const int base = k * 1440;
        total += overlap(start, end, base, base + rules.nightEndMinute);
        total += overlap(start, end, base + rules.nightStartMinute, base + 1440);
    }
    return total;
}

PayrollSummary Payroll::compute(const QDate& monday, const QList<Shift>& shifts,
                                const QList<StaffMember>& staff, const QHash<QString, QString>& names,
                                const PayrollRules& rules)
{
    PayrollSummary out;
    out.monday = monday;
    QHash<QString, const StaffMember*> members;
    for (const StaffMember& m : staff)
        members.insert(m.id, &m);
    QMap<QString, PayrollLine> byPerson;
    QHash<QString, QMap<QDate, QList<Shift>>> days;
    auto isSunday = [](const QDate& d) { return d.dayOfWeek() == 7; };
    auto isHoliday = [](const QDate& d) { return !FrenchHolidays::nameOf(d).isEmpty(); };
    for (const Shift& s : shifts) {
        PayrollLine& line = byPerson[s.personId];
        if (line.personId.isEmpty()) {
            line.personId = s.personId;
            const StaffMember* m = members.value(s.personId);
            line.name = names.value(s.personId, m ? m->name : s.personId);
            line.hourlyCostCents = m ? m->hourlyCostCents : 0;
        }
        ++line.shifts;
        line.minutes += std::max(0, s.minutes());
        line.nightMinutes += nightMinutes(s.day, s.start, s.end, rules);
        line.sundayMinutes += minutesOnDays(s.day, s.start, s.end, isSunday);
        line.holidayMinutes += minutesOnDays(s.day, s.start, s.end, isHoliday);
        days[s.personId][s.day] << s;
    }
    for (auto it = byPerson.begin(); it != byPerson.end(); ++it) {
        PayrollLine& line = it.value();
        // A coupure: two shifts the same day with a break between them.
        for (QList<Shift> ofDay : days.value(line.personId)) {
            std::sort(ofDay.begin(), ofDay.end(),
                      [](const Shift& a, const Shift& b) { return a.start < b.start; });
            for (int i = 1; i < ofDay.size(); ++i) {
                if (ofDay.at(i).start > ofDay.at(i - 1).end) {
                    ++line.splitShifts;
                    break;
                }
            }
        }
        line.costCents = (qint64(line.minutes) * line.hourlyCostCents + 30) / 60;
        out.lines << line;
    }
    std::sort(out.lines.begin(), out.lines.end(), [](const PayrollLine& a, const PayrollLine& b) {
        const int c = QString::localeAwareCompare(a.name, b.name);
        return c != 0 ? c < 0 : a.personId < b.personId;
    });
    out.total.name = tr("Total");
    for (const PayrollLine& l : std::as_const(out.lines)) {
        out.total.shifts += l.shifts;
        out.total.minutes += l.minutes;
        out.total.nightMinutes += l.nightMinutes;
        out.total.sundayMinutes += l.sundayMinutes;
        out.total.holidayMinutes += l.holidayMinutes;
        out.total.splitShifts += l.splitShifts;
        out.total.costCents += l.costCents;
    }
    return out;
}

QByteArray Payroll::csv(const PayrollSummary& summary)
{
    QByteArray out("person,person_id,shifts,hours,night_hours,sunday_hours,holiday_hours,split_shifts,"
                   "hourly_cost,labour_cost\n");
    auto row = [&out](const PayrollLine& l, const QString& name, const QString& id, const QString& rate) {
        const QStringList fields{csvField(name),
                                 csvField(id),
                                 QString::number(l.shifts),
                                 decimalHours(l.minutes),
                                 decimalHours(l.nightMinutes),
                                 decimalHours(l.sundayMinutes),
                                 decimalHours(l.holidayMinutes),
                                 QString::number(l.splitShifts),
                                 rate,
                                 decimalEuros(l.costCents)};
        out += fields.join(QLatin1Char(',')).toUtf8() + '\n';
    };
    for (const PayrollLine& l : summary.lines)
        row(l, l.name, l.personId, decimalEuros(l.hourlyCostCents));
    row(summary.total, QStringLiteral("TOTAL"), QString(), QString());
    return out;
}

QString Payroll::euros(qint64 cents)
{
    return QLocale().toCurrencyString(cents / 100.0, QStringLiteral("€"), 2);
}

QString Payroll::hours(int minutes)
{
    return RosterValidator::hoursLabel(minutes);
}

} // namespace Moulin
