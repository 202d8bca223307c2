#include "common/core/appinfo.h"

#include <QCoreApplication>

namespace Moulin {

QString appVersion()
{
    return QStringLiteral(MOULIN_VERSION_STRING);
}

void initApplicationInfo()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Moulin"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("moulin.app"));
    QCoreApplication::setApplicationName(QStringLiteral("Moulin"));
    QCoreApplication::setApplicationVersion(appVersion());
}

} // namespace Moulin
