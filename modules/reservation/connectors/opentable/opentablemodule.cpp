#include "reservation/connectors/opentable/opentablemodule.h"

#include <QCoreApplication>

namespace Moulin {

ConnectorType OpenTableModule::type() const
{
    return {
        .kind = QStringLiteral("reservation"),
        .typeKey = QStringLiteral("reservation_type"),
        .typeName = QStringLiteral("OpenTable"),
        .id = QStringLiteral("opentable"),
        .displayName = QString::fromUtf8(QT_TRANSLATE_NOOP("Moulin::ConnectorCatalog", "OpenTable")),
        .authMethods = {QStringLiteral("oauth2")},
        .defaultApiUrl = QUrl(QStringLiteral("https://platform.opentable.com/")),
        .feeds = {{QStringLiteral("reservations"), 5}, {QStringLiteral("guests"), 60}},
        .requestsPerSecond = 10.0,
        .burst = 20.0,
    };
}

AuthProfile OpenTableModule::authProfile(const ConnectorConfig& config) const
{
    AuthProfile profile = AuthProfile::standard(config);
    if (profile.method != AuthProfile::Method::AuthorizationCode)
        return profile;
    profile.method = AuthProfile::Method::ClientCredentials;
    profile.clientAuthentication = AuthProfile::ClientAuthentication::Basic;
    profile.grantTypeInQuery = true;
    profile.authorizationUrl.clear();
    profile.tokenUrl = AuthProfile::providerUrl(
        config.apiUrl, QStringLiteral("https://oauth.opentable.com/api/v2/oauth/token"));
    profile.usePkce = false;
    return profile;
}

} // namespace Moulin
