// The two areas' footfall sources on a real database: the till's receipts as
// covers by arrival slot (close time minus the service's dwell), and the
// book's bookings as known at an instant (booked, cancelled, no-show), both
// read through the calling thread's connection.

#include "common/core/database.h"
#include "pos/core/poscovershistory.h"
#include "reservation/core/bookfootfall.h"
#include "reservation/core/bookstore.h"
#include "testsupport.h"

#include <QTest>

using namespace Moulin;
using namespace Moulin::Test;

namespace {

const QTimeZone kParis("Europe/Paris");

void addReceipt(const QString& id, const QDateTime& closedLocal, int covers, bool counted = true,
                bool cancelled = false)
{
    const QDate day = closedLocal.date();
    const int service = closedLocal.time().hour() < 16 ? 0 : 1;
    exec(
        QStringLiteral("INSERT INTO pos_receipt (receipt_id, closed_at, day, hour, weekday, service, covers, "
                       "gross_cents, net_cents, tax_cents, cancelled, counted, content_hash) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, 1000, 900, 100, ?, ?, 0)"),
        {id, closedLocal.toUTC().toString(Qt::ISODateWithMs), day.toString(Qt::ISODate),
         closedLocal.time().hour(), day.dayOfWeek(), service, covers, cancelled ? 1 : 0, counted ? 1 : 0});
}

} // namespace

