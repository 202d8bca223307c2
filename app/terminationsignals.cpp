#include "terminationsignals.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace Moulin {

#ifdef Q_OS_UNIX
namespace {

/// The write end of the installed instance's socket pair; -1 when none.
volatile std::sig_atomic_t g_writeFd = -1;
struct sigaction g_previousTerm;
struct sigaction g_previousInt;

/// Async-signal-safe: write() only, errno restored for the interrupted code.
extern "C" void onTerminationSignal(int number)
{
    const int savedErrno = errno;
    const int fd = g_writeFd;
    if (fd >= 0) {
        const unsigned char byte = static_cast<unsigned char>(number);
        [[maybe_unused]] const ssize_t written = ::write(fd, &byte, 1);
    }
    errno = savedErrno;
}

bool prepareDescriptor(int fd)
{
    const int flags = ::fcntl(fd, F_GETFL);
    return flags >= 0 && ::fcntl(fd, F_SETFL, flags | O_NONBLOCK) == 0 &&
           ::fcntl(fd, F_SETFD, FD_CLOEXEC) == 0;
}

} // namespace
#endif

TerminationSignals::TerminationSignals(QObject* parent)
    : QObject(parent)
{
}

TerminationSignals::~TerminationSignals()
{
    uninstall();
}

bool TerminationSignals::install(QString* error)
{
#ifdef Q_OS_UNIX
    const auto fail = [this, error](const QString& what) {
        const int code = errno;
        if (error)
            *error = QCoreApplication::translate("TerminationSignals", "Cannot watch for SIGTERM and SIGINT "
                                                                       "(%1: %2).")
                         .arg(what, QString::fromLocal8Bit(std::strerror(code)));
        uninstall();
        return false;
    };
    if (m_installed)
        return true;
    if (g_writeFd >= 0) { // another instance has them
        errno = EBUSY;
        return fail(QStringLiteral("install"));
    }
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, m_fds) != 0) {
        m_fds[0] = m_fds[1] = -1;
        return fail(QStringLiteral("socketpair"));
    }
    if (!prepareDescriptor(m_fds[0]) || !prepareDescriptor(m_fds[1]))
        return fail(QStringLiteral("fcntl"));
    m_notifier = new QSocketNotifier(m_fds[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminationSignals::readPending);

    g_writeFd = m_fds[1];
    m_installed = true;
    struct sigaction action;
    std::memset(&action, 0, sizeof action);
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART | SA_RESETHAND;
    if (::sigaction(SIGTERM, &action, &g_previousTerm) != 0)
        return fail(QStringLiteral("sigaction"));
    if (::sigaction(SIGINT, &action, &g_previousInt) != 0) {
        ::sigaction(SIGTERM, &g_previousTerm, nullptr);
        return fail(QStringLiteral("sigaction"));
    }
    return true;
#else
    Q_UNUSED(error);
    return true;
#endif
}

void TerminationSignals::uninstall()
{
#ifdef Q_OS_UNIX
    if (m_installed && g_writeFd == m_fds[1]) {
        // The handlers first: none may write to a closed descriptor.
        ::sigaction(SIGTERM, &g_previousTerm, nullptr);
        ::sigaction(SIGINT, &g_previousInt, nullptr);
        g_writeFd = -1;
    }
    m_installed = false;
    delete m_notifier;
    m_notifier = nullptr;
    for (int& fd : m_fds) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
#endif
}

void TerminationSignals::readPending()
{
#ifdef Q_OS_UNIX
    unsigned char buffer[16];
    for (;;) {
        const ssize_t n = ::read(m_fds[0], buffer, sizeof buffer);
        if (n <= 0)
            break; // EAGAIN: all read
        for (ssize_t i = 0; i < n; ++i)
            Q_EMIT received(int(buffer[i]));
    }
#endif
}

QString TerminationSignals::name(int signalNumber)
{
#ifdef Q_OS_UNIX
    if (signalNumber == SIGTERM)
        return QStringLiteral("SIGTERM");
    if (signalNumber == SIGINT)
        return QStringLiteral("SIGINT");
#endif
    return QStringLiteral("signal %1").arg(signalNumber);
}

} // namespace Moulin
