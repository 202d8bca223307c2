#pragma once

namespace Moulin {

/// Registers this area's connector types (feeds, auth methods, default
/// hosts) in the shared ConnectorCatalog. Called once by the application.
void registerCrmConnectors();

} // namespace Moulin
