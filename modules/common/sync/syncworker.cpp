#include "common/core/database.h"
#include "common/net/redaction.h"
#include "common/sync/connectorlog.h"
#include "common/sync/quarantine.h"
#include "common/sync/syncworker_p.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <exception>

namespace Moulin::detail {

namespace {

bool execSql(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = QStringLiteral("%1: %2").arg(sql, q.lastError().text());
    qCWarning(lcDatabase).noquote() << "sync:" << sql << "failed:" << q.lastError().text();
    return false;
}

bool execPrepared(QSqlQuery& q, const QString& sql, const QVariantList& values, const char* what,
                  QString* error = nullptr)
{
    if (!q.prepare(sql)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QLatin1String(what), q.lastError().text());
        qCWarning(lcDatabase).noquote() << "sync: prepare" << what << "failed:" << q.lastError().text();
        return false;
    }
    for (const QVariant& value : values)
        q.addBindValue(value);
    if (!Database::exec(q, what)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QLatin1String(what), q.lastError().text());
        return false;
    }
    return true;
}

bool execPrepared(QSqlDatabase& db, const QString& sql, const QVariantList& values, const char* what,
                  QString* error = nullptr)
{
    QSqlQuery q(db);
    return execPrepared(q, sql, values, what, error);
}

QVariant nullIfEmpty(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

/// Of the follow-up answers of a page whose follow() failed, the first that
/// failed for the whole provider (network, breaker, rate limit, credentials,
/// server), as opposed to one entity's answer (404, 410, 422, an unreadable
/// body) that the adapter may well have skipped: the run ends with its kind,
/// so that the schedule and the reachability react as for a list page.
const HttpResponse* providerFailure(const QList<HttpResponse>& responses)
{
    for (const HttpResponse& response : responses) {
        if (response.ok || response.error == HttpError::InvalidJson)
            continue;
        const int s = response.status;
        const bool entity = response.error == HttpError::Http && s >= 400 && s < 500 && s != 401 &&
                            s != 403 && s != 408 && s != 429;
        if (!entity)
            return &response;
    }
    return nullptr;
}

} // namespace

struct SyncWorker::Run
{
    RunSpec spec;
    std::unique_ptr<QObject> context; // deleting it aborts the request in flight
    qint64 runId = 0;
    qint64 records = 0;
    int pages = 0;
    bool reached = false;
    /// Nothing more is sent or read (finish() was called); the run is
    /// concluded (rows, runFinished) once no page is with the store thread.
    bool finished = false;
    /// Pages handed to the store thread whose outcome has not come back.
    int storesPending = 0;
    /// A page of the run failed to store: the store thread skips the later
    /// ones (the store thread's alone).
    std::shared_ptr<bool> storeFailed = std::make_shared<bool>(false);
    struct Outcome
    {
        bool ok = false;
        QString error;
        HttpError httpError = HttpError::None;
        qint64 retryAfterMs = -1;
        int httpStatus = 0;
    };
    Outcome outcome; ///< set by finish()
};

/// A parsed page waiting for the answers to its follow-ups.
struct SyncWorker::FollowUps
{
    QString cursor;
    Page page;
    QList<HttpResponse> responses; // responses[i] answers page.followUps[i]
    qsizetype sent = 0;
    qsizetype answered = 0;
    int inFlight = 0;
    int maxInFlight = 1;
    int round = 0; ///< 0: the first round (Page::moreFollowUps)
};

SyncWorker::SyncWorker(const Clock* clock, std::shared_ptr<ChannelRegistry> channels)
    : m_clock(clock ? clock : Clock::system())
    , m_http(new HttpClient(this))
{
    m_http->setClock(m_clock);
    m_http->setChannels(std::move(channels));
}

SyncWorker::~SyncWorker()
{
    // shutdown() normally stopped it, on the worker thread.
    if (m_storeThread) {
        m_storeThread->quit();
        m_storeThread->wait();
        delete m_storeContext;
        delete m_storeThread;
    }
}

