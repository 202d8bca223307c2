#include "reservation/connectors/availabilitypush.h"

#include "common/runtime/connectorruntime.h"

#include <QHash>
#include <QLoggingCategory>
#include <QMutex>

namespace Moulin {

namespace {

Q_LOGGING_CATEGORY(lcAvailability, "moulin.reservation.availability")

QMutex& mutex()
{
    static QMutex m;
    return m;
}

QHash<QString, AvailabilityPush::Pusher>& pushers()
{
    static QHash<QString, AvailabilityPush::Pusher> p;
    return p;
}

} // namespace

void AvailabilityPush::registerPusher(const QString& connectorId, Pusher pusher)
{
    QMutexLocker lock(&mutex());
    pushers().insert(connectorId, std::move(pusher));
}

QStringList AvailabilityPush::targets(const ConnectorRuntime& runtime)
{
    QMutexLocker lock(&mutex());
    QStringList ids;
    for (const QString& id : runtime.connectors()) {
        if (pushers().contains(id))
            ids << id;
    }
    return ids;
}

QStringList AvailabilityPush::push(ConnectorRuntime& runtime, const ServiceAvailability& change)
{
    QStringList done;
    for (const QString& id : targets(runtime)) {
        const std::optional<ConnectorConfig> config = runtime.config(id);
        Pusher pusher;
        {
            QMutexLocker lock(&mutex());
            pusher = pushers().value(id);
        }
        QString error;
        if (config && pusher && pusher(runtime, *config, change, &error))
            done << id;
        else
            qCWarning(lcAvailability, "%s: availability of %s not queued: %s", qUtf8Printable(id),
                      qUtf8Printable(change.day.toString(Qt::ISODate)), qUtf8Printable(error));
    }
    return done;
}

} // namespace Moulin
