// RetryPolicy: the backoff schedule, full-jitter bounds, Retry-After in both
// forms, Brevo's x-sib-ratelimit-reset, and which requests may be replayed.
#include "common/net/clock.h"
#include "common/net/retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace Moulin;

namespace {

QByteArray imfDate(qint64 ms)
{
    return QLocale::c()
        .toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC),
                  QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoffSchedule()
    {
        RetryPolicy policy;
        policy.baseDelayMs = 100;
        policy.maxDelayMs = 1000;
        const QList<qint64> expected{100, 200, 400, 800, 1000, 1000, 1000};
        for (int retry = 0; retry < expected.size(); ++retry)
            QCOMPARE(policy.backoffCeilingMs(retry), expected.at(retry));
        QCOMPARE(policy.backoffCeilingMs(200), 1000); // no overflow far out
        policy.retryAttempts = 3;
        QCOMPARE(policy.maxAttempts(), 4);
    }

    void exponentialBackoffIsOneFormula()
    {
        // The formula the outbox shares: base * 2^exponent, capped.
        QCOMPARE(RetryPolicy::exponentialBackoffMs(5'000, 900'000, 0), 5'000);
        QCOMPARE(RetryPolicy::exponentialBackoffMs(5'000, 900'000, 3), 40'000);
        QCOMPARE(RetryPolicy::exponentialBackoffMs(5'000, 900'000, 8), 900'000);
        QCOMPARE(RetryPolicy::exponentialBackoffMs(5'000, 900'000, -1), 5'000);
        QCOMPARE(RetryPolicy::exponentialBackoffMs(0, 900'000, 10), 0);
        QCOMPARE(RetryPolicy::exponentialBackoffMs(-5, 900'000, 10), 0);
        QCOMPARE(RetryPolicy::exponentialBackoffMs(5'000, -1, 2), 0);
        // Exact up to the cap, and no overflow however large the base or exponent.
        QCOMPARE(RetryPolicy::exponentialBackoffMs(1, std::numeric_limits<qint64>::max(), 62), qint64(1)
                                                                                                   << 62);
        QCOMPARE(RetryPolicy::exponentialBackoffMs(1, std::numeric_limits<qint64>::max(), 63),
                 std::numeric_limits<qint64>::max());
        QCOMPARE(RetryPolicy::exponentialBackoffMs(std::numeric_limits<int>::max(), 30'000, 40), 30'000);
        QCOMPARE(RetryPolicy::exponentialBackoffMs(std::numeric_limits<qint64>::max(), 30'000, 1000), 30'000);
        RetryPolicy huge;
        huge.baseDelayMs = std::numeric_limits<int>::max();
        huge.maxDelayMs = std::numeric_limits<int>::max();
        QCOMPARE(huge.backoffCeilingMs(40), qint64(std::numeric_limits<int>::max()));
    }

    void jitterBounds()
    {
        RetryPolicy policy;
        policy.baseDelayMs = 100;
        policy.maxDelayMs = 1000;
        QRandomGenerator rng(1234);
        for (int retry = 0; retry < 6; ++retry) {
            const qint64 ceiling = policy.backoffCeilingMs(retry);
            qint64 lo = ceiling;
            qint64 hi = 0;
            for (int i = 0; i < 2000; ++i) {
                const qint64 d = policy.delayFor(retry, rng);
                QVERIFY2(d >= 0 && d <= ceiling, qPrintable(QString::number(d)));
                lo = std::min(lo, d);
                hi = std::max(hi, d);
            }
            // Full jitter spreads over the whole range, not around the ceiling.
            QVERIFY2(lo <= ceiling / 10, qPrintable(QStringLiteral("retry %1 min %2").arg(retry).arg(lo)));
            QVERIFY2(hi >= ceiling * 9 / 10,
                     qPrintable(QStringLiteral("retry %1 max %2").arg(retry).arg(hi)));
        }
    }

    void jitterIsReproducibleWithSeed()
    {
        RetryPolicy policy;
        QRandomGenerator a(7);
        QRandomGenerator b(7);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(policy.delayFor(i % 5, a), policy.delayFor(i % 5, b));
    }

    void retryAfterSeconds()
    {
        const HttpHeaders headers{{"Retry-After", "120"}};
        QCOMPARE(RetryPolicy::retryAfterMs(429, headers, 0), std::optional<qint64>(120'000));
        QCOMPARE(RetryPolicy::retryAfterMs(503, headers, 0), std::optional<qint64>(120'000));
        QCOMPARE(RetryPolicy::retryAfterMs(500, headers, 0), std::nullopt); // only on 429 and 503
        QCOMPARE(RetryPolicy::retryAfterMs(429, {{"retry-after", " 0 "}}, 0), std::optional<qint64>(0));
    }

    void retryAfterHttpDate()
    {
        const ManualClock clock(1'700'000'000'000);
        const HttpHeaders future{{"Retry-After", imfDate(clock.nowMs() + 30'000)}};
        QCOMPARE(RetryPolicy::retryAfterMs(503, future, clock.nowMs()), std::optional<qint64>(30'000));
        const HttpHeaders past{{"Retry-After", imfDate(clock.nowMs() - 60'000)}};
        QCOMPARE(RetryPolicy::retryAfterMs(429, past, clock.nowMs()), std::optional<qint64>(0));

        // A fixed IMF-fixdate and the obsolete forms RFC 9110 still requires.
        const qint64 base = QDateTime(QDate(2025, 4, 12), QTime(8, 49, 37), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(RetryPolicy::parseRetryAfter("Sat, 12 Apr 2025 08:49:47 GMT", base),
                 std::optional<qint64>(10'000));
        QCOMPARE(RetryPolicy::parseRetryAfter("Saturday, 12-Apr-25 08:49:47 GMT", base),
                 std::optional<qint64>(10'000));
        QCOMPARE(RetryPolicy::parseRetryAfter("Sat Apr 12 08:49:47 2025", base),
                 std::optional<qint64>(10'000));
    }

    void retryAfterInvalid_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("word") << QByteArray("soon");
        QTest::newRow("negative") << QByteArray("-5");
        QTest::newRow("fraction") << QByteArray("1.5");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("bad date") << QByteArray("Sat, 99 Foo 2025 08:49:47 GMT");
    }

    void retryAfterInvalid()
    {
        QFETCH(QByteArray, value);
        QCOMPARE(RetryPolicy::parseRetryAfter(value, 0), std::nullopt);
        QCOMPARE(RetryPolicy::retryAfterMs(429, {{"Retry-After", value}}, 0), std::nullopt);
    }

    void sibRateLimitReset()
    {
        const HttpHeaders brevo{{"x-sib-ratelimit-limit", "10"},
                                {"x-sib-ratelimit-remaining", "0"},
                                {"x-sib-ratelimit-reset", "7"}};
        QCOMPARE(RetryPolicy::retryAfterMs(429, brevo, 0), std::optional<qint64>(7'000));
        // Only a 429 means "rate limited"; Retry-After wins when both exist.
        QCOMPARE(RetryPolicy::retryAfterMs(503, brevo, 0), std::nullopt);
        HttpHeaders both = brevo;
        both.append({QByteArray("Retry-After"), QByteArray("2")});
        QCOMPARE(RetryPolicy::retryAfterMs(429, both, 0), std::optional<qint64>(2'000));
        QCOMPARE(RetryPolicy::retryAfterMs(429, {{"X-SIB-RateLimit-Reset", "x"}}, 0), std::nullopt);
    }

    void retryable_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("keyHeader");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("error");
        QTest::addColumn<bool>("expected");
        const int http = static_cast<int>(HttpError::Http);
        QTest::newRow("GET 500") << QByteArray("GET") << QByteArray() << 500 << http << true;
        QTest::newRow("GET 502") << QByteArray("GET") << QByteArray() << 502 << http << true;
        QTest::newRow("GET 503") << QByteArray("GET") << QByteArray() << 503 << http << true;
        QTest::newRow("GET 504") << QByteArray("GET") << QByteArray() << 504 << http << true;
        QTest::newRow("GET 501") << QByteArray("GET") << QByteArray() << 501 << http << false;
        QTest::newRow("PUT 503") << QByteArray("PUT") << QByteArray() << 503 << http << true;
        QTest::newRow("DELETE 503") << QByteArray("DELETE") << QByteArray() << 503 << http << true;
        QTest::newRow("POST 503") << QByteArray("POST") << QByteArray() << 503 << http << false;
        QTest::newRow("PATCH 503") << QByteArray("PATCH") << QByteArray() << 503 << http << false;
        QTest::newRow("POST 503 key")
            << QByteArray("POST") << QByteArray("Idempotency-Key") << 503 << http << true;
        QTest::newRow("POST 503 request id")
            << QByteArray("POST") << QByteArray("X-Request-Id") << 503 << http << true;
        for (int status : {400, 401, 403, 404, 405, 409, 410, 422})
            QTest::addRow("GET %d", status) << QByteArray("GET") << QByteArray() << status << http << false;
        for (int status : {408, 425, 429})
            QTest::addRow("GET %d", status) << QByteArray("GET") << QByteArray() << status << http << true;
        QTest::newRow("POST 429") << QByteArray("POST") << QByteArray() << 429 << http << false;
        QTest::newRow("GET timeout") << QByteArray("GET") << QByteArray() << 0
                                     << static_cast<int>(HttpError::Timeout) << true;
        QTest::newRow("GET network") << QByteArray("GET") << QByteArray() << 0
                                     << static_cast<int>(HttpError::Network) << true;
        QTest::newRow("POST network")
            << QByteArray("POST") << QByteArray() << 0 << static_cast<int>(HttpError::Network) << false;
        QTest::newRow("GET tls") << QByteArray("GET") << QByteArray() << 0 << static_cast<int>(HttpError::Tls)
                                 << false;
        QTest::newRow("GET circuit open")
            << QByteArray("GET") << QByteArray() << 0 << static_cast<int>(HttpError::CircuitOpen) << false;
        QTest::newRow("GET insecure")
            << QByteArray("GET") << QByteArray() << 0 << static_cast<int>(HttpError::InsecureUrl) << false;
    }

    void retryable()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, keyHeader);
        QFETCH(int, status);
        QFETCH(int, error);
        QFETCH(bool, expected);
        HttpHeaders headers{{"Content-Type", "application/json"}};
        if (!keyHeader.isEmpty())
            headers.append({keyHeader, "a1b2c3"});
        QCOMPARE(RetryPolicy::isRetryable(method, headers, status, static_cast<HttpError>(error)), expected);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
