#include "common/runtime/area.h"

namespace Moulin {

AreaHost::~AreaHost() = default;

void AreaHost::showTab(QWidget*) {}

Area::~Area() = default;

void Area::attach(ConnectorRuntime*, AreaHost*) {}

void Area::detach() {}

QList<AreaTab> Area::createTabs(AreaHost*)
{
    return {};
}

QList<AreaAction> Area::fileActions(QWidget*, AreaHost*)
{
    return {};
}

void Area::extendSettings(SettingsDialog*, ConnectorRuntime*) {}

void Area::databaseChanged() {}

void Area::refreshStatus(ConnectorRuntime*) {}

bool Area::maybeClose(QWidget*)
{
    return true;
}

int Area::headlessExport(const HeadlessExportArgs&, std::FILE*, std::FILE*)
{
    return -1;
}

} // namespace Moulin
