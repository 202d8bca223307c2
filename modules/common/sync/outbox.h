#pragma once

#include "common/core/dbworker.h"
#include "common/net/clock.h"
#include "common/net/httpclient.h"
#include "common/net/httptypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace Moulin {

class NetworkReachability;

/// One write waiting in (or done with) the outbox.
struct OutboxItem
{
    enum class State
    {
        Pending,   ///< to send (again) at nextAttemptAt
        Sending,   ///< handed to the HTTP client; back to Pending after a crash
        Confirmed, ///< the provider accepted it (2xx)
        Rejected,  ///< the provider refused it for good (see lastError)
    };

    qint64 id = 0;
    QString connector;
    QString kind; ///< "order", "price_update", "contact_update"…
    QByteArray payload;
    QByteArray idempotencyKey; ///< generated once at enqueue, sent with every attempt
    State state = State::Pending;
    int attempts = 0;
    QString lastError;  ///< redacted
    int httpStatus = 0; ///< of the last answer
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime nextAttemptAt; ///< invalid: as soon as possible
    QDateTime confirmedAt;

    bool isValid() const { return id > 0; }
    static QString stateName(State state);
};

/// What the outbox does with a provider's answer.
enum class OutboxVerdict
{
    Confirmed,
    Rejected,
    Retry,
};

/// How one kind of write reaches one connector's provider.
class OutboxHandler
{
public:
    virtual ~OutboxHandler();
    /// The request that delivers `item` (called on the outbox's thread for
    /// every attempt). The outbox adds the idempotency key and the connector.
    virtual HttpRequest request(const OutboxItem& item) const = 0;
    /// The header that carries the key: "Idempotency-Key" (the default),
    /// "X-Request-Id" (OpenTable)…
    virtual QByteArray idempotencyHeader() const;
    /// Default: defaultVerdict().
    virtual OutboxVerdict verdict(const HttpResponse& response) const;
    /// A transport of the handler's own (an e-mail over SMTP…): when it
    /// returns a future, the outbox waits for it instead of sending
    /// request() over HTTP, and judges its answer with verdict() as any
    /// other (status: the transport's reply code, errorString: why it
    /// failed, translated). Called on the outbox's thread; the work runs
    /// elsewhere. Default: none (HTTP).
    virtual std::optional<QFuture<HttpResponse>> deliver(const OutboxItem& item) const;

    /// 2xx: confirmed. No answer, timeout, 408, 425, 429, 5xx, open circuit,
    /// rate limited: retry later. 401/403 (credentials to fix, not the
    /// write's fault): retry later. Any other 4xx: rejected.
    static OutboxVerdict defaultVerdict(const HttpResponse& response);
};

