#include "common/sync/syncengine.h"

#include "common/core/database.h"
#include "common/net/connectorchannel.h"
#include "common/net/httptypes.h"
#include "common/sync/operationlog.h"
#include "common/sync/reachability.h"
#include "common/sync/syncworker_p.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <limits>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace Moulin {

namespace {

/// Lowers the calling thread's priority (Linux: per-thread nice value).
void lowerCurrentThreadPriority(int niceness)
{
#ifdef Q_OS_LINUX
    if (niceness > 0)
        setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), niceness);
#else
    Q_UNUSED(niceness);
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

} // namespace

struct SyncEngine::Feed
{
    QString connector;
    QString name;
    qint64 intervalMs = 0;
    bool enabled = true;
    std::shared_ptr<FeedAdapter> adapter;
    QTimer* timer = nullptr;
    bool running = false;
    bool waiting = false; // for the network
    quint64 token = 0;
    qint64 done = 0;
    qint64 remaining = -1;
    int consecutiveFailures = 0;
};

struct SyncEngine::Worker
{
    QThread* thread = nullptr;
    detail::SyncWorker* worker = nullptr;
};

SyncEngine::SyncEngine(QObject* parent)
    : SyncEngine(Options{}, parent)
{
}

SyncEngine::SyncEngine(const Options& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_clock(options.clock ? options.clock : Clock::system())
    , m_reachability(options.reachability)
    , m_channels(options.channels ? options.channels : std::make_shared<ChannelRegistry>(m_clock))
{
    if (!m_reachability)
        m_reachability = new DefaultReachability(this);
    connect(m_reachability, &NetworkReachability::onlineChanged, this, &SyncEngine::onOnlineChanged);
    connect(m_reachability, &NetworkReachability::probeRequested, this, &SyncEngine::onProbeRequested);

    const int count = std::max(1, m_options.workerThreads);
    for (int i = 0; i < count; ++i) {
        auto w = std::make_unique<Worker>();
        w->thread = new QThread;
        w->thread->setObjectName(QStringLiteral("moulin-sync-%1").arg(i));
        w->worker = new detail::SyncWorker(m_clock, m_channels);
        w->worker->moveToThread(w->thread);
        connect(w->worker, &detail::SyncWorker::runProgress, this, &SyncEngine::onRunProgress);
        connect(w->worker, &detail::SyncWorker::runFinished, this, &SyncEngine::onRunFinished);
        connect(w->worker, &detail::SyncWorker::circuitStateChanged, this, &SyncEngine::circuitStateChanged);
        w->thread->start();
        const int niceness = m_options.workerNiceness;
        QMetaObject::invokeMethod(w->worker, [niceness] { lowerCurrentThreadPriority(niceness); });
        m_workers.push_back(std::move(w));
    }

    // Every breaker move of the registry (a feed, a write, an on-demand
    // request) is stored by the connector's worker. Queued: the moves arrive
    // here in the order they happened, and so reach the one worker.
    connect(
        m_channels.get(), &ChannelRegistry::circuitStateChanged, this,
        [this](const QString& connector, CircuitBreaker::State, CircuitBreaker::State to) {
            detail::SyncWorker* worker = workerFor(connector).worker;
            const QString state = CircuitBreaker::stateName(to);
            QMetaObject::invokeMethod(
                worker, [worker, connector, state] { worker->saveBreakerState(connector, state); });
        },
        Qt::QueuedConnection);
}

SyncEngine::~SyncEngine()
{
    for (const auto& w : m_workers) {
        detail::SyncWorker* worker = w->worker;
        QMetaObject::invokeMethod(
            worker, [worker] { worker->shutdown(); }, Qt::BlockingQueuedConnection);
        w->thread->quit();
        w->thread->wait();
        delete w->worker;
        delete w->thread;
    }
}

SyncEngine::Worker& SyncEngine::workerFor(const QString& connectorId)
{
    auto it = m_connectorWorker.find(connectorId);
    if (it == m_connectorWorker.end())
        it = m_connectorWorker.insert(connectorId, m_nextWorker++ % int(m_workers.size()));
    return *m_workers[size_t(*it)];
}

void SyncEngine::addConnector(const ConnectorDefinition& connector)
{
    removeConnector(connector.id);
    ConnectorProfile profile = connector.profile;
    profile.name = connector.id;
    m_profiles.insert(connector.id, profile);
    m_channels->setProfile(profile);

    for (const FeedDefinition& definition : connector.feeds) {
        if (!definition.adapter)
            continue;
        auto feed = std::make_unique<Feed>();
        feed->connector = connector.id;
        feed->name = definition.name;
        feed->intervalMs = std::max<qint64>(0, definition.intervalMs);
        feed->enabled = definition.enabled;
        feed->adapter = definition.adapter;
        feed->timer = new QTimer(this);
        feed->timer->setSingleShot(true);
        Feed* raw = feed.get();
        connect(feed->timer, &QTimer::timeout, this, [this, raw] { trigger(*raw, false); });
        m_feeds.push_back(std::move(feed));
        if (m_scheduling && raw->enabled && raw->intervalMs > 0)
            schedule(*raw, 0);
    }
}

void SyncEngine::removeConnector(const QString& connectorId)
{
    bool any = false;
    for (auto it = m_feeds.begin(); it != m_feeds.end();) {
        Feed& feed = **it;
        if (feed.connector != connectorId) {
            ++it;
            continue;
        }
        any = true;
        delete feed.timer;
        if (feed.running) {
            m_tokens.remove(feed.token);
            feed.running = false;
            m_sessionDone += feed.done;
            m_sessionTotal += feed.done;
            Q_EMIT feedFinished(feed.connector, feed.name, false, feed.done,
                                tr("The synchronisation was cancelled."), 0);
            setRunningDelta(-1);
        }
        it = m_feeds.erase(it);
    }
    if (any && m_connectorWorker.contains(connectorId)) {
        detail::SyncWorker* worker = workerFor(connectorId).worker;
        QMetaObject::invokeMethod(worker, [worker, connectorId] { worker->cancelRuns(connectorId); });
    }
    m_profiles.remove(connectorId);
    emitOverall();
}

QStringList SyncEngine::connectors() const
{
    QStringList ids;
    for (const auto& feed : m_feeds) {
        if (!ids.contains(feed->connector))
            ids.append(feed->connector);
    }
    return ids;
}

QStringList SyncEngine::feeds(const QString& connectorId) const
{
    QStringList names;
    for (const auto& feed : m_feeds) {
        if (feed->connector == connectorId)
            names.append(feed->name);
    }
    return names;
}

void SyncEngine::setOperationLog(OperationLog* log)
{
    m_log = log;
    if (!log)
        return;
    for (const auto& w : m_workers)
        log->attach(w->worker->http());
}

void SyncEngine::start()
{
    m_scheduling = true;
    // When did each feed last succeed? (A short read: allowed on the GUI thread.)
    QHash<QString, QDateTime> lastOk;
    QSqlDatabase db = Database::connection();
    if (db.isValid() && db.isOpen()) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "SELECT connector, feed, max(finished_at) FROM sync_run WHERE ok = 1 GROUP BY connector, feed"));
        if (Database::exec(q, "read last sync runs")) {
            while (q.next()) {
                lastOk.insert(q.value(0).toString() + QLatin1Char('\n') + q.value(1).toString(),
                              QDateTime::fromString(q.value(2).toString(), Qt::ISODate));
            }
        }
    }
    const qint64 now = m_clock->nowMs();
    for (const auto& feed : m_feeds) {
        if (!feed->enabled || feed->intervalMs <= 0 || feed->running || feed->waiting)
            continue;
        const QDateTime last = lastOk.value(feed->connector + QLatin1Char('\n') + feed->name);
        const qint64 due = last.isValid() ? last.toMSecsSinceEpoch() + feed->intervalMs - now : 0;
        schedule(*feed, std::clamp<qint64>(due, 0, feed->intervalMs));
    }
}

