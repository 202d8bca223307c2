// The OpenTable connector as the application runs it: registered by the
// reservations area, configured in the settings with its client secret in the
// keychain, its token from the sandbox's OAuth server (client credentials,
// HTTP Basic), its two sync feeds run by ConnectorRuntime over real HTTP
// against the sandbox's OpenTable emulation. Every expectation is read from
// the sandbox's own data, never written down here.

#include "common/core/credentialstore.h"
#include "common/net/httpclient.h"
#include "common/runtime/connectormodule.h"
#include "httpsupport.h"
#include "keychainsupport.h"
#include "reservation/connectors/opentable/sandboxopentable.h"
#include "reservation/connectors/reservationconnectors.h"
#include "reservation/connectors/syncpages.h"
#include "reservationtestsupport.h"
#include "sandbox/core/sandboxoauth.h"
#include "sandbox/core/sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <numeric>
#include <tuple>

using namespace Moulin;

namespace {

const QString kId = QStringLiteral("opentable");
const QString kReservations = QStringLiteral("reservations");
const QString kGuests = QStringLiteral("guests");
const QString kClient = QStringLiteral("moulin-ot-test");
const QString kReservationsPath = QStringLiteral("/sync/v2/reservations");
const QString kGuestsPath = QStringLiteral("/sync/v2/guests");

/// OpenTable's states as the host reads them.
BookingStatus expectedStatus(const QString& state)
{
    static const QHash<QString, BookingStatus> map{
        {QStringLiteral("Pending"), BookingStatus::Requested},
        {QStringLiteral("Confirmed"), BookingStatus::Confirmed},
        {QStringLiteral("Seated"), BookingStatus::Seated},
        {QStringLiteral("Done"), BookingStatus::Left},
        {QStringLiteral("Cancelled"), BookingStatus::Cancelled},
        {QStringLiteral("NoShow"), BookingStatus::NoShow},
    };
    if (!map.contains(state))
        Test::fail(QStringLiteral("the sandbox serves a state the test does not know: %1").arg(state));
    return map.value(state);
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QDateTime updatedAfter(const SandboxOpenTable::Served& s)
{
    return QDateTime::fromString(s.query.queryItemValue(QStringLiteral("updated_after"), QUrl::FullyDecoded),
                                 Qt::ISODateWithMs);
}

QList<SandboxOpenTable::Served> servedOn(const SandboxOpenTable& ot, const QString& path)
{
    QList<SandboxOpenTable::Served> out;
    for (const SandboxOpenTable::Served& s : ot.served()) {
        if (s.path == path)
            out.append(s);
    }
    return out;
}

} // namespace

class TestOpenTableSync : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    SandboxOpenTable* m_ot = nullptr;
    SandboxOAuth* m_oauth = nullptr;
    std::unique_ptr<CredentialStore> m_credentials;
    const QByteArray m_secret = Test::testSecret(QStringLiteral("opentable-client"));
    // Friday 14 June 2024, 18:30 in Paris: lunch is over, dinner about to start.
    const qint64 m_nowMs = QDateTime(QDate(2024, 6, 14), QTime(16, 30), Qt::UTC).toMSecsSinceEpoch();

    SandboxOAuth::Client client(const QByteArray& secret) const
    {
        SandboxOAuth::Client c;
        c.clientId = kClient;
        c.secret = secret;
        c.accessTokenLifetimeSecs = 28 * 24 * 3600; // OpenTable's tokens last about 28 days
        return c;
    }

    ConnectorConfig config(bool guests = true) const
    {
        ConnectorConfig c;
        c.typeKey = QStringLiteral("reservation_type");
        c.typeName = QStringLiteral("OpenTable");
        c.connectorId = kId;
        c.apiUrl = m_server->baseUrl();
        c.storeId = SandboxOpenTable::restaurantId();
        c.authMethod = QStringLiteral("oauth2");
        c.clientId = kClient;
        c.retryAttempts = 1;
        c.feeds = {{kReservations, true, 5}, {kGuests, guests, 5}};
        return c;
    }

