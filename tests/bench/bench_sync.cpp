// bench_sync: the sync engine end to end (loopback HTTP from the sandbox,
// parsing, SQLite), and the event-loop lag of the thread that owns the
// engines (the GUI thread in the application) while ten connectors sync.
//
//   bench_sync [--records N] [--page-size P] [--connectors C]
//              [--per-connector M] [--workers W]
//
// Prints the figures; exits 1 when a target is missed (records/s >= 20,000;
// lag <= 16 ms).
#include "common/core/database.h"
#include "common/sync/reachability.h"
#include "common/sync/syncengine.h"
#include "sandbox/core/sandboxfeeds.h"
#include "sandbox/core/sandboxserver.h"
#include "syncsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSemaphore>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Moulin;

namespace {

constexpr double kTargetRecordsPerSecond = 20'000;
constexpr double kTargetLagMs = 16;
constexpr int kProbeIntervalMs = 5;

/// The sandbox on its own thread, as a separate process would be.
class ServerThread : public QThread
{
public:
    explicit ServerThread(qint64 records)
        : m_records(records)
    {
    }
    ~ServerThread() override
    {
        quit();
        wait();
    }
    quint16 startAndWait()
    {
        start();
        m_ready.acquire();
        return m_port;
    }

protected:
    void run() override
    {
        SandboxServer server(42);
        SandboxFeeds::install(&server)->setRecordCount(m_records);
        m_port = server.start() ? server.port() : 0;
        m_ready.release();
        exec();
    }

private:
    qint64 m_records;
    quint16 m_port = 0;
    QSemaphore m_ready;
};

QUrl baseUrl(quint16 port)
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    url.setPath(QStringLiteral("/"));
    return url;
}

qint64 count(const QString& table)
{
    QSqlQuery q(Database::connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && q.next() ? q.value(0).toLongLong()
                                                                                    : -1;
}

/// Timer probe: how late a 5 ms timer fires on this thread.
class LagProbe : public QObject
{
public:
    LagProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kProbeIntervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_lagsUs.append(std::max<qint64>(0, (now - m_last) / 1000 - kProbeIntervalMs * 1000));
            m_last = now;
        });
    }
    void start()
    {
        m_lagsUs.clear();
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    int samples() const { return int(m_lagsUs.size()); }
    double maxMs() const
    {
        return m_lagsUs.isEmpty() ? 0 : *std::max_element(m_lagsUs.begin(), m_lagsUs.end()) / 1000.0;
    }
    double percentileMs(double p) const
    {
        if (m_lagsUs.isEmpty())
            return 0;
        QList<qint64> sorted = m_lagsUs;
        std::sort(sorted.begin(), sorted.end());
        return sorted.at(std::min<qsizetype>(sorted.size() - 1, qsizetype(p * double(sorted.size())))) /
               1000.0;
    }
    int over(double ms) const
    {
        return int(
            std::count_if(m_lagsUs.begin(), m_lagsUs.end(), [ms](qint64 us) { return us > ms * 1000; }));
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QList<qint64> m_lagsUs;
};

struct Run
{
    double seconds = 0;
    qint64 records = 0;
    bool ok = true;
};

/// Syncs `connectors` connectors of `perConnector` records each and waits.
Run syncAll(const QString& name, const QList<quint16>& ports, int connectors, int pageSize, int workers,
            LagProbe* probe)
{
    ManualReachability net;
    SyncEngine engine({.workerThreads = workers, .reachability = &net});
    QList<std::shared_ptr<Test::RecordsAdapter>> adapters;
    for (int i = 0; i < connectors; ++i) {
        const QString id = QStringLiteral("%1%2").arg(name).arg(i);
        const QString table = QStringLiteral("%1_records_%2").arg(name).arg(i);
        Test::RecordsAdapter::createKeyedTable(Database::connection(), table);
        Test::RecordsAdapter::Options options;
        options.baseUrl = baseUrl(ports.at(i % ports.size()));
        options.pageSize = pageSize;
        options.keyed = true;
        options.keyedTable = table;
        ConnectorProfile profile;
        profile.name = id;
        engine.addConnector(
            {id,
             profile,
             {{QStringLiteral("records"), 0, true, std::make_shared<Test::RecordsAdapter>(options)}}});
    }
    // What the status bar does with the signals.
    QString status;
    QObject::connect(&engine, &SyncEngine::overallProgress, &engine, [&status](qint64 done, qint64 total) {
        status = QStringLiteral("%1 / %2").arg(done).arg(total);
    });
    Run run;
    QObject::connect(
        &engine, &SyncEngine::feedFinished, &engine,
        [&run](const QString& connector, const QString&, bool ok, qint64 records, const QString& error) {
            run.records += records;
            if (!ok) {
                run.ok = false;
                std::fprintf(stderr, "%s failed: %s\n", qUtf8Printable(connector), qUtf8Printable(error));
            }
        });
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::busyChanged, &loop, [&loop](bool busy) {
        if (!busy)
            loop.quit();
    });
    if (probe)
        probe->start();
    QElapsedTimer clock;
    clock.start();
    engine.runAll();
    loop.exec();
    run.seconds = double(clock.nsecsElapsed()) / 1e9;
    if (probe)
        probe->stop();
    return run;
}

