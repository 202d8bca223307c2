#pragma once

#include "common/net/clock.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <map>

namespace Moulin {

/// Verifies Moulin's webhook signature (the booking site's scheme):
/// `X-Moulin-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`.
/// Several v1 entries are accepted (secret rotation). Comparison is constant
/// time; the timestamp must be within ±tolerance of now; a signature already
/// accepted within the tolerance window is refused as a replay.
class WebhookVerifier
{
    Q_DECLARE_TR_FUNCTIONS(Moulin::WebhookVerifier)

public:
    enum class Result
    {
        Valid,
        MissingHeader,
        MalformedHeader,
        BadSignature,
        TimestampTooOld,
        TimestampInFuture,
        Replayed,
    };

    static constexpr char kHeaderName[] = "X-Moulin-Signature";
    static constexpr qint64 kDefaultToleranceSecs = 300;

    explicit WebhookVerifier(const QByteArray& secret, const Clock* clock = Clock::system(),
                             qint64 toleranceSecs = kDefaultToleranceSecs);

    /// Checks `headerValue` (the X-Moulin-Signature value) against the raw
    /// body. On Valid, the signature enters the replay cache.
    Result verify(const QByteArray& headerValue, const QByteArray& rawBody);

    /// The header value a sender computes (tests, sandbox).
    static QByteArray signatureHeader(const QByteArray& secret, qint64 timestamp, const QByteArray& rawBody);
    /// Lower-case hex HMAC-SHA256(secret, "<t>.<body>").
    static QByteArray computeSignature(const QByteArray& secret, qint64 timestamp, const QByteArray& rawBody);
    /// Constant-time equality (length is not secret).
    static bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

    /// Translated reason, for the operation log and the 401 body.
    static QString describe(Result result);
    /// 200 for Valid, 401 otherwise.
    static int httpStatus(Result result) { return result == Result::Valid ? 200 : 401; }

    qsizetype replayCacheSize() const { return m_seen.size(); }

private:
    /// Forgets the signatures whose timestamp left the window: from the
    /// oldest, so each delivery costs what it removes, not the cache's size
    /// (at 500 deliveries/s the window holds 150,000 of them).
    void pruneReplayCache(qint64 nowSecs);

    QByteArray m_secret;
    const Clock* m_clock;
    qint64 m_tolerance;
    QHash<QByteArray, qint64> m_seen;           // signature → its timestamp
    std::multimap<qint64, QByteArray> m_byTime; // the same, by timestamp (senders' clocks differ)
};

} // namespace Moulin
