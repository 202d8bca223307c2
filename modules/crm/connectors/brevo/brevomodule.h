#pragma once

#include "common/runtime/connectormodule.h"

namespace Moulin {

/// Brevo (Sendinblue): an API key (`api-key` header), the contacts feed both
/// ways (brevofeed.h), segments as lists (brevolists.h), and its sandbox
/// emulation (sandboxbrevo.h).
class BrevoModule final : public ConnectorModule
{
public:
    static constexpr const char* kId = "brevo";

    ConnectorType type() const override;
    /// `api-key: <key>`.
    AuthProfile authProfile(const ConnectorConfig& config) const override;
    /// Error bodies {code, message} read for their message.
    void adjustProfile(ConnectorProfile& profile, const ConnectorConfig& config) const override;
    std::shared_ptr<FeedAdapter> feed(const ConnectorConfig& config, const QString& feedName) const override;
    bool isImplemented() const override { return true; }
    std::optional<ConnectorConfig> demoConfig(const QUrl& sandboxUrl) const override;

    /// Registers the module and its sandbox emulation.
    static void registerModule();
};

} // namespace Moulin
