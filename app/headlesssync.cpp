#include "headlesssync.h"

#include "areas.h"
#include "common/core/appinfo.h"
#include "common/core/apppaths.h"
#include "common/core/connectorsettings.h"
#include "common/core/credentialstore.h"
#include "common/core/database.h"
#include "common/runtime/connectormodule.h"
#include "common/runtime/connectorruntime.h"
#include "headlesscommands.h"
#include "sandbox/core/sandboxserver.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLocale>
#include <QTimer>

#include <memory>

namespace Moulin {

using Headless::print;

int runHeadlessSync(const CommandLineOptions& options, std::FILE* out, std::FILE* err)
{
    Headless::Session session(options);
    registerAreaConnectors();
    // --demo means what it means with a window: the sandbox restaurant, in
    // the demo database.
    AppPaths::setDemoDatabase(options.demo);
    std::unique_ptr<SandboxServer> sandbox;
    if (options.demo) {
        sandbox = std::make_unique<SandboxServer>(1);
        if (!sandbox->start(0)) {
            print(err, sandbox->errorString());
            return 1;
        }
    }

    const DatabaseOpenResult db = Database::openAndMigrate(AppPaths::databasePath());
    if (!db.ok()) {
        print(err, db.message);
        return 1;
    }

    int exitCode = 0;
    {
        CredentialStore credentials;
        ConnectorRuntime runtime(&credentials);
        QStringList configured = ConnectorSettings::configuredIds();
        if (sandbox) {
            const QList<ConnectorConfig> demo = ConnectorModules::demoConfigs(sandbox->baseUrl());
            runtime.setAdditionalConnectors(demo);
            for (const ConnectorConfig& config : demo)
                configured.append(config.connectorId);
        }
        runtime.reload();

        if (!options.connector.isEmpty() && !configured.contains(options.connector)) {
            print(err, Headless::notConfiguredMessage(options.connector, configured));
            exitCode = 2;
        } else {
            for (const QString& id : runtime.unimplemented()) {
                if (options.connector.isEmpty() || options.connector == id)
                    print(out,
                          QCoreApplication::translate(
                              "HeadlessSync", "%1: skipped — not supported by this version of Moulin yet")
                              .arg(id));
            }

            int expected = 0;
            int failed = 0;
            QEventLoop loop;
            QObject::connect(&runtime, &ConnectorRuntime::feedFinished, &loop, [&](const FeedRunSummary& s) {
                const QString where = s.connector + QLatin1Char('/') + s.feed;
                if (s.ok) {
                    print(out, QCoreApplication::translate("HeadlessSync", "%1: OK — %2 record(s) in %3 s")
                                   .arg(where, QLocale().toString(s.records),
                                        QLocale().toString(double(s.elapsedMs) / 1000.0, 'f', 1)));
                } else {
                    ++failed;
                    print(out,
                          QCoreApplication::translate("HeadlessSync", "%1: FAILED — %2").arg(where, s.error));
                }
                if (--expected <= 0)
                    loop.quit();
            });
            expected = runtime.syncNow(options.connector);
            if (expected == 0) {
                print(out, QCoreApplication::translate("HeadlessSync",
                                                       "Nothing to synchronise: no enabled feed."));
            } else {
                // A generous bound so a scheduled job never hangs forever.
                QTimer::singleShot(30 * 60'000, &loop, [&] {
                    print(err, QCoreApplication::translate(
                                   "HeadlessSync", "Gave up after 30 minutes: %n feed(s) still running.",
                                   nullptr, expected));
                    failed += expected;
                    loop.quit();
                });
                loop.exec();
            }
            // A connector nobody signed in to (or whose access was withdrawn)
            // fails until someone does; say how without a window.
            for (const QString& id : runtime.connectors()) {
                if (!options.connector.isEmpty() && options.connector != id)
                    continue;
                const Authenticator* auth = runtime.authenticator(id);
                if (auth && auth->state() == Authenticator::State::NeedsAuthorization)
                    print(out, (auth->neverSignedIn()
                                    ? QCoreApplication::translate(
                                          "HeadlessSync", "%1: not signed in yet — run moulin --sign-in %1")
                                    : QCoreApplication::translate(
                                          "HeadlessSync", "%1: sign in again — run moulin --sign-in %1"))
                                   .arg(id));
            }
            exitCode = failed > 0 ? 1 : 0;
        }
    }
    Database::closeConnection();
    return exitCode;
}

} // namespace Moulin
