// The Service tab under the offscreen platform, on the demo restaurant's
// winter plan: a booking dragged from the list onto a table (seated there,
// stored) and from one table to another; a refused drop shows the reason in
// words and its « Override » seats it anyway, logged; a walk-in seated in two
// actions (a click on a free table, the party typed with Enter); a status by
// key, written to the book; « Place the whole service » on the solver's
// thread, every result held to TableAssignmentChecker; the plan and list
// printed to PDF; the waitlist's quote. MOULIN_SERVICE_SCREENSHOT=path
// saves a picture of the tab.

#include "common/core/database.h"
#include "common/core/readinterfaces.h"
#include "reservation/tableplan/floorstore.h"
#include "reservation/tableplan/serviceautoassign.h"
#include "reservation/tableplan/tableassignmentchecker.h"
#include "reservation/ui/servicetab.h"
#include "reservation/ui/serviceviews.h"
#include "testsupport.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Moulin;
using namespace Moulin::Test;

namespace {
/// The customer profiles as the service sees them (a stub: the crm area's
/// implementation is tested in tst_crminsights): Roux is a VIP allergic to
/// shellfish, whatever channel booked.
class KnownGuests final : public GuestInsightSource
{
public:
    std::optional<GuestInsight> insight(const GuestLookup& who) const override
    {
        if (who.name != QLatin1String("Roux"))
            return std::nullopt;
        GuestInsight g;
        g.profileId = 7;
        g.visits = 12;
        g.vip = true;
        g.allergies = QStringLiteral("crustacés");
        return g;
    }
};
} // namespace

class TestServiceTab : public QObject
{
    Q_OBJECT

    const QDate m_day{2026, 12, 12};
    QDateTime m_now = QDateTime(QDate(2026, 12, 12), QTime(18, 40), QTimeZone::utc()); // 19:40 in Paris
    QHash<QString, qint64> m_ids;

    BookStore store() const
    {
        return BookStore(ServiceCalendar(QTimeZone("Europe/Paris")), [this] { return m_now; });
    }

    qint64 book(const QString& name, int size, QTime at, const QString& allergies = QString())
    {
        QSqlDatabase db = Database::connection();
        BookingRecord r;
        r.channel = QLatin1String(BookingChannel::kPhone);
        r.startsAt = QDateTime(m_day, at, QTimeZone("Europe/Paris"));
        r.partySize = size;
        r.guest.name = name;
        r.guest.phone = QStringLiteral("06 12 34 %1").arg(m_ids.size() + 10);
        r.guest.allergies = allergies;
        QString error;
        BookStore s = store();
        const std::optional<qint64> id = s.addManual(db, r, &error);
        if (!id)
            qWarning("%s", qPrintable(error));
        m_ids.insert(name, id.value_or(0));
        return id.value_or(0);
    }

    void start(ServiceTab& tab, int pacing = 0)
    {
        CapacityRules rules;
        rules.turnTimes.minutesByParty = {{1, 90}, {2, 90}, {6, 135}};
        rules.pacing[1] = pacing;
        tab.setClock([this] { return m_now; });
        tab.setRules(rules);
        tab.resize(1400, 900);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        tab.showService(m_day, 1);
        tab.setMinute(19 * 60 + 40);
        QCOMPARE(tab.board().layout().id, QStringLiteral("hiver"));
    }

