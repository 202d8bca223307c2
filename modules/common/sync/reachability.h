#pragma once

#include <QObject>

class QTimer;

namespace Moulin {

/// Whether the providers can be reached: the sync engine pauses its feeds
/// while offline and resumes them when this turns online again.
///
/// The engine tells the reachability what it sees (reportNetworkFailure()
/// when a request could not reach its host after its retries,
/// reportReachable() when a provider answered, whatever the status), and
/// listens to onlineChanged() and probeRequested(). Every call and signal
/// happens on the object's thread (the engine's, normally the GUI thread).
class NetworkReachability : public QObject
{
    Q_OBJECT

public:
    explicit NetworkReachability(QObject* parent = nullptr);
    ~NetworkReachability() override;

    virtual bool isOnline() const = 0;
    /// A request failed with HttpError::Network (after its retries).
    virtual void reportNetworkFailure();
    /// A provider answered (any HTTP status).
    virtual void reportReachable();

Q_SIGNALS:
    void onlineChanged(bool online);
    /// Offline by inference only: the engine should try one request now
    /// (its outcome comes back through reportReachable / reportNetworkFailure).
    void probeRequested();
};

/// The default. Offline when the system says the network is disconnected
/// (QNetworkInformation, when a backend is available), or after
/// `failureThreshold` network failures in a row (the only source without a
/// backend). While offline a probe is requested every `probeIntervalMs`;
/// any answer from a provider means online again, whatever the system says
/// (a network manager that does not manage the link reports "disconnected"
/// forever: that only costs probes).
class DefaultReachability final : public NetworkReachability
{
    Q_OBJECT

public:
    struct Options
    {
        int failureThreshold = 2;
        int probeIntervalMs = 15'000;
        /// Try QNetworkInformation (tests turn it off to be deterministic).
        bool useSystemBackend = true;
    };

    explicit DefaultReachability(QObject* parent = nullptr);
    explicit DefaultReachability(const Options& options, QObject* parent = nullptr);
    ~DefaultReachability() override;

    bool isOnline() const override { return m_online; }
    void reportNetworkFailure() override;
    void reportReachable() override;

    /// Whether QNetworkInformation loaded a backend that reports reachability.
    bool hasSystemBackend() const { return m_systemBackend; }
    /// Offline because of consecutive failures (not because of the system).
    bool inferredOffline() const { return m_inferredOffline; }
    /// What the system last said (false without a backend).
    bool systemDisconnected() const { return m_systemDisconnected; }
    const Options& options() const { return m_options; }

private:
    void setSystemDisconnected(bool disconnected);
    void update();

    Options m_options;
    QTimer* m_probeTimer;
    bool m_systemBackend = false;
    bool m_systemDisconnected = false;
    bool m_inferredOffline = false;
    int m_consecutiveFailures = 0;
    bool m_online = true;
};

/// Reachability set by hand (tests, and a headless run that should not wait).
class ManualReachability final : public NetworkReachability
{
    Q_OBJECT

public:
    explicit ManualReachability(bool online = true, QObject* parent = nullptr);

    bool isOnline() const override { return m_online; }
    void setOnline(bool online);
    void reportNetworkFailure() override { ++m_failures; }
    void reportReachable() override { ++m_reachable; }
    int failures() const { return m_failures; }
    int reachableReports() const { return m_reachable; }
    /// Emits probeRequested() (what DefaultReachability does on its timer).
    void requestProbe() { Q_EMIT probeRequested(); }

private:
    bool m_online;
    int m_failures = 0;
    int m_reachable = 0;
};

} // namespace Moulin
