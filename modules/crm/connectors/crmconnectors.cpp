#include "crm/connectors/crmconnectors.h"

#include "crm/connectors/brevo/brevomodule.h"

namespace Moulin {

void registerCrmConnectors()
{
    BrevoModule::registerModule();
}

} // namespace Moulin
