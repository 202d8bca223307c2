#include "common/core/logfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>

#include <cstdio>

namespace Moulin {

namespace {

struct State
{
    QMutex mutex;
    QFile file;
    QString dir;
    LogFile::Redactor redactor;
    qint64 maxBytes = 0;
    int keep = 0;
    QtMessageHandler previous = nullptr;
    bool installed = false;
};

State& state()
{
    static State s;
    return s;
}

const char* levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

QString filePath(const QString& dir, int index)
{
    return QDir(dir).filePath(index == 0 ? QStringLiteral("moulin.log")
                                         : QStringLiteral("moulin.%1.log").arg(index));
}

// Called with the mutex held.
void rotateIfNeeded(State& s)
{
    if (s.maxBytes <= 0 || s.file.size() < s.maxBytes)
        return;
    s.file.close();
    QFile::remove(filePath(s.dir, s.keep));
    for (int i = s.keep - 1; i >= 0; --i) {
        if (QFile::exists(filePath(s.dir, i)))
            QFile::rename(filePath(s.dir, i), filePath(s.dir, i + 1));
    }
    s.file.setFileName(filePath(s.dir, 0));
    s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    State& s = state();
    QString safe;
    {
        QMutexLocker lock(&s.mutex);
        safe = s.redactor ? s.redactor(message) : message;
        if (s.file.isOpen()) {
            const QString line =
                QStringLiteral("%1 %2 %3: %4\n")
                    .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                         QLatin1String(levelName(type)),
                         QLatin1String(context.category ? context.category : "default"), safe);
            s.file.write(line.toUtf8());
            if (type >= QtWarningMsg)
                s.file.flush();
            rotateIfNeeded(s);
        }
    }
    if (s.previous)
        s.previous(type, context, safe);
    else
        std::fprintf(stderr, "%s\n", qUtf8Printable(safe));
}

} // namespace

void LogFile::install(const QString& logDir, Redactor redactor, qint64 maxBytes, int keep)
{
    State& s = state();
    QMutexLocker lock(&s.mutex);
    s.dir = logDir;
    s.redactor = std::move(redactor);
    s.maxBytes = maxBytes;
    s.keep = std::max(1, keep);
    QDir().mkpath(logDir);
    if (s.file.isOpen())
        s.file.close();
    s.file.setFileName(filePath(logDir, 0));
    if (!s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        std::fprintf(stderr, "moulin: cannot open log file %s: %s\n", qUtf8Printable(s.file.fileName()),
                     qUtf8Printable(s.file.errorString()));
    if (!s.installed) {
        s.previous = qInstallMessageHandler(handler);
        s.installed = true;
    }
}

void LogFile::uninstall()
{
    State& s = state();
    QMutexLocker lock(&s.mutex);
    if (s.installed) {
        qInstallMessageHandler(s.previous);
        s.previous = nullptr;
        s.installed = false;
    }
    s.file.close();
    s.redactor = nullptr;
}

QString LogFile::currentPath()
{
    State& s = state();
    QMutexLocker lock(&s.mutex);
    return s.file.isOpen() ? s.file.fileName() : QString();
}

void LogFile::flush()
{
    State& s = state();
    QMutexLocker lock(&s.mutex);
    if (s.file.isOpen())
        s.file.flush();
}

} // namespace Moulin
