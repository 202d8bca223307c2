#pragma once

// The restaurant's floor plans: rooms (salle, terrasse, salon privé), their
// tables (shape, seats, zone, where they stand) and the join graph — which
// sets of tables may be pushed together, and how many they then seat. Several
// saved layouts (« Salle d'hiver », « Terrasse d'été », « Privatisation »),
// one of them the default, the others active over date ranges.
//
// Widget-free values; FloorStore keeps them in SQLite, FloorDocument edits
// them with undo. Geometry is in centimetres on the floor: a table's position
// is its centre, its size before rotation (degrees, clockwise).

#include "reservation/tableplan/tableassignment.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace Moulin {

enum class TableShape
{
    Round,
    Square,
    Rectangle,
};

enum class RoomKind
{
    Salle,
    Terrasse,
    SalonPrive,
};

struct FloorRoom
{
    QString id;
    QString name; ///< "Salle", "Terrasse", "Salon Vendôme"
    RoomKind kind = RoomKind::Salle;
    QRectF area; ///< where it is drawn, in cm

    bool operator==(const FloorRoom&) const = default;
};

struct PlanTable
{
    QString id;    ///< stable within its layout ("t12")
    QString label; ///< "T12", what the host reads
    TableShape shape = TableShape::Square;
    int seats = 2;
    int minParty = 1;
    QString roomId;
    QString zone; ///< "fenêtre", "bar"…; empty: the room's kind
    QPointF position;
    QSizeF size{70, 70};
    double rotation = 0; ///< degrees, clockwise, [0, 360)
    bool blocked = false;

    bool operator==(const PlanTable&) const = default;
};

/// A set of tables that may be joined, with the seats they give together
/// (usually fewer than the sum: the sides that touch lose theirs).
struct PlanJoin
{
    QStringList tableIds; ///< sorted (normalisedTableSet)
    int seats = 0;
    int minParty = 1;

    bool operator==(const PlanJoin&) const = default;
};

struct FloorLayout
{
    QString id;
    QString name;
    QList<FloorRoom> rooms;
    QList<PlanTable> tables;
    QList<PlanJoin> joins;

    const PlanTable* table(const QString& id) const;
    PlanTable* table(const QString& id);
    int tableIndex(const QString& id) const;
    const FloorRoom* room(const QString& id) const;
    int joinIndex(const QStringList& tableIds) const;
    /// The joins naming table `id`.
    QList<PlanJoin> joinsOf(const QString& id) const;
    /// The zone the solver and the colours use: the table's own, else its
    /// room's kind ("salle", "terrasse", "salon").
    QString zoneOf(const PlanTable& table) const;
    int seats() const;
    /// "T12" labels of `ids`, joined with " + ".
    QString labels(const QStringList& ids) const;
    /// A table id not used yet ("t41"), and the next free "T<n>" label.
    QString freeTableId() const;
    QString freeLabel() const;

    /// Why `join` cannot be added to this layout, in words (empty: it can):
    /// at least two tables, each of them in the layout, all in one room, not
    /// a set already declared, at least 2 seats, a minimum party it can seat.
    /// `ignore`: a join index not compared with (when editing it).
    QString joinError(const PlanJoin& join, int ignore = -1) const;
    /// Every problem of the layout (tables and joins), in words.
    QStringList errors() const;

    /// The solver's view: tables (blocked ones included, flagged) and joins.
    void fillProblem(TableAssignmentProblem* problem) const;

    bool operator==(const FloorLayout&) const = default;
};

/// A layout used over a range of days (both ends included).
struct LayoutPeriod
{
    QString layoutId;
    QDate from;
    QDate to;

    bool contains(const QDate& day) const { return day >= from && day <= to; }
    bool operator==(const LayoutPeriod&) const = default;
};

struct FloorPlan
{
    QList<FloorLayout> layouts;
    QString defaultLayoutId;
    QList<LayoutPeriod> periods;

    int layoutIndex(const QString& id) const;
    const FloorLayout* layout(const QString& id) const;
    FloorLayout* layout(const QString& id);
    /// The layout in use on `day`: the period holding it that starts last
    /// (the later one listed on a tie), else the default, else the first
    /// layout; nullptr without layouts.
    const FloorLayout* activeLayout(const QDate& day) const;
    QString freeLayoutId() const;
    /// Problems in words (periods naming no layout, ends reversed, layouts'
    /// errors prefixed with their names).
    QStringList errors() const;

    bool operator==(const FloorPlan&) const = default;
};

class FloorPlanText
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::FloorPlan)

public:
    static QString shapeKey(TableShape shape);
    static TableShape shapeFromKey(const QString& key, bool* ok = nullptr);
    static QString shapeLabel(TableShape shape);
    static QString roomKindKey(RoomKind kind);
    static RoomKind roomKindFromKey(const QString& key, bool* ok = nullptr);
    static QString roomKindLabel(RoomKind kind);
    static QString seatsText(int seats);
};

/// The standard tables of the "Add table" menu: size and seats by shape.
PlanTable standardTable(TableShape shape, int seats);

} // namespace Moulin