QObject* SyncWorker::storeContext()
{
    if (!m_storeContext) {
        // Started from the worker thread: it inherits its niceness (Linux).
        m_storeThread = new QThread;
        QString name = QThread::currentThread()->objectName();
        m_storeThread->setObjectName(name.isEmpty()
                                         ? QStringLiteral("moulin-store")
                                         : name.replace(QStringLiteral("sync"), QStringLiteral("store")));
        m_storeContext = new QObject;
        m_storeContext->moveToThread(m_storeThread);
        m_storeThread->start();
    }
    return m_storeContext;
}

void SyncWorker::stopStoreThread()
{
    if (!m_storeThread)
        return;
    // Every page handed over is stored (or skipped), then its outcome read
    // here: the runs it held conclude.
    QMetaObject::invokeMethod(
        m_storeContext, [] {}, Qt::BlockingQueuedConnection);
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    m_storeThread->quit();
    m_storeThread->wait(); // its database connection closes with it
    delete m_storeContext;
    delete m_storeThread;
    m_storeContext = nullptr;
    m_storeThread = nullptr;
}

QString SyncWorker::now() const
{
    return m_clock->now().toString(Qt::ISODate);
}

void SyncWorker::saveBreakerState(const QString& connector, const QString& state)
{
    QSqlDatabase db = Database::connection();
    execPrepared(
        db,
        QStringLiteral("INSERT INTO connector_state(connector, breaker_state) VALUES (?, ?) "
                       "ON CONFLICT(connector) DO UPDATE SET breaker_state = excluded.breaker_state"),
        {connector, state}, "save breaker state");
    Q_EMIT circuitStateChanged(connector, state);
}

void SyncWorker::startRun(const RunSpec& spec)
{
    auto run = std::make_shared<Run>();
    run->spec = spec;
    run->context = std::make_unique<QObject>();
    m_runs.insert(spec.token, run);

    QSqlDatabase db = Database::connection();
    if (!db.isValid() || !db.isOpen()) {
        finish(run, false,
               QCoreApplication::translate("Moulin::SyncEngine", "The local database is not available."));
        return;
    }
    QString error;
    QSqlQuery q(db);
    if (!execPrepared(q, QStringLiteral("SELECT cursor FROM sync_cursor WHERE connector = ? AND feed = ?"),
                      {spec.connector, spec.feed}, "read sync cursor", &error)) {
        finish(run, false,
               QCoreApplication::translate("Moulin::SyncEngine", "The local database is not available."));
        return;
    }
    const QString cursor = q.next() ? q.value(0).toString() : QString();
    q.finish();
    QSqlQuery insert(db);
    if (execPrepared(insert,
                     QStringLiteral("INSERT INTO sync_run(connector, feed, started_at) VALUES (?, ?, ?)"),
                     {spec.connector, spec.feed, now()}, "insert sync run", &error))
        run->runId = insert.lastInsertId().toLongLong();
    execPrepared(db,
                 QStringLiteral("INSERT INTO connector_state(connector, state) VALUES (?, 'syncing') "
                                "ON CONFLICT(connector) DO UPDATE SET state = 'syncing'"),
                 {spec.connector}, "save connector state");

    qCDebug(connectorLog(spec.connector)).noquote()
        << QStringLiteral("%1: sync started%2")
               .arg(spec.feed, cursor.isEmpty() ? QString() : QStringLiteral(" (resuming)"));
    // The run's first position, fixed once: request() and parse() of every
    // page then see the same cursor text.
    QString first;
    try {
        first = run->spec.adapter->resolve(cursor);
    } catch (const std::exception& e) {
        finish(run, false,
               QCoreApplication::translate("Moulin::SyncEngine", "The request could not be prepared: %1")
                   .arg(QString::fromLocal8Bit(e.what())));
        return;
    }
    requestPage(run, first);
}

void SyncWorker::requestPage(const RunPtr& run, const QString& cursor)
{
    HttpRequest request;
    try {
        request = run->spec.adapter->request(cursor);
    } catch (const std::exception& e) {
        finish(run, false,
               QCoreApplication::translate("Moulin::SyncEngine", "The request could not be prepared: %1")
                   .arg(QString::fromLocal8Bit(e.what())));
        return;
    }
    request.connector = run->spec.connector;
    request.feed = run->spec.feed;
    m_http->send(request, run->context.get(),
                 [this, run, cursor](const HttpResponse& response) { onPage(run, cursor, response); });
}

