#include "suppliers/connectors/peppol/standardsuppliermodule.h"

#include <QCoreApplication>

namespace Moulin {

StandardSupplierModule::StandardSupplierModule(QString typeName, QString id, const char* displayName,
                                               QString apiUrl, QStringList authMethods)
    : m_typeName(std::move(typeName))
    , m_id(std::move(id))
    , m_displayName(displayName)
    , m_apiUrl(std::move(apiUrl))
    , m_authMethods(std::move(authMethods))
{
}

ConnectorType StandardSupplierModule::type() const
{
    return {
        .kind = QStringLiteral("supplier"),
        .typeKey = QStringLiteral("supplier_type"),
        .typeName = m_typeName,
        .id = m_id,
        .displayName = QString::fromUtf8(m_displayName),
        .authMethods = m_authMethods,
        .defaultApiUrl = QUrl(m_apiUrl),
        .feeds = {{QStringLiteral("catalogue"), 1440},
                  {QStringLiteral("orders"), 15},
                  {QStringLiteral("deliveries"), 30}},
        // No published limits: stay gentle with the wholesalers' servers.
        .requestsPerSecond = 2.0,
        .burst = 5.0,
    };
}

QList<std::shared_ptr<const ConnectorModule>> StandardSupplierModule::profiles()
{
    const QStringList signedOrKey{QStringLiteral("hmac"), QStringLiteral("api_key")};
    return {
        std::make_shared<StandardSupplierModule>(
            QStringLiteral("Metro"), QStringLiteral("metro"),
            QT_TRANSLATE_NOOP("Moulin::ConnectorCatalog", "METRO France"),
            QStringLiteral("https://api.metro.fr/"), signedOrKey),
        std::make_shared<StandardSupplierModule>(
            QStringLiteral("Transgourmet"), QStringLiteral("transgourmet"),
            QT_TRANSLATE_NOOP("Moulin::ConnectorCatalog", "Transgourmet"),
            QStringLiteral("https://api.transgourmet.fr/"), signedOrKey),
        std::make_shared<StandardSupplierModule>(QStringLiteral("Pomona"), QStringLiteral("pomona"),
                                                 QT_TRANSLATE_NOOP("Moulin::ConnectorCatalog", "Pomona"),
                                                 QStringLiteral("https://api.pomona.fr/"), signedOrKey),
        std::make_shared<StandardSupplierModule>(
            QStringLiteral("Local"), QStringLiteral("local"),
            QT_TRANSLATE_NOOP("Moulin::ConnectorCatalog", "Local supplier (PEPPOL / UBL)"),
            QStringLiteral("https://peppol.example.fr/"),
            QStringList{QStringLiteral("hmac"), QStringLiteral("api_key"), QStringLiteral("none")}),
    };
}

} // namespace Moulin
