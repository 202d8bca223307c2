#include "common/auth/authprofile.h"

#include "common/core/connectorcatalog.h"
#include "common/core/connectorconfig.h"
#include "common/net/httptypes.h"

namespace Moulin {

QUrl AuthProfile::atPath(const QUrl& base, const QString& path)
{
    QUrl url;
    url.setScheme(base.scheme());
    url.setHost(base.host());
    url.setPort(base.port());
    url.setPath(path);
    return url;
}

QUrl AuthProfile::providerUrl(const QUrl& apiUrl, const QString& production)
{
    const QUrl url(production);
    return isLoopbackHost(apiUrl.host()) ? atPath(apiUrl, url.path()) : url;
}

AuthProfile AuthProfile::standard(const ConnectorConfig& config)
{
    AuthProfile profile;
    profile.connectorId = config.connectorId;
    profile.clientId = config.clientId;
    const auto type = ConnectorCatalog::byId(config.connectorId);
    profile.providerName = type                        ? type->displayName
                           : config.typeName.isEmpty() ? config.connectorId
                                                       : config.typeName;
    const QString method = config.authMethod;
    if (method == QLatin1String("api_key")) {
        profile.method = Method::ApiKey;
        profile.apiKeyHeader = "X-Api-Key";
        profile.apiKeyPrefix.clear();
        return profile;
    }
    if (method != QLatin1String("oauth2"))
        return profile; // hmac, webhook_hmac, none: no token to manage
    profile.method = Method::AuthorizationCode;
    profile.clientAuthentication = ClientAuthentication::Basic;
    profile.authorizationUrl = atPath(config.apiUrl, QStringLiteral("/oauth/authorize"));
    profile.tokenUrl = atPath(config.apiUrl, QStringLiteral("/oauth/token"));
    profile.usePkce = true;
    return profile;
}

} // namespace Moulin
