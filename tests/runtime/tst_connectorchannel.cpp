// One channel per provider: the sync engine's feeds, the outbox's writes and
// ConnectorRuntime::http() share one circuit breaker, one rate-limit bucket
// and one operation log, over real HTTP against the in-process sandbox.
#include "common/core/apppaths.h"
#include "common/core/connectorcatalog.h"
#include "common/core/connectorsettings.h"
#include "common/core/credentialstore.h"
#include "common/core/database.h"
#include "common/net/connectorchannel.h"
#include "common/net/httpclient.h"
#include "common/runtime/connectormodule.h"
#include "common/runtime/connectorruntime.h"
#include "common/sync/operationlog.h"
#include "common/sync/outbox.h"
#include "common/sync/syncengine.h"
#include "sandbox/core/faultplan.h"
#include "sandbox/core/sandboxfeeds.h"
#include "sandbox/core/sandboxserver.h"
#include "syncsupport.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

#include <cmath>

using namespace Moulin;

namespace {

/// A provider as an area registers one: the sandbox's records feed, a rate
/// limit from its catalogue entry and a breaker from adjustProfile().
class ChannelTestModule final : public ConnectorModule
{
public:
    struct Spec
    {
        QString id;
        QString typeName;
        double ratePerSecond = 0;
        double burst = 10;
        CircuitBreakerConfig breaker;
        int pageSize = 100;
    };

    explicit ChannelTestModule(Spec spec)
        : m_spec(std::move(spec))
    {
    }

    ConnectorType type() const override
    {
        return {QStringLiteral("test"),
                QStringLiteral("test_type"),
                m_spec.typeName,
                m_spec.id,
                m_spec.typeName,
                {QStringLiteral("none")},
                QUrl(QStringLiteral("http://127.0.0.1/")),
                {{QStringLiteral("records"), 5}},
                m_spec.ratePerSecond,
                m_spec.burst};
    }
    bool isImplemented() const override { return true; }
    void adjustProfile(ConnectorProfile& profile, const ConnectorConfig&) const override
    {
        profile.breaker = m_spec.breaker;
    }
    std::shared_ptr<FeedAdapter> feed(const ConnectorConfig& config, const QString& name) const override
    {
        if (name != QLatin1String("records"))
            return nullptr;
        Test::RecordsAdapter::Options o;
        o.baseUrl = config.apiUrl;
        o.keyed = true;
        o.pageSize = m_spec.pageSize;
        return std::make_shared<Test::RecordsAdapter>(o);
    }

private:
    Spec m_spec;
};

const QString kBreakerId = QStringLiteral("channelbreaker");
const QString kRateId = QStringLiteral("channelrate");
constexpr qint64 kCooldownMs = 2'000;
constexpr double kRate = 20.0; // N requests per second
constexpr double kBurst = 5.0; // B
constexpr int kRecords = 250;

const QString kRecordsPath = QStringLiteral("/_sandbox/records");
const QString kOrdersPath = QStringLiteral("/_sandbox/orders");
const QString kEchoPath = QStringLiteral("/_sandbox/echo");

template <typename T>
T await(QFuture<T> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 10000)) {
        qWarning("future not finished in time");
        return T{};
    }
    return future.result();
}

