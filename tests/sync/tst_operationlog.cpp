#include "common/core/database.h"
#include "common/core/logfile.h"
#include "common/net/httpclient.h"
#include "common/net/redaction.h"
#include "common/sync/operationlog.h"
#include "common/sync/outbox.h"
#include "common/sync/reachability.h"
#include "common/sync/syncengine.h"
#include "httpsupport.h"
#include "sandbox/core/sandboxfeeds.h"
#include "sandbox/core/sandboxserver.h"
#include "syncsupport.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QMutex>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Moulin;

using Test::await;
using Test::scalar;
using Test::sendAndWait;

namespace {

// Every message logged, with its category (chained to the previous handler).
struct Capture
{
    static QMutex mutex;
    static QStringList lines;
    static QtMessageHandler previous;
    static void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        {
            QMutexLocker lock(&mutex);
            lines.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char('|') +
                         message);
        }
        if (previous)
            previous(type, context, message);
    }
    static QStringList matching(const QString& prefix)
    {
        QMutexLocker lock(&mutex);
        QStringList out;
        for (const QString& line : std::as_const(lines)) {
            if (line.startsWith(prefix))
                out.append(line);
        }
        return out;
    }
};
QMutex Capture::mutex;
QStringList Capture::lines;
QtMessageHandler Capture::previous = nullptr;

QString dump(const QString& table)
{
    QSqlQuery q(Database::connection());
    QString text;
    if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
        return QStringLiteral("<query failed>");
    while (q.next()) {
        for (int i = 0; i < q.record().count(); ++i)
            text += q.value(i).toString() + QLatin1Char('|');
        text += QLatin1Char('\n');
    }
    return text;
}

} // namespace

class TestOperationLog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    SandboxFeeds* m_feeds = nullptr;
    QString m_dir;

    QUrl url(const QString& path) const { return m_server->baseUrl().resolved(QUrl(path)); }

