// The Plannings tab offscreen: a shift dragged by the mouse into a rest
// violation is highlighted and listed at once; published, the week is
// read-only (and cannot be generated); "Generate" fills the demo team's
// week with a lawful roster while a progress strip shows and edits wait;
// cancel stops a run, a change of week abandons it; an infeasible week is
// explained and keeps its shifts; the screenshots are kept for a look.

#include "common/core/database.h"
#include "common/core/readinterfaces.h"
#include "forecast/forecasttestsupport.h"
#include "scheduling/core/rosterdocument.h"
#include "scheduling/ui/needseditor.h"
#include "scheduling/ui/rostergrid.h"
#include "scheduling/ui/rosterstab.h"
#include "testsupport.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QFrame>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Moulin;
namespace Test = Moulin::Test;

namespace {

/// Answers the next message box with `button` once it is up.
void answerNextQuestion(QMessageBox::StandardButton button)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            box->button(button)->click();
        }
    });
    timer->start();
}

RosterOptimizerOptions options()
{
    RosterOptimizerOptions o;
    o.timeLimitSeconds = 20; // a loaded machine; the demo week takes about a second
    return o;
}

} // namespace

class TestRostersTab : public QObject
{
    Q_OBJECT

    QString m_dir;

    void saveShot(QWidget& widget, const QString& name)
    {
        const QString png = QDir(m_dir).filePath(name);
        QVERIFY(widget.grab().save(png));
        const QString extra = qEnvironmentVariable("MOULIN_SHOT_DIR");
        if (!extra.isEmpty())
            widget.grab().save(QDir(extra).filePath(name));
    }

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
    void cleanup()
    {
        ReadInterfaces::withdraw<CoversHistorySource>();
        ReadInterfaces::withdraw<BookingsSource>();
        Database::closeConnection();
    }

