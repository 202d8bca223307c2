#pragma once

#include <QString>

namespace Moulin {

/// What an area shows when it has no data yet: a title, an explanation and
/// the action that would fill it. Translated by the area that builds it.
struct EmptyState
{
    QString title;
    QString explanation;
    QString actionLabel;
};

} // namespace Moulin
