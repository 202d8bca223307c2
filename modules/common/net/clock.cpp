#include "common/net/clock.h"

namespace Moulin {

namespace {

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

} // namespace

Clock::~Clock() = default;

const Clock* Clock::system()
{
    static const SystemClock clock;
    return &clock;
}

} // namespace Moulin
