// The sandbox's OAuth 2.0 authorization server, spoken to over raw HTTP on
// loopback: authorization with PKCE, the code exchange, strictly single-use
// refresh tokens, client credentials in TheFork's and OpenTable's styles,
// client authentication and the protected resource.
#include "common/auth/pkce.h"
#include "common/net/clock.h"
#include "sandbox/core/sandboxoauth.h"
#include "sandbox/core/sandboxserver.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Moulin;

namespace {

struct Reply
{
    int status = 0;
    QByteArray body;
    QUrl location;
    QByteArray wwwAuthenticate;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString error() const { return json().value(QStringLiteral("error")).toString(); }
};

const QString kClient = QStringLiteral("ls-client");
const QString kRedirect = QStringLiteral("http://127.0.0.1:5999/callback?from=moulin");

} // namespace

class TestSandboxOAuth : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_sandbox;
    SandboxOAuth* m_oauth = nullptr;
    ManualClock m_clock;
    QNetworkAccessManager m_nam;
    const QByteArray m_secret = Test::testSecret(QStringLiteral("sandbox-client"));

    QUrl url(const QString& path, const QUrlQuery& query = {}) const
    {
        QUrl u = m_sandbox->baseUrl();
        u.setPath(path);
        u.setQuery(query);
        return u;
    }

    Reply finish(QNetworkReply* reply)
    {
        Reply result;
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            return result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.location = QUrl::fromEncoded(reply->rawHeader("Location"));
        result.wwwAuthenticate = reply->rawHeader("WWW-Authenticate");
        reply->deleteLater();
        return result;
    }

    Reply get(const QUrl& target, const QByteArray& authorization = {})
    {
        QNetworkRequest request(target);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        return finish(m_nam.get(request));
    }

    Reply post(const QUrl& target, const QUrlQuery& form, const QByteArray& authorization = {})
    {
        QNetworkRequest request(target);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        return finish(m_nam.post(request, form.toString(QUrl::FullyEncoded).toLatin1()));
    }

    static QByteArray basic(const QString& id, const QByteArray& secret)
    {
        return "Basic " + QByteArray(id.toUtf8() + ':' + secret).toBase64();
    }

    QUrlQuery authorizeQuery(const QByteArray& challenge,
                             const QString& method = QStringLiteral("S256")) const
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        query.addQueryItem(QStringLiteral("client_id"), kClient);
        query.addQueryItem(QStringLiteral("redirect_uri"),
                           QString::fromLatin1(QUrl::toPercentEncoding(kRedirect)));
        query.addQueryItem(QStringLiteral("state"), QStringLiteral("st4te"));
        query.addQueryItem(QStringLiteral("scope"), QStringLiteral("items"));
        if (!challenge.isEmpty()) {
            query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
            query.addQueryItem(QStringLiteral("code_challenge_method"), method);
        }
        return query;
    }

    /// Authorizes with PKCE and returns the code.
    QByteArray authorizeCode(const QByteArray& verifier)
    {
        const Reply reply =
            get(url(QStringLiteral("/oauth/authorize"), authorizeQuery(Pkce::challenge(verifier))));
        return QUrlQuery(reply.location)
            .queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded)
            .toLatin1();
    }

    Reply exchange(const QByteArray& code, const QByteArray& verifier, const QString& redirect = kRedirect)
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
        form.addQueryItem(QStringLiteral("code"), QString::fromLatin1(code));
        form.addQueryItem(QStringLiteral("redirect_uri"),
                          QString::fromLatin1(QUrl::toPercentEncoding(redirect)));
        if (!verifier.isEmpty())
            form.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(verifier));
        return post(url(QStringLiteral("/oauth/token")), form, basic(kClient, m_secret));
    }

    Reply refresh(const QByteArray& refreshToken)
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        form.addQueryItem(QStringLiteral("refresh_token"), QString::fromLatin1(refreshToken));
        return post(url(QStringLiteral("/oauth/token")), form, basic(kClient, m_secret));
    }

    static QByteArray field(const Reply& reply, const char* name)
    {
        return reply.json().value(QLatin1String(name)).toString().toLatin1();
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxServer>(7);
        QVERIFY2(m_sandbox->start(0), qPrintable(m_sandbox->errorString()));
        m_oauth = SandboxOAuth::of(m_sandbox.get());
        QVERIFY(m_oauth);
        m_oauth->setClock([this] { return m_clock.nowMs(); });
        m_oauth->setTokenPrefix(Test::testSecret(QStringLiteral("sbx")) + '-');
        SandboxOAuth::Client client;
        client.clientId = kClient;
        client.secret = m_secret;
        client.requirePkce = true;
        client.accessTokenLifetimeSecs = 600;
        client.refreshTokenLifetimeSecs = 3600;
        m_oauth->setClient(client);
    }

    void cleanup() { m_sandbox.reset(); }

    void demoClientIsKnown()
    {
        const auto demo = m_oauth->client(QStringLiteral("moulin-demo"));
        QVERIFY(demo.has_value());
        QCOMPARE(demo->secret, SandboxOAuth::demoClientSecret());
        QVERIFY(!demo->requirePkce);
    }

    void authorizeRedirectsWithCodeAndState()
    {
        const QByteArray verifier = Pkce::newVerifier();
        const Reply reply =
            get(url(QStringLiteral("/oauth/authorize"), authorizeQuery(Pkce::challenge(verifier))));
        QCOMPARE(reply.status, 302);
        QCOMPARE(reply.location.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(reply.location.port(), 5999);
        QCOMPARE(reply.location.path(), QStringLiteral("/callback"));
        const QUrlQuery query(reply.location);
        QCOMPARE(query.queryItemValue(QStringLiteral("from")), QStringLiteral("moulin"));
        QCOMPARE(query.queryItemValue(QStringLiteral("state")), QStringLiteral("st4te"));
        QVERIFY(!query.queryItemValue(QStringLiteral("code")).isEmpty());
        QVERIFY(!query.hasQueryItem(QStringLiteral("error")));
    }

    void authorizeRefuses_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown client") << "client" << 400 << "invalid_client";
        QTest::newRow("redirect not on loopback") << "redirect" << 400 << "invalid_request";
        QTest::newRow("plain challenge") << "plain" << 302 << "invalid_request";
        QTest::newRow("no challenge, PKCE required") << "nopkce" << 302 << "invalid_request";
        QTest::newRow("implicit flow") << "token" << 302 << "unsupported_response_type";
        QTest::newRow("user says no") << "deny" << 302 << "access_denied";
    }

    void authorizeRefuses()
    {
        QFETCH(QString, change);
        QFETCH(int, status);
        QFETCH(QString, error);
        const QByteArray verifier = Pkce::newVerifier();
        QUrlQuery query = authorizeQuery(
            change == QLatin1String("nopkce") ? QByteArray() : Pkce::challenge(verifier),
            change == QLatin1String("plain") ? QStringLiteral("plain") : QStringLiteral("S256"));
        auto replace = [&query](const QString& key, const QString& value) {
            query.removeAllQueryItems(key);
            query.addQueryItem(key, value);
        };
        if (change == QLatin1String("client"))
            replace(QStringLiteral("client_id"), QStringLiteral("nobody"));
        if (change == QLatin1String("redirect"))
            replace(QStringLiteral("redirect_uri"), QStringLiteral("http%3A%2F%2Fevil.example%2Fcb"));
        if (change == QLatin1String("token"))
            replace(QStringLiteral("response_type"), QStringLiteral("token"));
        if (change == QLatin1String("deny")) {
            auto client = *m_oauth->client(kClient);
            client.denyAuthorization = true;
            m_oauth->setClient(client);
        }
        const Reply reply = get(url(QStringLiteral("/oauth/authorize"), query));
        QCOMPARE(reply.status, status);
        if (status == 302) {
            const QUrlQuery answer(reply.location);
            QCOMPARE(answer.queryItemValue(QStringLiteral("error")), error);
            QCOMPARE(answer.queryItemValue(QStringLiteral("state")), QStringLiteral("st4te"));
            QVERIFY(!answer.hasQueryItem(QStringLiteral("code")));
        } else {
            QVERIFY(reply.location.isEmpty()); // never redirect to an unverified URI
            QCOMPARE(reply.error(), error);
        }
    }

    void codeExchangeWithVerifier()
    {
        const QByteArray verifier = Pkce::newVerifier();
        const QByteArray code = authorizeCode(verifier);
        QVERIFY(!code.isEmpty());
        const Reply reply = exchange(code, verifier);
        QCOMPARE(reply.status, 200);
        const QJsonObject json = reply.json();
        QCOMPARE(json.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(json.value(QStringLiteral("expires_in")).toInt(), 600);
        QCOMPARE(json.value(QStringLiteral("scope")).toString(), QStringLiteral("items"));
        const QByteArray access = field(reply, "access_token");
        const QByteArray refreshToken = field(reply, "refresh_token");
        QVERIFY(m_oauth->isAccessTokenValid(access));
        QVERIFY(m_oauth->isRefreshTokenValid(refreshToken));
        QCOMPARE(m_oauth->tokenRequests().last().clientAuth, SandboxOAuth::ClientAuth::Basic);

        // A code works once; its replay revokes what it gave (RFC 6749 §4.1.2).
        const Reply replay = exchange(code, verifier);
        QCOMPARE(replay.status, 400);
        QCOMPARE(replay.error(), QStringLiteral("invalid_grant"));
        QVERIFY(!m_oauth->isAccessTokenValid(access));
        QVERIFY(!m_oauth->isRefreshTokenValid(refreshToken));
    }

    void codeExchangeRefuses_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("wrong verifier") << "verifier";
        QTest::newRow("no verifier") << "noverifier";
        QTest::newRow("other redirect_uri") << "redirect";
        QTest::newRow("code expired") << "expired";
    }

    void codeExchangeRefuses()
    {
        QFETCH(QString, change);
        const QByteArray verifier = Pkce::newVerifier();
        const QByteArray code = authorizeCode(verifier);
        QVERIFY(!code.isEmpty());
        if (change == QLatin1String("expired"))
            m_clock.advanceMs((SandboxOAuth::kCodeLifetimeSecs + 1) * 1000);
        const Reply reply = exchange(
            code,
            change == QLatin1String("verifier")     ? Pkce::newVerifier()
            : change == QLatin1String("noverifier") ? QByteArray()
                                                    : verifier,
            change == QLatin1String("redirect") ? QStringLiteral("http://127.0.0.1:1/other") : kRedirect);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.error(), QStringLiteral("invalid_grant"));
        QVERIFY(!reply.json().contains(QStringLiteral("access_token")));
    }

    void refreshTokensAreSingleUse()
    {
        const QByteArray verifier = Pkce::newVerifier();
        const Reply first = exchange(authorizeCode(verifier), verifier);
        const QByteArray rt1 = field(first, "refresh_token");
        QVERIFY(!rt1.isEmpty());

        const Reply second = refresh(rt1);
        QCOMPARE(second.status, 200);
        const QByteArray rt2 = field(second, "refresh_token");
        QVERIFY(!rt2.isEmpty());
        QVERIFY(rt2 != rt1);
        QVERIFY(!m_oauth->isRefreshTokenValid(rt1));
        QVERIFY(m_oauth->isRefreshTokenValid(rt2));
        QVERIFY(m_oauth->isAccessTokenValid(field(second, "access_token")));

        // Replaying the spent token fails, and ends the whole chain.
        const Reply replay = refresh(rt1);
        QCOMPARE(replay.status, 400);
        QCOMPARE(replay.error(), QStringLiteral("invalid_grant"));
        QVERIFY(!m_oauth->isRefreshTokenValid(rt2));
        QVERIFY(!m_oauth->isAccessTokenValid(field(second, "access_token")));
        QCOMPARE(refresh(rt2).error(), QStringLiteral("invalid_grant"));
    }

    void refreshTokenExpiresAndCanBeRevoked()
    {
        const QByteArray verifier = Pkce::newVerifier();
        const Reply first = exchange(authorizeCode(verifier), verifier);
        m_clock.advanceMs(3601 * 1000);
        QCOMPARE(refresh(field(first, "refresh_token")).error(), QStringLiteral("invalid_grant"));

        const QByteArray verifier2 = Pkce::newVerifier();
        const Reply again = exchange(authorizeCode(verifier2), verifier2);
        QCOMPARE(again.status, 200);
        m_oauth->revokeRefreshTokens(kClient);
        QCOMPARE(refresh(field(again, "refresh_token")).error(), QStringLiteral("invalid_grant"));
        QVERIFY(!m_oauth->isAccessTokenValid(field(again, "access_token")));
    }

    void clientCredentialsTheForkStyle()
    {
        SandboxOAuth::Client fork;
        fork.clientId = QStringLiteral("fork-client");
        fork.secret = Test::testSecret(QStringLiteral("fork"));
        fork.audience = QStringLiteral("https://api.thefork.io");
        fork.accessTokenLifetimeSecs = 8600;
        m_oauth->setClient(fork);
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        form.addQueryItem(QStringLiteral("client_id"), fork.clientId);
        form.addQueryItem(QStringLiteral("client_secret"), QString::fromLatin1(fork.secret));
        form.addQueryItem(QStringLiteral("audience"), QStringLiteral("https%3A%2F%2Fapi.thefork.io"));
        const Reply reply = post(url(QStringLiteral("/oauth/token")), form);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("expires_in")).toInt(), 8600);
        QVERIFY(!reply.json().contains(QStringLiteral("refresh_token")));
        const SandboxOAuth::TokenRequest seen = m_oauth->tokenRequests().last();
        QCOMPARE(seen.clientAuth, SandboxOAuth::ClientAuth::Form);
        QCOMPARE(seen.audience, fork.audience);
        QVERIFY(!seen.grantTypeInQuery);

        form.removeAllQueryItems(QStringLiteral("audience"));
        form.addQueryItem(QStringLiteral("audience"), QStringLiteral("https%3A%2F%2Felsewhere"));
        const Reply wrongAudience = post(url(QStringLiteral("/oauth/token")), form);
        QCOMPARE(wrongAudience.status, 400);
        QCOMPARE(wrongAudience.error(), QStringLiteral("invalid_request"));
    }

    void clientCredentialsOpenTableStyle()
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        const Reply reply =
            post(url(QStringLiteral("/api/v2/oauth/token"), query), {}, basic(kClient, m_secret));
        QCOMPARE(reply.status, 200);
        QVERIFY(m_oauth->isAccessTokenValid(field(reply, "access_token")));
        const SandboxOAuth::TokenRequest seen = m_oauth->tokenRequests().last();
        QCOMPARE(seen.path, QStringLiteral("/api/v2/oauth/token"));
        QVERIFY(seen.grantTypeInQuery);
        QCOMPARE(seen.clientAuth, SandboxOAuth::ClientAuth::Basic);
        QCOMPARE(m_oauth->tokensIssued(QStringLiteral("client_credentials")), 1);
    }

    void clientAuthenticationFailures_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("wrong secret, Basic") << "basic" << 401 << "invalid_client";
        QTest::newRow("wrong secret, form") << "form" << 401 << "invalid_client";
        QTest::newRow("no credentials") << "none" << 401 << "invalid_client";
        QTest::newRow("Basic and form") << "both" << 400 << "invalid_request";
    }

    void clientAuthenticationFailures()
    {
        QFETCH(QString, how);
        QFETCH(int, status);
        QFETCH(QString, error);
        const QByteArray wrong = Test::testSecret(QStringLiteral("wrong"));
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        QByteArray authorization;
        if (how == QLatin1String("basic") || how == QLatin1String("both"))
            authorization = basic(kClient, how == QLatin1String("both") ? m_secret : wrong);
        if (how == QLatin1String("form") || how == QLatin1String("both")) {
            form.addQueryItem(QStringLiteral("client_id"), kClient);
            form.addQueryItem(QStringLiteral("client_secret"),
                              QString::fromLatin1(how == QLatin1String("both") ? m_secret : wrong));
        }
        const Reply reply = post(url(QStringLiteral("/oauth/token")), form, authorization);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.error(), error);
        if (status == 401)
            QVERIFY(reply.wwwAuthenticate.startsWith("Basic"));
        QVERIFY(!reply.body.contains(wrong));
        QVERIFY(!reply.body.contains(m_secret));
        QCOMPARE(m_oauth->tokensIssued(), 0);
    }

    void protectedResource()
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        const QByteArray token =
            field(post(url(QStringLiteral("/api/v2/oauth/token"), query), {}, basic(kClient, m_secret)),
                  "access_token");
        const QUrl resource = url(QStringLiteral("/_sandbox/protected"));

        const Reply ok = get(resource, "Bearer " + token);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json().value(QStringLiteral("client_id")).toString(), kClient);

        const Reply none = get(resource);
        QCOMPARE(none.status, 401);
        QVERIFY(none.wwwAuthenticate.contains("invalid_token"));

        m_clock.advanceMs(601 * 1000); // past the 600 s lifetime
        QCOMPARE(get(resource, "Bearer " + token).status, 401);
        QCOMPARE(m_oauth->protectedHits(), 3);
    }
};

QTEST_GUILESS_MAIN(TestSandboxOAuth)
#include "tst_sandboxoauth.moc"