    /// A coming booking (after today's dinner) that is confirmed and holds
    /// at most `maxParty`; `skip` lists ids already taken.
    SandboxOpenTable::Reservation coming(int maxParty = 12, const QSet<QString>& skip = {}) const
    {
        for (const SandboxOpenTable::Reservation& r : m_ot->reservations()) {
            if (r.state == QLatin1String("Confirmed") && r.scheduledMs > m_nowMs + 24 * 3600 * 1000LL &&
                r.partySize <= maxParty && !skip.contains(r.id))
                return r;
        }
        Test::fail(QStringLiteral("the sandbox has no coming confirmed booking"));
        return {};
    }

    /// The book holds exactly what the sandbox serves now.
    void checkBookMatchesSandbox(bool withGuests = true)
    {
        const QHash<QString, Booking> book = Test::bookingsOf(kId);
        const QList<SandboxOpenTable::Reservation> expected = m_ot->reservations();
        QCOMPARE(book.size(), expected.size());
        for (const SandboxOpenTable::Reservation& r : expected) {
            QVERIFY2(book.contains(r.id), qPrintable(r.id));
            const Booking& b = book[r.id];
            QCOMPARE(b.channel, kId);
            QCOMPARE(b.startsAt, utc(r.scheduledMs));
            QCOMPARE(b.partySize, r.partySize);
            QCOMPARE(b.status, expectedStatus(r.state));
            QCOMPARE(b.version, r.sequence);
            QCOMPARE(b.bookedAt, utc(r.createdMs));
            if (!withGuests)
                continue;
            const std::optional<SandboxOpenTable::Guest> g = m_ot->guest(r.guestId);
            QVERIFY(g);
            QCOMPARE(b.guestName, QStringLiteral("%1 %2").arg(g->firstName, g->lastName));
            QCOMPARE(b.guestPhone, g->phone);
            for (const QString& allergy : g->allergies)
                QVERIFY2(b.allergies.contains(allergy), qPrintable(b.allergies));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The area's registration brings the module and its emulation: a
        // server built afterwards serves OpenTable's paths.
        registerReservationConnectors();
        QVERIFY(ConnectorModules::isImplemented(kId));
        QVERIFY(SandboxServer::emulations().contains(kId));
        m_server = std::make_unique<SandboxServer>(23);
        QVERIFY(m_server->findChild<SandboxOpenTable*>());
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_ot = SandboxOpenTable::of(m_server.get());
        m_oauth = SandboxOAuth::of(m_server.get());
        m_oauth->setTokenPrefix(Test::kSecretMarker);
        m_credentials = std::make_unique<CredentialStore>();
    }

    void init()
    {
        QVERIFY(Test::freshReservationData(QStringLiteral("opentable-sync")));
        // The same restaurant every time: two weeks around the clock's day.
        m_ot->setClock([this] { return m_nowMs; });
        m_ot->setDays(7, 7);
        m_ot->setMaxPageSize(40);
        m_ot->setRateLimit(0);
        m_ot->clearFailures();
        m_ot->clearDefects();
        m_ot->clearServed();
        m_ot->setRequireAuthorization(true);
        m_oauth->setClient(client(m_secret));
        m_oauth->clearHistory();
        m_server->clearFaults();
        // No token left by an earlier test: each one starts signed out.
        for (const QString& key : {QStringLiteral("oauth_tokens"), QStringLiteral("oauth_tokens.next")})
            QVERIFY(Test::removeEntry(*m_credentials, kId, key).ok());
        const CredentialStore::Outcome saved = Test::saveSecret(*m_credentials, kId, m_secret);
        QVERIFY2(saved.ok(), qPrintable(saved.message));
        QVERIFY(ConnectorSettings::save(config()));
    }

    void cleanup() { Database::closeConnection(); }

    void cleanupTestCase() { m_server.reset(); }

    void fullSyncLandsEveryBookingWithItsGuest()
    {
        ConnectorRuntime runtime(m_credentials.get());
        runtime.reload();
        QCOMPARE(runtime.connectors(), QStringList{kId});
        QVERIFY(runtime.unimplemented().isEmpty());

        const QHash<QString, FeedRunSummary> runs = Test::syncNow(runtime, kId);
        QVERIFY2(runs.value(kReservations).ok, qPrintable(runs.value(kReservations).error));
        QVERIFY2(runs.value(kGuests).ok, qPrintable(runs.value(kGuests).error));

        // One token, by client credentials with HTTP Basic on OpenTable's
        // token path, grant_type in the query.
        QCOMPARE(m_oauth->tokensIssued(QStringLiteral("client_credentials")), 1);
        for (const SandboxOAuth::TokenRequest& t : m_oauth->tokenRequests()) {
            QCOMPARE(t.path, QStringLiteral("/api/v2/oauth/token"));
            QCOMPARE(t.clientAuth, SandboxOAuth::ClientAuth::Basic);
            QVERIFY(t.grantTypeInQuery);
            QCOMPARE(t.clientId, kClient);
        }

        // Several pages: the connector asks for 100, the sandbox serves 40 at
        // most, and the connector walks the offsets to the end.
        const QList<SandboxOpenTable::Reservation> expected = m_ot->reservations();
        const QList<SandboxOpenTable::Served> pages = servedOn(*m_ot, kReservationsPath);
        QVERIFY2(pages.size() >= expected.size() / 40 + 1, qPrintable(QString::number(pages.size())));
        qint64 lastOffset = -1;
        for (const SandboxOpenTable::Served& p : pages) {
            QCOMPARE(p.query.queryItemValue(QStringLiteral("rid")), SandboxOpenTable::restaurantId());
            QCOMPARE(p.query.queryItemValue(QStringLiteral("limit")), QStringLiteral("100"));
            QVERIFY(!p.query.hasQueryItem(QStringLiteral("updated_after"))); // the first run reads everything
            const qint64 offset = p.query.queryItemValue(QStringLiteral("offset")).toLongLong();
            QVERIFY(offset > lastOffset);
            lastOffset = offset;
        }
        QCOMPARE(runs.value(kReservations).records,
                 std::accumulate(pages.begin(), pages.end(), qint64(0),
                                 [](qint64 n, const SandboxOpenTable::Served& p) { return n + p.items; }));
        QVERIFY(servedOn(*m_ot, kGuestsPath).size() >= 2);

        checkBookMatchesSandbox();
        // Lunch and dinner, cancellations among them, and nothing held back.
        const QHash<QString, Booking> book = Test::bookingsOf(kId);
        QSet<int> services;
        int cancelled = 0;
        for (const Booking& b : book) {
            services.insert(b.service);
            cancelled += b.status == BookingStatus::Cancelled ? 1 : 0;
        }
        QCOMPARE(services, QSet<int>({0, 1}));
        QVERIFY(cancelled > 0);
        QCOMPARE(Test::scalar(QStringLiteral("SELECT count(*) FROM quarantine")).toInt(), 0);
    }

    void aSecondSyncOnlyFetchesTheChanges()
    {
        ConnectorRuntime runtime(m_credentials.get());
        runtime.reload();
        QHash<QString, FeedRunSummary> runs = Test::syncNow(runtime, kId);
        QVERIFY(runs.value(kReservations).ok && runs.value(kGuests).ok);
        const qint64 before = Test::bookingsOf(kId).size();
        qint64 lastBooking = 0;
        for (const SandboxOpenTable::Reservation& r : m_ot->reservations())
            lastBooking = std::max(lastBooking, r.updatedMs);
        qint64 lastGuest = 0;
        for (const SandboxOpenTable::Guest& g : m_ot->guests())
            lastGuest = std::max(lastGuest, g.updatedMs);

        // On OpenTable meanwhile: a party grows, one is cancelled, a new guest books.
        const SandboxOpenTable::Reservation grown = coming(10);
        const SandboxOpenTable::Reservation dropped = coming(12, {grown.id});
        SandboxOpenTable::Change bigger;
        bigger.partySize = grown.partySize + 2;
        QVERIFY(m_ot->update(grown.id, bigger));
        SandboxOpenTable::Change cancel;
        cancel.state = QStringLiteral("Cancelled");
        QVERIFY(m_ot->update(dropped.id, cancel));
        const QDateTime saturdayEvening(QDate(2024, 6, 15), QTime(20, 0), SandboxOpenTable::timeZone());
        const QString added = m_ot->addReservation(saturdayEvening, 4, QStringLiteral("Hélène"),
                                                   QStringLiteral("Garnier"), QStringLiteral("+33612345678"));
        m_ot->clearServed();

        runs = Test::syncNow(runtime, kId);
        QVERIFY2(runs.value(kReservations).ok, qPrintable(runs.value(kReservations).error));
        QVERIFY2(runs.value(kGuests).ok, qPrintable(runs.value(kGuests).error));
        // One page each, from where the first run ended, with the changes only.
        const QList<SandboxOpenTable::Served> pages = servedOn(*m_ot, kReservationsPath);
        QCOMPARE(pages.size(), 1);
        QCOMPARE(updatedAfter(pages.first()), utc(lastBooking));
        QCOMPARE(pages.first().items, 3);
        QCOMPARE(runs.value(kReservations).records, 3);
        const QList<SandboxOpenTable::Served> guestPages = servedOn(*m_ot, kGuestsPath);
        QCOMPARE(guestPages.size(), 1);
        QCOMPARE(updatedAfter(guestPages.first()), utc(lastGuest));
        QCOMPARE(guestPages.first().items, 1);

        const QHash<QString, Booking> book = Test::bookingsOf(kId);
        QCOMPARE(book.size(), before + 1);
        QCOMPARE(book[grown.id].partySize, grown.partySize + 2);
        QCOMPARE(book[grown.id].version, grown.sequence + 1);
        QCOMPARE(book[dropped.id].status, BookingStatus::Cancelled);
        QCOMPARE(book[added].guestName, QStringLiteral("Hélène Garnier"));
        QCOMPARE(book[added].guestPhone, QStringLiteral("+33612345678"));
        QCOMPARE(book[added].partySize, 4);
        QCOMPARE(book[added].localTime, QStringLiteral("20:00"));
        checkBookMatchesSandbox();

        // Nothing new: nothing fetched but an empty page each.
        m_ot->clearServed();
        runs = Test::syncNow(runtime, kId);
        QVERIFY(runs.value(kReservations).ok);
        QCOMPARE(runs.value(kReservations).records, 0);
        QCOMPARE(servedOn(*m_ot, kReservationsPath).size(), 1);
        QCOMPARE(servedOn(*m_ot, kReservationsPath).first().items, 0);
    }

    void anOlderUpdateArrivingAfterANewerOneIsIgnored()
    {
        ConnectorRuntime runtime(m_credentials.get());
        runtime.reload();
        QHash<QString, FeedRunSummary> runs = Test::syncNow(runtime, kId);
        QVERIFY(runs.value(kReservations).ok);
        const SandboxOpenTable::Reservation r = coming(8);
        const qint64 bookingId = Test::bookingsOf(kId)[r.id].id;
        const int historyBefore = int(Test::historyOf(bookingId).size());

        // Two changes in a row on OpenTable (party +1, then +2 on the same
        // booking); the older one is served after the newer one, with a later
        // update time, as a lagging replica would.
        SandboxOpenTable::Change older;
        older.partySize = r.partySize + 1;
        older.notes = QStringLiteral("Première demande");
        SandboxOpenTable::Change newer;
        newer.partySize = r.partySize + 2;
        newer.notes = QStringLiteral("Demande corrigée");
        QVERIFY(m_ot->updateOutOfOrder(r.id, older, newer));
        runs = Test::syncNow(runtime, kId);
        QVERIFY2(runs.value(kReservations).ok, qPrintable(runs.value(kReservations).error));

        // Both arrived, the newer first: by arrival order the older would win.
        const QList<qint64> served = m_ot->servedSequences(r.id);
        QVERIFY(served.size() >= 3);
        QCOMPARE(served.mid(served.size() - 2), QList<qint64>({r.sequence + 2, r.sequence + 1}));

        const Booking b = Test::bookingsOf(kId)[r.id];
        QCOMPARE(b.partySize, r.partySize + 2);
        QCOMPARE(b.version, r.sequence + 2);
        QVERIFY2(b.specialRequests.contains(QStringLiteral("Demande corrigée")),
                 qPrintable(b.specialRequests));
        QVERIFY(!b.specialRequests.contains(QStringLiteral("Première demande")));
        // The book ignores a stale record: the history has the newer change
        // only.
        const QList<BookingHistoryEntry> history = Test::historyOf(bookingId);
        QCOMPARE(history.size(), historyBefore + 1);
        QCOMPARE(history.last().changes.value(QStringLiteral("party_size")).toArray(),
                 QJsonArray({r.partySize, r.partySize + 2}));
        for (const BookingHistoryEntry& e : history)
            QVERIFY(e.changes.value(QStringLiteral("party_size")).toArray().last().toInt() !=
                    r.partySize + 1);
    }

    void aCancellationLands()
    {
        ConnectorRuntime runtime(m_credentials.get());
        runtime.reload();
        QHash<QString, FeedRunSummary> runs = Test::syncNow(runtime, kId);
        QVERIFY(runs.value(kReservations).ok);
        const SandboxOpenTable::Reservation r = coming();
        const Booking before = Test::bookingsOf(kId)[r.id];
        QSqlDatabase db = Database::connection();
        const int capacity[2] = {60, 60};
        auto covers = [&] {
            const QList<ServiceLoad> loads = BookStore().loads(db, before.day, 1, capacity);
            return loads.value(before.service).covers;
        };
        const int coversBefore = covers();

        // The guest cancels on OpenTable (the sandbox's hook, over HTTP).
        HttpClient http;
        QUrl url = m_server->baseUrl();
        url.setPath(QStringLiteral("/_sandbox/opentable/reservations/%1").arg(r.id));
        HttpRequest cancel;
        cancel.method = "POST";
        cancel.url = url;
        cancel.headers = {{"Content-Type", "application/json"}};
        cancel.body = R"({"state": "Cancelled"})";
        const HttpResponse answer = Test::sendAndWait(http, cancel);
        QVERIFY2(answer.ok, answer.body.constData());

        runs = Test::syncNow(runtime, kId);
        QVERIFY2(runs.value(kReservations).ok, qPrintable(runs.value(kReservations).error));
        const Booking after = Test::bookingsOf(kId)[r.id];
        QCOMPARE(after.status, BookingStatus::Cancelled);
        QCOMPARE(after.version, r.sequence + 1);
        QCOMPARE(covers(), coversBefore - r.partySize);
        const BookingHistoryEntry last = Test::historyOf(after.id).last();
        QCOMPARE(last.kind, QStringLiteral("cancelled"));
        QCOMPARE(last.actor, kId);
        QCOMPARE(last.changes.value(QStringLiteral("status")).toArray(),
                 QJsonArray({QStringLiteral("confirmed"), QStringLiteral("cancelled")}));
    }

    void providerErrorsAreClearAndLoseNothing_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QStringList>("said");
        QTest::newRow("401 credential withdrawn")
            << 401 << QStringList{QStringLiteral("OpenTable"), QStringLiteral("client secret")};
        QTest::newRow("429 rate limited") << 429 << QStringList{QStringLiteral("wait")};
        QTest::newRow("500 server error")
            << 500 << QStringList{QStringLiteral("500"), QStringLiteral("an unexpected error occurred")};
    }

