#pragma once

#include "monitoring/core/connectionmetrics.h"
#include "monitoring/core/connectionstatus.h"

#include <QSet>
#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace Moulin {

class ConnectionDetail;
class ConnectionStatusModel;
class EmptyStateWidget;

/// Intégrations: every configured connection with its state, circuit
/// breaker, last sync and last error; "sync now" for one or all; the
/// selected connection's last 24 hours (ConnectionDetail); the alerts the
/// user configured (Alertes…), shown in a banner and signalled when raised.
class IntegrationsTab : public QWidget
{
    Q_OBJECT

public:
    explicit IntegrationsTab(QWidget* parent = nullptr);

    void setStatuses(const QList<ConnectionStatus>& statuses);
    /// The connections whose credentials the provider refused.
    void setSignInNeeded(const QStringList& connectorIds);
    ConnectionStatusModel* model() const { return m_model; }
    ConnectionDetail* detail() const { return m_detail; }
    QList<ConnectionAlert> alerts() const { return m_alerts; }
    /// Reads the metrics and evaluates the alerts now (they are otherwise
    /// refreshed at most every 2 s after a status change, and every minute).
    void refreshNow();
    /// Test hook: the current time (UTC).
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    void selectConnector(const QString& connectorId);

Q_SIGNALS:
    /// The user asked to open the settings dialog (e.g. from the empty state).
    void settingsRequested();
    /// Run every enabled feed of `connectorId` now (empty: every connector).
    void syncNowRequested(const QString& connectorId);
    /// Sign in to the selected connector's provider (OAuth authorization in
    /// the browser).
    void authorizeRequested(const QString& connectorId);
    /// The active alerts changed (count: how many).
    void alertsChanged(int count);
    /// An alert that was not active before (translated, for the status bar).
    void alertRaised(const QString& message);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    QString selectedConnector() const;
    void evaluateAlerts();
    void updateDetail();
    /// "Sync selected" and "Sign in" for the selected connection ("Sync
    /// selected" off, and why, for a push connection).
    void updateSelectionActions();
    void updateUnroutedWebhooks();
    void editAlertRules();
    QDateTime now() const;

    EmptyStateWidget* m_emptyState;
    QStackedWidget* m_stack;
    QLabel* m_heading;
    QTableView* m_table;
    ConnectionStatusModel* m_model;
    QPushButton* m_syncSelected;
    QPushButton* m_authorize;
    QPushButton* m_syncAll;
    QPushButton* m_settings;
    QPushButton* m_alertRules;
    QLabel* m_alertBanner;
    QLabel* m_unroutedWebhooks; ///< refusals at an address no connection declares
    QSplitter* m_splitter;
    ConnectionDetail* m_detail;
    QList<ConnectionStatus> m_statuses;
    QStringList m_signInNeeded;
    QList<ConnectionAlert> m_alerts;
    QSet<QString> m_activeAlertKeys;
    QTimer m_refreshTimer; // coalesces status changes (2 s)
    QTimer m_minuteTimer;  // "no success for N minutes" needs time to pass
    std::function<QDateTime()> m_now;
};

} // namespace Moulin
