#include "reservation/connectors/thefork/theforkmodule.h"

#include "common/core/credentialstore.h"
#include "common/runtime/connectorruntime.h"
#include "common/runtime/webhookreceiver.h"
#include "common/sync/outbox.h"
#include "common/sync/syncengine.h"
#include "reservation/connectors/availabilitypush.h"
#include "reservation/connectors/syncpages.h"
#include "reservation/connectors/thefork/sandboxthefork.h"
#include "reservation/connectors/thefork/theforkfeeds.h"
#include "reservation/connectors/thefork/theforkwebhook.h"
#include "sandbox/core/sandboxoauth.h"
#include "sandbox/core/sandboxserver.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>

namespace Moulin {

namespace {

/// Runs a connector's feed for a webhook: now, or once more after the run in
/// flight (which may have listed before the change). One per connector,
/// owned by the runtime.
class FeedRefetch final : public QObject
{
public:
    FeedRefetch(ConnectorRuntime* runtime, QString connectorId, QString feed)
        : QObject(runtime)
        , m_runtime(runtime)
        , m_connector(std::move(connectorId))
        , m_feed(std::move(feed))
    {
        setObjectName(nameFor(m_connector));
        connect(runtime, &ConnectorRuntime::feedFinished, this, [this](const FeedRunSummary& summary) {
            if (m_again && summary.connector == m_connector && summary.feed == m_feed) {
                m_again = false;
                request();
            }
        });
    }

    static QString nameFor(const QString& connectorId) { return QStringLiteral("refetch:") + connectorId; }

