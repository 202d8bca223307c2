// The Resy poller as the application runs it: registered by the reservations
// area, configured in the settings with its API key in the keychain (sent as
// `Authorization: ResyAPI api_key="…"`), run by ConnectorRuntime over real
// HTTP against the sandbox's Resy emulation. Every expectation is read from
// the sandbox's own data.

#include "common/core/credentialstore.h"
#include "common/net/httpclient.h"
#include "common/runtime/connectormodule.h"
#include "httpsupport.h"
#include "keychainsupport.h"
#include "reservation/connectors/reservationconnectors.h"
#include "reservation/connectors/resy/sandboxresy.h"
#include "reservationtestsupport.h"
#include "sandbox/core/sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace Moulin;

namespace {

const QString kId = QStringLiteral("resy");
const QString kReservations = QStringLiteral("reservations");

BookingStatus expectedStatus(const QString& status)
{
    static const QHash<QString, BookingStatus> map{
        {QStringLiteral("booked"), BookingStatus::Confirmed},
        {QStringLiteral("seated"), BookingStatus::Seated},
        {QStringLiteral("finished"), BookingStatus::Left},
        {QStringLiteral("cancelled"), BookingStatus::Cancelled},
        {QStringLiteral("no_show"), BookingStatus::NoShow},
    };
    if (!map.contains(status))
        Test::fail(QStringLiteral("the sandbox serves a status the test does not know: %1").arg(status));
    return map.value(status);
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

class TestResySync : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    SandboxResy* m_resy = nullptr;
    std::unique_ptr<CredentialStore> m_credentials;
    const QByteArray m_key = Test::testSecret(QStringLiteral("resy-api-key"));
    // Saturday 15 June 2024, 11:00 in Paris.
    const qint64 m_nowMs = QDateTime(QDate(2024, 6, 15), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();

    ConnectorConfig config() const
    {
        ConnectorConfig c;
        c.typeKey = QStringLiteral("reservation_type");
        c.typeName = QStringLiteral("Resy");
        c.connectorId = kId;
        c.apiUrl = m_server->baseUrl();
        c.storeId = SandboxResy::venueId();
        c.authMethod = QStringLiteral("api_key");
        c.clientId = QStringLiteral("le-vieux-moulin");
        c.retryAttempts = 1;
        c.feeds = {{kReservations, true, 5}};
        return c;
    }

    SandboxResy::Reservation coming(const QSet<QString>& skip = {}) const
    {
        for (const SandboxResy::Reservation& r : m_resy->reservations()) {
            if (r.status == QLatin1String("booked") && r.startsMs > m_nowMs + 24 * 3600 * 1000LL &&
                !skip.contains(r.id))
                return r;
        }
        Test::fail(QStringLiteral("the sandbox has no coming booking"));
        return {};
    }

    void checkBookMatchesSandbox()
    {
        const QHash<QString, Booking> book = Test::bookingsOf(kId);
        const QList<SandboxResy::Reservation> expected = m_resy->reservations();
        QCOMPARE(book.size(), expected.size());
        for (const SandboxResy::Reservation& r : expected) {
            QVERIFY2(book.contains(r.id), qPrintable(r.id));
            const Booking& b = book[r.id];
            QCOMPARE(b.startsAt, utc(r.startsMs));
            QCOMPARE(b.partySize, r.seats);
            QCOMPARE(b.status, expectedStatus(r.status));
            QCOMPARE(b.version, r.version);
            QCOMPARE(b.bookedAt, utc(r.bookedMs));
            QCOMPARE(b.guestName, QStringLiteral("%1 %2").arg(r.firstName, r.lastName));
            QCOMPARE(b.guestPhone, r.phone);
            QCOMPARE(b.specialRequests, r.specialRequest);
            for (const QString& allergy : r.allergies)
                QVERIFY2(b.allergies.contains(allergy), qPrintable(b.allergies));
        }
    }

    /// POST to one of the sandbox's hooks.
    HttpResponse hook(const QString& path, const QJsonObject& body = {})
    {
        HttpClient http;
        QUrl url = m_server->baseUrl();
        url.setPath(path);
        HttpRequest r;
        r.method = "POST";
        r.url = url;
        r.headers = {{"Content-Type", "application/json"}};
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        return Test::sendAndWait(http, r);
    }

private Q_SLOTS:
    void initTestCase()
    {
        registerReservationConnectors();
        QVERIFY(ConnectorModules::isImplemented(kId));
        QVERIFY(SandboxServer::emulations().contains(kId));
        m_server = std::make_unique<SandboxServer>(31);
        QVERIFY(m_server->findChild<SandboxResy*>());
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_resy = SandboxResy::of(m_server.get());
        m_resy->addApiKey(m_key);
        m_credentials = std::make_unique<CredentialStore>();
    }

    void init()
    {
        QVERIFY(Test::freshReservationData(QStringLiteral("resy-sync")));
        m_resy->setClock([this] { return m_nowMs; });
        m_resy->setDays(14, 14);
        m_resy->setMaxPageSize(25);
        m_resy->setRateLimit(0);
        m_resy->clearFailures();
        m_resy->clearServed();
        const CredentialStore::Outcome saved = Test::saveSecret(*m_credentials, kId, m_key);
        QVERIFY2(saved.ok(), qPrintable(saved.message));
        QVERIFY(ConnectorSettings::save(config()));
    }

    void cleanup() { Database::closeConnection(); }

    void cleanupTestCase() { m_server.reset(); }

    void fullSyncWithTheApiKey()
    {
        ConnectorRuntime runtime(m_credentials.get());
        runtime.reload();
        QCOMPARE(runtime.connectors(), QStringList{kId});
        const int refusedBefore = m_resy->refusedRequests();
        const FeedRunSummary run = Test::syncNow(runtime, kId).value(kReservations);
        QVERIFY2(run.ok, qPrintable(run.error));
        QCOMPARE(m_resy->refusedRequests(), refusedBefore); // the key went in Resy's header

        // Pages of 25 (the connector asks for 50), from offset 0 without
        // updated_after.
        const QList<SandboxResy::Served> pages = m_resy->served();
        const qsizetype total = m_resy->reservations().size();
        QVERIFY2(pages.size() >= total / 25 + 1, qPrintable(QString::number(pages.size())));
        QCOMPARE(pages.first().query.queryItemValue(QStringLiteral("offset")), QStringLiteral("0"));
        for (const SandboxResy::Served& p : pages) {
            QCOMPARE(p.query.queryItemValue(QStringLiteral("venue_id")), SandboxResy::venueId());
            QCOMPARE(p.query.queryItemValue(QStringLiteral("limit")), QStringLiteral("50"));
            QVERIFY(!p.query.hasQueryItem(QStringLiteral("updated_after")));
        }
        checkBookMatchesSandbox();
        int cancelled = 0;
        for (const Booking& b : Test::bookingsOf(kId))
            cancelled += b.status == BookingStatus::Cancelled ? 1 : 0;
        QVERIFY(cancelled > 0);
        QCOMPARE(Test::scalar(QStringLiteral("SELECT count(*) FROM quarantine")).toInt(), 0);
    }

    void thePollerPicksUpANewBookingAndACancellation()
    {
        ConnectorRuntime runtime(m_credentials.get());
        runtime.reload();
        QVERIFY(Test::syncNow(runtime, kId).value(kReservations).ok);
        const qsizetype before = Test::bookingsOf(kId).size();
        qint64 last = 0;
        for (const SandboxResy::Reservation& r : m_resy->reservations())
            last = std::max(last, r.updatedMs);

        // On Resy: a new booking for tonight, and a coming one cancelled.
        const QDateTime tonight(QDate(2024, 6, 15), QTime(20, 30), QTimeZone("Europe/Paris"));
        const HttpResponse added =
            hook(QStringLiteral("/_sandbox/resy/reservations"),
                 {{QStringLiteral("starts_at_utc"), tonight.toUTC().toString(Qt::ISODate)},
                  {QStringLiteral("num_seats"), 6},
                  {QStringLiteral("first_name"), QStringLiteral("Noémie")},
                  {QStringLiteral("last_name"), QStringLiteral("Lefèvre")},
                  {QStringLiteral("phone"), QStringLiteral("+33698765432")}});
        QCOMPARE(added.status, 201);
        const QString addedId = added.json().object().value(QStringLiteral("reservation_id")).toString();
        QVERIFY(!addedId.isEmpty());
        const SandboxResy::Reservation dropped = coming();
        QCOMPARE(hook(QStringLiteral("/_sandbox/resy/reservations/%1/cancel").arg(dropped.id)).status, 200);
        m_resy->clearServed();

        const FeedRunSummary run = Test::syncNow(runtime, kId).value(kReservations);
        QVERIFY2(run.ok, qPrintable(run.error));
        // One request from where the last run ended, with the two changes.
        QCOMPARE(m_resy->served().size(), 1);
        const SandboxResy::Served page = m_resy->served().first();
        QCOMPARE(QDateTime::fromString(
                     page.query.queryItemValue(QStringLiteral("updated_after"), QUrl::FullyDecoded),
                     Qt::ISODateWithMs),
                 utc(last));
        QCOMPARE(page.items, 2);
        QCOMPARE(run.records, 2);

        const QHash<QString, Booking> book = Test::bookingsOf(kId);
        QCOMPARE(book.size(), before + 1);
        QCOMPARE(book[addedId].guestName, QStringLiteral("Noémie Lefèvre"));
        QCOMPARE(book[addedId].partySize, 6);
        QCOMPARE(book[addedId].localTime, QStringLiteral("20:30"));
        QCOMPARE(book[addedId].service, 1);
        QCOMPARE(book[dropped.id].status, BookingStatus::Cancelled);
        const BookingHistoryEntry last2 = Test::historyOf(book[dropped.id].id).last();
        QCOMPARE(last2.kind, QStringLiteral("cancelled"));
        QCOMPARE(last2.actor, kId);
        checkBookMatchesSandbox();
    }

    void providerErrorsAreClearAndLoseNothing_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QStringList>("said");
        QTest::newRow("401 key refused")
            << 401 << QStringList{QStringLiteral("Resy"), QStringLiteral("API key")};
        QTest::newRow("429 rate limited") << 429 << QStringList{QStringLiteral("wait")};
        QTest::newRow("500 server error")
            << 500 << QStringList{QStringLiteral("500"), QStringLiteral("Internal server error")};
    }

    void providerErrorsAreClearAndLoseNothing()
    {
        QFETCH(int, status);
        QFETCH(QStringList, said);
        auto runtime = std::make_unique<ConnectorRuntime>(m_credentials.get());
        runtime->reload();
        QVERIFY(Test::syncNow(*runtime, kId).value(kReservations).ok);
        const QStringList before = Test::snapshotOf(kId);
        QVERIFY(before.size() > 20);
        const QString cursor = Test::cursorOf(kId, kReservations);
        QVERIFY(!cursor.isEmpty());
        const SandboxResy::Reservation r = coming();
        QVERIFY(m_resy->changeSeats(r.id, r.seats == 12 ? 11 : r.seats + 1));

        switch (status) {
        case 401: {
            // The key in the keychain is not (or no longer) Resy's.
            const CredentialStore::Outcome wrong =
                Test::saveSecret(*m_credentials, kId, Test::testSecret(QStringLiteral("not-resy")));
            QVERIFY(wrong.ok());
            runtime = std::make_unique<ConnectorRuntime>(m_credentials.get());
            runtime->reload();
            break;
        }
        case 429:
            m_resy->setRateLimit(1, 120);
            {
                HttpClient http;
                QUrl url = m_server->baseUrl();
                url.setPath(QStringLiteral("/partner/v1/reservations"));
                QCOMPARE(Test::sendAndWait(http, HttpRequest::getJson(url)).status, 401); // counted
            }
            break;
        default:
            m_resy->failNext(status, 2); // the first attempt and its retry
            break;
        }
        const int refusedBefore = m_resy->refusedRequests();
        const FeedRunSummary run = Test::syncNow(*runtime, kId).value(kReservations);
        QVERIFY(!run.ok);
        for (const QString& words : said)
            QVERIFY2(run.error.contains(words, Qt::CaseInsensitive), qPrintable(run.error));
        QVERIFY(!run.error.contains(QString::fromLatin1(m_key)));
        if (status == 401)
            QVERIFY(m_resy->refusedRequests() > refusedBefore);
        QCOMPARE(Test::snapshotOf(kId), before);
        QCOMPARE(Test::cursorOf(kId, kReservations), cursor);

        // Fixed: the change comes in.
        QVERIFY(Test::saveSecret(*m_credentials, kId, m_key).ok());
        m_resy->setRateLimit(0);
        m_resy->clearFailures();
        runtime = std::make_unique<ConnectorRuntime>(m_credentials.get());
        runtime->reload();
        const FeedRunSummary again = Test::syncNow(*runtime, kId).value(kReservations);
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.records, 1);
        checkBookMatchesSandbox();
    }
};

QTEST_GUILESS_MAIN(TestResySync)
#include "tst_resysync.moc"
