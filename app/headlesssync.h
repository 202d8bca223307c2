#pragma once

#include "commandline.h"

#include <cstdio>

namespace Moulin {

/// `moulin --sync-now [--connector NAME]`: runs every enabled feed once
/// without a window, prints one line per feed to `out` and returns the exit
/// code (0 all good, 1 a feed failed or start-up failed, 2 bad connector
/// name). Needs a QCoreApplication.
int runHeadlessSync(const CommandLineOptions& options, std::FILE* out = stdout, std::FILE* err = stderr);

} // namespace Moulin
