#pragma once

#include <QString>

#include <functional>

namespace Moulin {

/// Moulin's log file: every qDebug/qInfo/qWarning/qCritical line (with its
/// logging category) goes to `<logDir>/moulin.log`, rotated at `maxBytes`
/// into moulin.1.log … moulin.<keep>.log, and still to stderr. Every line
/// passes through the redactor first, so no token or secret reaches disk.
class LogFile
{
public:
    using Redactor = std::function<QString(const QString&)>;

    /// Installs the process-wide message handler. Thread-safe; idempotent.
    static void install(const QString& logDir, Redactor redactor, qint64 maxBytes = 5 * 1024 * 1024,
                        int keep = 5);
    /// Restores the previous handler and closes the file.
    static void uninstall();
    /// The current log file, empty when not installed.
    static QString currentPath();
    /// Flushes buffered lines to disk.
    static void flush();
};

} // namespace Moulin
