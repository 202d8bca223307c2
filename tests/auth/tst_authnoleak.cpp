// No client secret, API key, authorization code or token reaches a file:
// the whole authentication repertoire runs with the log file installed (the
// app's redactor, every debug category on), the operation log writing to
// SQLite and the connector saved in the settings; then every file under the
// data dir and the XDG homes is searched for the test-secret marker, which
// every secret and every token the sandbox issues carries.
#include "authtestsupport.h"
#include "common/core/apppaths.h"
#include "common/core/connectorconfig.h"
#include "common/core/connectorsettings.h"
#include "common/core/database.h"
#include "common/core/logfile.h"
#include "common/net/redaction.h"
#include "common/runtime/connectormodule.h"
#include "common/sync/operationlog.h"
#include "connectorsupport.h"
#include "secretfiles.h"
#include "testsupport.h"

#include <QLoggingCategory>
#include <QSettings>
#include <QTest>

using namespace Moulin;
using namespace Moulin::Test;

class TestAuthNoLeak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Test::registerAllConnectors();
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/support/with-keyring.sh");
        AppPaths::setDataDir(freshDataDir(QStringLiteral("auth-noleak")));
        LogFile::install(AppPaths::logDir(), [](const QString& line) { return Redact::text(line); });
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        QVERIFY(Database::openAndMigrate(AppPaths::databasePath()).ok());
    }

    void cleanupTestCase()
    {
        QLoggingCategory::setFilterRules(QString());
        LogFile::uninstall();
        Database::closeConnection();
    }

    void nothingSecretReachesAFile()
    {
        SandboxServer sandbox(9);
        QVERIFY(sandbox.start(0));
        SandboxOAuth* oauth = SandboxOAuth::of(&sandbox);
        ManualClock clock;
        oauth->setClock([&clock] { return clock.nowMs(); });
        oauth->setTokenPrefix(testSecret(QStringLiteral("leak")) + '-');
        SandboxOAuth::Client ls;
        ls.clientId = QStringLiteral("ls-leak");
        ls.secret = testSecret(QStringLiteral("ls-leak-secret"));
        ls.requirePkce = true;
        ls.accessTokenLifetimeSecs = 600;
        oauth->setClient(ls);
        SandboxOAuth::Client fork;
        fork.clientId = QStringLiteral("fork-leak");
        fork.secret = testSecret(QStringLiteral("fork-leak-secret"));
        oauth->setClient(fork);

        CredentialStore credentials;
        HttpClient http;
        OperationLog operations;
        operations.attach(&http);

        // The connector as the settings dialog saves it (with its secret in
        // the struct, which ConnectorSettings must not write).
        ConnectorConfig config;
        config.typeKey = QStringLiteral("pos_type");
        config.typeName = QStringLiteral("LightSpeed");
        config.connectorId = QStringLiteral("lightspeed");
        config.authMethod = QStringLiteral("oauth2");
        config.clientId = ls.clientId;
        config.clientSecret = ls.secret;
        config.apiUrl = sandbox.baseUrl();
        QVERIFY(ConnectorSettings::save(config));
        QVERIFY(saveSecret(credentials, config.connectorId, ls.secret).ok());

        auto auth =
            std::make_unique<Authenticator>(ConnectorModules::authProfile(config), &http, &credentials);
        auth->setClock(&clock);
        new FakeBrowser(auth.get());
        AuthorizedHttp authorized(&http, auth.get());
        const HttpRequest resource =
            HttpRequest::getJson(sandboxUrl(sandbox, QStringLiteral("/_sandbox/protected")));

        // Sign-in, use, refresh ahead of expiry, refresh on 401, refused refresh.
        QString message;
        QVERIFY2(signIn(*auth, &message), qPrintable(message));
        QVERIFY(send(authorized, resource).ok);
        clock.advanceMs(590 * 1000);
        QVERIFY(send(authorized, resource).ok);
        oauth->revokeAccessTokens(ls.clientId);
        QVERIFY(send(authorized, resource).ok);
        oauth->revokeRefreshTokens(ls.clientId);
        QVERIFY(!send(authorized, resource).ok);
        QCOMPARE(auth->state(), Authenticator::State::NeedsAuthorization);
        QVERIFY(!auth->tokenStore()->isBusy() ||
                QTest::qWaitFor([&] { return !auth->tokenStore()->isBusy(); }));

        // Client credentials with a wrong secret, then the right one.
        ConnectorConfig forkConfig;
        forkConfig.connectorId = QStringLiteral("thefork");
        forkConfig.authMethod = QStringLiteral("oauth2");
        forkConfig.clientId = fork.clientId;
        forkConfig.apiUrl = sandbox.baseUrl();
        QVERIFY(
            saveSecret(credentials, forkConfig.connectorId, testSecret(QStringLiteral("fork-wrong"))).ok());
        Authenticator forkAuth(ConnectorModules::authProfile(forkConfig), &http, &credentials);
        AuthorizedHttp forkHttp(&http, &forkAuth);
        QVERIFY(!send(forkHttp, resource).ok);
        QVERIFY(saveSecret(credentials, forkConfig.connectorId, fork.secret).ok());
        forkAuth.reloadCredentials();
        QVERIFY(send(forkHttp, resource).ok);

        // An API key, accepted by the echo and refused by the resource.
        ConnectorConfig brevo;
        brevo.connectorId = QStringLiteral("brevo");
        brevo.authMethod = QStringLiteral("api_key");
        brevo.apiUrl = sandbox.baseUrl();
        QVERIFY(saveSecret(credentials, brevo.connectorId, testSecret(QStringLiteral("brevo-key"))).ok());
        Authenticator keyAuth(ConnectorModules::authProfile(brevo), &http, &credentials);
        AuthorizedHttp keyHttp(&http, &keyAuth);
        QVERIFY(
            send(keyHttp, HttpRequest::getJson(sandboxUrl(sandbox, QStringLiteral("/_sandbox/echo")))).ok);
        QVERIFY(!send(keyHttp, resource).ok);

        QVERIFY(QTest::qWaitFor([&] { return !forkAuth.tokenStore()->isBusy(); }));
        auth.reset();
        QCOMPARE(await(operations.flush()) >= 0, true);
        LogFile::flush();

        // Something was written, so the scan below means something.
        const QByteArray log = readFile(LogFile::currentPath());
        QVERIFY(log.contains("moulin.auth"));
        QVERIFY(log.contains("lightspeed.oauth"));
        QVERIFY(
            scalar(QStringLiteral("SELECT COUNT(*) FROM operation_log WHERE connector = 'lightspeed.oauth'"))
                .toInt() >= 4);
        QVERIFY(readFile(AppPaths::settings()->fileName()).contains("ls-leak"));

        const QStringList leaks = filesContaining(writableRoots(), QByteArray(kSecretMarker));
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestAuthNoLeak)
#include "tst_authnoleak.moc"
