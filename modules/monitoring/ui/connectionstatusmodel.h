#pragma once

#include "monitoring/core/connectionstatus.h"

#include <QAbstractTableModel>

namespace Moulin {

/// One row per configured connector: name, state, circuit breaker, last
/// sync, last success, last error. Colours follow the state. A push
/// connection (webhooks only) shows its receiver instead: receiving on which
/// address or not, its last event and today's events and refusals.
class ConnectionStatusModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        State,
        Breaker,
        LastSync,
        LastSuccess,
        LastError,
        ColumnCount
    };
    enum Role
    {
        ConnectorIdRole = Qt::UserRole + 1,
        StateRole,
    };

    explicit ConnectionStatusModel(QObject* parent = nullptr);

    void setStatuses(const QList<ConnectionStatus>& statuses);
    const QList<ConnectionStatus>& statuses() const { return m_statuses; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(ConnectionState state);
    static QString breakerText(BreakerPosition position);
    /// A push connection's state: "Receiving on 127.0.0.1:8787", or not
    /// and why.
    static QString pushStateText(const ConnectionStatus& status);
    /// "3 events today, 1 refused".
    static QString pushTodayText(const ConnectionStatus& status);

private:
    QList<ConnectionStatus> m_statuses;
};

} // namespace Moulin
