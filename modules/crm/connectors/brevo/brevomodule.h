#pragma once

#include "common/runtime/connectormodule.h"

namespace Moulin {

/// Brevo (Sendinblue): an API key. Catalogue only so far.
class BrevoModule final : public ConnectorModule
{
public:
    ConnectorType type() const override;
    /// `api-key: <key>`.
    AuthProfile authProfile(const ConnectorConfig& config) const override;
};

} // namespace Moulin
