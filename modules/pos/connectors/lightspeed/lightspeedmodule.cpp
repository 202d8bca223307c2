#include "pos/connectors/lightspeed/lightspeedmodule.h"

#include "common/net/httpclient.h"
#include "common/runtime/connectorruntime.h"
#include "pos/connectors/lightspeed/lightspeedconnector.h"
#include "pos/connectors/lightspeed/priceupdates.h"
#include "pos/connectors/lightspeed/sandboxlightspeed.h"
#include "sandbox/core/sandboxserver.h"

#include <QPointer>

namespace Moulin {

ConnectorType LightspeedModule::type() const
{
    return {
        .kind = QStringLiteral("pos"),
        .typeKey = QStringLiteral("pos_type"),
        .typeName = QStringLiteral("LightSpeed"),
        .id = QLatin1String(kId),
        .displayName = QString::fromUtf8(
            QT_TRANSLATE_NOOP("Moulin::ConnectorCatalog", "Lightspeed Restaurant (K-Series)")),
        .authMethods = {QStringLiteral("oauth2")},
        .defaultApiUrl = QUrl(QStringLiteral("https://api.lsk.lightspeed.app/")),
        .feeds = {{QLatin1String(LightspeedConnector::kTransactionsFeed), 5},
                  {QLatin1String(LightspeedConnector::kMenuFeed), 60},
                  {QLatin1String(LightspeedConnector::kPromotionsFeed), 120}},
    };
}

AuthProfile LightspeedModule::authProfile(const ConnectorConfig& config) const
{
    AuthProfile profile = AuthProfile::standard(config);
    if (profile.method == AuthProfile::Method::AuthorizationCode)
        profile.scope = QStringLiteral("financial-api items orders-api");
    return profile;
}

void LightspeedModule::adjustProfile(ConnectorProfile& profile, const ConnectorConfig&) const
{
    LightspeedConnector::adjustProfile(profile);
}

std::shared_ptr<FeedAdapter> LightspeedModule::feed(const ConnectorConfig& config,
                                                    const QString& feedName) const
{
    return LightspeedConnector::feed(LightspeedOptions::fromConfig(config), feedName);
}

std::optional<ConnectorConfig> LightspeedModule::demoConfig(const QUrl& sandboxUrl) const
{
    ConnectorConfig config = baseDemoConfig(sandboxUrl);
    config.storeId = SandboxLightspeed::businessLocationId();
    return config;
}

void LightspeedModule::lookupStores(const ConnectorConfig& config, HttpClient* http, QObject* context,
                                    StoreLookupDone done) const
{
    QPointer<QObject> guard(context);
    const QString connectorId = config.connectorId;
    LightspeedConnector::discoverLocations(
        config.apiUrl,
        [http, guard, connectorId](const HttpRequest& request, HttpClient::Callback callback) {
            HttpRequest r = request;
            r.connector = connectorId;
            http->send(r, guard.data(), std::move(callback));
        },
        [done, guard](const QList<BusinessLocation>& locations, const QString& error) {
            if (!guard)
                return;
            QList<StoreChoice> stores;
            for (const BusinessLocation& l : locations) {
                const QString name = l.businessName.isEmpty() || l.businessName == l.name
                                         ? l.name
                                         : tr("%1 — %2").arg(l.businessName, l.name);
                stores.append({l.blId, tr("%1 (%2)").arg(name, l.blId)});
            }
            done(stores, error);
        });
}

SalesSyncProgress LightspeedModule::salesProgress(QSqlDatabase db, const QString& connectorId) const
{
    return LightspeedConnector::salesProgress(db, connectorId);
}

PriceChannel* LightspeedModule::createPriceChannel(ConnectorRuntime& runtime, const QString& connectorId,
                                                   DbWorker* db, QObject* parent) const
{
    const std::optional<ConnectorConfig> config = runtime.config(connectorId);
    if (!config)
        return nullptr;
    ConnectorRuntime* r = &runtime;
    return new PriceUpdates(
        LightspeedOptions::fromConfig(*config), db, runtime.outbox(),
        [r](const HttpRequest& request, HttpClient::Callback callback) {
            r->http()->send(request, r, std::move(callback));
        },
        parent);
}

void LightspeedModule::registerModule()
{
    ConnectorModules::add(std::make_shared<LightspeedModule>());
    SandboxServer::registerEmulation(QLatin1String(kId),
                                     [](SandboxServer* server) { SandboxLightspeed::install(server); });
}

} // namespace Moulin
