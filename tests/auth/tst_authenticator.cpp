// Authenticator and AuthorizedHttp against the in-process sandbox on
// loopback, with the real keychain (gnome-keyring from with-keyring.sh):
// the PKCE sign-in end to end, refresh ahead of expiry and on 401, refused
// refresh tokens (never looping), client credentials in TheFork's and
// OpenTable's styles with token reuse, refused client secrets, API keys.
#include "authtestsupport.h"
#include "common/core/connectorconfig.h"
#include "common/net/redaction.h"
#include "common/runtime/connectormodule.h"
#include "connectorsupport.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Moulin;
using namespace Moulin::Test;
using State = Authenticator::State;

namespace {

const QString kLightspeedClient = QStringLiteral("ls-client");
const QString kForkClient = QStringLiteral("fork-client");
const QString kOpenTableClient = QStringLiteral("ot-client");
constexpr qint64 kAccessLifetimeSecs = 600;

} // namespace

class TestAuthenticator : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_sandbox;
    SandboxOAuth* m_oauth = nullptr;
    ManualClock m_serverClock;
    ManualClock m_clientClock;
    std::unique_ptr<HttpClient> m_http;
    CredentialStore* m_credentials = nullptr;
    QString m_id;
    int m_counter = 0;

    const QByteArray m_lightspeedSecret = testSecret(QStringLiteral("ls-client-secret"));
    const QByteArray m_forkSecret = testSecret(QStringLiteral("fork-client-secret"));
    const QByteArray m_openTableSecret = testSecret(QStringLiteral("ot-client-secret"));

    QUrl url(const QString& path) const { return sandboxUrl(*m_sandbox, path); }
    HttpRequest protectedRequest() const
    {
        return HttpRequest::getJson(url(QStringLiteral("/_sandbox/protected")));
    }

    std::unique_ptr<Authenticator> make(const QString& connectorType, const QString& authMethod,
                                        const QString& clientId, const QString& apiPath = QStringLiteral("/"))
    {
        ConnectorConfig config;
        config.connectorId = connectorType;
        config.typeName = connectorType;
        config.authMethod = authMethod;
        config.clientId = clientId;
        config.apiUrl = url(apiPath);
        AuthProfile profile = ConnectorModules::authProfile(config);
        profile.connectorId = m_id; // one keychain namespace per test
        profile.providerName = connectorType;
        auto authenticator = std::make_unique<Authenticator>(profile, m_http.get(), m_credentials);
        authenticator->setClock(&m_clientClock);
        new FakeBrowser(authenticator.get());
        return authenticator;
    }

    std::unique_ptr<Authenticator> lightspeed()
    {
        return make(QStringLiteral("lightspeed"), QStringLiteral("oauth2"), kLightspeedClient);
    }

    OAuthTokens storedTokens()
    {
        const CredentialStore::Outcome read = readEntry(*m_credentials, m_id, TokenStore::tokensKey());
        return read.ok() ? OAuthTokens::fromJson(read.secret).value_or(OAuthTokens()) : OAuthTokens();
    }

    static bool idle(Authenticator& authenticator)
    {
        return QTest::qWaitFor([&authenticator] { return !authenticator.tokenStore()->isBusy(); }, 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::registerAllConnectors();
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/support/with-keyring.sh");
        qRegisterMetaType<Authenticator::State>();
        m_credentials = new CredentialStore(this);
    }

    void init()
    {
        m_sandbox = std::make_unique<SandboxServer>(3);
        QVERIFY2(m_sandbox->start(0), qPrintable(m_sandbox->errorString()));
        m_oauth = SandboxOAuth::of(m_sandbox.get());
        m_oauth->setClock([this] { return m_serverClock.nowMs(); });
        m_oauth->setTokenPrefix(testSecret(QStringLiteral("issued")) + '-');

        SandboxOAuth::Client ls;
        ls.clientId = kLightspeedClient;
        ls.secret = m_lightspeedSecret;
        ls.requirePkce = true;
        ls.accessTokenLifetimeSecs = kAccessLifetimeSecs;
        m_oauth->setClient(ls);
        SandboxOAuth::Client fork;
        fork.clientId = kForkClient;
        fork.secret = m_forkSecret;
        fork.audience = QStringLiteral("https://api.thefork.io");
        fork.accessTokenLifetimeSecs = 8600;
        m_oauth->setClient(fork);
        SandboxOAuth::Client ot;
        ot.clientId = kOpenTableClient;
        ot.secret = m_openTableSecret;
        ot.accessTokenLifetimeSecs = 28 * 24 * 3600;
        m_oauth->setClient(ot);

        m_http = std::make_unique<HttpClient>();
        m_id = QStringLiteral("auth-test-%1").arg(++m_counter);
    }

    void cleanup()
    {
        m_http.reset();
        m_sandbox.reset();
    }

    void pkceFlowEndToEnd()
    {
        QVERIFY(saveSecret(*m_credentials, m_id, m_lightspeedSecret).ok());
        auto auth = lightspeed();
        QSignalSpy states(auth.get(), &Authenticator::stateChanged);

        // Nothing stored yet: the user has to connect; nothing is sent.
        const Authenticator::Result before = ensureToken(*auth);
        QVERIFY(!before.ok);
        QCOMPARE(before.state, State::NeedsAuthorization);
        QVERIFY2(before.errorString.contains(QStringLiteral("Connect…")), qPrintable(before.errorString));
        QCOMPARE(m_oauth->tokenRequests().size(), 0);
        // Not a refusal: nobody has signed in yet (the alerts word it so).
        QVERIFY(auth->neverSignedIn());
        QVERIFY2(before.errorString.contains(QStringLiteral("not connected")),
                 qPrintable(before.errorString));

        QString message;
        QVERIFY2(signIn(*auth, &message), qPrintable(message));
        QCOMPARE(auth->state(), State::Authorized);
        QVERIFY(!auth->neverSignedIn());

        // What the browser was sent to.
        FakeBrowser* fake = FakeBrowser::of(*auth);
        QCOMPARE(fake->opened, 1);
        const QUrlQuery query(fake->lastUrl);
        QCOMPARE(fake->lastUrl.path(), QStringLiteral("/oauth/authorize"));
        QCOMPARE(query.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
        QCOMPARE(query.queryItemValue(QStringLiteral("client_id")), kLightspeedClient);
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
        QVERIFY(!query.queryItemValue(QStringLiteral("state")).isEmpty());
        const QUrl redirect(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded)
                    .contains(QStringLiteral("items")));
        QTRY_COMPARE(fake->lastStatus, 200); // the loopback handler answered the browser
        QVERIFY(fake->lastPage.contains("Moulin"));
        QVERIFY(auth->redirectUri().isEmpty()); // listener closed

        // Exactly one token request, ours (HTTP Basic, verifier checked):
        // Qt's flow did not exchange the code on its own.
        const QList<SandboxOAuth::TokenRequest> requests = m_oauth->tokenRequests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().grantType, QStringLiteral("authorization_code"));
        QCOMPARE(requests.first().clientAuth, SandboxOAuth::ClientAuth::Basic);
        QCOMPARE(requests.first().status, 200);

        QList<State> seen;
        for (const QList<QVariant>& signal : std::as_const(states))
            seen.append(signal.at(0).value<State>());
        QVERIFY(seen.contains(State::Authorizing));
        QCOMPARE(seen.last(), State::Authorized);

        AuthorizedHttp http(m_http.get(), auth.get());
        const HttpResponse response = send(http, protectedRequest());
        QVERIFY2(response.ok, qPrintable(response.errorString));
        QCOMPARE(response.json().object().value(QStringLiteral("client_id")).toString(), kLightspeedClient);

        // Kept in the keychain, journal finished.
        QVERIFY(idle(*auth));
        const OAuthTokens stored = storedTokens();
        QVERIFY(m_oauth->isAccessTokenValid(stored.accessToken));
        QVERIFY(m_oauth->isRefreshTokenValid(stored.refreshToken));
        QCOMPARE(readEntry(*m_credentials, m_id, TokenStore::pendingKey()).status,
                 CredentialStore::Status::NotFound);

        // Another start: the stored token is used as is.
        auth.reset();
        auto again = lightspeed();
        AuthorizedHttp http2(m_http.get(), again.get());
        QVERIFY(send(http2, protectedRequest()).ok);
        QCOMPARE(m_oauth->tokenRequests().size(), 1);
        QCOMPARE(again->state(), State::Authorized);
    }

    void signInDenied()
    {
        QVERIFY(saveSecret(*m_credentials, m_id, m_lightspeedSecret).ok());
        auto client = *m_oauth->client(kLightspeedClient);
        client.denyAuthorization = true;
        m_oauth->setClient(client);
        auto auth = lightspeed();
        QString message;
        QVERIFY(!signIn(*auth, &message));
        QVERIFY2(message.contains(QStringLiteral("refused")), qPrintable(message));
        QCOMPARE(auth->state(), State::NeedsAuthorization);
        QCOMPARE(m_oauth->tokenRequests().size(), 0);
    }

    void wrongClientSecretOnSignIn()
    {
        QVERIFY(saveSecret(*m_credentials, m_id, testSecret(QStringLiteral("not-the-secret"))).ok());
        auto auth = lightspeed();
        QString message;
        QVERIFY(!signIn(*auth, &message));
        QVERIFY2(message.contains(QStringLiteral("client secret")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("Settings")));
        QCOMPARE(auth->state(), State::Error);
        QCOMPARE(m_oauth->tokenRequests().size(), 1);
        QCOMPARE(m_oauth->tokenRequests().first().error, QStringLiteral("invalid_client"));

        const Authenticator::Result result = ensureToken(*auth);
        QVERIFY(!result.ok);
        QCOMPARE(result.state, State::Error);
        QCOMPARE(result.errorString, message);
        QCOMPARE(m_oauth->tokenRequests().size(), 1); // nothing more sent
    }

    void refreshAheadOfExpiry()
    {
        QVERIFY(saveSecret(*m_credentials, m_id, m_lightspeedSecret).ok());
        auto auth = lightspeed();
        QVERIFY(signIn(*auth));
        QVERIFY(idle(*auth));
        const OAuthTokens first = storedTokens();
        const quint64 generation = auth->credentialGeneration();
        const QString refresh = QStringLiteral("refresh_token");

        // Well before expiry: no refresh.
        m_clientClock.advanceMs((kAccessLifetimeSecs - 100) * 1000);
        QVERIFY(ensureToken(*auth).ok);
        QCOMPARE(tokenRequests(*m_oauth, refresh), 0);

        // Inside the 60 s margin: refreshed before it expires, once.
        m_clientClock.advanceMs(55 * 1000);
        QVERIFY(ensureToken(*auth).ok);
        QCOMPARE(tokenRequests(*m_oauth, refresh), 1);
        QVERIFY(auth->credentialGeneration() > generation);
        QVERIFY(ensureToken(*auth).ok);
        QCOMPARE(tokenRequests(*m_oauth, refresh), 1);

        // The single-use refresh token was rotated, in the keychain too.
        QVERIFY(idle(*auth));
        const OAuthTokens second = storedTokens();
        QVERIFY(second.refreshToken != first.refreshToken);
        QVERIFY(!m_oauth->isRefreshTokenValid(first.refreshToken));
        QVERIFY(m_oauth->isRefreshTokenValid(second.refreshToken));
        QVERIFY(m_oauth->isAccessTokenValid(second.accessToken));

        // Concurrent callers near the next expiry share one refresh.
        m_clientClock.advanceMs((kAccessLifetimeSecs - 50) * 1000);
        int ok = 0;
        for (int i = 0; i < 3; ++i)
            auth->ensureToken(this, [&ok](const Authenticator::Result& r) { ok += r.ok ? 1 : 0; });
        QTRY_COMPARE(ok, 3);
        QCOMPARE(tokenRequests(*m_oauth, refresh), 2);
        QCOMPARE(auth->refreshMarginMs(), Authenticator::kDefaultRefreshMarginMs);
    }

    void refreshOnUnauthorized()
    {
        QVERIFY(saveSecret(*m_credentials, m_id, m_lightspeedSecret).ok());
        auto auth = lightspeed();
        QVERIFY(signIn(*auth));
        AuthorizedHttp http(m_http.get(), auth.get());
        QVERIFY(send(http, protectedRequest()).ok);
        QCOMPARE(m_oauth->protectedHits(), 1);

        // The provider drops the access token although it has not expired
        // for Moulin: 401, one refresh, the request again.
        m_oauth->revokeAccessTokens(kLightspeedClient);
        const HttpResponse response = send(http, protectedRequest());
        QVERIFY2(response.ok, qPrintable(response.errorString));
        QCOMPARE(m_oauth->protectedHits(), 3);
        QCOMPARE(tokenRequests(*m_oauth, QStringLiteral("refresh_token")), 1);

        // A 401 for a credential that was renewed since does not renew again.
        std::optional<Authenticator::Result> stale;
        auth->handleUnauthorized(auth->credentialGeneration() - 1, this,
                                 [&stale](const Authenticator::Result& r) { stale = r; });
        QTRY_VERIFY(stale.has_value());
        QVERIFY(stale->ok);
        QCOMPARE(tokenRequests(*m_oauth, QStringLiteral("refresh_token")), 1);
    }

    void refusedRefreshTokenNeedsSignIn_data()
    {
        QTest::addColumn<QString>("why");
        QTest::newRow("revoked") << "revoked";
        QTest::newRow("expired") << "expired";
        QTest::newRow("used elsewhere") << "used";
    }

    void refusedRefreshTokenNeedsSignIn()
    {
        QFETCH(QString, why);
        QVERIFY(saveSecret(*m_credentials, m_id, m_lightspeedSecret).ok());
        auto auth = lightspeed();
        QVERIFY(signIn(*auth));
        QVERIFY(idle(*auth));
        AuthorizedHttp http(m_http.get(), auth.get());

        if (why == QLatin1String("revoked")) {
            m_oauth->revokeRefreshTokens(kLightspeedClient);
        } else if (why == QLatin1String("expired")) {
            m_serverClock.advanceMs(15LL * 24 * 3600 * 1000);
            m_clientClock.advanceMs(15LL * 24 * 3600 * 1000);
        } else {
            // Someone else spent the refresh token: the sandbox treats the
            // chain as leaked and ends it.
            QNetworkAccessManager nam;
            QNetworkRequest request(url(QStringLiteral("/oauth/token")));
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/x-www-form-urlencoded"));
            request.setRawHeader(
                "Authorization",
                "Basic " + QByteArray(kLightspeedClient.toUtf8() + ':' + m_lightspeedSecret).toBase64());
            QNetworkReply* reply =
                nam.post(request, "grant_type=refresh_token&refresh_token=" + storedTokens().refreshToken);
            QTRY_VERIFY(reply->isFinished());
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            delete reply;
            m_oauth->revokeAccessTokens(kLightspeedClient);
        }
        m_oauth->clearHistory();

        const HttpResponse response = send(http, protectedRequest());
        QVERIFY(!response.ok);
        QCOMPARE(response.status, 401);
        QVERIFY2(response.errorString.contains(QStringLiteral("Connect…")), qPrintable(response.errorString));
        QCOMPARE(auth->state(), State::NeedsAuthorization);
        QVERIFY(!auth->neverSignedIn()); // refused: "sign in again"
        QCOMPARE(auth->statusMessage(), response.errorString);
        QCOMPARE(tokenRequests(*m_oauth, QStringLiteral("refresh_token")), 1);
        QCOMPARE(m_oauth->tokenRequests().last().error, QStringLiteral("invalid_grant"));

        // Never loops: later requests fail at once, nothing is sent.
        const int hits = m_oauth->protectedHits();
        for (int i = 0; i < 3; ++i) {
            const HttpResponse again = send(http, protectedRequest());
            QVERIFY(!again.ok);
            QCOMPARE(again.attempts, 0);
            QCOMPARE(again.errorString, response.errorString);
        }
        QCOMPARE(m_oauth->tokenRequests().size(), 1);
        QCOMPARE(m_oauth->protectedHits(), hits);

        // The dead tokens are gone from the keychain; a new sign-in heals.
        QVERIFY(idle(*auth));
        QCOMPARE(readEntry(*m_credentials, m_id, TokenStore::tokensKey()).status,
                 CredentialStore::Status::NotFound);
        QVERIFY(signIn(*auth));
        QVERIFY(send(http, protectedRequest()).ok);
        QCOMPARE(auth->state(), State::Authorized);
    }

    void clientCredentialsTheFork()
    {
        QVERIFY(saveSecret(*m_credentials, m_id, m_forkSecret).ok());
        auto auth = make(QStringLiteral("thefork"), QStringLiteral("oauth2"), kForkClient,
                         QStringLiteral("/manager/v1/"));
        QCOMPARE(auth->profile().tokenUrl, url(QStringLiteral("/oauth/token")));
        AuthorizedHttp http(m_http.get(), auth.get());

        for (int i = 0; i < 3; ++i) {
            const HttpResponse response = send(http, protectedRequest());
            QVERIFY2(response.ok, qPrintable(response.errorString));
        }
        // One token, reused until it expires.
        QCOMPARE(m_oauth->tokensIssued(QStringLiteral("client_credentials")), 1);
        const SandboxOAuth::TokenRequest seen = m_oauth->tokenRequests().first();
        QCOMPARE(seen.path, QStringLiteral("/oauth/token"));
        QCOMPARE(seen.clientAuth, SandboxOAuth::ClientAuth::Form);
        QCOMPARE(seen.audience, QStringLiteral("https://api.thefork.io"));
        QVERIFY(!seen.grantTypeInQuery);

        m_clientClock.advanceMs((8600 - 30) * 1000); // inside the renewal margin
        QVERIFY(send(http, protectedRequest()).ok);
        QCOMPARE(m_oauth->tokensIssued(QStringLiteral("client_credentials")), 2);

        // Another start reuses the stored token.
        QVERIFY(idle(*auth));
        auth.reset();
        auto again = make(QStringLiteral("thefork"), QStringLiteral("oauth2"), kForkClient,
                          QStringLiteral("/manager/v1/"));
        AuthorizedHttp http2(m_http.get(), again.get());
        QVERIFY(send(http2, protectedRequest()).ok);
        QCOMPARE(m_oauth->tokensIssued(QStringLiteral("client_credentials")), 2);
    }

    void clientCredentialsOpenTable()
    {
        QVERIFY(saveSecret(*m_credentials, m_id, m_openTableSecret).ok());
        auto auth = make(QStringLiteral("opentable"), QStringLiteral("oauth2"), kOpenTableClient);
        AuthorizedHttp http(m_http.get(), auth.get());
        QVERIFY(send(http, protectedRequest()).ok);
        const SandboxOAuth::TokenRequest seen = m_oauth->tokenRequests().first();
        QCOMPARE(seen.path, QStringLiteral("/api/v2/oauth/token"));
        QCOMPARE(seen.clientAuth, SandboxOAuth::ClientAuth::Basic);
        QVERIFY(seen.grantTypeInQuery);

        // A 401 fetches a new token and sends once more.
        m_oauth->revokeAccessTokens(kOpenTableClient);
        QVERIFY(send(http, protectedRequest()).ok);
        QCOMPARE(m_oauth->tokensIssued(QStringLiteral("client_credentials")), 2);
        QCOMPARE(m_oauth->protectedHits(), 3);
    }

    void wrongClientSecret()
    {
        QVERIFY(saveSecret(*m_credentials, m_id, testSecret(QStringLiteral("wrong-fork-secret"))).ok());
        auto auth = make(QStringLiteral("thefork"), QStringLiteral("oauth2"), kForkClient);
        AuthorizedHttp http(m_http.get(), auth.get());
        const HttpResponse response = send(http, protectedRequest());
        QVERIFY(!response.ok);
        QCOMPARE(response.attempts, 0);
        QVERIFY2(response.errorString.contains(QStringLiteral("client secret")),
                 qPrintable(response.errorString));
        QVERIFY(response.errorString.contains(QStringLiteral("thefork")));
        QVERIFY(response.errorString.contains(QStringLiteral("File ▸ Settings")));
        QVERIFY(!response.errorString.contains(QLatin1String(kSecretMarker)));
        QCOMPARE(auth->state(), State::Error);
        QCOMPARE(m_oauth->protectedHits(), 0);

        // Not asked again until the user changed the credentials.
        QVERIFY(!send(http, protectedRequest()).ok);
        QCOMPARE(m_oauth->tokenRequests().size(), 1);
        QVERIFY(saveSecret(*m_credentials, m_id, m_forkSecret).ok());
        auth->reloadCredentials();
        QVERIFY(send(http, protectedRequest()).ok);
        QCOMPARE(auth->state(), State::Authorized);
    }

    void missingSecret()
    {
        auto auth = make(QStringLiteral("opentable"), QStringLiteral("oauth2"), kOpenTableClient);
        const Authenticator::Result result = ensureToken(*auth);
        QVERIFY(!result.ok);
        QCOMPARE(result.state, State::Error);
        QVERIFY2(result.errorString.contains(QStringLiteral("No client secret")),
                 qPrintable(result.errorString));
        QCOMPARE(m_oauth->tokenRequests().size(), 0);
    }

    void apiKeyHeaders_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QByteArray>("prefix");
        QTest::addColumn<QByteArray>("suffix");
        QTest::newRow("Brevo") << "brevo"
                               << "api-key" << QByteArray() << QByteArray();
        QTest::newRow("Resy") << "resy"
                              << "authorization" << QByteArray("ResyAPI api_key=\"") << QByteArray("\"");
    }

    void apiKeyHeaders()
    {
        QFETCH(QString, type);
        QFETCH(QString, header);
        QFETCH(QByteArray, prefix);
        QFETCH(QByteArray, suffix);
        const QByteArray key = testSecret(QStringLiteral("api-key-") + type);
        QVERIFY(saveSecret(*m_credentials, m_id, key).ok());
        auto auth = make(type, QStringLiteral("api_key"), QString());
        AuthorizedHttp http(m_http.get(), auth.get());
        const HttpResponse response = send(http, HttpRequest::getJson(url(QStringLiteral("/_sandbox/echo"))));
        QVERIFY2(response.ok, qPrintable(response.errorString));
        const QJsonObject headers = response.json().object().value(QStringLiteral("headers")).toObject();
        QCOMPARE(headers.value(header).toString().toLatin1(), prefix + key + suffix);
        QVERIFY(Redact::isSensitiveKey(header));
        QCOMPARE(auth->state(), State::Authorized);
        QCOMPARE(m_oauth->tokenRequests().size(), 0);
    }

    void apiKeyRefused()
    {
        QVERIFY(saveSecret(*m_credentials, m_id, testSecret(QStringLiteral("refused-key"))).ok());
        auto auth = make(QStringLiteral("brevo"), QStringLiteral("api_key"), QString());
        AuthorizedHttp http(m_http.get(), auth.get());
        const HttpResponse response = send(http, protectedRequest()); // wants a Bearer token: 401
        QVERIFY(!response.ok);
        QCOMPARE(response.status, 401);
        QVERIFY2(response.errorString.contains(QStringLiteral("API key")), qPrintable(response.errorString));
        QCOMPARE(auth->state(), State::Error);
        QCOMPARE(m_oauth->protectedHits(), 1); // no retry: a key cannot be renewed

        QVERIFY(!send(http, protectedRequest()).ok);
        QCOMPARE(m_oauth->protectedHits(), 1); // refused keys are not sent again
        auth->reloadCredentials();
        QVERIFY(!send(http, protectedRequest()).ok);
        QCOMPARE(m_oauth->protectedHits(), 2);
    }

    void signOutForgetsTokens()
    {
        QVERIFY(saveSecret(*m_credentials, m_id, m_lightspeedSecret).ok());
        auto auth = lightspeed();
        QVERIFY(signIn(*auth));
        std::optional<Authenticator::Result> out;
        auth->signOut(this, [&out](const Authenticator::Result& r) { out = r; });
        QTRY_VERIFY(out.has_value());
        QVERIFY(out->ok);
        QCOMPARE(auth->state(), State::NeedsAuthorization);
        QVERIFY(auth->neverSignedIn()); // signed out: nothing was refused
        QCOMPARE(readEntry(*m_credentials, m_id, TokenStore::tokensKey()).status,
                 CredentialStore::Status::NotFound);
        QVERIFY(!ensureToken(*auth).ok);

        auto fresh = lightspeed();
        std::optional<Authenticator::Result> loaded;
        fresh->loadStoredTokens(this, [&loaded](const Authenticator::Result& r) { loaded = r; });
        QTRY_VERIFY(loaded.has_value());
        QVERIFY(!loaded->ok);
        QCOMPARE(loaded->state, State::NeedsAuthorization);
    }
};

QTEST_GUILESS_MAIN(TestAuthenticator)
#include "tst_authenticator.moc"
