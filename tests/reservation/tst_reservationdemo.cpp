// Demo mode's booking platforms: with nothing configured, the application
// asks every module for its demo configuration on the built-in sandbox and
// runs them (MoulinApplication does exactly this); OpenTable and Resy sync
// the sandbox's restaurant into the book without any credential (the
// sandbox's OpenTable wants no token in the demo, its Resy takes the demo
// key the module sends on loopback). The three platforms and the phone and
// site bookings demo mode adds share one restaurant (DemoRestaurant).

#include "common/core/credentialstore.h"
#include "common/runtime/connectormodule.h"
#include "reservation/connectors/demorestaurant.h"
#include "reservation/connectors/opentable/sandboxopentable.h"
#include "reservation/connectors/reservationconnectors.h"
#include "reservation/connectors/resy/sandboxresy.h"
#include "reservation/connectors/thefork/sandboxthefork.h"
#include "reservationtestsupport.h"
#include "sandbox/core/sandboxfootfall.h"
#include "sandbox/core/sandboxserver.h"

#include <QScopeGuard>
#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace Moulin;

class TestReservationDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoModeSyncsBothPlatformsFromTheSandbox()
    {
        registerReservationConnectors();
        SandboxServer server(1); // the seed demo mode uses
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QVERIFY(Test::freshReservationData(QStringLiteral("reservation-demo")));

        const QList<ConnectorConfig> demo = ConnectorModules::demoConfigs(server.baseUrl());
        QHash<QString, ConnectorConfig> byId;
        for (const ConnectorConfig& c : demo)
            byId.insert(c.connectorId, c);
        QVERIFY(byId.contains(QStringLiteral("opentable")));
        QVERIFY(byId.contains(QStringLiteral("resy")));
        QCOMPARE(byId[QStringLiteral("opentable")].storeId, SandboxOpenTable::restaurantId());
        QCOMPARE(byId[QStringLiteral("resy")].storeId, SandboxResy::venueId());
        QCOMPARE(byId[QStringLiteral("resy")].authMethod, QStringLiteral("none"));

        CredentialStore credentials;
        ConnectorRuntime runtime(&credentials);
        runtime.setAdditionalConnectors(demo);
        runtime.reload();
        QVERIFY(runtime.connectors().contains(QStringLiteral("opentable")));
        QVERIFY(runtime.connectors().contains(QStringLiteral("resy")));
        SandboxResy* resy = SandboxResy::of(&server);
        const int refused = resy->refusedRequests();

        for (const QString& id : {QStringLiteral("opentable"), QStringLiteral("resy")}) {
            const QHash<QString, FeedRunSummary> runs = Test::syncNow(runtime, id, 60000);
            QVERIFY(!runs.isEmpty());
            for (const FeedRunSummary& s : runs)
                QVERIFY2(s.ok, qPrintable(QStringLiteral("%1/%2: %3").arg(s.connector, s.feed, s.error)));
        }
        QCOMPARE(resy->refusedRequests(), refused);

        const QHash<QString, Booking> ot = Test::bookingsOf(QStringLiteral("opentable"));
        QCOMPARE(ot.size(), SandboxOpenTable::of(&server)->reservations().size());
        QVERIFY2(ot.size() > 120,
                 qPrintable(QString::number(ot.size()))); // seven weeks of OpenTable's fifth of a restaurant
        int named = 0;
        for (const Booking& b : ot)
            named += b.guestName.isEmpty() ? 0 : 1;
        QCOMPARE(named, ot.size());
        const QHash<QString, Booking> rs = Test::bookingsOf(QStringLiteral("resy"));
        QCOMPARE(rs.size(), resy->reservations().size());
        QVERIFY2(rs.size() > 50, qPrintable(QString::number(rs.size()))); // and Resy's tenth
    }

    // The three platforms of the demo sandbox and the phone and site bookings
    // demo mode adds are one restaurant: synced into one book, no service
    // holds more covers than its capacity; the weekend evenings are full,
    // the early-week lunches quiet; TheFork brings about 45 % of the covers,
    // OpenTable 20 %, Resy 10 %, phone and site the rest.
    void demoChannelsShareOneRestaurant()
    {
        registerReservationConnectors();
        SandboxServer server(DemoRestaurant::kDemoSeed);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QVERIFY(Test::freshReservationData(QStringLiteral("reservation-demo-share")));
        CredentialStore credentials;
        ConnectorRuntime runtime(&credentials);
        runtime.setAdditionalConnectors(ConnectorModules::demoConfigs(server.baseUrl()));
        runtime.reload();
        const QStringList platforms{QStringLiteral("thefork"), QStringLiteral("opentable"),
                                    QStringLiteral("resy")};
        for (const QString& id : platforms) {
            QVERIFY2(runtime.connectors().contains(id), qPrintable(id));
            for (const FeedRunSummary& s : Test::syncNow(runtime, id, 120000))
                QVERIFY2(s.ok, qPrintable(QStringLiteral("%1/%2: %3").arg(s.connector, s.feed, s.error)));
        }
        QCOMPARE(Test::bookingsOf(QStringLiteral("thefork")).size(),
                 SandboxTheFork::of(&server)->reservations().size());
        const QDate today = QDate::currentDate();
        QSqlDatabase db = Database::connection();
        BookStore store;
        const int added =
            DemoRestaurant::seedDirectBookings(db, store, DemoRestaurant::kDemoSeed, today,
                                               DemoRestaurant::kDaysBack, DemoRestaurant::kDaysAhead);
        QVERIFY(added > 100);
        // Again (the next start of demo mode): nothing more.
        QCOMPARE(DemoRestaurant::seedDirectBookings(db, store, DemoRestaurant::kDemoSeed, today,
                                                    DemoRestaurant::kDaysBack, DemoRestaurant::kDaysAhead),
                 0);
        QVERIFY(Test::bookingsOf(QStringLiteral("phone")).size() > 50);
        QVERIFY(Test::bookingsOf(QStringLiteral("website")).size() > 20);

        const int capacity[2] = {DemoRestaurant::kLunchCapacity, DemoRestaurant::kDinnerCapacity};
        const QDate from = today.addDays(-DemoRestaurant::kDaysBack);
        const QList<ServiceLoad> loads =
            store.loads(db, from, DemoRestaurant::kDaysBack + DemoRestaurant::kDaysAhead + 1, capacity);
        int fullEvenings = 0;
        int quietLunches = 0;
        int quietLunchCovers = 0;
        int fullEveningCovers = 0;
        for (const ServiceLoad& load : loads) {
            const QString what = QStringLiteral("%1 %2: %3 covers")
                                     .arg(load.day.toString(Qt::ISODate))
                                     .arg(load.service)
                                     .arg(load.covers);
            QVERIFY2(load.covers <= capacity[load.service], qPrintable(what));
            if (!DemoRestaurant::isOpen(load.day, load.service)) {
                QVERIFY2(load.covers == 0, qPrintable(what));
                continue;
            }
            if (load.day >= today)
                continue;
            const int weekday = load.day.dayOfWeek();
            if (load.service == 1 && weekday >= Qt::Friday) {
                QVERIFY2(load.covers * 100 >= capacity[1] * 85, qPrintable(what)); // full, a no-show aside
                fullEveningCovers += load.covers;
                ++fullEvenings;
            }
            if (load.service == 0 && (weekday == Qt::Tuesday || weekday == Qt::Wednesday)) {
                quietLunchCovers += load.covers;
                ++quietLunches;
            }
        }
        QVERIFY(fullEvenings >= 6);
        QVERIFY(quietLunches >= 6);
        // Early-week lunches book under the capacity on average, and well
        // under the weekend evenings (the footfall model books 40 % of a
        // lunch's covers, 70 % of a Friday or Saturday evening's).
        const double lunchFill = double(quietLunchCovers) / (quietLunches * capacity[0]);
        const double eveningFill = double(fullEveningCovers) / (fullEvenings * capacity[1]);
        QVERIFY2(lunchFill <= 0.8 && lunchFill + 0.15 <= eveningFill,
                 qPrintable(QStringLiteral("lunches %1, evenings %2").arg(lunchFill).arg(eveningFill)));

        // Each channel's share of the covers taken (no cancellation).
        QHash<QString, int> covers;
        int total = 0;
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT channel, sum(party_size) FROM reservation_booking WHERE status "
                                      "<> 'cancelled' GROUP BY channel")));
        while (q.next()) {
            covers.insert(q.value(0).toString(), q.value(1).toInt());
            total += q.value(1).toInt();
        }
        QVERIFY(total > 0);
        const auto percent = [&](const QString& channel) { return 100.0 * covers.value(channel) / total; };
        QVERIFY2(qAbs(percent(QStringLiteral("thefork")) - 45) <= 3,
                 qPrintable(QString::number(percent(QStringLiteral("thefork")))));
        QVERIFY2(qAbs(percent(QStringLiteral("opentable")) - 20) <= 3,
                 qPrintable(QString::number(percent(QStringLiteral("opentable")))));
        QVERIFY2(qAbs(percent(QStringLiteral("resy")) - 10) <= 3,
                 qPrintable(QString::number(percent(QStringLiteral("resy")))));
        QVERIFY2(qAbs(percent(QStringLiteral("phone")) + percent(QStringLiteral("website")) - 25) <= 3,
                 qPrintable(QString::number(percent(QStringLiteral("phone")))));
    }

    // The demo's booking channels draw from the sandbox's footfall model
    // (the till's story) over twelve weeks at a fixed clock: nothing on a
    // service the restaurant does not serve, the four channels together are
    // exactly the model's booked parties, every past service's covers that
    // came are the booked covers the till saw, and each channel's share of
    // the covers is within a point of its share (TheFork 45, OpenTable
    // 20, Resy 10, phone and site 25).
    void demoBookingsAreTheFootfallModelsBookedParties()
    {
        const QTimeZone paris("Europe/Paris");
        const qint64 now = QDateTime(QDate(2026, 6, 17), QTime(19, 40), paris).toMSecsSinceEpoch();
        const QDate from(2026, 4, 6), to(2026, 6, 28);
        const SandboxFootfall footfall(DemoRestaurant::kDemoSeed, paris);
        using DemoRestaurant::Channel;
        const Channel channels[] = {Channel::TheFork, Channel::OpenTable, Channel::Resy, Channel::Direct};
        QHash<QPair<QDate, int>, int> cameCovers; // the bookings that stand, past services
        QHash<QPair<QDate, int>, int> parties;
        int covers[4] = {};
        int total = 0;
        for (int c = 0; c < 4; ++c) {
            for (const DemoRestaurant::DemoBooking& b :
                 DemoRestaurant::channelBookings(channels[c], DemoRestaurant::kDemoSeed, from, to, now)) {
                const QString what = QStringLiteral("%1 %2").arg(b.day.toString(Qt::ISODate)).arg(b.service);
                QVERIFY2(SandboxFootfall::isOpen(b.day, b.service), qPrintable(what));
                QVERIFY2(DemoRestaurant::openingSchedule().isOpen(b.day, b.service), qPrintable(what));
                QVERIFY2(b.bookedAtMs <= now && b.changedAtMs <= now, qPrintable(what));
                QCOMPARE(QDateTime::fromMSecsSinceEpoch(b.startsMs, paris).date(), b.day);
                ++parties[{b.day, b.service}];
                using State = DemoRestaurant::DemoBooking::State;
                if (b.startsMs < now)
                    QVERIFY2(b.state != State::Standing || b.startsMs + 30 * 60'000 > now, qPrintable(what));
                if (b.state == State::Left || b.state == State::Seated)
                    cameCovers[{b.day, b.service}] += b.partySize;
                if (b.state != State::Cancelled) {
                    covers[c] += b.partySize;
                    total += b.partySize;
                }
            }
        }
        int services = 0;
        for (QDate day = from; day <= to; day = day.addDays(1)) {
            for (int s = 0; s < 2; ++s) {
                QCOMPARE(DemoRestaurant::openingSchedule().isOpen(day, s), SandboxFootfall::isOpen(day, s));
                int booked = 0;
                for (const SandboxFootfall::Party& p : footfall.service(day, s).parties)
                    booked += p.booked && p.bookedAtMs <= now ? 1 : 0;
                QCOMPARE(parties.value({day, s}), booked);
                // A service over: the book's covers that came are the till's booked ones.
                if (QDateTime(day, QTime(s == 0 ? 16 : 23, 59), paris).toMSecsSinceEpoch() < now) {
                    QCOMPARE(cameCovers.value({day, s}), footfall.service(day, s).bookedCovers());
                    ++services;
                }
            }
        }
        QVERIFY(services > 100);
        const int expected[4] = {45, 20, 10, 25};
        for (int c = 0; c < 4; ++c)
            QVERIFY2(
                qAbs(100.0 * covers[c] / total - expected[c]) <= 1.0,
                qPrintable(QStringLiteral("channel %1: %2 of %3 covers").arg(c).arg(covers[c]).arg(total)));
    }

    // The same in the demo's own book, over HTTP at today's clock: no
    // booking of any channel (cancelled ones included) on a service the
    // restaurant does not serve (Mondays, Sunday evenings).
    void noDemoBookingOnAClosedService()
    {
        registerReservationConnectors();
        SandboxServer server(DemoRestaurant::kDemoSeed);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QVERIFY(Test::freshReservationData(QStringLiteral("reservation-demo-closed")));
        CredentialStore credentials;
        ConnectorRuntime runtime(&credentials);
        runtime.setAdditionalConnectors(ConnectorModules::demoConfigs(server.baseUrl()));
        runtime.reload();
        for (const QString& id :
             {QStringLiteral("thefork"), QStringLiteral("opentable"), QStringLiteral("resy")}) {
            for (const FeedRunSummary& s : Test::syncNow(runtime, id, 120000))
                QVERIFY2(s.ok, qPrintable(QStringLiteral("%1/%2: %3").arg(s.connector, s.feed, s.error)));
        }
        QSqlDatabase db = Database::connection();
        BookStore store;
        const QDate today = QDate::currentDate();
        QVERIFY(DemoRestaurant::seedDirectBookings(db, store, DemoRestaurant::kDemoSeed, today,
                                                   DemoRestaurant::kDaysBack,
                                                   DemoRestaurant::kDaysAhead) > 0);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT channel, day, service FROM reservation_booking")));
        QSet<QString> channels;
        int n = 0;
        while (q.next()) {
            const QDate day = QDate::fromString(q.value(1).toString(), Qt::ISODate);
            const int service = q.value(2).toInt();
            QVERIFY2(DemoRestaurant::isOpen(day, service),
                     qPrintable(QStringLiteral("%1 on %2 %3")
                                    .arg(q.value(0).toString(), day.toString(Qt::ISODate))
                                    .arg(service)));
            channels.insert(q.value(0).toString());
            ++n;
        }
        QVERIFY(n > 300);
        QCOMPARE(channels.size(), 5); // thefork, opentable, resy, phone, website
        // The book's services the schedule closes, as the tab reads them.
        store.setOpeningSchedule(DemoRestaurant::openingSchedule());
        const int capacity[2] = {DemoRestaurant::kLunchCapacity, DemoRestaurant::kDinnerCapacity};
        for (const ServiceLoad& load :
             store.loads(db, today.addDays(-DemoRestaurant::kDaysBack),
                         DemoRestaurant::kDaysBack + DemoRestaurant::kDaysAhead + 1, capacity)) {
            QCOMPARE(load.state == QLatin1String("closed"), !DemoRestaurant::isOpen(load.day, load.service));
            if (load.state == QLatin1String("closed"))
                QCOMPARE(load.covers, 0);
        }
    }

    // A demo database seeded by an earlier version of the demo: its old
    // bookings (the phone and site ones it made, the platforms' synced from
    // the sandbox) are replaced by this version's, not kept next to them;
    // the host's own entries stay, the platforms' cursors go (the next sync
    // reads them again), and the next start changes nothing. Never in the
    // real database.
    void anOutdatedDemoSeedIsReplaced()
    {
        AppPaths::setDemoDatabase(true);
        const auto restore = qScopeGuard([] { AppPaths::setDemoDatabase(false); });
        QVERIFY(Test::freshReservationData(QStringLiteral("reservation-demo-version")));
        QVERIFY(AppPaths::databasePath().endsWith(QStringLiteral("moulin-demo.sqlite")));
        QSqlDatabase db = Database::connection();
        BookStore store;
        const QDate today = QDate::currentDate();
        QString error;

        // As an earlier version left it: its seed (no version recorded), a
        // booking of its own on a Monday evening, a TheFork booking of the
        // old sandbox with its cursor; and the host's entries.
        const int seeded =
            DemoRestaurant::seedDirectBookings(db, store, DemoRestaurant::kDemoSeed, today,
                                               DemoRestaurant::kDaysBack, DemoRestaurant::kDaysAhead, &error);
        QVERIFY2(seeded > 100, qPrintable(error));
        QDate monday = today.addDays(3);
        while (monday.dayOfWeek() != Qt::Monday)
            monday = monday.addDays(1);
        const QTimeZone paris("Europe/Paris");
        BookingRecord old;
        old.channel = QLatin1String(BookingChannel::kPhone);
        old.externalId = QStringLiteral("demo-%1-1-9").arg(monday.toString(QStringLiteral("yyyyMMdd")));
        old.startsAt = QDateTime(monday, QTime(20, 0), paris);
        old.partySize = 4;
        old.version = 1;
        old.guest.name = QStringLiteral("Ancienne Démo");
        BookingRecord fork;
        fork.channel = QStringLiteral("thefork");
        fork.externalId = QStringLiteral("11111111-2222-4333-8444-555555555555");
        fork.startsAt = QDateTime(monday, QTime(12, 30), paris);
        fork.partySize = 2;
        fork.version = 1;
        fork.guest.externalId = QStringLiteral("99999999-2222-4333-8444-555555555555");
        fork.guest.name = QStringLiteral("Vieux Client");
        BookingRecord host;
        host.channel = QLatin1String(BookingChannel::kPhone);
        host.startsAt = QDateTime(today.addDays(1), QTime(20, 30), paris);
        host.partySize = 3;
        host.guest.name = QStringLiteral("Saisie Par L'hôte");
        BookingRecord walkIn = host;
        walkIn.channel = QLatin1String(BookingChannel::kWalkIn);
        walkIn.guest.name = QStringLiteral("Passant");
        QVERIFY(Database::transaction(
            db,
            [&](QString* e) {
                return store.apply(db, old, e) && store.apply(db, fork, e) && store.addManual(db, host, e) &&
                       store.addManual(db, walkIn, e);
            },
            &error));
        QVERIFY(
            Test::exec(QStringLiteral("INSERT INTO sync_cursor(connector, feed, cursor, updated_at) VALUES "
                                      "('thefork', 'reservations', '{\"since\":\"2026-01-01\"}', "
                                      "'2026-01-01T00:00:00Z')")));
        const int before = Test::scalar(QStringLiteral("SELECT count(*) FROM reservation_booking")).toInt();
        QCOMPARE(before, seeded + 4);

        const int removed = DemoRestaurant::replaceOutdatedSeed(db, &error);
        QVERIFY2(removed >= 0, qPrintable(error));
        QCOMPARE(removed, seeded + 2);
        QCOMPARE(Test::scalar(QStringLiteral("SELECT value FROM app_meta WHERE key = ?"),
                              {QLatin1String(DemoRestaurant::kSeedVersionKey)})
                     .toInt(),
                 DemoRestaurant::kSeedVersion);
        QCOMPARE(Test::scalar(QStringLiteral("SELECT count(*) FROM sync_cursor WHERE connector = 'thefork'"))
                     .toInt(),
                 0);
        QCOMPARE(
            Test::scalar(QStringLiteral("SELECT count(*) FROM reservation_history WHERE booking_id NOT IN "
                                        "(SELECT id FROM reservation_booking)"))
                .toInt(),
            0);
        QCOMPARE(Test::scalar(QStringLiteral("SELECT count(*) FROM reservation_guest WHERE external_id = ?"),
                              {fork.guest.externalId})
                     .toInt(),
                 0);
        // The host's entries stay.
        QStringList left;
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT guest_name FROM reservation_booking ORDER BY guest_name")));
        while (q.next())
            left << q.value(0).toString();
        QCOMPARE(left, (QStringList{QStringLiteral("Passant"), QStringLiteral("Saisie Par L'hôte")}));

        // This version's seed comes back, without the old one.
        QCOMPARE(DemoRestaurant::seedDirectBookings(db, store, DemoRestaurant::kDemoSeed, today,
                                                    DemoRestaurant::kDaysBack, DemoRestaurant::kDaysAhead),
                 seeded);
        QCOMPARE(
            Test::scalar(QStringLiteral("SELECT count(*) FROM reservation_booking WHERE external_id = ?"),
                         {old.externalId})
                .toInt(),
            0);
        QCOMPARE(Test::scalar(QStringLiteral("SELECT count(*) FROM reservation_booking")).toInt(),
                 seeded + 2);

        // The next start: the version is current, nothing goes.
        QCOMPARE(DemoRestaurant::replaceOutdatedSeed(db, &error), 0);
        QCOMPARE(DemoRestaurant::seedDirectBookings(db, store, DemoRestaurant::kDemoSeed, today,
                                                    DemoRestaurant::kDaysBack, DemoRestaurant::kDaysAhead),
                 0);
        QCOMPARE(Test::scalar(QStringLiteral("SELECT count(*) FROM reservation_booking")).toInt(),
                 seeded + 2);

        // An earlier version recorded: replaced again.
        QVERIFY(Test::exec(QStringLiteral("UPDATE app_meta SET value = '1' WHERE key = ?"),
                           {QLatin1String(DemoRestaurant::kSeedVersionKey)}));
        QCOMPARE(DemoRestaurant::replaceOutdatedSeed(db, &error), seeded);

        // Not the demo database: refused, nothing touched.
        AppPaths::setDemoDatabase(false);
        QVERIFY(Test::exec(QStringLiteral("DELETE FROM app_meta WHERE key = ?"),
                           {QLatin1String(DemoRestaurant::kSeedVersionKey)}));
        const int kept = Test::scalar(QStringLiteral("SELECT count(*) FROM reservation_booking")).toInt();
        QCOMPARE(DemoRestaurant::replaceOutdatedSeed(db, &error), -1);
        QCOMPARE(Test::scalar(QStringLiteral("SELECT count(*) FROM reservation_booking")).toInt(), kept);
    }

    void cleanup() { Database::closeConnection(); }
};

QTEST_GUILESS_MAIN(TestReservationDemo)
#include "tst_reservationdemo.moc"
