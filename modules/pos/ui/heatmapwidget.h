#pragma once

#include "pos/core/salesrepository.h"

#include <QWidget>

namespace Moulin {

/// Turnover by weekday (rows, Monday first) and hour of day (columns), as a
/// grid of coloured cells with a colour scale. Click a cell, or move with the
/// arrow keys and press Enter, to see the receipts behind it.
class HeatMapWidget : public QWidget
{
    Q_OBJECT

public:
    explicit HeatMapWidget(QWidget* parent = nullptr);

    void setCells(const QList<HourWeekdayCell>& cells);
    qint64 cents(int weekday, int hour) const;
    qint64 maxCents() const { return m_max; }
    int firstHour() const { return m_firstHour; }
    int lastHour() const { return m_lastHour; }
    /// Centre of a cell in widget coordinates (for tests and tooltips).
    QRect cellRect(int weekday, int hour) const;
    /// Colour of a cell worth `cents` (the scale goes from pale to deep blue).
    QColor colorFor(qint64 cents) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void cellActivated(int weekday, int hour);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    struct Layout
    {
        QRectF grid;
        qreal cellWidth = 0;
        qreal cellHeight = 0;
        QRectF legend;
    };
    Layout layoutGeometry() const;
    bool cellAt(const QPoint& pos, int* weekday, int* hour) const;
    QString cellText(int weekday, int hour) const;
    void showCellTip(int weekday, int hour, const QPoint& globalPos);

    qint64 m_cents[8][24] = {};
    qint64 m_max = 0;
    qint64 m_total = 0;
    int m_firstHour = 10;
    int m_lastHour = 23;
    int m_hoverWeekday = 0;
    int m_hoverHour = -1;
    int m_focusWeekday = 1;
    int m_focusHour = -1;
};

} // namespace Moulin