    void request()
    {
        SyncEngine* engine = m_runtime->engine();
        if (!engine)
            return;
        if (engine->runNow(m_connector, m_feed) == SyncEngine::Trigger::AlreadyRunning)
            m_again = true;
    }

private:
    ConnectorRuntime* m_runtime;
    QString m_connector;
    QString m_feed;
    bool m_again = false;
};

const QString kOverrideKind = QStringLiteral("availability_override");

/// The host's change as TheFork's availability override: its online slots
/// of the whole service closed (closed or full: TheFork has no "full") or
/// opened again. The ranges hold every slot of a service (lunch before
/// 16:00, as the book counts services); isOpen is always sent, as leaving it
/// out closes.
QJsonObject overrideBody(const ServiceAvailability& change)
{
    const bool lunch = change.service == 0;
    return {{QStringLiteral("date"), change.day.toString(Qt::ISODate)},
            {QStringLiteral("startTime"), lunch ? QStringLiteral("11:00") : QStringLiteral("16:00")},
            {QStringLiteral("endTime"), lunch ? QStringLiteral("15:45") : QStringLiteral("23:45")},
            {QStringLiteral("isOpen"), change.state == QLatin1String("open")}};
}

} // namespace

ConnectorType TheForkModule::type() const
{
    return {
        .kind = QStringLiteral("reservation"),
        .typeKey = QStringLiteral("reservation_type"),
        .typeName = QStringLiteral("TheFork"),
        .id = QLatin1String(kId),
        .displayName =
            QString::fromUtf8(QT_TRANSLATE_NOOP("Moulin::ConnectorCatalog", "TheFork (LaFourchette)")),
        .authMethods = {QStringLiteral("oauth2")},
        .defaultApiUrl = QUrl(QStringLiteral("https://api.thefork.io/manager/v1/")),
        // The webhook brings changes within seconds; the schedule catches
        // what a lost delivery missed.
        .feeds = {{QLatin1String(TheForkFeeds::kReservationsFeed), 15}},
        // TheFork publishes no limit; a page's bookings and guests are one
        // request each.
        .requestsPerSecond = 20.0,
        .burst = 40.0,
    };
}

AuthProfile TheForkModule::authProfile(const ConnectorConfig& config) const
{
    AuthProfile profile = AuthProfile::standard(config);
    if (profile.method != AuthProfile::Method::AuthorizationCode)
        return profile;
    profile.method = AuthProfile::Method::ClientCredentials;
    profile.clientAuthentication = AuthProfile::ClientAuthentication::Form;
    profile.audience = QStringLiteral("https://api.thefork.io");
    profile.authorizationUrl.clear();
    profile.tokenUrl =
        AuthProfile::providerUrl(config.apiUrl, QStringLiteral("https://auth.thefork.io/oauth/token"));
    profile.usePkce = false;
    return profile;
}

void TheForkModule::adjustProfile(ConnectorProfile& profile, const ConnectorConfig&) const
{
    profile.describeError = [](const HttpResponse& response) {
        return TheForkFeeds::errorDetail(response.body);
    };
}

std::shared_ptr<FeedAdapter> TheForkModule::feed(const ConnectorConfig& config, const QString& feedName) const
{
    return TheForkFeeds::feed(TheForkOptions::fromConfig(config), feedName);
}

std::optional<ConnectorConfig> TheForkModule::demoConfig(const QUrl& sandboxUrl) const
{
    ConnectorConfig config = baseDemoConfig(sandboxUrl.resolved(QUrl(QStringLiteral("/manager/v1/"))));
    config.storeId = SandboxTheFork::restaurantUuid();
    return config;
}

void TheForkModule::attach(ConnectorRuntime& runtime, const ConnectorConfig& config) const
{
    const QString id = config.connectorId;
    if (Outbox* outbox = runtime.outbox()) {
        // PUT /v1/restaurants/{id}/availabilities/override, sent by the
        // outbox until TheFork confirms (a dead network, a restart).
        const QUrl api = TheForkOptions::fromConfig(config).apiUrl;
        const QString restaurant = config.storeId;
        outbox->registerHandler(id, kOverrideKind, [api, restaurant](const OutboxItem& item) {
            HttpRequest r = HttpRequest::json(
                "PUT",
                SyncPages::url(api, QStringLiteral("/restaurants/%1/availabilities/override").arg(restaurant),
                               {}),
                QJsonDocument::fromJson(item.payload));
            return r;
        });
    }
    if (!runtime.webhooks())
        return;
    delete runtime.findChild<QObject*>(FeedRefetch::nameFor(id), Qt::FindDirectChildrenOnly);
    QPointer<FeedRefetch> refetch =
        new FeedRefetch(&runtime, id, QLatin1String(TheForkFeeds::kReservationsFeed));

    // The URL token TheFork is given (webhook settings): read from the
    // keychain; made once when there is none, so that the address to give
    // TheFork exists from the start. Until the keychain answers, deliveries
    // get 503 and TheFork delivers again.
    auto token = std::make_shared<QByteArray>();
    // Demo mode (the sandbox, no authentication) keeps away from the keychain.
    const bool demo = config.authMethod == QLatin1String("none");
    CredentialStore* credentials = demo ? nullptr : runtime.credentials();
    if (credentials) {
        QPointer<CredentialStore> store(credentials);
        credentials->read(id, TheForkWebhook::tokenKey(), &runtime,
                          [token, id, store](const CredentialStore::Outcome& outcome) {
                              if (outcome.ok()) {
                                  *token = outcome.secret;
                                  return;
                              }
                              if (outcome.status != CredentialStore::Status::NotFound || !store)
                                  return;
                              QByteArray made(24, '\0');
                              QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(made.data()),
                                                                    made.size() / 4);
                              const QByteArray value = made.toHex();
                              store->save(id, TheForkWebhook::tokenKey(), value, store,
                                          [token, value, id](const CredentialStore::Outcome& saved) {
                                              if (saved.ok())
                                                  *token = value;
                                              else
                                                  qCWarning(lcWebhooks, "%s: no webhook token: %s",
                                                            qUtf8Printable(id),
                                                            qUtf8Printable(saved.message));
                                          });
                          });
    }
    QString error;
    if (!runtime.webhooks()->addRoute(TheForkWebhook::route(
                                          id, config.storeId, [token] { return *token; },
                                          [refetch, id](const TheForkWebhook::Event& event) {
                                              if (event.isCustomer())
                                                  TheForkFeeds::announceCustomer(id, event.uuid);
                                              if (refetch)
                                                  refetch->request();
                                          }),
                                      &error))
        qCWarning(lcWebhooks, "%s: %s", qUtf8Printable(id), qUtf8Printable(error));
}

void TheForkModule::registerModule()
{
    ConnectorModules::add(std::make_shared<TheForkModule>());
    AvailabilityPush::registerPusher(
        QLatin1String(kId), [](ConnectorRuntime& runtime, const ConnectorConfig& config,
                               const ServiceAvailability& change, QString* error) {
            Outbox* outbox = runtime.outbox();
            if (!outbox) {
                *error = QStringLiteral("no outbox");
                return false;
            }
            outbox->enqueue(config.connectorId, kOverrideKind, overrideBody(change));
            return true;
        });
    SandboxServer::registerEmulation(QLatin1String(kId),
                                     [](SandboxServer* server) { SandboxTheFork::install(server); });
}

} // namespace Moulin
