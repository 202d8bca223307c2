#include "areas.h"

#include "crm/ui/crmarea.h"
#include "pos/ui/posarea.h"
#include "reservation/ui/reservationarea.h"
#include "scheduling/ui/schedulingarea.h"
#include "suppliers/ui/suppliersarea.h"

namespace Moulin {

AreaList createAreas()
{
    AreaList areas;
    areas.push_back(std::make_unique<PosArea>());
    areas.push_back(std::make_unique<SuppliersArea>());
    areas.push_back(std::make_unique<ReservationArea>());
    areas.push_back(std::make_unique<CustomersArea>());
    areas.push_back(std::make_unique<RostersArea>());
    return areas;
}

void registerAreaConnectors()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    for (const auto& area : createAreas())
        area->registerConnectors();
}

} // namespace Moulin