    void providerErrorsAreClearAndLoseNothing()
    {
        QFETCH(int, status);
        QFETCH(QStringList, said);
        auto runtime = std::make_unique<ConnectorRuntime>(m_credentials.get());
        runtime->reload();
        QHash<QString, FeedRunSummary> runs = Test::syncNow(*runtime, kId);
        QVERIFY(runs.value(kReservations).ok && runs.value(kGuests).ok);
        const QStringList before = Test::snapshotOf(kId);
        QVERIFY(before.size() > 50);
        const QString cursor = Test::cursorOf(kId, kReservations);
        QVERIFY(!cursor.isEmpty());
        // A change waits on OpenTable.
        const SandboxOpenTable::Reservation r = coming(11);
        SandboxOpenTable::Change bigger;
        bigger.partySize = r.partySize + 1;
        QVERIFY(m_ot->update(r.id, bigger));

        switch (status) {
        case 401:
            // The restaurant withdrew Moulin's access: the token is revoked
            // and the secret no longer accepted.
            m_oauth->revokeAccessTokens(kClient);
            m_oauth->setClient(client(Test::testSecret(QStringLiteral("rotated"))));
            break;
        case 429: {
            // The limit is used up for two minutes (longer than Moulin waits).
            m_ot->setRateLimit(1, 120);
            HttpClient http;
            QUrl url = m_server->baseUrl();
            url.setPath(kReservationsPath);
            const HttpResponse used = Test::sendAndWait(http, HttpRequest::getJson(url));
            QCOMPARE(used.status, 401); // counted, then refused for its missing token
            break;
        }
        default:
            m_ot->failNext(status, 4); // each feed's first attempt and its retry
            break;
        }
        runs = Test::syncNow(*runtime, kId);
        for (const QString& feed : {kReservations, kGuests}) {
            const FeedRunSummary s = runs.value(feed);
            QVERIFY2(!s.ok, qPrintable(feed));
            for (const QString& words : said)
                QVERIFY2(s.error.contains(words, Qt::CaseInsensitive), qPrintable(s.error));
            QVERIFY(!s.error.contains(QString::fromLatin1(m_secret)));
        }
        // Nothing stored was lost or changed, and the feed stays where it was.
        QCOMPARE(Test::snapshotOf(kId), before);
        QCOMPARE(Test::cursorOf(kId, kReservations), cursor);

        // Fixed (the secret restored, the limit over, the server back): the
        // change comes in.
        m_oauth->setClient(client(m_secret));
        m_ot->setRateLimit(0);
        m_ot->clearFailures();
        runtime = std::make_unique<ConnectorRuntime>(m_credentials.get());
        runtime->reload();
        runs = Test::syncNow(*runtime, kId);
        QVERIFY2(runs.value(kReservations).ok, qPrintable(runs.value(kReservations).error));
        QCOMPARE(Test::bookingsOf(kId)[r.id].partySize, r.partySize + 1);
        checkBookMatchesSandbox();
    }

