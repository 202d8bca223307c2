#include "common/auth/authprofile.h"

#include "common/core/connectorcatalog.h"
#include "common/core/connectorconfig.h"
#include "common/net/httptypes.h"

namespace Moulin {

namespace {

/// `path` on the same scheme, host and port as `base`.
QUrl atPath(const QUrl& base, const QString& path)
{
    QUrl url;
    url.setScheme(base.scheme());
    url.setHost(base.host());
    url.setPort(base.port());
    url.setPath(path);
    return url;
}

/// The provider's own URL, or the same path on the sandbox when the API URL
/// is on loopback.
QUrl providerUrl(const QUrl& apiUrl, const QString& production)
{
    const QUrl url(production);
    return isLoopbackHost(apiUrl.host()) ? atPath(apiUrl, url.path()) : url;
}

} // namespace

AuthProfile AuthProfile::forConnector(const ConnectorConfig& config)
{
    AuthProfile profile;
    profile.connectorId = config.connectorId;
    profile.clientId = config.clientId;
    const auto type = ConnectorCatalog::byId(config.connectorId);
    profile.providerName = type                        ? type->displayName
                           : config.typeName.isEmpty() ? config.connectorId
                                                       : config.typeName;
    const QString id = config.connectorId;
    const QString method = config.authMethod;

    if (method == QLatin1String("api_key")) {
        profile.method = Method::ApiKey;
        if (id == QLatin1String("brevo")) {
            profile.apiKeyHeader = "api-key";
            profile.apiKeyPrefix.clear();
        } else if (id == QLatin1String("resy")) {
            profile.apiKeyHeader = "Authorization";
            profile.apiKeyPrefix = "ResyAPI api_key=\"";
            profile.apiKeySuffix = "\"";
        } else {
            profile.apiKeyHeader = "X-Api-Key";
            profile.apiKeyPrefix.clear();
        }
        return profile;
    }
    if (method != QLatin1String("oauth2"))
        return profile; // hmac, webhook_hmac, none: no token to manage

    if (id == QLatin1String("thefork")) {
        profile.method = Method::ClientCredentials;
        profile.clientAuthentication = ClientAuthentication::Form;
        profile.audience = QStringLiteral("https://api.thefork.io");
        profile.tokenUrl = providerUrl(config.apiUrl, QStringLiteral("https://auth.thefork.io/oauth/token"));
        profile.usePkce = false;
    } else if (id == QLatin1String("opentable")) {
        profile.method = Method::ClientCredentials;
        profile.clientAuthentication = ClientAuthentication::Basic;
        profile.grantTypeInQuery = true;
        profile.tokenUrl =
            providerUrl(config.apiUrl, QStringLiteral("https://oauth.opentable.com/api/v2/oauth/token"));
        profile.usePkce = false;
    } else {
        profile.method = Method::AuthorizationCode;
        profile.clientAuthentication = ClientAuthentication::Basic;
        profile.authorizationUrl = atPath(config.apiUrl, QStringLiteral("/oauth/authorize"));
        profile.tokenUrl = atPath(config.apiUrl, QStringLiteral("/oauth/token"));
        profile.usePkce = true;
        if (id == QLatin1String("lightspeed"))
            profile.scope = QStringLiteral("financial-api items orders-api");
    }
    return profile;
}

} // namespace Moulin
