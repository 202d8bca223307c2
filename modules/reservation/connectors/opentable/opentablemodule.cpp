#include "reservation/connectors/opentable/opentablemodule.h"

#include "reservation/connectors/opentable/opentablefeeds.h"
#include "reservation/connectors/opentable/sandboxopentable.h"
#include "reservation/connectors/syncpages.h"
#include "sandbox/core/sandboxserver.h"

#include <QCoreApplication>

namespace Moulin {

ConnectorType OpenTableModule::type() const
{
    return {
        .kind = QStringLiteral("reservation"),
        .typeKey = QStringLiteral("reservation_type"),
        .typeName = QStringLiteral("OpenTable"),
        .id = QLatin1String(kId),
        .displayName = QString::fromUtf8(QT_TRANSLATE_NOOP("Moulin::ConnectorCatalog", "OpenTable")),
        .authMethods = {QStringLiteral("oauth2")},
        .defaultApiUrl = QUrl(QStringLiteral("https://platform.opentable.com/")),
        // A booking names its guest by id only: the guests feed runs as often
        // as the bookings, so that a new guest's name reaches the host with
        // the booking rather than an hour later (both feeds are incremental).
        .feeds = {{QLatin1String(OpenTableFeeds::kReservationsFeed), 5},
                  {QLatin1String(OpenTableFeeds::kGuestsFeed), 5}},
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

void OpenTableModule::adjustProfile(ConnectorProfile& profile, const ConnectorConfig&) const
{
    profile.describeError = [](const HttpResponse& response) {
        return SyncPages::errorDetail(response.body);
    };
}

std::shared_ptr<FeedAdapter> OpenTableModule::feed(const ConnectorConfig& config,
                                                   const QString& feedName) const
{
    return OpenTableFeeds::feed(OpenTableOptions::fromConfig(config), feedName);
}

std::optional<ConnectorConfig> OpenTableModule::demoConfig(const QUrl& sandboxUrl) const
{
    ConnectorConfig config = baseDemoConfig(sandboxUrl);
    config.storeId = SandboxOpenTable::restaurantId();
    return config;
}

void OpenTableModule::registerModule()
{
    ConnectorModules::add(std::make_shared<OpenTableModule>());
    SandboxServer::registerEmulation(QLatin1String(kId),
                                     [](SandboxServer* server) { SandboxOpenTable::install(server); });
}

} // namespace Moulin
