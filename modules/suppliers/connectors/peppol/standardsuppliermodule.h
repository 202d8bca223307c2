#pragma once

#include "common/runtime/connectormodule.h"

namespace Moulin {

/// A supplier over the standard interface (PEPPOL BIS Ordering 3.0, UBL 2.1
/// over signed HTTPS, see providers.md). Metro France, Transgourmet, Pomona
/// and "fournisseur local" are profiles of it, each with its own host.
/// Catalogue only so far: its feeds come with the Suppliers area.
class StandardSupplierModule final : public ConnectorModule
{
public:
    StandardSupplierModule(QString typeName, QString id, const char* displayName, QString apiUrl,
                           QStringList authMethods);
    ConnectorType type() const override;

    /// The four profiles of the standard interface.
    static QList<std::shared_ptr<const ConnectorModule>> profiles();

private:
    QString m_typeName;
    QString m_id;
    const char* m_displayName;
    QString m_apiUrl;
    QStringList m_authMethods;
};

} // namespace Moulin
