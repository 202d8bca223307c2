#pragma once

#include "reservation/core/bookstore.h"

#include <QAbstractButton>
#include <QWidget>

class QGridLayout;
class QLabel;
class QToolButton;

namespace Moulin {

/// One service of one day in the week: covers against capacity, a bar, the
/// state; a button that opens the day.
class LoadCell : public QAbstractButton
{
    Q_OBJECT

public:
    explicit LoadCell(QWidget* parent = nullptr);
    void setLoad(const ServiceLoad& load, bool selected);
    const ServiceLoad& load() const { return m_load; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    ServiceLoad m_load;
    bool m_selected = false;
};

/// Seven days × two services of covers against capacity, from Monday; a
/// click (or Enter on a cell) opens the day.
class WeekOverview : public QWidget
{
    Q_OBJECT

public:
    explicit WeekOverview(QWidget* parent = nullptr);

    /// `loads`: both services of seven days from a Monday (BookStore::loads).
    void setLoads(const QList<ServiceLoad>& loads, const QDate& today, const QDate& selected);
    LoadCell* cell(int dayIndex, int service) const;
    QString titleText() const;

Q_SIGNALS:
    void dayActivated(const QDate& day, int service);
    /// ‹ / ›: the week before or after (-1 / +1).
    void weekShiftRequested(int direction);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    QList<ServiceLoad> m_loads;
    QDate m_today;
    QDate m_selected;
    QLabel* m_title;
    QToolButton* m_previous;
    QToolButton* m_next;
    QLabel* m_dayLabels[7];
    QLabel* m_totals[7];
    QLabel* m_serviceLabels[2];
    QLabel* m_totalLabel;
    LoadCell* m_cells[7][2];
};

} // namespace Moulin
