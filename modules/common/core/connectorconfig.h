#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

namespace Moulin {

/// One feed of a connector as configured (sync_settings.<name>).
struct FeedSetting
{
    QString name;
    bool enabled = true;
    int intervalMinutes = 0;

    friend bool operator==(const FeedSetting&, const FeedSetting&) = default;
};

/// A connector's configuration, in the shape of the founding document's
/// example file:
///
///     { "pos_type": "LightSpeed",
///       "connection": { "api_url", "store_id", "auth_method", "client_id", "client_secret" },
///       "sync_settings": { "<feed>": { "enabled", "interval_minutes" } },
///       "error_handling": { "retry_attempts", "notification_email" } }
struct ConnectorConfig
{
    static constexpr int kMinIntervalMinutes = 1;
    static constexpr int kMaxIntervalMinutes = 10080; ///< one week
    static constexpr int kMinRetryAttempts = 0;
    static constexpr int kMaxRetryAttempts = 10;
    static constexpr int kDefaultRetryAttempts = 3;

    QString typeKey;     ///< "pos_type"
    QString typeName;    ///< "LightSpeed" (the catalogue's spelling)
    QString connectorId; ///< catalogue id, "lightspeed"
    QUrl apiUrl;
    QString storeId;
    QString authMethod;
    QString clientId;
    QByteArray clientSecret; ///< transient; never persisted by ConnectorSettings
    QList<FeedSetting> feeds;
    int retryAttempts = kDefaultRetryAttempts;
    QString notificationEmail;

    /// The seed-shaped JSON; "client_secret" only when includeSecret and set.
    QJsonObject toJson(bool includeSecret) const;
    const FeedSetting* feed(const QString& name) const;
    /// Every auth method but "none" needs a client id and a client secret.
    static bool authNeedsSecret(const QString& authMethod);
};

/// One problem found in a configuration.
struct ConfigIssue
{
    QString
        field;    ///< JSON path, e.g. "sync_settings.transactions.interval_minutes"; empty for the whole file
    int line = 0; ///< 1-based, syntax errors only (0 = n/a)
    int column = 0;  ///< 1-based, syntax errors only (0 = n/a)
    QString message; ///< translated; names the field
};

struct ConfigParseResult
{
    std::optional<ConnectorConfig> config; ///< set only when there is no issue
    QList<ConfigIssue> issues;
    bool ok() const { return config.has_value() && issues.isEmpty(); }
};

/// Whether validation insists on connection.client_secret. Files always
/// carry it (Required); the settings dialog leaves it out to keep the stored
/// secret (Optional).
enum class SecretRequirement
{
    Required,
    Optional,
};

/// Parses and validates a configuration file's content against the
/// ConnectorCatalog (type known, feeds known to the type, auth method
/// allowed). Every issue is reported, not just the first; a syntax error
/// carries its line and column.
ConfigParseResult parseConnectorConfig(const QByteArray& json);

/// The same checks on an already parsed object (used by the settings dialog).
ConfigParseResult validateConnectorConfig(const QJsonObject& object,
                                          SecretRequirement secret = SecretRequirement::Required);

} // namespace Moulin

Q_DECLARE_METATYPE(Moulin::ConfigIssue)
