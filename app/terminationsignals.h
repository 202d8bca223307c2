#pragma once

#include <QObject>
#include <QString>

class QSocketNotifier;

namespace Moulin {

/// SIGTERM and SIGINT as a Qt signal, for the modes that run until told to
/// stop (`--serve`). The self-pipe pattern: the C handler only write()s the
/// signal's number to one end of a socket pair (async-signal-safe, errno
/// kept, no Qt call); a QSocketNotifier on the other end emits received() on
/// the event loop of the thread that installed it. The handlers reset
/// themselves once they ran (SA_RESETHAND): a second SIGINT or SIGTERM, while
/// the first is being handled, ends the process at once (SQLite rolls back
/// the transaction in flight, if any). One instance at a time; the previous
/// handlers come back on destruction. Elsewhere than on Unix, install() does
/// nothing and nothing is received.
class TerminationSignals : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignals(QObject* parent = nullptr);
    ~TerminationSignals() override;

    /// Installs the handlers. False, with `error` (translated), when the
    /// socket pair or a handler cannot be set up.
    bool install(QString* error = nullptr);

    /// "SIGTERM", "SIGINT" (or the number) of a received signal.
    static QString name(int signalNumber);

Q_SIGNALS:
    /// A signal arrived (emitted once per signal, from the event loop).
    void received(int signalNumber);

private:
    void readPending();
    void uninstall();

    QSocketNotifier* m_notifier = nullptr;
    int m_fds[2] = {-1, -1};
    bool m_installed = false;
};

} // namespace Moulin
