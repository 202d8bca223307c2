#include "monitoring/core/connectionmetrics.h"

#include "common/core/database.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

namespace Moulin {

namespace {

// The runtime stores times as Qt::ISODate UTC text: "2026-11-20T10:15:00Z"
// (OperationLog, SyncWorker), fixed-width, so text order is time order.
// Bounds are bound without the "Z": "2026-11-20T10:15:00" sorts before both
// "…:00Z" and "…:00.250Z", so `at >= bound` keeps every row of that second
// and `at < bound` every row before it, whether a row carries milliseconds
// or not. Windows are therefore taken to the second (milliseconds dropped).
QString boundText(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QDateTime parseUtc(const QVariant& value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return {};
    const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

// Nearest rank: the ceil(percent / 100 * n)-th smallest value (1-based), in
// integers so that 95 % of 20 is exactly the 19th. `sorted` ascending.
qint64 nearestRank(const std::vector<qint64>& sorted, int percent)
{
    const qint64 n = qint64(sorted.size());
    if (n == 0)
        return -1;
    const qint64 rank = std::clamp<qint64>((qint64(percent) * n + 99) / 100, 1, n);
    return sorted[size_t(rank - 1)];
}

// The same on an unsorted bucket, in linear time.
qint64 nearestRankUnsorted(std::vector<qint64>& values, int percent)
{
    const qint64 n = qint64(values.size());
    if (n == 0)
        return -1;
    const qint64 rank = std::clamp<qint64>((qint64(percent) * n + 99) / 100, 1, n);
    const auto nth = values.begin() + (rank - 1);
    std::nth_element(values.begin(), nth, values.end());
    return *nth;
}

// A failed attempt: no answer (status NULL / 0) or an HTTP error status.
const QLatin1String kFailed("(COALESCE(status, 0) <= 0 OR status >= 400)");

// "2 h 05 min", "45 min".
QString durationText(qint64 secs)
{
    const qint64 minutes = std::max<qint64>(0, secs / 60);
    if (minutes < 60)
        return QCoreApplication::translate("Moulin::ConnectionAlert", "%1 min").arg(minutes);
    return QCoreApplication::translate("Moulin::ConnectionAlert", "%1 h %2 min")
        .arg(QString::number(minutes / 60), QStringLiteral("%1").arg(minutes % 60, 2, 10, QLatin1Char('0')));
}

constexpr char kEnabledKey[] = "monitoring/alerts/enabled";
constexpr char kNoSuccessKey[] = "monitoring/alerts/no_success_minutes";
constexpr char kErrorRateKey[] = "monitoring/alerts/error_rate_percent";
constexpr char kMinRequestsKey[] = "monitoring/alerts/min_requests";
constexpr char kBreakerKey[] = "monitoring/alerts/breaker_open";
constexpr char kSignInKey[] = "monitoring/alerts/sign_in_needed";

int readInt(QSettings& settings, const char* key, int fallback, int low, int high)
{
    bool ok = false;
    const int value = settings.value(QLatin1String(key)).toInt(&ok);
    return std::clamp(ok ? value : fallback, low, high);
}

bool readBool(QSettings& settings, const char* key, bool fallback)
{
    const QVariant value = settings.value(QLatin1String(key));
    return value.isValid() ? value.toBool() : fallback;
}

} // namespace

ConnectionMetrics ConnectionMetricsReader::requestCounts(const QSqlDatabase& db, const QString& connector,
                                                         const QDateTime& from, const QDateTime& to)
{
    ConnectionMetrics metrics;
    if (!from.isValid() || !to.isValid() || from >= to)
        return metrics;
    const QString low = boundText(from);
    const QString high = boundText(to);
    QSqlQuery counts(db);
    if (Database::run(counts,
                      QStringLiteral("SELECT COUNT(*), COALESCE(SUM(CASE WHEN %1 THEN 1 ELSE 0 END), 0) "
                                     "FROM operation_log WHERE connector = ? AND at >= ? AND at < ?")
                          .arg(kFailed),
                      {connector, low, high}, "load connection metrics") &&
        counts.next()) {
        metrics.requests = counts.value(0).toLongLong();
        metrics.failures = counts.value(1).toLongLong();
    }

    return metrics;
}

ConnectionMetrics ConnectionMetricsReader::load(const QSqlDatabase& db, const QString& connector,
                                                const QDateTime& from, const QDateTime& to)
{
    ConnectionMetrics metrics;
    if (!from.isValid() || !to.isValid() || from >= to)
        return metrics;
    const QString low = boundText(from);
    const QString high = boundText(to);

    // All three range queries go through operation_log_connector_at.
    const ConnectionMetrics counted = requestCounts(db, connector, from, to);
    metrics.requests = counted.requests;
    metrics.failures = counted.failures;

    QSqlQuery latencies(db);
    if (Database::run(latencies,
                      QStringLiteral("SELECT latency_ms FROM operation_log WHERE connector = ? AND at >= ? "
                                     "AND at < ? AND status > 0 AND latency_ms IS NOT NULL "
                                     "ORDER BY latency_ms"),
                      {connector, low, high}, "load connection latencies")) {
        std::vector<qint64> sorted;
        sorted.reserve(size_t(metrics.requests));
        while (latencies.next())
            sorted.push_back(latencies.value(0).toLongLong());
        metrics.p50LatencyMs = nearestRank(sorted, 50);
        metrics.p95LatencyMs = nearestRank(sorted, 95);
    }

    // A run finishes after it starts: `started_at < high` lets the
    // (connector, started_at) index narrow the scan.
    QSqlQuery runs(db);
    if (Database::run(runs,
                      QStringLiteral("SELECT COUNT(*), COALESCE(SUM(CASE WHEN COALESCE(ok, 0) = 0 THEN 1 "
                                     "ELSE 0 END), 0), COALESCE(SUM(records), 0) FROM sync_run "
                                     "WHERE connector = ? AND started_at < ? AND finished_at IS NOT NULL "
                                     "AND finished_at >= ? AND finished_at < ?"),
                      {connector, high, low, high}, "load sync run metrics") &&
        runs.next()) {
        metrics.runs = runs.value(0).toLongLong();
        metrics.failedRuns = runs.value(1).toLongLong();
        metrics.records = runs.value(2).toLongLong();
    }
    return metrics;
}

QList<MetricsBucket> ConnectionMetricsReader::series(const QSqlDatabase& db, const QString& connector,
                                                     const QDateTime& from, const QDateTime& to,
                                                     int bucketMinutes)
{
    QList<MetricsBucket> buckets;
    if (bucketMinutes <= 0 || !from.isValid() || !to.isValid() || from >= to)
        return buckets;
    const qint64 size = qint64(bucketMinutes) * 60;
    const qint64 fromSecs = from.toSecsSinceEpoch();
    const qint64 toSecs = to.toSecsSinceEpoch();
    // Floor to a multiple of the bucket size (also before 1970).
    const qint64 first = fromSecs >= 0 ? fromSecs / size * size : -((-fromSecs + size - 1) / size) * size;
    const qint64 count = (toSecs - first + size - 1) / size;
    if (count <= 0)
        return buckets;
    buckets.reserve(count);
    for (qint64 i = 0; i < count; ++i) {
        MetricsBucket bucket;
        bucket.start = QDateTime::fromSecsSinceEpoch(first + i * size, Qt::UTC);
        buckets.append(bucket);
    }

    // Complexity: one range query over operation_log_connector_at, so only
    // the window's rows are read (24 h of a busy connector: a few thousand,
    // not the 30 days kept). SQLite computes each row's bucket (no
    // QDateTime parsing per row); counts are added as rows stream by and
    // each bucket's latencies are kept apart, then its p95 is found with
    // nth_element: O(rows + buckets) overall, no sort.
    QSqlQuery q(db);
    if (!Database::run(q,
                       QStringLiteral("SELECT (CAST(strftime('%s', at) AS INTEGER) - ?) / ?, "
                                      "CASE WHEN %1 THEN 1 ELSE 0 END, status > 0, latency_ms "
                                      "FROM operation_log WHERE connector = ? AND at >= ? AND at < ?")
                           .arg(kFailed),
                       {first, size, connector, boundText(from), boundText(to)}, "load connection series"))
        return buckets;
    std::vector<std::vector<qint64>> latencies(static_cast<size_t>(count));
    while (q.next()) {
        bool ok = false;
        const qint64 index = q.value(0).toLongLong(&ok);
        if (!ok || index < 0 || index >= count)
            continue; // unparsable time
        MetricsBucket& bucket = buckets[index];
        ++bucket.requests;
        bucket.failures += q.value(1).toLongLong();
        if (q.value(2).toLongLong() != 0 && !q.value(3).isNull())
            latencies[size_t(index)].push_back(q.value(3).toLongLong());
    }
    for (qint64 i = 0; i < count; ++i)
        buckets[i].p95LatencyMs = nearestRankUnsorted(latencies[size_t(i)], 95);
    return buckets;
}

QList<SyncRunRow> ConnectionMetricsReader::runs(const QSqlDatabase& db, const QString& connector, int limit)
{
    QList<SyncRunRow> rows;
    if (limit <= 0)
        return rows;
    QSqlQuery q(db);
    if (!Database::run(q,
                       QStringLiteral("SELECT feed, started_at, finished_at, records, pages, ok, error "
                                      "FROM sync_run WHERE connector = ? "
                                      "ORDER BY started_at DESC, id DESC LIMIT ?"),
                       {connector, limit}, "load sync runs"))
        return rows;
    while (q.next()) {
        SyncRunRow row;
        row.feed = q.value(0).toString();
        row.startedAt = parseUtc(q.value(1));
        row.finishedAt = parseUtc(q.value(2));
        row.records = q.value(3).toLongLong();
        row.pages = q.value(4).toLongLong();
        row.ok = q.value(5).toInt() != 0;
        row.error = q.value(6).toString();
        rows.append(row);
    }
    return rows;
}

namespace {

QList<OperationRow> readOperations(const QSqlDatabase& db, const QString& connector, const QDateTime& since,
                                   int limit, const QString& condition, const QVariantList& values)
{
    QList<OperationRow> rows;
    if (limit <= 0 || !since.isValid())
        return rows;
    // Backwards along operation_log_connector_at, bounded by `since`.
    QSqlQuery q(db);
    if (!Database::run(q,
                       QStringLiteral("SELECT at, feed, method, path, status, latency_ms, attempt, error, "
                                      "request_id FROM operation_log WHERE connector = ? AND at >= ? %1 "
                                      "ORDER BY at DESC, id DESC LIMIT ?")
                           .arg(condition),
                       QVariantList{connector, boundText(since)} + values + QVariantList{limit},
                       "load operations"))
        return rows;
    while (q.next()) {
        OperationRow row;
        row.at = parseUtc(q.value(0));
        row.feed = q.value(1).toString();
        row.method = q.value(2).toString();
        row.path = q.value(3).toString();
        row.status = q.value(4).toInt();
        row.latencyMs = q.value(5).toLongLong();
        row.attempt = q.value(6).toInt();
        row.error = q.value(7).toString();
        row.requestId = q.value(8).toString();
        rows.append(row);
    }
    return rows;
}

} // namespace

QList<OperationRow> ConnectionMetricsReader::operations(const QSqlDatabase& db, const QString& connector,
                                                        const QDateTime& since, int limit, bool failuresOnly)
{
    return readOperations(db, connector, since, limit,
                          failuresOnly ? QString(QStringLiteral("AND ") + kFailed) : QString(), {});
}

QList<OperationRow> ConnectionMetricsReader::webhookDeliveries(const QSqlDatabase& db,
                                                               const QString& connector,
                                                               const QDateTime& since, int limit)
{
    return readOperations(db, connector, since, limit, QStringLiteral("AND feed = ?"), {webhookFeed()});
}

AlertRules AlertRules::load(QSettings& settings)
{
    const AlertRules defaults;
    AlertRules rules;
    rules.enabled = readBool(settings, kEnabledKey, defaults.enabled);
    rules.noSuccessMinutes = readInt(settings, kNoSuccessKey, defaults.noSuccessMinutes, 0, 7 * 24 * 60);
    rules.errorRatePercent = readInt(settings, kErrorRateKey, defaults.errorRatePercent, 0, 100);
    rules.minRequests = readInt(settings, kMinRequestsKey, defaults.minRequests, 1, 100000);
    rules.breakerOpen = readBool(settings, kBreakerKey, defaults.breakerOpen);
    rules.signInNeeded = readBool(settings, kSignInKey, defaults.signInNeeded);
    return rules;
}

void AlertRules::save(QSettings& settings) const
{
    settings.setValue(QLatin1String(kEnabledKey), enabled);
    settings.setValue(QLatin1String(kNoSuccessKey), noSuccessMinutes);
    settings.setValue(QLatin1String(kErrorRateKey), errorRatePercent);
    settings.setValue(QLatin1String(kMinRequestsKey), minRequests);
    settings.setValue(QLatin1String(kBreakerKey), breakerOpen);
    settings.setValue(QLatin1String(kSignInKey), signInNeeded);
}

QList<ConnectionAlert> evaluateAlerts(const QList<ConnectionStatus>& statuses,
                                      const QHash<QString, ConnectionMetrics>& lastHour,
                                      const QStringList& signInNeeded, const AlertRules& rules,
                                      const QDateTime& now)
{
    QList<ConnectionAlert> alerts;
    if (!rules.enabled)
        return alerts;
    for (const ConnectionStatus& status : statuses) {
        if (status.state == ConnectionState::NotConfigured || status.state == ConnectionState::Unsupported)
            continue;
        const QString name = status.displayName.isEmpty() ? status.connectorId : status.displayName;
        const auto raise = [&](ConnectionAlert::Kind kind, const QString& message) {
            alerts.append({status.connectorId, kind, message});
        };

        if (rules.noSuccessMinutes > 0) {
            const qint64 limitMs = qint64(rules.noSuccessMinutes) * 60 * 1000;
            if (status.lastSuccessAt.isValid()) {
                const qint64 sinceMs = status.lastSuccessAt.msecsTo(now);
                if (sinceMs > limitMs)
                    raise(ConnectionAlert::Kind::NoRecentSuccess,
                          QCoreApplication::translate("Moulin::ConnectionAlert",
                                                      "%1: no successful synchronisation for %2.")
                              .arg(name, durationText(sinceMs / 1000)));
            } else if (status.lastSyncAt.isValid()) {
                raise(ConnectionAlert::Kind::NoRecentSuccess,
                      QCoreApplication::translate("Moulin::ConnectionAlert",
                                                  "%1: no synchronisation has succeeded yet.")
                          .arg(name));
            }
        }

        if (rules.errorRatePercent > 0) {
            const auto it = lastHour.constFind(status.connectorId);
            if (it != lastHour.constEnd() && it->requests > 0 && it->requests >= rules.minRequests &&
                it->failures * 100 > qint64(rules.errorRatePercent) * it->requests) {
                // Rounded half up: 17 of 50 is 34 %.
                const qint64 percent = (it->failures * 200 + it->requests) / (2 * it->requests);
                raise(ConnectionAlert::Kind::HighErrorRate,
                      QCoreApplication::translate(
                          "Moulin::ConnectionAlert",
                          "%1: %2 % of the requests failed in the last hour (%3 of %4).")
                          .arg(name, QString::number(percent), QString::number(it->failures),
                               QString::number(it->requests)));
            }
        }

        if (rules.breakerOpen && status.breaker == BreakerPosition::Open)
            raise(ConnectionAlert::Kind::BreakerOpen,
                  QCoreApplication::translate("Moulin::ConnectionAlert",
                                              "%1: the circuit breaker is open; requests are paused.")
                      .arg(name));

        if (rules.signInNeeded && signInNeeded.contains(status.connectorId))
            raise(
                ConnectionAlert::Kind::SignInNeeded,
                status.neverSignedIn
                    ? QCoreApplication::translate("Moulin::ConnectionAlert",
                                                  "%1: not signed in yet — sign in with Integrations ▸ "
                                                  "Sign in….")
                          .arg(name)
                    : QCoreApplication::translate("Moulin::ConnectionAlert",
                                                  "%1: the provider refused the credentials; sign in again.")
                          .arg(name));
    }
    return alerts;
}

} // namespace Moulin
