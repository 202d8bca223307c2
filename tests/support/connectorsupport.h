#pragma once

namespace Moulin::Test {

/// Registers every area's connector modules and sandbox emulations, as the
/// application does at start-up (each area's registration function): tests
/// get the same catalogue, auth profiles and feeds as production.
void registerAllConnectors();

} // namespace Moulin::Test
