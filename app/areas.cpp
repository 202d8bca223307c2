#include "areas.h"

#include "common/runtime/feedregistry.h"
#include "crm/core/crmconnectors.h"
#include "pos/core/lightspeedconnector.h"
#include "pos/core/posconnectors.h"
#include "reservation/core/reservationconnectors.h"
#include "suppliers/core/suppliersconnectors.h"

namespace Moulin {

void registerAreas()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    registerPosConnectors();
    FeedRegistry::registerFactory(
        QStringLiteral("lightspeed"),
        [](const ConnectorConfig& config, const QString& feed) -> std::shared_ptr<FeedAdapter> {
            const LightspeedOptions options = LightspeedOptions::fromConfig(config);
            if (feed == QLatin1String(LightspeedConnector::kTransactionsFeed))
                return LightspeedConnector::salesFeed(options);
            if (feed == QLatin1String(LightspeedConnector::kMenuFeed))
                return LightspeedConnector::menuFeed(options);
            if (feed == QLatin1String(LightspeedConnector::kPromotionsFeed))
                return LightspeedConnector::promotionsFeed(options);
            return nullptr;
        });
    registerSupplierConnectors();
    registerReservationConnectors();
    registerCrmConnectors();
}

} // namespace Moulin
