// TokenStore's journal in the real keychain, and a single-use refresh token
// rotated across a simulated crash: the process "dies" right after each
// journal step, a fresh Authenticator starts from the keychain alone, and
// the sandbox (which rejects any refresh token used twice) must accept its
// refresh — no new sign-in.
#include "authtestsupport.h"
#include "common/core/connectorconfig.h"
#include "common/runtime/connectormodule.h"
#include "connectorsupport.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace Moulin;
using namespace Moulin::Test;
using Step = TokenStore::Step;
using Status = CredentialStore::Status;

namespace {

const QString kClient = QStringLiteral("ls-rotation");
constexpr qint64 kLifetimeSecs = 3600;

OAuthTokens tokens(const QByteArray& tag, qint64 generation = 0)
{
    OAuthTokens t;
    t.accessToken = testSecret(QStringLiteral("at-") + QString::fromLatin1(tag));
    t.refreshToken = testSecret(QStringLiteral("rt-") + QString::fromLatin1(tag));
    t.expiresAtMs = 1'700'000'600'000;
    t.obtainedAtMs = 1'700'000'000'000;
    t.generation = generation;
    return t;
}

} // namespace

class TestTokenRotation : public QObject
{
    Q_OBJECT

    CredentialStore* m_credentials = nullptr;
    int m_counter = 0;
    QString m_id;

    CredentialStore::Outcome write(const QString& key, const QByteArray& value)
    {
        return saveEntry(*m_credentials, m_id, key, value);
    }

    std::optional<OAuthTokens> entry(const QString& key)
    {
        const CredentialStore::Outcome read = readEntry(*m_credentials, m_id, key);
        return read.ok() ? OAuthTokens::fromJson(read.secret) : std::nullopt;
    }

