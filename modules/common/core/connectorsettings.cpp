#include "common/core/connectorsettings.h"

#include "common/core/apppaths.h"
#include "common/core/connectorcatalog.h"

#include <QLoggingCategory>
#include <QSettings>

#include <algorithm>

Q_LOGGING_CATEGORY(lcConnectorSettings, "moulin.settings.connectors")

namespace Moulin {

namespace {

const QString kRoot = QStringLiteral("connectors");
const QString kTypeKey = QStringLiteral("type_key");
const QString kTypeName = QStringLiteral("type_name");
const QString kApiUrl = QStringLiteral("api_url");
const QString kStoreId = QStringLiteral("store_id");
const QString kAuthMethod = QStringLiteral("auth_method");
const QString kClientId = QStringLiteral("client_id");
const QString kRetryAttempts = QStringLiteral("retry_attempts");
const QString kNotificationEmail = QStringLiteral("notification_email");
const QString kFeeds = QStringLiteral("feeds");
const QString kEnabled = QStringLiteral("enabled");
const QString kInterval = QStringLiteral("interval_minutes");

QString group(const QString& id)
{
    return kRoot + QLatin1Char('/') + id;
}

bool commit(QSettings& settings, const char* what, const QString& id)
{
    settings.sync();
    if (settings.status() == QSettings::NoError)
        return true;
    qCWarning(lcConnectorSettings, "could not %s connector %s in %s (status %d)", what, qUtf8Printable(id),
              qUtf8Printable(settings.fileName()), int(settings.status()));
    return false;
}

} // namespace

QStringList ConnectorSettings::configuredIds()
{
    const auto settings = AppPaths::settings();
    settings->beginGroup(kRoot);
    QStringList ids = settings->childGroups();
    ids.sort();
    return ids;
}

QList<ConnectorConfig> ConnectorSettings::all()
{
    QList<ConnectorConfig> configs;
    const QStringList ids = configuredIds();
    for (const QString& id : ids) {
        if (auto config = load(id))
            configs.append(*config);
    }
    return configs;
}

std::optional<ConnectorConfig> ConnectorSettings::load(const QString& id)
{
    if (id.isEmpty() || !configuredIds().contains(id))
        return std::nullopt;
    const auto settings = AppPaths::settings();
    settings->beginGroup(group(id));

    ConnectorConfig config;
    config.connectorId = id;
    const auto type = ConnectorCatalog::byId(id);
    config.typeKey = type ? type->typeKey : settings->value(kTypeKey).toString();
    config.typeName = type ? type->typeName : settings->value(kTypeName).toString();
    config.apiUrl = QUrl(settings->value(kApiUrl).toString());
    config.storeId = settings->value(kStoreId).toString();
    config.authMethod = settings->value(kAuthMethod).toString();
    config.clientId = settings->value(kClientId).toString();
    config.retryAttempts = settings->value(kRetryAttempts, ConnectorConfig::kDefaultRetryAttempts).toInt();
    config.notificationEmail = settings->value(kNotificationEmail).toString();

    settings->beginGroup(kFeeds);
    QStringList stored = settings->childGroups();
    auto readFeed = [&settings](const QString& name, int defaultInterval) {
        FeedSetting feed{name, true, defaultInterval};
        settings->beginGroup(name);
        feed.enabled = settings->value(kEnabled, true).toBool();
        feed.intervalMinutes = settings->value(kInterval, defaultInterval).toInt();
        settings->endGroup();
        return feed;
    };
    if (type) {
        for (const FeedSpec& spec : type->feeds)
            config.feeds.append(readFeed(spec.name, spec.defaultIntervalMinutes));
    } else {
        stored.sort();
        for (const QString& name : std::as_const(stored))
            config.feeds.append(readFeed(name, 0));
    }
    settings->endGroup();
    return config;
}

bool ConnectorSettings::save(const ConnectorConfig& config)
{
    if (config.connectorId.isEmpty())
        return false;
    const auto settings = AppPaths::settings();
    settings->remove(group(config.connectorId));
    settings->beginGroup(group(config.connectorId));
    settings->setValue(kTypeKey, config.typeKey);
    settings->setValue(kTypeName, config.typeName);
    settings->setValue(kApiUrl, config.apiUrl.toString());
    settings->setValue(kStoreId, config.storeId);
    settings->setValue(kAuthMethod, config.authMethod);
    settings->setValue(kClientId, config.clientId);
    settings->setValue(kRetryAttempts, config.retryAttempts);
    settings->setValue(kNotificationEmail, config.notificationEmail);
    for (const FeedSetting& feed : config.feeds) {
        settings->beginGroup(kFeeds + QLatin1Char('/') + feed.name);
        settings->setValue(kEnabled, feed.enabled);
        settings->setValue(kInterval, feed.intervalMinutes);
        settings->endGroup();
    }
    settings->endGroup();
    // config.clientSecret is deliberately not written: secrets live in the keyring.
    return commit(*settings, "save", config.connectorId);
}

bool ConnectorSettings::remove(const QString& id)
{
    if (id.isEmpty())
        return false;
    const auto settings = AppPaths::settings();
    settings->remove(group(id));
    return commit(*settings, "remove", id);
}

QList<ConnectorConfig> ConnectorSettings::allWith(const QList<ConnectorConfig>& overrides)
{
    QList<ConnectorConfig> configs = overrides;
    const QList<ConnectorConfig> saved = all();
    for (const ConnectorConfig& config : saved) {
        if (std::none_of(configs.cbegin(), configs.cend(),
                         [&](const ConnectorConfig& c) { return c.connectorId == config.connectorId; }))
            configs.append(config);
    }
    return configs;
}

} // namespace Moulin