    void aFailedRunResumesWithoutSkippingRecordsThatMoved()
    {
        // The bookings feed alone, in pages of 20; OpenTable fails (503, and
        // again on the retry) after the third page.
        QVERIFY(ConnectorSettings::save(config(/*guests=*/false)));
        m_ot->setMaxPageSize(20);
        ConnectorRuntime runtime(m_credentials.get());
        runtime.reload();
        int pagesStored = 0;
        const QMetaObject::Connection failing =
            connect(&runtime, &ConnectorRuntime::pageStored, this, [&](const QString&, const QString& feed) {
                if (feed == kReservations && ++pagesStored == 3)
                    m_ot->failNext(503, 2);
            });
        QHash<QString, FeedRunSummary> runs = Test::syncNow(runtime, kId);
        disconnect(failing);
        QVERIFY(!runs.value(kReservations).ok);
        QVERIFY2(runs.value(kReservations).error.contains(QStringLiteral("503")),
                 qPrintable(runs.value(kReservations).error));
        const QHash<QString, Booking> partial = Test::bookingsOf(kId);
        const QList<SandboxOpenTable::Reservation> all = m_ot->reservations();
        QVERIFY2(partial.size() >= 50 && partial.size() < all.size(),
                 qPrintable(QString::number(partial.size())));
        QVERIFY(SyncPagesCursor::decode(Test::cursorOf(kId, kReservations)).offset > 0);

        // Meanwhile twelve of the bookings already read change on OpenTable:
        // they move to the end of the set, and the ones behind them move up
        // past the position where the run stopped.
        QList<SandboxOpenTable::Reservation> read;
        for (const SandboxOpenTable::Reservation& r : all) {
            if (partial.contains(r.id))
                read.append(r);
        }
        std::sort(read.begin(), read.end(), [](const auto& a, const auto& b) {
            return std::tie(a.updatedMs, a.id) < std::tie(b.updatedMs, b.id);
        });
        QVERIFY(read.size() >= 12);
        for (int i = 0; i < 12; ++i) {
            SandboxOpenTable::Change note;
            note.notes = QStringLiteral("Rappeler la veille");
            QVERIFY(m_ot->update(read.at(i).id, note));
        }
        m_ot->clearServed();
        runs = Test::syncNow(runtime, kId);
        QVERIFY2(runs.value(kReservations).ok, qPrintable(runs.value(kReservations).error));
        // Every booking is there, in its latest version.
        checkBookMatchesSandbox(/*withGuests=*/false);
        for (int i = 0; i < 12; ++i)
            QVERIFY(
                Test::bookingsOf(kId)[read.at(i).id].specialRequests.contains(QStringLiteral("Rappeler")));
        // It noticed, and read the set again from its start.
        const QList<SandboxOpenTable::Served> pages = servedOn(*m_ot, kReservationsPath);
        QVERIFY(pages.first().query.queryItemValue(QStringLiteral("offset")).toInt() > 0);
        QVERIFY(std::any_of(pages.begin() + 1, pages.end(), [](const SandboxOpenTable::Served& p) {
            return p.query.queryItemValue(QStringLiteral("offset")) == QLatin1String("0");
        }));
    }

