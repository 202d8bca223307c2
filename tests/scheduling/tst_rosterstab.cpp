// The Plannings tab offscreen: a shift dragged by the mouse into a rest
// violation is highlighted and listed at once; published, the week is
// read-only; the screenshot is kept for a look.

#include "common/core/database.h"
#include "scheduling/core/rosterdocument.h"
#include "scheduling/ui/rostergrid.h"
#include "scheduling/ui/rosterstab.h"
#include "testsupport.h"

#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace Moulin;
namespace Test = Moulin::Test;

class TestRostersTab : public QObject
{
    Q_OBJECT

    QString m_dir;

private Q_SLOTS:
    void init()
    {
        const Test::FreshDatabase fresh = Test::openFreshDatabase(QStringLiteral("rosterstab"));
        QVERIFY2(fresh.opened.ok(), qPrintable(fresh.opened.message));
        m_dir = fresh.dir;
        QString error;
        QSqlDatabase db = Database::connection();
        QVERIFY2(RosterStore::saveConfig(db, StaffingConfig::demo(), &error), qPrintable(error));
    }
    void cleanup() { Database::closeConnection(); }

    void dragIntoARestViolationIsHighlighted()
    {
        RostersTab tab;
        tab.resize(1400, 900);
        tab.showWeek(QDate(2026, 12, 8));
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        RosterDocument* doc = tab.document();
        RosterGrid* grid = tab.grid();
        const QDate monday(2026, 12, 7);
        QCOMPARE(tab.monday(), monday);
        QCOMPARE(doc->week().staff.size(), 14);

        // Paul: Tuesday evening until 23:30, Wednesday lunch from 11:00: 11 h 30 of rest.
        QVERIFY(doc->addShift({QStringLiteral("paul-martin"), QStringLiteral("server"), monday.addDays(1),
                               17 * 60 + 30, 23 * 60 + 30}));
        QVERIFY(doc->addShift(
            {QStringLiteral("paul-martin"), QStringLiteral("server"), monday.addDays(2), 11 * 60, 15 * 60}));
        QVERIFY(doc->violationsOf(0).isEmpty());
        QVERIFY(doc->violationsOf(1).isEmpty());

        // Drag Wednesday's shift one hour earlier with the mouse: 10 h 30 of rest.
        const QRectF block = grid->shiftRect(1);
        QVERIFY(!block.isEmpty());
        const QPoint from = block.center().toPoint();
        const QPointF hourEarlier = grid->pointAt(QStringLiteral("paul-martin"), 2, 12 * 60) -
                                    grid->pointAt(QStringLiteral("paul-martin"), 2, 13 * 60);
        const QPoint to = from + hourEarlier.toPoint();
        QTest::mousePress(grid, Qt::LeftButton, {}, from);
        QMouseEvent move(QEvent::MouseMove, QPointF(to), grid->mapToGlobal(QPointF(to)), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(grid, &move);
        QTest::mouseRelease(grid, Qt::LeftButton, {}, to);

        const Shift moved = doc->shifts().at(1);
        QCOMPARE(moved.day, monday.addDays(2));
        QCOMPARE(moved.start, 10 * 60);
        QCOMPARE(moved.end, 14 * 60);
        const QList<RosterViolation> broken = doc->violationsOf(1);
        QCOMPARE(broken.size(), 1);
        QCOMPARE(broken.first().rule, RosterViolation::Rule::Rest);

        // Listed in the panel, with the person's name.
        auto* list = tab.findChild<QListWidget*>(QStringLiteral("rosterViolations"));
        QVERIFY(list);
        bool listed = false;
        for (int i = 0; i < list->count(); ++i)
            listed = listed || (list->item(i)->text().contains(QStringLiteral("Paul Martin")) &&
                                list->item(i)->text().contains(QStringLiteral("10 h 30")));
        QVERIFY(listed);

        // Drawn in red: the block's border pixels.
        const QImage shot = tab.grab().toImage();
        const QString png = QDir(m_dir).filePath(QStringLiteral("plannings.png"));
        QVERIFY(shot.save(png));
        // Red border and hatching on the broken block, none on the lawful one.
        auto redPixels = [&](int index) {
            const QRect r =
                grid->shiftRect(index).toAlignedRect().translated(grid->mapTo(&tab, QPoint(0, 0)));
            int red = 0;
            for (int y = r.top(); y <= r.bottom(); ++y) {
                for (int x = r.left(); x <= r.right(); ++x) {
                    const QColor c = shot.pixelColor(x, y);
                    red += c.red() > 150 && c.green() < 110 && c.blue() < 110;
                }
            }
            return red;
        };
        QVERIFY2(redPixels(1) > 40, qPrintable(QString::number(redPixels(1)) + QStringLiteral(" ") + png));
        QCOMPARE(redPixels(0), 0);

        // Deleting the shift by keyboard clears it.
        grid->setFocus();
        grid->setSelectedShift(1);
        QTest::keyClick(grid, Qt::Key_Delete);
        QCOMPARE(doc->shifts().size(), 1);
        QVERIFY(doc->violationsOf(0).isEmpty());
    }

    void publishedWeekIsReadOnly()
    {
        RostersTab tab;
        tab.resize(1400, 900);
        tab.showWeek(QDate(2026, 12, 8));
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        RosterDocument* doc = tab.document();
        const QDate monday(2026, 12, 7);
        QVERIFY(doc->addShift({QStringLiteral("lea-bernard"), QStringLiteral("bartender"), monday.addDays(4),
                               18 * 60, 23 * 60}));
        QSqlDatabase db = Database::connection();
        QString error;
        QVERIFY2(doc->publish(db, &error), qPrintable(error));
        QVERIFY(doc->readOnly());
        auto* publish = tab.findChild<QPushButton*>(QStringLiteral("rosterPublish"));
        QVERIFY(publish && !publish->isEnabled());

        // A drag moves nothing; a new tab reads the week published.
        RosterGrid* grid = tab.grid();
        const QPoint from = grid->shiftRect(0).center().toPoint();
        QTest::mousePress(grid, Qt::LeftButton, {}, from);
        QMouseEvent move(QEvent::MouseMove, QPointF(from + QPoint(60, 0)),
                         grid->mapToGlobal(QPointF(from + QPoint(60, 0))), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QCoreApplication::sendEvent(grid, &move);
        QTest::mouseRelease(grid, Qt::LeftButton, {}, from + QPoint(60, 0));
        QCOMPARE(doc->shifts().first().start, 18 * 60);
        QVERIFY(!doc->addShift(
            {QStringLiteral("lea-bernard"), QStringLiteral("server"), monday.addDays(5), 18 * 60, 23 * 60}));

        RostersTab again;
        again.showWeek(monday);
        QCOMPARE(again.document()->state(), StoredWeek::State::Published);
        QCOMPARE(again.document()->shifts().size(), 1);
    }
};

QTEST_MAIN(TestRostersTab)
#include "tst_rosterstab.moc"
