#pragma once

#include "common/runtime/connectormodule.h"

namespace Moulin {

/// Resy. Resy publishes no partner API; until it grants one, Moulin polls an
/// API-key endpoint of our own design, shaped like OpenTable's sync feed, and
/// keeps it to this folder (the module, the feed in resyfeed.h with all its
/// reading in ResyFeed::readReservation(), the emulation in sandboxresy.h) so
/// that a real partner API replaces it without touching anything else.
///
///   Authorization: ResyAPI api_key="<key>"     (a refused key: 401 {status, message})
///   GET /partner/v1/reservations?venue_id&updated_after&limit&offset
///     → {hasNextPage, nextPageUrl, offset, limit, items:[{
///          reservation_id (string), version (integer, +1 at every change), venue_id,
///          status (booked | pending | arrived | seated | finished | cancelled | no_show),
///          starts_at_utc, num_seats (integer > 0), booked_at_utc, updated_at_utc,
///          special_request, guest:{id, first_name, last_name, phone, email, allergies}}]}
///     the records updated strictly after updated_after (ISO 8601, UTC), ordered by
///     updated_at_utc.
///
/// The guest comes with each booking; `version` orders the updates of a booking.
class ResyModule final : public ConnectorModule
{
public:
    static constexpr const char* kId = "resy";

    ConnectorType type() const override;
    /// `Authorization: ResyAPI api_key="<key>"`.
    AuthProfile authProfile(const ConnectorConfig& config) const override;
    /// Error bodies read for their message. On the sandbox without a key of
    /// its own (demo mode has no keychain entry), the sandbox's public demo key.
    void adjustProfile(ConnectorProfile& profile, const ConnectorConfig& config) const override;
    std::shared_ptr<FeedAdapter> feed(const ConnectorConfig& config, const QString& feedName) const override;
    bool isImplemented() const override { return true; }
    /// The sandbox's venue, every feed on.
    std::optional<ConnectorConfig> demoConfig(const QUrl& sandboxUrl) const override;

    /// Registers the module and its sandbox emulation (the reservations area
    /// does).
    static void registerModule();
};

} // namespace Moulin
