#include "crm/ui/crmarea.h"

#include "crm/connectors/crmconnectors.h"
#include "crm/ui/customerstab.h"

namespace Moulin {

void CustomersArea::registerConnectors()
{
    registerCrmConnectors();
}

QList<AreaTab> CustomersArea::createTabs(AreaHost* host)
{
    auto* tab = new CustomersTab;
    tab->setObjectName(QStringLiteral("customersTab"));
    QObject::connect(tab, &CustomersTab::settingsRequested, tab, [host] {
        if (host)
            host->openConnectorSetup(QString());
    });
    return {
        {tab, [] { return tr("&Customers"); }, [] { return tr("Guest profiles, loyalty and segments"); }}};
}

} // namespace Moulin
