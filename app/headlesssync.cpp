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

namespace Moulin {

using Headless::print;

namespace Headless {

RuntimeSession::RuntimeSession(const CommandLineOptions& options)
    : m_options(options)
{
    // The areas bring their connectors, once per process, as in the window.
    m_areas = createAreas();
    for (const auto& area : m_areas)
        area->registerConnectors();
}

RuntimeSession::~RuntimeSession()
{
    close();
}

bool RuntimeSession::open(std::FILE* err)
{
    // --demo means what it means with a window: the sandbox restaurant, in
    // the demo database.
    AppPaths::setDemoDatabase(m_options.demo);
    if (m_options.demo) {
        m_sandbox = std::make_unique<SandboxServer>(1);
        QString faultsError;
        if (!m_sandbox->start(0) || !m_sandbox->addFaultPlansFromEnvironment(&faultsError)) {
            print(err, faultsError.isEmpty() ? m_sandbox->errorString() : faultsError);
            m_sandbox.reset();
            return false;
        }
    }

    const DatabaseOpenResult db = Database::openAndMigrate(AppPaths::databasePath());
    if (!db.ok()) {
        print(err, db.message);
        return false;
    }
    m_databaseOpen = true;
    for (const auto& area : m_areas)
        area->databaseChanged();

    m_credentials = std::make_unique<CredentialStore>();
    m_runtime = std::make_unique<ConnectorRuntime>(m_credentials.get());
    m_configured = ConnectorSettings::configuredIds();
    if (m_sandbox) {
        const QList<ConnectorConfig> demo = ConnectorModules::demoConfigs(m_sandbox->baseUrl());
        m_runtime->setAdditionalConnectors(demo);
        for (const ConnectorConfig& config : demo)
            m_configured.append(config.connectorId);
    }
    m_runtime->reload();
    return true;
}

void RuntimeSession::attachAreas()
{
    if (!m_runtime)
        return;
    for (const auto& area : m_areas)
        area->attach(m_runtime.get(), nullptr);
    m_attached = true;
}

void RuntimeSession::close()
{
    // The areas first: their workers finish their queued jobs while the
    // runtime their writers use still exists.
    if (m_attached) {
        for (const auto& area : m_areas)
            area->detach();
        m_attached = false;
    }
    m_runtime.reset();
    m_credentials.reset();
    if (m_databaseOpen) {
        Database::closeConnection();
        m_databaseOpen = false;
    }
    m_sandbox.reset();
}

QString feedRunLine(const FeedRunSummary& s)
{
    const QString where = s.connector + QLatin1Char('/') + s.feed;
    if (s.ok)
        return QCoreApplication::translate("HeadlessSync", "%1: OK — %2 record(s) in %3 s")
            .arg(where, QLocale().toString(s.records),
                 QLocale().toString(double(s.elapsedMs) / 1000.0, 'f', 1));
    return QCoreApplication::translate("HeadlessSync", "%1: FAILED — %2").arg(where, s.error);
}

QString signInHint(const ConnectorRuntime& runtime, const QString& connectorId)
{
    const Authenticator* auth = runtime.authenticator(connectorId);
    if (!auth || auth->state() != Authenticator::State::NeedsAuthorization)
        return {};
    return (auth->neverSignedIn()
                ? QCoreApplication::translate("HeadlessSync",
                                              "%1: not signed in yet — run moulin --sign-in %1")
                : QCoreApplication::translate("HeadlessSync", "%1: sign in again — run moulin --sign-in %1"))
        .arg(connectorId);
}

} // namespace Headless

int runHeadlessSync(const CommandLineOptions& options, std::FILE* out, std::FILE* err)
{
    Headless::Session session(options);
    Headless::RuntimeSession services(options);
    if (!services.open(err))
        return 1;
    ConnectorRuntime& runtime = *services.runtime();
    const QStringList configured = services.configured();

    if (!options.connector.isEmpty() && !configured.contains(options.connector)) {
        print(err, Headless::notConfiguredMessage(options.connector, configured));
        return 2;
    }
    for (const QString& id : runtime.unimplemented()) {
        if (options.connector.isEmpty() || options.connector == id)
            print(out, QCoreApplication::translate(
                           "HeadlessSync", "%1: skipped — not supported by this version of Moulin yet")
                           .arg(id));
    }

    // The areas follow the feeds as with --serve (e.g. the suppliers check
    // the late deliveries once their feeds ran), before the loop below
    // hears of the last feed.
    services.attachAreas();
    int expected = 0;
    int failed = 0;
    QEventLoop loop;
    QObject::connect(&runtime, &ConnectorRuntime::feedFinished, &loop, [&](const FeedRunSummary& s) {
        if (!s.ok)
            ++failed;
        print(out, Headless::feedRunLine(s));
        if (--expected <= 0)
            loop.quit();
    });
    expected = runtime.syncNow(options.connector);
    if (expected == 0) {
        print(out, QCoreApplication::translate("HeadlessSync", "Nothing to synchronise: no enabled feed."));
    } else {
        // A generous bound so a scheduled job never hangs forever.
        QTimer::singleShot(30 * 60'000, &loop, [&] {
            print(err, QCoreApplication::translate("HeadlessSync",
                                                   "Gave up after 30 minutes: %n feed(s) still running.",
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
        if (const QString hint = Headless::signInHint(runtime, id); !hint.isEmpty())
            print(out, hint);
    }
    return failed > 0 ? 1 : 0;
}

} // namespace Moulin
