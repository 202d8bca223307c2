// Helpers for the credential/configuration tests: which files under the
// test's directories contain a given secret.
#pragma once

#include "common/core/apppaths.h"

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QStringList>

namespace Moulin::Test {

/// The directories a leaked secret could land in: Moulin's data dir and the
/// XDG config/data/cache homes (where a QSettings or keychain fallback would
/// write).
inline QStringList writableRoots()
{
    QStringList roots{AppPaths::dataDir()};
    for (const char* var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
        const QString dir = qEnvironmentVariable(var);
        if (!dir.isEmpty())
            roots.append(dir);
    }
    return roots;
}

inline QStringList filesContaining(const QStringList& roots, const QByteArray& needle)
{
    QStringList hits;
    for (const QString& root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                hits.append(path);
        }
    }
    return hits;
}

} // namespace Moulin::Test
