#pragma once

#include "suppliers/core/deliveryschedule.h"

#include <QColor>
#include <QDate>
#include <QHash>
#include <QWidget>

class QPainter;

namespace Moulin {

/// The deliveries calendar: a month (its weeks) or a week, each day listing
/// the deliveries expected per supplier, coloured by state (à venir, en
/// retard, partielle, reçue). Keyboard: arrows move the day (↑/↓ a week),
/// Page Up / Page Down the month (the week in week view), Home today, Enter
/// activates the day. The caller gives the deliveries of visibleRange().
class DeliveryCalendar : public QWidget
{
    Q_OBJECT

public:
    enum class Mode
    {
        Month,
        Week,
    };

    explicit DeliveryCalendar(QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    QDate selectedDate() const { return m_selected; }
    void setSelectedDate(const QDate& day);
    void setToday(const QDate& day);
    QDate today() const { return m_today; }
    /// The first and last day shown.
    std::pair<QDate, QDate> visibleRange() const;
    /// The deliveries to show (those outside visibleRange() are ignored).
    void setDeliveries(const QList<ScheduledDelivery>& deliveries);
    QList<ScheduledDelivery> deliveriesOn(const QDate& day) const { return m_byDay.value(day); }
    /// What a day's cell shows, one line per supplier ("METRO France SAS · 2 · En retard").
    QStringList cellLines(const QDate& day) const;
    /// The rectangle of `day`'s cell (empty when not shown).
    QRect cellRect(const QDate& day) const;

    static QColor background(DeliveryState state);
    static QColor foreground(DeliveryState state);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void selectedDateChanged(const QDate& day);
    /// The range shown changed (another month or week, or the mode).
    void rangeChanged(const QDate& from, const QDate& to);
    /// Enter or a double click on a day.
    void activated(const QDate& day);

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Chip
    {
        QString supplierName;
        DeliveryState state;
        int count = 0;
        QStringList orders;
    };
    QList<Chip> chipsOn(const QDate& day) const;
    QDate firstShown() const;
    void paintChip(QPainter& p, const QRect& rect, DeliveryState state) const;
    void paintWeekCell(QPainter& p, const QRect& cell, const QDate& day) const;
    /// The weeks shown: the month's (four to six), or one.
    int rows() const;
    QRect gridRect() const;
    QDate dateAt(const QPoint& pos) const;
    void move(const QDate& to);

    Mode m_mode = Mode::Month;
    QDate m_selected;
    QDate m_today;
    QHash<QDate, QList<ScheduledDelivery>> m_byDay;
};

} // namespace Moulin
