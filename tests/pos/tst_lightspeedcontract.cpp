// The sandbox's Lightspeed K-Series answers held to the vendor's contracts
// (tests/data/contracts/lightspeed, transcribed from the published OpenAPI
// documents), over real HTTP on loopback: every endpoint the connector calls,
// every page of seven days of sales and of the items, the error bodies (a bad
// `from`, an unknown item, a bad items query, a refused PUT) and the PUT body
// the price updates build.
//
// Besides the schema, each answer must hold data under the documented keys:
// the vendor marks no key `required`, so an answer with the list elsewhere
// would pass the schema vacuously.
//
// Every violation of an endpoint is printed (grouped, array indexes as `*`,
// with a count) before the test function fails, so one run lists them all.

#include "common/core/connectorconfig.h"
#include "common/core/database.h"
#include "common/core/dbworker.h"
#include "common/net/clock.h"
#include "common/net/httpclient.h"
#include "common/sync/outbox.h"
#include "common/sync/reachability.h"
#include "common/sync/syncengine.h"
#include "contractvalidator.h"
#include "lightspeedtestsupport.h"
#include "pos/connectors/lightspeed/lightspeedconnector.h"
#include "pos/connectors/lightspeed/priceupdates.h"
#include "pos/connectors/lightspeed/sandboxlightspeed.h"
#include "sandbox/core/sandboxserver.h"
#include "testsupport.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

using namespace Moulin;

namespace {

const QString kId = QStringLiteral("lightspeed");

struct Answer
{
    int status = 0; ///< 0: no HTTP answer
    QByteArray body;
    QString error;
};

/// Violations of one endpoint, grouped by their text with the array indexes
/// replaced by `*` and the value found left out (the first one is shown).
class Findings
{
public:
    explicit Findings(QString endpoint)
        : m_endpoint(std::move(endpoint))
    {
    }

    void add(const QString& where, const QStringList& violations)
    {
        static const QRegularExpression index(QStringLiteral("/\\d+(?=/|:)"));
        static const QRegularExpression found(QStringLiteral("(,| ) ?[Ff]ound (.*)\\.$"));
        for (QString v : violations) {
            v.replace(index, QStringLiteral("/*"));
            const QRegularExpressionMatch m = found.match(v);
            const QString key = m.hasMatch() ? v.left(m.capturedStart()) : v;
            if (!m_counts.contains(key))
                m_first.insert(key, m.hasMatch()
                                        ? QStringLiteral("%1, e.g. found %2").arg(where, m.captured(2))
                                        : where);
            ++m_counts[key];
        }
    }
    void fail(const QString& what) { add(QStringLiteral("check"), {what}); }
    bool isEmpty() const { return m_counts.isEmpty(); }

    QString report() const
    {
        QStringList lines;
        for (auto it = m_counts.constBegin(); it != m_counts.constEnd(); ++it)
            lines.append(QStringLiteral("  [%1] %2 (x%3; first: %4)")
                             .arg(m_endpoint, it.key())
                             .arg(it.value())
                             .arg(m_first.value(it.key())));
        return QStringLiteral("%1: %2 distinct violation(s)\n").arg(m_endpoint).arg(m_counts.size()) +
               lines.join(QLatin1Char('\n'));
    }

private:
    QString m_endpoint;
    QMap<QString, int> m_counts;
    QMap<QString, QString> m_first;
};

/// The documented list under `_embedded.<key>`: a non-empty array.
void expectEmbeddedList(Findings& f, const QByteArray& body, const QString& key)
{
    const QJsonValue list =
        QJsonDocument::fromJson(body).object().value(QStringLiteral("_embedded")).toObject().value(key);
    if (!list.isArray() || list.toArray().isEmpty())
        f.fail(QStringLiteral("/_embedded/%1: no data under the documented key (the answer starts %2)")
                   .arg(key, QString::fromUtf8(body.left(60))));
}

} // namespace

