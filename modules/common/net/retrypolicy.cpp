#include "common/net/retrypolicy.h"

#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>

namespace Moulin {

qint64 RetryPolicy::backoffCeilingMs(int retry) const
{
    return exponentialBackoffMs(baseDelayMs, maxDelayMs, retry);
}

qint64 RetryPolicy::exponentialBackoffMs(qint64 baseMs, qint64 capMs, int exponent)
{
    const qint64 base = std::max<qint64>(0, baseMs);
    const qint64 cap = std::max<qint64>(0, capMs);
    const int e = std::max(0, exponent);
    // base * 2^e > cap exactly when base > cap >> e; from e = 63 on, base * 2^e
    // (base >= 1) exceeds every qint64 cap, and the shift would overflow.
    if (base == 0)
        return 0;
    if (e >= 63 || base > (cap >> e))
        return cap;
    return base << e;
}

qint64 RetryPolicy::delayFor(int retry, QRandomGenerator& rng) const
{
    const qint64 ceiling = backoffCeilingMs(retry);
    if (ceiling <= 0)
        return 0;
    return static_cast<qint64>(rng.bounded(static_cast<quint64>(ceiling) + 1));
}

bool RetryPolicy::isIdempotentMethod(QByteArrayView method)
{
    static const char* const idempotent[] = {"GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"};
    for (const char* m : idempotent) {
        if (method.compare(QByteArrayView(m), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool RetryPolicy::hasIdempotencyKey(const HttpHeaders& requestHeaders)
{
    return !headerValue(requestHeaders, "Idempotency-Key").isEmpty() ||
           !headerValue(requestHeaders, "X-Request-Id").isEmpty();
}

bool RetryPolicy::isReplaySafe(QByteArrayView method, const HttpHeaders& requestHeaders)
{
    return isIdempotentMethod(method) || hasIdempotencyKey(requestHeaders);
}

bool RetryPolicy::isRetryableStatus(int status)
{
    switch (status) {
    case 408:
    case 425:
    case 429:
    case 500:
    case 502:
    case 503:
    case 504:
        return true;
    default:
        return false;
    }
}

bool RetryPolicy::isRetryable(QByteArrayView method, const HttpHeaders& requestHeaders, int status,
                              HttpError error)
{
    switch (error) {
    case HttpError::Http:
        if (!isRetryableStatus(status))
            return false;
        break;
    case HttpError::Timeout:
    case HttpError::Network:
    case HttpError::InvalidJson:
        break;
    default:
        return false;
    }
    return isReplaySafe(method, requestHeaders);
}

namespace {

std::optional<qint64> parseDeltaSeconds(QByteArrayView value)
{
    if (value.isEmpty() || value.size() > 10)
        return std::nullopt;
    qint64 seconds = 0;
    for (char c : value) {
        if (c < '0' || c > '9')
            return std::nullopt;
        seconds = seconds * 10 + (c - '0');
    }
    return seconds * 1000;
}

std::optional<qint64> parseHttpDate(const QString& text)
{
    // RFC 9110 §5.6.7: IMF-fixdate, then the obsolete RFC 850 and asctime
    // forms. The weekday is dropped first: QLocale would check it against
    // the date, and RFC 850's two-digit years are read as 19xx.
    static const QString formats[] = {
        QStringLiteral("dd MMM yyyy HH:mm:ss 'GMT'"), // Sun, 06 Nov 1994 08:49:37 GMT
        QStringLiteral("dd-MMM-yy HH:mm:ss 'GMT'"),   // Sunday, 06-Nov-94 08:49:37 GMT
        QStringLiteral("MMM d HH:mm:ss yyyy"),        // Sun Nov  6 08:49:37 1994
    };
    const QString simplified = text.simplified();
    const qsizetype comma = simplified.indexOf(QLatin1Char(','));
    const qsizetype space = simplified.indexOf(QLatin1Char(' '));
    if (space <= 0)
        return std::nullopt;
    const QString withoutWeekday =
        (comma > 0 && comma < space + 1 ? simplified.mid(comma + 1) : simplified.mid(space + 1)).trimmed();
    const QLocale c = QLocale::c();
    for (int i = 0; i < 3; ++i) {
        const QDateTime parsed = c.toDateTime(withoutWeekday, formats[i]);
        if (!parsed.isValid())
            continue;
        QDate date = parsed.date();
        if (i == 1 && date.year() < 1970)
            date = date.addYears(100);
        return QDateTime(date, parsed.time(), Qt::UTC).toMSecsSinceEpoch();
    }
    return std::nullopt;
}

} // namespace

std::optional<qint64> RetryPolicy::parseRetryAfter(QByteArrayView value, qint64 nowMs)
{
    const QByteArray trimmed = value.toByteArray().trimmed();
    if (const auto delta = parseDeltaSeconds(trimmed))
        return delta;
    if (const auto at = parseHttpDate(QString::fromLatin1(trimmed)))
        return std::max<qint64>(0, *at - nowMs);
    return std::nullopt;
}

std::optional<qint64> RetryPolicy::retryAfterMs(int status, const HttpHeaders& responseHeaders, qint64 nowMs)
{
    if (status != 429 && status != 503)
        return std::nullopt;
    const QByteArray retryAfter = headerValue(responseHeaders, "Retry-After");
    if (!retryAfter.isNull()) {
        if (const auto ms = parseRetryAfter(retryAfter, nowMs))
            return ms;
    }
    if (status == 429) {
        // Brevo: x-sib-ratelimit-reset = seconds until the window resets.
        const QByteArray reset = headerValue(responseHeaders, "x-sib-ratelimit-reset");
        if (!reset.isNull()) {
            if (const auto ms = parseDeltaSeconds(reset.trimmed()))
                return ms;
        }
    }
    return std::nullopt;
}

} // namespace Moulin
