#pragma once

#include "common/core/dbworker.h"
#include "common/net/clock.h"
#include "common/net/httptypes.h"

#include <QFuture>
#include <QList>
#include <QMutex>
#include <QObject>

#include <algorithm>
#include <memory>

class QTimer;

namespace Moulin {

class HttpClient;

/// The operation log: every HTTP request of every connector, one row per
/// attempt in `operation_log` (connector, feed, method, redacted path,
/// status, latency, attempt, error, request id), kept `retentionDays` (30) days, and one
/// line per request on the connector's log category (connectorlog.h), which
/// LogFile writes to the rotating log file.
///
/// Only redacted data is written: paths, messages and errors come from the
/// HttpClient already redacted and go through Redact::text() once more.
///
/// Rows are batched and written by the log's own DbWorker, never on the
/// calling thread. record() and attach() are thread-safe, so one log serves
/// HttpClients on any thread. Create it after Database::openAndMigrate():
/// the constructor prunes old rows, and then again every day.
class OperationLog : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultRetentionDays = 30;
    static constexpr int kFlushDelayMs = 250;
    static constexpr int kMaxBatch = 500;
    /// Rows written under one write lock (the GUI thread's writes wait for it).
    static constexpr int kRowsPerTransaction = 64;

    explicit OperationLog(QObject* parent = nullptr);
    /// Writes what is still buffered.
    ~OperationLog() override;

    /// Logs every attempt and request of `client` (direct connection: the
    /// rows are queued on the client's thread without a round trip).
    /// Attaching a client again changes nothing: each request is logged once.
    void attach(HttpClient* client);

    /// Queues one attempt's row (thread-safe).
    void record(const OperationRecord& record);
    /// The one log line for a finished request, and its row when no attempt
    /// reached the wire (circuit open, cancelled, refused URL). Thread-safe.
    void requestFinished(const OperationRecord& record);

    void setRetentionDays(int days) { m_retentionDays = std::max(1, days); }
    int retentionDays() const { return m_retentionDays; }
    /// Time used for pruning (rows carry the records' own time).
    void setClock(const Clock* clock) { m_clock = clock ? clock : Clock::system(); }

    /// Deletes rows older than the retention; the future gives how many.
    QFuture<int> prune();
    /// Writes the buffered rows now; the future gives how many.
    QFuture<int> flush();

    /// Text stored in the `error` column: "<Kind>: <redacted message>"
    /// ("Http: … answered with HTTP status 500 …"); empty for a success.
    static QString errorText(const OperationRecord& record);
    static QString errorName(HttpError error);

Q_SIGNALS:
    void flushed(int rows);

private:
    void enqueue(const OperationRecord& record);

    std::unique_ptr<DbWorker> m_db;
    const Clock* m_clock = Clock::system();
    int m_retentionDays = kDefaultRetentionDays;
    QTimer* m_flushTimer;
    QTimer* m_pruneTimer;
    QMutex m_mutex;
    QList<OperationRecord> m_pending;
    bool m_flushScheduled = false;
};

} // namespace Moulin
