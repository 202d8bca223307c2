#pragma once

#include "common/net/clock.h"

#include <QString>

namespace Moulin {

/// A provider's rate limit as a token bucket: up to `capacity` requests in a
/// burst, refilled at `refillPerSecond`. HttpClient takes one token before
/// each attempt and waits (on a timer) when the bucket is empty, so Moulin
/// stays under the provider's limits instead of provoking 429s.
class TokenBucket
{
public:
    /// refillPerSecond <= 0 makes an unlimited bucket.
    TokenBucket(double capacity, double refillPerSecond, const Clock* clock = Clock::system());

    /// Takes `tokens` if available now.
    bool tryAcquire(double tokens = 1.0);
    /// Milliseconds until `tokens` can be taken (0: now). Rounded up.
    qint64 delayUntilAvailableMs(double tokens = 1.0) const;
    /// Tokens available now.
    double available() const;
    /// No token is handed out before `epochMs` (the provider said "retry
    /// after"); the bucket is empty when the pause ends.
    void pauseUntil(qint64 epochMs);

    double capacity() const { return m_capacity; }
    double refillPerSecond() const { return m_rate; }
    bool isUnlimited() const { return m_rate <= 0; }

private:
    void refill() const;

    double m_capacity;
    double m_rate;
    const Clock* m_clock;
    mutable double m_tokens;
    mutable qint64 m_lastRefillMs;
    qint64 m_pausedUntilMs = 0;
};

} // namespace Moulin
