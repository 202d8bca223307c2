#pragma once

#include "common/runtime/area.h"

namespace Moulin {

/// The areas of Moulin, in the order of their tabs. The one place that knows
/// which areas exist; everything else reaches them through the Area seam.
AreaList createAreas();

/// Registers every area's connectors (createAreas() then
/// Area::registerConnectors() on each), once per process: for the commands
/// without a window and the sandbox that need the connectors but no tabs.
void registerAreaConnectors();

} // namespace Moulin
