#include "scheduling/ui/schedulingarea.h"

#include "scheduling/ui/rosterstab.h"

namespace Moulin {

void RostersArea::registerConnectors()
{
    // No connector yet: the rosters are computed from the other areas' data.
}

QList<AreaTab> RostersArea::createTabs(AreaHost* host)
{
    auto* tab = new RostersTab;
    tab->setObjectName(QStringLiteral("rostersTab"));
    QObject::connect(tab, &RostersTab::settingsRequested, tab, [host] {
        if (host)
            host->openConnectorSetup(QString());
    });
    return {{tab, [] { return tr("R&osters"); }, [] { return tr("Staff needs and generated rosters"); }}};
}

} // namespace Moulin
