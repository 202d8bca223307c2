#include "crm/ui/crmcharts.h"

#include <QChart>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Moulin::CrmCharts {

void localise(QChart* chart)
{
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
}

double niceRange(QValueAxis* axis, double max, int maxTicks, bool integers)
{
    const int intervals = std::max(1, maxTicks - 1);
    if (!(max > 0))
        max = integers ? double(intervals) : 10.0;
    const double rough = max / intervals;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (const double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = factor * magnitude;
        if (integers && step < 1.0)
            continue;
        if (integers && std::floor(step) != step)
            continue; // 2.5 guests is no tick
        if (step * intervals >= max)
            break;
    }
    step = std::max(step, integers ? 1.0 : step);
    const int ticks = int(std::ceil(max / step - 1e-9)) + 1;
    axis->setRange(0, step * (ticks - 1));
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setTickCount(std::max(2, ticks));
    return step;
}

} // namespace Moulin::CrmCharts
