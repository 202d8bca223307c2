#pragma once

namespace Moulin {

/// Registers the POS area's connector modules (Lightspeed) and their sandbox
/// emulations. The POS area calls it (Area::registerConnectors()); tests call
/// it to get the same connectors as the application.
void registerPosConnectors();

} // namespace Moulin
