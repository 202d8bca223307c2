// Zone wishes and moves in time on the service board: the wish stored in
// the book (migration 0018) by the host only, with its history, proposed
// from a channel's special requests but never set by them; a required wish
// refused in words at a table of another zone (overridable, logged); the
// whole-service problem carrying the wishes and the pacing; a booking moved
// in time (the timeline's drag) checked by the pacing of its new quarter
// hour, refused with the reason, forced with the override logged, its new
// time in the book.

#include "common/core/database.h"
#include "reservation/tableplan/serviceboard.h"
#include "reservation/tableplan/servicerules.h"
#include "reservation/tableplan/tableassignmentchecker.h"
#include "testsupport.h"

#include <QTest>

using namespace Moulin;
using namespace Moulin::Test;

namespace {

PlanTable table(const QString& id, int seats, const QString& room)
{
    PlanTable t = standardTable(TableShape::Square, seats);
    t.id = id;
    t.label = id.toUpper();
    t.seats = seats;
    t.roomId = room;
    return t;
}

/// Salle: T1 (2), T2 (4); terrasse: E1 (2), E2 (4).
FloorLayout layout()
{
    FloorLayout l;
    l.id = QStringLiteral("ete");
    l.name = QStringLiteral("Été");
    l.rooms << FloorRoom{QStringLiteral("salle"), QStringLiteral("Salle"), RoomKind::Salle,
                         QRectF(0, 0, 800, 600)}
            << FloorRoom{QStringLiteral("terr"), QStringLiteral("Terrasse"), RoomKind::Terrasse,
                         QRectF(900, 0, 800, 600)};
    l.tables << table(QStringLiteral("t1"), 2, QStringLiteral("salle"))
             << table(QStringLiteral("t2"), 4, QStringLiteral("salle"))
             << table(QStringLiteral("e1"), 2, QStringLiteral("terr"))
             << table(QStringLiteral("e2"), 4, QStringLiteral("terr"));
    return l;
}

CapacityRules rules(int pacing = 0)
{
    CapacityRules r;
    r.turnTimes.minutesByParty = {{1, 90}, {2, 90}, {6, 135}};
    r.pacing[1] = pacing;
    return r;
}

} // namespace

class TestServiceZones : public QObject
{
    Q_OBJECT

    QDateTime m_now = QDateTime(QDate(2026, 7, 10), QTime(15, 0), QTimeZone::utc());
    const QDate m_day{2026, 7, 10};

    BookStore store() const
    {
        return BookStore(ServiceCalendar(QTimeZone("Europe/Paris")), [this] { return m_now; });
    }
    ServiceBoard board() const
    {
        return ServiceBoard(store(), [this] { return m_now; });
    }

    qint64 book(const QString& name, int size, QTime at, const QString& channel = QStringLiteral("phone"),
                const QString& requests = QString(), const QString& zone = QString(), bool required = false)
    {
        QSqlDatabase db = Database::connection();
        BookingRecord r;
        r.channel = channel;
        r.externalId = channel == QLatin1String("phone") ? QString() : name;
        r.version = 1;
        r.startsAt = QDateTime(m_day, at, QTimeZone("Europe/Paris"));
        r.partySize = size;
        r.guest.name = name;
        r.specialRequests = requests;
        r.zoneWish = zone;
        r.zoneRequired = required;
        QString error;
        BookStore s = store();
        const std::optional<qint64> id =
            channel == QLatin1String("phone")
                ? s.addManual(db, r, &error)
                : std::optional<qint64>(s.apply(db, r, &error).value_or(BookStore::Applied{}).bookingId);
        if (!id || !*id)
            qWarning("%s", qPrintable(error));
        return id.value_or(0);
    }

private Q_SLOTS:
    void init()
    {
        const FreshDatabase fresh = openFreshDatabase(QStringLiteral("servicezones"));
        QVERIFY2(fresh.opened.ok(), qPrintable(fresh.opened.message));
    }
    void cleanup() { Database::closeConnection(); }

    void zoneProposedFromRequests()
    {
        QCOMPARE(proposedZoneWish(QStringLiteral("Table en Terrasse SVP")), QStringLiteral("terrasse"));
        QCOMPARE(proposedZoneWish(QStringLiteral("We'd love to sit on the terrace")),
                 QStringLiteral("terrasse"));
        QCOMPARE(proposedZoneWish(QStringLiteral("Salon privé pour un anniversaire")),
                 QStringLiteral("salon"));
        QCOMPARE(proposedZoneWish(QStringLiteral("pas en terrasse, il fait froid")), QString());
        QCOMPARE(proposedZoneWish(QStringLiteral("Chaise haute")), QString());
        QCOMPARE(proposedZoneWish(QString()), QString());
    }

