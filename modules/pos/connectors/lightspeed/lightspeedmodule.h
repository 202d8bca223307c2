#pragma once

#include "pos/core/posconnectormodule.h"

#include <QCoreApplication>

namespace Moulin {

/// Lightspeed Restaurant (K-Series): the POS area's connector module. Its
/// feeds and readers are in lightspeedconnector.h, its price edits in
/// priceupdates.h, its sandbox emulation in sandboxlightspeed.h.
class LightspeedModule final : public PosConnectorModule
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::LightspeedModule)

public:
    static constexpr const char* kId = "lightspeed";

    ConnectorType type() const override;
    /// Authorization code + PKCE at `<api>/oauth/authorize|token`, HTTP
    /// Basic, scopes financial-api, items and orders-api.
    AuthProfile authProfile(const ConnectorConfig& config) const override;
    void adjustProfile(ConnectorProfile& profile, const ConnectorConfig& config) const override;
    std::shared_ptr<FeedAdapter> feed(const ConnectorConfig& config, const QString& feedName) const override;
    bool isImplemented() const override { return true; }
    /// The sandbox restaurant's business location, every feed on.
    std::optional<ConnectorConfig> demoConfig(const QUrl& sandboxUrl) const override;
    /// The business locations of the account (GET /f/data/businesses).
    bool canLookupStores() const override { return true; }
    void lookupStores(const ConnectorConfig& config, HttpClient* http, QObject* context,
                      StoreLookupDone done) const override;

    SalesSyncProgress salesProgress(QSqlDatabase db, const QString& connectorId) const override;
    PriceChannel* createPriceChannel(ConnectorRuntime& runtime, const QString& connectorId, DbWorker* db,
                                     QObject* parent) const override;

    /// Registers the module and its sandbox emulation (the POS area does).
    static void registerModule();
};

} // namespace Moulin
