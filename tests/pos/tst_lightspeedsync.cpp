// The Lightspeed connector against the in-process sandbox over real HTTP:
// business-location discovery, the back-fill across 365-day-style windows
// (small ones here), resuming a back-fill that failed half-way, incremental
// runs, reference data, the quarantine (bad lines, a malformed page) and
// authentication through the injected decorator.

#include "common/core/connectorconfig.h"
#include "common/core/database.h"
#include "common/net/clock.h"
#include "common/net/httpclient.h"
#include "common/sync/reachability.h"
#include "common/sync/syncengine.h"
#include "httpsupport.h"
#include "lightspeedtestsupport.h"
#include "pos/connectors/lightspeed/lightspeedconnector.h"
#include "pos/connectors/lightspeed/sandboxlightspeed.h"
#include "pos/core/salesrepository.h"
#include "sandbox/core/sandboxoauth.h"
#include "sandbox/core/sandboxserver.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUrlQuery>

using namespace Moulin;

using Test::scalar;
using Test::sendAndWait;

namespace {

const QString kId = QStringLiteral("lightspeed");
const QString kSales = QStringLiteral("transactions");
const QString kMenu = QStringLiteral("menu_items");
const QString kPromotions = QStringLiteral("promotions");

QSet<QString> storedReceipts()
{
    QSet<QString> ids;
    QSqlQuery q(Database::connection());
    q.exec(QStringLiteral("SELECT receipt_id FROM pos_receipt"));
    while (q.next())
        ids.insert(q.value(0).toString());
    return ids;
}

ConnectorConfig config(const QUrl& api)
{
    ConnectorConfig c;
    c.typeKey = QStringLiteral("pos_type");
    c.typeName = QStringLiteral("LightSpeed");
    c.connectorId = kId;
    c.apiUrl = api;
    c.storeId = SandboxLightspeed::businessLocationId();
    c.authMethod = QStringLiteral("oauth2");
    c.retryAttempts = 0;
    c.feeds = {{kSales, true, 5}, {kMenu, true, 60}, {kPromotions, true, 120}};
    return c;
}

} // namespace

