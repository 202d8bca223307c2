#include "common/core/configimporter.h"

#include "common/core/connectorsettings.h"
#include "common/core/credentialstore.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcConfigImport, "moulin.config.import")

namespace Moulin {

namespace {
const QString kSecretField = QStringLiteral("connection.client_secret");
}

ConfigImporter::ConfigImporter(CredentialStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
    Q_ASSERT(store);
}

void ConfigImporter::importFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(QString(), {{QString(), 0, 0,
                          tr("Cannot read %1: %2.").arg(QFileInfo(path).fileName(), file.errorString())}});
        return;
    }
    importJson(file.readAll(), QFileInfo(path).fileName());
}

void ConfigImporter::importJson(const QByteArray& json, const QString& sourceName)
{
    const ConfigParseResult result = parseConnectorConfig(json);
    if (!result.ok()) {
        qCWarning(lcConfigImport, "%s: %d issue(s), nothing imported", qUtf8Printable(sourceName),
                  int(result.issues.size()));
        fail(QString(), result.issues);
        return;
    }
    qCInfo(lcConfigImport, "%s: importing connector %s", qUtf8Printable(sourceName),
           qUtf8Printable(result.config->connectorId));
    applyConfig(*result.config);
}

void ConfigImporter::applyConfig(const ConnectorConfig& config)
{
    const QString id = config.connectorId;
    const QString key = CredentialStore::clientSecretKey();
    const auto settingsFailed = [this, id] {
        return QList<ConfigIssue>{
            {QString(), 0, 0,
             tr("The settings file could not be written, so the configuration of %1 was not changed.")
                 .arg(id)}};
    };

    if (config.clientSecret.isEmpty()) {
        if (ConnectorSettings::save(config))
            succeed(id);
        else
            fail(id, settingsFailed());
        return;
    }

    // Remember the current secret, so a settings failure can put it back.
    m_store->read(
        id, key, this, [this, config, id, key, settingsFailed](const CredentialStore::Outcome& old) {
            if (!old.ok() && old.status != CredentialStore::Status::NotFound) {
                fail(id, {{kSecretField, 0, 0, old.message}});
                return;
            }
            const std::optional<QByteArray> previous =
                old.ok() ? std::optional<QByteArray>(old.secret) : std::nullopt;
            m_store->save(
                id, key, config.clientSecret, this,
                [this, config, id, key, previous, settingsFailed](const CredentialStore::Outcome& saved) {
                    if (!saved.ok()) {
                        fail(id, {{kSecretField, 0, 0, saved.message}});
                        return;
                    }
                    if (ConnectorSettings::save(config)) {
                        succeed(id);
                        return;
                    }
                    const auto report = [this, id, settingsFailed](const CredentialStore::Outcome& undone) {
                        if (!undone.ok())
                            qCWarning(lcConfigImport, "could not restore the previous secret of %s",
                                      qUtf8Printable(id));
                        fail(id, settingsFailed());
                    };
                    if (previous)
                        m_store->save(id, key, *previous, this, report);
                    else
                        m_store->remove(id, key, this, report);
                });
        });
}

void ConfigImporter::fail(const QString& connectorId, const QList<ConfigIssue>& issues)
{
    QTimer::singleShot(0, this, [this, connectorId, issues] { Q_EMIT finished(false, connectorId, issues); });
}

void ConfigImporter::succeed(const QString& connectorId)
{
    QTimer::singleShot(0, this, [this, connectorId] { Q_EMIT finished(true, connectorId, {}); });
}

} // namespace Moulin
