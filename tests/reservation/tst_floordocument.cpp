// The floor plan document: every edit one undoable command (tables added,
// removed, moved, turned, resized, changed, blocked; joins; layouts and their
// dates), moves of one drag merged into one command, the join graph's rules
// with their reasons in words, the layout active on a date, and the plan as
// the table assignment solver reads it.

#include "reservation/tableplan/floordocument.h"
#include "reservation/tableplan/floorstore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Moulin;

namespace {

PlanTable table(const QString& id, int seats, QPointF at, const QString& room = QStringLiteral("salle"))
{
    PlanTable t = standardTable(TableShape::Square, seats);
    t.id = id;
    t.label = id.toUpper();
    t.roomId = room;
    t.position = at;
    return t;
}

/// One layout: T1–T3 of two in the dining room, P1 on the terrace; T1+T2 = 4.
FloorPlan smallPlan()
{
    FloorPlan plan = FloorDocument::starterPlan();
    FloorLayout& l = plan.layouts.first();
    l.name = QStringLiteral("Salle d’hiver");
    l.tables = {table(QStringLiteral("t1"), 2, {100, 100}), table(QStringLiteral("t2"), 2, {170, 100}),
                table(QStringLiteral("t3"), 4, {300, 100}),
                table(QStringLiteral("p1"), 2, {1400, 100}, QStringLiteral("terrasse"))};
    l.joins = {PlanJoin{{QStringLiteral("t1"), QStringLiteral("t2")}, 4, 1}};
    return plan;
}

QStringList ids(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* s : list)
        out << QString::fromLatin1(s);
    return out;
}

} // namespace

class TestFloorDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addTableMakesUpIdLabelAndRoom()
    {
        FloorDocument doc;
        doc.setPlan(smallPlan());
        PlanTable t = standardTable(TableShape::Round, 4);
        t.position = QPointF(1500, 400); // on the terrace
        const QString id = doc.addTable(t);
        QCOMPARE(id, QStringLiteral("t5"));
        const PlanTable* added = doc.layout().table(id);
        QVERIFY(added);
        QCOMPARE(added->label, QStringLiteral("T4")); // T3 is the highest T<n>
        QCOMPARE(added->roomId, QStringLiteral("terrasse"));
        QCOMPARE(doc.layout().tables.size(), 5);
        QVERIFY(doc.modified());
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Add table T4"));
        doc.undoStack()->undo();
        QVERIFY(!doc.layout().table(id));
        QVERIFY(!doc.modified());
        doc.undoStack()->redo();
        QCOMPARE(doc.layout().table(id)->label, QStringLiteral("T4"));
    }

    void removeTablesTakesTheirJoinsAndUndoBringsBoth()
    {
        FloorDocument doc;
        doc.setPlan(smallPlan());
        QSignalSpy changed(&doc, &FloorDocument::layoutChanged);
        QVERIFY(doc.removeTables(ids({"t2"})));
        QCOMPARE(changed.size(), 1);
        QVERIFY(!doc.layout().table(QStringLiteral("t2")));
        QVERIFY(doc.layout().joins.isEmpty());
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Delete T2"));
        doc.undoStack()->undo();
        QCOMPARE(doc.layout(), smallPlan().layouts.first());
        QVERIFY(!doc.removeTables(ids({"nope"})));
        QCOMPARE(doc.undoStack()->count(), 1);
        QVERIFY(doc.removeTables(ids({"t1", "t3", "nope"})));
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Delete 2 table(s)"));
        QCOMPARE(doc.layout().tables.size(), 2);
    }

    void moveAndUndo()
    {
        FloorDocument doc;
        doc.setPlan(smallPlan());
        QSignalSpy moved(&doc, &FloorDocument::tablesMoved);
        QVERIFY(doc.moveTables(ids({"t1", "t3"}), QPointF(10, -20)));
        QCOMPARE(moved.size(), 1);
        QCOMPARE(moved.first().first().toStringList(), ids({"t1", "t3"}));
        QCOMPARE(doc.layout().table(QStringLiteral("t1"))->position, QPointF(110, 80));
        QCOMPARE(doc.layout().table(QStringLiteral("t3"))->position, QPointF(310, 80));
        QCOMPARE(doc.layout().table(QStringLiteral("t2"))->position, QPointF(170, 100));
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Move 2 table(s)"));
        doc.undoStack()->undo();
        QCOMPARE(doc.layout().table(QStringLiteral("t1"))->position, QPointF(100, 100));
        QCOMPARE(doc.layout().table(QStringLiteral("t3"))->position, QPointF(300, 100));
        QVERIFY(!doc.moveTables(ids({"t1"}), QPointF(0, 0)));
    }

    void movesOfOneDragMergeIntoOneCommand()
    {
        FloorDocument doc;
        doc.setPlan(smallPlan());
        for (int i = 0; i < 5; ++i)
            QVERIFY(doc.moveTables(ids({"t1", "t2"}), QPointF(10, 5), 7));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.layout().table(QStringLiteral("t1"))->position, QPointF(150, 125));
        // Another drag, or moves outside a drag, are commands of their own.
        QVERIFY(doc.moveTables(ids({"t1", "t2"}), QPointF(10, 0), 8));
        QVERIFY(doc.moveTables(ids({"t1", "t2"}), QPointF(10, 0)));
        QVERIFY(doc.moveTables(ids({"t1", "t2"}), QPointF(10, 0)));
        // The same drag id with another selection does not merge either.
        QVERIFY(doc.moveTables(ids({"t1"}), QPointF(10, 0), 8));
        QCOMPARE(doc.undoStack()->count(), 5);
        for (int i = 0; i < 4; ++i)
            doc.undoStack()->undo();
        QCOMPARE(doc.layout().table(QStringLiteral("t1"))->position, QPointF(150, 125));
        doc.undoStack()->undo(); // the whole first drag at once
        QCOMPARE(doc.layout().table(QStringLiteral("t1"))->position, QPointF(100, 100));
        QCOMPARE(doc.layout().table(QStringLiteral("t2"))->position, QPointF(170, 100));
        QVERIFY(!doc.modified());
    }

    void aTableMovedIntoAnotherRoomTakesItUnlessJoined()
    {
        FloorDocument doc;
        doc.setPlan(smallPlan());
        QVERIFY(doc.moveTables(ids({"t3", "t1"}), QPointF(1200, 0)));
        QCOMPARE(doc.layout().table(QStringLiteral("t3"))->roomId, QStringLiteral("terrasse"));
        // T1 is joined with T2: it stays in the dining room's joins (and room).
        QCOMPARE(doc.layout().table(QStringLiteral("t1"))->roomId, QStringLiteral("salle"));
        QVERIFY(doc.plan().errors().isEmpty());
        doc.undoStack()->undo();
        QCOMPARE(doc.layout().table(QStringLiteral("t3"))->roomId, QStringLiteral("salle"));
    }

    void rotate()
    {
        FloorDocument doc;
        FloorPlan plan = smallPlan();
        plan.layouts.first().tables[0].rotation = 350;
        doc.setPlan(plan);
        QVERIFY(doc.rotateTables(ids({"t1", "t2"}), 20));
        QCOMPARE(doc.layout().table(QStringLiteral("t1"))->rotation, 10.0);
        QCOMPARE(doc.layout().table(QStringLiteral("t2"))->rotation, 20.0);
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Rotate 2 table(s)"));
        QVERIFY(doc.rotateTables(ids({"t2"}), -20));
        QCOMPARE(doc.layout().table(QStringLiteral("t2"))->rotation, 0.0);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(doc.layout().table(QStringLiteral("t1"))->rotation, 350.0);
        QCOMPARE(doc.layout().table(QStringLiteral("t2"))->rotation, 0.0);
        QVERIFY(!doc.rotateTables(ids({"t1"}), 360));
    }

    void resizeKeepsSquaresSquareAndMergesADrag()
    {
        FloorDocument doc;
        FloorPlan plan = smallPlan();
        plan.layouts.first().tables[2].shape = TableShape::Rectangle;
        doc.setPlan(plan);
        QVERIFY(doc.resizeTable(QStringLiteral("t1"), QSizeF(90, 80)));
        QCOMPARE(doc.layout().table(QStringLiteral("t1"))->size, QSizeF(90, 90));
        QVERIFY(doc.resizeTable(QStringLiteral("t3"), QSizeF(160, 80), 3));
        QVERIFY(doc.resizeTable(QStringLiteral("t3"), QSizeF(200, 90), 3));
        QVERIFY(doc.resizeTable(QStringLiteral("t3"), QSizeF(10, 10), 3)); // at least 30 cm
        QCOMPARE(doc.layout().table(QStringLiteral("t3"))->size, QSizeF(30, 30));
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();
        QCOMPARE(doc.layout().table(QStringLiteral("t3"))->size, QSizeF(80, 80));
        doc.undoStack()->undo();
        QCOMPARE(doc.layout().table(QStringLiteral("t1"))->size, QSizeF(70, 70));
    }

    void editPropertiesWithReasons()
    {
        FloorDocument doc;
        doc.setPlan(smallPlan());
        QSignalSpy changed(&doc, &FloorDocument::tablesChanged);
        PlanTable t = *doc.layout().table(QStringLiteral("t3"));
        t.label = QStringLiteral(" T10 ");
        t.seats = 6;
        t.minParty = 3;
        t.zone = QStringLiteral("fenêtre");
        t.shape = TableShape::Round;
        QString reason;
        QVERIFY2(doc.setTable(t, &reason), qPrintable(reason));
        QCOMPARE(changed.size(), 1);
        const PlanTable* edited = doc.layout().table(QStringLiteral("t3"));
        QCOMPARE(edited->label, QStringLiteral("T10"));
        QCOMPARE(edited->seats, 6);
        QCOMPARE(edited->minParty, 3);
        QCOMPARE(doc.layout().zoneOf(*edited), QStringLiteral("fenêtre"));
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Edit T10"));

        t = *edited;
        t.label = QStringLiteral("T1");
        QVERIFY(!doc.setTable(t, &reason));
        QCOMPARE(reason, QStringLiteral("Another table is already labelled T1."));
        t = *edited;
        t.minParty = 7;
        QVERIFY(!doc.setTable(t, &reason));
        QCOMPARE(reason, QStringLiteral("The minimum party (7) must be between 1 and the seats (6)."));
        t = *doc.layout().table(QStringLiteral("t1"));
        t.roomId = QStringLiteral("terrasse");
        QVERIFY(!doc.setTable(t, &reason));
        QCOMPARE(reason,
                 QStringLiteral("T1 is part of a join: remove its joins before moving it to another room."));
        t.roomId = QStringLiteral("cave");
        QVERIFY(!doc.setTable(t, &reason));
        QCOMPARE(reason, QStringLiteral("That room is not in this layout."));
        QCOMPARE(doc.undoStack()->count(), 1);

        doc.undoStack()->undo();
        QCOMPARE(doc.layout().table(QStringLiteral("t3"))->label, QStringLiteral("T3"));
        QCOMPARE(doc.layout().table(QStringLiteral("t3"))->seats, 4);
    }

    void blockAndUnblock()
    {
        FloorDocument doc;
        doc.setPlan(smallPlan());
        QVERIFY(doc.setBlocked(ids({"t1", "t2"}), true));
        QVERIFY(doc.layout().table(QStringLiteral("t1"))->blocked);
        QVERIFY(!doc.setBlocked(ids({"t1"}), true)); // nothing to change
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Block T1 + T2"));
        doc.undoStack()->undo();
        QVERIFY(!doc.layout().table(QStringLiteral("t1"))->blocked);
        QVERIFY(!doc.layout().table(QStringLiteral("t2"))->blocked);
    }

    void joinGraphRules_data()
    {
        QTest::addColumn<QStringList>("tables");
        QTest::addColumn<int>("seats");
        QTest::addColumn<int>("minParty");
        QTest::addColumn<QString>("reason");
        QTest::newRow("one table") << ids({"t3"}) << 4 << 1
                                   << QStringLiteral("A join needs at least two tables.");
        QTest::newRow("twice") << ids({"t3", "t3"}) << 4 << 1
                               << QStringLiteral("A table appears twice in the join.");
        QTest::newRow("unknown") << ids({"t3", "t9"}) << 6 << 1
                                 << QStringLiteral("Table t9 is not in this layout.");
        QTest::newRow("two rooms") << ids({"t3", "p1"}) << 6 << 1
                                   << QStringLiteral(
                                          "P1 + T3 are not in the same room (Terrace and Dining room): "
                                          "only tables of one room can be joined.");
        QTest::newRow("declared already, other order")
            << ids({"t2", "t1"}) << 5 << 1 << QStringLiteral("T1 + T2 is already a join (4 seat(s)).");
        QTest::newRow("too few seats")
            << ids({"t2", "t3"}) << 1 << 1 << QStringLiteral("A join seats at least 2 (1 given).");
        QTest::newRow("minimum above seats")
            << ids({"t2", "t3"}) << 4 << 5
            << QStringLiteral("The minimum party (5) must be between 1 and the join's seats (4).");
        QTest::newRow("fine") << ids({"t3", "t2"}) << 5 << 1 << QString();
        QTest::newRow("three") << ids({"t1", "t2", "t3"}) << 7 << 4 << QString();
    }

    void joinGraphRules()
    {
        QFETCH(QStringList, tables);
        QFETCH(int, seats);
        QFETCH(int, minParty);
        QFETCH(QString, reason);
        FloorDocument doc;
        doc.setPlan(smallPlan());
        QString why;
        const bool added = doc.addJoin(tables, seats, &why, minParty);
        QCOMPARE(why, reason);
        QCOMPARE(added, reason.isEmpty());
        QCOMPARE(doc.undoStack()->count(), added ? 1 : 0);
        if (added) {
            const int i = doc.layout().joinIndex(tables);
            QVERIFY(i >= 0);
            QCOMPARE(doc.layout().joins[i].seats, seats);
            QCOMPARE(doc.layout().joins[i].tableIds, normalisedTableSet(tables));
            QVERIFY(doc.plan().errors().isEmpty());
            doc.undoStack()->undo();
            QCOMPARE(doc.layout().joinIndex(tables), -1);
        }
    }

    void removeJoinAndSuggestedSeats()
    {
        FloorDocument doc;
        doc.setPlan(smallPlan());
        QCOMPARE(doc.suggestedJoinSeats(ids({"t1", "t2"})), 2);
        QCOMPARE(doc.suggestedJoinSeats(ids({"t1", "t2", "t3"})), 4);
        QCOMPARE(doc.suggestedJoinSeats(ids({"t3"})), 4);
        QVERIFY(!doc.removeJoin(ids({"t1", "t3"})));
        QVERIFY(doc.removeJoin(ids({"t2", "t1"})));
        QVERIFY(doc.layout().joins.isEmpty());
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Remove join T1 + T2"));
        doc.undoStack()->undo();
        QCOMPARE(doc.layout().joins.size(), 1);
    }

    void rooms()
    {
        FloorDocument doc;
        doc.setPlan(smallPlan());
        const QString cave = doc.addRoom(QStringLiteral("  Cave voûtée "), RoomKind::SalonPrive);
        QVERIFY(!cave.isEmpty());
        const FloorRoom* r = doc.layout().room(cave);
        QCOMPARE(r->name, QStringLiteral("Cave voûtée"));
        // Right of the others (the terrace ends at 2020 cm).
        QCOMPARE(r->area, QRectF(2080, 0, 800, 600));
        QVERIFY(doc.renameRoom(cave, QStringLiteral("Cave")));
        QVERIFY(!doc.renameRoom(cave, QStringLiteral("Cave")));
        QVERIFY(doc.setRoomKind(cave, RoomKind::Salle));
        QVERIFY(doc.resizeRoom(cave, QSizeF(50, 700)));
        QCOMPARE(doc.layout().room(cave)->area, QRectF(2080, 0, 100, 700)); // at least 1 m
        QCOMPARE(doc.undoStack()->count(), 4);

        // A room moved takes its tables; the steps of one drag are one command.
        QVERIFY(doc.moveRoom(QStringLiteral("salle"), QPointF(10, 0), 5));
        QVERIFY(doc.moveRoom(QStringLiteral("salle"), QPointF(20, 30), 5));
        QCOMPARE(doc.undoStack()->count(), 5);
        QCOMPARE(doc.layout().room(QStringLiteral("salle"))->area.topLeft(), QPointF(30, 30));
        QCOMPARE(doc.layout().table(QStringLiteral("t1"))->position, QPointF(130, 130));
        QCOMPARE(doc.layout().table(QStringLiteral("p1"))->position, QPointF(1400, 100)); // the terrace's
        doc.undoStack()->undo();
        QCOMPARE(doc.layout().table(QStringLiteral("t1"))->position, QPointF(100, 100));
        QCOMPARE(doc.layout().room(QStringLiteral("salle"))->area.topLeft(), QPointF(0, 0));

        QString reason;
        QVERIFY(!doc.removeRoom(QStringLiteral("salle"), &reason));
        QCOMPARE(reason, QStringLiteral("“Dining room” still has 3 table(s): move or remove them first."));
        QVERIFY(doc.removeRoom(cave, &reason));
        QVERIFY(!doc.layout().room(cave));
        QVERIFY(doc.removeRoom(QStringLiteral("salon"), &reason));
        QVERIFY(doc.removeTables({QStringLiteral("p1")}));
        QVERIFY(doc.removeRoom(QStringLiteral("terrasse"), &reason));
        QVERIFY(doc.removeTables({QStringLiteral("t1"), QStringLiteral("t2"), QStringLiteral("t3")}));
        QVERIFY(!doc.removeRoom(QStringLiteral("salle"), &reason));
        QCOMPARE(reason, QStringLiteral("A layout keeps at least one room."));
        doc.undoStack()->setIndex(0);
        QCOMPARE(doc.plan(), smallPlan());
    }

    void layoutsNewDuplicateRenameRemove()
    {
        FloorDocument doc;
        doc.setPlan(smallPlan());
        const QString winter = doc.currentLayoutId();
        QSignalSpy layouts(&doc, &FloorDocument::layoutsChanged);
        QSignalSpy current(&doc, &FloorDocument::currentLayoutChanged);

        const QString summer = doc.duplicateLayout(winter, QStringLiteral("Terrasse d’été"));
        QVERIFY(!summer.isEmpty() && summer != winter);
        QCOMPARE(doc.currentLayoutId(), summer);
        QCOMPARE(doc.layout().tables, doc.plan().layout(winter)->tables);
        QCOMPARE(doc.layout().joins, doc.plan().layout(winter)->joins);
        QCOMPARE(current.size(), 1);

        const QString privat = doc.newLayout(QStringLiteral("  Privatisation "));
        QCOMPARE(doc.plan().layout(privat)->name, QStringLiteral("Privatisation"));
        QVERIFY(doc.layout().tables.isEmpty());
        QCOMPARE(doc.layout().rooms.size(), 3);
        QVERIFY(doc.newLayout(QStringLiteral("  ")).isEmpty());

        QVERIFY(doc.renameLayout(summer, QStringLiteral("Été")));
        QVERIFY(!doc.renameLayout(summer, QStringLiteral("Été")));
        QCOMPARE(doc.plan().layout(summer)->name, QStringLiteral("Été"));
        QVERIFY(doc.setDefaultLayout(summer));
        QVERIFY(doc.addPeriod({privat, QDate(2026, 12, 19), QDate(2026, 12, 19)}));

        QVERIFY(doc.removeLayout(privat));
        QVERIFY(!doc.plan().layout(privat));
        QVERIFY(doc.plan().periods.isEmpty());
        QCOMPARE(doc.undoStack()->count(), 6);
        QVERIFY(layouts.size() >= 6);

        doc.undoStack()->undo(); // the removal
        QCOMPARE(doc.plan().layouts.size(), 3);
        QCOMPARE(doc.plan().periods.size(), 1);
        QCOMPARE(doc.currentLayoutId(), privat);
        doc.undoStack()->setIndex(0);
        QCOMPARE(doc.plan(), smallPlan());
        QCOMPARE(doc.currentLayoutId(), winter);
        QVERIFY(!doc.removeLayout(winter)); // never the last one
    }

    void periodsWithReasonsAndActiveLayout()
    {
        FloorDocument doc;
        doc.setPlan(smallPlan());
        const QString winter = doc.currentLayoutId();
        const QString summer = doc.duplicateLayout(winter, QStringLiteral("Été"));
        const QString privat = doc.duplicateLayout(winter, QStringLiteral("Privatisation"));
        QString reason;
        QVERIFY(!doc.addPeriod({summer, QDate(2026, 9, 30), QDate(2026, 5, 1)}, &reason));
        QCOMPARE(reason, QStringLiteral("The last day (%1) is before the first (%2).")
                             .arg(QLocale().toString(QDate(2026, 5, 1), QLocale::ShortFormat),
                                  QLocale().toString(QDate(2026, 9, 30), QLocale::ShortFormat)));
        QVERIFY(!doc.addPeriod({QStringLiteral("x"), QDate(2026, 5, 1), QDate(2026, 9, 30)}, &reason));
        QCOMPARE(reason, QStringLiteral("That layout does not exist."));
        QVERIFY(doc.addPeriod({summer, QDate(2026, 5, 1), QDate(2026, 9, 30)}, &reason));
        QVERIFY(!doc.addPeriod({summer, QDate(2026, 5, 1), QDate(2026, 9, 30)}, &reason));
        QCOMPARE(reason, QStringLiteral("That date range is already there."));
        QVERIFY(doc.addPeriod({privat, QDate(2026, 7, 14), QDate(2026, 7, 14)}, &reason));

        const FloorPlan& plan = doc.plan();
        QCOMPARE(plan.activeLayout(QDate(2026, 4, 30))->id, winter);
        QCOMPARE(plan.activeLayout(QDate(2026, 5, 1))->id, summer);
        QCOMPARE(plan.activeLayout(QDate(2026, 7, 14))->id, privat); // the later start wins
        QCOMPARE(plan.activeLayout(QDate(2026, 9, 30))->id, summer);
        QCOMPARE(plan.activeLayout(QDate(2026, 10, 1))->id, winter);
        QCOMPARE(plan.activeLayout(QDate(2027, 7, 14))->id, winter);

        QVERIFY(doc.removePeriod(0));
        QCOMPARE(doc.plan().activeLayout(QDate(2026, 6, 1))->id, winter);
        QVERIFY(!doc.removePeriod(5));
        doc.undoStack()->undo();
        QCOMPARE(doc.plan().activeLayout(QDate(2026, 6, 1))->id, summer);

        // Without a default, the first layout.
        FloorPlan noDefault = doc.plan();
        noDefault.defaultLayoutId.clear();
        QCOMPARE(noDefault.activeLayout(QDate(2027, 1, 1))->id, winter);
        QVERIFY(!FloorPlan().activeLayout(QDate(2027, 1, 1)));
    }

    void undoingAnEditOfAnotherLayoutShowsIt()
    {
        FloorDocument doc;
        doc.setPlan(smallPlan());
        const QString winter = doc.currentLayoutId();
        QVERIFY(doc.moveTables(ids({"t1"}), QPointF(0, 50)));
        const QString summer = doc.duplicateLayout(winter, QStringLiteral("Été"));
        doc.setCurrentLayout(summer);
        QVERIFY(doc.rotateTables(ids({"t3"}), 90));
        doc.setCurrentLayout(winter);
        QCOMPARE(doc.undoStack()->count(), 3);
        doc.undoStack()->undo(); // the rotation, on summer
        QCOMPARE(doc.currentLayoutId(), summer);
        QCOMPARE(doc.layout().table(QStringLiteral("t3"))->rotation, 0.0);
        doc.undoStack()->undo(); // the duplicate
        QCOMPARE(doc.currentLayoutId(), winter);
        doc.undoStack()->undo(); // the move, on winter
        QCOMPARE(doc.layout().table(QStringLiteral("t1"))->position, QPointF(100, 100));
    }

    void modifiedFollowsTheCleanState()
    {
        FloorDocument doc;
        doc.setPlan(smallPlan());
        QSignalSpy modified(&doc, &FloorDocument::modifiedChanged);
        QVERIFY(!doc.modified());
        QVERIFY(doc.rotateTables(ids({"t1"}), 90));
        QVERIFY(doc.modified());
        QCOMPARE(modified.last().first().toBool(), true);
        doc.undoStack()->undo();
        QVERIFY(!doc.modified());
        QCOMPARE(modified.last().first().toBool(), false);
    }

    void theSolverReadsTheLayout()
    {
        const FloorPlan plan = FloorStore::demoPlan(QDate(2026, 12, 6));
        QVERIFY2(plan.errors().isEmpty(), qPrintable(plan.errors().join(QLatin1Char('\n'))));
        const FloorLayout& winter = plan.layouts.first();
        TableAssignmentProblem problem;
        winter.fillProblem(&problem);
        QCOMPARE(problem.tables.size(), winter.tables.size());
        QCOMPARE(problem.joins.size(), winter.joins.size());
        QVERIFY2(problem.inputErrors().isEmpty(), qPrintable(problem.inputErrors().join(QLatin1Char('\n'))));
        int blocked = 0;
        for (const FloorTable& t : problem.tables) {
            const PlanTable* source = winter.table(t.id);
            QVERIFY(source);
            QCOMPARE(t.seats, source->seats);
            QCOMPARE(t.label, source->label);
            QCOMPARE(t.blocked, source->blocked);
            blocked += t.blocked ? 1 : 0;
            if (t.id == QLatin1String("t1"))
                QCOMPARE(t.zone, QStringLiteral("fenêtre"));
            if (t.id == QLatin1String("s1"))
                QCOMPARE(t.zone, QStringLiteral("salon"));
        }
        QCOMPARE(blocked, 12); // the terrace, closed in winter
        // A party of 10 only fits a join in the dining room: the solver places it there.
        problem.bookings = {
            ServiceBooking{QStringLiteral("b1"), 10, 20 * 60, 0, QStringLiteral("salle"), {}, {}, false}};
        const TableAssignmentResult result = TableAssignmentSolver::solve(problem);
        QCOMPARE(result.status, TableAssignmentResult::Status::Optimal);
        const TableSet at = result.tablesOf(QStringLiteral("b1"));
        QVERIFY(at.size() >= 2);
        QVERIFY(winter.joinIndex(at) >= 0);
        QCOMPARE(winter.joins[winter.joinIndex(at)].seats, 10);
    }
};

QTEST_GUILESS_MAIN(TestFloorDocument)
#include "tst_floordocument.moc"
