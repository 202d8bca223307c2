#include "pos/connectors/posconnectors.h"

#include "pos/connectors/lightspeed/lightspeedmodule.h"

namespace Moulin {

void registerPosConnectors()
{
    LightspeedModule::registerModule();
}

} // namespace Moulin