QString cpuModel()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : file.readAll().split('\n')) {
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
        }
    }
    return QStringLiteral("unknown");
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sync engine benchmark"));
    parser.addHelpOption();
    const QCommandLineOption recordsOption(QStringLiteral("records"),
                                           QStringLiteral("Records, throughput run."), QStringLiteral("N"),
                                           QStringLiteral("100000"));
    const QCommandLineOption pageOption(QStringLiteral("page-size"), QStringLiteral("Records per page."),
                                        QStringLiteral("P"), QStringLiteral("100"));
    const QCommandLineOption connectorsOption(QStringLiteral("connectors"),
                                              QStringLiteral("Connectors, lag run."), QStringLiteral("C"),
                                              QStringLiteral("10"));
    const QCommandLineOption perOption(QStringLiteral("per-connector"),
                                       QStringLiteral("Records per connector, lag run."), QStringLiteral("M"),
                                       QStringLiteral("20000"));
    const QCommandLineOption workersOption(QStringLiteral("workers"), QStringLiteral("Sync worker threads."),
                                           QStringLiteral("W"), QStringLiteral("2"));
    parser.addOptions({recordsOption, pageOption, connectorsOption, perOption, workersOption});
    parser.process(app);
    const qint64 records = parser.value(recordsOption).toLongLong();
    const int pageSize = parser.value(pageOption).toInt();
    const int connectors = parser.value(connectorsOption).toInt();
    const qint64 perConnector = parser.value(perOption).toLongLong();
    const int workers = parser.value(workersOption).toInt();

    QTemporaryDir dir;
    const DatabaseOpenResult db =
        Database::openAndMigrate(QDir(dir.path()).filePath(QStringLiteral("bench.sqlite")));
    if (!db.ok()) {
        std::fprintf(stderr, "bench_sync: %s\n", qUtf8Printable(db.message));
        return 2;
    }
    QLoggingCategory::setFilterRules(QStringLiteral("moulin.*.info=false\nmoulin.*.debug=false"));
    std::printf("bench_sync on %d cores (%s), Qt %s\n", QThread::idealThreadCount(),
                qUtf8Printable(cpuModel()), qVersion());
    bool targetsMet = true;

    // 1. Throughput: one connector, `records` records.
    {
        ServerThread server(records);
        const quint16 port = server.startAndWait();
        const Run run = syncAll(QStringLiteral("throughput"), {port}, 1, pageSize, 1, nullptr);
        const double rate = double(run.records) / run.seconds;
        const qint64 stored = count(QStringLiteral("throughput_records_0"));
        std::printf("\n[throughput] %lld records, %d per page, 1 connector, sandbox on its own thread\n",
                    static_cast<long long>(records), pageSize);
        std::printf("  %.3f s, %.0f records/s (target >= %.0f), %lld stored, %s\n", run.seconds, rate,
                    kTargetRecordsPerSecond, static_cast<long long>(stored), run.ok ? "ok" : "FAILED");
        targetsMet = targetsMet && run.ok && stored == records && rate >= kTargetRecordsPerSecond;
    }

    // 2. Event-loop lag of the engine's thread while `connectors` sync at
    // once, after the same probe on an idle loop (what the machine's load
    // alone costs).
    {
        LagProbe idle;
        idle.start();
        QEventLoop wait;
        QTimer::singleShot(2000, &wait, &QEventLoop::quit);
        wait.exec();
        idle.stop();
        std::printf("\n[lag baseline] idle event loop for 2 s: %d samples, lag max %.2f ms, p99 %.2f ms\n",
                    idle.samples(), idle.maxMs(), idle.percentileMs(0.99));

        ServerThread serverA(perConnector);
        ServerThread serverB(perConnector);
        const QList<quint16> ports{serverA.startAndWait(), serverB.startAndWait()};
        LagProbe probe;
        const Run run = syncAll(QStringLiteral("lag"), ports, connectors, pageSize, workers, &probe);
        std::printf("\n[lag] %d connectors x %lld records, %d per page, %d sync workers, 2 sandbox threads\n",
                    connectors, static_cast<long long>(perConnector), pageSize, workers);
        std::printf("  %.3f s, %lld records, %.0f records/s, %s\n", run.seconds,
                    static_cast<long long>(run.records), double(run.records) / run.seconds,
                    run.ok ? "ok" : "FAILED");
        std::printf(
            "  %d ms timer probe: %d samples, lag max %.2f ms, p99 %.2f ms, p50 %.2f ms, %d over %.0f ms "
            "(target: max <= %.0f ms)\n",
            kProbeIntervalMs, probe.samples(), probe.maxMs(), probe.percentileMs(0.99),
            probe.percentileMs(0.5), probe.over(kTargetLagMs), kTargetLagMs, kTargetLagMs);
        targetsMet = targetsMet && run.ok && run.records == qint64(connectors) * perConnector &&
                     probe.maxMs() <= kTargetLagMs;
    }

    Database::closeConnection();
    std::printf("\n%s\n", targetsMet ? "all targets met" : "TARGET MISSED");
    return targetsMet ? 0 : 1;
}
