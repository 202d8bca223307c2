#include "scheduling/core/roster.h"

namespace Moulin {

QString minuteText(int minute)
{
    const int m = ((minute % 1440) + 1440) % 1440;
    return QStringLiteral("%1:%2").arg(m / 60, 2, 10, QLatin1Char('0')).arg(m % 60, 2, 10, QLatin1Char('0'));
}

std::optional<int> parseMinute(const QString& text, bool allowPastMidnight)
{
    const QStringList parts = text.trimmed().split(QLatin1Char(':'));
    if (parts.size() != 2 || parts.at(0).isEmpty() || parts.at(1).size() != 2)
        return std::nullopt;
    bool okH = false, okM = false;
    const int h = parts.at(0).toInt(&okH);
    const int m = parts.at(1).toInt(&okM);
    if (!okH || !okM || h < 0 || m < 0 || m >= 60 || m % kSlotMinutes != 0)
        return std::nullopt;
    const int minute = h * 60 + m;
    if (minute > (allowPastMidnight ? 1440 + 6 * 60 : 1440))
        return std::nullopt;
    return minute;
}

bool StaffMember::availableOn(const QDate& day, int start, int end) const
{
    if (leave.contains(day))
        return false;
    const auto it = availability.constFind(day.dayOfWeek());
    if (it == availability.constEnd())
        return true;
    for (const TimeWindow& w : *it) {
        if (w.contains(start, end))
            return true;
    }
    return false;
}

const StaffMember* RosterWeek::member(const QString& id) const
{
    for (const StaffMember& m : staff) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

const DayNeed* RosterWeek::need(const QString& role, const QDate& day) const
{
    for (const DayNeed& n : needs) {
        if (n.role == role && n.day == day)
            return &n;
    }
    return nullptr;
}

} // namespace Moulin
