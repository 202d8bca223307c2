// The service's capacity rules and its board: every refusal of canSeat()
// with its words (double booking during the stay, too many for the seats,
// too few for the minimum, blocked, zone closed, pacing), the turn times
// from the settings, the wait quoted to a party; the board's placements
// stored (migration 0013), a refusal writing nothing, the host's override
// logged with who, when and which rules and shown in the booking's history,
// statuses through the book, a walk-in seated at once, the waitlist, and the
// whole-service problem (seated bookings held, others with their current
// table) and its result stored.

#include "common/core/database.h"
#include "reservation/tableplan/serviceboard.h"
#include "reservation/tableplan/servicerules.h"
#include "reservation/tableplan/tableassignmentchecker.h"
#include "testsupport.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Moulin;
using namespace Moulin::Test;

namespace {

PlanTable table(const QString& id, int seats, int minParty = 1, const QString& zone = QString())
{
    PlanTable t = standardTable(TableShape::Square, seats);
    t.id = id;
    t.label = id.toUpper();
    t.seats = seats;
    t.minParty = minParty;
    t.roomId = QStringLiteral("salle");
    t.zone = zone;
    return t;
}

/// T1 (2), T2 (4), T3 (4), T4 (6, min 4), T5 (2, blocked), T6 (4, terrasse); T2+T3 = 6.
FloorLayout layout()
{
    FloorLayout l;
    l.id = QStringLiteral("hiver");
    l.name = QStringLiteral("Hiver");
    l.rooms << FloorRoom{QStringLiteral("salle"), QStringLiteral("Salle"), RoomKind::Salle,
                         QRectF(0, 0, 1000, 800)};
    l.tables << table(QStringLiteral("t1"), 2) << table(QStringLiteral("t2"), 4)
             << table(QStringLiteral("t3"), 4) << table(QStringLiteral("t4"), 6, 4);
    PlanTable blocked = table(QStringLiteral("t5"), 2);
    blocked.blocked = true;
    l.tables << blocked << table(QStringLiteral("t6"), 4, 1, QStringLiteral("terrasse"));
    l.joins << PlanJoin{{QStringLiteral("t2"), QStringLiteral("t3")}, 6, 1};
    return l;
}

CapacityRules rules()
{
    CapacityRules r;
    r.turnTimes.minutesByParty = {{1, 90}, {2, 90}, {6, 135}};
    return r;
}

SeatedParty party(qint64 id, int size, const QString& at, const QString& name = QStringLiteral("Dupont"))
{
    return SeatedParty{id, name, size, ServiceSeating::minuteOf(at), BookingStatus::Confirmed, {}, false};
}

} // namespace

class TestServiceRules : public QObject
{
    Q_OBJECT

    QDateTime m_now = QDateTime(QDate(2026, 12, 12), QTime(18, 30), QTimeZone::utc()); // 19:30 in Paris
    const QDate m_day{2026, 12, 12};

    BookStore store() const
    {
        return BookStore(ServiceCalendar(QTimeZone("Europe/Paris")), [this] { return m_now; });
    }
    ServiceBoard board() const
    {
        return ServiceBoard(store(), [this] { return m_now; });
    }

    qint64 book(const QString& name, int size, QTime at, BookingStatus status = BookingStatus::Confirmed)
    {
        QSqlDatabase db = Database::connection();
        BookingRecord r;
        r.channel = QLatin1String(BookingChannel::kPhone);
        r.startsAt = QDateTime(m_day, at, QTimeZone("Europe/Paris"));
        r.partySize = size;
        r.status = status;
        r.guest.name = name;
        r.guest.phone = QStringLiteral("06 00 00 00 %1").arg(size * 7 + at.hour(), 2, 10, QLatin1Char('0'));
        QString error;
        BookStore s = store();
        const std::optional<qint64> id = s.addManual(db, r, &error);
        if (!id)
            qWarning("%s", qPrintable(error));
        return id.value_or(0);
    }

private Q_SLOTS:
    void init()
    {
        m_now = QDateTime(QDate(2026, 12, 12), QTime(18, 30), QTimeZone::utc());
        const FreshDatabase fresh = openFreshDatabase(QStringLiteral("servicerules"));
        QVERIFY2(fresh.opened.ok(), qPrintable(fresh.opened.message));
    }
    void cleanup() { Database::closeConnection(); }

