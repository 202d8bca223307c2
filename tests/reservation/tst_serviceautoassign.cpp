// The optional automatic assignment: off by default (and then nothing is
// placed); on, a booking that arrives through the book (a platform's
// record, as a webhook or a sync brings it) for a service is placed off the
// calling thread, the bookings already placed kept where they are, the
// change in words; moving one is done only when it is the only way to
// place the newcomer; a host's change while solving wins; a service
// unchanged is not solved again.

#include "common/core/database.h"
#include "reservation/tableplan/floorstore.h"
#include "reservation/tableplan/serviceautoassign.h"
#include "reservation/tableplan/serviceboard.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace Moulin;
using namespace Moulin::Test;

namespace {

PlanTable table(const QString& id, int seats)
{
    PlanTable t = standardTable(TableShape::Square, seats);
    t.id = id;
    t.label = id.toUpper();
    t.seats = seats;
    t.roomId = QStringLiteral("salle");
    return t;
}

/// T1 (2), T2 (4), T3 (6).
FloorPlan plan()
{
    FloorLayout l;
    l.id = QStringLiteral("hiver");
    l.name = QStringLiteral("Hiver");
    l.rooms << FloorRoom{QStringLiteral("salle"), QStringLiteral("Salle"), RoomKind::Salle,
                         QRectF(0, 0, 800, 600)};
    l.tables << table(QStringLiteral("t1"), 2) << table(QStringLiteral("t2"), 4)
             << table(QStringLiteral("t3"), 6);
    FloorPlan p;
    p.layouts << l;
    p.defaultLayoutId = l.id;
    return p;
}

CapacityRules rules()
{
    CapacityRules r;
    r.turnTimes.minutesByParty = {{1, 120}};
    return r;
}

} // namespace

class TestServiceAutoAssign : public QObject
{
    Q_OBJECT

    const QDate m_day{2026, 12, 12};
    QDateTime m_now = QDateTime(QDate(2026, 12, 12), QTime(16, 0), QTimeZone::utc());

    BookStore store() const
    {
        return BookStore(ServiceCalendar(QTimeZone("Europe/Paris")), [this] { return m_now; });
    }

    /// A platform's booking entering the book, as its webhook or sync stores it.
    qint64 arrive(const QString& id, const QString& name, int size, QTime at)
    {
        QSqlDatabase db = Database::connection();
        BookingRecord r;
        r.channel = QStringLiteral("thefork");
        r.externalId = id;
        r.version = 1;
        r.startsAt = QDateTime(m_day, at, QTimeZone("Europe/Paris"));
        r.partySize = size;
        r.guest.name = name;
        QString error;
        BookStore s = store();
        const std::optional<BookStore::Applied> applied = s.apply(db, r, &error);
        if (!applied)
            qWarning("%s", qPrintable(error));
        return applied ? applied->bookingId : 0;
    }

    ServiceBoard loaded()
    {
        ServiceBoard b(store(), [this] { return m_now; });
        QSqlDatabase db = Database::connection();
        QString error;
        if (!b.load(db, plan().layouts.first(), rules(), m_day, 1, &error))
            qWarning("%s", qPrintable(error));
        return b;
    }

    void configure(ServiceAutoAssign& a)
    {
        a.setRules(rules());
        a.setClock([this] { return m_now; });
        a.setEnabled(true);
    }

private Q_SLOTS:
    void init()
    {
        const FreshDatabase fresh = openFreshDatabase(QStringLiteral("autoassign"));
        QVERIFY2(fresh.opened.ok(), qPrintable(fresh.opened.message));
        QSqlDatabase db = Database::connection();
        QString error;
        QVERIFY2(FloorStore::save(db, plan(), &error), qPrintable(error));
    }
    void cleanup() { Database::closeConnection(); }

    void offByDefault()
    {
        ServiceAutoAssign a;
        QVERIFY(!a.isEnabled());
        QVERIFY(!ServiceAutoAssign::enabledInSettings());
        QSignalSpy spy(&a, &ServiceAutoAssign::assigned);
        arrive(QStringLiteral("b1"), QStringLiteral("Dupont"), 4, QTime(20, 0));
        a.bookChanged(m_day, 1);
        QVERIFY(!a.isBusy());
        QCOMPARE(spy.count(), 0);
        QVERIFY(loaded().unplaced().size() == 1);
    }

