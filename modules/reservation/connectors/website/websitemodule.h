#pragma once

#include "common/runtime/connectormodule.h"

namespace Moulin {

/// The restaurant's own booking site: signed webhooks (X-Moulin-Signature).
/// Catalogue only so far: its webhook route comes with the Reservations area.
class WebsiteModule final : public ConnectorModule
{
public:
    ConnectorType type() const override;
};

} // namespace Moulin
