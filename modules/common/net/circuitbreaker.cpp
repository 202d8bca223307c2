#include "common/net/circuitbreaker.h"

#include "common/net/netlog.h"

#include <QMutexLocker>

#include <algorithm>

namespace Moulin {

CircuitBreaker::CircuitBreaker(const QString& name, const CircuitBreakerConfig& config, const Clock* clock,
                               QObject* parent)
    : QObject(parent)
    , m_name(name)
    , m_config(config)
    , m_clock(clock ? clock : Clock::system())
{
}

QString CircuitBreaker::stateName(State state)
{
    switch (state) {
    case State::Closed:
        return QStringLiteral("closed");
    case State::Open:
        return QStringLiteral("open");
    case State::HalfOpen:
        return QStringLiteral("half-open");
    }
    return {};
}

CircuitBreakerConfig CircuitBreaker::config() const
{
    QMutexLocker lock(&m_mutex);
    return m_config;
}

void CircuitBreaker::setConfig(const CircuitBreakerConfig& config)
{
    QMutexLocker lock(&m_mutex);
    m_config = config;
}

CircuitBreaker::State CircuitBreaker::state() const
{
    QMutexLocker lock(&m_mutex);
    return m_state;
}

int CircuitBreaker::consecutiveFailureCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_consecutiveFailures;
}

bool CircuitBreaker::allowRequest()
{
    QMutexLocker lock(&m_mutex);
    switch (m_state) {
    case State::Closed:
        return true;
    case State::Open:
        if (remainingCooldownLocked() > 0)
            return false;
        transition(State::HalfOpen, QStringLiteral("cool-down of %1 ms elapsed").arg(m_config.cooldownMs));
        m_probeInFlight = true;
        return true;
    case State::HalfOpen:
        if (m_probeInFlight)
            return false;
        m_probeInFlight = true;
        return true;
    }
    return false;
}

void CircuitBreaker::recordSuccess()
{
    QMutexLocker lock(&m_mutex);
    m_consecutiveFailures = 0;
    if (m_state == State::HalfOpen) {
        m_probeInFlight = false;
        m_window.clear();
        m_windowFailures = 0;
        transition(State::Closed, QStringLiteral("probe succeeded"));
        return;
    }
    if (m_state == State::Closed)
        pushOutcome(false);
}

void CircuitBreaker::recordFailure()
{
    QMutexLocker lock(&m_mutex);
    ++m_consecutiveFailures;
    if (m_state == State::HalfOpen) {
        m_probeInFlight = false;
        m_openedAtMs = m_clock->nowMs();
        transition(State::Open, QStringLiteral("probe failed"));
        return;
    }
    if (m_state != State::Closed)
        return; // a late answer of a call sent before the circuit opened
    pushOutcome(true);

    if (m_config.consecutiveFailures > 0 && m_consecutiveFailures >= m_config.consecutiveFailures) {
        m_openedAtMs = m_clock->nowMs();
        transition(State::Open, QStringLiteral("%1 consecutive failures").arg(m_consecutiveFailures));
        return;
    }
    const int calls = static_cast<int>(m_window.size());
    if (m_config.failureRateThreshold > 0 && calls >= std::max(1, m_config.minimumCalls) &&
        failureRateLocked() > m_config.failureRateThreshold) {
        m_openedAtMs = m_clock->nowMs();
        transition(State::Open, QStringLiteral("failure rate %1% over the last %2 calls")
                                    .arg(qRound(failureRateLocked() * 100))
                                    .arg(calls));
    }
}

void CircuitBreaker::releaseProbe()
{
    QMutexLocker lock(&m_mutex);
    if (m_state == State::HalfOpen)
        m_probeInFlight = false;
}

void CircuitBreaker::pushOutcome(bool failure)
{
    m_window.push_back(failure);
    if (failure)
        ++m_windowFailures;
    const auto size = static_cast<std::size_t>(std::max(1, m_config.windowSize));
    while (m_window.size() > size) {
        if (m_window.front())
            --m_windowFailures;
        m_window.pop_front();
    }
}

qint64 CircuitBreaker::remainingCooldownMs() const
{
    QMutexLocker lock(&m_mutex);
    return remainingCooldownLocked();
}

qint64 CircuitBreaker::remainingCooldownLocked() const
{
    if (m_state != State::Open)
        return 0;
    return std::max<qint64>(0, m_openedAtMs + m_config.cooldownMs - m_clock->nowMs());
}

double CircuitBreaker::failureRate() const
{
    QMutexLocker lock(&m_mutex);
    return failureRateLocked();
}

double CircuitBreaker::failureRateLocked() const
{
    if (m_window.empty())
        return 0.0;
    return static_cast<double>(m_windowFailures) / static_cast<double>(m_window.size());
}

void CircuitBreaker::reset()
{
    QMutexLocker lock(&m_mutex);
    m_window.clear();
    m_windowFailures = 0;
    m_consecutiveFailures = 0;
    m_probeInFlight = false;
    if (m_state != State::Closed)
        transition(State::Closed, QStringLiteral("reset"));
}

void CircuitBreaker::transition(State to, const QString& reason)
{
    const State from = m_state;
    if (from == to)
        return;
    m_state = to;
    qCInfo(lcNet).noquote()
        << QStringLiteral("circuit %1: %2 -> %3 (%4)").arg(m_name, stateName(from), stateName(to), reason);
    Q_EMIT stateChanged(from, to); // locked: see the class comment
}

} // namespace Moulin