void SyncEngine::stop()
{
    m_scheduling = false;
    for (const auto& feed : m_feeds)
        feed->timer->stop();
}

SyncEngine::Feed* SyncEngine::findFeed(const QString& connectorId, const QString& feed) const
{
    for (const auto& f : m_feeds) {
        if (f->connector == connectorId && f->name == feed)
            return f.get();
    }
    return nullptr;
}

SyncEngine::Trigger SyncEngine::runNow(const QString& connectorId, const QString& feed)
{
    Feed* f = findFeed(connectorId, feed);
    return f ? trigger(*f, false) : Trigger::UnknownFeed;
}

int SyncEngine::runAll()
{
    int count = 0;
    for (const auto& feed : m_feeds) {
        const Trigger t = trigger(*feed, false);
        if (t == Trigger::Started || t == Trigger::WaitingForNetwork)
            ++count;
    }
    return count;
}

void SyncEngine::cancelAll()
{
    for (const auto& w : m_workers) {
        detail::SyncWorker* worker = w->worker;
        QMetaObject::invokeMethod(worker, [worker] { worker->cancelRuns({}); });
    }
}

bool SyncEngine::isRunning(const QString& connectorId, const QString& feed) const
{
    const Feed* f = findFeed(connectorId, feed);
    return f && f->running;
}

bool SyncEngine::isOnline() const
{
    return m_reachability->isOnline();
}

qint64 SyncEngine::nextRunInMs(const QString& connectorId, const QString& feed) const
{
    const Feed* f = findFeed(connectorId, feed);
    if (!f || !f->timer->isActive())
        return -1;
    return f->timer->remainingTime();
}

