#include "common/runtime/feedregistry.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace Moulin {

namespace {
QMutex s_mutex;
QHash<QString, FeedAdapterFactory>& factories()
{
    static QHash<QString, FeedAdapterFactory> map;
    return map;
}
} // namespace

void FeedRegistry::registerFactory(const QString& connectorTypeId, FeedAdapterFactory factory)
{
    QMutexLocker lock(&s_mutex);
    factories().insert(connectorTypeId, std::move(factory));
}

void FeedRegistry::unregisterFactory(const QString& connectorTypeId)
{
    QMutexLocker lock(&s_mutex);
    factories().remove(connectorTypeId);
}

FeedAdapterFactory FeedRegistry::factory(const QString& connectorTypeId)
{
    QMutexLocker lock(&s_mutex);
    return factories().value(connectorTypeId);
}

bool FeedRegistry::isImplemented(const QString& connectorTypeId)
{
    QMutexLocker lock(&s_mutex);
    return factories().contains(connectorTypeId);
}

} // namespace Moulin
