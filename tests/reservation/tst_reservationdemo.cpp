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
#include "sandbox/core/sandboxserver.h"

#include <QTest>

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
                ++fullEvenings;
            }
            if (load.service == 0 && (weekday == Qt::Tuesday || weekday == Qt::Wednesday)) {
                QVERIFY2(load.covers * 100 <= capacity[0] * 60, qPrintable(what));
                ++quietLunches;
            }
        }
        QVERIFY(fullEvenings >= 6);
        QVERIFY(quietLunches >= 6);

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

    void cleanup() { Database::closeConnection(); }
};

QTEST_GUILESS_MAIN(TestReservationDemo)
#include "tst_reservationdemo.moc"