/// Writes to providers (orders, price updates, CRM updates) that survive
/// restarts and are applied once.
///
/// enqueue() stores the write with a freshly generated idempotency key
/// BEFORE anything is sent. The dispatcher then sends it with that key, and
/// keeps it until the provider confirms (2xx) or rejects it (non-retryable
/// 4xx); on network errors, timeouts, 429 and 5xx it waits (exponential
/// backoff, or the server's Retry-After) and sends it again, with the same
/// key, also after a restart (start() turns "sending" rows back into
/// "pending"). The key is read from the row for every attempt, so a write is
/// never sent with two different keys.
///
/// Order: writes of one (connector, kind) go one at a time, oldest first; a
/// write waiting for a retry holds back the later ones of its kind, so an
/// older price can never overwrite a newer one.
///
/// The outbox lives on the thread that creates it (normally the GUI thread):
/// HTTP is asynchronous there and every database access goes through its own
/// DbWorker. Requires Database::openAndMigrate().
class Outbox : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        qint64 baseRetryMs =
            5'000; ///< first retry delay, doubled per attempt (RetryPolicy::exponentialBackoffMs)
        qint64 maxRetryMs = 15 * 60'000; ///< cap of that delay
        const Clock* clock = nullptr;    ///< null: the system clock
        /// The providers' channels (breaker, rate limit) the outbox's client
        /// shares with other clients (ConnectorRuntime). Null: its own.
        std::shared_ptr<ChannelRegistry> channels = nullptr;
    };

    explicit Outbox(QObject* parent = nullptr);
    explicit Outbox(const Options& options, QObject* parent = nullptr);
    ~Outbox() override;

    /// The outbox's client: set the connectors' profiles on it (or on the
    /// channels it shares) and attach the OperationLog to it.
    HttpClient* httpClient() const { return m_http; }
    /// Pauses dispatching while offline; resumes when online. Network
    /// failures and answers are reported to it. Not owned.
    void setReachability(NetworkReachability* reachability);

    void registerHandler(const QString& connector, const QString& kind,
                         std::shared_ptr<OutboxHandler> handler);
    /// Convenience: a handler from a request builder (default header and verdict).
    void registerHandler(const QString& connector, const QString& kind,
                         std::function<HttpRequest(const OutboxItem&)> buildRequest);

    /// Stores a write; the future gives the stored item (invalid when the
    /// database refused it). `idempotencyKey` empty: a new random key. A key
    /// that is already in the outbox gives back the existing item unchanged
    /// (enqueueing the same write twice is harmless). Dispatching follows
    /// once the row is committed (when started).
    QFuture<OutboxItem> enqueue(const QString& connector, const QString& kind, const QByteArray& payload,
                                const QByteArray& idempotencyKey = {});
    QFuture<OutboxItem> enqueue(const QString& connector, const QString& kind, const QJsonObject& payload,
                                const QByteArray& idempotencyKey = {});

    /// Recovers writes left "sending" by a previous run, then dispatches.
    void start();
    bool isStarted() const { return m_started; }
    /// Sends every write that is due now (no-op before start()).
    void dispatch();
    /// Makes a pending write due now (the user's "retry now").
    QFuture<bool> retryNow(qint64 id);

    /// Items, newest first; `state` filters. Read through the DbWorker.
    QFuture<QList<OutboxItem>> items(std::optional<OutboxItem::State> state = std::nullopt);
    QFuture<OutboxItem> item(qint64 id);
    /// Writes in flight (HTTP requests not yet answered).
    int inFlight() const { return int(m_inFlight.size()); }

    /// A new random key (UUID, 36 characters).
    static QByteArray newIdempotencyKey();

    /// Reads and changes in the caller's connection and transaction (an
    /// area's DbWorker job, a feed's store()), for writers that keep their
    /// own state beside the outbox's.
    static std::optional<OutboxItem> read(QSqlDatabase& db, qint64 id);
    /// The state of the write queued with `idempotencyKey` (nullopt: none).
    static std::optional<OutboxItem::State> stateOf(QSqlDatabase& db, const QByteArray& idempotencyKey);
    /// Rejects the write queued with `idempotencyKey` if it is still pending
    /// (not sent yet), with `reason`. False and `*error` on a database error.
    static bool cancelPending(QSqlDatabase& db, const QByteArray& idempotencyKey, const QString& reason,
                              const QDateTime& at, QString* error);

    /// Makes the rejected write queued with `idempotencyKey` pending again
    /// with `payload`, under the same key, due at once (the user fixed what
    /// the provider refused: a mailbox, an address…); call dispatch() after
    /// the commit. False and `*error` when no rejected write has that key
    /// or on a database error.
    static bool reopenRejected(QSqlDatabase& db, const QByteArray& idempotencyKey, const QByteArray& payload,
                               const QDateTime& at, QString* error);

Q_SIGNALS:
    void itemQueued(qint64 id);
    void itemConfirmed(qint64 id, const QString& connector, const QString& kind);
    /// `reason` is translated and redacted.
    void itemRejected(qint64 id, const QString& connector, const QString& kind, const QString& reason);
    /// A failed attempt; the write is sent again in `retryInMs`.
    void itemDeferred(qint64 id, const QString& error, qint64 retryInMs);
    /// Nothing in flight and nothing due now (the next retry may be scheduled).
    void idle();

private:
    void onHeads(const QList<OutboxItem>& heads);
    void send(const OutboxItem& item);
    void onAnswer(const OutboxItem& item, const HttpResponse& response);
    void maybeIdle();
    std::shared_ptr<OutboxHandler> handlerFor(const QString& connector, const QString& kind) const;

    Options m_options;
    const Clock* m_clock;
    HttpClient* m_http;
    std::unique_ptr<DbWorker> m_db;
    NetworkReachability* m_reachability = nullptr;
    QHash<QString, std::shared_ptr<OutboxHandler>> m_handlers; // "connector\nkind"
    QSet<QString> m_inFlight;                                  // "connector\nkind"
    QSet<QString> m_warnedNoHandler;
    QTimer* m_timer;
    bool m_started = false;
    bool m_scanning = false;
    bool m_scanAgain = false;
};

} // namespace Moulin
