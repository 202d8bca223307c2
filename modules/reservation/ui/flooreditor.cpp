#include "reservation/ui/flooreditor.h"

#include "reservation/tableplan/floordocument.h"

#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QStyleOptionGraphicsItem>
#include <QWheelEvent>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace Moulin {

namespace {

constexpr double kChair = 18;       ///< a chair's depth, cm
constexpr double kChairGap = 4;     ///< between the table and its chairs
constexpr double kHandle = 18;      ///< the handles' size, cm
constexpr double kRotateReach = 46; ///< the rotate handle, above the table's top
constexpr double kRoomStrip = 44;   ///< a room's name strip (drags the room)

QColor zoneFill(const QString& zone)
{
    static const QHash<QString, QColor> known{
        {QStringLiteral("salle"), QColor(0xF4, 0xE4, 0xC6)},
        {QStringLiteral("terrasse"), QColor(0xD3, 0xEC, 0xC8)},
        {QStringLiteral("salon"), QColor(0xE5, 0xD8, 0xF2)},
        {QStringLiteral("fenêtre"), QColor(0xCF, 0xE2, 0xF7)},
        {QStringLiteral("bar"), QColor(0xF8, 0xD6, 0xC0)},
        {QStringLiteral("mezzanine"), QColor(0xF6, 0xF0, 0xB8)},
    };
    const auto it = known.constFind(zone.toLower());
    if (it != known.constEnd())
        return *it;
    static const QColor palette[] = {QColor(0xD8, 0xEE, 0xEA), QColor(0xF5, 0xD5, 0xDF),
                                     QColor(0xE0, 0xE6, 0xF5), QColor(0xEE, 0xE8, 0xD5),
                                     QColor(0xDC, 0xF0, 0xD0)};
    return palette[qHash(zone.toLower()) % (sizeof(palette) / sizeof(palette[0]))];
}

QColor roomColour(RoomKind kind)
{
    switch (kind) {
    case RoomKind::Salle:
        return QColor(0xFB, 0xF6, 0xEC);
    case RoomKind::Terrasse:
        return QColor(0xF0, 0xF7, 0xEA);
    case RoomKind::SalonPrive:
        return QColor(0xF5, 0xF0, 0xFA);
    }
    return Qt::white;
}

/// Chair centres around a table of `size` (item coordinates, unrotated).
QList<QPointF> chairPositions(const PlanTable& t)
{
    QList<QPointF> out;
    const double w = t.size.width(), h = t.size.height();
    const int n = std::max(0, t.seats);
    if (n == 0)
        return out;
    if (t.shape == TableShape::Round) {
        const double r = std::max(w, h) / 2 + kChairGap + kChair / 2;
        for (int i = 0; i < n; ++i) {
            const double a = -M_PI / 2 + 2 * M_PI * i / n;
            out << QPointF(r * std::cos(a), r * std::sin(a));
        }
        return out;
    }
    const double off = kChairGap + kChair / 2;
    // Chairs along the long sides; a head at each end from six seats up
    // (or four round a square table).
    const bool square = t.shape == TableShape::Square;
    int ends = 0;
    if ((square && n >= 4) || (!square && n >= 6 && n % 2 == 0))
        ends = 2;
    else if (!square && n >= 5)
        ends = 1;
    const int sides = n - ends;
    const int top = (sides + 1) / 2, bottom = sides / 2;
    const auto row = [&](int count, double y) {
        for (int i = 0; i < count; ++i)
            out << QPointF(-w / 2 + w * (i + 0.5) / count, y);
    };
    row(top, -h / 2 - off);
    row(bottom, h / 2 + off);
    if (ends >= 1)
        out << QPointF(w / 2 + off, 0);
    if (ends >= 2)
        out << QPointF(-w / 2 - off, 0);
    return out;
}

} // namespace

/// One table: its shape, chairs, label and seats; its handles when alone
/// selected. Positioned at the table's centre, turned by its rotation.
class FloorTableItem : public QGraphicsItem
{
public:
    enum class Handle
    {
        None,
        Resize,
        Rotate,
    };

