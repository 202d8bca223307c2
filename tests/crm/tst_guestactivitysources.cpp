// The two areas' guest-activity sources on a real database: the book's guests
// and bookings (statuses, cancellation time, the table from the service
// view, the guest's consent) and the till's receipts with their items, each
// read incrementally from a cursor, through the calling thread's connection.

#include "common/core/database.h"
#include "crm/core/crmstore.h"
#include "crmtestsupport.h"
#include "pos/core/posreceipts.h"
#include "reservation/core/bookguests.h"
#include "reservation/core/bookstore.h"
#include "testsupport.h"

#include <QTest>

using namespace Moulin;
using namespace Moulin::Test;

namespace {

const QTimeZone kParis("Europe/Paris");

void addReceipt(const QString& id, const QDateTime& closedLocal, int covers, qint64 cents,
                const QString& syncedAt, bool cancelled = false, const QString& table = QString())
{
    const QDate day = closedLocal.date();
    exec(
        QStringLiteral("INSERT INTO pos_receipt (receipt_id, closed_at, day, hour, weekday, service, covers, "
                       "gross_cents, net_cents, tax_cents, cancelled, counted, content_hash, synced_at, "
                       "table_number) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 0, ?, ?)"),
        {id, closedLocal.toUTC().toString(Qt::ISODateWithMs), day.toString(Qt::ISODate),
         closedLocal.time().hour(), day.dayOfWeek(), closedLocal.time().hour() < 16 ? 0 : 1, covers, cents,
         cents, cancelled ? 1 : 0, cancelled ? 0 : 1, syncedAt, table.isNull() ? QStringLiteral("") : table});
}

void addLine(const QString& receipt, const QString& line, const QString& sku, const QString& name,
             qint64 milli, qint64 cents, const QString& parent = QString())
{
    exec(QStringLiteral(
             "INSERT INTO pos_sale_line (receipt_id, line_id, parent_line_id, sku, name, "
             "quantity_milli, gross_cents, net_cents, tax_cents) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)"),
         {receipt, line, parent.isEmpty() ? QVariant() : QVariant(parent), sku.isEmpty() ? QVariant() : sku,
          name, milli, cents, cents});
}

} // namespace

