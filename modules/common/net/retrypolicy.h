#pragma once

#include "common/net/httptypes.h"

#include <QtGlobal>

#include <optional>

class QRandomGenerator;

namespace Moulin {

/// When and how often a failed request is sent again: exponential backoff
/// with full jitter, server-requested delays honoured, and only requests that
/// are safe to replay.
struct RetryPolicy
{
    /// Retries after the first attempt (the configuration's `retry_attempts`).
    int retryAttempts = 3;
    int baseDelayMs = 500;
    int maxDelayMs = 30'000;
    /// A server-requested delay longer than this is not waited for in
    /// memory: the request fails with HttpError::RateLimited and carries
    /// retryAfterMs so the sync engine can reschedule.
    int maxRetryAfterMs = 60'000;

    int maxAttempts() const { return retryAttempts + 1; }

    /// min(maxDelayMs, baseDelayMs * 2^retry); `retry` is 0 for the first retry.
    qint64 backoffCeilingMs(int retry) const;
    /// The one exponential backoff formula (this policy, the outbox):
    /// min(capMs, baseMs * 2^exponent), without overflow for any exponent.
    /// Negative values count as 0.
    static qint64 exponentialBackoffMs(qint64 baseMs, qint64 capMs, int exponent);
    /// Full jitter: uniform in [0, backoffCeilingMs(retry)].
    qint64 delayFor(int retry, QRandomGenerator& rng) const;

    /// GET, HEAD, OPTIONS, TRACE, PUT, DELETE (RFC 9110 §9.2.2).
    static bool isIdempotentMethod(QByteArrayView method);
    /// `Idempotency-Key` or `X-Request-Id` present.
    static bool hasIdempotencyKey(const HttpHeaders& requestHeaders);
    /// Idempotent, or carrying an idempotency key.
    static bool isReplaySafe(QByteArrayView method, const HttpHeaders& requestHeaders);
    /// 408, 425, 429, 500, 502, 503, 504. Any other 4xx is never retried.
    static bool isRetryableStatus(int status);
    /// Whether a failed attempt may be sent again (attempt count aside).
    static bool isRetryable(QByteArrayView method, const HttpHeaders& requestHeaders, int status,
                            HttpError error);

    /// The delay the server asked for, in ms: `Retry-After` (delta-seconds or
    /// HTTP-date) on 429 and 503, `x-sib-ratelimit-reset` (seconds, Brevo) on
    /// 429. nullopt when there is none or it does not parse.
    static std::optional<qint64> retryAfterMs(int status, const HttpHeaders& responseHeaders, qint64 nowMs);
    /// Parses one Retry-After value: delta-seconds, IMF-fixdate, RFC 850 or
    /// asctime date. A date in the past gives 0.
    static std::optional<qint64> parseRetryAfter(QByteArrayView value, qint64 nowMs);
};

} // namespace Moulin
