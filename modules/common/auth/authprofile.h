#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace Moulin {

struct ConnectorConfig;

/// How one connector proves who it is to its provider. Built from the
/// connector's configuration by its ConnectorModule (standard() plus the
/// provider's quirks), or by hand in tests.
struct AuthProfile
{
    enum class Method
    {
        None,              ///< nothing to add (or a request signer does it)
        ApiKey,            ///< a header carrying the stored secret
        ClientCredentials, ///< OAuth 2.0 client credentials
        AuthorizationCode, ///< OAuth 2.0 authorization code + PKCE, loopback redirect
    };

    /// How the client secret reaches the token endpoint.
    enum class ClientAuthentication
    {
        Basic, ///< `Authorization: Basic base64(urlencode(id):urlencode(secret))`
        Form,  ///< client_id and client_secret in the form body
    };

    QString connectorId;  ///< keychain entries live under it
    QString providerName; ///< in user-facing messages
    Method method = Method::None;
    QString clientId;

    // OAuth 2.0
    QUrl authorizationUrl;
    QUrl tokenUrl;
    QString scope;    ///< space-separated
    QString audience; ///< client credentials: sent as `audience` when set
    ClientAuthentication clientAuthentication = ClientAuthentication::Basic;
    /// grant_type goes in the token URL's query instead of the body.
    bool grantTypeInQuery = false;
    bool usePkce = true;
    /// Loopback port and path of the redirect handler (0: any free port).
    /// Providers that register exact redirect URIs need a fixed one.
    quint16 redirectPort = 0;
    QString redirectPath;

    // API key: `apiKeyHeader: apiKeyPrefix + key + apiKeySuffix`.
    QByteArray apiKeyHeader = "Authorization";
    QByteArray apiKeyPrefix = "Bearer ";
    QByteArray apiKeySuffix;

    bool isOAuth() const
    {
        return method == Method::ClientCredentials || method == Method::AuthorizationCode;
    }

    /// The profile of a connector without provider quirks, from its auth
    /// method: `api_key` sends `X-Api-Key: <key>`; `oauth2` is the
    /// authorization code + PKCE flow at `<api>/oauth/authorize` and
    /// `<api>/oauth/token` with HTTP Basic client authentication; `hmac`,
    /// `webhook_hmac` and `none` manage no token (Method::None). A provider's
    /// ConnectorModule starts from it and adds its quirks (scope, audience,
    /// token host, key header): see ConnectorModules::authProfile().
    static AuthProfile standard(const ConnectorConfig& config);

    /// `path` on the same scheme, host and port as `base`.
    static QUrl atPath(const QUrl& base, const QString& path);
    /// The provider's own URL (`production`), or the same path on the
    /// sandbox when the API URL is on loopback.
    static QUrl providerUrl(const QUrl& apiUrl, const QString& production);
};

} // namespace Moulin
