#pragma once

#include "common/core/connectorconfig.h"
#include "common/sync/feedadapter.h"

#include <QString>

#include <functional>
#include <memory>

namespace Moulin {

/// How an area turns a configured connector into feed adapters. Each area
/// registers one factory per connector type it implements (e.g. the POS area
/// for "lightspeed"), next to its ConnectorCatalog entry; the runtime asks the
/// registry and never knows an area's internals.
using FeedAdapterFactory =
    std::function<std::shared_ptr<FeedAdapter>(const ConnectorConfig& config, const QString& feedName)>;

class FeedRegistry
{
public:
    static void registerFactory(const QString& connectorTypeId, FeedAdapterFactory factory);
    static void unregisterFactory(const QString& connectorTypeId);
    /// Null when no area implements this connector type yet.
    static FeedAdapterFactory factory(const QString& connectorTypeId);
    static bool isImplemented(const QString& connectorTypeId);
};

} // namespace Moulin
