#include "pos/core/posconnectormodule.h"

namespace Moulin {

PriceChannel* PosConnectorModule::createPriceChannel(ConnectorRuntime&, const QString&, DbWorker*,
                                                     QObject*) const
{
    return nullptr;
}

std::shared_ptr<const PosConnectorModule> PosConnectorModule::of(const QString& connectorId)
{
    return std::dynamic_pointer_cast<const PosConnectorModule>(ConnectorModules::byId(connectorId));
}

} // namespace Moulin
