#include "monitoring/ui/connectionstatusmodel.h"

#include <QColor>
#include <QLocale>

namespace Moulin {

ConnectionStatusModel::ConnectionStatusModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ConnectionStatusModel::setStatuses(const QList<ConnectionStatus>& statuses)
{
    beginResetModel();
    m_statuses = statuses;
    endResetModel();
}

int ConnectionStatusModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_statuses.size());
}

int ConnectionStatusModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConnectionStatusModel::stateText(ConnectionState state)
{
    switch (state) {
    case ConnectionState::NotConfigured:
        return tr("Not configured");
    case ConnectionState::Idle:
        return tr("Waiting for first sync");
    case ConnectionState::Syncing:
        return tr("Synchronising…");
    case ConnectionState::Online:
        return tr("Connected");
    case ConnectionState::Degraded:
        return tr("Errors, retrying");
    case ConnectionState::Offline:
        return tr("Unreachable");
    case ConnectionState::Unsupported:
        return tr("Not supported yet");
    }
    return QString();
}

QString ConnectionStatusModel::breakerText(BreakerPosition position)
{
    switch (position) {
    case BreakerPosition::Unknown:
        return tr("—");
    case BreakerPosition::Closed:
        return tr("Closed (normal)");
    case BreakerPosition::Open:
        return tr("Open: calls suspended");
    case BreakerPosition::HalfOpen:
        return tr("Half-open: testing");
    }
    return QString();
}

static QString formatTime(const QDateTime& utc)
{
    if (!utc.isValid())
        return ConnectionStatusModel::tr("never");
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

QString ConnectionStatusModel::pushStateText(const ConnectionStatus& status)
{
    if (status.state == ConnectionState::Degraded || status.state == ConnectionState::Unsupported ||
        status.state == ConnectionState::NotConfigured)
        return stateText(status.state);
    if (!status.receiverAddress.isEmpty())
        return tr("Receiving on %1").arg(status.receiverAddress);
    return status.receiverProblem.isEmpty() ? tr("Not receiving")
                                            : tr("Not receiving: %1").arg(status.receiverProblem);
}

QString ConnectionStatusModel::pushTodayText(const ConnectionStatus& status)
{
    const QString received = tr("%n event(s) today", nullptr, status.eventsToday);
    return status.refusedToday > 0 ? tr("%1, %2 refused").arg(received).arg(status.refusedToday) : received;
}

QVariant ConnectionStatusModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConnectionStatus& s = m_statuses.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return s.displayName;
        case State:
            return s.pushOnly ? pushStateText(s) : stateText(s.state);
        case Breaker:
            return s.pushOnly ? tr("— (receives)") : breakerText(s.breaker);
        case LastSync:
            // A push connection never syncs: its last event instead.
            return s.pushOnly
                       ? (s.lastEventAt.isValid() ? tr("Event received %1").arg(formatTime(s.lastEventAt))
                                                  : tr("No event received yet"))
                       : formatTime(s.lastSyncAt);
        case LastSuccess:
            return s.pushOnly ? pushTodayText(s) : formatTime(s.lastSuccessAt);
        case LastError:
            return s.lastError.isEmpty() ? tr("—") : s.lastError;
        }
        break;
    case Qt::ToolTipRole:
        if (s.pushOnly &&
            (index.column() == State || index.column() == LastSync || index.column() == LastSuccess))
            return tr(
                "This connection does not synchronise: the site pushes each booking to Moulin's webhook "
                "receiver as it is made.");
        if (index.column() == LastError && !s.lastError.isEmpty())
            return s.lastError;
        if (index.column() == Name)
            return s.connectorId;
        break;
    case Qt::ForegroundRole:
        if (s.pushOnly && index.column() == LastSuccess && s.refusedToday > 0)
            return QColor(0xb0, 0x2a, 0x1e);
        if (index.column() == State || index.column() == Breaker) {
            if (s.state == ConnectionState::Degraded || s.state == ConnectionState::Offline ||
                s.breaker == BreakerPosition::Open)
                return QColor(0xb0, 0x2a, 0x1e);
            if (s.state == ConnectionState::Online)
                return QColor(0x2e, 0x7d, 0x32);
        }
        break;
    case ConnectorIdRole:
        return s.connectorId;
    case StateRole:
        return static_cast<int>(s.state);
    }
    return {};
}

QVariant ConnectionStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Connection");
    case State:
        return tr("State");
    case Breaker:
        return tr("Circuit breaker");
    case LastSync:
        return tr("Last sync");
    case LastSuccess:
        return tr("Last success");
    case LastError:
        return tr("Last error");
    }
    return {};
}

} // namespace Moulin
