#include "programsupport.h"

#include <QFileInfo>

namespace Moulin::Test {

QProcessEnvironment headlessEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return env;
}

ProgramRun runHeadless(const QString& program, const QStringList& arguments, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(headlessEnvironment());
    p.start(program, arguments);
    if (!p.waitForFinished(timeoutMs))
        qFatal("%s did not finish", qPrintable(QFileInfo(program).fileName()));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString StandaloneSandbox::start(const QString& program, int seed)
{
    m_baseUrl.clear();
    m_process.start(program, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"),
                              QString::number(seed)});
    if (!m_process.waitForReadyRead(10000))
        return {};
    const QString banner = QString::fromUtf8(m_process.readLine()).trimmed();
    const qsizetype at = banner.indexOf(QStringLiteral("http://"));
    if (at >= 0)
        m_baseUrl = QUrl(banner.mid(at).section(QLatin1Char(' '), 0, 0));
    return banner;
}

void StandaloneSandbox::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished();
}

} // namespace Moulin::Test
