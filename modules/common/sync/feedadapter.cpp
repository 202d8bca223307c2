#include "common/sync/feedadapter.h"

#include "common/core/connectorconfig.h"

#include <utility>

namespace Moulin {

FeedAdapter::~FeedAdapter() = default;

PageRecords::~PageRecords() = default;

FunctionFeedAdapter::FunctionFeedAdapter(RequestFn request, ParseFn parse, StoreFn store)
    : m_request(std::move(request))
    , m_parse(std::move(parse))
    , m_store(std::move(store))
{
}

ConnectorDefinition ConnectorDefinition::fromConfig(
    const ConnectorConfig& config,
    const std::function<std::shared_ptr<FeedAdapter>(const QString& feedName)>& adapterFor)
{
    ConnectorDefinition definition;
    definition.id = config.connectorId;
    definition.profile.name = config.connectorId;
    definition.profile.retry.retryAttempts = config.retryAttempts;
    for (const FeedSetting& setting : config.feeds) {
        std::shared_ptr<FeedAdapter> adapter = adapterFor ? adapterFor(setting.name) : nullptr;
        if (!adapter)
            continue;
        FeedDefinition feed;
        feed.name = setting.name;
        feed.enabled = setting.enabled;
        feed.intervalMs = qint64(setting.intervalMinutes) * 60'000;
        feed.adapter = std::move(adapter);
        definition.feeds.append(feed);
    }
    return definition;
}

} // namespace Moulin
