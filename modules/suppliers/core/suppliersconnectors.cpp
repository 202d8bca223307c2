#include "suppliers/core/suppliersconnectors.h"

#include "common/core/connectorcatalog.h"

#include <QCoreApplication>

namespace Moulin {

void registerSupplierConnectors()
{
    ConnectorCatalog::registerType({
        .kind = QStringLiteral("supplier"),
        .typeKey = QStringLiteral("supplier_type"),
        .typeName = QStringLiteral("Metro"),
        .id = QStringLiteral("metro"),
        .displayName = QString::fromUtf8(QT_TRANSLATE_NOOP("Moulin::ConnectorCatalog", "METRO France")),
        .authMethods = {QStringLiteral("hmac"), QStringLiteral("api_key")},
        .defaultApiUrl = QUrl(QStringLiteral("https://api.metro.fr/")),
        .feeds = {{QStringLiteral("catalogue"), 1440},
                  {QStringLiteral("orders"), 15},
                  {QStringLiteral("deliveries"), 30}},
        .requestsPerSecond = 2.0,
        .burst = 5.0,
    });
    ConnectorCatalog::registerType({
        .kind = QStringLiteral("supplier"),
        .typeKey = QStringLiteral("supplier_type"),
        .typeName = QStringLiteral("Transgourmet"),
        .id = QStringLiteral("transgourmet"),
        .displayName = QString::fromUtf8(QT_TRANSLATE_NOOP("Moulin::ConnectorCatalog", "Transgourmet")),
        .authMethods = {QStringLiteral("hmac"), QStringLiteral("api_key")},
        .defaultApiUrl = QUrl(QStringLiteral("https://api.transgourmet.fr/")),
        .feeds = {{QStringLiteral("catalogue"), 1440},
                  {QStringLiteral("orders"), 15},
                  {QStringLiteral("deliveries"), 30}},
        .requestsPerSecond = 2.0,
        .burst = 5.0,
    });
    ConnectorCatalog::registerType({
        .kind = QStringLiteral("supplier"),
        .typeKey = QStringLiteral("supplier_type"),
        .typeName = QStringLiteral("Pomona"),
        .id = QStringLiteral("pomona"),
        .displayName = QString::fromUtf8(QT_TRANSLATE_NOOP("Moulin::ConnectorCatalog", "Pomona")),
        .authMethods = {QStringLiteral("hmac"), QStringLiteral("api_key")},
        .defaultApiUrl = QUrl(QStringLiteral("https://api.pomona.fr/")),
        .feeds = {{QStringLiteral("catalogue"), 1440},
                  {QStringLiteral("orders"), 15},
                  {QStringLiteral("deliveries"), 30}},
        .requestsPerSecond = 2.0,
        .burst = 5.0,
    });
    ConnectorCatalog::registerType({
        .kind = QStringLiteral("supplier"),
        .typeKey = QStringLiteral("supplier_type"),
        .typeName = QStringLiteral("Local"),
        .id = QStringLiteral("local"),
        .displayName =
            QString::fromUtf8(QT_TRANSLATE_NOOP("Moulin::ConnectorCatalog", "Local supplier (PEPPOL / UBL)")),
        .authMethods = {QStringLiteral("hmac"), QStringLiteral("api_key"), QStringLiteral("none")},
        .defaultApiUrl = QUrl(QStringLiteral("https://peppol.example.fr/")),
        .feeds = {{QStringLiteral("catalogue"), 1440},
                  {QStringLiteral("orders"), 15},
                  {QStringLiteral("deliveries"), 30}},
        .requestsPerSecond = 2.0,
        .burst = 5.0,
    });
}

} // namespace Moulin
