// Demo mode's booking platforms: with nothing configured, the application
// asks every module for its demo configuration on the built-in sandbox and
// runs them (MoulinApplication does exactly this); OpenTable and Resy sync
// the sandbox's restaurant into the book without any credential (the
// sandbox's OpenTable wants no token in the demo, its Resy takes the demo
// key the module sends on loopback).

#include "common/core/credentialstore.h"
#include "common/runtime/connectormodule.h"
#include "reservation/connectors/opentable/sandboxopentable.h"
#include "reservation/connectors/reservationconnectors.h"
#include "reservation/connectors/resy/sandboxresy.h"
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
        QVERIFY(ot.size() > 500); // seven weeks of a restaurant
        int named = 0;
        for (const Booking& b : ot)
            named += b.guestName.isEmpty() ? 0 : 1;
        QCOMPARE(named, ot.size());
        const QHash<QString, Booking> rs = Test::bookingsOf(QStringLiteral("resy"));
        QCOMPARE(rs.size(), resy->reservations().size());
        QVERIFY(rs.size() > 100);
    }

    void cleanup() { Database::closeConnection(); }
};

QTEST_GUILESS_MAIN(TestReservationDemo)
#include "tst_reservationdemo.moc"
