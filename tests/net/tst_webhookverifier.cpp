// WebhookVerifier: X-Moulin-Signature: t=<unix>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>.
#include "common/net/clock.h"
#include "common/net/webhookverifier.h"
#include "testsupport.h"

#include <QMessageAuthenticationCode>
#include <QTest>

using namespace Moulin;
using Result = WebhookVerifier::Result;

Q_DECLARE_METATYPE(Moulin::WebhookVerifier::Result)

namespace {

const QByteArray kBody = R"({"id":"evt_42","type":"reservation.created","data":{"covers":4}})";

QByteArray independentHeader(const QByteArray& secret, qint64 t, const QByteArray& body)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, secret);
    mac.addData(QByteArray::number(t) + '.' + body);
    return "t=" + QByteArray::number(t) + ",v1=" + mac.result().toHex();
}

} // namespace

class TestWebhookVerifier : public QObject
{
    Q_OBJECT

    QByteArray m_secret = Test::testSecret(QStringLiteral("webhook"));

private Q_SLOTS:
    void valid()
    {
        ManualClock clock;
        WebhookVerifier verifier(m_secret, &clock);
        const QByteArray header = independentHeader(m_secret, clock.nowSecs(), kBody);
        QCOMPARE(WebhookVerifier::signatureHeader(m_secret, clock.nowSecs(), kBody), header);
        QCOMPARE(verifier.verify(header, kBody), Result::Valid);
        QCOMPARE(WebhookVerifier::httpStatus(Result::Valid), 200);
    }

    void withinToleranceBothWays()
    {
        ManualClock clock;
        WebhookVerifier verifier(m_secret, &clock);
        QCOMPARE(verifier.verify(independentHeader(m_secret, clock.nowSecs() - 300, kBody), kBody),
                 Result::Valid);
        QCOMPARE(verifier.verify(independentHeader(m_secret, clock.nowSecs() + 300, kBody), kBody),
                 Result::Valid);
    }

    void badSignature()
    {
        ManualClock clock;
        WebhookVerifier verifier(m_secret, &clock);
        const qint64 t = clock.nowSecs();
        const QByteArray other = Test::testSecret(QStringLiteral("other-webhook"));
        QCOMPARE(verifier.verify(independentHeader(other, t, kBody), kBody), Result::BadSignature);
        // Body altered after signing.
        QByteArray tampered = kBody;
        tampered.replace("4", "40");
        QCOMPARE(verifier.verify(independentHeader(m_secret, t, kBody), tampered), Result::BadSignature);
        // Timestamp altered after signing.
        const QByteArray signed_ = independentHeader(m_secret, t, kBody);
        const QByteArray sig = signed_.mid(signed_.indexOf(',')); // ",v1=…"
        QCOMPARE(verifier.verify("t=" + QByteArray::number(t - 1) + sig, kBody), Result::BadSignature);
        QCOMPARE(WebhookVerifier::httpStatus(Result::BadSignature), 401);
    }

    void oldTimestamp()
    {
        ManualClock clock;
        WebhookVerifier verifier(m_secret, &clock);
        QCOMPARE(verifier.verify(independentHeader(m_secret, clock.nowSecs() - 301, kBody), kBody),
                 Result::TimestampTooOld);
    }

    void futureTimestamp()
    {
        ManualClock clock;
        WebhookVerifier verifier(m_secret, &clock);
        QCOMPARE(verifier.verify(independentHeader(m_secret, clock.nowSecs() + 301, kBody), kBody),
                 Result::TimestampInFuture);
    }

