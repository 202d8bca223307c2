#include "common/core/database.h"
#include "common/net/circuitbreaker.h"
#include "common/sync/reachability.h"
#include "common/sync/syncengine.h"
#include "sandbox/core/sandboxfeeds.h"
#include "sandbox/core/sandboxserver.h"
#include "syncsupport.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace Moulin;

using Test::scalar;

namespace {

ConnectorProfile fastProfile(const QString& id)
{
    ConnectorProfile profile;
    profile.name = id;
    profile.retry.retryAttempts = 0;
    profile.breaker.consecutiveFailures = 0;
    profile.breaker.failureRateThreshold = 0;
    profile.timeoutMs = 5000;
    return profile;
}

struct Feed
{
    std::shared_ptr<Test::RecordsAdapter> adapter;
    FeedDefinition definition;
};

Feed recordsFeed(const QUrl& base, const QString& name, int pageSize = 100, qint64 intervalMs = 0)
{
    Test::RecordsAdapter::Options options;
    options.baseUrl = base;
    options.pageSize = pageSize;
    Feed feed;
    feed.adapter = std::make_shared<Test::RecordsAdapter>(options);
    feed.definition.name = name;
    feed.definition.intervalMs = intervalMs;
    feed.definition.adapter = feed.adapter;
    return feed;
}

quint16 closedPort()
{
    SandboxServer probe;
    if (!probe.start())
        return 0;
    return probe.port(); // closed again when `probe` goes
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    SandboxFeeds* m_feeds = nullptr;
    int m_connectorSerial = 0;

    QString newConnectorId() { return QStringLiteral("conn%1").arg(++m_connectorSerial); }

    int storedRows(const QString& where = QString())
    {
        return scalar(QStringLiteral("SELECT count(*) FROM test_records") + where).toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const Test::FreshDatabase db = Test::openFreshDatabase(QStringLiteral("syncengine"));
        QVERIFY2(db.opened.ok(), qPrintable(db.opened.message));
        QVERIFY(Test::RecordsAdapter::createTables(Database::connection()));
        m_server = std::make_unique<SandboxServer>(7);
        QVERIFY(m_server->start());
        m_feeds = SandboxFeeds::install(m_server.get());
    }

    void init()
    {
        QVERIFY(Database::exec(Database::connection(), QStringLiteral("DELETE FROM test_records")));
        m_server->clearFaults();
        m_server->resetStats();
        m_feeds->setRecordCount(250);
    }

    void cleanupTestCase()
    {
        m_server.reset();
        Database::closeConnection();
    }

    void syncsEveryPageWithItsCursor()
    {
        ManualReachability net;
        SyncEngine engine({.workerThreads = 2, .reachability = &net});
        const QString id = newConnectorId();
        Feed feed = recordsFeed(m_server->baseUrl(), QStringLiteral("records"));
        engine.addConnector({id, fastProfile(id), {feed.definition}});
        QSignalSpy started(&engine, &SyncEngine::feedStarted);
        QSignalSpy progress(&engine, &SyncEngine::feedProgress);
        QSignalSpy finished(&engine, &SyncEngine::feedFinished);
        QSignalSpy overall(&engine, &SyncEngine::overallProgress);
        QSignalSpy busy(&engine, &SyncEngine::busyChanged);

        QCOMPARE(engine.runNow(id, QStringLiteral("records")), SyncEngine::Trigger::Started);
        QVERIFY(engine.isRunning(id, QStringLiteral("records")));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(2).toBool(), true);
        QCOMPARE(finished.first().at(3).toLongLong(), 250);
        QCOMPARE(started.count(), 1);
        QVERIFY(!engine.isRunning(id, QStringLiteral("records")));

        // Every record once, the cursor after the last one, three pages.
        QCOMPARE(storedRows(), 250);
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT record_id) FROM test_records")).toInt(), 250);
        QCOMPARE(scalar(QStringLiteral("SELECT cursor FROM sync_cursor WHERE connector = '%1'").arg(id))
                     .toString(),
                 QStringLiteral("250"));
        QCOMPARE(m_server->hits(QStringLiteral("/_sandbox/records")), 3);

