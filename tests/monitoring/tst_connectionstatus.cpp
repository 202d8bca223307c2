#include "common/core/apppaths.h"
#include "common/core/connectorsettings.h"
#include "common/core/database.h"
#include "monitoring/core/connectionstatus.h"
#include "pos/connectors/posconnectors.h"
#include "testsupport.h"

#include <QDir>
#include <QSqlQuery>
#include <QTest>

using namespace Moulin;

class TestConnectionStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { registerPosConnectors(); }

    void summaryCounts()
    {
        const QList<ConnectionStatus> statuses = {
            {QStringLiteral("a"), {}, {}, ConnectionState::Online, {}, {}, {}, {}},
            {QStringLiteral("b"), {}, {}, ConnectionState::Syncing, {}, {}, {}, {}},
            {QStringLiteral("c"), {}, {}, ConnectionState::Degraded, {}, {}, {}, {}},
            {QStringLiteral("d"), {}, {}, ConnectionState::Offline, {}, {}, {}, {}},
            {QStringLiteral("e"), {}, {}, ConnectionState::NotConfigured, {}, {}, {}, {}},
            {QStringLiteral("f"), {}, {}, ConnectionState::Idle, {}, {}, {}, {}},
        };
        const ConnectionSummary s = ConnectionSummary::from(statuses);
        QCOMPARE(s.configured, 5);
        QCOMPARE(s.waiting, 1);
        QCOMPARE(s.online, 2);
        QCOMPARE(s.syncing, 1);
        QCOMPARE(s.failing, 2);
    }

    void parsing()
    {
        QCOMPARE(breakerPositionFromString(QStringLiteral("half_open")), BreakerPosition::HalfOpen);
        QCOMPARE(breakerPositionFromString(QStringLiteral("HalfOpen")), BreakerPosition::HalfOpen);
        QCOMPARE(breakerPositionFromString(QStringLiteral("open")), BreakerPosition::Open);
        QCOMPARE(breakerPositionFromString(QStringLiteral("closed")), BreakerPosition::Closed);
        QCOMPARE(breakerPositionFromString(QStringLiteral("")), BreakerPosition::Unknown);
        for (ConnectionState s : {ConnectionState::Idle, ConnectionState::Syncing, ConnectionState::Online,
                                  ConnectionState::Degraded, ConnectionState::Offline})
            QCOMPARE(connectionStateFromString(connectionStateToString(s)), s);
    }

    void mergesSettingsAndDatabase()
    {
        const QString dir = Test::freshDataDir(QStringLiteral("connstatus"));
        AppPaths::setDataDir(dir);
        QVERIFY(Database::openAndMigrate(AppPaths::databasePath()).ok());
        QVERIFY(loadConnectionStatuses(Database::connection()).isEmpty());

        ConnectorConfig config;
        config.typeKey = QStringLiteral("pos_type");
        config.typeName = QStringLiteral("LightSpeed");
        config.connectorId = QStringLiteral("lightspeed");
        config.apiUrl = QUrl(QStringLiteral("https://api.lsk.lightspeed.app/"));
        config.storeId = QStringLiteral("12345");
        config.authMethod = QStringLiteral("oauth2");
        config.clientId = QStringLiteral("client");
        config.feeds = {{QStringLiteral("transactions"), true, 5}};
        QVERIFY(ConnectorSettings::save(config));

        QList<ConnectionStatus> statuses = loadConnectionStatuses(Database::connection());
        QCOMPARE(statuses.size(), 1);
        QCOMPARE(statuses.at(0).state, ConnectionState::Idle);
        QCOMPARE(statuses.at(0).kind, QStringLiteral("pos"));
        QVERIFY(!statuses.at(0).lastSyncAt.isValid());

        QSqlQuery q(Database::connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO connector_state VALUES ('lightspeed', 'degraded', 'open', "
                                      "'2026-11-20T10:15:00.000Z', "
                                      "'2026-11-20T09:15:00.000Z', 'HTTP 503 Service Unavailable')")));
        statuses = loadConnectionStatuses(Database::connection());
        QCOMPARE(statuses.at(0).state, ConnectionState::Degraded);
        QCOMPARE(statuses.at(0).breaker, BreakerPosition::Open);
        QCOMPARE(statuses.at(0).lastSyncAt, QDateTime(QDate(2026, 11, 20), QTime(10, 15), Qt::UTC));
        QCOMPARE(statuses.at(0).lastError, QStringLiteral("HTTP 503 Service Unavailable"));
        Database::closeConnection();
    }
};

QTEST_GUILESS_MAIN(TestConnectionStatus)
#include "tst_connectionstatus.moc"
