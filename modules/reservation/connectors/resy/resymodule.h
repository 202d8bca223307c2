#pragma once

#include "common/runtime/connectormodule.h"

namespace Moulin {

/// Resy: an API key. Catalogue only so far: its poller comes with the
/// Reservations area.
class ResyModule final : public ConnectorModule
{
public:
    ConnectorType type() const override;
    /// `Authorization: ResyAPI api_key="<key>"`.
    AuthProfile authProfile(const ConnectorConfig& config) const override;
};

} // namespace Moulin
