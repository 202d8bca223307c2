// Demo mode's supplier orders (suppliers/connectors/peppol/demoorders.h): on
// the demo database, after the sandbox's catalogues are synchronised, the
// demo places its orders the normal way (stored, queued, sent by the
// outbox over real HTTP to the sandbox), the next sync reads the answers,
// and the manager sees one order received in full, one received a line
// short, one late (past its day, in the late deliveries) and upcoming ones.

#include "common/core/apppaths.h"
#include "common/core/database.h"
#include "common/core/restaurantidentity.h"
#include "common/runtime/connectormodule.h"
#include "common/runtime/connectorruntime.h"
#include "common/sync/outbox.h"
#include "sandbox/core/sandboxserver.h"
#include "suppliers/connectors/peppol/demoorders.h"
#include "suppliers/connectors/peppol/sandboxsuppliers.h"
#include "suppliers/connectors/suppliersconnectors.h"
#include "suppliers/core/deliveryschedule.h"
#include "suppliers/core/receiving.h"
#include "suppliers/core/restaurantbuyer.h"
#include "suppliers/core/supplierstore.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace Moulin;

class TestDemoOrders : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    SandboxSuppliers* m_sandbox = nullptr;

    /// Runs every feed once and waits for all of them.
    void syncAll(ConnectorRuntime& runtime, int feeds)
    {
        QSignalSpy finished(&runtime, &ConnectorRuntime::feedFinished);
        QVERIFY(runtime.syncNow() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= feeds && !runtime.isBusy(), 120000);
        for (const QList<QVariant>& args : std::as_const(finished)) {
            const auto s = args.at(0).value<FeedRunSummary>();
            QVERIFY2(s.ok, qPrintable(s.connector + u'/' + s.feed + u' ' + s.error));
        }
    }

    static int outboxPending()
    {
        QSqlQuery q(Database::connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state <> 'confirmed'")) && q.next()
                   ? q.value(0).toInt()
                   : -1;
    }

    static const StoredOrder* orderOf(const QList<StoredOrder>& orders, const QString& supplierId, bool past,
                                      const QDate& today)
    {
        for (const StoredOrder& o : orders)
            if (o.supplierId == supplierId && (o.deliveryDate < today) == past)
                return &o;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        registerSupplierConnectors();
        m_server = std::make_unique<SandboxServer>(7);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_sandbox = SandboxSuppliers::of(m_server.get());
        AppPaths::setDataDir(Test::freshDataDir(QStringLiteral("demo-orders")));
        AppPaths::setDemoDatabase(true);
        const DatabaseOpenResult opened = Database::openAndMigrate(AppPaths::databasePath());
        QVERIFY2(opened.ok(), qPrintable(opened.message));
    }

    void cleanupTestCase()
    {
        Database::closeConnection();
        AppPaths::setDemoDatabase(false);
        m_server.reset();
    }

    void theDemoShowsOrdersAndDeliveriesAfterItsFirstSync()
    {
        ConnectorRuntime runtime(nullptr);
        runtime.setAdditionalConnectors(ConnectorModules::demoConfigs(m_server->baseUrl()));
        runtime.reload();
        const QStringList connectors = runtime.connectors();
        QCOMPARE(connectors.size(), SandboxSuppliers::endpoints().size());
        syncAll(runtime, int(connectors.size()) * 4); // catalogue, orders, deliveries, invoices

        // The demo's orders, placed once the catalogues are there.
        QSqlDatabase db = Database::connection();
        const QDate today = QDate::currentDate();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const BuyerParty buyer = RestaurantBuyer::toBuyer(RestaurantIdentity::demo());
        int placed = 0;
        for (const QString& connector : connectors) {
            QString error;
            const int n = DemoOrders::place(db, runtime.outbox(), connector, buyer,
                                            runtime.config(connector)->storeId, today, now, &error);
            QVERIFY2(n > 0, qPrintable(connector + u' ' + error));
            placed += n;
        }
        QCOMPARE(placed, 6);
        // Placed again (a second start, another catalogue run): nothing more.
        for (const QString& connector : connectors) {
            QString error;
            QCOMPARE(DemoOrders::place(db, runtime.outbox(), connector, buyer, QString(), today, now, &error),
                     0);
        }

        // Sent over HTTP by the outbox, every one received by the sandbox.
        runtime.outbox()->start();
        QTRY_COMPARE_WITH_TIMEOUT(outboxPending(), 0, 60000);
        QCOMPARE(m_sandbox->orders().size(), 6);
        syncAll(runtime, int(connectors.size()) * 4); // catalogue, orders, deliveries, invoices

        const QList<StoredOrder> orders = SupplierStore::orders(db);
        QCOMPARE(orders.size(), 6);
        for (const StoredOrder& o : orders) {
            QVERIFY2(o.status != QLatin1String("queued"), qPrintable(o.id)); // answered
            QVERIFY(SupplierStore::responseCount(db, o.supplierId, o.id) >= 1);
        }

        // Received in full.
        const StoredOrder* received = orderOf(orders, QStringLiteral("metro-nanterre"), true, today);
        QVERIFY(received);
        QCOMPARE(received->status, QStringLiteral("delivered"));
        QVERIFY(received->deliveryDate <= today.addDays(-2));
        // A line short, with its credit-note request.
        const StoredOrder* shortOne = orderOf(orders, QStringLiteral("pomona-rungis"), true, today);
        QVERIFY(shortOne);
        QCOMPARE(shortOne->status, QStringLiteral("partially_delivered"));
        const std::optional<CreditRequest> credit =
            Receiving::creditRequest(db, shortOne->supplierId, shortOne->id, QString());
        QVERIFY(credit);
        QCOMPARE(credit->lines.size(), 1);
        QCOMPARE(credit->lines.first().reason, Discrepancy::Missing);
        // Late: accepted, its day gone by, nothing received.
        const StoredOrder* late = orderOf(orders, QStringLiteral("transgourmet-idf"), true, today);
        QVERIFY(late);
        QCOMPARE(late->status, QStringLiteral("accepted"));

        // The calendar and the late banner.
        const QList<ScheduledDelivery> lateNow = DeliverySchedule::late(db, today);
        const auto isLate = [&](const ScheduledDelivery& d) {
            return d.orderId == late->id && d.lateReason == LateReason::Overdue;
        };
        QVERIFY(std::any_of(lateNow.cbegin(), lateNow.cend(), isLate));
        const QList<ScheduledDelivery> calendar =
            DeliverySchedule::between(db, today.addDays(-14), today.addDays(14), today);
        const auto stateOf = [&](const StoredOrder* o) {
            for (const ScheduledDelivery& d : calendar)
                if (d.orderId == o->id && d.supplierId == o->supplierId)
                    return d.state;
            return DeliveryState::Upcoming;
        };
        QCOMPARE(stateOf(received), DeliveryState::Received);
        QCOMPARE(stateOf(shortOne), DeliveryState::Partial);
        QCOMPARE(stateOf(late), DeliveryState::Late);
        const qsizetype upcoming = std::count_if(calendar.cbegin(), calendar.cend(), [&](const auto& d) {
            return d.day > today && !d.hasReceipt;
        });
        QVERIFY2(upcoming >= 1, "no delivery to come in the calendar");
        // The sandbox shipped nothing for the past ones, and did for the others.
        QCOMPARE(SupplierStore::despatchCount(db, late->supplierId, late->id), 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoOrders)
#include "tst_demoorders.moc"