    void zoneWishInTheBookByTheHostOnly()
    {
        QSqlDatabase db = Database::connection();
        // The phone entry carries the host's wish.
        const qint64 phone = book(QStringLiteral("Dupont"), 2, QTime(20, 0), QStringLiteral("phone"),
                                  QString(), QStringLiteral("terrasse"), true);
        BookStore s = store();
        std::optional<Booking> b = s.booking(db, phone);
        QVERIFY(b);
        QCOMPARE(b->zoneWish, QStringLiteral("terrasse"));
        QVERIFY(b->zoneRequired);

        // A platform's record asking for the terrace in its requests: proposed, not set.
        const qint64 fork = book(QStringLiteral("Martin"), 4, QTime(20, 30), QStringLiteral("thefork"),
                                 QStringLiteral("En terrasse si possible"), QStringLiteral("terrasse"), true);
        b = s.booking(db, fork);
        QVERIFY(b);
        QCOMPARE(b->zoneWish, QString()); // a platform never sets it, even if its record says so
        QCOMPARE(proposedZoneWish(b->specialRequests), QStringLiteral("terrasse")); // proposed to the host
        BookingRecord update;
        update.channel = QStringLiteral("thefork");
        update.externalId = QStringLiteral("Leroy");
        update.version = 1;
        update.startsAt = QDateTime(m_day, QTime(21, 0), QTimeZone("Europe/Paris"));
        update.partySize = 2;
        update.guest.name = QStringLiteral("Leroy");
        update.specialRequests = QStringLiteral("Terrasse svp");
        QString error;
        const qint64 leroy = s.apply(db, update, &error)->bookingId;
        b = s.booking(db, leroy);
        QCOMPARE(b->zoneWish, QString());
        QCOMPARE(proposedZoneWish(b->specialRequests), QStringLiteral("terrasse"));

        // The host accepts the proposal: stored, in the history.
        QVERIFY2(s.setZoneWish(db, leroy, QStringLiteral("terrasse"), false, &error), qPrintable(error));
        b = s.booking(db, leroy);
        QCOMPARE(b->zoneWish, QStringLiteral("terrasse"));
        QVERIFY(!b->zoneRequired);
        const QList<BookingHistoryEntry> history = s.history(db, leroy);
        QCOMPARE(history.last().actor, QStringLiteral("host"));
        QVERIFY2(s.describe(history.last()).contains(QStringLiteral("zone « terrasse » wished")),
                 qPrintable(s.describe(history.last())));
        // A newer record of the platform keeps the host's wish.
        update.version = 2;
        update.partySize = 3;
        QVERIFY(s.apply(db, update, &error));
        QCOMPARE(s.booking(db, leroy)->zoneWish, QStringLiteral("terrasse"));
        QCOMPARE(s.booking(db, leroy)->partySize, 3);
        // No wish: required goes with it.
        QVERIFY(s.setZoneWish(db, phone, QString(), true, &error));
        QCOMPARE(s.booking(db, phone)->zoneRequired, false);
        QVERIFY(!s.setZoneWish(db, 999999, QStringLiteral("salle"), false, &error));
        QCOMPARE(error, QStringLiteral("The booking no longer exists."));
    }