void SyncWorker::onPage(const RunPtr& run, const QString& cursor, const HttpResponse& response)
{
    if (run->finished)
        return;
    if (response.status > 0)
        run->reached = true;
    if (!response.ok) {
        finish(run, false, response.errorString, response.error,
               response.retryAfterMs ? *response.retryAfterMs : -1, response.status);
        return;
    }

    QString parseError;
    std::optional<Page> page;
    try {
        page = run->spec.adapter->parse(response, cursor, &parseError);
    } catch (const std::exception& e) {
        parseError = QString::fromLocal8Bit(e.what());
    }
    if (!page) {
        finish(run, false,
               QCoreApplication::translate("Moulin::SyncEngine", "%1 sent a page that could not be read: %2")
                   .arg(run->spec.connector, parseError));
        return;
    }
    if (loops(run, cursor, *page))
        return;
    if (page->followUps.isEmpty()) {
        completePage(run, *page);
        return;
    }

    auto followUps = std::make_shared<FollowUps>();
    followUps->cursor = cursor;
    followUps->responses.resize(page->followUps.size());
    followUps->maxInFlight = std::max(1, run->spec.adapter->followUpsInFlight());
    followUps->page = std::move(*page);
    sendFollowUps(run, followUps);
}

bool SyncWorker::loops(const RunPtr& run, const QString& cursor, const Page& page)
{
    if (page.complete || page.nextCursor != cursor)
        return false;
    finish(run, false,
           QCoreApplication::translate(
               "Moulin::SyncEngine",
               "%1 returned the same position twice; the synchronisation stopped to avoid a loop.")
               .arg(run->spec.connector));
    return true;
}

void SyncWorker::sendFollowUps(const RunPtr& run, const FollowUpsPtr& followUps)
{
    // On the list's channel: same breaker, bucket, authentication and log.
    // Nothing more once the run is over (cancelled, failed): its context is
    // gone and the answers in flight with it.
    const QList<HttpRequest>& requests = followUps->page.followUps;
    while (!run->finished && followUps->inFlight < followUps->maxInFlight &&
           followUps->sent < requests.size()) {
        const qsizetype index = followUps->sent++;
        HttpRequest request = requests.at(index);
        request.connector = run->spec.connector;
        request.feed = run->spec.feed;
        ++followUps->inFlight;
        m_http->send(request, run->context.get(),
                     [this, run, followUps, index](const HttpResponse& response) {
                         onFollowUp(run, followUps, index, response);
                     });
    }
}

void SyncWorker::onFollowUp(const RunPtr& run, const FollowUpsPtr& followUps, qsizetype index,
                            const HttpResponse& response)
{
    if (run->finished)
        return;
    if (response.status > 0)
        run->reached = true;
    if (response.status == 401) {
        // The provider refused the credential (expired early, revoked):
        // every request still to send would carry it and be refused too.
        // The run ends now, the page unstored and its cursor where it was;
        // ConnectorRuntime renews the credential once and runs the feed again.
        finish(run, false, response.errorString, response.error,
               response.retryAfterMs ? *response.retryAfterMs : -1, response.status);
        return;
    }
    followUps->responses[index] = response;
    --followUps->inFlight;
    if (++followUps->answered < followUps->responses.size()) {
        sendFollowUps(run, followUps);
        return;
    }

    // Every answer is in: the adapter reads them (or fails the page).
    QString followError;
    bool ok = false;
    try {
        ok =
            run->spec.adapter->follow(followUps->page, followUps->responses, followUps->cursor, &followError);
    } catch (const std::exception& e) {
        followError = QString::fromLocal8Bit(e.what());
    }
    if (!ok) {
        const QString error =
            QCoreApplication::translate("Moulin::SyncEngine", "%1 sent a page that could not be read: %2")
                .arg(run->spec.connector, followError);
        if (const HttpResponse* failed = providerFailure(followUps->responses))
            finish(run, false, error, failed->error, failed->retryAfterMs ? *failed->retryAfterMs : -1,
                   failed->status);
        else
            finish(run, false, error);
        return;
    }
    if (followUps->page.moreFollowUps && !followUps->page.followUps.isEmpty()) {
        // A further round (the entities the first answers name).
        if (followUps->round + 1 >= FeedAdapter::kMaxFollowUpRounds) {
            finish(run, false,
                   QCoreApplication::translate("Moulin::SyncEngine",
                                               "%1 asked for more than %2 rounds of requests for one page.")
                       .arg(run->spec.connector)
                       .arg(FeedAdapter::kMaxFollowUpRounds));
            return;
        }
        auto next = std::make_shared<FollowUps>();
        next->cursor = followUps->cursor;
        next->round = followUps->round + 1;
        next->maxInFlight = followUps->maxInFlight;
        next->page = std::move(followUps->page);
        next->page.moreFollowUps = false;
        next->responses.resize(next->page.followUps.size());
        sendFollowUps(run, next);
        return;
    }
    if (loops(run, followUps->cursor, followUps->page))
        return;
    completePage(run, followUps->page);
}

