// The floor plans in SQLite: a plan saved reads back the same, a save that
// fails half-way leaves the stored plan as it was, a plan with errors is
// refused before writing, the layout active on a date, the demo plan seeded
// once.

#include "common/core/database.h"
#include "reservation/tableplan/floordocument.h"
#include "reservation/tableplan/floorstore.h"
#include "testsupport.h"

#include <QTest>
#include <QUndoStack>

using namespace Moulin;
using namespace Moulin::Test;

class TestFloorStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        const FreshDatabase fresh = openFreshDatabase(QStringLiteral("floorstore"));
        QVERIFY2(fresh.opened.ok(), qPrintable(fresh.opened.message));
    }
    void cleanup() { Database::closeConnection(); }

    void emptyDatabaseHasNoPlan()
    {
        QSqlDatabase db = Database::connection();
        QString error;
        const std::optional<FloorPlan> plan = FloorStore::load(db, &error);
        QVERIFY2(plan, qPrintable(error));
        QVERIFY(plan->layouts.isEmpty());
        QVERIFY(!FloorStore::activeLayout(db, QDate(2026, 12, 6)));
    }

    void roundTrip()
    {
        QSqlDatabase db = Database::connection();
        FloorPlan plan = FloorStore::demoPlan(QDate(2026, 12, 6));
        // Every field away from its default somewhere.
        PlanTable& t = plan.layouts[1].tables[3];
        t.rotation = 45;
        t.minParty = 2;
        t.size = QSizeF(75.5, 75.5);
        t.shape = TableShape::Round;
        plan.layouts[2].joins.last().minParty = 12;
        plan.defaultLayoutId = plan.layouts[1].id;
        QString error;
        QVERIFY2(FloorStore::save(db, plan, &error), qPrintable(error));
        std::optional<FloorPlan> back = FloorStore::load(db, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->layouts.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(back->layouts[i].rooms, plan.layouts[i].rooms);
            QCOMPARE(back->layouts[i].tables, plan.layouts[i].tables);
            QCOMPARE(back->layouts[i].joins, plan.layouts[i].joins);
        }
        QCOMPARE(*back, plan);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM floor_join_table WHERE layout_id = 'hiver' "
                                           "AND tables = 't10,t7,t8,t9'"))
                     .toInt(),
                 4);

        // Saved again smaller: what went is gone, and the join rows with it.
        plan.layouts.removeLast();
        plan.periods.removeLast();
        QVERIFY2(FloorStore::save(db, plan, &error), qPrintable(error));
        back = FloorStore::load(db, &error);
        QCOMPARE(*back, plan);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM floor_join_table WHERE layout_id = "
                                           "'privatisation'"))
                     .toInt(),
                 0);
    }

    void aFailedSaveChangesNothing()
    {
        QSqlDatabase db = Database::connection();
        const FloorPlan before = FloorStore::demoPlan(QDate(2026, 12, 6));
        QString error;
        QVERIFY2(FloorStore::save(db, before, &error), qPrintable(error));
        // The disk refuses one table half-way through the next save.
        QVERIFY(
            exec(db, QStringLiteral("CREATE TRIGGER floor_refuse BEFORE INSERT ON floor_table "
                                    "WHEN NEW.label = 'S4' BEGIN SELECT RAISE(ABORT, 'disk says no'); END")));
        FloorPlan after = before;
        after.layouts.first().name = QStringLiteral("Renamed");
        after.layouts.first().tables.first().seats = 3;
        after.layouts.removeLast();
        after.periods.removeLast();
        QVERIFY(!FloorStore::save(db, after, &error));
        QVERIFY2(error.contains(QStringLiteral("disk says no")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("S4")), qPrintable(error));
        const std::optional<FloorPlan> back = FloorStore::load(db, &error);
        QVERIFY(back);
        QCOMPARE(*back, before);
    }

    void aPlanWithErrorsIsRefusedBeforeWriting()
    {
        QSqlDatabase db = Database::connection();
        const FloorPlan before = FloorStore::demoPlan(QDate(2026, 12, 6));
        QString error;
        QVERIFY2(FloorStore::save(db, before, &error), qPrintable(error));
        FloorPlan bad = before;
        bad.layouts.first().joins << PlanJoin{{QStringLiteral("t1"), QStringLiteral("p1")}, 4, 1};
        QVERIFY(!FloorStore::save(db, bad, &error));
        QVERIFY2(error.contains(QStringLiteral("T1 + P1 are not in the same room")) ||
                     error.contains(QStringLiteral("P1 + T1 are not in the same room")),
                 qPrintable(error));
        QCOMPARE(*FloorStore::load(db), before);
    }

    void activeLayoutByDate()
    {
        QSqlDatabase db = Database::connection();
        const QDate today(2026, 12, 6);
        const FloorPlan plan = FloorStore::demoPlan(today);
        QString error;
        QVERIFY2(FloorStore::save(db, plan, &error), qPrintable(error));
        QCOMPARE(FloorStore::activeLayout(db, today)->name, QStringLiteral("Salle d’hiver"));
        QCOMPARE(FloorStore::activeLayout(db, QDate(2026, 7, 1))->name, QStringLiteral("Terrasse d’été"));
        QCOMPARE(FloorStore::activeLayout(db, QDate(2027, 7, 1))->name, QStringLiteral("Salle d’hiver"));
        // The private party: a Saturday about a month on.
        const QDate party = plan.periods.last().from;
        QCOMPARE(party.dayOfWeek(), 6);
        QVERIFY(today.daysTo(party) >= 28 && today.daysTo(party) < 35);
        QCOMPARE(FloorStore::activeLayout(db, party)->name, QStringLiteral("Privatisation"));
        QCOMPARE(FloorStore::activeLayout(db, party.addDays(1))->name, QStringLiteral("Salle d’hiver"));
    }

    void demoSeededOnce()
    {
        QSqlDatabase db = Database::connection();
        const QDate today(2026, 12, 6);
        QString error;
        QCOMPARE(FloorStore::seedDemoOnce(db, today, &error), 1);
        const std::optional<FloorPlan> seeded = FloorStore::load(db);
        QCOMPARE(*seeded, FloorStore::demoPlan(today));
        const FloorLayout& summer = seeded->layouts[1];
        QVERIFY(summer.tables.size() >= 38 && summer.tables.size() <= 45);
        QSet<RoomKind> kinds;
        for (const PlanTable& t : summer.tables)
            kinds.insert(summer.room(t.roomId)->kind);
        QCOMPARE(kinds.size(), 3);
        QVERIFY(summer.joins.size() >= 15);

        // Again: nothing (the plan is there).
        QCOMPARE(FloorStore::seedDemoOnce(db, today, &error), 0);
        // The host empties the plan: not seeded again either.
        QVERIFY(FloorStore::save(db, FloorPlan(), &error));
        QCOMPARE(FloorStore::seedDemoOnce(db, today, &error), 0);
        QVERIFY(FloorStore::load(db)->layouts.isEmpty());
    }

    void documentLoadsEditsAndSaves()
    {
        QSqlDatabase db = Database::connection();
        const QDate today(2026, 12, 6);
        FloorDocument doc;
        QString error;
        QVERIFY2(doc.load(db, today, &error), qPrintable(error));
        QVERIFY(!doc.stored()); // the starter plan
        QCOMPARE(doc.plan().layouts.size(), 1);
        QVERIFY(FloorStore::seedDemoOnce(db, today, &error) == 1);
        QVERIFY(doc.load(db, QDate(2026, 7, 1), &error));
        QVERIFY(doc.stored());
        QCOMPARE(doc.layout().name, QStringLiteral("Terrasse d’été")); // the one active that day
        QVERIFY(doc.moveTables({QStringLiteral("t14")}, QPointF(20, 0)));
        QVERIFY(doc.modified());
        QVERIFY2(doc.save(db, &error), qPrintable(error));
        QVERIFY(!doc.modified());
        QCOMPARE(FloorStore::load(db)->layout(QStringLiteral("ete"))->table(QStringLiteral("t14"))->position,
                 QPointF(720, 520));
        // Undo after saving: modified again.
        doc.undoStack()->undo();
        QVERIFY(doc.modified());
    }
};

QTEST_GUILESS_MAIN(TestFloorStore)
#include "tst_floorstore.moc"
