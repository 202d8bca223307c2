#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace Moulin {

/// The time seam of the network layer: circuit breakers, rate limiters,
/// Retry-After dates and the webhook verifier read the time through a Clock,
/// so tests can replace it with a ManualClock.
class Clock
{
public:
    virtual ~Clock();

    /// Milliseconds since the Unix epoch (UTC).
    virtual qint64 nowMs() const = 0;

    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
    qint64 nowSecs() const { return nowMs() / 1000; }

    /// The wall clock. Never null, lives for the whole process.
    static const Clock* system();
};

/// A clock that only moves when told to (tests).
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1'700'000'000'000)
        : m_now(startMs)
    {
    }

    qint64 nowMs() const override { return m_now; }
    void setNowMs(qint64 ms) { m_now = ms; }
    void advanceMs(qint64 ms) { m_now += ms; }

private:
    qint64 m_now;
};

} // namespace Moulin
