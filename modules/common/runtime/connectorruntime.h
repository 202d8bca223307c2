#pragma once

#include "common/auth/authenticator.h"
#include "common/core/connectorconfig.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>

namespace Moulin {

class ChannelRegistry;
class CredentialStore;
class HttpClient;
class OperationLog;
class Outbox;
class SyncEngine;
class WebhookReceiver;

/// Result of one feed run, for the status bar and `moulin --sync-now`.
struct FeedRunSummary
{
    QString connector;
    QString feed;
    bool ok = false;
    qint64 records = 0;
    qint64 elapsedMs = 0;
    QString error; ///< translated, redacted
};

/// Everything that talks to providers, wired once: the sync engine (feeds on
/// worker threads), the outbox, the operation log, and one Authenticator per
/// connector that needs a token (one per process: some providers' refresh
/// tokens are single-use).
///
/// One channel per provider: the engine's workers (reads), the outbox
/// (writes) and http() (on-demand requests: sign-in, price checks, store
/// lookups) share one ChannelRegistry, so a provider has one circuit
/// breaker, one rate-limit bucket and one operation log, whichever client
/// sends. The channel is built from the module's definition() profile when
/// the connector is added. Built from ConnectorSettings and the registered
/// ConnectorModules; the GUI and the headless `--sync-now` both drive it.
class ConnectorRuntime : public QObject
{
    Q_OBJECT

public:
    explicit ConnectorRuntime(CredentialStore* credentials, QObject* parent = nullptr);
    ~ConnectorRuntime() override;

    /// (Re)reads every configured connector. Connectors without an
    /// implementation (no module, or a catalogue-only one) are listed in
    /// unimplemented().
    void reload();
    /// Connectors that are not in the settings but should run too: demo mode
    /// points them at the built-in sandbox. Applied by the next reload().
    void setAdditionalConnectors(const QList<ConnectorConfig>& configs) { m_additional = configs; }
    QList<ConnectorConfig> additionalConnectors() const { return m_additional; }
    /// Every connector of the last reload(), implemented or not.
    QList<ConnectorConfig> configs() const { return m_allConfigs; }
    /// The configuration of a running connector (nullopt: not running).
    std::optional<ConnectorConfig> config(const QString& connectorId) const;
    /// Arms the schedules (the window and `--serve`; `--sync-now` calls
    /// syncNow() only), and the timer that renews the tokens ahead of their
    /// expiry, runs going on or not.
    void start();
    /// How often that timer looks at the tokens (30 s; tests shorten it).
    void setTokenCheckIntervalMs(int ms) { m_tokenTimer.setInterval(ms); }

    /// Runs the enabled feeds of `connectorId` (empty: of every connector)
    /// once, after making sure OAuth connectors hold a valid token, and arms
    /// the token timer (start()) so that a run longer than a token's
    /// lifetime has it renewed ahead of its expiry. Returns the number of
    /// feeds started or queued.
    int syncNow(const QString& connectorId = QString());
    /// Starts the browser sign-in of an OAuth connector. Returns false (and
    /// emits message()) when the connector does not use one.
    bool authorize(const QString& connectorId);

    QStringList connectors() const;
    QStringList unimplemented() const { return m_unimplemented; }
    bool isBusy() const;
    Authenticator* authenticator(const QString& connectorId) const;
    SyncEngine* engine() const { return m_engine.get(); }
    Outbox* outbox() const { return m_outbox.get(); }
    OperationLog* operationLog() const { return m_log.get(); }
    /// The GUI thread's client, on the providers' shared channels.
    HttpClient* http() const { return m_http.get(); }
    /// The keychain, for modules that read a secret of their own (a webhook
    /// signing secret).
    CredentialStore* credentials() const { return m_credentials; }
    /// The inbound side: connector modules declare their webhook routes on
    /// it in ConnectorModule::attach(). It listens after reload() when the
    /// settings turn it on (webhooks/enabled, address, port, TLS; off by
    /// default); webhookError() says why it does not when it should.
    WebhookReceiver* webhooks() const { return m_webhooks.get(); }
    QString webhookError() const { return m_webhookError; }
    /// The providers' channels (breakers, buckets, profiles).
    std::shared_ptr<ChannelRegistry> channels() const { return m_channels; }

Q_SIGNALS:
    /// Connector states changed (a run ended, a breaker moved, a sign-in
    /// finished): refresh the Integrations tab and the status summary.
    void statusChanged();
    void progress(qint64 done, qint64 total);
    void busyChanged(bool busy);
    void feedFinished(const Moulin::FeedRunSummary& summary);
    /// A page of `connector` landed (live updates while a long sync runs).
    void pageStored(const QString& connector, const QString& feed);
    /// Open this URL in the user's browser (OAuth sign-in).
    void authorizeWithBrowser(const QUrl& url);
    /// Something the user should read (translated).
    void message(const QString& text);

private:
    void addConnector(const ConnectorConfig& config);
    /// Listens for webhooks when the settings ask for it and a route exists.
    void applyWebhookSettings();
    void refreshTokens();
    void runFeeds(const QString& connectorId);

    CredentialStore* m_credentials;
    std::shared_ptr<ChannelRegistry> m_channels;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<OperationLog> m_log;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<WebhookReceiver> m_webhooks;
    QString m_webhookError;
    QHash<QString, Authenticator*> m_authenticators;
    QHash<QString, ConnectorConfig> m_configs;
    QHash<QString, QElapsedTimer> m_runClocks;
    /// Feeds ("connector/feed") run again after a 401 and a renewed token:
    /// a second 401 is reported, not renewed again.
    QSet<QString> m_retriedAfterUnauthorized;
    QStringList m_unimplemented;
    QList<ConnectorConfig> m_additional;
    QList<ConnectorConfig> m_allConfigs;
    QTimer m_tokenTimer;
};

} // namespace Moulin

Q_DECLARE_METATYPE(Moulin::FeedRunSummary)
