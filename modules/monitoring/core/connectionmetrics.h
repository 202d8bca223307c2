#pragma once

// What the Intégrations dashboard shows about one connection beyond its
// state: metrics over a window, their history per time bucket, the last
// synchronisation runs, and the alerts the user configured. Read from the
// operation_log (one row per HTTP attempt) and sync_run (one row per feed
// run) tables the runtime writes; nothing here writes to the database.

#include "monitoring/core/connectionstatus.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

class QSettings;
class QSqlDatabase;

namespace Moulin {

/// One connection over [from, to).
struct ConnectionMetrics
{
    qint64 requests = 0; ///< HTTP attempts (operation_log rows)
    qint64 failures = 0; ///< attempts with no answer (status 0 / NULL) or a status >= 400
    /// Latency of the attempts that got an answer, in ms (-1: none).
    qint64 p50LatencyMs = -1;
    qint64 p95LatencyMs = -1;
    qint64 runs = 0;       ///< finished feed runs (sync_run rows with finished_at)
    qint64 failedRuns = 0; ///< of which ok = 0
    qint64 records = 0;    ///< records stored by those runs

    /// failures / requests in [0, 1]; 0 without requests.
    double errorRate() const { return requests > 0 ? double(failures) / double(requests) : 0.0; }
};

/// One bucket of the history chart.
struct MetricsBucket
{
    QDateTime start; ///< UTC, a multiple of the bucket size since the epoch
    qint64 requests = 0;
    qint64 failures = 0;
    qint64 p95LatencyMs = -1; ///< -1: no answered attempt in the bucket
};

/// One feed run, newest first.
struct SyncRunRow
{
    QString feed;
    QDateTime startedAt;  ///< UTC
    QDateTime finishedAt; ///< UTC; invalid while running
    qint64 records = 0;
    qint64 pages = 0;
    bool ok = false;
    QString error; ///< redacted, as stored
};

/// One HTTP attempt of the operation log, newest first.
struct OperationRow
{
    QDateTime at; ///< UTC
    QString feed;
    QString method;
    QString path;   ///< redacted, as stored
    int status = 0; ///< 0: no answer
    qint64 latencyMs = 0;
    int attempt = 1;
    QString error; ///< redacted, as stored
    QString requestId;

    bool failed() const { return status <= 0 || status >= 400; }
};

class ConnectionMetricsReader
{
public:
    /// Metrics of `connector` for [from, to) (UTC), taken to the second like
    /// the stored times (milliseconds of the bounds are dropped).
    static ConnectionMetrics load(const QSqlDatabase& db, const QString& connector, const QDateTime& from,
                                  const QDateTime& to);
    /// Only `requests` and `failures` of load() (one aggregate query).
    static ConnectionMetrics requestCounts(const QSqlDatabase& db, const QString& connector,
                                           const QDateTime& from, const QDateTime& to);
    /// The same cut in buckets of `bucketMinutes` (> 0) covering [from, to):
    /// every bucket is present, empty ones with zero counts, oldest first.
    static QList<MetricsBucket> series(const QSqlDatabase& db, const QString& connector,
                                       const QDateTime& from, const QDateTime& to, int bucketMinutes);
    /// The last `limit` runs of `connector`, newest first.
    static QList<SyncRunRow> runs(const QSqlDatabase& db, const QString& connector, int limit = 50);
    /// The last `limit` HTTP attempts of `connector` since `since` (UTC),
    /// newest first; only the failed ones when `failuresOnly`.
    static QList<OperationRow> operations(const QSqlDatabase& db, const QString& connector,
                                          const QDateTime& since, int limit = 200, bool failuresOnly = false);
    /// The last `limit` webhook deliveries to `connector` since `since`
    /// (UTC), newest first: accepted (2xx) and refused (4xx, 5xx, with their
    /// reason in `error`), as ConnectorRuntime logs them (feed "webhook").
    static QList<OperationRow> webhookDeliveries(const QSqlDatabase& db, const QString& connector,
                                                 const QDateTime& since, int limit = 200);
    /// The feed name webhook deliveries are logged under.
    static QString webhookFeed() { return QStringLiteral("webhook"); }
    /// The connector name of the refusals no connection's route matched (an
    /// unknown address, a request line too long to read): ConnectorRuntime
    /// logs them under it.
    static QString unroutedWebhooks() { return QStringLiteral("webhooks"); }
};

/// The alerts the user configured (Intégrations ▸ Alertes…), kept in the
/// application settings under "monitoring/alerts/".
struct AlertRules
{
    bool enabled = true;
    /// No successful synchronisation for this many minutes (0: off).
    int noSuccessMinutes = 60;
    /// Failed requests over the last hour above this percentage (0: off)…
    int errorRatePercent = 25;
    /// …counted only with at least this many requests in that hour.
    int minRequests = 10;
    /// The circuit breaker is open (the provider keeps failing).
    bool breakerOpen = true;
    /// The provider refused the credentials: the user must sign in again.
    bool signInNeeded = true;

    static AlertRules load(QSettings& settings);
    void save(QSettings& settings) const;
    bool operator==(const AlertRules& other) const = default;
};

struct ConnectionAlert
{
    enum class Kind
    {
        NoRecentSuccess,
        HighErrorRate,
        BreakerOpen,
        SignInNeeded,
    };
    QString connectorId;
    Kind kind = Kind::NoRecentSuccess;
    /// What the user reads (translated), naming the connection.
    QString message;
};

/// The alerts raised now, in the order of `statuses`, then by kind.
/// `lastHour`: each connector's metrics over the last hour (missing: none).
/// `signInNeeded`: the connectors that need a sign-in (credentials refused
/// or expired, or never signed in: ConnectionStatus::neverSignedIn).
/// NoRecentSuccess: the last success is older than noSuccessMinutes, or
/// there was never one although a sync was tried (lastSyncAt valid).
/// HighErrorRate: lastHour has at least minRequests requests and its error
/// rate is above errorRatePercent. BreakerOpen: breaker == Open.
/// SignInNeeded: the connector is in `signInNeeded`; its message says the
/// provider refused the credentials, or, with neverSignedIn, that nobody has
/// signed in yet. Connectors that are NotConfigured or Unsupported raise
/// nothing; nothing is raised when the rules are disabled; a rule set to 0 /
/// false is off.
QList<ConnectionAlert> evaluateAlerts(const QList<ConnectionStatus>& statuses,
                                      const QHash<QString, ConnectionMetrics>& lastHour,
                                      const QStringList& signInNeeded, const AlertRules& rules,
                                      const QDateTime& now);

} // namespace Moulin