    explicit FloorTableItem(const PlanTable& table, const QString& zone)
    {
        setFlag(ItemIsSelectable);
        setCacheMode(DeviceCoordinateCache);
        update(table, zone);
    }

    QString id() const { return m_table.id; }
    const PlanTable& table() const { return m_table; }

    void update(const PlanTable& table, const QString& zone)
    {
        if (table.size != m_table.size || table.seats != m_table.seats || table.shape != m_table.shape)
            prepareGeometryChange();
        m_table = table;
        m_zone = zone;
        setPos(table.position);
        setRotation(table.rotation);
        setZValue(table.blocked ? 1 : 2);
        QGraphicsItem::update();
    }

    void moveTo(const QPointF& at)
    {
        m_table.position = at;
        setPos(at);
    }

    void setHandles(bool on)
    {
        if (on != m_handles) {
            m_handles = on;
            QGraphicsItem::update();
        }
    }

    QRectF tableRect() const
    {
        const QSizeF s = m_table.size;
        return QRectF(-s.width() / 2, -s.height() / 2, s.width(), s.height());
    }
    QRectF resizeHandle() const
    {
        const QRectF r = tableRect();
        return QRectF(r.right() - kHandle / 2, r.bottom() - kHandle / 2, kHandle, kHandle);
    }
    QRectF rotateHandle() const
    {
        const QRectF r = tableRect();
        return QRectF(-kHandle / 2, r.top() - kRotateReach - kHandle / 2, kHandle, kHandle);
    }
    Handle handleAt(const QPointF& itemPos) const
    {
        if (!m_handles)
            return Handle::None;
        if (resizeHandle().adjusted(-4, -4, 4, 4).contains(itemPos))
            return Handle::Resize;
        if (rotateHandle().adjusted(-4, -4, 4, 4).contains(itemPos))
            return Handle::Rotate;
        return Handle::None;
    }

    QRectF boundingRect() const override
    {
        const double m = kChairGap + kChair + 2;
        QRectF r = tableRect().adjusted(-m, -m, m, m);
        return r.united(rotateHandle().adjusted(-3, -3, 3, 3)).united(resizeHandle().adjusted(-3, -3, 3, 3));
    }

    QPainterPath shape() const override
    {
        QPainterPath p;
        const double m = kChairGap + kChair;
        if (m_table.shape == TableShape::Round)
            p.addEllipse(tableRect().adjusted(-m, -m, m, m));
        else
            p.addRect(tableRect().adjusted(-m, -m, m, m));
        return p;
    }

    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        const bool selected = isSelected();
        const QColor fill = m_table.blocked ? QColor(0xE3, 0xE3, 0xE3) : zoneFill(m_zone);
        const QColor border = m_table.blocked ? QColor(0x9A, 0x9A, 0x9A) : fill.darker(170);
        const QRectF r = tableRect();

        // Chairs first, under the table's edge.
        painter->setPen(QPen(border, 1.2));
        painter->setBrush(m_table.blocked ? QColor(0xF0, 0xF0, 0xF0) : QColor(0xFF, 0xFF, 0xFF));
        for (const QPointF& c : chairPositions(m_table)) {
            painter->save();
            painter->translate(c);
            if (m_table.shape == TableShape::Round)
                painter->rotate(qRadiansToDegrees(std::atan2(c.y(), c.x())) + 90);
            else if (std::abs(c.y()) < 1e-6)
                painter->rotate(90);
            painter->drawRoundedRect(QRectF(-kChair / 2, -kChair / 2 + 2, kChair, kChair - 4), 4, 4);
            painter->restore();
        }

