#include "common/core/database.h"
#include "sandbox/core/sandboxfeeds.h"
#include "sandbox/core/sandboxserver.h"
#include "testsupport.h"

#include <QProcess>
#include <QTest>

#include <functional>

using namespace Moulin;

using Test::scalar;

namespace {

/// The child's outcome: its stdout lines, how it ended.
struct ChildRun
{
    QStringList lines;
    bool killed = false;
    int exitCode = -1;
    bool finished = false;
};

} // namespace

// The process is killed in the middle of its work (SIGKILL, no clean-up),
// then started again: nothing may be lost, nothing applied twice.
class TestSyncRestart : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    SandboxFeeds* m_feeds = nullptr;
    QString m_dbPath;
    QString m_child;

    /// Runs the child to its end, or kills it as soon as `killWhen(line)`
    /// returns true for a line it printed, `killNow()` returns true, or
    /// `killAfterMs` have passed. The sandbox answers the child from this
    /// process, so the loop keeps the event loop turning.
    ChildRun runChild(const QStringList& args, const std::function<bool(const QString& line)>& killWhen = {},
                      int killAfterMs = -1, const std::function<bool()>& killNow = {})
    {
        ChildRun run;
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_LOGGING_RULES"),
                   QStringLiteral("moulin.net.debug=false;moulin.db.info=false"));
        child.setProcessEnvironment(env);
        QByteArray pending;
        connect(&child, &QProcess::readyReadStandardOutput, this, [&] {
            pending += child.readAllStandardOutput();
            int newline;
            while ((newline = int(pending.indexOf('\n'))) >= 0) {
                const QString line = QString::fromUtf8(pending.left(newline));
                pending.remove(0, newline + 1);
                run.lines.append(line);
                if (!run.killed && killWhen && killWhen(line)) {
                    child.kill();
                    run.killed = true;
                }
            }
        });
        child.start(m_child, QStringList{args.at(0), m_dbPath, m_server->baseUrl().toString()} + args.mid(1));
        if (!child.waitForStarted(30000))
            return run;
        QElapsedTimer clock;
        clock.start();
        while (child.state() != QProcess::NotRunning && clock.elapsed() < 30'000) {
            QTest::qWait(2);
            if (!run.killed &&
                ((killAfterMs >= 0 && clock.elapsed() >= killAfterMs) || (killNow && killNow()))) {
                child.kill();
                run.killed = true;
            }
        }
        if (child.state() != QProcess::NotRunning) {
            child.kill();
            child.waitForFinished(5000);
            return run;
        }
        run.finished = true;
        run.exitCode = child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1;
        return run;
    }

    /// After any stop, the table holds exactly records 1..cursor, once each.
    void verifyConsistent(const char* when)
    {
        const int rows = scalar(QStringLiteral("SELECT count(*) FROM test_records")).toInt();
        const int distinct =
            scalar(QStringLiteral("SELECT count(DISTINCT record_id) FROM test_records")).toInt();
        const int maxId =
            scalar(QStringLiteral("SELECT coalesce(max(record_id), 0) FROM test_records")).toInt();
        const int cursor =
            scalar(QStringLiteral(
                       "SELECT coalesce((SELECT cursor FROM sync_cursor WHERE connector = 'sandbox'), '0')"))
                .toString()
                .toInt();
        const QString state = QStringLiteral("%1: rows %2, distinct %3, max %4, cursor %5")
                                  .arg(QLatin1String(when))
                                  .arg(rows)
                                  .arg(distinct)
                                  .arg(maxId)
                                  .arg(cursor);
        QVERIFY2(rows == distinct, qPrintable(state)); // nothing twice
        QVERIFY2(rows == maxId, qPrintable(state));    // no gap
        QVERIFY2(rows == cursor, qPrintable(state));   // the cursor covers exactly what is stored
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_child = qEnvironmentVariable("MOULIN_SYNC_CHILD");
        QVERIFY2(QFileInfo(m_child).isExecutable(), "MOULIN_SYNC_CHILD must name tst_sync_child");
        const Test::FreshDatabase db = Test::openFreshDatabase(QStringLiteral("syncrestart"));
        m_dbPath = db.path;
        QVERIFY2(db.opened.ok(), qPrintable(db.opened.message));
        m_server = std::make_unique<SandboxServer>(11);
        QVERIFY(m_server->start());
        m_feeds = SandboxFeeds::install(m_server.get());
    }

    void cleanupTestCase()
    {
        m_server.reset();
        Database::closeConnection();
    }

    void cursorResumesAfterTheProcessIsKilled()
    {
        m_feeds->setRecordCount(2000);
        FaultPlan slow;
        slow.pathPrefix = QStringLiteral("/_sandbox/records");
        slow.latencyMs = 10;
        m_server->setFaultPlan(slow);
        const QStringList sync{QStringLiteral("sync"), QStringLiteral("100"), QStringLiteral("40")};

        // 1. Inside a page's transaction: rows written, cursor not yet.
        int rowsSeen = 0;
        ChildRun run = runChild(sync, [&](const QString& line) {
            return line.startsWith(QLatin1String("rows ")) && ++rowsSeen == 3;
        });
        QVERIFY(run.killed);
        QVERIFY(run.finished);
        verifyConsistent("killed inside a transaction");
        const int afterFirst = scalar(QStringLiteral("SELECT count(*) FROM test_records")).toInt();
        QCOMPARE(afterFirst, 200); // two pages committed, the third rolled back

        // 2. Right after a commit, the next page's request in flight.
        int progressSeen = 0;
        run = runChild(sync, [&](const QString& line) {
            return line.startsWith(QLatin1String("progress ")) && ++progressSeen == 2;
        });
        QVERIFY(run.killed);
        verifyConsistent("killed after a commit");
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM test_records")).toInt(), 400);
        // The second run resumed where the first stopped: its first page was
        // records 201-300.
        QVERIFY2(run.lines.contains(QStringLiteral("rows 201")),
                 qPrintable(run.lines.join(QLatin1Char(','))));
        QVERIFY(!run.lines.contains(QStringLiteral("rows 1")));

        // 3. Whenever the kill happens to land.
        // A kill may land before the run even started (a slow start under
        // load): those that printed a page had started.
        int randomStarted = 0;
        for (int delay : {70, 130, 190}) {
            run = runChild(sync, {}, delay);
            QVERIFY(run.killed);
            verifyConsistent("killed at a random time");
            if (!run.lines.isEmpty())
                ++randomStarted;
        }

        // 4. To the end, unhurried.
        run = runChild({QStringLiteral("sync"), QStringLiteral("100"), QStringLiteral("0")});
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.lines.last(), QStringLiteral("finished ok"));
        verifyConsistent("completed");
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM test_records")).toInt(), 2000);
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT record_id) FROM test_records")).toInt(), 2000);
        QCOMPARE(scalar(QStringLiteral("SELECT min(record_id) || '-' || max(record_id) FROM test_records"))
                     .toString(),
                 QStringLiteral("1-2000"));
        // The stored records are the provider's, field for field.
        const QJsonObject r1500 = m_feeds->record(1499);
        QCOMPARE(
            scalar(QStringLiteral("SELECT name || '|' || amount || '|' || updated_at FROM test_records WHERE "
                                  "record_id = 1500"))
                .toString(),
            r1500.value(QStringLiteral("name")).toString() + QLatin1Char('|') +
                r1500.value(QStringLiteral("amount")).toString() + QLatin1Char('|') +
                r1500.value(QStringLiteral("updated_at")).toString());
        // The killed runs stay open in the history; the last one succeeded.
        const int open =
            scalar(QStringLiteral("SELECT count(*) FROM sync_run WHERE connector = 'sandbox' AND "
                                  "finished_at IS NULL"))
                .toInt();
        QVERIFY2(open >= 2 + randomStarted && open <= 5, qPrintable(QString::number(open)));
        QCOMPARE(scalar(QStringLiteral(
                            "SELECT ok FROM sync_run WHERE connector = 'sandbox' ORDER BY id DESC LIMIT 1"))
                     .toInt(),
                 1);
    }

    void outboxDeliversOnceAcrossARestart()
    {
        m_server->clearFaults();
        m_feeds->resetOrders();
        // The server applies the order, but its answer comes too late: the
        // app is killed while waiting for it.
        FaultPlan late;
        late.pathPrefix = QStringLiteral("/_sandbox/orders");
        late.latencyMs = 10'000;
        late.times = 1;
        m_server->setFaultPlan(late);

        QByteArray key;
        ChildRun run = runChild(
            {QStringLiteral("outbox-send"), QStringLiteral(R"({"table":12,"total":"48.00"})")},
            [&](const QString& line) {
                if (line.startsWith(QLatin1String("queued ")))
                    key = line.section(QLatin1Char(' '), 2).toLatin1();
                return false;
            },
            -1, [this] { return m_feeds->ordersApplied() == 1; });
        QVERIFY2(run.killed,
                 qPrintable(QStringLiteral("finished %1, exit %2, applied %3, requests %4, lines: %5")
                                .arg(run.finished)
                                .arg(run.exitCode)
                                .arg(m_feeds->ordersApplied())
                                .arg(m_feeds->orderRequests())
                                .arg(run.lines.join(QLatin1String(" | ")))));
        QCOMPARE(key.size(), 36);
        QCOMPARE(m_feeds->appliedKeys(), QList<QByteArray>{key});
        QCOMPARE(
            scalar(QStringLiteral("SELECT state || ' ' || attempts || ' ' || idempotency_key FROM outbox"))
                .toString(),
            QStringLiteral("sending 1 ") + QString::fromLatin1(key));

        // Restarted: the interrupted write goes again, with the same key;
        // the provider recognises it and does not apply it a second time.
        run = runChild({QStringLiteral("outbox-resume")});
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.lines.contains(QStringLiteral("confirmed 1")));
        QCOMPARE(m_feeds->ordersApplied(), 1);
        QCOMPARE(m_feeds->requestsWithKey(key), 2);
        QCOMPARE(m_feeds->orderRequests(), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT state || ' ' || attempts || ' ' || http_status || ' ' || "
                                       "idempotency_key FROM outbox"))
                     .toString(),
                 QStringLiteral("confirmed 2 200 ") + QString::fromLatin1(key));

        // Started again: nothing left to send.
        run = runChild({QStringLiteral("outbox-resume")}, {}, 1500);
        QVERIFY(run.killed);
        QCOMPARE(m_feeds->orderRequests(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSyncRestart)
#include "tst_syncrestart.moc"
