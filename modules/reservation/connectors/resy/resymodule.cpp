#include "reservation/connectors/resy/resymodule.h"

#include "common/net/httptypes.h"
#include "reservation/connectors/resy/resyfeed.h"
#include "reservation/connectors/resy/sandboxresy.h"
#include "reservation/connectors/syncpages.h"
#include "sandbox/core/sandboxserver.h"

#include <QCoreApplication>
#include <QNetworkRequest>

namespace Moulin {

ConnectorType ResyModule::type() const
{
    return {
        .kind = QStringLiteral("reservation"),
        .typeKey = QStringLiteral("reservation_type"),
        .typeName = QStringLiteral("Resy"),
        .id = QLatin1String(kId),
        .displayName = QString::fromUtf8(QT_TRANSLATE_NOOP("Moulin::ConnectorCatalog", "Resy")),
        .authMethods = {QStringLiteral("api_key")},
        .defaultApiUrl = QUrl(QStringLiteral("https://api.resy.com/")),
        .feeds = {{QLatin1String(ResyFeed::kReservationsFeed), 5}},
        .requestsPerSecond = 5.0,
        .burst = 10.0,
    };
}

AuthProfile ResyModule::authProfile(const ConnectorConfig& config) const
{
    AuthProfile profile = AuthProfile::standard(config);
    if (profile.method == AuthProfile::Method::ApiKey) {
        profile.apiKeyHeader = "Authorization";
        profile.apiKeyPrefix = "ResyAPI api_key=\"";
        profile.apiKeySuffix = "\"";
    }
    return profile;
}

void ResyModule::adjustProfile(ConnectorProfile& profile, const ConnectorConfig& config) const
{
    profile.describeError = [](const HttpResponse& response) {
        return SyncPages::errorDetail(response.body);
    };
    // The sandbox checks the key as Resy would. Demo mode runs without a
    // keychain entry, so a connector without a key of its own sends the
    // sandbox's demo key there (the runtime's authenticator, when there is
    // one, replaces this decorator).
    if (AuthProfile::standard(config).method == AuthProfile::Method::None &&
        isLoopbackHost(config.apiUrl.host())) {
        profile.decorate = [](QNetworkRequest& request, const HttpRequest&) {
            request.setRawHeader("Authorization", "ResyAPI api_key=\"" + SandboxResy::demoApiKey() + '"');
        };
    }
}

std::shared_ptr<FeedAdapter> ResyModule::feed(const ConnectorConfig& config, const QString& feedName) const
{
    return ResyFeed::feed(ResyOptions::fromConfig(config), feedName);
}

std::optional<ConnectorConfig> ResyModule::demoConfig(const QUrl& sandboxUrl) const
{
    ConnectorConfig config = baseDemoConfig(sandboxUrl);
    config.storeId = SandboxResy::venueId();
    return config;
}

void ResyModule::registerModule()
{
    ConnectorModules::add(std::make_shared<ResyModule>());
    SandboxServer::registerEmulation(QLatin1String(kId),
                                     [](SandboxServer* server) { SandboxResy::install(server); });
}

} // namespace Moulin