        QPainterPath outline;
        if (m_table.shape == TableShape::Round)
            outline.addEllipse(r);
        else
            outline.addRoundedRect(r, 5, 5);
        painter->setPen(QPen(selected ? QColor(0x1E, 0x6F, 0xD9) : border, selected ? 4 : 1.8));
        painter->setBrush(fill);
        painter->drawPath(outline);
        if (m_table.blocked) {
            // Patterns are in device pixels (cosmetic): the same hatch at any zoom.
            painter->setPen(Qt::NoPen);
            painter->setBrush(QBrush(QColor(0x88, 0x88, 0x88), Qt::BDiagPattern));
            painter->drawPath(outline);
        }

        // The label and the seats, upright whatever the rotation.
        painter->save();
        painter->rotate(-m_table.rotation);
        QFont font = painter->font();
        font.setBold(true);
        font.setPixelSize(std::clamp(int(std::min(r.width(), r.height()) * 0.30), 12, 22));
        painter->setFont(font);
        painter->setPen(m_table.blocked ? QColor(0x66, 0x66, 0x66) : QColor(0x22, 0x22, 0x22));
        const QRectF text(-60, -22, 120, 24);
        painter->drawText(text, Qt::AlignHCenter | Qt::AlignBottom, m_table.label);
        font.setBold(false);
        font.setPixelSize(std::clamp(int(font.pixelSize() * 0.72), 10, 16));
        painter->setFont(font);
        const QString seats = m_table.minParty > 1
                                  ? QStringLiteral("%1–%2").arg(m_table.minParty).arg(m_table.seats)
                                  : QString::number(m_table.seats);
        painter->drawText(QRectF(-60, 2, 120, 20), Qt::AlignHCenter | Qt::AlignTop, seats);
        painter->restore();

        if (m_handles) {
            painter->setPen(QPen(QColor(0x1E, 0x6F, 0xD9), 1.5));
            painter->setBrush(Qt::white);
            painter->drawRect(resizeHandle());
            const QRectF rot = rotateHandle();
            painter->drawLine(QPointF(0, r.top()), QPointF(0, rot.bottom()));
            painter->drawEllipse(rot);
        }
    }

private:
    PlanTable m_table;
    QString m_zone;
    bool m_handles = false;
};

QColor FloorEditor::zoneColour(const QString& zone)
{
    return zoneFill(zone);
}

FloorEditor::FloorEditor(FloorDocument* document, QWidget* parent)
    : QGraphicsView(parent)
    , m_document(document)
    , m_scene(new QGraphicsScene(this))
{
    setObjectName(QStringLiteral("floorEditor"));
    // Many items move at once while dragging a selection: no index to keep.
    m_scene->setItemIndexMethod(QGraphicsScene::NoIndex);
    setScene(m_scene);
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundBrush(QColor(0xFA, 0xFA, 0xF7));
    setCacheMode(QGraphicsView::CacheBackground);
    // The items' bounding rectangles have room for their antialiased edges,
    // and each paint() sets what it uses.
    setOptimizationFlags(QGraphicsView::DontAdjustForAntialiasing | QGraphicsView::DontSavePainterState);
    scale(0.5, 0.5);

    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        updateHandles();
        Q_EMIT selectionChanged(selectedTableIds());
    });
    connect(m_document, &FloorDocument::layoutChanged, this, &FloorEditor::rebuild);
    connect(m_document, &FloorDocument::tablesChanged, this, &FloorEditor::updateTables);
    connect(m_document, &FloorDocument::tablesMoved, this, &FloorEditor::updateTables);
    connect(m_document, &FloorDocument::currentLayoutChanged, this, [this] { m_fitPending = true; });
    rebuild();
}

FloorEditor::~FloorEditor()
{
    // The scene's selection signal must not reach a half-destroyed editor.
    disconnect(m_scene, nullptr, this, nullptr);
}

QStringList FloorEditor::selectedTableIds() const
{
    QStringList ids;
    // In the layout's order, not the scene's.
    for (const PlanTable& t : m_document->layout().tables) {
        const FloorTableItem* item = m_tables.value(t.id);
        if (item && item->isSelected())
            ids << t.id;
    }
    return ids;
}

