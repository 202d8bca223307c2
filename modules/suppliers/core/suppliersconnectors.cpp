#include "suppliers/core/suppliersconnectors.h"

#include "common/core/connectorcatalog.h"

#include <QCoreApplication>

namespace Moulin {

namespace {

// Every supplier speaks the same standard interface (PEPPOL BIS Ordering 3.0
// orders over signed HTTPS, see providers.md); Metro, Transgourmet and Pomona
// are profiles of it with their own host.
ConnectorType supplierProfile(const QString& typeName, const QString& id, const char* displayName,
                              const QString& apiUrl, const QStringList& authMethods)
{
    return {
        .kind = QStringLiteral("supplier"),
        .typeKey = QStringLiteral("supplier_type"),
        .typeName = typeName,
        .id = id,
        .displayName = QString::fromUtf8(displayName),
        .authMethods = authMethods,
        .defaultApiUrl = QUrl(apiUrl),
        .feeds = {{QStringLiteral("catalogue"), 1440},
                  {QStringLiteral("orders"), 15},
                  {QStringLiteral("deliveries"), 30}},
        // No published limits: stay gentle with the wholesalers' servers.
        .requestsPerSecond = 2.0,
        .burst = 5.0,
    };
}

} // namespace

void registerSupplierConnectors()
{
    const QStringList signedOrKey{QStringLiteral("hmac"), QStringLiteral("api_key")};
    ConnectorCatalog::registerType(
        supplierProfile(QStringLiteral("Metro"), QStringLiteral("metro"),
                        QT_TRANSLATE_NOOP("Moulin::ConnectorCatalog", "METRO France"),
                        QStringLiteral("https://api.metro.fr/"), signedOrKey));
    ConnectorCatalog::registerType(
        supplierProfile(QStringLiteral("Transgourmet"), QStringLiteral("transgourmet"),
                        QT_TRANSLATE_NOOP("Moulin::ConnectorCatalog", "Transgourmet"),
                        QStringLiteral("https://api.transgourmet.fr/"), signedOrKey));
    ConnectorCatalog::registerType(supplierProfile(QStringLiteral("Pomona"), QStringLiteral("pomona"),
                                                   QT_TRANSLATE_NOOP("Moulin::ConnectorCatalog", "Pomona"),
                                                   QStringLiteral("https://api.pomona.fr/"), signedOrKey));
    ConnectorCatalog::registerType(
        supplierProfile(QStringLiteral("Local"), QStringLiteral("local"),
                        QT_TRANSLATE_NOOP("Moulin::ConnectorCatalog", "Local supplier (PEPPOL / UBL)"),
                        QStringLiteral("https://peppol.example.fr/"),
                        {QStringLiteral("hmac"), QStringLiteral("api_key"), QStringLiteral("none")}));
}

} // namespace Moulin
