#include "common/auth/authenticator.h"

#include "common/auth/authlog.h"
#include "common/auth/pkce.h"
#include "common/core/credentialstore.h"
#include "common/net/httpclient.h"
#include "common/net/redaction.h"
#include "common/net/retrypolicy.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QMutex>
#include <QNetworkRequest>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QTimer>
#include <QUrlQuery>

#include <utility>

namespace Moulin {

struct Authenticator::SharedCredential
{
    QMutex mutex;
    QByteArray header;
    QByteArray value;
};

struct Authenticator::TokenReply
{
    enum class Kind
    {
        Ok,
        InvalidClient, ///< the client id / secret were refused
        InvalidGrant,  ///< the code or refresh token was refused
        Refused,       ///< any other OAuth error
        Transient,     ///< no usable answer (network, 5xx, garbage): try again later
    };
    Kind kind = Kind::Transient;
    OAuthTokens tokens;
    QString error;       ///< OAuth error code
    QString description; ///< the provider's error_description
    QString failure;     ///< translated transport failure (Transient)
};

namespace {

using Method = AuthProfile::Method;

const char* stateName(Authenticator::State state)
{
    return QMetaEnum::fromType<Authenticator::State>().valueToKey(static_cast<int>(state));
}

QByteArray formEncode(const QList<std::pair<QString, QByteArray>>& form)
{
    QByteArray body;
    for (const auto& [key, value] : form) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(QString::fromUtf8(value));
    }
    return body;
}

/// Why the provider refused, for a message: its error_description, else its
/// error code; redacted.
QString refusalReason(const QString& error, const QString& description)
{
    return Redact::text(description.isEmpty() ? error : description);
}

void wipeBytes(QByteArray& bytes)
{
    bytes.fill('\0');
    bytes.clear();
}

/// Qt's flow, used only to build the authorization URL (its `state`, the
/// modify-parameters hook, and the reply handler's redirect URI). grant()
/// would also run Qt's own code exchange, which is not wanted here.
class AuthorizationUrlFlow : public QOAuth2AuthorizationCodeFlow
{
public:
    using QOAuth2AuthorizationCodeFlow::QOAuth2AuthorizationCodeFlow;
    QUrl authorizationRequestUrl() { return buildAuthenticateUrl(); }
};

} // namespace

Authenticator::Authenticator(const AuthProfile& profile, HttpClient* http, CredentialStore* credentials,
                             QObject* parent)
    : QObject(parent)
    , m_profile(profile)
    , m_http(http)
    , m_credentials(credentials)
    , m_store(new TokenStore(credentials, profile.connectorId, this))
    , m_shared(std::make_shared<SharedCredential>())
    , m_authorizationTimer(new QTimer(this))
{
    if (m_profile.method == Method::ApiKey && !m_profile.apiKeyHeader.isEmpty())
        Redact::addSensitiveKey(QString::fromLatin1(m_profile.apiKeyHeader));
    m_authorizationTimer->setSingleShot(true);
    connect(m_authorizationTimer, &QTimer::timeout, this, [this] {
        finishAuthorization(false, tr("The sign-in to %1 took too long and was cancelled. Click “Connect…” "
                                      "to try again.")
                                       .arg(m_profile.providerName));
    });
}

Authenticator::~Authenticator()
{
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->header.clear();
        wipeBytes(m_shared->value);
    }
    wipeBytes(m_secret);
    if (m_tokens)
        m_tokens->wipe();
}

QString Authenticator::tokenConnectorName() const
{
    return m_profile.connectorId + QStringLiteral(".oauth");
}

// --- waiters and state -------------------------------------------------------

void Authenticator::addWaiter(QObject* context, Callback done)
{
    m_waiters.append(Waiter{context != nullptr, context, std::move(done)});
}

