#pragma once

#include <QByteArray>
#include <QString>

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

} // namespace Moulin::Test
