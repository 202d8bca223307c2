#pragma once

#include "monitoring/core/connectionstatus.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Moulin {

class ConnectionStatusModel;
class EmptyStateWidget;

/// Intégrations: every configured connection with its state, circuit
/// breaker, last sync and last error; "sync now" for one or all.
class IntegrationsTab : public QWidget
{
    Q_OBJECT

public:
    explicit IntegrationsTab(QWidget* parent = nullptr);

    void setStatuses(const QList<ConnectionStatus>& statuses);
    ConnectionStatusModel* model() const { return m_model; }

Q_SIGNALS:
    /// The user asked to open the settings dialog (e.g. from the empty state).
    void settingsRequested();
    /// Run every enabled feed of `connectorId` now (empty: every connector).
    void syncNowRequested(const QString& connectorId);
    /// Sign in to the selected connector's provider (OAuth authorization in
    /// the browser).
    void authorizeRequested(const QString& connectorId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QString selectedConnector() const;

    EmptyStateWidget* m_emptyState;
    QStackedWidget* m_stack;
    QLabel* m_heading;
    QTableView* m_table;
    ConnectionStatusModel* m_model;
    QPushButton* m_syncSelected;
    QPushButton* m_authorize;
    QPushButton* m_syncAll;
    QPushButton* m_settings;
};

} // namespace Moulin
