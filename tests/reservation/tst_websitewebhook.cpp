// The booking site's signed webhook, end to end on loopback: the route the
// website module declares (WebsiteWebhook::route) on a real WebhookReceiver,
// signed requests over HTTP, bookings in the book. Good, bad, stale, future,
// replayed, oversized, malformed and concurrent deliveries; nothing stored
// for a refused one; a client trickling its headers holds no one up.

#include "common/core/database.h"
#include "common/net/webhookverifier.h"
#include "common/runtime/webhookreceiver.h"
#include "reservation/connectors/website/websitewebhook.h"
#include "reservation/core/bookstore.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace Moulin;
using namespace Moulin::Test;

namespace {

struct Answer
{
    int status = 0;
    QJsonObject json;
};

} // namespace

class TestWebsiteWebhook : public QObject
{
    Q_OBJECT

    const QByteArray m_secret = testSecret(QStringLiteral("website-signing"));
    std::unique_ptr<WebhookReceiver> m_receiver;
    QNetworkAccessManager m_nam;
    int m_event = 0;

    QJsonObject booking(const QString& id, int party,
                        const QString& type = QStringLiteral("reservation.created"))
    {
        return {{QStringLiteral("event_id"), QStringLiteral("evt_%1").arg(++m_event)},
                {QStringLiteral("event_type"), type},
                {QStringLiteral("occurred_at"),
                 QDateTime::currentDateTimeUtc().addSecs(m_event).toString(Qt::ISODateWithMs)},
                {QStringLiteral("restaurant_id"), QStringLiteral("levieuxmoulin")},
                {QStringLiteral("reservation_id"), id},
                {QStringLiteral("platform"), QStringLiteral("website")},
                {QStringLiteral("customer"),
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("Élodie Dupré")},
                             {QStringLiteral("phone"), QStringLiteral("+33 6 12 34 56 78")},
                             {QStringLiteral("allergies"), QStringLiteral("fruits à coque")}}},
                {QStringLiteral("date"), QStringLiteral("2026-12-12T20:00:00+01:00")},
                {QStringLiteral("party_size"), party},
                {QStringLiteral("special_requests"), QStringLiteral("Anniversaire")}};
    }

    QNetworkReply* post(const QByteArray& body, const QByteArray& signature)
    {
        QUrl url(QStringLiteral("http://127.0.0.1/webhooks/website"));
        url.setPort(m_receiver->serverPort());
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!signature.isEmpty())
            request.setRawHeader(WebhookVerifier::kHeaderName, signature);
        return m_nam.post(request, body);
    }

    Answer send(const QByteArray& body, qint64 t, const QByteArray& secret)
    {
        return wait(post(body, WebhookVerifier::signatureHeader(secret, t, body)));
    }
    Answer send(const QJsonObject& o)
    {
        return send(QJsonDocument(o).toJson(QJsonDocument::Compact), QDateTime::currentSecsSinceEpoch(),
                    m_secret);
    }
    static Answer wait(QNetworkReply* reply)
    {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(10000);
        Answer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                 QJsonDocument::fromJson(reply->readAll()).object()};
        reply->deleteLater();
        return a;
    }
    static qint64 bookings()
    {
        return scalar(QStringLiteral("SELECT COUNT(*) FROM reservation_booking")).toLongLong();
    }

    void listen(const WebhookReceiverSettings& settings)
    {
        m_receiver = std::make_unique<WebhookReceiver>(settings);
        QString error;
        QVERIFY2(m_receiver->addRoute(WebsiteWebhook::route(QStringLiteral("website"),
                                                            QStringLiteral("levieuxmoulin"),
                                                            [this] { return m_secret; }),
                                      &error),
                 qPrintable(error));
        QVERIFY2(m_receiver->listen(&error), qPrintable(error));
    }

    static WebhookReceiverSettings settings()
    {
        WebhookReceiverSettings settings;
        settings.enabled = true;
        settings.port = 0;
        return settings;
    }

