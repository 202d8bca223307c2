// The TheFork connector as the application runs it: registered by the
// reservations area, configured in the settings with its client secret in the
// keychain, its token from the sandbox's OAuth server (client credentials with
// TheFork's audience, reused until it expires), its feed run by
// ConnectorRuntime over real HTTP against the sandbox's TheFork emulation
// (id pages, then each booking, then each guest), and its thin webhook on the
// runtime's receiver (the token in the URL's query). Expectations come from
// the sandbox's own data.

#include "common/core/credentialstore.h"
#include "common/runtime/connectormodule.h"
#include "common/runtime/webhookreceiver.h"
#include "keychainsupport.h"
#include "reservation/connectors/availabilitypush.h"
#include "reservation/connectors/reservationconnectors.h"
#include "reservation/connectors/thefork/sandboxthefork.h"
#include "reservation/connectors/thefork/theforkfeeds.h"
#include "reservation/connectors/thefork/theforkwebhook.h"
#include "reservationtestsupport.h"
#include "sandbox/core/sandboxoauth.h"
#include "sandbox/core/sandboxserver.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace Moulin;

namespace {

const QString kId = QStringLiteral("thefork");
const QString kFeed = QStringLiteral("reservations");
const QString kClient = QStringLiteral("moulin-tf-test");

BookingStatus expectedStatus(const SandboxTheFork::Reservation& r)
{
    if (r.status == QLatin1String("CANCELED"))
        return BookingStatus::Cancelled;
    if (r.status == QLatin1String("NO_SHOW"))
        return BookingStatus::NoShow;
    if (r.status == QLatin1String("REQUESTED"))
        return BookingStatus::Requested;
    if (r.mealStatus == QLatin1String("LEFT"))
        return BookingStatus::Left;
    if (r.mealStatus == QLatin1String("SEATED")) // the demo's tables at lunch or dinner now
        return BookingStatus::Seated;
    return BookingStatus::Confirmed;
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

struct Reply
{
    int status = 0;
    QJsonObject body;
};

} // namespace

class TestTheForkSync : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    SandboxTheFork* m_tf = nullptr;
    SandboxOAuth* m_oauth = nullptr;
    std::unique_ptr<CredentialStore> m_credentials;
    QNetworkAccessManager m_nam;
    const QByteArray m_secret = Test::testSecret(QStringLiteral("thefork-client"));
    const QByteArray m_token = Test::testSecret(QStringLiteral("thefork-webhook"));

    ConnectorConfig config() const
    {
        ConnectorConfig c;
        c.typeKey = QStringLiteral("reservation_type");
        c.typeName = QStringLiteral("TheFork");
        c.connectorId = kId;
        c.apiUrl = m_server->baseUrl().resolved(QUrl(QStringLiteral("/manager/v1/")));
        c.storeId = SandboxTheFork::restaurantUuid();
        c.authMethod = QStringLiteral("oauth2");
        c.clientId = kClient;
        c.retryAttempts = 1;
        c.feeds = {{kFeed, true, 15}};
        return c;
    }

    /// A coming booking, recorded, of at most `maxParty`, not in `skip`.
    SandboxTheFork::Reservation coming(int maxParty = 12, const QSet<QString>& skip = {}) const
    {
        const qint64 tomorrow = QDateTime::currentMSecsSinceEpoch() + 24 * 3600 * 1000LL;
        for (const SandboxTheFork::Reservation& r : m_tf->reservations()) {
            if (r.status == QLatin1String("RECORDED") && r.mealMs > tomorrow && r.partySize <= maxParty &&
                !skip.contains(r.uuid))
                return r;
        }
        Test::fail(QStringLiteral("the sandbox has no coming recorded booking"));
        return {};
    }

    void checkBookMatchesSandbox()
    {
        const QHash<QString, Booking> book = Test::bookingsOf(kId);
        const QList<SandboxTheFork::Reservation> expected = m_tf->reservations();
        QCOMPARE(book.size(), expected.size());
        for (const SandboxTheFork::Reservation& r : expected) {
            QVERIFY2(book.contains(r.uuid), qPrintable(r.uuid));
            const Booking& b = book[r.uuid];
            QCOMPARE(b.startsAt, utc(r.mealMs));
            QCOMPARE(b.partySize, r.partySize);
            QCOMPARE(b.status, expectedStatus(r));
            QCOMPARE(b.version, r.updatedMs);
            QCOMPARE(b.bookedAt, utc(r.createdMs));
            const std::optional<SandboxTheFork::Customer> c = m_tf->customer(r.customerUuid);
            QVERIFY(c);
            QCOMPARE(b.guestName, QStringLiteral("%1 %2").arg(c->firstName, c->lastName));
            QCOMPARE(b.guestPhone, c->phone);
            for (const QString& allergy : c->allergies + c->dietary)
                QVERIFY2(b.allergies.contains(allergy), qPrintable(b.allergies));
            if (!r.note.isEmpty())
                QVERIFY2(b.specialRequests.contains(r.note), qPrintable(b.specialRequests));
        }
    }

