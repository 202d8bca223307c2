#pragma once

#include "common/auth/authprofile.h"
#include "common/auth/tokenstore.h"
#include "common/net/clock.h"
#include "common/net/httptypes.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantMap>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

class QNetworkRequest;
class QOAuth2AuthorizationCodeFlow;
class QOAuthHttpServerReplyHandler;
class QTimer;

namespace Moulin {

class CredentialStore;
class HttpClient;
struct HttpResponse;

/// One connector's authentication: API key, or OAuth 2.0 (client
/// credentials; authorization code with PKCE and a loopback redirect).
///
/// - ensureToken() hands out a usable credential: the stored access token,
///   renewed ahead of expiry (refreshMarginMs(), at most half the token's
///   lifetime) by refresh token or client credentials. Concurrent calls share
///   one renewal.
/// - decorator() (for the connector's ConnectorProfile) adds
///   `Authorization: Bearer …` or the provider's API-key header; it is
///   thread-safe and reads the latest credential at every attempt.
/// - handleUnauthorized(): after a 401, one forced renewal (not repeated if
///   another request already renewed the credential).
/// - authorize(): the browser sign-in. Qt NetworkAuth's
///   QOAuth2AuthorizationCodeFlow builds the authorization URL (with PKCE
///   through its modify-parameters hook) and QOAuthHttpServerReplyHandler
///   receives the redirect on 127.0.0.1; authorizeWithBrowser() carries the
///   URL to open. The code exchange and every refresh are done here on the
///   HttpClient instead of by the Qt 6.4 flow, because that flow can only put
///   the client secret in the form body while Lightspeed and OpenTable want
///   HTTP Basic, and because a rotating refresh token must be written to the
///   keychain (TokenStore's journal) before it is used.
///
/// Tokens live in the keychain (TokenStore), the client secret or API key
/// under CredentialStore::clientSecretKey(); none is ever logged.
///
/// Never loops: once a refresh token is refused (invalid_grant) the state is
/// NeedsAuthorization and every ensureToken() fails at once, without network,
/// until authorize() succeeds; once the client credentials or API key are
/// refused the state is Error until reloadCredentials().
///
/// Lives on one thread with its HttpClient and CredentialStore.
class Authenticator : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Unknown,            ///< nothing checked yet
        NeedsAuthorization, ///< the user must sign in ("Connect…")
        Authorizing,        ///< waiting for the browser sign-in
        Refreshing,         ///< renewing the access token
        Authorized,
        Error, ///< see statusMessage()
    };
    Q_ENUM(State)

    struct Result
    {
        bool ok = false;
        State state = State::Unknown;
        QString errorString; ///< translated, says what to do; empty when ok
    };
    using Callback = std::function<void(const Result& result)>;

    static constexpr qint64 kDefaultRefreshMarginMs = 60'000;
    static constexpr int kDefaultAuthorizationTimeoutMs = 10 * 60'000;
    /// How long the loopback redirect handler stays alive after the redirect,
    /// to finish answering the browser (it no longer listens meanwhile).
    static constexpr int kReplyHandlerLingerMs = 5'000;

    /// `http` sends the token requests (under the connector name
    /// tokenConnectorName(), so the connector's own decorator stays out of
    /// them); `credentials` holds the secret and the tokens.
    Authenticator(const AuthProfile& profile, HttpClient* http, CredentialStore* credentials,
                  QObject* parent = nullptr);
    ~Authenticator() override;

    const AuthProfile& profile() const { return m_profile; }
    QString tokenConnectorName() const;
    State state() const { return m_state; }
    /// What the user reads about the current state (translated).
    QString statusMessage() const { return m_message; }
    /// NeedsAuthorization only because nobody has signed in yet (no tokens
    /// stored, or signed out): nothing was refused and nothing expired, so
    /// the user is invited to sign in, not told to sign in "again".
    bool neverSignedIn() const { return m_state == State::NeedsAuthorization && m_neverSignedIn; }

    void setClock(const Clock* clock) { m_clock = clock ? clock : Clock::system(); }
    void setRefreshMarginMs(qint64 ms) { m_marginMs = std::max<qint64>(0, ms); }
    qint64 refreshMarginMs() const { return m_marginMs; }
    void setAuthorizationTimeoutMs(int ms) { m_authorizationTimeoutMs = ms; }

    /// Calls `done` (later, never inside the call) once a credential is
    /// usable, or with the reason it is not. Not at all when `context` was
    /// given and is destroyed first.
    void ensureToken(QObject* context, Callback done);
    /// Reads the stored tokens (no network) and sets the state: Authorized
    /// when some are stored, NeedsAuthorization when an authorization-code
    /// connector has none. For the settings dialog's status line.
    void loadStoredTokens(QObject* context, Callback done);
    /// A request sent with credential generation `rejectedGeneration` got a
    /// 401. Renews once (forced refresh / new client-credentials token)
    /// unless the credential changed since; an API key cannot be renewed, so
    /// that fails with "the provider refused the API key".
    void handleUnauthorized(quint64 rejectedGeneration, QObject* context, Callback done);
    /// Changes whenever the credential decorate() adds changes.
    quint64 credentialGeneration() const { return m_generation; }

    /// Adds the credential to `request` (nothing when there is none yet, or
    /// when the request already carries that header).
    void decorate(QNetworkRequest& request) const;
    /// decorate() as a ConnectorProfile decorator; thread-safe, and safe to
    /// keep after the Authenticator is gone (then it adds nothing).
    RequestDecorator decorator() const;

    /// Starts the browser sign-in (authorization-code connectors): opens the
    /// loopback redirect listener and emits authorizeWithBrowser(). Ends with
    /// authorizationFinished().
    void authorize();
    void cancelAuthorization();
    /// The loopback redirect URI of the sign-in in progress (empty otherwise).
    QString redirectUri() const { return m_redirectUri; }
    /// Forgets the tokens (memory and keychain).
    void signOut(QObject* context, Callback done);
    /// Drops the cached client secret / API key and lifts an Error state
    /// caused by refused credentials (after the user edited them).
    void reloadCredentials();

    TokenStore* tokenStore() const { return m_store; }

