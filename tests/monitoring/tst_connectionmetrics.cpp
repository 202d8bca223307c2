#include "common/core/apppaths.h"
#include "common/core/database.h"
#include "common/sync/operationlog.h"
#include "monitoring/core/connectionmetrics.h"
#include "testsupport.h"

#include <QDir>
#include <QSettings>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <random>

using namespace Moulin;

using Test::await;

namespace {

const QString kConn = QStringLiteral("lightspeed");
const QString kOther = QStringLiteral("other");

QDateTime utc(const char* text)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
    return t.toUTC();
}

// Exactly what OperationLog writes: Qt::ISODate of the UTC time.
QString stamp(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

// status / latency: a null QVariant stores NULL.
bool insertAttempt(const QString& connector, const QString& at, const QVariant& status,
                   const QVariant& latency)
{
    QSqlQuery q(Database::connection());
    return Database::run(
        q,
        QStringLiteral("INSERT INTO operation_log(at, connector, feed, method, path, status, "
                       "latency_ms, attempt, error, request_id) "
                       "VALUES (?, ?, 'transactions', 'GET', '/f', ?, ?, 1, NULL, NULL)"),
        {at, connector, status, latency}, "test insert attempt");
}

bool insertRun(const QString& connector, const QString& feed, const QString& startedAt,
               const QString& finishedAt, qint64 records, qint64 pages, bool ok, const QString& error = {})
{
    const QVariant nullText{QMetaType(QMetaType::QString)};
    QSqlQuery q(Database::connection());
    if (finishedAt.isEmpty()) // a run in progress: only what startRun() writes
        return Database::run(
            q, QStringLiteral("INSERT INTO sync_run(connector, feed, started_at) VALUES (?, ?, ?)"),
            {connector, feed, startedAt}, "test insert run");
    return Database::run(
        q,
        QStringLiteral("INSERT INTO sync_run(connector, feed, started_at, finished_at, records, "
                       "pages, ok, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {connector, feed, startedAt, finishedAt, records, pages, ok ? 1 : 0,
         error.isEmpty() ? nullText : QVariant(error)},
        "test insert run");
}

ConnectionStatus status(const QString& id, const QString& name, ConnectionState state,
                        BreakerPosition breaker = BreakerPosition::Closed, const QDateTime& lastSync = {},
                        const QDateTime& lastSuccess = {})
{
    ConnectionStatus s;
    s.connectorId = id;
    s.displayName = name;
    s.kind = QStringLiteral("pos");
    s.state = state;
    s.breaker = breaker;
    s.lastSyncAt = lastSync;
    s.lastSuccessAt = lastSuccess;
    return s;
}

ConnectionMetrics hour(qint64 requests, qint64 failures)
{
    ConnectionMetrics m;
    m.requests = requests;
    m.failures = failures;
    return m;
}

QList<ConnectionAlert::Kind> kinds(const QList<ConnectionAlert>& alerts)
{
    QList<ConnectionAlert::Kind> out;
    for (const ConnectionAlert& a : alerts)
        out.append(a.kind);
    return out;
}

const QString kName = QStringLiteral("Lightspeed Restaurant (K-Series)");

} // namespace