void Authenticator::resolveAll(const Result& result)
{
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    // Queued, so a callback never runs inside ensureToken() and may call it again.
    QTimer::singleShot(0, this, [waiters, result] {
        for (const Waiter& waiter : waiters) {
            if (waiter.hasContext && !waiter.context)
                continue;
            if (waiter.done)
                waiter.done(result);
        }
    });
}

void Authenticator::failAll(State state, const QString& message)
{
    setState(state, message);
    resolveAll(Result{false, state, message});
}

void Authenticator::setState(State state, const QString& message)
{
    if (state == m_state && message == m_message)
        return;
    if (state != m_state)
        qCInfo(lcAuth, "%s: %s -> %s", qUtf8Printable(m_profile.connectorId), stateName(m_state),
               stateName(state));
    m_state = state;
    m_message = message;
    Q_EMIT stateChanged(state, message);
}

// --- credentials -------------------------------------------------------------

void Authenticator::withSecret(std::function<void()> then, std::function<void(const QString&)> failed)
{
    if (m_secretLoaded) {
        then();
        return;
    }
    m_credentials->read(m_profile.connectorId, CredentialStore::clientSecretKey(), this,
                        [this, then, failed](const CredentialStore::Outcome& outcome) {
                            if (outcome.ok() && !outcome.secret.isEmpty()) {
                                m_secret = outcome.secret;
                                m_secretLoaded = true;
                                then();
                            } else if (outcome.ok() || outcome.status == CredentialStore::Status::NotFound) {
                                failed(m_profile.method == Method::ApiKey
                                           ? tr("No API key is stored for %1. Enter it in File ▸ Settings.")
                                                 .arg(m_profile.providerName)
                                           : tr("No client secret is stored for %1. Enter it in File ▸ "
                                                "Settings.")
                                                 .arg(m_profile.providerName));
                            } else {
                                failed(outcome.message);
                            }
                        });
}

void Authenticator::loadTokens(std::function<void(bool ok, const QString& message)> then)
{
    m_store->load([this, then](const TokenStore::LoadResult& result) {
        if (!result.outcome.ok() && result.outcome.status != CredentialStore::Status::NotFound) {
            then(false, result.outcome.message);
            return;
        }
        if (m_tokens)
            m_tokens->wipe();
        m_tokens = result.tokens;
        m_tokensLoaded = true;
        ++m_generation;
        publish();
        if (m_profile.method == Method::AuthorizationCode && !m_tokens) {
            m_needsAuthorization = true;
            m_neverSignedIn = true;
            setState(State::NeedsAuthorization,
                     tr("Moulin is not connected to %1 yet. Click “Connect…” and sign in to %1 to allow "
                        "access.")
                         .arg(m_profile.providerName));
        } else if (m_profile.method == Method::AuthorizationCode && !m_tokens->hasRefreshToken() &&
                   accessTokenExpired()) {
            // Signed in before, but what is stored can no longer be used.
            m_needsAuthorization = true;
            m_neverSignedIn = false;
            setState(State::NeedsAuthorization,
                     tr("The access to %1 has expired. Click “Connect…” and sign in to %1 again.")
                         .arg(m_profile.providerName));
        } else if (m_tokens) {
            setState(State::Authorized, tr("Connected to %1.").arg(m_profile.providerName));
        }
        then(true, {});
    });
}

void Authenticator::publish()
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->header.clear();
    wipeBytes(m_shared->value);
    if (m_profile.method == Method::ApiKey && m_secretLoaded) {
        m_shared->header = m_profile.apiKeyHeader;
        m_shared->value = m_profile.apiKeyPrefix + m_secret + m_profile.apiKeySuffix;
    } else if (m_profile.isOAuth() && m_tokens && m_tokens->hasAccessToken()) {
        m_shared->header = QByteArrayLiteral("Authorization");
        m_shared->value = QByteArrayLiteral("Bearer ") + m_tokens->accessToken;
    }
}