    QListWidgetItem* listItem(ServiceTab& tab, qint64 id)
    {
        QListWidget* list = tab.unplacedList();
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole + 1).toLongLong() == id)
                return list->item(i);
        }
        return nullptr;
    }

    /// Drags booking `id` from the list onto table `tableId` with the mouse.
    void dragFromList(ServiceTab& tab, qint64 id, const QString& tableId)
    {
        QListWidget* list = tab.unplacedList();
        QListWidgetItem* item = listItem(tab, id);
        QVERIFY(item);
        const QPoint from = list->visualItemRect(item).center();
        ServiceFloorView* floor = tab.floorView();
        const QPoint target = floor->viewportPointOf(tableId);
        QCOMPARE(floor->tableAt(target), tableId);
        const QPoint onList = list->viewport()->mapFromGlobal(floor->viewport()->mapToGlobal(target));
        QTest::mousePress(list->viewport(), Qt::LeftButton, Qt::NoModifier, from);
        QMouseEvent move(QEvent::MouseMove, QPointF(from + QPoint(20, 0)),
                         list->viewport()->mapToGlobal(QPointF(from + QPoint(20, 0))), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(list->viewport(), &move);
        QVERIFY(floor->isDragging());
        QMouseEvent over(QEvent::MouseMove, QPointF(onList), list->viewport()->mapToGlobal(QPointF(onList)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(list->viewport(), &over);
        QCOMPARE(floor->hoveredTable(), tableId);
        QTest::mouseRelease(list->viewport(), Qt::LeftButton, Qt::NoModifier, onList);
        QVERIFY(!floor->isDragging());
    }

private Q_SLOTS:
    void init()
    {
        m_ids.clear();
        m_now = QDateTime(QDate(2026, 12, 12), QTime(18, 40), QTimeZone::utc());
        const FreshDatabase fresh = openFreshDatabase(QStringLiteral("servicetab"));
        QVERIFY2(fresh.opened.ok(), qPrintable(fresh.opened.message));
        QSqlDatabase db = Database::connection();
        QString error;
        QVERIFY2(FloorStore::save(db, FloorStore::demoPlan(m_day), &error), qPrintable(error));
    }
    void cleanup() { Database::closeConnection(); }

    void theProfilesReachTheService()
    {
        book(QStringLiteral("Martin"), 4, QTime(20, 0), QStringLiteral("arachides"));
        const qint64 roux = book(QStringLiteral("Roux"), 2, QTime(20, 30));
        ReadInterfaces::provide<GuestInsightSource>(std::make_shared<KnownGuests>());
        ServiceTab tab;
        start(tab);
        // Roux's booking says nothing; the profile knows a VIP with an allergy.
        QTRY_VERIFY(tab.unplacedList()->item(1)->text().startsWith(QStringLiteral("⚠ ★ Roux")));
        QVERIFY2(tab.unplacedList()->item(1)->toolTip().contains(QStringLiteral("crustacés")),
                 qPrintable(tab.unplacedList()->item(1)->toolTip()));
        QVERIFY(tab.unplacedList()->item(0)->text().startsWith(QStringLiteral("⚠ Martin")));
        tab.selectBooking(roux);
        const QString detail = tab.findChild<QLabel*>(QStringLiteral("serviceBookingDetail"))->text();
        QVERIFY2(detail.contains(QStringLiteral("crustacés")) && detail.contains(QStringLiteral("VIP")) &&
                     detail.contains(QStringLiteral("12")),
                 qPrintable(detail));
        // Seated: the table's tooltip says the profile's allergy too.
        dragFromList(tab, roux, QStringLiteral("t11"));
        QCOMPARE(tab.board().placementOf(roux), TableSet{QStringLiteral("t11")});
        QTRY_VERIFY2(tab.floorView()->toolTipOf(QStringLiteral("t11")).contains(QStringLiteral("crustacés")),
                     qPrintable(tab.floorView()->toolTipOf(QStringLiteral("t11"))));
        ReadInterfaces::withdraw<GuestInsightSource>();
    }

    void dragABookingOntoATable()
    {
        const qint64 martin = book(QStringLiteral("Martin"), 4, QTime(20, 0), QStringLiteral("arachides"));
        const qint64 roux = book(QStringLiteral("Roux"), 2, QTime(20, 30));
        ServiceTab tab;
        start(tab);
        QCOMPARE(tab.unplacedList()->count(), 2);
        QVERIFY(tab.unplacedList()->item(0)->text().startsWith(QStringLiteral("⚠ Martin")));

        dragFromList(tab, martin, QStringLiteral("t11"));
        QCOMPARE(tab.board().placementOf(martin), TableSet{QStringLiteral("t11")});
        QCOMPARE(scalar(QStringLiteral("SELECT tables FROM table_assignment WHERE booking_id = ?"), {martin})
                     .toString(),
                 QStringLiteral("t11"));
        QCOMPARE(tab.unplacedList()->count(), 1);
        QCOMPARE(tab.refusalText(), QString());
        QCOMPARE(tab.floorView()->shownBookingOn(QStringLiteral("t11")), martin);

        // From a table to another with the mouse on the floor.
        ServiceFloorView* floor = tab.floorView();
        const QPoint from = floor->viewportPointOf(QStringLiteral("t11"));
        const QPoint to = floor->viewportPointOf(QStringLiteral("t12"));
        QTest::mousePress(floor->viewport(), Qt::LeftButton, Qt::NoModifier, from);
        for (int i = 1; i <= 5; ++i)
            QTest::mouseMove(floor->viewport(), from + (to - from) * i / 5);
        QVERIFY(floor->isDragging());
        QCOMPARE(floor->hoveredTable(), QStringLiteral("t12"));
        QTest::mouseRelease(floor->viewport(), Qt::LeftButton, Qt::NoModifier, to);
        QCOMPARE(tab.board().placementOf(martin), TableSet{QStringLiteral("t12")});
        QCOMPARE(scalar(QStringLiteral("SELECT tables FROM table_assignment WHERE booking_id = ?"), {martin})
                     .toString(),
                 QStringLiteral("t12"));

        // On the timeline: Roux dragged onto T1's row.
        QVERIFY(tab.board().placementOf(roux).isEmpty());
        QVERIFY(tab.dropBooking(roux, QStringLiteral("t2")));
        ServiceTimeline* tl = tab.timeline();
        const QRect block = tl->blockRect(roux, QStringLiteral("t2"));
        QVERIFY(!block.isEmpty());
        // Straight down (the same x): the table changes, not the time.
        const QPoint onT1(block.center().x(), tl->pointAt(QStringLiteral("t1"), 20 * 60).y());
        QTest::mousePress(tl, Qt::LeftButton, Qt::NoModifier, block.center());
        QTest::mouseMove(tl, block.center() + QPoint(0, 8));
        QTest::mouseMove(tl, onT1);
        QTest::mouseRelease(tl, Qt::LeftButton, Qt::NoModifier, onT1);
        QCOMPARE(tab.board().placementOf(roux), TableSet{QStringLiteral("t1")});
        QCOMPARE(tab.board().booking(roux)->localTime, QStringLiteral("20:30"));
    }

    void aRefusedDropSaysWhyAndMayBeOverridden()
    {
        const qint64 a = book(QStringLiteral("Martin"), 4, QTime(20, 0));
        const qint64 b = book(QStringLiteral("Bernard"), 4, QTime(20, 30));
        ServiceTab tab;
        start(tab);
        QVERIFY(tab.dropBooking(a, QStringLiteral("t11")));
        dragFromList(tab, b, QStringLiteral("t11"));
        QVERIFY(tab.board().placementOf(b).isEmpty());
        QCOMPARE(tab.refusalText(),
                 QStringLiteral("Bernard · 4 p · 20:30 cannot sit at T11:\nT11 is taken by Martin "
                                "(4) from 20:00 to 21:30."));
        auto* override = tab.findChild<QPushButton*>(QStringLiteral("serviceOverride"));
        QVERIFY(override->isVisible());
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM table_assignment WHERE booking_id = ?"), {b}).toInt(),
            0);

        QTest::mouseClick(override, Qt::LeftButton);
        QCOMPARE(tab.board().placementOf(b), TableSet{QStringLiteral("t11")});
        QCOMPARE(tab.refusalText(), QString());
        QSqlDatabase db = Database::connection();
        const QList<SeatingOverride> log = ServiceBoard::overrides(db, b);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().rules, QStringList{QStringLiteral("double_booked")});
        QVERIFY(!log.first().actor.isEmpty());
        bool inHistory = false;
        for (const BookingHistoryEntry& e : store().history(db, b))
            inHistory = inHistory || store().describe(e).startsWith(QStringLiteral("Rules overridden by"));
        QVERIFY(inHistory);

        // A party too large for a table alone goes to the join holding it when that one is free.
        const qint64 six = book(QStringLiteral("Six"), 6, QTime(20, 0));
        tab.reload();
        QVERIFY(tab.dropBooking(six, QStringLiteral("t17")));
        QCOMPARE(tab.board().placementOf(six), (TableSet{QStringLiteral("t17"), QStringLiteral("t18")}));
        // One chip for the party, under the leftmost of its tables; the other only coloured.
        tab.floorView()->setMinute(20 * 60 + 5);
        tab.floorView()->viewport()->repaint();
        QApplication::processEvents();
        QVERIFY(tab.floorView()
                    ->chipLines(QStringLiteral("t17"))
                    .join(QLatin1Char('|'))
                    .contains(QStringLiteral("6 p")));
        QVERIFY(tab.floorView()->chipLines(QStringLiteral("t18")).isEmpty());
    }

    void timelineDragMovesTheTime()
    {
        const qint64 alpha = book(QStringLiteral("Alpha"), 4, QTime(20, 0));
        const qint64 charlie = book(QStringLiteral("Charlie"), 4, QTime(20, 30));
        ServiceTab tab;
        start(tab, 6); // at most 6 covers a quarter hour
        QVERIFY(tab.dropBooking(alpha, QStringLiteral("t11")));
        QVERIFY(tab.dropBooking(charlie, QStringLiteral("t12")));
        ServiceTimeline* tl = tab.timeline();
        const QPoint perHalfHour =
            tl->pointAt(QStringLiteral("t12"), 21 * 60) - tl->pointAt(QStringLiteral("t12"), 20 * 60 + 30);

        // Charlie dragged 30 minutes earlier on its row: 20:00 would hold 8 covers. Red while dragging.
        QRect block = tl->blockRect(charlie, QStringLiteral("t12"));
        QTest::mousePress(tl, Qt::LeftButton, Qt::NoModifier, block.center());
        QTest::mouseMove(tl, block.center() - QPoint(10, 0));
        QTest::mouseMove(tl, block.center() - perHalfHour);
        ServiceTimeline::DragTarget live = tl->dragTarget();
        QCOMPARE(live.bookingId, charlie);
        QCOMPARE(live.minute, 20 * 60);
        QCOMPARE(live.tables, TableSet{QStringLiteral("t12")});
        QVERIFY(!live.ok);
        QVERIFY2(live.refusal.startsWith(QStringLiteral("Pacing:")), qPrintable(live.refusal));
        QTest::mouseRelease(tl, Qt::LeftButton, Qt::NoModifier, block.center() - perHalfHour);
        QCOMPARE(tab.board().booking(charlie)->localTime, QStringLiteral("20:30"));
        QCOMPARE(tab.refusalText(),
                 QStringLiteral(
                     "Charlie · 4 p · 20:30 cannot move to T12 at 20:00:\nPacing: 4 covers already "
                     "seated between 20:00 and 20:15; 4 more would make 8 (at most 6 per quarter hour)."));
        // « Override »: moved, logged in the overrides and in the tab's log.
        auto* override = tab.findChild<QPushButton*>(QStringLiteral("serviceOverride"));
        QVERIFY(override->isVisible());
        QTest::mouseClick(override, Qt::LeftButton);
        QCOMPARE(tab.board().booking(charlie)->localTime, QStringLiteral("20:00"));
        QSqlDatabase db = Database::connection();
        QCOMPARE(store().booking(db, charlie)->localTime, QStringLiteral("20:00"));
        QCOMPARE(ServiceBoard::overrides(db, charlie).size(), 1);
        QCOMPARE(ServiceBoard::overrides(db, charlie).first().rules, QStringList{QStringLiteral("pacing")});
        QStringList log;
        for (int i = 0; i < tab.logList()->count(); ++i)
            log << tab.logList()->item(i)->text();
        QVERIFY2(log.join(QLatin1Char('\n'))
                     .contains(QStringLiteral("Forced: Charlie · 4 p · 20:00 moved to T12 at 20:00")),
                 qPrintable(log.join(QLatin1Char('\n'))));
        // The pacing now passed is shown in the log.
        QVERIFY2(log.join(QLatin1Char('\n'))
                     .contains(QStringLiteral(
                         "Pacing: 8 covers start between 20:00 and 20:15 (at most 6 per quarter hour)")),
                 qPrintable(log.join(QLatin1Char('\n'))));

        // Diagonally: 45 minutes later (snapped to the quarter) and onto T13's row. Green.
        block = tl->blockRect(charlie, QStringLiteral("t12"));
        const QPoint to(block.center().x() + perHalfHour.x() * 3 / 2 + 3,
                        tl->pointAt(QStringLiteral("t13"), 20 * 60).y());
        QTest::mousePress(tl, Qt::LeftButton, Qt::NoModifier, block.center());
        QTest::mouseMove(tl, block.center() + QPoint(10, 0));
        QTest::mouseMove(tl, to);
        live = tl->dragTarget();
        QCOMPARE(live.minute, 20 * 60 + 45);
        QCOMPARE(live.tables, TableSet{QStringLiteral("t13")});
        QVERIFY2(live.ok, qPrintable(live.refusal));
        QTest::mouseRelease(tl, Qt::LeftButton, Qt::NoModifier, to);
        QCOMPARE(tab.refusalText(), QString());
        QCOMPARE(tab.board().booking(charlie)->localTime, QStringLiteral("20:45"));
        QCOMPARE(tab.board().placementOf(charlie), TableSet{QStringLiteral("t13")});
        QCOMPARE(scalar(QStringLiteral("SELECT tables FROM table_assignment WHERE booking_id = ?"), {charlie})
                     .toString(),
                 QStringLiteral("t13"));
    }

    void automaticAssignmentInTheLog()
    {
        ServiceTab tab;
        start(tab);
        ServiceAutoAssign autoAssign;
        CapacityRules rules;
        rules.turnTimes.minutesByParty = {{1, 90}, {2, 90}, {6, 135}};
        autoAssign.setRules(rules);
        autoAssign.setClock([this] { return m_now; });
        autoAssign.setEnabled(true);
        connect(&autoAssign, &ServiceAutoAssign::assigned, &tab, &ServiceTab::autoAssigned);
        // A booking arrives through the book (a platform's record, as its webhook stores it).
        QSqlDatabase db = Database::connection();
        BookingRecord r;
        r.channel = QStringLiteral("thefork");
        r.externalId = QStringLiteral("tf-1");
        r.version = 1;
        r.startsAt = QDateTime(m_day, QTime(20, 0), QTimeZone("Europe/Paris"));
        r.partySize = 6;
        r.guest.name = QStringLiteral("Dupont");
        r.specialRequests = QStringLiteral("En terrasse si possible");
        QString error;
        BookStore s = store();
        const std::optional<BookStore::Applied> applied = s.apply(db, r, &error);
        QVERIFY2(applied, qPrintable(error));
        autoAssign.bookChanged(m_day, 1);
        autoAssign.waitForIdle();
        QVERIFY(tab.unplacedList()->count() == 0);
        const TableSet at = tab.board().placementOf(applied->bookingId);
        QVERIFY(!at.isEmpty());
        QStringList log;
        for (int i = 0; i < tab.logList()->count(); ++i)
            log << tab.logList()->item(i)->text();
        const QString line =
            QStringLiteral("%1 assigned automatically to Dupont (6 p)").arg(tab.board().seating().label(at));
        QVERIFY2(log.join(QLatin1Char('\n')).contains(line), qPrintable(log.join(QLatin1Char('\n'))));
        // The requests proposed the terrace: offered in the booking's panel, never set by itself.
        QCOMPARE(tab.board().booking(applied->bookingId)->zoneWish, QString());
        tab.selectBooking(applied->bookingId);
        auto* accept = tab.findChild<QPushButton*>(QStringLiteral("serviceZoneAccept"));
        QVERIFY(accept->isVisible());
        QTest::mouseClick(accept, Qt::LeftButton);
        QCOMPARE(tab.board().booking(applied->bookingId)->zoneWish, QStringLiteral("terrasse"));
        QVERIFY(!tab.board().booking(applied->bookingId)->zoneRequired);
        QVERIFY(!accept->isVisible());
        // Shown with the booking on the plan (its table's tooltip).
        const QString tip = tab.floorView()->toolTipOf(tab.board().placementOf(applied->bookingId).first());
        QVERIFY2(tip.contains(QStringLiteral("Zone wished: terrasse")), qPrintable(tip));
    }

    void chipsNeverHideTheTables()
    {
        // The long table T7–T10 (pushed tables of four), each with a party; T1 and S5 too.
        const QStringList longTable{QStringLiteral("t7"), QStringLiteral("t8"), QStringLiteral("t9"),
                                    QStringLiteral("t10")};
        QHash<QString, qint64> on;
        for (int i = 0; i < longTable.size(); ++i)
            on.insert(longTable[i],
                      book(QStringLiteral("Guest%1").arg(i), 4, QTime(19, 40).addSecs(i * 300)));
        on.insert(QStringLiteral("t1"),
                  book(QStringLiteral("Bartholomew-Fitzgerald"), 2, QTime(20, 30), QStringLiteral("gluten")));
        ServiceTab tab;
        start(tab);
        for (auto it = on.cbegin(); it != on.cend(); ++it)
            QVERIFY(tab.dropBooking(it.value(), it.key()));
        ServiceFloorView* floor = tab.floorView();
        floor->viewport()->repaint();
        QApplication::processEvents();
        const QStringList tables = [&] {
            QStringList ids;
            for (const PlanTable& t : tab.board().layout().tables)
                ids << t.id;
            return ids;
        }();
        for (auto it = on.cbegin(); it != on.cend(); ++it) {
            const QRect chip = floor->chipRectOf(it.key());
            QVERIFY(!chip.isEmpty());
            // No chip over any table (its shape and its label), nor over another booked table's chip.
            for (const QString& t : tables)
                QVERIFY2(!chip.intersects(floor->tableRectOf(t).adjusted(2, 2, -2, -2)),
                         qPrintable(QStringLiteral("%1's chip over %2").arg(it.key(), t)));
            for (auto other = on.cbegin(); other != on.cend(); ++other) {
                if (other.key() != it.key())
                    QVERIFY2(!chip.intersects(floor->chipRectOf(other.key())),
                             qPrintable(QStringLiteral("%1's chip over %2's").arg(it.key(), other.key())));
            }
            // Party and time in full, whatever the room.
            const Booking* b = tab.board().booking(it.value());
            const QString lines = floor->chipLines(it.key()).join(QLatin1Char('|'));
            QVERIFY2(lines.contains(QStringLiteral("%1 p").arg(b->partySize)), qPrintable(lines));
            QVERIFY2(lines.contains(b->localTime), qPrintable(lines));
            // The whole detail in the tooltip.
            const QString tip = floor->toolTipOf(it.key());
            QVERIFY2(tip.contains(b->guestName) && tip.contains(b->localTime), qPrintable(tip));
        }
        QVERIFY(floor->toolTipOf(QStringLiteral("t1")).contains(QStringLiteral("gluten")));
        if (!qEnvironmentVariableIsEmpty("MOULIN_SERVICE_SCREENSHOT"))
            tab.grab().save(qEnvironmentVariable("MOULIN_SERVICE_SCREENSHOT"));
    }

    void seatAWalkInInTwoActions()
    {
        ServiceTab tab;
        start(tab);
        ServiceFloorView* floor = tab.floorView();
        // 1: a click on a free table.
        QTest::mouseClick(floor->viewport(), Qt::LeftButton, Qt::NoModifier,
                          floor->viewportPointOf(QStringLiteral("t14")));
        QCOMPARE(QApplication::focusWidget(), tab.walkInParty());
        // 2: the party size, typed, and Enter.
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("5"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

        QSqlDatabase db = Database::connection();
        const QList<Booking> day = store().day(db, m_day, 1);
        QCOMPARE(day.size(), 1);
        QCOMPARE(day.first().channel, QLatin1String(BookingChannel::kWalkIn));
        QCOMPARE(day.first().status, BookingStatus::Seated);
        QCOMPARE(day.first().partySize, 5);
        QCOMPARE(day.first().localTime, QStringLiteral("19:40"));
        QCOMPARE(tab.board().placementOf(day.first().id), TableSet{QStringLiteral("t14")});
        QCOMPARE(floor->shownBookingOn(QStringLiteral("t14")), day.first().id);

        // A walk-in too large for the table: refused with the reason, nothing created.
        QTest::mouseClick(floor->viewport(), Qt::LeftButton, Qt::NoModifier,
                          floor->viewportPointOf(QStringLiteral("t1")));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("3"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(tab.refusalText(),
                 QStringLiteral("A walk-in of 3 cannot sit at T1:\n3 guests for 2 seats at T1."));
        QCOMPARE(store().day(db, m_day, 1).size(), 1);

        // A status by key on the seated walk-in: P, paid, in the book.
        QTest::mouseClick(floor->viewport(), Qt::LeftButton, Qt::NoModifier,
                          floor->viewportPointOf(QStringLiteral("t14")));
        QCOMPARE(tab.selectedBooking(), day.first().id);
        QTest::keyClick(floor, Qt::Key_P);
        QCOMPARE(store().booking(db, day.first().id)->status, BookingStatus::Paid);
        QCOMPARE(store().history(db, day.first().id).last().kind, QStringLiteral("status"));
    }

    void theWaitlistSeatsAndRemoves()
    {
        ServiceTab tab;
        start(tab);
        auto* name = tab.findChild<QLineEdit*>(QStringLiteral("serviceWaitName"));
        auto* add = tab.findChild<QPushButton*>(QStringLiteral("serviceWaitAdd"));
        auto* list = tab.findChild<QListWidget*>(QStringLiteral("serviceWaitlist"));
        auto* seat = tab.findChild<QPushButton*>(QStringLiteral("serviceWaitSeat"));
        auto* remove = tab.findChild<QPushButton*>(QStringLiteral("serviceWaitRemove"));
        QVERIFY(name && add && list && seat && remove);
        // Two parties of two at the door (the party size's default).
        name->setText(QStringLiteral("Dupont"));
        QTest::mouseClick(add, Qt::LeftButton);
        name->setText(QStringLiteral("Garnier"));
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(list->count(), 2);
        QVERIFY2(list->item(0)->text().contains(QStringLiteral("free now")),
                 qPrintable(list->item(0)->text()));
        QVERIFY(!seat->isEnabled());

        // Dupont seated now, at the table the quote named: a walk-in in the book, off the list.
        list->setCurrentRow(0);
        QVERIFY(seat->isEnabled());
        QTest::mouseClick(seat, Qt::LeftButton);
        QSqlDatabase db = Database::connection();
        const QList<Booking> day = store().day(db, m_day, 1);
        QCOMPARE(day.size(), 1);
        QCOMPARE(day.first().channel, QLatin1String(BookingChannel::kWalkIn));
        QCOMPARE(day.first().status, BookingStatus::Seated);
        QCOMPARE(day.first().partySize, 2);
        QVERIFY(!tab.board().placementOf(day.first().id).isEmpty());
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().startsWith(QStringLiteral("Garnier")));

        // Garnier left: off the list, nothing in the book.
        list->setCurrentRow(0);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(list->count(), 0);
        QCOMPARE(store().day(db, m_day, 1).size(), 1);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM service_waitlist WHERE removed_at IS NULL")).toInt(),
            0);
    }

    void placeTheWholeService()
    {
        // Enough bookings for a full evening, some of them only a join seats.
        const QList<std::pair<int, QTime>> parties{
            {2, QTime(19, 30)}, {4, QTime(19, 30)}, {6, QTime(19, 45)},
            {2, QTime(20, 0)},  {8, QTime(20, 0)},  {4, QTime(20, 0)},
            {3, QTime(20, 15)}, {2, QTime(20, 15)}, {10, QTime(20, 30)},
            {4, QTime(20, 30)}, {2, QTime(20, 45)}, {5, QTime(21, 0)},
            {2, QTime(21, 0)},  {4, QTime(21, 15)}, {2, QTime(21, 30)},
            {20, QTime(20, 0)}, // nobody seats 20: left out, with the reason
        };
        for (int i = 0; i < parties.size(); ++i)
            book(QStringLiteral("Party %1").arg(i + 1), parties[i].first, parties[i].second,
                 i % 5 == 0 ? QStringLiteral("gluten") : QString());
        ServiceTab tab;
        start(tab);
        // One already placed, one seated (held where it sits).
        QVERIFY(tab.dropBooking(m_ids.value(QStringLiteral("Party 2")), QStringLiteral("t7")));
        QVERIFY(tab.dropBooking(m_ids.value(QStringLiteral("Party 1")), QStringLiteral("t1")));
        tab.selectBooking(m_ids.value(QStringLiteral("Party 1")));
        QVERIFY(tab.setSelectedStatus(BookingStatus::Seated));
        const TableAssignmentProblem problem = tab.board().problem();
        QSignalSpy done(&tab, &ServiceTab::wholeServicePlaced);
        QTest::mouseClick(tab.findChild<QPushButton*>(QStringLiteral("servicePlaceAll")), Qt::LeftButton);
        QVERIFY(tab.assignmentJob()->isRunning() || done.count() == 1);
        QVERIFY(done.wait(30000));
        const TableAssignmentResult& r = tab.lastResult();
        QVERIFY2(TableAssignmentChecker::violations(problem, r).isEmpty(),
                 qPrintable(TableAssignmentChecker::violations(problem, r).join(QLatin1Char('\n'))));
        QVERIFY(r.status == TableAssignmentResult::Status::Optimal ||
                r.status == TableAssignmentResult::Status::Feasible);
        QCOMPARE(r.unplaced.size(), 1);
        QCOMPARE(r.unplaced.first().bookingId, QString::number(m_ids.value(QStringLiteral("Party 16"))));
        QCOMPARE(tab.board().placementOf(m_ids.value(QStringLiteral("Party 1"))),
                 TableSet{QStringLiteral("t1")});
        // Every other booking sits where the solver put it, stored.
        for (const TableAssignment& a : r.assignments) {
            QCOMPARE(tab.board().placementOf(a.bookingId.toLongLong()), a.tables);
            QCOMPARE(scalar(QStringLiteral("SELECT tables FROM table_assignment WHERE booking_id = ?"),
                            {a.bookingId.toLongLong()})
                         .toString(),
                     ServiceBoard::tablesKey(a.tables));
        }
        auto* reasons = tab.findChild<QListWidget*>(QStringLiteral("serviceSolverReasons"));
        QCOMPARE(reasons->count(), 1);
        QVERIFY2(reasons->item(0)->text().startsWith(QStringLiteral("Party 16 · 20 p · 20:00: ")),
                 qPrintable(reasons->item(0)->text()));
        QVERIFY(reasons->item(0)->text().contains(QStringLiteral("20")));
        QCOMPARE(tab.unplacedList()->count(), 1);

        // The plan and the list, printed.
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
        QString error;
        QVERIFY2(tab.exportPdf(pdf, &error), qPrintable(error));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
        QCOMPARE(QString::fromLatin1(bytes).count(page), 2); // the plan, the list

        const QString shot = qEnvironmentVariable("MOULIN_SERVICE_SCREENSHOT");
        if (!shot.isEmpty()) {
            tab.selectBooking(m_ids.value(QStringLiteral("Party 3")));
            tab.setMinute(20 * 60 + 10);
            QCoreApplication::processEvents();
            tab.grab().save(shot);
            if (qEnvironmentVariableIsSet("MOULIN_SERVICE_PDF"))
                QFile::copy(pdf, qEnvironmentVariable("MOULIN_SERVICE_PDF"));
        }
    }
};

QTEST_MAIN(TestServiceTab)
#include "tst_servicetab.moc"
