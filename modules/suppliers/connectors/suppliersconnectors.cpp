#include "suppliers/connectors/suppliersconnectors.h"

#include "suppliers/connectors/peppol/standardsuppliermodule.h"

namespace Moulin {

void registerSupplierConnectors()
{
    StandardSupplierModule::registerModules();
}

} // namespace Moulin
