#pragma once

#include "commandline.h"
#include "common/runtime/area.h"

#include <QString>
#include <QStringList>

#include <cstdio>
#include <memory>

namespace Moulin {

class ConnectorRuntime;
class CredentialStore;
class SandboxServer;
struct FeedRunSummary;

/// `moulin --sync-now [--connector NAME]`: runs every enabled feed once
/// without a window, prints one line per feed to `out` and returns the exit
/// code (0 all good, 1 a feed failed or start-up failed, 2 bad connector
/// name). Needs a QCoreApplication.
int runHeadlessSync(const CommandLineOptions& options, std::FILE* out = stdout, std::FILE* err = stderr);

namespace Headless {

/// What `--sync-now` and `--serve` run on, wired as the window wires it
/// (MoulinApplication), without a widget: the areas and their connectors;
/// with --demo the built-in sandbox and the demo database; the local
/// database; the runtime on the configured connectors (and on the sandbox's
/// demo ones). close(), or destruction, stops it all in order: the areas
/// detached, the runtime deleted (its engine lets the page in flight commit
/// or roll back and joins its worker threads), the database closed, the
/// sandbox stopped.
class RuntimeSession
{
public:
    explicit RuntimeSession(const CommandLineOptions& options);
    ~RuntimeSession();
    RuntimeSession(const RuntimeSession&) = delete;
    RuntimeSession& operator=(const RuntimeSession&) = delete;

    /// Starts the sandbox (--demo), opens and migrates the database, builds
    /// the runtime and reload()s it (the webhook receiver listens when the
    /// settings turn it on). False, with the reason printed to `err`, when
    /// start-up cannot go on.
    bool open(std::FILE* err);
    /// Attaches every area to the runtime without a host (outbox writers),
    /// as the window does once its runtime has started.
    void attachAreas();
    /// See the class comment. Safe to call twice.
    void close();

    ConnectorRuntime* runtime() const { return m_runtime.get(); }
    /// The ids of every configured connector, the demo ones included.
    QStringList configured() const { return m_configured; }

private:
    CommandLineOptions m_options;
    AreaList m_areas;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<ConnectorRuntime> m_runtime;
    QStringList m_configured;
    bool m_attached = false;
    bool m_databaseOpen = false;
};

/// One feed run as --sync-now and --serve print it (translated):
/// "lightspeed/transactions: OK — 1 234 record(s) in 2.5 s", or
/// "…: FAILED — the reason".
QString feedRunLine(const FeedRunSummary& summary);

/// "ID: not signed in yet — run moulin --sign-in ID" (or "sign in again")
/// when the connector waits for a browser sign-in; empty otherwise.
QString signInHint(const ConnectorRuntime& runtime, const QString& connectorId);

} // namespace Headless

} // namespace Moulin
