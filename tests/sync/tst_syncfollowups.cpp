#include "common/core/database.h"
#include "common/sync/operationlog.h"
#include "common/sync/reachability.h"
#include "common/sync/syncengine.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QNetworkRequest>
#include <QPointer>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <memory>

using namespace Moulin;

using Test::scalar;

// The engine's follow-up step (FeedAdapter::follow, TypedFeed::followUp)
// against a real HTTP server on loopback: a provider whose list answers only
// ids ({data: [id…], totalCount, page, limit}), then one GET per id.

namespace {

constexpr char kTokenHeader[] = "X-Test-Token";

/// The provider: `total` items "id-1"… listed `limit` per page at
/// /items?page=N&limit=L, each at /items/<id>. Detail answers wait
/// `latencyMs` (the responder is kept on a timer) so that several are in
/// flight at once; the server counts them.
class DetailServer : public QObject
{
public:
    int total = 0;
    int latencyMs = 0;
    /// Per item id, instead of latencyMs.
    QHash<QString, int> latencies;
    /// Forced statuses per item id (404: gone since the list, 500: broken).
    QHash<QString, int> statuses;

    int inFlight = 0;
    int maxInFlight = 0;
    int detailRequests = 0;
    int withoutToken = 0;
    QHash<QString, int> hits; ///< "list:N" and "detail:<id>"
    /// In order: "list:N" when a list request arrives, "done:<id>" when a
    /// detail is answered.
    QStringList events;
    /// When each request arrived (ms since start()), in order.
    QList<qint64> listArrivals;
    QList<qint64> detailArrivals;

    bool start()
    {
        m_server.route(QStringLiteral("/items"),
                       [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                           list(request, std::move(responder));
                       });
        m_server.route(
            QStringLiteral("/items/<arg>"),
            [this](const QString& id, const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                detail(id, request, std::move(responder));
            });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
        m_clock.start();
        return m_port != 0;
    }

    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

    void reset()
    {
        ++m_generation; // answers still on a timer no longer count
        total = 0;
        latencyMs = 0;
        latencies.clear();
        statuses.clear();
        inFlight = 0;
        maxInFlight = 0;
        detailRequests = 0;
        withoutToken = 0;
        hits.clear();
        events.clear();
        listArrivals.clear();
        detailArrivals.clear();
    }

    static QString itemId(int n) { return QStringLiteral("id-%1").arg(n); }

private:
    void list(const QHttpServerRequest& request, QHttpServerResponder&& responder)
    {
        if (request.value(kTokenHeader).isEmpty())
            ++withoutToken;
        const QUrlQuery query = request.query();
        const int page = std::max(1, query.queryItemValue(QStringLiteral("page")).toInt());
        const int limit = std::max(1, query.queryItemValue(QStringLiteral("limit")).toInt());
        const QString key = QStringLiteral("list:%1").arg(page);
        ++hits[key];
        events.append(key);
        listArrivals.append(m_clock.elapsed());
        QJsonArray ids;
        for (int n = (page - 1) * limit + 1; n <= std::min(total, page * limit); ++n)
            ids.append(itemId(n));
        responder.write(QJsonDocument(QJsonObject{
            {QStringLiteral("data"), ids},
            {QStringLiteral("totalCount"), total},
            {QStringLiteral("page"), page},
            {QStringLiteral("limit"), limit},
        }));
    }

    void detail(const QString& id, const QHttpServerRequest& request, QHttpServerResponder&& responder)
    {
        if (request.value(kTokenHeader).isEmpty())
            ++withoutToken;
        ++hits[QStringLiteral("detail:") + id];
        ++detailRequests;
        detailArrivals.append(m_clock.elapsed());
        maxInFlight = std::max(maxInFlight, ++inFlight);
        const int status = statuses.value(id, 200);
        auto kept = std::make_shared<QHttpServerResponder>(std::move(responder));
        const QPointer<QTcpSocket> socket = kept->socket();
        const int generation = m_generation;
        QTimer::singleShot(latencies.value(id, latencyMs), this,
                           [this, kept, socket, id, status, generation] {
                               if (generation != m_generation)
                                   return; // from an earlier test
                               --inFlight;
                               // The client may have gone (a cancelled run aborts its requests).
                               if (!socket || socket->state() != QAbstractSocket::ConnectedState)
                                   return;
                               events.append(QStringLiteral("done:") + id);
                               QJsonObject body{{QStringLiteral("error"), status}};
                               if (status == 200)
                                   body = {{QStringLiteral("id"), id},
                                           {QStringLiteral("name"), QString(QStringLiteral("Item ") + id)}};
                               kept->write(QJsonDocument(body), QHttpServerResponder::StatusCode(status));
                           });
    }

    QHttpServer m_server;
    QElapsedTimer m_clock;
    quint16 m_port = 0;
    int m_generation = 0;
};

/// A connector's feed over DetailServer, the way a real one is written:
/// read() turns the ids into follow-ups, followUp() reads the details (a 404
/// into the quarantine, any other failure fails the page), write() upserts.
/// The cursor is the next list page.
class DetailsFeed final : public TypedFeed<QList<QJsonObject>>
{
public:
    struct Options
    {
        QUrl baseUrl;
        int limit = 10;
        int inFlight = FeedAdapter::kFollowUpsInFlight;
        /// followUp() of this list page returns false (-1: never).
        int rejectPage = -1;
        /// write() of this list page writes its rows, then fails (-1: never).
        int failWritePage = -1;
        /// A second round: each item's owner, /items/owner-<id>, read into
        /// the item's "owner" (as a booking's guest is).
        bool owners = false;
        /// storesOnOwnThread(): write() on the engine's store thread.
        bool ownThread = false;
        /// write() of this list page takes `slowWriteMs` more (-1: none).
        int slowWritePage = -1;
        int slowWriteMs = 0;
    };