class TestFootfallSources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        const FreshDatabase fresh = openFreshDatabase(QStringLiteral("footfallsources"));
        QVERIFY2(fresh.opened.status == DatabaseOpenResult::Status::Ok, qPrintable(fresh.opened.message));
    }
    void cleanup() { Database::closeConnection(); }

    void tillCoversByArrivalSlot()
    {
        const QDate day(2026, 1, 13);
        addReceipt(QStringLiteral("a"), QDateTime(day, QTime(13, 50), kParis), 2); // 13:50 − 75 min → 12:35
        addReceipt(QStringLiteral("b"), QDateTime(day, QTime(13, 59), kParis), 3); // split bill, same slot
        addReceipt(QStringLiteral("c"), QDateTime(day, QTime(22, 5), kParis), 4); // 22:05 − 110 min → 20:15
        addReceipt(QStringLiteral("bar"), QDateTime(day, QTime(17, 0), kParis), 0);
        addReceipt(QStringLiteral("void"), QDateTime(day, QTime(13, 0), kParis), 2, false, true);
        addReceipt(QStringLiteral("refund"), QDateTime(day, QTime(14, 0), kParis), 1, false);
        addReceipt(QStringLiteral("late"), QDateTime(day.addDays(1), QTime(0, 30), kParis),
                   2); // next day's row
        addReceipt(QStringLiteral("before"), QDateTime(day.addDays(-2), QTime(13, 0), kParis), 5);

        const PosCoversHistory history;
        QCOMPARE(history.firstDay(), day.addDays(-2));
        const QList<CoversAtSlot> rows = history.covers(day, day);
        QCOMPARE(rows.size(), 2);
        int lunch = 0, dinner = 0;
        for (const CoversAtSlot& row : rows) {
            QCOMPARE(row.day, day);
            if (row.service == 0) {
                QCOMPARE(row.slot, 12 * 60 + 30);
                lunch += row.covers;
            } else {
                QCOMPARE(row.slot, 20 * 60 + 15);
                dinner += row.covers;
            }
        }
        QCOMPARE(lunch, 5);
        QCOMPARE(dinner, 4);
        // A bill paid after midnight: its arrival the evening before (00:30 − 110 min = 22:40, slot 22:30).
        QCOMPARE(PosCoversHistory::arrivalSlot(QDateTime(day, QTime(0, 30), kParis), 1, kParis),
                 22 * 60 + 30);
        QCOMPARE(history.covers(day.addDays(-2), day.addDays(1)).size(), 4);
        QVERIFY(history.covers(day, day.addDays(-1)).isEmpty());
    }

    void bookingsAsKnownAtAnInstant()
    {
        const QDate day(2026, 1, 20);
        QDateTime now(QDate(2026, 1, 10), QTime(9, 0), QTimeZone::utc());
        BookStore store(ServiceCalendar(kParis), [&now] { return now; });
        QSqlDatabase db = Database::connection();
        QString error;
        auto record = [&](const QString& id, int size, const QTime& time, qint64 version) {
            BookingRecord r;
            r.channel = QStringLiteral("thefork");
            r.externalId = id;
            r.startsAt = QDateTime(day, time, kParis);
            r.partySize = size;
            r.version = version;
            r.guest.name = QStringLiteral("Client ") + id;
            return r;
        };
        // Booked on 5 January (the channel says so), stored on the 10th.
        BookingRecord early = record(QStringLiteral("early"), 4, QTime(20, 0), 1);
        early.bookedAt = QDateTime(QDate(2026, 1, 5), QTime(18, 0), QTimeZone::utc());
        QVERIFY(store.apply(db, early, &error));
        // Stored on the 10th without a booking time, cancelled on the 15th.
        QVERIFY(store.apply(db, record(QStringLiteral("gone"), 6, QTime(12, 30), 1), &error));
        now = QDateTime(QDate(2026, 1, 15), QTime(10, 0), QTimeZone::utc());
        BookingRecord gone = record(QStringLiteral("gone"), 6, QTime(12, 30), 2);
        gone.status = BookingStatus::Cancelled;
        QVERIFY(store.apply(db, gone, &error));
        // A no-show, set by the host after the service.
        now = QDateTime(QDate(2026, 1, 16), QTime(8, 0), QTimeZone::utc());
        QVERIFY(store.apply(db, record(QStringLiteral("noshow"), 2, QTime(19, 45), 1), &error));
        now = QDateTime(day, QTime(23, 0), QTimeZone::utc());
        const auto noShow = store.find(db, QStringLiteral("thefork"), QStringLiteral("noshow"));
        QVERIFY(noShow);
        QVERIFY(store.setStatus(db, noShow->id, BookingStatus::NoShow, &error));

        const BookFootfall book;
        auto known = [&](const QDateTime& asOf) {
            QHash<QString, BookedParty> byTime;
            for (const BookedParty& p : book.bookings(day, day, asOf))
                byTime.insert(QStringLiteral("%1:%2").arg(p.slot / 60).arg(p.slot % 60), p);
            return byTime;
        };
        const auto jan7 = known(QDateTime(QDate(2026, 1, 7), QTime(12, 0), QTimeZone::utc()));
        QCOMPARE(jan7.size(), 1);
        QCOMPARE(jan7.value(QStringLiteral("20:0")).partySize, 4);
        QCOMPARE(jan7.value(QStringLiteral("20:0")).status, BookedParty::Status::Standing);

        const auto jan12 = known(QDateTime(QDate(2026, 1, 12), QTime(12, 0), QTimeZone::utc()));
        QCOMPARE(jan12.size(), 2);
        QCOMPARE(jan12.value(QStringLiteral("12:30")).status, BookedParty::Status::Standing);
        QCOMPARE(jan12.value(QStringLiteral("12:30")).service, 0);

        const auto jan18 = known(QDateTime(QDate(2026, 1, 18), QTime(12, 0), QTimeZone::utc()));
        QCOMPARE(jan18.size(), 3);
        QCOMPARE(jan18.value(QStringLiteral("12:30")).status, BookedParty::Status::Cancelled);
        QCOMPARE(jan18.value(QStringLiteral("12:30")).cancelledAt,
                 QDateTime(QDate(2026, 1, 15), QTime(10, 0), QTimeZone::utc()));
        // The no-show is not known before the service.
        QCOMPARE(jan18.value(QStringLiteral("19:45")).status, BookedParty::Status::Standing);

        const auto after = known(QDateTime(day.addDays(1), QTime(12, 0), QTimeZone::utc()));
        QCOMPARE(after.value(QStringLiteral("19:45")).status, BookedParty::Status::NoShow);
        QCOMPARE(after.value(QStringLiteral("20:0")).createdAt, early.bookedAt);
        QCOMPARE(after.value(QStringLiteral("20:0")).channel, QStringLiteral("thefork"));
    }
};

QTEST_GUILESS_MAIN(TestFootfallSources)
#include "tst_footfallsources.moc"
