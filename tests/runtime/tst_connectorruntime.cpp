#include "common/core/apppaths.h"
#include "common/core/connectorcatalog.h"
#include "common/core/connectorsettings.h"
#include "common/core/credentialstore.h"
#include "common/core/database.h"
#include "common/net/httpclient.h"
#include "common/net/webhookverifier.h"
#include "common/runtime/connectormodule.h"
#include "common/runtime/connectorruntime.h"
#include "common/runtime/webhookreceiver.h"
#include "common/sync/outbox.h"
#include "common/sync/syncengine.h"
#include "sandbox/core/faultplan.h"
#include "sandbox/core/sandboxfeeds.h"
#include "sandbox/core/sandboxserver.h"
#include "syncsupport.h"
#include "testsupport.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace Moulin;

namespace {

/// A connector module as an area registers one: its catalogue entry and its
/// one feed, over the sandbox's generic records.
class TestRecordsModule final : public ConnectorModule
{
public:
    ConnectorType type() const override
    {
        return {QStringLiteral("test"),
                QStringLiteral("test_type"),
                QStringLiteral("TestRecords"),
                QStringLiteral("testrecords"),
                QStringLiteral("Test records"),
                {QStringLiteral("none")},
                QUrl(QStringLiteral("http://127.0.0.1/")),
                {{QStringLiteral("records"), 5}},
                400.0,
                50.0};
    }
    bool isImplemented() const override { return true; }
    std::shared_ptr<FeedAdapter> feed(const ConnectorConfig& config, const QString& name) const override
    {
        if (name != QLatin1String("records"))
            return nullptr;
        Test::RecordsAdapter::Options o;
        o.baseUrl = config.apiUrl;
        o.keyed = true;
        return std::make_shared<Test::RecordsAdapter>(o);
    }
    /// Declares a signed webhook, as a booking connector would.
    void attach(ConnectorRuntime& runtime, const ConnectorConfig&) const override
    {
        WebhookRoute route;
        route.connectorId = QStringLiteral("testrecords");
        route.path = QStringLiteral("/webhooks/testrecords");
        route.verification = WebhookRoute::Verification::MoulinSignature;
        route.secret = kWebhookSecret;
        route.handler = [](const WebhookDelivery& delivery) {
            deliveries().append(delivery.body);
            return WebhookReply{200, QJsonObject{{QStringLiteral("status"), QStringLiteral("accepted")}}};
        };
        runtime.webhooks()->addRoute(route);
    }

    static inline const QByteArray kWebhookSecret = Test::testSecret(QStringLiteral("webhook"));
    static QList<QByteArray>& deliveries()
    {
        static QList<QByteArray> list;
        return list;
    }
};

} // namespace

class TestConnectorRuntime : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_sandbox;
    SandboxFeeds* m_feeds = nullptr;

    static ConnectorConfig testConfig(const QUrl& apiUrl)
    {
        ConnectorConfig config;
        config.typeKey = QStringLiteral("test_type");
        config.typeName = QStringLiteral("TestRecords");
        config.connectorId = QStringLiteral("testrecords");
        config.apiUrl = apiUrl;
        config.storeId = QStringLiteral("1");
        config.authMethod = QStringLiteral("none");
        config.feeds = {{QStringLiteral("records"), true, 5}};
        config.retryAttempts = 0;
        return config;
    }

