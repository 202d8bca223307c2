#pragma once

// One week's roster being edited: the week (staff, needs, rules, the previous
// published week), its shifts, and the violations the independent validator
// finds after every edit. Widget-free: the Plannings tab's grid and chart
// read it and call its edits; it signals, no widget owns the model.

#include "scheduling/core/rostercovers.h"
#include "scheduling/core/rosterstore.h"
#include "scheduling/core/rostervalidator.h"

#include <QObject>

namespace Moulin {

class RosterDocument : public QObject
{
    Q_OBJECT

public:
    explicit RosterDocument(QObject* parent = nullptr);

    /// The covers forecast the needs are made of (RosterCovers::compute):
    /// the covers served per slot. Covers of another week than the
    /// one loaded are kept for when it is; none known: needs at min_staff
    /// while open. Takes effect at the next load() or recomputeNeeds().
    void setCovers(const WeekCovers& covers) { m_covers = covers; }
    /// The covers of the loaded week (available false when none).
    WeekCovers covers() const;

    /// Reads the week of `monday` (and the configuration) from `db`.
    void load(QSqlDatabase& db, const QDate& monday);

    const RosterWeek& week() const { return m_week; }
    const StaffingConfig& config() const { return m_config; }
    const QList<Shift>& shifts() const { return m_shifts; }
    const QList<RosterViolation>& violations() const { return m_violations; }
    StoredWeek::State state() const { return m_state; }
    bool readOnly() const { return m_state == StoredWeek::State::Published; }
    /// Locked while the optimiser works on the week: edits are refused, the
    /// roster can still be read.
    bool locked() const { return m_locked; }
    void setLocked(bool locked) { m_locked = locked; }
    /// Neither published nor locked.
    bool editable() const { return !readOnly() && !m_locked; }
    bool modified() const { return m_modified; }
    QString solverStatus() const { return m_solverStatus; }

    /// Recomputes the week's needs (the covers, the configuration as loaded,
    /// the hand edits) and revalidates; the shifts stay as they are.
    void recomputeNeeds(QSqlDatabase& db);
    /// The need of `role` on `day` as computed, before the hand edits.
    const DayNeed* computedNeed(const QString& role, const QDate& day) const;
    /// The covers expected to be served per DayNeed slot of `day` (empty: none known).
    QList<double> coversAt(const QDate& day) const;
    /// Replaces the hand edits of `need`'s role and day: the slots where it
    /// differs from the computed need are kept as edits, the others follow
    /// the forecast again. Refused on a published or locked week, or when a
    /// minimum is negative or a need below its minimum (`*error` says why).
    bool setNeed(QSqlDatabase& db, const DayNeed& need, QString* error);

    /// Violations naming shift `index`.
    QList<RosterViolation> violationsOf(int index) const;
    /// Staff planned for `role` per slot of `day` (DayNeed::kSlots).
    QList<int> planned(const QString& role, const QDate& day) const;

    // Edits (refused on a published or locked week). Times snap to 15 minutes.
    bool addShift(const Shift& shift);
    bool updateShift(int index, const Shift& shift);
    bool removeShift(int index);
    /// Replaces every shift (the optimiser's answer), with its status.
    bool setShifts(const QList<Shift>& shifts, const QString& solverStatus);

    bool save(QSqlDatabase& db, QString* error);
    bool publish(QSqlDatabase& db, QString* error);

Q_SIGNALS:
    /// The shifts or the violations changed (an edit, a load).
    void changed();

private:
    void revalidate();
    void computeNeeds(QSqlDatabase& db);
    static Shift snapped(Shift shift);

    WeekCovers m_covers;
    QList<DayNeed> m_computedNeeds;
    StaffingConfig m_config;
    RosterWeek m_week;
    QList<Shift> m_shifts;
    QList<RosterViolation> m_violations;
    StoredWeek::State m_state = StoredWeek::State::None;
    QString m_solverStatus;
    bool m_modified = false;
    bool m_locked = false;
};

} // namespace Moulin
