#include "common/net/netlog.h"

namespace Moulin {

Q_LOGGING_CATEGORY(lcNet, "moulin.net")

} // namespace Moulin
