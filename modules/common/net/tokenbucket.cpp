#include "common/net/tokenbucket.h"

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
    if (isUnlimited())
        return m_capacity;
    if (m_clock->nowMs() < m_pausedUntilMs)
        return 0.0;
    refill();
    return m_tokens;
}

bool TokenBucket::tryAcquire(double tokens)
{
    if (isUnlimited())
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

qint64 TokenBucket::delayUntilAvailableMs(double tokens) const
{
    if (isUnlimited())
        return 0;
    const qint64 now = m_clock->nowMs();
    const qint64 pause = std::max<qint64>(0, m_pausedUntilMs - now);
    const double have = pause > 0 ? m_tokens : available();
    const double missing = std::min(tokens, m_capacity) - have;
    if (missing <= 1e-9)
        return pause;
    // The epsilon keeps floating-point dust from adding a millisecond.
    return pause + static_cast<qint64>(std::ceil(missing * 1000.0 / m_rate - 1e-6));
}

void TokenBucket::pauseUntil(qint64 epochMs)
{
    if (epochMs <= m_pausedUntilMs)
        return;
    refill();
    m_pausedUntilMs = epochMs;
    m_tokens = 0.0;
    m_lastRefillMs = std::max(m_lastRefillMs, epochMs);
}

} // namespace Moulin
