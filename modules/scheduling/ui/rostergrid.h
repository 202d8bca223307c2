#pragma once

#include <QPointer>
#include <QWidget>

namespace Moulin {

class RosterDocument;

/// The week's roster as a grid: one row per person, one column per day, each
/// shift a block placed by its hours (09:00 to 01:00). Drag a block to move
/// it (to another day or person), drag its edges to change its hours (15
/// minutes at a time), double-click an empty place to add a four-hour shift,
/// Delete to remove the selected one. Blocks that break a rule are drawn in
/// red with the reasons in their tooltip; the grid repaints on every change
/// of the document.
class RosterGrid : public QWidget
{
    Q_OBJECT

public:
    explicit RosterGrid(RosterDocument* document, QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    int selectedShift() const { return m_selected; }
    void setSelectedShift(int index);
    /// The block of shift `index` (empty when it is not shown).
    QRectF shiftRect(int index) const;
    /// Where a minute of a day and a person's row is drawn (for tests and drops).
    QPointF pointAt(const QString& personId, int dayOffset, int minute) const;

Q_SIGNALS:
    void selectionChanged(int index);
    /// The day whose column was clicked (for the coverage chart).
    void dayActivated(int dayOffset);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    enum class Drag
    {
        None,
        Move,
        Start,
        End
    };
    struct Cell
    {
        int row = -1;
        int day = -1;
        int minute = 0;
    };

    QRectF dayRect(int row, int day) const;
    double columnWidth() const;
    Cell cellAt(const QPointF& pos) const;
    int shiftAt(const QPointF& pos, Drag* drag = nullptr) const;
    int rowOf(const QString& personId) const;

    QPointer<RosterDocument> m_document;
    int m_selected = -1;
    Drag m_drag = Drag::None;
    int m_dragIndex = -1;
    QPointF m_pressPos;
    int m_pressMinuteOffset = 0;
};

} // namespace Moulin
