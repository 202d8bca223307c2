#pragma once

#include "common/core/connectorconfig.h"

#include <QList>
#include <QObject>
#include <QString>

namespace Moulin {

class CredentialStore;

/// Applies a connector configuration, all or nothing:
///   1. validate (parseConnectorConfig) — any issue: nothing is touched;
///   2. save client_secret in the CredentialStore — on failure: nothing else;
///   3. write the rest to ConnectorSettings — on failure the keyring entry is
///      put back as it was.
/// `finished` is always emitted once per call, from the event loop (never
/// from inside the call), with the issues (empty on success).
class ConfigImporter : public QObject
{
    Q_OBJECT

public:
    explicit ConfigImporter(CredentialStore* store, QObject* parent = nullptr);

    /// Menu "Import a configuration…" and --import-config.
    void importFile(const QString& path);
    /// sourceName names the origin in the log (a file name, "paste"…).
    void importJson(const QByteArray& json, const QString& sourceName);
    /// Steps 2 and 3 for a configuration already validated (the settings
    /// dialog). An empty clientSecret keeps the stored secret.
    void applyConfig(const ConnectorConfig& config);

Q_SIGNALS:
    void finished(bool ok, const QString& connectorId, const QList<Moulin::ConfigIssue>& issues);

private:
    void fail(const QString& connectorId, const QList<ConfigIssue>& issues);
    void succeed(const QString& connectorId);

    CredentialStore* m_store;
};

} // namespace Moulin