private Q_SLOTS:
    void initTestCase()
    {
        ConnectorModules::add(std::make_shared<TestRecordsModule>());
        m_sandbox = std::make_unique<SandboxServer>(7);
        m_feeds = SandboxFeeds::install(m_sandbox.get());
        m_feeds->setRecordCount(250);
        QVERIFY(m_sandbox->start());
    }

    void init()
    {
        AppPaths::setDataDir(Test::freshDataDir(QStringLiteral("runtime")));
        QVERIFY(Database::openAndMigrate(AppPaths::databasePath()).ok());
        QVERIFY(Test::RecordsAdapter::createTables(Database::connection()));
        m_sandbox->clearFaults();
    }

    void cleanup() { Database::closeConnection(); }

    void webhookRoutesOfModulesAreServed()
    {
        QVERIFY(ConnectorSettings::save(testConfig(m_sandbox->baseUrl())));
        CredentialStore credentials;
        {
            // Off by default: the route is declared, nothing listens.
            ConnectorRuntime runtime(&credentials);
            runtime.reload();
            QCOMPARE(runtime.webhooks()->routePaths(), QStringList{QStringLiteral("/webhooks/testrecords")});
            QVERIFY(!runtime.webhooks()->isListening());
        }
        {
            // A wrong value is reported, naming the key, and nothing listens.
            AppPaths::settings()->setValue(QStringLiteral("webhooks/port"), QStringLiteral("huit"));
            ConnectorRuntime runtime(&credentials);
            runtime.reload();
            QVERIFY(!runtime.webhooks()->isListening());
            QVERIFY2(runtime.webhookError().contains(QStringLiteral("webhooks/port")),
                     qPrintable(runtime.webhookError()));
        }
        WebhookReceiverSettings on;
        on.enabled = true;
        on.port = 0;
        on.save(*AppPaths::settings());
        ConnectorRuntime runtime(&credentials);
        runtime.reload();
        QVERIFY2(runtime.webhooks()->isListening(), qPrintable(runtime.webhookError()));

        TestRecordsModule::deliveries().clear();
        const QByteArray body = R"({"event_id":"e-1","reservation_id":"R-42"})";
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/webhooks/testrecords")
                                         .arg(runtime.webhooks()->serverPort())));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader(WebhookVerifier::kHeaderName,
                             WebhookVerifier::signatureHeader(TestRecordsModule::kWebhookSecret,
                                                              QDateTime::currentSecsSinceEpoch(), body));
        QNetworkReply* reply = nam.post(request, body);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(TestRecordsModule::deliveries(), QList<QByteArray>{body});
        reply->deleteLater();
        AppPaths::settings()->remove(QStringLiteral("webhooks"));
    }

    void syncNowStoresAndReports()
    {
        QVERIFY(ConnectorSettings::save(testConfig(m_sandbox->baseUrl())));
        CredentialStore credentials;
        ConnectorRuntime runtime(&credentials);
        QSignalSpy finished(&runtime, &ConnectorRuntime::feedFinished);
        QSignalSpy status(&runtime, &ConnectorRuntime::statusChanged);
        runtime.reload();
        QCOMPARE(runtime.connectors(), QStringList{QStringLiteral("testrecords")});
        QVERIFY(runtime.unimplemented().isEmpty());
        // The catalogue's rate limit reaches the connector's HTTP profile.
        QVERIFY(runtime.outbox()->httpClient()->hasProfile(QStringLiteral("testrecords")));
        QCOMPARE(runtime.outbox()->httpClient()->profile(QStringLiteral("testrecords")).ratePerSecond, 400.0);
        QCOMPARE(runtime.outbox()->httpClient()->profile(QStringLiteral("testrecords")).rateBurst, 50.0);

        QCOMPARE(runtime.syncNow(), 1);
        QVERIFY(finished.wait(10000));
        const auto summary = finished.at(0).at(0).value<FeedRunSummary>();
        QVERIFY2(summary.ok, qPrintable(summary.error));
        QCOMPARE(summary.connector, QStringLiteral("testrecords"));
        QCOMPARE(summary.feed, QStringLiteral("records"));
        QCOMPARE(summary.records, 250);
        QVERIFY(status.size() >= 2);
        QCOMPARE(Test::scalar(QStringLiteral("SELECT count(*) FROM test_records_keyed")).toLongLong(), 250);
        QTRY_COMPARE(Test::scalar(QStringLiteral(
                                      "SELECT count(*) FROM connector_state WHERE connector = 'testrecords' "
                                      "AND last_success_at IS NOT NULL"))
                         .toLongLong(),
                     1);

        // A second run finds nothing new and duplicates nothing.
        QCOMPARE(runtime.syncNow(QStringLiteral("testrecords")), 1);
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.at(1).at(0).value<FeedRunSummary>().ok);
        QCOMPARE(Test::scalar(QStringLiteral("SELECT count(*) FROM test_records_keyed")).toLongLong(), 250);
    }

    void failureIsReportedAndNothingLost()
    {
        QVERIFY(ConnectorSettings::save(testConfig(m_sandbox->baseUrl())));
        CredentialStore credentials;
        ConnectorRuntime runtime(&credentials);
        runtime.reload();
        QSignalSpy finished(&runtime, &ConnectorRuntime::feedFinished);
        runtime.syncNow();
        QVERIFY(finished.wait(10000));
        QCOMPARE(Test::scalar(QStringLiteral("SELECT count(*) FROM test_records_keyed")).toLongLong(), 250);

        FaultPlan plan;
        plan.pathPrefix = QStringLiteral("/_sandbox/records");
        plan.errorRate = 1.0;
        plan.errorStatus = 503;
        m_sandbox->setFaultPlan(plan);
        runtime.syncNow();
        QVERIFY(finished.wait(10000));
        const auto summary = finished.at(1).at(0).value<FeedRunSummary>();
        QVERIFY(!summary.ok);
        QVERIFY(!summary.error.isEmpty());
        QCOMPARE(Test::scalar(QStringLiteral("SELECT count(*) FROM test_records_keyed")).toLongLong(), 250);
        QTRY_VERIFY(Test::scalar(
                        QStringLiteral("SELECT count(*) FROM connector_state WHERE connector = 'testrecords' "
                                       "AND last_error IS NOT NULL AND last_error <> ''"))
                        .toLongLong() == 1);
    }

    void unimplementedConnectorsAreListed()
    {
        ConnectorConfig metro = testConfig(QUrl(QStringLiteral("https://api.metro.fr/")));
        metro.typeKey = QStringLiteral("supplier_type");
        metro.typeName = QStringLiteral("Metro");
        metro.connectorId = QStringLiteral("metro");
        metro.authMethod = QStringLiteral("none");
        metro.feeds = {};
        QVERIFY(ConnectorSettings::save(metro));
        CredentialStore credentials;
        ConnectorRuntime runtime(&credentials);
        runtime.reload();
        QCOMPARE(runtime.unimplemented(), QStringList{QStringLiteral("metro")});
        QVERIFY(!runtime.connectors().contains(QStringLiteral("metro")));
        QCOMPARE(runtime.syncNow(QStringLiteral("metro")), 0);
    }
};

QTEST_GUILESS_MAIN(TestConnectorRuntime)
#include "tst_connectorruntime.moc"
