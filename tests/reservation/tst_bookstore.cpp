// The book: one row per channel and external id, updates applied in the
// channel's order, every change in the history, duplicates across channels
// flagged (never merged), the host's entries and statuses.

#include "common/core/database.h"
#include "reservation/core/bookstore.h"
#include "testsupport.h"

#include <QTest>

using namespace Moulin;
using namespace Moulin::Test;

class TestBookStore : public QObject
{
    Q_OBJECT

private:
    QDateTime m_now = QDateTime(QDate(2026, 12, 5), QTime(17, 42), QTimeZone::utc());
    BookStore store() const
    {
        return BookStore(ServiceCalendar(QTimeZone("Europe/Paris")), [this] { return m_now; });
    }
    static BookingRecord record(const QString& channel, const QString& id, int party, qint64 version)
    {
        BookingRecord r;
        r.channel = channel;
        r.externalId = id;
        r.startsAt = QDateTime(QDate(2026, 12, 12), QTime(20, 0), QTimeZone("Europe/Paris"));
        r.partySize = party;
        r.version = version;
        r.guest.externalId = QStringLiteral("g-") + id;
        r.guest.name = QStringLiteral("Élodie Dupré");
        r.guest.phone = QStringLiteral("+33 6 12 34 56 78");
        return r;
    }

private Q_SLOTS:
    void init()
    {
        const FreshDatabase fresh = openFreshDatabase(QStringLiteral("bookstore"));
        QVERIFY2(fresh.opened.status == DatabaseOpenResult::Status::Ok, qPrintable(fresh.opened.message));
    }
    void cleanup() { Database::closeConnection(); }

    void insertKeepsChannelIdAndLocalSlot()
    {
        QSqlDatabase db = Database::connection();
        BookStore book = store();
        QString error;
        BookingRecord r = record(QStringLiteral("thefork"), QStringLiteral("A1"), 4, 100);
        r.guest.allergies = QStringLiteral("arachides");
        r.specialRequests = QStringLiteral("Anniversaire");
        const auto applied = book.apply(db, r, &error);
        QVERIFY2(applied, qPrintable(error));
        QCOMPARE(applied->outcome, BookStore::Outcome::Inserted);
        const std::optional<Booking> b = book.find(db, QStringLiteral("thefork"), QStringLiteral("A1"));
        QVERIFY(b);
        QCOMPARE(b->day, QDate(2026, 12, 12));
        QCOMPARE(b->service, 1);
        QCOMPARE(b->localTime, QStringLiteral("20:00"));
        QCOMPARE(b->startsAt, QDateTime(QDate(2026, 12, 12), QTime(19, 0), QTimeZone::utc()));
        QCOMPARE(b->allergies, QStringLiteral("arachides"));
        QCOMPARE(b->specialRequests, QStringLiteral("Anniversaire"));
        QCOMPARE(book.history(db, b->id).size(), 1);
        QCOMPARE(book.history(db, b->id).first().kind, QStringLiteral("created"));
    }

