#include "common/auth/authlog.h"

namespace Moulin {

Q_LOGGING_CATEGORY(lcAuth, "moulin.auth")

} // namespace Moulin
