// `moulin --serve` as systemd runs it: a real subprocess, stopped with
// SIGTERM (or SIGINT) at any moment, whose database must stay consistent and
// resume with the next run.
#include "common/core/apppaths.h"
#include "programsupport.h"
#include "reservation/connectors/opentable/sandboxopentable.h"
#include "reservation/connectors/resy/sandboxresy.h"
#include "reservation/connectors/thefork/sandboxthefork.h"
#include "sandbox/core/sandboxserver.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <csignal>
#include <functional>

using namespace Moulin;

namespace {

constexpr int kStopTimeoutMs = 10000;

/// A read-only look at the child's database while it runs (WAL: readers see
/// the last commit and never block the writer). Nothing is created: until
/// the child made and migrated the file, every count is -1.
class DatabaseView
{
public:
    explicit DatabaseView(const QString& path)
        : m_path(path)
        , m_name(QUuid::createUuid().toString())
    {
    }
    ~DatabaseView()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isValid())
                db.close();
        }
        if (QSqlDatabase::contains(m_name))
            QSqlDatabase::removeDatabase(m_name);
    }
    DatabaseView(const DatabaseView&) = delete;
    DatabaseView& operator=(const DatabaseView&) = delete;

    /// The first column of the first row of `sql` as a number; -1 when it
    /// cannot be read yet.
    qint64 number(const QString& sql) { return value(sql, -1).toLongLong(); }

    QVariant value(const QString& sql, const QVariant& fallback = {})
    {
        if (!QFileInfo::exists(m_path))
            return fallback;
        QSqlDatabase db = QSqlDatabase::contains(m_name)
                              ? QSqlDatabase::database(m_name, false)
                              : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        if (!db.isOpen()) {
            db.setDatabaseName(m_path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            if (!db.open())
                return fallback;
        }
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            return fallback;
        return q.value(0);
    }

private:
    QString m_path;
    QString m_name;
};

/// `moulin --serve …` in its own process, its stdout gathered line by line.
class Server
{
public:
    explicit Server(const QStringList& arguments, const QList<std::pair<QString, QString>>& environment = {})
    {
        QProcessEnvironment env = Test::headlessEnvironment();
        for (const auto& [name, value] : environment)
            env.insert(name, value);
        m_process.setProcessEnvironment(env);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process, [this] {
            m_pending += m_process.readAllStandardOutput();
            qsizetype newline;
            while ((newline = m_pending.indexOf('\n')) >= 0) {
                m_lines.append(QString::fromUtf8(m_pending.left(newline)));
                m_pending.remove(0, newline + 1);
            }
        });
        m_process.start(QStringLiteral(MOULIN_BINARY), arguments);
    }
    ~Server()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    QProcess& process() { return m_process; }
    QStringList lines() const { return m_lines; }
    QString output() const { return m_lines.join(QLatin1Char('\n')); }
    QString errors() { return m_errors += QString::fromUtf8(m_process.readAllStandardError()); }

    /// Turns the event loop until `done()` or the process ended or
    /// `timeoutMs` passed; returns done().
    bool waitUntil(const std::function<bool()>& done, int timeoutMs, int stepMs = 20)
    {
        QElapsedTimer clock;
        clock.start();
        while (!done() && m_process.state() != QProcess::NotRunning && clock.elapsed() < timeoutMs)
            QTest::qWait(stepMs);
        return done();
    }

    bool printed(const QString& text) const
    {
        for (const QString& line : m_lines) {
            if (line.contains(text))
                return true;
        }
        return false;
    }

    /// Sends `signalNumber` and waits for the process to end; true when it
    /// ended by itself (not killed) within kStopTimeoutMs.
    bool stop(int signalNumber = SIGTERM)
    {
        if (signalNumber == SIGTERM)
            m_process.terminate();
        else
            ::kill(pid_t(m_process.processId()), signalNumber);
        const bool ended = m_process.waitForFinished(kStopTimeoutMs);
        m_pending += m_process.readAllStandardOutput();
        if (!m_pending.isEmpty())
            m_lines += QString::fromUtf8(m_pending).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        m_pending.clear();
        return ended && m_process.exitStatus() == QProcess::NormalExit;
    }

