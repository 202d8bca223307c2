#include "common/core/apppaths.h"

#include <QDir>
#include <QMutex>
#include <QSettings>
#include <QStandardPaths>

namespace Moulin {

namespace {
QMutex s_mutex;
QString s_override;
bool s_demo = false;
QString s_created; // the last data directory made sure to exist
} // namespace

void AppPaths::setDemoDatabase(bool demo)
{
    QMutexLocker lock(&s_mutex);
    s_demo = demo;
}

bool AppPaths::isDemoDatabase()
{
    QMutexLocker lock(&s_mutex);
    return s_demo;
}

void AppPaths::setDataDir(const QString& dir)
{
    QMutexLocker lock(&s_mutex);
    s_override = dir.isEmpty() ? QString() : QDir(dir).absolutePath();
}

bool AppPaths::hasDataDirOverride()
{
    QMutexLocker lock(&s_mutex);
    return !s_override.isEmpty();
}

QString AppPaths::dataDir()
{
    QString dir;
    {
        QMutexLocker lock(&s_mutex);
        dir = s_override;
    }
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    // Every settings/database/log path comes through here: create the folder
    // once, not on each call.
    QMutexLocker lock(&s_mutex);
    if (dir != s_created && QDir().mkpath(dir))
        s_created = dir;
    return dir;
}

QString AppPaths::databasePath()
{
    return QDir(dataDir()).filePath(isDemoDatabase() ? QStringLiteral("moulin-demo.sqlite")
                                                     : QStringLiteral("moulin.sqlite"));
}

QString AppPaths::logDir()
{
    const QString dir = QDir(dataDir()).filePath(QStringLiteral("logs"));
    QDir().mkpath(dir);
    return dir;
}

std::unique_ptr<QSettings> AppPaths::settings()
{
    if (hasDataDirOverride())
        return std::make_unique<QSettings>(QDir(dataDir()).filePath(QStringLiteral("settings.ini")),
                                           QSettings::IniFormat);
    return std::make_unique<QSettings>();
}

} // namespace Moulin
