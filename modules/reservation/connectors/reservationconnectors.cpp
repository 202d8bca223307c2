#include "reservation/connectors/reservationconnectors.h"

#include "common/runtime/connectormodule.h"
#include "reservation/connectors/opentable/opentablemodule.h"
#include "reservation/connectors/resy/resymodule.h"
#include "reservation/connectors/thefork/theforkmodule.h"
#include "reservation/connectors/website/websitemodule.h"

namespace Moulin {

void registerReservationConnectors()
{
    TheForkModule::registerModule();
    OpenTableModule::registerModule();
    ResyModule::registerModule();
    ConnectorModules::add(std::make_shared<WebsiteModule>());
}

} // namespace Moulin