void SyncWorker::completePage(const RunPtr& run, const Page& page)
{
    // Ask for the next page before storing this one: the transfer overlaps
    // the SQLite write. A crash in between only loses the request.
    if (!page.complete)
        requestPage(run, page.nextCursor);
    if (run->finished)
        return; // the adapter failed to build the next request

    if (run->spec.adapter->storesOnOwnThread()) {
        // Stored on the store thread while the next page is requested,
        // parsed and followed here; the outcome comes back in order.
        ++run->storesPending;
        QMetaObject::invokeMethod(storeContext(), [this, token = run->spec.token, spec = run->spec,
                                                   failed = run->storeFailed, page, clock = m_clock] {
            QString error;
            bool ok = false;
            if (!*failed) {
                ok = storePage(clock, spec, page, &error);
                *failed = !ok;
            }
            QMetaObject::invokeMethod(this, [this, token, page, ok, error] {
                if (const RunPtr owner = m_runs.value(token))
                    onStored(owner, page, ok, error);
            });
        });
        return;
    }

    QString storeError;
    if (!storePage(m_clock, run->spec, page, &storeError)) {
        run->context.reset(); // abort the next page
        finish(run, false,
               QCoreApplication::translate("Moulin::SyncEngine", "The page could not be saved: %1")
                   .arg(storeError));
        return;
    }
    run->records += page.recordCount();
    ++run->pages;
    Q_EMIT runProgress(run->spec.token, run->records, page.remaining);
    if (page.complete)
        finish(run, true, {});
}

void SyncWorker::onStored(const RunPtr& run, const Page& page, bool ok, const QString& error)
{
    --run->storesPending;
    const bool wasFinished = run->finished;
    if (ok) {
        run->records += page.recordCount();
        ++run->pages;
        Q_EMIT runProgress(run->spec.token, run->records, page.remaining);
    }
    // A page that failed (a skipped one comes back without an error): the
    // run ends with it, before whatever ended it since (a later page).
    const bool failed = !ok && !error.isEmpty();
    const QString message =
        QCoreApplication::translate("Moulin::SyncEngine", "The page could not be saved: %1").arg(error);
    if (!wasFinished) {
        if (failed)
            finish(run, false, message); // aborts the next page too
        else if (ok && page.complete)
            finish(run, true, {});
        return;
    }
    if (failed)
        run->outcome = {false, message, HttpError::None, -1, 0};
    if (run->storesPending == 0)
        conclude(run);
}

