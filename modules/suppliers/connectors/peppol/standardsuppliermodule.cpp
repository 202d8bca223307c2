#include "suppliers/connectors/peppol/standardsuppliermodule.h"

#include "common/core/credentialstore.h"
#include "common/core/database.h"
#include "common/net/requestsigner.h"
#include "common/runtime/connectorruntime.h"
#include "common/sync/outbox.h"
#include "sandbox/core/sandboxserver.h"
#include "suppliers/connectors/email/emailordering.h"
#include "suppliers/connectors/peppol/sandboxsuppliers.h"
#include "suppliers/connectors/peppol/supplierfeeds.h"
#include "suppliers/connectors/peppol/supplierordering.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QPointer>

namespace Moulin {

namespace {

/// A connector's signing key, filled from the keychain on the GUI thread
/// and read by every client's decorator (engine workers, outbox).
struct SigningKey
{
    mutable QMutex mutex;
    QByteArray clientId;
    QByteArray secret;
    bool ready = false;
};

QMutex g_keysMutex;
QHash<QString, std::shared_ptr<SigningKey>>& keys()
{
    static QHash<QString, std::shared_ptr<SigningKey>> all;
    return all;
}

std::shared_ptr<SigningKey> keyFor(const QString& connectorId)
{
    QMutexLocker lock(&g_keysMutex);
    std::shared_ptr<SigningKey>& key = keys()[connectorId];
    if (!key)
        key = std::make_shared<SigningKey>();
    return key;
}

} // namespace

StandardSupplierModule::StandardSupplierModule(QString typeName, QString id, const char* displayName,
                                               QString apiUrl, QStringList authMethods)
    : m_typeName(std::move(typeName))
    , m_id(std::move(id))
    , m_displayName(displayName)
    , m_apiUrl(std::move(apiUrl))
    , m_authMethods(std::move(authMethods))
{
}

ConnectorType StandardSupplierModule::type() const
{
    return {
        .kind = QStringLiteral("supplier"),
        .typeKey = QStringLiteral("supplier_type"),
        .typeName = m_typeName,
        .id = m_id,
        .displayName = QString::fromUtf8(m_displayName),
        .authMethods = m_authMethods,
        .defaultApiUrl = QUrl(m_apiUrl),
        .feeds = {{QLatin1String(SupplierFeeds::kCatalogueFeed), 1440},
                  {QLatin1String(SupplierFeeds::kOrdersFeed), 15},
                  {QLatin1String(SupplierFeeds::kDeliveriesFeed), 30},
                  {QLatin1String(SupplierFeeds::kInvoicesFeed), 60}},
        // No published limits: stay gentle with the wholesalers' servers.
        .requestsPerSecond = 2.0,
        .burst = 5.0,
    };
}

void StandardSupplierModule::adjustProfile(ConnectorProfile& profile, const ConnectorConfig& config) const
{
    // Error bodies {error, reason}: "invalid_signature: X-Signature does not match…".
    profile.describeError = [](const HttpResponse& response) {
        const QJsonObject body = QJsonDocument::fromJson(response.body).object();
        const QString error = body.value(QStringLiteral("error")).toString();
        const QString reason = body.value(QStringLiteral("reason")).toString();
        return reason.isEmpty() ? error : error + QStringLiteral(": ") + reason;
    };
    if (config.authMethod != QLatin1String("hmac"))
        return;
    const std::shared_ptr<SigningKey> key = keyFor(config.connectorId);
    {
        QMutexLocker lock(&key->mutex);
        key->clientId = config.clientId.toUtf8();
    }
    profile.decorate = [key](QNetworkRequest& request, const HttpRequest& source) {
        QByteArray clientId;
        QByteArray secret;
        {
            QMutexLocker lock(&key->mutex);
            clientId = key->clientId;
            secret = key->secret;
        }
        if (secret.isEmpty())
            return; // not read yet: the supplier refuses (401) and the request is retried later
        RequestAuth::metroSigning(clientId, secret)(request, source);
    };
}

std::shared_ptr<FeedAdapter> StandardSupplierModule::feed(const ConnectorConfig& config,
                                                          const QString& feedName) const
{
    return SupplierFeeds::feed(SupplierOptions::fromConfig(config), feedName);
}

std::optional<ConnectorConfig> StandardSupplierModule::demoConfig(const QUrl& sandboxUrl) const
{
    ConnectorConfig config = baseDemoConfig(sandboxUrl.resolved(QUrl(SandboxSuppliers::basePath(m_id))));
    config.storeId = QStringLiteral("DEMO-MOULIN-%1").arg(m_id.toUpper());
    return config;
}

void StandardSupplierModule::attach(ConnectorRuntime& runtime, const ConnectorConfig& config) const
{
    const QString id = config.connectorId;
    if (config.authMethod == QLatin1String("hmac")) {
        const std::shared_ptr<SigningKey> key = keyFor(id);
        if (CredentialStore* credentials = runtime.credentials()) {
            credentials->read(id, CredentialStore::clientSecretKey(), &runtime,
                              [key](const CredentialStore::Outcome& outcome) {
                                  QMutexLocker lock(&key->mutex);
                                  if (outcome.ok())
                                      key->secret = outcome.secret;
                                  key->ready = true;
                              });
        } else {
            QMutexLocker lock(&key->mutex);
            key->ready = true;
        }
    }
    Outbox* outbox = runtime.outbox();
    if (!outbox)
        return;
    outbox->registerHandler(id, QLatin1String(SupplierOrdering::kOrderKind),
                            SupplierOrdering::handler(config.apiUrl, id));
    // Orders e-mailed to a supplier without an API (suppliers/<id>/ordering).
    outbox->registerHandler(id, QLatin1String(EmailOrdering::kKind), EmailOrdering::handler());
    if (!EmailOrdering::password())
        EmailOrdering::loadPassword(runtime.credentials(), &runtime);
    QSqlDatabase db = Database::connection();
    if (db.isOpen()) {
        SupplierOrdering::requeue(db, outbox, id);
        EmailOrdering::requeue(db, outbox, id);
    }
}

bool StandardSupplierModule::signingReady(const QString& connectorId)
{
    const std::shared_ptr<SigningKey> key = keyFor(connectorId);
    QMutexLocker lock(&key->mutex);
    return key->ready;
}

void StandardSupplierModule::setSigningSecret(const QString& connectorId, const QByteArray& clientId,
                                              const QByteArray& secret)
{
    const std::shared_ptr<SigningKey> key = keyFor(connectorId);
    QMutexLocker lock(&key->mutex);
    key->clientId = clientId;
    key->secret = secret;
    key->ready = true;
}

QList<std::shared_ptr<const ConnectorModule>> StandardSupplierModule::profiles()
{
    const QStringList signedOrKey{QStringLiteral("hmac"), QStringLiteral("api_key")};
    return {
        std::make_shared<StandardSupplierModule>(
            QStringLiteral("Metro"), QStringLiteral("metro"),
            QT_TRANSLATE_NOOP("Moulin::ConnectorCatalog", "METRO France"),
            QStringLiteral("https://api.metro.fr/"), signedOrKey),
        std::make_shared<StandardSupplierModule>(
            QStringLiteral("Transgourmet"), QStringLiteral("transgourmet"),
            QT_TRANSLATE_NOOP("Moulin::ConnectorCatalog", "Transgourmet"),
            QStringLiteral("https://api.transgourmet.fr/"), signedOrKey),
        std::make_shared<StandardSupplierModule>(QStringLiteral("Pomona"), QStringLiteral("pomona"),
                                                 QT_TRANSLATE_NOOP("Moulin::ConnectorCatalog", "Pomona"),
                                                 QStringLiteral("https://api.pomona.fr/"), signedOrKey),
        std::make_shared<StandardSupplierModule>(
            QStringLiteral("Local"), QStringLiteral("local"),
            QT_TRANSLATE_NOOP("Moulin::ConnectorCatalog", "Local supplier (PEPPOL / UBL)"),
            QStringLiteral("https://peppol.example.fr/"),
            QStringList{QStringLiteral("hmac"), QStringLiteral("api_key"), QStringLiteral("none")}),
    };
}

void StandardSupplierModule::registerModules()
{
    for (const auto& module : profiles())
        ConnectorModules::add(module);
    SandboxServer::registerEmulation(QStringLiteral("suppliers"),
                                     [](SandboxServer* server) { SandboxSuppliers::install(server); });
}

} // namespace Moulin
