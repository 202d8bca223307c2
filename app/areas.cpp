#include "areas.h"

#include "crm/core/crmconnectors.h"
#include "pos/core/posconnectors.h"
#include "reservation/core/reservationconnectors.h"
#include "suppliers/core/suppliersconnectors.h"

namespace Moulin {

void registerAreas()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    registerPosConnectors();
    registerSupplierConnectors();
    registerReservationConnectors();
    registerCrmConnectors();
}

} // namespace Moulin
