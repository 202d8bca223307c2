#pragma once

// What more than one benchmark sets up the same way.

namespace Moulin {
class SandboxLightspeed;
}

namespace Moulin::Bench {

/// The Lightspeed reference a first sync would have stored (tax rates, the
/// sandbox's items and its accounting groups), into this thread's
/// connection, so receipts can be stored and rolled up without a sync.
void loadLightspeedReference(SandboxLightspeed* ls);

} // namespace Moulin::Bench
