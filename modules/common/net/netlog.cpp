#include "common/net/netlog.h"

namespace Moulin {

// Info and above by default: its debug lines (two for every request: sent,
// answered) cost a sync of thousands of requests seconds of formatting and
// writing, and OperationLog already keeps every request. Turn them on with
// QT_LOGGING_RULES="moulin.net.debug=true".
Q_LOGGING_CATEGORY(lcNet, "moulin.net", QtInfoMsg)

} // namespace Moulin
