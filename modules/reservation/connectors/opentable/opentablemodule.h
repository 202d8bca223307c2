#pragma once

#include "common/runtime/connectormodule.h"

namespace Moulin {

/// OpenTable: OAuth 2.0 client credentials with HTTP Basic (the token, about
/// 28 days, reused until it expires), and the sync API's reservations and
/// guests feeds (opentablefeeds.h), with its sandbox emulation
/// (sandboxopentable.h).
class OpenTableModule final : public ConnectorModule
{
public:
    static constexpr const char* kId = "opentable";

    ConnectorType type() const override;
    /// Client credentials, HTTP Basic, grant_type in the token URL's query,
    /// token at https://oauth.opentable.com/api/v2/oauth/token (the sandbox's
    /// /api/v2/oauth/token on loopback).
    AuthProfile authProfile(const ConnectorConfig& config) const override;
    /// Error bodies read for their message.
    void adjustProfile(ConnectorProfile& profile, const ConnectorConfig& config) const override;
    std::shared_ptr<FeedAdapter> feed(const ConnectorConfig& config, const QString& feedName) const override;
    bool isImplemented() const override { return true; }
    /// The sandbox's restaurant (rid), every feed on.
    std::optional<ConnectorConfig> demoConfig(const QUrl& sandboxUrl) const override;

    /// Registers the module and its sandbox emulation (the reservations area
    /// does).
    static void registerModule();
};

} // namespace Moulin