    void replay()
    {
        ManualClock clock;
        WebhookVerifier verifier(m_secret, &clock);
        const QByteArray header = independentHeader(m_secret, clock.nowSecs(), kBody);
        QCOMPARE(verifier.verify(header, kBody), Result::Valid);
        clock.advanceMs(10'000);
        QCOMPARE(verifier.verify(header, kBody), Result::Replayed);
        QCOMPARE(WebhookVerifier::httpStatus(Result::Replayed), 401);
        // The same event re-sent with a new timestamp is a new signature.
        QCOMPARE(verifier.verify(independentHeader(m_secret, clock.nowSecs(), kBody), kBody), Result::Valid);

        // Once out of tolerance the entry is pruned: the header is too old, not a replay.
        clock.advanceMs(400'000);
        QCOMPARE(verifier.verify(header, kBody), Result::TimestampTooOld);
        QCOMPARE(verifier.verify(independentHeader(m_secret, clock.nowSecs(), "{}"), "{}"), Result::Valid);
        QCOMPARE(verifier.replayCacheSize(), 1);
    }

    // Senders' clocks differ: signatures arrive out of their timestamps'
    // order, and each leaves the replay cache when its own timestamp leaves
    // the window, not in the order they came.
    void replayWindowFollowsEachTimestamp()
    {
        ManualClock clock;
        WebhookVerifier verifier(m_secret, &clock);
        const qint64 now = clock.nowSecs();
        const QByteArray late = independentHeader(m_secret, now - 200, kBody);  // a clock 200 s behind
        const QByteArray early = independentHeader(m_secret, now + 100, kBody); // one 100 s ahead
        const QByteArray onTime = independentHeader(m_secret, now, kBody);
        for (const QByteArray& header : {early, onTime, late})
            QCOMPARE(verifier.verify(header, kBody), Result::Valid);
        QCOMPARE(verifier.replayCacheSize(), 3);

        // 150 s on: the late one is out of the window (200 + 150 > 300),
        // the others are still replays.
        clock.advanceMs(150'000);
        QCOMPARE(verifier.verify(late, kBody), Result::TimestampTooOld);
        QCOMPARE(verifier.verify(onTime, kBody), Result::Replayed);
        QCOMPARE(verifier.verify(early, kBody), Result::Replayed);
        QCOMPARE(verifier.replayCacheSize(), 2);
        // 200 s more: the one on time is gone too, the early one stays.
        clock.advanceMs(200'000);
        QCOMPARE(verifier.verify(onTime, kBody), Result::TimestampTooOld);
        QCOMPARE(verifier.verify(early, kBody), Result::Replayed);
        QCOMPARE(verifier.replayCacheSize(), 1);
        // Two signatures with the same timestamp are both kept and both go.
        const QByteArray a = independentHeader(m_secret, clock.nowSecs(), "{\"a\":1}");
        const QByteArray b = independentHeader(m_secret, clock.nowSecs(), "{\"b\":2}");
        QCOMPARE(verifier.verify(a, "{\"a\":1}"), Result::Valid);
        QCOMPARE(verifier.verify(b, "{\"b\":2}"), Result::Valid);
        QCOMPARE(verifier.verify(b, "{\"b\":2}"), Result::Replayed);
        QCOMPARE(verifier.replayCacheSize(), 3);
        clock.advanceMs(400'000);
        QCOMPARE(verifier.verify(independentHeader(m_secret, clock.nowSecs(), "{}"), "{}"), Result::Valid);
        QCOMPARE(verifier.replayCacheSize(), 1);
    }

    void rotationAndCase()
    {
        ManualClock clock;
        WebhookVerifier verifier(m_secret, &clock);
        const qint64 t = clock.nowSecs();
        const QByteArray good = WebhookVerifier::computeSignature(m_secret, t, kBody);
        const QByteArray stale =
            WebhookVerifier::computeSignature(Test::testSecret(QStringLiteral("old-webhook")), t, kBody);
        QCOMPARE(verifier.verify("t=" + QByteArray::number(t) + ", v1=" + stale + ", v1=" + good, kBody),
                 Result::Valid);
        const QByteArray t2 = QByteArray::number(t + 1);
        QCOMPARE(verifier.verify("t=" + t2 + ",v1=" +
                                     WebhookVerifier::computeSignature(m_secret, t + 1, kBody).toUpper() +
                                     ",v0=ignored",
                                 kBody),
                 Result::Valid);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<Result>("expected");
        const QByteArray hex(64, 'a');
        QTest::newRow("missing") << QByteArray() << Result::MissingHeader;
        QTest::newRow("blank") << QByteArray("   ") << Result::MissingHeader;
        QTest::newRow("garbage") << QByteArray("garbage") << Result::MalformedHeader;
        QTest::newRow("no t") << QByteArray("v1=" + hex) << Result::MalformedHeader;
        QTest::newRow("no v1") << QByteArray("t=1700000000") << Result::MalformedHeader;
        QTest::newRow("t not a number") << QByteArray("t=soon,v1=" + hex) << Result::MalformedHeader;
        QTest::newRow("t negative") << QByteArray("t=-5,v1=" + hex) << Result::MalformedHeader;
        QTest::newRow("t twice") << QByteArray("t=1700000000,t=1700000001,v1=" + hex)
                                 << Result::MalformedHeader;
        QTest::newRow("v1 short") << QByteArray("t=1700000000,v1=abcdef") << Result::MalformedHeader;
        QTest::newRow("v1 not hex") << QByteArray("t=1700000000,v1=" + QByteArray(64, 'z'))
                                    << Result::MalformedHeader;
        QTest::newRow("empty part") << QByteArray("t=1700000000,,v1=" + hex) << Result::MalformedHeader;
        QTest::newRow("no equals") << QByteArray("t=1700000000,v1") << Result::MalformedHeader;
    }

    void malformed()
    {
        QFETCH(QByteArray, header);
        QFETCH(Result, expected);
        ManualClock clock;
        WebhookVerifier verifier(m_secret, &clock);
        QCOMPARE(verifier.verify(header, kBody), expected);
        QCOMPARE(WebhookVerifier::httpStatus(expected), 401);
        QVERIFY(!WebhookVerifier::describe(expected).isEmpty());
    }

    void constantTimeEquals()
    {
        QVERIFY(WebhookVerifier::constantTimeEquals("abc", "abc"));
        QVERIFY(!WebhookVerifier::constantTimeEquals("abc", "abd"));
        QVERIFY(!WebhookVerifier::constantTimeEquals("abc", "abcd"));
        QVERIFY(WebhookVerifier::constantTimeEquals("", ""));
    }
};

QTEST_GUILESS_MAIN(TestWebhookVerifier)
#include "tst_webhookverifier.moc"