    Reply deliver(ConnectorRuntime& runtime, const QJsonObject& body, const QByteArray& token)
    {
        QUrl url(QStringLiteral("http://127.0.0.1/webhooks/thefork"));
        url.setPort(runtime.webhooks()->serverPort());
        if (!token.isNull())
            url.setQuery(QStringLiteral("token=") + QString::fromLatin1(token));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply* reply = m_nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            Test::fail(QStringLiteral("the webhook was not answered within 10 s"));
        Reply out;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        registerReservationConnectors();
        QVERIFY(ConnectorModules::isImplemented(kId));
        QVERIFY(SandboxServer::emulations().contains(kId));
        m_server = std::make_unique<SandboxServer>(31);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_tf = SandboxTheFork::of(m_server.get());
        m_oauth = SandboxOAuth::of(m_server.get());
        m_oauth->setTokenPrefix(Test::kSecretMarker);
        m_credentials = std::make_unique<CredentialStore>();
    }

    void init()
    {
        QVERIFY(Test::freshReservationData(QStringLiteral("thefork-sync")));
        m_tf->setDays(5, 5); // around today: the feed reads by the calendar's days
        m_tf->setVolume(1);
        m_tf->setRequireAuthorization(true);
        m_tf->clearServed();
        m_tf->clearFailures();
        SandboxOAuth::Client client;
        client.clientId = kClient;
        client.secret = m_secret;
        client.audience = SandboxTheFork::audience();
        client.accessTokenLifetimeSecs = 8600;
        m_oauth->setClient(client);
        m_oauth->clearHistory();
        m_server->clearFaults();
        for (const QString& key : {QStringLiteral("oauth_tokens"), QStringLiteral("oauth_tokens.next")})
            QVERIFY(Test::removeEntry(*m_credentials, kId, key).ok());
        QVERIFY(Test::saveSecret(*m_credentials, kId, m_secret).ok());
        QVERIFY(Test::saveEntry(*m_credentials, kId, TheForkWebhook::tokenKey(), m_token).ok());
        QVERIFY(ConnectorSettings::save(config()));
    }

    void cleanup() { Database::closeConnection(); }

    void cleanupTestCase() { m_server.reset(); }

    void fullSyncLandsEveryBookingWithItsGuest()
    {
        m_tf->setVolume(3); // more than one page of ids
        ConnectorRuntime runtime(m_credentials.get());
        runtime.reload();
        QCOMPARE(runtime.connectors(), QStringList{kId});
        const QHash<QString, FeedRunSummary> runs = Test::syncNow(runtime, kId, 60000);
        QVERIFY2(runs.value(kFeed).ok, qPrintable(runs.value(kFeed).error));

        // One token, by client credentials with TheFork's audience, the
        // client in the form.
        QCOMPARE(m_oauth->tokensIssued(QStringLiteral("client_credentials")), 1);
        for (const SandboxOAuth::TokenRequest& t : m_oauth->tokenRequests()) {
            QCOMPARE(t.path, QStringLiteral("/oauth/token"));
            QCOMPARE(t.clientAuth, SandboxOAuth::ClientAuth::Form);
            QCOMPARE(t.audience, SandboxTheFork::audience());
        }
        // Id pages, then one request per booking and one per guest: a
        // regular named on several pages is read once.
        const int pageSize = TheForkOptions().pageSize;
        const QList<SandboxTheFork::Reservation> expected = m_tf->reservations();
        QVERIFY(expected.size() > pageSize);
        const QStringList served = m_tf->served();
        QCOMPARE(served.count(QStringLiteral("/manager/v1/reservations")),
                 int(expected.size() + pageSize - 1) / pageSize);
        int details = 0;
        int guests = 0;
        for (const QString& path : served) {
            details += path.startsWith(QLatin1String("/manager/v1/reservations/")) ? 1 : 0;
            guests += path.startsWith(QLatin1String("/manager/v1/customers/")) ? 1 : 0;
        }
        QCOMPARE(details, int(expected.size()));
        QSet<QString> customers;
        for (const SandboxTheFork::Reservation& r : expected)
            customers.insert(r.customerUuid);
        QCOMPARE(guests, customers.size());
        QVERIFY(customers.size() < expected.size()); // there are regulars
        checkBookMatchesSandbox();
        QCOMPARE(Test::scalar(QStringLiteral("SELECT count(*) FROM quarantine")).toInt(), 0);

        // The next run reuses the token and reads from the day before.
        m_tf->clearServed();
        const QHash<QString, FeedRunSummary> again = Test::syncNow(runtime, kId, 60000);
        QVERIFY2(again.value(kFeed).ok, qPrintable(again.value(kFeed).error));
        QCOMPARE(m_oauth->tokensIssued(QStringLiteral("client_credentials")), 1);
        const QString cursor = Test::cursorOf(kId, kFeed);
        const QDate since = QDate::fromString(
            QJsonDocument::fromJson(cursor.toUtf8()).object().value(QStringLiteral("since")).toString(),
            Qt::ISODate);
        QVERIFY2(since.isValid() && since >= QDate::currentDate().addDays(-2), qPrintable(cursor));
        checkBookMatchesSandbox();
    }