class TestGuestActivitySources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        const FreshDatabase fresh = openFreshDatabase(QStringLiteral("guestactivitysources"));
        QVERIFY2(fresh.opened.status == DatabaseOpenResult::Status::Ok, qPrintable(fresh.opened.message));
    }
    void cleanup() { Database::closeConnection(); }

    void bookGuestsAndBookingsFromACursor()
    {
        QDateTime now(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc());
        BookStore store(ServiceCalendar(kParis), [&now] { return now; });
        QSqlDatabase db = Database::connection();
        QString error;
        BookingRecord r;
        r.channel = QStringLiteral("thefork");
        r.externalId = QStringLiteral("b1");
        r.startsAt = QDateTime(QDate(2026, 12, 12), QTime(20, 0), kParis);
        r.partySize = 4;
        r.version = 1;
        r.guest.externalId = QStringLiteral("g1");
        r.guest.name = QStringLiteral("Élodie Dupré");
        r.guest.phone = QStringLiteral("06 12 34 56 78");
        r.guest.email = QStringLiteral(" Elodie.Dupre@Example.fr ");
        r.guest.allergies = QStringLiteral("gluten");
        r.guest.dietary = QStringLiteral("végétarienne");
        r.guest.newsletterOptIn = true;
        QVERIFY2(store.apply(db, r, &error), qPrintable(error));
        now = now.addSecs(60);
        BookingRecord phone;
        phone.channel = QString::fromLatin1(BookingChannel::kPhone);
        phone.startsAt = QDateTime(QDate(2026, 12, 12), QTime(12, 30), kParis);
        phone.partySize = 2;
        phone.guest.name = QStringLiteral("Jean Martin");
        phone.guest.phone = QStringLiteral("+33 7 00 00 00 01");
        const auto phoneId = store.addManual(db, phone, &error);
        QVERIFY2(phoneId, qPrintable(error));

        const BookGuests source;
        const auto guests = source.guestsChangedSince(QString(), 100);
        QCOMPARE(guests.rows.size(), 1);
        QCOMPARE(guests.rows[0].channel, QStringLiteral("thefork"));
        QCOMPARE(guests.rows[0].externalId, QStringLiteral("g1"));
        QCOMPARE(guests.rows[0].email, QStringLiteral(" Elodie.Dupre@Example.fr "));
        QCOMPARE(guests.rows[0].dietary, QStringLiteral("végétarienne"));
        QCOMPARE(guests.rows[0].emailConsent, std::optional<bool>(true));
        QVERIFY(!guests.more);
        QVERIFY(source.guestsChangedSince(guests.cursor, 100).rows.isEmpty());

        // Paging: one at a time, in change order, then nothing more.
        auto first = source.bookingsChangedSince(QString(), 1);
        QCOMPARE(first.rows.size(), 1);
        QVERIFY(first.more);
        QCOMPARE(first.rows[0].externalId, QStringLiteral("b1"));
        QCOMPARE(first.rows[0].guestExternalId, QStringLiteral("g1"));
        // The book keeps the guest's allergies and dietary needs together.
        QCOMPARE(first.rows[0].allergies, QStringLiteral("gluten ; végétarienne"));
        QCOMPARE(first.rows[0].day, QDate(2026, 12, 12));
        QCOMPARE(first.rows[0].service, 1);
        QCOMPARE(first.rows[0].status, ActivityBooking::Status::Standing);
        auto second = source.bookingsChangedSince(first.cursor, 1);
        QCOMPARE(second.rows.size(), 1);
        QCOMPARE(second.rows[0].channel, QStringLiteral("phone"));
        QVERIFY(second.rows[0].guestExternalId.isEmpty());
        QCOMPARE(second.rows[0].guestName, QStringLiteral("Jean Martin"));
        const auto none = source.bookingsChangedSince(second.cursor, 1);
        QVERIFY(none.rows.isEmpty());
        QCOMPARE(none.cursor, second.cursor);

        // The host seats the phone booking at table "12" and it comes again.
        exec(QStringLiteral("INSERT INTO floor_layout (id, name, position) VALUES ('main', 'Salle', 0)"));
        exec(QStringLiteral(
            "INSERT INTO floor_room (layout_id, id, name, kind, x, y, width, height, position) "
            "VALUES ('main', 'r', 'Salle', 'salle', 0, 0, 10, 10, 0)"));
        for (const auto& [id, label] : {std::pair{"t12", "12"}, std::pair{"t13", "13"}})
            exec(QStringLiteral(
                     "INSERT INTO floor_table (layout_id, id, label, shape, seats, room_id, x, y, width, "
                     "height, position) VALUES ('main', ?, ?, 'square', 2, 'r', 0, 0, 1, 1, 0)"),
                 {QString::fromLatin1(id), QString::fromLatin1(label)});
        exec(QStringLiteral(
                 "INSERT INTO table_assignment (booking_id, layout_id, tables, assigned_by, assigned_at) "
                 "VALUES (?, 'main', 't12,t13', 'host', '2026-12-12T11:30:00.000Z')"),
             {*phoneId});
        now = now.addSecs(60);
        QVERIFY(store.setStatus(db, *phoneId, BookingStatus::Left, &error));
        // TheFork cancels b1 the day before.
        now = QDateTime(QDate(2026, 12, 11), QTime(18, 0), QTimeZone::utc());
        r.version = 2;
        r.status = BookingStatus::Cancelled;
        QVERIFY(store.apply(db, r, &error));

        const auto changed = source.bookingsChangedSince(second.cursor, 10);
        QCOMPARE(changed.rows.size(), 2);
        QCOMPARE(changed.rows[0].channel, QStringLiteral("phone"));
        QCOMPARE(changed.rows[0].status, ActivityBooking::Status::Honoured);
        QCOMPARE(changed.rows[0].table, QStringLiteral("12+13"));
        QCOMPARE(changed.rows[1].externalId, QStringLiteral("b1"));
        QCOMPARE(changed.rows[1].status, ActivityBooking::Status::Cancelled);
        QCOMPARE(changed.rows[1].cancelledAt, now);
        QVERIFY(source.bookingsChangedSince(changed.cursor, 10).rows.isEmpty());
    }

    void receiptsWithTheirItemsFromACursor()
    {
        addReceipt(QStringLiteral("r1"), QDateTime(QDate(2026, 12, 12), QTime(22, 10), kParis), 4, 18450,
                   QStringLiteral("2026-12-12T21:15:00.000Z"));
        addLine(QStringLiteral("r1"), QStringLiteral("1"), QStringLiteral("PLAT-1"), QStringLiteral("Magret"),
                2000, 5600);
        addLine(QStringLiteral("r1"), QStringLiteral("2"), QStringLiteral("MOD-1"), QStringLiteral("Sauce"),
                1000, 0, QStringLiteral("1"));
        addLine(QStringLiteral("r1"), QStringLiteral("3"), QString(), QStringLiteral("Remise"), 1000, -500);
        addLine(QStringLiteral("r1"), QStringLiteral("4"), QStringLiteral("VIN-3"), QStringLiteral("Cahors"),
                1000, 3200);
        addReceipt(QStringLiteral("r0"), QDateTime(QDate(2026, 12, 12), QTime(13, 40), kParis), 2, 4000,
                   QStringLiteral("2026-12-12T21:15:00.000Z"), true);
        addReceipt(QStringLiteral("r2"), QDateTime(QDate(2026, 12, 13), QTime(13, 40), kParis), 2, 5000,
                   QStringLiteral("2026-12-13T21:15:00.000Z"));

        const PosReceipts source;
        const auto page = source.receiptsChangedSince(QString(), 2);
        QCOMPARE(page.rows.size(), 2);
        QVERIFY(page.more);
        // Same sync time: by receipt id.
        QCOMPARE(page.rows[0].receiptId, QStringLiteral("r0"));
        QVERIFY(!page.rows[0].counted);
        const ActivityReceipt& r1 = page.rows[1];
        QCOMPARE(r1.receiptId, QStringLiteral("r1"));
        QVERIFY(r1.counted);
        QCOMPARE(r1.totalCents, qint64(18450));
        QCOMPARE(r1.covers, 4);
        QCOMPARE(r1.service, 1);
        QCOMPARE(r1.day, QDate(2026, 12, 12));
        QCOMPARE(r1.closedAt, QDateTime(QDate(2026, 12, 12), QTime(22, 10), kParis).toUTC());
        QVERIFY(r1.table.isEmpty());
        QCOMPARE(r1.items.size(), 2);
        QCOMPARE(r1.items[0].name, QStringLiteral("Magret"));
        QCOMPARE(r1.items[0].quantityMilli, qint64(2000));
        QCOMPARE(r1.items[1].sku, QStringLiteral("VIN-3"));
        const auto rest = source.receiptsChangedSince(page.cursor, 2);
        QCOMPARE(rest.rows.size(), 1);
        QCOMPARE(rest.rows[0].receiptId, QStringLiteral("r2"));
        QVERIFY(!rest.more);
        QVERIFY(source.receiptsChangedSince(rest.cursor, 2).rows.isEmpty());
    }

    void theTillsTableLinksTheRightParty()
    {
        // Two parties of two seated at 20:00, at tables 4 and 9; the till's
        // bill of table 9 (2 covers) is the second party's, not ambiguous.
        const QDate day(2026, 12, 12);
        FakeBook book;
        ActivityBooking a = FakeBook::booking(QStringLiteral("thefork"), QStringLiteral("b1"),
                                              QStringLiteral("g1"), QStringLiteral("Anne Roux"),
                                              QStringLiteral("06 10 00 00 01"), QString(), day, 2);
        a.table = QStringLiteral("4");
        ActivityBooking b = FakeBook::booking(QStringLiteral("thefork"), QStringLiteral("b2"),
                                              QStringLiteral("g2"), QStringLiteral("Hugo Blanc"),
                                              QStringLiteral("06 10 00 00 02"), QString(), day, 2);
        b.table = QStringLiteral("9");
        book.bookings << a << b;
        addReceipt(QStringLiteral("r9"), QDateTime(day, QTime(21, 50), kParis), 2, 7400,
                   QStringLiteral("2026-12-12T21:15:00.000Z"), false, QStringLiteral("9"));
        // Without the table the same bill would be anybody's: left unlinked.
        addReceipt(QStringLiteral("rx"), QDateTime(day, QTime(21, 55), kParis), 2, 5100,
                   QStringLiteral("2026-12-12T21:16:00.000Z"));

        const PosReceipts till;
        const auto page = till.receiptsChangedSince(QString(), 10);
        QCOMPARE(page.rows.size(), 2);
        QCOMPARE(page.rows[0].table, QStringLiteral("9"));
        QVERIFY(page.rows[1].table.isEmpty());

        QSqlDatabase db = Database::connection();
        CrmStore crm([] { return QDateTime(QDate(2026, 12, 13), QTime(9, 0), Qt::UTC); });
        const CrmStore::SyncResult synced = crm.sync(db, &book, &till);
        QVERIFY2(synced.ok, qPrintable(synced.error));
        QCOMPARE(synced.receipts, 2);
        const auto hugo = crm.profile(db, crm.profileOf(db, QStringLiteral("thefork"), QStringLiteral("g2")));
        const auto anne = crm.profile(db, crm.profileOf(db, QStringLiteral("thefork"), QStringLiteral("g1")));
        QVERIFY(hugo && anne);
        QCOMPARE(hugo->summary.spendCents, qint64(7400));
        QCOMPARE(hugo->visits.at(0).receipts, 1);
        QCOMPARE(anne->summary.spendCents, qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestGuestActivitySources)
#include "tst_guestactivitysources.moc"