bool SyncWorker::storePage(const Clock* clock, const RunSpec& spec, const Page& page, QString* error)
{
    QSqlDatabase db = Database::connection();
    if (!db.isValid() || !db.isOpen()) {
        *error = QCoreApplication::translate("Moulin::SyncEngine", "The local database is not available.");
        return false;
    }
    if (!execSql(db, QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    bool ok = true;
    // What the provider sent that could not be used is kept, with the page.
    const QDateTime heldAt = clock->now();
    for (const FeedProblem& problem : page.problems) {
        ok = ok && Quarantine::hold(db,
                                    {spec.connector, spec.feed, problem.recordKey, problem.reasonCode,
                                     problem.reason, problem.payload},
                                    heldAt, error);
    }
    try {
        ok = ok && spec.adapter->store(db, page, error);
    } catch (const std::exception& e) {
        *error = QString::fromLocal8Bit(e.what());
    } catch (...) {
        *error = QStringLiteral("unknown exception");
    }
    ok = ok && execPrepared(db,
                            QStringLiteral("INSERT INTO sync_cursor(connector, feed, cursor, updated_at) "
                                           "VALUES (?, ?, ?, ?) ON CONFLICT(connector, feed) DO UPDATE SET "
                                           "cursor = excluded.cursor, updated_at = excluded.updated_at"),
                            {spec.connector, spec.feed, page.nextCursor, heldAt.toString(Qt::ISODate)},
                            "save sync cursor", error);
    ok = ok && execSql(db, QStringLiteral("COMMIT"), error);
    if (!ok)
        execSql(db, QStringLiteral("ROLLBACK"), nullptr);
    return ok;
}

void SyncWorker::finish(const RunPtr& run, bool ok, const QString& error, HttpError httpError,
                        qint64 retryAfterMs, int httpStatus)
{
    if (run->finished)
        return;
    run->finished = true;
    run->context.reset();
    run->outcome = {ok, error, httpError, retryAfterMs, httpStatus};
    if (run->storesPending == 0)
        conclude(run);
}

void SyncWorker::conclude(const RunPtr& run)
{
    m_runs.remove(run->spec.token);
    const bool ok = run->outcome.ok;
    const HttpError httpError = run->outcome.httpError;
    const qint64 retryAfterMs = run->outcome.retryAfterMs;
    const int httpStatus = run->outcome.httpStatus;
    const QString safeError = Redact::text(run->outcome.error);
    const QString at = now();
    QSqlDatabase db = Database::connection();
    if (db.isValid() && db.isOpen()) {
        if (run->runId > 0)
            execPrepared(
                db,
                QStringLiteral("UPDATE sync_run SET finished_at = ?, records = ?, pages = ?, ok = ?, "
                               "error = ? WHERE id = ?"),
                {at, run->records, run->pages, ok ? 1 : 0, nullIfEmpty(safeError), run->runId},
                "finish sync run");
        const QString state = ok                                ? QStringLiteral("ok")
                              : httpError == HttpError::Network ? QStringLiteral("offline")
                                                                : QStringLiteral("error");
        execPrepared(
            db,
            QStringLiteral("INSERT INTO connector_state(connector, state, last_sync_at, last_success_at, "
                           "last_error) VALUES (?, ?, ?, ?, ?) ON CONFLICT(connector) DO UPDATE SET "
                           "state = excluded.state, last_sync_at = excluded.last_sync_at, "
                           "last_success_at = COALESCE(excluded.last_success_at, "
                           "connector_state.last_success_at), last_error = excluded.last_error"),
            {run->spec.connector, state, at, ok ? QVariant(at) : QVariant(QMetaType(QMetaType::QString)),
             nullIfEmpty(safeError)},
            "save connector state");
    }

    const QLoggingCategory& log = connectorLog(run->spec.connector);
    if (ok) {
        qCInfo(log).noquote() << QStringLiteral("%1: synchronised %2 records in %3 pages")
                                     .arg(run->spec.feed)
                                     .arg(run->records)
                                     .arg(run->pages);
    } else {
        qCWarning(log).noquote() << QStringLiteral("%1: synchronisation failed after %2 records: %3")
                                        .arg(run->spec.feed)
                                        .arg(run->records)
                                        .arg(safeError);
    }
    Q_EMIT runFinished(run->spec.token, ok, run->records, safeError, static_cast<int>(httpError),
                       retryAfterMs, run->reached, ok ? 0 : httpStatus);
}

void SyncWorker::cancelRuns(const QString& connector)
{
    const QList<RunPtr> runs = m_runs.values();
    for (const RunPtr& run : runs) {
        if (connector.isEmpty() || run->spec.connector == connector)
            finish(run, false,
                   QCoreApplication::translate("Moulin::SyncEngine", "The synchronisation was cancelled."),
                   HttpError::Cancelled);
    }
}

void SyncWorker::shutdown()
{
    cancelRuns({});
    stopStoreThread();
    delete m_http;
    m_http = nullptr;
}

} // namespace Moulin::detail
