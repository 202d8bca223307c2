#pragma once

#include "common/core/guestinsights.h"

// The Service tab's two drawings of one service (a ServiceBoard they only
// read): the floor — each table with the booking it holds at the view's time
// (else its next one), coloured by status, with the party, the time and a
// flag for allergies — and the timeline, one row per table with its bookings
// as blocks. A booking is dragged (from a table, a block, or from outside
// through beginDrag/dragTo/endDrag) onto a table: while it moves, the table
// under it turns green or red by the rules; the drop is signalled, the tab
// decides.

#include "reservation/tableplan/tableassignment.h"

#include <QGraphicsView>
#include <QHash>
#include <QWidget>

namespace Moulin {

class ServiceBoard;
class ServiceTableItem;
class ServiceGhostItem;

class ServiceFloorView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit ServiceFloorView(QWidget* parent = nullptr);
    ~ServiceFloorView() override;

    /// Draws `board`'s layout anew (the board outlives the view's use of it).
    void setBoard(const ServiceBoard* board);
    /// The view's time (minutes from the day's midnight): which booking each table shows.
    void setMinute(int minute);
    int minute() const { return m_minute; }
    /// Redraws the tables' bookings (after a change on the board).
    void refreshBookings();
    /// What the customer profiles know of the bookings (booking id →
    /// insight; owned by the caller, outliving the view's use): their
    /// allergies join the bookings' on the tables. Null: none.
    void setInsights(const QHash<qint64, GuestInsight>* insights) { m_insights = insights; }

    void setSelectedTable(const QString& id);
    QString selectedTable() const { return m_selected; }
    /// The booking table `id` shows: the one sitting there at the view's time,
    /// else the next one, else 0.
    qint64 shownBookingOn(const QString& id) const { return m_shown.value(id); }

    void fitToPlan();
    /// The booking chip below table `id` and the table's outline, in the
    /// viewport (the chip never covers the table nor its label); the
    /// chip's lines as last painted (party and time first); the table's
    /// tooltip (every booking on it in full).
    QRect chipRectOf(const QString& id) const;
    QRect tableRectOf(const QString& id) const;
    QStringList chipLines(const QString& id) const;
    QString toolTipOf(const QString& id) const;
    /// Where table `id`'s centre is in the viewport.
    QPoint viewportPointOf(const QString& id) const;
    /// The table under a viewport point (empty: none).
    QString tableAt(const QPoint& viewportPos) const;

    // A booking dragged over the floor (from a table, or from a list).
    void beginDrag(qint64 bookingId, const QPoint& viewportPos);
    void dragTo(const QPoint& viewportPos);
    /// Ends the drag: bookingDropped() when over a table; that table's id.
    QString endDrag(const QPoint& viewportPos);
    void cancelDrag();
    bool isDragging() const { return m_dragBooking != 0; }
    /// The table the drag is over, and whether the rules take it there.
    QString hoveredTable() const { return m_hovered; }

Q_SIGNALS:
    void tableClicked(const QString& tableId);
    void bookingDropped(qint64 bookingId, const QString& tableId);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild();
    void fitChips();
    void setHovered(const QString& id);

    const ServiceBoard* m_board = nullptr;
    const QHash<qint64, GuestInsight>* m_insights = nullptr;
    QGraphicsScene* m_scene;
    QHash<QString, ServiceTableItem*> m_items;
    QHash<QString, qint64> m_shown;
    ServiceGhostItem* m_ghost = nullptr;
    int m_minute = 20 * 60;
    QString m_selected;
    QString m_hovered;
    qint64 m_dragBooking = 0;
    QString m_pressTable;
    QPoint m_pressPos;
    bool m_pressed = false;
    bool m_fitPending = true;
};

class ServiceTimeline : public QWidget
{
    Q_OBJECT

public:
    explicit ServiceTimeline(QWidget* parent = nullptr);

    /// As ServiceFloorView::setInsights(): the profiles' allergies mark the blocks.
    void setInsights(const QHash<qint64, GuestInsight>* insights) { m_insights = insights; }
    void setBoard(const ServiceBoard* board);
    void setMinute(int minute);
    /// Re-reads the board (rows, blocks, the time span).
    void refresh();

    static constexpr int kRowHeight = 22;
    static constexpr int kLabelWidth = 64;
    /// The block of booking `id` on table `tableId` (empty: none).
    QRect blockRect(qint64 bookingId, const QString& tableId = QString()) const;
    /// A point on table `tableId`'s row at `minute`.
    QPoint pointAt(const QString& tableId, int minute) const;
    QString tableAt(const QPoint& pos) const;

    QSize sizeHint() const override;

    /// Where the block dragged now would go: its table row and its new
    /// time (snapped to the quarter hour; the booking's own time while the
    /// drag stays within 7 minutes of it), and whether the rules take it.
    struct DragTarget
    {
        qint64 bookingId = 0;
        QString tableId;
        TableSet tables; ///< the table or join it would sit at
        int minute = 0;
        bool ok = false;
        QString refusal; ///< the rules' words when not ok
    };
    /// The drag in progress (bookingId 0: none).
    DragTarget dragTarget() const;

Q_SIGNALS:
    void bookingClicked(qint64 bookingId);
    /// A block dropped: on `tableId`'s row at `minute` (the booking's own
    /// time when only its row changed).
    void bookingMoved(qint64 bookingId, const QString& tableId, int minute);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    struct Block
    {
        qint64 bookingId = 0;
        int row = 0;
        int start = 0;
        int end = 0;
    };
    double xOf(int minute) const;
    qint64 blockAt(const QPoint& pos) const;
    DragTarget targetAt(const QPoint& pos) const;

    const QHash<qint64, GuestInsight>* m_insights = nullptr;
    const ServiceBoard* m_board = nullptr;
    QStringList m_rows; ///< table ids
    QHash<QString, int> m_rowOf;
    QList<Block> m_blocks;
    int m_from = 18 * 60;
    int m_to = 24 * 60;
    int m_minute = 20 * 60;
    qint64 m_drag = 0;
    QString m_dragRow; ///< the row the block was taken from
    int m_dragStart = 0;
    QPoint m_pressPos;
    QPoint m_dragPos;
    bool m_moved = false;
};

} // namespace Moulin
