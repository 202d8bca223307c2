#pragma once

#include "common/runtime/connectormodule.h"

namespace Moulin {

/// A supplier over the standard interface (PEPPOL BIS Ordering 3.0, UBL 2.1
/// over signed HTTPS, see providers.md and supplierfeeds.h). Metro France,
/// Transgourmet, Pomona and "fournisseur local" are profiles of it, each
/// with its own host: the catalogue feed (prices and their history), the
/// Order Responses ("orders"), Despatch Advices ("deliveries") and invoices
/// ("invoices", BIS Billing 3.0, matched by threewaymatch.h) feeds, and
/// orders sent through the outbox (supplierordering.h). With the hmac auth
/// method every request is signed (X-Client-Id = client_id, X-Timestamp,
/// X-Signature with the client secret from the keychain); with api_key the
/// secret goes in X-Api-Key. Its sandbox emulation: sandboxsuppliers.h.
class StandardSupplierModule final : public ConnectorModule
{
public:
    StandardSupplierModule(QString typeName, QString id, const char* displayName, QString apiUrl,
                           QStringList authMethods);
    ConnectorType type() const override;
    /// hmac: signs every attempt once the secret is read from the keychain.
    void adjustProfile(ConnectorProfile& profile, const ConnectorConfig& config) const override;
    std::shared_ptr<FeedAdapter> feed(const ConnectorConfig& config, const QString& feedName) const override;
    bool isImplemented() const override { return true; }
    /// The profile's supplier(s) on the sandbox (/suppliers/<id>/v3/).
    std::optional<ConnectorConfig> demoConfig(const QUrl& sandboxUrl) const override;
    /// Reads the signing secret (hmac), registers the order handler on the
    /// outbox and queues the orders stored but not queued yet.
    void attach(ConnectorRuntime& runtime, const ConnectorConfig& config) const override;

    /// The four profiles of the standard interface.
    static QList<std::shared_ptr<const ConnectorModule>> profiles();
    /// Registers the profiles and the sandbox emulation.
    static void registerModules();

    /// The signing secret of `connectorId` is known (or known to be
    /// missing): requests are signed from then on (thread-safe).
    static bool signingReady(const QString& connectorId);
    /// Sets the signing secret by hand (tests, the child process).
    static void setSigningSecret(const QString& connectorId, const QByteArray& clientId,
                                 const QByteArray& secret);

private:
    QString m_typeName;
    QString m_id;
    const char* m_displayName;
    QString m_apiUrl;
    QStringList m_authMethods;
};

} // namespace Moulin
