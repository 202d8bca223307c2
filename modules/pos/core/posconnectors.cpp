#include "pos/core/posconnectors.h"

#include "common/core/connectorcatalog.h"

#include <QCoreApplication>

namespace Moulin {

void registerPosConnectors()
{
    ConnectorCatalog::registerType({
        .kind = QStringLiteral("pos"),
        .typeKey = QStringLiteral("pos_type"),
        .typeName = QStringLiteral("LightSpeed"),
        .id = QStringLiteral("lightspeed"),
        .displayName = QString::fromUtf8(
            QT_TRANSLATE_NOOP("Moulin::ConnectorCatalog", "Lightspeed Restaurant (K-Series)")),
        .authMethods = {QStringLiteral("oauth2")},
        .defaultApiUrl = QUrl(QStringLiteral("https://api.lsk.lightspeed.app/")),
        .feeds = {{QStringLiteral("transactions"), 5},
                  {QStringLiteral("menu_items"), 60},
                  {QStringLiteral("promotions"), 120}},
    });
}

} // namespace Moulin
