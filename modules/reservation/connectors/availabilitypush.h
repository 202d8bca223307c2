#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>

namespace Moulin {

class ConnectorRuntime;
struct ConnectorConfig;

/// A service the host opened, closed or marked full (the book's
/// reservation_availability row).
struct ServiceAvailability
{
    QDate day;
    int service = 0;                        ///< 0 midi, 1 soir
    QString state = QStringLiteral("open"); ///< open, closed, full
};

/// The platforms that take availability back: a connector module that can
/// registers a pusher for its connector id (TheFork's availability override);
/// the area pushes the host's changes to every configured one, and the tab
/// names them (or says none is told). A pusher queues the write in the
/// runtime's outbox, so it survives a restart and a dead network.
class AvailabilityPush
{
public:
    using Pusher = std::function<bool(ConnectorRuntime& runtime, const ConnectorConfig& config,
                                      const ServiceAvailability& change, QString* error)>;

    static void registerPusher(const QString& connectorId, Pusher pusher);
    /// The running connectors of `runtime` that accept a push (ids).
    static QStringList targets(const ConnectorRuntime& runtime);
    /// Queues `change` for every target; the ids it was queued for.
    static QStringList push(ConnectorRuntime& runtime, const ServiceAvailability& change);
};

} // namespace Moulin
