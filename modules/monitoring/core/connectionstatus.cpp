#include "monitoring/core/connectionstatus.h"

#include "common/core/connectorcatalog.h"
#include "common/core/connectorsettings.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Moulin {

ConnectionSummary ConnectionSummary::from(const QList<ConnectionStatus>& statuses)
{
    ConnectionSummary summary;
    for (const ConnectionStatus& status : statuses) {
        switch (status.state) {
        case ConnectionState::NotConfigured:
        case ConnectionState::Unsupported:
            continue;
        case ConnectionState::Idle:
            ++summary.waiting;
            break;
        case ConnectionState::Online:
            ++summary.online;
            break;
        case ConnectionState::Syncing:
            ++summary.online;
            ++summary.syncing;
            break;
        case ConnectionState::Degraded:
        case ConnectionState::Offline:
            ++summary.failing;
            break;
        }
        ++summary.configured;
    }
    return summary;
}

ConnectionState connectionStateFromString(const QString& text)
{
    if (text == QLatin1String("syncing"))
        return ConnectionState::Syncing;
    if (text == QLatin1String("online") || text == QLatin1String("ok"))
        return ConnectionState::Online;
    if (text == QLatin1String("degraded") || text == QLatin1String("error"))
        return ConnectionState::Degraded;
    if (text == QLatin1String("offline"))
        return ConnectionState::Offline;
    return ConnectionState::Idle;
}

QString connectionStateToString(ConnectionState state)
{
    switch (state) {
    case ConnectionState::NotConfigured:
        return QStringLiteral("not_configured");
    case ConnectionState::Idle:
        return QStringLiteral("idle");
    case ConnectionState::Syncing:
        return QStringLiteral("syncing");
    case ConnectionState::Online:
        return QStringLiteral("online");
    case ConnectionState::Degraded:
        return QStringLiteral("degraded");
    case ConnectionState::Offline:
        return QStringLiteral("offline");
    case ConnectionState::Unsupported:
        return QStringLiteral("unsupported");
    }
    return QString();
}

BreakerPosition breakerPositionFromString(const QString& text)
{
    const QString t = text.toLower().remove(QLatin1Char('_')).remove(QLatin1Char('-'));
    if (t == QLatin1String("closed"))
        return BreakerPosition::Closed;
    if (t == QLatin1String("open"))
        return BreakerPosition::Open;
    if (t == QLatin1String("halfopen"))
        return BreakerPosition::HalfOpen;
    return BreakerPosition::Unknown;
}

QList<ConnectionStatus> loadConnectionStatuses(const QSqlDatabase& db,
                                               const std::optional<QList<ConnectorConfig>>& configs)
{
    struct Row
    {
        QString state;
        QString breaker;
        QDateTime lastSync;
        QDateTime lastSuccess;
        QString error;
    };
    QHash<QString, Row> rows;
    if (db.isOpen()) {
        QSqlQuery query(db);
        if (query.exec(
                QStringLiteral("SELECT connector, state, breaker_state, last_sync_at, last_success_at, "
                               "last_error FROM connector_state"))) {
            while (query.next()) {
                rows.insert(query.value(0).toString(),
                            Row{query.value(1).toString(), query.value(2).toString(),
                                QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs),
                                QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs),
                                query.value(5).toString()});
            }
        } else {
            qWarning("monitoring: cannot read connector_state: %s", qUtf8Printable(query.lastError().text()));
        }
    }

    QList<ConnectionStatus> statuses;
    const QList<ConnectorConfig> listed = configs ? *configs : ConnectorSettings::all();
    for (const ConnectorConfig& config : listed) {
        ConnectionStatus status;
        status.connectorId = config.connectorId;
        const auto type = ConnectorCatalog::byId(config.connectorId);
        status.displayName = type ? type->displayName : config.typeName;
        status.kind = type ? type->kind : QString();
        status.state = ConnectionState::Idle;
        const auto it = rows.constFind(config.connectorId);
        if (it != rows.constEnd()) {
            status.state = connectionStateFromString(it->state);
            status.breaker = breakerPositionFromString(it->breaker);
            status.lastSyncAt = it->lastSync;
            status.lastSuccessAt = it->lastSuccess;
            status.lastError = it->error;
        }
        statuses.append(status);
    }
    return statuses;
}

} // namespace Moulin