private Q_SLOTS:
    void init()
    {
        const FreshDatabase fresh = openFreshDatabase(QStringLiteral("websitewebhook"));
        QVERIFY2(fresh.opened.status == DatabaseOpenResult::Status::Ok, qPrintable(fresh.opened.message));
        listen(settings());
    }
    void cleanup()
    {
        m_receiver.reset();
        Database::closeConnection();
    }

    void signedBookingIsStored()
    {
        QSignalSpy received(m_receiver.get(), &WebhookReceiver::deliveryReceived);
        const Answer a = send(booking(QStringLiteral("WEB-1"), 4));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json.value(QStringLiteral("status")).toString(), QStringLiteral("stored"));
        QCOMPARE(received.size(), 1);
        BookStore book;
        QSqlDatabase db = Database::connection();
        const std::optional<Booking> b = book.find(db, QStringLiteral("website"), QStringLiteral("WEB-1"));
        QVERIFY(b);
        QCOMPARE(b->partySize, 4);
        QCOMPARE(b->guestName, QStringLiteral("Élodie Dupré"));
        QCOMPARE(b->localTime, QStringLiteral("20:00"));
        QCOMPARE(b->allergies, QStringLiteral("fruits à coque"));
        QCOMPARE(b->specialRequests, QStringLiteral("Anniversaire"));
    }

    void updateAndCancellationInOrder()
    {
        QCOMPARE(send(booking(QStringLiteral("WEB-2"), 4)).status, 200);
        const QJsonObject update = booking(QStringLiteral("WEB-2"), 6, QStringLiteral("reservation.updated"));
        QJsonObject older = booking(QStringLiteral("WEB-2"), 5, QStringLiteral("reservation.updated"));
        older.insert(QStringLiteral("occurred_at"),
                     QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODateWithMs));
        QCOMPARE(send(update).status, 200);
        const Answer stale = send(older);
        QCOMPARE(stale.status, 200);
        QCOMPARE(stale.json.value(QStringLiteral("status")).toString(), QStringLiteral("stale"));
        QCOMPARE(send(booking(QStringLiteral("WEB-2"), 6, QStringLiteral("reservation.cancelled"))).status,
                 200);
        BookStore book;
        QSqlDatabase db = Database::connection();
        const Booking b = *book.find(db, QStringLiteral("website"), QStringLiteral("WEB-2"));
        QCOMPARE(b.partySize, 6);
        QCOMPARE(b.status, BookingStatus::Cancelled);
        QCOMPARE(book.history(db, b.id).size(), 3); // created, 4 → 6, cancelled
    }

    void repeatedEventIsAcknowledgedAndIgnored()
    {
        const QJsonObject event = booking(QStringLiteral("WEB-3"), 2);
        QCOMPARE(send(event).status, 200);
        // The same event, signed again (a new signature: not a replay of the
        // request, a redelivery of the event).
        QJsonObject again = event;
        again.insert(QStringLiteral("party_size"), 3);
        const Answer a = send(QJsonDocument(again).toJson(QJsonDocument::Compact),
                              QDateTime::currentSecsSinceEpoch() + 1, m_secret);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json.value(QStringLiteral("status")).toString(), QStringLiteral("duplicate_event"));
        BookStore book;
        QSqlDatabase db = Database::connection();
        QCOMPARE(book.find(db, QStringLiteral("website"), QStringLiteral("WEB-3"))->partySize, 2);
    }

    void refusedDeliveriesStoreNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("skewSecs");
        QTest::addColumn<bool>("goodSecret");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QByteArray good =
            QJsonDocument(booking(QStringLiteral("BAD"), 2)).toJson(QJsonDocument::Compact);
        QJsonObject zero = booking(QStringLiteral("BAD"), 0);
        QJsonObject text = booking(QStringLiteral("BAD"), 0);
        text.insert(QStringLiteral("party_size"), QStringLiteral("quatre"));
        QJsonObject fraction = booking(QStringLiteral("BAD"), 0);
        fraction.insert(QStringLiteral("party_size"), 2.5);
        QJsonObject otherRestaurant = booking(QStringLiteral("BAD"), 2);
        otherRestaurant.insert(QStringLiteral("restaurant_id"), QStringLiteral("autre"));
        QJsonObject noDate = booking(QStringLiteral("BAD"), 2);
        noDate.remove(QStringLiteral("date"));
        QJsonObject noEvent = booking(QStringLiteral("BAD"), 2);
        noEvent.remove(QStringLiteral("event_id"));
        const auto compact = [](const QJsonObject& o) {
            return QJsonDocument(o).toJson(QJsonDocument::Compact);
        };
        QTest::newRow("bad signature") << good << 0 << false << 401 << "invalid_signature";
        QTest::newRow("stale") << good << -301 << true << 401 << "invalid_signature";
        QTest::newRow("future") << good << 301 << true << 401 << "invalid_signature";
        QTest::newRow("malformed") << QByteArray("{\"event_id\": \"e\", ") << 0 << true << 400
                                   << "malformed_json";
        QTest::newRow("party zero") << compact(zero) << 0 << true << 422 << "invalid_party_size";
        QTest::newRow("party text") << compact(text) << 0 << true << 422 << "invalid_party_size";
        QTest::newRow("party fraction") << compact(fraction) << 0 << true << 422 << "invalid_party_size";
        QTest::newRow("unknown restaurant")
            << compact(otherRestaurant) << 0 << true << 422 << "unknown_restaurant";
        QTest::newRow("no date") << compact(noDate) << 0 << true << 422 << "invalid_field";
        QTest::newRow("no event id") << compact(noEvent) << 0 << true << 422 << "invalid_field";
        QByteArray big = good;
        big.insert(1, "\"padding\": \"" + QByteArray(70 * 1024, 'x') + "\", ");
        QTest::newRow("oversized") << big << 0 << true << 413 << "payload_too_large";
    }
    void refusedDeliveriesStoreNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, skewSecs);
        QFETCH(bool, goodSecret);
        QFETCH(int, status);
        QFETCH(QString, code);
        const Answer a = send(body, QDateTime::currentSecsSinceEpoch() + skewSecs,
                              goodSecret ? m_secret : QByteArrayLiteral("not-the-secret"));
        QCOMPARE(a.status, status);
        QCOMPARE(a.json.value(QStringLiteral("error")).toString(), code);
        QVERIFY(!a.json.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(bookings(), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM reservation_event")).toInt(), 0);
    }

    void missingSignatureAndReplay()
    {
        const QByteArray body =
            QJsonDocument(booking(QStringLiteral("WEB-4"), 2)).toJson(QJsonDocument::Compact);
        QCOMPARE(wait(post(body, QByteArray())).status, 401);
        QCOMPARE(bookings(), 0);
        const qint64 t = QDateTime::currentSecsSinceEpoch();
        QCOMPARE(send(body, t, m_secret).status, 200);
        QCOMPARE(send(body, t, m_secret).status, 409); // the same signed request again
        QCOMPARE(bookings(), 1);
    }

    void theSiteDevelopersScriptIsAccepted()
    {
        // tests/tools/post-booking.sh, as the site's developer runs it.
        QProcess script;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MOULIN_WEBHOOK_SECRET"), QString::fromLatin1(m_secret));
        env.insert(QStringLiteral("MOULIN_RESTAURANT_ID"), QStringLiteral("levieuxmoulin"));
        env.insert(QStringLiteral("MOULIN_BOOKING_DATE"), QStringLiteral("2026-12-12T19:30:00+01:00"));
        script.setProcessEnvironment(env);
        QSignalSpy finished(&script, &QProcess::finished);
        script.start(QStringLiteral("sh"),
                     {sourceDir() + QStringLiteral("/tests/tools/post-booking.sh"),
                      QStringLiteral("http://127.0.0.1:%1/webhooks/website").arg(m_receiver->serverPort()),
                      QStringLiteral("WEB-SCRIPT"), QStringLiteral("3")});
        QVERIFY(finished.wait(20000));
        const QByteArray out = script.readAllStandardOutput();
        QVERIFY2(script.exitCode() == 0, QByteArray(out + script.readAllStandardError()).constData());
        QVERIFY2(out.contains("\"stored\""), out.constData());
        BookStore book;
        QSqlDatabase db = Database::connection();
        const std::optional<Booking> b =
            book.find(db, QStringLiteral("website"), QStringLiteral("WEB-SCRIPT"));
        QVERIFY(b);
        QCOMPARE(b->partySize, 3);
        QCOMPARE(b->localTime, QStringLiteral("19:30"));

        // A wrong secret: the script fails and says why.
        env.insert(QStringLiteral("MOULIN_WEBHOOK_SECRET"), QStringLiteral("wrong"));
        script.setProcessEnvironment(env);
        finished.clear();
        script.start(QStringLiteral("sh"),
                     {sourceDir() + QStringLiteral("/tests/tools/post-booking.sh"),
                      QStringLiteral("http://127.0.0.1:%1/webhooks/website").arg(m_receiver->serverPort())});
        QVERIFY(finished.wait(20000));
        QVERIFY(script.exitCode() != 0);
        QVERIFY(script.readAllStandardOutput().contains("invalid_signature"));
        QCOMPARE(bookings(), 1);
    }

    void slowHeadersDelayNoOne()
    {
        // A client sending its request line and headers one byte at a time
        // (a signed booking), for longer than the read timeout.
        WebhookReceiverSettings slowSettings = settings();
        slowSettings.readTimeoutMs = 1500;
        listen(slowSettings);
        QSignalSpy refused(m_receiver.get(), &WebhookReceiver::deliveryRefused);
        const QByteArray body =
            QJsonDocument(booking(QStringLiteral("WEB-SLOW"), 2)).toJson(QJsonDocument::Compact);
        const QByteArray request =
            "POST /webhooks/website HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            "Content-Length: " +
            QByteArray::number(body.size()) + "\r\nX-Moulin-Signature: " +
            WebhookVerifier::signatureHeader(m_secret, QDateTime::currentSecsSinceEpoch(), body) +
            "\r\n\r\n" + body;
        const qsizetype headSize = request.indexOf("\r\n\r\n") + 4;
        QTcpSocket slow;
        slow.connectToHost(QHostAddress::LocalHost, m_receiver->serverPort());
        QVERIFY(slow.waitForConnected(2000));
        QElapsedTimer slowClock;
        slowClock.start();
        qsizetype sent = 0;
        QTimer trickle;
        connect(&trickle, &QTimer::timeout, &slow, [&] {
            if (sent < headSize)
                slow.write(request.mid(sent++, 1));
        });
        trickle.start(20); // the head over about 5 s
        QByteArray slowAnswer;
        qint64 slowAnsweredMs = -1;
        connect(&slow, &QTcpSocket::readyRead, &slow, [&] {
            slowAnswer += slow.readAll();
            if (slowAnsweredMs < 0)
                slowAnsweredMs = slowClock.elapsed();
        });

        // Meanwhile, the signed deliveries of others are answered at once.
        int sentNormally = 0;
        while (slowAnsweredMs < 0 && slowClock.elapsed() < 1200) {
            QElapsedTimer answered;
            answered.start();
            const Answer a = send(booking(QStringLiteral("WEB-N%1").arg(++sentNormally), 3));
            QCOMPARE(a.status, 200);
            QVERIFY2(answered.elapsed() < 1000, qPrintable(QString::number(answered.elapsed())));
            QTest::qWait(50);
        }
        QVERIFY(slowAnsweredMs < 0); // still trickling
        QVERIFY(sentNormally >= 5);

        // The slow one is cut off after the read timeout, its head unfinished.
        QTRY_VERIFY_WITH_TIMEOUT(slowAnsweredMs >= 0 && slow.state() == QAbstractSocket::UnconnectedState,
                                 5000);
        trickle.stop();
        QVERIFY2(slowAnsweredMs >= 1400 && slowAnsweredMs < 3000,
                 qPrintable(QString::number(slowAnsweredMs)));
        QVERIFY(sent < headSize);
        QVERIFY2(slowAnswer.startsWith("HTTP/1.1 408 "), slowAnswer.constData());
        QVERIFY(slowAnswer.contains("request_timeout"));
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().at(2).toInt(), 408);
        BookStore book;
        QSqlDatabase db = Database::connection();
        QVERIFY(!book.find(db, QStringLiteral("website"), QStringLiteral("WEB-SLOW")));
        QCOMPARE(bookings(), sentNormally);
    }

    void concurrentSendersLoseNothing()
    {
        constexpr int kSenders = 50;
        QList<QNetworkReply*> replies;
        for (int i = 0; i < kSenders; ++i) {
            const QByteArray body = QJsonDocument(booking(QStringLiteral("WEB-C%1").arg(i), 1 + i % 8))
                                        .toJson(QJsonDocument::Compact);
            replies.append(post(
                body, WebhookVerifier::signatureHeader(m_secret, QDateTime::currentSecsSinceEpoch(), body)));
        }
        int ok = 0;
        for (QNetworkReply* reply : std::as_const(replies))
            ok += wait(reply).status == 200 ? 1 : 0;
        QCOMPARE(ok, kSenders);
        QCOMPARE(bookings(), kSenders);
    }
};

QTEST_GUILESS_MAIN(TestWebsiteWebhook)
#include "tst_websitewebhook.moc"
