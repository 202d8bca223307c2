// The provider presets of ConnectorModules::authProfile(): flows, token URLs
// (the provider's, or the sandbox's on loopback), client authentication and
// API-key headers.
#include "common/auth/authprofile.h"
#include "common/core/connectorconfig.h"
#include "common/runtime/connectormodule.h"
#include "connectorsupport.h"

#include <QTest>

using namespace Moulin;
using Method = AuthProfile::Method;
using ClientAuthentication = AuthProfile::ClientAuthentication;

namespace {

ConnectorConfig config(const QString& id, const QString& authMethod, const QString& apiUrl)
{
    ConnectorConfig c;
    c.connectorId = id;
    c.typeName = id;
    c.authMethod = authMethod;
    c.clientId = QStringLiteral("client-") + id;
    c.apiUrl = QUrl(apiUrl);
    return c;
}

} // namespace

class TestAuthProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Test::registerAllConnectors(); }

    void lightspeed()
    {
        const AuthProfile p =
            ConnectorModules::authProfile(config(QStringLiteral("lightspeed"), QStringLiteral("oauth2"),
                                                 QStringLiteral("https://api.trial.lsk.lightspeed.app/")));
        QCOMPARE(p.method, Method::AuthorizationCode);
        QCOMPARE(p.clientAuthentication, ClientAuthentication::Basic);
        QVERIFY(p.usePkce);
        QCOMPARE(p.clientId, QStringLiteral("client-lightspeed"));
        QCOMPARE(p.authorizationUrl,
                 QUrl(QStringLiteral("https://api.trial.lsk.lightspeed.app/oauth/authorize")));
        QCOMPARE(p.tokenUrl, QUrl(QStringLiteral("https://api.trial.lsk.lightspeed.app/oauth/token")));
        QVERIFY(p.scope.split(QLatin1Char(' ')).contains(QStringLiteral("financial-api")));
    }

    void clientCredentialsProviders_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("apiUrl");
        QTest::addColumn<QUrl>("tokenUrl");
        QTest::addColumn<bool>("basic");
        QTest::addColumn<bool>("grantInQuery");
        QTest::addColumn<QString>("audience");
        const QString fork = QStringLiteral("https://api.thefork.io");
        QTest::newRow("TheFork") << "thefork"
                                 << "https://api.thefork.io/manager/v1/"
                                 << QUrl(QStringLiteral("https://auth.thefork.io/oauth/token")) << false
                                 << false << fork;
        QTest::newRow("TheFork on the sandbox")
            << "thefork"
            << "http://127.0.0.1:4242/manager/v1/"
            << QUrl(QStringLiteral("http://127.0.0.1:4242/oauth/token")) << false << false << fork;
        QTest::newRow("OpenTable") << "opentable"
                                   << "https://platform.opentable.com/"
                                   << QUrl(QStringLiteral("https://oauth.opentable.com/api/v2/oauth/token"))
                                   << true << true << QString();
        QTest::newRow("OpenTable on the sandbox")
            << "opentable"
            << "http://localhost:4243/" << QUrl(QStringLiteral("http://localhost:4243/api/v2/oauth/token"))
            << true << true << QString();
    }

    void clientCredentialsProviders()
    {
        QFETCH(QString, id);
        QFETCH(QString, apiUrl);
        QFETCH(QUrl, tokenUrl);
        QFETCH(bool, basic);
        QFETCH(bool, grantInQuery);
        QFETCH(QString, audience);
        const AuthProfile p = ConnectorModules::authProfile(config(id, QStringLiteral("oauth2"), apiUrl));
        QCOMPARE(p.method, Method::ClientCredentials);
        QCOMPARE(p.tokenUrl, tokenUrl);
        QCOMPARE(p.clientAuthentication, basic ? ClientAuthentication::Basic : ClientAuthentication::Form);
        QCOMPARE(p.grantTypeInQuery, grantInQuery);
        QCOMPARE(p.audience, audience);
    }

    void apiKeys_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("prefix");
        QTest::addColumn<QByteArray>("suffix");
        QTest::newRow("Brevo") << "brevo" << QByteArray("api-key") << QByteArray() << QByteArray();
        QTest::newRow("Resy") << "resy" << QByteArray("Authorization") << QByteArray("ResyAPI api_key=\"")
                              << QByteArray("\"");
        QTest::newRow("supplier") << "metro" << QByteArray("X-Api-Key") << QByteArray() << QByteArray();
    }

    void apiKeys()
    {
        QFETCH(QString, id);
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, prefix);
        QFETCH(QByteArray, suffix);
        const AuthProfile p = ConnectorModules::authProfile(
            config(id, QStringLiteral("api_key"), QStringLiteral("https://example.com/")));
        QCOMPARE(p.method, Method::ApiKey);
        QCOMPARE(p.apiKeyHeader, header);
        QCOMPARE(p.apiKeyPrefix, prefix);
        QCOMPARE(p.apiKeySuffix, suffix);
        QVERIFY(!p.isOAuth());
    }

    void signedOrNone()
    {
        for (const QString& method :
             {QStringLiteral("hmac"), QStringLiteral("webhook_hmac"), QStringLiteral("none")}) {
            const AuthProfile p = ConnectorModules::authProfile(
                config(QStringLiteral("metro"), method, QStringLiteral("https://example.com/")));
            QCOMPARE(p.method, Method::None);
        }
    }
};

QTEST_GUILESS_MAIN(TestAuthProfile)
#include "tst_authprofile.moc"
