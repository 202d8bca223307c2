#include "crm/core/crmconnectors.h"

#include "common/core/connectorcatalog.h"

#include <QCoreApplication>

namespace Moulin {

void registerCrmConnectors()
{
    ConnectorCatalog::registerType({
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
    });
}

} // namespace Moulin
