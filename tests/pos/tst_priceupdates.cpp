// Menu price edits sent back to Lightspeed through the outbox, against the
// sandbox over real HTTP: the plain case, a change made on the POS meanwhile
// (shown as a conflict, never overwritten silently; keep mine / take
// theirs), a queued write superseded by the menu sync, a refused write, and
// the PUT's Idempotency-Key.

#include "common/core/connectorconfig.h"
#include "common/core/database.h"
#include "common/core/dbworker.h"
#include "common/net/clock.h"
#include "common/net/httpclient.h"
#include "common/sync/outbox.h"
#include "common/sync/reachability.h"
#include "common/sync/syncengine.h"
#include "lightspeedtestsupport.h"
#include "pos/connectors/lightspeed/lightspeedconnector.h"
#include "pos/connectors/lightspeed/priceupdates.h"
#include "pos/connectors/lightspeed/sandboxlightspeed.h"
#include "pos/core/salesrepository.h"
#include "sandbox/core/sandboxserver.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Moulin;

using Test::scalar;

namespace {

const QString kId = QStringLiteral("lightspeed");

QString stateOf(const QString& itemId)
{
    return scalar(QStringLiteral("SELECT local_state FROM pos_item WHERE item_id = '%1'").arg(itemId))
        .toString();
}

qint64 remotePrice(const QString& itemId)
{
    return scalar(QStringLiteral("SELECT remote_price_cents FROM pos_item WHERE item_id = '%1'").arg(itemId))
        .toLongLong();
}

} // namespace

