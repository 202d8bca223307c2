#include "common/core/connectorcatalog.h"

#include <QCoreApplication>
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
ConnectorType translated(ConnectorType type)
{
    type.displayName =
        QCoreApplication::translate("Moulin::ConnectorCatalog", type.displayName.toUtf8().constData());
    return type;
}

// Every feed name an area registers, for lupdate and feedLabel().
const char* const kFeedLabels[][2] = {
    {"transactions", QT_TRANSLATE_NOOP("Moulin::ConnectorCatalog", "Transactions")},
    {"menu_items", QT_TRANSLATE_NOOP("Moulin::ConnectorCatalog", "Menu items and prices")},
    {"promotions", QT_TRANSLATE_NOOP("Moulin::ConnectorCatalog", "Promotions")},
    {"catalogue", QT_TRANSLATE_NOOP("Moulin::ConnectorCatalog", "Catalogue and prices")},
    {"orders", QT_TRANSLATE_NOOP("Moulin::ConnectorCatalog", "Orders")},
    {"deliveries", QT_TRANSLATE_NOOP("Moulin::ConnectorCatalog", "Deliveries")},
    {"invoices", QT_TRANSLATE_NOOP("Moulin::ConnectorCatalog", "Invoices")},
    {"reservations", QT_TRANSLATE_NOOP("Moulin::ConnectorCatalog", "Reservations")},
    {"customers", QT_TRANSLATE_NOOP("Moulin::ConnectorCatalog", "Customers")},
    {"guests", QT_TRANSLATE_NOOP("Moulin::ConnectorCatalog", "Guests")},
    {"contacts", QT_TRANSLATE_NOOP("Moulin::ConnectorCatalog", "Contacts")},
};
} // namespace

QString ConnectorCatalog::feedLabel(const QString& feedName)
{
    for (const auto& entry : kFeedLabels) {
        if (feedName == QLatin1String(entry[0]))
            return QCoreApplication::translate("Moulin::ConnectorCatalog", entry[1]);
    }
    QString label = feedName;
    label.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!label.isEmpty())
        label[0] = label[0].toUpper();
    return label;
}

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
    QList<ConnectorType> list;
    for (const auto& t : registry())
        list.append(translated(t));
    return list;
}

std::optional<ConnectorType> ConnectorCatalog::find(const QString& typeKey, const QString& typeName)
{
    QMutexLocker lock(&s_mutex);
    for (const auto& t : registry()) {
        if (t.typeKey == typeKey && t.typeName.compare(typeName, Qt::CaseInsensitive) == 0)
            return translated(t);
    }
    return std::nullopt;
}

std::optional<ConnectorType> ConnectorCatalog::byId(const QString& id)
{
    QMutexLocker lock(&s_mutex);
    for (const auto& t : registry()) {
        if (t.id == id)
            return translated(t);
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
