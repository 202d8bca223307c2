#include "connectorsupport.h"

#include "crm/connectors/crmconnectors.h"
#include "pos/connectors/posconnectors.h"
#include "reservation/connectors/reservationconnectors.h"
#include "suppliers/connectors/suppliersconnectors.h"

namespace Moulin::Test {

void registerAllConnectors()
{
    registerPosConnectors();
    registerSupplierConnectors();
    registerReservationConnectors();
    registerCrmConnectors();
}

} // namespace Moulin::Test