void FloorEditor::selectTables(const QStringList& ids)
{
    const QSignalBlocker block(m_scene);
    m_scene->clearSelection();
    for (const QString& id : ids) {
        if (FloorTableItem* item = m_tables.value(id))
            item->setSelected(true);
    }
    updateHandles();
    Q_EMIT selectionChanged(selectedTableIds());
}

void FloorEditor::highlightJoin(const QStringList& ids)
{
    m_joinIds = ids;
    updateJoinHighlight();
}

void FloorEditor::setGridStep(double cm)
{
    m_grid = std::max(1.0, cm);
    viewport()->update();
}

double FloorEditor::zoom() const
{
    return transform().m11();
}

void FloorEditor::setZoom(double pixelsPerCm)
{
    const double z = std::clamp(pixelsPerCm, 0.1, 4.0);
    if (qFuzzyCompare(z, zoom()))
        return;
    const double factor = z / zoom();
    scale(factor, factor);
    Q_EMIT zoomChanged(z);
}

void FloorEditor::zoomIn()
{
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    setZoom(zoom() * 1.25);
    setTransformationAnchor(anchor);
}

void FloorEditor::zoomOut()
{
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    setZoom(zoom() / 1.25);
    setTransformationAnchor(anchor);
}

void FloorEditor::fitToPlan()
{
    QRectF all;
    for (const FloorRoom& r : m_document->layout().rooms)
        all |= r.area;
    for (const FloorTableItem* item : std::as_const(m_tables))
        all |= item->sceneBoundingRect();
    if (all.isEmpty())
        all = QRectF(0, 0, 1200, 800);
    all.adjust(-40, -40, 40, 40);
    fitInView(all, Qt::KeepAspectRatio);
    m_fitPending = false;
    Q_EMIT zoomChanged(zoom());
}

QPointF FloorEditor::newTablePosition() const
{
    QPointF at = mapToScene(viewport()->rect().center());
    // Not on top of another table: a little further right each time.
    for (int tries = 0; tries < 30; ++tries) {
        bool taken = false;
        for (const FloorTableItem* item : std::as_const(m_tables)) {
            if (QLineF(item->pos(), at).length() < 60) {
                taken = true;
                break;
            }
        }
        if (!taken)
            break;
        at += QPointF(90, 0);
    }
    return snapped(at);
}

QGraphicsItem* FloorEditor::tableItem(const QString& id) const
{
    return m_tables.value(id);
}

QPoint FloorEditor::viewportPointOf(const QString& id) const
{
    const FloorTableItem* item = m_tables.value(id);
    return item ? mapFromScene(item->scenePos()) : QPoint();
}

void FloorEditor::syncAll()
{
    QStringList ids;
    for (const PlanTable& t : m_document->layout().tables)
        ids << t.id;
    updateTables(ids);
}

QPointF FloorEditor::snapped(const QPointF& p) const
{
    if (!m_snap)
        return p;
    return QPointF(std::round(p.x() / m_grid) * m_grid, std::round(p.y() / m_grid) * m_grid);
}