    void aBookingArrivingIsAssigned()
    {
        ServiceAutoAssign a;
        configure(a);
        QSignalSpy spy(&a, &ServiceAutoAssign::assigned);
        const qint64 id = arrive(QStringLiteral("b1"), QStringLiteral("Dupont"), 4, QTime(20, 0));
        a.bookChanged(m_day, 1);
        QVERIFY(a.isBusy()); // solving off this thread
        a.waitForIdle();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().at(0).toDate(), m_day);
        QCOMPARE(spy.first().at(1).toInt(), 1);
        QCOMPARE(spy.first().at(2).toStringList(),
                 QStringList{QStringLiteral("T2 assigned automatically to Dupont (4 p)")});
        QCOMPARE(spy.first().at(3).toInt(), 0);
        QCOMPARE(loaded().placementOf(id), TableSet{QStringLiteral("t2")});
        QCOMPARE(scalar(QStringLiteral("SELECT actor FROM table_assignment WHERE booking_id = ?"), {id})
                     .toString(),
                 QStringLiteral("auto"));

        // Unchanged: not solved again.
        a.bookChanged(m_day, 1);
        a.waitForIdle();
        QCOMPARE(spy.count(), 1);

        // A second four at 20:00 and a couple: the first stays on T2.
        const qint64 second = arrive(QStringLiteral("b2"), QStringLiteral("Martin"), 4, QTime(20, 15));
        const qint64 couple = arrive(QStringLiteral("b3"), QStringLiteral("Leroy"), 2, QTime(20, 30));
        a.bookChanged(m_day, -1);
        a.waitForIdle();
        QCOMPARE(spy.count(), 2);
        const ServiceBoard b = loaded();
        QCOMPARE(b.placementOf(id), TableSet{QStringLiteral("t2")});
        QCOMPARE(b.placementOf(second), TableSet{QStringLiteral("t3")});
        QCOMPARE(b.placementOf(couple), TableSet{QStringLiteral("t1")});
        QCOMPARE(spy.last().at(2).toStringList().size(), 2);
    }

    void aMoveOnlyWhenItIsTheOnlyWay()
    {
        QSqlDatabase db = Database::connection();
        // A couple placed by the host on T3 (6); a six arrives: only T3 seats it, the couple moves.
        const qint64 couple = arrive(QStringLiteral("c"), QStringLiteral("Leroy"), 2, QTime(20, 0));
        ServiceBoard b = loaded();
        QString error;
        QVERIFY(
            b.place(db, couple, {QStringLiteral("t3")}, QStringLiteral("claire"), false, nullptr, &error));
        // A four arriving does not move the couple (T2 is free for it).
        ServiceAutoAssign a;
        configure(a);
        QSignalSpy spy(&a, &ServiceAutoAssign::assigned);
        const qint64 four = arrive(QStringLiteral("f"), QStringLiteral("Martin"), 4, QTime(20, 0));
        a.bookChanged(m_day, 1);
        a.waitForIdle();
        QCOMPARE(loaded().placementOf(couple), TableSet{QStringLiteral("t3")});
        QCOMPARE(loaded().placementOf(four), TableSet{QStringLiteral("t2")});
        const qint64 six = arrive(QStringLiteral("s"), QStringLiteral("Bernard"), 6, QTime(20, 30));
        a.bookChanged(m_day, 1);
        a.waitForIdle();
        QCOMPARE(spy.count(), 2);
        QCOMPARE(loaded().placementOf(six), TableSet{QStringLiteral("t3")});
        QCOMPARE(loaded().placementOf(couple), TableSet{QStringLiteral("t1")});
        QVERIFY(spy.last().at(2).toStringList().contains(
            QStringLiteral("Leroy (2 p) moved automatically from T3 to T1")));
    }

    void theHostsChangeWhileSolvingWins()
    {
        QSqlDatabase db = Database::connection();
        ServiceAutoAssign a;
        configure(a);
        QSignalSpy spy(&a, &ServiceAutoAssign::assigned);
        const qint64 id = arrive(QStringLiteral("b1"), QStringLiteral("Dupont"), 2, QTime(20, 0));
        a.bookChanged(m_day, 1);
        // The host seats them on T3 before the result comes back.
        ServiceBoard b = loaded();
        QString error;
        QVERIFY(b.place(db, id, {QStringLiteral("t3")}, QStringLiteral("claire"), false, nullptr, &error));
        a.waitForIdle();
        QCOMPARE(spy.count(), 1);
        QVERIFY(spy.first().at(2).toStringList().isEmpty());
        QCOMPARE(loaded().placementOf(id), TableSet{QStringLiteral("t3")});
    }
};

QTEST_GUILESS_MAIN(TestServiceAutoAssign)
#include "tst_serviceautoassign.moc"
