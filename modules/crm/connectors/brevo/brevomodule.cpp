#include "crm/connectors/brevo/brevomodule.h"

#include "crm/connectors/brevo/brevofeed.h"
#include "crm/connectors/brevo/sandboxbrevo.h"
#include "sandbox/core/sandboxserver.h"

#include <QCoreApplication>

namespace Moulin {

ConnectorType BrevoModule::type() const
{
    return {
        .kind = QStringLiteral("crm"),
        .typeKey = QStringLiteral("crm_type"),
        .typeName = QStringLiteral("Brevo"),
        .id = QLatin1String(kId),
        .displayName = QString::fromUtf8(QT_TRANSLATE_NOOP("Moulin::ConnectorCatalog", "Brevo (Sendinblue)")),
        .authMethods = {QStringLiteral("api_key")},
        .defaultApiUrl = QUrl(QStringLiteral("https://api.brevo.com/v3/")),
        .feeds = {{QLatin1String(BrevoFeed::kContactsFeed), 60}},
        .requestsPerSecond = 8.0,
        .burst = 10.0,
    };
}

AuthProfile BrevoModule::authProfile(const ConnectorConfig& config) const
{
    AuthProfile profile = AuthProfile::standard(config);
    if (profile.method == AuthProfile::Method::ApiKey) {
        profile.apiKeyHeader = "api-key";
        profile.apiKeyPrefix.clear();
    }
    return profile;
}

void BrevoModule::adjustProfile(ConnectorProfile& profile, const ConnectorConfig&) const
{
    profile.describeError = [](const HttpResponse& response) {
        return BrevoFeed::errorDetail(response.body);
    };
}

std::shared_ptr<FeedAdapter> BrevoModule::feed(const ConnectorConfig& config, const QString& feedName) const
{
    if (feedName != QLatin1String(BrevoFeed::kContactsFeed))
        return nullptr;
    return std::make_shared<BrevoFeed>(BrevoOptions::fromConfig(config));
}

std::optional<ConnectorConfig> BrevoModule::demoConfig(const QUrl& sandboxUrl) const
{
    return baseDemoConfig(sandboxUrl.resolved(QUrl(QStringLiteral("/brevo/v3/"))));
}

void BrevoModule::registerModule()
{
    ConnectorModules::add(std::make_shared<BrevoModule>());
    SandboxServer::registerEmulation(QLatin1String(kId),
                                     [](SandboxServer* server) { SandboxBrevo::install(server); });
}

} // namespace Moulin