    explicit DetailsFeed(Options options)
        : m_options(std::move(options))
    {
    }

    Options& options() { return m_options; }

    /// Records per write(), in order (written on the worker thread).
    QList<qsizetype> writes() const
    {
        QMutexLocker lock(&m_mutex);
        return m_writes;
    }

    /// The ids write() got, in the order it got them.
    QStringList writtenIds() const
    {
        QMutexLocker lock(&m_mutex);
        return m_writtenIds;
    }

    static int pageOf(const QString& cursor) { return cursor.isEmpty() ? 1 : cursor.toInt(); }

    HttpRequest request(const QString& cursor) const override
    {
        QUrl url = m_options.baseUrl.resolved(QUrl(QStringLiteral("/items")));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("page"), QString::number(pageOf(cursor)));
        query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.limit));
        url.setQuery(query);
        return HttpRequest::getJson(url);
    }

    std::optional<TypedPage> read(const HttpResponse& response, const QString& cursor,
                                  QString* error) const override
    {
        const QJsonObject object = response.json(error).object();
        if (!object.value(QStringLiteral("data")).isArray()) {
            if (error && error->isEmpty())
                *error = QStringLiteral("no data");
            return std::nullopt;
        }
        const int page = pageOf(cursor);
        const int total = object.value(QStringLiteral("totalCount")).toInt();
        TypedPage typed;
        for (const QJsonValue id : object.value(QStringLiteral("data")).toArray()) {
            typed.followUps.append(HttpRequest::getJson(
                m_options.baseUrl.resolved(QUrl(QStringLiteral("/items/") + id.toString()))));
        }
        typed.nextCursor = QString::number(page + 1);
        typed.complete = page * m_options.limit >= total;
        typed.remaining = std::max(0, total - page * m_options.limit);
        return typed;
    }

    int followUpsInFlight() const override { return m_options.inFlight; }
    bool storesOnOwnThread() const override { return m_options.ownThread; }

    /// The threads followUp() and write() ran on.
    QSet<QThread*> followThreads() const
    {
        QMutexLocker lock(&m_mutex);
        return m_followThreads;
    }
    QSet<QThread*> writeThreads() const
    {
        QMutexLocker lock(&m_mutex);
        return m_writeThreads;
    }

    bool followUp(TypedPage& page, const QList<HttpResponse>& responses, const QString& cursor,
                  QString* error) const override
    {
        {
            QMutexLocker lock(&m_mutex);
            m_followThreads.insert(QThread::currentThread());
        }
        if (pageOf(cursor) == m_options.rejectPage) {
            *error = QStringLiteral("page rejected by the test");
            return false;
        }
        if (responses.size() != page.followUps.size()) {
            *error = QStringLiteral("%1 answers to %2 follow-ups")
                         .arg(responses.size())
                         .arg(page.followUps.size());
            return false;
        }
        const auto ownerPrefix = QStringLiteral("owner-");
        if (!page.followUps.isEmpty() &&
            page.followUps.first().url.path().section(QLatin1Char('/'), -1).startsWith(ownerPrefix)) {
            // The second round: the owners of the items read in the first.
            for (qsizetype i = 0; i < responses.size(); ++i) {
                const QString ownerId = page.followUps.at(i).url.path().section(QLatin1Char('/'), -1);
                if (!responses.at(i).ok) {
                    *error = responses.at(i).errorString;
                    return false;
                }
                for (QJsonObject& item : page.records) {
                    if (ownerPrefix + item.value(QStringLiteral("id")).toString() == ownerId)
                        item.insert(QStringLiteral("owner"),
                                    responses.at(i).json().object().value(QStringLiteral("name")));
                }
            }
            return true;
        }
        for (qsizetype i = 0; i < responses.size(); ++i) {
            const HttpResponse& response = responses.at(i);
            const QString id = page.followUps.at(i).url.path().section(QLatin1Char('/'), -1);
            if (response.ok) {
                const QJsonObject item = response.json().object();
                if (item.value(QStringLiteral("id")).toString() != id) {
                    *error = QStringLiteral("answer for %1 in the place of %2")
                                 .arg(item.value(QStringLiteral("id")).toString(), id);
                    return false;
                }
                page.records.append(item);
            } else if (response.status == 404) {
                page.problems.append(
                    {id, QStringLiteral("gone"), QStringLiteral("deleted since the list"), response.body});
            } else {
                *error = response.errorString;
                return false;
            }
        }
        if (m_options.owners && !page.records.isEmpty()) {
            QList<HttpRequest> owners;
            for (const QJsonObject& item : std::as_const(page.records))
                owners.append(HttpRequest::getJson(m_options.baseUrl.resolved(
                    QUrl(QStringLiteral("/items/owner-") + item.value(QStringLiteral("id")).toString()))));
            page.followUps = owners;
            page.moreFollowUps = true;
        }
        return true;
    }

    bool write(QSqlDatabase& db, const TypedPage& page, QString* error) override
    {
        {
            QMutexLocker lock(&m_mutex);
            m_writeThreads.insert(QThread::currentThread());
            m_writes.append(page.records.size());
            for (const QJsonObject& item : page.records) {
                m_writtenIds.append(item.value(QStringLiteral("id")).toString());
                m_writtenOwners.append(item.value(QStringLiteral("owner")).toString());
            }
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO followup_items(id, name) VALUES (?, ?) "
                                 "ON CONFLICT(id) DO UPDATE SET name = excluded.name"));
        for (const QJsonObject& item : page.records) {
            q.addBindValue(item.value(QStringLiteral("id")).toString());
            q.addBindValue(item.value(QStringLiteral("name")).toString());
            if (!q.exec()) {
                *error = q.lastError().text();
                return false;
            }
        }
        if (pageOf(page.nextCursor) - 1 == m_options.slowWritePage)
            QThread::msleep(m_options.slowWriteMs);
        if (pageOf(page.nextCursor) - 1 == m_options.failWritePage) {
            *error = QStringLiteral("write failed on purpose");
            return false;
        }
        return true;
    }

    /// The "owner" of each record write() got (second round), in order.
    QStringList writtenOwners() const
    {
        QMutexLocker lock(&m_mutex);
        return m_writtenOwners;
    }

