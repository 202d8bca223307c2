#include "common/core/connectorconfig.h"
#include "common/sync/connectorlog.h"
#include "common/sync/feedadapter.h"
#include "common/sync/outbox.h"
#include "common/sync/reachability.h"

#include <QSignalSpy>
#include <QTest>

using namespace Moulin;

// Pure logic of the connector runtime: reachability inference, the outbox's
// verdicts, the per-connector log categories, connector definitions.
class TestSyncUnit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reachabilityInfersOfflineAfterConsecutiveFailures()
    {
        DefaultReachability net({.failureThreshold = 3, .probeIntervalMs = 50, .useSystemBackend = false});
        QSignalSpy online(&net, &NetworkReachability::onlineChanged);
        QSignalSpy probes(&net, &NetworkReachability::probeRequested);
        QVERIFY(net.isOnline());
        QVERIFY(!net.hasSystemBackend());

        net.reportNetworkFailure();
        net.reportNetworkFailure();
        net.reportReachable(); // an answer in between: the count starts again
        net.reportNetworkFailure();
        net.reportNetworkFailure();
        QVERIFY(net.isOnline());
        QCOMPARE(online.count(), 0);
        net.reportNetworkFailure();
        QVERIFY(!net.isOnline());
        QVERIFY(net.inferredOffline());
        QCOMPARE(online.count(), 1);
        QCOMPARE(online.first().at(0).toBool(), false);

        // Offline by inference: probes come periodically.
        QTRY_VERIFY_WITH_TIMEOUT(probes.count() >= 2, 2000);
        net.reportNetworkFailure(); // a failed probe changes nothing
        QVERIFY(!net.isOnline());
        QCOMPARE(online.count(), 1);

        net.reportReachable();
        QVERIFY(net.isOnline());
        QCOMPARE(online.count(), 2);
        QCOMPARE(online.last().at(0).toBool(), true);
        const int probesWhenOnline = int(probes.count());
        QTest::qWait(150);
        QCOMPARE(probes.count(), probesWhenOnline); // no probing while online
    }

    void manualReachability()
    {
        ManualReachability net(false);
        QSignalSpy online(&net, &NetworkReachability::onlineChanged);
        QVERIFY(!net.isOnline());
        net.setOnline(false);
        QCOMPARE(online.count(), 0);
        net.setOnline(true);
        QCOMPARE(online.count(), 1);
        net.reportNetworkFailure();
        net.reportReachable();
        QCOMPARE(net.failures(), 1);
        QCOMPARE(net.reachableReports(), 1);
    }

    void outboxVerdict_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("verdict");
        const auto C = int(OutboxVerdict::Confirmed);
        const auto R = int(OutboxVerdict::Rejected);
        const auto T = int(OutboxVerdict::Retry);
        QTest::addRow("200") << 200 << int(HttpError::None) << C;
        QTest::addRow("201") << 201 << int(HttpError::None) << C;
        QTest::addRow("204") << 204 << int(HttpError::None) << C;
        QTest::addRow("2xx with a bad body") << 200 << int(HttpError::InvalidJson) << C;
        QTest::addRow("400") << 400 << int(HttpError::Http) << R;
        QTest::addRow("404") << 404 << int(HttpError::Http) << R;
        QTest::addRow("409") << 409 << int(HttpError::Http) << R;
        QTest::addRow("422") << 422 << int(HttpError::Http) << R;
        QTest::addRow("401 credentials") << 401 << int(HttpError::Http) << T;
        QTest::addRow("403 credentials") << 403 << int(HttpError::Http) << T;
        QTest::addRow("408") << 408 << int(HttpError::Http) << T;
        QTest::addRow("425") << 425 << int(HttpError::Http) << T;
        QTest::addRow("429") << 429 << int(HttpError::Http) << T;
        QTest::addRow("500") << 500 << int(HttpError::Http) << T;
        QTest::addRow("503") << 503 << int(HttpError::Http) << T;
        QTest::addRow("network") << 0 << int(HttpError::Network) << T;
        QTest::addRow("timeout") << 0 << int(HttpError::Timeout) << T;
        QTest::addRow("tls") << 0 << int(HttpError::Tls) << T;
        QTest::addRow("circuit open") << 0 << int(HttpError::CircuitOpen) << T;
        QTest::addRow("rate limited") << 429 << int(HttpError::RateLimited) << T;
        QTest::addRow("cancelled") << 0 << int(HttpError::Cancelled) << T;
        QTest::addRow("insecure url") << 0 << int(HttpError::InsecureUrl) << R;
    }

    void outboxVerdict()
    {
        QFETCH(int, status);
        QFETCH(int, error);
        QFETCH(int, verdict);
        HttpResponse response;
        response.status = status;
        response.error = static_cast<HttpError>(error);
        response.ok = response.error == HttpError::None;
        QCOMPARE(int(OutboxHandler::defaultVerdict(response)), verdict);
    }

    void idempotencyKeysAreUnique()
    {
        const QByteArray a = Outbox::newIdempotencyKey();
        const QByteArray b = Outbox::newIdempotencyKey();
        QCOMPARE(a.size(), 36);
        QVERIFY(a != b);
    }

    void connectorCategories()
    {
        const QLoggingCategory& a = connectorLog(QStringLiteral("lightspeed"));
        QCOMPARE(QByteArray(a.categoryName()), QByteArrayLiteral("moulin.connector.lightspeed"));
        QCOMPARE(&connectorLog(QStringLiteral("lightspeed")), &a); // one per connector
        QVERIFY(&connectorLog(QStringLiteral("brevo")) != &a);
        QVERIFY(a.isInfoEnabled());
        QVERIFY(a.isWarningEnabled());
        QVERIFY(!a.isDebugEnabled());
        QCOMPARE(connectorLogName({}), QByteArrayLiteral("moulin.connector"));

        // Logging rules reach the dynamically made categories.
        QLoggingCategory::setFilterRules(QStringLiteral("moulin.connector.brevo.info=false\n"
                                                        "moulin.connector.lightspeed.debug=true"));
        QVERIFY(!connectorLog(QStringLiteral("brevo")).isInfoEnabled());
        QVERIFY(a.isDebugEnabled());
        QVERIFY(!connectorLog(QStringLiteral("thefork")).isDebugEnabled()); // made after the rules
        QVERIFY(connectorLog(QStringLiteral("thefork")).isInfoEnabled());
        QLoggingCategory::setFilterRules(QString());
    }

    void definitionFromConfig()
    {
        ConnectorConfig config;
        config.connectorId = QStringLiteral("lightspeed");
        config.retryAttempts = 5;
        config.feeds = {{QStringLiteral("transactions"), true, 5},
                        {QStringLiteral("menu_items"), true, 60},
                        {QStringLiteral("promotions"), false, 120},
                        {QStringLiteral("unsupported"), true, 10}};
        auto adapter = std::make_shared<FunctionFeedAdapter>(
            [](const QString&) { return HttpRequest(); },
            [](const HttpResponse&, const QString&, QString*) {
                return std::optional<FunctionFeedAdapter::TypedPage>(FunctionFeedAdapter::TypedPage{});
            },
            [](QSqlDatabase&, const FunctionFeedAdapter::TypedPage&, QString*) { return true; });
        const ConnectorDefinition definition =
            ConnectorDefinition::fromConfig(config, [&](const QString& feed) -> std::shared_ptr<FeedAdapter> {
                if (feed == QLatin1String("unsupported"))
                    return nullptr;
                return adapter;
            });
        QCOMPARE(definition.id, QStringLiteral("lightspeed"));
        QCOMPARE(definition.profile.name, QStringLiteral("lightspeed"));
        QCOMPARE(definition.profile.retry.retryAttempts, 5);
        QCOMPARE(definition.feeds.size(), 3);
        QCOMPARE(definition.feeds.at(0).name, QStringLiteral("transactions"));
        QCOMPARE(definition.feeds.at(0).intervalMs, qint64(5 * 60000));
        QCOMPARE(definition.feeds.at(1).intervalMs, qint64(60 * 60000));
        QCOMPARE(definition.feeds.at(2).intervalMs, qint64(120 * 60000));
        QVERIFY(definition.feeds.at(0).enabled);
        QVERIFY(!definition.feeds.at(2).enabled);
        QCOMPARE(definition.feeds.at(1).adapter.get(), adapter.get());
    }
};

QTEST_GUILESS_MAIN(TestSyncUnit)
#include "tst_syncunit.moc"
