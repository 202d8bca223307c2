#include "reservation/connectors/website/websitemodule.h"

#include <QCoreApplication>

namespace Moulin {

ConnectorType WebsiteModule::type() const
{
    return {
        .kind = QStringLiteral("reservation"),
        .typeKey = QStringLiteral("reservation_type"),
        .typeName = QStringLiteral("Website"),
        .id = QStringLiteral("website"),
        .displayName = QString::fromUtf8(
            QT_TRANSLATE_NOOP("Moulin::ConnectorCatalog", "Own booking site (signed webhook)")),
        .authMethods = {QStringLiteral("webhook_hmac")},
        .defaultApiUrl = QUrl(QStringLiteral("https://levieuxmoulin.fr/")),
        .feeds = {{QStringLiteral("reservations"), 15}},
        .requestsPerSecond = 0.0,
        .burst = 10.0,
    };
}

} // namespace Moulin
