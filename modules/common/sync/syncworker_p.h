#pragma once

// Internal to moulin_sync: the part of the SyncEngine that runs on a worker
// thread (HTTP client, parsing, SQLite writes).

#include "common/net/clock.h"
#include "common/net/httpclient.h"
#include "common/sync/feedadapter.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QThread;

namespace Moulin::detail {

struct RunSpec
{
    quint64 token = 0;
    QString connector;
    QString feed;
    std::shared_ptr<FeedAdapter> adapter;
};

class SyncWorker : public QObject
{
    Q_OBJECT

public:
    /// Created on the engine's thread, then moved to the worker thread with
    /// its HttpClient, which shares the engine's `channels` (one breaker and
    /// one bucket per provider for every worker); every other method runs on
    /// the worker thread.
    SyncWorker(const Clock* clock, std::shared_ptr<ChannelRegistry> channels);
    ~SyncWorker() override;

    HttpClient* http() const { return m_http; }

    /// Stores a breaker's new position (connector_state.breaker_state) and
    /// emits circuitStateChanged().
    void saveBreakerState(const QString& connector, const QString& state);
    void startRun(const RunSpec& spec);
    /// Ends the runs of `connector` (every run when empty) as cancelled.
    void cancelRuns(const QString& connector);
    /// Cancels everything and deletes the HttpClient (before the thread quits).
    void shutdown();

Q_SIGNALS:
    void runProgress(quint64 token, qint64 done, qint64 remaining);
    /// `httpError` is an HttpError; `reached`: the provider answered at least
    /// once; `httpStatus` the status of the answer that ended a failed run (0:
    /// none).
    void runFinished(quint64 token, bool ok, qint64 records, const QString& error, int httpError,
                     qint64 retryAfterMs, bool reached, int httpStatus);
    void circuitStateChanged(const QString& connector, const QString& state);

private:
    struct Run;
    using RunPtr = std::shared_ptr<Run>;
    struct FollowUps;
    using FollowUpsPtr = std::shared_ptr<FollowUps>;

    void requestPage(const RunPtr& run, const QString& cursor);
    void onPage(const RunPtr& run, const QString& cursor, const HttpResponse& response);
    /// Fails the run when `page` would ask for `cursor` again.
    bool loops(const RunPtr& run, const QString& cursor, const Page& page);
    void sendFollowUps(const RunPtr& run, const FollowUpsPtr& followUps);
    void onFollowUp(const RunPtr& run, const FollowUpsPtr& followUps, qsizetype index,
                    const HttpResponse& response);
    /// Requests the next page, stores this one (or hands it to the store
    /// thread), reports progress.
    void completePage(const RunPtr& run, const Page& page);
    /// A page stored (or not) by the store thread.
    void onStored(const RunPtr& run, const Page& page, bool ok, const QString& error);
    /// The page and its cursor in one transaction, on the calling thread's
    /// connection (the worker's or the store thread's).
    static bool storePage(const Clock* clock, const RunSpec& spec, const Page& page, QString* error);
    /// Ends the run: nothing more is sent or read. The rows and the signal
    /// wait for the pages still with the store thread.
    void finish(const RunPtr& run, bool ok, const QString& error, HttpError httpError = HttpError::None,
                qint64 retryAfterMs = -1, int httpStatus = 0);
    void conclude(const RunPtr& run);
    /// The store thread's context object (started on first use).
    QObject* storeContext();
    void stopStoreThread();
    QString now() const;

    const Clock* m_clock;
    HttpClient* m_http;
    QHash<quint64, RunPtr> m_runs;
    QThread* m_storeThread = nullptr;
    QObject* m_storeContext = nullptr;
};

} // namespace Moulin::detail