void Authenticator::decorate(QNetworkRequest& request) const
{
    QMutexLocker lock(&m_shared->mutex);
    if (!m_shared->header.isEmpty() && !request.hasRawHeader(m_shared->header))
        request.setRawHeader(m_shared->header, m_shared->value);
}

RequestDecorator Authenticator::decorator() const
{
    return [shared = m_shared](QNetworkRequest& request, const HttpRequest&) {
        QMutexLocker lock(&shared->mutex);
        if (!shared->header.isEmpty() && !request.hasRawHeader(shared->header))
            request.setRawHeader(shared->header, shared->value);
    };
}

bool Authenticator::accessTokenExpired() const
{
    if (!m_tokens || !m_tokens->hasAccessToken())
        return true;
    return m_tokens->expiresAtMs > 0 && m_clock->nowMs() >= m_tokens->expiresAtMs;
}

bool Authenticator::needsRenewal() const
{
    if (!m_tokens || !m_tokens->hasAccessToken())
        return true;
    if (m_tokens->expiresAtMs <= 0)
        return false; // no lifetime given: valid until the provider says 401
    const qint64 lifetime = m_tokens->expiresAtMs - m_tokens->obtainedAtMs;
    const qint64 margin = lifetime > 0 ? std::min(m_marginMs, lifetime / 2) : m_marginMs;
    return m_clock->nowMs() >= m_tokens->expiresAtMs - margin;
}

// --- ensureToken ----------------------------------------------------------------

void Authenticator::ensureToken(QObject* context, Callback done)
{
    addWaiter(context, std::move(done));
    pump();
}

void Authenticator::loadStoredTokens(QObject* context, Callback done)
{
    const bool hasContext = context != nullptr;
    const QPointer<QObject> guard(context);
    auto deliver = [this, hasContext, guard, done](const Result& result) {
        QTimer::singleShot(0, this, [hasContext, guard, done, result] {
            if ((!hasContext || guard) && done)
                done(result);
        });
    };
    if (!m_profile.isOAuth() || m_tokensLoaded) {
        deliver(Result{m_state == State::Authorized, m_state, m_message});
        return;
    }
    loadTokens([this, deliver](bool ok, const QString& message) {
        if (!ok)
            setState(State::Error, message);
        deliver(Result{ok && m_state == State::Authorized, m_state, ok ? m_message : message});
        pump();
    });
}

void Authenticator::handleUnauthorized(quint64 rejectedGeneration, QObject* context, Callback done)
{
    if (m_profile.method == Method::ApiKey || m_profile.method == Method::None) {
        const QString message = tr("%1 refused the API key. Check it in File ▸ Settings, then try again.")
                                    .arg(m_profile.providerName);
        if (m_profile.method == Method::ApiKey)
            m_blockedMessage = message;
        addWaiter(context, std::move(done));
        failAll(State::Error, message);
        return;
    }
    // Another request renewed the credential meanwhile: just use the new one.
    if (rejectedGeneration == m_generation && !m_busy) {
        qCInfo(lcAuth, "%s: the provider refused the access token (401), renewing it once",
               qUtf8Printable(m_profile.connectorId));
        m_forceRenewal = true;
    }
    addWaiter(context, std::move(done));
    pump();
}