private:
    QProcess m_process;
    QByteArray m_pending;
    QStringList m_lines;
    QString m_errors;
};

QStringList serveArgs(const QString& dir)
{
    return {QStringLiteral("--demo"), QStringLiteral("--serve"),    QStringLiteral("--lang"),
            QStringLiteral("en"),     QStringLiteral("--data-dir"), dir};
}

QStringList syncNowArgs(const QString& dir)
{
    return {QStringLiteral("--demo"), QStringLiteral("--sync-now"), QStringLiteral("--lang"),
            QStringLiteral("en"),     QStringLiteral("--data-dir"), dir};
}

QString demoDatabase(const QString& dir)
{
    return QDir(dir).filePath(QStringLiteral("moulin-demo.sqlite"));
}

/// `key` = `value` in the data directory's settings.ini, as the window would
/// have saved it.
void setSetting(const QString& dir, const QString& key, const QVariant& value)
{
    QSettings settings(QDir(dir).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    settings.setValue(key, value);
    settings.sync();
}

} // namespace

class TestServe : public QObject
{
    Q_OBJECT

    /// The database the stopped server left: intact, and no sync_run row
    /// left open (a run is closed with finished_at, ok or cancelled).
    static void verifyConsistent(const QString& dir)
    {
        DatabaseView db(demoDatabase(dir));
        QCOMPARE(db.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(db.number(QStringLiteral("SELECT count(*) FROM sync_run WHERE finished_at IS NULL")), 0);
        QVERIFY(db.number(QStringLiteral("SELECT count(*) FROM sync_run")) > 0);
        QCOMPARE(db.number(QStringLiteral("SELECT count(*) FROM connector_state WHERE state = 'syncing'")),
                 0);
    }

private Q_SLOTS:
    void serveDemoThenStop()
    {
        const QString dir = Test::freshDataDir(QStringLiteral("serve-demo"));
        setSetting(dir, QStringLiteral("pos/backfill_days"), 120);
        Server server(serveArgs(dir));
        QVERIFY2(server.process().waitForStarted(5000), qPrintable(server.process().errorString()));
        DatabaseView db(demoDatabase(dir));
        // A feed run finished (its line printed) and sales are stored.
        QVERIFY2(server.waitUntil(
                     [&] {
                         return server.printed(QStringLiteral(": OK — ")) &&
                                db.number(QStringLiteral("SELECT count(*) FROM pos_receipt")) > 0;
                     },
                     60000),
                 qPrintable(server.output() + server.errors()));
        QVERIFY2(server.printed(QStringLiteral("Webhooks are off (webhooks/enabled).")),
                 qPrintable(server.output()));
        QVERIFY(server.printed(QStringLiteral("Serving ")));

        QVERIFY2(server.stop(), qPrintable(server.output() + server.errors()));
        QCOMPARE(server.process().exitCode(), 0);
        QVERIFY2(server.printed(QStringLiteral("SIGTERM received")), qPrintable(server.output()));
        QCOMPARE(server.lines().constLast(), QStringLiteral("Stopped."));
        verifyConsistent(dir);

        // The same data directory, the next morning's scheduled job.
        const Test::ProgramRun again =
            Test::runHeadless(QStringLiteral(MOULIN_BINARY), syncNowArgs(dir), 240000);
        QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
        QVERIFY2(again.out.contains(QStringLiteral("lightspeed/transactions: OK")), qPrintable(again.out));
        verifyConsistent(dir);
    }

    void sigtermDuringTheFirstPages()
    {
        // The whole two-year history: the transactions run is still going
        // when its first page is committed, and the signal lands then.
        const QString dir = Test::freshDataDir(QStringLiteral("serve-midsync"));
        Server server(serveArgs(dir));
        QVERIFY(server.process().waitForStarted(5000));
        qint64 receiptsAtSignal = 0;
        {
            DatabaseView db(demoDatabase(dir));
            const QString cursor = QStringLiteral(
                "SELECT count(*) FROM sync_cursor WHERE connector = 'lightspeed' AND feed = 'transactions'");
            QVERIFY2(server.waitUntil([&] { return db.number(cursor) > 0; }, 60000, 2),
                     qPrintable(server.output() + server.errors()));
            QVERIFY2(!server.printed(QStringLiteral("lightspeed/transactions: OK")),
                     "the history came in before the signal could be sent");
            QVERIFY2(server.stop(), qPrintable(server.output() + server.errors()));
            receiptsAtSignal = db.number(QStringLiteral("SELECT count(*) FROM pos_receipt"));
        }
        QCOMPARE(server.process().exitCode(), 0);
        verifyConsistent(dir);

        qint64 cancelledRun = 0;
        {
            DatabaseView db(demoDatabase(dir));
            // The run the signal cut short is closed as failed, its position
            // kept with the pages it stored.
            QCOMPARE(db.number(QStringLiteral("SELECT ok FROM sync_run WHERE connector = 'lightspeed' AND "
                                              "feed = 'transactions' ORDER BY id DESC LIMIT 1")),
                     0);
            QVERIFY(!db.value(QStringLiteral("SELECT cursor FROM sync_cursor WHERE connector = 'lightspeed' "
                                             "AND feed = 'transactions'"))
                         .toString()
                         .isEmpty());
            cancelledRun = db.number(QStringLiteral("SELECT max(id) FROM sync_run"));
        }
        QVERIFY(receiptsAtSignal > 0);

        // The next run carries on from there: from the stored position
        // (the connector's debug line says so), adding what is missing.
        qputenv("QT_LOGGING_RULES", "moulin.connector.lightspeed.debug=true");
        const Test::ProgramRun again =
            Test::runHeadless(QStringLiteral(MOULIN_BINARY), syncNowArgs(dir), 240000);
        qunsetenv("QT_LOGGING_RULES");
        QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err.right(2000)));
        QVERIFY2(again.out.contains(QStringLiteral("lightspeed/transactions: OK")), qPrintable(again.out));
        QVERIFY2(again.err.contains(QStringLiteral("transactions: sync started (resuming)")),
                 qPrintable(again.err.left(2000)));
        verifyConsistent(dir);
        DatabaseView db(demoDatabase(dir));
        QVERIFY(db.number(QStringLiteral("SELECT count(*) FROM sync_run WHERE id > %1 AND connector = "
                                         "'lightspeed' AND feed = 'transactions' AND ok = 1")
                              .arg(cancelledRun)) == 1);
        const qint64 receipts = db.number(QStringLiteral("SELECT count(*) FROM pos_receipt"));
        QVERIFY2(receipts > receiptsAtSignal, qPrintable(QString::number(receipts)));
    }

    // The booking platforms of the demo restaurant: SIGTERM while TheFork's
    // first sync is storing its pages (its sandbox slowed by the developer
    // option MOULIN_SANDBOX_FAULTS); the server stops at once with exit 0,
    // every booking stored so far whole (with its history); started again
    // (`--serve`, as systemd restarts it), it carries on from the stored
    // position, and the book then holds every booking of the sandbox exactly
    // once, each booking feed's last run OK and its cursor moved on.
    void sigtermDuringAReservationSync()
    {
        const QString dir = Test::freshDataDir(QStringLiteral("serve-reservations"));
        setSetting(dir, QStringLiteral("pos/backfill_days"), 7);
        Server server(serveArgs(dir),
                      {{QStringLiteral("MOULIN_SANDBOX_FAULTS"),
                        QStringLiteral(R"({"pathPrefix": "/manager/v1/", "latencyMs": 25})")}});
        QVERIFY(server.process().waitForStarted(5000));
        const QString theForkCount =
            QStringLiteral("SELECT count(*) FROM reservation_booking WHERE channel = 'thefork'");
        const QString theForkCursor = QStringLiteral(
            "SELECT cursor FROM sync_cursor WHERE connector = 'thefork' AND feed = 'reservations'");
        qint64 storedAtSignal = 0;
        QString cursorAtSignal;
        {
            DatabaseView db(demoDatabase(dir));
            QVERIFY2(server.waitUntil([&] { return db.number(theForkCount) > 0; }, 90000, 5),
                     qPrintable(server.output() + server.errors()));
            QVERIFY2(!server.printed(QStringLiteral("thefork/reservations: OK")),
                     "TheFork's bookings came in before the signal could be sent");
            QElapsedTimer stopping;
            stopping.start();
            QVERIFY2(server.stop(), qPrintable(server.output() + server.errors()));
            QVERIFY2(stopping.elapsed() < 5000, qPrintable(QString::number(stopping.elapsed())));
            QCOMPARE(server.process().exitCode(), 0);
            QVERIFY2(!server.printed(QStringLiteral("thefork/reservations: OK")),
                     qPrintable(server.output()));
            storedAtSignal = db.number(theForkCount);
            cursorAtSignal = db.value(theForkCursor).toString();
            // Nothing half-written: each booking stored came with its
            // creation in the history; the run is closed as not finished.
            QCOMPARE(db.number(QStringLiteral("SELECT count(*) FROM reservation_booking b WHERE channel = "
                                              "'thefork' AND NOT EXISTS (SELECT 1 FROM reservation_history h "
                                              "WHERE h.booking_id = b.id)")),
                     0);
            QCOMPARE(
                db.number(QStringLiteral("SELECT ok FROM sync_run WHERE connector = 'thefork' AND feed = "
                                         "'reservations' ORDER BY id DESC LIMIT 1")),
                0);
        }
        verifyConsistent(dir);

        // The sandbox restaurant as the server's sandbox generates it (the
        // same seed and day).
        SandboxServer sandbox(1);
        QSet<QString> theFork;
        for (const SandboxTheFork::Reservation& r : SandboxTheFork::of(&sandbox)->reservations())
            theFork.insert(r.uuid);
        qInfo("TheFork: %lld of %lld bookings stored when SIGTERM came", storedAtSignal,
              qint64(theFork.size()));
        QVERIFY2(storedAtSignal < theFork.size(),
                 qPrintable(QStringLiteral("%1 of %2").arg(storedAtSignal).arg(theFork.size())));

        // Started again, as systemd restarts it: TheFork's run resumes from
        // the stored position (its debug line says so), every booking feed
        // ends its run OK (OpenTable's and Resy's may have done so before
        // the signal: their next run is then not due yet), and the server
        // stops cleanly once more.
        {
            Server again(serveArgs(dir), {{QStringLiteral("QT_LOGGING_RULES"),
                                           QStringLiteral("moulin.connector.thefork.debug=true")}});
            QVERIFY(again.process().waitForStarted(5000));
            QString errors;
            QVERIFY2(again.waitUntil(
                         [&] {
                             errors = again.errors(); // drained: the child never blocks on it
                             return again.printed(QStringLiteral("Stop with"));
                         },
                         60000),
                     qPrintable(again.output() + errors.right(2000)));
            QStringList bookingFeeds;
            for (const QString& line : again.lines()) {
                if (!line.startsWith(QStringLiteral("Serving ")))
                    continue;
                QString list = line.mid(line.indexOf(QStringLiteral(": ")) + 2);
                list.chop(1); // the full stop
                for (const QString& feed : list.split(QStringLiteral(", "))) {
                    if (feed.startsWith(QStringLiteral("thefork/")) ||
                        feed.startsWith(QStringLiteral("opentable/")) ||
                        feed.startsWith(QStringLiteral("resy/")))
                        bookingFeeds.append(feed);
                }
            }
            QVERIFY2(bookingFeeds.contains(QStringLiteral("thefork/reservations")),
                     qPrintable(again.output()));
            QVERIFY2(bookingFeeds.filter(QStringLiteral("opentable/")).size() >= 1,
                     qPrintable(again.output()));
            QVERIFY2(bookingFeeds.filter(QStringLiteral("resy/")).size() >= 1, qPrintable(again.output()));
            // The suppliers too: their catalogues, answers and deliveries (and
            // their outbox: orders over HTTP and by e-mail).
            for (const QString& feed : {QStringLiteral("metro/catalogue"), QStringLiteral("metro/orders"),
                                        QStringLiteral("local/deliveries")})
                QVERIFY2(again.output().contains(feed), qPrintable(feed + u'\n' + again.output()));
            DatabaseView db(demoDatabase(dir));
            const auto lastRunOk = [&](const QString& connectorFeed) {
                const QString connector = connectorFeed.section(QLatin1Char('/'), 0, 0);
                const QString feed = connectorFeed.section(QLatin1Char('/'), 1);
                return db.number(
                           QStringLiteral("SELECT ok FROM sync_run WHERE connector = '%1' AND feed = '%2' "
                                          "AND finished_at IS NOT NULL ORDER BY id DESC LIMIT 1")
                               .arg(connector, feed)) == 1;
            };
            QVERIFY2(again.waitUntil(
                         [&] {
                             errors = again.errors();
                             if (!again.printed(QStringLiteral("thefork/reservations: OK")))
                                 return false;
                             for (const QString& feed : std::as_const(bookingFeeds)) {
                                 if (!lastRunOk(feed))
                                     return false;
                             }
                             return true;
                         },
                         300000, 50),
                     qPrintable(again.output() + errors.right(2000)));
            QVERIFY2(!again.printed(QStringLiteral("FAILED")), qPrintable(again.output()));
            QVERIFY2(errors.contains(QStringLiteral("reservations: sync started (resuming)")),
                     qPrintable(errors.left(2000)));
            QVERIFY2(again.stop(), qPrintable(again.output() + again.errors().right(2000)));
            QCOMPARE(again.process().exitCode(), 0);
            QCOMPARE(again.lines().constLast(), QStringLiteral("Stopped."));
        }
        verifyConsistent(dir);

        const auto externalIds = [&](const QString& channel) {
            QSet<QString> ids;
            DatabaseView db(demoDatabase(dir));
            const qint64 n = db.number(
                QStringLiteral("SELECT count(*) FROM reservation_booking WHERE channel = '%1'").arg(channel));
            const QStringList listed =
                db.value(
                      QStringLiteral("SELECT group_concat(external_id, ' ') FROM reservation_booking WHERE "
                                     "channel = '%1'")
                          .arg(channel))
                    .toString()
                    .split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (const QString& id : listed)
                ids.insert(id);
            if (n != ids.size())
                Test::fail(QStringLiteral("%1: %2 rows for %3 ids").arg(channel).arg(n).arg(ids.size()));
            return ids;
        };
        // TheFork, stopped mid-way: every booking of the sandbox, once.
        QCOMPARE(externalIds(QStringLiteral("thefork")), theFork);
        // OpenTable and Resy: every booking of theirs is in the book. (Their
        // data moves with the clock at the end of a service, so the two
        // runs may see a booking that the other did not: a superset.)
        const QSet<QString> openTableBook = externalIds(QStringLiteral("opentable"));
        for (const SandboxOpenTable::Reservation& r : SandboxOpenTable::of(&sandbox)->reservations())
            QVERIFY2(openTableBook.contains(r.id), qPrintable(r.id));
        const QSet<QString> resyBook = externalIds(QStringLiteral("resy"));
        for (const SandboxResy::Reservation& r : SandboxResy::of(&sandbox)->reservations())
            QVERIFY2(resyBook.contains(r.id), qPrintable(r.id));

        // The cursor moved on from where the signal left it: the next run
        // reads from the day before.
        DatabaseView db(demoDatabase(dir));
        const QString cursor = db.value(theForkCursor).toString();
        QVERIFY2(cursor != cursorAtSignal, qPrintable(cursor));
        const QDate since = QDate::fromString(
            QJsonDocument::fromJson(cursor.toUtf8()).object().value(QStringLiteral("since")).toString(),
            Qt::ISODate);
        QVERIFY2(since.isValid() && since >= QDate::currentDate().addDays(-2), qPrintable(cursor));
        QCOMPARE(db.number(QStringLiteral("SELECT ok FROM sync_run WHERE connector = 'thefork' AND feed = "
                                          "'reservations' ORDER BY id DESC LIMIT 1")),
                 1);
    }

    void sigintStopsToo()
    {
        const QString dir = Test::freshDataDir(QStringLiteral("serve-sigint"));
        setSetting(dir, QStringLiteral("pos/backfill_days"), 30);
        setSetting(dir, QStringLiteral("webhooks/enabled"), true);
        setSetting(dir, QStringLiteral("webhooks/port"), 0);
        Server server(serveArgs(dir));
        QVERIFY(server.process().waitForStarted(5000));
        QVERIFY2(server.waitUntil([&] { return server.printed(QStringLiteral("Stop with")); }, 60000),
                 qPrintable(server.output() + server.errors()));
        // On, and the demo's TheFork connector declares its route.
        QVERIFY2(server.printed(QStringLiteral("Webhooks: listening on 127.0.0.1")),
                 qPrintable(server.output()));
        QVERIFY2(server.printed(QStringLiteral("/webhooks/thefork")), qPrintable(server.output()));
        QVERIFY2(server.stop(SIGINT), qPrintable(server.output() + server.errors()));
        QCOMPARE(server.process().exitCode(), 0);
        QVERIFY2(server.printed(QStringLiteral("SIGINT received")), qPrintable(server.output()));
        verifyConsistent(dir);
    }

    void invalidWebhookSettingsStopStartUp()
    {
        const QString dir = Test::freshDataDir(QStringLiteral("serve-webhook-error"));
        setSetting(dir, QStringLiteral("webhooks/enabled"), true);
        setSetting(dir, QStringLiteral("webhooks/port"), QStringLiteral("eighty"));
        const Test::ProgramRun r = Test::runHeadless(QStringLiteral(MOULIN_BINARY), serveArgs(dir), 60000);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("webhooks/port")), qPrintable(r.err));
        QVERIFY2(!r.out.contains(QStringLiteral("Serving")), qPrintable(r.out));
    }

    void nothingToServe()
    {
        const QString dir = Test::freshDataDir(QStringLiteral("serve-nothing"));
        const Test::ProgramRun r =
            Test::runHeadless(QStringLiteral(MOULIN_BINARY),
                              {QStringLiteral("--serve"), QStringLiteral("--lang"), QStringLiteral("en"),
                               QStringLiteral("--data-dir"), dir},
                              60000);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Nothing to serve")), qPrintable(r.err));
    }

    void serveWithSyncNowIsRefused()
    {
        const QString dir = Test::freshDataDir(QStringLiteral("serve-refused"));
        const Test::ProgramRun r = Test::runHeadless(
            QStringLiteral(MOULIN_BINARY),
            {QStringLiteral("--serve"), QStringLiteral("--sync-now"), QStringLiteral("--data-dir"), dir},
            60000);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--serve")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFileInfo::exists(QDir(dir).filePath(QStringLiteral("moulin.sqlite"))));
    }
};

QTEST_GUILESS_MAIN(TestServe)
#include "tst_serve.moc"
