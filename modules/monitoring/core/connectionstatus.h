#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace Moulin {

struct ConnectorConfig;

/// The state of one connector as shown in the status bar and the
/// Integrations tab.
enum class ConnectionState
{
    NotConfigured,
    Idle,
    Syncing,
    Online,
    Degraded,    ///< last sync failed, retrying
    Offline,     ///< network down or circuit open
    Unsupported, ///< configured, but this version has no implementation for it
};

/// Circuit-breaker position, as stored in connector_state.breaker_state.
enum class BreakerPosition
{
    Unknown,
    Closed,
    Open,
    HalfOpen,
};

struct ConnectionStatus
{
    QString connectorId;
    QString displayName;
    QString kind; ///< "pos", "supplier", ...
    ConnectionState state = ConnectionState::NotConfigured;
    BreakerPosition breaker = BreakerPosition::Unknown;
    QDateTime lastSyncAt;    ///< UTC
    QDateTime lastSuccessAt; ///< UTC
    QString lastError;
    /// A sign-in is needed only because nobody has signed in yet (nothing
    /// was refused): the sign-in alert invites to sign in instead of saying
    /// the provider refused the credentials.
    bool neverSignedIn = false;
};

/// Counts used by the status-bar summary ("3/4 connexions actives").
struct ConnectionSummary
{
    int configured = 0;
    int online = 0;
    int failing = 0;
    int syncing = 0;
    int waiting = 0; ///< configured, never synchronised yet

    static ConnectionSummary from(const QList<ConnectionStatus>& statuses);
};

ConnectionState connectionStateFromString(const QString& text);
QString connectionStateToString(ConnectionState state);
BreakerPosition breakerPositionFromString(const QString& text);

/// Every configured connector (from ConnectorSettings and the
/// ConnectorCatalog) merged with its last known state from the
/// connector_state table of `db`. Connectors without a row are Idle.
/// `configs`: the connectors to list (e.g. ConnectorRuntime::configs(),
/// already in memory); by default, the saved ones (ConnectorSettings::all()).
QList<ConnectionStatus> loadConnectionStatuses(const QSqlDatabase& db,
                                               const std::optional<QList<ConnectorConfig>>& configs = {});

} // namespace Moulin

Q_DECLARE_METATYPE(Moulin::ConnectionState)
