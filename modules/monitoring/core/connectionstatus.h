#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace Moulin {

class ConnectorRuntime;
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

    /// A connection that only receives (webhooks pushed to Moulin, no feed
    /// to synchronise): what it shows is the receiver's, not a sync's
    /// (applyPushConnections()).
    bool pushOnly = false;
    /// Where the webhook receiver listens ("127.0.0.1:8787", "https://…");
    /// empty: it does not.
    QString receiverAddress = {};
    /// Why it does not listen (webhooks off, the port taken…); translated.
    QString receiverProblem = {};
    QDateTime lastEventAt = {}; ///< UTC, the last delivery accepted (2xx); invalid: none yet
    int eventsToday = 0;        ///< deliveries accepted since local midnight
    int refusedToday = 0;       ///< deliveries refused since local midnight (4xx, 5xx)
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

/// Marks the configured, implemented connections of `runtime` that have no
/// feed (they only receive webhooks) as push connections and fills what they show: the
/// receiver's address when it listens (state Online) or why it does not
/// (state Idle), the last delivery accepted and today's deliveries
/// accepted and refused (local day of `now`, from the operation log of
/// `db`). Their last sync and success are cleared: they never sync.
void applyPushConnections(QList<ConnectionStatus>& statuses, const QSqlDatabase& db,
                          const ConnectorRuntime& runtime, const QDateTime& now);
/// The same without a runtime (tests): `receiverAddress` empty = not listening.
void applyPushActivity(ConnectionStatus& status, const QSqlDatabase& db, const QDateTime& now);

} // namespace Moulin

Q_DECLARE_METATYPE(Moulin::ConnectionState)
