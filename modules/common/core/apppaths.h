#pragma once

#include <QString>

#include <memory>

class QSettings;

namespace Moulin {

/// Where Moulin keeps its files. By default the platform locations
/// (QStandardPaths::AppDataLocation for data, the native QSettings store);
/// with `--data-dir DIR` everything (database, logs, settings.ini) lives in DIR,
/// which is also what tests use to stay isolated.
class AppPaths
{
public:
    /// Overrides the data directory (empty = platform default). Call before
    /// anything opens a file.
    static void setDataDir(const QString& dir);
    static bool hasDataDirOverride();

    /// Demo mode keeps its data in its own database (moulin-demo.sqlite) so
    /// demonstration sales never mix with the restaurant's real ones.
    static void setDemoDatabase(bool demo);
    static bool isDemoDatabase();

    /// Created on first use.
    static QString dataDir();
    static QString databasePath();
    static QString logDir();

    /// A settings object on the right store. Cheap; create one where needed
    /// (QSettings is reentrant, not thread-safe: one instance per thread).
    static std::unique_ptr<QSettings> settings();
};

} // namespace Moulin
