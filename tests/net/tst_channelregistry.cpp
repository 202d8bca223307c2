// ChannelRegistry on a manual clock: one breaker and one bucket per
// provider for every HttpClient sharing the registry, profile updates that
// keep the provider's state, and no token or probe handed out twice when
// threads race for them.
#include "common/net/circuitbreaker.h"
#include "common/net/clock.h"
#include "common/net/connectorchannel.h"
#include "common/net/httpclient.h"
#include "common/net/tokenbucket.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <vector>

using namespace Moulin;

namespace {

ConnectorProfile limited(const QString& name, double burst, double rate, const QString& key = {})
{
    ConnectorProfile profile;
    profile.name = name;
    profile.rateBurst = burst;
    profile.ratePerSecond = rate;
    profile.rateLimitKey = key;
    profile.breaker.consecutiveFailures = 1;
    profile.breaker.failureRateThreshold = 0;
    profile.breaker.cooldownMs = 1'000;
    return profile;
}

/// Runs `work` on `threads` threads at once and waits for them.
template <typename Work>
void onThreads(int threads, Work work)
{
    std::vector<QThread*> started;
    std::atomic<bool> go{false};
    for (int i = 0; i < threads; ++i) {
        started.push_back(QThread::create([&go, &work] {
            while (!go.load())
                QThread::yieldCurrentThread();
            work();
        }));
        started.back()->start();
    }
    go = true;
    for (QThread* thread : started) {
        thread->wait();
        delete thread;
    }
}

} // namespace

class TestChannelRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clientsShareOneBreakerAndOneBucket()
    {
        ManualClock clock;
        auto channels = std::make_shared<ChannelRegistry>(&clock);
        HttpClient feeds;
        HttpClient writes;
        feeds.setChannels(channels);
        writes.setChannels(channels);
        feeds.setProfile(limited(QStringLiteral("lightspeed"), 3, 1));

        // The profile registered through one client is every client's.
        QVERIFY(writes.hasProfile(QStringLiteral("lightspeed")));
        QCOMPARE(writes.profile(QStringLiteral("lightspeed")).rateBurst, 3.0);
        QVERIFY(feeds.breaker(QStringLiteral("lightspeed")));
        QCOMPARE(writes.breaker(QStringLiteral("lightspeed")), feeds.breaker(QStringLiteral("lightspeed")));
        QVERIFY(feeds.rateLimiter(QStringLiteral("lightspeed")));
        QCOMPARE(writes.rateLimiter(QStringLiteral("lightspeed")),
                 feeds.rateLimiter(QStringLiteral("lightspeed")));

        // A client alone keeps its own.
        HttpClient alone;
        alone.setProfile(limited(QStringLiteral("lightspeed"), 3, 1));
        QVERIFY(alone.breaker(QStringLiteral("lightspeed")) != feeds.breaker(QStringLiteral("lightspeed")));
        QVERIFY(!feeds.breaker(QString()));

        // A move made through one is seen by the registry and every client.
        QSignalSpy registryMoves(channels.get(), &ChannelRegistry::circuitStateChanged);
        QSignalSpy writesMoves(&writes, &HttpClient::circuitStateChanged);
        QSignalSpy aloneMoves(&alone, &HttpClient::circuitStateChanged);
        feeds.breaker(QStringLiteral("lightspeed"))->recordFailure();
        QCOMPARE(writes.breaker(QStringLiteral("lightspeed"))->state(), CircuitBreaker::State::Open);
        QCOMPARE(registryMoves.size(), 1);
        QCOMPARE(registryMoves.at(0).at(0).toString(), QStringLiteral("lightspeed"));
        QCOMPARE(writesMoves.size(), 1);
        QCOMPARE(aloneMoves.size(), 0);
    }

    void profileUpdateKeepsTheProvidersState()
    {
        ManualClock clock;
        ChannelRegistry channels(&clock);
        channels.setProfile(limited(QStringLiteral("brevo"), 2, 1));
        const std::shared_ptr<ConnectorChannel> channel = channels.channel(QStringLiteral("brevo"));
        const std::shared_ptr<TokenBucket> bucket = channel->rateLimiter();
        QVERIFY(bucket->tryAcquire());
        QVERIFY(bucket->tryAcquire());
        channel->breaker()->recordFailure();

        // The same profile again (another client registering it): nothing
        // refills, the breaker stays open.
        channels.setProfile(limited(QStringLiteral("brevo"), 2, 1));
        QCOMPARE(channels.channel(QStringLiteral("brevo")), channel);
        QCOMPARE(channel->rateLimiter(), bucket);
        QVERIFY(!bucket->tryAcquire());
        QCOMPARE(channel->breaker()->state(), CircuitBreaker::State::Open);

        // New limits: the bucket takes them (full again), the breaker its
        // new thresholds, still open.
        ConnectorProfile faster = limited(QStringLiteral("brevo"), 4, 10);
        faster.breaker.cooldownMs = 5'000;
        channels.setProfile(faster);
        QCOMPARE(channel->rateLimiter(), bucket);
        QCOMPARE(bucket->capacity(), 4.0);
        QCOMPARE(bucket->available(), 4.0);
        QCOMPARE(channel->breaker()->config().cooldownMs, 5'000);
        QCOMPARE(channel->breaker()->state(), CircuitBreaker::State::Open);

        // No limit any more: no bucket.
        channels.setProfile(limited(QStringLiteral("brevo"), 4, 0));
        QVERIFY(!channel->rateLimiter());
    }

    void rateLimitKeySharesOneBucket()
    {
        ManualClock clock;
        ChannelRegistry channels(&clock);
        channels.setProfile(limited(QStringLiteral("brevo-contacts"), 2, 1, QStringLiteral("brevo")));
        channels.setProfile(limited(QStringLiteral("brevo-campaigns"), 2, 1, QStringLiteral("brevo")));
        const auto contacts = channels.channel(QStringLiteral("brevo-contacts"));
        const auto campaigns = channels.channel(QStringLiteral("brevo-campaigns"));
        QCOMPARE(contacts->rateLimiter(), campaigns->rateLimiter());
        QVERIFY(contacts->breaker() != campaigns->breaker());
        QCOMPARE(channels.connectors().size(), 2);
    }

    void racingThreadsNeverGetATokenTwice()
    {
        ManualClock clock;
        TokenBucket bucket(100, 1.0, &clock);
        std::atomic<int> granted{0};
        std::atomic<int> waits{0};
        onThreads(4, [&] {
            for (int i = 0; i < 1'000; ++i) {
                if (bucket.acquireOrDelayMs() == 0)
                    ++granted;
                else
                    ++waits;
            }
        });
        QCOMPARE(granted.load(), 100);
        QCOMPARE(waits.load(), 3'900);
        QCOMPARE(bucket.delayUntilAvailableMs(), 1'000);
    }

    void racingThreadsGetOneProbe()
    {
        ManualClock clock;
        ChannelRegistry channels(&clock);
        channels.setProfile(limited(QStringLiteral("thefork"), 1, 0));
        CircuitBreaker* breaker = channels.channel(QStringLiteral("thefork"))->breaker();
        QSignalSpy moves(&channels, &ChannelRegistry::circuitStateChanged);
        breaker->recordFailure();
        clock.advanceMs(1'000); // the cool-down is over
        std::atomic<int> allowed{0};
        onThreads(4, [&] {
            for (int i = 0; i < 100; ++i) {
                if (breaker->allowRequest())
                    ++allowed;
            }
        });
        QCOMPARE(allowed.load(), 1);
        QCOMPARE(breaker->state(), CircuitBreaker::State::HalfOpen);
        QCOMPARE(moves.size(), 2); // closed → open, open → half-open, each once
    }
};

QTEST_GUILESS_MAIN(TestChannelRegistry)
#include "tst_channelregistry.moc"
