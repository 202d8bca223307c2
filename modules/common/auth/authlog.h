#pragma once

#include <QLoggingCategory>

namespace Moulin {

/// The authentication layer's logging category ("moulin.auth"). Lines name
/// the connector and the state; never a token, code or secret.
Q_DECLARE_LOGGING_CATEGORY(lcAuth)

} // namespace Moulin
