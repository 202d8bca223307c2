// The whole sign-in path as the user takes it: Intégrations ▸ Se connecter…
// opens the browser (played here), the loopback redirect brings the code
// back, tokens go to the keychain, and the connector syncs.
#include "common/auth/authenticator.h"
#include "common/core/apppaths.h"
#include "common/core/connectorsettings.h"
#include "common/core/credentialstore.h"
#include "common/core/database.h"
#include "common/runtime/connectorruntime.h"
#include "keychainsupport.h"
#include "mainwindow.h"
#include "monitoring/core/connectionmetrics.h"
#include "monitoring/ui/integrationstab.h"
#include "moulinapplication.h"
#include "pos/connectors/lightspeed/sandboxlightspeed.h"
#include "sandbox/core/sandboxoauth.h"
#include "sandbox/core/sandboxserver.h"
#include "testsupport.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace Moulin;

class TestAppSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signInThenSync()
    {
        SandboxServer sandbox(9);
        SandboxLightspeed::of(&sandbox)->setRequireAuthorization(true);
        const QByteArray secret = Test::testSecret(QStringLiteral("app-signin"));
        SandboxOAuth::Client client;
        client.clientId = QStringLiteral("moulin-signin");
        client.secret = secret;
        client.requirePkce = true;
        SandboxOAuth::of(&sandbox)->setClient(client);
        QVERIFY(sandbox.start());

        const QString dir = Test::freshDataDir(QStringLiteral("app-signin"));
        AppPaths::setDataDir(dir);
        ConnectorConfig pos;
        pos.typeKey = QStringLiteral("pos_type");
        pos.typeName = QStringLiteral("LightSpeed");
        pos.connectorId = QStringLiteral("lightspeed");
        pos.apiUrl = sandbox.baseUrl();
        pos.storeId = SandboxLightspeed::businessLocationId();
        pos.authMethod = QStringLiteral("oauth2");
        pos.clientId = client.clientId;
        pos.feeds = {{QStringLiteral("transactions"), true, 5},
                     {QStringLiteral("menu_items"), false, 60},
                     {QStringLiteral("promotions"), false, 120}};
        QVERIFY(ConnectorSettings::save(pos));
        AppPaths::settings()->setValue(QStringLiteral("pos/backfill_days"), 2);
        {
            CredentialStore store;
            const CredentialStore::Outcome saved =
                Test::saveSecret(store, QStringLiteral("lightspeed"), secret);
            QVERIFY2(saved.ok(), qPrintable(saved.message));
        }

        CommandLineOptions o;
        o.language = QStringLiteral("en");
        o.dataDir = dir;
        MoulinApplication app(o);
        QVERIFY(app.start(false));
        QVERIFY(!app.isDemo());
        ConnectorRuntime* runtime = app.runtime();
        QVERIFY(runtime->authenticator(QStringLiteral("lightspeed")));

        // Before the first sign-in nothing was refused: the alert invites to
        // sign in instead of saying the provider refused the credentials.
        IntegrationsTab* integrations = app.mainWindow()->integrationsTab();
        auto signInAlert = [integrations] {
            integrations->refreshNow();
            for (const ConnectionAlert& alert : integrations->alerts()) {
                if (alert.kind == ConnectionAlert::Kind::SignInNeeded)
                    return alert.message;
            }
            return QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!signInAlert().isEmpty(), 10000);
        QVERIFY2(signInAlert().contains(QStringLiteral("not signed in yet")), qPrintable(signInAlert()));
        QVERIFY2(!signInAlert().contains(QStringLiteral("refused")), qPrintable(signInAlert()));

        // The user's browser.
        QNetworkAccessManager browser;
        connect(runtime, &ConnectorRuntime::authorizeWithBrowser, this, [&browser](const QUrl& url) {
            QNetworkRequest request(url);
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                 QNetworkRequest::NoLessSafeRedirectPolicy);
            QNetworkReply* reply = browser.get(request);
            connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        });
        QSignalSpy finished(runtime, &ConnectorRuntime::feedFinished);
        QVERIFY(runtime->authorize(QStringLiteral("lightspeed")));

        auto syncedOk = [&finished] {
            for (const auto& args : std::as_const(finished)) {
                const auto s = args.at(0).value<FeedRunSummary>();
                if (s.ok && s.feed == QLatin1String("transactions") && s.records > 0)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(syncedOk(), 30000);
        QVERIFY(Test::scalar(QStringLiteral("SELECT count(*) FROM pos_receipt")).toInt() > 100);

        // The provider revokes the access token before it expires: the next
        // sync gets a 401, renews the token once (refresh token) and runs
        // again; the user sees a successful sync, no error.
        Authenticator* auth = runtime->authenticator(QStringLiteral("lightspeed"));
        const quint64 generation = auth->credentialGeneration();
        SandboxOAuth::of(&sandbox)->revokeAccessTokens();
        finished.clear();
        QSignalSpy messages(runtime, &ConnectorRuntime::message);
        QVERIFY(runtime->syncNow(QStringLiteral("lightspeed")) > 0);
        auto transactionsRuns = [&finished] {
            QList<FeedRunSummary> runs;
            for (const auto& args : std::as_const(finished)) {
                const auto s = args.at(0).value<FeedRunSummary>();
                if (s.feed == QLatin1String("transactions"))
                    runs << s;
            }
            return runs;
        };
        QTRY_VERIFY_WITH_TIMEOUT(!transactionsRuns().isEmpty(), 30000);
        QVERIFY2(transactionsRuns().first().ok, qPrintable(transactionsRuns().first().error));
        QCOMPARE(transactionsRuns().size(), 1);
        QVERIFY(auth->credentialGeneration() != generation);
        QCOMPARE(auth->state(), Authenticator::State::Authorized);
        QVERIFY(messages.isEmpty());

        // The refresh token is revoked too (access withdrawn on the POS's
        // side): one renewal is tried, refused, and the user is told to sign
        // in again; no loop.
        SandboxOAuth::of(&sandbox)->revokeRefreshTokens();
        SandboxOAuth::of(&sandbox)->revokeAccessTokens();
        finished.clear();
        QVERIFY(runtime->syncNow(QStringLiteral("lightspeed")) > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!transactionsRuns().isEmpty(), 30000);
        QVERIFY(!transactionsRuns().first().ok);
        QCOMPARE(auth->state(), Authenticator::State::NeedsAuthorization);
        QVERIFY(!messages.isEmpty());
        QTest::qWait(500);
        QCOMPARE(transactionsRuns().size(), 1);
        // This time the provider did refuse: the alert says so.
        QTRY_VERIFY_WITH_TIMEOUT(signInAlert().contains(QStringLiteral("refused")), 10000);
    }
};

QTEST_MAIN(TestAppSignIn)
#include "tst_appsignin.moc"
