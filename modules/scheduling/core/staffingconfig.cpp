#include "scheduling/core/staffingconfig.h"

#include <algorithm>
#include <cmath>

namespace Moulin {

StaffingConfig StaffingConfig::defaults()
{
    StaffingConfig config;
    config.roles = {
        {QStringLiteral("chef"), 1, 0.1},
        {QStringLiteral("server"), 1, 0.2},
        {QStringLiteral("bartender"), 1, 0.15},
    };
    config.specialEvents = {
        {QDate(2025, 7, 14), 1.5, QStringLiteral("Fête nationale")},
    };
    return config;
}

int StaffingConfig::staffNeeded(const StaffRole& role, int expectedCovers, const QDate& date) const
{
    double covers = std::max(0, expectedCovers);
    for (const SpecialEvent& event : specialEvents) {
        if (event.date.month() == date.month() && event.date.day() == date.day())
            covers *= event.multiplier;
    }
    const int byRatio = static_cast<int>(std::ceil(covers * role.optimalRatio - 1e-9));
    return std::max(role.minStaff, byRatio);
}

} // namespace Moulin