Q_SIGNALS:
    void stateChanged(Moulin::Authenticator::State state, const QString& message);
    /// Open `url` in the user's browser (QDesktopServices::openUrl in the UI).
    void authorizeWithBrowser(const QUrl& url);
    void authorizationFinished(bool ok, const QString& message);

private:
    struct Waiter
    {
        bool hasContext = false;
        QPointer<QObject> context;
        Callback done;
    };
    struct SharedCredential;
    struct TokenReply;

    using Form = QList<std::pair<QString, QByteArray>>;

    void addWaiter(QObject* context, Callback done);
    void pump();
    void resolveAll(const Result& result);
    void failAll(State state, const QString& message);
    void setState(State state, const QString& message);
    void withSecret(std::function<void()> then, std::function<void(const QString& message)> failed);
    void loadTokens(std::function<void(bool ok, const QString& message)> then);
    void renew();
    void requestToken(const Form& form, std::function<void(const TokenReply& reply)> done);
    TokenReply parseTokenReply(const HttpResponse& response) const;
    void acceptTokens(const TokenReply& reply, std::function<void()> then);
    void renewalFailed(const TokenReply& reply, bool forced);
    void publish();
    bool needsRenewal() const;
    bool accessTokenExpired() const;
    QString refusedMessage(const TokenReply& reply) const;

    void onAuthorizationCallback(const QVariantMap& values);
    void exchangeCode(const QByteArray& code);
    void finishAuthorization(bool ok, const QString& message);
    void stopAuthorization();
    void retireReplyHandler();

    AuthProfile m_profile;
    HttpClient* m_http;
    CredentialStore* m_credentials;
    TokenStore* m_store;
    const Clock* m_clock = Clock::system();
    qint64 m_marginMs = kDefaultRefreshMarginMs;
    int m_authorizationTimeoutMs = kDefaultAuthorizationTimeoutMs;

    State m_state = State::Unknown;
    QString m_message;
    std::shared_ptr<SharedCredential> m_shared;
    quint64 m_generation = 0;

    QByteArray m_secret;
    bool m_secretLoaded = false;
    std::optional<OAuthTokens> m_tokens;
    bool m_tokensLoaded = false;
    bool m_needsAuthorization = false;
    bool m_neverSignedIn = false; ///< with m_needsAuthorization: no tokens stored, or signed out
    QString m_blockedMessage;     ///< credentials refused: fail at once until reloadCredentials()
    bool m_forceRenewal = false;
    bool m_busy = false;
    QList<Waiter> m_waiters;

    // Browser sign-in in progress.
    QPointer<QOAuth2AuthorizationCodeFlow> m_flow;
    QPointer<QOAuthHttpServerReplyHandler> m_replyHandler;
    QTimer* m_authorizationTimer = nullptr;
    QByteArray m_verifier;
    QByteArray m_authState;
    QString m_redirectUri;
    bool m_exchanging = false;
};

} // namespace Moulin
