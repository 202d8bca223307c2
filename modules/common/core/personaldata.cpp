#include "common/core/personaldata.h"

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>

#include <map>

namespace Moulin {

PersonalDataEraser::~PersonalDataEraser() = default;

namespace {

struct Registry
{
    QMutex mutex;
    std::map<QString, std::shared_ptr<PersonalDataEraser>> erasers;
};

Registry& registry()
{
    static Registry instance;
    return instance;
}

} // namespace

void PersonalDataErasers::add(std::shared_ptr<PersonalDataEraser> eraser)
{
    if (!eraser)
        return;
    Registry& r = registry();
    const QMutexLocker lock(&r.mutex);
    r.erasers[eraser->area()] = std::move(eraser);
}

void PersonalDataErasers::remove(const QString& area)
{
    Registry& r = registry();
    const QMutexLocker lock(&r.mutex);
    r.erasers.erase(area);
}

QList<std::shared_ptr<PersonalDataEraser>> PersonalDataErasers::all()
{
    Registry& r = registry();
    const QMutexLocker lock(&r.mutex);
    QList<std::shared_ptr<PersonalDataEraser>> out;
    for (const auto& [area, eraser] : r.erasers)
        out.append(eraser);
    return out;
}

QString erasedGuestName()
{
    return QCoreApplication::translate("Moulin::PersonalData", "Erased guest");
}

} // namespace Moulin
