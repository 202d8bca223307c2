// bench_demo: a newcomer's first demo launch, headless.
//
//   bench_demo [--runs R]
//
// What `moulin --demo` does on a first launch, timed from the start: the
// built-in sandbox starts in-process, the demo database is created, the
// runtime syncs the sandbox restaurant (every connector module's demo
// configuration) over real HTTP. Prints, per run:
//   - month: when the current month's sales are in and judged (the recent
//     range of the back-fill complete and the menu read, so nothing is held
//     for an unknown item): what the Ventes tab shows for "ce mois-ci";
//   - history: when the whole two-year back-fill is done.
// Target: month <= 10 s. Exits 1 when it is missed.

#include "common/core/apppaths.h"
#include "common/core/credentialstore.h"
#include "common/core/database.h"
#include "common/runtime/connectormodule.h"
#include "common/runtime/connectorruntime.h"
#include "pos/connectors/posconnectors.h"
#include "pos/core/posconnectormodule.h"
#include "pos/core/salesrepository.h"
#include "sandbox/core/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Moulin;

namespace {

constexpr double kTargetMonthSeconds = 10.0;

struct Run
{
    double monthSeconds = -1;
    double historySeconds = -1;
    int monthReceipts = 0;
    bool ok = false;
};

Run firstLaunch()
{
    Run run;
    QTemporaryDir dir;
    AppPaths::setDataDir(dir.path());
    AppPaths::setDemoDatabase(true);
    QElapsedTimer clock;
    clock.start();

    SandboxServer sandbox(1);
    if (!sandbox.start(0) || !Database::openAndMigrate(AppPaths::databasePath()).ok())
        return run;
    CredentialStore credentials;
    {
        ConnectorRuntime runtime(&credentials);
        runtime.setAdditionalConnectors(ConnectorModules::demoConfigs(sandbox.baseUrl()));
        runtime.reload();

        const QDate today = QDate::currentDate();
        const SalesPeriod month{QDate(today.year(), today.month(), 1), today};
        bool menuDone = false;
        bool salesDone = false;
        QEventLoop loop;
        auto check = [&] {
            if (run.monthSeconds < 0 && menuDone) {
                const auto module = PosConnectorModule::of(QStringLiteral("lightspeed"));
                const SalesSyncProgress p =
                    module->salesProgress(Database::connection(), QStringLiteral("lightspeed"));
                if (p.backfillDone || p.recentFrom.isValid()) {
                    run.monthSeconds = double(clock.nsecsElapsed()) / 1e9;
                    run.monthReceipts = SalesRepository(Database::connection()).kpis(month).receipts;
                }
            }
            if (salesDone && menuDone)
                loop.quit();
        };
        QObject::connect(&runtime, &ConnectorRuntime::pageStored, &loop, check);
        QObject::connect(&runtime, &ConnectorRuntime::feedFinished, &loop, [&](const FeedRunSummary& s) {
            if (!s.ok) {
                std::fprintf(stderr, "%s/%s failed: %s\n", qUtf8Printable(s.connector),
                             qUtf8Printable(s.feed), qUtf8Printable(s.error));
                loop.quit();
                return;
            }
            if (s.feed == QLatin1String("menu_items"))
                menuDone = true;
            if (s.feed == QLatin1String("transactions")) {
                salesDone = true;
                run.historySeconds = double(clock.nsecsElapsed()) / 1e9;
            }
            check();
        });
        QTimer::singleShot(15 * 60'000, &loop, &QEventLoop::quit);
        runtime.syncNow();
        loop.exec();
        run.ok = run.monthSeconds >= 0 && run.historySeconds >= 0;
    }
    Database::closeConnection();
    return run;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Moulin: the first demo launch, timed"));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs (default 3)."),
                                        QStringLiteral("R"), QStringLiteral("3"));
    parser.addOption(runsOption);
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    registerPosConnectors(); // what the sales area registers at start-up
    QList<double> months;
    bool ok = true;
    for (int i = 0; i < runs; ++i) {
        const Run r = firstLaunch();
        if (!r.ok) {
            std::printf("run %d failed\n", i + 1);
            ok = false;
            continue;
        }
        months.append(r.monthSeconds);
        std::printf("run %d: current month in after %.1f s (%d receipts), whole history after %.1f s\n",
                    i + 1, r.monthSeconds, r.monthReceipts, r.historySeconds);
        std::fflush(stdout);
    }
    if (months.isEmpty())
        return 1;
    std::sort(months.begin(), months.end());
    const double median = months.at(months.size() / 2);
    const double worst = months.constLast();
    std::printf("\n[demo] current month: median %.1f s, worst %.1f s (target <= %.0f s)\n", median, worst,
                kTargetMonthSeconds);
    return ok && worst <= kTargetMonthSeconds ? 0 : 1;
}
