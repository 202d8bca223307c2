#include "reservation/connectors/thefork/theforkmodule.h"

#include <QCoreApplication>

namespace Moulin {

ConnectorType TheForkModule::type() const
{
    return {
        .kind = QStringLiteral("reservation"),
        .typeKey = QStringLiteral("reservation_type"),
        .typeName = QStringLiteral("TheFork"),
        .id = QStringLiteral("thefork"),
        .displayName =
            QString::fromUtf8(QT_TRANSLATE_NOOP("Moulin::ConnectorCatalog", "TheFork (LaFourchette)")),
        .authMethods = {QStringLiteral("oauth2")},
        .defaultApiUrl = QUrl(QStringLiteral("https://api.thefork.io/manager/v1/")),
        .feeds = {{QStringLiteral("reservations"), 5}, {QStringLiteral("customers"), 60}},
        .requestsPerSecond = 10.0,
        .burst = 20.0,
    };
}

AuthProfile TheForkModule::authProfile(const ConnectorConfig& config) const
{
    AuthProfile profile = AuthProfile::standard(config);
    if (profile.method != AuthProfile::Method::AuthorizationCode)
        return profile;
    profile.method = AuthProfile::Method::ClientCredentials;
    profile.clientAuthentication = AuthProfile::ClientAuthentication::Form;
    profile.audience = QStringLiteral("https://api.thefork.io");
    profile.authorizationUrl.clear();
    profile.tokenUrl =
        AuthProfile::providerUrl(config.apiUrl, QStringLiteral("https://auth.thefork.io/oauth/token"));
    profile.usePkce = false;
    return profile;
}

} // namespace Moulin
