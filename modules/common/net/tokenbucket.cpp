#include "common/net/tokenbucket.h"

#include <QMutexLocker>

#include <algorithm>
#include <cmath>

namespace Moulin {

TokenBucket::TokenBucket(double capacity, double refillPerSecond, const Clock* clock)
    : m_capacity(std::max(1.0, capacity))
    , m_rate(refillPerSecond)
    , m_clock(clock ? clock : Clock::system())
    , m_tokens(m_capacity)
    , m_lastRefillMs(m_clock->nowMs())
{
}

double TokenBucket::capacity() const
{
    QMutexLocker lock(&m_mutex);
    return m_capacity;
}

double TokenBucket::refillPerSecond() const
{
    QMutexLocker lock(&m_mutex);
    return m_rate;
}

void TokenBucket::refill() const
{
    const qint64 now = m_clock->nowMs();
    const qint64 from = std::max(m_lastRefillMs, m_pausedUntilMs);
    if (now > from)
        m_tokens = std::min(m_capacity, m_tokens + static_cast<double>(now - from) * m_rate / 1000.0);
    m_lastRefillMs = std::max(m_lastRefillMs, now);
}

double TokenBucket::available() const
{
    QMutexLocker lock(&m_mutex);
    return availableLocked();
}

double TokenBucket::availableLocked() const
{
    if (m_rate <= 0)
        return m_capacity;
    if (m_clock->nowMs() < m_pausedUntilMs)
        return 0.0;
    refill();
    return m_tokens;
}

bool TokenBucket::tryAcquire(double tokens)
{
    QMutexLocker lock(&m_mutex);
    return tryAcquireLocked(tokens);
}

bool TokenBucket::tryAcquireLocked(double tokens)
{
    if (m_rate <= 0)
        return true;
    if (m_clock->nowMs() < m_pausedUntilMs)
        return false;
    refill();
    // A tiny epsilon absorbs floating-point dust from fractional refills.
    if (m_tokens + 1e-9 < tokens)
        return false;
    m_tokens = std::max(0.0, m_tokens - tokens);
    return true;
}

qint64 TokenBucket::acquireOrDelayMs(double tokens)
{
    QMutexLocker lock(&m_mutex);
    if (tryAcquireLocked(tokens))
        return 0;
    return std::max<qint64>(1, delayLocked(tokens));
}

qint64 TokenBucket::delayUntilAvailableMs(double tokens) const
{
    QMutexLocker lock(&m_mutex);
    return delayLocked(tokens);
}

qint64 TokenBucket::delayLocked(double tokens) const
{
    if (m_rate <= 0)
        return 0;
    const qint64 now = m_clock->nowMs();
    const qint64 pause = std::max<qint64>(0, m_pausedUntilMs - now);
    const double have = pause > 0 ? m_tokens : availableLocked();
    const double missing = std::min(tokens, m_capacity) - have;
    if (missing <= 1e-9)
        return pause;
    // The epsilon keeps floating-point dust from adding a millisecond.
    return pause + static_cast<qint64>(std::ceil(missing * 1000.0 / m_rate - 1e-6));
}

void TokenBucket::pauseUntil(qint64 epochMs)
{
    QMutexLocker lock(&m_mutex);
    if (epochMs <= m_pausedUntilMs)
        return;
    refill();
    m_pausedUntilMs = epochMs;
    m_tokens = 0.0;
    m_lastRefillMs = std::max(m_lastRefillMs, epochMs);
}

void TokenBucket::reconfigure(double capacity, double refillPerSecond)
{
    QMutexLocker lock(&m_mutex);
    const double newCapacity = std::max(1.0, capacity);
    if (newCapacity == m_capacity && refillPerSecond == m_rate)
        return;
    m_capacity = newCapacity;
    m_rate = refillPerSecond;
    m_tokens = m_capacity;
    m_lastRefillMs = m_clock->nowMs();
    m_pausedUntilMs = 0;
}

} // namespace Moulin