    TokenStore::LoadResult load(TokenStore& store)
    {
        std::optional<TokenStore::LoadResult> result;
        store.load([&result](const TokenStore::LoadResult& r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
            return {};
        if (!QTest::qWaitFor([&store] { return !store.isBusy(); }, 20000))
            return {};
        return *result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::registerAllConnectors();
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/support/with-keyring.sh");
        m_credentials = new CredentialStore(this);
    }

    void init() { m_id = QStringLiteral("rotation-%1").arg(++m_counter); }

    void journalSteps()
    {
        TokenStore store(m_credentials, m_id);
        QSignalSpy steps(&store, &TokenStore::stepCompleted);
        std::optional<CredentialStore::Outcome> durable;
        const OAuthTokens saved = tokens("a");
        store.save(saved, [&durable](const CredentialStore::Outcome& o) { durable = o; });
        QTRY_VERIFY(durable.has_value());
        QVERIFY(durable->ok());
        QTRY_VERIFY(!store.isBusy());
        QCOMPARE(steps.size(), 3);
        QCOMPARE(steps.at(0).at(0).value<Step>(), Step::PendingWritten);
        QCOMPARE(steps.at(1).at(0).value<Step>(), Step::Promoted);
        QCOMPARE(steps.at(2).at(0).value<Step>(), Step::PendingRemoved);

        const auto current = entry(TokenStore::tokensKey());
        QVERIFY(current.has_value());
        QCOMPARE(current->accessToken, saved.accessToken);
        QCOMPARE(current->refreshToken, saved.refreshToken);
        QCOMPARE(current->expiresAtMs, saved.expiresAtMs);
        QVERIFY(current->generation > 0);
        QCOMPARE(readEntry(*m_credentials, m_id, TokenStore::pendingKey()).status, Status::NotFound);

        TokenStore other(m_credentials, m_id);
        const TokenStore::LoadResult loaded = load(other);
        QVERIFY(loaded.outcome.ok());
        QVERIFY(!loaded.recovered);
        QCOMPARE(loaded.tokens->refreshToken, saved.refreshToken);
    }

    void loadFinishesAnInterruptedSave()
    {
        QVERIFY(write(TokenStore::tokensKey(), tokens("old", 10).toJson()).ok());
        QVERIFY(write(TokenStore::pendingKey(), tokens("new", 11).toJson()).ok());
        TokenStore store(m_credentials, m_id);
        const TokenStore::LoadResult loaded = load(store);
        QVERIFY(loaded.outcome.ok());
        QVERIFY(loaded.recovered);
        QCOMPARE(loaded.tokens->refreshToken, tokens("new").refreshToken);
        // Promoted, and the journal is clean again.
        QCOMPARE(entry(TokenStore::tokensKey())->refreshToken, tokens("new").refreshToken);
        QCOMPARE(readEntry(*m_credentials, m_id, TokenStore::pendingKey()).status, Status::NotFound);
    }

    void staleTokensAreIgnored()
    {
        QVERIFY(write(TokenStore::tokensKey(), tokens("current", 20).toJson()).ok());
        QVERIFY(write(TokenStore::pendingKey(), tokens("stale", 19).toJson()).ok());
        TokenStore store(m_credentials, m_id);
        const TokenStore::LoadResult loaded = load(store);
        QVERIFY(!loaded.recovered);
        QCOMPARE(loaded.tokens->refreshToken, tokens("current").refreshToken);
        QCOMPARE(readEntry(*m_credentials, m_id, TokenStore::pendingKey()).status, Status::NotFound);

        // And a later save outranks what was stored before.
        std::optional<CredentialStore::Outcome> durable;
        store.save(tokens("later"), [&durable](const CredentialStore::Outcome& o) { durable = o; });
        QTRY_VERIFY(durable.has_value());
        QTRY_VERIFY(!store.isBusy());
        QVERIFY(entry(TokenStore::tokensKey())->generation > 20);
    }

    void nothingStored()
    {
        TokenStore store(m_credentials, m_id);
        const TokenStore::LoadResult loaded = load(store);
        QCOMPARE(loaded.outcome.status, Status::NotFound);
        QVERIFY(!loaded.tokens.has_value());
    }

    void clearRemovesBoth()
    {
        QVERIFY(write(TokenStore::tokensKey(), tokens("x", 1).toJson()).ok());
        QVERIFY(write(TokenStore::pendingKey(), tokens("y", 2).toJson()).ok());
        TokenStore store(m_credentials, m_id);
        std::optional<CredentialStore::Outcome> cleared;
        store.clear([&cleared](const CredentialStore::Outcome& o) { cleared = o; });
        QTRY_VERIFY(cleared.has_value());
        QVERIFY(cleared->ok());
        QCOMPARE(readEntry(*m_credentials, m_id, TokenStore::tokensKey()).status, Status::NotFound);
        QCOMPARE(readEntry(*m_credentials, m_id, TokenStore::pendingKey()).status, Status::NotFound);
    }

    void singleUseRefreshTokenSurvivesCrash_data()
    {
        QTest::addColumn<Step>("crashAfter");
        QTest::newRow("after the pending write") << Step::PendingWritten;
        QTest::newRow("after the promotion") << Step::Promoted;
        QTest::newRow("after the cleanup") << Step::PendingRemoved;
    }

    void singleUseRefreshTokenSurvivesCrash()
    {
        QFETCH(Step, crashAfter);
        SandboxServer sandbox(5);
        QVERIFY(sandbox.start(0));
        SandboxOAuth* oauth = SandboxOAuth::of(&sandbox);
        ManualClock clock;
        oauth->setClock([&clock] { return clock.nowMs(); });
        oauth->setTokenPrefix(testSecret(QStringLiteral("rotation")) + '-');
        SandboxOAuth::Client client;
        client.clientId = kClient;
        client.secret = testSecret(QStringLiteral("rotation-client"));
        client.requirePkce = true;
        client.accessTokenLifetimeSecs = kLifetimeSecs;
        oauth->setClient(client);
        QVERIFY(saveSecret(*m_credentials, m_id, client.secret).ok());

        HttpClient http;
        ConnectorConfig config;
        config.connectorId = QStringLiteral("lightspeed");
        config.authMethod = QStringLiteral("oauth2");
        config.clientId = kClient;
        config.apiUrl = sandbox.baseUrl();
        AuthProfile profile = ConnectorModules::authProfile(config);
        profile.connectorId = m_id;
        auto start = [&] {
            auto authenticator = std::make_unique<Authenticator>(profile, &http, m_credentials);
            authenticator->setClock(&clock);
            new FakeBrowser(authenticator.get());
            return authenticator;
        };

        // Signed in once; the refresh token in the keychain is rt0.
        auto first = start();
        QVERIFY(signIn(*first));
        QTRY_VERIFY(!first->tokenStore()->isBusy());
        const QByteArray rt0 = entry(TokenStore::tokensKey())->refreshToken;
        QVERIFY(oauth->isRefreshTokenValid(rt0));

        // The access token expires; the refresh spends rt0 on the provider's
        // side, and the process dies right after journal step `crashAfter`.
        first->tokenStore()->setStopAfterForTesting(crashAfter);
        clock.advanceMs((kLifetimeSecs + 1) * 1000);
        first->ensureToken(nullptr, {});
        QTRY_VERIFY(first->tokenStore()->isStoppedForTesting());
        QCOMPARE(tokenRequests(*oauth, QStringLiteral("refresh_token")), 1);
        QVERIFY(!oauth->isRefreshTokenValid(rt0)); // a restart with rt0 would be locked out
        first.reset();

        // A new process: only the keychain is left. Once its access token
        // expires too, it must refresh with the rotated token.
        clock.advanceMs((kLifetimeSecs + 1) * 1000);
        auto second = start();
        AuthorizedHttp authorized(&http, second.get());
        const HttpResponse response = send(
            authorized, HttpRequest::getJson(sandboxUrl(sandbox, QStringLiteral("/_sandbox/protected"))));
        QVERIFY2(response.ok, qPrintable(response.errorString));
        QCOMPARE(second->state(), Authenticator::State::Authorized);
        QCOMPARE(tokenRequests(*oauth, QStringLiteral("refresh_token")), 2);
        for (const SandboxOAuth::TokenRequest& request : oauth->tokenRequests())
            QVERIFY2(request.error.isEmpty(), qPrintable(request.error)); // no invalid_grant, ever
        QCOMPARE(browser(*second), 0);                                    // no new sign-in

        // And the journal is clean, holding the newest token.
        QTRY_VERIFY(!second->tokenStore()->isBusy());
        QCOMPARE(readEntry(*m_credentials, m_id, TokenStore::pendingKey()).status, Status::NotFound);
        QVERIFY(oauth->isRefreshTokenValid(entry(TokenStore::tokensKey())->refreshToken));
    }

private:
    static int browser(Authenticator& authenticator)
    {
        const FakeBrowser* fake = FakeBrowser::of(authenticator);
        return fake ? fake->opened : -1;
    }
};

QTEST_GUILESS_MAIN(TestTokenRotation)
#include "tst_tokenrotation.moc"
