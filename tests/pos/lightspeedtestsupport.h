#pragma once

// The Lightspeed connector as the runtime builds it (ConnectorModule::
// definition: feeds, HTTP profile, rate limit), with the test's own options
// (a fake clock, small pages, a short back-fill) for the feeds.

#include "common/runtime/connectormodule.h"
#include "pos/connectors/lightspeed/lightspeedconnector.h"
#include "pos/connectors/lightspeed/lightspeedmodule.h"
#include "pos/connectors/posconnectors.h"

namespace Moulin::Test {

inline ConnectorDefinition lightspeedDefinition(const ConnectorConfig& config,
                                                const LightspeedOptions& options,
                                                RequestDecorator authDecorator = {})
{
    registerPosConnectors();
    const auto module = ConnectorModules::byId(QLatin1String(LightspeedModule::kId));
    ConnectorDefinition d = module->definition(
        config, [options](const QString& feed) { return LightspeedConnector::feed(options, feed); });
    d.profile.decorate = std::move(authDecorator);
    return d;
}

} // namespace Moulin::Test