bool SyncEngine::isWaitingForNetwork(const QString& connectorId, const QString& feed) const
{
    const Feed* f = findFeed(connectorId, feed);
    return f && f->waiting;
}

SyncEngine::Trigger SyncEngine::trigger(Feed& feed, bool probe)
{
    if (!feed.enabled)
        return Trigger::Disabled;
    if (feed.running)
        return Trigger::AlreadyRunning;
    if (!probe && !isOnline()) {
        feed.waiting = true;
        feed.timer->stop();
        return Trigger::WaitingForNetwork;
    }
    feed.waiting = false;
    feed.timer->stop();
    feed.running = true;
    feed.token = m_nextToken++;
    feed.done = 0;
    feed.remaining = -1;
    m_tokens.insert(feed.token, &feed);

    detail::RunSpec spec;
    spec.token = feed.token;
    spec.connector = feed.connector;
    spec.feed = feed.name;
    spec.adapter = feed.adapter;
    detail::SyncWorker* worker = workerFor(feed.connector).worker;
    QMetaObject::invokeMethod(worker, [worker, spec] { worker->startRun(spec); });

    Q_EMIT feedStarted(feed.connector, feed.name);
    setRunningDelta(+1);
    emitOverall();
    return Trigger::Started;
}

void SyncEngine::schedule(Feed& feed, qint64 delayMs)
{
    if (!m_scheduling || !feed.enabled || feed.intervalMs <= 0)
        return;
    feed.timer->start(int(std::clamp<qint64>(delayMs, 0, std::numeric_limits<int>::max())));
}

void SyncEngine::onRunProgress(quint64 token, qint64 done, qint64 remaining)
{
    Feed* feed = m_tokens.value(token);
    if (!feed)
        return;
    feed->done = done;
    feed->remaining = remaining;
    Q_EMIT feedProgress(feed->connector, feed->name, done, remaining < 0 ? -1 : done + remaining);
    emitOverall();
}

void SyncEngine::onRunFinished(quint64 token, bool ok, qint64 records, const QString& error, int httpError,
                               qint64 retryAfterMs, bool reached, int httpStatus)
{
    Feed* feed = m_tokens.take(token);
    if (!feed)
        return;
    feed->running = false;
    feed->done = 0;
    feed->remaining = -1;
    m_sessionDone += records;
    m_sessionTotal += records;

    const auto kind = static_cast<HttpError>(httpError);
    if (kind == HttpError::Network)
        m_reachability->reportNetworkFailure();
    else if (ok || reached)
        m_reachability->reportReachable();

    if (ok) {
        feed->consecutiveFailures = 0;
        schedule(*feed, feed->intervalMs);
    } else if (kind == HttpError::Network && !isOnline()) {
        feed->waiting = true; // resumes by itself once online
    } else if (kind != HttpError::Cancelled) {
        ++feed->consecutiveFailures;
        qint64 delay = retryAfterMs > 0
                           ? retryAfterMs
                           : m_options.failureRetryMs << std::min(feed->consecutiveFailures - 1, 16);
        if (retryAfterMs <= 0 && feed->intervalMs > 0)
            delay = std::min(delay, feed->intervalMs);
        schedule(*feed, delay);
    } else {
        schedule(*feed, feed->intervalMs);
    }

    Q_EMIT feedFinished(feed->connector, feed->name, ok, records, error, httpStatus);
    emitOverall();
    setRunningDelta(-1);
}

void SyncEngine::onOnlineChanged(bool online)
{
    Q_EMIT onlineChanged(online);
    if (!online)
        return;
    for (const auto& feed : m_feeds) {
        if (feed->waiting)
            trigger(*feed, false);
    }
}

void SyncEngine::onProbeRequested()
{
    const int n = int(m_feeds.size());
    for (int i = 0; i < n; ++i) {
        Feed& feed = *m_feeds[size_t((m_probeCursor + i) % n)];
        if (feed.waiting && !feed.running) {
            m_probeCursor = (m_probeCursor + i + 1) % n;
            trigger(feed, true);
            return;
        }
    }
}

void SyncEngine::emitOverall()
{
    qint64 done = m_sessionDone;
    qint64 total = m_sessionTotal;
    bool unknown = false;
    for (const auto& feed : m_feeds) {
        if (!feed->running)
            continue;
        done += feed->done;
        if (feed->remaining < 0)
            unknown = true;
        else
            total += feed->done + feed->remaining;
    }
    Q_EMIT overallProgress(done, unknown ? 0 : total);
}

void SyncEngine::setRunningDelta(int delta)
{
    const int before = m_running;
    m_running = std::max(0, m_running + delta);
    if (before == 0 && m_running > 0) {
        Q_EMIT busyChanged(true);
    } else if (before > 0 && m_running == 0) {
        m_sessionDone = 0;
        m_sessionTotal = 0;
        Q_EMIT busyChanged(false);
    }
}

} // namespace Moulin
