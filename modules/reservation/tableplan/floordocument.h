#pragma once

// The floor plan being edited: every layout of the restaurant, the one shown
// (current), and an undo stack on which EVERY edit is a command — tables
// added, removed, moved, rotated, resized or changed, joins added or removed,
// layouts created, duplicated, renamed, removed, the default one and the
// date ranges. Moves made while dragging (the same drag id) merge into one
// command, so one Ctrl+Z puts the whole drag back. Widget-free: the Plan de
// salle tab's editor and panels read it and call its edits; it signals, no
// widget owns the model. Undoing an edit of another layout shows that layout.
//
// Saving is explicit (save()); modified() says whether the plan differs
// from what was loaded or last saved.

#include "reservation/tableplan/floorplan.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>

class QUndoStack;

namespace Moulin {

class FloorDocument : public QObject
{
    Q_OBJECT

public:
    explicit FloorDocument(QObject* parent = nullptr);
    ~FloorDocument() override;

    /// Reads the stored plan (a starter layout when none), shows the layout
    /// active today, clears the undo stack.
    bool load(QSqlDatabase& db, const QDate& today, QString* error = nullptr);
    /// Starts from `plan` (tests, a starter plan): nothing to undo, not modified.
    void setPlan(const FloorPlan& plan, const QDate& today = QDate::currentDate());
    /// Writes the plan (FloorStore::save, all or nothing); on success the
    /// document is no longer modified.
    bool save(QSqlDatabase& db, QString* error);

    const FloorPlan& plan() const { return m_plan; }
    /// The layout shown (an empty one when the plan has none).
    const FloorLayout& layout() const;
    QString currentLayoutId() const { return m_current; }
    /// Shows layout `id` (a view change, not an edit).
    void setCurrentLayout(const QString& id);

    QUndoStack* undoStack() const { return m_undo; }
    bool modified() const;
    /// True until the plan was read from or written to a database.
    bool stored() const { return m_stored; }

    // Edits of the current layout. Each is one undoable command; false (and
    // no command) when it changes nothing or is refused.

    /// Adds `table` (id and label made up when empty; the room holding its
    /// position, else the first room, when its room is unknown); its id.
    QString addTable(PlanTable table);
    /// Removes the tables and the joins naming them.
    bool removeTables(const QStringList& ids);
    /// Moves the tables by `delta`. Consecutive moves of the same tables
    /// with the same non-zero `dragId` merge into one command. A table
    /// without joins takes the room it is moved into.
    bool moveTables(const QStringList& ids, const QPointF& delta, int dragId = 0);
    /// Turns the tables by `degrees` (clockwise); merges like moves with the
    /// same non-zero `dragId`.
    bool rotateTables(const QStringList& ids, double degrees, int dragId = 0);
    /// Sets a table's size (a square or round table stays square); merges
    /// like moves with the same non-zero `dragId`.
    bool resizeTable(const QString& id, const QSizeF& size, int dragId = 0);
    /// Replaces table `table.id`'s properties (label, shape, seats, minimum
    /// party, room, zone, size, rotation, blocked, position). Refused with
    /// the reason when the label is taken or the seats do not make sense.
    bool setTable(const PlanTable& table, QString* reason = nullptr);
    /// Blocks or unblocks the tables.
    bool setBlocked(const QStringList& ids, bool blocked);
    /// Declares a join; refused with the reason in words (FloorLayout::joinError).
    bool addJoin(const QStringList& ids, int seats, QString* reason = nullptr, int minParty = 1);
    bool removeJoin(const QStringList& ids);
    /// The seats a join of `ids` is offered with: the tables' seats, less
    /// two for each pair of sides pushed together.
    int suggestedJoinSeats(const QStringList& ids) const;

    // Rooms of the current layout.

    /// A new room, placed right of the others; its id.
    QString addRoom(const QString& name, RoomKind kind);
    bool renameRoom(const QString& id, const QString& name);
    bool setRoomKind(const QString& id, RoomKind kind);
    /// The room's size (at least 1 m × 1 m), its top-left corner kept.
    bool resizeRoom(const QString& id, const QSizeF& size);
    /// Moves the room and its tables; merges like moves with the same
    /// non-zero `dragId`.
    bool moveRoom(const QString& id, const QPointF& delta, int dragId = 0);
    /// Refused with the reason while tables stand in it, or when it is the last one.
    bool removeRoom(const QString& id, QString* reason = nullptr);

    // Layouts.

    /// A new layout with the three rooms and no table; shown. Its id.
    QString newLayout(const QString& name);
    /// A copy of layout `id`; shown. Its id.
    QString duplicateLayout(const QString& id, const QString& name);
    bool renameLayout(const QString& id, const QString& name);
    /// Removes a layout and its date ranges (never the last one).
    bool removeLayout(const QString& id);
    bool setDefaultLayout(const QString& id);
    /// Uses a layout over a date range; refused with the reason when the
    /// range is reversed or the layout unknown.
    bool addPeriod(const LayoutPeriod& period, QString* reason = nullptr);
    bool removePeriod(int index);

    /// The plan a new database starts from: one empty layout, three rooms.
    static FloorPlan starterPlan();
    static QList<FloorRoom> starterRooms();

Q_SIGNALS:
    /// Positions (and rooms) of these tables of the current layout changed.
    void tablesMoved(const QStringList& ids);
    /// Any property of these tables of the current layout changed.
    void tablesChanged(const QStringList& ids);
    /// The current layout's tables or joins were added, removed or replaced
    /// (or another layout is shown): read it again.
    void layoutChanged();
    /// The list of layouts, their names, the default or the date ranges.
    void layoutsChanged();
    void currentLayoutChanged(const QString& id);
    void modifiedChanged(bool modified);

private:
    friend class FloorMoveCommand;
    friend class FloorTablesCommand;
    friend class FloorPlanCommand;

    void showLayout(const QString& id);
    void applyMove(const QString& layoutId, const QStringList& ids, const QPointF& delta,
                   const QHash<QString, QString>& rooms);
    void applyTables(const QString& layoutId, const QList<PlanTable>& tables);
    void applyPlan(const FloorPlan& plan, const QString& current);
    QString roomAt(const FloorLayout& layout, const QPointF& at) const;
    void pushPlan(const FloorPlan& after, const QString& current, const QString& text, int dragId = 0);

    FloorPlan m_plan;
    QString m_current;
    QUndoStack* m_undo = nullptr;
    bool m_stored = false;
};

} // namespace Moulin
