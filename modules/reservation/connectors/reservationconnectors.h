#pragma once

namespace Moulin {

/// Registers the reservations area's connector modules (TheFork, OpenTable, Resy, the booking site) and the
/// sandbox emulations of those that have one. The area calls it (Area::registerConnectors()); tests call it
/// to get the same connectors as the application.
void registerReservationConnectors();

} // namespace Moulin