class TestLightspeedSync : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    SandboxLightspeed* m_ls = nullptr;
    ManualClock m_clock;
    // Monday 10 June 2024, 23:00 Paris.
    const QDateTime m_now = QDateTime(QDate(2024, 6, 10), QTime(21, 0), Qt::UTC);

    LightspeedOptions options() const
    {
        LightspeedOptions o;
        o.apiUrl = m_server->baseUrl();
        o.businessLocationId = SandboxLightspeed::businessLocationId();
        o.backfillDays = 9;
        o.windowDays = 4; // windows 4 + 4 + 2 days: the pages cross window boundaries
        o.salesPageSize = 7;
        o.clock = &m_clock;
        return o;
    }

    /// Runs one feed to its end; returns whether it succeeded.
    bool run(SyncEngine& engine, const QString& feed, QString* error = nullptr, qint64* records = nullptr)
    {
        QSignalSpy finished(&engine, &SyncEngine::feedFinished);
        if (engine.runNow(kId, feed) != SyncEngine::Trigger::Started)
            return false;
        if (!finished.wait(30000))
            return false;
        if (error)
            *error = finished.last().at(4).toString();
        if (records)
            *records = finished.last().at(3).toLongLong();
        return finished.last().at(2).toBool();
    }

    QSet<QString> expectedReceipts(const QDateTime& from) const
    {
        QSet<QString> ids;
        for (const QJsonObject& s : m_ls->salesBetween(from, m_now.addSecs(1)))
            ids.insert(s.value(QStringLiteral("receiptId")).toString());
        return ids;
    }

    QDateTime backfillStart() const
    {
        return m_now.toTimeZone(SandboxLightspeed::timeZone())
            .date()
            .addDays(-9)
            .startOfDay(SandboxLightspeed::timeZone());
    }

    void checkTotalsAgainstSandbox(const QDate& from, const QDate& to)
    {
        SalesRepository repo(Database::connection());
        for (QDate d = from; d <= to; d = d.addDays(1)) {
            const SandboxLightspeed::DayTotals expected = m_ls->dayTotals(d);
            const SalesKpis k = repo.kpis({d, d});
            QCOMPARE(k.grossCents, expected.grossCents);
            QCOMPARE(k.netCents, expected.netCents);
            QCOMPARE(k.receipts, expected.receipts);
            QCOMPARE(k.covers, expected.covers);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<SandboxServer>(11);
        QVERIFY(m_server->start());
        m_ls = SandboxLightspeed::of(m_server.get());
        QVERIFY(m_ls);
        m_ls->setVolumeScale(0.2); // about 30 receipts a day: a fast suite
        const qint64 now = m_now.toMSecsSinceEpoch();
        m_clock.setNowMs(now);
        m_ls->setClock([this] { return m_clock.nowMs(); });
    }

    void init()
    {
        const Test::FreshDatabase db = Test::openFreshDatabase(QStringLiteral("pos-sync"));
        QVERIFY2(db.opened.ok(), qPrintable(db.opened.message));
        m_server->clearFaults();
        m_server->resetStats();
        m_ls->clearAnomalies();
        m_ls->setRequireAuthorization(false);
        m_clock.setNowMs(m_now.toMSecsSinceEpoch());
    }

    void cleanup() { Database::closeConnection(); }

    void cleanupTestCase() { m_server.reset(); }

    void discoversBusinessLocations()
    {
        HttpClient http;
        QList<BusinessLocation> found;
        QString error;
        bool done = false;
        LightspeedConnector::discoverLocations(
            m_server->baseUrl(),
            [&http](const HttpRequest& request, HttpClient::Callback callback) {
                http.send(request, nullptr, std::move(callback));
            },
            [&](const QList<BusinessLocation>& locations, const QString& e) {
                found = locations;
                error = e;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).blId, SandboxLightspeed::businessLocationId());
        QCOMPARE(found.at(0).name, QStringLiteral("Le Vieux Moulin"));
        QCOMPARE(found.at(0).businessName, QStringLiteral("SAS Le Vieux Moulin"));
        QCOMPARE(found.at(0).timeZone, QStringLiteral("Europe/Paris"));
        QCOMPARE(found.at(1).blId, SandboxLightspeed::otherBusinessLocationId());
        QVERIFY(!LightspeedConnector::parseBusinesses("{\"nope\": 1}"));
    }

    void sandboxEnforcesTheApiLimits()
    {
        HttpClient http;
        const QString bl = SandboxLightspeed::businessLocationId();
        auto sales = [&](const QString& from, const QString& to, const QString& extra = {}) {
            QUrl url = m_server->baseUrl();
            url.setPath(QStringLiteral("/f/v2/business-location/%1/sales").arg(bl));
            url.setQuery(QStringLiteral("from=%1&to=%2%3").arg(from, to, extra));
            return sendAndWait(http, HttpRequest::getJson(url));
        };
        QCOMPARE(sales(QStringLiteral("2023-06-01T00:00:00Z"), QStringLiteral("2024-06-01T00:00:00Z")).status,
                 400); // 366 days
        QCOMPARE(sales(QStringLiteral("2023-06-02T00:00:00Z"), QStringLiteral("2024-06-01T00:00:00Z")).status,
                 200); // 365 days
        QCOMPARE(sales(QStringLiteral("2024-06-01T00:00:00Z"), QStringLiteral("2024-06-02T00:00:00Z"),
                       QStringLiteral("&pageSize=101"))
                     .status,
                 400);
        const HttpResponse first =
            sales(QStringLiteral("2024-06-01T00:00:00Z"), QStringLiteral("2024-06-02T00:00:00Z"),
                  QStringLiteral("&pageSize=5"));
        QCOMPARE(first.status, 200);
        const QJsonObject page = first.json().object();
        QCOMPARE(page.value(QStringLiteral("sales")).toArray().size(), 5);
        const QString token = page.value(QStringLiteral("nextPageToken")).toString();
        QVERIFY(!token.isEmpty());
        QVERIFY(page.value(QStringLiteral("dataComplete")).toBool());
        // The token only works with its own range, and cannot be forged.
        QCOMPARE(sales(QStringLiteral("2024-06-01T00:00:00Z"), QStringLiteral("2024-06-03T00:00:00Z"),
                       QStringLiteral("&nextPageToken=") + token)
                     .status,
                 400);
        QCOMPARE(sales(QStringLiteral("2024-06-01T00:00:00Z"), QStringLiteral("2024-06-02T00:00:00Z"),
                       QStringLiteral("&nextPageToken=Zm9v"))
                     .status,
                 400);
        QUrl unknown = m_server->baseUrl();
        unknown.setPath(QStringLiteral("/f/v2/business-location/42/sales"));
        unknown.setQuery(QStringLiteral("from=2024-06-01T00:00:00Z&to=2024-06-02T00:00:00Z"));
        QCOMPARE(sendAndWait(http, HttpRequest::getJson(unknown)).status, 404);
        // Items: amount at most 100; PUT honours Idempotency-Key.
        QUrl items = m_server->baseUrl();
        items.setPath(QStringLiteral("/items/v1/items"));
        items.setQuery(QStringLiteral("businessLocationId=%1&amount=101").arg(bl));
        QCOMPARE(sendAndWait(http, HttpRequest::getJson(items)).status, 400);
        // Daily totals match the generator.
        QUrl daily = m_server->baseUrl();
        daily.setPath(QStringLiteral("/f/v2/business-location/%1/sales-daily").arg(bl));
        daily.setQuery(QStringLiteral("date=2024-06-01"));
        const QJsonObject totals = sendAndWait(http, HttpRequest::getJson(daily)).json().object();
        QCOMPARE(totals.value(QStringLiteral("numberOfSales")).toInt(),
                 m_ls->dayTotals(QDate(2024, 6, 1)).receipts);
        QVERIFY(totals.value(QStringLiteral("numberOfSales")).toInt() > 10);
    }

    void backfillAcrossWindowsThenIncremental()
    {
        ManualReachability net;
        SyncEngine engine({.workerThreads = 1, .reachability = &net, .clock = &m_clock});
        engine.addConnector(Test::lightspeedDefinition(config(m_server->baseUrl()), options()));
        QCOMPARE(engine.feeds(kId).size(), 3);

        QString error;
        QVERIFY2(run(engine, kMenu, &error), qPrintable(error));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM pos_tax_rate")).toInt(), 3);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM pos_accounting_group")).toInt(), 9);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM pos_item WHERE active = 1")).toInt(),
                 int(m_ls->items().size()));
        QCOMPARE(
            scalar(QStringLiteral("SELECT remote_price_cents FROM pos_item WHERE sku = 'PLA-BOURGUIGNON'"))
                .toInt(),
            2100);
        QVERIFY2(run(engine, kPromotions, &error), qPrintable(error));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM pos_discount WHERE active = 1")).toInt(), 3);
        QCOMPARE(scalar(QStringLiteral("SELECT percentage_bp FROM pos_discount WHERE code = 'FIDELITE10'"))
                     .toInt(),
                 1000);

        QSignalSpy progress(&engine, &SyncEngine::feedProgress);
        qint64 records = 0;
        QVERIFY2(run(engine, kSales, &error, &records), qPrintable(error));
        const QSet<QString> expected = expectedReceipts(backfillStart());
        // Nine days of a restaurant closed on Mondays and Sunday evenings.
        QVERIFY2(expected.size() > 150, qPrintable(QString::number(expected.size())));
        QCOMPARE(storedReceipts(), expected); // nothing lost, nothing twice at the window boundaries
        QCOMPARE(records, qint64(expected.size()));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM quarantine")).toInt(), 0);
        // Every window asked separately, several pages each.
        const int requests = m_server->hits(
            QStringLiteral("/f/v2/business-location/%1/sales").arg(SandboxLightspeed::businessLocationId()));
        QVERIFY2(requests >= expected.size() / 7 + 1, qPrintable(QString::number(requests)));
        QVERIFY(progress.count() >= 10);
        const qint64 lastTotal = progress.last().at(3).toLongLong();
        QCOMPARE(lastTotal, qint64(expected.size())); // done == total at the end
        checkTotalsAgainstSandbox(backfillStart().toTimeZone(SandboxLightspeed::timeZone()).date(),
                                  QDate(2024, 6, 9));
        const SalesSyncProgress done = LightspeedConnector::salesProgress(Database::connection());
        QVERIFY(done.started);
        QVERIFY(done.backfillDone);
        QCOMPARE(done.fraction, 1.0);

        // Two hours later: only the new sales, without counting the overlap twice.
        m_server->resetStats();
        m_clock.advanceMs(2 * 3'600'000);
        const QDateTime later = m_clock.now();
        QVERIFY2(run(engine, kSales, &error), qPrintable(error));
        QSet<QString> all;
        for (const QJsonObject& s : m_ls->salesBetween(backfillStart(), later.addSecs(1)))
            all.insert(s.value(QStringLiteral("receiptId")).toString());
        QCOMPARE(storedReceipts(), all);
        QVERIFY(m_server->hits(QStringLiteral("/f/v2/business-location/%1/sales")
                                   .arg(SandboxLightspeed::businessLocationId())) <= 4);
        checkTotalsAgainstSandbox(QDate(2024, 6, 10), QDate(2024, 6, 10));
    }

    void recentWeeksFirstThenHistory()
    {
        // A first launch reads this month and the week before it first
        // (1 June - 7 days = 25 May), then the older history oldest first,
        // then carries on from where the recent range ended.
        LightspeedOptions o = options();
        o.recentFirst = true;
        o.backfillDays = 60;
        const QTimeZone paris = SandboxLightspeed::timeZone();
        const QDateTime recentStart = QDate(2024, 5, 25).startOfDay(paris);
        const QDateTime historyStart = QDate(2024, 4, 11).startOfDay(paris);
        const std::shared_ptr<FeedAdapter> feed = LightspeedConnector::salesFeed(o);
        auto fromOf = [](const HttpRequest& r) {
            return QDateTime::fromString(
                QUrlQuery(r.url).queryItemValue(QStringLiteral("from"), QUrl::FullyDecoded),
                Qt::ISODateWithMs);
        };
        auto progressAt = [](const QString& cursor) {
            QSqlQuery q(Database::connection());
            q.prepare(
                QStringLiteral("INSERT OR REPLACE INTO sync_cursor(connector, feed, cursor, updated_at) "
                               "VALUES ('lightspeed', 'transactions', ?, '')"));
            q.addBindValue(cursor);
            q.exec();
            return LightspeedConnector::salesProgress(Database::connection());
        };
        HttpResponse empty;
        empty.ok = true;
        empty.status = 200;
        empty.body = "{\"sales\": [], \"dataComplete\": true}";

        QString cursor = feed->resolve(QString());
        QCOMPARE(fromOf(feed->request(cursor)), recentStart);
        QVERIFY(progressAt(cursor).recentPhase);
        int recentWindows = 0;
        while (!cursor.contains(QLatin1String("\"rf\""))) {
            QVERIFY(fromOf(feed->request(cursor)) >= recentStart);
            const std::optional<Page> page = feed->parse(empty, cursor, nullptr);
            QVERIFY(page && !page->complete);
            cursor = page->nextCursor;
            QVERIFY(++recentWindows < 20);
        }
        QVERIFY(recentWindows >= 4); // 25 May to 10 June in windows of 4 days
        QCOMPARE(fromOf(feed->request(cursor)), historyStart);
        const SalesSyncProgress history = progressAt(cursor);
        QVERIFY(!history.recentPhase);
        QCOMPARE(history.recentFrom, recentStart.toUTC());
        QVERIFY(!history.backfillDone);
        std::optional<Page> page;
        for (int i = 0; i < 20; ++i) {
            QVERIFY(fromOf(feed->request(cursor)) < recentStart);
            page = feed->parse(empty, cursor, nullptr);
            QVERIFY(page);
            cursor = page->nextCursor;
            if (page->complete)
                break;
        }
        QVERIFY(page && page->complete);
        // The next run starts where the recent range ended (now), not where
        // the history did.
        QCOMPARE(cursor, QStringLiteral("{\"since\":\"%1\"}").arg(m_now.toString(Qt::ISODateWithMs)));
        Database::exec(Database::connection(), QStringLiteral("DELETE FROM sync_cursor"));

        // Over real HTTP: every sale of the two months, once.
        ManualReachability net;
        SyncEngine engine({.workerThreads = 1, .reachability = &net, .clock = &m_clock});
        engine.addConnector(Test::lightspeedDefinition(config(m_server->baseUrl()), o));
        QString error;
        QVERIFY2(run(engine, kMenu, &error), qPrintable(error));
        QVERIFY2(run(engine, kSales, &error), qPrintable(error));
        const QSet<QString> expected = expectedReceipts(historyStart);
        QVERIFY(expected.size() > 1000);
        QCOMPARE(storedReceipts(), expected);
        const SalesSyncProgress done = LightspeedConnector::salesProgress(Database::connection());
        QVERIFY(done.backfillDone);
        // Where the recent range ended (less the lag the sandbox asks for
        // while it is still closing the last sales), not the history's end.
        QVERIFY2(done.syncedUntil >= m_now.addSecs(-2 * 3600) && done.syncedUntil <= m_now,
                 qPrintable(done.syncedUntil.toString(Qt::ISODate)));
    }

    void resumesMidBackfill()
    {
        ManualReachability net;
        SyncEngine engine({.workerThreads = 1, .reachability = &net, .clock = &m_clock});
        engine.addConnector(Test::lightspeedDefinition(config(m_server->baseUrl()), options()));
        QString error;
        QVERIFY(run(engine, kMenu, &error));

        // The provider starts failing after the first pages.
        QSignalSpy finished(&engine, &SyncEngine::feedFinished);
        int pages = 0;
        connect(&engine, &SyncEngine::feedProgress, this, [&](const QString&, const QString& feed) {
            if (feed == kSales && ++pages == 5) {
                FaultPlan plan;
                plan.pathPrefix = QStringLiteral("/f/v2/");
                plan.statuses = {503, 503, 503, 503, 503, 503};
                m_server->setFaultPlan(plan);
            }
        });
        QCOMPARE(engine.runNow(kId, kSales), SyncEngine::Trigger::Started);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.last().at(2).toBool(), false);
        const QSet<QString> partial = storedReceipts();
        const QSet<QString> expected = expectedReceipts(backfillStart());
        QVERIFY(partial.size() >= 5 * 7);
        QVERIFY(partial.size() < expected.size());
        QVERIFY(expected.contains(partial));
        const SalesSyncProgress mid = LightspeedConnector::salesProgress(Database::connection());
        QVERIFY(mid.started);
        QVERIFY(!mid.backfillDone);
        QVERIFY2(mid.fraction > 0.0 && mid.fraction < 1.0, qPrintable(QString::number(mid.fraction)));
        QCOMPARE(mid.rangeStart, backfillStart().toUTC());

        // Back again: it resumes at the failed page, not from the start.
        m_server->clearFaults();
        m_server->resetStats();
        QVERIFY2(run(engine, kSales, &error), qPrintable(error));
        QCOMPARE(storedReceipts(), expected);
        const int requests = m_server->hits(
            QStringLiteral("/f/v2/business-location/%1/sales").arg(SandboxLightspeed::businessLocationId()));
        QVERIFY2(requests <= (expected.size() - partial.size()) / 7 + 4,
                 qPrintable(QString::number(requests)));
        checkTotalsAgainstSandbox(backfillStart().toTimeZone(SandboxLightspeed::timeZone()).date(),
                                  QDate(2024, 6, 9));
    }

    void quarantinesBadDataAndKeepsTheRest()
    {
        ManualReachability net;
        SyncEngine engine({.workerThreads = 1, .reachability = &net, .clock = &m_clock});
        engine.addConnector(Test::lightspeedDefinition(config(m_server->baseUrl()), options()));
        QString error;
        QVERIFY(run(engine, kMenu, &error));
        const QDate day(2024, 6, 5);
        m_ls->injectAnomaly(day, 0, SandboxLightspeed::Anomaly::UnknownSku);
        m_ls->injectAnomaly(day, 1, SandboxLightspeed::Anomaly::MissingTaxCode);
        m_ls->injectAnomaly(day, 2, SandboxLightspeed::Anomaly::NotAddingUp);
        m_ls->injectAnomaly(day, 3, SandboxLightspeed::Anomaly::MalformedAmount);
        // And one page arrives cut in half.
        FaultPlan plan;
        plan.pathPrefix = QStringLiteral("/f/v2/");
        plan.malformedJson = true;
        plan.times = 1;
        m_server->setFaultPlan(plan);

        // The malformed page (the first one) is kept in the quarantine and
        // stops that run where it was: nothing is skipped.
        QVERIFY2(run(engine, kSales, &error), qPrintable(error));
        QCOMPARE(SalesRepository(Database::connection()).quarantine().size(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT reason_code FROM quarantine")).toString(),
                 QStringLiteral("malformed_page"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM pos_receipt")).toInt(), 0);
        // The next run asks for it again and goes on: the bad receipts stay
        // out with their reason, the rest of their pages lands.
        QVERIFY2(run(engine, kSales, &error), qPrintable(error));
        // (The malformed page, read fine this time, is settled.)
        const QList<QuarantineRow> rows = SalesRepository(Database::connection()).quarantine();
        QCOMPARE(rows.size(), 4);
        QStringList codes;
        QSqlQuery q(Database::connection());
        q.exec(QStringLiteral("SELECT reason_code FROM quarantine ORDER BY reason_code"));
        while (q.next())
            codes << q.value(0).toString();
        QCOMPARE(codes, QStringList({QStringLiteral("line_mismatch"), QStringLiteral("malformed_amount"),
                                     QStringLiteral("malformed_page"), QStringLiteral("missing_tax_code"),
                                     QStringLiteral("unknown_sku")}));
        const QSet<QString> expected = expectedReceipts(backfillStart());
        const QSet<QString> stored = storedReceipts();
        QCOMPARE(stored.size(), expected.size() - 4);
        QVERIFY(expected.contains(stored));
        const QString dayKey = day.toString(QStringLiteral("yyyyMMdd"));
        for (int i = 1; i <= 4; ++i)
            QVERIFY(!stored.contains(QStringLiteral("%1-%2").arg(dayKey).arg(i, 4, 10, QLatin1Char('0'))));
        for (const QuarantineRow& r : SalesRepository(Database::connection()).quarantine()) {
            QVERIFY(!r.reason.isEmpty());
            QVERIFY(!r.payload.isEmpty());
        }
        // The POS fixes them: the good copies replace the quarantine.
        m_ls->clearAnomalies();
        QSqlQuery reset(Database::connection());
        QVERIFY(reset.exec(QStringLiteral("DELETE FROM sync_cursor WHERE feed = 'transactions'")));
        QVERIFY2(run(engine, kSales, &error), qPrintable(error));
        QCOMPARE(storedReceipts(), expected);
        // Every quarantine row is settled, the malformed page too.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM quarantine WHERE resolved_at IS NULL")).toInt(),
                 0);
        QCOMPARE(SalesRepository(Database::connection()).quarantine().size(), 0);
        checkTotalsAgainstSandbox(day, day);
    }

    void authenticationIsInjected()
    {
        m_ls->setRequireAuthorization(true);
        ManualReachability net;
        SyncEngine engine({.workerThreads = 1, .reachability = &net, .clock = &m_clock});
        engine.addConnector(Test::lightspeedDefinition(config(m_server->baseUrl()), options()));
        QString error;
        QVERIFY(!run(engine, kPromotions, &error));
        QVERIFY2(error.contains(QStringLiteral("401")), qPrintable(error));

        // A token from the sandbox's authorization server, through a decorator.
        HttpClient http;
        QUrl tokenUrl = m_server->baseUrl();
        tokenUrl.setPath(QStringLiteral("/oauth/token"));
        HttpRequest tokenRequest;
        tokenRequest.method = "POST";
        tokenRequest.url = tokenUrl;
        tokenRequest.headers = {
            {"Content-Type", "application/x-www-form-urlencoded"},
            {"Authorization", "Basic " + QByteArray(SandboxOAuth::demoClientId().toUtf8() + ':' +
                                                    SandboxOAuth::demoClientSecret())
                                             .toBase64()}};
        tokenRequest.body = "grant_type=client_credentials";
        const HttpResponse token = sendAndWait(http, tokenRequest);
        QVERIFY2(token.ok, token.body.constData());
        const QByteArray accessToken =
            token.json().object().value(QStringLiteral("access_token")).toString().toUtf8();
        QVERIFY(!accessToken.isEmpty());
        engine.addConnector(Test::lightspeedDefinition(
            config(m_server->baseUrl()), options(), [accessToken](QNetworkRequest& r, const HttpRequest&) {
                r.setRawHeader("Authorization", "Bearer " + accessToken);
            }));
        QVERIFY2(run(engine, kPromotions, &error), qPrintable(error));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM pos_discount")).toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(TestLightspeedSync)
#include "tst_lightspeedsync.moc"
