#pragma once

#include <QString>

namespace Moulin {

/// Version of this build, as "0.1.0".
QString appVersion();

/// Sets organisation, application name and version on the running
/// QCoreApplication, so QSettings and QStandardPaths agree everywhere.
void initApplicationInfo();

} // namespace Moulin
