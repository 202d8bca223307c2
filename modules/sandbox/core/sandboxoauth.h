#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QHttpServerRequest;
class QHttpServerResponse;

namespace Moulin {

class SandboxServer;

/// The sandbox's OAuth 2.0 authorization server, at the providers' paths:
///
///   GET  /oauth/authorize        authorization code (Lightspeed): response_type=code, client_id,
///        redirect_uri (http on loopback, any port — RFC 8252), state, scope, code_challenge +
///        code_challenge_method=S256 (required when the client requires PKCE; "plain" is always
///        refused). Auto-approves: 302 to redirect_uri?code=…&state=…, or with error=… (RFC 6749
///        §4.1.2.1). An unknown client or a bad redirect_uri answers 400 without redirecting.
///   POST /oauth/token            Lightspeed and TheFork.
///   POST /api/v2/oauth/token     OpenTable (grant_type may come in the query; HTTP Basic only).
///        Grants: authorization_code (checks redirect_uri and the PKCE code_verifier; a code
///        works once, and its reuse revokes what it gave), refresh_token (strictly single-use:
///        every refresh returns a new refresh token; presenting a used one answers invalid_grant
///        and revokes its whole family), client_credentials (with the client's audience when
///        it has one). Client authentication by HTTP Basic (RFC 6749 §2.3.1) or client_id +
///        client_secret in the form, not both. Errors per RFC 6749 §5.2 (invalid_client: 401).
///   GET  /_sandbox/protected     a protected resource: 200 with a valid, unexpired Bearer
///        access token, else 401 with `WWW-Authenticate: Bearer error="invalid_token"`.
///
/// Every route goes through the server's fault plans and hit statistics.
/// Installed on every SandboxServer by its constructor; of() finds it.
/// Tokens are random; lifetimes come from the client and time from
/// setClock(), so tests expire tokens without waiting.
class SandboxOAuth : public QObject
{
    Q_OBJECT

public:
    /// How a token request authenticated its client.
    enum class ClientAuth
    {
        None,
        Basic,
        Form,
    };

    struct Client
    {
        QString clientId;
        QByteArray secret;
        /// /oauth/authorize refuses a request without an S256 code_challenge.
        bool requirePkce = false;
        /// client_credentials must carry exactly this audience (empty: none required).
        QString audience;
        qint64 accessTokenLifetimeSecs = 3600;
        qint64 refreshTokenLifetimeSecs = 14 * 24 * 3600;
        /// /oauth/authorize answers error=access_denied (the user said no).
        bool denyAuthorization = false;
    };

    /// One request received by a token endpoint (tests check how clients talk).
    struct TokenRequest
    {
        QString path;
        QString grantType;
        bool grantTypeInQuery = false;
        ClientAuth clientAuth = ClientAuth::None;
        QString clientId;
        QString audience;
        int status = 0;
        QString error; ///< the OAuth error code; empty on success
    };

    static constexpr qint64 kCodeLifetimeSecs = 60;

    /// The demo client every sandbox knows: client id "moulin-demo", secret
    /// demoClientSecret(), PKCE optional, no audience.
    static QString demoClientId();
    static QByteArray demoClientSecret();

    /// Adds the routes to `server` (called by SandboxServer's constructor).
    static SandboxOAuth* install(SandboxServer* server);
    /// The authorization server of `server`.
    static SandboxOAuth* of(SandboxServer* server);

    /// Adds or replaces a client.
    void setClient(const Client& client);
    void removeClient(const QString& clientId);
    std::optional<Client> client(const QString& clientId) const;

    /// Milliseconds since the epoch; empty function: the wall clock.
    void setClock(std::function<qint64()> nowMs);
    qint64 nowMs() const;
    /// Every code and token issued starts with this (tests put their secret
    /// marker there, so a leaked token is found by the secret scan).
    void setTokenPrefix(const QByteArray& prefix) { m_tokenPrefix = prefix; }

    /// Revokes the refresh tokens (and access tokens) of a client, or of
    /// every client when `clientId` is empty.
    void revokeRefreshTokens(const QString& clientId = {});
    void revokeAccessTokens(const QString& clientId = {});
    /// Ends the lifetime of the access tokens issued so far (of a client, or
    /// of every client when `clientId` is empty) now, whatever expires_in
    /// said: a provider's clock ahead of ours, or a token cut short.
    void expireAccessTokens(const QString& clientId = {});

    bool isAccessTokenValid(const QByteArray& token) const;
    /// Whether `token` is a refresh token that would be accepted now.
    bool isRefreshTokenValid(const QByteArray& token) const;

    QList<TokenRequest> tokenRequests() const { return m_requests; }
    /// Token requests with that grant type that succeeded (empty: any grant).
    int tokensIssued(const QString& grantType = {}) const;
    int protectedHits() const { return m_protectedHits; }
    void clearHistory();

private:
    struct Code
    {
        QString clientId;
        QString redirectUri;
        QString challenge;
        QString scope;
        qint64 expiresAtMs = 0;
        bool used = false;
        QByteArray family; ///< the tokens it gave, revoked if it is used again
    };
    struct Token
    {
        QString clientId;
        QString scope;
        QByteArray family; ///< refresh chain it belongs to (empty: client credentials)
        qint64 expiresAtMs = 0;
        bool used = false; ///< refresh tokens only
        bool revoked = false;
    };

    explicit SandboxOAuth(SandboxServer* server);
    QHttpServerResponse authorize(const QHttpServerRequest& request);
    QHttpServerResponse token(const QHttpServerRequest& request);
    QHttpServerResponse protectedResource(const QHttpServerRequest& request);
    QByteArray newToken(QByteArrayView kind);
    QJsonObject issue(const Client& client, const QString& scope, const QByteArray& family, bool withRefresh);
    void revokeFamily(const QByteArray& family);

    std::function<qint64()> m_clock;
    QByteArray m_tokenPrefix;
    QHash<QString, Client> m_clients;
    QHash<QByteArray, Code> m_codes;
    QHash<QByteArray, Token> m_accessTokens;
    QHash<QByteArray, Token> m_refreshTokens;
    QList<TokenRequest> m_requests;
    int m_protectedHits = 0;
};

} // namespace Moulin
