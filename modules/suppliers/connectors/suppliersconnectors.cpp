#include "suppliers/connectors/suppliersconnectors.h"

#include "common/runtime/connectormodule.h"
#include "suppliers/connectors/peppol/standardsuppliermodule.h"

namespace Moulin {

void registerSupplierConnectors()
{
    for (const auto& module : StandardSupplierModule::profiles())
        ConnectorModules::add(module);
}

} // namespace Moulin
