// The Plan de salle tab offscreen, driven with the mouse and the keyboard: a
// table dragged moves and lands on the grid, one undo puts the whole drag
// back; arrows nudge (Shift further); a frame selects several tables and
// « Joindre » declares their join (refused with the reason across rooms); the
// handles resize and turn; Del removes and Ctrl+Z brings back; the demo plan
// drawn, with a screenshot kept in the test's data directory.

#include "common/core/apppaths.h"
#include "common/core/database.h"
#include "reservation/tableplan/floordocument.h"
#include "reservation/tableplan/floorstore.h"
#include "reservation/ui/flooreditor.h"
#include "reservation/ui/floorplantab.h"
#include "reservation/ui/reservationarea.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QGraphicsItem>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QWheelEvent>

#include <functional>
#include <memory>

using namespace Moulin;

namespace {

PlanTable table(const QString& id, TableShape shape, int seats, QPointF at,
                const QString& room = QStringLiteral("salle"))
{
    PlanTable t = standardTable(shape, seats);
    t.id = id;
    t.label = id.toUpper();
    t.roomId = room;
    t.position = at;
    return t;
}

FloorPlan smallPlan()
{
    FloorPlan plan = FloorDocument::starterPlan();
    FloorLayout& l = plan.layouts.first();
    l.tables = {table(QStringLiteral("t1"), TableShape::Square, 2, {200, 200}),
                table(QStringLiteral("t2"), TableShape::Square, 2, {300, 200}),
                table(QStringLiteral("t3"), TableShape::Round, 4, {600, 400}),
                table(QStringLiteral("p1"), TableShape::Square, 2, {1400, 200}, QStringLiteral("terrasse"))};
    return plan;
}

void mouse(QWidget* viewport, QEvent::Type type, QPoint at, Qt::MouseButtons buttons,
           Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent event(type, QPointF(at), viewport->mapToGlobal(QPointF(at)), button, buttons, modifiers);
    QApplication::sendEvent(viewport, &event);
}

/// Press at `from`, move in `steps` to `to`, release.
void drag(QWidget* viewport, QPoint from, QPoint to, int steps = 6, Qt::KeyboardModifiers modifiers = {})
{
    mouse(viewport, QEvent::MouseButtonPress, from, Qt::LeftButton, modifiers);
    for (int i = 1; i <= steps; ++i)
        mouse(viewport, QEvent::MouseMove, from + (to - from) * i / steps, Qt::LeftButton, modifiers);
    mouse(viewport, QEvent::MouseButtonRelease, to, Qt::NoButton, modifiers);
}

/// Answers the next question box with `button` once it is up; its text in `text`.
void answer(QMessageBox::StandardButton button, QString* text = nullptr)
{
    auto tries = std::make_shared<int>(0);
    auto poll = std::make_shared<std::function<void()>>();
    *poll = [tries, poll, button, text] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) {
            if (++*tries < 500)
                QTimer::singleShot(10, *poll);
            return;
        }
        if (text)
            *text = box->text();
        box->button(button)->click();
        *poll = nullptr; // the cycle ends
    };
    QTimer::singleShot(0, *poll);
}
} // namespace

class TestFloorEditor : public QObject
{
    Q_OBJECT

    std::unique_ptr<FloorPlanTab> m_tab;
    QString m_dir;

    FloorEditor* editor() const { return m_tab->editor(); }
    FloorDocument* doc() const { return m_tab->document(); }
    QPointF at(const QString& id) const { return doc()->layout().table(id)->position; }

