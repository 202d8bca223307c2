#pragma once

#include "common/runtime/connectormodule.h"

namespace Moulin {

/// TheFork (LaFourchette) Manager API: OAuth 2.0 client credentials with an
/// audience (the token reused until it expires). Catalogue and sign-in only so
/// far: its feeds come with the Reservations area.
class TheForkModule final : public ConnectorModule
{
public:
    ConnectorType type() const override;
    /// Client credentials, client id and secret in the form body, audience
    /// https://api.thefork.io, token at https://auth.thefork.io/oauth/token
    /// (the sandbox's /oauth/token on loopback).
    AuthProfile authProfile(const ConnectorConfig& config) const override;
};

} // namespace Moulin