void Authenticator::pump()
{
    if (m_busy || m_waiters.isEmpty())
        return;
    switch (m_profile.method) {
    case Method::None:
        resolveAll(Result{true, m_state, {}});
        return;
    case Method::ApiKey:
        if (!m_blockedMessage.isEmpty()) {
            failAll(State::Error, m_blockedMessage);
            return;
        }
        if (!m_secretLoaded) {
            m_busy = true;
            withSecret(
                [this] {
                    m_busy = false;
                    ++m_generation;
                    publish();
                    setState(State::Authorized, tr("Connected to %1.").arg(m_profile.providerName));
                    pump();
                },
                [this](const QString& message) {
                    m_busy = false;
                    failAll(State::Error, message);
                });
            return;
        }
        resolveAll(Result{true, m_state, {}});
        return;
    case Method::ClientCredentials:
    case Method::AuthorizationCode:
        break;
    }

    if (!m_blockedMessage.isEmpty()) {
        failAll(State::Error, m_blockedMessage);
        return;
    }
    if (!m_tokensLoaded) {
        m_busy = true;
        loadTokens([this](bool ok, const QString& message) {
            m_busy = false;
            if (!ok)
                failAll(State::Error, message);
            else
                pump();
        });
        return;
    }
    // During a sign-in, tokens that still work keep serving.
    if (m_needsAuthorization || (m_state == State::Authorizing && !m_tokens)) {
        failAll(m_state == State::Authorizing ? State::Authorizing : State::NeedsAuthorization, m_message);
        return;
    }
    if (!m_forceRenewal && !needsRenewal()) {
        resolveAll(Result{true, State::Authorized, {}});
        return;
    }
    renew();
}

void Authenticator::renew()
{
    m_busy = true;
    const bool forced = std::exchange(m_forceRenewal, false);
    withSecret(
        [this, forced] {
            Form form;
            if (m_profile.method == Method::ClientCredentials) {
                form.append({QStringLiteral("grant_type"), QByteArrayLiteral("client_credentials")});
                if (!m_profile.audience.isEmpty())
                    form.append({QStringLiteral("audience"), m_profile.audience.toUtf8()});
                if (!m_profile.scope.isEmpty())
                    form.append({QStringLiteral("scope"), m_profile.scope.toUtf8()});
            } else {
                if (!m_tokens || !m_tokens->hasRefreshToken()) {
                    m_busy = false;
                    m_needsAuthorization = true;
                    m_neverSignedIn = false;
                    failAll(State::NeedsAuthorization,
                            tr("The access to %1 has expired. Click “Connect…” and sign in to %1 again.")
                                .arg(m_profile.providerName));
                    return;
                }
                form.append({QStringLiteral("grant_type"), QByteArrayLiteral("refresh_token")});
                form.append({QStringLiteral("refresh_token"), m_tokens->refreshToken});
            }
            setState(State::Refreshing, tr("Renewing the access to %1…").arg(m_profile.providerName));
            requestToken(form, [this, forced](const TokenReply& reply) {
                if (reply.kind == TokenReply::Kind::Ok) {
                    acceptTokens(reply, [this] {
                        m_busy = false;
                        pump();
                    });
                } else {
                    m_busy = false;
                    renewalFailed(reply, forced);
                }
            });
        },
        [this](const QString& message) {
            m_busy = false;
            failAll(State::Error, message);
        });
}

QString Authenticator::refusedMessage(const TokenReply& reply) const
{
    const QString reason = refusalReason(reply.error, reply.description);
    return tr("%1 refused to issue an access token (%2). Check the connection settings in File ▸ Settings.")
        .arg(m_profile.providerName, reason);
}

void Authenticator::renewalFailed(const TokenReply& reply, bool forced)
{
    using Kind = TokenReply::Kind;
    const bool refreshing = m_profile.method == Method::AuthorizationCode;
    if (reply.kind == Kind::InvalidClient) {
        m_blockedMessage =
            tr("%1 refused Moulin’s client ID or client secret. Check them in File ▸ Settings, "
               "then try again.")
                .arg(m_profile.providerName);
        failAll(State::Error, m_blockedMessage);
    } else if (reply.kind == Kind::InvalidGrant && refreshing) {
        // The refresh token is expired, revoked or already used: only a new
        // sign-in helps. Forget the dead tokens, and stop asking.
        qCWarning(lcAuth, "%s: refresh token refused (%s); a new sign-in is needed",
                  qUtf8Printable(m_profile.connectorId), qUtf8Printable(reply.error));
        if (m_tokens)
            m_tokens->wipe();
        m_tokens.reset();
        ++m_generation;
        publish();
        m_store->clear({});
        m_needsAuthorization = true;
        m_neverSignedIn = false;
        failAll(State::NeedsAuthorization,
                tr("The access to %1 has expired or was withdrawn. Click “Connect…” and sign in to %1 again.")
                    .arg(m_profile.providerName));
    } else if (reply.kind == Kind::Transient) {
        qCWarning(lcAuth, "%s: could not renew the access token: %s", qUtf8Printable(m_profile.connectorId),
                  qUtf8Printable(reply.failure));
        const QString message =
            tr("Could not renew the access to %1: %2").arg(m_profile.providerName, reply.failure);
        // Renewing ahead of expiry: the current token still works.
        if (!forced && !accessTokenExpired()) {
            setState(State::Authorized, tr("Connected to %1.").arg(m_profile.providerName));
            resolveAll(Result{true, State::Authorized, {}});
        } else {
            failAll(State::Error, message);
        }
    } else {
        m_blockedMessage = refusedMessage(reply);
        failAll(State::Error, m_blockedMessage);
    }
}

