// `moulin --sign-in lightspeed` on a computer without a screen: the real
// binary, without a display, against the in-process sandbox's OAuth server.
// The test plays the user's browser: it reads the address the binary prints
// and opens it, the sandbox redirects to the binary's loopback port, and the
// tokens land in the keychain (the test's own gnome-keyring), where a later
// `--sync-now` finds them.
#include "common/auth/tokenstore.h"
#include "common/core/apppaths.h"
#include "common/core/connectorsettings.h"
#include "common/core/credentialstore.h"
#include "keychainsupport.h"
#include "pos/connectors/lightspeed/sandboxlightspeed.h"
#include "programsupport.h"
#include "sandbox/core/sandboxoauth.h"
#include "sandbox/core/sandboxserver.h"
#include "testsupport.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Moulin;

namespace {
const QString kClientId = QStringLiteral("moulin-headless");
const QString kId = QStringLiteral("lightspeed");
} // namespace

class TestAppHeadlessSignIn : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
        QUrl opened;        ///< the address the browser was given (empty: none)
        int pageStatus = 0; ///< what the loopback handler answered the browser
    };

    enum class Browser
    {
        None,  ///< nobody opens the address
        Opens, ///< the user opens it as soon as it is printed
    };

    std::unique_ptr<SandboxServer> m_sandbox;
    CredentialStore* m_credentials = nullptr;
    QString m_dir;
    const QByteArray m_secret = Test::testSecret(QStringLiteral("headless-signin"));

    SandboxOAuth* oauth() const { return SandboxOAuth::of(m_sandbox.get()); }

    /// Runs the binary while this process keeps serving the sandbox.
    Run moulin(const QStringList& args, Browser browser = Browser::None,
               const QProcessEnvironment& extra = QProcessEnvironment())
    {
        QProcess p;
        QProcessEnvironment env = Test::headlessEnvironment(); // and no real browser opens
        for (const QString& key : extra.keys())
            env.insert(key, extra.value(key));
        p.setProcessEnvironment(env);

        Run run;
        QByteArray out;
        QNetworkAccessManager nam;
        connect(&p, &QProcess::readyReadStandardOutput, this, [&] {
            out += p.readAllStandardOutput();
            if (browser != Browser::Opens || !run.opened.isEmpty())
                return;
            for (const QByteArray& line : out.split('\n')) {
                if (!line.startsWith("http://") && !line.startsWith("https://"))
                    continue;
                run.opened = QUrl::fromEncoded(line.trimmed());
                QNetworkRequest request(run.opened);
                request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                     QNetworkRequest::NoLessSafeRedirectPolicy);
                QNetworkReply* reply = nam.get(request);
                connect(reply, &QNetworkReply::finished, this, [&run, reply] {
                    run.pageStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                    reply->deleteLater();
                });
                break;
            }
        });
        p.start(QStringLiteral(MOULIN_BINARY), args);
        if (!p.waitForStarted(10000))
            qFatal("moulin did not start");
        if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 90000)) {
            p.kill();
            p.waitForFinished();
            qFatal("moulin did not finish");
        }
        out += p.readAllStandardOutput();
        QTest::qWait(50); // let the browser's reply finish
        run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        run.out = QString::fromUtf8(out);
        run.err = QString::fromUtf8(p.readAllStandardError());
        return run;
    }

    QStringList signInArgs(const QStringList& more = {}) const
    {
        return QStringList{QStringLiteral("--sign-in"),  kId,  QStringLiteral("--lang"), QStringLiteral("en"),
                           QStringLiteral("--data-dir"), m_dir} +
               more;
    }

    CredentialStore::Outcome storedTokens()
    {
        return Test::readEntry(*m_credentials, kId, TokenStore::tokensKey());
    }

    void setDenied(bool denied)
    {
        SandboxOAuth::Client client = *oauth()->client(kClientId);
        client.denyAuthorization = denied;
        oauth()->setClient(client);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/support/with-keyring.sh");
        m_credentials = new CredentialStore(this);

        m_sandbox = std::make_unique<SandboxServer>(8);
        SandboxLightspeed::of(m_sandbox.get())->setRequireAuthorization(true);
        SandboxOAuth::Client client;
        client.clientId = kClientId;
        client.secret = m_secret;
        client.requirePkce = true;
        oauth()->setClient(client);
        oauth()->setTokenPrefix(Test::testSecret(QStringLiteral("issued-headless")) + '-');
        QVERIFY(m_sandbox->start());

        m_dir = Test::freshDataDir(QStringLiteral("app-headless-signin"));
        AppPaths::setDataDir(m_dir);
        ConnectorConfig pos;
        pos.typeKey = QStringLiteral("pos_type");
        pos.typeName = QStringLiteral("LightSpeed");
        pos.connectorId = kId;
        pos.apiUrl = m_sandbox->baseUrl();
        pos.storeId = SandboxLightspeed::businessLocationId();
        pos.authMethod = QStringLiteral("oauth2");
        pos.clientId = kClientId;
        pos.feeds = {{QStringLiteral("transactions"), true, 5},
                     {QStringLiteral("menu_items"), true, 60},
                     {QStringLiteral("promotions"), true, 120}};
        QVERIFY(ConnectorSettings::save(pos));
        AppPaths::settings()->setValue(QStringLiteral("pos/backfill_days"), 2);
        const CredentialStore::Outcome saved = Test::saveSecret(*m_credentials, kId, m_secret);
        QVERIFY2(saved.ok(), qPrintable(saved.message));
    }

    void init()
    {
        QVERIFY(Test::removeEntry(*m_credentials, kId, TokenStore::tokensKey()).ok());
        QVERIFY(Test::removeEntry(*m_credentials, kId, TokenStore::pendingKey()).ok());
        setDenied(false);
    }

    void syncBeforeSignInSaysHowToSignIn()
    {
        const Run r =
            moulin({QStringLiteral("--sync-now"), QStringLiteral("--connector"), kId,
                    QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data-dir"), m_dir});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("lightspeed/transactions: FAILED")), qPrintable(r.out));
        // Never signed in: nothing was refused, and the way out is named.
        QVERIFY2(
            r.out.contains(QStringLiteral("lightspeed: not signed in yet — run moulin --sign-in lightspeed")),
            qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("refused")), qPrintable(r.out));
        QCOMPARE(oauth()->tokensIssued(), 0);
    }

    void refusedSignIn()
    {
        setDenied(true); // the user says no on the provider's page
        const Run r = moulin(signInArgs({QStringLiteral("--timeout"), QStringLiteral("60")}), Browser::Opens);
        QVERIFY2(!r.opened.isEmpty(), qPrintable(r.out));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("refused")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("moulin --sign-in lightspeed")), qPrintable(r.err));
        QVERIFY(!r.out.contains(QStringLiteral("Signed in")));
        QCOMPARE(storedTokens().status, CredentialStore::Status::NotFound);
        QCOMPARE(oauth()->tokensIssued(), 0);
    }

    void timesOut()
    {
        const Run r = moulin(signInArgs({QStringLiteral("--timeout"), QStringLiteral("1")}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("/oauth/authorize")), qPrintable(r.out)); // printed anyway
        QVERIFY2(r.err.contains(QStringLiteral("No answer within 1 second")), qPrintable(r.err));
        QCOMPARE(storedTokens().status, CredentialStore::Status::NotFound);
    }

    void signInStoresTokensInTheKeychain()
    {
        const Run r = moulin(signInArgs({QStringLiteral("--no-browser")}), Browser::Opens);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Signed in to Lightspeed")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("keychain")), qPrintable(r.out));

        // The address printed: the sandbox's authorization endpoint, PKCE,
        // and a redirect to the binary's loopback port.
        QCOMPARE(r.opened.path(), QStringLiteral("/oauth/authorize"));
        const QUrlQuery query(r.opened);
        QCOMPARE(query.queryItemValue(QStringLiteral("client_id")), kClientId);
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        const QUrl redirect(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
        QVERIFY2(r.out.contains(QStringLiteral("ssh -L %1:127.0.0.1:%1").arg(redirect.port())),
                 qPrintable(r.out));
        QCOMPARE(r.pageStatus, 200); // the browser got the "you can close this tab" page

        // In the keychain, and usable.
        const CredentialStore::Outcome read = storedTokens();
        QVERIFY2(read.ok(), qPrintable(read.message));
        const std::optional<OAuthTokens> tokens = OAuthTokens::fromJson(read.secret);
        QVERIFY(tokens.has_value());
        QVERIFY(oauth()->isAccessTokenValid(tokens->accessToken));
        QVERIFY(oauth()->isRefreshTokenValid(tokens->refreshToken));
        QCOMPARE(oauth()->tokensIssued(QStringLiteral("authorization_code")), 1);
        QCOMPARE(Test::readEntry(*m_credentials, kId, TokenStore::pendingKey()).status,
                 CredentialStore::Status::NotFound);

        // The next scheduled job (another process) syncs with them.
        const Run sync =
            moulin({QStringLiteral("--sync-now"), QStringLiteral("--connector"), kId,
                    QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data-dir"), m_dir});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.out + sync.err));
        // Every feed, the reference lists in their documented envelopes too.
        for (const char* feed : {"transactions", "menu_items", "promotions"})
            QVERIFY2(sync.out.contains(QStringLiteral("lightspeed/%1: OK").arg(QLatin1String(feed))),
                     qPrintable(sync.out));
        QVERIFY(!sync.out.contains(QStringLiteral("--sign-in")));
    }

    void importConfigThenSignIn()
    {
        // A computer without a screen cannot use File ▸ Import…: the
        // configuration comes with the sign-in. The file holds the client
        // secret, so it stays outside the scanned test root.
        QTemporaryDir input;
        QByteArray json = Test::seedConfig();
        json.replace("https://api.lightspeed.com/v1/", m_sandbox->baseUrl().toString().toUtf8());
        json.replace("12345", SandboxLightspeed::businessLocationId().toUtf8());
        json.replace("YOUR_CLIENT_ID", kClientId.toUtf8());
        json.replace("YOUR_CLIENT_SECRET", m_secret);
        const QString path = QDir(input.path()).filePath(QStringLiteral("pos.json"));
        QVERIFY(Test::writeFile(path, json));

        const QString dir = Test::freshDataDir(QStringLiteral("app-headless-signin-import"));
        const Run r = moulin({QStringLiteral("--import-config"), path, QStringLiteral("--sign-in"), kId,
                              QStringLiteral("--no-browser"), QStringLiteral("--lang"), QStringLiteral("en"),
                              QStringLiteral("--data-dir"), dir},
                             Browser::Opens);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Configuration imported: lightspeed")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Signed in to Lightspeed")), qPrintable(r.out));
        QVERIFY(storedTokens().ok());

        // A broken file: nothing imported, no sign-in started.
        QVERIFY(Test::writeFile(path, "{ \"pos_type\": "));
        const Run bad = moulin({QStringLiteral("--import-config"), path, QStringLiteral("--sign-in"), kId,
                                QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data-dir"),
                                Test::freshDataDir(QStringLiteral("app-headless-signin-badimport"))},
                               Browser::Opens);
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("pos.json was not imported")), qPrintable(bad.err));
        QVERIFY(bad.opened.isEmpty());
    }

    void notApplicable_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not configured") << QStringList{QStringLiteral("--sign-in"), QStringLiteral("thefork")}
                                        << QStringLiteral("No connector named \"thefork\" is configured");
        QTest::newRow("demo") << QStringList{QStringLiteral("--sign-in"), kId, QStringLiteral("--demo")}
                              << QStringLiteral("Demo mode needs no sign-in");
    }

    void notApplicable()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run r = moulin(args + QStringList{QStringLiteral("--lang"), QStringLiteral("en"),
                                                QStringLiteral("--data-dir"), m_dir});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY(!r.out.contains(QStringLiteral("http")));
    }

    void notOAuth()
    {
        AppPaths::setDataDir(m_dir);
        std::optional<ConnectorConfig> pos = ConnectorSettings::load(kId);
        QVERIFY(pos.has_value());
        const QString dir = Test::freshDataDir(QStringLiteral("app-headless-signin-none"));
        AppPaths::setDataDir(dir);
        pos->authMethod = QStringLiteral("none");
        QVERIFY(ConnectorSettings::save(*pos));
        const Run r = moulin({QStringLiteral("--sign-in"), kId, QStringLiteral("--lang"),
                              QStringLiteral("en"), QStringLiteral("--data-dir"), dir});
        AppPaths::setDataDir(m_dir);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("needs no sign-in (authentication \"none\")")),
                 qPrintable(r.err));
    }

    void noKeychain()
    {
        // No session bus: no keyring to keep the access in, so no sign-in
        // starts (no address is printed) and the message says how to fix it.
        QProcessEnvironment noBus;
        noBus.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                     QStringLiteral("unix:path=/nonexistent/bus"));
        const Run r =
            moulin(signInArgs({QStringLiteral("--timeout"), QStringLiteral("30")}), Browser::Opens, noBus);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("keyring")), qPrintable(r.err));
        QVERIFY(r.opened.isEmpty());
        QVERIFY(!r.out.contains(QStringLiteral("http")));
    }

    void badTimeout()
    {
        const Run r = moulin(signInArgs({QStringLiteral("--timeout"), QStringLiteral("-5")}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--timeout")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestAppHeadlessSignIn)
#include "tst_appheadlesssignin.moc"
