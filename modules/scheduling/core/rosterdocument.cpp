#include "scheduling/core/rosterdocument.h"

#include <QDateTime>

#include <algorithm>

namespace Moulin {

RosterDocument::RosterDocument(QObject* parent)
    : QObject(parent)
{
}

void RosterDocument::load(QSqlDatabase& db, const QDate& monday)
{
    m_config = RosterStore::config(db);
    m_week = RosterWeek();
    m_week.monday = monday;
    m_week.staff = m_config.staff;
    m_week.rules = m_config.rules();
    m_week.previousShifts = RosterStore::previousPublishedShifts(db, monday);
    computeNeeds(db);
    const StoredWeek stored = RosterStore::week(db, monday);
    m_state = stored.state;
    m_shifts = stored.shifts;
    m_solverStatus = stored.solverStatus;
    m_modified = false;
    m_locked = false;
    revalidate();
}

void RosterDocument::computeNeeds(QSqlDatabase& db)
{
    m_week.needs.clear();
    for (int d = 0; d < 7; ++d) {
        const QDate day = m_week.monday.addDays(d);
        m_week.needs += m_config.needs(day, coversAt(day));
    }
    m_computedNeeds = m_week.needs;
    RosterStore::applyNeedOverrides(db, &m_week.needs);
}

WeekCovers RosterDocument::covers() const
{
    if (m_covers.monday != m_week.monday) {
        WeekCovers none;
        none.monday = m_week.monday;
        return none;
    }
    return m_covers;
}

QList<double> RosterDocument::coversAt(const QDate& day) const
{
    return m_covers.monday == m_week.monday ? m_covers.coversOn(day) : QList<double>();
}

void RosterDocument::recomputeNeeds(QSqlDatabase& db)
{
    computeNeeds(db);
    revalidate();
}

const DayNeed* RosterDocument::computedNeed(const QString& role, const QDate& day) const
{
    for (const DayNeed& n : m_computedNeeds) {
        if (n.role == role && n.day == day)
            return &n;
    }
    return nullptr;
}

bool RosterDocument::setNeed(QSqlDatabase& db, const DayNeed& need, QString* error)
{
    const DayNeed* computed = computedNeed(need.role, need.day);
    if (!editable() || !computed) {
        if (error)
            *error = readOnly() ? tr("A published week is history: its needs cannot be changed.")
                                : tr("The needs cannot be changed now.");
        return false;
    }
    QMap<int, std::pair<int, int>> edits;
    for (int slot = 0; slot < DayNeed::kSlots; ++slot) {
        const int minimum = need.minimum.value(slot), target = need.target.value(slot);
        if (minimum < 0 || target < minimum) {
            if (error)
                *error = tr("At %1, the need (%2) is below the minimum (%3).")
                             .arg(minuteText(slot * kSlotMinutes))
                             .arg(target)
                             .arg(minimum);
            return false;
        }
        if (minimum != computed->minimum.value(slot) || target != computed->target.value(slot))
            edits.insert(slot, {minimum, target});
    }
    if (!RosterStore::replaceNeedOverrides(db, need.role, need.day, edits, error))
        return false;
    recomputeNeeds(db);
    return true;
}

QList<RosterViolation> RosterDocument::violationsOf(int index) const
{
    QList<RosterViolation> out;
    for (const RosterViolation& v : m_violations) {
        if (v.shifts.contains(index))
            out.append(v);
    }
    return out;
}

QList<int> RosterDocument::planned(const QString& role, const QDate& day) const
{
    QList<int> out(DayNeed::kSlots, 0);
    for (const Shift& s : m_shifts) {
        if (s.role != role || s.day != day)
            continue;
        for (int slot = std::max(0, s.start / kSlotMinutes);
             slot < std::min<int>(DayNeed::kSlots, (s.end + kSlotMinutes - 1) / kSlotMinutes); ++slot)
            ++out[slot];
    }
    return out;
}

Shift RosterDocument::snapped(Shift shift)
{
    auto snap = [](int minute) { return (minute + kSlotMinutes / 2) / kSlotMinutes * kSlotMinutes; };
    shift.start = std::clamp(snap(shift.start), 0, 1440 - kSlotMinutes);
    shift.end = std::clamp(snap(shift.end), shift.start + kSlotMinutes, 1440 + 6 * 60);
    return shift;
}

bool RosterDocument::addShift(const Shift& shift)
{
    if (!editable())
        return false;
    m_shifts.append(snapped(shift));
    m_modified = true;
    m_solverStatus.clear();
    revalidate();
    return true;
}

bool RosterDocument::updateShift(int index, const Shift& shift)
{
    if (!editable() || index < 0 || index >= m_shifts.size())
        return false;
    const Shift s = snapped(shift);
    if (s == m_shifts.at(index))
        return true;
    m_shifts[index] = s;
    m_modified = true;
    m_solverStatus.clear();
    revalidate();
    return true;
}

bool RosterDocument::removeShift(int index)
{
    if (!editable() || index < 0 || index >= m_shifts.size())
        return false;
    m_shifts.removeAt(index);
    m_modified = true;
    m_solverStatus.clear();
    revalidate();
    return true;
}

bool RosterDocument::setShifts(const QList<Shift>& shifts, const QString& solverStatus)
{
    if (!editable())
        return false;
    m_shifts = shifts;
    m_solverStatus = solverStatus;
    m_modified = true;
    revalidate();
    return true;
}

bool RosterDocument::save(QSqlDatabase& db, QString* error)
{
    if (!RosterStore::saveDraft(db, m_week.monday, m_shifts, m_solverStatus, m_week.staff, error))
        return false;
    m_state = StoredWeek::State::Draft;
    m_modified = false;
    Q_EMIT changed();
    return true;
}

bool RosterDocument::publish(QSqlDatabase& db, QString* error)
{
    if (m_modified && !save(db, error))
        return false;
    if (m_state == StoredWeek::State::None && !save(db, error))
        return false;
    if (!RosterStore::publish(db, m_week.monday, QDateTime::currentDateTimeUtc(), error))
        return false;
    m_state = StoredWeek::State::Published;
    Q_EMIT changed();
    return true;
}

void RosterDocument::revalidate()
{
    m_violations = RosterValidator::validate(m_week, m_shifts);
    Q_EMIT changed();
}

} // namespace Moulin
