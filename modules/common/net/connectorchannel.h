#pragma once

#include "common/net/circuitbreaker.h"
#include "common/net/clock.h"
#include "common/net/httptypes.h"
#include "common/net/retrypolicy.h"
#include "common/net/tokenbucket.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace Moulin {

/// How one connector talks to its provider: retries, breaker, rate limit and
/// authentication. Registered on a ChannelRegistry (ChannelRegistry::
/// setProfile() or HttpClient::setProfile()); requests name it through
/// HttpRequest::connector.
struct ConnectorProfile
{
    QString name;
    RetryPolicy retry;
    CircuitBreakerConfig breaker;
    /// Token bucket shared by every connector with the same rateLimitKey
    /// (empty: the connector's name). ratePerSecond <= 0: no limit.
    QString rateLimitKey;
    double rateBurst = 10.0;
    double ratePerSecond = 0.0;
    /// Per-attempt timeout for this connector (0: the client's default).
    int timeoutMs = 0;
    /// API key header, request signing… applied on every attempt.
    RequestDecorator decorate;
    /// What the provider said in an HTTP error's body (its own error
    /// format), appended to HttpResponse::errorString (redacted). Empty: the
    /// status alone.
    std::function<QString(const HttpResponse& response)> describeError;
};

/// One provider as every HttpClient that talks to it sees it: its profile,
/// its one circuit breaker and its one token bucket. The sync engine's
/// workers (feeds), the outbox (writes) and the runtime's client (on-demand
/// requests) each do their own transport on their own thread, but ask the
/// same channel whether a request may go now and report its outcome to it,
/// so a provider's limit and breaker are never split between them.
///
/// Thread-safe. Created and owned by a ChannelRegistry; lives as long as
/// the last holder of its shared pointer (an HttpClient's request in flight
/// keeps it).
class ConnectorChannel
{
public:
    ConnectorChannel(const QString& name, const Clock* clock);
    ~ConnectorChannel();
    ConnectorChannel(const ConnectorChannel&) = delete;
    ConnectorChannel& operator=(const ConnectorChannel&) = delete;

    QString name() const { return m_name; }
    /// The registered profile; nullopt until one is registered.
    std::optional<ConnectorProfile> profile() const;
    /// The provider's breaker (thread-safe), for as long as the channel lives.
    CircuitBreaker* breaker() const { return m_breaker.get(); }
    /// The provider's bucket (thread-safe; shared with every connector of the
    /// same rateLimitKey); null when the profile sets no limit.
    std::shared_ptr<TokenBucket> rateLimiter() const;

private:
    friend class ChannelRegistry;
    void update(const ConnectorProfile& profile, std::shared_ptr<TokenBucket> bucket);

    const QString m_name;
    const std::unique_ptr<CircuitBreaker> m_breaker;
    mutable QMutex m_mutex;
    std::optional<ConnectorProfile> m_profile;
    std::shared_ptr<TokenBucket> m_bucket;
};

/// The channels of one set of HttpClients, by connector name: one per
/// provider. The ConnectorRuntime makes one and gives it to the sync
/// engine, the outbox and its own client; an HttpClient on its own gets a
/// private one. Thread-safe (every method, from any thread).
class ChannelRegistry : public QObject
{
    Q_OBJECT

public:
    explicit ChannelRegistry(const Clock* clock = Clock::system(), QObject* parent = nullptr);
    ~ChannelRegistry() override;

    /// Time of the breakers and buckets of the channels created afterwards.
    void setClock(const Clock* clock);
    const Clock* clock() const;

    /// Adds or replaces a connector's profile. The channel keeps its breaker
    /// (with the new thresholds) and its bucket (refilled only when the
    /// limits change).
    void setProfile(const ConnectorProfile& profile);
    bool hasProfile(const QString& connector) const;
    std::optional<ConnectorProfile> profile(const QString& connector) const;

    /// The connector's channel, created on first use (default breaker, no
    /// rate limit until a profile is registered). Null for an empty name:
    /// ad-hoc requests have no channel.
    std::shared_ptr<ConnectorChannel> channel(const QString& connector);
    QStringList connectors() const;

Q_SIGNALS:
    /// A channel's breaker moved, whichever client moved it. Emitted on that
    /// client's thread, in the order of the transitions (see CircuitBreaker).
    void circuitStateChanged(const QString& connector, Moulin::CircuitBreaker::State from,
                             Moulin::CircuitBreaker::State to);

private:
    std::shared_ptr<ConnectorChannel> channelLocked(const QString& connector);

    mutable QMutex m_mutex;
    const Clock* m_clock;
    QHash<QString, std::shared_ptr<ConnectorChannel>> m_channels;
    QHash<QString, std::shared_ptr<TokenBucket>> m_buckets; // by rate-limit key
};

} // namespace Moulin