        // Progress per page, with the total the provider announced.
        QCOMPARE(progress.count(), 3);
        QCOMPARE(progress.at(0).at(2).toLongLong(), 100);
        QCOMPARE(progress.at(0).at(3).toLongLong(), 250);
        QCOMPARE(progress.at(2).at(2).toLongLong(), 250);
        QCOMPARE(progress.at(2).at(3).toLongLong(), 250);
        QVERIFY(overall.count() >= 4);
        QCOMPARE(overall.first().at(1).toLongLong(), 0); // unknown before the first page
        QCOMPARE(overall.last().at(0).toLongLong(), 250);
        QCOMPARE(overall.last().at(1).toLongLong(), 250);
        QCOMPARE(busy.count(), 2);
        QCOMPARE(busy.at(0).at(0).toBool(), true);
        QCOMPARE(busy.at(1).at(0).toBool(), false);

        // History and connector state.
        QCOMPARE(scalar(QStringLiteral("SELECT ok || '/' || records || '/' || pages FROM sync_run WHERE "
                                       "connector = '%1'")
                            .arg(id))
                     .toString(),
                 QStringLiteral("1/250/3"));
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM connector_state WHERE connector = '%1'").arg(id))
                     .toString(),
                 QStringLiteral("ok"));
        QVERIFY(
            !scalar(
                 QStringLiteral("SELECT last_success_at FROM connector_state WHERE connector = '%1'").arg(id))
                 .toString()
                 .isEmpty());
        QVERIFY(
            scalar(QStringLiteral("SELECT last_error FROM connector_state WHERE connector = '%1'").arg(id))
                .isNull());

        // New records at the provider: the next run fetches only those.
        m_feeds->setRecordCount(320);
        QCOMPARE(engine.runNow(id, QStringLiteral("records")), SyncEngine::Trigger::Started);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(3).toLongLong(), 70);
        QCOMPARE(storedRows(), 320);
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT record_id) FROM test_records")).toInt(), 320);
    }

    void failedPageIsRolledBackWithItsCursor()
    {
        ManualReachability net;
        SyncEngine engine({.workerThreads = 1, .reachability = &net});
        const QString id = newConnectorId();
        Feed feed = recordsFeed(m_server->baseUrl(), QStringLiteral("records"));
        feed.adapter->options().failAtOffset = 100; // the second page
        engine.addConnector({id, fastProfile(id), {feed.definition}});
        QSignalSpy finished(&engine, &SyncEngine::feedFinished);

        engine.runNow(id, QStringLiteral("records"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(2).toBool(), false);
        QVERIFY(finished.last().at(4).toString().contains(QStringLiteral("could not be saved")));
        QCOMPARE(storedRows(), 100); // page 1 only; page 2's rows rolled back
        QCOMPARE(storedRows(QStringLiteral(" WHERE record_id = -1")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT cursor FROM sync_cursor WHERE connector = '%1'").arg(id))
                     .toString(),
                 QStringLiteral("100"));
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM connector_state WHERE connector = '%1'").arg(id))
                     .toString(),
                 QStringLiteral("error"));
        QVERIFY(
            !scalar(QStringLiteral("SELECT last_error FROM connector_state WHERE connector = '%1'").arg(id))
                 .toString()
                 .isEmpty());

        // The next run resumes at page 2: nothing lost, nothing twice.
        feed.adapter->options().failAtOffset = -1;
        engine.runNow(id, QStringLiteral("records"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(2).toBool(), true);
        QCOMPARE(finished.last().at(3).toLongLong(), 150);
        QCOMPARE(storedRows(), 250);
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT record_id) FROM test_records")).toInt(), 250);
        QVERIFY(
            scalar(QStringLiteral("SELECT last_error FROM connector_state WHERE connector = '%1'").arg(id))
                .isNull());
    }

    void neverRunsOneFeedTwiceAtOnce()
    {
        ManualReachability net;
        SyncEngine engine({.workerThreads = 2, .reachability = &net});
        const QString id = newConnectorId();
        // 5 pages of ~60 ms each, scheduled every 20 ms: the timer, runNow()
        // and runAll() all fall inside runs.
        FaultPlan slow;
        slow.pathPrefix = QStringLiteral("/_sandbox/records");
        slow.latencyMs = 60;
        m_server->setFaultPlan(slow);
        Feed feed = recordsFeed(m_server->baseUrl(), QStringLiteral("records"), 50, 20);
        Feed other = recordsFeed(m_server->baseUrl(), QStringLiteral("other"), 50, 0);
        engine.addConnector({id, fastProfile(id), {feed.definition, other.definition}});

        int concurrent = 0;
        int maxConcurrent = 0;
        int runs = 0;
        connect(&engine, &SyncEngine::feedStarted, this, [&](const QString&, const QString& f) {
            if (f == QLatin1String("records")) {
                maxConcurrent = std::max(maxConcurrent, ++concurrent);
                ++runs;
            }
        });
        connect(&engine, &SyncEngine::feedFinished, this, [&](const QString&, const QString& f) {
            if (f == QLatin1String("records"))
                --concurrent;
        });

        engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(engine.isRunning(id, QStringLiteral("records")), 5000);
        QCOMPARE(engine.runNow(id, QStringLiteral("records")), SyncEngine::Trigger::AlreadyRunning);
        QCOMPARE(engine.runAll(), 1); // only the idle feed starts
        QVERIFY(engine.isRunning(id, QStringLiteral("other")));
        QTRY_VERIFY_WITH_TIMEOUT(runs >= 3, 15000);
        for (int i = 0; i < 20; ++i) {
            engine.runNow(id, QStringLiteral("records"));
            QTest::qWait(10);
        }
        engine.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!engine.isBusy(), 10000);
        QCOMPARE(maxConcurrent, 1);
        QCOMPARE(concurrent, 0);
        // While a run was going on, the interval timer was not armed.
        QCOMPARE(engine.nextRunInMs(id, QStringLiteral("records")), -1);
    }

    void runsAtItsIntervalAfterStart()
    {
        ManualReachability net;
        SyncEngine engine({.workerThreads = 1, .reachability = &net});
        const QString id = newConnectorId();
        Feed feed = recordsFeed(m_server->baseUrl(), QStringLiteral("records"), 500, 150);
        Feed onDemand = recordsFeed(m_server->baseUrl(), QStringLiteral("manual"), 500, 0);
        FeedDefinition disabled =
            recordsFeed(m_server->baseUrl(), QStringLiteral("off"), 500, 100).definition;
        disabled.enabled = false;
        engine.addConnector({id, fastProfile(id), {feed.definition, onDemand.definition, disabled}});
        QCOMPARE(engine.feeds(id),
                 (QStringList{QStringLiteral("records"), QStringLiteral("manual"), QStringLiteral("off")}));
        QSignalSpy finished(&engine, &SyncEngine::feedFinished);

        engine.start();
        QVERIFY(engine.isScheduling());
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 3, 10000);
        for (const auto& args : std::as_const(finished)) {
            QCOMPARE(args.at(1).toString(), QStringLiteral("records"));
            QVERIFY(args.at(2).toBool());
        }
        QCOMPARE(engine.runNow(id, QStringLiteral("off")), SyncEngine::Trigger::Disabled);
        QCOMPARE(engine.runNow(id, QStringLiteral("nope")), SyncEngine::Trigger::UnknownFeed);
        QCOMPARE(engine.nextRunInMs(id, QStringLiteral("manual")), -1);
        engine.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!engine.isBusy(), 5000);
        QCOMPARE(engine.nextRunInMs(id, QStringLiteral("records")), -1);

        // A restarted schedule honours the last successful run: not due yet.
        SyncEngine later({.workerThreads = 1, .reachability = &net});
        Feed hourly = recordsFeed(m_server->baseUrl(), QStringLiteral("records"), 500, 3'600'000);
        later.addConnector({id, fastProfile(id), {hourly.definition}});
        later.start();
        QVERIFY(!later.isBusy());
        const qint64 next = later.nextRunInMs(id, QStringLiteral("records"));
        // Coarse timers may be 5 % late, and remainingTime() rounds with them.
        QVERIFY2(next > 3'400'000 && next <= 3'780'000, qPrintable(QString::number(next)));
    }

    void pausesOfflineAndResumesByItself()
    {
        ManualReachability net(false);
        SyncEngine engine({.workerThreads = 1, .reachability = &net});
        const QString id = newConnectorId();
        Feed a = recordsFeed(m_server->baseUrl(), QStringLiteral("a"), 100, 60'000);
        Feed b = recordsFeed(m_server->baseUrl(), QStringLiteral("b"), 100, 0);
        engine.addConnector({id, fastProfile(id), {a.definition, b.definition}});
        QSignalSpy finished(&engine, &SyncEngine::feedFinished);
        QSignalSpy online(&engine, &SyncEngine::onlineChanged);

        engine.start(); // "a" is due at once, but offline
        QCOMPARE(engine.runNow(id, QStringLiteral("b")), SyncEngine::Trigger::WaitingForNetwork);
        QTest::qWait(100);
        QVERIFY(engine.isWaitingForNetwork(id, QStringLiteral("a")));
        QVERIFY(engine.isWaitingForNetwork(id, QStringLiteral("b")));
        QVERIFY(!engine.isBusy());
        QCOMPARE(m_server->hits(QStringLiteral("/_sandbox/records")), 0);

        net.setOnline(true);
        QCOMPARE(online.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
        QVERIFY(finished.at(0).at(2).toBool());
        QVERIFY(finished.at(1).at(2).toBool());
        QVERIFY(!engine.isWaitingForNetwork(id, QStringLiteral("a")));
        QCOMPARE(storedRows(), 500);
        QVERIFY(engine.nextRunInMs(id, QStringLiteral("a")) > 0); // back on its schedule
        QCOMPARE(net.reachableReports(), 2);
    }

    void infersOfflineFromNetworkErrorsAndProbes()
    {
        const quint16 port = closedPort();
        QVERIFY(port != 0);
        QUrl base;
        base.setScheme(QStringLiteral("http"));
        base.setHost(QStringLiteral("127.0.0.1"));
        base.setPort(port);
        base.setPath(QStringLiteral("/"));

        DefaultReachability net({.failureThreshold = 2, .probeIntervalMs = 100, .useSystemBackend = false});
        SyncEngine engine({.workerThreads = 1, .failureRetryMs = 50, .reachability = &net});
        const QString id = newConnectorId();
        Feed a = recordsFeed(base, QStringLiteral("a"), 100, 60'000);
        Feed b = recordsFeed(base, QStringLiteral("b"), 100, 60'000);
        engine.addConnector({id, fastProfile(id), {a.definition, b.definition}});
        QSignalSpy online(&engine, &SyncEngine::onlineChanged);
        QSignalSpy finished(&engine, &SyncEngine::feedFinished);

        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(online.count(), 1, 10000);
        QCOMPARE(online.first().at(0).toBool(), false);
        QVERIFY(!engine.isOnline());
        QVERIFY(net.inferredOffline());
        QTRY_VERIFY_WITH_TIMEOUT(engine.isWaitingForNetwork(id, QStringLiteral("a")) &&
                                     engine.isWaitingForNetwork(id, QStringLiteral("b")),
                                 10000);
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM connector_state WHERE connector = '%1'").arg(id))
                     .toString(),
                 QStringLiteral("offline"));
        const int failures = int(finished.count());
        QTest::qWait(350); // probes keep failing; still offline
        QVERIFY(!engine.isOnline());
        QVERIFY(finished.count() > failures); // the probes are real runs

        // The provider comes back on the same port: the next probe succeeds
        // and every paused feed resumes by itself.
        SandboxServer back(7);
        QVERIFY(back.start(port));
        SandboxFeeds::install(&back)->setRecordCount(150);
        QTRY_VERIFY_WITH_TIMEOUT(engine.isOnline(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!engine.isBusy() && !engine.isWaitingForNetwork(id, QStringLiteral("a")) &&
                                     !engine.isWaitingForNetwork(id, QStringLiteral("b")),
                                 10000);
        QCOMPARE(online.last().at(0).toBool(), true);
        QCOMPARE(storedRows(), 300); // 150 per feed
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM connector_state WHERE connector = '%1'").arg(id))
                     .toString(),
                 QStringLiteral("ok"));
    }

    void retriesSoonerAfterAFailure()
    {
        ManualReachability net;
        SyncEngine engine({.workerThreads = 1, .failureRetryMs = 100, .reachability = &net});
        const QString id = newConnectorId();
        FaultPlan fail;
        fail.pathPrefix = QStringLiteral("/_sandbox/records");
        fail.statuses = {500, 500};
        m_server->setFaultPlan(fail);
        Feed feed = recordsFeed(m_server->baseUrl(), QStringLiteral("records"), 500, 3'600'000);
        engine.addConnector({id, fastProfile(id), {feed.definition}});
        QSignalSpy finished(&engine, &SyncEngine::feedFinished);
        engine.start();
        // 500 → retry after 100 ms → 500 → retry after 200 ms → ok.
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 10000);
        QCOMPARE(finished.at(0).at(2).toBool(), false);
        QVERIFY(finished.at(0).at(4).toString().contains(QStringLiteral("500")));
        QCOMPARE(finished.at(1).at(2).toBool(), false);
        QCOMPARE(finished.at(2).at(2).toBool(), true);
        QVERIFY(engine.nextRunInMs(id, QStringLiteral("records")) > 3'000'000);
        QCOMPARE(net.reachableReports(), 3); // an HTTP error still proves the network
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM sync_run WHERE connector = '%1' AND ok = 0").arg(id))
                .toInt(),
            2);
    }

    void recordsBreakerState()
    {
        ManualReachability net;
        SyncEngine engine({.workerThreads = 1, .reachability = &net});
        const QString id = newConnectorId();
        ConnectorProfile profile = fastProfile(id);
        profile.breaker.consecutiveFailures = 1;
        profile.breaker.cooldownMs = 60'000;
        FaultPlan fail;
        fail.pathPrefix = QStringLiteral("/_sandbox/records");
        fail.statuses = {503};
        m_server->setFaultPlan(fail);
        Feed feed = recordsFeed(m_server->baseUrl(), QStringLiteral("records"));
        engine.addConnector({id, profile, {feed.definition}});
        QSignalSpy breaker(&engine, &SyncEngine::circuitStateChanged);
        QSignalSpy finished(&engine, &SyncEngine::feedFinished);
        engine.runNow(id, QStringLiteral("records"));
        QVERIFY(finished.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(breaker.count(), 1, 5000);
        const QString open = CircuitBreaker::stateName(CircuitBreaker::State::Open);
        QCOMPARE(breaker.first().at(0).toString(), id);
        QCOMPARE(breaker.first().at(1).toString(), open);
        QCOMPARE(
            scalar(QStringLiteral("SELECT breaker_state FROM connector_state WHERE connector = '%1'").arg(id))
                .toString(),
            open);
        // While open, a run fails at once without reaching the server.
        const int hits = m_server->hits(QStringLiteral("/_sandbox/records"));
        engine.runNow(id, QStringLiteral("records"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(2).toBool(), false);
        QCOMPARE(m_server->hits(QStringLiteral("/_sandbox/records")), hits);
    }

    void cancelAllEndsRuns()
    {
        ManualReachability net;
        SyncEngine engine({.workerThreads = 1, .reachability = &net});
        const QString id = newConnectorId();
        FaultPlan slow;
        slow.pathPrefix = QStringLiteral("/_sandbox/records");
        slow.latencyMs = 2000;
        m_server->setFaultPlan(slow);
        Feed feed = recordsFeed(m_server->baseUrl(), QStringLiteral("records"));
        engine.addConnector({id, fastProfile(id), {feed.definition}});
        QSignalSpy finished(&engine, &SyncEngine::feedFinished);
        engine.runNow(id, QStringLiteral("records"));
        QTest::qWait(50);
        engine.cancelAll();
        QVERIFY(finished.wait(1500));
        QCOMPARE(finished.first().at(2).toBool(), false);
        QVERIFY(!engine.isBusy());
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