    // The rules alone ------------------------------------------------------

    void turnTimesFromTheSettings()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        CapacityRules defaults = CapacityRules::load(settings);
        QCOMPARE(defaults.turnTimes.minutesFor(2), TurnTimeRule().minutesFor(2));
        QCOMPARE(defaults.pacing[1], 0);

        settings.setValue(QLatin1String(CapacityRules::kTurnTimesKey), QStringLiteral("2:90, 6:135"));
        settings.setValue(QLatin1String(CapacityRules::kPacingDinnerKey), 20);
        settings.setValue(QLatin1String(CapacityRules::kClosedZonesKey), QStringLiteral("Terrasse"));
        CapacityRules r = CapacityRules::load(settings);
        QCOMPARE(r.turnTimes.minutesFor(2), 90);  // 2 → 1 h 30
        QCOMPARE(r.turnTimes.minutesFor(5), 90);  // the largest entry at most 5
        QCOMPARE(r.turnTimes.minutesFor(6), 135); // 6 → 2 h 15
        QCOMPARE(r.turnTimes.minutesFor(9), 135);
        QCOMPARE(r.pacingOf(1), 20);
        QCOMPARE(r.pacingOf(0), 0);
        QCOMPARE(r.closedZones, QStringList{QStringLiteral("terrasse")});

        r.resetMinutes = 10;
        r.save(settings);
        QCOMPARE(CapacityRules::load(settings), r);

