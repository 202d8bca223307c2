#pragma once

namespace Moulin {

/// Registers the suppliers area's connector modules (the standard interface's profiles: Metro, Transgourmet,
/// Pomona, local). The area calls it (Area::registerConnectors()); tests call it to get the same connectors
/// as the application.
void registerSupplierConnectors();

} // namespace Moulin
