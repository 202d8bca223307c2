#include "reservation/connectors/resy/resymodule.h"

#include <QCoreApplication>

namespace Moulin {

ConnectorType ResyModule::type() const
{
    return {
        .kind = QStringLiteral("reservation"),
        .typeKey = QStringLiteral("reservation_type"),
        .typeName = QStringLiteral("Resy"),
        .id = QStringLiteral("resy"),
        .displayName = QString::fromUtf8(QT_TRANSLATE_NOOP("Moulin::ConnectorCatalog", "Resy")),
        .authMethods = {QStringLiteral("api_key")},
        .defaultApiUrl = QUrl(QStringLiteral("https://api.resy.com/")),
        .feeds = {{QStringLiteral("reservations"), 5}},
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

} // namespace Moulin