        QString error;
        QVERIFY(!CapacityRules::parseTurnTimes(QStringLiteral("2:90, six:135"), &error));
        QCOMPARE(error, QStringLiteral("« six:135 » is not a party size and minutes (such as 2:90)."));
        QVERIFY(!CapacityRules::parseTurnTimes(QStringLiteral("2:5"), &error));
        // A text that is not understood leaves the defaults.
        settings.setValue(QLatin1String(CapacityRules::kTurnTimesKey), QStringLiteral("nonsense"));
        QCOMPARE(CapacityRules::load(settings).turnTimes.minutesByParty, TurnTimeRule().minutesByParty);
    }

    void aFreeTableAccepts()
    {
        ServiceSeating s(layout(), rules(), 1);
        const SeatingCheck c = s.canSeat(party(1, 4, QStringLiteral("20:00")), {QStringLiteral("t2")});
        QVERIFY2(c.ok(), qPrintable(c.text()));
        QCOMPARE(c.text(), QString());
    }

    void doubleBookingDuringTheStay()
    {
        ServiceSeating s(layout(), rules(), 1);
        s.setParty(party(1, 2, QStringLiteral("20:00"), QStringLiteral("Martin")), {QStringLiteral("t1")});
        // 19:00 for 2: stays until 20:30, past Martin's 20:00.
        SeatingCheck c = s.canSeat(party(2, 2, QStringLiteral("19:00")), {QStringLiteral("t1")});
        QCOMPARE(c.refusals.size(), 1);
        QCOMPARE(c.refusals.first().rule, SeatingRefusal::Rule::DoubleBooked);
        QCOMPARE(c.text(), QStringLiteral("T1 is taken by Martin (2) from 20:00 to 21:30."));
        QVERIFY(c.overridable());
        // 18:30 for 2 leaves at 20:00 sharp: free.
        QVERIFY(s.canSeat(party(2, 2, QStringLiteral("18:30")), {QStringLiteral("t1")}).ok());
        // With a 10-minute reset it is not.
        CapacityRules withReset = rules();
        withReset.resetMinutes = 10;
        ServiceSeating r(layout(), withReset, 1);
        r.setParty(party(1, 2, QStringLiteral("20:00"), QStringLiteral("Martin")), {QStringLiteral("t1")});
        QVERIFY(r.canSeat(party(2, 2, QStringLiteral("18:30")), {QStringLiteral("t1")})
                    .breaks(SeatingRefusal::Rule::DoubleBooked));
        // A join takes its tables: Martin on T3 keeps T2+T3.
        s.setParty(party(3, 4, QStringLiteral("20:15"), QStringLiteral("Leroy")), {QStringLiteral("t3")});
        c = s.canSeat(party(4, 6, QStringLiteral("20:00")), {QStringLiteral("t3"), QStringLiteral("t2")});
        QCOMPARE(c.text(), QStringLiteral("T3 is taken by Leroy (4) from 20:15 to 21:45."));
        // A booking that left frees its table; its own placement never counts against it.
        s.setParty(SeatedParty{3, QStringLiteral("Leroy"), 4, 20 * 60 + 15, BookingStatus::Left, {}, false},
                   {QStringLiteral("t3")});
        QVERIFY(s.canSeat(party(4, 6, QStringLiteral("20:00")), {QStringLiteral("t2"), QStringLiteral("t3")})
                    .ok());
        QVERIFY(s.canSeat(party(1, 2, QStringLiteral("20:00")), {QStringLiteral("t1")}).ok());
    }

    void tooManyForTheSeats()
    {
        ServiceSeating s(layout(), rules(), 1);
        const SeatingCheck c = s.canSeat(party(1, 5, QStringLiteral("20:00")), {QStringLiteral("t2")});
        QCOMPARE(c.refusals.size(), 1);
        QCOMPARE(c.refusals.first().rule, SeatingRefusal::Rule::TooMany);
        QCOMPARE(c.text(), QStringLiteral("5 guests for 4 seats at T2."));
        QCOMPARE(c.ruleKeys(), QStringList{QStringLiteral("too_many")});
        // The join seats them.
        QVERIFY(s.canSeat(party(1, 5, QStringLiteral("20:00")), {QStringLiteral("t2"), QStringLiteral("t3")})
                    .ok());
        QCOMPARE(s.canSeat(party(1, 7, QStringLiteral("20:00")), {QStringLiteral("t2"), QStringLiteral("t3")})
                     .text(),
                 QStringLiteral("7 guests for 6 seats at T2 + T3."));
    }

    void tooFewForTheMinimum()
    {
        ServiceSeating s(layout(), rules(), 1);
        const SeatingCheck c = s.canSeat(party(1, 2, QStringLiteral("20:00")), {QStringLiteral("t4")});
        QCOMPARE(c.refusals.size(), 1);
        QCOMPARE(c.refusals.first().rule, SeatingRefusal::Rule::TooFew);
        QCOMPARE(c.text(), QStringLiteral("T4 takes parties of 4 or more; this one is 2."));
        QVERIFY(s.canSeat(party(1, 4, QStringLiteral("20:00")), {QStringLiteral("t4")}).ok());
    }

    void blockedAndClosedZone()
    {
        CapacityRules r = rules();
        r.closedZones << QStringLiteral("terrasse");
        ServiceSeating s(layout(), r, 1);
        SeatingCheck c = s.canSeat(party(1, 2, QStringLiteral("20:00")), {QStringLiteral("t5")});
        QCOMPARE(c.refusals.size(), 1);
        QCOMPARE(c.refusals.first().rule, SeatingRefusal::Rule::Blocked);
        QCOMPARE(c.text(), QStringLiteral("T5 is blocked."));
        c = s.canSeat(party(1, 2, QStringLiteral("20:00")), {QStringLiteral("t6")});
        QCOMPARE(c.refusals.first().rule, SeatingRefusal::Rule::ZoneClosed);
        QCOMPARE(c.text(), QStringLiteral("The zone « terrasse » is closed for this service."));
        // Several rules at once: all said.
        c = s.canSeat(party(1, 3, QStringLiteral("20:00")), {QStringLiteral("t5")});
        QCOMPARE(c.ruleKeys(), (QStringList{QStringLiteral("blocked"), QStringLiteral("too_many")}));
        QCOMPARE(c.text(), QStringLiteral("T5 is blocked.\n3 guests for 2 seats at T5."));
    }

    void pacingAtThatQuarter()
    {
        CapacityRules r = rules();
        r.pacing[1] = 8;
        ServiceSeating s(layout(), r, 1);
        s.setParty(party(1, 4, QStringLiteral("20:00")), {QStringLiteral("t2")});
        s.setParty(party(2, 2, QStringLiteral("20:10")), {QStringLiteral("t1")});
        s.setParty(party(9, 6, QStringLiteral("20:05")), {}); // booked, not seated anywhere: not counted
        QCOMPARE(s.coversInQuarter(20 * 60 + 14), 6);
        SeatingCheck c = s.canSeat(party(3, 4, QStringLiteral("20:14")), {QStringLiteral("t3")});
        QCOMPARE(c.refusals.size(), 1);
        QCOMPARE(c.refusals.first().rule, SeatingRefusal::Rule::Pacing);
        QCOMPARE(c.text(),
                 QStringLiteral("Pacing: 6 covers already seated between 20:00 and 20:15; 4 more would "
                                "make 10 (at most 8 per quarter hour)."));
        // 2 more is within; the next quarter is free; lunch has no limit.
        QVERIFY(s.canSeat(party(3, 2, QStringLiteral("20:14")), {QStringLiteral("t3")}).ok());
        QVERIFY(s.canSeat(party(3, 4, QStringLiteral("20:15")), {QStringLiteral("t3")}).ok());
        ServiceSeating lunch(layout(), r, 0);
        lunch.setParty(party(1, 6, QStringLiteral("12:00")), {QStringLiteral("t4")});
        QVERIFY(lunch.canSeat(party(3, 4, QStringLiteral("12:05")), {QStringLiteral("t3")}).ok());
        // A booking already placed moves within its quarter: its covers do not change.
        QVERIFY(s.canSeat(party(1, 4, QStringLiteral("20:00")), {QStringLiteral("t3")}).ok());
    }

    void notInThePlanIsNeverOverridden()
    {
        ServiceSeating s(layout(), rules(), 1);
        const SeatingCheck c =
            s.canSeat(party(1, 2, QStringLiteral("20:00")), {QStringLiteral("t1"), QStringLiteral("t4")});
        QCOMPARE(c.refusals.first().rule, SeatingRefusal::Rule::NotInPlan);
        QCOMPARE(c.text(), QStringLiteral("T1 + T4 is no table nor declared join of this layout."));
        QVERIFY(!c.overridable());
    }

    void waitQuotedFromTheTurnTimes()
    {
        ServiceSeating s(layout(), rules(), 1);
        // Every 2-seat table taken: T1 until 21:00 (19:30 + 1 h 30); T5 blocked.
        s.setParty(party(1, 2, QStringLiteral("19:30")), {QStringLiteral("t1")});
        s.setParty(party(2, 4, QStringLiteral("19:00")), {QStringLiteral("t2")});
        s.setParty(party(3, 4, QStringLiteral("19:15")), {QStringLiteral("t3")});
        s.setParty(party(4, 4, QStringLiteral("19:45")), {QStringLiteral("t6")});
        s.setParty(party(5, 6, QStringLiteral("19:00")), {QStringLiteral("t4")});
        // A party of 2 at 19:50: T2 frees at 20:30, the earliest (T3 at 20:45, T1 at 21:00).
        std::optional<WaitQuote> q = s.quote(2, 19 * 60 + 50);
        QVERIFY(q);
        QCOMPARE(q->at, 20 * 60 + 30);
        QCOMPARE(q->wait, 40);
        QCOMPARE(q->tables, TableSet{QStringLiteral("t2")});
        // A party of 6: T4 (min 4) frees at 21:15 (19:00 + 2 h 15); T2+T3 at 20:45.
        q = s.quote(6, 19 * 60 + 50);
        QVERIFY(q);
        QCOMPARE(q->at, 20 * 60 + 45);
        QCOMPARE(q->tables, (TableSet{QStringLiteral("t2"), QStringLiteral("t3")}));
        // A gap too short for the stay is skipped: T2 taken again at 21:00.
        s.setParty(party(6, 2, QStringLiteral("21:00")), {QStringLiteral("t2")});
        q = s.quote(4, 19 * 60 + 50);
        QCOMPARE(q->tables, TableSet{QStringLiteral("t3")});
        QCOMPARE(q->at, 20 * 60 + 45);
        // Nobody seats 12.
        QVERIFY(!s.quote(12, 19 * 60 + 50));
    }

    // The board on the database --------------------------------------------

    void placementStoredAndRefusalWritesNothing()
    {
        QSqlDatabase db = Database::connection();
        const qint64 martin = book(QStringLiteral("Martin"), 2, QTime(20, 0));
        const qint64 leroy = book(QStringLiteral("Leroy"), 2, QTime(20, 30));
        ServiceBoard b = board();
        QString error;
        QVERIFY2(b.load(db, layout(), rules(), m_day, 1, &error), qPrintable(error));
        QCOMPARE(b.bookings().size(), 2);
        QCOMPARE(b.unplaced(), (QList<qint64>{martin, leroy}));

        SeatingCheck refusal;
        QVERIFY2(
            b.place(db, martin, {QStringLiteral("t1")}, QStringLiteral("claire"), false, &refusal, &error),
            qPrintable(error));
        QCOMPARE(
            scalar(QStringLiteral("SELECT tables || '/' || layout_id || '/' || assigned_by || '/' || actor "
                                  "FROM table_assignment WHERE booking_id = ?"),
                   {martin})
                .toString(),
            QStringLiteral("t1/hiver/host/claire"));

        QVERIFY(
            !b.place(db, leroy, {QStringLiteral("t1")}, QStringLiteral("claire"), false, &refusal, &error));
        QCOMPARE(error, QStringLiteral("T1 is taken by Martin (2) from 20:00 to 21:30."));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM table_assignment")).toInt(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM table_assignment_override")).toInt(), 0);

        // Read back by a new board.
        ServiceBoard again = board();
        QVERIFY(again.load(db, layout(), rules(), m_day, 1, &error));
        QCOMPARE(again.placementOf(martin), TableSet{QStringLiteral("t1")});
        QCOMPARE(again.stored(martin)->actor, QStringLiteral("claire"));
        QCOMPARE(again.unplaced(), QList<qint64>{leroy});
        // Another layout's placement is not on this one.
        FloorLayout ete = layout();
        ete.id = QStringLiteral("ete");
        QVERIFY(again.load(db, ete, rules(), m_day, 1, &error));
        QVERIFY(again.placementOf(martin).isEmpty());

        // The history says it.
        const QList<BookingHistoryEntry> h = store().history(db, martin);
        QCOMPARE(h.last().kind, QStringLiteral("table"));
        QCOMPARE(store().describe(h.last()), QStringLiteral("Placed at T1 by the host at 12/12 19:30"));
    }

    void overrideIsExplicitAndLogged()
    {
        QSqlDatabase db = Database::connection();
        const qint64 big = book(QStringLiteral("Bernard"), 5, QTime(20, 0));
        ServiceBoard b = board();
        QString error;
        QVERIFY(b.load(db, layout(), rules(), m_day, 1, &error));
        SeatingCheck refusal;
        QVERIFY(!b.place(db, big, {QStringLiteral("t2")}, QStringLiteral("claire"), false, &refusal, &error));
        QVERIFY(refusal.overridable());
        m_now = m_now.addSecs(60);
        QVERIFY2(b.place(db, big, {QStringLiteral("t2")}, QStringLiteral("claire"), true, &refusal, &error),
                 qPrintable(error));
        QCOMPARE(b.placementOf(big), TableSet{QStringLiteral("t2")});
        const QList<SeatingOverride> log = ServiceBoard::overrides(db, big, &error);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().actor, QStringLiteral("claire"));
        QCOMPARE(log.first().rules, QStringList{QStringLiteral("too_many")});
        QCOMPARE(log.first().reasons, QStringLiteral("5 guests for 4 seats at T2."));
        QCOMPARE(log.first().tables, TableSet{QStringLiteral("t2")});
        QCOMPARE(log.first().at, m_now);
        const QList<BookingHistoryEntry> h = store().history(db, big);
        QCOMPARE(h.size(), 3); // created, override, table
        QCOMPARE(store().describe(h[1]),
                 QStringLiteral(
                     "Rules overridden by claire at 12/12 19:31 to seat at T2: 5 guests for 4 seats at T2."));
        // Not in the plan: no override possible, nothing logged.
        QVERIFY(!b.place(db, big, {QStringLiteral("t1"), QStringLiteral("t4")}, QStringLiteral("claire"),
                         true, &refusal, &error));
        QCOMPARE(ServiceBoard::overrides(db, big).size(), 1);
    }

    void statusesThroughTheBook()
    {
        QSqlDatabase db = Database::connection();
        const qint64 id = book(QStringLiteral("Martin"), 2, QTime(20, 0));
        ServiceBoard b = board();
        QString error;
        QVERIFY(b.load(db, layout(), rules(), m_day, 1, &error));
        for (BookingStatus s :
             {BookingStatus::Arrived, BookingStatus::Seated, BookingStatus::Paid, BookingStatus::Left})
            QVERIFY2(b.setStatus(db, id, s, &error), qPrintable(error));
        QCOMPARE(b.booking(id)->status, BookingStatus::Left);
        QCOMPARE(store().booking(db, id)->status, BookingStatus::Left);
        const QList<BookingHistoryEntry> h = store().history(db, id);
        QCOMPARE(h.size(), 5);
        QCOMPARE(store().describe(h[3]), QStringLiteral("Changed by the host at 12/12 19:30: Seated → Paid"));
        // A booking that left keeps no table.
        QVERIFY(b.unplaced().isEmpty());
    }

    void walkInSeatedAtOnce()
    {
        QSqlDatabase db = Database::connection();
        const qint64 martin = book(QStringLiteral("Martin"), 2, QTime(21, 0));
        ServiceBoard b = board();
        QString error;
        QVERIFY(b.load(db, layout(), rules(), m_day, 1, &error));
        QVERIFY(
            b.place(db, martin, {QStringLiteral("t1")}, QStringLiteral("claire"), false, nullptr, &error));
        SeatingCheck refusal;
        // 19:45 for 2 on T1 would stay past Martin's 21:00.
        QVERIFY(!b.seatWalkIn(db, {QStringLiteral("t1")}, 2, 19 * 60 + 45, QStringLiteral("claire"), false,
                              &refusal, &error));
        QVERIFY(refusal.breaks(SeatingRefusal::Rule::DoubleBooked));
        QCOMPARE(store().count(db), 1);
        const std::optional<qint64> walkIn = b.seatWalkIn(db, {QStringLiteral("t2")}, 3, 19 * 60 + 45,
                                                          QStringLiteral("claire"), false, &refusal, &error);
        QVERIFY2(walkIn, qPrintable(error));
        const std::optional<Booking> stored = store().booking(db, *walkIn);
        QCOMPARE(stored->channel, QLatin1String(BookingChannel::kWalkIn));
        QCOMPARE(stored->status, BookingStatus::Seated);
        QCOMPARE(stored->partySize, 3);
        QCOMPARE(stored->localTime, QStringLiteral("19:45"));
        QCOMPARE(stored->service, 1);
        QCOMPARE(b.placementOf(*walkIn), TableSet{QStringLiteral("t2")});
        QCOMPARE(
            scalar(QStringLiteral("SELECT assigned_by FROM table_assignment WHERE booking_id = ?"), {*walkIn})
                .toString(),
            QStringLiteral("walkin"));
        QVERIFY(b.booking(*walkIn));
    }

    void waitlistKeepsTheQuote()
    {
        QSqlDatabase db = Database::connection();
        const qint64 a = book(QStringLiteral("Martin"), 2, QTime(19, 30));
        ServiceBoard b = board();
        QString error;
        FloorLayout small = layout();
        small.tables = {table(QStringLiteral("t1"), 2)};
        small.joins.clear();
        QVERIFY(b.load(db, small, rules(), m_day, 1, &error));
        QVERIFY(b.place(db, a, {QStringLiteral("t1")}, QStringLiteral("claire"), false, nullptr, &error));
        const std::optional<qint64> w =
            b.addWaiting(db, QStringLiteral("Roux"), 2, QString(), 19 * 60 + 40, &error);
        QVERIFY2(w, qPrintable(error));
        QCOMPARE(b.waitlist().first().quotedMinutes, 80); // T1 frees at 21:00
        QVERIFY(b.addWaiting(db, QStringLiteral("Grand"), 8, QString(), 19 * 60 + 40, &error));
        QCOMPARE(b.waitlist().last().quotedMinutes, -1);
        ServiceBoard again = board();
        QVERIFY(again.load(db, small, rules(), m_day, 1, &error));
        QCOMPARE(again.waitlist().size(), 2);
        QCOMPARE(again.waitlist().first().quotedMinutes, 80);
        QVERIFY(again.removeWaiting(db, *w, 0, &error));
        QCOMPARE(again.waitlist().size(), 1);
        QVERIFY(again.load(db, small, rules(), m_day, 1, &error));
        QCOMPARE(again.waitlist().size(), 1);
    }

    void wholeServiceProblemAndResult()
    {
        QSqlDatabase db = Database::connection();
        const qint64 seated = book(QStringLiteral("Assis"), 4, QTime(19, 30), BookingStatus::Seated);
        const qint64 placed = book(QStringLiteral("Place"), 2, QTime(20, 0));
        const qint64 free = book(QStringLiteral("Libre"), 6, QTime(20, 0));
        book(QStringLiteral("Annule"), 2, QTime(20, 0), BookingStatus::Cancelled);
        ServiceBoard b = board();
        QString error;
        QVERIFY(b.load(db, layout(), rules(), m_day, 1, &error));
        QVERIFY(
            b.place(db, seated, {QStringLiteral("t2")}, QStringLiteral("claire"), false, nullptr, &error));
        QVERIFY(
            b.place(db, placed, {QStringLiteral("t1")}, QStringLiteral("claire"), false, nullptr, &error));
        const TableAssignmentProblem p = b.problem();
        QCOMPARE(p.bookings.size(), 3);
        QCOMPARE(p.bookings[0].id, QString::number(seated));
        QCOMPARE(p.bookings[0].held, TableSet{QStringLiteral("t2")});
        QCOMPARE(p.bookings[1].current, TableSet{QStringLiteral("t1")});
        QVERIFY(p.bookings[1].held.isEmpty());
        QVERIFY(p.bookings[2].current.isEmpty());
        QVERIFY(p.inputErrors().isEmpty());

        const TableAssignmentResult r = TableAssignmentSolver::solve(p);
        QVERIFY2(TableAssignmentChecker::violations(p, r).isEmpty(),
                 qPrintable(TableAssignmentChecker::violations(p, r).join(QLatin1Char('\n'))));
        QCOMPARE(r.unplaced.size(), 0);
        const int written = b.applyResult(db, r, &error);
        QVERIFY(written >= 1); // the party of 6 at least
        QCOMPARE(b.placementOf(free), r.tablesOf(QString::number(free)));
        QCOMPARE(b.placementOf(seated), TableSet{QStringLiteral("t2")});
        QCOMPARE(
            scalar(QStringLiteral("SELECT assigned_by FROM table_assignment WHERE booking_id = ?"), {free})
                .toString(),
            QStringLiteral("solver"));
        // Closed zones are blocked tables for the solver.
        CapacityRules closed = rules();
        closed.closedZones << QStringLiteral("terrasse");
        QVERIFY(b.load(db, layout(), closed, m_day, 1, &error));
        const TableAssignmentProblem q = b.problem();
        for (const FloorTable& t : q.tables)
            QCOMPARE(t.blocked, t.id == QLatin1String("t5") || t.id == QLatin1String("t6"));
    }
};

QTEST_GUILESS_MAIN(TestServiceRules)
#include "tst_servicerules.moc"
