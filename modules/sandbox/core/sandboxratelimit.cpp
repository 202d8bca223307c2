#include "sandbox/core/sandboxratelimit.h"

#include <QHttpServerResponse>

#include <algorithm>

namespace Moulin {

SandboxRateLimit::SandboxRateLimit(int requests, int windowSeconds)
{
    setLimit(requests, windowSeconds);
}

void SandboxRateLimit::setLimit(int requests, int windowSeconds)
{
    m_limit = std::max(0, requests);
    m_windowSeconds = std::max(1, windowSeconds);
    m_window.start();
    m_used = 0;
}

void SandboxRateLimit::turn()
{
    if (!m_window.isValid() || m_window.elapsed() >= qint64(m_windowSeconds) * 1000) {
        m_window.start();
        m_used = 0;
    }
}

int SandboxRateLimit::secondsToReset()
{
    turn();
    const qint64 left = qint64(m_windowSeconds) * 1000 - m_window.elapsed();
    return int(std::max<qint64>(1, (left + 999) / 1000));
}

std::optional<int> SandboxRateLimit::admit()
{
    if (m_limit <= 0)
        return std::nullopt;
    turn();
    if (m_used >= m_limit)
        return secondsToReset();
    ++m_used;
    return std::nullopt;
}

void SandboxRateLimit::addHeaders(QHttpServerResponse& response)
{
    if (m_limit <= 0)
        return;
    response.addHeader(QByteArrayLiteral("X-RateLimit-Limit"), QByteArray::number(m_limit));
    response.addHeader(QByteArrayLiteral("X-RateLimit-Remaining"),
                       QByteArray::number(std::max(0, m_limit - m_used)));
    response.addHeader(QByteArrayLiteral("X-RateLimit-Reset"), QByteArray::number(secondsToReset()));
}

void SandboxRateLimit::addRetryAfter(QHttpServerResponse& response, int seconds)
{
    response.addHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(seconds));
    addHeaders(response);
}

} // namespace Moulin
