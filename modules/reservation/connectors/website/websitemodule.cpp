#include "reservation/connectors/website/websitemodule.h"

#include "common/core/credentialstore.h"
#include "common/runtime/connectorruntime.h"
#include "common/runtime/webhookreceiver.h"
#include "reservation/connectors/website/websitewebhook.h"

#include <QCoreApplication>
#include <QPointer>

#include <memory>

namespace Moulin {

ConnectorType WebsiteModule::type() const
{
    return {
        .kind = QStringLiteral("reservation"),
        .typeKey = QStringLiteral("reservation_type"),
        .typeName = QStringLiteral("Website"),
        .id = QStringLiteral("website"),
        .displayName = QString::fromUtf8(
            QT_TRANSLATE_NOOP("Moulin::ConnectorCatalog", "Own booking site (signed webhook)")),
        .authMethods = {QStringLiteral("webhook_hmac")},
        .defaultApiUrl = QUrl(QStringLiteral("https://levieuxmoulin.fr/")),
        .feeds = {},
        .requestsPerSecond = 0.0,
        .burst = 10.0,
    };
}

void WebsiteModule::attach(ConnectorRuntime& runtime, const ConnectorConfig& config) const
{
    // The route reads the secret on every delivery; until the keychain has
    // answered (or when nothing is stored) deliveries get 503 not_configured
    // and the site retries.
    auto secret = std::make_shared<QByteArray>();
    if (!config.clientSecret.isEmpty())
        *secret = config.clientSecret;
    else if (CredentialStore* credentials = runtime.credentials()) {
        const QString id = config.connectorId;
        credentials->read(id, CredentialStore::clientSecretKey(), &runtime,
                          [secret, id](const CredentialStore::Outcome& outcome) {
                              if (outcome.ok())
                                  *secret = outcome.secret;
                              else
                                  qCWarning(lcWebhooks, "%s: no signing secret: %s", qUtf8Printable(id),
                                            qUtf8Printable(outcome.message));
                          });
    }
    QString error;
    if (!runtime.webhooks()->addRoute(
            WebsiteWebhook::route(config.connectorId, config.storeId, [secret] { return *secret; }), &error))
        qCWarning(lcWebhooks, "%s: %s", qUtf8Printable(config.connectorId), qUtf8Printable(error));
}

} // namespace Moulin
