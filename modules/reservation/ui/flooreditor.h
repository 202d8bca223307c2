#pragma once

// The floor plan drawn and edited with the mouse and the keyboard: rooms as
// areas, tables by shape with their chairs, label and seats, coloured by zone,
// blocked ones hatched. Drag to move (the selection follows, snapped to the
// grid), the corner handle resizes and the round handle turns a lone selected
// table; rubber band or Ctrl+click to select several; arrows nudge (Shift: five
// times further), R turns by 15° (Shift+R: 90°), Del removes; Ctrl+wheel, +/−
// zoom, Ctrl+0 fits. A room's name strip drags the room with its tables. Every change goes through the
// FloorDocument (undoable); the editor redraws from its signals.

#include <QColor>
#include <QGraphicsView>
#include <QHash>
#include <QPointer>

namespace Moulin {

class FloorDocument;
class FloorTableItem;
struct PlanTable;

class FloorEditor : public QGraphicsView
{
    Q_OBJECT

public:
    explicit FloorEditor(FloorDocument* document, QWidget* parent = nullptr);
    ~FloorEditor() override;

    FloorDocument* document() const { return m_document; }
    /// A table's fill for its zone (as the plan draws it; legends).
    static QColor zoneColour(const QString& zone);

    QStringList selectedTableIds() const;
    void selectTables(const QStringList& ids);
    /// Outlines the tables of a join (empty: none).
    void highlightJoin(const QStringList& ids);

    /// The grid tables snap to, in cm (10 by default).
    double gridStep() const { return m_grid; }
    void setGridStep(double cm);
    bool snapToGrid() const { return m_snap; }
    void setSnapToGrid(bool snap) { m_snap = snap; }

    /// Pixels per cm.
    double zoom() const;
    void setZoom(double pixelsPerCm);
    void zoomIn();
    void zoomOut();
    /// The whole layout in view.
    void fitToPlan();
    /// Where a new table goes: the middle of the view, on the grid.
    QPointF newTablePosition() const;

    /// The item drawing table `id` (tests).
    QGraphicsItem* tableItem(const QString& id) const;
    /// Where table `id`'s centre is in the viewport (tests).
    QPoint viewportPointOf(const QString& id) const;

    /// Redraws every table (after a zoom, or to measure).
    void syncAll();

Q_SIGNALS:
    void selectionChanged(const QStringList& ids);
    void zoomChanged(double pixelsPerCm);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void drawBackground(QPainter* painter, const QRectF& rect) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    enum class DragKind
    {
        None,
        Move,
        Resize,
        Rotate,
        Room,
    };

    void rebuild();
    void updateTables(const QStringList& ids);
    void updateHandles();
    void updateJoinHighlight();
    FloorTableItem* tableAt(const QPoint& viewPos) const;
    QPointF snapped(const QPointF& p) const;

    FloorDocument* m_document;
    QGraphicsScene* m_scene;
    QHash<QString, FloorTableItem*> m_tables;
    QList<QGraphicsItem*> m_rooms;
    QGraphicsPathItem* m_joinOutline = nullptr;
    QStringList m_joinIds;
    double m_grid = 10;
    bool m_snap = true;
    bool m_fitPending = true;

    DragKind m_drag = DragKind::None;
    int m_dragSerial = 0;
    QString m_anchor;
    QStringList m_dragIds;
    QPointF m_pressScene;
    QPointF m_anchorStart;
    QPointF m_applied;
    double m_rotationStart = 0;
};

} // namespace Moulin