// --- token endpoint -----------------------------------------------------------

void Authenticator::requestToken(const Form& form, std::function<void(const TokenReply&)> done)
{
    HttpRequest request;
    request.method = "POST";
    request.url = m_profile.tokenUrl;
    request.connector = tokenConnectorName();
    Form body = form;
    if (m_profile.grantTypeInQuery) {
        QUrlQuery query(request.url);
        for (qsizetype i = 0; i < body.size(); ++i) {
            if (body.at(i).first == QLatin1String("grant_type")) {
                query.addQueryItem(body.at(i).first, QString::fromUtf8(body.at(i).second));
                body.removeAt(i);
                break;
            }
        }
        request.url.setQuery(query);
    }
    if (m_profile.clientAuthentication == AuthProfile::ClientAuthentication::Basic) {
        QByteArray credentials = QUrl::toPercentEncoding(m_profile.clientId) + ':' +
                                 QUrl::toPercentEncoding(QString::fromUtf8(m_secret));
        request.headers.append({QByteArrayLiteral("Authorization"), "Basic " + credentials.toBase64()});
        wipeBytes(credentials);
    } else {
        body.append({QStringLiteral("client_id"), m_profile.clientId.toUtf8()});
        body.append({QStringLiteral("client_secret"), m_secret});
    }
    request.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    request.body = formEncode(body);
    m_http->send(request, this,
                 [this, done](const HttpResponse& response) { done(parseTokenReply(response)); });
}

Authenticator::TokenReply Authenticator::parseTokenReply(const HttpResponse& response) const
{
    using Kind = TokenReply::Kind;
    TokenReply reply;
    const QJsonObject object = response.body.isEmpty() ? QJsonObject() : response.json().object();
    if (response.ok) {
        const QString tokenType = object.value(QLatin1String("token_type")).toString();
        reply.tokens.accessToken = object.value(QLatin1String("access_token")).toString().toLatin1();
        if (reply.tokens.accessToken.isEmpty()) {
            reply.kind = Kind::Transient;
            reply.failure = tr("%1 answered the token request with something Moulin does not understand.")
                                .arg(m_profile.providerName);
            return reply;
        }
        if (!tokenType.isEmpty() && tokenType.compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0) {
            reply.tokens.wipe();
            reply.kind = Kind::Refused;
            reply.error = QStringLiteral("unsupported_token_type");
            reply.description = tr("token type “%1” is not supported").arg(tokenType);
            return reply;
        }
        const QJsonValue expiresIn = object.value(QLatin1String("expires_in"));
        const qint64 seconds = expiresIn.isString() ? expiresIn.toString().toLongLong()
                                                    : static_cast<qint64>(expiresIn.toDouble());
        const qint64 now = m_clock->nowMs();
        reply.tokens.obtainedAtMs = now;
        reply.tokens.expiresAtMs = seconds > 0 ? now + seconds * 1000 : 0;
        reply.tokens.refreshToken = object.value(QLatin1String("refresh_token")).toString().toLatin1();
        reply.tokens.scope = object.value(QLatin1String("scope")).toString();
        reply.kind = Kind::Ok;
        return reply;
    }
    reply.error = object.value(QLatin1String("error")).toString();
    reply.description = object.value(QLatin1String("error_description")).toString();
    if (reply.error == QLatin1String("invalid_client") || (reply.error.isEmpty() && response.status == 401))
        reply.kind = Kind::InvalidClient;
    else if (reply.error == QLatin1String("invalid_grant"))
        reply.kind = Kind::InvalidGrant;
    else if (!reply.error.isEmpty() && response.status >= 400 && response.status < 500 &&
             !RetryPolicy::isRetryableStatus(response.status)) // 408, 425, 429: later
        reply.kind = Kind::Refused;
    else
        reply.kind = Kind::Transient;
    reply.failure = response.errorString;
    qCInfo(lcAuth, "%s: token endpoint answered %d %s", qUtf8Printable(m_profile.connectorId),
           response.status, qUtf8Printable(reply.error));
    return reply;
}