private Q_SLOTS:
    void initTestCase()
    {
        const Test::FreshDatabase db = Test::openFreshDatabase(QStringLiteral("operationlog"));
        m_dir = db.dir;
        QVERIFY2(db.opened.ok(), qPrintable(db.opened.message));
        QVERIFY(Test::RecordsAdapter::createTables(Database::connection()));
        m_server = std::make_unique<SandboxServer>(5);
        QVERIFY(m_server->start());
        m_feeds = SandboxFeeds::install(m_server.get());
        Capture::previous = qInstallMessageHandler(&Capture::handler);
    }

    void init()
    {
        QVERIFY(Database::exec(Database::connection(), QStringLiteral("DELETE FROM operation_log")));
        m_server->clearFaults();
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(Capture::previous);
        m_server.reset();
        Database::closeConnection();
    }

    void oneRowPerAttemptOneLinePerRequest()
    {
        OperationLog log;
        HttpClient client;
        log.attach(&client);
        ConnectorProfile profile;
        profile.name = QStringLiteral("crm");
        profile.retry.retryAttempts = 1;
        profile.retry.baseDelayMs = 10;
        client.setProfile(profile);
        FaultPlan once;
        once.pathPrefix = QStringLiteral("/_sandbox/records");
        once.statuses = {500};
        m_server->setFaultPlan(once);

        HttpRequest request = HttpRequest::getJson(url(QStringLiteral("/_sandbox/records?limit=5")));
        request.connector = QStringLiteral("crm");
        request.feed = QStringLiteral("contacts");
        const int linesBefore = int(Capture::matching(QStringLiteral("moulin.connector.crm|")).size());
        const HttpResponse response = sendAndWait(client, request);
        QVERIFY(response.ok);
        QCOMPARE(response.attempts, 2);
        QCOMPARE(await(log.flush()), 2);

        QSqlQuery q(Database::connection());
        QVERIFY(q.exec(
            QStringLiteral("SELECT connector, feed, method, path, status, attempt, error, latency_ms, at, "
                           "request_id FROM operation_log ORDER BY id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("crm"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("contacts"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("GET"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("/_sandbox/records?limit=5"));
        QCOMPARE(q.value(4).toInt(), 500);
        QCOMPARE(q.value(5).toInt(), 1);
        QVERIFY2(q.value(6).toString().startsWith(QStringLiteral("Http: ")),
                 qPrintable(q.value(6).toString()));
        QVERIFY(q.value(7).toLongLong() >= 0);
        QVERIFY(QDateTime::fromString(q.value(8).toString(), Qt::ISODate).isValid());
        // Both attempts carry the request's id.
        QVERIFY(!response.requestId.isEmpty());
        QCOMPARE(q.value(9).toString(), QString::fromLatin1(response.requestId));
        QVERIFY(q.next());
        QCOMPARE(q.value(4).toInt(), 200);
        QCOMPARE(q.value(5).toInt(), 2);
        QVERIFY(q.value(6).isNull());
        QCOMPARE(q.value(9).toString(), QString::fromLatin1(response.requestId));
        QVERIFY(!q.next());

        const QStringList lines = Capture::matching(QStringLiteral("moulin.connector.crm|"));
        QCOMPARE(lines.size() - linesBefore, 1);
        QVERIFY2(lines.last().contains(QStringLiteral("contacts: GET /_sandbox/records?limit=5 -> 200")),
                 qPrintable(lines.last()));
    }

    void requestsThatNeverLeftGetARow()
    {
        OperationLog log;
        HttpClient client;
        log.attach(&client);
        ConnectorProfile profile;
        profile.name = QStringLiteral("pos");
        profile.retry.retryAttempts = 0;
        profile.breaker.consecutiveFailures = 1;
        client.setProfile(profile);
        FaultPlan once;
        once.pathPrefix = QStringLiteral("/_sandbox/records");
        once.statuses = {503};
        m_server->setFaultPlan(once);
        HttpRequest request = HttpRequest::getJson(url(QStringLiteral("/_sandbox/records")));
        request.connector = QStringLiteral("pos");
        QCOMPARE(sendAndWait(client, request).status, 503);
        QCOMPARE(sendAndWait(client, request).error, HttpError::CircuitOpen);
        QCOMPARE(await(log.flush()), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT attempt || ' ' || status || ' ' || substr(error, 1, 12) FROM "
                                       "operation_log ORDER BY id DESC LIMIT 1"))
                     .toString(),
                 QStringLiteral("0 0 CircuitOpen:"));
    }

    void syncedOperationsHaveARequestId()
    {
        m_feeds->setRecordCount(120);
        const QString connector = QStringLiteral("traced");
        {
            OperationLog log;
            ManualReachability net;
            SyncEngine engine({.workerThreads = 1, .reachability = &net});
            engine.setOperationLog(&log);
            ConnectorProfile profile;
            profile.name = connector;
            profile.retry.retryAttempts = 1;
            profile.retry.baseDelayMs = 10;
            Test::RecordsAdapter::Options options;
            options.baseUrl = m_server->baseUrl();
            auto adapter = std::make_shared<Test::RecordsAdapter>(options);
            engine.addConnector({connector, profile, {{QStringLiteral("records"), 0, true, adapter}}});
            QSignalSpy finished(&engine, &SyncEngine::feedFinished);
            FaultPlan once; // the first page fails once, then is sent again
            once.pathPrefix = QStringLiteral("/_sandbox/records");
            once.statuses = {503};
            m_server->setFaultPlan(once);
            engine.runNow(connector, QStringLiteral("records"));
            QVERIFY(finished.wait(10000));
            QCOMPARE(finished.last().at(2).toBool(), true);
        } // the log writes what is left

        const QString rows = QStringLiteral("FROM operation_log WHERE connector = '%1'").arg(connector);
        const int total = scalar(QStringLiteral("SELECT count(*) ") + rows).toInt();
        QVERIFY2(total >= 3, qPrintable(dump(QStringLiteral("operation_log"))));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) ") + rows +
                        QStringLiteral(" AND (request_id IS NULL OR request_id = '')"))
                     .toInt(),
                 0);
        // One id per request: the retried first page shares its id, every
        // other page has its own.
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT request_id) ") + rows).toInt(), total - 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) ") + rows +
                        QStringLiteral(" AND request_id = (SELECT request_id ") + rows +
                        QStringLiteral(" ORDER BY id LIMIT 1)"))
                     .toInt(),
                 2);
    }

    // A batch larger than one transaction's share (the GUI thread's writes
    // wait while the log holds SQLite's writer) lands whole, in order, each
    // row with its values (redacted before the lock is taken).
    void aLargeBatchIsWrittenAShortTransactionAtATime()
    {
        OperationLog log;
        const int rows = OperationLog::kRowsPerTransaction * 3 + 5;
        for (int i = 0; i < rows; ++i) {
            OperationRecord r;
            r.connector = QStringLiteral("website");
            r.feed = QStringLiteral("webhook");
            r.method = QStringLiteral("POST");
            r.path = QStringLiteral("/webhooks/website?token=s3cr3t-%1").arg(i);
            r.status = i % 2 ? 200 : 401;
            r.attempt = 1;
            r.error = i % 2 ? HttpError::None : HttpError::Http;
            r.errorString = i % 2 ? QString() : QStringLiteral("bad signature %1").arg(i);
            r.at = QDateTime::currentDateTimeUtc();
            log.record(r);
        }
        QCOMPARE(await(log.flush()), rows);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM operation_log WHERE connector = 'website'")).toInt(),
            rows);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM operation_log WHERE connector = 'website' AND "
                                       "path LIKE '%s3cr3t%'"))
                     .toInt(),
                 0);
        // In order: the n-th row is the n-th record.
        QSqlQuery q(Database::connection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT status, error FROM operation_log WHERE connector = 'website' ORDER BY id")));
        for (int i = 0; i < rows; ++i) {
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), i % 2 ? 200 : 401);
            QCOMPARE(q.value(1).isNull(), i % 2 == 1);
            if (i % 2 == 0)
                QVERIFY2(q.value(1).toString().contains(QStringLiteral("bad signature %1").arg(i)),
                         qPrintable(q.value(1).toString()));
        }
        QVERIFY(!q.next());
    }

    void keepsThirtyDays()
    {
        // Rows older than 30 days are dropped at start-up...
        QVERIFY(Database::exec(
            Database::connection(),
            QStringLiteral("INSERT INTO operation_log(at, connector) VALUES "
                           "('2000-01-01T00:00:00Z', 'old'), ('2999-01-01T00:00:00Z', 'new')")));
        {
            OperationLog startup;
            QTRY_COMPARE_WITH_TIMEOUT(scalar(QStringLiteral("SELECT count(*) FROM operation_log")).toInt(), 1,
                                      5000);
            QCOMPARE(scalar(QStringLiteral("SELECT connector FROM operation_log")).toString(),
                     QStringLiteral("new"));
        }
        QVERIFY(Database::exec(Database::connection(), QStringLiteral("DELETE FROM operation_log")));

        // ... and by prune() (daily), by the log's clock.
        ManualClock clock(QDateTime(QDate(2024, 6, 30), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
        OperationLog log;
        log.setClock(&clock);
        QCOMPARE(log.retentionDays(), 30);
        for (int days : {31, 30, 29, 0}) {
            OperationRecord r;
            r.connector = QStringLiteral("c%1").arg(days);
            r.method = QStringLiteral("GET");
            r.path = QStringLiteral("/");
            r.status = 200;
            r.attempt = 1;
            r.at = clock.now().addDays(-days).addSecs(days == 30 ? 60 : 0);
            log.record(r);
        }
        QCOMPARE(await(log.flush()), 4);
        QCOMPARE(await(log.prune()), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT group_concat(connector, ',') FROM (SELECT connector FROM "
                                       "operation_log ORDER BY id)"))
                     .toString(),
                 QStringLiteral("c30,c29,c0"));
        clock.advanceMs(qint64(24) * 3600 * 1000); // a day later, c30 is 31 days old
        QCOMPARE(await(log.prune()), 1);
        log.setRetentionDays(1);
        QCOMPARE(await(log.prune()), 1); // c29; c0 is exactly one day old
        QCOMPARE(scalar(QStringLiteral("SELECT group_concat(connector, ',') FROM operation_log")).toString(),
                 QStringLiteral("c0"));
    }

    void noSecretInTheLogFileOrTheDatabase()
    {
        const QByteArray token = Test::testSecret(QStringLiteral("bearer-token"));
        const QByteArray apiKey = Test::testSecret(QStringLiteral("api-key"));
        const QByteArray signature = Test::testSecret(QStringLiteral("signature"));
        const QString logDir = QDir(m_dir).filePath(QStringLiteral("logs"));
        LogFile::install(logDir, [](const QString& line) { return Redact::text(line); });
        m_feeds->setRecordCount(250);
        const QString connector = QStringLiteral("guarded");

        {
            OperationLog log;
            ManualReachability net;
            SyncEngine engine({.workerThreads = 1, .reachability = &net});
            engine.setOperationLog(&log);
            ConnectorProfile profile;
            profile.name = connector;
            profile.retry.retryAttempts = 0;
            profile.breaker.consecutiveFailures = 0;
            profile.breaker.failureRateThreshold = 0;
            profile.decorate = [token](QNetworkRequest& request, const HttpRequest&) {
                request.setRawHeader("Authorization", "Bearer " + token);
            };
            Test::RecordsAdapter::Options options;
            options.baseUrl = m_server->baseUrl();
            options.query = {{QStringLiteral("api_key"), QString::fromLatin1(apiKey)},
                             {QStringLiteral("signature"), QString::fromLatin1(signature)}};
            options.headers = {{"X-Api-Key", apiKey}};
            auto adapter = std::make_shared<Test::RecordsAdapter>(options);
            engine.addConnector({connector, profile, {{QStringLiteral("records"), 0, true, adapter}}});
            QSignalSpy finished(&engine, &SyncEngine::feedFinished);

            // A refused request (401), then a full sync.
            FaultPlan denied;
            denied.pathPrefix = QStringLiteral("/_sandbox/records");
            denied.statuses = {401};
            m_server->setFaultPlan(denied);
            engine.runNow(connector, QStringLiteral("records"));
            QVERIFY(finished.wait(10000));
            QCOMPARE(finished.last().at(2).toBool(), false);
            engine.runNow(connector, QStringLiteral("records"));
            QVERIFY(finished.wait(10000));
            QCOMPARE(finished.last().at(2).toBool(), true);

            // A host that does not answer, with the secrets in its URL.
            HttpClient direct;
            log.attach(&direct);
            direct.setProfile(profile);
            SandboxServer* gone = new SandboxServer(1);
            QVERIFY(gone->start());
            QUrl dead = gone->baseUrl().resolved(
                QUrl(QStringLiteral("/v1/items?access_token=%1&password=%2")
                         .arg(QString::fromLatin1(token), QString::fromLatin1(apiKey))));
            delete gone;
            HttpRequest request = HttpRequest::getJson(dead);
            request.connector = connector;
            QCOMPARE(sendAndWait(direct, request).error, HttpError::Network);

            // A write through the outbox, signed.
            Outbox outbox;
            outbox.httpClient()->setProfile(profile);
            log.attach(outbox.httpClient());
            outbox.registerHandler(connector, QStringLiteral("order"),
                                   [this, signature](const OutboxItem& item) {
                                       HttpRequest r = Test::OrdersHandler(m_server->baseUrl()).request(item);
                                       r.headers.append({"X-Signature", signature});
                                       return r;
                                   });
            QSignalSpy confirmed(&outbox, &Outbox::itemConfirmed);
            outbox.start();
            outbox.enqueue(connector, QStringLiteral("order"), QJsonObject{{QStringLiteral("table"), 4}});
            QVERIFY(confirmed.wait(5000));
            QCOMPARE(await(log.flush()) >= 0, true);
        } // the log writes what is left
        LogFile::flush();

        // The rows exist, without the secrets.
        QVERIFY(
            scalar(QStringLiteral("SELECT count(*) FROM operation_log WHERE connector = '%1'").arg(connector))
                .toInt() >= 6);
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM operation_log WHERE path LIKE '%[REDACTED]%'"))
                    .toInt() >= 4);
        for (const QString& table :
             {QStringLiteral("operation_log"), QStringLiteral("sync_run"), QStringLiteral("connector_state"),
              QStringLiteral("sync_cursor"), QStringLiteral("outbox")}) {
            const QString rows = dump(table);
            QVERIFY2(!rows.contains(QLatin1String(Test::kSecretMarker)),
                     qPrintable(table + QLatin1Char(':') + rows));
        }

        // The log file has the connector's lines, redacted.
        QString logText;
        QDirIterator files(logDir, QDir::Files);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            logText += QString::fromUtf8(file.readAll());
        }
        LogFile::uninstall();
        QVERIFY(logText.contains(QStringLiteral("moulin.connector.guarded")));
        QVERIFY(logText.contains(QStringLiteral("api_key=[REDACTED]")));
        QVERIFY(!logText.contains(QLatin1String(Test::kSecretMarker)));

        // Nor anywhere in the database files (WAL included).
        QDirIterator dbFiles(m_dir, {QStringLiteral("moulin.sqlite*")}, QDir::Files);
        int scanned = 0;
        while (dbFiles.hasNext()) {
            QFile file(dbFiles.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(Test::kSecretMarker), qPrintable(file.fileName()));
            ++scanned;
        }
        QVERIFY(scanned >= 1);
    }
};

QTEST_GUILESS_MAIN(TestOperationLog)
#include "tst_operationlog.moc"
