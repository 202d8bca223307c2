#pragma once

#include <QLoggingCategory>

namespace Moulin {

/// The network layer's logging category ("moulin.net"). Every line names the
/// connector it is about and carries only redacted URLs and headers. Debug
/// lines (each request sent and answered) are off unless the logging rules
/// turn them on (QT_LOGGING_RULES="moulin.net.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcNet)

} // namespace Moulin
