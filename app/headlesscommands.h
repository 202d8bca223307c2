#pragma once

#include "commandline.h"
#include "languagemanager.h"

#include <QStringList>

#include <cstdio>

namespace Moulin {

/// `moulin --sign-in ID [--timeout S] [--no-browser] [--import-config FILE]`:
/// the browser sign-in of an OAuth connector without a window. Prints the
/// address to open (and tries to open a browser when a desktop is there),
/// waits for the loopback redirect, checks the tokens are in the keychain,
/// prints one line and returns the exit code: 0 signed in; 1 refused, timed
/// out, not configured, not a browser sign-in, no keychain, demo mode.
/// Needs a QCoreApplication (no display).
int runHeadlessSignIn(const CommandLineOptions& options, std::FILE* out = stdout, std::FILE* err = stderr);

/// `moulin --export fec|z --from D --to D [--siren N] [--fiscal-year-end D]
/// --out DIR`: writes the export from the local database and prints its
/// path. Returns 0 written; 1 refused (the issues are printed to `err`) or
/// the database cannot be opened; 2 bad arguments (e.g. an invalid SIREN).
/// Needs a QCoreApplication.
int runHeadlessExport(const CommandLineOptions& options, std::FILE* out = stdout, std::FILE* err = stderr);

/// `moulin --backup [--out DIR]` and `moulin --restore FILE` (backups.h):
/// prints the backup written, or what the restore did; returns 0 done, 1
/// refused or failed (the reason on `err`). Needs a QCoreApplication.
int runHeadlessBackup(const CommandLineOptions& options, std::FILE* out = stdout, std::FILE* err = stderr);

/// What the modes without a window share (also runHeadlessSync's).
namespace Headless {

/// Writes `line` and a newline to `stream` and flushes it, so a scheduled
/// job's log has it at once.
void print(std::FILE* stream, const QString& line);

/// "No connector named "ID" is configured (configured: …)." (translated).
QString notConfiguredMessage(const QString& id, const QStringList& configured);

/// Data directory, language and log file, as for the window; the log file is
/// uninstalled on destruction.
class Session
{
public:
    explicit Session(const CommandLineOptions& options);
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

private:
    LanguageManager m_language;
};

} // namespace Headless

} // namespace Moulin