void FloorEditor::rebuild()
{
    const FloorLayout& layout = m_document->layout();
    const QStringList selected = selectedTableIds();
    const QSignalBlocker block(m_scene);
    for (QGraphicsItem* r : std::as_const(m_rooms))
        delete r;
    m_rooms.clear();
    for (const FloorRoom& room : layout.rooms) {
        // The fill is the background's (drawBackground, cached): only the walls here.
        auto* area = m_scene->addRect(room.area, QPen(QColor(0xB8, 0xB0, 0xA0), 3), Qt::NoBrush);
        area->setZValue(-2);
        auto* name = m_scene->addSimpleText(room.name);
        QFont font = name->font();
        font.setPixelSize(26);
        font.setBold(true);
        name->setFont(font);
        name->setBrush(QColor(0x8A, 0x80, 0x70));
        name->setPos(room.area.topLeft() + QPointF(12, 8));
        name->setZValue(-1);
        name->setToolTip(tr("Drag the name strip to move the room with its tables"));
        area->setToolTip(name->toolTip());
        m_rooms << area << name;
    }
    // Tables: kept when they are still there (so is their selection).
    QSet<QString> present;
    for (const PlanTable& t : layout.tables) {
        present.insert(t.id);
        FloorTableItem* item = m_tables.value(t.id);
        if (!item) {
            item = new FloorTableItem(t, layout.zoneOf(t));
            m_scene->addItem(item);
            m_tables.insert(t.id, item);
        } else {
            item->update(t, layout.zoneOf(t));
        }
    }
    for (auto it = m_tables.begin(); it != m_tables.end();) {
        if (!present.contains(it.key())) {
            delete it.value();
            it = m_tables.erase(it);
        } else {
            ++it;
        }
    }
    resetCachedContent(); // the rooms are in the background
    QRectF bounds;
    for (const FloorRoom& r : layout.rooms)
        bounds |= r.area;
    bounds |= m_scene->itemsBoundingRect();
    m_scene->setSceneRect(bounds.adjusted(-400, -400, 400, 400));
    m_joinIds.removeIf([&layout](const QString& id) { return !layout.table(id); });
    updateJoinHighlight();
    updateHandles();
    if (m_fitPending && isVisible())
        fitToPlan();
    if (selected != selectedTableIds())
        Q_EMIT selectionChanged(selectedTableIds());
}

void FloorEditor::updateTables(const QStringList& ids)
{
    const FloorLayout& layout = m_document->layout();
    for (const QString& id : ids) {
        FloorTableItem* item = m_tables.value(id);
        const PlanTable* t = layout.table(id);
        if (!item || !t)
            continue;
        if (item->table() == *t)
            continue;
        PlanTable moved = *t;
        moved.position = item->table().position;
        if (item->table() == moved)
            item->moveTo(t->position); // a move only: the cached drawing is kept
        else
            item->update(*t, layout.zoneOf(*t));
    }
    if (!m_joinIds.isEmpty())
        updateJoinHighlight();
    // The side panel reads the document; the selection did not change.
}

void FloorEditor::updateHandles()
{
    const QStringList ids = selectedTableIds();
    for (FloorTableItem* item : std::as_const(m_tables))
        item->setHandles(ids.size() == 1 && item->id() == ids.first());
}

void FloorEditor::updateJoinHighlight()
{
    if (!m_joinOutline) {
        m_joinOutline = m_scene->addPath(QPainterPath());
        m_joinOutline->setZValue(3);
        QPen pen(QColor(0xD9, 0x6B, 0x1E), 6, Qt::DashLine);
        pen.setCosmetic(false);
        m_joinOutline->setPen(pen);
        m_joinOutline->setBrush(QColor(0xD9, 0x6B, 0x1E, 28));
    }
    // One frame round the joined tables (and their chairs).
    QRectF frame;
    for (const QString& id : std::as_const(m_joinIds)) {
        if (const FloorTableItem* item = m_tables.value(id))
            frame |= item->mapRectToScene(item->tableRect());
    }
    QPainterPath path;
    if (!frame.isNull())
        path.addRoundedRect(frame.adjusted(-30, -30, 30, 30), 18, 18);
    m_joinOutline->setPath(path);
    m_joinOutline->setVisible(!path.isEmpty());
}

FloorTableItem* FloorEditor::tableAt(const QPoint& viewPos) const
{
    const QList<QGraphicsItem*> under = items(viewPos);
    for (QGraphicsItem* item : under) {
        if (auto* table = dynamic_cast<FloorTableItem*>(item))
            return table;
    }
    return nullptr;
}