class TestPriceUpdates : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    SandboxLightspeed* m_ls = nullptr;
    ManualClock m_clock{QDateTime(QDate(2024, 6, 10), QTime(21, 0), Qt::UTC).toMSecsSinceEpoch()};
    QString m_item; // Bœuf bourguignon, 21.00
    QString m_other;

    LightspeedOptions options() const
    {
        LightspeedOptions o;
        o.apiUrl = m_server->baseUrl();
        o.businessLocationId = SandboxLightspeed::businessLocationId();
        o.clock = &m_clock;
        return o;
    }

    struct Fixture
    {
        HttpClient http;
        ManualReachability net;
        std::unique_ptr<DbWorker> db = std::make_unique<DbWorker>();
        std::unique_ptr<Outbox> outbox;
        std::unique_ptr<PriceUpdates> prices;
    };

    std::unique_ptr<Fixture> fixture()
    {
        auto f = std::make_unique<Fixture>();
        Outbox::Options o;
        o.baseRetryMs = 50;
        o.maxRetryMs = 200;
        f->outbox = std::make_unique<Outbox>(o);
        f->outbox->setReachability(&f->net);
        ConnectorProfile profile;
        profile.name = kId;
        profile.retry.retryAttempts = 0;
        f->outbox->httpClient()->setProfile(profile);
        HttpClient* http = &f->http;
        f->prices = std::make_unique<PriceUpdates>(
            options(), f->db.get(), f->outbox.get(),
            [http](const HttpRequest& r, HttpClient::Callback cb) { http->send(r, nullptr, std::move(cb)); });
        f->outbox->start();
        return f;
    }

    bool syncMenu()
    {
        ManualReachability net;
        SyncEngine engine({.workerThreads = 1, .reachability = &net, .clock = &m_clock});
        ConnectorConfig c;
        c.connectorId = kId;
        c.retryAttempts = 0;
        c.feeds = {{QStringLiteral("menu_items"), true, 60}};
        engine.addConnector(Test::lightspeedDefinition(c, options()));
        QSignalSpy finished(&engine, &SyncEngine::feedFinished);
        engine.runNow(kId, QStringLiteral("menu_items"));
        return finished.wait(20000) && finished.last().at(2).toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<SandboxServer>(5);
        QVERIFY(m_server->start());
        m_ls = SandboxLightspeed::of(m_server.get());
        m_ls->setClock([this] { return m_clock.nowMs(); });
        for (const QJsonObject& item : m_ls->items()) {
            if (item.value(QStringLiteral("sku")).toString() == QLatin1String("PLA-BOURGUIGNON"))
                m_item = QString::number(item.value(QStringLiteral("id")).toInteger());
            if (item.value(QStringLiteral("sku")).toString() == QLatin1String("DES-CREME"))
                m_other = QString::number(item.value(QStringLiteral("id")).toInteger());
        }
        QVERIFY(!m_item.isEmpty() && !m_other.isEmpty());
    }

    void init()
    {
        const Test::FreshDatabase db = Test::openFreshDatabase(QStringLiteral("pos-prices"));
        QVERIFY2(db.opened.ok(), qPrintable(db.opened.message));
        m_server->clearFaults();
        QVERIFY(m_ls->setItemPrice(m_item, 2100));
        QVERIFY(m_ls->setItemPrice(m_other, 750));
        QVERIFY(syncMenu());
        QCOMPARE(remotePrice(m_item), qint64(2100));
    }

    void cleanup() { Database::closeConnection(); }

    void cleanupTestCase() { m_server.reset(); }

    void priceGoesToThePos()
    {
        auto f = fixture();
        QSignalSpy updated(f->prices.get(), &PriceUpdates::priceChangeUpdated);
        const int puts = m_ls->itemPutRequests();
        QFuture<bool> done = f->prices->setPrice(m_item, 2350);
        QTRY_VERIFY_WITH_TIMEOUT(done.isFinished(), 5000);
        QVERIFY(done.result());
        QCOMPARE(stateOf(m_item), QStringLiteral("pending"));
        const std::optional<PriceChange> pending =
            PriceUpdates::pendingPriceChange(Database::connection(), m_item);
        QVERIFY(pending);
        QCOMPARE(pending->wantedCents, qint64(2350));
        QCOMPARE(pending->basePriceCents, qint64(2100));
        // The menu shows the wanted price while it is on its way.
        bool seen = false;
        for (const MenuItemRow& row : SalesRepository(Database::connection()).menuItems()) {
            if (row.itemId == m_item) {
                QCOMPARE(row.priceCents, qint64(2350));
                QCOMPARE(row.syncState, QStringLiteral("pending"));
                seen = true;
            }
        }
        QVERIFY(seen);

        QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_item), QStringLiteral("synced"), 10000);
        QCOMPARE(m_ls->itemPriceCents(m_item), qint64(2350));
        QCOMPARE(m_ls->itemPutRequests(), puts + 1);
        QCOMPARE(remotePrice(m_item), qint64(2350));
        QVERIFY(!PriceUpdates::pendingPriceChange(Database::connection(), m_item));
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM outbox WHERE kind = 'price_update'")).toString(),
                 QStringLiteral("confirmed"));
        // Only the price changed on the POS: the rest of its item is intact.
        const QJsonObject onPos = m_ls->item(m_item);
        QCOMPARE(onPos.value(QStringLiteral("name")).toString(), QStringLiteral("Bœuf bourguignon"));
        QCOMPARE(onPos.value(QStringLiteral("costPrice")).toDouble(), 6.2); // a JSON number
        QTRY_VERIFY(!updated.isEmpty() && updated.last().at(1).toString() == QLatin1String("synced"));

        // The next menu sync agrees; nothing pending.
        QVERIFY(syncMenu());
        QCOMPARE(stateOf(m_item), QStringLiteral("synced"));
        QCOMPARE(remotePrice(m_item), qint64(2350));
    }

    void conflictKeepMine()
    {
        auto f = fixture();
        QSignalSpy conflicts(f->prices.get(), &PriceUpdates::conflictDetected);
        m_ls->setItemPrice(m_item, 2250); // the POS changed item X since the last sync
        const int puts = m_ls->itemPutRequests();
        f->prices->setPrice(m_item, 2400);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_item), QStringLiteral("conflict"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(conflicts.count(), 1, 5000); // emitted once the database job is back
        QCOMPARE(conflicts.first().at(0).toString(), m_item);
        const QList<PriceChange> list = PriceUpdates::conflicts(Database::connection());
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().itemId, m_item);
        QCOMPARE(list.first().wantedCents, qint64(2400));
        QCOMPARE(list.first().basePriceCents, qint64(2100));
        QCOMPARE(list.first().posCents.value_or(-1), qint64(2250));
        QCOMPARE(list.first().name, QStringLiteral("Bœuf bourguignon"));
        // Nothing was sent: the POS keeps its price until the user decides.
        QTest::qWait(200);
        QCOMPARE(m_ls->itemPutRequests(), puts);
        QCOMPARE(m_ls->itemPriceCents(m_item), qint64(2250));

        QFuture<bool> resolved = f->prices->resolveConflict(m_item, PriceUpdates::Resolution::KeepMine);
        QTRY_VERIFY_WITH_TIMEOUT(resolved.isFinished(), 5000);
        QVERIFY(resolved.result());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_item), QStringLiteral("synced"), 10000);
        QCOMPARE(m_ls->itemPriceCents(m_item), qint64(2400));
        QCOMPARE(remotePrice(m_item), qint64(2400));
        QVERIFY(PriceUpdates::conflicts(Database::connection()).isEmpty());
        // No conflict left to resolve.
        QFuture<bool> again = f->prices->resolveConflict(m_item, PriceUpdates::Resolution::KeepMine);
        QTRY_VERIFY_WITH_TIMEOUT(again.isFinished(), 5000);
        QVERIFY(!again.result());
    }

    void conflictTakeTheirs()
    {
        auto f = fixture();
        m_ls->setItemPrice(m_item, 1990);
        const int puts = m_ls->itemPutRequests();
        f->prices->setPrice(m_item, 2400);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_item), QStringLiteral("conflict"), 10000);
        QFuture<bool> resolved = f->prices->resolveConflict(m_item, PriceUpdates::Resolution::TakeTheirs);
        QTRY_VERIFY_WITH_TIMEOUT(resolved.isFinished(), 5000);
        QVERIFY(resolved.result());
        QCOMPARE(stateOf(m_item), QStringLiteral("synced"));
        QCOMPARE(remotePrice(m_item), qint64(1990));
        QVERIFY(!PriceUpdates::pendingPriceChange(Database::connection(), m_item));
        QTest::qWait(200);
        QCOMPARE(m_ls->itemPutRequests(), puts);
        QCOMPARE(m_ls->itemPriceCents(m_item), qint64(1990));
    }

    void queuedWriteSupersededByTheMenuSync()
    {
        auto f = fixture();
        f->net.setOnline(false); // the write waits in the outbox
        const int puts = m_ls->itemPutRequests();
        f->prices->setPrice(m_other, 800);
        QTRY_COMPARE_WITH_TIMEOUT(
            scalar(QStringLiteral(
                       "SELECT count(*) FROM outbox WHERE kind = 'price_update' AND state = 'pending'"))
                .toInt(),
            1, 10000);
        QCOMPARE(stateOf(m_other), QStringLiteral("pending"));
        // Meanwhile the price is changed at the till, and the menu syncs.
        m_ls->setItemPrice(m_other, 780);
        QVERIFY(syncMenu());
        QCOMPARE(stateOf(m_other), QStringLiteral("conflict"));
        QCOMPARE(PriceUpdates::conflicts(Database::connection()).first().posCents.value_or(-1), qint64(780));
        QCOMPARE(scalar(QStringLiteral("SELECT state FROM outbox WHERE kind = 'price_update'")).toString(),
                 QStringLiteral("rejected"));
        // Back online: the superseded write is not sent.
        f->net.setOnline(true);
        f->outbox->dispatch();
        QTest::qWait(300);
        QCOMPARE(m_ls->itemPutRequests(), puts);
        QCOMPARE(m_ls->itemPriceCents(m_other), qint64(780));
    }

    void refusedWriteIsShown()
    {
        auto f = fixture();
        // The check (GET) goes through; the write (PUT) is refused once.
        bool refused = false;
        connect(f->outbox.get(), &Outbox::itemQueued, this, [this, &refused] {
            if (refused)
                return;
            refused = true;
            FaultPlan refuse;
            refuse.pathPrefix = QStringLiteral("/items/v1/items/%1").arg(m_other);
            refuse.statuses = {422};
            refuse.times = 1;
            m_server->setFaultPlan(refuse);
        });
        f->prices->setPrice(m_other, 820);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_other), QStringLiteral("rejected"), 10000);
        const std::optional<PriceChange> change =
            PriceUpdates::pendingPriceChange(Database::connection(), m_other);
        QVERIFY(change);
        QCOMPARE(change->state, QStringLiteral("rejected"));
        QVERIFY2(change->error.contains(QStringLiteral("422")), qPrintable(change->error));
        QCOMPARE(m_ls->itemPriceCents(m_other), qint64(750));
        // A new edit tries again.
        f->prices->setPrice(m_other, 820);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_other), QStringLiteral("synced"), 10000);
        QCOMPARE(m_ls->itemPriceCents(m_other), qint64(820));
    }

    void putHonoursIdempotencyKey()
    {
        HttpClient http;
        QUrl url = m_server->baseUrl();
        url.setPath(QStringLiteral("/items/v1/items/%1").arg(m_other));
        const std::optional<LightspeedItem> item =
            LightspeedConnector::readItem(QJsonDocument(m_ls->item(m_other)).toJson());
        QVERIFY(item);
        HttpRequest put = HttpRequest::json("PUT", url, QJsonDocument(QJsonObject()));
        put.body = LightspeedConnector::itemUpdateBody(*item, 840, SandboxLightspeed::businessLocationId());
        QVERIFY2(put.body.contains("\"defaultPrice\":8.40"), put.body.constData()); // a number, two decimals
        put.idempotencyKey = "key-1";
        const int applied = m_ls->itemUpdatesApplied();
        QList<HttpResponse> answers;
        for (int i = 0; i < 2; ++i) {
            bool done = false;
            http.send(put, nullptr, [&](const HttpResponse& r) {
                answers.append(r);
                done = true;
            });
            QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
        }
        QVERIFY(answers.at(0).ok);
        QVERIFY(answers.at(1).ok);
        QCOMPARE(answers.at(1).header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(m_ls->itemUpdatesApplied(), applied + 1);
        // The same key with another body is refused.
        HttpRequest other = put;
        other.body = LightspeedConnector::itemUpdateBody(*item, 900, SandboxLightspeed::businessLocationId());
        other.idempotencyKey = "key-1";
        bool done = false;
        int status = 0;
        http.send(other, nullptr, [&](const HttpResponse& r) {
            status = r.status;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
        QCOMPARE(status, 422);
        QCOMPARE(m_ls->itemPriceCents(m_other), qint64(840));
    }

    void unknownItemRefused()
    {
        auto f = fixture();
        QFuture<bool> r = f->prices->setPrice(QStringLiteral("nope"), 100);
        QTRY_VERIFY_WITH_TIMEOUT(r.isFinished(), 5000);
        QVERIFY(!r.result());
        QFuture<bool> negative = f->prices->setPrice(m_item, -1);
        QTRY_VERIFY_WITH_TIMEOUT(negative.isFinished(), 5000);
        QVERIFY(!negative.result());
    }
};

QTEST_GUILESS_MAIN(TestPriceUpdates)
#include "tst_priceupdates.moc"