    void saveShot(const QString& name)
    {
        const QString png = QDir(m_dir).filePath(name);
        QVERIFY(m_tab->grab().save(png));
        qInfo("screenshot: %s", qPrintable(png));
        const QString extra = qEnvironmentVariable("MOULIN_SHOT_DIR");
        if (!extra.isEmpty())
            m_tab->grab().save(QDir(extra).filePath(name));
    }

private Q_SLOTS:
    void init()
    {
        const Test::FreshDatabase fresh = Test::openFreshDatabase(QStringLiteral("flooreditor"));
        QVERIFY2(fresh.opened.ok(), qPrintable(fresh.opened.message));
        m_dir = fresh.dir;
        m_tab = std::make_unique<FloorPlanTab>();
        m_tab->resize(1400, 900);
        m_tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
        doc()->setPlan(smallPlan());
        // One pixel per centimetre, the top-left corner of the dining room in view.
        editor()->setZoom(1.0);
        editor()->centerOn(QPointF(450, 300));
        m_tab->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_tab.get()));
    }

    void cleanup()
    {
        m_tab.reset();
        Database::closeConnection();
        AppPaths::setDemoDatabase(false);
    }

    void dragMovesSnapsAndOneUndoPutsItBack()
    {
        QWidget* vp = editor()->viewport();
        const QPoint start = editor()->viewportPointOf(QStringLiteral("t1"));
        QVERIFY(vp->rect().contains(start));
        drag(vp, start, start + QPoint(37, 22), 8);
        // 200 + 37 = 237 → 240 on the 10 cm grid; 200 + 22 = 222 → 220.
        QCOMPARE(at(QStringLiteral("t1")), QPointF(240, 220));
        QCOMPARE(editor()->tableItem(QStringLiteral("t1"))->pos(), QPointF(240, 220));
        QCOMPARE(at(QStringLiteral("t2")), QPointF(300, 200)); // not selected: stays
        QCOMPARE(editor()->selectedTableIds(), QStringList{QStringLiteral("t1")});
        QCOMPARE(doc()->undoStack()->count(), 1); // eight mouse moves, one command
        QVERIFY(doc()->modified());
        QCOMPARE(m_tab->findChild<QLabel*>(QStringLiteral("floorState"))->text(),
                 QStringLiteral("Unsaved changes"));

        // Ctrl+Z from the tab (its shortcut) puts it back.
        QTest::keyClick(editor(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(at(QStringLiteral("t1")), QPointF(200, 200));
        QCOMPARE(editor()->tableItem(QStringLiteral("t1"))->pos(), QPointF(200, 200));
        QTest::keyClick(editor(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(at(QStringLiteral("t1")), QPointF(240, 220));
    }

    void draggingASelectionMovesItAll()
    {
        editor()->selectTables({QStringLiteral("t1"), QStringLiteral("t2")});
        QWidget* vp = editor()->viewport();
        const QPoint start = editor()->viewportPointOf(QStringLiteral("t2"));
        drag(vp, start, start + QPoint(-52, 101));
        QCOMPARE(at(QStringLiteral("t2")), QPointF(250, 300));
        QCOMPARE(at(QStringLiteral("t1")), QPointF(150, 300));
        QCOMPARE(doc()->undoStack()->count(), 1);
        doc()->undoStack()->undo();
        QCOMPARE(at(QStringLiteral("t1")), QPointF(200, 200));
        QCOMPARE(at(QStringLiteral("t2")), QPointF(300, 200));
    }

    void keyboardNudges()
    {
        editor()->selectTables({QStringLiteral("t3")});
        editor()->setFocus();
        QTest::keyClick(editor(), Qt::Key_Right);
        QCOMPARE(at(QStringLiteral("t3")), QPointF(610, 400));
        QTest::keyClick(editor(), Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(at(QStringLiteral("t3")), QPointF(610, 450));
        QTest::keyClick(editor(), Qt::Key_Up);
        QTest::keyClick(editor(), Qt::Key_Left, Qt::ShiftModifier);
        QCOMPARE(at(QStringLiteral("t3")), QPointF(560, 440));
        QCOMPARE(editor()->tableItem(QStringLiteral("t3"))->pos(), QPointF(560, 440));
        QTest::keyClick(editor(), Qt::Key_R);
        QCOMPARE(doc()->layout().table(QStringLiteral("t3"))->rotation, 15.0);
        QCOMPARE(doc()->undoStack()->count(), 5);
        doc()->undoStack()->setIndex(0);
        QCOMPARE(at(QStringLiteral("t3")), QPointF(600, 400));
    }

    void frameSelectsAndJoinDeclaresTheJoin()
    {
        QWidget* vp = editor()->viewport();
        // A frame from above-left of T1 to below-right of T2.
        const QPoint a = editor()->mapFromScene(QPointF(130, 130));
        const QPoint b = editor()->mapFromScene(QPointF(370, 270));
        drag(vp, a, b);
        QCOMPARE(editor()->selectedTableIds(), (QStringList{QStringLiteral("t1"), QStringLiteral("t2")}));
        auto* join = m_tab->findChild<QPushButton*>(QStringLiteral("floorJoin"));
        auto* seats = m_tab->findChild<QSpinBox*>(QStringLiteral("floorJoinSeats"));
        QVERIFY(join->isEnabled());
        QCOMPARE(seats->value(), 2); // two tables of two, one side each lost
        seats->setValue(4);
        QTest::mouseClick(join, Qt::LeftButton);
        QCOMPARE(doc()->layout().joins.size(), 1);
        QCOMPARE(doc()->layout().joins.first().tableIds,
                 (QStringList{QStringLiteral("t1"), QStringLiteral("t2")}));
        QCOMPARE(doc()->layout().joins.first().seats, 4);
        auto* joins = m_tab->findChild<QListWidget*>(QStringLiteral("floorJoins"));
        QCOMPARE(joins->count(), 1);
        QCOMPARE(joins->item(0)->text(), QStringLiteral("T1 + T2 — 4 seat(s)"));
        QVERIFY(!join->isEnabled()); // declared already

        // Ctrl+click adds the terrace's P1: across two rooms, refused with the reason.
        editor()->centerOn(QPointF(900, 300));
        QTest::qWait(0);
        const QPoint p1 = editor()->viewportPointOf(QStringLiteral("p1"));
        QVERIFY(vp->rect().contains(p1));
        mouse(vp, QEvent::MouseButtonPress, p1, Qt::LeftButton, Qt::ControlModifier);
        mouse(vp, QEvent::MouseButtonRelease, p1, Qt::NoButton, Qt::ControlModifier);
        QCOMPARE(editor()->selectedTableIds().size(), 3);
        QVERIFY(!join->isEnabled());
        QVERIFY2(m_tab->findChild<QLabel*>(QStringLiteral("floorJoinError"))
                     ->text()
                     .contains(QStringLiteral("not in the same room")),
                 qPrintable(m_tab->findChild<QLabel*>(QStringLiteral("floorJoinError"))->text()));
    }

    void handlesResizeAndTurn()
    {
        editor()->selectTables({QStringLiteral("t3")}); // round, 90 cm
        QWidget* vp = editor()->viewport();
        // The corner handle at (645, 445): dragged to (660, 460) → 120 cm across.
        drag(vp, editor()->mapFromScene(QPointF(645, 445)), editor()->mapFromScene(QPointF(661, 459)));
        QCOMPARE(doc()->layout().table(QStringLiteral("t3"))->size, QSizeF(120, 120));
        QCOMPARE(doc()->undoStack()->count(), 1);
        // The round handle above the top (now at y = 400 − 60 − 46): dragged to the right → 90°.
        drag(vp, editor()->mapFromScene(QPointF(600, 294)), editor()->mapFromScene(QPointF(760, 400)));
        QCOMPARE(doc()->layout().table(QStringLiteral("t3"))->rotation, 90.0);
        QCOMPARE(doc()->undoStack()->count(), 2);
        doc()->undoStack()->undo();
        doc()->undoStack()->undo();
        QCOMPARE(doc()->layout().table(QStringLiteral("t3"))->size, QSizeF(90, 90));
        QCOMPARE(doc()->layout().table(QStringLiteral("t3"))->rotation, 0.0);
    }

    void aRoomDraggedByItsNameStripTakesItsTables()
    {
        QWidget* vp = editor()->viewport();
        // The dining room's name strip, right of its name.
        drag(vp, editor()->mapFromScene(QPointF(500, 20)), editor()->mapFromScene(QPointF(548, 81)));
        QCOMPARE(doc()->layout().room(QStringLiteral("salle"))->area.topLeft(), QPointF(50, 60));
        QCOMPARE(at(QStringLiteral("t1")), QPointF(250, 260));
        QCOMPARE(at(QStringLiteral("t3")), QPointF(650, 460));
        QCOMPARE(at(QStringLiteral("p1")), QPointF(1400, 200)); // another room
        QCOMPARE(editor()->tableItem(QStringLiteral("t1"))->pos(), QPointF(250, 260));
        QCOMPARE(doc()->undoStack()->count(), 1);
        QTest::keyClick(editor(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(doc()->layout().room(QStringLiteral("salle"))->area.topLeft(), QPointF(0, 0));
        QCOMPARE(at(QStringLiteral("t1")), QPointF(200, 200));
        // The rooms' panel follows, and renames.
        auto* rooms = m_tab->findChild<QListWidget*>(QStringLiteral("floorRooms"));
        QCOMPARE(rooms->count(), 3);
        QCOMPARE(rooms->item(0)->text(), QStringLiteral("Dining room — 3 table(s)"));
        rooms->setCurrentRow(0);
        auto* name = m_tab->findChild<QLineEdit*>(QStringLiteral("floorRoomName"));
        name->setText(QStringLiteral("Grande salle"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(doc()->layout().room(QStringLiteral("salle"))->name, QStringLiteral("Grande salle"));
        m_tab->findChild<QSpinBox*>(QStringLiteral("floorRoomWidth"))->setValue(1500);
        QCOMPARE(doc()->layout().room(QStringLiteral("salle"))->area.width(), 1500.0);
    }

    void zoomByWheelKeysAndFit()
    {
        QWidget* vp = editor()->viewport();
        const QPoint centre = vp->rect().center();
        QWheelEvent wheel(QPointF(centre), vp->mapToGlobal(QPointF(centre)), QPoint(), QPoint(0, 120),
                          Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(vp, &wheel);
        QVERIFY(qAbs(editor()->zoom() - 1.15) < 1e-6);
        QWheelEvent back(QPointF(centre), vp->mapToGlobal(QPointF(centre)), QPoint(), QPoint(0, -240),
                         Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(vp, &back);
        QVERIFY(qAbs(editor()->zoom() - 1.15 / 1.15 / 1.15) < 1e-6);
        editor()->setFocus();
        const double before = editor()->zoom();
        QTest::keyClick(editor(), Qt::Key_Plus);
        QVERIFY(qAbs(editor()->zoom() - before * 1.25) < 1e-6);
        // Fit: every room in view.
        QTest::keyClick(editor(), Qt::Key_0, Qt::ControlModifier);
        for (const FloorRoom& r : doc()->layout().rooms)
            QVERIFY(vp->rect().contains(editor()->mapFromScene(r.area).boundingRect()));
        QVERIFY(editor()->zoom() < 1.0);
    }

    void deleteAndUndo()
    {
        editor()->selectTables({QStringLiteral("t1"), QStringLiteral("t3")});
        editor()->setFocus();
        QTest::keyClick(editor(), Qt::Key_Delete);
        QVERIFY(!editor()->tableItem(QStringLiteral("t1")));
        QVERIFY(!editor()->tableItem(QStringLiteral("t3")));
        QCOMPARE(doc()->layout().tables.size(), 2);
        QTest::keyClick(editor(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(editor()->tableItem(QStringLiteral("t1")));
        QCOMPARE(doc()->layout().tables.size(), 4);
    }

    void sidePanelEditsTheSelectedTable()
    {
        editor()->selectTables({QStringLiteral("t3")});
        auto* label = m_tab->findChild<QLineEdit*>(QStringLiteral("floorTableLabel"));
        auto* seats = m_tab->findChild<QSpinBox*>(QStringLiteral("floorTableSeats"));
        auto* error = m_tab->findChild<QLabel*>(QStringLiteral("floorTableError"));
        QCOMPARE(label->text(), QStringLiteral("T3"));
        QCOMPARE(seats->value(), 4);
        label->setFocus();
        label->setText(QStringLiteral("Fenêtre 1"));
        QTest::keyClick(label, Qt::Key_Return);
        QCOMPARE(doc()->layout().table(QStringLiteral("t3"))->label, QStringLiteral("Fenêtre 1"));
        seats->setValue(6);
        QCOMPARE(doc()->layout().table(QStringLiteral("t3"))->seats, 6);
        // A label already taken: refused, with the reason, and the field shows the table's again.
        label->setFocus();
        label->selectAll();
        QTest::keyClicks(label, QStringLiteral("T1"));
        QTest::keyClick(label, Qt::Key_Return);
        QCOMPARE(error->text(), QStringLiteral("Another table is already labelled T1."));
        QCOMPARE(label->text(), QStringLiteral("Fenêtre 1"));
        QTest::mouseClick(m_tab->findChild<QCheckBox*>(QStringLiteral("floorTableBlocked")), Qt::LeftButton);
        QVERIFY(doc()->layout().table(QStringLiteral("t3"))->blocked);
        QCOMPARE(doc()->undoStack()->count(), 3);
    }

    void layoutDatesFromThePanel()
    {
        const QString summer =
            doc()->duplicateLayout(doc()->currentLayoutId(), QStringLiteral("Terrasse d’été"));
        QCOMPARE(doc()->currentLayoutId(), summer);
        auto* layouts = m_tab->findChild<QComboBox*>(QStringLiteral("floorLayouts"));
        QCOMPARE(layouts->count(), 2);
        QCOMPARE(layouts->currentData().toString(), summer);
        auto* from = m_tab->findChild<QDateEdit*>(QStringLiteral("floorPeriodFrom"));
        auto* to = m_tab->findChild<QDateEdit*>(QStringLiteral("floorPeriodTo"));
        auto* add = m_tab->findChild<QPushButton*>(QStringLiteral("floorAddPeriod"));
        from->setDate(QDate(2026, 9, 30));
        to->setDate(QDate(2026, 5, 1));
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(m_tab->findChild<QLabel*>(QStringLiteral("floorPeriodError"))
                    ->text()
                    .startsWith(QStringLiteral("The last day")));
        from->setDate(QDate(2026, 5, 1));
        to->setDate(QDate(2026, 9, 30));
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(doc()->plan().periods.size(), 1);
        QCOMPARE(doc()->plan().activeLayout(QDate(2026, 7, 14))->id, summer);
        QCOMPARE(m_tab->findChild<QListWidget*>(QStringLiteral("floorPeriods"))->count(), 1);
        // Shown the other layout: its own dates (none, it is the default).
        layouts->setCurrentIndex(0);
        Q_EMIT layouts->activated(0);
        QVERIFY(doc()->currentLayoutId() != summer);
        QVERIFY(m_tab->findChild<QCheckBox*>(QStringLiteral("floorDefault"))->isChecked());
        // Undoing the dates shows the layout they were given to.
        QTest::keyClick(editor(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(doc()->plan().periods.isEmpty());
        QCOMPARE(doc()->currentLayoutId(), summer);
        QCOMPARE(layouts->currentData().toString(), summer);
    }

    void saveWritesTheDatabase()
    {
        QVERIFY(doc()->moveTables({QStringLiteral("t2")}, QPointF(0, 40)));
        auto* save = m_tab->findChild<QPushButton*>(QStringLiteral("floorSave"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(!doc()->modified());
        QVERIFY(!save->isEnabled());
        QCOMPARE(m_tab->findChild<QLabel*>(QStringLiteral("floorState"))->text(), QStringLiteral("Saved"));
        QSqlDatabase db = Database::connection();
        QCOMPARE(FloorStore::load(db)->layouts.first().table(QStringLiteral("t2"))->position,
                 QPointF(300, 240));
    }

    void unsavedChangesAskedBeforeLeaving()
    {
        QVERIFY(m_tab->save());
        QVERIFY(m_tab->maybeLeave()); // nothing to ask
        QVERIFY(doc()->moveTables({QStringLiteral("t2")}, QPointF(0, 40)));
        QVERIFY(doc()->modified());
        // Cancel: the changes stay, nothing written.
        QString text;
        answer(QMessageBox::Cancel, &text);
        QVERIFY(!m_tab->maybeLeave());
        QVERIFY(!text.isEmpty());
        QVERIFY(doc()->modified());
        QSqlDatabase db = Database::connection();
        QCOMPARE(FloorStore::load(db)->layouts.first().table(QStringLiteral("t2"))->position,
                 QPointF(300, 200));
        // Discard: the plan as saved again.
        answer(QMessageBox::Discard);
        QVERIFY(m_tab->maybeLeave());
        QVERIFY(!doc()->modified());
        QCOMPARE(doc()->plan().layouts.first().table(QStringLiteral("t2"))->position, QPointF(300, 200));
        // Save: written.
        QVERIFY(doc()->moveTables({QStringLiteral("t2")}, QPointF(0, 40)));
        answer(QMessageBox::Save);
        QVERIFY(m_tab->maybeLeave());
        QVERIFY(!doc()->modified());
        QCOMPARE(FloorStore::load(db)->layouts.first().table(QStringLiteral("t2"))->position,
                 QPointF(300, 240));

        // The area asks the same before the window closes.
        ReservationArea area;
        const QList<AreaTab> tabs = area.createTabs(nullptr);
        FloorPlanTab* floor = nullptr;
        for (const AreaTab& t : tabs) {
            if (auto* f = qobject_cast<FloorPlanTab*>(t.widget))
                floor = f;
        }
        QVERIFY(floor);
        QVERIFY(area.maybeClose(nullptr));
        floor->document()->setPlan(smallPlan());
        QVERIFY(floor->document()->moveTables({QStringLiteral("t1")}, QPointF(40, 0)));
        answer(QMessageBox::Cancel);
        QVERIFY(!area.maybeClose(nullptr));
        answer(QMessageBox::Discard);
        QVERIFY(area.maybeClose(nullptr));
        for (const AreaTab& t : tabs)
            delete t.widget;
    }

    void leavingTheTabAsks()
    {
        QTabWidget tabs;
        auto* floor = new FloorPlanTab;
        auto* other = new QWidget;
        tabs.addTab(floor, QStringLiteral("Plan"));
        tabs.addTab(other, QStringLiteral("Other"));
        tabs.resize(1200, 800);
        tabs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tabs));
        floor->document()->setPlan(smallPlan());
        QVERIFY(floor->save());
        QVERIFY(floor->document()->moveTables({QStringLiteral("t2")}, QPointF(0, 40)));

        // Cancel: back on the plan, the changes kept.
        QString asked;
        answer(QMessageBox::Cancel, &asked);
        tabs.setCurrentWidget(other);
        QTRY_VERIFY(!asked.isEmpty());
        QTRY_COMPARE(tabs.currentWidget(), floor);
        QVERIFY(!floor->isAsking());
        QVERIFY(floor->document()->modified());
        // Save: the other tab, the plan written.
        asked.clear();
        answer(QMessageBox::Save, &asked);
        tabs.setCurrentWidget(other);
        QTRY_VERIFY(!asked.isEmpty());
        QTRY_VERIFY(!floor->document()->modified());
        QCOMPARE(tabs.currentWidget(), other);
        QSqlDatabase db = Database::connection();
        QCOMPARE(FloorStore::load(db)->layouts.first().table(QStringLiteral("t2"))->position,
                 QPointF(300, 240));
        // Nothing changed: no question.
        tabs.setCurrentWidget(floor);
        tabs.setCurrentWidget(other);
        QTest::qWait(50);
        QVERIFY(!floor->isAsking());
        QCOMPARE(tabs.currentWidget(), other);
    }

    void demoPlanDrawn()
    {
        AppPaths::setDemoDatabase(true);
        m_tab->reload(QDate(2026, 12, 6));
        QCOMPARE(doc()->layout().name, QStringLiteral("Salle d’hiver"));
        QCOMPARE(doc()->layout().tables.size(), 42);
        for (const PlanTable& t : doc()->layout().tables)
            QVERIFY2(editor()->tableItem(t.id), qPrintable(t.id));
        // A lone table selected (its fields and handles), a join outlined.
        editor()->selectTables({QStringLiteral("t14")});
        auto* joins = m_tab->findChild<QListWidget*>(QStringLiteral("floorJoins"));
        for (int i = 0; i < joins->count(); ++i) {
            if (joins->item(i)->text().startsWith(QStringLiteral("T15 + T16 + T17 + T18")))
                joins->setCurrentRow(i);
        }
        QVERIFY(joins->currentRow() >= 0);
        QTest::qWait(50);
        saveShot(QStringLiteral("floorplan-demo.png"));
        // Something was drawn where T14 stands: not the background colour.
        const QImage shot = editor()->viewport()->grab().toImage();
        const QPoint p = editor()->viewportPointOf(QStringLiteral("t14"));
        QVERIFY(shot.rect().contains(p));
        QVERIFY(shot.pixelColor(p) != editor()->backgroundBrush().color());
        // The colours are explained: each zone of the plan, and blocked tables.
        const QString legend = m_tab->findChild<QLabel*>(QStringLiteral("floorLegend"))->text();
        for (const QString& zone :
             {QStringLiteral("salle"), QStringLiteral("fenêtre"), QStringLiteral("bar")})
            QVERIFY2(legend.contains(zone), qPrintable(legend));
        QVERIFY2(legend.contains(QStringLiteral("blocked")), qPrintable(legend));
        // The side panel fits without scrolling.
        m_tab->resize(1600, 860); // less than the tab's room in a 1600 × 1000 window
        QTest::qWait(50);
        auto* scroll = m_tab->findChild<QScrollArea*>(QStringLiteral("floorSidePanel"));
        QVERIFY(scroll);
        QVERIFY2(scroll->verticalScrollBar()->maximum() == 0,
                 qPrintable(QString::number(scroll->verticalScrollBar()->maximum())));
    }
};

QTEST_MAIN(TestFloorEditor)
#include "tst_flooreditor.moc"