class TestConnectionMetrics : public QObject
{
    Q_OBJECT

private:
    QString m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = Test::freshDataDir(QStringLiteral("connectionmetrics"));
        AppPaths::setDataDir(m_dir);
        const DatabaseOpenResult db = Database::openAndMigrate(AppPaths::databasePath());
        QVERIFY2(db.ok(), qPrintable(db.message));
    }

    void init()
    {
        QVERIFY(Database::exec(Database::connection(), QStringLiteral("DELETE FROM operation_log")));
        QVERIFY(Database::exec(Database::connection(), QStringLiteral("DELETE FROM sync_run")));
    }

    void cleanupTestCase() { Database::closeConnection(); }

    void metricsOverWindow()
    {
        // Ten answered attempts (three of them HTTP errors), in shuffled
        // order; sorted: 10 20 30 40 50 60 70 80 250 900.
        const QList<std::pair<const char*, int>> answered = {
            {"2026-11-20T10:00:00Z", 250}, // the window's first second counts
            {"2026-11-20T10:05:00Z", 30},  {"2026-11-20T10:10:00Z", 70}, {"2026-11-20T10:15:00Z", 10},
            {"2026-11-20T10:20:00Z", 900}, {"2026-11-20T10:25:00Z", 40}, {"2026-11-20T10:30:00Z", 60},
            {"2026-11-20T10:35:00Z", 20},  {"2026-11-20T10:40:00Z", 50}, {"2026-11-20T10:59:59Z", 80},
        };
        const QList<int> statuses = {200, 200, 500, 200, 404, 200, 200, 429, 200, 200};
        for (qsizetype i = 0; i < answered.size(); ++i)
            QVERIFY(insertAttempt(kConn, QString::fromLatin1(answered.at(i).first), statuses.at(i),
                                  answered.at(i).second));
        // Two attempts without an answer: failures, not in the latencies.
        QVERIFY(insertAttempt(kConn, QStringLiteral("2026-11-20T10:45:00Z"), 0, 30000));
        QVERIFY(insertAttempt(kConn, QStringLiteral("2026-11-20T10:46:00Z"), QVariant(), QVariant()));
        // Outside the window or another connector.
        QVERIFY(insertAttempt(kConn, QStringLiteral("2026-11-20T09:59:59Z"), 500, 7000));
        QVERIFY(insertAttempt(kConn, QStringLiteral("2026-11-20T11:00:00Z"), 500, 8000));
        QVERIFY(insertAttempt(kOther, QStringLiteral("2026-11-20T10:30:00Z"), 500, 9000));

        QVERIFY(insertRun(kConn, QStringLiteral("transactions"), QStringLiteral("2026-11-20T09:55:00Z"),
                          QStringLiteral("2026-11-20T10:00:00Z"), 5, 1, true)); // finished at `from`: in
        QVERIFY(insertRun(kConn, QStringLiteral("transactions"), QStringLiteral("2026-11-20T10:05:00Z"),
                          QStringLiteral("2026-11-20T10:05:30Z"), 120, 3, true));
        QVERIFY(insertRun(kConn, QStringLiteral("menu_items"), QStringLiteral("2026-11-20T10:10:00Z"),
                          QStringLiteral("2026-11-20T10:10:02Z"), 0, 0, false, QStringLiteral("Http: 500")));
        QVERIFY(insertRun(kConn, QStringLiteral("transactions"), QStringLiteral("2026-11-20T10:50:00Z"),
                          QStringLiteral("2026-11-20T10:59:59Z"), 30, 1, true));
        QVERIFY(insertRun(kConn, QStringLiteral("transactions"), QStringLiteral("2026-11-20T10:59:00Z"),
                          QStringLiteral("2026-11-20T11:00:00Z"), 1000, 9, false)); // finished at `to`: out
        QVERIFY(insertRun(kConn, QStringLiteral("promotions"), QStringLiteral("2026-11-20T10:30:00Z"), {}, 0,
                          0, false)); // still running
        QVERIFY(insertRun(kOther, QStringLiteral("transactions"), QStringLiteral("2026-11-20T10:05:00Z"),
                          QStringLiteral("2026-11-20T10:06:00Z"), 77, 1, false));

        const ConnectionMetrics m = ConnectionMetricsReader::load(
            Database::connection(), kConn, utc("2026-11-20T10:00:00Z"), utc("2026-11-20T11:00:00Z"));
        QCOMPARE(m.requests, 12);
        QCOMPARE(m.failures, 5);
        QCOMPARE(m.errorRate(), 5.0 / 12.0);
        QCOMPARE(m.p50LatencyMs, 50);  // ceil(0.5 * 10) = 5th
        QCOMPARE(m.p95LatencyMs, 900); // ceil(0.95 * 10) = 10th
        QCOMPARE(m.runs, 4);
        QCOMPARE(m.failedRuns, 1);
        QCOMPARE(m.records, 155);

        // One second later on both ends: 10:00:00 leaves, 11:00:00 enters.
        const ConnectionMetrics shifted = ConnectionMetricsReader::load(
            Database::connection(), kConn, utc("2026-11-20T10:00:01Z"), utc("2026-11-20T11:00:01Z"));
        QCOMPARE(shifted.requests, 12);
        QCOMPARE(shifted.failures, 6);
        QCOMPARE(shifted.p95LatencyMs, 8000);
        QCOMPARE(shifted.runs, 4);
        QCOMPARE(shifted.failedRuns, 2);
        QCOMPARE(shifted.records, 1150);

        // Local-time bounds are the same instants.
        const QDateTime fromLocal = utc("2026-11-20T10:00:00Z").toOffsetFromUtc(3600);
        const ConnectionMetrics local =
            ConnectionMetricsReader::load(Database::connection(), kConn, fromLocal, fromLocal.addSecs(3600));
        QCOMPARE(local.requests, 12);
        QCOMPARE(local.p50LatencyMs, 50);
    }

    void percentilesNearestRank()
    {
        // 1..20 ms, inserted backwards: p50 = 10th = 10, p95 = 19th = 19.
        for (int i = 20; i >= 1; --i)
            QVERIFY(insertAttempt(kConn, stamp(utc("2026-11-20T10:00:00Z").addSecs(i)), 200, i));
        ConnectionMetrics m = ConnectionMetricsReader::load(
            Database::connection(), kConn, utc("2026-11-20T10:00:00Z"), utc("2026-11-20T11:00:00Z"));
        QCOMPARE(m.requests, 20);
        QCOMPARE(m.failures, 0);
        QCOMPARE(m.p50LatencyMs, 10);
        QCOMPARE(m.p95LatencyMs, 19);

        // A single answered attempt is both percentiles.
        QVERIFY(Database::exec(Database::connection(), QStringLiteral("DELETE FROM operation_log")));
        QVERIFY(insertAttempt(kConn, QStringLiteral("2026-11-20T10:30:00Z"), 204, 42));
        m = ConnectionMetricsReader::load(Database::connection(), kConn, utc("2026-11-20T10:00:00Z"),
                                          utc("2026-11-20T11:00:00Z"));
        QCOMPARE(m.p50LatencyMs, 42);
        QCOMPARE(m.p95LatencyMs, 42);
    }

    void emptyWindow()
    {
        QVERIFY(insertAttempt(kConn, QStringLiteral("2026-11-20T10:30:00Z"), 0, 100));
        ConnectionMetrics m = ConnectionMetricsReader::load(
            Database::connection(), kConn, utc("2026-11-20T10:00:00Z"), utc("2026-11-20T11:00:00Z"));
        QCOMPARE(m.requests, 1);
        QCOMPARE(m.failures, 1);
        QCOMPARE(m.errorRate(), 1.0);
        QCOMPARE(m.p50LatencyMs, -1); // nothing answered
        QCOMPARE(m.p95LatencyMs, -1);

        m = ConnectionMetricsReader::load(Database::connection(), kConn, utc("2026-11-21T10:00:00Z"),
                                          utc("2026-11-21T11:00:00Z"));
        QCOMPARE(m.requests, 0);
        QCOMPARE(m.errorRate(), 0.0);
        QCOMPARE(m.p50LatencyMs, -1);
        QCOMPARE(m.runs, 0);
        // An empty or reversed window.
        m = ConnectionMetricsReader::load(Database::connection(), kConn, utc("2026-11-20T11:00:00Z"),
                                          utc("2026-11-20T10:00:00Z"));
        QCOMPARE(m.requests, 0);
    }

    void seriesBuckets()
    {
        QVERIFY(insertAttempt(kConn, QStringLiteral("2026-11-20T10:05:00Z"), 500, 5000)); // before `from`
        QVERIFY(insertAttempt(kConn, QStringLiteral("2026-11-20T10:07:00Z"), 200, 100));
        QVERIFY(insertAttempt(kConn, QStringLiteral("2026-11-20T10:14:59Z"), 500, 300));
        // 10:15 bucket: empty. 10:30: one attempt without an answer.
        QVERIFY(insertAttempt(kConn, QStringLiteral("2026-11-20T10:30:00Z"), 0, 0));
        // 10:45: 20 answered attempts of 1..20 ms, one of them a 503.
        for (int i = 1; i <= 20; ++i)
            QVERIFY(insertAttempt(kConn, stamp(utc("2026-11-20T10:45:00Z").addSecs(i * 10)),
                                  i == 3 ? 503 : 200, i));
        QVERIFY(insertAttempt(kConn, QStringLiteral("2026-11-20T11:00:00Z"), 500, 7000)); // at `to`
        QVERIFY(insertAttempt(kOther, QStringLiteral("2026-11-20T10:20:00Z"), 500, 7000));

        const QList<MetricsBucket> s = ConnectionMetricsReader::series(
            Database::connection(), kConn, utc("2026-11-20T10:07:00Z"), utc("2026-11-20T11:00:00Z"), 15);
        QCOMPARE(s.size(), 4);
        QCOMPARE(s.at(0).start, utc("2026-11-20T10:00:00Z"));
        QCOMPARE(s.at(0).start.timeSpec(), Qt::UTC);
        QCOMPARE(s.at(3).start, utc("2026-11-20T10:45:00Z"));
        QCOMPARE(s.at(0).requests, 2);
        QCOMPARE(s.at(0).failures, 1);
        QCOMPARE(s.at(0).p95LatencyMs, 300); // ceil(0.95 * 2) = 2nd of {100, 300}
        QCOMPARE(s.at(1).requests, 0);
        QCOMPARE(s.at(1).failures, 0);
        QCOMPARE(s.at(1).p95LatencyMs, -1);
        QCOMPARE(s.at(2).requests, 1);
        QCOMPARE(s.at(2).failures, 1);
        QCOMPARE(s.at(2).p95LatencyMs, -1);
        QCOMPARE(s.at(3).requests, 20);
        QCOMPARE(s.at(3).failures, 1);
        QCOMPARE(s.at(3).p95LatencyMs, 19);

        // A `to` inside a bucket still gets that bucket; one past it gets the next.
        QCOMPARE(ConnectionMetricsReader::series(Database::connection(), kConn, utc("2026-11-20T10:00:00Z"),
                                                 utc("2026-11-20T10:50:00Z"), 15)
                     .size(),
                 4);
        const QList<MetricsBucket> longer = ConnectionMetricsReader::series(
            Database::connection(), kConn, utc("2026-11-20T10:00:00Z"), utc("2026-11-20T11:00:01Z"), 15);
        QCOMPARE(longer.size(), 5);
        QCOMPARE(longer.at(4).requests, 1);
        QCOMPARE(longer.at(4).p95LatencyMs, 7000);
        QCOMPARE(longer.at(0).requests, 3); // 10:05 is in now

        // The dashboard's day in 5-minute buckets.
        QCOMPARE(ConnectionMetricsReader::series(Database::connection(), kConn, utc("2026-11-19T11:00:00Z"),
                                                 utc("2026-11-20T11:00:00Z"), 5)
                     .size(),
                 288);
        QVERIFY(ConnectionMetricsReader::series(Database::connection(), kConn, utc("2026-11-20T10:00:00Z"),
                                                utc("2026-11-20T11:00:00Z"), 0)
                    .isEmpty());
    }

    void seriesOverThirtyDaysOfLogs()
    {
        // 30 days of logs for two connectors; the chart asks for one
        // connector's last 24 h: only those rows count, every bucket is there.
        const QDateTime end = utc("2026-11-30T00:00:00Z");
        const qint64 span = 30LL * 24 * 3600;
        const int rows = 20000;
        std::mt19937 random(7);
        qint64 lastDay = 0;
        qint64 lastDayFailures = 0;
        QVERIFY(Database::exec(Database::connection(), QStringLiteral("BEGIN")));
        for (int i = 0; i < rows; ++i) {
            const qint64 back = qint64(random() % quint64(span)) + 1;
            const bool failed = random() % 10 == 0;
            const bool mine = i % 3 != 0; // a third for another connector
            if (mine && back <= 24 * 3600) {
                ++lastDay;
                lastDayFailures += failed ? 1 : 0;
            }
            QVERIFY(insertAttempt(mine ? kConn : kOther, stamp(end.addSecs(-back)), failed ? 502 : 200,
                                  int(random() % 900)));
        }
        QVERIFY(Database::exec(Database::connection(), QStringLiteral("COMMIT")));

        const QList<MetricsBucket> s =
            ConnectionMetricsReader::series(Database::connection(), kConn, end.addDays(-1), end, 5);
        QCOMPARE(s.size(), 288);
        qint64 requests = 0;
        qint64 failures = 0;
        for (const MetricsBucket& b : s) {
            requests += b.requests;
            failures += b.failures;
        }
        QCOMPARE(requests, lastDay);
        QCOMPARE(failures, lastDayFailures);
        QVERIFY(lastDay > 0 && lastDayFailures > 0);
    }

    void requestLogNewestFirst()
    {
        QVERIFY(insertAttempt(kConn, QStringLiteral("2026-11-20T09:00:00Z"), 200, 10)); // before `since`
        QVERIFY(insertAttempt(kConn, QStringLiteral("2026-11-20T10:00:00Z"), 200, 20));
        QVERIFY(insertAttempt(kConn, QStringLiteral("2026-11-20T10:05:00Z"), 503, 30));
        QVERIFY(insertAttempt(kConn, QStringLiteral("2026-11-20T10:10:00Z"), QVariant(), 15000));
        QVERIFY(insertAttempt(kConn, QStringLiteral("2026-11-20T10:15:00Z"), 200, 40));
        QVERIFY(insertAttempt(kOther, QStringLiteral("2026-11-20T10:20:00Z"), 500, 50));
        const QDateTime since = utc("2026-11-20T10:00:00Z");

        const QList<OperationRow> all =
            ConnectionMetricsReader::operations(Database::connection(), kConn, since);
        QCOMPARE(all.size(), 4);
        QCOMPARE(all.at(0).at, utc("2026-11-20T10:15:00Z"));
        QCOMPARE(all.at(0).status, 200);
        QCOMPARE(all.at(0).latencyMs, 40);
        QCOMPARE(all.at(0).method, QStringLiteral("GET"));
        QVERIFY(!all.at(0).failed());
        QCOMPARE(all.at(1).status, 0); // no answer
        QVERIFY(all.at(1).failed());
        QCOMPARE(all.at(3).at, since); // the bound is inclusive

        const QList<OperationRow> failed =
            ConnectionMetricsReader::operations(Database::connection(), kConn, since, 200, true);
        QCOMPARE(failed.size(), 2);
        QCOMPARE(failed.at(0).at, utc("2026-11-20T10:10:00Z"));
        QCOMPARE(failed.at(1).status, 503);
        QCOMPARE(ConnectionMetricsReader::operations(Database::connection(), kConn, since, 1).size(), 1);
        QVERIFY(ConnectionMetricsReader::operations(Database::connection(), kConn, since, 0).isEmpty());
    }

    void runsNewestFirst()
    {
        QVERIFY(insertRun(kConn, QStringLiteral("transactions"), QStringLiteral("2026-11-20T10:00:00Z"),
                          QStringLiteral("2026-11-20T10:00:05Z"), 10, 1, true));
        QVERIFY(insertRun(kConn, QStringLiteral("menu_items"), QStringLiteral("2026-11-20T12:00:00Z"),
                          QStringLiteral("2026-11-20T12:00:09Z"), 0, 2, false, QStringLiteral("Http: 503")));
        QVERIFY(insertRun(kConn, QStringLiteral("promotions"), QStringLiteral("2026-11-20T13:00:00Z"), {}, 0,
                          0, false));
        QVERIFY(insertRun(kConn, QStringLiteral("transactions"), QStringLiteral("2026-11-20T11:00:00Z"),
                          QStringLiteral("2026-11-20T11:00:03Z"), 42, 4, true));
        QVERIFY(insertRun(kOther, QStringLiteral("transactions"), QStringLiteral("2026-11-20T14:00:00Z"),
                          QStringLiteral("2026-11-20T14:00:01Z"), 1, 1, true));

        const QList<SyncRunRow> all = ConnectionMetricsReader::runs(Database::connection(), kConn);
        QCOMPARE(all.size(), 4);
        QCOMPARE(all.at(0).feed, QStringLiteral("promotions"));
        QCOMPARE(all.at(0).startedAt, utc("2026-11-20T13:00:00Z"));
        QCOMPARE(all.at(0).startedAt.timeSpec(), Qt::UTC);
        QVERIFY(!all.at(0).finishedAt.isValid());
        QCOMPARE(all.at(1).feed, QStringLiteral("menu_items"));
        QCOMPARE(all.at(1).finishedAt, utc("2026-11-20T12:00:09Z"));
        QVERIFY(!all.at(1).ok);
        QCOMPARE(all.at(1).error, QStringLiteral("Http: 503"));
        QCOMPARE(all.at(1).pages, 2);
        QCOMPARE(all.at(2).startedAt, utc("2026-11-20T11:00:00Z"));
        QCOMPARE(all.at(2).records, 42);
        QCOMPARE(all.at(2).pages, 4);
        QVERIFY(all.at(2).ok);
        QVERIFY(all.at(2).error.isEmpty());
        QCOMPARE(all.at(3).startedAt, utc("2026-11-20T10:00:00Z"));

        const QList<SyncRunRow> two = ConnectionMetricsReader::runs(Database::connection(), kConn, 2);
        QCOMPARE(two.size(), 2);
        QCOMPARE(two.at(1).feed, QStringLiteral("menu_items"));
        QVERIFY(ConnectionMetricsReader::runs(Database::connection(), kConn, 0).isEmpty());
        QVERIFY(ConnectionMetricsReader::runs(Database::connection(), QStringLiteral("none")).isEmpty());
    }

    void metricsFromTheOperationLog()
    {
        // Rows written by the runtime's own writer, in its own format.
        const QDateTime base = QDateTime::currentDateTimeUtc().addSecs(-600);
        OperationLog log;
        const auto record = [&](int secs, int status, qint64 latency, HttpError error) {
            OperationRecord r;
            r.connector = kConn;
            r.feed = QStringLiteral("transactions");
            r.method = QStringLiteral("GET");
            r.path = QStringLiteral("/f/receipts");
            r.status = status;
            r.latencyMs = latency;
            r.attempt = 1;
            r.error = error;
            r.at = base.addSecs(secs).addMSecs(321);
            log.record(r);
        };
        record(0, 200, 40, HttpError::None);
        record(10, 503, 80, HttpError::Http);
        record(20, 0, 5000, HttpError::Network);
        record(30, 200, 20, HttpError::None);
        QCOMPARE(await(log.flush()), 4);

        const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(1);
        const ConnectionMetrics m =
            ConnectionMetricsReader::load(Database::connection(), kConn, now.addSecs(-3600), now);
        QCOMPARE(m.requests, 4);
        QCOMPARE(m.failures, 2);
        QCOMPARE(m.p50LatencyMs, 40); // 2nd of {20, 40, 80}
        QCOMPARE(m.p95LatencyMs, 80);

        const QList<MetricsBucket> s =
            ConnectionMetricsReader::series(Database::connection(), kConn, now.addSecs(-3600), now, 60);
        QVERIFY(s.size() == 1 || s.size() == 2);
        qint64 requests = 0;
        for (const MetricsBucket& b : s)
            requests += b.requests;
        QCOMPARE(requests, 4);

        // The window starts at the second of the first attempt (ms dropped).
        const QDateTime first = base.addMSecs(321);
        QCOMPARE(ConnectionMetricsReader::load(Database::connection(), kConn, first, now).requests, 4);
        QCOMPARE(ConnectionMetricsReader::load(Database::connection(), kConn, first.addSecs(1), now).requests,
                 3);
    }

    void alertRulesRoundTrip()
    {
        const QString path = QDir(m_dir).filePath(QStringLiteral("alerts.ini"));
        {
            QSettings settings(path, QSettings::IniFormat);
            QCOMPARE(AlertRules::load(settings), AlertRules{}); // nothing saved: defaults
            AlertRules rules;
            rules.enabled = false;
            rules.noSuccessMinutes = 0;
            rules.errorRatePercent = 40;
            rules.minRequests = 3;
            rules.breakerOpen = false;
            rules.signInNeeded = true;
            rules.save(settings);
            QCOMPARE(settings.value(QStringLiteral("monitoring/alerts/enabled")).toBool(), false);
            QCOMPARE(settings.value(QStringLiteral("monitoring/alerts/no_success_minutes")).toInt(), 0);
            QCOMPARE(settings.value(QStringLiteral("monitoring/alerts/error_rate_percent")).toInt(), 40);
            QCOMPARE(settings.value(QStringLiteral("monitoring/alerts/min_requests")).toInt(), 3);
            QCOMPARE(settings.value(QStringLiteral("monitoring/alerts/breaker_open")).toBool(), false);
            QCOMPARE(settings.value(QStringLiteral("monitoring/alerts/sign_in_needed")).toBool(), true);
        }
        {
            QSettings settings(path, QSettings::IniFormat); // read back from the file
            const AlertRules loaded = AlertRules::load(settings);
            QCOMPARE(loaded.enabled, false);
            QCOMPARE(loaded.noSuccessMinutes, 0);
            QCOMPARE(loaded.errorRatePercent, 40);
            QCOMPARE(loaded.minRequests, 3);
            QCOMPARE(loaded.breakerOpen, false);
            QCOMPARE(loaded.signInNeeded, true);
        }
        {
            QSettings settings(path, QSettings::IniFormat);
            settings.setValue(QStringLiteral("monitoring/alerts/no_success_minutes"), 99999);
            settings.setValue(QStringLiteral("monitoring/alerts/error_rate_percent"), 250);
            settings.setValue(QStringLiteral("monitoring/alerts/min_requests"), 0);
            AlertRules loaded = AlertRules::load(settings);
            QCOMPARE(loaded.noSuccessMinutes, 10080);
            QCOMPARE(loaded.errorRatePercent, 100);
            QCOMPARE(loaded.minRequests, 1);
            settings.setValue(QStringLiteral("monitoring/alerts/no_success_minutes"), -5);
            settings.setValue(QStringLiteral("monitoring/alerts/error_rate_percent"), -1);
            settings.setValue(QStringLiteral("monitoring/alerts/min_requests"), 5000000);
            loaded = AlertRules::load(settings);
            QCOMPARE(loaded.noSuccessMinutes, 0);
            QCOMPARE(loaded.errorRatePercent, 0);
            QCOMPARE(loaded.minRequests, 100000);
            // Not a number, or missing: the default.
            settings.setValue(QStringLiteral("monitoring/alerts/no_success_minutes"), QStringLiteral("soon"));
            settings.remove(QStringLiteral("monitoring/alerts/min_requests"));
            settings.remove(QStringLiteral("monitoring/alerts/enabled"));
            loaded = AlertRules::load(settings);
            QCOMPARE(loaded.noSuccessMinutes, AlertRules{}.noSuccessMinutes);
            QCOMPARE(loaded.minRequests, AlertRules{}.minRequests);
            QCOMPARE(loaded.enabled, true);
            QCOMPARE(loaded.breakerOpen, false); // still the saved value
        }
    }

    void alertNoRecentSuccess()
    {
        const QDateTime now = utc("2026-11-20T12:00:00Z");
        const AlertRules rules; // 60 minutes
        QList<ConnectionAlert> alerts =
            evaluateAlerts({status(kConn, kName, ConnectionState::Degraded, BreakerPosition::Closed,
                                   now.addSecs(-60), utc("2026-11-20T09:55:00Z"))},
                           {}, {}, rules, now);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.at(0).connectorId, kConn);
        QCOMPARE(alerts.at(0).kind, ConnectionAlert::Kind::NoRecentSuccess);
        QCOMPARE(alerts.at(0).message,
                 QStringLiteral(
                     "Lightspeed Restaurant (K-Series): no successful synchronisation for 2 h 05 min."));

        // 45 minutes against a 30-minute rule.
        AlertRules shorter;
        shorter.noSuccessMinutes = 30;
        alerts = evaluateAlerts({status(kConn, kName, ConnectionState::Online, BreakerPosition::Closed,
                                        now.addSecs(-60), now.addSecs(-45 * 60))},
                                {}, {}, shorter, now);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(
            alerts.at(0).message,
            QStringLiteral("Lightspeed Restaurant (K-Series): no successful synchronisation for 45 min."));

        // Exactly the limit is not older than it.
        QVERIFY(evaluateAlerts({status(kConn, kName, ConnectionState::Online, BreakerPosition::Closed,
                                       now.addSecs(-60), now.addSecs(-3600))},
                               {}, {}, rules, now)
                    .isEmpty());
        QCOMPARE(evaluateAlerts({status(kConn, kName, ConnectionState::Online, BreakerPosition::Closed,
                                        now.addSecs(-60), now.addSecs(-3601))},
                                {}, {}, rules, now)
                     .size(),
                 1);

        // Tried but never succeeded; never tried (waiting) raises nothing.
        alerts = evaluateAlerts(
            {status(kConn, kName, ConnectionState::Degraded, BreakerPosition::Closed, now.addSecs(-60))}, {},
            {}, rules, now);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.at(0).kind, ConnectionAlert::Kind::NoRecentSuccess);
        QVERIFY(alerts.at(0).message.startsWith(kName + QStringLiteral(": ")));
        QVERIFY(evaluateAlerts({status(kConn, kName, ConnectionState::Idle)}, {}, {}, rules, now).isEmpty());

        // Off.
        AlertRules off;
        off.noSuccessMinutes = 0;
        QVERIFY(evaluateAlerts({status(kConn, kName, ConnectionState::Degraded, BreakerPosition::Closed,
                                       now.addSecs(-60), now.addDays(-3))},
                               {}, {}, off, now)
                    .isEmpty());
    }

    void alertHighErrorRate()
    {
        const QDateTime now = utc("2026-11-20T12:00:00Z");
        const QList<ConnectionStatus> one = {
            status(kConn, kName, ConnectionState::Online, BreakerPosition::Closed, now, now)};
        const AlertRules rules; // above 25 %, at least 10 requests

        QList<ConnectionAlert> alerts = evaluateAlerts(one, {{kConn, hour(50, 17)}}, {}, rules, now);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.at(0).kind, ConnectionAlert::Kind::HighErrorRate);
        QCOMPARE(alerts.at(0).message,
                 QStringLiteral("Lightspeed Restaurant (K-Series): 34 % of the requests failed in the last "
                                "hour (17 of 50)."));

        // Exactly 25 % is not above it; one more failure is.
        QVERIFY(evaluateAlerts(one, {{kConn, hour(20, 5)}}, {}, rules, now).isEmpty());
        QCOMPARE(evaluateAlerts(one, {{kConn, hour(20, 6)}}, {}, rules, now).size(), 1);
        // Too few requests to judge; the threshold itself counts.
        QVERIFY(evaluateAlerts(one, {{kConn, hour(9, 9)}}, {}, rules, now).isEmpty());
        QCOMPARE(evaluateAlerts(one, {{kConn, hour(10, 10)}}, {}, rules, now).size(), 1);
        // No metrics for the connector, or another connector's.
        QVERIFY(evaluateAlerts(one, {}, {}, rules, now).isEmpty());
        QVERIFY(evaluateAlerts(one, {{kOther, hour(50, 50)}}, {}, rules, now).isEmpty());
        // Custom thresholds.
        AlertRules strict;
        strict.errorRatePercent = 5;
        strict.minRequests = 1;
        QCOMPARE(evaluateAlerts(one, {{kConn, hour(2, 1)}}, {}, strict, now).size(), 1);
        AlertRules off;
        off.errorRatePercent = 0;
        QVERIFY(evaluateAlerts(one, {{kConn, hour(50, 50)}}, {}, off, now).isEmpty());
    }

    void alertBreakerAndSignIn()
    {
        const QDateTime now = utc("2026-11-20T12:00:00Z");
        const AlertRules rules;
        QList<ConnectionAlert> alerts =
            evaluateAlerts({status(kConn, kName, ConnectionState::Offline, BreakerPosition::Open, now, now)},
                           {}, {}, rules, now);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.at(0).kind, ConnectionAlert::Kind::BreakerOpen);
        QCOMPARE(alerts.at(0).message,
                 QStringLiteral(
                     "Lightspeed Restaurant (K-Series): the circuit breaker is open; requests are paused."));
        QVERIFY(evaluateAlerts(
                    {status(kConn, kName, ConnectionState::Degraded, BreakerPosition::HalfOpen, now, now)},
                    {}, {}, rules, now)
                    .isEmpty());

        alerts = evaluateAlerts(
            {status(kConn, kName, ConnectionState::Degraded, BreakerPosition::Closed, now, now)}, {}, {kConn},
            rules, now);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.at(0).kind, ConnectionAlert::Kind::SignInNeeded);
        QCOMPARE(alerts.at(0).message,
                 QStringLiteral("Lightspeed Restaurant (K-Series): the provider refused the "
                                "credentials; sign in again."));
        QVERIFY(evaluateAlerts(
                    {status(kConn, kName, ConnectionState::Degraded, BreakerPosition::Closed, now, now)}, {},
                    {kOther}, rules, now)
                    .isEmpty());

        AlertRules off;
        off.breakerOpen = false;
        off.signInNeeded = false;
        QVERIFY(
            evaluateAlerts({status(kConn, kName, ConnectionState::Offline, BreakerPosition::Open, now, now)},
                           {}, {kConn}, off, now)
                .isEmpty());
    }

    void alertNeverSignedInIsNotARefusal()
    {
        // Before the first sign-in nothing was refused: the alert invites to
        // sign in, it does not say the provider refused the credentials.
        const QDateTime now = utc("2026-11-20T12:00:00Z");
        ConnectionStatus waiting = status(kConn, kName, ConnectionState::Degraded);
        waiting.neverSignedIn = true;
        const QList<ConnectionAlert> alerts = evaluateAlerts({waiting}, {}, {kConn}, AlertRules{}, now);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.at(0).kind, ConnectionAlert::Kind::SignInNeeded);
        QCOMPARE(alerts.at(0).message, QStringLiteral("Lightspeed Restaurant (K-Series): not signed in yet — "
                                                      "sign in with Integrations ▸ Sign in…."));
        QVERIFY(!alerts.at(0).message.contains(QStringLiteral("refused")));
        QVERIFY(!alerts.at(0).message.contains(QStringLiteral("again")));

        // Not in the sign-in list: no alert, whatever the flag says.
        QVERIFY(evaluateAlerts({waiting}, {}, {}, AlertRules{}, now).isEmpty());
        AlertRules off;
        off.signInNeeded = false;
        QVERIFY(evaluateAlerts({waiting}, {}, {kConn}, off, now).isEmpty());
    }

    void alertOrderAndExclusions()
    {
        const QDateTime now = utc("2026-11-20T12:00:00Z");
        const QDateTime old = now.addDays(-1);
        const QHash<QString, ConnectionMetrics> lastHour = {{QStringLiteral("a"), hour(40, 40)},
                                                            {QStringLiteral("b"), hour(40, 40)},
                                                            {QStringLiteral("n"), hour(40, 40)},
                                                            {QStringLiteral("u"), hour(40, 40)}};
        const QStringList refused = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("n"),
                                     QStringLiteral("u")};
        const QList<ConnectionStatus> statuses = {
            status(QStringLiteral("b"), QStringLiteral("B"), ConnectionState::Offline, BreakerPosition::Open,
                   old, old),
            status(QStringLiteral("n"), QStringLiteral("N"), ConnectionState::NotConfigured,
                   BreakerPosition::Open, old, old),
            status(QStringLiteral("a"), QString(), ConnectionState::Degraded, BreakerPosition::Open, old,
                   old),
            status(QStringLiteral("u"), QStringLiteral("U"), ConnectionState::Unsupported,
                   BreakerPosition::Open, old, old),
        };
        const AlertRules rules;
        const QList<ConnectionAlert> alerts = evaluateAlerts(statuses, lastHour, refused, rules, now);
        const QList<ConnectionAlert::Kind> all = {
            ConnectionAlert::Kind::NoRecentSuccess, ConnectionAlert::Kind::HighErrorRate,
            ConnectionAlert::Kind::BreakerOpen, ConnectionAlert::Kind::SignInNeeded};
        QCOMPARE(alerts.size(), 8);
        QCOMPARE(kinds(alerts.mid(0, 4)), all);
        QCOMPARE(kinds(alerts.mid(4, 4)), all);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(alerts.at(i).connectorId, QStringLiteral("b"));
            QVERIFY(alerts.at(i).message.startsWith(QStringLiteral("B: ")));
            QCOMPARE(alerts.at(4 + i).connectorId, QStringLiteral("a"));
            QVERIFY(alerts.at(4 + i).message.startsWith(QStringLiteral("a: "))); // no name: the id
        }
        QCOMPARE(alerts.at(0).message, QStringLiteral("B: no successful synchronisation for 24 h 00 min."));

        AlertRules disabled;
        disabled.enabled = false;
        QVERIFY(evaluateAlerts(statuses, lastHour, refused, disabled, now).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConnectionMetrics)
#include "tst_connectionmetrics.moc"
