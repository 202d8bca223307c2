#include "common/ui/settingssection.h"

namespace Moulin {

SettingsSection::SettingsSection(QWidget* parent)
    : QWidget(parent)
{
}

SettingsSection::~SettingsSection() = default;

bool SettingsSection::validate(QString* error)
{
    Q_UNUSED(error)
    return true;
}

} // namespace Moulin
