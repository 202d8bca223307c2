#pragma once

#include "pos/core/salesrepository.h"

#include <QDateTime>
#include <QTimeZone>
#include <QWidget>

class QButtonGroup;
class QDateEdit;
class QToolButton;

namespace Moulin {

/// Today / week / month / custom, with ◀ ▶ to step to the previous or next
/// one. Weeks run Monday to Sunday, months from the 1st to the last day; both
/// cover the whole calendar span even when it is not over yet.
class PeriodPicker : public QWidget
{
    Q_OBJECT

public:
    enum class Preset
    {
        Today,
        Week,
        Month,
        Custom
    };
    Q_ENUM(Preset)

    explicit PeriodPicker(QWidget* parent = nullptr);

    /// The period of `preset` that contains `anchor` (Custom: just `anchor`).
    static SalesPeriod rangeFor(Preset preset, const QDate& anchor);
    /// `current` moved by one day / week / month, or by its own length for a
    /// custom period; `direction` is -1 or +1.
    static SalesPeriod shifted(Preset preset, const SalesPeriod& current, int direction);

    Preset preset() const { return m_preset; }
    SalesPeriod period() const { return m_period; }

    /// The clock: the system's, read in timeZone() (the restaurant's), unless
    /// a test stops it. A period that contained "today" follows it to the new
    /// day (see followToday()).
    ///
    /// setNow(): stopped at this instant (its local date and time of day in
    /// timeZone()); an invalid one restarts the system clock.
    void setNow(const QDateTime& now);
    /// Stopped on this day without a time of day: the day counts as a whole
    /// (no cut of last year's figures, see now()).
    void setToday(const QDate& today);
    QDate today() const;
    /// The restaurant's local date and time now (in timeZone()); invalid for
    /// a clock stopped with setToday() (the time of day is not known).
    QDateTime now() const;
    /// Default Europe/Paris; SalesTab takes its data source's.
    void setTimeZone(const QTimeZone& zone);
    QTimeZone timeZone() const { return m_zone; }
    /// After midnight: if the period shown was the current one (this week,
    /// this month...), moves it to the one that contains the new today. A
    /// period the user stepped back to, or a custom one, stays.
    void followToday();

    /// Selects `preset` around today (Custom keeps the current dates).
    void setPreset(Preset preset);
    /// Switches to Custom with these dates (swapped if reversed).
    void setCustomPeriod(const SalesPeriod& period);
    /// -1: previous period, +1: next one (not past the current period).
    void shift(int direction);

Q_SIGNALS:
    void periodChanged(const Moulin::SalesPeriod& period);

protected:
    void changeEvent(QEvent* event) override;

private:
    void apply(Preset preset, const SalesPeriod& period);
    void syncWidgets();
    void retranslateUi();

    Preset m_preset = Preset::Month;
    SalesPeriod m_period;
    QDate m_today;   // setToday()
    QDateTime m_now; // setNow()
    QTimeZone m_zone{"Europe/Paris"};
    bool m_followsToday = true;
    bool m_updating = false;

    QToolButton* m_previous;
    QToolButton* m_next;
    QButtonGroup* m_group;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QWidget* m_customBox;
};

} // namespace Moulin
