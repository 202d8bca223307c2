#pragma once

namespace Moulin {

/// Registers the customers area's connector modules (Brevo). The area calls it
/// (Area::registerConnectors()); tests call it to get the same connectors as
/// the application.
void registerCrmConnectors();

} // namespace Moulin
