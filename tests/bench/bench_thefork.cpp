// bench_thefork: a first TheFork sync of a large restaurant — id pages, then
// each booking, then each guest it names (the engine's follow-ups), stored in
// the book — against the sandbox's TheFork emulation on its own thread over
// loopback HTTP. The client-side rate limit of the catalogue (TheFork
// publishes none; ours is 20 requests/s) is lifted: the bench measures
// Moulin, not the limit.
//
//   bench_thefork [--volume V]      (about 330 bookings a volume unit: the demo
//                                   restaurant's TheFork share, 28 days back, 21 ahead)
//
// Prints the figures; exits 1 when the target is missed (20,000 bookings in
// 10 s or less, every one in the book with its guest's name).

#include "common/core/apppaths.h"
#include "common/core/database.h"
#include "common/runtime/connectormodule.h"
#include "common/sync/syncengine.h"
#include "reservation/connectors/reservationconnectors.h"
#include "reservation/connectors/thefork/sandboxthefork.h"
#include "sandbox/core/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSemaphore>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace Moulin;

namespace {

constexpr double kTargetSeconds = 10;
constexpr qint64 kTargetBookings = 20'000;

class ServerThread : public QThread
{
public:
    explicit ServerThread(int volume)
        : m_volume(volume)
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
    qint64 bookings = 0;

protected:
    void run() override
    {
        SandboxServer server(42);
        SandboxTheFork* tf = SandboxTheFork::of(&server);
        tf->setVolume(m_volume);
        bookings = tf->reservations().size();
        m_port = server.start() ? server.port() : 0;
        m_ready.release();
        exec();
    }

private:
    int m_volume;
    quint16 m_port = 0;
    QSemaphore m_ready;
};

qint64 scalar(const QString& sql)
{
    QSqlQuery q(Database::connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("volume"), QStringLiteral("TheFork's covers a service, times V."),
                      QStringLiteral("V"), QStringLiteral("61")});
    parser.process(app);
    const int volume = std::max(1, parser.value(QStringLiteral("volume")).toInt());

    registerReservationConnectors();
    ServerThread server(volume);
    const quint16 port = server.startAndWait();
    if (port == 0) {
        std::fprintf(stderr, "the sandbox did not start\n");
        return 2;
    }
    std::printf("sandbox: %lld bookings (volume %d)\n", static_cast<long long>(server.bookings), volume);
    std::fflush(stdout);
    QTemporaryDir dir;
    AppPaths::setDataDir(dir.path());
    const DatabaseOpenResult opened = Database::openAndMigrate(AppPaths::databasePath());
    if (!opened.ok()) {
        std::fprintf(stderr, "database: %s\n", qPrintable(opened.message));
        return 2;
    }
    const auto module = ConnectorModules::byId(QStringLiteral("thefork"));
    const std::optional<ConnectorConfig> config =
        module->demoConfig(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)));
    ConnectorDefinition definition = module->definition(*config);
    definition.profile.ratePerSecond = 0; // see the header

    SyncEngine engine;
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
    std::printf("sandbox bookings %lld; run %s in %.2f s (%lld records, %.0f bookings/s)\n",
                static_cast<long long>(server.bookings), ok ? "ok" : qPrintable(error), seconds,
                static_cast<long long>(records), seconds > 0 ? double(records) / seconds : 0.0);
    std::printf("in the book: %lld bookings, %lld with their guest's name\n", static_cast<long long>(stored),
                static_cast<long long>(named));
    const bool met = ok && stored == server.bookings && named == stored &&
                     (server.bookings < kTargetBookings || seconds <= kTargetSeconds);
    std::printf("%s (target: %lld bookings in <= %.0f s, all with their guest)\n", met ? "OK" : "MISSED",
                static_cast<long long>(kTargetBookings), kTargetSeconds);
    Database::closeConnection();
    return met ? 0 : 1;
}
