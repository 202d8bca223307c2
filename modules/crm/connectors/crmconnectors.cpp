#include "crm/connectors/crmconnectors.h"

#include "common/runtime/connectormodule.h"
#include "crm/connectors/brevo/brevomodule.h"

namespace Moulin {

void registerCrmConnectors()
{
    ConnectorModules::add(std::make_shared<BrevoModule>());
}

} // namespace Moulin
