#pragma once

#include "common/net/clock.h"

#include <QMutex>
#include <QString>

namespace Moulin {

/// A provider's rate limit as a token bucket: up to `capacity` requests in a
/// burst, refilled at `refillPerSecond`. HttpClient takes one token before
/// each attempt and waits (on a timer) when the bucket is empty, so Moulin
/// stays under the provider's limits instead of provoking 429s.
///
/// Thread-safe: one bucket serves every HttpClient of a provider, on any
/// thread (ConnectorChannel).
class TokenBucket
{
public:
    /// refillPerSecond <= 0 makes an unlimited bucket.
    TokenBucket(double capacity, double refillPerSecond, const Clock* clock = Clock::system());

    /// Takes `tokens` if available now.
    bool tryAcquire(double tokens = 1.0);
    /// Takes `tokens` and returns 0, or returns the milliseconds to wait
    /// before they can be taken (at least 1), in one step.
    qint64 acquireOrDelayMs(double tokens = 1.0);
    /// Milliseconds until `tokens` can be taken (0: now). Rounded up.
    qint64 delayUntilAvailableMs(double tokens = 1.0) const;
    /// Tokens available now.
    double available() const;
    /// No token is handed out before `epochMs` (the provider said "retry
    /// after"); the bucket is empty when the pause ends.
    void pauseUntil(qint64 epochMs);
    /// New limits; the bucket starts full again when they differ from the
    /// current ones (same limits: nothing changes).
    void reconfigure(double capacity, double refillPerSecond);

    double capacity() const;
    double refillPerSecond() const;
    bool isUnlimited() const { return refillPerSecond() <= 0; }

private:
    void refill() const;
    double availableLocked() const;
    qint64 delayLocked(double tokens) const;
    bool tryAcquireLocked(double tokens);

    mutable QMutex m_mutex;
    double m_capacity;
    double m_rate;
    const Clock* m_clock;
    mutable double m_tokens;
    mutable qint64 m_lastRefillMs;
    qint64 m_pausedUntilMs = 0;
};

} // namespace Moulin
