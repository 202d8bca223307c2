#pragma once

#include "common/core/connectorconfig.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Moulin {

/// Typed access to the connectors' settings in AppPaths::settings(), one
/// group per connector:
///
///     connectors/<id>/type_key, type_name, api_url, store_id, auth_method,
///                     client_id, retry_attempts, notification_email,
///                     feeds/<feed>/enabled, feeds/<feed>/interval_minutes
///
/// The client secret is never written here: it lives in the CredentialStore.
class ConnectorSettings
{
public:
    static QList<ConnectorConfig> all();
    /// Feeds come back in the catalogue's order, with the catalogue's defaults
    /// for any feed the settings do not mention. clientSecret is always empty.
    static std::optional<ConnectorConfig> load(const QString& id);
    /// Replaces the connector's group. Never writes clientSecret. Returns
    /// false (and leaves the file as it was) when the settings cannot be
    /// written.
    static bool save(const ConnectorConfig& config);
    static bool remove(const QString& id);
    /// Sorted.
    static QStringList configuredIds();
    /// `overrides` (e.g. demo mode's sandbox connectors) followed by every
    /// saved connector they do not shadow (same id).
    static QList<ConnectorConfig> allWith(const QList<ConnectorConfig>& overrides);
};

} // namespace Moulin