void Authenticator::acceptTokens(const TokenReply& reply, std::function<void()> then)
{
    OAuthTokens tokens = reply.tokens;
    // A provider that does not rotate keeps the refresh token it gave first.
    if (!tokens.hasRefreshToken() && m_profile.method == Method::AuthorizationCode && m_tokens)
        tokens.refreshToken = m_tokens->refreshToken;
    if (m_tokens)
        m_tokens->wipe();
    m_tokens = tokens;
    m_tokensLoaded = true;
    m_needsAuthorization = false;
    m_neverSignedIn = false;
    // The new tokens go to the keychain journal before anything uses them:
    // the old refresh token is already spent on the provider's side.
    m_store->save(tokens, [this, then](const CredentialStore::Outcome& saved) {
        QString message = tr("Connected to %1.").arg(m_profile.providerName);
        if (!saved.ok())
            message = tr("Connected to %1, but the access could not be saved in the system keyring, so you "
                         "will have to connect again after restarting Moulin. %2")
                          .arg(m_profile.providerName, saved.message);
        ++m_generation;
        publish();
        setState(State::Authorized, message);
        then();
    });
    tokens.wipe();
}

// --- browser sign-in -------------------------------------------------------------

void Authenticator::authorize()
{
    if (m_profile.method != Method::AuthorizationCode) {
        Q_EMIT authorizationFinished(
            false, tr("%1 does not use a sign-in in the web browser.").arg(m_profile.providerName));
        return;
    }
    stopAuthorization();
    // An explicit sign-in reads the client secret again (the user may just
    // have corrected it) and lifts an earlier refusal.
    wipeBytes(m_secret);
    m_secretLoaded = false;
    m_blockedMessage.clear();
    withSecret(
        [this] {
            auto* handler =
                new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, m_profile.redirectPort, this);
            if (!handler->isListening()) {
                delete handler;
                finishAuthorization(
                    false,
                    m_profile.redirectPort == 0
                        ? tr("Moulin could not open a local port to receive the answer of %1. Try again "
                             "in a moment.")
                              .arg(m_profile.providerName)
                        : tr("Moulin could not open local port %2 to receive the answer of %1. Close the "
                             "program using that port, then try again.")
                              .arg(m_profile.providerName)
                              .arg(m_profile.redirectPort));
                return;
            }
            if (!m_profile.redirectPath.isEmpty())
                handler->setCallbackPath(m_profile.redirectPath);
            handler->setCallbackText(
                tr("Moulin received the answer of %1. You can close this tab and go back to Moulin.")
                    .arg(m_profile.providerName)
                    .toHtmlEscaped());

            auto* flow = new AuthorizationUrlFlow(m_http->networkAccessManager(), this);
            flow->setReplyHandler(handler);
            flow->setAuthorizationUrl(m_profile.authorizationUrl);
            flow->setAccessTokenUrl(m_profile.tokenUrl);
            flow->setClientIdentifier(m_profile.clientId);
            flow->setScope(m_profile.scope);
            m_authState = Pkce::newState();
            flow->setState(QString::fromLatin1(m_authState));
            m_verifier = m_profile.usePkce ? Pkce::newVerifier() : QByteArray();
            const QByteArray challenge = m_profile.usePkce ? Pkce::challenge(m_verifier) : QByteArray();
            // Qt 6.4 has no PKCE: add it to the authorization request.
            flow->setModifyParametersFunction(
                [challenge](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant>* parameters) {
                    if (stage != QAbstractOAuth::Stage::RequestingAuthorization || challenge.isEmpty())
                        return;
                    parameters->replace(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
                    parameters->replace(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
                });
            // The redirect is handled here, not by the flow's own code exchange
            // (see the class comment): grant() is never called.
            connect(handler, &QAbstractOAuthReplyHandler::callbackReceived, this,
                    &Authenticator::onAuthorizationCallback);
            m_replyHandler = handler;
            m_flow = flow;
            m_redirectUri = handler->callback();
            const QUrl url = flow->authorizationRequestUrl();
            m_authorizationTimer->start(m_authorizationTimeoutMs);
            setState(State::Authorizing,
                     tr("Waiting for you to sign in to %1 in your web browser…").arg(m_profile.providerName));
            qCInfo(lcAuth, "%s: sign-in started, redirect to %s", qUtf8Printable(m_profile.connectorId),
                   qUtf8Printable(m_redirectUri));
            Q_EMIT authorizeWithBrowser(url);
        },
        [this](const QString& message) { finishAuthorization(false, message); });
}

void Authenticator::onAuthorizationCallback(const QVariantMap& values)
{
    if (!m_replyHandler || m_exchanging)
        return;
    const QString code = QUrl::fromPercentEncoding(values.value(QStringLiteral("code")).toByteArray());
    const QString error = QUrl::fromPercentEncoding(values.value(QStringLiteral("error")).toByteArray());
    if (code.isEmpty() && error.isEmpty())
        return; // not the redirect (a favicon request…)
    const QString state = QUrl::fromPercentEncoding(values.value(QStringLiteral("state")).toByteArray());
    if (state.toLatin1() != m_authState) {
        finishAuthorization(false,
                            tr("The answer from %1 did not match the sign-in Moulin started, so it was "
                               "ignored. Click “Connect…” to try again.")
                                .arg(m_profile.providerName));
        return;
    }
    if (!error.isEmpty()) {
        const QString description =
            QUrl::fromPercentEncoding(values.value(QStringLiteral("error_description")).toByteArray());
        finishAuthorization(false,
                            error == QLatin1String("access_denied")
                                ? tr("Access to %1 was refused in the web browser. Click “Connect…” to "
                                     "try again.")
                                      .arg(m_profile.providerName)
                                : tr("%1 did not grant access (%2). Click “Connect…” to try again.")
                                      .arg(m_profile.providerName, refusalReason(error, description)));
        return;
    }
    retireReplyHandler();
    exchangeCode(code.toLatin1());
}

void Authenticator::exchangeCode(const QByteArray& code)
{
    m_exchanging = true;
    Form form{{QStringLiteral("grant_type"), QByteArrayLiteral("authorization_code")},
              {QStringLiteral("code"), code},
              {QStringLiteral("redirect_uri"), m_redirectUri.toUtf8()}};
    if (!m_verifier.isEmpty())
        form.append({QStringLiteral("code_verifier"), m_verifier});
    requestToken(form, [this](const TokenReply& reply) {
        using Kind = TokenReply::Kind;
        if (!m_exchanging)
            return; // cancelled meanwhile
        m_exchanging = false;
        switch (reply.kind) {
        case Kind::Ok:
            m_busy = true;
            acceptTokens(reply, [this] {
                m_busy = false;
                finishAuthorization(true, tr("Moulin is connected to %1.").arg(m_profile.providerName));
                pump();
            });
            return;
        case Kind::InvalidClient:
            m_blockedMessage = tr("%1 refused Moulin’s client ID or client secret. Check them in File ▸ "
                                  "Settings, then try again.")
                                   .arg(m_profile.providerName);
            finishAuthorization(false, m_blockedMessage);
            return;
        case Kind::Transient:
            finishAuthorization(false, tr("Could not reach %1 to finish the sign-in: %2")
                                           .arg(m_profile.providerName, reply.failure));
            return;
        case Kind::InvalidGrant:
        case Kind::Refused:
            finishAuthorization(
                false, tr("%1 refused the sign-in (%2). Click “Connect…” to try again.")
                           .arg(m_profile.providerName, refusalReason(reply.error, reply.description)));
            return;
        }
    });
}

void Authenticator::retireReplyHandler()
{
    if (m_flow)
        m_flow->deleteLater();
    m_flow.clear();
    if (QOAuthHttpServerReplyHandler* handler = m_replyHandler) {
        // Stop listening now, but let the handler finish answering the
        // browser: it writes its page after emitting callbackReceived, and
        // deleting it would drop that connection with the page unsent.
        disconnect(handler, nullptr, this, nullptr);
        handler->close();
        QTimer::singleShot(kReplyHandlerLingerMs, handler, &QObject::deleteLater);
    }
    m_replyHandler.clear();
}

void Authenticator::stopAuthorization()
{
    m_authorizationTimer->stop();
    retireReplyHandler();
    wipeBytes(m_verifier);
    m_authState.clear();
    m_redirectUri.clear();
    m_exchanging = false;
}

void Authenticator::finishAuthorization(bool ok, const QString& message)
{
    stopAuthorization();
    if (ok) {
        setState(State::Authorized, message);
    } else {
        qCWarning(lcAuth, "%s: sign-in failed", qUtf8Printable(m_profile.connectorId));
        const State state = !m_blockedMessage.isEmpty() ? State::Error
                            : (m_needsAuthorization || !m_tokens || !m_tokensLoaded)
                                ? State::NeedsAuthorization
                                : State::Authorized;
        setState(state, message);
    }
    Q_EMIT authorizationFinished(ok, message);
}

void Authenticator::cancelAuthorization()
{
    if (m_state != State::Authorizing)
        return;
    finishAuthorization(false, tr("The sign-in to %1 was cancelled.").arg(m_profile.providerName));
}

void Authenticator::signOut(QObject* context, Callback done)
{
    stopAuthorization();
    if (m_tokens)
        m_tokens->wipe();
    m_tokens.reset();
    m_tokensLoaded = true;
    m_needsAuthorization = m_profile.method == Method::AuthorizationCode;
    m_neverSignedIn = m_needsAuthorization; // signed out: nothing was refused
    ++m_generation;
    publish();
    const bool hasContext = context != nullptr;
    const QPointer<QObject> guard(context);
    m_store->clear([this, hasContext, guard, done](const CredentialStore::Outcome& outcome) {
        const State state = m_needsAuthorization ? State::NeedsAuthorization : State::Unknown;
        setState(state, m_needsAuthorization ? tr("Moulin is not connected to %1 yet. Click “Connect…” and "
                                                  "sign in to %1 to allow access.")
                                                   .arg(m_profile.providerName)
                                             : QString());
        if ((!hasContext || guard) && done)
            done(Result{outcome.ok(), state, outcome.message});
    });
}

void Authenticator::reloadCredentials()
{
    wipeBytes(m_secret);
    m_secretLoaded = false;
    m_blockedMessage.clear();
    if (m_profile.method == Method::ApiKey)
        publish();
    if (m_state == State::Error)
        setState(State::Unknown, {});
}

} // namespace Moulin
