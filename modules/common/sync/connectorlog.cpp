#include "common/sync/connectorlog.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <memory>

namespace Moulin {

namespace {

struct Entry
{
    QByteArray name; // QLoggingCategory keeps the pointer: it must outlive the category
    std::unique_ptr<QLoggingCategory> category;
};

struct Registry
{
    QMutex mutex;
    QHash<QString, std::shared_ptr<Entry>> entries;
};

Registry& registry()
{
    static Registry* r = new Registry; // never destroyed: categories live for the process
    return *r;
}

} // namespace

QByteArray connectorLogName(const QString& connectorId)
{
    QByteArray name("moulin.connector");
    if (!connectorId.isEmpty())
        name += '.' + connectorId.toUtf8();
    return name;
}

const QLoggingCategory& connectorLog(const QString& connectorId)
{
    Registry& r = registry();
    QMutexLocker lock(&r.mutex);
    std::shared_ptr<Entry>& entry = r.entries[connectorId];
    if (!entry) {
        entry = std::make_shared<Entry>();
        entry->name = connectorLogName(connectorId);
        entry->category = std::make_unique<QLoggingCategory>(entry->name.constData(), QtInfoMsg);
    }
    return *entry->category;
}

} // namespace Moulin
