#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Moulin {

/// The state of one connector as shown in the status bar and the
/// Integrations tab.
enum class ConnectionState
{
    NotConfigured,
    Idle,
    Syncing,
    Online,
    Degraded, ///< last sync failed, retrying
    Offline,  ///< network down or circuit open
};

struct ConnectionStatus
{
    QString connectorId;
    QString displayName;
    ConnectionState state = ConnectionState::NotConfigured;
};

/// Counts used by the status-bar summary ("3/4 connexions actives").
struct ConnectionSummary
{
    int configured = 0;
    int online = 0;
    int failing = 0;
    int syncing = 0;

    static ConnectionSummary from(const QList<ConnectionStatus>& statuses);
};

} // namespace Moulin

Q_DECLARE_METATYPE(Moulin::ConnectionState)
