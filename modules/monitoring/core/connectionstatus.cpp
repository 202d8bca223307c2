#include "monitoring/core/connectionstatus.h"

#include "common/core/connectorcatalog.h"
#include "common/core/connectorsettings.h"
#include "common/runtime/connectorruntime.h"
#include "common/runtime/webhookreceiver.h"
#include "common/sync/syncengine.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

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

void applyPushActivity(ConnectionStatus& status, const QSqlDatabase& db, const QDateTime& now)
{
    status.pushOnly = true;
    status.lastSyncAt = QDateTime();
    status.lastSuccessAt = QDateTime();
    status.lastEventAt = QDateTime();
    status.eventsToday = 0;
    status.refusedToday = 0;
    if (status.state != ConnectionState::Degraded && status.state != ConnectionState::Unsupported &&
        status.state != ConnectionState::NotConfigured)
        status.state = status.receiverAddress.isEmpty() ? ConnectionState::Idle : ConnectionState::Online;
    if (!db.isOpen())
        return;
    // Deliveries are logged as the webhook feed (ConnectorRuntime), times
    // in UTC ISO text: compare as text from the local midnight on.
    const QDateTime local = now.toLocalTime();
    const QString midnight =
        QDateTime(local.date(), QTime(0, 0), local.timeZone()).toUTC().toString(Qt::ISODate);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT SUM(status BETWEEN 200 AND 299), SUM(status >= 400 OR status <= 0 OR "
                             "status IS NULL) FROM operation_log WHERE connector = ? AND feed = 'webhook' "
                             "AND at >= ?"));
    q.addBindValue(status.connectorId);
    q.addBindValue(midnight);
    if (q.exec() && q.next()) {
        status.eventsToday = q.value(0).toInt();
        status.refusedToday = q.value(1).toInt();
    }
    QSqlQuery last(db);
    last.prepare(QStringLiteral("SELECT MAX(at) FROM operation_log WHERE connector = ? AND feed = 'webhook' "
                                "AND status BETWEEN 200 AND 299"));
    last.addBindValue(status.connectorId);
    if (last.exec() && last.next() && !last.value(0).isNull())
        status.lastEventAt = QDateTime::fromString(last.value(0).toString(), Qt::ISODate).toUTC();
}

void applyPushConnections(QList<ConnectionStatus>& statuses, const QSqlDatabase& db,
                          const ConnectorRuntime& runtime, const QDateTime& now)
{
    const WebhookReceiver* receiver = runtime.webhooks();
    QString address;
    if (receiver && receiver->isListening()) {
        const WebhookReceiverSettings settings = receiver->settings();
        QString host = settings.address.toString();
        if (settings.address.protocol() == QAbstractSocket::IPv6Protocol)
            host = QLatin1Char('[') + host + QLatin1Char(']');
        address = QStringLiteral("%1%2:%3")
                      .arg(settings.tlsEnabled() ? QStringLiteral("https://") : QString(), host)
                      .arg(receiver->serverPort());
    }
    const QString problem = !runtime.webhookError().isEmpty()
                                ? runtime.webhookError()
                                : QCoreApplication::translate("Moulin::ConnectionStatus",
                                                              "webhooks are off (Settings ▸ Live bookings)");
    for (ConnectionStatus& status : statuses) {
        // Configured and implemented, with no feed for the engine: it only
        // receives (its module declared webhook routes instead).
        if (!runtime.config(status.connectorId) || runtime.unimplemented().contains(status.connectorId) ||
            !runtime.engine()->feeds(status.connectorId).isEmpty())
            continue;
        status.receiverAddress = address;
        status.receiverProblem = address.isEmpty() ? problem : QString();
        applyPushActivity(status, db, now);
    }
}

} // namespace Moulin