    void updatesApplyInProviderOrderNotArrivalOrder()
    {
        QSqlDatabase db = Database::connection();
        BookStore book = store();
        QString error;
        QVERIFY(book.apply(db, record(QStringLiteral("opentable"), QStringLiteral("7"), 4, 1), &error));
        // Sequence 3 arrives before sequence 2.
        BookingRecord third = record(QStringLiteral("opentable"), QStringLiteral("7"), 6, 3);
        QCOMPARE(book.apply(db, third, &error)->outcome, BookStore::Outcome::Updated);
        BookingRecord second = record(QStringLiteral("opentable"), QStringLiteral("7"), 5, 2);
        QCOMPARE(book.apply(db, second, &error)->outcome, BookStore::Outcome::Stale);
        QCOMPARE(book.find(db, QStringLiteral("opentable"), QStringLiteral("7"))->partySize, 6);
        // The same version again: nothing changes, nothing is added.
        QCOMPARE(book.apply(db, third, &error)->outcome, BookStore::Outcome::Unchanged);
        const qint64 id = book.find(db, QStringLiteral("opentable"), QStringLiteral("7"))->id;
        const QList<BookingHistoryEntry> history = book.history(db, id);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(1).changes.value(QStringLiteral("party_size")).toArray(), QJsonArray({4, 6}));
        QCOMPARE(book.count(db), 1);
    }

    void historyReadsForTheHost()
    {
        QSqlDatabase db = Database::connection();
        BookStore book = store();
        QString error;
        QVERIFY(book.apply(db, record(QStringLiteral("thefork"), QStringLiteral("H"), 4, 1), &error));
        m_now = QDateTime(QDate(2026, 12, 5), QTime(17, 42), QTimeZone::utc()); // 18:42 in Paris
        QVERIFY(book.apply(db, record(QStringLiteral("thefork"), QStringLiteral("H"), 6, 2), &error));
        const qint64 id = book.find(db, QStringLiteral("thefork"), QStringLiteral("H"))->id;
        const QString text = book.describe(book.history(db, id).at(1));
        QVERIFY2(text.contains(QStringLiteral("18:42")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("4 → 6")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("TheFork")) || text.contains(QStringLiteral("thefork")),
                 qPrintable(text));
    }

    void cancellationIsKeptWithItsHistory()
    {
        QSqlDatabase db = Database::connection();
        BookStore book = store();
        QString error;
        QVERIFY(book.apply(db, record(QStringLiteral("thefork"), QStringLiteral("C"), 2, 1), &error));
        BookingRecord cancel = record(QStringLiteral("thefork"), QStringLiteral("C"), 2, 2);
        cancel.status = BookingStatus::Cancelled;
        QCOMPARE(book.apply(db, cancel, &error)->outcome, BookStore::Outcome::Updated);
        const Booking b = *book.find(db, QStringLiteral("thefork"), QStringLiteral("C"));
        QCOMPARE(b.status, BookingStatus::Cancelled);
        QCOMPARE(book.history(db, b.id).last().kind, QStringLiteral("cancelled"));
        const int capacity[2] = {40, 60};
        const QList<ServiceLoad> loads = book.loads(db, QDate(2026, 12, 12), 1, capacity);
        QCOMPARE(loads.at(1).covers, 0);
    }

    // The opening schedule: its text in the settings, what it closes, and
    // the day's own availability winning over it (the host opens a Monday).
    void openingScheduleClosesServicesUnlessTheDayIsReopened()
    {
        QString error;
        QVERIFY(OpeningSchedule::parse(QString())->isEmpty());
        const std::optional<OpeningSchedule> schedule =
            OpeningSchedule::parse(QStringLiteral("Mon; sun-dinner  12-25,1-1"), &error);
        QVERIFY2(schedule, qPrintable(error));
        QCOMPARE(schedule->toText(), QStringLiteral("mon, sun-dinner, 01-01, 12-25"));
        QCOMPARE(OpeningSchedule::parse(schedule->toText()), schedule);
        QVERIFY(!schedule->isOpen(QDate(2026, 12, 14), 0)); // a Monday
        QVERIFY(!schedule->isOpen(QDate(2026, 12, 14), 1));
        QVERIFY(schedule->isOpen(QDate(2026, 12, 13), 0)); // Sunday lunch
        QVERIFY(!schedule->isOpen(QDate(2026, 12, 13), 1));
        QVERIFY(!schedule->isOpen(QDate(2026, 12, 25), 0)); // a Friday
        QVERIFY(!schedule->isOpen(QDate(2027, 1, 1), 1));
        QVERIFY(schedule->isOpen(QDate(2026, 12, 12), 1));
        for (const QString& bad : {QStringLiteral("lundi"), QStringLiteral("mon-brunch"),
                                   QStringLiteral("13-01"), QStringLiteral("mon-lunch-dinner")}) {
            error.clear();
            QVERIFY2(!OpeningSchedule::parse(QStringLiteral("sun, ") + bad, &error), qPrintable(bad));
            QVERIFY2(error.contains(bad), qPrintable(error));
        }

        QSqlDatabase db = Database::connection();
        BookStore book = store();
        book.setOpeningSchedule(*schedule);
        const int capacity[2] = {40, 60};
        QList<ServiceLoad> loads = book.loads(db, QDate(2026, 12, 13), 2, capacity);
        QCOMPARE(loads.size(), 4);
        QCOMPARE(loads.at(0).state, QStringLiteral("open")); // Sunday lunch
        QVERIFY(!loads.at(0).regularClosure);
        QCOMPARE(loads.at(1).state, QStringLiteral("closed")); // Sunday dinner
        QVERIFY(loads.at(1).regularClosure);
        QCOMPARE(loads.at(2).state, QStringLiteral("closed")); // Monday
        QCOMPARE(loads.at(3).state, QStringLiteral("closed"));
        // The host opens Monday evening for a party: that day only.
        QVERIFY(book.setAvailability(db, QDate(2026, 12, 14), 1, QStringLiteral("open"), -1, &error));
        loads = book.loads(db, QDate(2026, 12, 14), 8, capacity);
        QCOMPARE(loads.at(1).state, QStringLiteral("open"));
        QVERIFY(!loads.at(1).regularClosure);
        QCOMPARE(loads.at(0).state, QStringLiteral("closed"));
        QCOMPARE(loads.at(15).state, QStringLiteral("closed")); // the next Monday evening
        QVERIFY(loads.at(15).regularClosure);
        // Without a schedule: every service open.
        QCOMPARE(store().loads(db, QDate(2026, 12, 21), 1, capacity).at(1).state, QStringLiteral("open"));
    }

    // A guest who changes phone at the channel: the booking that brings the
    // new details and the guest's other bookings all say so.
    void aGuestChangedByOneBookingChangesTheirOthers()
    {
        QSqlDatabase db = Database::connection();
        BookStore book = store();
        QString error;
        BookingRecord first = record(QStringLiteral("thefork"), QStringLiteral("G1"), 2, 1);
        BookingRecord second = record(QStringLiteral("thefork"), QStringLiteral("G2"), 4, 1);
        second.startsAt = second.startsAt.addDays(7);
        second.guest = first.guest;
        QVERIFY(book.apply(db, first, &error));
        QVERIFY(book.apply(db, second, &error));
        first.version = 2;
        first.guest.phone = QStringLiteral("+33 6 99 88 77 66");
        QCOMPARE(book.apply(db, first, &error)->outcome, BookStore::Outcome::Updated);
        QCOMPARE(book.find(db, QStringLiteral("thefork"), QStringLiteral("G2"))->guestPhone,
                 QStringLiteral("+33 6 99 88 77 66"));
        // An older copy of the guest changes nothing.
        second.version = 0;
        second.guest.phone = QStringLiteral("+33 6 00 00 00 00");
        QVERIFY(book.apply(db, second, &error));
        QCOMPARE(book.find(db, QStringLiteral("thefork"), QStringLiteral("G1"))->guestPhone,
                 QStringLiteral("+33 6 99 88 77 66"));
    }

    // A guest read on its own as the channel has it now (TheFork's customer
    // webhook): it replaces what the book holds, whatever the version the
    // bookings gave it, reaches every booking of that guest, keeps the
    // stored version (a newer booking still applies its guest), and
    // applying it again changes nothing.
    void aGuestReadOnItsOwnReplacesWhatTheBookHolds()
    {
        QSqlDatabase db = Database::connection();
        BookStore book = store();
        QString error;
        BookingRecord first = record(QStringLiteral("thefork"), QStringLiteral("R1"), 2, 5000);
        BookingRecord second = record(QStringLiteral("thefork"), QStringLiteral("R2"), 4, 6000);
        second.startsAt = second.startsAt.addDays(7);
        second.guest = first.guest;
        QVERIFY(book.apply(db, first, &error));
        QVERIFY(book.apply(db, second, &error));
        const qint64 firstId = book.find(db, QStringLiteral("thefork"), QStringLiteral("R1"))->id;
        const int historyBefore = int(book.history(db, firstId).size());

        BookingGuest now = first.guest;
        now.phone = QStringLiteral("+33 6 44 55 66 77");
        now.allergies = QStringLiteral("moutarde");
        m_now = m_now.addSecs(60);
        QVERIFY2(book.replaceGuest(db, QStringLiteral("thefork"), now, &error), qPrintable(error));
        for (const QString& id : {QStringLiteral("R1"), QStringLiteral("R2")}) {
            const std::optional<Booking> b = book.find(db, QStringLiteral("thefork"), id);
            QCOMPARE(b->guestPhone, QStringLiteral("+33 6 44 55 66 77"));
            QVERIFY2(b->allergies.contains(QStringLiteral("moutarde")), qPrintable(b->allergies));
        }
        QCOMPARE(Test::scalar(
                     QStringLiteral("SELECT provider_version FROM reservation_guest WHERE external_id = ?"),
                     {first.guest.externalId})
                     .toLongLong(),
                 6000);
        // Again: nothing changes (not even the bookings' update time).
        const QString stamps =
            Test::scalar(QStringLiteral("SELECT group_concat(updated_at) FROM reservation_booking"))
                .toString();
        m_now = m_now.addSecs(60);
        QVERIFY(book.replaceGuest(db, QStringLiteral("thefork"), now, &error));
        QCOMPARE(Test::scalar(QStringLiteral("SELECT group_concat(updated_at) FROM reservation_booking"))
                     .toString(),
                 stamps);
        QCOMPARE(int(book.history(db, firstId).size()), historyBefore);

        // The channel's next booking change, newer, brings its guest again.
        first.version = 7000;
        first.guest.phone = QStringLiteral("+33 6 10 20 30 40");
        QCOMPARE(book.apply(db, first, &error)->outcome, BookStore::Outcome::Updated);
        QCOMPARE(book.find(db, QStringLiteral("thefork"), QStringLiteral("R2"))->guestPhone,
                 QStringLiteral("+33 6 10 20 30 40"));

        // A guest the book does not know yet: kept for the bookings to come.
        BookingGuest unknown;
        unknown.externalId = QStringLiteral("g-new");
        unknown.name = QStringLiteral("Nouvelle Cliente");
        QVERIFY(book.replaceGuest(db, QStringLiteral("thefork"), unknown, &error));
        BookingRecord later = record(QStringLiteral("thefork"), QStringLiteral("R3"), 3, 8000);
        later.guest = BookingGuest();
        later.guest.externalId = QStringLiteral("g-new");
        later.guest.byReference = true;
        QVERIFY(book.apply(db, later, &error));
        QCOMPARE(book.find(db, QStringLiteral("thefork"), QStringLiteral("R3"))->guestName,
                 QStringLiteral("Nouvelle Cliente"));
    }

    void aChannelDoesNotUndoTheRoom()
    {
        QSqlDatabase db = Database::connection();
        BookStore book = store();
        QString error;
        QVERIFY(book.apply(db, record(QStringLiteral("thefork"), QStringLiteral("R"), 2, 1), &error));
        const qint64 id = book.find(db, QStringLiteral("thefork"), QStringLiteral("R"))->id;
        QVERIFY(book.setStatus(db, id, BookingStatus::Seated, &error));
        QVERIFY(book.apply(db, record(QStringLiteral("thefork"), QStringLiteral("R"), 3, 2), &error));
        const Booking b = *book.booking(db, id);
        QCOMPARE(b.status, BookingStatus::Seated);
        QCOMPARE(b.partySize, 3);
    }

    void duplicateAcrossChannelsIsFlaggedNotMerged()
    {
        QSqlDatabase db = Database::connection();
        BookStore book = store();
        QString error;
        QVERIFY(book.apply(db, record(QStringLiteral("thefork"), QStringLiteral("D1"), 4, 1), &error));
        // Same channel: two bookings of one guest are the channel's business.
        BookingRecord sameChannel = record(QStringLiteral("thefork"), QStringLiteral("D2"), 2, 1);
        QCOMPARE(book.apply(db, sameChannel, &error)->duplicatesFlagged, 0);
        BookingRecord other = record(QStringLiteral("website"), QStringLiteral("W9"), 4, 1);
        other.guest.name = QStringLiteral("E. Dupre");
        other.guest.phone = QStringLiteral("06.12.34.56.78");
        other.startsAt = other.startsAt.addSecs(30 * 60);
        const auto applied = book.apply(db, other, &error);
        QVERIFY2(applied, qPrintable(error));
        QCOMPARE(applied->duplicatesFlagged, 2);
        QCOMPARE(book.count(db), 3);
        const QList<DuplicateFlag> flags = book.openDuplicates(db);
        QCOMPARE(flags.size(), 2);
        QCOMPARE(flags.first().reason, QStringLiteral("same_phone"));
        QVERIFY(book.find(db, QStringLiteral("website"), QStringLiteral("W9"))->possibleDuplicate);
        // Flagged once, not at every update.
        BookingRecord again = other;
        again.version = 2;
        again.partySize = 5;
        QCOMPARE(book.apply(db, again, &error)->duplicatesFlagged, 0);
        // Another day: not a duplicate.
        BookingRecord otherDay = record(QStringLiteral("opentable"), QStringLiteral("O1"), 2, 1);
        otherDay.startsAt = otherDay.startsAt.addDays(1);
        QCOMPARE(book.apply(db, otherDay, &error)->duplicatesFlagged, 0);

        // The host says they are one: the one chosen is cancelled.
        const qint64 website = book.find(db, QStringLiteral("website"), QStringLiteral("W9"))->id;
        QVERIFY2(book.settleDuplicate(db, flags.first().id, website, &error), qPrintable(error));
        QCOMPARE(book.booking(db, website)->status, BookingStatus::Cancelled);
        // The other flag of the cancelled booking has nothing left to settle.
        QVERIFY(book.openDuplicates(db).isEmpty());
        QVERIFY(!book.find(db, QStringLiteral("thefork"), QStringLiteral("D2"))->possibleDuplicate);
        QVERIFY(!book.settleDuplicate(db, flags.first().id, std::nullopt, &error));
    }

    void aBookingBeforeItsGuestTakesTheNameWhenItArrives()
    {
        QSqlDatabase db = Database::connection();
        BookStore book = store();
        QString error;
        // The channel sends the guest apart: the booking names it by id.
        BookingRecord r = record(QStringLiteral("opentable"), QStringLiteral("OT1"), 2, 1);
        r.guest = {};
        r.guest.externalId = QStringLiteral("G1");
        r.guest.byReference = true;
        QVERIFY2(book.apply(db, r, &error), qPrintable(error));
        QCOMPARE(book.find(db, QStringLiteral("opentable"), QStringLiteral("OT1"))->guestName, QString());

        BookingGuest guest;
        guest.externalId = QStringLiteral("G1");
        guest.name = QStringLiteral("Camille Laurent");
        guest.phone = QStringLiteral("+33612345678");
        guest.allergies = QStringLiteral("Fruits à coque");
        QVERIFY2(book.upsertGuest(db, QStringLiteral("opentable"), guest, 1000, &error), qPrintable(error));
        Booking b = *book.find(db, QStringLiteral("opentable"), QStringLiteral("OT1"));
        QCOMPARE(b.guestName, QStringLiteral("Camille Laurent"));
        QCOMPARE(b.guestPhone, QStringLiteral("+33612345678"));
        QCOMPARE(b.allergies, QStringLiteral("Fruits à coque"));
        QCOMPARE(book.search(db, QStringLiteral("laurent")).size(), 1);
        QCOMPARE(book.search(db, QStringLiteral("06 12 34")).size(), 1);

        // A later update of the booking keeps the name; an older copy of the
        // guest changes nothing.
        BookingRecord moved = r;
        moved.version = 2;
        moved.partySize = 3;
        QCOMPARE(book.apply(db, moved, &error)->outcome, BookStore::Outcome::Updated);
        guest.name = QStringLiteral("C. Laurent");
        QVERIFY(book.upsertGuest(db, QStringLiteral("opentable"), guest, 500, &error));
        b = *book.find(db, QStringLiteral("opentable"), QStringLiteral("OT1"));
        QCOMPARE(b.guestName, QStringLiteral("Camille Laurent"));
        QCOMPARE(b.partySize, 3);
        const QList<BookingHistoryEntry> history = book.history(db, b.id);
        QCOMPARE(history.size(), 2);
        QVERIFY(!history.last().changes.contains(QStringLiteral("guest_name")));

        // A booking after its guest has the name at once.
        BookingRecord second = r;
        second.externalId = QStringLiteral("OT2");
        second.startsAt = second.startsAt.addDays(7);
        QVERIFY(book.apply(db, second, &error));
        QCOMPARE(book.find(db, QStringLiteral("opentable"), QStringLiteral("OT2"))->guestName,
                 QStringLiteral("Camille Laurent"));
        // A newer guest renames both.
        guest.name = QStringLiteral("Camille Laurent-Petit");
        QVERIFY(book.upsertGuest(db, QStringLiteral("opentable"), guest, 2000, &error));
        QCOMPARE(book.search(db, QStringLiteral("laurent petit")).size(), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM reservation_guest")).toInt(), 1);
    }

    void aGuestArrivingLateRevealsADuplicate()
    {
        QSqlDatabase db = Database::connection();
        BookStore book = store();
        QString error;
        BookingRecord ot = record(QStringLiteral("opentable"), QStringLiteral("OT9"), 2, 1);
        ot.guest = {};
        ot.guest.externalId = QStringLiteral("G9");
        ot.guest.byReference = true;
        QVERIFY(book.apply(db, ot, &error));
        BookingRecord resy = record(QStringLiteral("resy"), QStringLiteral("RSY-9"), 2, 1);
        resy.guest.name = QStringLiteral("Camille Laurent");
        resy.guest.phone = QStringLiteral("06 12 34 56 78");
        QCOMPARE(book.apply(db, resy, &error)->duplicatesFlagged, 0); // nothing to compare yet
        BookingGuest guest;
        guest.externalId = QStringLiteral("G9");
        guest.name = QStringLiteral("Camille Laurent");
        guest.phone = QStringLiteral("+33612345678");
        QVERIFY(book.upsertGuest(db, QStringLiteral("opentable"), guest, 1000, &error));
        const QList<DuplicateFlag> flags = book.openDuplicates(db);
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags.first().reason, QStringLiteral("same_phone"));
        QCOMPARE(book.count(db), 2); // flagged, not merged
        // Seen again: flagged once.
        QVERIFY(book.upsertGuest(db, QStringLiteral("opentable"), guest, 1000, &error));
        QCOMPARE(book.openDuplicates(db).size(), 1);
    }

    void invalidRecordsAreRefusedWithTheField()
    {
        QSqlDatabase db = Database::connection();
        BookStore book = store();
        QString error;
        BookingRecord r = record(QStringLiteral("website"), QStringLiteral("X"), 0, 1);
        QVERIFY(!book.apply(db, r, &error));
        QVERIFY2(error.contains(QStringLiteral("party_size")), qPrintable(error));
        r.partySize = 2;
        r.startsAt = QDateTime();
        QVERIFY(!book.apply(db, r, &error));
        QVERIFY2(error.contains(QStringLiteral("date")), qPrintable(error));
        QCOMPARE(book.count(db), 0);
    }

    void manualBookingAndSearch()
    {
        QSqlDatabase db = Database::connection();
        BookStore book = store();
        QString error;
        BookingRecord r;
        r.channel = QLatin1String(BookingChannel::kPhone);
        r.startsAt = QDateTime(QDate(2026, 12, 6), QTime(12, 30), QTimeZone("Europe/Paris"));
        r.partySize = 3;
        r.guest.name = QStringLiteral("Jean Martin");
        r.guest.phone = QStringLiteral("06 98 76 54 32");
        const std::optional<qint64> id = book.addManual(db, r, &error);
        QVERIFY2(id, qPrintable(error));
        QCOMPARE(book.booking(db, *id)->service, 0);
        QCOMPARE(book.search(db, QStringLiteral("martin")).size(), 1);
        QCOMPARE(book.search(db, QStringLiteral("0698")).size(), 1);
        QCOMPARE(book.search(db, QStringLiteral("+33 6 98 76")).size(), 1);
        QCOMPARE(book.search(db, QStringLiteral("dupont")).size(), 0);
        QCOMPARE(book.day(db, QDate(2026, 12, 6), 0).size(), 1);
        QCOMPARE(book.day(db, QDate(2026, 12, 6), 1).size(), 0);
    }

    void eventsAreRememberedOnce()
    {
        QSqlDatabase db = Database::connection();
        bool isNew = false;
        QString error;
        QVERIFY(
            BookStore::rememberEvent(db, QStringLiteral("website"), QStringLiteral("evt_1"), &isNew, &error));
        QVERIFY(isNew);
        QVERIFY(
            BookStore::rememberEvent(db, QStringLiteral("website"), QStringLiteral("evt_1"), &isNew, &error));
        QVERIFY(!isNew);
    }

    void footfallAndNoShows()
    {
        QSqlDatabase db = Database::connection();
        BookStore book = store();
        QString error;
        m_now = QDateTime(QDate(2026, 12, 20), QTime(12, 0), QTimeZone::utc());
        BookingRecord a = record(QStringLiteral("thefork"), QStringLiteral("F1"), 4, 1);
        a.bookedAt = a.startsAt.addDays(-4);
        BookingRecord b = record(QStringLiteral("thefork"), QStringLiteral("F2"), 2, 1);
        b.guest = {};
        b.status = BookingStatus::NoShow;
        b.bookedAt = b.startsAt.addDays(-2);
        QVERIFY(book.apply(db, a, &error));
        QVERIFY(book.apply(db, b, &error));
        const FootfallStats stats = book.footfall(db, QDate(2026, 12, 1), QDate(2026, 12, 31));
        QCOMPARE(stats.covers[1][QDate(2026, 12, 12).dayOfWeek()], 4);
        QCOMPARE(stats.channels.size(), 1);
        QCOMPARE(stats.channels.first().bookings, 2);
        QCOMPARE(stats.channels.first().noShows, 1);
        QCOMPARE(stats.channels.first().medianLeadDays, 3.0);
    }
    void bookingsAfterTellWhatArrived()
    {
        QSqlDatabase db = Database::connection();
        BookStore book = store();
        QString error;
        QCOMPARE(book.lastBookingId(db), 0);
        QVERIFY(book.bookingsAfter(db, 0).isEmpty());
        QVERIFY(book.apply(db, record(QStringLiteral("thefork"), QStringLiteral("N1"), 2, 1), &error));
        const qint64 seen = book.lastBookingId(db);
        QVERIFY(seen > 0);
        QVERIFY(book.bookingsAfter(db, seen).isEmpty());
        BookingRecord second = record(QStringLiteral("website"), QStringLiteral("N2"), 4, 1);
        second.guest.name = QStringLiteral("Paul Dupont");
        second.guest.phone = QStringLiteral("07 11 22 33 44");
        second.startsAt = second.startsAt.addDays(3);
        QVERIFY(book.apply(db, second, &error));
        BookingRecord third = record(QStringLiteral("opentable"), QStringLiteral("N3"), 6, 1);
        third.guest.name = QStringLiteral("Anne Roy");
        third.guest.phone = QString();
        QVERIFY(book.apply(db, third, &error));
        // An update of a booking already seen is not a new one.
        QVERIFY(book.apply(db, record(QStringLiteral("thefork"), QStringLiteral("N1"), 3, 2), &error));
        const QList<Booking> fresh = book.bookingsAfter(db, seen);
        QCOMPARE(fresh.size(), 2);
        QCOMPARE(fresh.at(0).externalId, QStringLiteral("N2"));
        QCOMPARE(fresh.at(1).externalId, QStringLiteral("N3"));
        QCOMPARE(book.bookingsAfter(db, seen, 1).size(), 1);
        QCOMPARE(book.lastBookingId(db), fresh.at(1).id);
    }
};

QTEST_GUILESS_MAIN(TestBookStore)
#include "tst_bookstore.moc"
