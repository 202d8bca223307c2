#include "common/core/readinterfaces.h"

#include <QMutex>
#include <QMutexLocker>

#include <unordered_map>

namespace Moulin {

namespace {

struct Registry
{
    QMutex mutex;
    std::unordered_map<std::type_index, std::shared_ptr<void>> entries;
};

Registry& registry()
{
    static Registry instance;
    return instance;
}

} // namespace

void ReadInterfaces::store(std::type_index key, std::shared_ptr<void> implementation)
{
    Registry& r = registry();
    const QMutexLocker lock(&r.mutex);
    if (implementation)
        r.entries[key] = std::move(implementation);
    else
        r.entries.erase(key);
}

std::shared_ptr<void> ReadInterfaces::find(std::type_index key)
{
    Registry& r = registry();
    const QMutexLocker lock(&r.mutex);
    const auto it = r.entries.find(key);
    return it == r.entries.end() ? nullptr : it->second;
}

} // namespace Moulin
