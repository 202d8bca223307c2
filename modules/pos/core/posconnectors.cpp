#include "pos/core/posconnectors.h"

#include "common/core/connectorcatalog.h"

namespace Moulin {

void registerPosConnectors()
{
    ConnectorCatalog::registerType({
        .kind = QStringLiteral("pos"),
        .typeKey = QStringLiteral("pos_type"),
        .typeName = QStringLiteral("LightSpeed"),
        .id = QStringLiteral("lightspeed"),
        .displayName = QStringLiteral("Lightspeed Restaurant (K-Series)"),
        .authMethods = {QStringLiteral("oauth2")},
        .defaultApiUrl = QUrl(QStringLiteral("https://api.lsk.lightspeed.app/")),
        .feeds = {{QStringLiteral("transactions"), 5},
                  {QStringLiteral("menu_items"), 60},
                  {QStringLiteral("promotions"), 120}},
    });
}

} // namespace Moulin
