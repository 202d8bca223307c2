#include "common/core/database.h"
#include "common/sync/outbox.h"
#include "common/sync/reachability.h"
#include "sandbox/core/sandboxfeeds.h"
#include "sandbox/core/sandboxserver.h"
#include "syncsupport.h"
#include "testsupport.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Moulin;

using Test::await;
using Test::scalar;

namespace {

const QString kConnector = QStringLiteral("shop");
const QString kKind = QStringLiteral("order");

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    SandboxFeeds* m_feeds = nullptr;

    std::unique_ptr<Outbox> makeOutbox(qint64 baseRetryMs = 20)
    {
        auto outbox =
            std::make_unique<Outbox>(Outbox::Options{.baseRetryMs = baseRetryMs, .maxRetryMs = 200});
        ConnectorProfile profile;
        profile.name = kConnector;
        profile.retry.retryAttempts = 0; // the outbox retries, not the client
        profile.breaker.consecutiveFailures = 0;
        profile.breaker.failureRateThreshold = 0;
        outbox->httpClient()->setProfile(profile);
        outbox->registerHandler(kConnector, kKind,
                                std::make_shared<Test::OrdersHandler>(m_server->baseUrl()));
        return outbox;
    }

    static QByteArray order(int n, bool reject = false)
    {
        QJsonObject body{{QStringLiteral("table"), n}, {QStringLiteral("total"), QStringLiteral("12.50")}};
        if (reject)
            body.insert(QStringLiteral("reject"), true);
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const Test::FreshDatabase db = Test::openFreshDatabase(QStringLiteral("outbox"));
        QVERIFY2(db.opened.ok(), qPrintable(db.opened.message));
        m_server = std::make_unique<SandboxServer>(3);
        QVERIFY(m_server->start());
        m_feeds = SandboxFeeds::install(m_server.get());
    }

    void init()
    {
        QVERIFY(Database::exec(Database::connection(), QStringLiteral("DELETE FROM outbox")));
        m_server->clearFaults();
        m_feeds->resetOrders();
    }

    void cleanupTestCase()
    {
        m_server.reset();
        Database::closeConnection();
    }

    void storesFirstThenSendsWithItsKey()
    {
        auto outbox = makeOutbox();
        QSignalSpy confirmed(outbox.get(), &Outbox::itemConfirmed);
        const OutboxItem queued = await(outbox->enqueue(kConnector, kKind, order(1)));
        QVERIFY(queued.isValid());
        QCOMPARE(queued.state, OutboxItem::State::Pending);
        QCOMPARE(queued.attempts, 0);
        QCOMPARE(queued.idempotencyKey.size(), 36);
        // Stored, and nothing sent before start().
        QCOMPARE(scalar(QStringLiteral("SELECT state || ':' || idempotency_key FROM outbox WHERE id = %1")
                            .arg(queued.id))
                     .toString(),
                 QStringLiteral("pending:") + QString::fromLatin1(queued.idempotencyKey));
        QTest::qWait(50);
        QCOMPARE(m_feeds->orderRequests(), 0);

        outbox->start();
        QVERIFY(confirmed.wait(5000));
        QCOMPARE(confirmed.first().at(0).toLongLong(), queued.id);
        QCOMPARE(m_feeds->ordersApplied(), 1);
        QCOMPARE(m_feeds->appliedKeys(), QList<QByteArray>{queued.idempotencyKey});
        const OutboxItem done = await(outbox->item(queued.id));
        QCOMPARE(done.state, OutboxItem::State::Confirmed);
        QCOMPARE(done.attempts, 1);
        QCOMPARE(done.httpStatus, 201);
        QVERIFY(done.confirmedAt.isValid());
        QCOMPARE(done.idempotencyKey, queued.idempotencyKey);
    }