void FloorEditor::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const QPointF scenePos = mapToScene(event->position().toPoint());
    // A handle of the lone selected table first.
    const QStringList selected = selectedTableIds();
    if (selected.size() == 1) {
        FloorTableItem* item = m_tables.value(selected.first());
        const FloorTableItem::Handle handle = item->handleAt(item->mapFromScene(scenePos));
        if (handle != FloorTableItem::Handle::None) {
            m_drag = handle == FloorTableItem::Handle::Resize ? DragKind::Resize : DragKind::Rotate;
            m_anchor = item->id();
            m_dragIds = {item->id()};
            m_pressScene = scenePos;
            m_rotationStart = item->table().rotation;
            ++m_dragSerial;
            event->accept();
            return;
        }
    }
    FloorTableItem* item = tableAt(event->position().toPoint());
    if (!item) {
        // A room's name strip: the room moves, with its tables.
        for (const FloorRoom& r : m_document->layout().rooms) {
            if (QRectF(r.area.left(), r.area.top(), r.area.width(), kRoomStrip).contains(scenePos)) {
                m_drag = DragKind::Room;
                m_anchor = r.id;
                m_pressScene = scenePos;
                m_anchorStart = r.area.topLeft();
                m_applied = QPointF();
                ++m_dragSerial;
                event->accept();
                return;
            }
        }
        m_drag = DragKind::None;
        QGraphicsView::mousePressEvent(event); // the rubber band (Ctrl: adds)
        return;
    }
    if (event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier)) {
        item->setSelected(!item->isSelected());
        event->accept();
        return;
    }
    if (!item->isSelected()) {
        const QSignalBlocker block(m_scene);
        m_scene->clearSelection();
        item->setSelected(true);
        updateHandles();
        Q_EMIT selectionChanged(selectedTableIds());
    }
    m_drag = DragKind::Move;
    m_anchor = item->id();
    m_dragIds = selectedTableIds();
    m_pressScene = scenePos;
    m_anchorStart = item->table().position;
    m_applied = QPointF();
    ++m_dragSerial;
    event->accept();
}

void FloorEditor::mouseMoveEvent(QMouseEvent* event)
{
    if (m_drag == DragKind::None || !(event->buttons() & Qt::LeftButton)) {
        QGraphicsView::mouseMoveEvent(event);
        return;
    }
    const QPointF scenePos = mapToScene(event->position().toPoint());
    if (m_drag == DragKind::Room) {
        const QPointF total = snapped(m_anchorStart + (scenePos - m_pressScene)) - m_anchorStart;
        const QPointF step = total - m_applied;
        if (!step.isNull() && m_document->moveRoom(m_anchor, step, m_dragSerial))
            m_applied = total;
        event->accept();
        return;
    }
    const PlanTable* t = m_document->layout().table(m_anchor);
    if (!t) {
        m_drag = DragKind::None;
        return;
    }
    switch (m_drag) {
    case DragKind::Move: {
        // The table under the mouse lands on the grid; the others keep
        // their distance to it.
        const QPointF target = snapped(m_anchorStart + (scenePos - m_pressScene));
        const QPointF total = target - m_anchorStart;
        const QPointF step = total - m_applied;
        if (!step.isNull() && m_document->moveTables(m_dragIds, step, m_dragSerial))
            m_applied = total;
        break;
    }
    case DragKind::Resize: {
        // The corner follows the mouse, in the table's own axes.
        QTransform turn;
        turn.rotate(-t->rotation);
        const QPointF local = turn.map(scenePos - t->position);
        QSizeF size(2 * std::abs(local.x()), 2 * std::abs(local.y()));
        if (m_snap)
            size = QSizeF(std::max(m_grid, std::round(size.width() / m_grid) * m_grid),
                          std::max(m_grid, std::round(size.height() / m_grid) * m_grid));
        m_document->resizeTable(m_anchor, size, m_dragSerial);
        break;
    }
    case DragKind::Rotate: {
        const QPointF d = scenePos - t->position;
        double angle = qRadiansToDegrees(std::atan2(d.y(), d.x())) + 90;
        if (!(event->modifiers() & Qt::AltModifier))
            angle = std::round(angle / 15) * 15; // Alt: free
        double delta = std::fmod(angle - t->rotation, 360.0);
        if (delta < 0)
            delta += 360;
        if (delta > 1e-6 && delta < 360 - 1e-6)
            m_document->rotateTables({m_anchor}, delta, m_dragSerial);
        break;
    }
    case DragKind::None:
    case DragKind::Room:
        break;
    }
    event->accept();
}

