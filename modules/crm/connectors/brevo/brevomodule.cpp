#include "crm/connectors/brevo/brevomodule.h"

#include <QCoreApplication>

namespace Moulin {

ConnectorType BrevoModule::type() const
{
    return {
        .kind = QStringLiteral("crm"),
        .typeKey = QStringLiteral("crm_type"),
        .typeName = QStringLiteral("Brevo"),
        .id = QStringLiteral("brevo"),
        .displayName = QString::fromUtf8(QT_TRANSLATE_NOOP("Moulin::ConnectorCatalog", "Brevo (Sendinblue)")),
        .authMethods = {QStringLiteral("api_key")},
        .defaultApiUrl = QUrl(QStringLiteral("https://api.brevo.com/v3/")),
        .feeds = {{QStringLiteral("contacts"), 60}},
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

} // namespace Moulin
