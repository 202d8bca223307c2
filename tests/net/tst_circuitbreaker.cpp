// CircuitBreaker on a manual clock: consecutive failures and failure rate
// open it; while open it refuses at once; after the cool-down one probe goes
// through; the probe's success closes it, its failure opens it again.
#include "common/net/circuitbreaker.h"
#include "common/net/clock.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Moulin;
using State = CircuitBreaker::State;

class TestCircuitBreaker : public QObject
{
    Q_OBJECT

    static CircuitBreakerConfig consecutiveOnly(int failures, qint64 cooldownMs)
    {
        CircuitBreakerConfig config;
        config.consecutiveFailures = failures;
        config.failureRateThreshold = 0; // off
        config.cooldownMs = cooldownMs;
        return config;
    }

    static QList<std::pair<State, State>> transitions(const QSignalSpy& spy)
    {
        QList<std::pair<State, State>> list;
        for (const auto& args : spy)
            list.append({args.at(0).value<State>(), args.at(1).value<State>()});
        return list;
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<State>(); }

    void opensAfterConsecutiveFailures()
    {
        ManualClock clock;
        CircuitBreaker breaker(QStringLiteral("lightspeed"), consecutiveOnly(3, 10'000), &clock);
        QSignalSpy spy(&breaker, &CircuitBreaker::stateChanged);

        breaker.recordFailure();
        breaker.recordFailure();
        breaker.recordSuccess(); // resets the run
        breaker.recordFailure();
        breaker.recordFailure();
        QCOMPARE(breaker.state(), State::Closed);
        QVERIFY(breaker.allowRequest());

        QTest::ignoreMessage(QtInfoMsg,
                             QRegularExpression(QStringLiteral(
                                 "^circuit lightspeed: closed -> open \\(3 consecutive failures\\)$")));
        breaker.recordFailure();
        QCOMPARE(breaker.state(), State::Open);
        QCOMPARE(transitions(spy), (QList<std::pair<State, State>>{{State::Closed, State::Open}}));
    }

    void openFailsFastUntilCooldown()
    {
        ManualClock clock;
        CircuitBreaker breaker(QStringLiteral("thefork"), consecutiveOnly(1, 5'000), &clock);
        breaker.recordFailure();
        QCOMPARE(breaker.state(), State::Open);
        QCOMPARE(breaker.remainingCooldownMs(), 5'000);
        QVERIFY(!breaker.allowRequest());
        clock.advanceMs(4'999);
        QVERIFY(!breaker.allowRequest());
        QCOMPARE(breaker.remainingCooldownMs(), 1);
        QCOMPARE(breaker.state(), State::Open);
    }

    void halfOpenProbeSuccessCloses()
    {
        ManualClock clock;
        CircuitBreaker breaker(QStringLiteral("brevo"), consecutiveOnly(2, 1'000), &clock);
        QSignalSpy spy(&breaker, &CircuitBreaker::stateChanged);
        breaker.recordFailure();
        breaker.recordFailure();
        clock.advanceMs(1'000);

        QTest::ignoreMessage(QtInfoMsg,
                             QRegularExpression(QStringLiteral("circuit brevo: open -> half-open")));
        QVERIFY(breaker.allowRequest()); // the probe
        QCOMPARE(breaker.state(), State::HalfOpen);
        QVERIFY(!breaker.allowRequest()); // only one probe at a time
        QTest::ignoreMessage(QtInfoMsg,
                             QRegularExpression(QStringLiteral("circuit brevo: half-open -> closed")));
        breaker.recordSuccess();
        QCOMPARE(breaker.state(), State::Closed);
        QVERIFY(breaker.allowRequest());
        QVERIFY(breaker.allowRequest());
        QCOMPARE(transitions(spy), (QList<std::pair<State, State>>{{State::Closed, State::Open},
                                                                   {State::Open, State::HalfOpen},
                                                                   {State::HalfOpen, State::Closed}}));
        // Closed again with a clean slate: one failure does not reopen.
        breaker.recordFailure();
        QCOMPARE(breaker.state(), State::Closed);
    }

    void failedProbeReopens()
    {
        ManualClock clock;
        CircuitBreaker breaker(QStringLiteral("metro"), consecutiveOnly(1, 2'000), &clock);
        QSignalSpy spy(&breaker, &CircuitBreaker::stateChanged);
        breaker.recordFailure();
        clock.advanceMs(2'500);
        QVERIFY(breaker.allowRequest());
        QCOMPARE(breaker.state(), State::HalfOpen);
        breaker.recordFailure();
        QCOMPARE(breaker.state(), State::Open);
        QCOMPARE(breaker.remainingCooldownMs(), 2'000); // a fresh cool-down from the failed probe
        QVERIFY(!breaker.allowRequest());
        QCOMPARE(transitions(spy), (QList<std::pair<State, State>>{{State::Closed, State::Open},
                                                                   {State::Open, State::HalfOpen},
                                                                   {State::HalfOpen, State::Open}}));
        clock.advanceMs(2'000);
        QVERIFY(breaker.allowRequest());
        QCOMPARE(breaker.state(), State::HalfOpen);
    }

    void releasedProbeFreesTheSlot()
    {
        ManualClock clock;
        CircuitBreaker breaker(QStringLiteral("x"), consecutiveOnly(1, 100), &clock);
        breaker.recordFailure();
        clock.advanceMs(100);
        QVERIFY(breaker.allowRequest());
        QVERIFY(!breaker.allowRequest());
        breaker.releaseProbe(); // the probe was cancelled: no verdict
        QCOMPARE(breaker.state(), State::HalfOpen);
        QVERIFY(breaker.allowRequest());
    }

    void failureRateWindow()
    {
        ManualClock clock;
        CircuitBreakerConfig config;
        config.consecutiveFailures = 0; // only the rate rule
        config.failureRateThreshold = 0.5;
        config.windowSize = 10;
        config.minimumCalls = 6;
        config.cooldownMs = 1'000;
        CircuitBreaker breaker(QStringLiteral("pos"), config, &clock);

        // Under the minimum number of calls nothing opens, even at 100 %.
        for (int i = 0; i < 5; ++i)
            breaker.recordFailure();
        QCOMPARE(breaker.state(), State::Closed);
        QCOMPARE(breaker.failureRate(), 1.0);
        breaker.reset();

        // Alternating outcomes: exactly 50 % is not over the threshold.
        for (int i = 0; i < 10; ++i) {
            if (i % 2)
                breaker.recordFailure();
            else
                breaker.recordSuccess();
        }
        QCOMPARE(breaker.state(), State::Closed);
        QCOMPARE(breaker.failureRate(), 0.5);

        // The window slides over the last 10 calls.
        breaker.recordSuccess(); // drops the oldest S: F S F S F S F S F S
        QCOMPARE(breaker.failureRate(), 0.5);
        breaker.recordFailure(); // drops the oldest F: S F S F S F S F S F
        QCOMPARE(breaker.failureRate(), 0.5);
        QCOMPARE(breaker.state(), State::Closed);
        QTest::ignoreMessage(
            QtInfoMsg, QRegularExpression(QStringLiteral(
                           "circuit pos: closed -> open \\(failure rate 60% over the last 10 calls\\)")));
        breaker.recordFailure(); // drops the oldest S: 6 failures out of 10
        QCOMPARE(breaker.state(), State::Open);
        QVERIFY(!breaker.allowRequest());
    }

    void consecutiveThresholdWithinWindow()
    {
        // Both rules on: the first to trip opens the circuit.
        ManualClock clock;
        CircuitBreakerConfig config; // defaults: 5 in a row, 50 % over 20 with 10 minimum
        CircuitBreaker breaker(QStringLiteral("crm"), config, &clock);
        for (int i = 0; i < 4; ++i)
            breaker.recordFailure();
        QCOMPARE(breaker.state(), State::Closed);
        breaker.recordFailure();
        QCOMPARE(breaker.state(), State::Open);
    }
};

QTEST_GUILESS_MAIN(TestCircuitBreaker)
#include "tst_circuitbreaker.moc"
