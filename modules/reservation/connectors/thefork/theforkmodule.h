#pragma once

#include "common/runtime/connectormodule.h"

namespace Moulin {

/// TheFork (LaFourchette) Manager API: OAuth 2.0 client credentials with an
/// audience (the token reused until it expires), the reservations feed
/// (theforkfeeds.h: id pages, then each booking and its guest), and its thin
/// webhook (theforkwebhook.h), with its sandbox emulation (sandboxthefork.h).
class TheForkModule final : public ConnectorModule
{
public:
    static constexpr const char* kId = "thefork";

    ConnectorType type() const override;
    /// Client credentials, client id and secret in the form body, audience
    /// https://api.thefork.io, token at https://auth.thefork.io/oauth/token
    /// (the sandbox's /oauth/token on loopback).
    AuthProfile authProfile(const ConnectorConfig& config) const override;
    /// Error bodies {data: {code}, error, statusCode} read for their code.
    void adjustProfile(ConnectorProfile& profile, const ConnectorConfig& config) const override;
    std::shared_ptr<FeedAdapter> feed(const ConnectorConfig& config, const QString& feedName) const override;
    bool isImplemented() const override { return true; }
    std::optional<ConnectorConfig> demoConfig(const QUrl& sandboxUrl) const override;
    /// The webhook route (POST /webhooks/thefork?token=…) when a webhook
    /// token is in the keychain.
    void attach(ConnectorRuntime& runtime, const ConnectorConfig& config) const override;

    /// Registers the module and its sandbox emulation.
    static void registerModule();
};

} // namespace Moulin
