#include "suppliers/ui/suppliersarea.h"

#include "common/ui/settingsdialog.h"
#include "suppliers/connectors/suppliersconnectors.h"
#include "suppliers/ui/restaurantidentitypage.h"
#include "suppliers/ui/supplierstab.h"

namespace Moulin {

void SuppliersArea::registerConnectors()
{
    registerSupplierConnectors();
}

QList<AreaTab> SuppliersArea::createTabs(AreaHost* host)
{
    auto* tab = new SuppliersTab;
    tab->setObjectName(QStringLiteral("suppliersTab"));
    QObject::connect(tab, &SuppliersTab::settingsRequested, tab, [host] {
        if (host)
            host->openConnectorSetup(QString());
    });
    return {{tab, [] { return tr("Su&ppliers"); }, [] { return tr("Catalogues, orders and deliveries"); }}};
}

void SuppliersArea::extendSettings(SettingsDialog* dialog, ConnectorRuntime*)
{
    dialog->addSection(tr("Establishment"), new RestaurantIdentityPage);
}

} // namespace Moulin
