// moulin-sandbox: the provider sandbox as a standalone process, for
// developers and for tests that need a server in another process.
#include "areas.h"
#include "common/core/appinfo.h"
#include "sandbox/core/sandboxfeeds.h"
#include "sandbox/core/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    Moulin::initApplicationInfo();
    QCoreApplication::setApplicationName(QStringLiteral("moulin-sandbox"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Moulin provider sandbox (loopback only)"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port to listen on (0: any)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed of the generated data."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    parser.addOptions({portOption, seedOption});
    parser.process(app);

    bool portOk = false;
    bool seedOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    const uint seed = parser.value(seedOption).toUInt(&seedOk);
    if (!portOk || port > 65535 || !seedOk) {
        std::fprintf(stderr, "moulin-sandbox: --port must be 0-65535 and --seed a non-negative integer\n");
        return 2;
    }

    // Every area's connectors bring their sandbox emulation.
    Moulin::registerAreaConnectors();
    Moulin::SandboxServer server(seed);
    Moulin::SandboxFeeds::install(&server);
    if (!server.start(static_cast<quint16>(port))) {
        std::fprintf(stderr, "moulin-sandbox: %s\n", qUtf8Printable(server.errorString()));
        return 1;
    }
    std::printf("moulin-sandbox listening on %s (seed %u)\n", qUtf8Printable(server.baseUrl().toString()),
                seed);
    std::fflush(stdout);
    return QCoreApplication::exec();
}
