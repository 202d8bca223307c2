#include "sandbox/core/sandboxoauth.h"

#include "sandbox/core/sandboxhttp.h"
#include "sandbox/core/sandboxserver.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace Moulin {

namespace {

using StatusCode = QHttpServerResponder::StatusCode;

const QString kAuthorizePath = QStringLiteral("/oauth/authorize");
const QString kTokenPath = QStringLiteral("/oauth/token");
const QString kOpenTableTokenPath = QStringLiteral("/api/v2/oauth/token");
const QString kProtectedPath = QStringLiteral("/_sandbox/protected");

using SandboxHttp::header;

/// application/x-www-form-urlencoded: '+' is a space.
QUrlQuery formBody(const QByteArray& body)
{
    QByteArray encoded = body;
    encoded.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(encoded));
}

QString item(const QUrlQuery& query, const QString& key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

QByteArray base64Url(const QByteArray& data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

/// RFC 6749 §2.3.1: Basic base64(urlencode(id) ":" urlencode(secret)).
bool parseBasic(const QByteArray& value, QString* clientId, QByteArray* secret)
{
    if (!value.left(6).toLower().startsWith("basic "))
        return false;
    const auto decoded =
        QByteArray::fromBase64Encoding(value.mid(6).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const qsizetype colon = decoded.decoded.indexOf(':');
    if (colon < 0)
        return false;
    *clientId = QUrl::fromPercentEncoding(decoded.decoded.left(colon));
    *secret = QByteArray::fromPercentEncoding(decoded.decoded.mid(colon + 1));
    return !clientId->isEmpty();
}

QByteArray bearerToken(const QHttpServerRequest& request)
{
    const QByteArray value = header(request, "Authorization").trimmed();
    if (value.size() < 8 || value.left(7).toLower() != "bearer ")
        return {};
    return value.mid(7).trimmed();
}

bool isLoopbackRedirect(const QUrl& url)
{
    if (!url.isValid() || url.scheme() != QLatin1String("http") || !url.fragment().isEmpty())
        return false;
    const QString host = url.host();
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QHttpServerResponse jsonResponse(const QJsonObject& object, int status)
{
    QHttpServerResponse response(object, static_cast<StatusCode>(status));
    // RFC 6749 §5.1: token answers must not be cached.
    response.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response.addHeader(QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache"));
    return response;
}

QHttpServerResponse oauthError(const QString& error, const QString& description, int status = 400)
{
    return jsonResponse(
        QJsonObject{{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}},
        status);
}

QHttpServerResponse redirectTo(QUrl target, const QList<std::pair<QString, QString>>& params)
{
    QString query = target.query(QUrl::FullyEncoded);
    for (const auto& [key, value] : params) {
        if (!query.isEmpty())
            query += QLatin1Char('&');
        query += key + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    target.setQuery(query, QUrl::StrictMode);
    QHttpServerResponse response(StatusCode::Found);
    response.addHeader(QByteArrayLiteral("Location"), target.toEncoded());
    response.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

} // namespace

QString SandboxOAuth::demoClientId()
{
    return QStringLiteral("moulin-demo");
}

QByteArray SandboxOAuth::demoClientSecret()
{
    return QByteArrayLiteral("moulin-demo-secret");
}

SandboxOAuth* SandboxOAuth::install(SandboxServer* server)
{
    return new SandboxOAuth(server);
}

SandboxOAuth* SandboxOAuth::of(SandboxServer* server)
{
    return server ? server->findChild<SandboxOAuth*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

SandboxOAuth::SandboxOAuth(SandboxServer* server)
    : QObject(server)
{
    using Method = QHttpServerRequest::Method;
    Client demo;
    demo.clientId = demoClientId();
    demo.secret = demoClientSecret();
    setClient(demo);
    server->addRoute(
        kAuthorizePath, Method::Get,
        [this](const QHttpServerRequest& request, const QStringList&) { return authorize(request); });
    server->addRoute(kTokenPath, Method::Post, [this](const QHttpServerRequest& request, const QStringList&) {
        return token(request);
    });
    server->addRoute(
        kOpenTableTokenPath, Method::Post,
        [this](const QHttpServerRequest& request, const QStringList&) { return token(request); });
    server->addRoute(
        kProtectedPath, Method::Get,
        [this](const QHttpServerRequest& request, const QStringList&) { return protectedResource(request); });
}

void SandboxOAuth::setClient(const Client& client)
{
    m_clients.insert(client.clientId, client);
}

void SandboxOAuth::removeClient(const QString& clientId)
{
    m_clients.remove(clientId);
}

std::optional<SandboxOAuth::Client> SandboxOAuth::client(const QString& clientId) const
{
    const auto it = m_clients.constFind(clientId);
    if (it == m_clients.cend())
        return std::nullopt;
    return *it;
}

void SandboxOAuth::setClock(std::function<qint64()> nowMs)
{
    m_clock = std::move(nowMs);
}

qint64 SandboxOAuth::nowMs() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

void SandboxOAuth::revokeRefreshTokens(const QString& clientId)
{
    for (Token& token : m_refreshTokens) {
        if (clientId.isEmpty() || token.clientId == clientId)
            token.revoked = true;
    }
    revokeAccessTokens(clientId);
}

void SandboxOAuth::revokeAccessTokens(const QString& clientId)
{
    for (Token& token : m_accessTokens) {
        if (clientId.isEmpty() || token.clientId == clientId)
            token.revoked = true;
    }
}

void SandboxOAuth::expireAccessTokens(const QString& clientId)
{
    const qint64 now = nowMs();
    for (Token& token : m_accessTokens) {
        if (clientId.isEmpty() || token.clientId == clientId)
            token.expiresAtMs = std::min(token.expiresAtMs, now);
    }
}

bool SandboxOAuth::isAccessTokenValid(const QByteArray& token) const
{
    const auto it = m_accessTokens.constFind(token);
    return it != m_accessTokens.cend() && !it->revoked && nowMs() < it->expiresAtMs;
}

bool SandboxOAuth::isRefreshTokenValid(const QByteArray& token) const
{
    const auto it = m_refreshTokens.constFind(token);
    return it != m_refreshTokens.cend() && !it->revoked && !it->used && nowMs() < it->expiresAtMs;
}

int SandboxOAuth::tokensIssued(const QString& grantType) const
{
    int count = 0;
    for (const TokenRequest& request : m_requests) {
        if (request.status == 200 && (grantType.isEmpty() || request.grantType == grantType))
            ++count;
    }
    return count;
}

void SandboxOAuth::clearHistory()
{
    m_requests.clear();
    m_protectedHits = 0;
}

QByteArray SandboxOAuth::newToken(QByteArrayView kind)
{
    QByteArray random(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(random.data()), random.size() / 4);
    return m_tokenPrefix + kind.toByteArray() + '-' + base64Url(random);
}

void SandboxOAuth::revokeFamily(const QByteArray& family)
{
    if (family.isEmpty())
        return;
    for (Token& token : m_refreshTokens) {
        if (token.family == family)
            token.revoked = true;
    }
    for (Token& token : m_accessTokens) {
        if (token.family == family)
            token.revoked = true;
    }
}

QJsonObject SandboxOAuth::issue(const Client& client, const QString& scope, const QByteArray& family,
                                bool withRefresh)
{
    const qint64 now = nowMs();
    const QByteArray access = newToken("at");
    Token accessEntry;
    accessEntry.clientId = client.clientId;
    accessEntry.scope = scope;
    accessEntry.family = family;
    accessEntry.expiresAtMs = now + client.accessTokenLifetimeSecs * 1000;
    m_accessTokens.insert(access, accessEntry);
    QJsonObject answer{
        {QStringLiteral("access_token"), QString::fromLatin1(access)},
        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("expires_in"), client.accessTokenLifetimeSecs},
    };
    if (!scope.isEmpty())
        answer.insert(QStringLiteral("scope"), scope);
    if (withRefresh) {
        const QByteArray refresh = newToken("rt");
        Token refreshEntry = accessEntry;
        refreshEntry.expiresAtMs = now + client.refreshTokenLifetimeSecs * 1000;
        m_refreshTokens.insert(refresh, refreshEntry);
        answer.insert(QStringLiteral("refresh_token"), QString::fromLatin1(refresh));
    }
    return answer;
}

QHttpServerResponse SandboxOAuth::authorize(const QHttpServerRequest& request)
{
    const QUrlQuery query = request.query();
    const auto it = m_clients.constFind(item(query, QStringLiteral("client_id")));
    if (it == m_clients.cend())
        return oauthError(QStringLiteral("invalid_client"), QStringLiteral("unknown client_id"));
    const Client& client = *it;
    const QString redirectUri = item(query, QStringLiteral("redirect_uri"));
    const QUrl redirect(redirectUri, QUrl::StrictMode);
    // RFC 6749 §4.1.2.1: never redirect to an unverified URI.
    if (!isLoopbackRedirect(redirect))
        return oauthError(QStringLiteral("invalid_request"),
                          QStringLiteral("redirect_uri must be http on a loopback address"));

    const QString state = item(query, QStringLiteral("state"));
    auto fail = [&](const QString& error, const QString& description) {
        QList<std::pair<QString, QString>> params{{QStringLiteral("error"), error},
                                                  {QStringLiteral("error_description"), description}};
        if (!state.isEmpty())
            params.append({QStringLiteral("state"), state});
        return redirectTo(redirect, params);
    };
    if (item(query, QStringLiteral("response_type")) != QLatin1String("code"))
        return fail(QStringLiteral("unsupported_response_type"), QStringLiteral("only response_type=code"));
    const QString challenge = item(query, QStringLiteral("code_challenge"));
    const QString method = item(query, QStringLiteral("code_challenge_method"));
    if (!challenge.isEmpty() || !method.isEmpty()) {
        if (method != QLatin1String("S256"))
            return fail(QStringLiteral("invalid_request"),
                        QStringLiteral("code_challenge_method must be S256"));
        if (challenge.size() != 43)
            return fail(QStringLiteral("invalid_request"), QStringLiteral("malformed code_challenge"));
    } else if (client.requirePkce) {
        return fail(QStringLiteral("invalid_request"),
                    QStringLiteral("PKCE (S256 code_challenge) is required"));
    }
    if (client.denyAuthorization)
        return fail(QStringLiteral("access_denied"), QStringLiteral("the user denied access"));

    const QByteArray code = newToken("code");
    Code entry;
    entry.clientId = client.clientId;
    entry.redirectUri = redirectUri;
    entry.challenge = challenge;
    entry.scope = item(query, QStringLiteral("scope"));
    entry.expiresAtMs = nowMs() + kCodeLifetimeSecs * 1000;
    m_codes.insert(code, entry);
    QList<std::pair<QString, QString>> params{{QStringLiteral("code"), QString::fromLatin1(code)}};
    if (!state.isEmpty())
        params.append({QStringLiteral("state"), state});
    return redirectTo(redirect, params);
}

QHttpServerResponse SandboxOAuth::token(const QHttpServerRequest& request)
{
    TokenRequest record;
    record.path = request.url().path();
    const QUrlQuery form = formBody(request.body());
    const QUrlQuery query = request.query();
    record.grantType = item(form, QStringLiteral("grant_type"));
    if (record.grantType.isEmpty()) {
        record.grantType = item(query, QStringLiteral("grant_type"));
        record.grantTypeInQuery = !record.grantType.isEmpty();
    }
    auto fail = [this, &record](const QString& error, const QString& description, int status = 400) {
        record.status = status;
        record.error = error;
        m_requests.append(record);
        QHttpServerResponse response = oauthError(error, description, status);
        if (status == 401)
            response.addHeader(QByteArrayLiteral("WWW-Authenticate"),
                               QByteArrayLiteral("Basic realm=\"moulin-sandbox\""));
        return response;
    };

    // Client authentication: HTTP Basic or the form, not both.
    QString clientId;
    QByteArray secret;
    const QByteArray authorization = header(request, "Authorization");
    const bool secretInForm = form.hasQueryItem(QStringLiteral("client_secret"));
    if (!authorization.isEmpty()) {
        if (!parseBasic(authorization, &clientId, &secret))
            return fail(QStringLiteral("invalid_client"), QStringLiteral("malformed Basic credentials"), 401);
        if (secretInForm)
            return fail(QStringLiteral("invalid_request"),
                        QStringLiteral("the client authenticated twice (Basic and form)"));
        record.clientAuth = ClientAuth::Basic;
    } else {
        clientId = item(form, QStringLiteral("client_id"));
        if (secretInForm) {
            secret = item(form, QStringLiteral("client_secret")).toUtf8();
            record.clientAuth = ClientAuth::Form;
        }
        // OpenTable's token endpoint takes HTTP Basic only.
        if (record.path == kOpenTableTokenPath)
            return fail(QStringLiteral("invalid_client"),
                        QStringLiteral("the client must authenticate with HTTP Basic"), 401);
    }
    record.clientId = clientId;
    const auto it = m_clients.constFind(clientId);
    if (it == m_clients.cend() || record.clientAuth == ClientAuth::None ||
        !constantTimeEquals(secret, it->secret))
        return fail(QStringLiteral("invalid_client"), QStringLiteral("client authentication failed"), 401);
    const Client client = *it;
    const qint64 now = nowMs();

    QJsonObject answer;
    if (record.grantType == QLatin1String("authorization_code")) {
        const QByteArray codeValue = item(form, QStringLiteral("code")).toLatin1();
        const auto code = m_codes.find(codeValue);
        if (code == m_codes.end() || code->clientId != client.clientId)
            return fail(QStringLiteral("invalid_grant"), QStringLiteral("unknown authorization code"));
        if (code->used) {
            revokeFamily(code->family); // RFC 6749 §4.1.2: a replayed code revokes what it gave
            return fail(QStringLiteral("invalid_grant"), QStringLiteral("authorization code already used"));
        }
        code->used = true;
        if (now >= code->expiresAtMs)
            return fail(QStringLiteral("invalid_grant"), QStringLiteral("authorization code expired"));
        if (item(form, QStringLiteral("redirect_uri")) != code->redirectUri)
            return fail(QStringLiteral("invalid_grant"), QStringLiteral("redirect_uri does not match"));
        const QByteArray verifier = item(form, QStringLiteral("code_verifier")).toLatin1();
        if (!code->challenge.isEmpty()) {
            if (verifier.size() < 43 || verifier.size() > 128)
                return fail(QStringLiteral("invalid_grant"),
                            QStringLiteral("missing or malformed code_verifier"));
            const QByteArray expected =
                base64Url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
            if (!constantTimeEquals(expected, code->challenge.toLatin1()))
                return fail(QStringLiteral("invalid_grant"), QStringLiteral("code_verifier does not match"));
        } else if (!verifier.isEmpty()) {
            return fail(QStringLiteral("invalid_grant"),
                        QStringLiteral("code_verifier without code_challenge"));
        }
        code->family = newToken("family");
        answer = issue(client, code->scope, code->family, true);
    } else if (record.grantType == QLatin1String("refresh_token")) {
        const QByteArray value = item(form, QStringLiteral("refresh_token")).toLatin1();
        const auto refresh = m_refreshTokens.find(value);
        if (value.isEmpty() || refresh == m_refreshTokens.end() || refresh->clientId != client.clientId)
            return fail(QStringLiteral("invalid_grant"), QStringLiteral("unknown refresh token"));
        if (refresh->revoked)
            return fail(QStringLiteral("invalid_grant"), QStringLiteral("refresh token revoked"));
        if (refresh->used) {
            // Strict single use: a replay means the chain leaked; end it.
            revokeFamily(refresh->family);
            return fail(QStringLiteral("invalid_grant"), QStringLiteral("refresh token already used"));
        }
        if (now >= refresh->expiresAtMs)
            return fail(QStringLiteral("invalid_grant"), QStringLiteral("refresh token expired"));
        refresh->used = true;
        const Token used = *refresh;
        answer = issue(client, used.scope, used.family, true);
    } else if (record.grantType == QLatin1String("client_credentials")) {
        record.audience = item(form, QStringLiteral("audience"));
        if (!client.audience.isEmpty() && record.audience != client.audience)
            return fail(QStringLiteral("invalid_request"),
                        QStringLiteral("audience must be %1").arg(client.audience));
        answer = issue(client, item(form, QStringLiteral("scope")), {}, false);
    } else if (record.grantType.isEmpty()) {
        return fail(QStringLiteral("invalid_request"), QStringLiteral("grant_type is missing"));
    } else {
        return fail(QStringLiteral("unsupported_grant_type"),
                    QStringLiteral("grant_type %1 is not supported").arg(record.grantType));
    }
    record.status = 200;
    m_requests.append(record);
    return jsonResponse(answer, 200);
}

QHttpServerResponse SandboxOAuth::protectedResource(const QHttpServerRequest& request)
{
    ++m_protectedHits;
    const QByteArray token = bearerToken(request);
    if (!isAccessTokenValid(token)) {
        QHttpServerResponse response =
            jsonResponse(QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid_token")}}, 401);
        response.addHeader(QByteArrayLiteral("WWW-Authenticate"),
                           QByteArrayLiteral("Bearer realm=\"moulin-sandbox\", error=\"invalid_token\""));
        return response;
    }
    const Token& granted = m_accessTokens[token];
    return jsonResponse(QJsonObject{{QStringLiteral("ok"), true},
                                    {QStringLiteral("client_id"), granted.clientId},
                                    {QStringLiteral("scope"), granted.scope}},
                        200);
}

} // namespace Moulin
