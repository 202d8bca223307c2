#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace Moulin {

struct ConnectorConfig;

/// How one connector proves who it is to its provider. Built from the
/// connector's configuration by forConnector() (the provider presets), or by
/// hand in tests.
struct AuthProfile
{
    enum class Method
    {
        None,              ///< nothing to add (or a request signer does it)
        ApiKey,            ///< a header carrying the stored secret
        ClientCredentials, ///< OAuth 2.0 client credentials (TheFork, OpenTable)
        AuthorizationCode, ///< OAuth 2.0 authorization code + PKCE, loopback redirect (Lightspeed)
    };

    /// How the client secret reaches the token endpoint.
    enum class ClientAuthentication
    {
        Basic, ///< `Authorization: Basic base64(urlencode(id):urlencode(secret))` (Lightspeed, OpenTable)
        Form,  ///< client_id and client_secret in the form body (TheFork)
    };

    QString connectorId;  ///< keychain entries live under it ("lightspeed")
    QString providerName; ///< in user-facing messages ("Lightspeed")
    Method method = Method::None;
    QString clientId;

    // OAuth 2.0
    QUrl authorizationUrl;
    QUrl tokenUrl;
    QString scope;    ///< space-separated
    QString audience; ///< client credentials: sent as `audience` (TheFork)
    ClientAuthentication clientAuthentication = ClientAuthentication::Basic;
    /// grant_type goes in the token URL's query instead of the body (OpenTable).
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

    /// The provider presets, keyed by the catalogue id and auth method:
    ///  - lightspeed (oauth2): authorization code + PKCE, Basic; `<api>/oauth/authorize`,
    ///    `<api>/oauth/token`; scopes financial-api, items, orders-api.
    ///  - thefork (oauth2): client credentials, form, audience https://api.thefork.io;
    ///    https://auth.thefork.io/oauth/token.
    ///  - opentable (oauth2): client credentials, Basic, grant_type in the query;
    ///    https://oauth.opentable.com/api/v2/oauth/token.
    ///  - brevo (api_key): `api-key: <key>`; resy (api_key): `Authorization: ResyAPI api_key="<key>"`;
    ///    any other api_key connector: `X-Api-Key: <key>`.
    ///  - any other oauth2 connector: authorization code + PKCE at `<api>/oauth/authorize|token`.
    ///  - hmac, webhook_hmac, none: Method::None.
    /// When the API URL is on loopback (the sandbox), every token and
    /// authorize URL moves to the same host and port, at the provider's path.
    static AuthProfile forConnector(const ConnectorConfig& config);
};

} // namespace Moulin