    void tokenExpiringMidSyncIsRenewedOnce_data()
    {
        QTest::addColumn<bool>("revoked");
        QTest::newRow("expired") << false;
        QTest::newRow("revoked") << true;
    }

    // TheFork ends the token's life while the first sync is reading details
    // (expired, or revoked: a 401 with its error body for the old token):
    // the connector asks for one new token, the run carries on from its last
    // stored page, and every booking is in the book once, with nothing in
    // its history but its creation.
    void tokenExpiringMidSyncIsRenewedOnce()
    {
        QFETCH(bool, revoked);
        ConnectorRuntime runtime(m_credentials.get());
        runtime.reload();
        const QList<SandboxTheFork::Reservation> expected = m_tf->reservations();
        QVERIFY(expected.size() > 50); // more than one id page
        // The first id page, then about half of the details and guests.
        const int beforeExpiry = int(expected.size());
        if (revoked)
            m_tf->revokeTokensAfter(beforeExpiry);
        else
            m_tf->expireTokensAfter(beforeExpiry);

        const QHash<QString, FeedRunSummary> runs = Test::syncNow(runtime, kId, 60000);
        QVERIFY2(runs.value(kFeed).ok, qPrintable(runs.value(kFeed).error));
        // The old token was refused mid-sync: at most the requests in flight
        // then, not one per booking left.
        QVERIFY(m_tf->unauthorized() >= 1);
        QVERIFY2(m_tf->unauthorized() <= 12, qPrintable(QString::number(m_tf->unauthorized())));
        QVERIFY(m_tf->served().size() > beforeExpiry);
        QCOMPARE(m_oauth->tokensIssued(QStringLiteral("client_credentials")), 2);
        // The refusals are in the operation log as TheFork's 401s.
        QVERIFY(Test::scalar(QStringLiteral("SELECT count(*) FROM operation_log WHERE connector = ? AND "
                                            "status = 401"),
                             {kId})
                    .toInt() >= 1);

        checkBookMatchesSandbox();
        QCOMPARE(
            Test::scalar(QStringLiteral("SELECT count(*) FROM reservation_booking WHERE channel = ?"), {kId})
                .toInt(),
            int(expected.size()));
        for (const Booking& b : Test::bookingsOf(kId))
            QCOMPARE(Test::historyOf(b.id).size(), 1); // created; read again after the 401: no change
        QCOMPARE(Test::scalar(QStringLiteral("SELECT count(*) FROM quarantine")).toInt(), 0);

        // The next run goes on with the new token.
        m_tf->clearServed();
        QVERIFY(Test::syncNow(runtime, kId, 60000).value(kFeed).ok);
        QCOMPARE(m_tf->unauthorized(), 0);
        QCOMPARE(m_oauth->tokensIssued(QStringLiteral("client_credentials")), 2);
        checkBookMatchesSandbox();
    }

