#include "suppliers/core/suppliersconnectors.h"

#include "common/core/connectorcatalog.h"

namespace Moulin {

void registerSupplierConnectors()
{
    ConnectorCatalog::registerType({
        .kind = QStringLiteral("supplier"),
        .typeKey = QStringLiteral("supplier_type"),
        .typeName = QStringLiteral("Metro"),
        .id = QStringLiteral("metro"),
        .displayName = QStringLiteral("METRO France"),
        .authMethods = {QStringLiteral("hmac"), QStringLiteral("api_key")},
        .defaultApiUrl = QUrl(QStringLiteral("https://api.metro.fr/")),
        .feeds = {{QStringLiteral("catalogue"), 1440},
                  {QStringLiteral("orders"), 15},
                  {QStringLiteral("deliveries"), 30}},
    });
    ConnectorCatalog::registerType({
        .kind = QStringLiteral("supplier"),
        .typeKey = QStringLiteral("supplier_type"),
        .typeName = QStringLiteral("Transgourmet"),
        .id = QStringLiteral("transgourmet"),
        .displayName = QStringLiteral("Transgourmet"),
        .authMethods = {QStringLiteral("hmac"), QStringLiteral("api_key")},
        .defaultApiUrl = QUrl(QStringLiteral("https://api.transgourmet.fr/")),
        .feeds = {{QStringLiteral("catalogue"), 1440},
                  {QStringLiteral("orders"), 15},
                  {QStringLiteral("deliveries"), 30}},
    });
    ConnectorCatalog::registerType({
        .kind = QStringLiteral("supplier"),
        .typeKey = QStringLiteral("supplier_type"),
        .typeName = QStringLiteral("Pomona"),
        .id = QStringLiteral("pomona"),
        .displayName = QStringLiteral("Pomona"),
        .authMethods = {QStringLiteral("hmac"), QStringLiteral("api_key")},
        .defaultApiUrl = QUrl(QStringLiteral("https://api.pomona.fr/")),
        .feeds = {{QStringLiteral("catalogue"), 1440},
                  {QStringLiteral("orders"), 15},
                  {QStringLiteral("deliveries"), 30}},
    });
    ConnectorCatalog::registerType({
        .kind = QStringLiteral("supplier"),
        .typeKey = QStringLiteral("supplier_type"),
        .typeName = QStringLiteral("Local"),
        .id = QStringLiteral("local"),
        .displayName = QStringLiteral("Local supplier (PEPPOL / UBL)"),
        .authMethods = {QStringLiteral("hmac"), QStringLiteral("api_key"), QStringLiteral("none")},
        .defaultApiUrl = QUrl(QStringLiteral("https://peppol.example.fr/")),
        .feeds = {{QStringLiteral("catalogue"), 1440},
                  {QStringLiteral("orders"), 15},
                  {QStringLiteral("deliveries"), 30}},
    });
}

} // namespace Moulin
