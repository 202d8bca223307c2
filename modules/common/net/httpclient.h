#pragma once

#include "common/net/circuitbreaker.h"
#include "common/net/clock.h"
#include "common/net/connectorchannel.h"
#include "common/net/httptypes.h"
#include "common/net/retrypolicy.h"
#include "common/net/tokenbucket.h"

#include <QHash>
#include <QMetaObject>
#include <QObject>
#include <QRandomGenerator>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace Moulin {

/// The one HTTP client of a thread. Fully asynchronous: send() returns at
/// once and the callback runs later on the client's thread, never inside
/// send(). Each request goes through, in order:
///   transport policy (https, or http to loopback) → the provider's token
///   bucket (waits on a timer when empty) → the connector's circuit breaker
///   (fails at once when open) → the attempt (User-Agent Moulin/<version>,
///   gzip/deflate, per-attempt timeout, decorator) → retry with backoff and
///   full jitter, or the server's Retry-After, for replay-safe requests.
/// TLS errors always fail the attempt; nothing ignores them. Redirects are
/// followed only to URLs the transport policy allows.
///
/// Every attempt emits attemptFinished() and every request requestFinished()
/// with a redacted OperationRecord, for the operation log.
///
/// The breaker and the bucket are not the client's own: they belong to the
/// connector's ConnectorChannel, in the client's ChannelRegistry. A client
/// alone has a private registry; the ConnectorRuntime gives one registry to
/// every client it builds (sync workers, outbox, its own), so that all of
/// them share one breaker and one bucket per provider while each does its
/// transport on its own thread.
class HttpClient : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultTimeoutMs = 15'000;
    using Callback = std::function<void(const HttpResponse& response)>;

    explicit HttpClient(QObject* parent = nullptr);
    ~HttpClient() override;

    /// "Moulin/<version>".
    static QByteArray userAgent();

    void setClock(const Clock* clock);
    const Clock* clock() const { return m_clock; }
    /// Seeds the jitter (tests get reproducible delays).
    void setRandomSeed(quint32 seed) { m_rng.seed(seed); }

    int defaultTimeoutMs() const { return m_defaultTimeoutMs; }
    void setDefaultTimeoutMs(int ms) { m_defaultTimeoutMs = ms > 0 ? ms : kDefaultTimeoutMs; }

    /// Retry policy for requests without a connector.
    void setDefaultRetryPolicy(const RetryPolicy& policy) { m_defaultRetry = policy; }
    RetryPolicy defaultRetryPolicy() const { return m_defaultRetry; }

    /// The channels this client shares (a private registry unless
    /// setChannels() gave another). Set it before the first request.
    std::shared_ptr<ChannelRegistry> channels() const { return m_channels; }
    /// Shares `channels` (null: back to a private registry on the client's
    /// clock).
    void setChannels(std::shared_ptr<ChannelRegistry> channels);

    /// Adds or replaces a connector's profile in the client's registry, for
    /// every client sharing it. Existing breaker and bucket take the new
    /// thresholds.
    void setProfile(const ConnectorProfile& profile);
    bool hasProfile(const QString& connector) const { return m_channels->hasProfile(connector); }
    /// The connector's profile, or a default one named `connector`.
    ConnectorProfile profile(const QString& connector) const;

    /// The connector's breaker (its channel's, created on first use; shared
    /// by every client of the registry, thread-safe). Null for an empty
    /// connector name: ad-hoc requests have no breaker.
    CircuitBreaker* breaker(const QString& connector);
    /// The connector's bucket (its channel's, shared by every connector with
    /// the same rate-limit key); null when the profile has no limit.
    TokenBucket* rateLimiter(const QString& connector);

    QNetworkAccessManager* networkAccessManager() const { return m_nam; }

    /// Sends `request`; `callback` gets the final response. When `context`
    /// is given and destroyed first, the request is aborted and the callback
    /// never runs. Every attempt carries an `X-Request-Id`: the request's own
    /// when it has one, else a new UUID, the same for all its attempts
    /// (HttpResponse::requestId and the operation log keep it).
    void send(const HttpRequest& request, QObject* context, Callback callback);
    /// Aborts everything in flight or waiting; callbacks get HttpError::Cancelled.
    void cancelAll();
    int pendingCount() const { return static_cast<int>(m_calls.size()); }

Q_SIGNALS:
    void attemptFinished(const Moulin::OperationRecord& record);
    void requestFinished(const Moulin::OperationRecord& record);
    /// A breaker of the client's registry moved, whichever client sharing
    /// it made the move (ChannelRegistry::circuitStateChanged, delivered on
    /// this client's thread).
    void circuitStateChanged(const QString& connector, Moulin::CircuitBreaker::State from,
                             Moulin::CircuitBreaker::State to);

private:
    struct Call;
    using CallPtr = std::shared_ptr<Call>;

    void step(quint64 id);
    void startAttempt(const CallPtr& call);
    void onReplyFinished(const CallPtr& call, QNetworkReply* reply);
    void scheduleStep(const CallPtr& call, qint64 delayMs);
    void finish(const CallPtr& call, HttpResponse response);
    void abortCall(quint64 id, bool notify);
    OperationRecord makeRecord(const Call& call, const HttpResponse& response, qint64 latencyMs) const;
    QString describeFailure(const Call& call, const HttpResponse& response, QNetworkReply* reply) const;

    QNetworkAccessManager* m_nam;
    const Clock* m_clock;
    QRandomGenerator m_rng;
    int m_defaultTimeoutMs = kDefaultTimeoutMs;
    RetryPolicy m_defaultRetry;
    std::shared_ptr<ChannelRegistry> m_channels;
    bool m_ownsChannels = true;
    QMetaObject::Connection m_channelsConnection;
    QHash<quint64, CallPtr> m_calls;
    quint64 m_nextId = 1;
};

} // namespace Moulin

Q_DECLARE_METATYPE(Moulin::OperationRecord)