    // A token that lives 4 s and a first sync that lasts longer (TheFork's
    // 20 requests a second): the runtime started as the window and
    // `--serve` start it, its token timer (every 30 s, here 250 ms) renews
    // the token half its lifetime before its end (the renewal margin), the
    // run's requests carry the new one from then on, and TheFork never
    // refuses one (no 401): the sync goes through on a handful of tokens,
    // never one per request, and lands every booking once.
    void aTokenIsReusedUntilItsLifetimeEndsThenRenewed()
    {
        SandboxOAuth::Client client;
        client.clientId = kClient;
        client.secret = m_secret;
        client.audience = SandboxTheFork::audience();
        client.accessTokenLifetimeSecs = 4;
        m_oauth->setClient(client);
        const QList<SandboxTheFork::Reservation> expected = m_tf->reservations();

        ConnectorRuntime runtime(m_credentials.get());
        runtime.reload();
        runtime.setTokenCheckIntervalMs(250);
        QSignalSpy finished(&runtime, &ConnectorRuntime::feedFinished);
        QElapsedTimer clock;
        clock.start();
        runtime.start(); // the first run at once, then every interval
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 120000));
        const qint64 elapsedMs = clock.elapsed();
        const auto summary = finished.first().at(0).value<FeedRunSummary>();
        QCOMPARE(summary.feed, kFeed);
        QVERIFY2(summary.ok, qPrintable(summary.error));
        const int tokens = m_oauth->tokensIssued(QStringLiteral("client_credentials"));
        qInfo("%lld requests in %lld ms on %d token(s)", qint64(m_tf->served().size()), elapsedMs, tokens);
        // The sync outlived a token: renewed, each time by client
        // credentials with TheFork's audience.
        QVERIFY2(elapsedMs > 4000, qPrintable(QString::number(elapsedMs)));
        QVERIFY2(tokens >= 2, qPrintable(QString::number(tokens)));
        for (const SandboxOAuth::TokenRequest& t : m_oauth->tokenRequests())
            QCOMPARE(t.audience, SandboxTheFork::audience());
        // Reused: one token per half lifetime at most, far fewer than the
        // requests.
        QVERIFY2(tokens <= elapsedMs / 2000 + 1,
                 qPrintable(QStringLiteral("%1 tokens in %2 ms").arg(tokens).arg(elapsedMs)));
        QVERIFY(m_tf->served().size() > 10 * tokens);
        // Renewed before its end: TheFork never refused one.
        QCOMPARE(m_tf->unauthorized(), 0);
        QCOMPARE(Test::scalar(QStringLiteral("SELECT count(*) FROM operation_log WHERE connector = ? AND "
                                             "status = 401"),
                              {kId})
                     .toInt(),
                 0);

        checkBookMatchesSandbox();
        QCOMPARE(
            Test::scalar(QStringLiteral("SELECT count(*) FROM reservation_booking WHERE channel = ?"), {kId})
                .toInt(),
            int(expected.size()));
        for (const Booking& b : Test::bookingsOf(kId))
            QCOMPARE(Test::historyOf(b.id).size(), 1);
    }

    // The same through `--sync-now` (syncNow() without start()): the
    // token timer runs for the run, which never meets a 401.
    void aSyncNowLongerThanATokenRenewsItAhead()
    {
        SandboxOAuth::Client client;
        client.clientId = kClient;
        client.secret = m_secret;
        client.audience = SandboxTheFork::audience();
        client.accessTokenLifetimeSecs = 4;
        m_oauth->setClient(client);
        const QList<SandboxTheFork::Reservation> expected = m_tf->reservations();

        ConnectorRuntime runtime(m_credentials.get());
        runtime.reload();
        runtime.setTokenCheckIntervalMs(250);
        QElapsedTimer clock;
        clock.start();
        // `--sync-now`: no start(), the one run.
        const FeedRunSummary summary = Test::syncNow(runtime, kId, 120000).value(kFeed);
        const qint64 elapsedMs = clock.elapsed();
        QVERIFY2(summary.ok, qPrintable(summary.error));
        const int tokens = m_oauth->tokensIssued(QStringLiteral("client_credentials"));
        qInfo("%lld requests in %lld ms on %d token(s)", qint64(m_tf->served().size()), elapsedMs, tokens);
        // The sync outlived a token: renewed, each time by client
        // credentials with TheFork's audience.
        QVERIFY2(elapsedMs > 4000, qPrintable(QString::number(elapsedMs)));
        QVERIFY2(tokens >= 2, qPrintable(QString::number(tokens)));
        for (const SandboxOAuth::TokenRequest& t : m_oauth->tokenRequests())
            QCOMPARE(t.audience, SandboxTheFork::audience());
        // Reused: one token per half lifetime at most, far fewer than the
        // requests.
        QVERIFY2(tokens <= elapsedMs / 2000 + 1,
                 qPrintable(QStringLiteral("%1 tokens in %2 ms").arg(tokens).arg(elapsedMs)));
        QVERIFY(m_tf->served().size() > 10 * tokens);
        // Renewed before its end: TheFork never refused one.
        QCOMPARE(m_tf->unauthorized(), 0);
        QCOMPARE(Test::scalar(QStringLiteral("SELECT count(*) FROM operation_log WHERE connector = ? AND "
                                             "status = 401"),
                              {kId})
                     .toInt(),
                 0);

        checkBookMatchesSandbox();
        QCOMPARE(
            Test::scalar(QStringLiteral("SELECT count(*) FROM reservation_booking WHERE channel = ?"), {kId})
                .toInt(),
            int(expected.size()));
        for (const Booking& b : Test::bookingsOf(kId))
            QCOMPARE(Test::historyOf(b.id).size(), 1);
    }

    void changesLandWithTheirHistory()
    {
        ConnectorRuntime runtime(m_credentials.get());
        runtime.reload();
        QVERIFY(Test::syncNow(runtime, kId, 60000).value(kFeed).ok);
        const SandboxTheFork::Reservation grown = coming(8);
        const SandboxTheFork::Reservation dropped = coming(12, {grown.uuid});
        QTest::qWait(5); // a later update time
        QVERIFY(m_tf->update(grown.uuid, grown.partySize + 2, std::nullopt));
        QVERIFY(m_tf->update(dropped.uuid, std::nullopt, QStringLiteral("CANCELED")));
        const QDateTime tomorrowEvening(QDate::currentDate().addDays(1), QTime(20, 0),
                                        QTimeZone("Europe/Paris"));
        const QString added =
            m_tf->addReservation(tomorrowEvening, 5, QStringLiteral("Hélène"), QStringLiteral("Garnier"),
                                 QStringLiteral("+33611223344"), {QStringLiteral("arachides")});

        const QHash<QString, FeedRunSummary> runs = Test::syncNow(runtime, kId, 60000);
        QVERIFY2(runs.value(kFeed).ok, qPrintable(runs.value(kFeed).error));
        const QHash<QString, Booking> book = Test::bookingsOf(kId);
        QCOMPARE(book[grown.uuid].partySize, grown.partySize + 2);
        QCOMPARE(book[dropped.uuid].status, BookingStatus::Cancelled);
        QCOMPARE(book[added].guestName, QStringLiteral("Hélène Garnier"));
        QCOMPARE(book[added].guestPhone, QStringLiteral("+33611223344"));
        QVERIFY(book[added].allergies.contains(QStringLiteral("arachides")));
        QCOMPARE(book[added].localTime, QStringLiteral("20:00"));
        const QList<BookingHistoryEntry> history = Test::historyOf(book[grown.uuid].id);
        QCOMPARE(history.size(), 2); // created, then changed; reading a booking again adds nothing
        checkBookMatchesSandbox();
    }

    void aGuestReadOnceARunIsReadAgainByTheNext()
    {
        // Enough bookings for a regular with two coming ones (the demo
        // restaurant's TheFork share is small at volume 1).
        m_tf->setVolume(4);
        ConnectorRuntime runtime(m_credentials.get());
        runtime.reload();
        QVERIFY(Test::syncNow(runtime, kId, 60000).value(kFeed).ok);
        // A regular: a guest of two coming bookings.
        QHash<QString, QStringList> byCustomer;
        const qint64 tomorrow = QDateTime::currentMSecsSinceEpoch() + 24 * 3600 * 1000LL;
        for (const SandboxTheFork::Reservation& r : m_tf->reservations()) {
            if (r.status == QLatin1String("RECORDED") && r.mealMs > tomorrow)
                byCustomer[r.customerUuid].append(r.uuid);
        }
        QString regular;
        for (auto it = byCustomer.cbegin(); it != byCustomer.cend() && regular.isEmpty(); ++it) {
            if (it.value().size() >= 2)
                regular = it.key();
        }
        QVERIFY2(!regular.isEmpty(), "no regular with two coming bookings");
        const QStringList bookings = byCustomer.value(regular);

        // The guest changes phone; both bookings change too (listed again).
        QTest::qWait(5);
        QVERIFY(m_tf->setCustomerPhone(regular, QStringLiteral("+33699887766")));
        for (const QString& uuid : bookings)
            QVERIFY(m_tf->update(uuid, 3, std::nullopt));
        m_tf->clearServed();
        QVERIFY(Test::syncNow(runtime, kId, 60000).value(kFeed).ok);
        // Read again in this run, once for its two bookings, and stored.
        QCOMPARE(m_tf->served().count(QStringLiteral("/manager/v1/customers/") + regular), 1);
        const QHash<QString, Booking> book = Test::bookingsOf(kId);
        for (const QString& uuid : bookings) {
            QCOMPARE(book[uuid].partySize, 3);
            QCOMPARE(book[uuid].guestPhone, QStringLiteral("+33699887766"));
        }
        QCOMPARE(Test::scalar(QStringLiteral("SELECT phone FROM reservation_guest WHERE channel = '%1' AND "
                                             "external_id = '%2'")
                                  .arg(kId, regular))
                     .toString(),
                 QStringLiteral("+33699887766"));
        checkBookMatchesSandbox();
    }

    void webhookIsAnsweredAtOnceThenTheBookingFetched()
    {
        {
            const std::unique_ptr<QSettings> settings = AppPaths::settings();
            settings->setValue(QStringLiteral("webhooks/enabled"), true);
            settings->setValue(QStringLiteral("webhooks/port"), 0);
        }
        ConnectorRuntime runtime(m_credentials.get());
        runtime.reload();
        QVERIFY2(runtime.webhooks()->isListening(), qPrintable(runtime.webhookError()));
        QVERIFY(Test::syncNow(runtime, kId, 60000).value(kFeed).ok);
        const QStringList before = Test::snapshotOf(kId);

        const QDateTime friday(QDate::currentDate().addDays(2), QTime(19, 30), QTimeZone("Europe/Paris"));
        const QString added = m_tf->addReservation(friday, 3, QStringLiteral("Margaux"),
                                                   QStringLiteral("Perrin"), QStringLiteral("+33655443322"));
        const QJsonObject event{{QStringLiteral("entityType"), QStringLiteral("reservation")},
                                {QStringLiteral("eventType"), QStringLiteral("reservationCreated")},
                                {QStringLiteral("uuid"), added},
                                {QStringLiteral("restaurantUuid"), SandboxTheFork::restaurantUuid()}};
        // A wrong or missing token is refused before anything runs.
        QCOMPARE(deliver(runtime, event, QByteArrayLiteral("not-the-token")).status, 401);
        QCOMPARE(deliver(runtime, event, QByteArray()).status, 401);
        QCOMPARE(Test::snapshotOf(kId), before);

        QSignalSpy finished(&runtime, &ConnectorRuntime::feedFinished);
        const Reply reply = deliver(runtime, event, m_token);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, (QJsonObject{{QStringLiteral("data"), QJsonObject()}}));
        QVERIFY(QTest::qWaitFor([&] { return Test::bookingsOf(kId).contains(added); }, 30000));
        QCOMPARE(Test::bookingsOf(kId)[added].guestName, QStringLiteral("Margaux Perrin"));

        // TheFork delivers again (its timeout): the same booking, nothing doubled.
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 30000));
        const Reply again = deliver(runtime, event, m_token);
        QCOMPARE(again.status, 200);
        QVERIFY(QTest::qWaitFor([&] { return finished.size() >= 2; }, 30000));
        const qint64 id = Test::bookingsOf(kId)[added].id;
        QCOMPARE(Test::historyOf(id).size(), 1);
        QCOMPARE(
            Test::scalar(QStringLiteral("SELECT count(*) FROM reservation_booking WHERE external_id = ?"),
                         {added})
                .toInt(),
            1);

        // Not TheFork's body, or another restaurant: a clear 4xx, nothing run.
        const Reply malformed =
            deliver(runtime, QJsonObject{{QStringLiteral("eventType"), QStringLiteral("x")}}, m_token);
        QCOMPARE(malformed.status, 422);
        QVERIFY(
            malformed.body.value(QStringLiteral("message")).toString().contains(QStringLiteral("eventType")));
        QJsonObject elsewhere = event;
        elsewhere.insert(QStringLiteral("restaurantUuid"),
                         QStringLiteral("00000000-0000-4000-8000-000000000000"));
        QCOMPARE(deliver(runtime, elsewhere, m_token).status, 422);
    }

    // A guest changes at TheFork without any booking change (their phone,
    // an allergy): TheFork's webhook says customerUpdated, the connector
    // fetches that customer and every booking of the guest shows it. A
    // redelivery fetches it again and changes nothing; a customer TheFork
    // no longer knows is forgotten after one try.
    void aCustomerChangedAtTheForkReachesTheirBookings()
    {
        m_tf->setDays(1, 2); // a small restaurant: each run reads a few bookings
        {
            const std::unique_ptr<QSettings> settings = AppPaths::settings();
            settings->setValue(QStringLiteral("webhooks/enabled"), true);
            settings->setValue(QStringLiteral("webhooks/port"), 0);
        }
        // A regular: two coming bookings of one guest.
        const QTimeZone paris("Europe/Paris");
        const QString first = m_tf->addReservation(
            QDateTime(QDate::currentDate().addDays(1), QTime(12, 30), paris), 2, QStringLiteral("Aurélie"),
            QStringLiteral("Vasseur"), QStringLiteral("+33612121212"));
        const QString regular = m_tf->reservation(first)->customerUuid;
        const QString second = m_tf->addReservationFor(
            regular, QDateTime(QDate::currentDate().addDays(2), QTime(20, 0), paris), 4);
        QVERIFY(!second.isEmpty());
        const QStringList bookings{first, second};
        ConnectorRuntime runtime(m_credentials.get());
        runtime.reload();
        QVERIFY2(runtime.webhooks()->isListening(), qPrintable(runtime.webhookError()));
        QVERIFY(Test::syncNow(runtime, kId, 60000).value(kFeed).ok);
        QUrl hook(QStringLiteral("http://127.0.0.1/webhooks/thefork"));
        hook.setPort(runtime.webhooks()->serverPort());
        hook.setQuery(QStringLiteral("token=") + QString::fromLatin1(m_token));
        m_tf->setWebhookUrl(hook);

        const QHash<QString, Booking> before = Test::bookingsOf(kId);
        const QString oldPhone = m_tf->customer(regular)->phone;
        QVERIFY(oldPhone != QStringLiteral("+33677665544"));
        for (const QString& uuid : bookings) {
            QCOMPARE(before[uuid].guestPhone, oldPhone);
            QVERIFY(!before[uuid].allergies.contains(QStringLiteral("moutarde")));
        }

        QSignalSpy finished(&runtime, &ConnectorRuntime::feedFinished);
        QSignalSpy answered(m_tf, &SandboxTheFork::webhookAnswered);
        m_tf->clearServed();
        QVERIFY(m_tf->updateCustomer(regular, [](SandboxTheFork::Customer& c) {
            c.phone = QStringLiteral("+33677665544");
            c.allergies.append(QStringLiteral("moutarde"));
        }));
        QVERIFY(QTest::qWaitFor([&] { return !answered.isEmpty(); }, 10000));
        QCOMPARE(answered.first().at(2).toInt(), 200);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return Test::bookingsOf(kId)[bookings.first()].guestPhone == QStringLiteral("+33677665544");
            },
            30000));
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 30000));
        QVERIFY(finished.last().at(0).value<FeedRunSummary>().ok);
        QCOMPARE(m_tf->served().count(QStringLiteral("/manager/v1/customers/") + regular), 1);

        // Every booking of that guest, and only the guest's details: the
        // bookings themselves are as TheFork has them (same version).
        const QHash<QString, Booking> after = Test::bookingsOf(kId);
        for (const QString& uuid : bookings) {
            QCOMPARE(after[uuid].guestPhone, QStringLiteral("+33677665544"));
            QVERIFY2(after[uuid].allergies.contains(QStringLiteral("moutarde")),
                     qPrintable(after[uuid].allergies));
            QCOMPARE(after[uuid].version, before[uuid].version);
            QCOMPARE(after[uuid].partySize, before[uuid].partySize);
        }
        QCOMPARE(Test::scalar(QStringLiteral("SELECT phone FROM reservation_guest WHERE channel = ? AND "
                                             "external_id = ?"),
                              {kId, regular})
                     .toString(),
                 QStringLiteral("+33677665544"));
        checkBookMatchesSandbox();

        // TheFork delivers again: the customer is read again, nothing changes.
        const QStringList snapshot = Test::snapshotOf(kId);
        const QString stamps =
            Test::scalar(QStringLiteral("SELECT group_concat(updated_at) FROM (SELECT updated_at FROM "
                                        "reservation_booking WHERE channel = ? ORDER BY id)"),
                         {kId})
                .toString();
        QHash<QString, int> histories;
        for (const QString& uuid : bookings)
            histories.insert(uuid, int(Test::historyOf(after[uuid].id).size()));
        const qsizetype runs = finished.size();
        QVERIFY(m_tf->sendWebhook(QStringLiteral("customer"), QStringLiteral("customerUpdated"), regular));
        QVERIFY(QTest::qWaitFor([&] { return answered.size() >= 2; }, 10000));
        QCOMPARE(answered.at(1).at(2).toInt(), 200);
        QVERIFY(QTest::qWaitFor([&] { return finished.size() > runs; }, 30000));
        QVERIFY(finished.last().at(0).value<FeedRunSummary>().ok);
        QCOMPARE(m_tf->served().count(QStringLiteral("/manager/v1/customers/") + regular), 2);
        QCOMPARE(Test::snapshotOf(kId), snapshot);
        QCOMPARE(Test::scalar(QStringLiteral("SELECT group_concat(updated_at) FROM (SELECT updated_at FROM "
                                             "reservation_booking WHERE channel = ? ORDER BY id)"),
                              {kId})
                     .toString(),
                 stamps);
        for (const QString& uuid : bookings)
            QCOMPARE(int(Test::historyOf(after[uuid].id).size()), histories.value(uuid));

        // A customer TheFork does not know (404): the run goes on, and the
        // next one does not ask again.
        const QString unknown = QStringLiteral("0f0f0f0f-1111-4222-8333-444455556666");
        const qsizetype runsBefore = finished.size();
        QVERIFY(m_tf->sendWebhook(QStringLiteral("customer"), QStringLiteral("customerCreated"), unknown));
        QVERIFY(QTest::qWaitFor([&] { return finished.size() > runsBefore; }, 30000));
        QVERIFY(finished.last().at(0).value<FeedRunSummary>().ok);
        QCOMPARE(m_tf->served().count(QStringLiteral("/manager/v1/customers/") + unknown), 1);
        QVERIFY(Test::syncNow(runtime, kId, 60000).value(kFeed).ok);
        QCOMPARE(m_tf->served().count(QStringLiteral("/manager/v1/customers/") + unknown), 1);
        QCOMPARE(Test::snapshotOf(kId), snapshot);
        m_tf->setWebhookUrl(QUrl());
    }

    // The host closes tonight's dinner, then opens it again: TheFork's
    // online slots of that service are closed, then opened, in that order,
    // through the outbox (a provider down at first gets it later).
    void availabilityIsPushedToTheFork()
    {
        ConnectorRuntime runtime(m_credentials.get());
        runtime.reload();
        runtime.start();
        QCOMPARE(AvailabilityPush::targets(runtime), QStringList{kId});
        const int before = int(m_tf->overrides().size());
        const QDate day = QDate::currentDate().addDays(1);
        m_tf->failNext(503, 1);
        QCOMPARE(AvailabilityPush::push(runtime, {day, 1, QStringLiteral("full")}), QStringList{kId});
        QCOMPARE(AvailabilityPush::push(runtime, {day, 1, QStringLiteral("open")}), QStringList{kId});
        QTRY_COMPARE_WITH_TIMEOUT(int(m_tf->overrides().size()), before + 2, 30000);
        const SandboxTheFork::Override closed = m_tf->overrides().at(before);
        QCOMPARE(closed.date, day.toString(Qt::ISODate));
        QCOMPARE(closed.startTime, QStringLiteral("16:00"));
        QCOMPARE(closed.endTime, QStringLiteral("23:45"));
        QVERIFY(!closed.isOpen);
        QVERIFY(m_tf->overrides().at(before + 1).isOpen);
        // The lunch range for a lunch.
        QCOMPARE(AvailabilityPush::push(runtime, {day, 0, QStringLiteral("closed")}), QStringList{kId});
        QTRY_COMPARE_WITH_TIMEOUT(int(m_tf->overrides().size()), before + 3, 30000);
        QCOMPARE(m_tf->overrides().last().startTime, QStringLiteral("11:00"));
        QVERIFY(!m_tf->overrides().last().isOpen);
    }

    void aFailingProviderKeepsTheBookAndTheCursor()
    {
        ConnectorRuntime runtime(m_credentials.get());
        runtime.reload();
        QVERIFY(Test::syncNow(runtime, kId, 60000).value(kFeed).ok);
        const QStringList before = Test::snapshotOf(kId);
        const QString cursor = Test::cursorOf(kId, kFeed);
        QVERIFY(m_tf->update(coming(8).uuid, 9, std::nullopt));

        m_tf->failNext(503, 40); // more than the retries
        const FeedRunSummary failed = Test::syncNow(runtime, kId, 60000).value(kFeed);
        QVERIFY(!failed.ok);
        QVERIFY2(failed.error.contains(QStringLiteral("503")) ||
                     failed.error.contains(QStringLiteral("Unavailable")),
                 qPrintable(failed.error));
        QCOMPARE(Test::snapshotOf(kId), before);
        QCOMPARE(Test::cursorOf(kId, kFeed), cursor);

        m_tf->clearFailures();
        // Back: the change lands.
        QTRY_VERIFY_WITH_TIMEOUT(Test::syncNow(runtime, kId, 60000).value(kFeed).ok, 60000);
        checkBookMatchesSandbox();
    }
};

QTEST_GUILESS_MAIN(TestTheForkSync)
#include "tst_theforksync.moc"