private:
    Options m_options;
    QStringList m_writtenOwners;
    mutable QMutex m_mutex;
    QList<qsizetype> m_writes;
    QStringList m_writtenIds;
    mutable QSet<QThread*> m_followThreads;
    QSet<QThread*> m_writeThreads;
};

} // namespace

class TestSyncFollowUps : public QObject
{
    Q_OBJECT

private:
    DetailServer m_server;
    int m_connectorSerial = 0;
    /// feed() makes adapters that store on the engine's store thread.
    bool m_ownThread = false;

    QString newConnectorId() { return QStringLiteral("fu%1").arg(++m_connectorSerial); }

    /// No retries unless asked, no breaker; every attempt carries the
    /// token header (as an authentication decorator would).
    static ConnectorProfile profile(const QString& id, int retries = 0)
    {
        ConnectorProfile p;
        p.name = id;
        p.retry.retryAttempts = retries;
        p.retry.baseDelayMs = 10;
        p.retry.maxDelayMs = 20;
        p.breaker.consecutiveFailures = 0;
        p.breaker.failureRateThreshold = 0;
        p.timeoutMs = 5000;
        p.decorate = [](QNetworkRequest& request, const HttpRequest&) {
            request.setRawHeader(kTokenHeader, QByteArrayLiteral("token"));
        };
        return p;
    }

    std::shared_ptr<DetailsFeed> feed(int limit = 10)
    {
        DetailsFeed::Options options;
        options.baseUrl = m_server.baseUrl();
        options.limit = limit;
        options.ownThread = m_ownThread;
        return std::make_shared<DetailsFeed>(options);
    }

    static FeedDefinition definition(const std::shared_ptr<DetailsFeed>& adapter)
    {
        FeedDefinition d;
        d.name = QStringLiteral("reservations");
        d.adapter = adapter;
        return d;
    }

    static int storedItems() { return scalar(QStringLiteral("SELECT count(*) FROM followup_items")).toInt(); }