void FloorEditor::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_drag != DragKind::None && event->button() == Qt::LeftButton) {
        m_drag = DragKind::None;
        m_dragIds.clear();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void FloorEditor::mouseDoubleClickEvent(QMouseEvent* event)
{
    // No item editing on double click: a double click is two clicks.
    mousePressEvent(event);
}

void FloorEditor::keyPressEvent(QKeyEvent* event)
{
    const QStringList ids = selectedTableIds();
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const double step = m_grid * (shift ? 5 : 1);
    QPointF nudge;
    switch (event->key()) {
    case Qt::Key_Left:
        nudge = QPointF(-step, 0);
        break;
    case Qt::Key_Right:
        nudge = QPointF(step, 0);
        break;
    case Qt::Key_Up:
        nudge = QPointF(0, -step);
        break;
    case Qt::Key_Down:
        nudge = QPointF(0, step);
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (!ids.isEmpty())
            m_document->removeTables(ids);
        event->accept();
        return;
    case Qt::Key_R:
        if (!ids.isEmpty() && !(event->modifiers() & Qt::ControlModifier)) {
            m_document->rotateTables(ids, shift ? 90 : 15);
            event->accept();
            return;
        }
        break;
    case Qt::Key_Escape:
        selectTables({});
        event->accept();
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        event->accept();
        return;
    case Qt::Key_Minus:
        zoomOut();
        event->accept();
        return;
    case Qt::Key_0:
        if (event->modifiers() & Qt::ControlModifier) {
            fitToPlan();
            event->accept();
            return;
        }
        break;
    case Qt::Key_A:
        if (event->modifiers() & Qt::ControlModifier) {
            QStringList all;
            for (const PlanTable& t : m_document->layout().tables)
                all << t.id;
            selectTables(all);
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    if (!nudge.isNull()) {
        if (!ids.isEmpty())
            m_document->moveTables(ids, nudge);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void FloorEditor::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        if (steps != 0)
            setZoom(zoom() * std::pow(1.15, steps));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void FloorEditor::drawBackground(QPainter* painter, const QRectF& rect)
{
    QGraphicsView::drawBackground(painter, rect);
    painter->setRenderHint(QPainter::Antialiasing, false);
    // The rooms' floors, then the grid over them: a line every 50 cm,
    // darker every metre, when they are far enough apart to read. Cached
    // (CacheBackground): dragging tables does not draw it again.
    for (const FloorRoom& r : m_document->layout().rooms) {
        if (r.area.intersects(rect)) {
            painter->fillRect(r.area, roomColour(r.kind));
            // The name strip, a shade darker: it drags the room.
            painter->fillRect(QRectF(r.area.left(), r.area.top(), r.area.width(), kRoomStrip),
                              roomColour(r.kind).darker(104));
        }
    }
    const double every = 50;
    if (every * zoom() < 6)
        return;
    const double left = std::floor(rect.left() / every) * every;
    const double top = std::floor(rect.top() / every) * every;
    QPen light(QColor(0xE6, 0xE4, 0xDC), 0);
    QPen strong(QColor(0xD4, 0xD0, 0xC4), 0);
    for (double x = left; x <= rect.right(); x += every) {
        painter->setPen(std::fmod(std::abs(x), 100.0) < 1 ? strong : light);
        painter->drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()));
    }
    for (double y = top; y <= rect.bottom(); y += every) {
        painter->setPen(std::fmod(std::abs(y), 100.0) < 1 ? strong : light);
        painter->drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
    }
}

void FloorEditor::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitPending)
        fitToPlan();
}

} // namespace Moulin
