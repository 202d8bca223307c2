#include "common/sync/reachability.h"

#include <QLoggingCategory>
#include <QNetworkInformation>
#include <QTimer>

#include <algorithm>

namespace Moulin {

Q_LOGGING_CATEGORY(lcReachability, "moulin.sync.reachability", QtInfoMsg)

NetworkReachability::NetworkReachability(QObject* parent)
    : QObject(parent)
{
}

NetworkReachability::~NetworkReachability() = default;

void NetworkReachability::reportNetworkFailure() {}

void NetworkReachability::reportReachable() {}

DefaultReachability::DefaultReachability(QObject* parent)
    : DefaultReachability(Options{}, parent)
{
}

DefaultReachability::DefaultReachability(const Options& options, QObject* parent)
    : NetworkReachability(parent)
    , m_options(options)
    , m_probeTimer(new QTimer(this))
{
    m_options.failureThreshold = std::max(1, m_options.failureThreshold);
    m_probeTimer->setInterval(std::max(10, m_options.probeIntervalMs));
    connect(m_probeTimer, &QTimer::timeout, this, [this] {
        if (!m_online)
            Q_EMIT probeRequested();
    });

    if (m_options.useSystemBackend &&
        QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        QNetworkInformation* info = QNetworkInformation::instance();
        if (info && info->supports(QNetworkInformation::Feature::Reachability)) {
            m_systemBackend = true;
            connect(info, &QNetworkInformation::reachabilityChanged, this,
                    [this](QNetworkInformation::Reachability r) {
                        setSystemDisconnected(r == QNetworkInformation::Reachability::Disconnected);
                    });
            m_systemDisconnected = info->reachability() == QNetworkInformation::Reachability::Disconnected;
            qCInfo(lcReachability).noquote()
                << QStringLiteral("network state from QNetworkInformation (%1)").arg(info->backendName());
        }
    }
    if (!m_systemBackend)
        qCInfo(lcReachability) << "no network information backend: offline is inferred from failures";
    m_online = !m_systemDisconnected;
    if (!m_online)
        m_probeTimer->start();
}

DefaultReachability::~DefaultReachability() = default;

void DefaultReachability::reportNetworkFailure()
{
    ++m_consecutiveFailures;
    if (!m_inferredOffline && m_consecutiveFailures >= m_options.failureThreshold) {
        m_inferredOffline = true;
        qCInfo(lcReachability) << m_consecutiveFailures << "network failures in a row: offline, probing every"
                               << m_probeTimer->interval() << "ms";
        update();
    }
}

void DefaultReachability::reportReachable()
{
    m_consecutiveFailures = 0;
    m_inferredOffline = false;
    // A provider answered: online, even if the system says otherwise.
    m_systemDisconnected = false;
    if (!m_online)
        qCInfo(lcReachability) << "a provider answered: online";
    update();
}

void DefaultReachability::setSystemDisconnected(bool disconnected)
{
    if (m_systemDisconnected == disconnected)
        return;
    m_systemDisconnected = disconnected;
    qCInfo(lcReachability) << "the system reports the network"
                           << (disconnected ? "disconnected" : "connected");
    if (!disconnected) {
        // The link is back: start afresh.
        m_consecutiveFailures = 0;
        m_inferredOffline = false;
    }
    update();
}

void DefaultReachability::update()
{
    const bool online = !m_systemDisconnected && !m_inferredOffline;
    if (online)
        m_probeTimer->stop();
    else if (!m_probeTimer->isActive())
        m_probeTimer->start();
    if (online == m_online)
        return;
    m_online = online;
    Q_EMIT onlineChanged(online);
}

ManualReachability::ManualReachability(bool online, QObject* parent)
    : NetworkReachability(parent)
    , m_online(online)
{
}

void ManualReachability::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    Q_EMIT onlineChanged(online);
}

} // namespace Moulin
