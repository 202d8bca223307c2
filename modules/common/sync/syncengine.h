#pragma once

#include "common/net/clock.h"
#include "common/sync/feedadapter.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QThread;
class QTimer;

namespace Moulin {

class ChannelRegistry;
class NetworkReachability;
class OperationLog;
namespace detail {
class SyncWorker;
}

/// Runs every connector's feeds: on a schedule, on demand, never two runs of
/// one feed at once, paused while offline, with progress for the GUI.
///
/// Threads: the engine itself (scheduling, signals) lives on the thread that
/// creates it, normally the GUI thread, and does no I/O there. HTTP, parsing
/// and SQLite writes happen on `workerThreads` worker threads, each with its
/// own HttpClient and database connection; a connector is pinned to one
/// worker. The connector's breaker and rate limiter are its channel's, in
/// the engine's ChannelRegistry (Options::channels), which the outbox and
/// on-demand requests may share: every breaker move of the registry, by
/// whichever client, is stored and signalled (circuitStateChanged()).
///
/// A run: read the feed's cursor from sync_cursor → request a page → parse →
/// (the page's follow-up requests, if any, then FeedAdapter::follow()) →
/// (next request sent) → store the records AND the new cursor in ONE
/// transaction → ... until the adapter says the page is complete. A crash at
/// any point resumes from the last committed page: nothing lost, nothing
/// stored twice. Each run is one sync_run row; connector_state keeps
/// last_sync_at, last_success_at, last_error, state (syncing, ok, error,
/// offline) and breaker_state.
///
/// Scheduling: a feed with an interval runs again `intervalMs` after its
/// previous run ended; after a failure, sooner (failureRetryMs, doubling, at
/// most the interval) or when the server asked (Retry-After). start() runs
/// at once every feed whose last successful run (sync_run) is older than its
/// interval. While offline (NetworkReachability) no run starts: due and
/// on-demand runs wait and start by themselves once online again.
///
/// Requires Database::openAndMigrate() to have succeeded.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int workerThreads = 2;
        /// Linux: nice value of the worker threads (and of the HTTP threads
        /// they start), so that the GUI thread always wins the CPU on a
        /// small machine. 0 leaves them as they are.
        int workerNiceness = 10;
        /// First retry delay after a failed run (doubles per failure, capped
        /// by the feed's interval).
        qint64 failureRetryMs = 60'000;
        /// Not owned. Null: the engine makes a DefaultReachability.
        NetworkReachability* reachability = nullptr;
        /// Time of the rows written (sync_run, connector_state, sync_cursor)
        /// and of the breakers of the engine's own registry. Null: the
        /// system clock.
        const Clock* clock = nullptr;
        /// The providers' channels (breaker, rate limit) the workers share
        /// with other clients (ConnectorRuntime). Null: the engine's own.
        std::shared_ptr<ChannelRegistry> channels = nullptr;
    };

    enum class Trigger
    {
        Started,           ///< the run started
        AlreadyRunning,    ///< the feed is running: nothing more to do
        WaitingForNetwork, ///< offline: the run starts when the network is back
        Disabled,          ///< the feed is disabled in its configuration
        UnknownFeed,
    };
    Q_ENUM(Trigger)

    explicit SyncEngine(QObject* parent = nullptr);
    explicit SyncEngine(const Options& options, QObject* parent = nullptr);
    /// Cancels the runs in flight (their pages already committed stay) and
    /// joins the worker threads.
    ~SyncEngine() override;

    /// Adds (or replaces, by id) a connector and its feeds; registers its
    /// profile on the engine's channels.
    void addConnector(const ConnectorDefinition& connector);
    /// Cancels the connector's runs and forgets it.
    void removeConnector(const QString& connectorId);
    QStringList connectors() const;
    QStringList feeds(const QString& connectorId) const;

    /// Every request of every worker goes to `log` (and to the connector's
    /// log category). Call once; the log must outlive the engine.
    void setOperationLog(OperationLog* log);

    /// Arms the schedule (see the class comment).
    void start();
    /// Disarms the schedule; runs in flight finish.
    void stop();
    bool isScheduling() const { return m_scheduling; }

    /// Runs one feed now (works whether or not the schedule is armed).
    Trigger runNow(const QString& connectorId, const QString& feed);
    /// Runs every enabled feed now; returns how many started or wait for the
    /// network.
    int runAll();
    /// Cancels every run in flight (feedFinished(ok = false) for each).
    void cancelAll();

    bool isRunning(const QString& connectorId, const QString& feed) const;
    int runningCount() const { return m_running; }
    bool isBusy() const { return m_running > 0; }
    bool isOnline() const;
    NetworkReachability* reachability() const { return m_reachability; }
    std::shared_ptr<ChannelRegistry> channels() const { return m_channels; }
    /// Milliseconds before the feed's next scheduled run; -1 when none is
    /// scheduled (disabled, on demand only, running, waiting for the network).
    qint64 nextRunInMs(const QString& connectorId, const QString& feed) const;
    /// Whether the feed waits for the network to come back.
    bool isWaitingForNetwork(const QString& connectorId, const QString& feed) const;

Q_SIGNALS:
    void feedStarted(const QString& connector, const QString& feed);
    /// `done` records stored by this run; `total` = done + what the provider
    /// says remains, or -1 when it does not say.
    void feedProgress(const QString& connector, const QString& feed, qint64 done, qint64 total);
    /// `error` is translated and redacted; empty when ok. `httpStatus`: the
    /// provider's status when an HTTP error ended the run (401: the
    /// credential was refused), else 0.
    void feedFinished(const QString& connector, const QString& feed, bool ok, qint64 records,
                      const QString& error, int httpStatus);
    /// For the status bar, over the runs since the engine was last idle:
    /// total 0 means unknown (show a busy indicator).
    void overallProgress(qint64 done, qint64 total);
    /// True when the first run starts, false when the last one ends.
    void busyChanged(bool busy);
    void onlineChanged(bool online);
    /// A connector's circuit breaker moved ("closed", "open", "half-open"),
    /// by a request of any client sharing the engine's channels; the
    /// position is in connector_state.breaker_state by then.
    void circuitStateChanged(const QString& connector, const QString& state);

private:
    struct Feed;
    struct Worker;

    Feed* findFeed(const QString& connectorId, const QString& feed) const;
    Trigger trigger(Feed& feed, bool probe);
    void schedule(Feed& feed, qint64 delayMs);
    void onRunProgress(quint64 token, qint64 done, qint64 remaining);
    void onRunFinished(quint64 token, bool ok, qint64 records, const QString& error, int httpError,
                       qint64 retryAfterMs, bool reached, int httpStatus);
    void onOnlineChanged(bool online);
    void onProbeRequested();
    void emitOverall();
    void setRunningDelta(int delta);
    Worker& workerFor(const QString& connectorId);

    Options m_options;
    const Clock* m_clock;
    NetworkReachability* m_reachability;
    std::shared_ptr<ChannelRegistry> m_channels;
    std::vector<std::unique_ptr<Worker>> m_workers;
    QHash<QString, int> m_connectorWorker;
    QHash<QString, ConnectorProfile> m_profiles;
    std::vector<std::unique_ptr<Feed>> m_feeds;
    QHash<quint64, Feed*> m_tokens;
    OperationLog* m_log = nullptr;
    quint64 m_nextToken = 1;
    int m_nextWorker = 0;
    int m_running = 0;
    bool m_scheduling = false;
    qint64 m_sessionDone = 0;
    qint64 m_sessionTotal = 0;
    int m_probeCursor = 0;
};

} // namespace Moulin