    void unusableRecordsAreQuarantinedAndTheRestLands()
    {
        const SandboxOpenTable::Reservation broken = coming();
        const SandboxOpenTable::Reservation undated = coming(12, {broken.id});
        QVERIFY(m_ot->setDefect(broken.id, SandboxOpenTable::Defect::BadPartySize));
        QVERIFY(m_ot->setDefect(undated.id, SandboxOpenTable::Defect::BadTime));
        ConnectorRuntime runtime(m_credentials.get());
        runtime.reload();
        QHash<QString, FeedRunSummary> runs = Test::syncNow(runtime, kId);
        QVERIFY2(runs.value(kReservations).ok, qPrintable(runs.value(kReservations).error));
        const QHash<QString, Booking> book = Test::bookingsOf(kId);
        QCOMPARE(book.size(), m_ot->reservations().size() - 2);
        QVERIFY(!book.contains(broken.id) && !book.contains(undated.id));
        QSqlQuery q(Database::connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT record_key, reason_code, reason, payload FROM quarantine WHERE "
                                  "connector = 'opentable' AND resolved_at IS NULL ORDER BY reason_code")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), broken.id);
        QCOMPARE(q.value(1).toString(), QStringLiteral("bad_party_size"));
        QVERIFY(q.value(2).toString().contains(QStringLiteral("party_size")));
        QVERIFY(q.value(3).toByteArray().contains("\"quatre\""));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), undated.id);
        QCOMPARE(q.value(1).toString(), QStringLiteral("bad_time"));
        QVERIFY(!q.next());

        // OpenTable sends them again, right: they land and the quarantine is settled.
        m_ot->clearDefects();
        SandboxOpenTable::Change touch;
        touch.notes = QStringLiteral("Corrigée");
        QVERIFY(m_ot->update(broken.id, touch));
        QVERIFY(m_ot->update(undated.id, touch));
        runs = Test::syncNow(runtime, kId);
        QVERIFY(runs.value(kReservations).ok);
        checkBookMatchesSandbox();
        QCOMPARE(
            Test::scalar(QStringLiteral("SELECT count(*) FROM quarantine WHERE resolved_at IS NULL")).toInt(),
            0);
    }
};

QTEST_GUILESS_MAIN(TestOpenTableSync)
#include "tst_opentablesync.moc"
