#pragma once

#include "common/sync/quarantine.h"
#include "monitoring/core/connectionmetrics.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QSqlDatabase;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace Moulin {

class ConnectionHistoryChart;

/// The lower half of the Intégrations tab: one connection over the last
/// 24 hours — requests, failures, latency, runs and records as figures, the
/// requests per hour (answered / failed) with the 95th-percentile latency
/// as a chart, its last synchronisation runs, its request log (every
/// HTTP attempt, or only the failed ones) and, for a connection that receives
/// webhooks, their deliveries: each one received or refused, with the
/// status answered and the reason of a refusal (a bad signature, a stale
/// timestamp, a body too large, a restaurant id that is not ours…) and what
/// the connection holds back for the user to settle (its open quarantine:
/// a record it could not store, a deletion the provider refused…).
class ConnectionDetail : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionDetail(QWidget* parent = nullptr);

    /// Reads `status.connectorId`'s metrics from `db` for the 24 hours up to
    /// `now` (UTC) and shows them. A few indexed queries: fine on the GUI
    /// thread.
    void showConnection(const ConnectionStatus& status, const QSqlDatabase& db, const QDateTime& now);
    /// Nothing selected.
    void clear();

    QString connectorId() const { return m_connectorId; }
    ConnectionMetrics metrics() const { return m_metrics; }
    QList<MetricsBucket> buckets() const { return m_buckets; }
    int runRows() const;
    int logRows() const;
    /// Webhook deliveries shown, and how many of them were refused.
    int webhookRows() const;
    int webhookRefusals() const;
    /// The connection's open quarantine rows shown.
    int heldRows() const;
    /// Brings the list of webhook deliveries to the front.
    void showWebhooks();
    /// Show only the failed requests in the log.
    void setFailuresOnly(bool failuresOnly);
    /// The figure shown under `title` (tests).
    QString figure(int index) const;

    enum Figure
    {
        Requests,
        Failures,
        Latency,
        Runs,
        Records,
        FigureCount
    };

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void render();
    void renderLog();
    void renderWebhooks();
    void renderHeld();

    QString m_connectorId;
    QString m_displayName;
    bool m_pushOnly = false; ///< webhooks only (ConnectionStatus::pushOnly)
    ConnectionMetrics m_metrics;
    QList<MetricsBucket> m_buckets;
    QList<SyncRunRow> m_runs;
    QList<OperationRow> m_operations;
    QList<OperationRow> m_webhooks;
    QList<QuarantinedRecord> m_held;
    QDateTime m_since;
    QString m_databaseName; ///< the connection the figures were read from
    QLabel* m_heading;
    QLabel* m_titles[FigureCount];
    QLabel* m_values[FigureCount];
    ConnectionHistoryChart* m_chart;
    QLabel* m_chartTitle;
    QTabWidget* m_lists;
    QTableView* m_runsView;
    QStandardItemModel* m_runsModel;
    QWidget* m_logPage;
    QCheckBox* m_failuresOnly;
    QTableView* m_logView;
    QStandardItemModel* m_logModel;
    QTableView* m_webhooksView;
    QStandardItemModel* m_webhooksModel;
    QTableView* m_heldView;
    QStandardItemModel* m_heldModel;
};

} // namespace Moulin
