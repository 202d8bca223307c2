#pragma once

#include "common/runtime/connectormodule.h"

namespace Moulin {

/// The restaurant's own booking site: it posts signed webhooks
/// (X-Moulin-Signature) to the runtime's receiver, at /webhooks/<id>
/// (WebsiteWebhook). No feed to poll; the signing secret is the connector's
/// secret in the keychain, read again when the connector is reloaded.
class WebsiteModule final : public ConnectorModule
{
public:
    ConnectorType type() const override;
    bool isImplemented() const override { return true; }
    void attach(ConnectorRuntime& runtime, const ConnectorConfig& config) const override;
};

} // namespace Moulin