    void forecastDrivesTheNeedsAndTheyCanBeEdited()
    {
        // The sandbox restaurant's till and book, as the sales and reservation areas register them.
        const QTimeZone paris("Europe/Paris");
        const QDateTime now(QDate(2026, 12, 3), QTime(10, 0), paris);
        auto history = std::make_shared<Test::MemoryHistory>();
        auto book = std::make_shared<Test::MemoryBook>();
        Test::drawFootfall(SandboxFootfall(5), now.date().addDays(-84), now.date().addDays(27), *history,
                           *book);
        ReadInterfaces::provide<CoversHistorySource>(history);
        ReadInterfaces::provide<BookingsSource>(book);

        RostersTab tab;
        tab.setClock([now] { return now.toUTC(); });
        tab.resize(1400, 900);
        tab.forgetCovers();
        tab.showWeek(QDate(2026, 12, 8));
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QTRY_VERIFY_WITH_TIMEOUT(!tab.coversPending(), 20000);
        QVERIFY(tab.document()->covers().available);

        auto* basis = tab.findChild<QLabel*>(QStringLiteral("rosterCoversBasis"));
        QVERIFY(basis);
        QVERIFY2(basis->text().contains(QStringLiteral("cover(s) expected this week")) ||
                     basis->text().contains(QStringLiteral("covers expected this week")),
                 qPrintable(basis->text()));
        // Saturday evening: the forecast raises the servers' need above the minimum.
        const QDate saturday(2026, 12, 12);
        const QString server = QStringLiteral("server");
        const DayNeed* need = tab.document()->week().need(server, saturday);
        QVERIFY(need);
        const int minStaff = tab.document()->config().role(server)->minStaff;
        QVERIFY2(need->target.at(20 * 4 + 2) > minStaff, qPrintable(QString::number(need->target.at(82))));
        // The chart shows the covers per quarter hour next to the staff.
        auto* chartView = tab.findChild<QChartView*>(QStringLiteral("rosterCoverage"));
        QVERIFY(chartView);
        tab.grid()->dayActivated(5);
        QCOMPARE(chartView->chart()->series().size(), 4);
        saveShot(tab, QStringLiteral("rosters-forecast.png"));

        // The manager raises the need from 20:00 to 20:45 by hand.
        NeedsEditor editor(tab.document(), server, saturday, &tab);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTableWidget* table = editor.table();
        const int row = 20 * 4 - editor.firstSlot();
        QVERIFY(row > 0 && row + 3 < table->rowCount());
        const QItemSelection rows(table->model()->index(row, 0), table->model()->index(row + 3, 0));
        table->selectionModel()->select(rows,
                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        editor.applyToSelection(3, 9);
        // One cell typed in the table: the need at 21:00, below its minimum, lowers the minimum.
        table->item(row + 4, 4)->setData(Qt::EditRole, 1);
        saveShot(editor, QStringLiteral("needs-editor.png"));
        const int computedAt21 = tab.document()->computedNeed(server, saturday)->target.at(21 * 4);
        editor.accept();
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        need = tab.document()->week().need(server, saturday);
        for (int slot = 20 * 4; slot < 21 * 4; ++slot) {
            QCOMPARE(need->minimum.at(slot), 3);
            QCOMPARE(need->target.at(slot), 9);
        }
        QCOMPARE(need->target.at(21 * 4), 1);
        QCOMPARE(need->minimum.at(21 * 4), 1);
        QVERIFY(computedAt21 != 1);
        // Kept in the database: only the five quarters changed by hand.
        QCOMPARE(Test::scalar(
                     QStringLiteral("SELECT count(*) FROM sched_need_override WHERE role = ? AND day = ?"),
                     {server, saturday.toString(Qt::ISODate)})
                     .toInt(),
                 5);
    }

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
        auto* generate = tab.findChild<QPushButton*>(QStringLiteral("rosterGenerate"));
        QVERIFY(generate && !generate->isEnabled());
        QVERIFY(!tab.generate());
        QVERIFY(!tab.isGenerating());

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

    void generateFillsTheDemoWeek()
    {
        RostersTab tab;
        tab.setOptimizerOptions(options());
        tab.resize(1400, 900);
        tab.showWeek(QDate(2026, 12, 8));
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        RosterDocument* doc = tab.document();
        QVERIFY(doc->shifts().isEmpty());
        auto* generate = tab.findChild<QPushButton*>(QStringLiteral("rosterGenerate"));
        auto* strip = tab.findChild<QFrame*>(QStringLiteral("rosterProgress"));
        auto* banner = tab.findChild<QLabel*>(QStringLiteral("rosterSolverBanner"));
        auto* publish = tab.findChild<QPushButton*>(QStringLiteral("rosterPublish"));
        QVERIFY(generate && strip && banner && publish);
        QVERIFY(generate->isEnabled());
        QVERIFY(!strip->isVisible());

        QSignalSpy finished(&tab, &RostersTab::generationFinished);
        QTest::mouseClick(generate, Qt::LeftButton);
        QVERIFY(tab.isGenerating());
        // Running: the strip shows, the tab reads but does not edit.
        QVERIFY(strip->isVisible());
        QVERIFY(!generate->isEnabled());
        QVERIFY(!publish->isEnabled());
        QVERIFY(doc->locked());
        QVERIFY(!doc->addShift(
            {QStringLiteral("paul-martin"), QStringLiteral("server"), QDate(2026, 12, 8), 18 * 60, 23 * 60}));
        saveShot(tab, QStringLiteral("plannings-generating.png"));
        QVERIFY(tab.findChild<QLabel*>(QStringLiteral("rosterProgressText"))
                    ->text()
                    .contains(QStringLiteral(" s")));

        QVERIFY(finished.wait(60000));
        QVERIFY(!tab.isGenerating());
        QVERIFY(!strip->isVisible());
        QVERIFY(!doc->locked());
        QVERIFY(!doc->shifts().isEmpty());
        const QList<RosterViolation> violations = RosterValidator::validate(doc->week(), doc->shifts());
        QVERIFY2(violations.isEmpty(), qPrintable(violations.value(0).message));
        QVERIFY(doc->violations().isEmpty());
        QVERIFY(!doc->solverStatus().isEmpty());
        QVERIFY(doc->solverStatus().contains(QStringLiteral("optim")));
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(doc->solverStatus().toHtmlEscaped()), qPrintable(banner->text()));
        auto* state = tab.findChild<QLabel*>(QStringLiteral("rosterState"));
        QVERIFY(state->text().contains(doc->solverStatus()));
        QVERIFY(generate->isEnabled());
        QVERIFY(publish->isEnabled());
        saveShot(tab, QStringLiteral("plannings-generated.png"));

        // The three exports of the generated week.
        const QDir dir(m_dir);
        QString error;
        QVERIFY2(
            tab.exportTo(RostersTab::ExportKind::ShiftsCsv, dir.filePath(QStringLiteral("s.csv")), &error),
            qPrintable(error));
        QFile shiftsCsv(dir.filePath(QStringLiteral("s.csv")));
        QVERIFY(shiftsCsv.open(QIODevice::ReadOnly));
        const QList<QByteArray> shiftRows = shiftsCsv.readAll().trimmed().split('\n');
        QCOMPARE(shiftRows.first(), QByteArray("person,role,start,end"));
        QCOMPARE(shiftRows.size(), doc->shifts().size() + 1);

        QVERIFY2(
            tab.exportTo(RostersTab::ExportKind::PayrollCsv, dir.filePath(QStringLiteral("p.csv")), &error),
            qPrintable(error));
        QFile payrollCsv(dir.filePath(QStringLiteral("p.csv")));
        QVERIFY(payrollCsv.open(QIODevice::ReadOnly));
        const QList<QByteArray> payrollRows = payrollCsv.readAll().trimmed().split('\n');
        QVERIFY(payrollRows.first().startsWith("person,person_id,shifts,hours,night_hours"));
        QVERIFY(payrollRows.last().startsWith("TOTAL,,"));
        int minutes = 0;
        qint64 cents = 0;
        for (const Shift& shift : doc->shifts()) {
            minutes += shift.minutes();
            cents += doc->week().member(shift.personId)->hourlyCostCents * shift.minutes();
        }
        const QList<QByteArray> total = payrollRows.last().split(',');
        QCOMPARE(total.at(2).toInt(), doc->shifts().size());
        QCOMPARE(total.at(3), QByteArray::number(minutes / 60.0, 'f', 2));
        // Each person's cost rounded to the cent: within a cent per person.
        QVERIFY(std::abs(total.at(9).toDouble() * 100 - cents / 60.0) <= payrollRows.size());

        QVERIFY2(tab.exportTo(RostersTab::ExportKind::Pdf, dir.filePath(QStringLiteral("r.pdf")), &error),
                 qPrintable(error));
        QFile pdf(dir.filePath(QStringLiteral("r.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        const qsizetype pages = bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r") +
                                bytes.count("/Type /Page ") + bytes.count("/Type /Page/") +
                                bytes.count("/Type /Page>");
        QVERIFY2(pages >= 1, bytes.left(2000).constData());

        // Generated, not hand-made: generating again asks nothing.
        QVERIFY(tab.generate());
        QVERIFY(finished.wait(60000));
        QVERIFY(RosterValidator::validate(doc->week(), doc->shifts()).isEmpty());
    }

    void cancelStopsARunAndWeekChangeAbandonsIt()
    {
        RostersTab tab;
        RosterOptimizerOptions o = options();
        o.relativeGap = 0;
        tab.setOptimizerOptions(o);
        tab.resize(1400, 900);
        tab.showWeek(QDate(2026, 12, 8));
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        RosterDocument* doc = tab.document();
        const Shift handMade{QStringLiteral("paul-martin"), QStringLiteral("server"), QDate(2026, 12, 8),
                             18 * 60, 23 * 60};
        QVERIFY(doc->addShift(handMade));

        // Shifts drawn by hand: asked first; "no" keeps them.
        answerNextQuestion(QMessageBox::No);
        QVERIFY(!tab.generate());
        QVERIFY(!tab.isGenerating());
        QCOMPARE(doc->shifts(), QList<Shift>{handMade});

        QSignalSpy finished(&tab, &RostersTab::generationFinished);
        answerNextQuestion(QMessageBox::Yes);
        QVERIFY(tab.generate());
        QVERIFY(tab.isGenerating());
        auto* cancel = tab.findChild<QPushButton*>(QStringLiteral("rosterCancel"));
        QVERIFY(cancel && cancel->isVisible() && cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QVERIFY(!tab.isGenerating());
        QVERIFY(!doc->locked());
        auto* banner = tab.findChild<QLabel*>(QStringLiteral("rosterSolverBanner"));
        QVERIFY(banner->isVisible());
        // The best roster so far, if any, replaced the hand-made one; either way every rule holds or
        // the hand-made shift stays.
        if (doc->shifts() != QList<Shift>{handMade})
            QVERIFY(RosterValidator::validate(doc->week(), doc->shifts()).isEmpty());

        // A run abandoned by a change of week leaves the new week alone.
        QVERIFY(tab.generate());
        QVERIFY(tab.isGenerating());
        tab.showWeek(QDate(2026, 12, 15));
        QVERIFY(!tab.isGenerating());
        QVERIFY(!doc->locked());
        QVERIFY(!banner->isVisible());
        QTest::qWait(500);
        QCOMPARE(finished.size(), 1);
        QVERIFY(doc->shifts().isEmpty());
        QCOMPARE(tab.monday(), QDate(2026, 12, 14));

        // And a run still going when the tab goes is stopped and waited for.
        QVERIFY(tab.generate());
    }

    void infeasibleWeekIsExplainedAndKeepsItsShifts()
    {
        // Two servers at least, and all but Paul on leave on Saturday 12 December.
        StaffingConfig config = StaffingConfig::demo();
        const QDate saturday(2026, 12, 12);
        for (StaffRole& r : config.roles) {
            if (r.id == QLatin1String("server"))
                r.minStaff = 2;
        }
        for (StaffMember& m : config.staff) {
            if (m.holds(QStringLiteral("server")) && m.id != QLatin1String("paul-martin"))
                m.leave.insert(saturday);
        }
        QSqlDatabase db = Database::connection();
        QString error;
        QVERIFY2(RosterStore::saveConfig(db, config, &error), qPrintable(error));

        RostersTab tab;
        tab.setOptimizerOptions(options());
        tab.resize(1400, 900);
        tab.showWeek(saturday);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        RosterDocument* doc = tab.document();
        const Shift handMade{QStringLiteral("camille-roux"), QStringLiteral("chef"), saturday.addDays(-1),
                             11 * 60 + 30, 15 * 60};
        QVERIFY(doc->addShift(handMade));

        QSignalSpy finished(&tab, &RostersTab::generationFinished);
        answerNextQuestion(QMessageBox::Yes);
        QVERIFY(tab.generate());
        QVERIFY(finished.wait(60000));
        QCOMPARE(doc->shifts(), QList<Shift>{handMade});
        QVERIFY(doc->solverStatus().isEmpty());
        auto* banner = tab.findChild<QLabel*>(QStringLiteral("rosterSolverBanner"));
        QVERIFY(banner->isVisible());
        const QString text = banner->text();
        // The gap in the manager's words: one server missing on Saturday, and why (leave).
        for (const QString& words : {RosterValidator::roleCount(QStringLiteral("server"), 1),
                                     RosterValidator::dayLabel(saturday), QStringLiteral("Léa Bernard")})
            QVERIFY2(text.contains(words.toHtmlEscaped()), qPrintable(text + QStringLiteral(" / ") + words));
        QVERIFY2(!text.contains(QStringLiteral("no solution"), Qt::CaseInsensitive), qPrintable(text));
        saveShot(tab, QStringLiteral("plannings-infeasible.png"));
    }
};

QTEST_MAIN(TestRostersTab)
#include "tst_rosterstab.moc"
