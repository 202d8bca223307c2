#pragma once

#include "commandline.h"

#include <cstdio>

namespace Moulin {

/// `moulin --serve [--demo]`: an office PC that stays on. Runs every enabled
/// feed on its schedule and the webhook receiver (when webhooks/enabled is
/// set), as the window would but without one, and prints one line per feed
/// run and per webhook delivered or refused (connector, path, status; never
/// a secret). Runs until SIGTERM or SIGINT: then stops scheduling, lets the
/// page in flight commit or roll back, joins the worker threads, closes the
/// database and returns 0. Returns 1 when start-up fails: the database, the
/// sandbox, webhooks turned on but unable to listen (the reason on `err`),
/// or nothing to serve (no enabled feed, no webhook). Needs a
/// QCoreApplication.
int runHeadlessServe(const CommandLineOptions& options, std::FILE* out = stdout, std::FILE* err = stderr);

} // namespace Moulin
