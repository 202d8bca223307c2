#pragma once

// The helpers every test shares: test secrets and data folders, SQL read-backs
// and statements, waiting on futures, files (HTTP answers: httpsupport.h). A helper that
// cannot do its job fails the calling test with a message naming what failed
// (at the caller's line), then returns an empty value the caller's own check
// also rejects: it never passes a default off as a result.

#include "common/core/database.h"

#include <QByteArray>
#include <QFuture>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QVariant>

#include <exception>
#include <source_location>
#include <type_traits>

namespace Moulin::Test {

/// Every secret a test hands to Moulin contains this marker, so that the
/// `secret_scan` test can prove none of them reached a file.
inline constexpr char kSecretMarker[] = "MOULIN-TEST-SECRET";

/// A secret for tests: the marker plus `suffix`.
QByteArray testSecret(const QString& suffix);

/// A fresh, empty directory under $MOULIN_TEST_ROOT (kept after the test so
/// secret_scan can inspect it; suite_setup wipes the root before a run).
QString freshDataDir(const QString& name);

/// The project's source directory ($MOULIN_SOURCE_DIR).
QString sourceDir();

/// Fails the running test with `message` at `where`; off the test's thread
/// (where Qt Test cannot record a failure) logs it as a critical message.
void fail(const QString& message, std::source_location where = std::source_location::current());

// --- Databases -------------------------------------------------------------

/// A database opened and migrated in a fresh data directory.
struct FreshDatabase
{
    QString dir;               ///< freshDataDir(name)
    QString path;              ///< dir/fileName
    DatabaseOpenResult opened; ///< what Database::openAndMigrate(path) said
};

/// Database::openAndMigrate() of `fileName` in freshDataDir(`name`); the caller checks `opened`.
FreshDatabase openFreshDatabase(const QString& name,
                                const QString& fileName = QStringLiteral("moulin.sqlite"));

/// First column of the first row of `sql` (positional `binds`) on `db`; an SQL error or no row fails the test
/// and gives an invalid QVariant.
QVariant scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {},
                std::source_location where = std::source_location::current());

/// scalar() on this thread's Database::connection().
QVariant scalar(const QString& sql, const QVariantList& binds = {},
                std::source_location where = std::source_location::current());

/// Runs one statement (positional `binds`) on `db`; an SQL error fails the test (statement and SQLite's
/// message) and gives false.
bool exec(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {},
          std::source_location where = std::source_location::current());

/// exec() on this thread's Database::connection().
bool exec(const QString& sql, const QVariantList& binds = {},
          std::source_location where = std::source_location::current());

/// exec() of each of `statements` in order; stops at (and fails the test on) the first that fails.
bool execAll(const QSqlDatabase& db, const QStringList& statements,
             std::source_location where = std::source_location::current());

// --- Waiting ---------------------------------------------------------------

/// Whether `future` finishes within `timeoutMs`, events processed meanwhile (records no failure: the caller
/// asserts).
template <typename T>
bool waitFor(const QFuture<T>& future, int timeoutMs = 10000)
{
    return QTest::qWaitFor([&future] { return future.isFinished(); }, timeoutMs);
}

/// The result of `future` once finished (events processed meanwhile); unfinished after `timeoutMs`, cancelled
/// or failed, it fails the test and gives T{}.
template <typename T>
T await(QFuture<T> future, int timeoutMs = 10000,
        std::source_location where = std::source_location::current())
{
    const auto none = [] {
        if constexpr (!std::is_void_v<T>)
            return T{};
    };
    if (!waitFor(future, timeoutMs)) {
        fail(QStringLiteral("future not finished within %1 ms").arg(timeoutMs), where);
        return none();
    }
    try {
        future.waitForFinished(); // rethrows what the future failed with
    } catch (const std::exception& e) {
        fail(QStringLiteral("future failed: %1").arg(QString::fromLocal8Bit(e.what())), where);
        return none();
    }
    if constexpr (std::is_void_v<T>) {
        if (future.isCanceled())
            fail(QStringLiteral("future cancelled"), where);
    } else {
        if (future.resultCount() > 0)
            return future.result();
        fail(QStringLiteral("future finished without a result (cancelled)"), where);
        return none();
    }
}

// --- Files -----------------------------------------------------------------

/// The bytes of the file at `path`, empty when there is no such file; one that exists but cannot be read
/// fails the test.
QByteArray readFile(const QString& path, std::source_location where = std::source_location::current());

/// Writes `bytes` to `path` (created or truncated); a file that cannot be written whole fails the test and
/// gives false.
bool writeFile(const QString& path, const QByteArray& bytes,
               std::source_location where = std::source_location::current());

/// tests/data/pos_config_seed.json in the source tree (the documented Lightspeed configuration file).
QString seedConfigPath();

/// The seed configuration's bytes; a seed that cannot be read aborts the test program (broken checkout).
QByteArray seedConfig();

/// The seed configuration as a JSON object.
QJsonObject seedConfigObject();

} // namespace Moulin::Test
