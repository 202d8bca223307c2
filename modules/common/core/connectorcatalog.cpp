#include "common/core/connectorcatalog.h"

#include <QMutex>
#include <QMutexLocker>

namespace Moulin {

namespace {
QMutex s_mutex;
QList<ConnectorType>& registry()
{
    static QList<ConnectorType> list;
    return list;
}
} // namespace

const FeedSpec* ConnectorType::feed(const QString& name) const
{
    for (const FeedSpec& f : feeds) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

void ConnectorCatalog::registerType(const ConnectorType& type)
{
    QMutexLocker lock(&s_mutex);
    auto& list = registry();
    for (auto& existing : list) {
        if (existing.id == type.id) {
            existing = type;
            return;
        }
    }
    list.append(type);
}

QList<ConnectorType> ConnectorCatalog::types()
{
    QMutexLocker lock(&s_mutex);
    return registry();
}

std::optional<ConnectorType> ConnectorCatalog::find(const QString& typeKey, const QString& typeName)
{
    QMutexLocker lock(&s_mutex);
    for (const auto& t : registry()) {
        if (t.typeKey == typeKey && t.typeName.compare(typeName, Qt::CaseInsensitive) == 0)
            return t;
    }
    return std::nullopt;
}

std::optional<ConnectorType> ConnectorCatalog::byId(const QString& id)
{
    QMutexLocker lock(&s_mutex);
    for (const auto& t : registry()) {
        if (t.id == id)
            return t;
    }
    return std::nullopt;
}

QStringList ConnectorCatalog::typeKeys()
{
    QMutexLocker lock(&s_mutex);
    QStringList keys;
    for (const auto& t : registry()) {
        if (!keys.contains(t.typeKey))
            keys.append(t.typeKey);
    }
    return keys;
}

} // namespace Moulin