QVariant scalar(const QString& sql)
{
    QSqlQuery q(Database::connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

HttpResponse sendAndWait(HttpClient& client, const HttpRequest& request)
{
    std::optional<HttpResponse> answer;
    client.send(request, nullptr, [&answer](const HttpResponse& response) { answer = response; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000)) {
        HttpResponse none;
        none.errorString = QStringLiteral("no answer in time");
        return none;
    }
    return *answer;
}

} // namespace

class TestConnectorChannel : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_sandbox;

    static ConnectorConfig config(const QString& id, const QString& typeName, const QUrl& apiUrl)
    {
        ConnectorConfig c;
        c.typeKey = QStringLiteral("test_type");
        c.typeName = typeName;
        c.connectorId = id;
        c.apiUrl = apiUrl;
        c.storeId = QStringLiteral("1");
        c.authMethod = QStringLiteral("none");
        c.feeds = {{QStringLiteral("records"), true, 5}};
        c.retryAttempts = 0; // one request per page: the counts below are exact
        return c;
    }

    HttpRequest onDemand(const QString& connector) const
    {
        HttpRequest request = HttpRequest::getJson(m_sandbox->baseUrl().resolved(QUrl(kEchoPath)));
        request.connector = connector;
        return request;
    }

    int providerHits() const
    {
        return m_sandbox->hits(kRecordsPath) + m_sandbox->hits(kOrdersPath) + m_sandbox->hits(kEchoPath);
    }

private Q_SLOTS:
    void initTestCase()
    {
        CircuitBreakerConfig breaker;
        breaker.consecutiveFailures = 2;
        breaker.failureRateThreshold = 0;
        breaker.cooldownMs = kCooldownMs;
        ConnectorModules::add(std::make_shared<ChannelTestModule>(
            ChannelTestModule::Spec{kBreakerId, QStringLiteral("ChannelBreaker"), 0, 10, breaker, 50}));
        ConnectorModules::add(std::make_shared<ChannelTestModule>(ChannelTestModule::Spec{
            kRateId, QStringLiteral("ChannelRate"), kRate, kBurst, CircuitBreakerConfig{}, 10}));
        m_sandbox = std::make_unique<SandboxServer>(11);
        SandboxFeeds::install(m_sandbox.get())->setRecordCount(kRecords);
        QVERIFY(m_sandbox->start());
    }

    void init()
    {
        AppPaths::setDataDir(Test::freshDataDir(QStringLiteral("channel")));
        QVERIFY(Database::openAndMigrate(AppPaths::databasePath()).ok());
        QVERIFY(Test::RecordsAdapter::createTables(Database::connection()));
        m_sandbox->clearFaults();
        m_sandbox->resetStats();
    }

    void cleanup() { Database::closeConnection(); }

    /// Feed failures open the provider's breaker; a write and an on-demand
    /// request are then refused at once too, and one probe after the
    /// cool-down closes it for all three.
    void breakerIsSharedByReadsWritesAndOnDemand()
    {
        QVERIFY(ConnectorSettings::save(
            config(kBreakerId, QStringLiteral("ChannelBreaker"), m_sandbox->baseUrl())));
        CredentialStore credentials;
        ConnectorRuntime runtime(&credentials);
        runtime.reload();
        QCOMPARE(runtime.connectors(), QStringList{kBreakerId});
        runtime.outbox()->registerHandler(kBreakerId, QStringLiteral("order"),
                                          std::make_shared<Test::OrdersHandler>(m_sandbox->baseUrl()));
        // One breaker object, whichever client asks.
        CircuitBreaker* breaker = runtime.http()->breaker(kBreakerId);
        QVERIFY(breaker);
        QCOMPARE(runtime.outbox()->httpClient()->breaker(kBreakerId), breaker);
        QCOMPARE(runtime.channels()->channel(kBreakerId)->breaker(), breaker);

        QSignalSpy finished(&runtime, &ConnectorRuntime::feedFinished);
        QSignalSpy moves(runtime.engine(), &SyncEngine::circuitStateChanged);

        // Reads: two failed feed runs (503) open the breaker.
        FaultPlan failing;
        failing.pathPrefix = kRecordsPath;
        failing.errorRate = 1.0;
        failing.errorStatus = 503;
        m_sandbox->setFaultPlan(failing);
        for (int run = 1; run <= 2; ++run) {
            QCOMPARE(runtime.syncNow(kBreakerId), 1);
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), run, 10000);
            QVERIFY(!finished.last().at(0).value<FeedRunSummary>().ok);
        }
        QElapsedTimer sinceOpen;
        sinceOpen.start();
        QCOMPARE(breaker->state(), CircuitBreaker::State::Open);
        QCOMPARE(m_sandbox->hits(kRecordsPath), 2);
        QTRY_COMPARE_WITH_TIMEOUT(moves.count(), 1, 5000);
        QCOMPARE(moves.at(0).at(0).toString(), kBreakerId);
        QCOMPARE(moves.at(0).at(1).toString(), QStringLiteral("open"));
        QCOMPARE(scalar(QStringLiteral("SELECT breaker_state FROM connector_state WHERE connector = '%1'")
                            .arg(kBreakerId))
                     .toString(),
                 QStringLiteral("open"));
        m_sandbox->clearFaults(); // the provider is fine again; only the breaker holds requests back

        // Writes: the outbox's attempt is refused at once, nothing is sent,
        // and the write waits for the end of the cool-down.
        QSignalSpy deferred(runtime.outbox(), &Outbox::itemDeferred);
        QSignalSpy confirmed(runtime.outbox(), &Outbox::itemConfirmed);
        runtime.outbox()->start();
        QVERIFY(await(runtime.outbox()->enqueue(kBreakerId, QStringLiteral("order"),
                                                QJsonObject{{QStringLiteral("table"), 7}}))
                    .isValid());
        QVERIFY(deferred.wait(5000));
        QVERIFY2(deferred.first().at(1).toString().contains(kBreakerId),
                 qPrintable(deferred.first().at(1).toString()));
        const qint64 retryIn = deferred.first().at(2).toLongLong();
        QVERIFY2(retryIn > 0 && retryIn <= kCooldownMs, qPrintable(QString::number(retryIn)));
        QCOMPARE(m_sandbox->hits(kOrdersPath), 0);

        // On demand: refused at once too.
        const HttpResponse refused = sendAndWait(*runtime.http(), onDemand(kBreakerId));
        QCOMPARE(refused.error, HttpError::CircuitOpen);
        QCOMPARE(refused.attempts, 0);
        QCOMPARE(m_sandbox->hits(kEchoPath), 0);

        // And another read, without reaching the provider.
        QCOMPARE(runtime.syncNow(kBreakerId), 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 10000);
        QVERIFY(!finished.last().at(0).value<FeedRunSummary>().ok);
        QCOMPARE(m_sandbox->hits(kRecordsPath), 2);
        QVERIFY2(sinceOpen.elapsed() < kCooldownMs, "the machine is too slow for this cool-down");
        QCOMPARE(breaker->state(), CircuitBreaker::State::Open);

        // After the cool-down the write goes out by itself as the probe; it
        // succeeds and closes the breaker for every client.
        QVERIFY(confirmed.wait(kCooldownMs + 10000));
        QVERIFY(sinceOpen.elapsed() >= kCooldownMs - 200); // started a moment after the breaker opened
        QCOMPARE(m_sandbox->hits(kOrdersPath), 1);
        QCOMPARE(breaker->state(), CircuitBreaker::State::Closed);
        const HttpResponse answered = sendAndWait(*runtime.http(), onDemand(kBreakerId));
        QVERIFY2(answered.ok, qPrintable(answered.errorString));
        QCOMPARE(runtime.syncNow(kBreakerId), 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 4, 10000);
        const auto summary = finished.last().at(0).value<FeedRunSummary>();
        QVERIFY2(summary.ok, qPrintable(summary.error));
        QCOMPARE(summary.records, kRecords);

        // The engine saw the moves the outbox made: the dashboard is right.
        QTRY_COMPARE_WITH_TIMEOUT(moves.count(), 3, 5000);
        QCOMPARE(moves.at(1).at(1).toString(), QStringLiteral("half-open"));
        QCOMPARE(moves.at(2).at(1).toString(), QStringLiteral("closed"));
        QTRY_COMPARE_WITH_TIMEOUT(
            scalar(QStringLiteral("SELECT breaker_state FROM connector_state WHERE connector = '%1'")
                       .arg(kBreakerId))
                .toString(),
            QStringLiteral("closed"), 5000);
    }

    /// Requests sent at the same time by the feed (worker thread), the
    /// outbox and http() (GUI thread) never exceed B + N·t together.
    void rateLimitIsOneBucket()
    {
        QVERIFY(
            ConnectorSettings::save(config(kRateId, QStringLiteral("ChannelRate"), m_sandbox->baseUrl())));
        CredentialStore credentials;
        ConnectorRuntime runtime(&credentials);
        runtime.reload();
        QCOMPARE(runtime.connectors(), QStringList{kRateId});
        QVERIFY(runtime.http()->rateLimiter(kRateId));
        QCOMPARE(runtime.outbox()->httpClient()->rateLimiter(kRateId), runtime.http()->rateLimiter(kRateId));

        // Four kinds of write: four writes in flight at once.
        constexpr int kKinds = 4;
        constexpr int kWritesPerKind = 5;
        constexpr int kOnDemand = 15;
        constexpr int kPages = kRecords / 10;
        for (int k = 0; k < kKinds; ++k) {
            const QString kind = QStringLiteral("order%1").arg(k);
            runtime.outbox()->registerHandler(kRateId, kind,
                                              std::make_shared<Test::OrdersHandler>(m_sandbox->baseUrl()));
            for (int i = 0; i < kWritesPerKind; ++i)
                QVERIFY(await(runtime.outbox()->enqueue(kRateId, kind, QJsonObject{{QStringLiteral("n"), i}}))
                            .isValid());
        }
        QSignalSpy finished(&runtime, &ConnectorRuntime::feedFinished);
        QSignalSpy confirmed(runtime.outbox(), &Outbox::itemConfirmed);
        int onDemandOk = 0;
        int onDemandFailed = 0;

        // The provider's count against the bucket's bound, every 10 ms.
        QElapsedTimer clock;
        QList<std::pair<qint64, int>> samples;
        QTimer sampler;
        sampler.setTimerType(Qt::PreciseTimer);
        sampler.setInterval(10);
        connect(&sampler, &QTimer::timeout, this, [&] { samples.append({clock.elapsed(), providerHits()}); });
        m_sandbox->resetStats();
        clock.start();
        sampler.start();

        QCOMPARE(runtime.syncNow(kRateId), 1);
        runtime.outbox()->start();
        for (int i = 0; i < kOnDemand; ++i) {
            runtime.http()->send(onDemand(kRateId), this, [&](const HttpResponse& response) {
                ++(response.ok ? onDemandOk : onDemandFailed);
            });
        }
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1 && confirmed.count() == kKinds * kWritesPerKind &&
                                     onDemandOk + onDemandFailed == kOnDemand,
                                 30000);
        sampler.stop();
        const qint64 elapsed = clock.elapsed();
        samples.append({elapsed, providerHits()});

        const auto summary = finished.at(0).at(0).value<FeedRunSummary>();
        QVERIFY2(summary.ok, qPrintable(summary.error));
        QCOMPARE(onDemandOk, kOnDemand);
        QCOMPARE(m_sandbox->hits(kRecordsPath), kPages);
        QCOMPARE(m_sandbox->hits(kOrdersPath), kKinds * kWritesPerKind);
        QCOMPARE(m_sandbox->hits(kEchoPath), kOnDemand);
        const int total = kPages + kKinds * kWritesPerKind + kOnDemand;
        QCOMPARE(providerHits(), total);

        // Never more than B + N·t (a few ms of slack between the bucket's
        // clock and this one), and so no faster than (total - B) / N overall.
        for (const auto& [at, hits] : std::as_const(samples)) {
            const int bound = int(std::floor(kBurst + kRate * double(at + 5) / 1000.0 + 1e-9));
            QVERIFY2(hits <= bound, qPrintable(QStringLiteral("%1 requests after %2 ms; the bucket allows %3")
                                                   .arg(hits)
                                                   .arg(at)
                                                   .arg(bound)));
        }
        QVERIFY2(samples.size() > 100, qPrintable(QString::number(samples.size())));
        const qint64 floorMs = qint64((total - kBurst) / kRate * 1000.0) - 50;
        QVERIFY2(elapsed >= floorMs, qPrintable(QStringLiteral("%1 ms < %2 ms").arg(elapsed).arg(floorMs)));
        qInfo("%d requests through three clients in %lld ms (bound %.0f + %.0f/s)", total, elapsed, kBurst,
              kRate);
    }

    /// Each request is in the operation log once, under the connector's
    /// name and with its request id, whichever client sent it.
    void operationLogHasEachRequestOnce()
    {
        QVERIFY(ConnectorSettings::save(
            config(kBreakerId, QStringLiteral("ChannelBreaker"), m_sandbox->baseUrl())));
        CredentialStore credentials;
        ConnectorRuntime runtime(&credentials);
        runtime.reload();
        runtime.outbox()->registerHandler(kBreakerId, QStringLiteral("order"),
                                          std::make_shared<Test::OrdersHandler>(m_sandbox->baseUrl()));
        QSignalSpy finished(&runtime, &ConnectorRuntime::feedFinished);
        QSignalSpy confirmed(runtime.outbox(), &Outbox::itemConfirmed);

        // Reads.
        QCOMPARE(runtime.syncNow(kBreakerId), 1);
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.at(0).at(0).value<FeedRunSummary>().ok);
        // Writes.
        runtime.outbox()->start();
        for (int i = 0; i < 3; ++i)
            QVERIFY(await(runtime.outbox()->enqueue(kBreakerId, QStringLiteral("order"),
                                                    QJsonObject{{QStringLiteral("n"), i}}))
                        .isValid());
        QTRY_COMPARE_WITH_TIMEOUT(confirmed.count(), 3, 10000);
        // On demand, each with the caller's request id.
        QStringList ids;
        for (int i = 0; i < 4; ++i) {
            HttpRequest request = onDemand(kBreakerId);
            ids.append(QStringLiteral("on-demand-%1").arg(i));
            request.headers.append({"X-Request-Id", ids.last().toLatin1()});
            const HttpResponse response = sendAndWait(*runtime.http(), request);
            QVERIFY2(response.ok, qPrintable(response.errorString));
            QCOMPARE(QString::fromLatin1(response.requestId), ids.last());
        }
        // A client attached twice still logs once.
        runtime.operationLog()->attach(runtime.http());
        {
            HttpRequest request = onDemand(kBreakerId);
            ids.append(QStringLiteral("on-demand-again"));
            request.headers.append({"X-Request-Id", ids.last().toLatin1()});
            QVERIFY(sendAndWait(*runtime.http(), request).ok);
        }

        const int pages = m_sandbox->hits(kRecordsPath);
        QCOMPARE(pages, kRecords / 50);
        QCOMPARE(m_sandbox->hits(kOrdersPath), 3);
        QCOMPARE(m_sandbox->hits(kEchoPath), int(ids.size()));
        await(runtime.operationLog()->flush());

        const QString where = QStringLiteral(" FROM operation_log WHERE connector = '%1'").arg(kBreakerId);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM operation_log")).toInt(), providerHits());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*)") + where).toInt(), providerHits());
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT request_id)") + where).toInt(), providerHits());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*)") + where + QStringLiteral(" AND feed = 'records'"))
                     .toInt(),
                 pages);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*)") + where + QStringLiteral(" AND feed = 'outbox:order'"))
                .toInt(),
            3);
        for (const QString& id : std::as_const(ids)) {
            QCOMPARE(scalar(QStringLiteral("SELECT count(*)") + where +
                            QStringLiteral(" AND feed IS NULL AND request_id = '%1'").arg(id))
                         .toInt(),
                     1);
        }
    }
};

QTEST_GUILESS_MAIN(TestConnectorChannel)
#include "tst_connectorchannel.moc"
