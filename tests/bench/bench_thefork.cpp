// bench_thefork: a first TheFork sync of a large restaurant — id pages, then
// each booking, then each guest it names (the engine's follow-ups), stored in
// the book — against the sandbox's TheFork emulation on its own thread over
// loopback HTTP. The client-side rate limit of the catalogue (TheFork
// publishes none; ours is 20 requests/s) is lifted: the bench measures
// Moulin, not the limit.
//
//   bench_thefork [--volume V] [--https] [--log]   (about 330 bookings a volume unit: the demo
//                                          restaurant's TheFork share, 28 days back, 21 ahead)
//
// --log: every request goes to the operation log (a row an attempt, a log
// line a request), as in the application; without it, as the bench always
// measured, no log.
// --https: the sandbox answers in HTTPS (a throwaway certificate made with
// the openssl program, trusted by this process only), as TheFork's real
// host does; without it, plain HTTP on loopback.
//
// Prints the figures; exits 1 when the target is missed (20,000 bookings in
// 10 s or less, every one in the book with its guest's name).

#include "common/core/apppaths.h"
#include "common/core/database.h"
#include "common/runtime/connectormodule.h"
#include "common/sync/operationlog.h"
#include "common/sync/syncengine.h"
#include "reservation/connectors/reservationconnectors.h"
#include "reservation/connectors/thefork/sandboxthefork.h"
#include "sandbox/core/faultplan.h"
#include "sandbox/core/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSemaphore>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

using namespace Moulin;

namespace {

constexpr double kTargetSeconds = 10;
constexpr qint64 kTargetBookings = 20'000;

class ServerThread : public QThread
{
public:
    ServerThread(int volume, std::optional<QSslConfiguration> tls)
        : m_volume(volume)
        , m_tls(std::move(tls))
    {
    }
    ~ServerThread() override
    {
        quit();
        wait();
    }
    quint16 startAndWait()
    {
        setObjectName(QStringLiteral("sandbox"));
        start();
        m_ready.acquire();
        return m_port;
    }
    qint64 bookings = 0;
    int latencyMs = 0;

protected:
    void run() override
    {
        SandboxServer server(42);
        SandboxTheFork* tf = SandboxTheFork::of(&server);
        tf->setVolume(m_volume);
        if (latencyMs > 0) {
            // The provider's answers as over the Internet, not loopback.
            FaultPlan far;
            far.pathPrefix = QStringLiteral("/manager/");
            far.latencyMs = latencyMs;
            server.setFaultPlan(far);
        }
        bookings = tf->reservations().size();
        m_port = (m_tls ? server.startTls(*m_tls) : server.start()) ? server.port() : 0;
        m_ready.release();
        exec();
    }

private:
    int m_volume;
    std::optional<QSslConfiguration> m_tls;
    quint16 m_port = 0;
    QSemaphore m_ready;
};

/// CPU seconds (user + system) of each of this process's threads, by name
/// (/proc/self/task/*/stat): which thread's work is the critical path.
void printThreadCpu()
{
    const double tick = double(sysconf(_SC_CLK_TCK));
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString& tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(tasks.filePath(tid + QStringLiteral("/stat")));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // pid (comm) state ppid … : utime and stime are the 14th and 15th fields.
        const qsizetype open = line.indexOf('(');
        const qsizetype close = line.lastIndexOf(')');
        if (open < 0 || close < open)
            continue;
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (fields.size() < 13)
            continue;
        const double cpu = (fields.at(11).toDouble() + fields.at(12).toDouble()) / tick;
        // schedstat: time on a CPU, time waiting for one (runnable), in ns.
        QFile sched(tasks.filePath(tid + QStringLiteral("/schedstat")));
        double waited = -1;
        if (sched.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> values = sched.readAll().simplified().split(' ');
            if (values.size() >= 2)
                waited = values.at(1).toDouble() / 1e9;
        }
        if (cpu >= 0.05)
            std::printf("  thread %-16s CPU %5.1f s, runnable but waiting for a CPU %5.1f s\n",
                        line.mid(open + 1, close - open - 1).constData(), cpu, waited);
    }
}