class TestLightspeedContract : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    SandboxLightspeed* m_ls = nullptr;
    QNetworkAccessManager m_nam;
    // Monday 10 June 2024, 23:00 Paris.
    ManualClock m_clock{QDateTime(QDate(2024, 6, 10), QTime(21, 0), Qt::UTC).toMSecsSinceEpoch()};

    QString bl() const { return SandboxLightspeed::businessLocationId(); }

    QUrl url(const QString& path, const QList<std::pair<QString, QString>>& query = {}) const
    {
        QUrl u = m_server->baseUrl();
        u.setPath(path);
        QUrlQuery q;
        for (const auto& [key, value] : query)
            q.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        u.setQuery(q);
        return u;
    }

    Answer send(const QByteArray& method, const QUrl& target, const QByteArray& body = {})
    {
        QNetworkRequest request(target);
        request.setRawHeader("Accept", "application/json");
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply* reply = m_nam.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QTimer timeout;
        timeout.setSingleShot(true);
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
        timeout.start(15'000);
        loop.exec();
        Answer a;
        if (!reply->isFinished()) {
            reply->abort();
            a.error = QStringLiteral("timeout");
        }
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        if (a.status == 0)
            a.error = reply->errorString();
        reply->deleteLater();
        return a;
    }

    Answer get(const QString& path, const QList<std::pair<QString, QString>>& query = {})
    {
        return send("GET", url(path, query));
    }

    /// `answer` must have `status` and conform to `schemaName`.
    void check(Findings& f, const QString& where, const Answer& answer, int status, const QString& schemaName)
    {
        if (answer.status != status)
            f.fail(QStringLiteral("HTTP %1 where %2 was expected%3")
                       .arg(answer.status)
                       .arg(status)
                       .arg(answer.error.isEmpty() ? QString()
                                                   : QStringLiteral(" (") + answer.error + QLatin1Char(')')));
        if (answer.status == 0)
            return;
        f.add(where, Test::contractViolations(Test::lightspeedSchema(schemaName), answer.body));
    }

    static void verdict(const Findings& f)
    {
        if (!f.isEmpty())
            qWarning().noquote() << f.report();
        QVERIFY2(f.isEmpty(), qPrintable(f.report()));
    }

    bool syncMenu()
    {
        ManualReachability net;
        SyncEngine engine({.workerThreads = 1, .reachability = &net, .clock = &m_clock});
        ConnectorConfig c;
        c.connectorId = kId;
        c.retryAttempts = 0;
        c.feeds = {{QStringLiteral("menu_items"), true, 60}};
        LightspeedOptions o;
        o.apiUrl = m_server->baseUrl();
        o.businessLocationId = bl();
        o.clock = &m_clock;
        engine.addConnector(Test::lightspeedDefinition(c, o));
        QSignalSpy finished(&engine, &SyncEngine::feedFinished);
        engine.runNow(kId, QStringLiteral("menu_items"));
        return finished.wait(20000) && finished.last().at(2).toBool();
    }

    /// An id of an item the sandbox knows.
    QString someItemId()
    {
        const QList<QJsonObject> items = m_ls->items();
        if (items.isEmpty())
            return {};
        return items.first().value(QStringLiteral("id")).toVariant().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<SandboxServer>(23);
        QVERIFY(m_server->start());
        m_ls = SandboxLightspeed::of(m_server.get());
        QVERIFY(m_ls);
        m_ls->setVolumeScale(0.2);
        m_ls->setClock([this] { return m_clock.nowMs(); });
    }

    void cleanupTestCase() { m_server.reset(); }

    void businesses()
    {
        Findings f(QStringLiteral("GET /f/data/businesses"));
        const Answer a =
            get(QStringLiteral("/f/data/businesses"), {{QStringLiteral("page"), QStringLiteral("0")},
                                                       {QStringLiteral("size"), QStringLiteral("1000")}});
        check(f, QStringLiteral("page 0"), a, 200, QStringLiteral("businesses"));
        expectEmbeddedList(f, a.body, QStringLiteral("businessList"));
        // The location the connector needs, under its documented key.
        bool found = false;
        const QJsonArray list = QJsonDocument::fromJson(a.body)
                                    .object()
                                    .value(QStringLiteral("_embedded"))
                                    .toObject()
                                    .value(QStringLiteral("businessList"))
                                    .toArray();
        for (const QJsonValue& b : list) {
            for (const QJsonValue& l : b.toObject().value(QStringLiteral("businessLocations")).toArray())
                found = found || l.toObject().value(QStringLiteral("blID")).toVariant().toString() == bl();
        }
        if (!found)
            f.fail(QStringLiteral("/_embedded/businessList/*/businessLocations/*/blID: no location %1")
                       .arg(bl()));
        verdict(f);
    }

    void financeLists_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QString>("halKey");
        QTest::addRow("tax-rates") << QStringLiteral("tax-rates") << QStringLiteral("tax-rates")
                                   << QStringLiteral("taxRateList");
        QTest::addRow("accountingGroups")
            << QStringLiteral("accountingGroups") << QStringLiteral("accounting-groups")
            << QStringLiteral("accountingGroupList");
        QTest::addRow("paymentMethods")
            << QStringLiteral("paymentMethods") << QStringLiteral("payment-methods")
            << QStringLiteral("paymentMethodList");
    }

    void financeLists()
    {
        QFETCH(QString, path);
        QFETCH(QString, schema);
        QFETCH(QString, halKey);
        Findings f(QStringLiteral("GET /f/finance/{blId}/%1").arg(path));
        const Answer a = get(QStringLiteral("/f/finance/%1/%2").arg(bl(), path));
        check(f, QStringLiteral("answer"), a, 200, schema);
        expectEmbeddedList(f, a.body, halKey);
        verdict(f);
    }

    void salesPages()
    {
        Findings f(QStringLiteral("GET /f/v2/business-location/{blId}/sales"));
        const QDateTime now = m_clock.now();
        const QDateTime from = now.addDays(-7);
        QString token;
        int pages = 0;
        int sales = 0;
        do {
            QList<std::pair<QString, QString>> query{
                {QStringLiteral("from"), from.toString(Qt::ISODateWithMs)},
                {QStringLiteral("to"), now.toString(Qt::ISODateWithMs)},
                {QStringLiteral("pageSize"), QStringLiteral("25")}};
            if (!token.isEmpty())
                query.append({QStringLiteral("nextPageToken"), token});
            const Answer a = get(QStringLiteral("/f/v2/business-location/%1/sales").arg(bl()), query);
            const QString where = QStringLiteral("page %1").arg(pages);
            check(f, where, a, 200, QStringLiteral("sales"));
            const QJsonObject page = QJsonDocument::fromJson(a.body).object();
            if (!page.value(QStringLiteral("sales")).isArray())
                f.fail(QStringLiteral("/sales: no list of sales in %1").arg(where));
            sales += page.value(QStringLiteral("sales")).toArray().size();
            token = page.value(QStringLiteral("nextPageToken")).toString();
            ++pages;
        } while (!token.isEmpty() && pages < 500);
        qInfo("%d sales in %d pages", sales, pages);
        if (sales == 0)
            f.fail(QStringLiteral("/sales: no sale over seven days"));
        verdict(f);
    }

    void salesBadRequest()
    {
        Findings f(QStringLiteral("GET /f/v2/business-location/{blId}/sales (400)"));
        const QString path = QStringLiteral("/f/v2/business-location/%1/sales").arg(bl());
        check(f, QStringLiteral("from=yesterday"),
              get(path, {{QStringLiteral("from"), QStringLiteral("yesterday")}}), 400,
              QStringLiteral("financial-error"));
        check(f, QStringLiteral("no from"), get(path), 400, QStringLiteral("financial-error"));
        check(f, QStringLiteral("from after to"),
              get(path, {{QStringLiteral("from"), QStringLiteral("2024-06-10T00:00:00Z")},
                         {QStringLiteral("to"), QStringLiteral("2024-06-01T00:00:00Z")}}),
              400, QStringLiteral("financial-error"));
        verdict(f);
    }

    void itemsPages()
    {
        Findings f(QStringLiteral("GET /items/v1/items"));
        Findings elements(QStringLiteral("GET /items/v1/items, each listed item against item.schema.json"));
        const int amount = 20;
        int offset = 0;
        int pages = 0;
        int items = 0;
        for (;;) {
            const Answer a =
                get(QStringLiteral("/items/v1/items"), {{QStringLiteral("businessLocationId"), bl()},
                                                        {QStringLiteral("offset"), QString::number(offset)},
                                                        {QStringLiteral("amount"), QString::number(amount)}});
            const QString where = QStringLiteral("offset %1").arg(offset);
            check(f, where, a, 200, QStringLiteral("items"));
            ++pages;
            // The document gives one ItemDTO as this answer; a list (what
            // the connector reads) is still checked item by item.
            const QJsonDocument doc = QJsonDocument::fromJson(a.body);
            if (!doc.isArray())
                break;
            const QJsonArray page = doc.array();
            for (int i = 0; i < page.size(); ++i)
                elements.add(
                    QStringLiteral("%1 #%2").arg(where).arg(i),
                    Test::contractViolations(Test::lightspeedSchema(QStringLiteral("item")), page.at(i)));
            items += page.size();
            if (page.size() < amount || pages >= 100)
                break;
            offset += amount;
        }
        qInfo("%d items in %d pages", items, pages);
        if (!elements.isEmpty())
            qWarning().noquote() << elements.report();
        verdict(f);
        QVERIFY2(elements.isEmpty(), qPrintable(elements.report()));
    }

    void itemById()
    {
        Findings f(QStringLiteral("GET /items/v1/items/{id}"));
        const QString id = someItemId();
        QVERIFY(!id.isEmpty());
        check(
            f, id,
            get(QStringLiteral("/items/v1/items/%1").arg(id), {{QStringLiteral("businessLocationId"), bl()}}),
            200, QStringLiteral("item"));
        verdict(f);
    }

    void itemsErrors()
    {
        Findings f(QStringLiteral("Items API error bodies"));
        check(
            f, QStringLiteral("GET /items/v1/items/{unknown id}"),
            get(QStringLiteral("/items/v1/items/999999999"), {{QStringLiteral("businessLocationId"), bl()}}),
            404, QStringLiteral("items-error"));
        check(f, QStringLiteral("GET /items/v1/items amount=0"),
              get(QStringLiteral("/items/v1/items"), {{QStringLiteral("businessLocationId"), bl()},
                                                      {QStringLiteral("amount"), QStringLiteral("0")}}),
              400, QStringLiteral("items-error"));
        check(f, QStringLiteral("GET /items/v1/items without businessLocationId"),
              get(QStringLiteral("/items/v1/items")), 400, QStringLiteral("items-error"));
        const QString id = someItemId();
        check(f, QStringLiteral("PUT /items/v1/items/{id} with {}"),
              send("PUT", url(QStringLiteral("/items/v1/items/%1").arg(id)), QByteArrayLiteral("{}")), 400,
              QStringLiteral("items-error"));
        verdict(f);
    }

    void itemUpdateBody()
    {
        // The body the price updates would PUT: a menu sync, an edit queued
        // while offline, then PriceUpdates::outboxRequest on the queued write.
        Findings f(QStringLiteral("PUT /items/v1/items/{id} request body"));
        const Test::FreshDatabase fresh = Test::openFreshDatabase(QStringLiteral("pos-contract"));
        QVERIFY2(fresh.opened.ok(), qPrintable(fresh.opened.message));
        auto closeDb = qScopeGuard([] { Database::closeConnection(); });
        const QString id = someItemId();
        QVERIFY(m_ls->setItemPrice(id, 2100));
        QVERIFY2(syncMenu(), "the menu_items feed failed against the sandbox");

        LightspeedOptions o;
        o.apiUrl = m_server->baseUrl();
        o.businessLocationId = bl();
        o.clock = &m_clock;
        HttpClient http;
        ManualReachability net;
        net.setOnline(false);
        DbWorker db;
        Outbox::Options oo;
        oo.baseRetryMs = 50;
        Outbox outbox(oo);
        outbox.setReachability(&net);
        PriceUpdates prices(o, &db, &outbox, [&http](const HttpRequest& request, HttpClient::Callback done) {
            http.send(request, nullptr, std::move(done));
        });
        outbox.start();
        QFuture<bool> done = prices.setPrice(id, 2350);
        QTRY_VERIFY_WITH_TIMEOUT(done.isFinished(), 5000);
        QVERIFY(done.result());
        QSqlQuery q(Database::connection());
        QTRY_VERIFY_WITH_TIMEOUT(
            q.exec(QStringLiteral("SELECT id, payload FROM outbox WHERE kind = 'price_update'")) && q.next(),
            10000);
        OutboxItem item;
        item.id = q.value(0).toLongLong();
        item.connector = kId;
        item.kind = QString::fromLatin1(PriceUpdates::kOutboxKind);
        item.payload = q.value(1).toByteArray();
        q.finish();
        const HttpRequest put = PriceUpdates::outboxRequest(o, item);
        QCOMPARE(put.method, QByteArray("PUT"));
        qInfo().noquote() << "PUT body:" << QString::fromUtf8(put.body);
        f.add(QStringLiteral("PriceUpdates::outboxRequest"),
              Test::contractViolations(Test::lightspeedSchema(QStringLiteral("item-update.request")),
                                       put.body));
        // The sandbox's answer to that PUT is an item.
        check(f, QStringLiteral("the PUT's answer"), send("PUT", put.url, put.body), 200,
              QStringLiteral("item"));
        verdict(f);
    }

    void discounts()
    {
        Findings f(QStringLiteral("GET /o/op/1/menu/discounts"));
        const Answer a =
            get(QStringLiteral("/o/op/1/menu/discounts"), {{QStringLiteral("businessLocationId"), bl()}});
        check(f, QStringLiteral("answer"), a, 200, QStringLiteral("discounts"));
        if (QJsonDocument::fromJson(a.body).array().isEmpty())
            f.fail(QStringLiteral("/: no discount in the list"));
        verdict(f);
    }
};

QTEST_GUILESS_MAIN(TestLightspeedContract)
#include "tst_lightspeedcontract.moc"
