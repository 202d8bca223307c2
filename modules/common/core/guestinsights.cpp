#include "common/core/guestinsights.h"

namespace Moulin {

GuestInsightSource::~GuestInsightSource() = default;

} // namespace Moulin