    void requiredZoneRefusedElsewhere()
    {
        QSqlDatabase db = Database::connection();
        const qint64 id = book(QStringLiteral("Dupont"), 2, QTime(20, 0), QStringLiteral("phone"), QString(),
                               QStringLiteral("Terrasse"), true);
        ServiceBoard b = board();
        QString error;
        QVERIFY(b.load(db, layout(), rules(), m_day, 1, &error));
        SeatingCheck c = b.check(id, {QStringLiteral("t1")});
        QVERIFY(c.breaks(SeatingRefusal::Rule::ZoneWish));
        QCOMPARE(c.text(),
                 QStringLiteral("Dupont asked for the zone « terrasse » (required); T1 is in « salle »."));
        QVERIFY(c.overridable());
        QVERIFY(b.check(id, {QStringLiteral("e1")}).ok());
        // Refused without the override, nothing written; forced: logged.
        SeatingCheck refusal;
        QVERIFY(!b.place(db, id, {QStringLiteral("t1")}, QStringLiteral("claire"), false, &refusal, &error));
        QVERIFY(b.placementOf(id).isEmpty());
        QVERIFY(b.place(db, id, {QStringLiteral("t1")}, QStringLiteral("claire"), true, &refusal, &error));
        QCOMPARE(
            scalar(QStringLiteral("SELECT rules FROM table_assignment_override WHERE booking_id = ?"), {id})
                .toString(),
            QStringLiteral("zone_wish"));

        // A wish names a zone or a room's kind: a "fenêtre" table of the salle meets "salle".
        FloorLayout windows = layout();
        windows.tables[0].zone = QStringLiteral("fenêtre");
        const qint64 inside = book(QStringLiteral("Roux"), 2, QTime(22, 0), QStringLiteral("phone"),
                                   QString(), QStringLiteral("salle"), true);
        QVERIFY(b.load(db, windows, rules(), m_day, 1, &error));
        QVERIFY2(b.check(inside, {QStringLiteral("t1")}).ok(),
                 qPrintable(b.check(inside, {QStringLiteral("t1")}).text()));
        QVERIFY(b.check(inside, {QStringLiteral("e1")}).breaks(SeatingRefusal::Rule::ZoneWish));
        TableAssignmentProblem w = b.problem();
        QCOMPARE(w.tables[0].zone, QStringLiteral("fenêtre"));
        QCOMPARE(w.tables[0].room, QStringLiteral("salle"));
        TableAssignmentResult wr = TableAssignmentSolver::solve(w);
        QVERIFY2(TableAssignmentChecker::violations(w, wr).isEmpty(),
                 qPrintable(TableAssignmentChecker::violations(w, wr).join(QLatin1Char('\n'))));
        QVERIFY(QStringList({QStringLiteral("t1"), QStringLiteral("t2")})
                    .contains(wr.tablesOf(QString::number(inside)).value(0)));
        QVERIFY(b.setStatus(db, inside, BookingStatus::Cancelled, &error));

        // The problem carries the wishes (lower case, as the zones) and the pacing.
        QVERIFY(b.load(db, layout(), rules(12), m_day, 1, &error));
        const TableAssignmentProblem p = b.problem();
        QCOMPARE(p.bookings.first().zoneWish, QStringLiteral("terrasse"));
        QVERIFY(p.bookings.first().zoneRequired);
        QCOMPARE(p.pacingLimit, 12);
        QCOMPARE(p.tables[2].zone, QStringLiteral("terrasse"));
        // Solved from the current T1: the wish moves it to the terrasse.
        const TableAssignmentResult r = TableAssignmentSolver::solve(p);
        QVERIFY2(TableAssignmentChecker::violations(p, r).isEmpty(),
                 qPrintable(TableAssignmentChecker::violations(p, r).join(QLatin1Char('\n'))));
        QCOMPARE(r.tablesOf(QString::number(id)), TableSet{QStringLiteral("e1")});
    }

    void moveInTimeChecksThePacing()
    {
        QSqlDatabase db = Database::connection();
        const qint64 a = book(QStringLiteral("Alpha"), 4, QTime(20, 0));
        const qint64 c = book(QStringLiteral("Charlie"), 4, QTime(20, 30));
        ServiceBoard b = board();
        QString error;
        QVERIFY(b.load(db, layout(), rules(6), m_day, 1, &error));
        QVERIFY(b.place(db, a, {QStringLiteral("t2")}, QStringLiteral("claire"), false, nullptr, &error));
        QVERIFY(b.place(db, c, {QStringLiteral("e2")}, QStringLiteral("claire"), false, nullptr, &error));

        // Charlie dragged to 20:10: the quarter 20:00 would hold 8 covers.
        SeatingCheck refusal;
        QVERIFY(!b.move(db, c, 20 * 60 + 10, {}, QStringLiteral("claire"), false, &refusal, &error));
        QVERIFY(refusal.breaks(SeatingRefusal::Rule::Pacing));
        QCOMPARE(error,
                 QStringLiteral("Pacing: 4 covers already seated between 20:00 and 20:15; 4 more would make "
                                "8 (at most 6 per quarter hour)."));
        QCOMPARE(b.booking(c)->localTime, QStringLiteral("20:30")); // nothing written
        // Within its own quarter, the move is free; the book has the new time and its history.
        QVERIFY2(b.move(db, c, 20 * 60 + 40, {}, QStringLiteral("claire"), false, &refusal, &error),
                 qPrintable(error));
        QCOMPARE(b.booking(c)->localTime, QStringLiteral("20:40"));
        QCOMPARE(store().booking(db, c)->localTime, QStringLiteral("20:40"));
        QVERIFY(store().describe(store().history(db, c).last()).contains(QStringLiteral("time")));
        // On the table of another booking at that time: double booked.
        QVERIFY(!b.move(db, c, 20 * 60 + 45, {QStringLiteral("t2")}, QStringLiteral("claire"), false,
                        &refusal, &error));
        QVERIFY(refusal.breaks(SeatingRefusal::Rule::DoubleBooked));
        // Forced: moved, the override logged with its words.
        QVERIFY(b.move(db, c, 20 * 60 + 10, {}, QStringLiteral("claire"), true, &refusal, &error));
        QCOMPARE(b.booking(c)->localTime, QStringLiteral("20:10"));
        QCOMPARE(
            scalar(QStringLiteral("SELECT rules FROM table_assignment_override WHERE booking_id = ?"), {c})
                .toString(),
            QStringLiteral("pacing"));
        // Another service's time is refused in words.
        QVERIFY(!b.move(db, c, 12 * 60, {}, QStringLiteral("claire"), true, &refusal, &error));
        QCOMPARE(error, QStringLiteral("12:00 is not a time of this service."));
    }
};

QTEST_GUILESS_MAIN(TestServiceZones)
#include "tst_servicezones.moc"
