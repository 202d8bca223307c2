#include "common/runtime/connectorruntime.h"

#include "common/core/apppaths.h"
#include "common/core/connectorcatalog.h"
#include "common/core/connectorsettings.h"
#include "common/core/credentialstore.h"
#include "common/net/connectorchannel.h"
#include "common/net/httpclient.h"
#include "common/runtime/connectormodule.h"
#include "common/runtime/webhookreceiver.h"
#include "common/sync/operationlog.h"
#include "common/sync/outbox.h"
#include "common/sync/syncengine.h"

#include <QLoggingCategory>
#include <QSettings>

namespace Moulin {

Q_LOGGING_CATEGORY(lcRuntime, "moulin.runtime")

namespace {
constexpr int kTokenCheckIntervalMs = 30'000;
} // namespace

ConnectorRuntime::ConnectorRuntime(CredentialStore* credentials, QObject* parent)
    : QObject(parent)
    , m_credentials(credentials)
    , m_channels(std::make_shared<ChannelRegistry>())
    , m_http(std::make_unique<HttpClient>())
    , m_log(std::make_unique<OperationLog>())
    , m_engine(std::make_unique<SyncEngine>(SyncEngine::Options{.channels = m_channels}))
    , m_outbox(std::make_unique<Outbox>(Outbox::Options{.channels = m_channels}))
    , m_webhooks(std::make_unique<WebhookReceiver>())
{
    qRegisterMetaType<FeedRunSummary>();
    m_http->setChannels(m_channels);
    // Every client on the channels reports to the one log, each request once
    // (by the client that sent it).
    m_engine->setOperationLog(m_log.get());
    m_log->attach(m_http.get());
    m_log->attach(m_outbox->httpClient());
    m_log->prune();

    connect(m_engine.get(), &SyncEngine::feedStarted, this,
            [this](const QString& connector, const QString& feed) {
                m_runClocks[connector + QLatin1Char('/') + feed].start();
                Q_EMIT statusChanged();
            });
    connect(
        m_engine.get(), &SyncEngine::feedFinished, this,
        [this](const QString& connector, const QString& feed, bool ok, qint64 records, const QString& error,
               int httpStatus) {
            FeedRunSummary summary;
            summary.connector = connector;
            summary.feed = feed;
            summary.ok = ok;
            summary.records = records;
            summary.error = error;
            const QString key = connector + QLatin1Char('/') + feed;
            if (m_runClocks.contains(key))
                summary.elapsedMs = m_runClocks.take(key).elapsed();
            Authenticator* auth = m_authenticators.value(connector);
            if (!ok && httpStatus == 401 && auth && !m_retriedAfterUnauthorized.contains(key)) {
                // The provider refused the credential (revoked, or expired
                // early): renew it once and run the feed again; only if
                // that fails is the run reported.
                m_retriedAfterUnauthorized.insert(key);
                qCInfo(lcRuntime, "%s/%s: credential refused (401), renewing it once",
                       qUtf8Printable(connector), qUtf8Printable(feed));
                auth->handleUnauthorized(
                    auth->credentialGeneration(), this, [this, summary, key](const Authenticator::Result& r) {
                        if (r.ok) {
                            m_runClocks[key].start();
                            const SyncEngine::Trigger t = m_engine->runNow(summary.connector, summary.feed);
                            if (t == SyncEngine::Trigger::Started || t == SyncEngine::Trigger::AlreadyRunning)
                                return;
                        }
                        m_retriedAfterUnauthorized.remove(key);
                        FeedRunSummary failed = summary;
                        if (!r.ok)
                            failed.error = r.errorString;
                        Q_EMIT feedFinished(failed);
                        if (!r.ok)
                            Q_EMIT message(r.errorString);
                        Q_EMIT statusChanged();
                    });
                Q_EMIT statusChanged();
                return;
            }
            m_retriedAfterUnauthorized.remove(key);
            if (!ok) {
                qCWarning(lcRuntime, "%s/%s failed: %s", qUtf8Printable(connector), qUtf8Printable(feed),
                          qUtf8Printable(error));
                // A failure may come from an expired or revoked token: let the
                // authenticator find out, so the user is told to sign in again.
                if (auth)
                    auth->ensureToken(this, [](const Authenticator::Result&) {});
            }
            Q_EMIT feedFinished(summary);
            Q_EMIT statusChanged();
        });
    connect(m_engine.get(), &SyncEngine::feedProgress, this,
            [this](const QString& connector, const QString& feed, qint64, qint64) {
                Q_EMIT pageStored(connector, feed);
            });
    connect(m_engine.get(), &SyncEngine::circuitStateChanged, this, &ConnectorRuntime::statusChanged);
    connect(m_engine.get(), &SyncEngine::overallProgress, this, &ConnectorRuntime::progress);
    connect(m_engine.get(), &SyncEngine::busyChanged, this, &ConnectorRuntime::busyChanged);

    // Every inbound call, accepted or refused, goes to the operation log
    // (the Intégrations tab's history), with the route's declared path:
    // never a token, a body or a header.
    const auto logDelivery = [this](const QString& connector, const QString& path, int status,
                                    const QString& reason) {
        OperationRecord record;
        record.connector = connector.isEmpty() ? QStringLiteral("webhooks") : connector;
        record.feed = QStringLiteral("webhook");
        record.method = QStringLiteral("POST");
        record.path = path;
        record.status = status;
        record.attempt = 1;
        record.errorString = reason;
        record.error = status >= 400 ? HttpError::Http : HttpError::None;
        record.at = QDateTime::currentDateTimeUtc();
        m_log->record(record);
        Q_EMIT statusChanged();
    };
    connect(m_webhooks.get(), &WebhookReceiver::deliveryReceived, this, logDelivery);
    connect(m_webhooks.get(), &WebhookReceiver::deliveryRefused, this, logDelivery);

    m_tokenTimer.setInterval(kTokenCheckIntervalMs);
    connect(&m_tokenTimer, &QTimer::timeout, this, &ConnectorRuntime::refreshTokens);
}

ConnectorRuntime::~ConnectorRuntime()
{
    m_webhooks->close();
    m_tokenTimer.stop();
    m_engine->stop();
    m_engine->cancelAll();
    // The engine and the outbox finish their workers before the log goes.
    m_engine.reset();
    m_outbox.reset();
    m_log->flush().waitForFinished();
}

void ConnectorRuntime::reload()
{
    for (const QString& id : m_engine->connectors())
        m_engine->removeConnector(id);
    qDeleteAll(m_authenticators);
    m_authenticators.clear();
    m_configs.clear();
    m_unimplemented.clear();

    m_webhooks->close();
    for (const ConnectorConfig& config : std::as_const(m_allConfigs))
        m_webhooks->removeRoutes(config.connectorId);

    m_allConfigs = ConnectorSettings::allWith(m_additional);
    for (const ConnectorConfig& config : std::as_const(m_allConfigs))
        addConnector(config);
    applyWebhookSettings();
    Q_EMIT statusChanged();
}

void ConnectorRuntime::addConnector(const ConnectorConfig& config)
{
    const std::shared_ptr<const ConnectorModule> module = ConnectorModules::byId(config.connectorId);
    if (!module || !module->isImplemented()) {
        m_unimplemented.append(config.connectorId);
        qCInfo(lcRuntime, "%s is configured but not implemented yet; it will not sync",
               qUtf8Printable(config.connectorId));
        return;
    }
    m_configs.insert(config.connectorId, config);

    const AuthProfile profile = module->authProfile(config);
    Authenticator* auth = nullptr;
    if (profile.method != AuthProfile::Method::None) {
        auth = new Authenticator(profile, m_http.get(), m_credentials, this);
        m_authenticators.insert(config.connectorId, auth);
        connect(auth, &Authenticator::authorizeWithBrowser, this, &ConnectorRuntime::authorizeWithBrowser);
        connect(auth, &Authenticator::stateChanged, this,
                [this](Authenticator::State state, const QString& text) {
                    if ((state == Authenticator::State::NeedsAuthorization ||
                         state == Authenticator::State::Error) &&
                        !text.isEmpty())
                        Q_EMIT message(text);
                    Q_EMIT statusChanged();
                });
        connect(auth, &Authenticator::authorizationFinished, this,
                [this, id = config.connectorId](bool ok, const QString& text) {
                    Q_EMIT message(text);
                    if (ok)
                        runFeeds(id);
                });
    }

    ConnectorDefinition definition = module->definition(config);
    if (auth)
        definition.profile.decorate = auth->decorator();
    // Builds the provider's channel from the profile, once: the outbox and
    // http() share it with the engine's workers.
    m_engine->addConnector(definition);
    module->attach(*this, config);
}

void ConnectorRuntime::applyWebhookSettings()
{
    m_webhookError.clear();
    QString error;
    const std::optional<WebhookReceiverSettings> settings =
        WebhookReceiverSettings::fromSettings(*AppPaths::settings(), &error);
    if (!settings) {
        m_webhookError = error;
        qCWarning(lcRuntime, "webhooks: %s", qUtf8Printable(error));
        Q_EMIT message(error);
        return;
    }
    m_webhooks->setSettings(*settings);
    if (!settings->enabled)
        return;
    if (m_webhooks->routePaths().isEmpty()) {
        qCInfo(lcRuntime, "webhooks are on, but no connector declares a route: not listening");
        return;
    }
    if (!m_webhooks->listen(&error)) {
        m_webhookError = error;
        qCWarning(lcRuntime, "webhooks: %s", qUtf8Printable(error));
        Q_EMIT message(error);
        return;
    }
    qCInfo(lcRuntime, "webhooks: listening on %s port %u", qUtf8Printable(settings->address.toString()),
           unsigned(m_webhooks->serverPort()));
}

void ConnectorRuntime::start()
{
    // Scheduled runs need tokens: load or refresh them first, then arm the
    // schedules; the timer keeps them ahead of expiry from then on.
    const QList<Authenticator*> auths = m_authenticators.values();
    auto pending = std::make_shared<int>(static_cast<int>(auths.size()));
    auto arm = [this] {
        m_engine->start();
        m_outbox->start();
        m_tokenTimer.start();
    };
    if (auths.isEmpty()) {
        arm();
        return;
    }
    for (Authenticator* auth : auths) {
        auth->ensureToken(this, [pending, arm](const Authenticator::Result&) {
            if (--*pending == 0)
                arm();
        });
    }
}

void ConnectorRuntime::refreshTokens()
{
    for (Authenticator* auth : std::as_const(m_authenticators)) {
        if (auth->state() == Authenticator::State::Authorized)
            auth->ensureToken(this, [](const Authenticator::Result&) {});
    }
}

int ConnectorRuntime::syncNow(const QString& connectorId)
{
    QStringList targets;
    if (connectorId.isEmpty())
        targets = m_engine->connectors();
    else if (m_engine->connectors().contains(connectorId))
        targets = {connectorId};

    // A run may outlive a token (a first sync at the provider's rate): the
    // timer renews the tokens ahead of their expiry for it too, as after
    // start(), so that no request is refused for an expired one.
    if (!m_authenticators.isEmpty() && !m_tokenTimer.isActive())
        m_tokenTimer.start();
    int count = 0;
    for (const QString& id : std::as_const(targets)) {
        const ConnectorConfig& config = m_configs[id];
        for (const QString& feed : m_engine->feeds(id)) {
            const FeedSetting* setting = config.feed(feed);
            if (!setting || setting->enabled)
                ++count;
        }
        Authenticator* auth = m_authenticators.value(id);
        if (!auth) {
            runFeeds(id);
            continue;
        }
        auth->ensureToken(this, [this, id](const Authenticator::Result& result) {
            if (result.ok) {
                runFeeds(id);
                return;
            }
            // No token: every feed of this connector fails now, with the reason.
            for (const QString& feed : m_engine->feeds(id)) {
                FeedRunSummary summary;
                summary.connector = id;
                summary.feed = feed;
                summary.error = result.errorString;
                Q_EMIT feedFinished(summary);
            }
            Q_EMIT message(result.errorString);
            Q_EMIT statusChanged();
        });
    }
    return count;
}

void ConnectorRuntime::runFeeds(const QString& connectorId)
{
    const ConnectorConfig config = m_configs.value(connectorId);
    for (const QString& feed : m_engine->feeds(connectorId)) {
        const FeedSetting* setting = config.feed(feed);
        if (setting && !setting->enabled)
            continue;
        const SyncEngine::Trigger trigger = m_engine->runNow(connectorId, feed);
        if (trigger == SyncEngine::Trigger::WaitingForNetwork)
            qCInfo(lcRuntime, "%s/%s will run when the network is back", qUtf8Printable(connectorId),
                   qUtf8Printable(feed));
    }
}

bool ConnectorRuntime::authorize(const QString& connectorId)
{
    Authenticator* auth = m_authenticators.value(connectorId);
    if (!auth || auth->profile().method != AuthProfile::Method::AuthorizationCode) {
        const auto type = ConnectorCatalog::byId(connectorId);
        Q_EMIT message(tr("%1 does not use a browser sign-in: its key or secret is set in Settings.")
                           .arg(type ? type->displayName : connectorId));
        return false;
    }
    auth->authorize();
    return true;
}

QStringList ConnectorRuntime::connectors() const
{
    return m_engine->connectors();
}

bool ConnectorRuntime::isBusy() const
{
    return m_engine->isBusy();
}

std::optional<ConnectorConfig> ConnectorRuntime::config(const QString& connectorId) const
{
    const auto it = m_configs.constFind(connectorId);
    if (it == m_configs.cend())
        return std::nullopt;
    return *it;
}

Authenticator* ConnectorRuntime::authenticator(const QString& connectorId) const
{
    return m_authenticators.value(connectorId);
}

} // namespace Moulin
