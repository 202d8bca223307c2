#pragma once

#include "common/net/clock.h"

#include <QObject>
#include <QRecursiveMutex>
#include <QString>

#include <deque>

namespace Moulin {

struct CircuitBreakerConfig
{
    /// Opens after this many failures in a row (0: never on this rule).
    int consecutiveFailures = 5;
    /// Opens when the failure rate over the last `windowSize` calls exceeds
    /// this (0–1), once at least `minimumCalls` are in the window (0: off).
    double failureRateThreshold = 0.5;
    int windowSize = 20;
    int minimumCalls = 10;
    /// Time spent open before one probe is let through.
    qint64 cooldownMs = 30'000;
};

/// One connector's circuit breaker.
///
/// Closed → Open after `consecutiveFailures` failures in a row, or a failure
/// rate over the sliding window above the threshold. While open every call is
/// refused at once. After the cool-down, the next allowRequest() moves to
/// HalfOpen and lets exactly one probe through: its success closes the
/// circuit (and clears the window), its failure opens it again for another
/// cool-down. Each transition emits stateChanged() and logs one line on
/// "moulin.net".
///
/// Thread-safe: one breaker serves every HttpClient of a provider, on any
/// thread (ConnectorChannel). stateChanged() is emitted on the thread that
/// made the transition, with the breaker locked, so transitions reach every
/// receiver in the order they happened; a slot connected directly must not
/// wait for another thread.
class CircuitBreaker : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Closed,
        Open,
        HalfOpen
    };
    Q_ENUM(State)

    explicit CircuitBreaker(const QString& name, const CircuitBreakerConfig& config = {},
                            const Clock* clock = Clock::system(), QObject* parent = nullptr);

    QString name() const { return m_name; }
    CircuitBreakerConfig config() const;
    void setConfig(const CircuitBreakerConfig& config);

    State state() const;
    /// Whether a call may go out now. Moves Open → HalfOpen once the
    /// cool-down has elapsed and reserves the single probe.
    bool allowRequest();
    void recordSuccess();
    void recordFailure();
    /// The call allowed by allowRequest() ended with no verdict (cancelled):
    /// frees the half-open probe slot.
    void releaseProbe();
    /// Milliseconds left before a probe is allowed (0 unless open).
    qint64 remainingCooldownMs() const;
    /// Failure rate over the current window (0 when empty).
    double failureRate() const;
    int consecutiveFailureCount() const;
    /// Back to Closed with an empty window (user "retry now").
    void reset();

    static QString stateName(State state);

Q_SIGNALS:
    void stateChanged(Moulin::CircuitBreaker::State from, Moulin::CircuitBreaker::State to);

private:
    void transition(State to, const QString& reason);
    void pushOutcome(bool failure);
    qint64 remainingCooldownLocked() const;
    double failureRateLocked() const;

    mutable QRecursiveMutex m_mutex;
    const QString m_name;
    CircuitBreakerConfig m_config;
    const Clock* m_clock;
    State m_state = State::Closed;
    std::deque<bool> m_window; // true = failure
    int m_windowFailures = 0;
    int m_consecutiveFailures = 0;
    qint64 m_openedAtMs = 0;
    bool m_probeInFlight = false;
};

} // namespace Moulin
