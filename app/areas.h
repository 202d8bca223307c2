#pragma once

namespace Moulin {

/// Registers every area's connector types and feed-adapter factories. The
/// one place that knows which areas exist; called once per process (GUI or
/// headless).
void registerAreas();

} // namespace Moulin