qint64 scalar(const QString& sql)
{
    QSqlQuery q(Database::connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

/// A throwaway certificate for 127.0.0.1 in `dir`, trusted by this process:
/// the server's configuration.
std::optional<QSslConfiguration> makeTls(const QString& dir)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        return std::nullopt;
    const QString cert = dir + QStringLiteral("/cert.pem");
    const QString key = dir + QStringLiteral("/key.pem");
    QProcess make;
    make.start(openssl,
               {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-days"),
                QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
    if (!make.waitForFinished(30000) || make.exitCode() != 0)
        return std::nullopt;
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(cert);
    QFile keyFile(key);
    if (chain.isEmpty() || !keyFile.open(QIODevice::ReadOnly))
        return std::nullopt;
    QSslConfiguration client = QSslConfiguration::defaultConfiguration();
    client.addCaCertificates(chain);
    QSslConfiguration::setDefaultConfiguration(client);
    QSslConfiguration server = QSslConfiguration::defaultConfiguration();
    server.setLocalCertificateChain(chain);
    server.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
    server.setPeerVerifyMode(QSslSocket::VerifyNone);
    return server;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("volume"), QStringLiteral("TheFork's covers a service, times V."),
                      QStringLiteral("V"), QStringLiteral("61")});
    parser.addOption({QStringLiteral("https"), QStringLiteral("The sandbox answers in HTTPS.")});
    parser.addOption({QStringLiteral("latency"),
                      QStringLiteral("Each TheFork answer waits MS (a provider over the Internet)."),
                      QStringLiteral("MS"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("log"),
                      QStringLiteral("Every request in the operation log, as the application does.")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Keep the database in DIR (inspection)."),
                      QStringLiteral("DIR")});
    parser.process(app);
    const int volume = std::max(1, parser.value(QStringLiteral("volume")).toInt());

    registerReservationConnectors();
    QTemporaryDir dir;
    std::optional<QSslConfiguration> tls;
    if (parser.isSet(QStringLiteral("https"))) {
        tls = makeTls(dir.path());
        if (!tls) {
            std::fprintf(stderr, "no certificate (is the openssl program there?)\n");
            return 2;
        }
    }
    ServerThread server(volume, tls);
    server.latencyMs = std::max(0, parser.value(QStringLiteral("latency")).toInt());
    const quint16 port = server.startAndWait();
    if (port == 0) {
        std::fprintf(stderr, "the sandbox did not start\n");
        return 2;
    }
    std::printf("sandbox: %lld bookings (volume %d)\n", static_cast<long long>(server.bookings), volume);
    std::fflush(stdout);
    AppPaths::setDataDir(parser.isSet(QStringLiteral("keep")) ? parser.value(QStringLiteral("keep"))
                                                              : dir.path());
    const DatabaseOpenResult opened = Database::openAndMigrate(AppPaths::databasePath());
    if (!opened.ok()) {
        std::fprintf(stderr, "database: %s\n", qPrintable(opened.message));
        return 2;
    }
    const auto module = ConnectorModules::byId(QStringLiteral("thefork"));
    const std::optional<ConnectorConfig> config =
        module->demoConfig(QUrl(QStringLiteral("%1://127.0.0.1:%2/").arg(tls ? "https" : "http").arg(port)));
    ConnectorDefinition definition = module->definition(*config);
    definition.profile.ratePerSecond = 0; // see the header

    // The worker threads at the process's own priority: the application
    // lowers them to nice 10 so that its GUI thread wins the CPU, which on a
    // quiet machine changes nothing; here it would let whatever else runs
    // (compilers) take the CPU from the sync. Run the bench under `nice -n -5`
    // when the machine is not quiet.
    SyncEngine engine({.workerNiceness = 0});
    std::optional<OperationLog> log;
    if (parser.isSet(QStringLiteral("log"))) {
        log.emplace();
        engine.setOperationLog(&*log);
    }
    engine.addConnector(definition);
    QElapsedTimer timer;
    bool ok = false;
    qint64 records = 0;
    QString error;
    QObject::connect(
        &engine, &SyncEngine::feedFinished, &app,
        [&](const QString&, const QString&, bool success, qint64 count, const QString& message, int) {
            ok = success;
            records = count;
            error = message;
            app.quit();
        });
    timer.start();
    engine.runNow(definition.id, QStringLiteral("reservations"));
    app.exec();
    const double seconds = double(timer.elapsed()) / 1000.0;

    const qint64 stored = scalar(QStringLiteral("SELECT count(*) FROM reservation_booking"));
    const qint64 named =
        scalar(QStringLiteral("SELECT count(*) FROM reservation_booking WHERE guest_name <> ''"));
    std::printf("%s%s; ", tls ? "HTTPS" : "plain HTTP", log ? ", operation log" : "");
    std::printf("sandbox bookings %lld; run %s in %.2f s (%lld records, %.0f bookings/s)\n",
                static_cast<long long>(server.bookings), ok ? "ok" : qPrintable(error), seconds,
                static_cast<long long>(records), seconds > 0 ? double(records) / seconds : 0.0);
    {
        // The process's CPU time (every thread): the figure that does not
        // depend on what else runs on the machine.
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        std::printf("CPU time: user %.1f s, system %.1f s\n",
                    double(usage.ru_utime.tv_sec) + double(usage.ru_utime.tv_usec) / 1e6,
                    double(usage.ru_stime.tv_sec) + double(usage.ru_stime.tv_usec) / 1e6);
        printThreadCpu();
    }
    std::printf("in the book: %lld bookings, %lld with their guest's name\n", static_cast<long long>(stored),
                static_cast<long long>(named));
    const bool met = ok && stored == server.bookings && named == stored &&
                     (server.bookings < kTargetBookings || seconds <= kTargetSeconds);
    std::printf("%s (target: %lld bookings in <= %.0f s, all with their guest)\n", met ? "OK" : "MISSED",
                static_cast<long long>(kTargetBookings), kTargetSeconds);
    Database::closeConnection();
    return met ? 0 : 1;
}