    void enqueueWithAKnownKeyIsHarmless()
    {
        auto outbox = makeOutbox();
        const QByteArray key = "order-42-v1";
        const OutboxItem a = await(outbox->enqueue(kConnector, kKind, order(42), key));
        const OutboxItem b = await(outbox->enqueue(kConnector, kKind, order(42), key));
        QVERIFY(a.isValid());
        QCOMPARE(b.id, a.id);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 1);
        QSignalSpy confirmed(outbox.get(), &Outbox::itemConfirmed);
        outbox->start();
        QVERIFY(confirmed.wait(5000));
        QCOMPARE(m_feeds->requestsWithKey(key), 1);
    }

    void retriesWithTheSameKeyUntilConfirmed()
    {
        FaultPlan flaky;
        flaky.pathPrefix = QStringLiteral("/_sandbox/orders");
        flaky.statuses = {503, 500};
        m_server->setFaultPlan(flaky);
        auto outbox = makeOutbox();
        QSignalSpy deferred(outbox.get(), &Outbox::itemDeferred);
        QSignalSpy confirmed(outbox.get(), &Outbox::itemConfirmed);
        outbox->start();
        const OutboxItem item = await(outbox->enqueue(kConnector, kKind, order(2)));
        QVERIFY(confirmed.wait(5000));
        QCOMPARE(deferred.count(), 2);
        QVERIFY(deferred.first().at(1).toString().contains(QStringLiteral("503")));
        QCOMPARE(deferred.at(1).at(2).toLongLong(), qint64(40));    // 20 ms doubled
        QCOMPARE(m_feeds->requestsWithKey(item.idempotencyKey), 1); // the faults answered before the route
        QCOMPARE(m_feeds->ordersApplied(), 1);
        const OutboxItem done = await(outbox->item(item.id));
        QCOMPARE(done.attempts, 3);
        QCOMPARE(done.state, OutboxItem::State::Confirmed);
        QVERIFY(done.lastError.isEmpty());
    }

    void rejectionIsFinal()
    {
        auto outbox = makeOutbox();
        QSignalSpy rejected(outbox.get(), &Outbox::itemRejected);
        QSignalSpy confirmed(outbox.get(), &Outbox::itemConfirmed);
        outbox->start();
        const OutboxItem bad = await(outbox->enqueue(kConnector, kKind, order(3, true)));
        const OutboxItem good = await(outbox->enqueue(kConnector, kKind, order(4)));
        QVERIFY(rejected.wait(5000));
        QCOMPARE(rejected.first().at(0).toLongLong(), bad.id);
        const QString reason = rejected.first().at(3).toString();
        QVERIFY2(reason.contains(QStringLiteral("422")), qPrintable(reason));
        QVERIFY2(reason.contains(QStringLiteral("rejected by the sandbox")), qPrintable(reason));
        QTRY_COMPARE_WITH_TIMEOUT(confirmed.count(), 1, 5000); // the next one is not held back
        QCOMPARE(confirmed.first().at(0).toLongLong(), good.id);
        QTest::qWait(100);
        QCOMPARE(m_feeds->requestsWithKey(bad.idempotencyKey), 1); // never retried
        const OutboxItem stored = await(outbox->item(bad.id));
        QCOMPARE(stored.state, OutboxItem::State::Rejected);
        QCOMPARE(stored.httpStatus, 422);
        QCOMPARE(stored.lastError, reason);
        QCOMPARE(await(outbox->items(OutboxItem::State::Rejected)).size(), 1);
        QCOMPARE(await(outbox->items()).size(), 2);
    }

    void keepsTheOrderOfOneKind()
    {
        FaultPlan once;
        once.pathPrefix = QStringLiteral("/_sandbox/orders");
        once.statuses = {500};
        m_server->setFaultPlan(once);
        auto outbox = makeOutbox(100);
        QSignalSpy confirmed(outbox.get(), &Outbox::itemConfirmed);
        const OutboxItem first = await(outbox->enqueue(kConnector, kKind, order(5)));
        const OutboxItem second = await(outbox->enqueue(kConnector, kKind, order(6)));
        const OutboxItem other = await(outbox->enqueue(kConnector, QStringLiteral("note"), order(7)));
        // Another kind, to another path (untouched by the fault).
        outbox->registerHandler(
            kConnector, QStringLiteral("note"), [base = m_server->baseUrl()](const OutboxItem& item) {
                HttpRequest request =
                    HttpRequest::json("POST", base.resolved(QUrl(QStringLiteral("/_sandbox/echo"))),
                                      QJsonDocument::fromJson(item.payload));
                return request;
            });
        outbox->start();
        QTRY_COMPARE_WITH_TIMEOUT(confirmed.count(), 3, 5000);
        // The first order failed once: the second waited for it. The other
        // kind did not wait.
        QCOMPARE(m_feeds->appliedKeys(), (QList<QByteArray>{first.idempotencyKey, second.idempotencyKey}));
        QCOMPARE(confirmed.at(0).at(0).toLongLong(), other.id);
        QCOMPARE(confirmed.at(1).at(0).toLongLong(), first.id);
        QCOMPARE(confirmed.at(2).at(0).toLongLong(), second.id);
    }

    void restartSendsInterruptedWritesWithTheSameKey()
    {
        // The server applies the order but its answer is late: the outbox
        // is gone (the app quit) before it arrives.
        FaultPlan late;
        late.pathPrefix = QStringLiteral("/_sandbox/orders");
        late.latencyMs = 3000;
        late.times = 1;
        m_server->setFaultPlan(late);
        OutboxItem item;
        {
            auto outbox = makeOutbox();
            outbox->start();
            item = await(outbox->enqueue(kConnector, kKind, order(8)));
            QTRY_COMPARE_WITH_TIMEOUT(m_feeds->ordersApplied(), 1, 5000);
        }
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM outbox WHERE id = %1").arg(item.id)).toString(),
                 QStringLiteral("sending"));

        auto outbox = makeOutbox();
        QSignalSpy confirmed(outbox.get(), &Outbox::itemConfirmed);
        outbox->start();
        QVERIFY(confirmed.wait(5000));
        QCOMPARE(m_feeds->ordersApplied(), 1);                      // applied once
        QCOMPARE(m_feeds->requestsWithKey(item.idempotencyKey), 2); // sent twice, same key
        const OutboxItem done = await(outbox->item(item.id));
        QCOMPARE(done.state, OutboxItem::State::Confirmed);
        QCOMPARE(done.attempts, 2);
        QCOMPARE(done.httpStatus, 200); // the replayed answer
    }

    void providerHeaderCarriesTheKey()
    {
        auto outbox = makeOutbox();
        outbox->registerHandler(kConnector, kKind,
                                std::make_shared<Test::OrdersHandler>(m_server->baseUrl(), "X-Request-Id"));
        QSignalSpy confirmed(outbox.get(), &Outbox::itemConfirmed);
        outbox->start();
        const OutboxItem item = await(outbox->enqueue(kConnector, kKind, order(9)));
        QVERIFY(confirmed.wait(5000));
        QCOMPARE(m_feeds->appliedKeys(), QList<QByteArray>{item.idempotencyKey});
    }

    void waitsWhileOffline()
    {
        ManualReachability net(false);
        auto outbox = makeOutbox();
        outbox->setReachability(&net);
        QSignalSpy confirmed(outbox.get(), &Outbox::itemConfirmed);
        outbox->start();
        await(outbox->enqueue(kConnector, kKind, order(10)));
        QTest::qWait(100);
        QCOMPARE(m_feeds->orderRequests(), 0);
        net.setOnline(true);
        QVERIFY(confirmed.wait(5000));
        QCOMPARE(net.reachableReports(), 1);
    }

    void networkErrorsAreRetried()
    {
        // A connector whose host refuses connections: the write stays
        // pending with its error, and goes once the host is back.
        SandboxServer* probe = new SandboxServer(1);
        QVERIFY(probe->start());
        const quint16 port = probe->port();
        delete probe;
        QUrl base;
        base.setScheme(QStringLiteral("http"));
        base.setHost(QStringLiteral("127.0.0.1"));
        base.setPort(port);
        base.setPath(QStringLiteral("/"));

        auto outbox = makeOutbox(30);
        outbox->registerHandler(kConnector, kKind, std::make_shared<Test::OrdersHandler>(base));
        QSignalSpy deferred(outbox.get(), &Outbox::itemDeferred);
        QSignalSpy confirmed(outbox.get(), &Outbox::itemConfirmed);
        outbox->start();
        const OutboxItem item = await(outbox->enqueue(kConnector, kKind, order(11)));
        QTRY_VERIFY_WITH_TIMEOUT(deferred.count() >= 2, 5000);
        const OutboxItem waiting = await(outbox->item(item.id));
        QCOMPARE(waiting.state == OutboxItem::State::Pending || waiting.state == OutboxItem::State::Sending,
                 true);
        QVERIFY(waiting.attempts >= 2);

        SandboxServer back(3);
        QVERIFY(back.start(port));
        SandboxFeeds* feeds = SandboxFeeds::install(&back);
        QVERIFY(confirmed.wait(5000));
        QCOMPARE(feeds->appliedKeys(), QList<QByteArray>{item.idempotencyKey});
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
