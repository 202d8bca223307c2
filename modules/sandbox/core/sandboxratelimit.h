#pragma once

#include <QElapsedTimer>

#include <optional>

class QHttpServerResponse;

namespace Moulin {

/// A provider's request limit as its API enforces it, for the emulations:
/// so many requests per fixed window of wall-clock time (the sandbox's data
/// clock may stand still in tests; a rate limit never does). Every answer
/// carries the limit headers (`X-RateLimit-Limit`, `X-RateLimit-Remaining`,
/// `X-RateLimit-Reset` in seconds); a request over the limit is to be
/// answered 429 with `Retry-After` and the provider's error body.
class SandboxRateLimit
{
public:
    explicit SandboxRateLimit(int requests = 0, int windowSeconds = 60);

    /// `requests` per `windowSeconds` (requests <= 0: no limit, and no
    /// headers); starts a new window.
    void setLimit(int requests, int windowSeconds = 60);
    int limit() const { return m_limit; }

    /// Counts a request. nullopt when it is within the limit; else the
    /// seconds to wait before the window turns (for Retry-After).
    std::optional<int> admit();
    /// Adds the limit headers (as they stand after the last admit()).
    void addHeaders(QHttpServerResponse& response);
    /// Adds Retry-After and the limit headers to a 429 answer.
    void addRetryAfter(QHttpServerResponse& response, int seconds);

private:
    void turn();
    int secondsToReset();

    int m_limit = 0;
    int m_windowSeconds = 60;
    QElapsedTimer m_window;
    int m_used = 0;
};

} // namespace Moulin
