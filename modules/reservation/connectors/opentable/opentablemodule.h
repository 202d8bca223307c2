#pragma once

#include "common/runtime/connectormodule.h"

namespace Moulin {

/// OpenTable: OAuth 2.0 client credentials with HTTP Basic. Catalogue and
/// sign-in only so far: its feeds come with the Reservations area.
class OpenTableModule final : public ConnectorModule
{
public:
    ConnectorType type() const override;
    /// Client credentials, HTTP Basic, grant_type in the token URL's query,
    /// token at https://oauth.opentable.com/api/v2/oauth/token (the sandbox's
    /// /api/v2/oauth/token on loopback).
    AuthProfile authProfile(const ConnectorConfig& config) const override;
};

} // namespace Moulin
