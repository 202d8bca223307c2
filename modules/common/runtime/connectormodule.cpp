#include "common/runtime/connectormodule.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace Moulin {

namespace {

QMutex s_mutex;

/// Kept in registration order, so the demo and the lists are stable.
QList<std::shared_ptr<const ConnectorModule>>& modules()
{
    static QList<std::shared_ptr<const ConnectorModule>> list;
    return list;
}

} // namespace

ConnectorModule::~ConnectorModule() = default;

AuthProfile ConnectorModule::authProfile(const ConnectorConfig& config) const
{
    return AuthProfile::standard(config);
}

void ConnectorModule::adjustProfile(ConnectorProfile&, const ConnectorConfig&) const {}

std::shared_ptr<FeedAdapter> ConnectorModule::feed(const ConnectorConfig&, const QString&) const
{
    return nullptr;
}

std::optional<ConnectorConfig> ConnectorModule::demoConfig(const QUrl&) const
{
    return std::nullopt;
}

void ConnectorModule::lookupStores(const ConnectorConfig&, HttpClient*, QObject*, StoreLookupDone done) const
{
    done({}, QString());
}

void ConnectorModule::attach(ConnectorRuntime&, const ConnectorConfig&) const {}

ConnectorDefinition ConnectorModule::definition(const ConnectorConfig& config, const FeedFactory& feeds) const
{
    ConnectorDefinition d = ConnectorDefinition::fromConfig(
        config, [&](const QString& name) { return feeds ? feeds(name) : feed(config, name); });
    adjustProfile(d.profile, config);
    d.profile.name = d.id;
    const ConnectorType t = type();
    d.profile.ratePerSecond = t.requestsPerSecond;
    d.profile.rateBurst = t.burst;
    return d;
}

ConnectorConfig ConnectorModule::baseDemoConfig(const QUrl& sandboxUrl) const
{
    const ConnectorType t = type();
    ConnectorConfig config;
    config.typeKey = t.typeKey;
    config.typeName = t.typeName;
    config.connectorId = t.id;
    config.apiUrl = sandboxUrl;
    config.authMethod = QStringLiteral("none");
    config.clientId = QStringLiteral("moulin-demo");
    for (const FeedSpec& feed : t.feeds)
        config.feeds.append({feed.name, true, feed.defaultIntervalMinutes});
    return config;
}

void ConnectorModules::add(std::shared_ptr<const ConnectorModule> module)
{
    if (!module)
        return;
    const ConnectorType type = module->type();
    ConnectorCatalog::registerType(type);
    QMutexLocker lock(&s_mutex);
    auto& list = modules();
    for (auto& existing : list) {
        if (existing->type().id == type.id) {
            existing = std::move(module);
            return;
        }
    }
    list.append(std::move(module));
}

void ConnectorModules::remove(const QString& id)
{
    QMutexLocker lock(&s_mutex);
    modules().removeIf([&id](const auto& m) { return m->type().id == id; });
}

std::shared_ptr<const ConnectorModule> ConnectorModules::byId(const QString& id)
{
    QMutexLocker lock(&s_mutex);
    for (const auto& m : std::as_const(modules())) {
        if (m->type().id == id)
            return m;
    }
    return nullptr;
}

QList<std::shared_ptr<const ConnectorModule>> ConnectorModules::all()
{
    QMutexLocker lock(&s_mutex);
    return modules();
}

bool ConnectorModules::isImplemented(const QString& id)
{
    const auto module = byId(id);
    return module && module->isImplemented();
}

AuthProfile ConnectorModules::authProfile(const ConnectorConfig& config)
{
    const auto module = byId(config.connectorId);
    return module ? module->authProfile(config) : AuthProfile::standard(config);
}

QList<ConnectorConfig> ConnectorModules::demoConfigs(const QUrl& sandboxUrl)
{
    QList<ConnectorConfig> configs;
    for (const auto& module : all()) {
        if (std::optional<ConnectorConfig> config = module->demoConfig(sandboxUrl))
            configs.append(*config);
    }
    return configs;
}

} // namespace Moulin
