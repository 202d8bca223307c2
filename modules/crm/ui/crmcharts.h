#pragma once

// What the customers area's charts share: numbers written the French way
// (the axes' "%.0f €" through the locale, never the format's raw bytes) and
// value axes on round ticks.

class QChart;
class QValueAxis;

namespace Moulin::CrmCharts {

/// The application's locale on the chart, numbers (and the labels' text
/// around them) localised.
void localise(QChart* chart);

/// The axis from 0 to a round value at or above `max`, ticks on round steps
/// (1, 2, 2.5, 5 × a power of ten; whole steps when `integers`), at most
/// `maxTicks` of them. Returns the step.
double niceRange(QValueAxis* axis, double max, int maxTicks, bool integers = false);

} // namespace Moulin::CrmCharts