    static QVariant cursorOf(const QString& connector)
    {
        QSqlQuery q(Database::connection());
        q.prepare(QStringLiteral("SELECT cursor FROM sync_cursor WHERE connector = ?"));
        q.addBindValue(connector);
        if (!q.exec() || !q.next())
            return {};
        return q.value(0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const Test::FreshDatabase db = Test::openFreshDatabase(QStringLiteral("syncfollowups"));
        QVERIFY2(db.opened.ok(), qPrintable(db.opened.message));
        QVERIFY(Test::exec(QStringLiteral(
            "CREATE TABLE followup_items (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL)")));
        QVERIFY(m_server.start());
    }

    void init()
    {
        QVERIFY(Test::exec(QStringLiteral("DELETE FROM followup_items")));
        m_server.reset();
    }

    void cleanupTestCase() { Database::closeConnection(); }

    // The type erasure: follow() reaches the typed page parse() made and
    // completes it in place; the engine's copy of its fields follows.
    void typedFollowUpCompletesTheParsedPage()
    {
        DetailsFeed::Options options;
        options.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
        DetailsFeed adapter(options);
        HttpResponse list;
        list.ok = true;
        list.status = 200;
        list.body = R"({"data": ["id-1", "id-2", "id-3"], "totalCount": 3, "page": 1, "limit": 10})";
        QString error;
        std::optional<Page> page = adapter.parse(list, QString(), &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->followUps.size(), 3);
        QCOMPARE(page->followUps.at(1).url.path(), QStringLiteral("/items/id-2"));
        QCOMPARE(page->recordCount(), 0);
        QVERIFY(page->complete);

        const auto answer = [](int status, const QByteArray& body) {
            HttpResponse response;
            response.ok = status == 200;
            response.status = status;
            response.error = response.ok ? HttpError::None : HttpError::Http;
            response.body = body;
            return response;
        };
        QList<HttpResponse> answers{answer(200, R"({"id": "id-1", "name": "One"})"), answer(404, "{}"),
                                    answer(200, R"({"id": "id-3", "name": "Three"})")};
        QVERIFY2(adapter.follow(*page, answers, QString(), &error), qPrintable(error));
        QCOMPARE(page->recordCount(), 2);
        QCOMPARE(page->problems.size(), 1);
        QCOMPARE(page->problems.first().recordKey, QStringLiteral("id-2"));
        QCOMPARE(page->problems.first().reasonCode, QStringLiteral("gone"));

        // An answer out of its place is caught: responses[i] answers followUps[i].
        std::optional<Page> again = adapter.parse(list, QString(), &error);
        QVERIFY(again);
        std::swap(answers[0], answers[2]);
        QVERIFY(!adapter.follow(*again, answers, QString(), &error));

        // An adapter with no follow-up step keeps the default.
        QCOMPARE(FeedAdapter::kFollowUpsInFlight, 8);
        FunctionFeedAdapter plain(
            [](const QString&) { return HttpRequest(); },
            [](const HttpResponse&, const QString&, QString*) {
                return std::optional<FunctionFeedAdapter::TypedPage>(FunctionFeedAdapter::TypedPage{});
            },
            [](QSqlDatabase&, const FunctionFeedAdapter::TypedPage&, QString*) { return true; });
        QCOMPARE(plain.followUpsInFlight(), FeedAdapter::kFollowUpsInFlight);
        Page empty;
        QVERIFY(plain.follow(empty, {}, QString(), &error));
    }

    // One list page of ids, then one request per id, on the feed's channel;
    // the details are written by ONE store() with the page's cursor.
    void detailsAreStoredWithTheirListPage()
    {
        m_server.total = 6;
        OperationLog log;
        ManualReachability net;
        SyncEngine engine({.workerThreads = 1, .reachability = &net});
        engine.setOperationLog(&log);
        const QString id = newConnectorId();
        auto adapter = feed();
        engine.addConnector({id, profile(id), {definition(adapter)}});
        QSignalSpy progress(&engine, &SyncEngine::feedProgress);
        QSignalSpy finished(&engine, &SyncEngine::feedFinished);

        QCOMPARE(engine.runNow(id, QStringLiteral("reservations")), SyncEngine::Trigger::Started);
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.last().at(2).toBool(), qPrintable(finished.last().at(4).toString()));
        QCOMPARE(finished.last().at(3).toLongLong(), 6);

        QCOMPARE(m_server.hits.value(QStringLiteral("list:1")), 1);
        QCOMPARE(m_server.detailRequests, 6);
        for (int n = 1; n <= 6; ++n)
            QCOMPARE(m_server.hits.value(QStringLiteral("detail:") + DetailServer::itemId(n)), 1);
        QCOMPARE(m_server.withoutToken, 0); // the decorator ran on every follow-up too
        QCOMPARE(adapter->writes(), QList<qsizetype>{6});
        QCOMPARE(storedItems(), 6);
        QCOMPARE(scalar(QStringLiteral("SELECT name FROM followup_items WHERE id = 'id-4'")).toString(),
                 QStringLiteral("Item id-4"));
        QCOMPARE(cursorOf(id).toString(), QStringLiteral("2"));

        // Progress counts the records follow() made, not the ids.
        QCOMPARE(progress.count(), 1);
        QCOMPARE(progress.first().at(2).toLongLong(), 6);
        QCOMPARE(progress.first().at(3).toLongLong(), 6);
        QCOMPARE(scalar(QStringLiteral("SELECT ok || '/' || records || '/' || pages FROM sync_run "
                                       "WHERE connector = ?"),
                        {id})
                     .toString(),
                 QStringLiteral("1/6/1"));

        // Every follow-up went through the connector's channel, under the feed.
        Test::await(log.flush());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM operation_log WHERE connector = ? AND "
                                       "feed = 'reservations' AND path LIKE '/items/%'"),
                        {id})
                     .toInt(),
                 6);
    }

    // Several list pages: each page's follow-ups are all answered before the
    // next list page is asked for, each page is stored with its cursor.
    // A second round (each item's owner, named by the first answers) goes
    // out after the first is in, and the page is stored once, complete.
    void secondRoundCompletesThePageBeforeItIsStored()
    {
        const QString id = newConnectorId();
        auto adapter = feed(10);
        adapter->options().owners = true;
        m_server.total = 4;
        m_server.latencyMs = 20;
        ManualReachability net;
        SyncEngine engine({.workerThreads = 1, .reachability = &net});
        engine.addConnector({id, profile(id), {definition(adapter)}});
        QSignalSpy finished(&engine, &SyncEngine::feedFinished);
        QCOMPARE(engine.runNow(id, QStringLiteral("reservations")), SyncEngine::Trigger::Started);
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.first().at(2).toBool(), qPrintable(finished.first().at(4).toString()));
        QCOMPARE(storedItems(), 4);
        QCOMPARE(adapter->writes(), QList<qsizetype>{4});
        QCOMPARE(adapter->writtenOwners(),
                 (QStringList{QStringLiteral("Item owner-id-1"), QStringLiteral("Item owner-id-2"),
                              QStringLiteral("Item owner-id-3"), QStringLiteral("Item owner-id-4")}));
        QCOMPARE(m_server.detailRequests, 8);
        // Every owner was asked for after every item was answered.
        qsizetype lastItem = -1;
        qsizetype firstOwner = m_server.events.size();
        for (int n = 1; n <= 4; ++n) {
            const qsizetype item = m_server.events.indexOf(QStringLiteral("done:id-%1").arg(n));
            const qsizetype owner = m_server.events.indexOf(QStringLiteral("done:owner-id-%1").arg(n));
            QVERIFY(item >= 0 && owner >= 0);
            lastItem = std::max(lastItem, item);
            firstOwner = std::min(firstOwner, owner);
        }
        QVERIFY2(lastItem < firstOwner, qPrintable(m_server.events.join(QLatin1Char(' '))));
    }

    void paginatesAcrossListPages()
    {
        m_server.total = 23;
        m_server.latencyMs = 5;
        ManualReachability net;
        SyncEngine engine({.workerThreads = 1, .reachability = &net});
        const QString id = newConnectorId();
        auto adapter = feed(10);
        engine.addConnector({id, profile(id), {definition(adapter)}});
        QSignalSpy progress(&engine, &SyncEngine::feedProgress);
        QSignalSpy finished(&engine, &SyncEngine::feedFinished);

        engine.runNow(id, QStringLiteral("reservations"));
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.last().at(2).toBool(), qPrintable(finished.last().at(4).toString()));
        QCOMPARE(finished.last().at(3).toLongLong(), 23);
        QCOMPARE(storedItems(), 23);
        QCOMPARE(adapter->writes(), (QList<qsizetype>{10, 10, 3}));
        QCOMPARE(cursorOf(id).toString(), QStringLiteral("4"));
        QCOMPARE(m_server.detailRequests, 23);
        for (int page = 1; page <= 3; ++page)
            QCOMPARE(m_server.hits.value(QStringLiteral("list:%1").arg(page)), 1);

        const QStringList& events = m_server.events;
        for (int page = 2; page <= 3; ++page) {
            const qsizetype listed = events.indexOf(QStringLiteral("list:%1").arg(page));
            QVERIFY(listed > 0);
            for (int n = (page - 2) * 10 + 1; n <= (page - 1) * 10; ++n) {
                const qsizetype answered = events.indexOf(QStringLiteral("done:") + DetailServer::itemId(n));
                QVERIFY2(answered >= 0 && answered < listed, qPrintable(events.join(QLatin1Char(' '))));
            }
        }

        QCOMPARE(progress.count(), 3);
        QCOMPARE(progress.at(0).at(2).toLongLong(), 10);
        QCOMPARE(progress.at(0).at(3).toLongLong(), 23);
        QCOMPARE(progress.at(1).at(2).toLongLong(), 20);
        QCOMPARE(progress.at(2).at(2).toLongLong(), 23);
        QCOMPARE(progress.at(2).at(3).toLongLong(), 23);
        QCOMPARE(
            scalar(QStringLiteral("SELECT records || '/' || pages FROM sync_run WHERE connector = ?"), {id})
                .toString(),
            QStringLiteral("23/3"));
    }

    // Follow-ups go out at most followUpsInFlight() at a time (and do use
    // the room), counted by the server.
    void concurrencyStaysWithinTheBound()
    {
        m_server.total = 14;
        m_server.latencyMs = 150;
        ManualReachability net;
        SyncEngine engine({.workerThreads = 1, .reachability = &net});
        const QString id = newConnectorId();
        auto adapter = feed(20);
        adapter->options().inFlight = 3;
        engine.addConnector({id, profile(id), {definition(adapter)}});
        QSignalSpy finished(&engine, &SyncEngine::feedFinished);

        engine.runNow(id, QStringLiteral("reservations"));
        QVERIFY(finished.wait(15000));
        QVERIFY2(finished.last().at(2).toBool(), qPrintable(finished.last().at(4).toString()));
        QCOMPARE(storedItems(), 14);
        QCOMPARE(m_server.detailRequests, 14);
        QCOMPARE(m_server.maxInFlight, 3);
        QCOMPARE(m_server.inFlight, 0);
    }

    // A follow-up that still fails after the client's retries fails the run:
    // nothing of its page is stored, the cursor stays before it, the run
    // ends with that answer's status; the next run resumes at that page.
    void failedFollowUpStoresNothingOfItsPage()
    {
        m_server.total = 15;
        m_server.statuses.insert(DetailServer::itemId(13), 500);
        OperationLog log;
        ManualReachability net;
        SyncEngine engine({.workerThreads = 1, .reachability = &net});
        engine.setOperationLog(&log);
        const QString id = newConnectorId();
        auto adapter = feed(10);
        engine.addConnector({id, profile(id, 2), {definition(adapter)}});
        QSignalSpy finished(&engine, &SyncEngine::feedFinished);

        engine.runNow(id, QStringLiteral("reservations"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(2).toBool(), false);
        QCOMPARE(finished.last().at(3).toLongLong(), 10); // page 1 only
        QCOMPARE(finished.last().at(5).toInt(), 500);
        QVERIFY2(finished.last().at(4).toString().contains(QStringLiteral("could not be read")),
                 qPrintable(finished.last().at(4).toString()));
        QCOMPARE(m_server.hits.value(QStringLiteral("detail:id-13")), 3); // one attempt, two retries
        QCOMPARE(adapter->writes(), QList<qsizetype>{10});                // page 2 never reached store()
        QCOMPARE(storedItems(), 10);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM followup_items WHERE id = 'id-11'")).toInt(), 0);
        QCOMPARE(cursorOf(id).toString(), QStringLiteral("2"));
        QCOMPARE(
            scalar(QStringLiteral("SELECT state FROM connector_state WHERE connector = ?"), {id}).toString(),
            QStringLiteral("error"));
        // Each attempt of the failed follow-up is in the operation log, under the feed.
        Test::await(log.flush());
        QCOMPARE(scalar(QStringLiteral("SELECT group_concat(attempt || ':' || status, ' ') FROM "
                                       "(SELECT attempt, status FROM operation_log WHERE connector = ? AND "
                                       "feed = 'reservations' AND path = '/items/id-13' ORDER BY attempt)"),
                        {id})
                     .toString(),
                 QStringLiteral("1:500 2:500 3:500"));

        m_server.statuses.clear();
        engine.runNow(id, QStringLiteral("reservations"));
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.last().at(2).toBool(), qPrintable(finished.last().at(4).toString()));
        QCOMPARE(finished.last().at(3).toLongLong(), 5);
        QCOMPARE(m_server.hits.value(QStringLiteral("list:1")), 1); // resumed at page 2
        QCOMPARE(storedItems(), 15);
        QCOMPARE(cursorOf(id).toString(), QStringLiteral("3"));
    }

    // follow() refusing the page, or store() failing after follow(): the
    // page's details roll back with its cursor; no HTTP status is blamed.
    void rejectedOrUnsavedPageLeavesTheCursor()
    {
        m_server.total = 20;
        ManualReachability net;
        SyncEngine engine({.workerThreads = 1, .reachability = &net});
        const QString id = newConnectorId();
        auto adapter = feed(10);
        adapter->options().rejectPage = 2;
        engine.addConnector({id, profile(id), {definition(adapter)}});
        QSignalSpy finished(&engine, &SyncEngine::feedFinished);

        engine.runNow(id, QStringLiteral("reservations"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(2).toBool(), false);
        QVERIFY2(finished.last().at(4).toString().contains(QStringLiteral("page rejected by the test")),
                 qPrintable(finished.last().at(4).toString()));
        QCOMPARE(finished.last().at(5).toInt(), 0);
        QCOMPARE(m_server.detailRequests, 20); // page 2's details were fetched…
        QCOMPARE(storedItems(), 10);           // …and not stored
        QCOMPARE(cursorOf(id).toString(), QStringLiteral("2"));
        QVERIFY(!m_server.hits.contains(QStringLiteral("list:3")));

        // store() writes page 2's details, then fails: they go with the cursor.
        adapter->options().rejectPage = -1;
        adapter->options().failWritePage = 2;
        engine.runNow(id, QStringLiteral("reservations"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(2).toBool(), false);
        QVERIFY(finished.last().at(4).toString().contains(QStringLiteral("write failed on purpose")));
        QCOMPARE(storedItems(), 10);
        QCOMPARE(cursorOf(id).toString(), QStringLiteral("2"));

        adapter->options().failWritePage = -1;
        engine.runNow(id, QStringLiteral("reservations"));
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.last().at(2).toBool(), qPrintable(finished.last().at(4).toString()));
        QCOMPARE(storedItems(), 20);
        QCOMPARE(cursorOf(id).toString(), QStringLiteral("3"));
    }

    // An entity gone since the list (404) is the adapter's call: here a
    // FeedProblem, held in the quarantine with the page; the others stored.
    void goneEntityIsQuarantinedOthersStored()
    {
        m_server.total = 5;
        m_server.statuses.insert(DetailServer::itemId(3), 404);
        ManualReachability net;
        SyncEngine engine({.workerThreads = 1, .reachability = &net});
        const QString id = newConnectorId();
        auto adapter = feed(10);
        engine.addConnector({id, profile(id), {definition(adapter)}});
        QSignalSpy progress(&engine, &SyncEngine::feedProgress);
        QSignalSpy finished(&engine, &SyncEngine::feedFinished);

        engine.runNow(id, QStringLiteral("reservations"));
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.last().at(2).toBool(), qPrintable(finished.last().at(4).toString()));
        QCOMPARE(finished.last().at(3).toLongLong(), 4);
        QCOMPARE(progress.last().at(2).toLongLong(), 4);
        QCOMPARE(storedItems(), 4);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM followup_items WHERE id = 'id-3'")).toInt(), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM quarantine WHERE connector = ? AND "
                                       "feed = 'reservations' AND record_key = 'id-3' AND "
                                       "reason_code = 'gone' AND resolved_at IS NULL"),
                        {id})
                     .toInt(),
                 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM quarantine WHERE connector = ?"), {id}).toInt(),
                 1);
        QCOMPARE(cursorOf(id).toString(), QStringLiteral("2"));
    }

    // A run cancelled while its follow-ups are out sends no more of them,
    // ignores the answers still to come and stores nothing of the page.
    void cancelledRunStopsItsFollowUps()
    {
        m_server.total = 10;
        m_server.latencyMs = 1000;
        ManualReachability net;
        SyncEngine engine({.workerThreads = 1, .reachability = &net});
        const QString id = newConnectorId();
        auto adapter = feed(10);
        adapter->options().inFlight = 2;
        engine.addConnector({id, profile(id), {definition(adapter)}});
        QSignalSpy finished(&engine, &SyncEngine::feedFinished);

        engine.runNow(id, QStringLiteral("reservations"));
        QTRY_COMPARE_WITH_TIMEOUT(m_server.detailRequests, 2, 5000);
        engine.cancelAll();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.last().at(2).toBool(), false);
        QVERIFY(!engine.isBusy());

        // The two answers come (and are dropped), no other request goes out.
        QTRY_COMPARE_WITH_TIMEOUT(m_server.inFlight, 0, 5000);
        QTest::qWait(300);
        QCOMPARE(m_server.detailRequests, 2);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(storedItems(), 0);
        QVERIFY(adapter->writes().isEmpty());
        QVERIFY(!cursorOf(id).isValid());

        // The next run does the page whole.
        m_server.latencyMs = 0;
        engine.runNow(id, QStringLiteral("reservations"));
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.last().at(2).toBool(), qPrintable(finished.last().at(4).toString()));
        QCOMPARE(storedItems(), 10);
        QCOMPARE(cursorOf(id).toString(), QStringLiteral("2"));
    }
    // Answers arrive in any order (here the last first); follow() gets
    // responses[i] for followUps[i] and store() the records in list order.
    void recordsKeepTheListOrder()
    {
        m_server.total = 6;
        for (int n = 1; n <= 6; ++n)
            m_server.latencies.insert(DetailServer::itemId(n), 60 * (7 - n));
        ManualReachability net;
        SyncEngine engine({.workerThreads = 1, .reachability = &net});
        const QString id = newConnectorId();
        auto adapter = feed(10);
        engine.addConnector({id, profile(id), {definition(adapter)}});
        QSignalSpy finished(&engine, &SyncEngine::feedFinished);

        engine.runNow(id, QStringLiteral("reservations"));
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.last().at(2).toBool(), qPrintable(finished.last().at(4).toString()));
        const QStringList& events = m_server.events;
        QVERIFY2(events.indexOf(QStringLiteral("done:id-6")) < events.indexOf(QStringLiteral("done:id-1")),
                 qPrintable(events.join(QLatin1Char(' '))));
        QCOMPARE(adapter->writtenIds(),
                 (QStringList{QStringLiteral("id-1"), QStringLiteral("id-2"), QStringLiteral("id-3"),
                              QStringLiteral("id-4"), QStringLiteral("id-5"), QStringLiteral("id-6")}));
    }

    // The follow-ups count against the provider's token bucket, like the
    // list: with a burst of 1 at 20 requests/s, 1 list + 6 details take at
    // least 6 × 50 ms.
    void followUpsTakeTheRateLimit()
    {
        m_server.total = 6;
        ManualReachability net;
        SyncEngine engine({.workerThreads = 1, .reachability = &net});
        const QString id = newConnectorId();
        ConnectorProfile limited = profile(id);
        limited.rateBurst = 1;
        limited.ratePerSecond = 20;
        auto adapter = feed(10);
        engine.addConnector({id, limited, {definition(adapter)}});
        QSignalSpy finished(&engine, &SyncEngine::feedFinished);

        engine.runNow(id, QStringLiteral("reservations"));
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.last().at(2).toBool(), qPrintable(finished.last().at(4).toString()));
        QCOMPARE(m_server.listArrivals.size(), 1);
        QCOMPARE(m_server.detailArrivals.size(), 6);
        const qint64 spread = m_server.detailArrivals.last() - m_server.listArrivals.first();
        QVERIFY2(spread >= 250, qPrintable(QStringLiteral("6 details within %1 ms").arg(spread)));
        QCOMPARE(storedItems(), 6);
    }

    // The follow-ups go through the provider's breaker: once failures open
    // it, the rest of the page's follow-ups fail at once without reaching
    // the provider, and nothing of the page is stored.
    void followUpsShareTheBreaker()
    {
        m_server.total = 6;
        for (int n = 1; n <= 6; ++n)
            m_server.statuses.insert(DetailServer::itemId(n), 503);
        OperationLog log;
        ManualReachability net;
        SyncEngine engine({.workerThreads = 1, .reachability = &net});
        engine.setOperationLog(&log);
        const QString id = newConnectorId();
        ConnectorProfile guarded = profile(id);
        guarded.breaker.consecutiveFailures = 3;
        guarded.breaker.cooldownMs = 60'000;
        auto adapter = feed(10);
        adapter->options().inFlight = 1; // one at a time: exactly 3 reach the server
        engine.addConnector({id, guarded, {definition(adapter)}});
        QSignalSpy finished(&engine, &SyncEngine::feedFinished);

        engine.runNow(id, QStringLiteral("reservations"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(2).toBool(), false);
        QCOMPARE(finished.last().at(5).toInt(), 503);
        QCOMPARE(m_server.detailRequests, 3);
        QCOMPARE(storedItems(), 0);
        QVERIFY(adapter->writes().isEmpty());
        QVERIFY(!cursorOf(id).isValid());
        QTRY_COMPARE_WITH_TIMEOUT(
            scalar(QStringLiteral("SELECT breaker_state FROM connector_state WHERE connector = ?"), {id})
                .toString(),
            QStringLiteral("open"), 5000);
        // The three refused at once are logged too, as CircuitOpen.
        Test::await(log.flush());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM operation_log WHERE connector = ? AND "
                                       "path LIKE '/items/%' AND error LIKE 'CircuitOpen%'"),
                        {id})
                     .toInt(),
                 3);
    }

    // The engine going away (the application quits) while a page's
    // follow-ups are out: the pages before it stay, nothing of it is
    // written, no more follow-ups go out; the next engine resumes there.
    void engineGoneWhileFollowUpsInFlight()
    {
        m_server.total = 20;
        for (int n = 11; n <= 20; ++n)
            m_server.latencies.insert(DetailServer::itemId(n), 1000);
        const QString id = newConnectorId();
        auto adapter = feed(10);
        adapter->options().inFlight = 2;
        {
            ManualReachability net;
            SyncEngine engine({.workerThreads = 1, .reachability = &net});
            engine.addConnector({id, profile(id), {definition(adapter)}});
            QSignalSpy progress(&engine, &SyncEngine::feedProgress);
            engine.runNow(id, QStringLiteral("reservations"));
            QTRY_COMPARE_WITH_TIMEOUT(m_server.detailRequests, 12, 5000); // page 2's first two are out
            QCOMPARE(progress.count(), 1);
            QCOMPARE(cursorOf(id).toString(), QStringLiteral("2"));
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_server.inFlight, 0, 5000);
        QTest::qWait(200);
        QCOMPARE(m_server.detailRequests, 12);
        QCOMPARE(adapter->writes(), QList<qsizetype>{10});
        QCOMPARE(storedItems(), 10);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM followup_items WHERE id = 'id-11'")).toInt(), 0);
        QCOMPARE(cursorOf(id).toString(), QStringLiteral("2"));
        QCOMPARE(scalar(QStringLiteral("SELECT ok || '/' || records || '/' || pages FROM sync_run WHERE "
                                       "connector = ?"),
                        {id})
                     .toString(),
                 QStringLiteral("0/10/1"));

        m_server.latencies.clear();
        ManualReachability net;
        SyncEngine engine({.workerThreads = 1, .reachability = &net});
        engine.addConnector({id, profile(id), {definition(adapter)}});
        QSignalSpy finished(&engine, &SyncEngine::feedFinished);
        engine.runNow(id, QStringLiteral("reservations"));
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.last().at(2).toBool(), qPrintable(finished.last().at(4).toString()));
        QCOMPARE(finished.last().at(3).toLongLong(), 10);
        QCOMPARE(m_server.hits.value(QStringLiteral("list:1")), 1);
        QCOMPARE(m_server.hits.value(QStringLiteral("list:2")), 2);
        QCOMPARE(storedItems(), 20);
        QCOMPARE(adapter->writes(), (QList<qsizetype>{10, 10}));
        QCOMPARE(cursorOf(id).toString(), QStringLiteral("3"));
    }

    // An adapter that stores on the store thread (storesOnOwnThread()):
    // the same pages, in the same order, each with its cursor; the progress
    // and the run's row as on the worker thread.
    void storeThreadKeepsThePagesInOrder()
    {
        m_ownThread = true;
        const auto reset = qScopeGuard([this] { m_ownThread = false; });
        paginatesAcrossListPages();
    }

    void storeThreadRunsWriteElsewhere()
    {
        m_server.total = 30;
        ManualReachability net;
        SyncEngine engine({.workerThreads = 1, .reachability = &net});
        const QString id = newConnectorId();
        m_ownThread = true;
        const auto reset = qScopeGuard([this] { m_ownThread = false; });
        auto adapter = feed(10);
        engine.addConnector({id, profile(id), {definition(adapter)}});
        QSignalSpy finished(&engine, &SyncEngine::feedFinished);
        engine.runNow(id, QStringLiteral("reservations"));
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.last().at(2).toBool(), qPrintable(finished.last().at(4).toString()));
        QCOMPARE(adapter->followThreads().size(), 1);
        QCOMPARE(adapter->writeThreads().size(), 1);
        QVERIFY(adapter->followThreads() != adapter->writeThreads());
        QVERIFY(!adapter->writeThreads().contains(QThread::currentThread()));
        QStringList ids;
        for (int n = 1; n <= 30; ++n)
            ids << DetailServer::itemId(n);
        QCOMPARE(adapter->writtenIds(), ids);
    }

    // A page that fails to store ends the run there: the later pages, read
    // meanwhile, are not stored (their cursor would skip the failed one).
    void storeThreadStopsAtAFailedPage()
    {
        m_ownThread = true;
        const auto reset = qScopeGuard([this] { m_ownThread = false; });
        rejectedOrUnsavedPageLeavesTheCursor();
        if (QTest::currentTestFailed())
            return;

        m_server.reset();
        QVERIFY(Test::exec(QStringLiteral("DELETE FROM followup_items")));
        m_server.total = 60;
        ManualReachability net;
        SyncEngine engine({.workerThreads = 1, .reachability = &net});
        const QString id = newConnectorId();
        auto adapter = feed(10);
        adapter->options().failWritePage = 2;
        // Slow enough for the next pages to be read, and handed over, meanwhile.
        adapter->options().slowWritePage = 2;
        adapter->options().slowWriteMs = 500;
        engine.addConnector({id, profile(id), {definition(adapter)}});
        QSignalSpy finished(&engine, &SyncEngine::feedFinished);
        engine.runNow(id, QStringLiteral("reservations"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(2).toBool(), false);
        QVERIFY2(finished.last().at(4).toString().contains(QStringLiteral("write failed on purpose")),
                 qPrintable(finished.last().at(4).toString()));
        QCOMPARE(finished.last().at(3).toLongLong(), 10);
        QVERIFY2(m_server.detailRequests > 30, qPrintable(QString::number(m_server.detailRequests)));
        QCOMPARE(adapter->writes(), (QList<qsizetype>{10, 10})); // page 3 on, read, not even tried
        QCOMPARE(storedItems(), 10);
        QCOMPARE(cursorOf(id).toString(), QStringLiteral("2"));
        QCOMPARE(scalar(QStringLiteral("SELECT ok || '/' || records || '/' || pages FROM sync_run WHERE "
                                       "connector = ?"),
                        {id})
                     .toString(),
                 QStringLiteral("0/10/1"));
    }

    // The engine goes while a page is with the store thread and the next
    // one's follow-ups are in flight: what was handed over is stored with its
    // cursor, the run's row says so, nothing more.
    void storeThreadDrainsWhenTheEngineGoes()
    {
        m_server.total = 20;
        for (int n = 11; n <= 20; ++n)
            m_server.latencies.insert(DetailServer::itemId(n), 1000);
        const QString id = newConnectorId();
        m_ownThread = true;
        const auto reset = qScopeGuard([this] { m_ownThread = false; });
        auto adapter = feed(10);
        adapter->options().inFlight = 2;
        adapter->options().slowWritePage = 1; // still with the store thread when the engine goes
        adapter->options().slowWriteMs = 400;
        {
            ManualReachability net;
            SyncEngine engine({.workerThreads = 1, .reachability = &net});
            engine.addConnector({id, profile(id), {definition(adapter)}});
            engine.runNow(id, QStringLiteral("reservations"));
            QTRY_COMPARE_WITH_TIMEOUT(m_server.detailRequests, 12, 5000); // page 2's first two are out
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_server.inFlight, 0, 5000);
        QCOMPARE(adapter->writes(), QList<qsizetype>{10});
        QCOMPARE(storedItems(), 10);
        QCOMPARE(cursorOf(id).toString(), QStringLiteral("2"));
        QCOMPARE(scalar(QStringLiteral("SELECT ok || '/' || records || '/' || pages FROM sync_run WHERE "
                                       "connector = ?"),
                        {id})
                     .toString(),
                 QStringLiteral("0/10/1"));
    }
};

QTEST_GUILESS_MAIN(TestSyncFollowUps)
#include "tst_syncfollowups.moc"
