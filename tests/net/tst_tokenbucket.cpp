// TokenBucket on a manual clock: burst, refill rate, wait estimate, pause.
#include "common/net/clock.h"
#include "common/net/tokenbucket.h"

#include <QTest>

using namespace Moulin;

class TestTokenBucket : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void burstThenRefill()
    {
        ManualClock clock;
        TokenBucket bucket(3, 2.0, &clock); // 3 at once, then 2 per second
        QVERIFY(bucket.tryAcquire());
        QVERIFY(bucket.tryAcquire());
        QVERIFY(bucket.tryAcquire());
        QVERIFY(!bucket.tryAcquire());
        QCOMPARE(bucket.delayUntilAvailableMs(), 500);

        clock.advanceMs(499);
        QVERIFY(!bucket.tryAcquire());
        QCOMPARE(bucket.delayUntilAvailableMs(), 1);
        clock.advanceMs(1);
        QVERIFY(bucket.tryAcquire());
        QVERIFY(!bucket.tryAcquire());

        // Refill never exceeds the capacity.
        clock.advanceMs(60'000);
        QCOMPARE(bucket.available(), 3.0);
        QCOMPARE(bucket.delayUntilAvailableMs(), 0);
    }

    void sustainedRateIsHonoured()
    {
        ManualClock clock;
        TokenBucket bucket(1, 10.0, &clock);
        int granted = 0;
        // Ten seconds of trying every millisecond: capacity + rate × time.
        for (int ms = 0; ms < 10'000; ++ms) {
            if (bucket.tryAcquire())
                ++granted;
            clock.advanceMs(1);
        }
        QVERIFY2(granted >= 100 && granted <= 101, qPrintable(QString::number(granted)));
    }

    void pauseUntil()
    {
        ManualClock clock;
        TokenBucket bucket(5, 1.0, &clock);
        QVERIFY(bucket.tryAcquire());
        bucket.pauseUntil(clock.nowMs() + 2'000); // the provider said: retry after 2 s
        QVERIFY(!bucket.tryAcquire());
        QCOMPARE(bucket.available(), 0.0);
        QCOMPARE(bucket.delayUntilAvailableMs(), 3'000); // the pause, then one token at 1/s
        clock.advanceMs(2'000);
        QVERIFY(!bucket.tryAcquire()); // empty when the pause ends
        clock.advanceMs(1'000);
        QVERIFY(bucket.tryAcquire());
    }

    void unlimited()
    {
        ManualClock clock;
        TokenBucket bucket(1, 0.0, &clock);
        QVERIFY(bucket.isUnlimited());
        for (int i = 0; i < 1000; ++i)
            QVERIFY(bucket.tryAcquire());
        QCOMPARE(bucket.delayUntilAvailableMs(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTokenBucket)
#include "tst_tokenbucket.moc"
