#pragma once

#include "common/auth/authprofile.h"
#include "common/core/connectorcatalog.h"
#include "common/core/connectorconfig.h"
#include "common/sync/feedadapter.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace Moulin {

class ConnectorRuntime;
class HttpClient;

/// A store (business location, restaurant) a provider account holds, for the
/// user to pick as the connector's store_id.
struct StoreChoice
{
    QString id;
    QString label; ///< translated, e.g. "Le Vieux Moulin — Salle (123456)"
};

/// Everything Moulin knows of one provider, in one place: its catalogue
/// entry, how it authenticates, its feeds, how its HTTP answers read, and
/// (through attach()) its outbox handlers and webhook routes. A module lives
/// in `modules/<area>/connectors/<provider>/`, next to its sandbox emulation,
/// and is registered by its area (Area::registerConnectors()); the runtime,
/// the settings and the headless commands only ever go through
/// ConnectorModules, so no code outside the area names the provider.
///
/// A module with no feed is "catalogue only": it can be configured, and is
/// listed as not supported yet.
class ConnectorModule
{
public:
    virtual ~ConnectorModule();

    /// The catalogue entry: id, type key and name, auth methods, default
    /// host, feeds with their default intervals, client-side rate limit.
    virtual ConnectorType type() const = 0;

    /// How the connector proves who it is. The default is
    /// AuthProfile::standard(config); providers with quirks (a scope, an
    /// audience, a fixed token host, a header name) override it.
    virtual AuthProfile authProfile(const ConnectorConfig& config) const;

    /// Provider-specific HTTP settings on top of the runtime's (timeouts,
    /// how an error body reads). Name, retries, rate limit and the auth
    /// decorator are set by the runtime.
    virtual void adjustProfile(ConnectorProfile& profile, const ConnectorConfig& config) const;

    /// The adapter of one configured feed; null when this module does not
    /// implement it.
    virtual std::shared_ptr<FeedAdapter> feed(const ConnectorConfig& config, const QString& feedName) const;

    /// True when at least one feed is implemented (the runtime runs it).
    virtual bool isImplemented() const { return false; }

    /// Demo mode: this connector pointed at the built-in sandbox listening
    /// at `sandboxUrl` (every feed enabled). nullopt: not part of the demo.
    virtual std::optional<ConnectorConfig> demoConfig(const QUrl& sandboxUrl) const;

    /// Whether lookupStores() can list the account's stores, so that the
    /// settings offer a choice instead of a typed store id.
    virtual bool canLookupStores() const { return false; }
    /// Lists the stores of the account `config` reaches, through `http` (the
    /// runtime's client, which carries the signed-in token). `done` runs once,
    /// on `http`'s thread, unless `context` is gone by then.
    using StoreLookupDone = std::function<void(const QList<StoreChoice>& stores, const QString& error)>;
    virtual void lookupStores(const ConnectorConfig& config, HttpClient* http, QObject* context,
                              StoreLookupDone done) const;

    /// Called when the runtime (re)loads a configured connector of this
    /// type, after its feeds and authenticator exist: register outbox
    /// handlers, webhook routes. Window and headless alike.
    virtual void attach(ConnectorRuntime& runtime, const ConnectorConfig& config) const;

    /// The connector as the engine runs it, built the one way the runtime
    /// builds it: id, retries and one feed per configured feed (interval,
    /// enabled) from `config`, adapters from `feeds` (default: feed()),
    /// adjustProfile(), the catalogue's rate limit. The runtime adds the
    /// authenticator's decorator; tests may give their own `feeds` (a fake
    /// clock, small pages) and still get everything else as in production.
    using FeedFactory = std::function<std::shared_ptr<FeedAdapter>(const QString& feedName)>;
    ConnectorDefinition definition(const ConnectorConfig& config, const FeedFactory& feeds = {}) const;

protected:
    /// A demo configuration of type() with every feed enabled at its default
    /// interval, no authentication, on `sandboxUrl`.
    ConnectorConfig baseDemoConfig(const QUrl& sandboxUrl) const;
};

/// The registered modules, by catalogue id. Registering a module also
/// registers its type in the ConnectorCatalog.
class ConnectorModules
{
public:
    /// Adds (or replaces, by id) a module.
    static void add(std::shared_ptr<const ConnectorModule> module);
    static void remove(const QString& id);
    static std::shared_ptr<const ConnectorModule> byId(const QString& id);
    static QList<std::shared_ptr<const ConnectorModule>> all();
    static bool isImplemented(const QString& id);

    /// The module's auth profile for `config`, or AuthProfile::standard()
    /// for a connector no module claims.
    static AuthProfile authProfile(const ConnectorConfig& config);
    /// The demo configuration of every module that takes part in the demo.
    static QList<ConnectorConfig> demoConfigs(const QUrl& sandboxUrl);
};

} // namespace Moulin
