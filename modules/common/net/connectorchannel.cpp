#include "common/net/connectorchannel.h"

#include <QMutexLocker>
#include <QThread>

namespace Moulin {

ConnectorChannel::ConnectorChannel(const QString& name, const Clock* clock)
    : m_name(name)
    , m_breaker(std::make_unique<CircuitBreaker>(name, CircuitBreakerConfig{}, clock))
{
}

ConnectorChannel::~ConnectorChannel() = default;

std::optional<ConnectorProfile> ConnectorChannel::profile() const
{
    QMutexLocker lock(&m_mutex);
    return m_profile;
}

std::shared_ptr<TokenBucket> ConnectorChannel::rateLimiter() const
{
    QMutexLocker lock(&m_mutex);
    return m_bucket;
}

void ConnectorChannel::update(const ConnectorProfile& profile, std::shared_ptr<TokenBucket> bucket)
{
    m_breaker->setConfig(profile.breaker);
    QMutexLocker lock(&m_mutex);
    m_profile = profile;
    m_bucket = std::move(bucket);
}

ChannelRegistry::ChannelRegistry(const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock ? clock : Clock::system())
{
}

ChannelRegistry::~ChannelRegistry() = default;

void ChannelRegistry::setClock(const Clock* clock)
{
    QMutexLocker lock(&m_mutex);
    m_clock = clock ? clock : Clock::system();
}

const Clock* ChannelRegistry::clock() const
{
    QMutexLocker lock(&m_mutex);
    return m_clock;
}

std::shared_ptr<ConnectorChannel> ChannelRegistry::channelLocked(const QString& connector)
{
    std::shared_ptr<ConnectorChannel>& slot = m_channels[connector];
    if (slot)
        return slot;
    slot = std::make_shared<ConnectorChannel>(connector, m_clock);
    CircuitBreaker* breaker = slot->breaker();
    // The breaker belongs with the registry, whichever thread asked first.
    if (breaker->thread() != thread())
        breaker->moveToThread(thread());
    // Direct: re-emitted on the thread of the transition, still in order.
    connect(
        breaker, &CircuitBreaker::stateChanged, this,
        [this, connector](CircuitBreaker::State from, CircuitBreaker::State to) {
            Q_EMIT circuitStateChanged(connector, from, to);
        },
        Qt::DirectConnection);
    return slot;
}

std::shared_ptr<ConnectorChannel> ChannelRegistry::channel(const QString& connector)
{
    if (connector.isEmpty())
        return nullptr;
    QMutexLocker lock(&m_mutex);
    return channelLocked(connector);
}

void ChannelRegistry::setProfile(const ConnectorProfile& profile)
{
    if (profile.name.isEmpty())
        return;
    std::shared_ptr<ConnectorChannel> target;
    std::shared_ptr<TokenBucket> bucket;
    {
        QMutexLocker lock(&m_mutex);
        target = channelLocked(profile.name);
        if (profile.ratePerSecond > 0) {
            const QString key = profile.rateLimitKey.isEmpty() ? profile.name : profile.rateLimitKey;
            std::shared_ptr<TokenBucket>& shared = m_buckets[key];
            if (shared)
                shared->reconfigure(profile.rateBurst, profile.ratePerSecond);
            else
                shared = std::make_shared<TokenBucket>(profile.rateBurst, profile.ratePerSecond, m_clock);
            bucket = shared;
        }
    }
    // Unlocked: the breaker's lock is never taken inside the registry's (a
    // slot of circuitStateChanged may ask the registry for a channel).
    target->update(profile, std::move(bucket));
}

bool ChannelRegistry::hasProfile(const QString& connector) const
{
    return profile(connector).has_value();
}

std::optional<ConnectorProfile> ChannelRegistry::profile(const QString& connector) const
{
    std::shared_ptr<ConnectorChannel> found;
    {
        QMutexLocker lock(&m_mutex);
        found = m_channels.value(connector);
    }
    return found ? found->profile() : std::nullopt;
}

QStringList ChannelRegistry::connectors() const
{
    QMutexLocker lock(&m_mutex);
    return m_channels.keys();
}

} // namespace Moulin
